"""Migration m020 on PostgreSQL: the row triggers that bulk writes fire, once per statement.

An import writes its new orders' lines and score rows a few thousand at a time (COPY, then
one INSERT … SELECT); a PL/pgSQL row trigger runs its function, and the queries in it, once per
row: per line the purged-order check (for files whose lines keep the marketplace's row), per
score row the change log and the reship check (1.3 s of the server's ~8 s on the 100k-line
Amazon import of benchmarks/RESULTS.md; 0.3 s now). FOR EACH STATEMENT, with the statement's
new rows as a transition table (REFERENCING NEW TABLE, which COPY fills too), each is one
query, and leaves what SQLite's row triggers leave:

- `order_lines_stay_purged_insert`: a new line of a purged order keeps no source row;
- `reships_not_scored`: a reshipment's new score row is deleted (its deletion logged, as
  before, by the row trigger `score_changes_delete`);
- `score_changes_insert`: one change per new score row, in the order of their ids, after
  `reships_not_scored` (the engine runs a table's triggers by name, as it ran the row ones).

SQLite's triggers stay as they are (SQLite runs a trigger's program in the statement's own
loop); m020 is a no-op there. A statement trigger runs for every statement, one that wrote no
row too (an `ON CONFLICT DO UPDATE` that updated instead): its queries then read an empty
table. `score_changes_keep` stays a row trigger: its WHEN lets one row in 1,000 through, and
is tested before anything is queued.
"""

from __future__ import annotations

from fulfil_desk.core.storage.postgres import schema_triggers


def _statement_trigger(name: str, table: str, rows: str, body: str) -> list[str]:
    """`name` (a row trigger of the baseline, and its function) made again as an AFTER INSERT
    statement trigger on `table` whose new rows are `rows`."""
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}\nRETURN NULL;\nEND\n$$",
        f"CREATE TRIGGER {name} AFTER INSERT ON {table} REFERENCING NEW TABLE AS {rows}"
        f" FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


def statements() -> list[str]:
    return [
        *_statement_trigger(
            "order_lines_stay_purged_insert",
            "order_lines",
            "new_lines",
            # Most files keep no source row (an import of Amazon's: none): first that test.
            "IF EXISTS (SELECT 1 FROM new_lines WHERE source <> '{}') THEN"
            " UPDATE order_lines l SET source = '{}' FROM new_lines n JOIN orders o"
            " ON o.id = n.order_id WHERE l.id = n.id AND n.source <> '{}'"
            " AND o.personal_data_purged_at IS NOT NULL; END IF;",
        ),
        *_statement_trigger(
            "reships_not_scored",
            "score_orders",
            "new_scores",
            "DELETE FROM score_orders s USING new_scores n JOIN reships r ON r.order_id = n.id"
            " WHERE s.id = n.id;",
        ),
        *_statement_trigger(
            "score_changes_insert",
            "score_orders",
            "new_scores",
            "INSERT INTO score_changes (marketplace, since)"
            f" SELECT n.marketplace, {schema_triggers.since('n')} FROM new_scores n ORDER BY n.id;",
        ),
    ]


def migrate(db) -> None:
    for statement in statements():
        db.execute(statement)
