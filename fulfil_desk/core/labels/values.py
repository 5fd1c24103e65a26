"""What a field shows: the value names of `layout.VALUE_NAMES`, read from an order, the shop,
the courier's names and the print day. A value is the data's own text or a message."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from fulfil_desk.core.documents.labels import shop_day
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Address, Order, ShopInfo

Value = str | Message | Names | date | tuple[str | Message, ...]

# The marketplace row's cells that hold the buyer's note for the courier (Coupang Wing).
DELIVERY_MESSAGE_CELLS = ("배송메세지", "배송메시지", "delivery-instructions")


def label_values(
    order: Order,
    *,
    shop: ShopInfo,
    courier_names: Mapping[str, Names | str],
    printed_on: date | None,
) -> dict[str, Value]:
    """Every value name's value for one order (masking is done before, on the order)."""
    to, sender = order.ship_to, shop.address
    waybill = order.tracking_number or order.waybill_number or ""
    courier: Names | str = ""
    if order.courier_code:
        courier = courier_names.get(order.courier_code, order.courier_code)
    sender_block: list[str | Message] = [shop.name, *sender.lines()]
    if sender.phone:
        sender_block.append(Message("document.phone", phone=sender.phone))
    return {
        "waybill": waybill,
        "tracking_number": waybill,
        "order_number": order.order_number,
        "marketplace": order.marketplace,
        "ordered": Message("document.ordered", day=shop_day(order, shop)),
        "ship_by": Message("document.ship_by", day=_day(order.ship_by)) if order.ship_by else "",
        "date": printed_on or "",
        "courier_name": courier,
        "receiver_name": to.name,
        "receiver_phone": to.phone,
        "receiver_address": "\n".join(to.lines()),
        "receiver_street": _street(to),
        "postal_code": to.postal_code,
        "country": to.country,
        "sender_name": shop.name,
        "sender_phone": sender.phone,
        "sender_address": "\n".join(sender.lines()),
        "sender_street": _street(sender),
        "sender_block": tuple(sender_block),
        "item_summary": ", ".join(f"{line.title} ×{line.quantity}" for line in order.lines),
        "quantity": str(order.units),
        "weight": _weight(order.weight_g),
        "box_size": order.box or "",
        "delivery_message": _delivery_message(order),
        "sorting_code": "",  # the courier's system gives it; the app has no offline source
    }


def _street(address: Address) -> str:
    """Lines 1 to 3 as one run (a Korean address's line 1 starts with its city)."""
    return " ".join(p.strip() for p in (address.line1, address.line2, address.line3) if p.strip())


def _day(text: str) -> date | str:
    """The day of an ISO 8601 time as written (a deadline keeps its own day)."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text[:10]


def _weight(grams: int | None) -> Value:
    if grams is None:
        return ""
    if grams < 1000:
        return Message("paper.grams", grams=grams)
    return Message("paper.kilograms", kg=(Decimal(grams) / 1000).quantize(Decimal("0.01")))


def _delivery_message(order: Order) -> str:
    for line in order.lines:
        for cell in DELIVERY_MESSAGE_CELLS:
            note = str(line.source.get(cell) or "").strip()
            if note:
                return note
    return ""
