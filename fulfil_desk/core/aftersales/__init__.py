"""After the parcel leaves: returns (returns.py), and what follows a shipment."""
