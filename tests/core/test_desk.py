"""The Desk's use cases on a real SQLite file, the way a packer and a seller meet them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from desk_helpers import events_count, query
from wording import said

from fulfil_desk.core.bench.scanner import QUEUE, Bench
from fulfil_desk.core.kernel.errors import BadFile, NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.orders import (
    Address,
    CancelReason,
    HoldReason,
    Order,
    OrderLine,
    OrderStatus,
)
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines

S = OrderStatus
KST = ZoneInfo("Asia/Seoul")
SAMPLE_NUMBERS = ["KS-1001", "KS-1002", "KS-1003", "KS-1004", "KS-1005", "KS-1006"]


# ---- import ------------------------------------------------------------------------------


def test_import_sample_reads_every_order(desk, sample_path):
    report, changes = desk.exchange.import_orders(sample_path)
    assert report.new == [f"csv {n}" for n in SAMPLE_NUMBERS]
    assert len(changes.orders) == 6
    ks1003 = desk.orders.find_order("KS-1003")
    assert ks1003.status is S.NEW
    assert [(ln.sku, ln.quantity) for ln in ks1003.lines] == [
        ("DEMO-NOTE", 1),
        ("DEMO-SOCKS", 4),
        ("DEMO-TEE-L", 1),
    ]
    assert ks1003.ship_to.country == "US"
    assert desk.orders.find_order("KS-1004").ship_to.country == "KR"  # "대한민국" in the file
    assert desk.orders.find_order("KS-1002").lines[0].unit_price_minor == 4500  # 45.00 CNY


def test_import_without_ship_by_gets_a_deadline_from_the_shipping_calendar(desk, sample_path):
    desk.exchange.import_orders(sample_path)
    # KS-1006: Friday 19 June 16:20, after the 14:00 cut-off, so it counts from Monday 22;
    # two shipping days for a plain CSV order: Wednesday 24 June, end of day in Seoul.
    assert desk.orders.find_order("KS-1006").ship_by == "2026-06-24T23:59:59+09:00"
    # A file's own ship-by is kept.
    assert desk.orders.find_order("KS-1001").ship_by == "2026-06-19T18:00:00+09:00"


def test_importing_the_same_file_twice_changes_nothing(desk, sample_path, dump, db_target):
    desk.exchange.import_orders(sample_path)
    before, events_before = dump(), events_count(db_target)

    report, changes = desk.exchange.import_orders(sample_path)

    assert report.new == [] and report.updated == []
    assert len(report.unchanged) == 6
    assert changes.orders == frozenset()
    assert events_count(db_target) == events_before
    assert dump() == before


def test_a_bad_file_is_refused_whole_and_the_database_is_unchanged(desk, bad_sample_path, dump):
    before = dump()
    with pytest.raises(BadFile) as err:
        desk.exchange.import_orders(bad_sample_path)
    message = said(err.value)
    assert "row 4" in message and "quantity" in message
    assert "--skip-bad" in message
    assert dump() == before
    assert desk.orders.orders() == []


def test_skip_bad_takes_the_good_orders_and_leaves_out_the_whole_bad_one(desk, bad_sample_path):
    report, _ = desk.exchange.import_orders(bad_sample_path, skip_bad=True)
    assert sorted(o.order_number for o in desk.orders.orders()) == ["KS-2001", "KS-2003"]
    assert [(p.row, p.column) for p in report.skipped] == [(4, "quantity")]
    # KS-2002's good row 3 was not imported on its own: half an order would ship half.
    with pytest.raises(NotFound, match="KS-2002"):
        desk.orders.find_order("KS-2002")


def test_an_updated_file_changes_the_address_of_an_order_not_yet_shipped(desk, add):
    order_id = add("A-1", [("DEMO-MUG", 1)])
    moved = Address(**{**desk.orders.order(order_id).ship_to.__dict__, "line2": "301호"})
    incoming = Order(
        marketplace="csv",
        order_number="A-1",
        ordered_at=desk.orders.order(order_id).ordered_at,
        ship_to=moved,
        lines=[OrderLine("DEMO-MUG", "DEMO-MUG title", 1, 1000, "KRW")],
    )
    report, changes = desk.exchange.add_orders([incoming], source="test")
    assert report.updated == ["csv A-1"] and changes.orders == {order_id}
    assert desk.orders.order(order_id).ship_to.line2 == "301호"
    assert desk.orders.events(order_id)[-1]["kind"] == "updated_by_import"


# ---- products and stock ------------------------------------------------------------------


def test_editing_a_product_keeps_its_stock(desk, db_target):
    mug = desk.products.product("DEMO-MUG")
    desk.products.save_product(Product(mug.sku, mug.name, "Z-09-9", 400, ("8809999999993",)))
    edited = desk.products.product("DEMO-MUG")
    assert (edited.bin_location, edited.barcodes) == ("Z-09-9", ("8809999999993",))
    assert edited.on_hand == mug.on_hand
    ledger_sum = "SELECT SUM(delta) FROM stock_ledger WHERE sku = 'DEMO-MUG'"
    assert query(db_target, ledger_sum) == [(edited.on_hand,)]


def test_received_stock_is_a_ledger_row_and_raises_on_hand(desk, db_target):
    before = desk.products.product("DEMO-CASE").on_hand
    desk.stock.receive_stock("DEMO-CASE", 24, note="PO-118")
    assert desk.products.product("DEMO-CASE").on_hand == before + 24
    rows = query(
        db_target, "SELECT delta, reason, actor, note FROM stock_ledger WHERE sku = 'DEMO-CASE'"
    )
    assert rows[-1] == (24, "received", "tester", "PO-118")


@pytest.mark.parametrize("quantity", [0, -3, 100_001])
def test_an_impossible_receipt_is_refused(desk, dump, quantity):
    before = dump()
    with pytest.raises(UserError, match=str(quantity)):
        desk.stock.receive_stock("DEMO-CASE", quantity)
    assert dump() == before


# ---- verify, hold, cancel ----------------------------------------------------------------


def test_verify_a_sound_order(desk, add):
    order_id = add("V-1", [("DEMO-MUG", 2)])
    problems, changes = desk.flow.verify(order_id)
    assert problems == []
    assert desk.orders.order(order_id).status is S.VERIFIED
    assert order_id in changes.orders
    assert desk.orders.events(order_id)[-1]["kind"] == "verified"


def test_verify_holds_an_order_with_an_unknown_sku(desk, add):
    order_id = add("V-2", [("DEMO-MUG", 1), ("NOT-A-PRODUCT", 1)])
    problems, _ = desk.flow.verify(order_id)
    order = desk.orders.order(order_id)
    assert order.status is S.ON_HOLD
    assert order.hold_reason == HoldReason.UNKNOWN_SKU.value
    assert "NOT-A-PRODUCT" in said(order.hold_note_said)
    assert desk.orders.events(order_id)[-1]["detail"]["reasons"] == ["unknown_sku"]


def test_verify_holds_an_order_with_an_incomplete_address(desk, add):
    no_postcode = Address(name="Jordan Lee", phone="+1 503-555-0142", line1="1200 NW Ave",
                          city="Portland", country="US")  # fmt: skip
    order_id = add("V-3", [("DEMO-MUG", 1)], ship_to=no_postcode)
    desk.flow.verify(order_id)
    order = desk.orders.order(order_id)
    assert order.status is S.ON_HOLD
    assert order.hold_reason == HoldReason.INCOMPLETE_ADDRESS.value
    assert "postal code" in said(order.hold_note_said)


def test_verify_holds_an_order_when_stock_is_promised_to_others(desk, add):
    first = add("V-4", [("DEMO-BOTTLE", 8)])
    second = add("V-5", [("DEMO-BOTTLE", 3)])
    desk.flow.verify(first)
    assert desk.stock.shippable("DEMO-BOTTLE") == 2

    problems, _ = desk.flow.verify(second)

    order = desk.orders.order(second)
    assert order.status is S.ON_HOLD
    assert order.hold_reason == HoldReason.OUT_OF_STOCK.value
    assert "3 needed, only 2 can ship" in said(order.hold_note_said)
    assert desk.orders.order(first).status is S.VERIFIED


def test_a_held_order_is_verified_once_stock_arrives(desk, add):
    order_id = add("V-6", [("DEMO-CASE", 12)])
    desk.flow.verify(order_id)
    assert desk.orders.order(order_id).status is S.ON_HOLD
    desk.stock.receive_stock("DEMO-CASE", 5)
    problems, _ = desk.flow.verify(order_id)
    assert problems == []
    order = desk.orders.order(order_id)
    assert order.status is S.VERIFIED and order.hold_reason is None and order.hold_note == ""


@pytest.mark.parametrize(
    ("reason", "by"),
    [
        (CancelReason.OUT_OF_STOCK, "seller"),
        (CancelReason.PRICING_ERROR, "seller"),
        (CancelReason.BUYER_REQUESTED, "buyer"),
        (CancelReason.BUYER_ADDRESS_CHANGE, "buyer"),
    ],
)
def test_cancel_records_whether_seller_or_buyer_cancelled(desk, add, clock, reason, by):
    order_id = add("C-1", [("DEMO-MUG", 1)])
    changes = desk.flow.cancel(order_id, reason, note="phoned")
    order = desk.orders.order(order_id)
    assert order.status is S.CANCELLED
    assert order.cancel_reason == reason.value
    assert order.cancelled_by == by
    assert order.cancelled_at == clock.now().isoformat(timespec="seconds")
    assert f"{by} cancellation" in said(changes)
    event = desk.orders.events(order_id)[-1]
    assert event["kind"] == "cancelled" and event["detail"]["by"] == by


def test_a_shipped_order_cannot_be_cancelled(desk, add, drive, dump):
    order_id = add("C-2", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED)
    before = dump()
    with pytest.raises(NotAllowed, match="C-2"):
        desk.flow.cancel(order_id, CancelReason.BUYER_REQUESTED)
    assert dump() == before


def test_cancelling_the_last_order_being_picked_closes_its_pick_list(desk, add):
    order_id = add("C-3", [("DEMO-MUG", 1)])
    desk.flow.verify(order_id)
    desk.flow.start_pick([order_id])
    desk.flow.cancel(order_id, CancelReason.BUYER_REQUESTED)
    assert desk.flow.open_pick_list() is None
    bench = Bench(desk=desk)
    bench.resume()
    assert bench.state.page == QUEUE


def test_cancelled_units_are_free_to_sell_again(desk, add):
    order_id = add("C-4", [("DEMO-NOTE", 4)])
    desk.flow.verify(order_id)
    assert desk.stock.shippable("DEMO-NOTE") == 6
    desk.flow.cancel(order_id, CancelReason.CANNOT_SHIP)
    assert desk.stock.shippable("DEMO-NOTE") == 10
