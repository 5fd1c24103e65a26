"""Importing marketplace files into the shop: re-imports, cancellations, history, previews."""

from __future__ import annotations

import pytest
import sample_files as make
from conftest import dump_db
from db_dump import connect
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.kernel.resources import resource_path

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
SAMPLES = resource_path("samples")
WING = SAMPLES / "coupang-deliverylist-40.xlsx"


def query(db_target, sql: str, *params) -> list[tuple]:
    con = connect(db_target)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def wing(tmp_path, rows, name="wing.xlsx", layout="40"):
    path = tmp_path / name
    path.write_bytes(make.coupang_workbook(rows, layout, title_row=False))
    return path


def rows_of(*bundles: str, **changes) -> list[dict]:
    return [{**r, **changes} for r in make.COUPANG_ROWS if r["묶음배송번호"][-3:] in bundles]


# --- Coupang ------------------------------------------------------------------------------


def test_coupang_bundles_are_orders_and_shipped_rows_are_history(desk, db_target):
    report, changes = desk.exchange.import_orders(WING)
    assert report.new == ["coupang 310000000101", "coupang 310000000102", "coupang 310000000103"]
    assert report.lines == 5 and len(changes.orders) == 3
    box = desk.orders.find_order("310000000102")
    assert box.status is S.NEW and len(box.lines) == 2
    assert box.lines[0].source["cells"]["주문번호"] == "20000001002"
    done = desk.orders.find_order("310000000103")
    shipped = (done.status, done.courier_code, done.tracking_number)
    assert shipped == (S.SHIPPED, "CJGLS", "631234567894")
    assert done.shipped_at == "2026-06-17T00:00:00+09:00"
    delivered = query(db_target, "SELECT delivered_at FROM shipments WHERE order_id = ?", done.id)
    assert delivered == [("2026-06-18T13:20:00+09:00",)]
    assert query(db_target, "SELECT COUNT(*) FROM stock_ledger WHERE order_id = ?", done.id) == [
        (0,)
    ]


@pytest.mark.parametrize(
    "name",
    [
        "coupang-deliverylist-40.xlsx",
        "coupang-deliverylist-39.xlsx",
        "amazon-unshipped.txt",
        "shopify-orders.csv",
        "ebay-orders-us.csv",
        "ebay-orders-uk.csv",
        "orders-gb18030.csv",
        "amazon-jp-orders.txt",
    ],
)
def test_importing_any_sample_twice_changes_nothing_the_second_time(desk, dump, name):
    first, _ = desk.exchange.import_orders(SAMPLES / name)
    assert first.new and not first.skipped
    before = dump()
    again, changes = desk.exchange.import_orders(SAMPLES / name)
    assert again.new == again.updated == again.cancelled == []
    assert len(again.unchanged) == len(first.new)
    assert changes.orders == frozenset()
    assert dump() == before


def test_a_changed_address_updates_the_order_and_warns_once_it_is_packed(desk, drive, tmp_path):
    desk.exchange.import_orders(WING)
    packed = desk.orders.find_order("310000000101").id
    drive(packed, S.PACKED)
    moved = rows_of("101", "102", "103", **{"수취인 주소": "서울특별시 용산구 한강대로 405"})
    report, _ = desk.exchange.import_orders(wing(tmp_path, moved))
    assert "coupang 310000000101" in report.updated
    assert said(report.details["coupang 310000000101"]).startswith("address: ")
    assert desk.orders.order(packed).ship_to.line1 == "서울특별시 용산구 한강대로 405"
    assert any(
        "re-print its label" in w and "310000000101" in w for w in map(said, report.warnings)
    )


def test_shipped_on_the_marketplace_marks_an_open_order_shipped_and_posts_stock(
    desk, db_target, tmp_path
):
    desk.exchange.import_orders(WING)
    order = desk.orders.find_order("310000000101")
    shipped = rows_of(
        "101",
        **{"출고일(발송일)": "2026-06-18", "택배사": "롯데택배", "운송장번호": "255278883171"},
    )
    report, changes = desk.exchange.import_orders(wing(tmp_path, shipped + rows_of("102", "103")))
    after = desk.orders.order(order.id)
    assert (after.status, after.courier_code, after.tracking_number) == (
        S.SHIPPED,
        "HYUNDAI",
        "255278883171",
    )
    assert changes.stock
    ledger = query(
        db_target, "SELECT sku, delta FROM stock_ledger WHERE order_id = ? ORDER BY sku", order.id
    )
    assert ledger == [("DEMO-MUG", -1), ("DEMO-TEE-M", -2)]
    assert any("Do not pack it again" in said(w) for w in report.warnings)


def test_a_bad_row_refuses_the_whole_workbook_unless_skip_bad(desk, dump, tmp_path):
    bad = rows_of("101", "102") + [{**rows_of("103")[0], "주문일": "어제"}]
    path = wing(tmp_path, bad)
    before = dump()
    with pytest.raises(BadFile) as caught:
        desk.exchange.import_orders(path)
    assert "row 6, column '주문일'" in said(caught.value)
    assert dump() == before
    report, _ = desk.exchange.import_orders(path, skip_bad=True)
    assert len(report.new) == 2 and [(p.row, p.column) for p in report.skipped] == [(6, "주문일")]


# --- cancellations ------------------------------------------------------------------------


def test_shopify_cancelled_at_is_a_buyer_cancellation(desk, tmp_path):
    text = make.shopify().decode("utf-8")
    path = tmp_path / "before.csv"
    path.write_text(text.replace("2026-06-17 12:30:00 -0400", ""), encoding="utf-8")
    desk.exchange.import_orders(path)
    assert desk.orders.find_order("#1002").status is S.NEW
    report, changes = desk.exchange.import_orders(SAMPLES / "shopify-orders.csv")
    cancelled = desk.orders.find_order("#1002")
    assert report.cancelled == ["shopify #1002"]
    assert (cancelled.status, cancelled.cancelled_by, cancelled.cancel_reason) == (
        S.CANCELLED,
        "buyer",
        "buyer_requested",
    )
    assert changes.stock and cancelled.id in changes.orders


def test_a_buyer_cancellation_of_a_shipped_order_only_warns(desk, drive, tmp_path):
    text = make.shopify().decode("utf-8")
    path = tmp_path / "before.csv"
    path.write_text(text.replace("2026-06-17 12:30:00 -0400", ""), encoding="utf-8")
    desk.exchange.import_orders(path)
    order_id = desk.orders.find_order("#1002").id
    drive(order_id, S.SHIPPED)
    report, _ = desk.exchange.import_orders(SAMPLES / "shopify-orders.csv")
    assert report.cancelled == [] and desk.orders.order(order_id).status is S.SHIPPED
    assert any("after it shipped" in said(w) for w in report.warnings)


def test_an_order_missing_from_a_complete_list_is_cancelled_only_inside_its_range(desk, tmp_path):
    desk.exchange.import_orders(WING)
    # Only bundle 101 (ordered 09:12): 102 (14:40) is outside the file's range, so it stays.
    report, _ = desk.exchange.import_orders(wing(tmp_path, rows_of("101"), "only-101.xlsx"))
    assert report.cancelled == []
    assert desk.orders.find_order("310000000102").status is S.NEW
    # A file from 09:12 to 18:00 without 102: now it is gone from the marketplace's list.
    later = {
        **make.COUPANG_ROWS[0],
        "묶음배송번호": "310000000109",
        "주문번호": "20000001009",
        "주문일": "2026-06-17 18:00:00",
    }
    report, _ = desk.exchange.import_orders(wing(tmp_path, [*rows_of("101"), later], "later.xlsx"))
    assert report.cancelled == ["coupang 310000000102"]
    gone = desk.orders.find_order("310000000102")
    assert (gone.status, gone.cancelled_by) == (S.CANCELLED, "buyer")
    assert "no longer in later.xlsx" in said(report.details["coupang 310000000102"])
    assert desk.orders.find_order("310000000103").status is S.SHIPPED  # shipped: never touched


def test_a_missing_order_already_being_picked_only_warns(desk, drive, tmp_path):
    desk.exchange.import_orders(WING)
    picking = desk.orders.find_order("310000000102").id
    drive(picking, S.PICKING)
    later = {
        **make.COUPANG_ROWS[0],
        "묶음배송번호": "310000000109",
        "주문번호": "20000001009",
        "주문일": "2026-06-17 18:00:00",
    }
    report, _ = desk.exchange.import_orders(wing(tmp_path, [*rows_of("101"), later]))
    assert report.cancelled == [] and desk.orders.order(picking).status is S.PICKING
    assert any("310000000102 is no longer in" in said(w) for w in report.warnings)


def test_files_that_are_not_complete_lists_cancel_nothing_missing(desk, tmp_path):
    desk.exchange.import_orders(SAMPLES / "amazon-unshipped.txt", format="amazon")
    lines = make.amazon_unshipped().decode().splitlines()
    path = tmp_path / "one.txt"
    newer = (
        lines[3]
        .replace("114-1000002-0000002", "114-1000003-0000003")
        .replace("2026-06-17T18:45:00+00:00", "2026-06-17T23:00:00+00:00")
    )
    path.write_text("\n".join([*lines[:3], newer]), encoding="utf-8")  # without 114-1000002
    report, _ = desk.exchange.import_orders(path, format="amazon")
    assert report.cancelled == []
    report, _ = desk.exchange.import_orders(path)  # detected: the Unshipped report, a complete list
    assert report.cancelled == ["amazon 114-1000002-0000002"]


def test_an_order_cancelled_for_being_missing_comes_back_when_listed_again(desk, tmp_path):
    desk.exchange.import_orders(WING)
    later = {
        **make.COUPANG_ROWS[0],
        "묶음배송번호": "310000000109",
        "주문번호": "20000001009",
        "주문일": "2026-06-17 18:00:00",
    }
    desk.exchange.import_orders(wing(tmp_path, [*rows_of("101"), later]))
    assert desk.orders.find_order("310000000102").status is S.CANCELLED
    report, _ = desk.exchange.import_orders(WING)
    assert desk.orders.find_order("310000000102").status is S.NEW
    assert "coupang 310000000102" in report.updated
    assert any("back in the queue" in said(w) for w in report.warnings)


def test_refused_rows_without_an_order_number_stop_the_missing_rule(desk, tmp_path):
    desk.exchange.import_orders(WING)
    later = {
        **make.COUPANG_ROWS[0],
        "묶음배송번호": "310000000109",
        "주문번호": "20000001009",
        "주문일": "2026-06-17 18:00:00",
    }
    nameless = {**make.COUPANG_ROWS[2], "묶음배송번호": "", "주문번호": ""}
    path = wing(tmp_path, [*rows_of("101"), later, nameless])
    report, _ = desk.exchange.import_orders(path, skip_bad=True)
    assert report.cancelled == []
    assert any("no order was cancelled" in said(w) for w in report.warnings)


# --- preview ------------------------------------------------------------------------------


def _same(preview, report) -> None:
    for name in ("new", "updated", "unchanged", "cancelled", "warnings", "details", "lines"):
        assert getattr(preview, name) == getattr(report, name), name
    assert preview.entries() == report.entries()


def test_preview_changes_nothing_and_equals_the_import(desk, dump, drive, tmp_path):
    before = dump()
    preview = desk.exchange.preview_import(WING)
    assert dump() == before
    report, _ = desk.exchange.import_orders(WING)
    _same(preview, report)
    drive(desk.orders.find_order("310000000101").id, S.PACKED)
    later = {
        **make.COUPANG_ROWS[0],
        "묶음배송번호": "310000000109",
        "주문번호": "20000001009",
        "주문일": "2026-06-17 18:00:00",
    }
    moved = rows_of("101", **{"수취인 주소": "서울특별시 용산구 한강대로 405"})
    path = wing(tmp_path, [*moved, later, {**rows_of("103")[0], "구매수(수량)": "0"}])
    before = dump()
    preview = desk.exchange.preview_import(path)
    assert dump() == before
    assert preview.refused_whole and [e[0] for e in preview.entries()] == [
        "new",
        "updated",
        "cancelled",
        "refused",
    ]
    report, _ = desk.exchange.import_orders(path, skip_bad=True)
    _same(preview, report)


def test_preview_of_a_bad_file_lists_its_refused_rows(desk):
    preview = desk.exchange.preview_import(resource_path("samples/orders-bad.csv"))
    assert preview.refused_whole
    kind, row, _detail = preview.entries()[-1]
    assert (kind, said(row)) == ("refused", "row 4")


@pytest.mark.parametrize("name", ["amazon-orders.txt", "amazon-unshipped.txt", "orders.csv"])
def test_one_parse_previewed_then_imported_imports_as_a_direct_import(clock, tmp_path, name):
    """The import dialog previews a parse and then imports that same parse."""
    shops = []
    for label in ("previewed", "direct"):
        desk = Desk.open(tmp_path / f"{label}.db", clock=clock, actor="tester")
        if label == "previewed":
            parsed = desk.exchange.read_order_file(desk.exchange.order_file_request(SAMPLES / name))
            preview = desk.exchange.preview_parsed(parsed)
            report, _ = desk.exchange.import_parsed(parsed)
            _same(preview, report)
        else:
            desk.exchange.import_orders(SAMPLES / name)
        desk.close()
        tables = dump_db(tmp_path / f"{label}.db")
        shops.append({t: tables[t] for t in ("orders", "order_lines", "shipments", "events")})
    previewed, direct = shops
    assert previewed["orders"] and previewed == direct
    sources = query(tmp_path / "previewed.db", "SELECT DISTINCT ship_by_source FROM orders")
    assert ("computed",) in sources or name == "amazon-unshipped.txt"


def test_every_new_order_has_its_own_imported_event(desk, db_target):
    report, _ = desk.exchange.import_orders(SAMPLES / "amazon-orders.txt")
    events = query(
        db_target,
        "SELECT o.order_number, COUNT(e.id) FROM orders o LEFT JOIN events e"
        " ON e.order_id = o.id AND e.kind = 'imported' GROUP BY o.id ORDER BY o.id",
    )
    assert [f"amazon {number}" for number, _ in events] == report.new
    assert {count for _, count in events} == {1}
    detail = query(db_target, "SELECT DISTINCT actor, detail FROM events WHERE kind = 'imported'")
    assert detail == [("tester", '{"file": "amazon-orders.txt", "history": false}')]
