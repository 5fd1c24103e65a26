"""Every reader on arbitrary input: never a crash, always BadFile or row problems with reasons."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import sample_files as make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.exchange.formats import FORMATS, ColumnMapping, read_orders
from fulfil_desk.core.exchange.formats.charsets import decode
from fulfil_desk.core.kernel.errors import BadFile

SEOUL = ZoneInfo("Asia/Seoul")
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW_FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAPPING = ColumnMapping.from_json("k", make.KOREAN_SHOP_MAPPING)

CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=14) | st.sampled_from(
    [
        "1",
        "0",
        "-1",
        "2",
        "1.5",
        "2026-06-20 15:30",
        "2026-06-19",
        "Jun-18-26",
        "18-Jun-26",
        "KR",
        "US",
        "United Kingdom",
        "USD",
        "$12.99",
        "£3",
        "12,000",
        "₩1,000",
        "A-1",
        "",
        "'0213",
        "true",
        "false",
        "김민지",
        "王芳",
        "山田",
        "3 record(s) downloaded",
        "Seller ID: x",
        "취소",
    ]
)
NUMBERS = st.sampled_from(["A-1", "A-2", "#1001", "310000000101", "", "12-1-1"])
HEADERS = {
    "csv": list(make.SHOPIFY_HEADER[:0])
    + [
        "order_number",
        "ordered_at",
        "recipient_name",
        "phone",
        "address1",
        "postal_code",
        "country",
        "sku",
        "title",
        "quantity",
        "unit_price",
        "currency",
        "ship_by",
    ],
    "amazon": [
        "order-id",
        "order-item-id",
        "purchase-date",
        "sku",
        "quantity-purchased",
        "recipient-name",
        "ship-address-1",
        "ship-postal-code",
        "ship-country",
        "item-price",
        "currency",
        "order-status",
    ],
    "amazon-unshipped": list(make.AMAZON_UNSHIPPED_HEADER),
    "shopify": list(make.SHOPIFY_HEADER),
    "ebay": list(make.EBAY_US_HEADER),
    "ebay-uk": [make._UK_NAMES.get(c, c) for c in make.EBAY_US_HEADER],
    "mapping": list(make.KOREAN_SHOP_HEADER),
    "coupang": list(make.COLUMNS_40),
}


def check(path: Path, **kwargs) -> None:
    try:
        result = read_orders(path, default_tz=SEOUL, **kwargs)
    except BadFile as err:
        assert said(err).strip()
        return
    for problem in result.problems:
        assert problem.row >= 1 and said(problem.reason).strip() and problem.column
    keys = [(o.marketplace, o.order_number) for o in result.orders]
    assert len(keys) == len(set(keys))
    for order in result.orders:
        assert order.lines and order.order_number and order.ordered_at
        assert all(line.quantity >= 1 and line.sku for line in order.lines)
    assert not set(keys) & result.bad_keys


def text_file(layout: str, rows, numbers, shuffle: int, preamble: bool, encoding: str) -> bytes:
    header = list(HEADERS[layout])
    first = header[0]
    header = header[shuffle % len(header) :] + header[: shuffle % len(header)]
    records = [header]
    for row, number in zip(rows, numbers, strict=False):
        cells = dict(zip(header, row, strict=False))
        cells[first] = number
        records.append([cells.get(name, "") for name in header])
    delimiter = "\t" if layout.startswith("amazon") else ","
    out = io.StringIO()
    if preamble:
        out.write("sep=,\n\nSome notes from the marketplace\n")
    csv.writer(out, delimiter=delimiter).writerows(records)
    if preamble:
        out.write("3 record(s) downloaded\nSeller ID: fuzz\n")
    return out.getvalue().encode(encoding, errors="replace")


@FUZZ
@given(
    layout=st.sampled_from([k for k in HEADERS if k != "coupang"]),
    rows=st.lists(st.lists(CELL, max_size=30), max_size=6),
    numbers=st.lists(NUMBERS, min_size=6, max_size=6),
    shuffle=st.integers(0, 40),
    preamble=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "gb18030", "cp932"]),
    named=st.booleans(),
)
def test_every_text_layout_only_ever_gives_bad_file_or_row_problems(
    layout, rows, numbers, shuffle, preamble, encoding, named
):
    data = text_file(layout, rows, numbers, shuffle, preamble, encoding)
    kwargs = {}
    if layout == "mapping":
        kwargs["mapping"] = MAPPING
    elif named:
        kwargs["format"] = layout.removesuffix("-uk")
    if named and encoding not in ("utf-8-sig",):
        kwargs["encoding"] = {"cp932": "shift_jis", "utf-8": "utf-8"}.get(encoding, encoding)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        check(path, **kwargs)


@SLOW_FUZZ
@given(
    rows=st.lists(st.lists(CELL, max_size=40), max_size=5),
    numbers=st.lists(NUMBERS, min_size=5, max_size=5),
    title_row=st.booleans(),
    sheet=st.sampled_from(["Delivery", "주문배송관리", "Sheet1"]),
    layout=st.sampled_from([make.COLUMNS_40, make.COLUMNS_39]),
)
def test_coupang_workbooks_only_ever_give_bad_file_or_row_problems(
    rows, numbers, title_row, sheet, layout
):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    if title_row:
        ws.append(["발주서"])
    ws.append(list(layout))
    for row, number in zip(rows, numbers, strict=False):
        cells = [c.replace("\x00", "") for c in row]
        cells[2:3] = [number]
        ws.append([c if c.isprintable() else "" for c in cells])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wing.xlsx"
        book.save(path)
        check(path)
        check(path, format="coupang")


@FUZZ
@given(data=st.binary(max_size=3000), zip_like=st.booleans())
def test_arbitrary_bytes_and_broken_workbooks_raise_bad_file(data, zip_like):
    if zip_like:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("xl/workbook.xml", data)
            archive.writestr("[Content_Types].xml", data[:50])
        data = out.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        path.write_bytes(data)
        check(path)
        for name in FORMATS:
            check(path, format=name)


@FUZZ
@given(data=st.binary(max_size=500), encoding=st.sampled_from([None, "cp949", "shift_jis"]))
def test_decoding_returns_text_or_refuses_with_a_sentence(data, encoding):
    try:
        decoded = decode(data, "f.csv", encoding=encoding)
    except BadFile as err:
        assert said(err).endswith(".")
        return
    assert isinstance(decoded.text, str)
