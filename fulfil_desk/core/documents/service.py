"""The documents of the bench: labels (one, or a batch in one PDF), packing slips, pick
lists, the command sheet.

Every document is printed in the words of whoever prints it: each use case takes the
reader's `words` (a `Wording`: their language, the shop's time zone; English by default).
Names the data holds in several languages (a courier) are printed in that language too;
product names, addresses and codes stay as the data has them.

`label_batch(order_ids)` (without ids: every packed order, soonest ship-by first) reads the
orders and says which cannot get a label and why, in one message: not packed yet,
cancelled, an address without what a courier needs, open at another station. Its
`render(progress)` draws one label per order in its layout (`desk.layouts`: the order's
courier's, or the one asked for) and touches no database, so a window
may run it on a worker thread; `progress(done, total)` after each page, and when it raises
(`Cancelled`) nothing is made. `labels_done` then records every label of the batch in one
transaction, or none. The CLI's `label A B C` refuses the whole batch when one is left out
(`require_all`); the window lists them and makes the others when the packer says so.

A parcel that crosses a border (the shop's country is not the recipient's) gets its customs
declaration (CN22 or CN23, core/customs/) on the pages after the labels, in the same PDF:
one print job on the label printer. One whose declaration is refused (a product without its
HS code, origin or customs description) gets no label either, and the refusal says why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from fulfil_desk.core.aftersales.reships import replacement_note
from fulfil_desk.core.bench.commands import SheetEntry, sheet_entries
from fulfil_desk.core.bench.flow import FlowService
from fulfil_desk.core.bench.stations import StationService
from fulfil_desk.core.calendar.service import CalendarService
from fulfil_desk.core.customs.service import CustomsService, Declaration
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import Order, OrderStatus, ShopInfo
from fulfil_desk.core.kernel.settings import box_name
from fulfil_desk.core.kernel.settings_service import SettingsService
from fulfil_desk.core.labels.service import LayoutService
from fulfil_desk.core.packers.service import PackerService
from fulfil_desk.core.storage.aftersales.reships import ReshipRepo
from fulfil_desk.core.waybills.service import WaybillService
from fulfil_desk.core.wording.render import Wording

if TYPE_CHECKING:  # reportlab loads with the first document, not with the Desk
    from fulfil_desk.core.documents.fonts import LabelFonts
    from fulfil_desk.core.labels.layout import Layout
    from fulfil_desk.core.labels.zpl import ZplTexts

S = OrderStatus
LABELLABLE = (S.PACKED, S.LABELLED, S.SHIPPED)  # a labelled or shipped one: a reprint
# What a label's address must have (a phone is printed if known), as Address.missing_fields
# names them.
LABEL_NEEDS = ("name", "address", "postal_code", "country")


@dataclass(frozen=True)
class LabelBatch:
    orders: tuple[Order, ...]  # those that get a label, in the order asked for
    left_out: tuple[tuple[Order, Message], ...]  # (order, why it cannot get one)
    shop: ShopInfo
    fonts: LabelFonts  # found once per Desk
    words: Wording  # the language the labels are printed in
    courier_names: dict[str, Names]
    mask: bool
    # The customs declarations of the orders that cross a border: their pages follow the
    # labels' in the same PDF (one print job on the label printer), in the same order.
    declarations: tuple[Declaration, ...] = ()
    layouts: tuple[Layout, ...] = ()  # each order's, in the same order
    printed_on: date | None = None  # the shop's day the labels are made

    @property
    def ids(self) -> list[int]:
        return [o.saved_id for o in self.orders]

    def left_out_sentence(self) -> Message | None:
        """One sentence naming every order left out and why; None when none is."""
        if not self.left_out:
            return None
        listed = [
            Message("document.left_out_order", order=o.order_number, why=why)
            for o, why in self.left_out
        ]
        asked = len(self.left_out) + len(self.orders)
        if asked == 1:
            return Message("document.left_out_one", order=listed[0])
        return Message(
            "document.left_out_many",
            left=len(self.left_out),
            asked=asked,
            orders=_semicolons(listed),
        )

    def require_all(self) -> LabelBatch:
        """All or nothing (the command line): refused when any order is left out."""
        if (left_out := self.left_out_sentence()) is not None:
            raise NotAllowed(Message("document.no_label_made", left_out=left_out))
        return self

    def render(self, progress: Callable[[int, int], None] | None = None) -> bytes:
        """The PDF, one page per order. No database: safe on a worker thread."""
        from fulfil_desk.core.documents.labels import shipping_labels_pdf

        if not self.orders:
            raise NotAllowed(self.left_out_sentence() or Message("document.nothing_to_label"))
        labels = shipping_labels_pdf(
            list(self.orders),
            shop=self.shop,
            fonts=self.fonts,
            words=self.words,
            courier_names=self.courier_names,
            mask=self.mask,
            progress=progress,
            layouts=self.layouts,
            printed_on=self.printed_on,
        )
        forms = self.customs_forms()
        if forms is None:
            return labels
        from fulfil_desk.core.customs.forms import pages_after

        return pages_after(labels, forms)

    def customs_forms(self) -> bytes | None:
        """The customs forms of the batch's orders that cross a border, else None."""
        if not self.declarations:
            return None
        from fulfil_desk.core.customs.forms import customs_pdf

        return customs_pdf(list(self.declarations), fonts=self.fonts, words=self.words)


def _semicolons(items: list[Message]) -> Message:
    """`a; b; c` as messages: halves nested in `document.left_out_list`, so a long list
    stays shallow (its depth grows with the log of its length)."""
    if len(items) == 1:
        return items[0]
    half = len(items) // 2
    return Message(
        "document.left_out_list", first=_semicolons(items[:half]), then=_semicolons(items[half:])
    )


def why_no_label(order: Order, lock: dict | None) -> Message | None:
    """Why `order` cannot get a label now (None: it can). `lock`: another station's."""
    if order.status is S.CANCELLED:
        return Message("document.no_label_cancelled")
    if order.status not in LABELLABLE:
        return Message("document.no_label_not_packed", status=Term("status", order.status.value))
    missing = tuple(
        Term("address_field", field)
        for field in order.ship_to.missing_fields()
        if field in LABEL_NEEDS
    )
    if missing:
        return Message("document.no_label_address", missing=missing)
    if lock is not None:
        return Message("document.no_label_open_elsewhere", station=lock["station"])
    return None


class DocumentService:
    """The bench's documents (`desk.documents`): labels, packing slips, pick lists and the
    command sheet, drawn with the fonts found once per Desk."""

    def __init__(
        self,
        *,
        ctx: DeskContext,
        flow: FlowService,
        waybills: WaybillService,
        stations: StationService,
        settings: SettingsService,
        packers: PackerService,
        calendar: CalendarService,
        customs: CustomsService,
        layouts: LayoutService,
        words: Wording,
    ):
        self._ctx = ctx
        self._customs = customs
        self._words = words  # English in the shop's zone: the words when a caller gives none
        self._flow = flow
        self._waybills = waybills
        self._stations = stations
        self._settings = settings
        self._packers = packers
        self._calendar = calendar
        self._layouts = layouts
        self._fonts: LabelFonts | None = None
        self._zpl_texts: ZplTexts | None = None  # the ZPL labels' rendered texts, kept

    def fonts(self) -> LabelFonts:
        if self._fonts is None:
            from fulfil_desk.core.documents.fonts import LabelFonts

            self._fonts = LabelFonts.find()
        return self._fonts

    # ---- labels ----------------------------------------------------------------------------

    def label_pdf(
        self, order_ids: list[int], *, words: Wording | None = None, layout: str | None = None
    ) -> bytes:
        """The labels of orders that must all be packed (the bench's one; `label_batch` for
        a batch that says which cannot get one), in the reader's `words`."""
        orders = self._flow.labelable(order_ids)
        declarations = [self._customs.declaration(o.saved_id) for o in orders if self._crosses(o)]
        batch = self._label_batch_of(
            self._numbered(orders), declarations=declarations, words=words, layout=layout
        )
        return batch.render()

    def label_zpl(
        self,
        order_ids: list[int],
        *,
        dpi: int,
        words: Wording | None = None,
        layout: str | None = None,
    ) -> bytes:
        """`label_pdf`'s labels as ZPL for a thermal printer of `dpi` (203 or 300), each in
        its layout; a customs form is not ZPL: it prints from the PDF (`label_pdf`)."""
        from fulfil_desk.core.labels.zpl import ZplTexts
        from fulfil_desk.core.labels.zpl_labels import zpl_labels

        orders = self._numbered(self._flow.labelable(order_ids))
        batch = self._label_batch_of(orders, words=words, layout=layout)
        self._zpl_texts = self._zpl_texts or ZplTexts()
        return zpl_labels(batch, dpi=dpi, texts=self._zpl_texts)

    def customs_forms(self, order_ids: list[int], *, words: Wording | None = None) -> bytes | None:
        """The customs forms of those of `order_ids` that cross a border, the pages the label
        PDF carries after its own; None when none does. For a printer that takes only ZPL,
        which gets them as pages of dots (ui/printing.py)."""
        orders = [self._ctx.order(i) for i in order_ids]
        declarations = [self._customs.declaration(o.saved_id) for o in orders if self._crosses(o)]
        return self._label_batch_of([], declarations=declarations, words=words).customs_forms()

    def _numbered(self, orders: list[Order]) -> list[Order]:
        """Each order with its waybill number, if its courier has a band, before it prints
        (a refused customs form has been said before: it takes no number)."""
        if self._waybills.give([o.saved_id for o in orders]) is None:
            return orders
        return [self._ctx.order(o.saved_id) for o in orders]

    def _crosses(self, order: Order) -> bool:
        return order.status is not S.CANCELLED and self._customs.crosses_border(order)

    def _declared(self, orders: list[Order], left_out: list) -> list[Declaration]:
        """The declarations of `orders` that cross a border; an order whose declaration is
        refused (a product without its HS code…) moves to `left_out` with the reason."""
        declarations = []
        for order in [o for o in orders if self._crosses(o)]:
            try:
                declarations.append(self._customs.declaration(order.saved_id))
            except NotAllowed as refused:
                orders.remove(order)
                left_out.append((order, refused.message))
        return declarations

    def label_batch(
        self,
        order_ids: list[int] | None = None,
        *,
        words: Wording | None = None,
        layout: str | None = None,
    ) -> LabelBatch:
        """The labels of `order_ids` (each once, in that order), or of every packed order
        (status packed: box closed, no label yet), soonest ship-by first; printed in the
        reader's `words`, each in its courier's layout or in `layout` (a layout's name)."""
        if order_ids is None:
            orders = self._ctx.orders.list([S.PACKED.value], limit=100_000)
        else:
            orders = [self._ctx.order(i) for i in dict.fromkeys(order_ids)]
        foreign = self._stations.foreign_locks([o.saved_id for o in orders])
        ready, left_out = [], []
        for order in orders:
            why = why_no_label(order, foreign.get(order.saved_id))
            if why is None:
                ready.append(order)
            else:
                left_out.append((order, why))
        declarations = self._declared(ready, left_out)
        ready = self._numbered(ready)
        return self._label_batch_of(
            ready, left_out, declarations=declarations, words=words, layout=layout
        )

    def _label_batch_of(
        self,
        orders: list[Order],
        left_out=(),
        *,
        declarations=(),
        words: Wording | None,
        layout: str | None = None,
    ) -> LabelBatch:
        return LabelBatch(
            declarations=tuple(declarations),
            orders=tuple(map(self._waybills.as_labelled, orders)),
            left_out=tuple(left_out),
            shop=self._settings.shop(),
            fonts=self.fonts(),
            words=words or self._words,
            courier_names={c.code: Names.of(c.names) for c in self._ctx.couriers.all()},
            mask=bool(self._ctx.setting("mask_labels")),
            layouts=tuple(self._layouts.for_orders(orders, name=layout)),
            printed_on=self._ctx.today(),
        )

    def labels_done(self, batch: LabelBatch, *, how: str) -> Changes:
        """Every label of the batch printed (`how`: the printer) or saved (the file): each
        order labelled, in one transaction; refused whole if one cannot be any more."""
        changes = self._flow.label_done(batch.ids, how=how)
        said = Message("document.labels_done", n=len(batch.orders), how=how)
        for used_up in self._waybills.none_left(batch.orders):  # a courier's band used up
            said = Message("two_sentences", first=said, then=used_up)
        return replace(changes, message=said)

    # ---- slips and pick lists ------------------------------------------------------------

    def packing_slip_pdf(self, order_ids: list[int], *, words: Wording | None = None) -> bytes:
        from fulfil_desk.core.documents.packing_slips import packing_slips_pdf

        links = ReshipRepo(self._ctx.db)
        notes = {i: note for i in order_ids if (note := replacement_note(links.get(i)))}
        return packing_slips_pdf(
            [self._ctx.order(i) for i in order_ids],
            shop=self._settings.shop(),
            fonts=self.fonts(),
            words=words or self._words,
            mask=bool(self._ctx.setting("mask_labels")),
            notes=notes,
        )

    def pick_list_pdf(self, pick_list_id: int, *, words: Wording | None = None) -> bytes:
        from fulfil_desk.core.documents.picklist import pick_list_pdf

        return pick_list_pdf(
            self._flow.pick_rows(pick_list_id),
            title=Message("document.pick_list_title", number=pick_list_id),
            created_at=self._ctx.clock.now(),
            fonts=self.fonts(),
            words=words or self._words,
        )

    # ---- the command sheet ----------------------------------------------------------------

    def sheet_couriers(self, couriers: Iterable[str] = ()) -> list[str]:
        """The courier codes the sheet carries, each once: the `default_courier` setting,
        every courier on a past shipment (most used first), then `couriers`. Raises NotFound
        (with the codes that are close) for a code in `couriers` that is no courier."""
        asked = [self._ctx.couriers.get(code).code for code in couriers]
        shipped = self._ctx.orders.couriers_shipped_with()
        codes = [self._ctx.setting("default_courier"), *shipped, *asked]
        known = []
        for code in codes:
            try:
                known.append(self._ctx.couriers.get(code).code)
            except NotFound:  # a shipment recorded under a code no longer listed
                continue
        return list(dict.fromkeys(known))

    def command_sheet_entries(self, couriers: Iterable[str] = ()) -> list[SheetEntry]:
        names = self._ctx.couriers
        return sheet_entries(
            boxes=[(b.code, box_name(b)) for b in self._settings.box_presets()],
            couriers=[(c, Names.of(names.get(c).names)) for c in self.sheet_couriers(couriers)],
            badges=[(p["badge"], p["name"]) for p in self._packers.packers()],
        )

    def command_sheet_pdf(
        self, couriers: Iterable[str] = (), *, words: Wording | None = None
    ) -> bytes:
        """The A4 sheet of every code the bench takes, with this shop's boxes, couriers and
        badges, its words in the reader's `words`. Raises FontMissing when a name needs a
        font that is not installed. Nothing is written: a sheet changes no state."""
        from fulfil_desk.core.documents.command_sheet import sheet_pdf

        return sheet_pdf(
            self.command_sheet_entries(couriers),
            shop_name=self._ctx.setting("shop_name"),
            day=self._calendar.today(),
            fonts=self.fonts(),
            words=words or self._words,
        )
