"""All SQL lives here. Each repo takes the sqlite-utils Database; the Desk owns transactions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from operator import attrgetter

from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus
from fulfil_desk.core.storage.db import Database, dicts, require_row, update_row
from fulfil_desk.core.storage.score_sql import add_score_rows

_ORDER_COLUMNS = (
    "marketplace, order_number, ordered_at, ship_by, ship_by_computed, ship_by_source,"
    " recipient_name, phone, address1, address2, address3, city, state, postal_code, country,"
    " status, hold_reason, hold_note, cancel_reason,"
    " cancelled_by, cancelled_at, box, weight_g, pick_list_id, pccc"
)


# The queue's light rows (OrderRepo.queue_rows, ScoreRepo.risk_queue): what the table shows.
QUEUE_ROWS = (
    "SELECT o.id, o.marketplace, o.order_number, o.status, o.ship_by, o.recipient_name,"
    " o.hold_reason, o.hold_note,"
    " (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS units,"
    " a.station AS put_aside_at,"
    " (SELECT x.order_number FROM reships r JOIN orders x ON x.id = r.original_id"
    " WHERE r.order_id = o.id) AS reship_of"
    " FROM orders o LEFT JOIN put_aside a ON a.order_id = o.id"
)
_ORDER_FIELDS = tuple(c.strip() for c in _ORDER_COLUMNS.split(","))
_INSERT_ORDER_WITH_ID = (
    f"INSERT INTO orders (id, {_ORDER_COLUMNS})"
    f" VALUES ({', '.join('?' * (len(_ORDER_FIELDS) + 1))})"
)
_INSERT_LINE = (
    "INSERT INTO order_lines (order_id, line_key, sku, title, quantity, unit_price_minor,"
    " currency, picked, packed, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


_SHIPMENT_FIELDS = frozenset(
    ("courier_code", "tracking_number", "label_printed_at", "shipped_at", "delivered_at",
     "promised_delivery")
)  # fmt: skip
_UPDATE_ORDER = f"UPDATE orders SET {', '.join(f'{c} = ?' for c in _ORDER_FIELDS)} WHERE id = ?"


def _source_json(source: dict) -> str:
    return json.dumps(source, ensure_ascii=False, sort_keys=True) if source else "{}"


def _line_row(order_id: int, line: OrderLine) -> tuple:
    return (order_id, line.line_key or line.sku, *_LINE(line), _source_json(line.source))


_ORDER_SELECT = (
    f"SELECT o.id, {_ORDER_COLUMNS}, s.courier_code, s.tracking_number, s.label_printed_at,"
    " s.shipped_at, w.number AS waybill_number"
)
_ORDER_FROM = (
    " FROM orders o LEFT JOIN shipments s ON s.order_id = o.id"
    " LEFT JOIN waybill_numbers w ON w.order_id = o.id AND w.voided_at IS NULL"
)
_LINE_FIELDS = ("id", "sku", "title", "quantity", "unit_price_minor", "currency", "line_key",
                "picked", "packed", "source")  # fmt: skip
_ORDER_WITH_LINES = (
    f"{_ORDER_SELECT}, l.id AS line_id, l.sku AS line_sku, l.title AS line_title,"
    " l.quantity AS line_quantity, l.unit_price_minor AS line_unit_price_minor,"
    " l.currency AS line_currency, l.line_key AS line_line_key, l.picked AS line_picked,"
    " l.packed AS line_packed, l.source AS line_source"
    f"{_ORDER_FROM} LEFT JOIN order_lines l ON l.order_id = o.id WHERE o.id = ? ORDER BY l.id"
)


def _line_from_row(row: dict, prefix: str = "") -> OrderLine:
    found = {name: row[prefix + name] for name in _LINE_FIELDS}
    return OrderLine(**{**found, "source": json.loads(found["source"])})


def _order_from_row(row: dict, lines: list[OrderLine]) -> Order:
    return Order(
        id=row["id"],
        marketplace=row["marketplace"],
        order_number=row["order_number"],
        ordered_at=row["ordered_at"],
        ship_by=row["ship_by"],
        ship_by_computed=row["ship_by_computed"],
        ship_by_source=row["ship_by_source"],
        ship_to=Address(
            name=row["recipient_name"],
            phone=row["phone"],
            line1=row["address1"],
            line2=row["address2"],
            line3=row["address3"],
            city=row["city"],
            state=row["state"],
            postal_code=row["postal_code"],
            country=row["country"],
        ),
        lines=lines,
        status=OrderStatus(row["status"]),
        hold_reason=row["hold_reason"],
        hold_note=row["hold_note"],
        cancel_reason=row["cancel_reason"],
        cancelled_by=row["cancelled_by"],
        cancelled_at=row["cancelled_at"],
        box=row["box"],
        weight_g=row["weight_g"],
        pick_list_id=row["pick_list_id"],
        pccc=row["pccc"],
        courier_code=row["courier_code"],
        tracking_number=row["tracking_number"],
        label_printed_at=row["label_printed_at"],
        shipped_at=row["shipped_at"],
        waybill_number=row.get("waybill_number"),
    )


_ORDER_HEAD = attrgetter("marketplace", "order_number", "ordered_at")
_ADDRESS = attrgetter(
    "name", "phone", "line1", "line2", "line3", "city", "state", "postal_code", "country"
)
_ORDER_TAIL = attrgetter(
    "hold_reason", "hold_note", "cancel_reason", "cancelled_by", "cancelled_at", "box",
    "weight_g", "pick_list_id", "pccc",
)  # fmt: skip
_LINE = attrgetter("sku", "title", "quantity", "unit_price_minor", "currency", "picked", "packed")


def _order_row(order: Order, status: str, *deadline) -> tuple:
    """The order's values in `_ORDER_FIELDS` order, with its status and its deadline
    (ship_by, ship_by_computed, ship_by_source) as given."""
    return _ORDER_HEAD(order) + deadline + _ADDRESS(order.ship_to) + (status,) + _ORDER_TAIL(order)


def _as_stored(order: Order) -> tuple:
    return _order_row(
        order, order.status.value, order.ship_by, order.ship_by_computed, order.ship_by_source
    )


class OrderRepo:
    def __init__(self, db: Database):
        self._db = db

    def _select(self, where: str, params: Iterable) -> list[Order]:
        rows = dicts(self._db.execute(f"{_ORDER_SELECT}{_ORDER_FROM} WHERE {where}", list(params)))
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        lines: dict[int, list[OrderLine]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for r in dicts(
            self._db.execute(
                f"SELECT * FROM order_lines WHERE order_id IN ({marks}) ORDER BY id", ids
            )
        ):
            lines[r["order_id"]].append(_line_from_row(r))
        return [_order_from_row(r, lines[r["id"]]) for r in rows]

    def get(self, order_id: int) -> Order | None:
        """The order with its lines in one statement (one round trip to a server: an order
        is read several times on every scan)."""
        rows = dicts(self._db.execute(_ORDER_WITH_LINES, [order_id]))
        if not rows:
            return None
        lines = [_line_from_row(r, "line_") for r in rows if r["line_id"] is not None]
        return _order_from_row(rows[0], lines)

    def find(self, text: str) -> list[Order]:
        """By marketplace order number (any marketplace), or by internal id."""
        found = self._select("o.order_number = ?", [text])
        if not found and text.isascii() and text.isdigit() and len(text) <= 18:
            found = self._select("o.id = ?", [int(text)])
        return found

    def by_key(self, marketplace: str, order_number: str) -> Order | None:
        found = self._select(
            "o.marketplace = ? AND o.order_number = ?", [marketplace, order_number]
        )
        return found[0] if found else None

    def known_numbers(self, marketplace: str, numbers: Iterable[str]) -> set[str]:
        """Which of `numbers` are orders of `marketplace` already (one query per 500)."""
        numbers, known = list(numbers), set[str]()
        for first in range(0, len(numbers), 500):
            chunk = numbers[first : first + 500]
            sql = (
                "SELECT order_number FROM orders WHERE marketplace = ?"
                f" AND order_number IN ({','.join('?' * len(chunk))})"
            )
            known.update(row[0] for row in self._db.execute(sql, [marketplace, *chunk]))
        return known

    def on_pick_list(self, pick_list_id: int) -> list[Order]:
        return self._select(
            "o.pick_list_id = ? ORDER BY julianday(o.ship_by), o.id", [pick_list_id]
        )

    def queue_rows(self, statuses: list[str], limit: int, offset: int) -> list[dict]:
        """Light rows for the queue table, soonest ship-by first."""
        marks = ",".join("?" * len(statuses))
        return list(
            self._db.query(
                f"{QUEUE_ROWS} WHERE o.status IN ({marks})"
                " ORDER BY o.ship_by IS NULL, julianday(o.ship_by), o.id LIMIT ? OFFSET ?",
                [*statuses, limit, offset],
            )
        )

    def count(self, statuses: list[str]) -> int:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT COUNT(*) FROM orders WHERE status IN ({marks})"
        return self._db.execute(sql, statuses).fetchone()[0]

    def due_counts(self, statuses: list[str], now: str, tomorrow: str) -> dict[str, int]:
        """Orders in `statuses`: how many, overdue (ship-by before `now`), due before
        `tomorrow` (the start of the next day, shop time), on hold; counted in SQL."""
        marks = ",".join("?" * len(statuses))
        sql = (
            "SELECT COUNT(*),"
            " COALESCE(SUM(CASE WHEN julianday(ship_by) < julianday(?) THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN julianday(ship_by) >= julianday(?)"
            " AND julianday(ship_by) < julianday(?) THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN status = 'on_hold' THEN 1 ELSE 0 END), 0)"
            f" FROM orders WHERE status IN ({marks})"
        )
        row = self._db.execute(sql, [now, now, tomorrow, *statuses]).fetchone()
        return dict(zip(("open", "overdue", "today", "on_hold"), row, strict=True))

    def insert_many(
        self, orders: Sequence[Order], decided: Sequence[tuple[str, str | None, str | None, str]]
    ) -> list[int]:
        """New orders with their lines, each with what the merge decided beyond the file:
        (status, ship_by, ship_by_computed, ship_by_source). Their ids are the next free ones,
        as SQLite would choose them; the caller's write transaction keeps them free."""
        # Plain prepared statements in one executemany each: sqlite-utils' insert() reads the
        # table's schema on every call (~100 µs), which an import of 50k orders paid 150k times.
        conn = self._db
        first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM orders").fetchone()[0]
        ids = list(range(first, first + len(orders)))
        conn.executemany(
            _INSERT_ORDER_WITH_ID,
            [(order_id, *_order_row(order, *how)) for order_id, order, how
             in zip(ids, orders, decided, strict=True)],
        )  # fmt: skip
        conn.executemany(
            _INSERT_LINE,
            [_line_row(order_id, line) for order_id, order in zip(ids, orders, strict=True)
             for line in order.lines],
        )  # fmt: skip
        if ids:
            add_score_rows(conn, ids[0], ids[-1])
        return ids

    def _insert_lines(self, order_id: int, lines: list[OrderLine]) -> None:
        self._db.executemany(_INSERT_LINE, [_line_row(order_id, line) for line in lines])

    def update(self, order: Order) -> None:
        done = self._db.execute(_UPDATE_ORDER, [*_as_stored(order), order.id])
        require_row(done, "orders", order.id)

    def replace_lines(self, order: Order) -> None:
        self._db.execute("DELETE FROM order_lines WHERE order_id = ?", [order.id])
        self._insert_lines(order.saved_id, order.lines)

    def set_line_counts(self, line: OrderLine) -> None:
        done = self._db.execute(
            "UPDATE order_lines SET picked = ?, packed = ? WHERE id = ?",
            [line.picked, line.packed, line.id],
        )
        require_row(done, "order_lines", line.id)

    def save_shipment(self, order_id: int, **fields) -> None:
        """Sets `fields` of the order's shipment row, made when there is none."""
        names = [name for name in fields if name in _SHIPMENT_FIELDS]  # never SQL from keys
        if len(names) != len(fields):
            raise ValueError(f"not shipment columns: {sorted(set(fields) - set(names))}")
        columns = ", ".join(["order_id", *names])
        marks = ", ".join("?" * (len(names) + 1))
        updates = ", ".join(f"{name} = excluded.{name}" for name in names) or "order_id = order_id"
        self._db.execute(
            f"INSERT INTO shipments ({columns}) VALUES ({marks})"
            f" ON CONFLICT(order_id) DO UPDATE SET {updates}",
            [order_id, *(fields[name] for name in names)],
        )

    def couriers_shipped_with(self) -> list[str]:
        """The courier codes on past shipments, the most used first."""
        rows = self._db.execute(
            "SELECT courier_code FROM shipments WHERE coalesce(courier_code, '') <> ''"
            " GROUP BY courier_code ORDER BY count(*) DESC, courier_code"
        ).fetchall()
        return [row[0] for row in rows]

    def shipment(self, order_id: int) -> dict | None:
        rows = list(self._db.query("SELECT * FROM shipments WHERE order_id = ?", [order_id]))
        return rows[0] if rows else None

    def set_line_source(self, line_id: int, source: dict) -> None:
        source_json = json.dumps(source, ensure_ascii=False, sort_keys=True)
        update_row(self._db, "order_lines", line_id, {"source": source_json})

    def tracking_owner(self, tracking_number: str) -> int | None:
        row = self._db.execute(
            "SELECT order_id FROM shipments WHERE tracking_number = ?", [tracking_number]
        ).fetchone()
        return row[0] if row else None

    def new_pick_list(self, created_at: str, actor: str) -> int:
        return self._db.insert_row("pick_lists", {"created_at": created_at, "created_by": actor})

    def close_pick_list(self, pick_list_id: int, closed_at: str) -> None:
        update_row(self._db, "pick_lists", pick_list_id, {"closed_at": closed_at})

    def pick_list_is_open(self, pick_list_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM pick_lists WHERE id = ? AND closed_at IS NULL", [pick_list_id]
        ).fetchone()
        return row is not None

    def open_pick_list_id(self) -> int | None:
        row = self._db.execute(
            "SELECT id FROM pick_lists WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    # Last in the class: below it, `list` in an annotation would name this method.
    def list(
        self, statuses: Iterable[str] | None = None, limit: int = 1000, offset: int = 0
    ) -> list[Order]:
        where, params = "1 = 1", []
        if statuses:
            statuses = list(statuses)
            where = f"o.status IN ({','.join('?' * len(statuses))})"
            params = statuses
        return self._select(
            f"{where} ORDER BY o.ship_by IS NULL, julianday(o.ship_by), o.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )


class EventRepo:
    def __init__(self, db: Database):
        self._db = db

    def append(self, *, at: str, actor: str, kind: str, order_id: int | None, **detail) -> None:
        self._db.execute(
            "INSERT INTO events (at, actor, order_id, kind, detail) VALUES (?, ?, ?, ?, ?)",
            [at, actor, order_id, kind, json.dumps(detail, ensure_ascii=False, sort_keys=True)],
        )

    def append_many(
        self, *, at: str, actor: str, kind: str, order_ids: Iterable[int], **detail
    ) -> None:
        """One event of `kind` per order, all with the same detail."""
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        self._db.executemany(
            "INSERT INTO events (at, actor, order_id, kind, detail) VALUES (?, ?, ?, ?, ?)",
            [(at, actor, order_id, kind, text) for order_id in order_ids],
        )

    def for_order(self, order_id: int) -> list[dict]:
        rows = self._db.query("SELECT * FROM events WHERE order_id = ? ORDER BY id", [order_id])
        return [{**r, "detail": json.loads(r["detail"])} for r in rows]

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]


class SettingsRepo:
    def __init__(self, db: Database):
        self._db = db

    def get(self, key: str, default=None):
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def get_many(self, keys: list[str]) -> dict:
        """Those of `keys` that are set, in one statement (one round trip to a server)."""
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)
        return {key: json.loads(value) for key, value in rows}

    def set(self, key: str, value) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
