"""Messages to the buyer: the buyer's language, the seller's templates (refused with an unknown
placeholder), the order's items, tracking link and new date, the contact in the audit trail."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import SEOUL, lotte

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import Address, CancelReason, OrderStatus

SHANGHAI = Address(
    name="王芳", phone="13800000000", line1="浦东新区世纪大道100号", city="上海",
    postal_code="200120", country="CN",
)  # fmt: skip
BOSTON = Address(
    name="Ann Lee", phone="617-555-0100", line1="1 Main St", city="Boston", state="MA",
    postal_code="02108", country="US",
)  # fmt: skip
TRACKING = lotte("25527888300")
LOTTE_URL = f"https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={TRACKING}"


@pytest.fixture
def shipped(desk, add, drive):
    """A Coupang order to Seoul of two mugs, shipped by Lotte, delivery promised Mon 22 June."""
    order_id = add("3100000050", [("DEMO-MUG", 2)], marketplace="coupang")
    drive(order_id, OrderStatus.SHIPPED, tracking=TRACKING)
    desk.scores.record_delivery(order_id, promised_delivery="2026-06-22")
    return order_id


def test_the_buyers_language_comes_from_the_order(desk, add):
    assert desk.buyer_messages.language_of(add("3100000051", [("DEMO-MUG", 1)])) == "ko"
    cn = add("AMZ-CN-1", [("DEMO-MUG", 1)], marketplace="amazon", ship_to=SHANGHAI)
    us = add("AMZ-US-1", [("DEMO-MUG", 1)], marketplace="amazon", ship_to=BOSTON)
    no_country = dataclasses.replace(SEOUL, country="")
    coupang = add("3100000052", [("DEMO-MUG", 1)], marketplace="coupang", ship_to=no_country)
    assert [desk.buyer_messages.language_of(o) for o in (cn, us, coupang)] == ["zh_CN", "en", "ko"]


def test_a_korean_delay_message_has_the_items_tracking_link_and_the_korean_date(desk, shipped):
    message = desk.buyer_messages.compose(shipped, "delay")
    assert message.lang == "ko" and not message.edited
    assert "주문번호 3100000050(DEMO-MUG title × 2)" in message.text
    assert f"롯데택배 {TRACKING} ({LOTTE_URL})" in message.text
    assert "새 예정일은 2026. 6. 22. (월)입니다." in message.text
    assert message.text.startswith("안녕하세요, My Shop입니다.")


def test_a_chinese_and_an_english_reship_message(desk, shipped):
    chinese = desk.buyer_messages.compose(shipped, "reship", "zh_CN")
    assert "订单3100000050（DEMO-MUG title × 2）" in chinese.text
    assert f"乐天快递 {TRACKING}（{LOTTE_URL}）" in chinese.text
    assert "预计送达日期为2026年6月22日 周一。" in chinese.text
    english = desk.buyer_messages.compose(shipped, "reship", "en")
    assert "It should reach you by Mon 22 Jun 2026." in english.text
    assert f"Tracking: Lotte {TRACKING} ({LOTTE_URL})." in english.text


def test_a_reship_message_tells_of_the_replacement_under_the_orders_own_number(
    desk, shipped, drive
):
    replacement, _ = desk.reships.reship(shipped, reason="lost", lines=[("DEMO-MUG", 1)])
    waiting = desk.buyer_messages.compose(shipped, "reship", "en")
    assert "3100000050" in waiting.text and "DEMO-MUG title × 1" in waiting.text
    assert TRACKING not in waiting.text  # the lost parcel's number is no news to the buyer
    drive(replacement, OrderStatus.SHIPPED, tracking=lotte("25527888301"))
    sent = desk.buyer_messages.compose(shipped, "reship", "ko")
    assert lotte("25527888301") in sent.text and TRACKING not in sent.text
    assert "3100000050-R1" not in sent.text  # the buyer knows the order by its own number


def test_an_unshipped_order_at_risk_says_its_ship_by_and_no_tracking_yet(desk, add):
    order_id = add("3100000053", [("DEMO-MUG", 1), ("DEMO-TEE-M", 3)], ship_by="2026-06-19")
    message = desk.buyer_messages.compose(order_id, "delay")
    assert "(DEMO-MUG title × 1, DEMO-TEE-M title × 3)" in message.text
    assert "새 예정일은 2026. 6. 19. (금)입니다." in message.text
    assert "운송장: 출고 후 안내해 드리겠습니다." in message.text
    for kind in ("reship", "return"):
        with pytest.raises(UserError, match="has not shipped"):
            desk.buyer_messages.compose(order_id, kind)


def test_a_courier_without_a_tracking_page_gives_the_number_alone(desk, shipped, db_path, clock):
    plain = [
        dataclasses.replace(c, tracking_url="") if c.code == "HYUNDAI" else c
        for c in desk.couriers.all()
    ]
    registry = CourierRegistry(couriers=plain, s10_countries=[])
    other = Desk.open(db_path, clock=clock, couriers=registry)
    try:
        text = other.buyer_messages.compose(shipped, "return", "en").text
    finally:
        other.close()
    assert text.endswith(f"Original tracking: Lotte {TRACKING}.")


def test_the_sellers_template_is_kept_and_an_unknown_placeholder_refused(desk, shipped, dump):
    before = dump()
    for bad, named in (
        ("Hi {buyer}, order {order} is late.", "{buyer}"),
        ("Order {order:>10}", "{order:>10}"),
        ("Order {order!r}", "{order!r}"),
        ("Order {order.x}", "{order.x}"),
    ):
        with pytest.raises(UserError, match=f"placeholder {named.replace('{', '[{]')}"):
            desk.buyer_messages.save_template("delay", "en", bad)
    with pytest.raises(UserError, match="lone"):
        desk.buyer_messages.save_template("delay", "en", "Order {order")
    with pytest.raises(UserError, match="empty"):
        desk.buyer_messages.save_template("delay", "en", "  ")
    with pytest.raises(UserError, match="no kind of message"):
        desk.buyer_messages.save_template("late", "en", "Order {order}")
    assert dump() == before
    desk.buyer_messages.save_template("delay", "en", "Order {order}: new date {date}.")
    message = desk.buyer_messages.compose(shipped, "delay", "en")
    assert (message.text, message.edited) == ("Order 3100000050: new date Mon 22 Jun 2026.", True)
    assert not desk.buyer_messages.compose(shipped, "delay", "ko").edited
    desk.buyer_messages.reset_template("delay", "en")
    assert desk.buyer_messages.compose(shipped, "delay", "en").text.startswith("Hello from")


def test_a_contact_is_in_the_audit_trail(desk, shipped):
    message = desk.buyer_messages.compose(shipped, "delay", "zh_CN")
    changes = desk.buyer_messages.record_contact(message, "clipboard")
    assert changes.orders == {shipped}
    event = desk.orders.events(shipped)[-1]
    assert event["kind"] == "buyer_contacted"
    assert event["detail"] == {
        "message_kind": "delay", "language": "zh_CN", "how": "clipboard", "edited_template": False,
    }  # fmt: skip


def test_unfit_orders_are_refused(desk, add, shipped, dump):
    desk.scores.record_delivery(shipped, delivered_at="2026-06-18T12:00:00+09:00")
    with pytest.raises(UserError, match="was delivered"):
        desk.buyer_messages.compose(shipped, "delay")
    cancelled = add("3100000054", [("DEMO-MUG", 1)])
    desk.flow.cancel(cancelled, CancelReason.BUYER_REQUESTED)
    with pytest.raises(UserError, match="was cancelled"):
        desk.buyer_messages.compose(cancelled, "return")
    with pytest.raises(UserError, match="no language"):
        desk.buyer_messages.compose(shipped, "return", "ja")


def test_a_past_date_is_no_new_date_and_the_seller_may_give_one(desk, add):
    overdue = add("3100000055", [("DEMO-MUG", 1)], ship_by="2026-06-17")
    assert "새 예정일은 추후 안내입니다." in desk.buyer_messages.compose(overdue, "delay").text
    told = desk.buyer_messages.compose(overdue, "delay", "zh_CN", new_date=date(2026, 6, 23))
    assert "新的预计日期为2026年6月23日 周二。" in told.text
    with pytest.raises(UserError, match="is past"):
        desk.buyer_messages.compose(overdue, "delay", new_date=date(2026, 6, 17))
