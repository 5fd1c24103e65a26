"""A reshipment from the bench: RESHIP:<reason> on a shipped order, the whole bench by scans,
and its tracking number on the original bundle's rows of the Wing upload."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from conftest import lotte

from fulfil_desk.core.bench.commands import DONE, QUEUE, for_page, sheet_entries
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import CancelReason, OrderStatus
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
SAMPLES = resource_path("samples")
BUNDLE = "310000000101"  # two rows: a mug and two T-shirts, 주문번호 20000001001
FIRST, AGAIN = lotte("25527888311"), lotte("25527888399")
EN = Wording()


@pytest.fixture
def wing_shop(desk, drive, tmp_path):
    """The Wing DeliveryList imported, bundle 101 shipped and already uploaded to Wing."""
    desk.exchange.import_orders(SAMPLES / "coupang-deliverylist-40.xlsx")
    order_id = desk.orders.find_order(BUNDLE).id
    drive(order_id, S.SHIPPED, tracking=FIRST)
    desk.exchange.export_tracking("coupang", tmp_path / "first-upload.xlsx")
    return order_id


def walk(bench: Bench, barcode, order_id: int) -> None:
    """From Verify to shipped by scans alone."""
    desk = bench.desk
    while bench.state.page != "tracking":
        order = desk.orders.order(order_id)
        page = bench.state.page
        if page == "pick" and order.status is S.PICKING:
            code = barcode[next(ln for ln in order.lines if ln.picked < ln.quantity).sku]
        elif page == "pack":
            short = [ln for ln in order.lines if ln.packed < ln.quantity]
            code = barcode[short[0].sku] if short else ""
        else:
            code = ""
        outcome = bench.scan(code)
        assert outcome.ok, EN(outcome.message)
        while bench.state.pending:
            bench.state.pending.pop(0)
            assert bench.label_done("test").ok
    assert bench.scan("COURIER:HYUNDAI").ok
    outcome = bench.scan(AGAIN)
    assert outcome.ok, EN(outcome.message)


def test_a_lost_parcel_reshipped_from_the_bench_reaches_the_wing_upload(
    desk, wing_shop, barcode, tmp_path
):
    bench = Bench(desk=desk)
    assert bench.scan(BUNDLE).ok and bench.state.page == DONE
    mugs = desk.products.product("DEMO-MUG").on_hand
    outcome = bench.scan("RESHIP:LOST")
    assert outcome.ok, EN(outcome.message)
    reship = desk.orders.find_order(f"{BUNDLE}-R1")
    assert bench.state.page == "verify" and bench.state.order_id == reship.id
    assert EN(outcome.message) == (
        f"Reshipment {BUNDLE}-R1 created for {BUNDLE} (lost): 3 units to send. "
        "Press Enter to verify it."
    )
    walk(bench, barcode, reship.id)
    reship = desk.orders.order(reship.id)
    assert reship.status is S.SHIPPED and reship.tracking_number == AGAIN
    assert desk.products.product("DEMO-MUG").on_hand == mugs - 1
    assert desk.orders.order(wing_shop).tracking_number == FIRST  # the original's stays

    out = tmp_path / "reship-upload.xlsx"
    report, _ = desk.exchange.export_tracking("coupang", out)
    assert report.orders == [f"coupang {BUNDLE}-R1"]
    sheet = openpyxl.load_workbook(out)["Delivery"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert [(r["묶음배송번호"], r["주문번호"], r["업체상품코드"]) for r in rows] == [
        (BUNDLE, "20000001001", "DEMO-MUG"),
        (BUNDLE, "20000001001", "DEMO-TEE-M"),
    ]
    assert {(r["택배사"], r["운송장번호"]) for r in rows} == {("롯데택배", AGAIN)}


def test_a_partial_reship_writes_only_its_skus_rows_and_the_csv_names_the_original(
    desk, wing_shop, drive, tmp_path
):
    new_id, _ = desk.reships.reship(wing_shop, reason="missing_item", lines=[("DEMO-TEE-M", 1)])
    drive(new_id, S.SHIPPED, tracking=AGAIN)
    out = tmp_path / "upload.xlsx"
    desk.exchange.export_tracking("coupang", out)
    sheet = openpyxl.load_workbook(out)["Delivery"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert [(r["업체상품코드"], r["운송장번호"]) for r in rows] == [("DEMO-TEE-M", AGAIN)]

    desk.exchange.export_tracking("csv", tmp_path / "all.csv", include_exported=True)
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    listed = {r["tracking_number"]: r for r in csv.DictReader(io.StringIO(text))}
    assert listed[AGAIN]["order_number"] == BUNDLE
    assert listed[AGAIN]["reshipment"] == f"{BUNDLE}-R1"
    assert listed[FIRST]["order_number"] == BUNDLE and listed[FIRST]["reshipment"] == ""


def test_amazon_file_leaves_a_reship_out_in_one_sentence(desk, drive, tmp_path):
    desk.exchange.import_orders(SAMPLES / "amazon-unshipped.txt")
    order = desk.orders.find_order("114-1000001-0000001")
    drive(order.id, S.SHIPPED, tracking=FIRST)
    desk.exchange.export_tracking("amazon", tmp_path / "confirm.txt")
    new_id, _ = desk.reships.reship(order.id, reason="damaged")
    drive(new_id, S.SHIPPED, tracking=AGAIN)
    with pytest.raises(UserError) as refused:
        desk.exchange.export_tracking("amazon", tmp_path / "again.txt")
    said = EN(refused.value.message)
    assert "Reshipment 114-1000001-0000001-R1 is left out" in said
    assert "Amazon's shipping confirmation file has no reshipment upload" in said
    assert not (tmp_path / "again.txt").exists()


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("RESHIP", "Say why the order is sent again: scan one of"),
        ("RESHIP:STOLEN", "'STOLEN' is not a reshipment reason"),
        ("RESHIP:EXCHANGE", "'EXCHANGE' is not a reshipment reason"),
    ],
)
def test_a_reship_scan_without_a_good_reason_is_refused(desk, wing_shop, dump, code, said):
    bench = Bench(desk=desk)
    assert bench.scan(BUNDLE).ok
    before = dump()
    outcome = bench.scan(code)
    assert not outcome.ok and EN(outcome.message).startswith(said)
    assert bench.state.page == DONE
    after = dump()
    after.pop("refused_scans", None), before.pop("refused_scans", None)
    assert after == before


def test_reship_at_receive_needs_a_shipped_order_shown_first(desk, add, drive, dump):
    bench = Bench(desk=desk)
    outcome = bench.scan("RESHIP:LOST")
    assert not outcome.ok and bench.state.page == QUEUE
    assert EN(outcome.message) == "Scan the shipped order first, then RESHIP:<reason>."
    cancelled = add("A-9", [("DEMO-MUG", 1)])
    desk.flow.cancel(cancelled, CancelReason.OUT_OF_STOCK)
    assert bench.scan("A-9").ok and bench.state.page == DONE
    outcome = bench.scan("RESHIP:LOST")
    assert not outcome.ok
    assert EN(outcome.message).startswith("Order A-9 is cancelled, not shipped")


def test_the_command_is_in_the_help_and_on_the_sheet():
    assert "RESHIP" in [c.name for c in for_page(DONE)]
    codes = [e.code for e in sheet_entries(boxes=[], couriers=[], badges=[])]
    assert {"RESHIP:LOST", "RESHIP:DAMAGED", "RESHIP:WRONG_ITEM", "RESHIP:MISSING_ITEM"} <= set(
        codes
    )


def test_the_wing_upload_imported_back_knows_the_reships_number(desk, wing_shop, drive, tmp_path):
    new_id, _ = desk.reships.reship(wing_shop, reason="lost")
    drive(new_id, S.SHIPPED, tracking=AGAIN)
    out = tmp_path / "upload.xlsx"
    desk.exchange.export_tracking("coupang", out)
    report, _ = desk.exchange.import_orders(out)
    assert (report.new, report.updated, report.warnings) == ([], [], [])
    assert desk.orders.order(wing_shop).tracking_number == FIRST
    assert desk.orders.order(new_id).tracking_number == AGAIN
