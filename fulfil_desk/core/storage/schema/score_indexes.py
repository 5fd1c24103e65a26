"""The schema of migration m005: the indexes seller scores read their windows by."""

SCORE_INDEXES = """
        -- Seller scores read one marketplace's orders over a window of days, by the date
        -- each metric counts them by. Times carry their own UTC offsets, so the windows
        -- compare julianday() values (UTC), never the text.
        CREATE INDEX orders_marketplace_ordered ON orders(marketplace, julianday(ordered_at));
        CREATE INDEX orders_marketplace_ship_by ON orders(marketplace, julianday(ship_by));
        CREATE INDEX orders_open_ship_by ON orders(julianday(ship_by))
            WHERE status NOT IN ('shipped', 'cancelled');
        CREATE INDEX shipments_shipped ON shipments(julianday(shipped_at));
        CREATE INDEX shipments_promised ON shipments(julianday(promised_delivery));
        CREATE INDEX inquiries_marketplace_received
            ON inquiries(marketplace, julianday(received_at));
        CREATE INDEX inquiries_open ON inquiries(julianday(received_at))
            WHERE answered_at IS NULL;
        CREATE INDEX performance_notices_received ON performance_notices(received_at);
        """
