"""SQLite's triggers in PL/pgSQL, by the same names: one trigger function each, named as its
trigger, FOR EACH ROW, the same WHEN where it reads only OLD and NEW (a WHEN of PostgreSQL's
may not query; those tests open the function instead).

PostgreSQL runs an AFTER row trigger once its statement is done, SQLite right after each row:
a statement that writes several rows of one order (two incidents in one INSERT) rewrites its
score row from all of them, and logs one change where SQLite may log two. The score rows come
out the same.

These are the baseline's, as SQLite's migrations m001…m018 leave them; m020 makes three of
them statement triggers (statement_triggers.py), on every shop.
"""

from __future__ import annotations

from fulfil_desk.core.storage.schema import scores

# SQLite's words in its trigger (migrations.py m001), which tests and logs match on.
_RAISE = (
    "RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'integrity_constraint_violation';"
)
_NEVER = "1e9::float8"  # a date later than any, as SQLite's triggers write 1e9


def _trigger(name: str, when_on: str, body: str, *, condition: str = "") -> list[str]:
    """`when_on`: e.g. 'AFTER UPDATE ON orders'. An AFTER trigger's result is ignored; a
    BEFORE trigger that lets the change through returns NEW (or OLD) in `body`."""
    where = f" WHEN ({condition})" if condition else ""
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}\nRETURN NULL;\nEND\n$$",
        f"CREATE TRIGGER {name} {when_on} FOR EACH ROW{where} EXECUTE FUNCTION {name}()",
    ]


def _changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)


def _same(columns) -> str:
    return " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in columns)


def _one_of(expression: str, values) -> str:
    return "(" + " OR ".join(f"{expression} = '{v}'" for v in values) + ")"


def _purge() -> list[str]:
    """m001's append-only audit trail as m007 opened it to the purge, and m007's and m018's
    purged orders that stay purged."""
    purge_path = (
        f"{_same(('id', 'at', 'actor', 'kind', 'order_id'))}"
        " AND OLD.order_id IN (SELECT order_id FROM events_purge_grants)"
        " AND (SELECT personal_data_purged_at FROM orders WHERE id = OLD.order_id) IS NOT NULL"
    )
    buyer = ("recipient_name", "phone", "address1", "address2", "address3", "city", "state",
             "postal_code")  # fmt: skip
    purged_order = (
        "(SELECT personal_data_purged_at FROM orders WHERE id = NEW.order_id) IS NOT NULL"
    )
    blank_source = (
        f"IF {purged_order} THEN UPDATE order_lines SET source = '{{}}' WHERE id = NEW.id; END IF;"
    )
    return [
        *_trigger(
            "events_append_only_update",
            "BEFORE UPDATE ON events",
            f"IF NOT ({purge_path}) THEN {_RAISE} END IF;\nRETURN NEW;",
        ),
        *_trigger("events_append_only_delete", "BEFORE DELETE ON events", _RAISE),
        *_trigger(
            "orders_stay_purged",
            "AFTER UPDATE ON orders",
            "UPDATE orders SET " + ", ".join(f"{c} = ''" for c in buyer) + " WHERE id = NEW.id;",
            condition="NEW.personal_data_purged_at IS NOT NULL"
            f" AND ({' || '.join(f'NEW.{c}' for c in buyer)}) <> ''",
        ),
        *_trigger(
            "order_lines_stay_purged_update",
            "AFTER UPDATE OF source ON order_lines",
            blank_source,
            condition="NEW.source <> '{}'",
        ),
        *_trigger(
            "order_lines_stay_purged_insert",
            "AFTER INSERT ON order_lines",
            blank_source,
            condition="NEW.source <> '{}'",
        ),
        *_trigger(
            "orders_pccc_stays_purged",
            "AFTER UPDATE OF pccc ON orders",
            "UPDATE orders SET pccc = '' WHERE id = NEW.id;",
            condition="NEW.personal_data_purged_at IS NOT NULL AND NEW.pccc <> ''",
        ),
    ]


def _refresh(order_id: str) -> str:
    return scores.rewrite(f"o.id = {order_id}", scores.PORTABLE_FACTS)


def since(*rows: str) -> str:
    """The earliest date of score rows `rows` (OLD, NEW, an alias) as a raw julian day."""
    terms = [f"coalesce({row}.{c}, {_NEVER})" for row in rows for c in scores.DATE_COLUMNS]
    return f"LEAST({', '.join(terms)})"


def _log(marketplace: str, earliest: str) -> str:
    return f"INSERT INTO score_changes (marketplace, since) VALUES ({marketplace}, {earliest});"


def _score_rows() -> list[str]:
    """m008's score rows, rewritten whenever a fact of theirs changes, and the change log."""
    status_matters = (
        "OLD.status IS DISTINCT FROM NEW.status"
        f" AND ({_one_of('OLD.status', scores.SCORED_STATUSES)}"
        f" OR {_one_of('NEW.status', scores.SCORED_STATUSES)})"
    )
    found = [
        *_trigger(
            "score_orders_update",
            "AFTER UPDATE ON orders",
            _refresh("NEW.id"),
            condition=f"{_changed(scores.ORDER_FACT_COLUMNS)} OR ({status_matters})",
        ),
        *_trigger(
            "score_orders_delete",
            "AFTER DELETE ON orders",
            "DELETE FROM score_orders WHERE id = OLD.id;",
        ),
    ]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        changed = _changed(scores.SHIPMENT_FACT_COLUMNS) if event == "UPDATE" else ""
        found += _trigger(
            f"score_shipments_{event.lower()}",
            f"AFTER {event} ON shipments",
            _refresh(f"{row}.order_id"),
            condition=changed,
        )
        found += _trigger(
            f"score_incidents_{event.lower()}",
            f"AFTER {event} ON order_incidents",
            _refresh(f"{row}.order_id"),
        )
    same_market = "CASE WHEN OLD.marketplace = NEW.marketplace THEN NEW.marketplace END"
    found += [
        *_trigger(
            "score_changes_insert",
            "AFTER INSERT ON score_orders",
            _log("NEW.marketplace", since("NEW")),
        ),
        *_trigger(
            "score_changes_update",
            "AFTER UPDATE ON score_orders",
            _log(same_market, since("OLD", "NEW")),
            condition=_changed(scores.FACTS),
        ),
        *_trigger(
            "score_changes_delete",
            "AFTER DELETE ON score_orders",
            _log("OLD.marketplace", since("OLD")),
        ),
        *_trigger(
            "score_changes_keep",
            "AFTER INSERT ON score_changes",
            f"DELETE FROM score_changes WHERE seq <= NEW.seq - {scores.KEEP_CHANGES};",
            condition="NEW.seq % 1000 = 0",
        ),
    ]
    received = f"coalesce(julianday({{}}.received_at), {_NEVER})"
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        earliest = f"LEAST({', '.join(received.format(r) for r in rows)}, {_NEVER})"
        market = same_market if event == "UPDATE" else f"{rows[0]}.marketplace"
        found += _trigger(
            f"score_inquiries_{event.lower()}",
            f"AFTER {event} ON inquiries",
            _log(market, earliest),
        )
    return found


def _reships() -> list[str]:
    """m013: a reshipment never has a score row."""
    return _trigger(
        "reships_not_scored",
        "AFTER INSERT ON score_orders",
        "IF EXISTS (SELECT 1 FROM reships WHERE order_id = NEW.id) THEN"
        " DELETE FROM score_orders WHERE id = NEW.id; END IF;",
    )


def statements() -> list[str]:
    return [*_purge(), *_score_rows(), *_reships()]
