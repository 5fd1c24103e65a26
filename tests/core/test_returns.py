"""Returns: a resellable unit back on hand once, a damaged one never shippable, a wrong item
recorded without stock, refusals that change nothing, expected returns, the incident once."""

from __future__ import annotations

import pytest
from conftest import OPENING_STOCK, lotte

from fulfil_desk.core.aftersales.return_rules import Condition, ReturnLine, ReturnReason
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

R, D, W = Condition.RESELLABLE, Condition.DAMAGED, Condition.WRONG_ITEM
TRACKING = lotte("25527888300")


@pytest.fixture
def shipped(desk, add, drive):
    """A shipped order of two mugs and one T-shirt (stock: 10 each before it)."""
    order_id = add("R-1001", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)])
    drive(order_id, OrderStatus.SHIPPED, tracking=TRACKING)
    return order_id


def line(sku, n=1, condition=R, reason=ReturnReason.CHANGED_MIND):
    return ReturnLine(sku, n, condition, reason)


def ledger(desk, reason):
    return [r for r in desk.stock.stock_moves(limit=100, reason=reason)]


def test_a_resellable_unit_is_back_on_hand_once(desk, shipped):
    assert desk.stock.stock_levels("DEMO-MUG")[0]["on_hand"] == OPENING_STOCK - 2
    changes = desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    assert desk.stock.stock_levels("DEMO-MUG")[0]["on_hand"] == OPENING_STOCK - 1
    assert desk.stock.shippable("DEMO-MUG") == OPENING_STOCK - 1
    [row] = ledger(desk, "returned")
    assert (row["sku"], row["delta"]) == ("DEMO-MUG", 1)
    assert changes.stock and changes.scores
    [event] = [e for e in desk.orders.events(shipped) if e["kind"] == "return_received"]
    assert event["detail"]["lines"] == [["DEMO-MUG", 1, "resellable", "changed_mind"]]


def test_a_damaged_unit_never_becomes_shippable(desk, shipped, add):
    desk.returns.receive_return(
        order_id=shipped, lines=[line("DEMO-TEE-M", condition=D, reason=ReturnReason.DEFECTIVE)]
    )
    level = desk.stock.stock_levels("DEMO-TEE-M")[0]
    assert level["on_hand"] == OPENING_STOCK - 1
    assert [r["delta"] for r in ledger(desk, "returned")] == [1]
    assert [r["delta"] for r in ledger(desk, "damaged")] == [-1]
    # An order wanting every T-shirt left cannot be verified for one more.
    wants = add("R-2002", [("DEMO-TEE-M", OPENING_STOCK)])
    problems, _ = desk.flow.verify(wants)
    assert problems
    assert desk.orders.order(wants).status is OrderStatus.ON_HOLD


def test_a_wrong_item_is_recorded_against_the_order_without_stock(desk, shipped):
    before = desk.stock.stock_levels()
    desk.returns.receive_return(
        order_id=shipped, lines=[line("NOT-OURS-77", condition=W, reason=ReturnReason.OTHER)]
    )
    assert desk.stock.stock_levels() == before
    [ret] = desk.returns.returns(order_id=shipped)
    assert ret["status"] == "received"
    assert ret["lines"][0]["sku"] == "NOT-OURS-77"
    assert ret["lines"][0]["condition"] == "wrong_item"


def test_units_expected_but_not_in_the_parcel_are_listed(desk, shipped):
    changes = desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    said = changes.message
    assert said.key == "two_sentences"
    missing = said.params["then"]
    assert missing.key == "returns.missing"
    units = {(m.params["sku"], m.params["n"]) for m in missing.params["units"]}
    assert units == {("DEMO-MUG", 1), ("DEMO-TEE-M", 1)}
    [event] = [e for e in desk.orders.events(shipped) if e["kind"] == "return_received"]
    assert sorted(event["detail"]["missing"]) == [["DEMO-MUG", 1], ["DEMO-TEE-M", 1]]


@pytest.mark.parametrize(
    "lines, key",
    [
        ([], "returns.nothing_in_return"),
        ([line("DEMO-CAP")], "returns.sku_not_on_order"),
        ([line("DEMO-MUG", 3)], "returns.more_than_shipped"),
        ([line("DEMO-MUG", 1), line("DEMO-MUG", 2, condition=D)], "returns.more_than_shipped"),
        ([line("DEMO-MUG", 0)], "stock.quantity_out_of_range"),
    ],
)
def test_a_refused_return_changes_nothing(desk, shipped, dump, lines, key):
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.returns.receive_return(order_id=shipped, lines=lines)
    assert refused.value.message.key == key
    assert dump() == before


def test_earlier_returns_count_against_what_shipped(desk, shipped, dump):
    desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG", 2)])
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    assert refused.value.message.key == "returns.more_than_left"
    assert refused.value.message.params["before"] == 2
    assert dump() == before


def test_an_order_that_never_shipped_is_refused(desk, add, dump):
    order_id = add("R-3003", [("DEMO-MUG", 1)])
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.returns.receive_return(order_id=order_id, lines=[line("DEMO-MUG")])
    assert refused.value.message.key == "returns.not_shipped"
    with pytest.raises(UserError):
        desk.returns.expect_return(order_id=order_id, lines=[("DEMO-MUG", 1)], reason="other")
    assert dump() == before


def test_an_order_is_found_by_number_tracking_or_return_tracking(desk, shipped):
    assert desk.returns.order_of_code("R-1001") == shipped
    assert desk.returns.order_of_code(TRACKING) == shipped
    desk.returns.expect_return(
        order_id=shipped, lines=[("DEMO-MUG", 1)], reason="changed_mind", tracking="RET123456789"
    )
    assert desk.returns.order_of_code("RET123456789") == shipped
    with pytest.raises(UserError) as refused:
        desk.returns.order_of_code("NOPE-42")
    assert refused.value.message.key == "returns.no_order_or_tracking"


def test_an_expected_return_is_listed_then_received(desk, shipped):
    return_id = desk.returns.expect_return(
        order_id=shipped, lines=[("DEMO-TEE-M", 1)], reason="changed_mind"
    )
    [waiting] = desk.returns.expected_returns()
    assert waiting["id"] == return_id and waiting["order_number"] == "R-1001"
    assert desk.returns.expected_units(shipped) == {"DEMO-TEE-M": 1}
    changes = desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-TEE-M")])
    assert changes.message.key == "returns.received"  # nothing expected is missing
    assert desk.returns.expected_returns() == []
    [ret] = desk.returns.returns()
    assert ret["id"] == return_id and ret["status"] == "received"
    assert [ln["kind"] for ln in ret["lines"]] == ["expected", "received"]


def test_the_return_incident_is_recorded_once(desk, shipped):
    desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-TEE-M")])
    kinds = [i["kind"] for i in desk.scores.incidents(shipped)]
    assert kinds == ["return"]


def test_an_incident_entered_by_hand_is_not_counted_again(desk, shipped):
    desk.scores.record_incident(shipped, "return", reason="buyer wrote")
    desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    assert [i["kind"] for i in desk.scores.incidents(shipped)] == ["return"]


def test_a_return_entered_by_hand_after_the_bench_received_it_is_refused(desk, shipped, dump):
    desk.returns.receive_return(order_id=shipped, lines=[line("DEMO-MUG")])
    before = dump()
    with pytest.raises(UserError, match="Return is already recorded on order R-1001") as refused:
        desk.scores.record_incident(shipped, "return", reason="buyer wrote")
    assert "R-1001" in str(refused.value)
    assert dump() == before
    desk.scores.record_incident(shipped, "chargeback")  # another kind is another incident
    assert [i["kind"] for i in desk.scores.incidents(shipped)] == ["return", "chargeback"]
