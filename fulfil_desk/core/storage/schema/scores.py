"""The schema behind fast seller scores (migration m008): one narrow row of numbers per order,
kept by triggers, and a log of what changed.

`score_orders` holds what the metrics look at of an order, its times as julian days, so a
window is one range of a covering index with no text to parse and no join. A new order's row
is written with it (`OrderRepo.insert_many` calls `add_score_rows`; `Desk.open` adds any that
are missing past the last one); then triggers on orders, shipments and order_incidents
rewrite it whenever one of those facts changes, whichever code (or station) wrote it. (No
trigger on inserting orders: any AFTER INSERT trigger on orders costs ~20 µs an order here,
1.2 s on an import of 57k orders, even an empty one.) A time stored without a UTC offset (a bare
date typed by a person) cannot be read here without the shop's zone: such an order is marked
`local` and counted by the Python rules instead.

`score_changes` logs, for each change of a score row or an inquiry, the marketplace and the
earliest date it touched (julian day, raw), so a station knows which kept windows are stale.
It keeps about the last 10,000 entries.
"""

from __future__ import annotations

DEFECT_KINDS = ("negative_feedback", "a_to_z_claim", "chargeback")
INCIDENT_COLUMNS = {
    "defect": DEFECT_KINDS,
    "late_report": ("late_delivery_report",),
    "case_at": ("inr_case", "inad_case"),
    "return_at": ("return",),
}
ORDER_TIMES = ("o.ordered_at", "o.ship_by", "o.cancelled_at")
SHIPMENT_TIMES = ("s.shipped_at", "s.delivered_at", "s.promised_delivery")
KEEP_CHANGES = 10_000
# The columns of orders and shipments a score row is made of, and the statuses it tells apart:
# a change of one of them rewrites the row.
ORDER_FACT_COLUMNS = ("marketplace", "ordered_at", "ship_by", "cancelled_at", "cancelled_by",
                      "cancel_reason")  # fmt: skip
SHIPMENT_FACT_COLUMNS = ("shipped_at", "delivered_at", "promised_delivery", "tracking_number",
                         "courier_code")  # fmt: skip
SCORED_STATUSES = ("shipped", "cancelled")


def _one_of(expression: str, values) -> str:
    """`expression IN (values)` without a list: in a trigger, SQLite builds a table for every
    IN list at every row (~15 µs each)."""
    return "(" + " OR ".join(f"{expression} = '{v}'" for v in values) + ")"


def _has_offset(text: str) -> str:
    return (
        f"({text} IS NULL OR ({_one_of(f'substr({text}, 20, 1)', '+-Z')}"
        f" AND julianday({text}) IS NOT NULL))"
    )


def _incident(kinds) -> str:
    return (
        "(SELECT MIN(julianday(at)) FROM order_incidents"
        f" WHERE order_id = o.id AND {_one_of('kind', kinds)})"
    )


_LOCAL = (
    "NOT ("
    + " AND ".join(_has_offset(t) for t in ORDER_TIMES + SHIPMENT_TIMES)
    + " AND NOT EXISTS (SELECT 1 FROM order_incidents WHERE order_id = o.id"
    + f" AND NOT {_has_offset('at')}))"
)
FACTS = {
    "marketplace": "o.marketplace",
    "local": _LOCAL,
    "ordered": "julianday(o.ordered_at)",
    "ship_by": "julianday(o.ship_by)",
    "cancelled": "julianday(o.cancelled_at)",
    "state": "CASE o.status WHEN 'shipped' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END",
    "by_seller": "coalesce(o.cancelled_by, '') = 'seller'",
    "undeliverable": "coalesce(o.cancel_reason, '') = 'undeliverable_address'",
    "shipped": "julianday(s.shipped_at)",
    "delivered": "julianday(s.delivered_at)",
    "promised": "julianday(s.promised_delivery)",
    "tracked": "coalesce(s.tracking_number, '') <> '' AND coalesce(s.courier_code, '') <> ''",
    **{name: _incident(kinds) for name, kinds in INCIDENT_COLUMNS.items()},
}
# The facts that are true or false: 0 or 1, the same on both engines (PostgreSQL stores no
# boolean in an integer column) in the statements that run on both.
FLAGS = ("local", "by_seller", "undeliverable", "tracked")
PORTABLE_FACTS = {
    name: f"CASE WHEN {fact} THEN 1 ELSE 0 END" if name in FLAGS else fact
    for name, fact in FACTS.items()
}
DATE_COLUMNS = ("ordered", "ship_by", "shipped", "promised")
# Per date the metrics count by: the columns their predicates read (core/storage/score_sql.py).
INDEXED_COLUMNS = {
    "ordered": "local, state, cancelled, by_seller, undeliverable, defect, case_at, return_at,"
    " shipped",
    "ship_by": "local, state, cancelled, shipped, delivered, promised, late_report",
    "shipped": "local, state, cancelled, ship_by, ordered, tracked",
    "promised": "local, shipped, delivered, late_report",
}


def rewrite(where: str, facts: dict[str, str] = FACTS) -> str:
    """The statement that (re)writes the score rows of the orders `o` that `where` picks."""
    names = ", ".join(facts)
    values = ", ".join(facts.values())
    updates = ", ".join(f"{n} = excluded.{n}" for n in facts)
    return (
        f"INSERT INTO score_orders (id, {names}) SELECT o.id, {values}"
        " FROM orders o LEFT JOIN shipments s ON s.order_id = o.id"
        f" WHERE {where} ON CONFLICT (id) DO UPDATE SET {updates};"
    )


def refresh(order_id: str) -> str:
    """The statement that rewrites one order's score row (`order_id`: an SQL expression)."""
    return rewrite(f"o.id = {order_id}")


# Run on both engines: SQLite writes the same rows with them as with FACTS.
ADD_RANGE = rewrite("o.id BETWEEN ? AND ?", PORTABLE_FACTS)
ADD_MISSING_PAST_LAST = rewrite(
    "o.id > (SELECT coalesce(MAX(id), 0) FROM score_orders)", PORTABLE_FACTS
)


def _since(*rows: str) -> str:
    """The earliest date of the rows (OLD, NEW) as a raw julian day."""
    terms = [f"coalesce({row}.{c}, 1e9)" for row in rows for c in DATE_COLUMNS]
    return f"min({', '.join(terms)})"


def _log(marketplace: str, since: str) -> str:
    return f"INSERT INTO score_changes (marketplace, since) VALUES ({marketplace}, {since});"


def _changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def statements() -> list[str]:
    columns = ",\n".join(f"    {n} {'TEXT NOT NULL' if n == 'marketplace' else ''}" for n in FACTS)
    found = [
        f"CREATE TABLE score_orders (\n    id INTEGER PRIMARY KEY,  -- the order's id\n"
        f"{columns}\n)",
        rewrite("true"),  # every order, once
        *(
            f"CREATE INDEX score_orders_{d} ON score_orders(marketplace, {d}, {INDEXED_COLUMNS[d]})"
            f" WHERE {d} IS NOT NULL"
            for d in DATE_COLUMNS
        ),
        "CREATE INDEX score_orders_local ON score_orders(marketplace) WHERE local = 1",
        "CREATE TABLE score_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " marketplace TEXT, since REAL NOT NULL)",  # marketplace NULL: any
        "CREATE TRIGGER score_changes_keep AFTER INSERT ON score_changes"
        " WHEN NEW.seq % 1000 = 0 BEGIN"
        f" DELETE FROM score_changes WHERE seq <= NEW.seq - {KEEP_CHANGES}; END",
    ]
    status_matters = (
        f"(OLD.status IS NOT NEW.status AND ({_one_of('OLD.status', SCORED_STATUSES)}"
        f" OR {_one_of('NEW.status', SCORED_STATUSES)}))"
    )
    found += [
        "CREATE TRIGGER score_orders_update AFTER UPDATE ON orders"
        f" WHEN {_changed(ORDER_FACT_COLUMNS)} OR {status_matters}"
        f" BEGIN {refresh('NEW.id')} END",
        "CREATE TRIGGER score_orders_delete AFTER DELETE ON orders"
        " BEGIN DELETE FROM score_orders WHERE id = OLD.id; END",
    ]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        when = f" WHEN {_changed(SHIPMENT_FACT_COLUMNS)}" if event == "UPDATE" else ""
        found.append(
            f"CREATE TRIGGER score_shipments_{event.lower()} AFTER {event} ON shipments{when}"
            f" BEGIN {refresh(f'{row}.order_id')} END"
        )
        found.append(
            f"CREATE TRIGGER score_incidents_{event.lower()} AFTER {event} ON order_incidents"
            f" BEGIN {refresh(f'{row}.order_id')} END"
        )
    same_market = "CASE WHEN OLD.marketplace = NEW.marketplace THEN NEW.marketplace END"
    found += [
        "CREATE TRIGGER score_changes_insert AFTER INSERT ON score_orders"
        f" BEGIN {_log('NEW.marketplace', _since('NEW'))} END",
        f"CREATE TRIGGER score_changes_update AFTER UPDATE ON score_orders WHEN {_changed(FACTS)}"
        f" BEGIN {_log(same_market, _since('OLD', 'NEW'))} END",
        "CREATE TRIGGER score_changes_delete AFTER DELETE ON score_orders"
        f" BEGIN {_log('OLD.marketplace', _since('OLD'))} END",
    ]
    received = "coalesce(julianday({}.received_at), 1e9)"
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        since = f"min({', '.join(received.format(r) for r in rows)}, 1e9)"
        market = same_market if event == "UPDATE" else f"{rows[0]}.marketplace"
        found.append(
            f"CREATE TRIGGER score_inquiries_{event.lower()} AFTER {event} ON inquiries"
            f" BEGIN {_log(market, since)} END"
        )
    return found
