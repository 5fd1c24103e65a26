"""The schema of reshipments (migration m013): which order replaces which, and why."""

RESHIPS = """
        -- A reshipment is an order of its own (its lines, its bench steps, its shipment),
        -- linked here to the shipped order it replaces. `original_id` is the first order of
        -- the chain (a reship of a reship replaces the same marketplace order); `sent_for`
        -- is the order it was made from.
        CREATE TABLE reships (
            order_id INTEGER PRIMARY KEY REFERENCES orders(id),
            original_id INTEGER NOT NULL REFERENCES orders(id),
            sent_for INTEGER NOT NULL REFERENCES orders(id),
            reason TEXT NOT NULL CHECK (reason IN
                ('lost', 'damaged', 'wrong_item', 'missing_item', 'exchange')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX reships_original ON reships(original_id);

        -- No marketplace counts a reshipment in its seller scores (README, "Reshipments"):
        -- a reship never has a score row, whatever rewrites the rows.
        CREATE TRIGGER reships_not_scored AFTER INSERT ON score_orders
            WHEN NEW.id IN (SELECT order_id FROM reships)
            BEGIN DELETE FROM score_orders WHERE id = NEW.id; END;
"""
