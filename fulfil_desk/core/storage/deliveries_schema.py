"""The schema parcels in transit are read with (migration m015)."""

DELIVERIES = """
        -- Parcels in transit: shipped, no delivery date yet, oldest shipment first.
        CREATE INDEX shipments_undelivered ON shipments(julianday(shipped_at))
            WHERE delivered_at IS NULL AND shipped_at IS NOT NULL;
"""
