"""What every domain service of the Desk shares: the database its repositories are built on,
the clock, who works (the actor) and where (the station), the couriers, the audit trail, the
transaction, the settings as read, and the orders by id.

One per open database; `Desk.__init__` makes it and hands it to each service.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from fulfil_desk.core.kernel.clock import Clock
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.kernel.settings import DEFAULTS
from fulfil_desk.core.storage.db import Database, transaction
from fulfil_desk.core.storage.repos import EventRepo, OrderRepo, SettingsRepo


class DeskContext:
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        actor: str,
        station: str,
        couriers: CourierRegistry,
        path: Path,
    ):
        self.db = db  # for building repositories (core/storage); never queried here
        self.clock = clock
        self.actor = actor  # the packer whose badge the station saw last, else the user
        self.station = station
        self.couriers = couriers
        self.path = path  # the database file: every Desk is opened from one
        self.target: Path | str = path  # what it was opened from: the file, or a server URL
        self.data_folder: Path | None = None  # where a server's shop keeps this PC's files
        self.orders = OrderRepo(db)
        self.events = EventRepo(db)
        self.settings = SettingsRepo(db)
        # What opening the database wants said: news (the layouts moved in) and what went
        # wrong (a daily backup that failed).
        self.open_news: list[Message] = []
        self.open_notes: list[Message] = []

    def transaction(self):
        """Every write use case runs in one: the write lock first, then the reads it decides
        on, then the writes (nested: a savepoint)."""
        return transaction(self.db)

    def now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def event(self, kind: str, order_id: int | None, **detail) -> None:
        """One row of the audit trail, by this station's actor, now."""
        self.events.append(at=self.now(), actor=self.actor, kind=kind, order_id=order_id, **detail)

    def setting(self, key: str):
        return self.settings.get(key, DEFAULTS.get(key))

    def shop_tz(self) -> ZoneInfo:
        return ZoneInfo(self.setting("timezone"))

    def today(self) -> date:
        """Today in the shop's time zone."""
        return self.clock.now().astimezone(self.shop_tz()).date()

    def order(self, order_id: int) -> Order:
        found = self.orders.get(order_id)
        if found is None:
            raise NotFound(Message("kernel.no_order_with_id", order_id=order_id))
        return found
