"""Storage of what follows a shipment: returns, reshipments, deliveries, feedback."""
