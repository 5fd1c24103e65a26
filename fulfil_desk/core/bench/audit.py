"""The bench's records (`desk.audit`): a finished order as the bench shows it, label reprints,
refused scans.

"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fulfil_desk.core.bench.commands import ReprintReason
from fulfil_desk.core.kernel.actors import who
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.storage.bench_repo import RefusedScanRepo

if TYPE_CHECKING:
    from fulfil_desk.core.bench.stations import StationService

S = OrderStatus
REFUSAL_KINDS = ("wrong_item", "one_too_many", "unknown_code")  # the rest count as "other"


class AuditService:
    def __init__(self, *, ctx: DeskContext, stations: StationService):
        self._ctx = ctx
        self._stations = stations
        self._refused = RefusedScanRepo(ctx.db)

    def order_record(self, order_id: int) -> dict:
        """What the bench shows of an order scanned after it left the flow (or any order):
        status, courier and tracking number, and when and by whom it was packed, labelled,
        shipped or cancelled, and every label reprint."""
        order = self._ctx.order(order_id)
        firsts: dict[str, dict] = {}
        reprints = []
        for event in self._ctx.events.for_order(order_id):
            if event["kind"] == "label_reprinted":
                reprints.append({"at": event["at"], "by": who(event["actor"]), **event["detail"]})
            firsts.setdefault(event["kind"], event)

        def when(kind: str) -> dict | None:
            event = firsts.get(kind)
            return {"at": event["at"], "by": who(event["actor"])} if event else None

        return {
            "order": order,
            "opened": when("opened"),
            "packed": when("packed"),
            "labelled": when("label_printed"),
            "shipped": when("shipped"),
            "cancelled": when("cancelled"),
            "reprints": reprints,
        }

    def label_reprinted(self, order_id: int, *, how: str, reason: ReprintReason) -> Changes:
        """The label of a labelled or shipped order was printed (or saved) once more."""
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            if order.status not in (S.LABELLED, S.SHIPPED):
                raise NotAllowed(
                    Message(
                        "bench.no_label_to_print_again",
                        order=order.order_number,
                        status=Term("status", order.status.value),
                    )
                )
            self._stations.guard([order_id])  # not an order another station has taken over
            self._ctx.event("label_reprinted", order_id, reason=reason.value, how=how)
        return Changes(
            orders=frozenset({order_id}),
            unscored=frozenset({order_id}),
            message=Message(
                "bench.label_printed_again",
                order=order.order_number,
                reason=Term("reprint_reason", reason.value),
                how=how,
            ),
        )

    def record_refusal(self, *, page: str, order_id: int | None, kind: str, code: str) -> None:
        """A refused scan, for the packers' statistics; nothing of the shop changes."""
        with self._ctx.transaction():
            self._refused.add(
                at=self._ctx.now(),
                station=self._ctx.station,
                actor=self._ctx.actor,
                page=page,
                order_id=order_id,
                kind=kind if kind in REFUSAL_KINDS else "other",
                code=code[:100],
            )
