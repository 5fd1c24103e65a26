"""The Handover page by scanner alone: HANDOVER at Receive, COURIER:<code> or a first parcel,
scans of tracking or order numbers, DRIVER:<name>, OK / FORCE; a restart resumes it."""

from __future__ import annotations

import pytest
from handover_helpers import cj, shipped

from fulfil_desk.core.bench.commands import PAGE_GUIDE, for_page, parse, sheet_entries
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.wording.render import ENGLISH_WORDING as words

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def said(outcome) -> str:
    return words(outcome.message)


def test_scans_hand_the_parcels_over_and_ok_closes(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    b = shipped(desk, add, drive, "H-2")
    bench = Bench(desk=desk)
    assert bench.scan("HANDOVER").ok and bench.state.page == "handover"
    first = bench.scan(cj(a))  # the first parcel picks the list
    assert first.ok and bench.handover.courier == "CJGLS"
    assert said(first) == f"H-1 ({cj(a)}) scanned out for CJ Logistics; 1 parcel left to scan."
    refused = bench.scan("")
    assert not refused.ok and "Give" not in said(refused)
    assert said(refused).startswith("1 parcel of the CJ Logistics list is not scanned out: H-2.")
    assert bench.scan("H-2").ok  # the order number does too
    prompt = bench.scan("OK")
    assert not prompt.ok and said(prompt) == (
        "Scan DRIVER:<name> or type the driver's name, then OK."
    )
    assert said(bench.scan("DRIVER:Park Jisung")) == "Driver: Park Jisung."
    done = bench.scan("OK")
    assert done.ok and said(done).startswith("Handover list HO-1 closed: 2 parcels")
    assert desk.handover.closed(1).driver == "Park Jisung"
    assert bench.handover.courier is None and bench.state.page == "handover"
    assert b in done.changes.orders


def test_force_closes_without_the_parcels_left(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    shipped(desk, add, drive, "H-2")
    bench = Bench(desk=desk)
    bench.scan("HANDOVER")
    assert bench.scan("COURIER:CJGLS").ok
    assert said(bench.scan("COURIER:CJGLS")) == "CJ Logistics list: 0 of 2 parcels scanned out."
    bench.scan(cj(a))
    bench.scan("DRIVER:Kim")
    assert bench.scan("FORCE").ok
    assert [p.order_number for p in desk.handover.open_list("CJGLS").parcels] == ["H-2"]


def test_what_is_no_parcel_is_refused_for_what_it_is(desk, add, drive, barcode, dump):
    shipped(desk, add, drive, "H-1")
    lotte_id = shipped(desk, add, drive, "H-2", courier="HYUNDAI")
    add("H-3", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    bench.scan("HANDOVER")
    bench.scan("COURIER:CJGLS")
    before = dump()
    product = bench.scan(barcode["DEMO-MUG"])
    assert not product.ok and said(product).startswith(
        f"{barcode['DEMO-MUG']} is the barcode of product DEMO-MUG, not a parcel"
    )
    assert said(bench.scan("H-3")).startswith("Order H-3 is new, not shipped")
    other = desk.orders.order(lotte_id)
    assert said(bench.scan(other.order_number)).startswith("Order H-2 went with Lotte")
    assert said(bench.scan("999999999999")).startswith("999999999999 is no parcel of this shop")
    assert said(bench.scan("PICK-ALL")) and not bench.scan("PICK-ALL").ok
    assert bench.state.page == "handover"
    assert dump() == before  # but for the refused-scans log


def test_a_restart_resumes_the_page_and_its_scans(desk, add, drive):
    a = shipped(desk, add, drive, "H-1")
    shipped(desk, add, drive, "H-2")
    bench = Bench(desk=desk)
    bench.scan("HANDOVER")
    bench.scan(cj(a))
    bench.scan("DRIVER:Kim")
    again = Bench(desk=desk)
    assert again.resume() is None and again.state.page == "handover"
    assert again.handover.courier == "CJGLS" and again.handover.driver == "Kim"
    listed = again.handover.open_list()
    assert listed is not None and [p.order_number for p in listed.scanned] == ["H-1"]
    left = again.scan("BACK")
    assert left.ok and again.state.page == "queue"
    assert "Left the CJ Logistics list: 1 parcel stays scanned out." in said(left)
    assert Bench(desk=desk).resume() is None


def test_the_page_has_its_commands_guide_and_sheet_codes():
    assert parse("HANDOVER").name == "HANDOVER"
    assert parse("DRIVER:Park Jisung").arg == "Park Jisung"
    assert {c.name for c in for_page("handover")} >= {"COURIER", "DRIVER", "FORCE", "OK", "BACK"}
    assert "handover" in PAGE_GUIDE
    codes = {e.code for e in sheet_entries(boxes=[], couriers=[], badges=[])}
    assert {"HANDOVER", "FORCE"} <= codes
