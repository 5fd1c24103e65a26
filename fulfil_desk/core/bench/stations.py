"""The stations of the Desk (`desk.stations`): which order each bench has open, and its locks.

Opening an order at a bench step takes its lock in `order_locks` (at the pick step, the
locks of every order still being picked on its list); every accepted scan refreshes
`seen_at`; finishing the order or leaving it releases it. Another station that opens or
scans a locked order is refused with a sentence saying where it is open, and nothing
changes; TAKEOVER takes the lock, and the events table records from whom. What the
station itself was doing (the order or pick list it has open, the box, weight and courier
it chose) is saved per station, so a restart resumes exactly there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fulfil_desk.core.bench import workflow
from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.bench.station_names import is_stale, lock_sentence, takeover_sentence
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed, OrderLocked
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.storage.bench_repo import PutAsideRepo
from fulfil_desk.core.storage.locks import LockRepo

if TYPE_CHECKING:
    from fulfil_desk.core.stock.service import StockService

S = OrderStatus
_STATE = ("order", "pick_list", "box", "weight_g", "courier", "packer")


@dataclass(frozen=True)
class Opened:
    """What opening an order at this station changed, the station's state it saved, and
    where the order had been put aside (station, actor, at, step), if it had."""

    changes: Changes
    state: dict
    waiting: dict | None


class StationService:
    def __init__(self, *, ctx: DeskContext, stock: StockService):
        self._ctx = ctx
        self._stock = stock
        self._locks = LockRepo(ctx.db)
        self._put_aside = PutAsideRepo(ctx.db)

    def _state_key(self) -> str:
        return f"station.bench@{self._ctx.station}"

    def station_state(self) -> dict:
        """What this station has open: order, pick_list, and its choices box, weight_g,
        courier (None where nothing is chosen)."""
        saved = self._ctx.settings.get(self._state_key()) or {}
        return {key: saved.get(key) for key in _STATE}

    def save_state(self, *, read: dict | None = None, **values) -> None:
        """`read`: the station's state as this transaction already read it."""
        self._ctx.settings.set(self._state_key(), {**(read or self.station_state()), **values})

    def current_order_id(self) -> int | None:
        """The order this station had open, so a restart resumes it at the same step."""
        order_id = self.station_state()["order"]
        if order_id is None or self._ctx.orders.get(order_id) is None:
            return None
        return order_id

    def station_pick_list(self) -> int | None:
        """The pick list this station was picking, while it is still open."""
        list_id = self.station_state()["pick_list"]
        if list_id is None or not self.is_pick_list_open(list_id):
            return None
        return list_id

    def is_pick_list_open(self, pick_list_id: int) -> bool:
        return self._ctx.orders.pick_list_is_open(pick_list_id)

    def _picking_ids(self, pick_list_id: int) -> list[int]:
        orders = self._ctx.orders.on_pick_list(pick_list_id)
        return [o.saved_id for o in orders if o.status is S.PICKING]

    def open_order(
        self, order_id: int | None, *, pick_list: int | None = None, takeover: bool = False
    ) -> Changes:
        """This station now has `order_id` open (or, with `pick_list`, that list; with
        neither, nothing): takes their locks and releases every other lock it held.
        `takeover` takes locks held by other stations; refused otherwise."""
        return self.open_here(order_id, pick_list=pick_list, takeover=takeover).changes

    def open_here(
        self, order_id: int | None, *, pick_list: int | None = None, takeover: bool = False
    ) -> Opened:
        """`open_order`, with what the bench shows next read in the same transaction."""
        with self._ctx.transaction():
            state = self.station_state()
            list_id = None
            if order_id is not None:
                order = self._ctx.order(order_id)
                if order.status is S.PICKING and order.pick_list_id is not None:
                    list_id = order.pick_list_id
                    ids = sorted({order_id, *self._picking_ids(list_id)})
                else:
                    ids = [order_id]
            elif pick_list is not None:
                list_id = pick_list
                ids = self._picking_ids(pick_list)
                if not ids:
                    raise NotAllowed(Message("bench.pick_list_nothing_left", pick_list=pick_list))
            else:
                ids = []
            notes, left = self.take_at_station(ids, state, takeover=takeover)
            taken = self._put_aside.take(ids)
            waiting = (taken.get(order_id) if order_id is not None else None) or {}
            same = order_id is not None and state["order"] == order_id
            kept = state if same else waiting
            saved = {
                "order": order_id,
                "pick_list": list_id,
                "box": kept.get("box"),
                "weight_g": kept.get("weight_g"),
                "courier": kept.get("courier") or state["courier"],
            }
            self.save_state(read=state, **saved)
        changes = (
            Changes.for_orders(*ids, *left, message=in_turn(notes), scored=False)
            if notes or left
            else Changes()
        )
        return Opened(changes, {**state, **saved}, waiting or None)

    def take_at_station(
        self, ids: list[int], state: dict, *, takeover: bool
    ) -> tuple[list[Message], list[int]]:
        """Inside a transaction: this station holds `ids` from now (their locks; an `opened`
        event for each it did not hold), and only them: what it held besides is put aside
        or released. Returns what is said of each order taken over, and the orders put aside."""
        station, wanted = self._ctx.station, set(ids)
        locks = self._locks.of_station_and(station, ids)
        held = [lock["order_id"] for lock in locks if lock["station"] == station]
        foreign = {
            lock["order_id"]: lock
            for lock in locks
            if lock["station"] != station and lock["order_id"] in wanted
        }
        notes = self.claim(ids, takeover=takeover, foreign=foreign)
        left = self.put_aside_left(sorted(set(held) - wanted), state)
        if set(held) - wanted:
            self._locks.release_station(station, keep=ids)
        if ids:
            self._stock.save_station(page=None)  # off the stock pages, in the same transaction
        for newly in sorted(set(ids) - set(held)):
            self._ctx.event("opened", newly, station=self._ctx.station)
        return notes, left

    def put_aside_left(self, order_ids: list[int], state: dict) -> list[int]:
        """The orders this station leaves unfinished at pick, pack, label or tracking are put
        aside: their scans stay in their lines, the station's box, weight and courier for
        the one it had open wait with them, and the queue marks them."""
        left = []
        for order_id in order_ids:
            order = self._ctx.orders.get(order_id)
            if order is None or order.status not in workflow.SET_ASIDE:
                continue
            mine = order_id == state["order"]
            step = workflow.step_of(order).value
            self._put_aside.put(
                order_id,
                station=self._ctx.station,
                actor=self._ctx.actor,
                at=self._ctx.now(),
                step=step,
                box=state["box"] if mine else None,
                weight_g=state["weight_g"] if mine else None,
                courier=state["courier"] if mine else None,
            )
            self._ctx.event("put_aside", order_id, station=self._ctx.station, step=step)
            left.append(order_id)
        return left

    def holds(self, order_id: int) -> bool:
        """Whether this station holds the order's lock."""
        lock = self._locks.get_many([order_id]).get(order_id)
        return lock is not None and lock["station"] == self._ctx.station

    def put_aside_of(self, order_id: int) -> dict | None:
        """Where and when the order was put aside (station, actor, at, step), if it was."""
        return self._put_aside.get(order_id)

    def set_bench_choice(self, **choices) -> Changes:
        """The box, weight or courier chosen at this station, saved as it is scanned."""
        unknown = set(choices) - {"box", "weight_g", "courier"}
        if unknown:
            raise ValueError(f"not a bench choice: {', '.join(sorted(unknown))}")
        with self._ctx.transaction():
            if (order_id := self.station_state()["order"]) is not None:
                self.guard([order_id])
            self.save_state(**choices)
        return Changes()

    def open_elsewhere(self, order_ids: list[int]) -> set[int]:
        """Those of `order_ids` another station has open."""
        return set(self.foreign_locks(list(order_ids)))

    def locks(self) -> list[dict]:
        """Every order open at a station: order_id, station, actor, acquired_at, seen_at,
        stale."""
        now, minutes = self._ctx.clock.now(), self._ctx.setting("lock_stale_minutes")
        return [{**lock, "stale": is_stale(lock, now, minutes)} for lock in self._locks.all()]

    def lock_of(self, order_id: int) -> dict | None:
        return next((lock for lock in self.locks() if lock["order_id"] == order_id), None)

    # ---- inside a use case's transaction ------------------------------------------------

    def _refusal(self, order_id: int, lock: dict) -> OrderLocked:
        order = self._ctx.orders.get(order_id)
        sentence = lock_sentence(
            order.order_number if order else str(order_id),
            lock,
            now=self._ctx.clock.now(),
            tz=self._ctx.shop_tz(),
            stale_minutes=self._ctx.setting("lock_stale_minutes"),
        )
        return OrderLocked(sentence, order_id=order_id)

    def foreign_locks(self, order_ids: list[int]) -> dict[int, dict]:
        found = self._locks.get_many(order_ids)
        return {i: lock for i, lock in found.items() if lock["station"] != self._ctx.station}

    def claim(
        self, order_ids: list[int], *, takeover: bool, foreign: dict[int, dict] | None = None
    ) -> list[Message]:
        """Locks `order_ids` for this station. Held elsewhere: refused, or with `takeover`
        taken, with an event saying from whom. Returns what is said of each taken over.
        `foreign`: their locks held elsewhere, as this transaction already read them."""
        foreign = self.foreign_locks(order_ids) if foreign is None else foreign
        if foreign and not takeover:
            first = min(foreign)
            raise self._refusal(first, foreign[first])
        now = self._ctx.clock.now()
        notes = []
        for order_id, lock in sorted(foreign.items()):
            stale = is_stale(lock, now, self._ctx.setting("lock_stale_minutes"))
            self._ctx.event(
                "lock_taken_over",
                order_id,
                station=self._ctx.station,
                from_station=lock["station"],
                from_actor=lock["actor"],
                since=lock["acquired_at"],
                seen_at=lock["seen_at"],
                stale=stale,
            )
            order = self._ctx.order(order_id)  # a lock's order exists: order_locks references it
            notes.append(takeover_sentence(order.order_number, lock, stale=stale))
        for order_id in order_ids:
            self._locks.put(
                order_id, station=self._ctx.station, actor=self._ctx.actor, at=self._ctx.now()
            )
        return notes

    def guard(self, order_ids: list[int]) -> None:
        """Refuses a scan on orders open at another station; refreshes this station's. In a
        transaction: a refusal takes the refresh back. The orders this station holds (every
        one, on a scan at its bench) are refreshed and known in one statement."""
        station, actor, at = self._ctx.station, self._ctx.actor, self._ctx.now()
        held = self._locks.touch(order_ids, station=station, actor=actor, at=at)
        if foreign := self.foreign_locks([i for i in order_ids if i not in held]):
            first = min(foreign)
            raise self._refusal(first, foreign[first])

    def release(self, order_ids: list[int]) -> None:
        """The orders are finished (shipped, cancelled, held): nobody has them open, and
        this station, which had one of them open on its own, has nothing open now (as BACK
        would leave it: `Bench.left_finished`)."""
        state = self.station_state()
        if closing := state["order"] in order_ids and state["pick_list"] is None:
            self._locks.release_station(self._ctx.station)  # and any other it held, as BACK
        else:
            self._locks.release(order_ids, station=self._ctx.station)
        self._put_aside.take(order_ids)
        if closing:
            closed = {"order": None, "box": None, "weight_g": None}
            self._ctx.settings.set(self._state_key(), {**state, **closed})
