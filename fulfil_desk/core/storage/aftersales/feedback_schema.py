"""The schema of buyer feedback and of the seller's buyer-message templates (migration m014)."""

FEEDBACK = """
        -- A buyer's review or feedback on an order, one per order (a marketplace keeps one
        -- feedback per order), with the seller's reply. incident_id: the negative_feedback
        -- incident it counts through (recorded with it, or one recorded before it).
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL UNIQUE REFERENCES orders(id),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            text TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            entered_by TEXT NOT NULL,
            incident_id INTEGER REFERENCES order_incidents(id),
            reply TEXT,
            replied_at TEXT,
            replied_by TEXT
        );
        CREATE INDEX feedback_unanswered ON feedback(julianday(at))
            WHERE reply IS NULL AND rating <= 2;

        -- The seller's own wording of a message to the buyer, per kind and language; a kind
        -- and language without a row uses the shipped one (resources/buyer_messages.json).
        CREATE TABLE buyer_message_templates (
            kind TEXT NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            PRIMARY KEY (kind, lang)
        );
"""
