"""The commands of what follows a shipment: returns, reshipments and exchanges, deliveries,
feedback and messages to the buyer."""
