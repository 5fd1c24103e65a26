"""Amazon's All Orders report has no recipient or street address: it is known by its header
and refused with a sentence that names the report to download instead."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import amazon_all_orders as all_orders
import pytest
from wording import said

from fulfil_desk.core.exchange.formats import detect_format, read_orders
from fulfil_desk.core.kernel.errors import BadFile

SEOUL = ZoneInfo("Asia/Seoul")


def sentence(file: str) -> str:
    return (
        f"{file} is Amazon's All Orders report, which has no recipient name or street address, "
        "so no order can be shipped from it; download the Order Report instead (Seller Central: "
        "Orders ▸ Order Reports ▸ New Orders, report type _GET_FLAT_FILE_ORDERS_DATA_) or the "
        "Unshipped Orders report (Orders ▸ Order Reports ▸ Unshipped Orders), and import that."
    )


@pytest.mark.parametrize("name", sorted(all_orders.VARIANTS))
@pytest.mark.parametrize("fmt", [None, "amazon", "amazon-unshipped"])
def test_the_all_orders_report_is_refused_naming_the_report_to_download(tmp_path, name, fmt):
    path = all_orders.write(tmp_path, name)
    with pytest.raises(BadFile) as caught:
        read_orders(path, format=fmt, default_tz=SEOUL)
    assert said(caught.value) == sentence(name)


def test_detect_format_knows_the_all_orders_header():
    with pytest.raises(BadFile) as caught:
        detect_format(all_orders.HEADER, file="report.txt")
    assert said(caught.value) == sentence("report.txt")


def test_an_order_report_with_an_asin_column_is_still_read(tmp_path):
    """Only a header without the recipient and street columns is the All Orders report."""
    from fulfil_desk.core.kernel.resources import resource_path

    lines = (resource_path("samples") / "amazon-orders.txt").read_text("utf-8").splitlines()
    extra = ["asin\titem-status\tlast-updated-date"] + ["B0DEMO\tUnshipped\t"] * (len(lines) - 1)
    path = tmp_path / "orders.txt"
    path.write_text("".join(f"{a}\t{b}\n" for a, b in zip(lines, extra, strict=True)), "utf-8")
    result = read_orders(path, default_tz=SEOUL)
    assert result.format == "amazon" and result.problems == [] and result.orders


def test_the_desk_refuses_it_and_changes_nothing(desk, tmp_path, dump):
    path = all_orders.write(tmp_path)
    before = dump()
    for attempt in (desk.exchange.import_orders, desk.exchange.preview_import):
        with pytest.raises(BadFile) as caught:
            attempt(path)
        assert said(caught.value) == sentence("all-orders.txt")
    with pytest.raises(BadFile):
        desk.exchange.import_orders(path, skip_bad=True)
    assert dump() == before
