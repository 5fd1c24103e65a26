"""The schema, one migration at a time. Never alter tables at run time."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Migrations

MIGRATIONS = Migrations("fulfil_desk")


def _run_script(db, script: str) -> None:
    """Statement by statement: `executescript` would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


@MIGRATIONS()
def m001_initial(db):
    _run_script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE products (
            sku TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            bin_location TEXT NOT NULL DEFAULT '',
            weight_g INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0),
            on_hand INTEGER NOT NULL DEFAULT 0  -- cache of SUM(stock_ledger.delta)
        );

        CREATE TABLE barcodes (
            code TEXT PRIMARY KEY,
            sku TEXT NOT NULL REFERENCES products(sku) ON DELETE CASCADE
        );
        CREATE INDEX barcodes_sku ON barcodes(sku);

        CREATE TABLE pick_lists (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            closed_at TEXT
        );

        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            marketplace TEXT NOT NULL,
            order_number TEXT NOT NULL,
            ordered_at TEXT NOT NULL,
            ship_by TEXT,
            recipient_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address1 TEXT NOT NULL DEFAULT '',
            address2 TEXT NOT NULL DEFAULT '',
            address3 TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            hold_reason TEXT,
            hold_note TEXT NOT NULL DEFAULT '',
            cancel_reason TEXT,
            cancelled_by TEXT CHECK (cancelled_by IN ('seller', 'buyer')),
            cancelled_at TEXT,
            box TEXT,
            weight_g INTEGER,
            pick_list_id INTEGER REFERENCES pick_lists(id),
            imported_from TEXT NOT NULL DEFAULT '',
            UNIQUE (marketplace, order_number)
        );
        CREATE INDEX orders_status_ship_by ON orders(status, ship_by);

        CREATE TABLE order_lines (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            line_key TEXT NOT NULL,
            sku TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL,
            unit_price_minor INTEGER,
            currency TEXT NOT NULL DEFAULT '',
            picked INTEGER NOT NULL DEFAULT 0 CHECK (picked BETWEEN 0 AND quantity),
            packed INTEGER NOT NULL DEFAULT 0 CHECK (packed BETWEEN 0 AND picked),
            UNIQUE (order_id, line_key)
        );
        CREATE INDEX order_lines_sku ON order_lines(sku);

        CREATE TABLE shipments (
            order_id INTEGER PRIMARY KEY REFERENCES orders(id),
            courier_code TEXT,
            tracking_number TEXT,
            label_printed_at TEXT,
            shipped_at TEXT,
            delivered_at TEXT
        );
        CREATE UNIQUE INDEX shipments_tracking
            ON shipments(tracking_number) WHERE tracking_number IS NOT NULL;

        CREATE TABLE stock_ledger (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL REFERENCES products(sku),
            delta INTEGER NOT NULL,
            reason TEXT NOT NULL,
            order_id INTEGER REFERENCES orders(id),
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX stock_ledger_sku ON stock_ledger(sku);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            order_id INTEGER REFERENCES orders(id),
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_order ON events(order_id);
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """,
    )


@MIGRATIONS()
def m002_stock_and_calendar(db):
    _run_script(
        db,
        """
        ALTER TABLE products ADD COLUMN safety_stock INTEGER NOT NULL DEFAULT 0
            CHECK (safety_stock >= 0);
        ALTER TABLE products ADD COLUMN reorder_point INTEGER NOT NULL DEFAULT 0
            CHECK (reorder_point >= 0);

        CREATE TABLE stock_counts (
            id INTEGER PRIMARY KEY,
            bin_location TEXT NOT NULL,
            blind INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            closed_at TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE stock_count_lines (
            count_id INTEGER NOT NULL REFERENCES stock_counts(id),
            sku TEXT NOT NULL REFERENCES products(sku),
            counted INTEGER NOT NULL DEFAULT 0 CHECK (counted >= 0),
            expected INTEGER,  -- on hand when the count was closed
            PRIMARY KEY (count_id, sku)
        );

        -- Days that differ from the weekly pattern. kind: public (a public holiday),
        -- shop (vacation), courier (no pickup by courier_code), workday (a weekend day
        -- that is worked, as China's make-up days).
        CREATE TABLE calendar_days (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('public', 'shop', 'courier', 'workday')),
            courier_code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (day, kind, courier_code)
        );
        CREATE INDEX calendar_days_day ON calendar_days(day);

        -- ship_by is the deadline that counts: the marketplace's when its file gives one
        -- (ship_by_source = 'marketplace'), else the computed one.
        ALTER TABLE orders ADD COLUMN ship_by_computed TEXT;
        ALTER TABLE orders ADD COLUMN ship_by_source TEXT NOT NULL DEFAULT 'computed'
            CHECK (ship_by_source IN ('marketplace', 'computed'));
        """,
    )


@MIGRATIONS()
def m003_exchange(db):
    _run_script(
        db,
        """
        -- Column mappings a seller saved for "any other CSV/XLSX", by name.
        CREATE TABLE column_mappings (
            name TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,  -- JSON: our field -> their header
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- Which shipments went out in which confirmation file, so the next export
        -- takes only the new ones.
        CREATE TABLE tracking_exports (
            id INTEGER PRIMARY KEY,
            format TEXT NOT NULL,
            file TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            actor TEXT NOT NULL
        );
        CREATE TABLE tracking_export_orders (
            export_id INTEGER NOT NULL REFERENCES tracking_exports(id),
            order_id INTEGER NOT NULL REFERENCES orders(id),
            PRIMARY KEY (export_id, order_id)
        );

        -- Per line, what the marketplace file said beyond our own columns (Coupang's
        -- 묶음배송번호, 옵션ID, …), so an export can write the row back as it came.
        ALTER TABLE order_lines ADD COLUMN source TEXT NOT NULL DEFAULT '{}';
        """,
    )


@MIGRATIONS()
def m004_scores(db):
    _run_script(
        db,
        """
        -- What happened to an order after it left: the facts seller scores are made of.
        ALTER TABLE shipments ADD COLUMN promised_delivery TEXT;  -- ISO date or datetime
        CREATE TABLE order_incidents (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            kind TEXT NOT NULL CHECK (kind IN
                ('negative_feedback', 'a_to_z_claim', 'chargeback', 'return', 'inad_case',
                 'inr_case', 'late_delivery_report')),
            at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL
        );
        CREATE INDEX order_incidents_order ON order_incidents(order_id);

        CREATE TABLE inquiries (
            id INTEGER PRIMARY KEY,
            marketplace TEXT NOT NULL,
            order_id INTEGER REFERENCES orders(id),
            subject TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL,
            answered_at TEXT,
            entered_by TEXT NOT NULL
        );

        CREATE TABLE performance_notices (
            id TEXT PRIMARY KEY,  -- the marketplace's id, e.g. PN-…
            marketplace TEXT NOT NULL,
            metric TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            received_at TEXT NOT NULL,
            corrective_actions TEXT NOT NULL DEFAULT '',
            preventive_measures TEXT NOT NULL DEFAULT '',
            responded_at TEXT,
            entered_by TEXT NOT NULL
        );
        """,
    )


@MIGRATIONS()
def m005_score_indexes(db):
    from fulfil_desk.core.storage.schema.score_indexes import SCORE_INDEXES

    _run_script(db, SCORE_INDEXES)


@MIGRATIONS()
def m006_stations_and_privacy(db):
    _run_script(
        db,
        """
        -- Which station has an order open at a bench step; stale after a while, and a
        -- person can take it over.
        CREATE TABLE order_locks (
            order_id INTEGER PRIMARY KEY REFERENCES orders(id),
            station TEXT NOT NULL,
            actor TEXT NOT NULL,
            acquired_at TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        -- Set when the buyer's name, phone and address were erased; what the scores
        -- need (dates, status, reasons, tracking) stays.
        ALTER TABLE orders ADD COLUMN personal_data_purged_at TEXT;
        """,
    )


@MIGRATIONS()
def m007_personal_data_purge(db):
    from fulfil_desk.core.storage.schema.purge import PURGE

    _run_script(db, PURGE)


@MIGRATIONS()
def m008_score_facts(db):
    # Imported here: the schema of score rows is generated (storage/schema/scores.py).
    from fulfil_desk.core.storage.schema.scores import statements

    for statement in statements():
        db.execute(statement)


@MIGRATIONS()
def m009_bench_trust(db):
    from fulfil_desk.core.storage.schema.bench import BENCH_TRUST

    _run_script(db, BENCH_TRUST)


@MIGRATIONS()
def m010_packer_language(db):
    # The language a packer's badge switches the window to (ko, zh_CN, en); NULL: the
    # station's.
    db.execute("ALTER TABLE packers ADD COLUMN language TEXT")


@MIGRATIONS()
def m011_calendar_day_names(db):
    # A public holiday's or make-up workday's name in each reader's language, as JSON
    # ({"en": …, "ko": …, "zh_CN": …}; `name` keeps the English that identifies it). ''
    # for a day the shop named itself, and for days stored before (read back by date).
    db.execute("ALTER TABLE calendar_days ADD COLUMN names TEXT NOT NULL DEFAULT ''")


@MIGRATIONS()
def m012_returns(db):
    from fulfil_desk.core.storage.aftersales.returns import RETURNS

    _run_script(db, RETURNS)


@MIGRATIONS()
def m013_reships(db):
    from fulfil_desk.core.storage.aftersales.reships_schema import RESHIPS

    _run_script(db, RESHIPS)


@MIGRATIONS()
def m014_feedback(db):
    from fulfil_desk.core.storage.aftersales.feedback_schema import FEEDBACK

    _run_script(db, FEEDBACK)


@MIGRATIONS()
def m015_deliveries(db):
    from fulfil_desk.core.storage.aftersales.deliveries import DELIVERIES

    _run_script(db, DELIVERIES)


@MIGRATIONS()
def m016_waybills(db):
    from fulfil_desk.core.storage.schema.waybills import WAYBILLS

    _run_script(db, WAYBILLS)


@MIGRATIONS()
def m017_handover(db):
    from fulfil_desk.core.storage.schema.handover import HANDOVER

    _run_script(db, HANDOVER)


@MIGRATIONS()
def m018_customs(db):
    from fulfil_desk.core.storage.schema.customs import CUSTOMS

    _run_script(db, CUSTOMS)


@MIGRATIONS()
def m019_label_layouts(db):
    from fulfil_desk.core.storage.schema.labels import LABEL_LAYOUTS

    _run_script(db, LABEL_LAYOUTS)


@MIGRATIONS()
def m020_statement_triggers(db):
    """PostgreSQL's form makes the triggers of bulk writes statement triggers; SQLite's run in
    the statement's own loop, as fast: nothing changes here."""
