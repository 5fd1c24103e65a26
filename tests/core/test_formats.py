from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.exchange.formats import (
    FORMATS,
    amazon,
    detect_format,
    plain_csv,
    read_orders,
)
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.resources import resource_path

SEOUL = ZoneInfo("Asia/Seoul")
SAMPLES = resource_path("samples")


def read(path: Path, **kwargs):
    return read_orders(path, default_tz=SEOUL, **kwargs)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def amazon_rows() -> list[list[str]]:
    lines = (SAMPLES / "amazon-orders.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines]


# --- samples ----------------------------------------------------------------


def test_plain_sample_parses_and_groups_multi_line_orders():
    result = read(SAMPLES / "orders.csv")
    assert result.format == "csv"
    assert result.problems == []
    assert result.rows == 10
    by_number = {order.order_number: order for order in result.orders}
    assert list(by_number) == ["KS-1001", "KS-1002", "KS-1003", "KS-1004", "KS-1005", "KS-1006"]
    mug_and_tee = by_number["KS-1001"]
    lines = [(line.sku, line.quantity) for line in mug_and_tee.lines]
    assert lines == [("DEMO-MUG", 1), ("DEMO-TEE-M", 2)]
    assert mug_and_tee.lines[0].unit_price_minor == 12000
    assert mug_and_tee.lines[0].currency == "KRW"
    assert mug_and_tee.ordered_at == "2026-06-18T09:12:00+09:00"
    assert mug_and_tee.ship_to.name == "김민지"
    assert len(by_number["KS-1003"].lines) == 3
    assert by_number["KS-1003"].ship_to.line1 == "1200 NW Example Ave, Apt 4B"
    assert by_number["KS-1004"].ship_to.country == "KR"  # written 대한민국
    assert by_number["KS-1005"].ship_to.country == "CN"  # written 中国
    assert by_number["KS-1005"].ship_to.line1 == "北京市朝阳区建国门外大街1号"
    assert by_number["KS-1002"].lines[0].unit_price_minor == 4500
    assert by_number["KS-1006"].ship_by is None
    assert all(order.marketplace == "csv" for order in result.orders)
    skus = {line.sku for order in result.orders for line in order.lines}
    assert skus == {"DEMO-MUG", "DEMO-TEE-M", "DEMO-TEE-L", "DEMO-CABLE", "DEMO-NOTE", "DEMO-SOCKS"}


def test_amazon_sample_parses():
    result = read(SAMPLES / "amazon-orders.txt")
    assert result.format == "amazon"
    assert result.problems == []
    assert len(result.orders) == 5
    two_items = result.orders[0]
    assert two_items.marketplace == "amazon"
    assert two_items.order_number == "113-4820517-6023451"
    assert [line.line_key for line in two_items.lines] == ["52034197640851", "52034197640852"]
    assert two_items.lines[0].quantity == 2
    assert two_items.lines[0].unit_price_minor == 1499  # item-price 29.98 is for both
    assert two_items.ordered_at == "2026-06-18T02:14:09+00:00"
    countries = {order.ship_to.country for order in result.orders}
    assert countries == {"US", "JP", "KR"}
    japan = next(order for order in result.orders if order.ship_to.country == "JP")
    assert (japan.lines[0].unit_price_minor, japan.lines[0].currency) == (980, "JPY")
    # ship-phone-number is blank: buyer-phone-number stands in
    assert result.orders[1].ship_to.phone == "+1 212-555-0123"


def test_bad_sample_names_file_row_and_column_and_leaves_the_order_out():
    result = read(SAMPLES / "orders-bad.csv")
    [problem] = result.problems
    assert (problem.file, problem.row, problem.column) == ("orders-bad.csv", 4, "quantity")
    assert "1.5" in said(problem.reason)
    assert [order.order_number for order in result.orders] == ["KS-2001", "KS-2003"]


# --- Amazon layouts -----------------------------------------------------------


def test_amazon_columns_in_any_order_with_an_unknown_extra_column(tmp_path):
    rows = amazon_rows()
    columns = list(zip(*rows, strict=True))[::-1]
    columns.insert(3, ("is-iba", *["false"] * (len(rows) - 1)))
    path = write(tmp_path, "reordered.txt", tsv([list(row) for row in zip(*columns, strict=True)]))
    result = read(path)
    assert result.problems == []
    assert result.orders == read(SAMPLES / "amazon-orders.txt").orders


def test_amazon_unshipped_report(tmp_path):
    header, *rows = amazon_rows()
    japan = next(row for row in rows if "JP" in row)  # quantity-purchased 3
    item = header.index("order-item-id")
    lines = [header + ["promise-date", "quantity-shipped", "quantity-to-ship"]]
    for key, promise, shipped, to_ship in [
        ("11", "2026-06-22T23:59:59+09:00", "1", "2"),
        ("12", "2026-06-21T23:59:59+09:00", "0", "3"),
        ("13", "", "3", "0"),
    ]:
        lines.append([*japan[:item], key, *japan[item + 1 :], promise, shipped, to_ship])
    result = read(write(tmp_path, "unshipped.txt", tsv(lines)))
    assert result.problems == []
    [order] = result.orders
    assert [(line.line_key, line.quantity) for line in order.lines] == [("11", 2), ("12", 3)]
    assert order.lines[0].unit_price_minor == 980  # item-price is for quantity-purchased
    assert order.ship_by == "2026-06-21T23:59:59+09:00"


# --- refused files and rows ---------------------------------------------------


@pytest.mark.parametrize("column", ["quantity", "sku", "ordered_at"])
def test_missing_plain_column_is_refused_naming_it(tmp_path, column):
    rows = list(csv.reader(io.StringIO((SAMPLES / "orders.csv").read_text(encoding="utf-8"))))
    drop = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out).writerows([row[:drop] + row[drop + 1 :] for row in rows])
    with pytest.raises(BadFile, match=f"no '{column}' column"):
        read(write(tmp_path, "no-column.csv", out.getvalue()))


def test_missing_amazon_column_is_refused_naming_it(tmp_path):
    rows = amazon_rows()
    drop = rows[0].index("ship-postal-code")
    path = write(tmp_path, "a.txt", tsv([row[:drop] + row[drop + 1 :] for row in rows]))
    with pytest.raises(BadFile, match="a.txt has no 'ship-postal-code' column"):
        read(path)


def test_unknown_layout_names_the_file_and_the_expected_columns(tmp_path):
    with pytest.raises(BadFile) as caught:
        read(write(tmp_path, "stock.csv", "bin,sku,on_hand\nA1,DEMO-MUG,4\n"))
    message = said(caught.value)
    assert message.startswith("stock.csv ")
    assert "order_number, ordered_at" in message
    assert "order-id, order-item-id, purchase-date, sku, quantity-purchased" in message


def test_detect_format_by_header_names():
    assert (
        detect_format(["SKU", "quantity-purchased", "order-item-id", "purchase-date", "order-id"])
        == "amazon"
    )
    assert detect_format(list(plain_csv.REQUIRED_COLUMNS)[::-1]) == "csv"
    assert set(FORMATS) == {"csv", "amazon", "amazon-unshipped", "coupang", "shopify", "ebay"}
    assert FORMATS["amazon"] is amazon


def test_cp949_korean_file_is_detected_and_read(tmp_path):
    text = (SAMPLES / "orders.csv").read_text(encoding="utf-8").replace("王芳", "Wang Fang")
    lines = text.splitlines()
    korean_only = "\n".join(line for line in lines if "KS-1001" in line or "order_" in line)
    result = read(write(tmp_path, "wing.csv", korean_only, encoding="cp949"))
    assert result.encoding == "cp949"
    [order] = result.orders
    assert order.ship_to.name == "김민지"


def test_utf8_bom_and_crlf_are_handled(tmp_path):
    text = (SAMPLES / "orders.csv").read_text(encoding="utf-8").replace("\n", "\r\n")
    result = read(write(tmp_path, "excel.csv", "\ufeff" + text))
    assert result.problems == []
    assert len(result.orders) == 6


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"\n \n", "is empty"),
        (b"order_number,ordered_at\n", "no orders"),
        (b"PK\x03\x04\x14\x00\x06\x00", "could not be read as an Excel .xlsx workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "old Excel .xls"),
        (b"\xff\xfeo\x00r\x00", "no orders"),
        (b"order_number,sku\nA\x00,B\n", "NUL character on line 2"),
        (bytes(range(256)), "not text in any encoding"),
    ],
)
def test_junk_files_are_refused_cleanly(tmp_path, content, words):
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    with pytest.raises(BadFile, match=words):
        read(path)


def test_missing_file_is_a_bad_file(tmp_path):
    with pytest.raises(BadFile, match="nothing.csv could not be opened"):
        read(tmp_path / "nothing.csv")


def test_truncated_last_line_is_a_row_problem(tmp_path):
    text = (SAMPLES / "orders.csv").read_text(encoding="utf-8")
    cut = text[: text.rindex("Berlin")]
    result = read(write(tmp_path, "cut.csv", cut))
    [problem] = result.problems
    assert problem.row == 11
    assert problem.column == "state"
    assert "cut short" in said(problem.reason)
    assert "KS-1006" not in {order.order_number for order in result.orders}


def test_rows_of_one_order_must_agree(tmp_path):
    text = (SAMPLES / "orders.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[2] = lines[2].replace("010-2345-6789", "010-0000-0000")
    result = read(write(tmp_path, "disagree.csv", "\n".join(lines)))
    [problem] = result.problems
    assert (problem.row, problem.column) == (3, "phone")
    assert "row 2" in said(problem.reason)
    assert "KS-1001" not in {order.order_number for order in result.orders}
    assert len(result.orders) == 5


def test_same_sku_twice_in_an_order_is_a_problem(tmp_path):
    lines = (SAMPLES / "orders.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("DEMO-TEE-M", "DEMO-MUG")
    result = read(write(tmp_path, "twice.csv", "\n".join(lines)))
    [problem] = result.problems
    assert (problem.row, problem.column) == (3, "sku")


def test_every_bad_cell_of_a_row_is_reported(tmp_path):
    header = ",".join(plain_csv.COLUMNS)
    row = "X-1,,yesterday,,Kim,010,Addr,,,,,12345,Narnia,SKU,Title,0,12.5,KRW"
    result = read(write(tmp_path, "many.csv", f"{header}\n{row}\n"))
    assert result.orders == []
    columns = [p.column for p in result.problems]
    assert columns == ["ordered_at", "country", "quantity", "unit_price"]
    assert all(p.row == 2 for p in result.problems)


# --- robustness -----------------------------------------------------------------

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["1", "0", "-1", "1.5", "2026-06-20 15:30", "KR", "USD", "12.99", "₩1,000", "A-1", ""]
)


def check(path: Path) -> None:
    try:
        result = read(path)
    except BadFile as err:
        assert said(err)
        return
    for problem in result.problems:
        assert problem.row >= 2
        assert said(problem.reason).strip()
    numbers = [(order.marketplace, order.order_number) for order in result.orders]
    assert len(numbers) == len(set(numbers))
    assert all(order.lines and order.ordered_at for order in result.orders)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_only_ever_raise_bad_file(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        check(path)


@FUZZ
@given(
    layout=st.sampled_from([plain_csv.COLUMNS, amazon.REQUIRED_COLUMNS + amazon.OPTIONAL_COLUMNS]),
    rows=st.lists(st.lists(CELL, max_size=20), max_size=8),
    order_numbers=st.lists(st.sampled_from(["A-1", "A-2", ""]), min_size=8, max_size=8),
    quoted=st.booleans(),
)
def test_arbitrary_text_rows_only_ever_give_bad_file_or_row_problems(
    layout, rows, order_numbers, quoted
):
    delimiter = "," if layout is plain_csv.COLUMNS else "\t"
    records = [layout, *([n, *row] for row, n in zip(rows, order_numbers, strict=False))]
    out = io.StringIO()
    if quoted:
        csv.writer(out, delimiter=delimiter).writerows(records)
    else:
        out.writelines(delimiter.join(record) + "\n" for record in records)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_text(out.getvalue(), encoding="utf-8")
        check(path)
