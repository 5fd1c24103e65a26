"""All SQL lives here. Each repo takes the sqlite-utils Database; the Desk owns transactions."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from fulfil_desk.core.orders import Address, Order, OrderLine, OrderStatus

_ORDER_COLUMNS = (
    "marketplace, order_number, ordered_at, ship_by, ship_by_computed, ship_by_source,"
    " recipient_name, phone, address1, address2, address3, city, state, postal_code, country,"
    " status, hold_reason, hold_note, cancel_reason,"
    " cancelled_by, cancelled_at, box, weight_g, pick_list_id"
)


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
        courier_code=row["courier_code"],
        tracking_number=row["tracking_number"],
        label_printed_at=row["label_printed_at"],
        shipped_at=row["shipped_at"],
    )


def _order_fields(order: Order) -> dict:
    a = order.ship_to
    return {
        "marketplace": order.marketplace,
        "order_number": order.order_number,
        "ordered_at": order.ordered_at,
        "ship_by": order.ship_by,
        "ship_by_computed": order.ship_by_computed,
        "ship_by_source": order.ship_by_source,
        "recipient_name": a.name,
        "phone": a.phone,
        "address1": a.line1,
        "address2": a.line2,
        "address3": a.line3,
        "city": a.city,
        "state": a.state,
        "postal_code": a.postal_code,
        "country": a.country,
        "status": order.status.value,
        "hold_reason": order.hold_reason,
        "hold_note": order.hold_note,
        "cancel_reason": order.cancel_reason,
        "cancelled_by": order.cancelled_by,
        "cancelled_at": order.cancelled_at,
        "box": order.box,
        "weight_g": order.weight_g,
        "pick_list_id": order.pick_list_id,
    }


class OrderRepo:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def _select(self, where: str, params: Iterable) -> list[Order]:
        rows = list(
            self._db.query(
                f"SELECT o.id, {_ORDER_COLUMNS}, s.courier_code, s.tracking_number,"
                " s.label_printed_at, s.shipped_at"
                " FROM orders o LEFT JOIN shipments s ON s.order_id = o.id"
                f" WHERE {where}",
                list(params),
            )
        )
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        lines: dict[int, list[OrderLine]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for r in self._db.query(
            f"SELECT * FROM order_lines WHERE order_id IN ({marks}) ORDER BY id", ids
        ):
            lines[r["order_id"]].append(
                OrderLine(
                    id=r["id"],
                    sku=r["sku"],
                    title=r["title"],
                    quantity=r["quantity"],
                    unit_price_minor=r["unit_price_minor"],
                    currency=r["currency"],
                    line_key=r["line_key"],
                    picked=r["picked"],
                    packed=r["packed"],
                    source=json.loads(r["source"]),
                )
            )
        return [_order_from_row(r, lines[r["id"]]) for r in rows]

    def get(self, order_id: int) -> Order | None:
        found = self._select("o.id = ?", [order_id])
        return found[0] if found else None

    def find(self, text: str) -> list[Order]:
        """By marketplace order number (any marketplace), or by internal id."""
        found = self._select("o.order_number = ?", [text])
        if not found and text.isdigit():
            found = self._select("o.id = ?", [int(text)])
        return found

    def by_key(self, marketplace: str, order_number: str) -> Order | None:
        found = self._select(
            "o.marketplace = ? AND o.order_number = ?", [marketplace, order_number]
        )
        return found[0] if found else None

    def on_pick_list(self, pick_list_id: int) -> list[Order]:
        return self._select(
            "o.pick_list_id = ? ORDER BY julianday(o.ship_by), o.id", [pick_list_id]
        )

    def list(self, statuses: Iterable[str] | None = None, limit: int = 1000, offset: int = 0):
        where, params = "1", []
        if statuses:
            statuses = list(statuses)
            where = f"o.status IN ({','.join('?' * len(statuses))})"
            params = statuses
        return self._select(
            f"{where} ORDER BY o.ship_by IS NULL, julianday(o.ship_by), o.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    def queue_rows(self, statuses: list[str], limit: int, offset: int) -> list[dict]:
        """Light rows for the queue table, soonest ship-by first."""
        marks = ",".join("?" * len(statuses))
        return list(
            self._db.query(
                "SELECT o.id, o.marketplace, o.order_number, o.status, o.ship_by,"
                " o.recipient_name, o.hold_reason,"
                " (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE l.order_id = o.id)"
                " AS units FROM orders o"
                f" WHERE o.status IN ({marks})"
                " ORDER BY o.ship_by IS NULL, julianday(o.ship_by), o.id LIMIT ? OFFSET ?",
                [*statuses, limit, offset],
            )
        )

    def count(self, statuses: list[str]) -> int:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT COUNT(*) FROM orders WHERE status IN ({marks})"
        return self._db.execute(sql, statuses).fetchone()[0]

    def insert(self, order: Order) -> int:
        order_id = self._db.table("orders").insert(_order_fields(order)).last_pk
        self._insert_lines(order_id, order.lines)
        return order_id

    def _insert_lines(self, order_id: int, lines: list[OrderLine]) -> None:
        self._db.table("order_lines").insert_all(
            {
                "order_id": order_id,
                "line_key": line.line_key or line.sku,
                "sku": line.sku,
                "title": line.title,
                "quantity": line.quantity,
                "unit_price_minor": line.unit_price_minor,
                "currency": line.currency,
                "picked": line.picked,
                "packed": line.packed,
                "source": json.dumps(line.source, ensure_ascii=False, sort_keys=True),
            }
            for line in lines
        )

    def update(self, order: Order) -> None:
        self._db.table("orders").update(order.id, _order_fields(order))

    def replace_lines(self, order: Order) -> None:
        self._db.execute("DELETE FROM order_lines WHERE order_id = ?", [order.id])
        self._insert_lines(order.id, order.lines)

    def set_line_counts(self, line: OrderLine) -> None:
        self._db.table("order_lines").update(
            line.id, {"picked": line.picked, "packed": line.packed}
        )

    def save_shipment(self, order_id: int, **fields) -> None:
        self._db.table("shipments").upsert({"order_id": order_id, **fields}, pk="order_id")

    def shipment(self, order_id: int) -> dict | None:
        rows = list(self._db.query("SELECT * FROM shipments WHERE order_id = ?", [order_id]))
        return rows[0] if rows else None

    def set_line_source(self, line_id: int, source: dict) -> None:
        self._db.table("order_lines").update(
            line_id, {"source": json.dumps(source, ensure_ascii=False, sort_keys=True)}
        )

    def tracking_owner(self, tracking_number: str) -> int | None:
        row = self._db.execute(
            "SELECT order_id FROM shipments WHERE tracking_number = ?", [tracking_number]
        ).fetchone()
        return row[0] if row else None

    def new_pick_list(self, created_at: str, actor: str) -> int:
        return (
            self._db.table("pick_lists")
            .insert({"created_at": created_at, "created_by": actor})
            .last_pk
        )

    def close_pick_list(self, pick_list_id: int, closed_at: str) -> None:
        self._db.table("pick_lists").update(pick_list_id, {"closed_at": closed_at})

    def open_pick_list_id(self) -> int | None:
        row = self._db.execute(
            "SELECT id FROM pick_lists WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None


class EventRepo:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def append(self, *, at: str, actor: str, kind: str, order_id: int | None, **detail) -> None:
        self._db.table("events").insert(
            {
                "at": at,
                "actor": actor,
                "order_id": order_id,
                "kind": kind,
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
            }
        )

    def for_order(self, order_id: int) -> list[dict]:
        rows = self._db.query("SELECT * FROM events WHERE order_id = ? ORDER BY id", [order_id])
        return [{**r, "detail": json.loads(r["detail"])} for r in rows]

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]


class SettingsRepo:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def get(self, key: str, default=None):
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value) -> None:
        self._db.table("settings").upsert(
            {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key"
        )
