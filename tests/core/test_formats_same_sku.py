"""The same SKU on two lines of one order: Shopify allows it (personalised items), so both
lines are kept, keyed apart, and picked and packed; formats with a line id keep refusing
a repeated one."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sample_files as make
from desk_helpers import lines_of
from wording import said

from fulfil_desk.core.exchange.formats import read_orders
from fulfil_desk.core.kernel.errors import WrongScan
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.kernel.resources import resource_path

S = OrderStatus
SEOUL = ZoneInfo("Asia/Seoul")
SAMPLES = resource_path("samples")


def shopify_personalised(tmp_path: Path) -> Path:
    """Order #2001: an engraved mug twice (two line items, one SKU, two prices) and a tee."""
    blank = dict.fromkeys(make.SHOPIFY_HEADER, "")
    first = blank | {
        "Name": "#2001", "Email": "buyer@example.com", "Financial Status": "paid",
        "Fulfillment Status": "unfulfilled", "Currency": "USD",
        "Created at": "2026-06-17 09:30:00 -0400", "Shipping Name": "Emily Chen",
        "Shipping Address1": "77 Massachusetts Ave", "Shipping City": "Cambridge",
        "Shipping Zip": "'02139", "Shipping Province": "MA", "Shipping Country": "US",
        "Shipping Phone": "+1 617-555-0142", "Id": "5500000201",
    }  # fmt: skip
    later = blank | {"Name": "#2001"}

    def item(base, qty, title, price, sku):
        return base | {"Lineitem quantity": str(qty), "Lineitem name": title,
                       "Lineitem price": price, "Lineitem sku": sku,
                       "Lineitem requires shipping": "true",
                       "Lineitem fulfillment status": "pending"}  # fmt: skip

    rows = [
        item(first, 1, "Stoneware Mug - White", "14.00", "DEMO-MUG"),  # engraved "Emily"
        item(later, 1, "Cotton Tee - M", "22.00", "DEMO-TEE-M"),
        item(later, 2, "Stoneware Mug - White", "16.50", "DEMO-MUG"),  # engraved "Grandpa"
    ]
    path = tmp_path / "orders_export.csv"
    table = [make.SHOPIFY_HEADER, *([row[c] for c in make.SHOPIFY_HEADER] for row in rows)]
    path.write_bytes(make._csv(table).encode("utf-8"))
    return path


def test_shopify_same_sku_on_two_lines_is_two_order_lines(tmp_path):
    path = shopify_personalised(tmp_path)
    result = read_orders(path, default_tz=SEOUL)
    assert result.problems == []
    [order] = result.orders
    lines = [(ln.line_key, ln.sku, ln.quantity, ln.unit_price_minor) for ln in order.lines]
    assert lines == [
        ("DEMO-MUG", "DEMO-MUG", 1, 1400),  # the first keeps its SKU as its key, as before
        ("DEMO-TEE-M", "DEMO-TEE-M", 1, 2200),
        ("DEMO-MUG#2", "DEMO-MUG", 2, 1650),
    ]
    assert read_orders(path, default_tz=SEOUL).orders == result.orders


def test_amazon_order_item_id_twice_in_an_order_is_still_refused(tmp_path):
    """order-item-id names one line: a second row with it is the same line written twice."""
    lines = (SAMPLES / "amazon-orders.txt").read_text(encoding="utf-8").splitlines()
    header, first = lines[0].split("\t"), lines[1].split("\t")
    again = list(first)
    again[header.index("sku")] = "DEMO-TEE-M"
    path = tmp_path / "amazon.txt"
    path.write_text("\n".join([*lines, "\t".join(again)]) + "\n", encoding="utf-8")
    result = read_orders(path, default_tz=SEOUL)
    [problem] = result.problems
    assert problem.column == "order-item-id" and "twice in order" in said(problem.reason)
    number = first[header.index("order-id")]
    assert number not in {o.order_number for o in result.orders}


def test_shopify_order_with_one_sku_twice_is_picked_and_packed_line_by_line(
    tmp_path, desk, dump, barcode
):
    path = shopify_personalised(tmp_path)
    report, _ = desk.exchange.import_orders(path)
    assert report.new == ["shopify #2001"] and report.lines == 3 and not report.skipped
    before = dump()
    again, changes = desk.exchange.import_orders(path)
    assert again.unchanged == ["shopify #2001"] and again.updated == []
    assert changes.orders == frozenset() and dump() == before

    order_id = desk.orders.find_order("#2001").id
    desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick([order_id])
    for _ in range(3):
        desk.flow.pick_scan(list_id, barcode["DEMO-MUG"])
    with pytest.raises(WrongScan, match="All 3 of DEMO-MUG are already picked"):
        desk.flow.pick_scan(list_id, barcode["DEMO-MUG"])
    desk.flow.pick_scan(list_id, barcode["DEMO-TEE-M"])
    assert desk.orders.order(order_id).status is S.PICKED
    assert lines_of(desk, order_id) == [
        ("DEMO-MUG", 1, 1, 0), ("DEMO-TEE-M", 1, 1, 0), ("DEMO-MUG", 2, 2, 0)
    ]  # fmt: skip

    for _ in range(3):
        desk.flow.pack_scan(order_id, barcode["DEMO-MUG"])
    with pytest.raises(WrongScan, match="All 3 of DEMO-MUG are already in the box"):
        desk.flow.pack_scan(order_id, barcode["DEMO-MUG"])
    desk.flow.pack_scan(order_id, barcode["DEMO-TEE-M"])
    desk.flow.finish_pack(order_id, box="S", weight_g=900)
    assert desk.orders.order(order_id).status is S.PACKED
    assert lines_of(desk, order_id) == [
        ("DEMO-MUG", 1, 1, 1), ("DEMO-TEE-M", 1, 1, 1), ("DEMO-MUG", 2, 2, 2)
    ]  # fmt: skip
