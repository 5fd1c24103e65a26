"""Cycle counts of one bin: scans saved as they come, differences posted when finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from db_dump import connect
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, UserError, WrongScan
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def ledger(db_target: Path, sku: str) -> list[tuple]:
    con = connect(db_target)
    try:
        return con.execute(
            "SELECT delta, reason, note FROM stock_ledger WHERE sku = ? ORDER BY id", [sku]
        ).fetchall()
    finally:
        con.close()


@pytest.fixture
def shared_bin(desk):
    """DEMO-CASE moved into DEMO-MUG's bin A-01-1: two SKUs to count there."""
    case = desk.products.product("DEMO-CASE")
    desk.products.save_product(Product(case.sku, case.name, "A-01-1", case.weight_g, case.barcodes))
    return "A-01-1"


def test_finishing_a_count_posts_the_differences_and_counts_unscanned_skus_as_zero(
    desk, barcode, db_target, shared_bin
):
    count_id, _ = desk.counts.start_count("a-01-1")  # the bin, whatever its case
    assert desk.counts.count_info(count_id)["bin_location"] == "A-01-1"
    for _ in range(3):
        desk.counts.count_scan(count_id, barcode["DEMO-MUG"])
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"], 5)
    changes = desk.counts.finish_count(count_id, note="monthly")
    assert "DEMO-CASE -10" in said(changes) and "DEMO-MUG -2" in said(changes)
    assert ledger(db_target, "DEMO-MUG")[-1] == (
        -2,
        "count",
        f"count {count_id} of bin A-01-1: monthly",
    )
    assert desk.products.product("DEMO-CASE").on_hand == 0
    lines = {r["sku"]: r for r in desk.counts.count_lines(count_id)}
    assert (lines["DEMO-CASE"]["counted"], lines["DEMO-CASE"]["expected"]) == (0, 10)
    assert (lines["DEMO-MUG"]["counted"], lines["DEMO-MUG"]["difference"]) == (8, -2)
    assert desk.counts.open_count() is None


def test_a_blind_count_hides_the_expected_quantities_until_it_is_finished(desk, barcode):
    count_id, _ = desk.counts.start_count("A-01-1", blind=True)
    assert desk.counts.count_lines(count_id) == []  # not even the bin's SKUs
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"], 4)
    (line,) = desk.counts.count_lines(count_id)
    assert (line["counted"], line["expected"], line["difference"]) == (4, None, None)
    desk.counts.finish_count(count_id)
    (line,) = desk.counts.count_lines(count_id)
    assert (line["counted"], line["expected"], line["difference"]) == (4, 10, -6)


def test_an_open_count_shows_the_whole_bin_with_expected(desk, barcode, shared_bin):
    count_id, _ = desk.counts.start_count("A-01-1")
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"])
    lines = {r["sku"]: (r["counted"], r["expected"]) for r in desk.counts.count_lines(count_id)}
    assert lines == {"DEMO-MUG": (1, 10), "DEMO-CASE": (0, 10)}


def test_blind_can_only_change_before_the_first_item(desk, barcode):
    count_id, _ = desk.counts.start_count("A-01-1")
    desk.counts.set_count_blind(count_id, True)
    assert desk.counts.count_info(count_id)["blind"]
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"])
    with pytest.raises(NotAllowed):
        desk.counts.set_count_blind(count_id, False)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda d, c, b: d.counts.count_scan(c, "NOT-A-CODE"), WrongScan),
        (lambda d, c, b: d.counts.count_scan(c, b["DEMO-CASE"]), WrongScan),  # kept in D-02-2
        (lambda d, c, b: d.counts.count_scan(c, b["DEMO-MUG"], -1), UserError),
        (lambda d, c, b: d.counts.count_scan(c, b["DEMO-MUG"], 0), UserError),
        (lambda d, c, b: d.counts.count_scan(c, b["DEMO-MUG"], 100_001), UserError),
        (lambda d, c, b: d.counts.count_set(c, b["DEMO-MUG"], 100_001), UserError),
        (lambda d, c, b: d.counts.start_count("D-02-2"), NotAllowed),  # one count at a time
        (lambda d, c, b: d.counts.start_count("Z-99-9"), NotFound),
        (lambda d, c, b: d.counts.start_count(""), NotFound),
        (lambda d, c, b: d.counts.count_scan(c + 1, b["DEMO-MUG"]), NotFound),
    ],
)
def test_wrong_count_input_is_refused_and_changes_nothing(desk, barcode, dump, call, error):
    count_id, _ = desk.counts.start_count("A-01-1")
    before = dump()
    with pytest.raises(error) as refused:
        call(desk, count_id, barcode)
    assert said(refused.value).endswith(".")
    assert dump() == before


def test_a_finished_or_cancelled_count_takes_no_more_scans(desk, barcode, db_target):
    count_id, _ = desk.counts.start_count("A-01-1")
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"], 2)
    before = ledger(db_target, "DEMO-MUG")
    desk.counts.cancel_count(count_id)
    assert ledger(db_target, "DEMO-MUG") == before and desk.counts.open_count() is None
    for call in (
        lambda: desk.counts.count_scan(count_id, barcode["DEMO-MUG"]),
        lambda: desk.counts.finish_count(count_id),
        lambda: desk.counts.cancel_count(count_id),
    ):
        with pytest.raises(NotAllowed, match="already cancelled"):
            call()


def test_a_count_survives_a_kill(db_target, desk, barcode, clock):
    count_id, _ = desk.counts.start_count("A-01-1", blind=True)
    desk.counts.count_scan(count_id, barcode["DEMO-MUG"], 6)
    desk.close()  # as good as a kill: every scan was committed
    again = Desk.open(db_target, clock=clock)
    try:
        assert again.counts.open_count() == count_id
        assert [(r["sku"], r["counted"]) for r in again.counts.count_lines(count_id)] == [
            ("DEMO-MUG", 6)
        ]
    finally:
        again.close()


def test_bins_list_what_can_be_counted_least_recently_counted_first(desk, clock):
    bins = desk.counts.count_bins()
    assert {b["bin_location"] for b in bins} == {p.bin_location for p in desk.products.products()}
    count_id, _ = desk.counts.start_count("A-01-1")
    desk.counts.finish_count(count_id)
    assert desk.counts.count_bins()[-1]["bin_location"] == "A-01-1"


def test_every_stock_use_case_appends_an_event(desk, barcode, db_target, tmp_path):
    def events() -> int:
        con = connect(db_target)
        try:
            return con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        finally:
            con.close()

    count_id = None

    def start():
        nonlocal count_id
        count_id, _ = desk.counts.start_count("A-01-1")

    for use_case in (
        lambda: desk.stock.receive_stock("DEMO-MUG", 1),
        lambda: desk.stock.count_stock("DEMO-MUG", 11),
        lambda: desk.stock.adjust_stock("DEMO-MUG", 1, "returned"),
        lambda: desk.stock.set_stock_limits("DEMO-MUG", 1, 1),
        lambda: desk.stock.export_shippable(tmp_path / "s.csv"),
        start,
        lambda: desk.counts.set_count_blind(count_id, True),
        lambda: desk.counts.count_scan(count_id, barcode["DEMO-MUG"]),
        lambda: desk.counts.count_set(count_id, barcode["DEMO-MUG"], 3),
        lambda: desk.counts.finish_count(count_id),
    ):
        before = events()
        use_case()
        assert events() == before + 1
