"""The bench's state machine and scan rules, as pure functions over `Order`."""

from __future__ import annotations

import itertools

import pytest
from wording import said

from fulfil_desk.core.bench import workflow
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.errors import NotAllowed, WrongScan
from fulfil_desk.core.kernel.orders import Address, HoldReason, Order, OrderLine, OrderStatus
from fulfil_desk.core.stock.inventory import Product
from fulfil_desk.core.wording.catalogue import ENGLISH

S = OrderStatus

# What a packer may do to an order, written out here as the specification: an order
# moves forward one step at a time, can be held only before picking starts, can be
# cancelled until it ships, and nothing happens to a shipped or cancelled order.
ALLOWED = {
    (S.NEW, S.VERIFIED),
    (S.NEW, S.ON_HOLD),
    (S.NEW, S.CANCELLED),
    (S.ON_HOLD, S.VERIFIED),
    (S.ON_HOLD, S.ON_HOLD),
    (S.ON_HOLD, S.CANCELLED),
    (S.VERIFIED, S.PICKING),
    (S.VERIFIED, S.ON_HOLD),
    (S.VERIFIED, S.CANCELLED),
    (S.PICKING, S.PICKED),
    (S.PICKING, S.CANCELLED),
    (S.PICKED, S.PACKING),
    (S.PICKED, S.CANCELLED),
    (S.PACKING, S.PACKED),
    (S.PACKING, S.CANCELLED),
    (S.PACKED, S.LABELLED),
    (S.PACKED, S.CANCELLED),
    (S.LABELLED, S.SHIPPED),
    (S.LABELLED, S.CANCELLED),
}
REFUSED = sorted(set(itertools.product(S, S)) - ALLOWED)

KR = Address(
    name="김민지",
    phone="010-2345-6789",
    line1="서울특별시 강남구 테헤란로 152",
    city="서울",
    postal_code="06236",
    country="KR",
)


def order(*lines: OrderLine, status: S = S.NEW, number: str = "KS-7", ship_to=KR) -> Order:
    return Order(
        marketplace="csv",
        order_number=number,
        ordered_at="2026-06-18T10:00:00+09:00",
        ship_to=ship_to,
        lines=list(lines),
        status=status,
    )


def line(sku: str, quantity: int, *, picked=0, packed=0, price: int | None = 1000) -> OrderLine:
    return OrderLine(
        sku=sku, title=sku, quantity=quantity, unit_price_minor=price, currency="KRW",
        picked=picked, packed=packed,
    )  # fmt: skip


def product(sku: str, on_hand: int = 10) -> Product:
    return Product(sku, sku.title(), on_hand=on_hand)


# ---- transitions -------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "to"), sorted(ALLOWED))
def test_allowed_transition_moves_the_order(start, to):
    o = order(line("A", 1), status=start)
    workflow.move(o, to)
    assert o.status is to


@pytest.mark.parametrize(("start", "to"), REFUSED)
def test_refused_transition_names_the_order_and_leaves_it(start, to):
    o = order(line("A", 1), status=start, number="CP-31000007919")
    with pytest.raises(NotAllowed, match="CP-31000007919") as err:
        workflow.move(o, to)
    assert o.status is start
    assert f"is {ENGLISH['status.' + start.value]};" in said(err.value)  # on hold, being picked…


def test_the_code_allows_exactly_the_specified_transitions():
    in_code = {(a, b) for a, targets in workflow.TRANSITIONS.items() for b in targets}
    assert in_code == ALLOWED


@pytest.mark.parametrize(
    ("status", "step"),
    [
        (S.NEW, Step.VERIFY),
        (S.ON_HOLD, Step.VERIFY),
        (S.VERIFIED, Step.PICK),
        (S.PICKING, Step.PICK),
        (S.PICKED, Step.PACK),
        (S.PACKING, Step.PACK),
        (S.PACKED, Step.LABEL),
        (S.LABELLED, Step.TRACKING),
        (S.SHIPPED, Step.DONE),
        (S.CANCELLED, Step.DONE),
    ],
)
def test_each_status_is_at_one_bench_step(status, step):
    o = order(line("A", 1), status=status)
    assert workflow.step_of(o) is step
    workflow.require_step(o, step)
    other = Step.PACK if step is not Step.PACK else Step.LABEL
    with pytest.raises(NotAllowed, match="KS-7"):
        workflow.require_step(o, other)


def test_require_step_on_a_shipped_order_says_it_is_done():
    o = order(line("A", 1), status=S.SHIPPED)
    with pytest.raises(NotAllowed, match="KS-7 is already shipped"):
        workflow.require_step(o, Step.TRACKING)


# ---- verify ------------------------------------------------------------------------------


def reasons(o: Order, products: dict, free: dict) -> list[HoldReason]:
    return [p.reason for p in workflow.verify_problems(o, products, free)]


def test_a_sound_order_has_no_problems():
    o = order(line("MUG", 2), line("TEE", 1))
    assert workflow.verify_problems(o, {"MUG": product("MUG"), "TEE": product("TEE")},
                                    {"MUG": 2, "TEE": 1}) == []  # fmt: skip


def test_unknown_sku_is_named():
    o = order(line("MUG", 1), line("GHOST-9", 1))
    problems = workflow.verify_problems(o, {"MUG": product("MUG")}, {"MUG": 5})
    assert [p.reason for p in problems] == [HoldReason.UNKNOWN_SKU]
    assert "GHOST-9" in said(problems[0].sentence)


@pytest.mark.parametrize("quantity", [0, -1, 1000])
def test_insane_quantity(quantity):
    o = order(line("MUG", quantity))
    assert HoldReason.BAD_QUANTITY in reasons(o, {"MUG": product("MUG", 5000)}, {"MUG": 5000})


@pytest.mark.parametrize("quantity", [1, 999])
def test_quantity_limits_are_inclusive(quantity):
    o = order(line("MUG", quantity))
    assert reasons(o, {"MUG": product("MUG", 5000)}, {"MUG": 5000}) == []


@pytest.mark.parametrize("price", [-1, 1_000_000_001])
def test_insane_price(price):
    o = order(line("MUG", 1, price=price))
    assert reasons(o, {"MUG": product("MUG")}, {"MUG": 5}) == [HoldReason.BAD_PRICE]


def test_a_line_without_price_is_fine():
    o = order(line("MUG", 1, price=None))
    assert reasons(o, {"MUG": product("MUG")}, {"MUG": 5}) == []


@pytest.mark.parametrize(
    ("blank", "named"),
    [("name", "name"), ("phone", "phone"), ("line1", "address"),
     ("postal_code", "postal code"), ("country", "country")],
)  # fmt: skip
def test_incomplete_address_names_the_missing_field(blank, named):
    address = Address(**{**KR.__dict__, blank: "  "})
    problems = workflow.verify_problems(
        order(line("MUG", 1), ship_to=address), {"MUG": product("MUG")}, {"MUG": 5}
    )
    assert [p.reason for p in problems] == [HoldReason.INCOMPLETE_ADDRESS]
    assert named in said(problems[0].sentence)


def test_stock_short_counts_every_line_of_the_sku():
    o = order(line("MUG", 2), OrderLine("MUG", "gift-wrapped", 2, line_key="mug-2"))
    problems = workflow.verify_problems(o, {"MUG": product("MUG")}, {"MUG": 3})
    assert [p.reason for p in problems] == [HoldReason.OUT_OF_STOCK]
    assert "4 needed, only 3 can ship" in said(problems[0].sentence)


def test_stock_exactly_enough_is_not_short():
    o = order(line("MUG", 3))
    assert reasons(o, {"MUG": product("MUG")}, {"MUG": 3}) == []


def test_oversold_stock_reports_zero_not_a_negative():
    o = order(line("MUG", 1))
    problems = workflow.verify_problems(o, {"MUG": product("MUG")}, {"MUG": -4})
    assert "only 0 can ship" in said(problems[0].sentence)


def test_every_problem_is_listed_not_just_the_first():
    address = Address(**{**KR.__dict__, "phone": ""})
    o = order(line("GHOST", 1), line("MUG", 9), ship_to=address)
    assert set(reasons(o, {"MUG": product("MUG")}, {"MUG": 2})) == {
        HoldReason.UNKNOWN_SKU,
        HoldReason.INCOMPLETE_ADDRESS,
        HoldReason.OUT_OF_STOCK,
    }


# ---- pick --------------------------------------------------------------------------------


def counts(*orders: Order) -> list[tuple]:
    return [(o.order_number, ln.sku, ln.picked, ln.packed) for o in orders for ln in o.lines]


def test_take_pick_goes_to_the_first_order_still_short():
    first = order(line("MUG", 1, picked=1), number="A")
    second = order(line("MUG", 2), number="B")
    got_order, got_line = workflow.take_pick([first, second], "MUG", "880")
    assert got_order is second and got_line.picked == 1
    assert counts(first, second) == [("A", "MUG", 1, 0), ("B", "MUG", 1, 0)]


def test_take_pick_refuses_a_sku_not_on_the_list_and_changes_nothing():
    a = order(line("MUG", 1), number="A")
    before = counts(a)
    with pytest.raises(WrongScan, match=r"8800000010083 \(CASE\) is not on this pick list"):
        workflow.take_pick([a], "CASE", "8800000010083")
    assert counts(a) == before


def test_take_pick_refuses_one_too_many_and_changes_nothing():
    a = order(line("MUG", 1, picked=1), number="A")
    b = order(line("MUG", 2, picked=2), number="B")
    before = counts(a, b)
    with pytest.raises(WrongScan, match="All 3 of MUG are already picked"):
        workflow.take_pick([a, b], "MUG", "880")
    assert counts(a, b) == before


def test_fully_picked_means_every_line():
    o = order(line("MUG", 2, picked=2), line("TEE", 1))
    assert not workflow.is_fully_picked(o)
    o.lines[1].picked = 1
    assert workflow.is_fully_picked(o)


# ---- pack --------------------------------------------------------------------------------


def test_take_pack_counts_a_unit_into_the_box():
    o = order(line("MUG", 2, picked=2), line("TEE", 1, picked=1))
    got = workflow.take_pack(o, "MUG", "880")
    assert got.sku == "MUG"
    assert counts(o) == [("KS-7", "MUG", 2, 1), ("KS-7", "TEE", 1, 0)]


def test_take_pack_refuses_an_item_of_another_order_and_changes_nothing():
    o = order(line("MUG", 1, picked=1))
    with pytest.raises(WrongScan, match=r"\(TEE\) is not in order KS-7"):
        workflow.take_pack(o, "TEE", "8800000010021")
    assert counts(o) == [("KS-7", "MUG", 1, 0)]


def test_take_pack_refuses_one_too_many_and_changes_nothing():
    o = order(line("MUG", 2, picked=2, packed=2))
    with pytest.raises(WrongScan, match="All 2 of MUG are already in the box"):
        workflow.take_pack(o, "MUG", "880")
    assert counts(o) == [("KS-7", "MUG", 2, 2)]


def test_take_pack_never_packs_more_than_was_picked():
    o = order(line("MUG", 2, picked=1, packed=1))
    with pytest.raises(WrongScan):
        workflow.take_pack(o, "MUG", "880")
    assert counts(o) == [("KS-7", "MUG", 1, 1)]


def test_fully_packed_means_every_unit_of_every_line():
    o = order(line("MUG", 2, picked=2, packed=2), line("TEE", 1, picked=1))
    assert not workflow.is_fully_packed(o)
    o.lines[1].packed = 1
    assert workflow.is_fully_packed(o)
