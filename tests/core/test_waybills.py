"""Waybill number bands: loading one (Lotte's check digits, CJ's numbers as given), the
refusals (nothing changed), the next number given as the label is made, never twice (two
Desks on one file), a spoiled label's number void, the Tracking step's match, the warning
when a courier's numbers run low."""

from __future__ import annotations

import pytest
from conftest import lotte

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.couriers import CourierRegistry, mod7_check_digit
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.waybills.bands import read_band
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
WORDS = Wording()
LOTTE_FIRST, LOTTE_LAST = lotte("40000000000"), lotte("40000000099")  # 100 numbers


def packed(add, drive, number: str) -> int:
    order_id = add(number, [("DEMO-MUG", 1)])
    drive(order_id, S.PACKED)
    return order_id


def test_a_lotte_band_is_its_run_of_bodies_each_with_its_check_digit():
    band = read_band(CourierRegistry.load(), "HYUNDAI", LOTTE_FIRST, LOTTE_LAST)
    assert (band.size, band.check_digit) == (100, "mod7")
    numbers = [band.number_at(i) for i in range(band.size)]
    assert numbers[0] == LOTTE_FIRST and numbers[-1] == LOTTE_LAST
    couriers = CourierRegistry.load()
    for number in numbers:
        assert int(number[:11]) % 7 == int(number[11]) == mod7_check_digit(number[:11])
        assert couriers.check("HYUNDAI", number).valid
    assert len(set(numbers)) == 100


def test_a_cj_band_is_taken_as_given_and_says_its_check_digits_are_not_verified(desk):
    row, changes = desk.waybills.add("CJGLS", first="600000000001", last="600000000500")
    assert (row.size, row.left, row.unverified) == (500, 500, True)
    assert "not verified" in WORDS(changes.message)
    assert desk.waybills.bands()[0].first == "600000000001"


@pytest.mark.parametrize(
    ("courier", "first", "last", "said"),
    [
        ("NOPE", "1", "2", "NOPE"),
        ("HYUNDAI", lotte("40000000000")[:-1] + "9", LOTTE_LAST, "the first number"),
        ("HYUNDAI", LOTTE_FIRST, lotte("40000000099")[:-1] + "9", "the last number"),
        ("HYUNDAI", LOTTE_LAST, LOTTE_FIRST, "comes after the last number"),
        ("CJGLS", "6000000001", "600000000500", "different numbers of digits"),
        ("CJGLS", "600000000001", "600002000001", "more than 1000000"),
        ("CJGLS", "60000000000A", "600000000500", "the first number"),
    ],
)
def test_a_bad_band_is_refused_saying_which_end_and_why_and_nothing_changes(
    desk, dump, courier, first, last, said
):
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.waybills.add(courier, first=first, last=last)
    assert said in WORDS(refused.value.message)
    assert dump() == before


def test_a_band_overlapping_one_loaded_is_refused_naming_the_other(desk, dump):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000500")
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.waybills.add("CJGLS", first="600000000400", last="600000000900")
    said = WORDS(refused.value.message)
    assert "600000000001 to 600000000500" in said and "overlaps" in said
    assert dump() == before
    desk.waybills.add("CJGLS", first="600000000501", last="600000000900")  # next to it: fine


def test_each_label_gets_the_next_number_in_order_and_prints_it(desk, add, drive, dump):
    desk.waybills.add("HYUNDAI", first=LOTTE_FIRST, last=LOTTE_LAST)
    desk.settings.set("default_courier", "HYUNDAI")
    ids = [packed(add, drive, f"W-{n}") for n in range(3)]
    for order_id in ids:
        desk.documents.label_pdf([order_id])
        desk.flow.label_done([order_id], how="test")
    given = [desk.orders.order(i).waybill_number for i in ids]
    assert given == [lotte(f"400000000{n:02d}") for n in range(3)]
    # Making the label again (a preview, a reprint) keeps the number.
    desk.documents.label_pdf([ids[0]])
    assert desk.orders.order(ids[0]).waybill_number == given[0]
    assert desk.waybills.bands()[0].used == 3
    kinds = [e["kind"] for e in desk._ctx.events.for_order(ids[0])]
    assert kinds.count("waybill_given") == 1


def test_the_label_pdf_carries_the_given_number_and_its_barcode(desk, add, drive, tmp_path):
    import subprocess

    desk.waybills.add("HYUNDAI", first=LOTTE_FIRST, last=LOTTE_LAST)
    desk.settings.set("default_courier", "HYUNDAI")
    order_id = packed(add, drive, "W-PDF")
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(desk.documents.label_pdf([order_id]))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert LOTTE_FIRST in text and "No tracking number yet" not in text
    assert "Lotte" in text  # the number's courier, though the order has not shipped
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "p")], check=True)
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", str(next(tmp_path.glob("p*.png")))],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert LOTTE_FIRST in found


def test_no_number_is_given_twice_by_two_desks_on_one_file(db_target, clock, desk, add, drive):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000010")
    ids = [packed(add, drive, f"W-{n}") for n in range(6)]
    other = Desk.open(db_target, clock=clock, actor="second", station="bench-2")
    try:
        for n, order_id in enumerate(ids):
            (desk if n % 2 else other).documents.label_pdf([order_id])
        given = [desk.orders.order(i).waybill_number for i in ids]
        assert given == [f"60000000000{n}" for n in range(1, 7)]
        assert other.waybills.bands()[0].left == 4
    finally:
        other.close()


def test_the_tracking_step_ships_only_the_number_given(desk, add, drive, dump):
    desk.waybills.add("HYUNDAI", first=LOTTE_FIRST, last=LOTTE_LAST)
    desk.settings.set("default_courier", "HYUNDAI")
    order_id = packed(add, drive, "W-T")
    desk.documents.label_pdf([order_id])
    desk.flow.label_done([order_id], how="test")
    before = dump()
    wrong = lotte("40000000050")
    with pytest.raises(BadTracking) as refused:
        desk.flow.ship(order_id, courier="HYUNDAI", tracking=wrong)
    said = WORDS(refused.value.message)
    assert f"must carry waybill number {LOTTE_FIRST}, you scanned {wrong}" in said
    with pytest.raises(BadTracking) as refused:
        desk.flow.ship(order_id, courier="CJGLS", tracking=LOTTE_FIRST)
    assert "COURIER:HYUNDAI" in WORDS(refused.value.message)
    assert dump() == before
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=LOTTE_FIRST)
    assert desk.orders.order(order_id).tracking_number == LOTTE_FIRST


def test_without_a_band_the_flow_is_as_before(desk, add, drive):
    order_id = packed(add, drive, "W-NONE")
    desk.documents.label_pdf([order_id])
    desk.flow.label_done([order_id], how="test")
    assert desk.orders.order(order_id).waybill_number is None
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=lotte("25527888300"))


def test_used_up_bands_say_so_at_the_label_step_and_the_flow_falls_back(desk, add, drive):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000001")
    first, second = packed(add, drive, "W-1"), packed(add, drive, "W-2")
    for order_id in (first, second):
        desk.documents.label_pdf([order_id])
    changes = desk.flow.label_done([second], how="test")
    assert "No CJ Logistics waybill numbers are left" in WORDS(changes.message)
    assert desk.orders.order(second).waybill_number is None
    desk.flow.ship(second, courier="CJGLS", tracking="700000000001")


def test_under_ten_percent_left_warns(desk, add, drive):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000010")
    assert desk.waybills.low_warning() is None
    desk.waybills.add("CJGLS", first="600000000011", last="600000000011")
    ids = [packed(add, drive, f"W-{n}") for n in range(10)]
    desk.documents.label_batch(ids)
    warning = desk.waybills.low_warning()
    assert warning is not None
    assert WORDS(warning) == "Waybill numbers running low (under 10 % left): CJ Logistics 1 of 11."


def test_a_spoiled_label_reprinted_voids_its_number_and_gets_the_next(desk, add, drive, barcode):
    desk.waybills.add("HYUNDAI", first=LOTTE_FIRST, last=LOTTE_LAST)
    desk.settings.set("default_courier", "HYUNDAI")
    order_id = packed(add, drive, "W-R")
    bench = Bench(desk=desk)
    bench.scan("W-R")
    assert bench.scan("").ok  # print
    desk.documents.label_pdf([order_id])
    bench.state.pending.clear()
    outcome = bench.label_done("test")
    assert f"it must be {LOTTE_FIRST}" in WORDS(outcome.message)
    kept = bench.scan("REPRINT:COURIER_ASKED")
    assert desk.orders.order(order_id).waybill_number == LOTTE_FIRST, kept.message
    outcome = bench.scan("REPRINT:DAMAGED")
    second = lotte("40000000001")
    assert f"{LOTTE_FIRST} is void; the new label carries {second}" in WORDS(outcome.message)
    assert desk.orders.order(order_id).waybill_number == second
    refused = bench.scan(LOTTE_FIRST)
    assert not refused.ok and f"you scanned {LOTTE_FIRST}" in WORDS(refused.message)
    row = desk.waybills.bands()[0]
    assert (row.used, row.void, row.left) == (2, 1, 98)
    assert bench.scan(second).ok


def test_void_by_hand_and_its_refusals(desk, add, drive, dump):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000010")
    order_id = packed(add, drive, "W-V")
    desk.documents.label_pdf([order_id])
    desk.flow.label_done([order_id], how="test")
    for number, error in [("600000000009", NotFound), ("", UserError)]:
        before = dump()
        with pytest.raises(error):
            desk.waybills.void(number or "600000000001", reason=number and "spoiled")
        assert dump() == before
    desk.waybills.void("600000000001", reason="spoiled")
    with pytest.raises(NotAllowed):
        desk.waybills.void("600000000001", reason="again")
    assert desk.orders.order(order_id).waybill_number is None
    desk.documents.label_pdf([order_id])  # the next label gets the next number
    assert desk.orders.order(order_id).waybill_number == "600000000002"
    desk.flow.ship(order_id, courier="CJGLS", tracking="600000000002")
    with pytest.raises(NotAllowed):
        desk.waybills.void("600000000002", reason="too late")


def test_a_batch_of_labels_takes_numbers_in_turn_and_says_when_a_band_is_used_up(desk, add, drive):
    desk.waybills.add("CJGLS", first="600000000001", last="600000000002")
    ids = [packed(add, drive, f"W-{n}") for n in range(3)]
    batch = desk.documents.label_batch(ids)
    assert [o.waybill_number for o in batch.orders] == ["600000000001", "600000000002", None]
    said = WORDS(desk.documents.labels_done(batch, how="test").message)
    assert "No CJ Logistics waybill numbers are left" in said


GIVE_IN_TURN = """
import sys
from fulfil_desk.core.desk import Desk

desk = Desk.open(sys.argv[1], station=sys.argv[2])
for order_id in map(int, sys.argv[3:]):
    desk.waybills.give([order_id])
desk.close()
"""


def test_two_stations_giving_numbers_at_once_never_give_one_twice(db_target, desk, add, drive):
    import subprocess
    import sys

    desk.waybills.add("CJGLS", first="600000000001", last="600000000100")
    skus = [p.sku for p in desk.products.products()]
    ids = [packed_sku(add, drive, f"W-{n}", skus[n % len(skus)]) for n in range(16)]
    stations = [
        subprocess.Popen(
            [sys.executable, "-c", GIVE_IN_TURN, str(db_target), f"bench-{k + 1}",
             *map(str, ids[k::2])]
        )
        for k in (0, 1)
    ]  # fmt: skip
    assert [s.wait(timeout=120) for s in stations] == [0, 0]
    given = [desk.orders.order(i).waybill_number for i in ids]
    assert sorted(given) == [f"6000000000{n:02d}" for n in range(1, 17)]
    assert desk.waybills.bands()[0].used == 16


def packed_sku(add, drive, number: str, sku: str) -> int:
    order_id = add(number, [(sku, 1)])
    drive(order_id, S.PACKED)
    return order_id


def test_an_order_cancelled_after_its_label_has_its_number_voided(desk, add, drive):
    from fulfil_desk.core.kernel.orders import CancelReason

    desk.waybills.add("CJGLS", first="600000000001", last="600000000010")
    first, second = packed(add, drive, "W-C1"), packed(add, drive, "W-C2")
    desk.documents.label_pdf([first])
    desk.flow.cancel(first, next(iter(CancelReason)))
    desk.documents.label_pdf([second])
    assert desk.orders.order(first).waybill_number is None
    assert desk.orders.order(second).waybill_number == "600000000002"
    assert (desk.waybills.bands()[0].used, desk.waybills.bands()[0].void) == (2, 1)
