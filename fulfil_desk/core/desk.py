"""The Desk: one method per use case. The GUI and the CLI call only this.

Every method that changes state runs inside one transaction, appends to the audit
trail, and returns `Changes` naming what to refresh.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fulfil_desk.core import importing, workflow
from fulfil_desk.core.changes import Changes
from fulfil_desk.core.clock import Clock, SystemClock
from fulfil_desk.core.couriers import CourierRegistry
from fulfil_desk.core.errors import NotFound, UserError
from fulfil_desk.core.calendar_cases import CalendarUseCases
from fulfil_desk.core.exchange_cases import ExchangeUseCases
from fulfil_desk.core.flow import FlowUseCases
from fulfil_desk.core.stock_cases import StockUseCases
from fulfil_desk.core.formats import read_orders
from fulfil_desk.core.holidays import ShippingCalendar
from fulfil_desk.core.inventory import RESERVING_STATUSES, Product, StockReason, shippable
from fulfil_desk.core.orders import OPEN_STATUSES, Order, OrderStatus, ShopInfo
from fulfil_desk.core.settings import (
    DEFAULTS,
    BoxPreset,
    box_presets,
    check_setting,
    shop_info,
)
from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.products import ProductRepo, StockRepo
from fulfil_desk.core.storage.repos import EventRepo, OrderRepo, SettingsRepo
from fulfil_desk.core.workflow import Step

S = OrderStatus


class Desk(FlowUseCases, StockUseCases, CalendarUseCases, ExchangeUseCases):
    def __init__(
        self, db, *, clock: Clock, actor: str, couriers: CourierRegistry, path: Path | None = None
    ):
        self._db = db
        self.path = path
        self.clock = clock
        self.actor = actor
        self.couriers = couriers
        self._orders = OrderRepo(db)
        self._events = EventRepo(db)
        self._settings = SettingsRepo(db)
        self._products = ProductRepo(db)
        self._stock = StockRepo(db)
        self._fonts = None

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        actor: str = "packer",
        couriers: CourierRegistry | None = None,
    ) -> Desk:
        return cls(
            open_database(path),
            clock=clock or SystemClock(),
            actor=actor,
            couriers=couriers or CourierRegistry.load(),
            path=Path(path),
        )

    def close(self) -> None:
        self._db.conn.close()

    def _now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def _event(self, kind: str, order_id: int | None, **detail) -> None:
        self._events.append(
            at=self._now(), actor=self.actor, kind=kind, order_id=order_id, **detail
        )

    # ---- settings -------------------------------------------------------------------------

    def setting(self, key: str):
        return self._settings.get(key, DEFAULTS.get(key))

    def set_setting(self, key: str, value) -> Changes:
        check_setting(key, value)
        if key == "default_courier":
            value = self.couriers.get(str(value)).code
        with self._db.atomic():
            self._settings.set(key, value)
            self._event("setting_changed", None, key=key)
        return Changes(settings=True)

    def _all_settings(self) -> dict:
        return {key: self.setting(key) for key in DEFAULTS}

    def calendar(self) -> ShippingCalendar:
        return ShippingCalendar(country=self.setting("country"), timezone=self.setting("timezone"))

    def shop(self) -> ShopInfo:
        return shop_info(self._all_settings())

    def box_presets(self) -> list[BoxPreset]:
        return box_presets(self._all_settings())

    # ---- products and stock ------------------------------------------------------------------

    def save_product(self, product: Product) -> Changes:
        if not product.sku.strip() or not product.name.strip():
            raise UserError("A product needs a SKU and a name.")
        with self._db.atomic():
            for code in product.barcodes:
                owner = self._products.barcode_owner(code)
                if owner not in (None, product.sku):
                    raise UserError(f"Barcode {code} already belongs to {owner}.")
            self._products.upsert(product)
            self._event("product_saved", None, sku=product.sku)
        return Changes(products=True, stock=True)

    def product(self, sku: str) -> Product:
        found = self._products.get(sku)
        if found is None:
            raise NotFound(f"No product has SKU {sku}.")
        return found

    def products(self) -> list[Product]:
        return self._products.all()

    def receive_stock(self, sku: str, quantity: int, note: str = "") -> Changes:
        self.product(sku)
        if not 0 < quantity <= 100_000:
            raise UserError(f"Cannot receive {quantity} units: enter a quantity from 1 to 100000.")
        with self._db.atomic():
            self._stock.post(
                sku=sku,
                delta=quantity,
                reason=StockReason.RECEIVED.value,
                actor=self.actor,
                at=self._now(),
                note=note,
            )
            self._event("stock_received", None, sku=sku, quantity=quantity, note=note)
        return Changes(stock=True)

    def reserved(self, sku: str, *, excluding: int | None = None) -> int:
        total = self._orders.reserved_units(sku, [s.value for s in RESERVING_STATUSES])
        if excluding is not None:
            order = self.order(excluding)
            if order.status in RESERVING_STATUSES:
                total -= sum(ln.quantity for ln in order.lines if ln.sku == sku)
        return total

    def shippable(self, sku: str) -> int:
        return shippable(self.product(sku).on_hand, self.reserved(sku))

    # ---- orders ------------------------------------------------------------------------------

    def order(self, order_id: int) -> Order:
        found = self._orders.get(order_id)
        if found is None:
            raise NotFound(f"There is no order with id {order_id}.")
        return found

    def find_order(self, text: str) -> Order:
        text = text.strip()
        found = self._orders.find(text)
        if not found:
            raise NotFound(f"No order has the number {text!r}.")
        if len(found) > 1:
            where = ", ".join(f"{o.marketplace} (id {o.id})" for o in found)
            raise UserError(
                f"Order number {text} exists on several marketplaces: {where}. Use the id."
            )
        return found[0]

    def orders(self, status: str | None = None, limit: int = 10_000) -> list[Order]:
        if status is not None and status not in {s.value for s in S}:
            raise UserError(
                f"Unknown status {status!r}; use one of {', '.join(s.value for s in S)}."
            )
        return self._orders.list([status] if status else None, limit=limit)

    def queue(self, limit: int = 200, offset: int = 0) -> list[dict]:
        """Open orders, soonest ship-by first, each with `due`: overdue, today or later."""
        rows = self._orders.queue_rows([s.value for s in OPEN_STATUSES], limit, offset)
        now = self.clock.now()
        today = now.astimezone(self.calendar().tz).date()
        for row in rows:
            row["step"] = workflow.STEP_OF_STATUS[S(row["status"])].value
            ship_by = datetime.fromisoformat(row["ship_by"]) if row["ship_by"] else None
            if ship_by is None:
                row["due"] = "later"
            elif ship_by < now:
                row["due"] = "overdue"
            elif ship_by.astimezone(self.calendar().tz).date() == today:
                row["due"] = "today"
            else:
                row["due"] = "later"
        return rows

    def queue_count(self) -> int:
        return self._orders.count([s.value for s in OPEN_STATUSES])

    def events(self, order_id: int) -> list[dict]:
        return self._events.for_order(order_id)

    def step(self, order_id: int) -> Step:
        return workflow.step_of(self.order(order_id))

    def current_order_id(self) -> int | None:
        """The order this station had open, so a restart resumes it at the same step."""
        order_id = self._settings.get("station.current_order")
        if order_id is None or self._orders.get(order_id) is None:
            return None
        return order_id

    def open_order(self, order_id: int | None) -> Changes:
        if order_id is not None:
            self.order(order_id)
        with self._db.atomic():
            self._settings.set("station.current_order", order_id)
        return Changes()

    # ---- import ------------------------------------------------------------------------------

    def import_orders(
        self, path: Path, *, format: str | None = None, skip_bad: bool = False
    ) -> tuple[importing.ImportReport, Changes]:
        path = Path(path)
        parsed = read_orders(
            path,
            format=format,
            default_tz=self.calendar().tz,
            default_currency=self.setting("currency"),
        )
        importing.refuse_if_bad(path.name, parsed.problems, skip_bad)
        report = importing.ImportReport(
            file=path.name, format=parsed.format, rows=parsed.rows, skipped=list(parsed.problems)
        )
        return report, self._merge(parsed.orders, report)

    def add_orders(
        self, orders: list[Order], *, source: str
    ) -> tuple[importing.ImportReport, Changes]:
        """Orders that arrive from code rather than a file: the demo shop, a future API."""
        report = importing.ImportReport(file=source, format="api", rows=len(orders))
        return report, self._merge(orders, report)

    def _merge(self, orders: list[Order], report: importing.ImportReport) -> Changes:
        changed: set[int] = set()
        lead = self.setting("lead_days")
        calendar = self.calendar()
        with self._db.atomic():
            for incoming in orders:
                existing = self._orders.by_key(incoming.marketplace, incoming.order_number)
                order_id = importing.merge_order(
                    incoming,
                    existing,
                    report,
                    orders=self._orders,
                    events=self._events,
                    calendar=calendar,
                    at=self._now(),
                    actor=self.actor,
                    lead_days=lead.get(incoming.marketplace, self.setting("default_lead_days")),
                )
                if order_id is not None:
                    changed.add(order_id)
        return Changes(orders=frozenset(changed), queue=bool(changed), message=report.summary())

    def fill_demo(self, orders: int = 30) -> Changes:
        """Products, stock and `orders` orders; running it twice adds nothing twice."""
        from fulfil_desk.core import demo

        changes = Changes()
        for product in demo.demo_products():
            changes |= self.save_product(product)
            if self._stock.ledger_sum(product.sku) == 0:
                changes |= self.receive_stock(product.sku, 40, note="demo opening stock")
        if self._settings.get("shop_address") is None:
            self.set_setting("shop_name", "서울 데모상점 Demo Shop")
            self.set_setting(
                "shop_address",
                {
                    "name": "서울 데모상점",
                    "phone": "02-555-0100",
                    "line1": "서울특별시 마포구 월드컵북로 396",
                    "city": "서울",
                    "postal_code": "03925",
                    "country": "KR",
                },
            )
        _, order_changes = self.add_orders(
            demo.demo_orders(orders, self.clock.now()), source="demo"
        )
        return changes | order_changes

    def import_products(self, path: Path) -> Changes:
        """A product list; any bad row refuses the whole file and nothing changes."""
        from fulfil_desk.core.formats.products_csv import read_products

        products, problems = read_products(Path(path))
        importing.refuse_if_bad(Path(path).name, problems, skip_bad=False)
        with self._db.atomic():
            for product in products:
                self.save_product(product)
        return Changes(products=True, stock=True, message=f"{len(products)} products saved.")
