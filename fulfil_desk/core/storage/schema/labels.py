"""The schema of migration m019: the shop's own label layouts, in the shop's database, so that
every PC of a PostgreSQL shop prints with the same ones. One statement both engines run as it
is (SQLite's migration and PostgreSQL's `LATER` form). `layout`: the JSON as its file held
it, checked before it is stored (core/labels/service.py)."""

LABEL_LAYOUTS = """
        CREATE TABLE label_layouts (
            name TEXT PRIMARY KEY CHECK (name <> ''),
            layout TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL
        );
        """
