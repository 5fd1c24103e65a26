"""The end-of-day handover: each courier's open list, scan-out, closing (refused or forced),
the closed list read again, the audit trail."""

from __future__ import annotations

import pytest
from desk_helpers import query
from handover_helpers import cj, later, shipped

from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import ENGLISH_WORDING as words

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def numbers(listed) -> list[str]:
    return [p.order_number for p in listed.parcels]


def test_the_open_list_holds_the_couriers_parcels_shipped_at_the_bench(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    shipped(desk, add, drive, "H-2", courier="HYUNDAI")
    add("H-3", [("DEMO-MUG", 1)])  # not shipped
    labelled = add("H-4", [("DEMO-MUG", 1)])
    drive(labelled, OrderStatus.LABELLED)
    listed = desk.handover.open_list("cjgls")
    assert listed.courier == "CJGLS" and numbers(listed) == ["H-1"]
    parcel = listed.parcels[0]
    assert (parcel.tracking_number, parcel.city, parcel.weight_g, parcel.box) == (
        cj(a),
        "서울특별시",
        500,
        "S",
    )
    assert numbers(desk.handover.open_list("HYUNDAI")) == ["H-2"]
    assert desk.handover.couriers_waiting() == ["CJGLS", "HYUNDAI"]


def test_a_reshipment_is_a_parcel_of_its_own(desk, add, drive):
    original = shipped(desk, add, drive, "H-1")
    reship_id, _ = desk.reships.reship(original, reason="lost")
    drive(reship_id, OrderStatus.LABELLED)
    desk.flow.ship(reship_id, courier="CJGLS", tracking=cj(900))
    assert numbers(desk.handover.open_list("CJGLS")) == ["H-1", "H-1-R1"]


def test_closing_takes_the_list_and_the_next_one_starts_after_it(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    b = shipped(desk, add, drive, "H-2")
    desk.handover.scan_out(a)
    desk.handover.scan_out(b, courier="CJGLS")
    later(desk)
    handover_id, changes = desk.handover.close("CJGLS", driver="  Park   Jisung ")
    assert words(changes.message) == (
        f"Handover list HO-{handover_id} closed: 2 parcels to CJ Logistics, driver Park Jisung."
    )
    assert desk.handover.open_list("CJGLS").parcels == ()
    later(desk)
    shipped(desk, add, drive, "H-3")
    assert numbers(desk.handover.open_list("CJGLS")) == ["H-3"]
    closed = desk.handover.closed(handover_id)
    assert numbers(closed) == ["H-1", "H-2"] and closed.missing == ()
    assert (closed.driver, closed.closed_by, closed.forced) == ("Park Jisung", "tester", False)
    assert closed.code == f"HO-{handover_id}"


def test_closing_one_courier_leaves_the_others_list(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    shipped(desk, add, drive, "H-2", courier="HYUNDAI")
    desk.handover.scan_out(a)
    desk.handover.close("CJGLS", driver="Kim")
    assert numbers(desk.handover.open_list("HYUNDAI")) == ["H-2"]


def test_close_is_refused_naming_the_parcels_not_scanned_out(desk, add, drive, dump):
    a = shipped(desk, add, drive, "H-1")
    shipped(desk, add, drive, "H-2")
    shipped(desk, add, drive, "H-3")
    desk.handover.scan_out(a)
    before = dump()
    with pytest.raises(NotAllowed) as refused:
        desk.handover.close("CJGLS", driver="Kim")
    assert words(refused.value.message) == (
        "2 parcels of the CJ Logistics list are not scanned out: H-2, H-3."
    )
    assert dump() == before


def test_a_forced_close_leaves_the_others_for_the_next_list(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    b = shipped(desk, add, drive, "H-2")
    desk.handover.scan_out(a)
    first, changes = desk.handover.close("CJGLS", driver="Kim", force=True)
    assert "1 not handed over stay for the next list" in words(changes.message)
    closed = desk.handover.closed(first)
    assert closed.forced and [p.order_number for p in closed.missing] == ["H-2"]
    assert [p.order_number for p in closed.scanned] == ["H-1"]
    later(desk)
    shipped(desk, add, drive, "H-3")
    assert numbers(desk.handover.open_list("CJGLS")) == ["H-2", "H-3"]
    assert desk.handover.open_list("CJGLS").parcels[0].left == 1
    desk.handover.scan_out(b)
    second, _ = desk.handover.close("CJGLS", driver="Lee", force=True)
    assert numbers(desk.handover.closed(second)) == ["H-2", "H-3"]
    assert numbers(desk.handover.open_list("CJGLS")) == ["H-3"]


@pytest.mark.parametrize(
    ("driver", "expected"),
    [("", "Give the driver's name"), ("x" * 61, "The driver's name is 61 characters long")],
)
def test_a_close_without_a_driver_is_refused(desk, add, drive, dump, driver, expected):
    desk.handover.scan_out(shipped(desk, add, drive, "H-1"))
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.handover.close("CJGLS", driver=driver)
    assert words(refused.value.message).startswith(expected)
    assert dump() == before


def test_closing_nothing_or_none_scanned_is_refused(desk, add, drive):
    with pytest.raises(NotAllowed, match="has no parcel"):
        desk.handover.close("CJGLS", driver="Kim")
    shipped(desk, add, drive, "H-1")
    with pytest.raises(NotAllowed, match="No parcel of the CJ Logistics list is scanned out"):
        desk.handover.close("CJGLS", driver="Kim", force=True)


def test_scan_out_refusals_change_nothing(desk, add, drive, dump):
    a = shipped(desk, add, drive, "H-1")
    lotte_id = shipped(desk, add, drive, "H-2", courier="HYUNDAI")
    waiting = add("H-3", [("DEMO-MUG", 1)])
    desk.handover.scan_out(a)
    before = dump()
    cases = [
        (waiting, None, "Order H-3 is new, not shipped: it cannot be handed over."),
        (lotte_id, "CJGLS", "Order H-2 went with Lotte, not CJ Logistics"),
        (a, None, "Order H-1 is scanned out already"),
    ]
    for order_id, courier, said in cases:
        with pytest.raises(NotAllowed) as refused:
            desk.handover.scan_out(order_id, courier=courier)
        assert words(refused.value.message).startswith(said)
    with pytest.raises(NotFound):
        desk.handover.scan_out(a, courier="NOSUCH")
    assert dump() == before


def test_a_parcel_handed_over_cannot_be_scanned_again(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    desk.handover.scan_out(a)
    handover_id, _ = desk.handover.close("CJGLS", driver="Kim")
    with pytest.raises(NotAllowed, match=f"handed over already, on handover list HO-{handover_id}"):
        desk.handover.scan_out(a)


def test_a_delivered_parcel_is_on_no_list(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    desk.transit.mark_delivered(cj(a), at=desk.clock.now().isoformat())
    assert desk.handover.open_list("CJGLS").parcels == ()
    with pytest.raises(NotAllowed, match="delivered already"):
        desk.handover.scan_out(a)


def test_the_audit_trail_has_the_scans_and_the_close(desk, add, drive, db_target):
    a = shipped(desk, add, drive, "H-1")
    desk.handover.scan_out(a)
    handover_id, _ = desk.handover.close("CJGLS", driver="Kim")
    rows = query(db_target, "SELECT kind, order_id, actor FROM events WHERE kind IN"
                          " ('scanned_out', 'handover_closed') ORDER BY id")  # fmt: skip
    assert rows == [("scanned_out", a, "tester"), ("handover_closed", None, "tester")]
    assert handover_id == 1


def test_parcels_handed_over_per_day(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    b = shipped(desk, add, drive, "H-2")
    desk.handover.scan_out(a)
    desk.handover.scan_out(b)
    desk.handover.close("CJGLS", driver="Kim")
    today = desk.calendar.today()
    assert desk.handover.handed_over_by_day(today, today) == {today: 2}
    day, total = desk.stats.packer_stats()  # the packer statistics count the scans out
    assert (day.day, day.handed_over, total.handed_over) == (today, 2, 2)


def test_an_unknown_list_is_refused(desk):
    with pytest.raises(NotFound, match="no closed handover list 7"):
        desk.handover.closed(7)
