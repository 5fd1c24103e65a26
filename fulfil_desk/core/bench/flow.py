"""The order's own steps at the bench (`desk.flow`): verify, hold, cancel, pick, pack, the
label recorded, ship. Each is one transaction with its audit event; each refuses, with a
sentence, an order open at another station."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fulfil_desk.core.bench import workflow
from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.bench.workflow import Problem, Step
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed, UserError
from fulfil_desk.core.kernel.message_codec import note_text, note_value
from fulfil_desk.core.kernel.messages import Message, Names, Param, Term
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason, Order, OrderStatus, PickRow
from fulfil_desk.core.stock.inventory import StockReason
from fulfil_desk.core.storage.bench_repo import ScanLookupRepo
from fulfil_desk.core.storage.products import StockRepo

if TYPE_CHECKING:
    from fulfil_desk.core.bench.stations import StationService
    from fulfil_desk.core.kernel.settings_service import SettingsService
    from fulfil_desk.core.stock.products import ProductService
    from fulfil_desk.core.stock.service import StockService
    from fulfil_desk.core.waybills.service import WaybillService

S = OrderStatus
MAX_WEIGHT_G = 70_000


class FlowService:
    def __init__(
        self, *, ctx: DeskContext, products: ProductService, stock: StockService,
        stations: StationService, settings: SettingsService, waybills: WaybillService,
    ):  # fmt: skip
        self._ctx, self._waybills = ctx, waybills
        self._products = products
        self._stock = stock
        self._stations = stations
        self._settings = settings
        self._lookup = ScanLookupRepo(ctx.db)
        self._stock_repo = StockRepo(ctx.db)

    # ---- verify ------------------------------------------------------------------------------

    def problems(self, order_id: int) -> list[Problem]:
        order = self._ctx.order(order_id)
        products = self._products.many([ln.sku for ln in order.lines])
        free = self._stock.free_units(order_id, products)  # less others' reservations, safety
        country = self._settings.shop().address.country
        return workflow.verify_problems(order, products, free, shop_country=country)

    def verify(self, order_id: int) -> tuple[list[Problem], Changes]:
        """Verified when nothing is wrong; otherwise on hold with the first problem's reason."""
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            workflow.require_step(order, Step.VERIFY)
            self._stations.guard([order_id])
            found = self.problems(order_id)
            if found:
                workflow.move(order, S.ON_HOLD)
                order.hold_reason = found[0].reason.value
                problems = in_turn(p.sentence for p in found) or ""
                # The note is the message itself: each reader words it in their language.
                order.hold_note, reasons = note_text(problems), [p.reason.value for p in found]
                self._ctx.event("held", order_id, reasons=reasons, note=note_value(problems))
                message = Message("bench.verified_on_hold", problems=problems)
                self._stations.release([order_id])
            else:
                workflow.move(order, S.VERIFIED)
                order.hold_reason, order.hold_note = None, ""
                self._ctx.event("verified", order_id)
                message = Message("bench.order_verified", order=order.order_number)
            self._ctx.orders.update(order)
        return found, Changes.for_orders(order_id, message=message, stock=not found, scored=False)

    def hold(self, order_id: int, reason: HoldReason, note: Message | str = "") -> Changes:
        """`note`: what a person typed (kept as typed), or what the bench says (a message,
        kept as one and worded for each reader)."""
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            self._stations.guard([order_id])
            workflow.move(order, S.ON_HOLD)
            order.hold_reason, order.hold_note = reason.value, note_text(note)
            self._ctx.orders.update(order)
            self._ctx.event("held", order_id, reasons=[reason.value], note=note_value(note))
            self._stations.release([order_id])
        return Changes.for_orders(
            order_id,
            message=Message("bench.order_on_hold", order=order.order_number),
            stock=True,
            scored=False,
        )

    def cancel(self, order_id: int, reason: CancelReason, note: Message | str = "") -> Changes:
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            self._stations.guard([order_id])
            list_id = order.pick_list_id if order.status is S.PICKING else None
            workflow.move(order, S.CANCELLED)
            order.cancel_reason = reason.value
            order.cancelled_by = reason.cancelled_by.value
            order.pick_list_id = None
            order.cancelled_at = self._ctx.now()
            self._ctx.orders.update(order)
            if list_id is not None and all(
                o.status is not S.PICKING for o in self._ctx.orders.on_pick_list(list_id)
            ):
                self._ctx.orders.close_pick_list(list_id, self._ctx.now())
            said = {"reason": reason.value, "by": order.cancelled_by, "note": note_value(note)}
            self._ctx.event("cancelled", order_id, **said)
            self._waybills.void_of_cancelled(order_id)
            self._stations.release([order_id])
        return Changes.for_orders(
            order_id,
            stock=True,
            message=Message(
                "bench.order_cancelled",
                order=order.order_number,
                cancelled_by=Term("cancelled_by", order.cancelled_by),
            ),
        )

    # ---- pick --------------------------------------------------------------------------------

    def start_pick(self, order_ids: list[int], *, open_here: bool = False) -> tuple[int, Changes]:
        """A new pick list over the chosen verified orders; refused if another station has
        one of them open. `open_here`: the bench picks it, so this station takes their
        locks and has the list open, in the same transaction."""
        if not order_ids:
            raise UserError(Message("bench.choose_orders_to_pick"))
        with self._ctx.transaction():
            orders = [self._ctx.order(i) for i in order_ids]
            not_ready = [o.order_number for o in orders if o.status is not S.VERIFIED]
            if not_ready:
                raise NotAllowed(Message("bench.only_verified_picked", orders=tuple(not_ready)))
            left: list[int] = []
            if open_here:  # what this station had open before is put aside, as on a switch
                state = self._stations.station_state()
                _, left = self._stations.take_at_station(order_ids, state, takeover=False)
            else:
                self._stations.guard(order_ids)
            list_id = self._ctx.orders.new_pick_list(self._ctx.now(), self._ctx.actor)
            for order in orders:
                workflow.move(order, S.PICKING)
                order.pick_list_id = list_id
                self._ctx.orders.update(order)
                self._ctx.event("pick_started", order.id, pick_list=list_id)
            if open_here:
                current = self._stations.station_state()["order"]
                keep = current if current in order_ids else None
                self._stations.save_state(pick_list=list_id, order=keep, box=None, weight_g=None)
        return list_id, Changes.for_orders(
            *order_ids,
            *left,
            message=Message("bench.pick_list_started", pick_list=list_id),
            scored=False,
        )

    def open_pick_list(self) -> int | None:
        return self._ctx.orders.open_pick_list_id()

    def pick_rows(self, pick_list_id: int) -> list[PickRow]:
        orders = self._ctx.orders.on_pick_list(pick_list_id)
        products = self._products.many([ln.sku for o in orders for ln in o.lines])
        rows: dict[str, dict] = {}
        for order in orders:
            for line in order.lines:
                row = rows.setdefault(
                    line.sku, {"quantity": 0, "picked": 0, "orders": [], "title": line.title}
                )
                row["quantity"] += line.quantity
                row["picked"] += line.picked
                row["orders"].append(order.order_number)
        result = []
        for sku, row in rows.items():
            product = products.get(sku)
            result.append(
                PickRow(
                    bin_location=product.bin_location if product else "",
                    sku=sku,
                    title=product.name if product else row["title"],
                    barcode=product.barcodes[0] if product and product.barcodes else sku,
                    quantity=row["quantity"],
                    picked=row["picked"],
                    order_numbers=tuple(dict.fromkeys(row["orders"])),
                )
            )
        return sorted(result, key=lambda r: (r.bin_location or "~", r.sku))

    def pick_scan(self, pick_list_id: int, code: str) -> Changes:
        return self.pick_unit(pick_list_id, self._products.sku_of_scan(code), code=code.strip())

    def pick_unit(
        self, pick_list_id: int, sku: str, *, code: str, manual: bool = False,
        supervisor: str | None = None,
    ) -> Changes:  # fmt: skip
        """One unit of `sku` picked (`manual`: confirmed by hand, `code` then says so)."""
        with self._ctx.transaction():
            orders = [
                o for o in self._ctx.orders.on_pick_list(pick_list_id) if o.status is S.PICKING
            ]
            if not orders:
                raise NotAllowed(Message("bench.pick_list_nothing_left", pick_list=pick_list_id))
            self._stations.guard([o.saved_id for o in orders])
            order, line = workflow.take_pick(orders, sku, code)
            self._ctx.orders.set_line_counts(line)
            self._ctx.event(
                "picked", order.id, sku=sku, code=code, picked=line.picked,
                **_manual(manual, supervisor),
            )  # fmt: skip
            message = Message(
                "bench.unit_picked",
                sku=sku,
                picked=line.picked,
                quantity=line.quantity,
                order=order.order_number,
            )
            if workflow.is_fully_picked(order):
                workflow.move(order, S.PICKED)
                self._ctx.orders.update(order)
                done = Message("bench.order_picked", order=order.order_number)
                message = Message("two_sentences", first=message, then=done)
            if all(o.status is not S.PICKING for o in orders):
                self._ctx.orders.close_pick_list(pick_list_id, self._ctx.now())
        return Changes.for_orders(order.saved_id, message=message, scored=False)

    # ---- pack --------------------------------------------------------------------------------

    def pack_scan(self, order_id: int, code: str) -> Changes:
        return self.pack_unit(order_id, sku=self._products.sku_of_scan(code), code=code.strip())

    def pack_unit(
        self, order_id: int, *, sku: str | None = None, line_number: int | None = None,
        code: str = "", supervisor: str | None = None,
    ) -> Changes:  # fmt: skip
        """One unit into the box: of `sku` (scanned), or of the order's line `line_number`
        (1 = the first, confirmed by hand)."""
        manual = line_number is not None
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            workflow.require_step(order, Step.PACK)
            chosen = None
            if line_number is not None:
                chosen = order.lines[line_number - 1]
                sku = chosen.sku
            elif sku is None:
                raise ValueError("pack_unit takes a sku or a line_number")
            self._stations.guard([order_id])
            line = workflow.take_pack(order, sku, code or sku, line=chosen)
            self._ctx.orders.set_line_counts(line)
            if order.status is S.PICKED:
                workflow.move(order, S.PACKING)
                self._ctx.orders.update(order)
            self._ctx.event(
                "packed_unit", order_id, sku=sku, code=code or sku, packed=line.packed,
                **_manual(manual, supervisor),
            )  # fmt: skip
        left = order.units - order.units_packed
        message = (
            Message("bench.unit_in_box", sku=line.sku, left=left)
            if left
            else Message("bench.every_unit_in_box")
        )
        return Changes.for_orders(order_id, message=message, scored=False)

    def suggested_weight_g(
        self, order_id: int, box_code: str | None = None, *, order: Order | None = None
    ) -> int:
        """`order`: as the caller just read it."""
        order = order or self._ctx.order(order_id)
        products = self._products.many([ln.sku for ln in order.lines])
        tares = {b.code: b.tare_g for b in self._settings.box_presets()}
        return workflow.suggested_weight_g(
            order, products, tares.get(box_code or order.box or "", 0)
        )

    def finish_pack(self, order_id: int, *, box: str, weight_g: int) -> Changes:
        codes = tuple(b.code for b in self._settings.box_presets())
        if box not in codes:
            raise UserError(Message("bench.unknown_box", box=box, codes=codes))
        if not 0 < weight_g <= MAX_WEIGHT_G:
            raise UserError(Message("bench.weight_impossible", grams=weight_g))
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            workflow.require_step(order, Step.PACK)
            if not workflow.is_fully_packed(order):
                left = order.units - order.units_packed
                raise NotAllowed(
                    Message("bench.units_not_in_box", n=left, order=order.order_number)
                )
            self._stations.guard([order_id])
            workflow.move(order, S.PACKED)
            order.box, order.weight_g = box, weight_g
            self._ctx.orders.update(order)
            self._ctx.event("packed", order_id, box=box, weight_g=weight_g)
        return Changes.for_orders(
            order_id, message=Message("bench.order_packed", order=order.order_number), scored=False
        )

    # ---- label -------------------------------------------------------------------------------

    def labelable(self, order_ids: list[int]) -> list[Order]:
        orders = [self._ctx.order(i) for i in order_ids]
        early = [
            o.order_number for o in orders if o.status not in (S.PACKED, S.LABELLED, S.SHIPPED)
        ]
        if early:
            raise NotAllowed(Message("bench.pack_before_label", orders=tuple(early)))
        return orders

    def label_done(self, order_ids: list[int], *, how: str) -> Changes:
        """The label was printed (`how` = printer name) or saved (`how` = file path)."""
        with self._ctx.transaction():
            orders = self.labelable(order_ids)
            self._stations.guard(order_ids)
            for order in orders:
                if order.status is S.PACKED:
                    workflow.move(order, S.LABELLED)
                    self._ctx.orders.update(order)
                self._ctx.orders.save_shipment(order.saved_id, label_printed_at=self._ctx.now())
                self._ctx.event("label_printed", order.id, how=how)
            none_left = self._waybills.none_left(orders)
        message = in_turn([Message("bench.label_done", how=how), *none_left])
        return Changes.for_orders(*order_ids, message=message, scored=False)

    # ---- tracking ----------------------------------------------------------------------------

    def _refuse_clashes(self, typed: str, number: str) -> None:
        """A tracking number is never another order's, nor one of the shop's order numbers
        or product codes, as typed or without its spaces and dashes, whatever the courier's
        format allows (one read)."""
        codes = list(dict.fromkeys([typed.strip(), number]))
        for kind, _, value in self._lookup.tracking_clashes(codes, number)[:1]:
            if kind == "tracking":
                other = self._ctx.order(int(value)).order_number
                said = Message("bench.tracking_already_used", tracking=number, order=other)
            elif kind == "order":
                other = self._ctx.order(int(value)).order_number
                said = Message("bench.order_number_not_tracking", code=typed.strip(), order=other)
            else:
                said = Message("bench.product_not_tracking", code=typed.strip(), sku=value)
            raise BadTracking(said)

    def ship(self, order_id: int, *, courier: str, tracking: str) -> Changes:
        courier_obj = self._ctx.couriers.get(courier)
        check = self._ctx.couriers.check(courier_obj.code, tracking)
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            workflow.require_step(order, Step.TRACKING)
            self._waybills.require_match(order_id, courier_obj.code, check)
            if not check.valid:
                raise BadTracking(check.refusal)
            self._refuse_clashes(tracking, check.number)
            self._stations.guard([order_id])
            workflow.move(order, S.SHIPPED)
            self._ctx.orders.update(order)
            self._ctx.orders.save_shipment(
                order_id,
                courier_code=courier_obj.code,
                tracking_number=check.number,
                shipped_at=self._ctx.now(),
            )
            for line in order.lines:
                self._stock_repo.post(
                    sku=line.sku,
                    delta=-line.quantity,
                    reason=StockReason.SHIPPED.value,
                    order_id=order_id,
                    actor=self._ctx.actor,
                    at=self._ctx.now(),
                )
            self._ctx.event("shipped", order_id, courier=courier_obj.code, tracking=check.number)
            self._stations.release([order_id])
        courier_name = Names.of(courier_obj.names)
        said: dict[str, Param] = {
            "order": order.order_number, "courier": courier_name, "tracking": check.number
        }  # fmt: skip
        message = (
            Message("bench.order_shipped_read_as", **said, read_as=check.read_as)
            if check.read_as
            else Message("bench.order_shipped", **said)
        )
        return Changes.for_orders(order_id, stock=True, message=message)


def _manual(manual: bool, supervisor: str | None) -> dict:
    """What a unit confirmed by hand adds to its event."""
    if not manual:
        return {}
    return {"manual": True, **({"supervisor": supervisor} if supervisor else {})}
