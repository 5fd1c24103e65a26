"""The schema of migration m018: what customs need of each product, and the recipient's
personal customs clearance code (PCCC) on the order, personal data that the purge erases and
that stays erased."""

CUSTOMS = """
        CREATE TABLE product_customs (
            sku TEXT PRIMARY KEY REFERENCES products(sku) ON DELETE CASCADE,
            hs_code TEXT NOT NULL CHECK (length(hs_code) BETWEEN 6 AND 10),
            origin_country TEXT NOT NULL CHECK (length(origin_country) = 2),
            description TEXT NOT NULL CHECK (description <> '')
        );
        ALTER TABLE orders ADD COLUMN pccc TEXT NOT NULL DEFAULT '';
        CREATE TRIGGER orders_pccc_stays_purged AFTER UPDATE OF pccc ON orders
            WHEN NEW.personal_data_purged_at IS NOT NULL AND NEW.pccc <> ''
            BEGIN UPDATE orders SET pccc = '' WHERE id = NEW.id; END;
        """
