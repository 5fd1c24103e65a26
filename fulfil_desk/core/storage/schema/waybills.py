"""The courier's waybill number bands and the numbers given from them (migration m016)."""

WAYBILLS = """
        -- A band of waybill numbers a courier handed the shop: `size` numbers, the i-th
        -- (from 0) made from `start` + i, `width` digits, then its check digit when the
        -- courier has one (`check_digit`: 'mod7'; '' for none).
        -- `next_index` is the next number to give: the given ones are a prefix of the band.
        CREATE TABLE waybill_bands (
            id INTEGER PRIMARY KEY,
            courier TEXT NOT NULL,
            first_number TEXT NOT NULL,
            last_number TEXT NOT NULL,
            start INTEGER NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0),
            width INTEGER NOT NULL,
            check_digit TEXT NOT NULL DEFAULT '',
            next_index INTEGER NOT NULL DEFAULT 0 CHECK (next_index BETWEEN 0 AND size),
            loaded_at TEXT NOT NULL,
            loaded_by TEXT NOT NULL
        );
        CREATE INDEX waybill_bands_courier ON waybill_bands(courier);

        -- Every number given: to an order (its label), later void when that label was
        -- spoiled. A number is given once, ever; an order has at most one live number.
        CREATE TABLE waybill_numbers (
            courier TEXT NOT NULL,
            number TEXT NOT NULL,
            band_id INTEGER NOT NULL REFERENCES waybill_bands(id),
            position INTEGER NOT NULL,
            order_id INTEGER REFERENCES orders(id),
            given_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            PRIMARY KEY (courier, number),
            UNIQUE (band_id, position)
        );
        CREATE UNIQUE INDEX waybill_numbers_live_order
            ON waybill_numbers(order_id) WHERE voided_at IS NULL AND order_id IS NOT NULL;
        CREATE INDEX waybill_numbers_number ON waybill_numbers(number);
"""
