"""Customs (`desk.customs`): what customs need of each product, the recipient's PCCC, and the
declaration (CN22 or CN23) of a parcel that crosses a border.

The declaration is built from the order as stored: each line's product (its customs
description, HS code, origin and weight) and its declared value, the line's price × quantity
in the order's currency. An order whose products lack any of those is refused with a
sentence naming them; nothing is printed for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.customs import rules
from fulfil_desk.core.customs.rules import CustomsForm, CustomsRefused, ProductCustoms
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.couriers import Courier
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Money
from fulfil_desk.core.kernel.orders import Address, Order, ShopInfo
from fulfil_desk.core.storage.customs_repo import CustomsRepo

if TYPE_CHECKING:
    from fulfil_desk.core.kernel.settings_service import SettingsService
    from fulfil_desk.core.stock.products import ProductService


@dataclass(frozen=True)
class DeclaredItem:
    sku: str
    description: str
    quantity: int
    weight_g: int  # the product's weight × quantity
    value: Money  # the line's price × quantity
    hs_code: str  # as printed: 6109.10
    origin_country: str


@dataclass(frozen=True)
class Declaration:
    form: CustomsForm
    why_form: Message  # which form, and why (the limit, the courier)
    order_number: str
    marketplace: str
    sender: ShopInfo
    recipient: Address
    pccc: str
    items: tuple[DeclaredItem, ...]
    total: Money
    weight_g: int  # the parcel's weighed weight, else the items' sum
    courier: str
    day: date  # the shop's day it is printed

    def as_json(self) -> dict:
        return {
            "form": self.form.value,
            "order": self.order_number,
            "total_minor": self.total.minor,
            "currency": self.total.currency,
            "weight_g": self.weight_g,
            "courier": self.courier,
            "pccc": self.pccc,
            "items": [
                {
                    "sku": i.sku, "description": i.description, "quantity": i.quantity,
                    "weight_g": i.weight_g, "value_minor": i.value.minor,
                    "hs_code": i.hs_code, "origin_country": i.origin_country,
                }
                for i in self.items
            ],
        }  # fmt: skip


def _refused(err: CustomsRefused) -> UserError:
    return UserError(err.reason)


class CustomsService:
    def __init__(self, *, ctx: DeskContext, products: ProductService, settings: SettingsService):
        self._ctx = ctx
        self._products = products
        self._settings = settings
        self._repo = CustomsRepo(ctx.db)

    # ---- products ---------------------------------------------------------------------------

    def product_customs(self, sku: str) -> ProductCustoms | None:
        return self._repo.product(self._products.product(sku).sku)

    def checked(self, sku: str, *, hs_code: str, origin: str, description: str) -> ProductCustoms:
        """The customs facts as stored, or UserError saying which value is wrong."""
        try:
            return ProductCustoms(
                sku=sku,
                hs_code=rules.normalise_hs(hs_code),
                origin_country=rules.normalise_origin(origin, self._ctx.couriers.countries),
                description=rules.normalise_description(description),
            )
        except CustomsRefused as err:
            raise _refused(err) from None

    def set_product_customs(
        self, sku: str, *, hs_code: str, origin: str, description: str
    ) -> Changes:
        product = self._products.product(sku)
        customs = self.checked(product.sku, hs_code=hs_code, origin=origin, description=description)
        with self._ctx.transaction():
            self._repo.save(customs)
            self._ctx.event(
                "product_customs_saved", None, sku=product.sku, hs_code=customs.hs_code,
                origin=customs.origin_country,
            )  # fmt: skip
        said = Message("customs.product_saved", sku=product.sku, hs=customs.hs_written)
        return Changes(products=True, message=said)

    # ---- the recipient's PCCC ---------------------------------------------------------------

    def set_pccc(self, order_id: int, code: str) -> Changes:
        """The PCCC as the buyer gave it (P + 12 digits); '' clears it."""
        try:
            pccc = rules.normalise_pccc(code) if code.strip() else ""
        except CustomsRefused as err:
            raise _refused(err) from None
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            self._repo.set_pccc(order.saved_id, pccc)
            self._ctx.event("pccc_set", order_id, pccc=rules.masked_pccc(pccc))
        said = (
            Message("customs.pccc_saved", order=order.order_number, pccc=rules.masked_pccc(pccc))
            if pccc
            else Message("customs.pccc_cleared", order=order.order_number)
        )
        return Changes.for_orders(order_id, message=said, scored=False)

    # ---- the declaration --------------------------------------------------------------------

    def crosses_border(self, order: Order) -> bool:
        return rules.crosses_border(self._settings.shop().address.country, order.ship_to.country)

    def summary(self, order_id: int) -> Message | str | None:
        """What the Verify page says of an order that crosses a border (None: it does not):
        from where to where, the recipient's PCCC (masked) into Korea, the products that still
        lack customs facts."""
        order = self._ctx.order(order_id)
        origin = self._settings.shop().address.country
        if not rules.crosses_border(origin, order.ship_to.country):
            return None
        said: list[Message] = [
            Message("customs.verify_border", origin=origin, to=order.ship_to.country)
        ]
        if order.ship_to.country == rules.KOREA and order.pccc:
            said.append(Message("customs.verify_pccc", pccc=rules.masked_pccc(order.pccc)))
        skus = [line.sku for line in order.lines]
        known = self._repo.many(skus)
        if lacking := tuple(dict.fromkeys(s for s in skus if s not in known)):
            said.append(Message("customs.verify_lacking", skus=lacking))
        return in_turn(said)

    def label_note(self, order_id: int) -> Message | None:
        """What the Label page says of the form that prints after the label (None: no form,
        or one refused, which the label's own refusal says)."""
        order = self._ctx.order(order_id)
        if not self.crosses_border(order):
            return None
        try:
            declared = self.declaration(order_id)
        except UserError:
            return None
        return Message("two_sentences", first=Message("customs.label_note"), then=declared.why_form)

    def _courier(self, order: Order) -> Courier | None:
        code = order.courier_code or self._settings.get("default_courier") or ""
        try:
            return self._ctx.couriers.get(code) if code else None
        except NotFound:
            return None

    def declaration(self, order_id: int) -> Declaration:
        """The order's declaration; refused when it crosses no border, or its products lack
        what customs need (the sentence names them)."""
        order = self._ctx.order(order_id)
        shop = self._settings.shop()
        if not self.crosses_border(order):
            raise NotAllowed(
                Message("customs.no_border", order=order.order_number, country=shop.address.country)
            )
        missing = rules.pccc_problem(
            shop_country=shop.address.country, recipient_country=order.ship_to.country,
            pccc=order.pccc,
        )  # fmt: skip
        if missing is not None:
            raise NotAllowed(missing)
        skus = [line.sku for line in order.lines]
        products = self._products.many(skus)
        facts = self._repo.many(skus)
        lacking = tuple(dict.fromkeys(s for s in skus if s not in facts))
        if lacking:
            raise NotAllowed(
                Message("customs.products_lack", order=order.order_number, skus=lacking)
            )
        unpriced = tuple(dict.fromkeys(ln.sku for ln in order.lines if ln.unit_price_minor is None))
        if unpriced:
            raise NotAllowed(Message("customs.no_price", order=order.order_number, skus=unpriced))
        currencies = sorted({ln.currency for ln in order.lines})
        if len(currencies) != 1:
            raise NotAllowed(
                Message(
                    "customs.mixed_currencies", order=order.order_number, found=tuple(currencies)
                )
            )
        items = []
        for line in order.lines:
            fact, product = facts[line.sku], products.get(line.sku)
            items.append(
                DeclaredItem(
                    sku=line.sku,
                    description=fact.description,
                    quantity=line.quantity,
                    weight_g=(product.weight_g if product else 0) * line.quantity,
                    value=Money((line.unit_price_minor or 0) * line.quantity, currencies[0]),
                    hs_code=fact.hs_written,
                    origin_country=fact.origin_country,
                )
            )
        total = Money(sum(i.value.minor for i in items), currencies[0])
        courier, limits = self._courier(order), self._settings.get("customs_postal_limits")
        return Declaration(
            form=rules.choose_form(total, courier, limits),
            why_form=rules.why_form(total, courier, limits),
            order_number=order.order_number,
            marketplace=order.marketplace,
            sender=shop,
            recipient=order.ship_to,
            pccc=order.pccc,
            items=tuple(items),
            total=total,
            weight_g=order.weight_g or sum(i.weight_g for i in items),
            courier=courier.code if courier else "",
            day=self._ctx.today(),
        )
