"""The Desk: one open shop, a façade of domain services. The GUI and the CLI call only this.

Each service owns the use cases of one domain and gets what it uses as keyword arguments,
built here and nowhere else:

    desk.settings   the shop's settings              desk.orders     orders, the queue, lookups
    desk.products   products and barcodes            desk.stock      the ledger, levels, goods in
    desk.counts     cycle counts                     desk.calendar   non-shipping days, deadlines
    desk.stations   the benches, locks, put aside    desk.flow       verify, pick, pack, ship
    desk.packers    packers and their badges         desk.audit      finished orders, refusals
    desk.documents  labels, slips, the command sheet desk.exchange   imports, exports, the demo
    desk.scores     seller scores, orders at risk    desk.notices    inquiries, notices, plans
    desk.backups    backups and restore              desk.privacy    the personal-data purge
    desk.moves      the whole shop moved to another database (SQLite ⇄ PostgreSQL)
    desk.stats      packer statistics               desk.feedback   buyer feedback, replies
    desk.buyer_messages  messages to the buyer (templates, contacts)
    desk.returns    returns, expected returns       desk.reships    reshipments, exchanges
    desk.transit    parcels in transit, delivered   desk.courier_performance  by courier
    desk.handover   the end-of-day handover lists to the courier's driver
    desk.waybills   waybill number bands, the numbers given to labels
    desk.customs    HS codes, origins, the PCCC, CN22 / CN23 declarations

Every use case that changes state runs inside one transaction (`DeskContext.transaction`),
appends to the audit trail, and returns `Changes` naming what to refresh.
"""

from __future__ import annotations

from pathlib import Path

from fulfil_desk.core.aftersales.buyer_messages import BuyerMessageService
from fulfil_desk.core.aftersales.courier_performance import CourierPerformanceService
from fulfil_desk.core.aftersales.feedback import FeedbackService
from fulfil_desk.core.aftersales.reships import ReshipService
from fulfil_desk.core.aftersales.returns import ReturnService
from fulfil_desk.core.aftersales.transit import TransitService
from fulfil_desk.core.bench.audit import AuditService
from fulfil_desk.core.bench.flow import FlowService
from fulfil_desk.core.bench.orders import OrderService
from fulfil_desk.core.bench.station_names import check_station_name, machine_station
from fulfil_desk.core.bench.stations import StationService
from fulfil_desk.core.calendar.service import CalendarService
from fulfil_desk.core.customs.service import CustomsService
from fulfil_desk.core.documents.service import DocumentService
from fulfil_desk.core.exchange.service import ExchangeService
from fulfil_desk.core.handover.service import HandoverService
from fulfil_desk.core.kernel.actors import UNBADGED
from fulfil_desk.core.kernel.clock import Clock, SystemClock
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.settings_service import SettingsService
from fulfil_desk.core.labels.service import LayoutService
from fulfil_desk.core.packers.service import PackerService
from fulfil_desk.core.packers.stats import StatsService
from fulfil_desk.core.safekeeping.backups import BackupService, backup_before_migrating
from fulfil_desk.core.safekeeping.moving import MoveService, role_script, set_up_roles
from fulfil_desk.core.safekeeping.purge import PrivacyService
from fulfil_desk.core.scores.basis import ScoreBasis
from fulfil_desk.core.scores.notices import NoticeService
from fulfil_desk.core.scores.service import ScoreService
from fulfil_desk.core.stock.counts import CountService
from fulfil_desk.core.stock.products import ProductService
from fulfil_desk.core.stock.service import StockService
from fulfil_desk.core.storage.db import (
    Database,
    checkpoint,
    checkpoint_when_idle,
    close,
    commits,
    is_postgres_url,
    local_home,
    open_database,
    settle_unanswered,
    shown_target,
)
from fulfil_desk.core.storage.score_sql import add_missing_score_rows
from fulfil_desk.core.waybills.service import WaybillService
from fulfil_desk.core.wording.render import Wording


class Desk:
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        actor: str,
        couriers: CourierRegistry,
        path: Path,
        station: str = "local",
    ):
        ctx = DeskContext(
            db=db,
            clock=clock,
            actor=actor,
            station=check_station_name(station),
            couriers=couriers,
            path=path,
        )
        self._ctx = ctx
        self.calendar = CalendarService(ctx=ctx)
        self.settings = SettingsService(ctx=ctx, deadlines=self.calendar)
        self.products = ProductService(ctx=ctx)
        self.stock = StockService(ctx=ctx, products=self.products)
        self.counts = CountService(ctx=ctx, stock=self.stock, products=self.products)
        self.stations = StationService(ctx=ctx, stock=self.stock)
        self.packers = PackerService(ctx=ctx, stations=self.stations, products=self.products)
        self.waybills = WaybillService(ctx=ctx, stations=self.stations)
        self.flow = FlowService(
            ctx=ctx,
            waybills=self.waybills,
            products=self.products,
            stock=self.stock,
            stations=self.stations,
            settings=self.settings,
        )
        self.audit = AuditService(ctx=ctx, stations=self.stations)
        self.customs = CustomsService(ctx=ctx, products=self.products, settings=self.settings)
        self.layouts = LayoutService(ctx=ctx)
        self.documents = DocumentService(
            ctx=ctx,
            flow=self.flow,
            waybills=self.waybills,
            stations=self.stations,
            settings=self.settings,
            packers=self.packers,
            calendar=self.calendar,
            customs=self.customs,
            layouts=self.layouts,
            words=Wording(zone=ctx.shop_tz),
        )
        self.exchange = ExchangeService(
            ctx=ctx,
            calendar=self.calendar,
            flow=self.flow,
            settings=self.settings,
            products=self.products,
            stock=self.stock,
        )
        basis = ScoreBasis(ctx=ctx)
        self.scores = ScoreService(ctx=ctx, basis=basis, settings=self.settings)
        self.notices = NoticeService(ctx=ctx, basis=basis, documents=self.documents)
        self.orders = OrderService(ctx=ctx, scores=self.scores)
        self.returns = ReturnService(ctx=ctx, stock=self.stock, scores=self.scores)
        self.privacy = PrivacyService(ctx=ctx)
        self.backups = BackupService(ctx=ctx, privacy=self.privacy)
        self.moves = MoveService(ctx=ctx)
        self.stats = StatsService(ctx=ctx)
        self.reships = ReshipService(
            ctx=ctx, calendar=self.calendar, products=self.products, returns=self.returns
        )
        self.feedback = FeedbackService(ctx=ctx, scores=self.scores)
        self.buyer_messages = BuyerMessageService(ctx=ctx)
        self.transit = TransitService(
            ctx=ctx, calendar=self.calendar, scores=self.scores, orders=self.orders
        )
        self.courier_performance = CourierPerformanceService(
            ctx=ctx, transit=self.transit, calendar=self.calendar
        )
        self.handover = HandoverService(ctx=ctx, documents=self.documents)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        actor: str = UNBADGED,
        couriers: CourierRegistry | None = None,
        station: str | None = None,
        data_folder: Path | None = None,
        housekeeping: bool = True,
    ) -> Desk:
        """`path`: a SQLite file, or a PostgreSQL URL (then `data_folder` holds this PC's
        files of the shop: storage/db.py `local_home`). `station`: this bench's name
        (default: this machine's); two stations on one shop never lose each other's scans
        and never work on the same order at once.

        A database with a schema to update is backed up first; then, with `housekeeping`,
        the daily backup and the purge of old personal data run when due
        (BackupService.after_open), the label layouts of the folder of before move into the
        database (LayoutService.move_old_folder), and score rows are added for orders written
        by other means. Without it (a shop only read, as `db move` reads it) nothing else is
        written."""
        clock = clock or SystemClock()
        home = local_home(path, data_folder=data_folder)
        db = open_database(path, before_migrating=backup_before_migrating(home, clock))
        desk = cls(
            db=db,
            clock=clock,
            actor=actor,
            couriers=couriers or CourierRegistry.load(),
            path=home,
            station=station or machine_station(),
        )
        desk._ctx.target, desk._ctx.data_folder = path, data_folder
        if housekeeping:
            desk.backups.after_open()
            desk.layouts.move_old_folder()  # the shop's layouts of before, into the database
            add_missing_score_rows(db)  # orders written by other means than the Desk
        return desk

    def open_again(self) -> Desk:
        """A new Desk on the same file, clock, packer and station, for after a restore;
        close this one when nothing uses it any more."""
        ctx = self._ctx
        return type(self).open(
            ctx.target,
            clock=ctx.clock,
            actor=ctx.actor,
            couriers=ctx.couriers,
            station=ctx.station,
            data_folder=ctx.data_folder,
        )

    def close(self) -> None:
        close(self._ctx.db)

    def saves_made(self) -> int:
        """How many writes this Desk has saved: a scan that saved one before the server went
        away is saved, whatever failed after it."""
        return commits(self._ctx.db)

    def settle_unanswered_save(self) -> bool | None:
        """After `SavingUnanswered` (a server that went away while saving): True when it had
        saved that write, False when not; None when no write waits for an answer."""
        return settle_unanswered(self._ctx.db)

    def checkpoint_when_idle(self) -> None:
        """For a station's window: the database's log is copied into it while the bench
        waits for a scan (`idle`), never inside a scan's commit."""
        checkpoint_when_idle(self._ctx.db)

    def idle(self) -> None:
        """Housekeeping for a moment without scans."""
        checkpoint(self._ctx.db)

    # ---- who and where -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The database file; a PostgreSQL shop's stand-in on this PC (storage/postgres/urls.py
        `shop_home`), beside which its backups go (and its label layouts went, before they
        were kept in the database: core/labels/folder_move.py)."""
        return self._ctx.path

    @staticmethod
    def on_server(target: Path | str) -> bool:
        """Whether `target` names a database server's shop (a PostgreSQL URL), not a file."""
        return is_postgres_url(str(target))

    @staticmethod
    def shown_target(target: Path | str) -> str:
        return shown_target(target)

    # A PostgreSQL server's roles for a shop, set up before any Desk opens it
    # (core/safekeeping/moving.py): the script for psql, or the set-up run as its superuser.
    role_script = staticmethod(role_script)
    set_up_roles = staticmethod(set_up_roles)

    @property
    def shown(self) -> str:
        """The database, as a person is shown it: its file, or its URL without a password."""
        return shown_target(self._ctx.target)

    @property
    def clock(self) -> Clock:
        return self._ctx.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:  # a test's fixed clock moved on
        self._ctx.clock = clock

    @property
    def couriers(self) -> CourierRegistry:
        return self._ctx.couriers

    @property
    def station(self) -> str:
        return self._ctx.station

    @property
    def actor(self) -> str:
        """Who the audit trail names: the packer whose badge the station saw last."""
        return self._ctx.actor

    @property
    def open_notes(self) -> list[Message]:
        """What opening the database wants said: a daily backup or a purge that failed."""
        return self._ctx.open_notes

    @property
    def open_news(self) -> list[Message]:
        """What opening the database did that is worth saying: the layouts moved in."""
        return self._ctx.open_news
