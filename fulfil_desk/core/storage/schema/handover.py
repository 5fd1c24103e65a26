"""The schema of the end-of-day handover to the courier's driver (migration m017)."""

HANDOVER = """
        -- A parcel scanned out at the Handover page, waiting for its courier's list to close:
        -- one row a shipped order, taken away when the list closes (into handover_parcels).
        CREATE TABLE handover_scans (
            order_id INTEGER PRIMARY KEY REFERENCES orders(id),
            courier_code TEXT NOT NULL,
            scanned_at TEXT NOT NULL,
            scanned_by TEXT NOT NULL,
            station TEXT NOT NULL
        );

        -- A closed handover list: what the driver signed for.
        CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            courier_code TEXT NOT NULL,
            closed_at TEXT NOT NULL,
            closed_by TEXT NOT NULL,
            driver TEXT NOT NULL,
            station TEXT NOT NULL,
            forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
        );
        CREATE INDEX handovers_courier ON handovers(courier_code, closed_at);

        -- Every parcel of a closed list: handed over (scanned out), or left (closed by
        -- force without it; it stays on the courier's next open list). The rest of a row
        -- (tracking number, city, weight, box) is the order's and its shipment's, read back.
        CREATE TABLE handover_parcels (
            handover_id INTEGER NOT NULL REFERENCES handovers(id),
            order_id INTEGER NOT NULL REFERENCES orders(id),
            handed_over INTEGER NOT NULL CHECK (handed_over IN (0, 1)),
            scanned_at TEXT,
            PRIMARY KEY (handover_id, order_id)
        );
        CREATE INDEX handover_parcels_order ON handover_parcels(order_id, handed_over);
"""
