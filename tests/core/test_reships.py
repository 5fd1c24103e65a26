"""Reshipments: a replacement order linked to a shipped one, its refusals, its deadline."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import KST, lotte
from db_dump import connect

from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import NotAllowed, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
EN = Wording(zone=lambda: KST)


@pytest.fixture
def shipped(add, drive):
    """A CSV order of two mugs and a T-shirt, shipped."""
    order_id = add("A-100", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)])
    drive(order_id, S.SHIPPED)
    return order_id


def test_a_reship_of_all_lines_is_a_new_open_order_linked_to_the_original(desk, shipped):
    new_id, changes = desk.reships.reship(shipped, reason="lost")
    reship = desk.orders.order(new_id)
    original = desk.orders.order(shipped)
    assert reship.order_number == "A-100-R1" and reship.marketplace == original.marketplace
    assert reship.status is S.NEW and reship.ship_to == original.ship_to
    assert [(ln.sku, ln.quantity) for ln in reship.lines] == [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)]
    assert desk.reships.reship_of(new_id)["original_number"] == "A-100"
    assert [r["order_number"] for r in desk.reships.reships_of(shipped)] == ["A-100-R1"]
    assert EN(desk.reships.marker(new_id)) == "Replacement for A-100 (lost)"
    assert desk.reships.marker(shipped) is None
    assert changes.orders == {new_id, shipped} and changes.stock
    assert EN(changes.message) == ("Reshipment A-100-R1 created for A-100 (lost): 3 units to send.")
    kinds = {(e["kind"], e["order_id"]) for e in desk.orders.events(new_id)}
    assert ("reship_created", new_id) in kinds
    assert "reship_created" in [e["kind"] for e in desk.orders.events(shipped)]
    # A scan of its number finds it alone; the original's finds the original.
    assert desk.orders.find_order("A-100-R1").id == new_id
    assert desk.orders.order_ids_of_number("A-100") == [shipped]


def test_chosen_lines_and_the_next_number(desk, shipped):
    first, _ = desk.reships.reship(shipped, reason="missing_item", lines=[("DEMO-TEE-M", 1)])
    second, _ = desk.reships.reship(shipped, reason="damaged", lines=[("DEMO-MUG", 1)])
    assert [(ln.sku, ln.quantity) for ln in desk.orders.order(first).lines] == [("DEMO-TEE-M", 1)]
    assert desk.orders.order(second).order_number == "A-100-R2"


def test_the_number_skips_a_code_the_shop_already_has(desk, add, shipped):
    add("A-100-R1", [("DEMO-MUG", 1)])  # another order already has the obvious number
    new_id, _ = desk.reships.reship(shipped, reason="lost")
    assert desk.orders.order(new_id).order_number == "A-100-R2"


def test_a_reship_of_a_reship_replaces_the_same_original(desk, drive, shipped):
    first, _ = desk.reships.reship(shipped, reason="lost")
    drive(first, S.SHIPPED, tracking=lotte("25527888400"))
    second, _ = desk.reships.reship(first, reason="lost", lines=[("DEMO-MUG", 1)])
    assert desk.orders.order(second).order_number == "A-100-R2"
    assert desk.reships.reship_of(second)["original_id"] == shipped


def test_ship_by_is_counted_from_today_by_the_shops_calendar(desk, add, drive, clock):
    order_id = add("A-200", [("DEMO-MUG", 1)], ordered_at=datetime(2026, 6, 1, 9, tzinfo=KST))
    drive(order_id, S.SHIPPED)
    # Friday 19 June 2026 at 16:00, after the cut-off: lead 2 (csv) counts from Monday 22.
    desk.clock = FixedClock(datetime(2026, 6, 19, 16, 0, tzinfo=KST))
    new_id, _ = desk.reships.reship(order_id, reason="damaged")
    reship = desk.orders.order(new_id)
    expected = desk.calendar.ship_by_for(desk.clock.now(), 2)
    assert datetime.fromisoformat(reship.ship_by) == expected
    assert expected.date() > datetime(2026, 6, 19).date()
    assert reship.ship_by != desk.orders.order(order_id).ship_by


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ([("DEMO-CAP", 1)], "SKU DEMO-CAP is not on order A-100; its SKUs are"),
        ([("DEMO-MUG", 3)], "3 units of DEMO-MUG is more than order A-100 shipped (2)."),
        ([("DEMO-MUG", 2), ("DEMO-MUG", 1)], "3 units of DEMO-MUG is more than"),
        ([("DEMO-MUG", 0)], "The quantity of DEMO-MUG must be 1 or more, not 0."),
    ],
)
def test_refused_lines_change_nothing(desk, shipped, dump, lines, said):
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.reships.reship(shipped, reason="lost", lines=lines)
    assert EN(refused.value.message).startswith(said)
    assert dump() == before


def test_an_order_that_never_shipped_is_refused(desk, add, drive, dump):
    order_id = add("A-300", [("DEMO-MUG", 1)])
    drive(order_id, S.LABELLED)
    before = dump()
    with pytest.raises(NotAllowed) as refused:
        desk.reships.reship(order_id, reason="lost")
    assert EN(refused.value.message) == (
        "Order A-300 is labelled, not shipped: only a shipped order can be reshipped."
    )
    with pytest.raises(UserError) as unknown:
        desk.reships.reship(order_id, reason="stolen")
    assert "'stolen' is not a reshipment reason" in EN(unknown.value.message)
    assert dump() == before


def test_an_exchange_sends_another_sku_and_refuses_an_unknown_one(desk, shipped, dump):
    new_id, _ = desk.reships.exchange(shipped, sku="DEMO-TEE-M", quantity=1, send="DEMO-TEE-L")
    reship = desk.orders.order(new_id)
    assert [(ln.sku, ln.quantity) for ln in reship.lines] == [("DEMO-TEE-L", 1)]
    assert desk.reships.reship_of(new_id)["reason"] == "exchange"
    [expected] = desk.returns.expected_returns()
    assert expected["order_id"] == shipped
    assert [(ln["sku"], ln["quantity"]) for ln in expected["lines"]] == [("DEMO-TEE-M", 1)]
    assert desk.returns.expected_units(shipped) == {"DEMO-TEE-M": 1}
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.reships.exchange(shipped, sku="DEMO-MUG", send="NOPE-1")
    assert EN(refused.value.message) == "SKU NOPE-1 is no product of this shop: nothing to send."
    assert dump() == before


def test_a_reship_reserves_stock_as_any_order_and_no_score_counts_it(desk, shipped, db_target):

    shippable = desk.stock.shippable("DEMO-MUG")
    new_id, _ = desk.reships.reship(shipped, reason="lost")
    problems, _ = desk.flow.verify(new_id)
    assert problems == [] and desk.stock.reserved("DEMO-MUG") == 2
    assert desk.stock.shippable("DEMO-MUG") == shippable - 2
    con = connect(db_target)
    try:
        scored = {r[0] for r in con.execute("SELECT id FROM score_orders")}
    finally:
        con.close()
    assert shipped in scored and new_id not in scored


def test_an_exchange_refused_by_the_return_leaves_no_reship(desk, shipped, dump):
    before = dump()
    with pytest.raises(UserError):
        desk.reships.exchange(shipped, sku="DEMO-MUG", quantity=3)
    assert dump() == before


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Replacement for A-100 (lost)"),
        ("ko", "A-100 주문의 재배송 (분실)"),
        ("zh_CN", "订单 A-100 的补发（丢件）"),
    ],
)
def test_the_packing_slip_says_what_the_parcel_replaces(desk, shipped, tmp_path, lang, said):
    import io

    from pypdf import PdfReader

    new_id, _ = desk.reships.reship(shipped, reason="lost")
    words = Wording(zone=lambda: KST, lang=lang)
    pdf = desk.documents.packing_slip_pdf([new_id, shipped], words=words)
    (tmp_path / f"slip-{lang}.pdf").write_bytes(pdf)
    first, second = (p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert said in first.replace("\n", " ") and "A-100-R1" in first
    assert said not in second.replace("\n", " ")


def test_a_reship_shipped_late_changes_no_seller_score(desk, add, drive):
    order_id = add("C-1", [("DEMO-MUG", 1)], marketplace="coupang")
    drive(order_id, S.SHIPPED, tracking=lotte("25527888500"))

    def counts():
        found = desk.scores.scores(trend=False, problems=True)
        return [(r.metric.key, r.numerator, r.denominator, r.counted_ids) for r in found]

    before = counts()
    new_id, _ = desk.reships.reship(order_id, reason="damaged")
    desk.clock = FixedClock(datetime(2026, 6, 26, 10, 0, tzinfo=KST))  # past its ship-by
    drive(new_id, S.SHIPPED, tracking=lotte("25527888501"))
    desk.scores.record_delivery(new_id, delivered_at="2026-06-29T12:00:00+09:00")
    desk.clock = FixedClock(datetime(2026, 6, 18, 10, 0, tzinfo=KST))
    assert counts() == before
    assert all(new_id not in ids for *_, ids in counts())
