"""Korean: what follows a shipment (returns, reshipments, deliveries, feedback)."""
