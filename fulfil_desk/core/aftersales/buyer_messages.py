"""Telling the buyer (`desk.buyer_messages`): a short message about an order — delayed, sent
again, being returned — in the buyer's language, from the seller's templates.

The app sends nothing: the seller copies the text (the window) or prints or saves it (the
command line), and `record_contact` puts the contact in the audit trail (`buyer_contacted`).

**The buyer's language** is the order's: Korean for a parcel to KR (or a Coupang order with no
country), Chinese for CN, else English; the seller may choose another.

**Templates.** The shipped ones are resources/buyer_messages.json; the seller's edits are kept in
the shop's database per kind and language (they travel with the shop's backups), and a saved
template may name only the placeholders in PLACEHOLDERS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from string import Formatter

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import Order, OrderStatus
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.scores.scores import parse_time
from fulfil_desk.core.storage.aftersales.feedback import FeedbackRepo
from fulfil_desk.core.storage.aftersales.reships import ReshipRepo
from fulfil_desk.core.wording.languages import LANGUAGES, NATIVE_NAMES
from fulfil_desk.core.wording.render import Wording

KINDS = ("delay", "reship", "return")
PLACEHOLDERS = ("order", "items", "tracking", "date", "shop")
HOW = ("clipboard", "file", "printed")
MAX_TEMPLATE = 2000


@dataclass(frozen=True)
class BuyerMessage:
    order_id: int
    order_number: str
    kind: str
    lang: str
    text: str
    edited: bool  # from the seller's own template

    def as_dict(self) -> dict:
        return {
            "order_id": self.order_id,
            "order_number": self.order_number,
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "edited_template": self.edited,
        }


def buyer_language(order: Order) -> str:
    country = order.ship_to.country.strip().upper()
    if country == "KR" or (not country and order.marketplace == "coupang"):
        return "ko"
    return "zh_CN" if country == "CN" else "en"


def shipped_templates() -> dict[str, dict[str, str]]:
    with resource_path("buyer_messages.json").open(encoding="utf-8") as f:
        return json.load(f)["templates"]


def template_problem(text: str) -> Message | None:
    """Why a template cannot be saved, or None."""
    if not text.strip():
        return Message("feedback.template_empty")
    if len(text) > MAX_TEMPLATE:
        return Message("feedback.template_too_long", most=MAX_TEMPLATE)
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in Formatter().parse(text)]
    except ValueError:
        return Message("feedback.template_braces")
    for name, spec, conv in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conv:
            shown = "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            return Message(
                "feedback.template_unknown_placeholder",
                placeholder=shown,
                known=tuple("{" + p + "}" for p in PLACEHOLDERS),
            )
    return None


def _contacted(how: str, order: str) -> Message:
    if how == "clipboard":
        return Message("feedback.contact_clipboard", order=order)
    if how == "file":
        return Message("feedback.contact_file", order=order)
    return Message("feedback.contact_printed", order=order)


class BuyerMessageService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx
        self._repo = FeedbackRepo(ctx.db)
        self._reships = ReshipRepo(ctx.db)
        self._shipped: dict[str, dict[str, str]] | None = None

    # ---- templates ---------------------------------------------------------------------------

    def template(self, kind: str, lang: str) -> tuple[str, bool]:
        """The template of `kind` in `lang`, and whether it is the seller's own."""
        self._check(kind, lang)
        own = self._repo.templates().get((kind, lang))
        return (own, True) if own is not None else (self._defaults()[kind][lang], False)

    def save_template(self, kind: str, lang: str, text: str) -> Changes:
        self._check(kind, lang)
        problem = template_problem(text)
        if problem is not None:
            raise UserError(problem)
        with self._ctx.transaction():
            self._repo.save_template(
                kind=kind, lang=lang, text=text.strip(), at=self._ctx.now(), actor=self._ctx.actor
            )
            self._ctx.event("buyer_template_saved", None, message_kind=kind, lang=lang)
        return Changes(
            settings=True,
            message=Message(
                "feedback.template_saved",
                kind=Term("buyer_message_kind", kind),
                lang=NATIVE_NAMES[lang],
            ),
        )

    def reset_template(self, kind: str, lang: str) -> Changes:
        self._check(kind, lang)
        with self._ctx.transaction():
            self._repo.drop_template(kind=kind, lang=lang)
            self._ctx.event("buyer_template_reset", None, message_kind=kind, lang=lang)
        return Changes(
            settings=True,
            message=Message(
                "feedback.template_reset",
                kind=Term("buyer_message_kind", kind),
                lang=NATIVE_NAMES[lang],
            ),
        )

    # ---- messages ----------------------------------------------------------------------------

    def language_of(self, order_id: int) -> str:
        return buyer_language(self._ctx.order(order_id))

    def compose(
        self,
        order_id: int,
        kind: str,
        lang: str | None = None,
        *,
        template: str | None = None,
        new_date: date | None = None,
    ) -> BuyerMessage:
        """The message of `kind` for the order in `lang` (default: the buyer's), from the
        seller's template (or `template`, a text being edited, checked as a saved one is).
        `new_date`: the date to tell (default: the promised delivery, or for an order still
        to ship its ship-by; one already past is no news: "to be confirmed")."""
        order = self._ctx.order(order_id)
        lang = lang or buyer_language(order)
        self._check(kind, lang)
        self._refuse_unfit(order, kind)
        if template is None:
            text, edited = self.template(kind, lang)
        else:
            problem = template_problem(template)
            if problem is not None:
                raise UserError(problem)
            text, edited = template, True
        words = Wording(zone=self._ctx.shop_tz, lang=lang)
        if new_date is not None and new_date < self._ctx.today():
            raise UserError(Message("feedback.new_date_past", day=new_date))
        found = self._values(
            order, self._sent_instead(order) if kind == "reship" else order, new_date
        )
        values = {name: words.value(value) for name, value in found.items()}
        return BuyerMessage(
            order_id=order_id,
            order_number=order.order_number,
            kind=kind,
            lang=lang,
            text=text.format_map(values),
            edited=edited,
        )

    def record_contact(self, message: BuyerMessage, how: str) -> Changes:
        """The seller copied, saved or printed the message: a contact in the audit trail."""
        if how not in HOW:
            raise ValueError(f"how: {how!r} is not one of {HOW}")
        order = self._ctx.order(message.order_id)
        with self._ctx.transaction():
            self._ctx.event(
                "buyer_contacted",
                message.order_id,
                message_kind=message.kind,
                language=message.lang,
                how=how,
                edited_template=message.edited,
            )
        return Changes(
            orders=frozenset({message.order_id}),
            message=_contacted(how, order.order_number),
        )

    # ---- helpers -----------------------------------------------------------------------------

    def _defaults(self) -> dict[str, dict[str, str]]:
        if self._shipped is None:
            self._shipped = shipped_templates()
        return self._shipped

    def _check(self, kind: str, lang: str) -> None:
        if kind not in KINDS:
            raise UserError(Message("feedback.unknown_kind", kind=kind, kinds=KINDS))
        if lang not in LANGUAGES:
            raise UserError(Message("feedback.unknown_language", lang=lang, langs=LANGUAGES))

    def _refuse_unfit(self, order: Order, kind: str) -> None:
        if order.status is OrderStatus.CANCELLED:
            raise UserError(Message("feedback.order_cancelled", order=order.order_number))
        shipment = self._ctx.orders.shipment(order.saved_id) or {}
        if order.status is not OrderStatus.SHIPPED:
            if kind == "reship":
                raise UserError(Message("feedback.reship_not_shipped", order=order.order_number))
            if kind == "return":
                raise UserError(Message("feedback.return_not_shipped", order=order.order_number))
        if kind == "delay" and shipment.get("delivered_at"):
            raise UserError(Message("feedback.delay_delivered", order=order.order_number))

    def _sent_instead(self, order: Order) -> Order:
        """What a reshipment message tells of: the newest replacement sent for `order` (its
        items, tracking number and date), else the order itself."""
        link = self._reships.get(order.saved_id)
        replacements = self._reships.of_original(link["original_id"] if link else order.saved_id)
        return self._ctx.order(replacements[-1]["order_id"]) if replacements else order

    def _values(
        self, order: Order, sent: Order, new_date: date | None
    ) -> dict[str, Message | str | date]:
        """`order`: the one the buyer knows by its number; `sent`: the parcel the message is
        about (a reshipment's replacement, else the order)."""
        items = tuple(
            Message("feedback.item", title=line.title or line.sku, quantity=line.quantity)
            for line in sent.lines
        )
        return {
            "order": order.order_number,
            "items": Message("feedback.items", items=items),
            "tracking": self._tracking(sent),
            "date": new_date or self._date(sent),
            "shop": str(self._ctx.setting("shop_name")),
        }

    def _tracking(self, order: Order) -> Message:
        if not order.tracking_number:
            return Message("feedback.no_tracking_yet")
        number = order.tracking_number
        courier = None
        if order.courier_code:
            courier = next(
                (c for c in self._ctx.couriers.all() if c.code == order.courier_code), None
            )
        if courier is None:
            return Message("feedback.tracking_number", number=number)
        name = Names.of(courier.names)
        url = courier.tracking_url.replace("{number}", number) if courier.tracking_url else ""
        if not url:
            return Message("feedback.tracking_courier", courier=name, number=number)
        return Message("feedback.tracking_link", courier=name, number=number, url=url)

    def _date(self, order: Order) -> Message | date:
        tz = self._ctx.shop_tz()
        shipment = self._ctx.orders.shipment(order.saved_id) or {}
        # A parcel on its way: the delivery date; one still to ship: the day it ships by.
        shipped = order.status is OrderStatus.SHIPPED
        dates = [shipment.get("promised_delivery")]
        if not shipped:
            dates += [order.ship_by, order.ship_by_computed]
        for text in dates:
            found = parse_time(text, tz, end_of_day=False) if text else None
            if found is not None:
                day = found.astimezone(tz).date()
                return day if day >= self._ctx.today() else Message("feedback.date_to_follow")
        return Message("feedback.date_to_follow")
