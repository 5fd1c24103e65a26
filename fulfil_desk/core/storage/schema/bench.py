"""The schema the bench reads scans against and keeps beside the orders (migration m009)."""

BENCH_TRUST = """
        -- Every scan is read for what it is: an order number of this shop (any marketplace,
        -- or a Coupang 주문번호 inside a bundle), a recorded tracking number, a product.
        CREATE INDEX orders_number ON orders(order_number);
        CREATE INDEX order_lines_coupang_order
            ON order_lines(substr(line_key, 1, instr(line_key, ':') - 1))
            WHERE instr(line_key, ':') > 1;

        -- An order left at a bench step before it was finished (another order scanned, or
        -- BACK): its scans are in its lines; what the station had chosen for it waits here,
        -- and the queue marks it until a station opens it again.
        CREATE TABLE put_aside (
            order_id INTEGER PRIMARY KEY REFERENCES orders(id),
            station TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            step TEXT NOT NULL,
            box TEXT,
            weight_g INTEGER,
            courier TEXT
        );

        -- Refused scans, for the packers' statistics (what kind of mistake, by whom): a log
        -- beside the shop's data, never a change to it.
        CREATE TABLE refused_scans (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            station TEXT NOT NULL,
            actor TEXT NOT NULL,
            page TEXT NOT NULL,
            order_id INTEGER,
            kind TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX refused_scans_at ON refused_scans(julianday(at));

        -- The people at the benches: a badge code each (ASCII, for a barcode), and who may
        -- confirm an item by hand where the shop wants a supervisor to.
        CREATE TABLE packers (
            name TEXT PRIMARY KEY,
            badge TEXT NOT NULL UNIQUE,
            supervisor INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );

        -- The packers' statistics read the audit trail by time.
        CREATE INDEX events_at ON events(julianday(at));
"""
