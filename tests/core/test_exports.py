"""Shipment confirmation files: Amazon flat file, Coupang workbook, plain CSV, and round trips."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from conftest import lotte
from db_dump import connect

from fulfil_desk.core.exchange.cells import neutralise_cell as neutralise
from fulfil_desk.core.exchange.formats import coupang
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.kernel.resources import resource_path

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
SAMPLES = resource_path("samples")


def query(db_target, sql: str, *params) -> list[tuple]:
    con = connect(db_target)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def ship_all(desk, drive, marketplace: str, couriers: dict[str, tuple[str, str]]) -> None:
    for order in desk.orders.orders():
        if order.marketplace == marketplace and order.order_number in couriers:
            courier, number = couriers[order.order_number]
            drive(order.id, S.LABELLED)
            desk.flow.ship(order.id, courier=courier, tracking=number)


def test_amazon_confirmation_file(desk, drive, tmp_path, db_target):
    desk.exchange.import_orders(SAMPLES / "amazon-unshipped.txt")
    shipments = {
        "114-1000001-0000001": ("UPS", "1Z5R89390357567127"),
        "114-1000002-0000002": ("HYUNDAI", "255278883171"),
    }
    ship_all(desk, drive, "amazon", shipments)
    out = tmp_path / "confirm.txt"
    report, _ = desk.exchange.export_tracking("amazon", out)
    assert report.rows == 3 and len(report.orders) == 2
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")), delimiter="\t"))
    assert rows[0] == [
        "order-id",
        "order-item-id",
        "quantity",
        "ship-date",
        "carrier-code",
        "carrier-name",
        "tracking-number",
        "ship-method",
    ]
    by_item = {row[1]: row for row in rows[1:]}
    ups = by_item["60000000000011"]
    assert ups[0] == "114-1000001-0000001" and ups[2] == "2"
    assert ups[3] == "2026-06-18T10:00:00+09:00"  # ISO 8601 with offset
    assert (ups[4], ups[5], ups[6]) == ("UPS", "", "1Z5R89390357567127")
    lotte_row = by_item["60000000000021"]
    assert (lotte_row[4], lotte_row[5]) == ("Other", "Lotte Global Logistics")
    assert query(db_target, "SELECT format FROM tracking_exports") == [("amazon",)]
    assert len(query(db_target, "SELECT * FROM tracking_export_orders")) == 2
    kinds = query(db_target, "SELECT order_id FROM events WHERE kind = 'tracking_exported'")
    assert len(kinds) == 3  # one for the file, one per order
    assert not list(tmp_path.glob(".*.part"))


def test_only_new_shipments_unless_all(desk, drive, tmp_path):
    desk.exchange.import_orders(SAMPLES / "orders.csv")
    first = desk.orders.find_order("KS-1001").id
    drive(first, S.SHIPPED, tracking=lotte("25527888301"))
    report, _ = desk.exchange.export_tracking("csv", tmp_path / "a.csv")
    assert report.orders == ["csv KS-1001"]
    with pytest.raises(UserError, match="already in an earlier export.*use --all"):
        desk.exchange.export_tracking("csv", tmp_path / "b.csv")
    drive(desk.orders.find_order("KS-1002").id, S.SHIPPED, tracking=lotte("25527888302"))
    report, _ = desk.exchange.export_tracking("csv", tmp_path / "c.csv")
    assert report.orders == ["csv KS-1002"]
    report, _ = desk.exchange.export_tracking("csv", tmp_path / "d.csv", include_exported=True)
    assert report.orders == ["csv KS-1001", "csv KS-1002"]
    with pytest.raises(UserError, match="Nothing to export"):
        desk.exchange.export_tracking("amazon", tmp_path / "f.txt")


def test_csv_export_neutralises_formula_cells(desk, drive, tmp_path):
    from conftest import make_order

    from fulfil_desk.core.kernel.orders import Address

    evil = Address(
        name='=HYPERLINK("http://x")', phone="010", line1="서울 1", postal_code="1", country="KR"
    )
    desk.exchange.add_orders([make_order("E-1", [("DEMO-MUG", 1)], ship_to=evil)], source="test")
    drive(desk.orders.find_order("E-1").id, S.SHIPPED)
    out = tmp_path / "x.csv"
    desk.exchange.export_tracking("csv", out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert [neutralise(v) for v in ("+1", "-2", "@a", "ok", "")] == ["'+1", "'-2", "'@a", "ok", ""]


def test_coupang_export_then_import_back_records_tracking_and_duplicates_nothing(
    desk, drive, tmp_path, dump
):
    desk.exchange.import_orders(SAMPLES / "coupang-deliverylist-40.xlsx")
    desk.exchange.import_orders(SAMPLES / "coupang-deliverylist-39.xlsx")
    numbers = {
        "310000000101": lotte("25527888311"),
        "310000000102": lotte("25527888312"),
        "310000000201": lotte("25527888321"),
    }
    ship_all(desk, drive, "coupang", {n: ("HYUNDAI", t) for n, t in numbers.items()})
    out = tmp_path / "wing-upload.xlsx"
    report, _ = desk.exchange.export_tracking("coupang", out)
    # 310000000103 came shipped in the file: Wing knows it already. 202 is not shipped.
    assert sorted(report.orders) == [f"coupang {n}" for n in sorted(numbers)]
    book = openpyxl.load_workbook(out)
    sheet = book["Delivery"]
    header = [c.value for c in sheet[1]]
    assert header == list(coupang.COLUMNS_40)  # a mix of layouts is written in the newer one
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert len(rows) == 5  # one row per item: bundles 101 and 102 have two each
    assert {r["택배사"] for r in rows} == {"롯데택배"}
    assert {r["운송장번호"] for r in rows} == set(numbers.values())
    first = next(r for r in rows if r["옵션ID"] == "80001001")
    assert first["수취인 주소"] == "서울특별시 강남구 테헤란로 152 강남파이낸스센터 12층"
    assert first["배송메세지"] == "문 앞에 놓아주세요"
    assert first["주문번호"] == "20000001001" and first["번호"] == "1"
    before = dump()
    again, changes = desk.exchange.import_orders(out)
    assert again.new == [] and again.updated == [] and changes.orders == frozenset()
    after = dump()
    for table in ("orders", "shipments", "events", "tracking_exports", "stock_ledger"):
        assert after[table] == before[table], table
    # Only the lines' copy of the marketplace row is refreshed, now with 운송장번호 in it.
    line = desk.orders.find_order("310000000101").lines[0]
    assert line.source["cells"]["운송장번호"] == numbers["310000000101"]
    for number, tracking in numbers.items():
        assert desk.orders.find_order(number).tracking_number == tracking
    assert len(desk.orders.orders()) == 5


def test_coupang_export_keeps_a_39_column_file_in_its_layout(desk, drive, tmp_path):
    desk.exchange.import_orders(SAMPLES / "coupang-deliverylist-39.xlsx")
    ship_all(
        desk,
        drive,
        "coupang",
        {"310000000201": ("CJGLS", "631234567801"), "310000000202": ("HANJIN", "512345678901")},
    )
    out = tmp_path / "wing.xlsx"
    desk.exchange.export_tracking("coupang", out)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(coupang.COLUMNS_39)
    couriers = {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert couriers == {"CJ대한통운", "한진택배"}


def test_coupang_export_leaves_out_orders_not_from_a_deliverylist(desk, drive, tmp_path):
    from conftest import make_order

    desk.exchange.add_orders(
        [make_order("C-1", [("DEMO-MUG", 1)], marketplace="coupang")], source="api"
    )
    drive(desk.orders.find_order("C-1").id, S.SHIPPED)
    with pytest.raises(UserError, match="did not come from a DeliveryList"):
        desk.exchange.export_tracking("coupang", tmp_path / "w.xlsx")
    assert not (tmp_path / "w.xlsx").exists()


def test_many_orders_not_from_a_deliverylist_are_named_in_one_sentence(desk, drive, tmp_path):
    from conftest import lotte, make_order

    numbers = [f"C-{i}" for i in range(1, 5)]
    desk.exchange.add_orders(
        [make_order(n, [("DEMO-MUG", 1)], marketplace="coupang") for n in numbers], source="api"
    )
    for number in numbers:
        order_id = desk.orders.find_order(number).id
        drive(order_id, S.LABELLED)
        desk.flow.ship(order_id, courier="HYUNDAI", tracking=lotte(f"{order_id:011d}"))
    with pytest.raises(UserError) as refused:
        desk.exchange.export_tracking("coupang", tmp_path / "w.xlsx")
    said = str(refused.value)
    assert said.count("did not come from a DeliveryList") == 1
    assert all(number in said for number in numbers)


def test_unknown_export_format_is_refused(desk, tmp_path):
    with pytest.raises(UserError, match="not an export format"):
        desk.exchange.export_tracking("wish", tmp_path / "w.csv")
