"""The demo shop's last three weeks: parcels that went through the bench on past shipping
days, most delivered, a few stuck in transit, Lotte slower than CJ, one unanswered bad review,
so that a new user's Deliveries window, courier table and reviews are not empty."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from fulfil_desk.core.exchange.demo import PRODUCTS, RECIPIENTS
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.orders import Order, OrderLine

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

# (shipping days ago, courier, shipping days it took to arrive, or None: still in transit)
PARCELS = [
    (16, "CJGLS", 1),
    (15, "HYUNDAI", 2),
    (14, "CJGLS", 1),
    (13, "HYUNDAI", 4),
    (12, "CJGLS", 2),
    (11, "HYUNDAI", 3),
    (10, "CJGLS", 1),
    (9, "HYUNDAI", 5),
    (8, "CJGLS", 1),
    (7, "HYUNDAI", 2),
    (6, "HYUNDAI", None),
    (5, "HYUNDAI", None),
    (4, "CJGLS", None),
    (2, "HYUNDAI", None),
    (1, "CJGLS", None),
]
PROMISED_DAYS = 2  # the delivery date promised to the buyer, in shipping days after shipping
BAD_REVIEW = (7, 2, "배송이 너무 늦었어요. 5일 걸렸습니다.")  # parcel index, stars, text
GOOD_REVIEW = (0, 5, "빠른 배송 감사합니다!")


def history_number(index: int) -> str:
    return f"{30900000000 + index * 7919}"


def _tracking(index: int, courier: str) -> str:
    if courier == "HYUNDAI":  # Lotte: 11 digits and their value mod 7
        body = f"{40900000000 + index * 101:011d}"
        return body + str(int(body) % 7)
    return f"{650000000000 + index * 103:012d}"


def fill_demo_shop(desk: Desk, *, orders: int, history: bool) -> Changes:
    """The demo shop (`desk.exchange.fill_demo`), with its parcels of the last three weeks
    first when `history`; running it twice adds nothing twice."""
    if not history or _already_there(desk):
        return desk.exchange.fill_demo(orders)
    now = desk.clock
    calendar = desk.calendar.calendar()
    days = _shipping_days_back(calendar, desk.calendar.today(), max(p[0] for p in PARCELS))
    tz = calendar.tz
    try:
        desk.clock = FixedClock(datetime.combine(days[-1] - timedelta(days=1), time(9), tz))
        changes = desk.exchange.fill_demo(0)  # products and their opening stock, before
        desk.clock = now
        changes |= desk.exchange.fill_demo(orders)  # first, so their ids are 1, 2, …
        for index, (ago, courier, took) in enumerate(PARCELS):
            shipped = datetime.combine(days[ago - 1], time(15), tz)
            order_id = _ship(desk, index, shipped, courier)
            arrives = calendar.shipping_days(shipped.date() + timedelta(days=1), PROMISED_DAYS)
            desk.scores.record_delivery(order_id, promised_delivery=arrives[-1].isoformat())
            if took is not None:
                day = calendar.shipping_days(shipped.date() + timedelta(days=1), took)[-1]
                delivered = datetime.combine(day, time(13), tz)
                desk.clock = FixedClock(delivered + timedelta(hours=5))
                desk.transit.mark_delivered(_tracking(index, courier), at=delivered.isoformat())
        desk.clock = FixedClock(datetime.combine(days[0], time(10), tz))
        for index, stars, text in (BAD_REVIEW, GOOD_REVIEW):
            order_id = desk.orders.find_order(history_number(index)).saved_id
            changes |= desk.feedback.add(order_id, stars, text)
        answered = desk.feedback.of_order(desk.orders.find_order(history_number(0)).saved_id)
        if answered is not None:
            desk.clock = FixedClock(datetime.combine(days[0], time(11), tz))
            desk.feedback.answer(answered.id, "감사합니다! 또 이용해 주세요.")
    finally:
        desk.clock = now
    return changes


def _already_there(desk: Desk) -> bool:
    try:
        desk.orders.find_order(history_number(0))
    except NotFound:
        return False
    return True


def _shipping_days_back(calendar, today: date, count: int) -> list[date]:
    """The `count` shipping days before `today`, the nearest first."""
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < count:
        if calendar.is_shipping_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days


def _ship(desk: Desk, index: int, shipped: datetime, courier: str) -> int:
    """One order through verify, pick, pack, label and tracking, as the bench does it."""
    sku, title, _, _, price = PRODUCTS[index % len(PRODUCTS)]
    desk.clock = FixedClock(shipped - timedelta(hours=19))
    order = Order(
        marketplace="coupang",
        order_number=history_number(index),
        ordered_at=desk.clock.now().isoformat(timespec="seconds"),
        ship_to=RECIPIENTS[index % 3],
        lines=[OrderLine(sku=sku, title=title, quantity=1, unit_price_minor=price, currency="KRW")],
    )
    desk.exchange.add_orders([order], source="demo")
    order_id = desk.orders.find_order(order.order_number).saved_id
    desk.clock = FixedClock(shipped - timedelta(hours=2))
    barcode = next(p.barcodes[0] for p in desk.products.products() if p.sku == sku)
    desk.flow.verify(order_id)
    pick_list, _ = desk.flow.start_pick([order_id])
    desk.flow.pick_scan(pick_list, barcode)
    desk.flow.pack_scan(order_id, barcode)
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="demo")
    desk.clock = FixedClock(shipped)
    desk.flow.ship(order_id, courier=courier, tracking=_tracking(index, courier))
    return order_id
