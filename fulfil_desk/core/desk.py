"""The Desk: one method per use case. The GUI and the CLI call only this.

Every method that changes state runs inside one transaction, appends to the audit
trail, and returns `Changes` naming what to refresh.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from fulfil_desk.core.bench import workflow
from fulfil_desk.core.bench.flow import FlowUseCases
from fulfil_desk.core.bench.packers import PackerUseCases
from fulfil_desk.core.bench.records import BenchRecordUseCases
from fulfil_desk.core.bench.station_cases import StationUseCases
from fulfil_desk.core.bench.stations import check_station_name, machine_station
from fulfil_desk.core.bench.stats import StatsUseCases
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.calendar.calendar_cases import CalendarUseCases
from fulfil_desk.core.documents.command_sheet_cases import CommandSheetUseCases
from fulfil_desk.core.documents.label_cases import LabelUseCases
from fulfil_desk.core.exchange import importing
from fulfil_desk.core.exchange.exchange_cases import ExchangeUseCases
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.clock import Clock, SystemClock
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.orders import OPEN_STATUSES, Order, OrderStatus, ShopInfo
from fulfil_desk.core.kernel.settings import (
    DEFAULTS,
    BoxPreset,
    box_presets,
    check_setting,
    shop_info,
)
from fulfil_desk.core.safekeeping.backup_cases import BackupUseCases, backup_before_migrating
from fulfil_desk.core.safekeeping.privacy_cases import PrivacyUseCases
from fulfil_desk.core.scores.score_cases import ScoreUseCases
from fulfil_desk.core.stock.inventory import Product
from fulfil_desk.core.stock.stock_cases import StockUseCases
from fulfil_desk.core.storage.bench_repo import (
    PackerRepo,
    PutAsideRepo,
    RefusedScanRepo,
    ScanLookupRepo,
)
from fulfil_desk.core.storage.db import (
    checkpoint,
    checkpoint_when_idle,
    close,
    open_database,
    transaction,
)
from fulfil_desk.core.storage.locks import LockRepo
from fulfil_desk.core.storage.products import CountRepo, ProductRepo, StockRepo
from fulfil_desk.core.storage.repos import EventRepo, OrderRepo, SettingsRepo
from fulfil_desk.core.storage.score_sql import add_missing_score_rows

S = OrderStatus


class Desk(
    FlowUseCases,
    LabelUseCases,
    StationUseCases,
    StockUseCases,
    CalendarUseCases,
    ExchangeUseCases,
    ScoreUseCases,
    BackupUseCases,
    PrivacyUseCases,
    PackerUseCases,
    BenchRecordUseCases,
    CommandSheetUseCases,
    StatsUseCases,
):
    def __init__(
        self,
        db,
        *,
        clock: Clock,
        actor: str,
        couriers: CourierRegistry,
        path: Path | None = None,
        station: str = "local",
    ):
        self._db = db
        self.path = path
        self.clock = clock
        self.actor = actor
        self.couriers = couriers
        self.station = check_station_name(station)
        self._locks = LockRepo(db)
        self._orders = OrderRepo(db)
        self._events = EventRepo(db)
        self._settings = SettingsRepo(db)
        self._products = ProductRepo(db)
        self._stock = StockRepo(db)
        self._counts = CountRepo(db)
        self._lookup = ScanLookupRepo(db)
        self._put_aside = PutAsideRepo(db)
        self._refused = RefusedScanRepo(db)
        self._packers = PackerRepo(db)
        self._fonts = None

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        actor: str = "packer",
        couriers: CourierRegistry | None = None,
        station: str | None = None,
    ) -> Desk:
        """`station`: this bench's name (default: this machine's); two stations on one file
        never lose each other's scans and never work on the same order at once.

        A database with a schema to update is backed up first; then the daily backup and
        the purge of old personal data run when due (`_after_open`, backup_cases.py)."""
        clock = clock or SystemClock()
        desk = cls(
            open_database(path, before_migrating=backup_before_migrating(Path(path), clock)),
            clock=clock,
            actor=actor,
            couriers=couriers or CourierRegistry.load(),
            path=Path(path),
            station=station or machine_station(),
        )
        desk._after_open()
        add_missing_score_rows(desk._db)  # orders written by other means than the Desk
        return desk

    def close(self) -> None:
        close(self._db)

    def _transaction(self):
        """Every write use case runs in one: the write lock first, then the reads it decides
        on, then the writes (nested: a savepoint)."""
        return transaction(self._db)

    def checkpoint_when_idle(self) -> None:
        """For a station's window: the database's log is copied into it while the bench
        waits for a scan (`idle`), never inside a scan's commit."""
        checkpoint_when_idle(self._db)

    def idle(self) -> None:
        """Housekeeping for a moment without scans."""
        checkpoint(self._db)

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
        with self._transaction(), self._recomputing_deadlines(key) as moved:
            self._settings.set(key, value)
            self._event("setting_changed", None, key=key)
        return Changes(
            settings=True, queue=bool(moved), orders=frozenset(m.order_id for m in moved)
        )

    def _all_settings(self) -> dict:
        return {key: self.setting(key) for key in DEFAULTS}

    def shop(self) -> ShopInfo:
        return shop_info(self._all_settings())

    def box_presets(self) -> list[BoxPreset]:
        return box_presets({"box_presets": self.setting("box_presets")})  # one read, not 20

    # ---- products and stock ------------------------------------------------------------------

    def save_product(self, product: Product) -> Changes:
        if not product.sku.strip() or not product.name.strip():
            raise UserError("A product needs a SKU and a name.")
        with self._transaction():
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
            raise self.several_orders_error(text, [o.id for o in found])
        return found[0]

    # ---- what a scan is (core/bench/reading.py) ---------------------------------------------

    def sku_of_code(self, code: str) -> str | None:
        return self._products.sku_for_code(code)

    def order_ids_of_number(self, number: str) -> list[int]:
        """Orders whose marketplace number (or Coupang 주문번호 in a bundle) is `number`."""
        return self._lookup.order_ids(number)

    def several_orders_error(self, number: str, order_ids: list[int]) -> UserError:
        where = ", ".join(f"{o.marketplace} (id {o.id})" for o in map(self.order, order_ids))
        return UserError(
            f"Order number {number} exists on several marketplaces: {where}. Use the id."
        )

    def tracking_owner_of(self, numbers: list[str]) -> tuple[int, str] | None:
        """The order one of `numbers` is the recorded tracking number of, and that number."""
        return self._lookup.tracking_owner(numbers)

    def orders(self, status: str | None = None, limit: int = 10_000) -> list[Order]:
        if status is not None and status not in {s.value for s in S}:
            raise UserError(
                f"Unknown status {status!r}; use one of {', '.join(s.value for s in S)}."
            )
        return self._orders.list([status] if status else None, limit=limit)

    def queue(self, limit: int = 200, offset: int = 0, sort: str = "ship_by") -> list[dict]:
        """Open orders, soonest ship-by first (or with `sort="risk"`, the orders that can still
        save a seller score first: see `_risk_queue_rows`), each with `due`: overdue, today or
        later."""
        if sort == "risk":
            rows = self._risk_queue_rows(limit, offset)
        else:
            rows = self._orders.queue_rows([s.value for s in OPEN_STATUSES], limit, offset)
        now = self.clock.now()
        tz = self.shop_tz()
        today = now.astimezone(tz).date()
        for row in rows:
            row["step"] = workflow.STEP_OF_STATUS[S(row["status"])].value
            row["put_aside"] = row.get("put_aside_at") is not None
            ship_by = datetime.fromisoformat(row["ship_by"]) if row["ship_by"] else None
            if ship_by is None:
                row["due"] = "later"
            elif ship_by < now:
                row["due"] = "overdue"
            elif ship_by.astimezone(tz).date() == today:
                row["due"] = "today"
            else:
                row["due"] = "later"
        return rows

    def queue_count(self) -> int:
        return self._orders.count([s.value for s in OPEN_STATUSES])

    def queue_summary(self) -> dict[str, int]:
        """How many open orders, overdue, due today (shop time) and on hold: `queue()`'s
        `due` counted in SQL, without reading the orders."""
        now = self.clock.now()
        tomorrow = now.astimezone(self.shop_tz()).date() + timedelta(days=1)
        start = datetime.combine(tomorrow, time(0), tzinfo=self.shop_tz())
        return self._orders.due_counts(
            [s.value for s in OPEN_STATUSES], now.isoformat(), start.isoformat()
        )

    def events(self, order_id: int) -> list[dict]:
        return self._events.for_order(order_id)

    def step(self, order_id: int) -> Step:
        return workflow.step_of(self.order(order_id))

    # ---- import ------------------------------------------------------------------------------

    def add_orders(
        self, orders: list[Order], *, source: str
    ) -> tuple[importing.ImportReport, Changes]:
        """Orders that arrive from code rather than a file: the demo shop, a future API."""
        report = importing.ImportReport(file=source, format="api", rows=len(orders))
        return report, self._merge(orders, report)

    def fill_demo(self, orders: int = 30) -> Changes:
        """Products, stock and `orders` orders; running it twice adds nothing twice."""
        from fulfil_desk.core.exchange import demo

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
        from fulfil_desk.core.exchange.formats.products_csv import read_products

        products, problems = read_products(Path(path))
        importing.refuse_if_bad(Path(path).name, problems, skip_bad=False)
        with self._transaction():
            for product in products:
                self.save_product(product)
        return Changes(products=True, stock=True, message=f"{len(products)} products saved.")
