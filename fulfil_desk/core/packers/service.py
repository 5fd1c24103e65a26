"""The packers (`desk.packers`): who works at a station, their badges, supervisors.

A badge (`PACKER:<name>` typed or scanned, or a packer's badge code) says who works at the
station until the next badge; every event the station writes from then on names that packer.
"""

from __future__ import annotations

import re

from fulfil_desk.core.bench import commands as bench_commands
from fulfil_desk.core.bench.stations import StationService
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.stock.products import ProductService
from fulfil_desk.core.storage.bench_repo import PackerRepo
from fulfil_desk.core.wording.languages import LANGUAGES

MAX_NAME = 40
_BADGE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{2,29}$")  # what a Code128 scanner types back


def check_packer_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name or len(name) > MAX_NAME or not name.isprintable() or ":" in name:
        raise UserError(Message("packers.bad_name", most=MAX_NAME))
    return name


class PackerService:
    def __init__(self, *, ctx: DeskContext, stations: StationService, products: ProductService):
        self._ctx = ctx
        self._stations = stations
        self._products = products
        self._packers = PackerRepo(ctx.db)

    def packers(self) -> list[dict]:
        """name, badge, supervisor, language (None: the station's), created_at; by name."""
        return [{**p, "supervisor": bool(p["supervisor"])} for p in self._packers.all()]

    def save_packer(
        self,
        name: str,
        *,
        badge: str | None = None,
        supervisor: bool = False,
        language: str | None = None,
    ) -> Changes:
        """Adds (or changes) a packer; without `badge` one is made (BADGE-0001, …). With a
        `language`, the packer's badge switches the station's window to it."""
        name = check_packer_name(name)
        if language is not None and language not in LANGUAGES:
            raise UserError(Message("setting.one_of", key="language", choices=LANGUAGES))
        with self._ctx.transaction():
            if badge is None:
                known = self._packers.by_name(name)
                badge = known["badge"] if known else self._packers.next_badge()
            badge = badge.strip().upper()
            self._check_badge(badge, name)
            self._packers.put(
                name=name, badge=badge, supervisor=supervisor, language=language,
                at=self._ctx.now(),
            )  # fmt: skip
            self._ctx.event("packer_saved", None, name=name, badge=badge, supervisor=supervisor)
        return Changes(settings=True, message=Message("packers.saved", name=name, badge=badge))

    def _check_badge(self, badge: str, name: str) -> None:
        if not _BADGE.match(badge):
            raise UserError(Message("packers.badge_not_printable", badge=badge))
        if bench_commands.parse(badge) is not None:
            raise UserError(Message("packers.badge_is_command", badge=badge))
        if (owner := self._packers.by_badge(badge)) and owner["name"] != name:
            raise UserError(Message("packers.badge_taken", badge=badge, name=owner["name"]))
        if (sku := self._products.sku_of_code(badge)) is not None:
            raise UserError(Message("packers.badge_is_product", badge=badge, sku=sku))

    def remove_packer(self, name: str) -> Changes:
        with self._ctx.transaction():
            if not self._packers.remove(name):
                raise NotFound(Message("packers.no_such_packer", name=name))
            self._ctx.event("packer_removed", None, name=name)
        return Changes(settings=True, message=Message("packers.removed", name=name))

    def packer_of_badge(self, code: str) -> dict | None:
        return self._packers.by_badge(code.strip().upper()) if code else None

    def language_of(self, name: str | None) -> str | None:
        """The language `name`'s badge speaks; None: the station's."""
        found = self._packers.by_name(name) if name else None
        return found["language"] if found else None

    def is_supervisor(self, name: str | None) -> bool:
        found = self._packers.by_name(name) if name else None
        return bool(found and found["supervisor"])

    def current_packer(self) -> str | None:
        return self._stations.station_state()["packer"]

    def resume_packer(self) -> None:
        """After a restart the station's packer is the one whose badge it saw last."""
        if packer := self.current_packer():
            self._ctx.actor = packer

    def set_packer(self, name: str) -> Changes:
        """From now on this station's events name `name`; the Changes say the language its
        badge speaks, read with the save (nothing is read after the scan is answered)."""
        name = check_packer_name(name)
        with self._ctx.transaction():
            found = self._packers.by_name(name)
            self._stations.save_state(packer=name)
            self._ctx.events.append(
                at=self._ctx.now(), actor=name, kind="packer_started", order_id=None,
                station=self._ctx.station,
            )  # fmt: skip
        self._ctx.actor = name
        at_station = Message("packers.at_station", name=name, station=self._ctx.station)
        return Changes(
            message=at_station, packer=name, language=found["language"] if found else None
        )
