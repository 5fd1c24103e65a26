"""The schema of migration m007: the one path by which the append-only audit trail may change,
the purge of an order's personal data (storage/privacy.py), and the triggers that keep a
purged order purged."""

PURGE = """
        -- The audit trail stays append-only but for one path, the purge of an order's
        -- personal data (storage/privacy.py): an event's detail may be rewritten, nothing
        -- else of it, only for an order marked purged and only while that order's id is in
        -- events_purge_grants, which the purge fills and empties in its own transaction.
        CREATE TABLE events_purge_grants (order_id INTEGER PRIMARY KEY REFERENCES orders(id));
        DROP TRIGGER events_append_only_update;
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            WHEN NOT (
                NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
                AND NEW.kind IS OLD.kind AND NEW.order_id IS OLD.order_id
                AND OLD.order_id IN (SELECT order_id FROM events_purge_grants)
                AND (SELECT personal_data_purged_at FROM orders WHERE id = OLD.order_id)
                    IS NOT NULL
            )
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

        -- A purged order stays purged, whatever writes to it later (an old file imported
        -- again): its buyer's columns go back to blank, and its lines keep no copy of the
        -- marketplace's row, which holds the buyer too.
        CREATE TRIGGER orders_stay_purged AFTER UPDATE ON orders
            WHEN NEW.personal_data_purged_at IS NOT NULL
             AND (NEW.recipient_name || NEW.phone || NEW.address1 || NEW.address2
                  || NEW.address3 || NEW.city || NEW.state || NEW.postal_code) <> ''
            BEGIN
                UPDATE orders SET recipient_name = '', phone = '', address1 = '',
                    address2 = '', address3 = '', city = '', state = '', postal_code = ''
                WHERE id = NEW.id;
            END;
        CREATE TRIGGER order_lines_stay_purged_update AFTER UPDATE OF source ON order_lines
            WHEN NEW.source <> '{}' AND (SELECT personal_data_purged_at FROM orders
                                         WHERE id = NEW.order_id) IS NOT NULL
            BEGIN UPDATE order_lines SET source = '{}' WHERE id = NEW.id; END;
        CREATE TRIGGER order_lines_stay_purged_insert AFTER INSERT ON order_lines
            WHEN NEW.source <> '{}' AND (SELECT personal_data_purged_at FROM orders
                                         WHERE id = NEW.order_id) IS NOT NULL
            BEGIN UPDATE order_lines SET source = '{}' WHERE id = NEW.id; END;

        -- The purge looks for shipped and cancelled orders not purged yet.
        CREATE INDEX orders_not_purged ON orders(status) WHERE personal_data_purged_at IS NULL;
        """
