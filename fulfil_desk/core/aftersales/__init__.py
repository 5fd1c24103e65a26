"""After the parcel leaves: returns, reshipments, parcels in transit, feedback, buyer messages."""
