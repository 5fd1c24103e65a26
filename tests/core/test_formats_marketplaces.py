"""Coupang, Amazon Unshipped, Shopify, eBay, mapped layouts and encodings, read by header name."""

from __future__ import annotations

import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import sample_files as make
from wording import said

from fulfil_desk.core.exchange.formats import ColumnMapping, detect_format, read_orders
from fulfil_desk.core.exchange.formats.charsets import decode, typicality
from fulfil_desk.core.kernel.errors import BadFile, UserError
from fulfil_desk.core.kernel.resources import resource_path

SEOUL = ZoneInfo("Asia/Seoul")
SAMPLES = resource_path("samples")
KOREAN_MAPPING = ColumnMapping.from_json("korean-shop", make.KOREAN_SHOP_MAPPING)


def read(path: Path, **kwargs):
    return read_orders(path, default_tz=SEOUL, **kwargs)


def by_number(result) -> dict:
    return {order.order_number: order for order in result.orders}


# --- Coupang ------------------------------------------------------------------------------


def test_coupang_40_columns_header_on_row_1_one_order_per_bundle():
    result = read(SAMPLES / "coupang-deliverylist-40.xlsx")
    assert (result.format, result.encoding, result.problems) == ("coupang", "xlsx", [])
    assert result.complete and result.marketplace == "coupang"
    orders = by_number(result)
    assert list(orders) == ["310000000101", "310000000102", "310000000103"]
    two_orders_one_box = orders["310000000102"]
    assert [ln.line_key for ln in two_orders_one_box.lines] == [
        "20000001002:80001003",
        "20000001003:80001004",
    ]
    assert two_orders_one_box.ordered_at == "2026-06-17T14:40:00+09:00"  # the earlier 주문일
    assert (
        two_orders_one_box.ship_by == "2026-06-19T23:59:59+09:00"
    )  # 주문시 출고예정일, end of day
    assert two_orders_one_box.ship_to.name == "박서준"
    assert two_orders_one_box.ship_to.country == "KR"
    mug = orders["310000000101"].lines[0]
    assert (mug.sku, mug.quantity, mug.unit_price_minor, mug.currency) == (
        "DEMO-MUG",
        1,
        12000,
        "KRW",
    )
    assert mug.source["layout"] == "40"
    assert mug.source["cells"]["옵션ID"] == "80001001"
    assert mug.source["cells"]["번호"] == "1"
    facts = result.facts[("coupang", "310000000103")]
    assert facts.shipped_at == "2026-06-17T00:00:00+09:00"
    assert facts.delivered_at == "2026-06-18T13:20:00+09:00"
    assert (facts.courier, facts.tracking) == ("CJ대한통운", "631234567894")


def test_coupang_39_columns_header_on_row_2_sheet_주문배송관리():
    result = read(SAMPLES / "coupang-deliverylist-39.xlsx")
    assert result.format == "coupang" and result.problems == []
    assert [o.order_number for o in result.orders] == ["310000000201", "310000000202"]
    line = result.orders[0].lines[0]
    assert line.source["layout"] == "39"
    assert "배송유형" not in line.source["cells"]
    assert result.orders[0].lines[0].title == "폰 케이스, 투명"


@pytest.mark.parametrize("layout", ["40", "39"])
@pytest.mark.parametrize("title_row", [False, True])
def test_coupang_both_layouts_and_header_positions_read_alike(tmp_path, layout, title_row):
    path = tmp_path / "wing.xlsx"
    path.write_bytes(make.coupang_workbook(make.COUPANG_ROWS, layout, title_row=title_row))
    result = read(path)
    assert result.problems == []
    assert [len(o.lines) for o in result.orders] == [2, 2, 1]
    first_data_row = 3 if title_row else 2
    assert result.orders[0].lines[0].source["cells"]["번호"] == "1"
    bad = make.COUPANG_ROWS[:1] + [{**make.COUPANG_ROWS[1], "구매수(수량)": "두 개"}]
    path.write_bytes(make.coupang_workbook(bad, layout, title_row=title_row))
    [problem] = read(path).problems
    assert (problem.row, problem.column) == (first_data_row + 1, "구매수(수량)")


def test_coupang_columns_in_another_order_and_a_workbook_saved_as_cp949_csv(tmp_path):
    header = list(make.COLUMNS_40)[::-1]
    rows = [[row.get(c, "") for c in header] for row in make.COUPANG_ROWS]
    path = tmp_path / "wing.csv"
    path.write_bytes(make._csv([header, *rows]).encode("cp949"))
    result = read(path)
    assert (result.format, result.encoding) == ("coupang", "cp949")
    assert len(result.orders) == 3


def test_coupang_bundle_rows_must_share_the_address(tmp_path):
    rows = [make.COUPANG_ROWS[0], {**make.COUPANG_ROWS[1], "수취인 주소": "다른 주소 1"}]
    path = tmp_path / "wing.xlsx"
    path.write_bytes(make.coupang_workbook(rows, "40", title_row=False))
    result = read(path)
    assert result.orders == []
    [problem] = result.problems
    assert (problem.row, problem.column) == (3, "수취인 주소")


def test_coupang_postal_code_stored_as_a_number_keeps_its_zero(tmp_path):
    book = openpyxl.load_workbook(
        io.BytesIO(make.coupang_workbook(make.COUPANG_ROWS[4:], "40", title_row=False))
    )
    sheet = book.active
    column = list(make.COLUMNS_40).index("우편번호") + 1
    sheet.cell(row=2, column=column).value = 3925
    path = tmp_path / "wing.xlsx"
    book.save(path)
    assert read(path).orders[0].ship_to.postal_code == "03925"


# --- Amazon -------------------------------------------------------------------------------


def test_amazon_unshipped_is_its_own_format_and_a_complete_list():
    result = read(SAMPLES / "amazon-unshipped.txt")
    assert result.format == "amazon-unshipped" and result.complete
    orders = by_number(result)
    assert [ln.quantity for ln in orders["114-1000002-0000002"].lines] == [2]  # 3 bought, 1 sent
    assert orders["114-1000001-0000001"].ship_by == "2026-06-19T23:59:59-07:00"
    named = read(SAMPLES / "amazon-unshipped.txt", format="amazon")
    assert named.format == "amazon" and not named.complete


def test_amazon_order_report_cancelled_rows_are_buyer_cancellations(tmp_path):
    text = (SAMPLES / "amazon-orders.txt").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in text]
    rows[0].append("order-status")
    for row in rows[1:]:
        row.append("Shipped")
    rows[1][-1] = "Cancelled"
    rows[1][rows[0].index("quantity-purchased")] = "0"
    path = tmp_path / "all.txt"
    path.write_text("\n".join("\t".join(r) for r in rows), encoding="utf-8")
    result = read(path)
    assert result.problems == []
    assert result.facts[("amazon", rows[1][0])].cancelled


def test_amazon_jp_shift_jis_is_detected():
    result = read(SAMPLES / "amazon-jp-orders.txt")
    assert (result.format, result.encoding) == ("amazon", "shift_jis")
    first = result.orders[0]
    assert first.ship_to.name == "佐藤 健"
    assert first.lines[0].title == "ステンレス タンブラー 500ml ブラック"
    assert (first.lines[0].unit_price_minor, first.lines[0].currency) == (2980, "JPY")


# --- Shopify ------------------------------------------------------------------------------


def test_shopify_order_fields_come_from_the_first_row_of_each_name():
    result = read(SAMPLES / "shopify-orders.csv")
    assert result.format == "shopify" and result.problems == []
    orders = by_number(result)
    tokyo = orders["#1001"]
    assert [(ln.sku, ln.quantity) for ln in tokyo.lines] == [("DEMO-MUG", 1), ("DEMO-TEE-M", 2)]
    assert tokyo.ship_to.postal_code == "150-0041"  # written '150-0041
    assert tokyo.ship_to.phone == "+81 3-5555-0100"
    assert tokyo.lines[1].unit_price_minor == 2900 and tokyo.lines[1].currency == "JPY"
    assert tokyo.ordered_at == "2026-06-17T10:20:00+09:00"
    assert "#1002" not in orders and result.facts[("shopify", "#1002")].cancelled
    assert result.facts[("shopify", "#1003")].shipped_at == "2026-06-17T15:45:00-04:00"


def test_shopify_later_row_with_a_different_address_is_refused(tmp_path):
    text = (SAMPLES / "shopify-orders.csv").read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace("#1001,", "#1001,", 1)
    import csv

    rows = list(csv.reader(text))
    rows[2][make.SHOPIFY_HEADER.index("Shipping City")] = "大阪市"
    path = tmp_path / "s.csv"
    path.write_text(make._csv(rows), encoding="utf-8")
    result = read(path)
    [problem] = result.problems
    assert (problem.row, problem.column) == (3, "Shipping City")
    assert "#1001" not in by_number(result)


# --- eBay ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "currency", "country", "site", "record"),
    [
        ("ebay-orders-us.csv", "USD", "US", "12-1", "1003"),
        ("ebay-orders-uk.csv", "GBP", "GB", "27-2", "2003"),
    ],
)
def test_ebay_sep_line_preamble_footer_and_blank_order_number(
    name, currency, country, site, record
):
    result = read(SAMPLES / name)
    assert result.format == "ebay" and result.problems == []
    orders = by_number(result)
    # a blank Order Number falls back to the Sales Record Number
    assert list(orders) == [f"{site}0001-00001", f"{site}0002-00002", record]
    multi = orders[f"{site}0002-00002"]
    assert [(ln.sku, ln.quantity, ln.unit_price_minor) for ln in multi.lines] == [
        ("DEMO-CABLE", 2, 999),
        ("DEMO-NOTE", 2, 900),
    ]
    assert multi.lines[0].currency == currency
    assert multi.ship_to.country == country
    assert multi.ordered_at.startswith("2026-06-17T00:00")
    assert multi.ship_by.startswith("2026-06-19T23:59:59")


@pytest.mark.parametrize("text", ["Jun-18-26", "18-Jun-26", "Jun 18, 2026", "2026-06-18"])
def test_ebay_dates(text):
    from fulfil_desk.core.exchange.formats.ebay import parse_date

    assert parse_date(text, SEOUL, day_first=True).startswith("2026-06-18T00:00:00")
    assert parse_date("06/18/2026", SEOUL, day_first=False).startswith("2026-06-18")
    assert parse_date("18/06/2026", SEOUL, day_first=True).startswith("2026-06-18")
    assert (
        parse_date("Jun-18-26 09:30:00 PDT", SEOUL, day_first=False) == "2026-06-18T09:30:00-07:00"
    )


# --- mappings ------------------------------------------------------------------------------


def test_a_mapped_cp949_file_reads_by_the_file_s_own_column_names():
    result = read(SAMPLES / "orders-cp949.csv", mapping=KOREAN_MAPPING)
    assert (result.format, result.encoding) == ("mapping:korean-shop", "cp949")
    orders = by_number(result)
    assert orders["SS-5001"].marketplace == "smartstore"
    assert orders["SS-5001"].ship_to.name == "최유진"
    assert orders["SS-5001"].ship_to.country == "KR"
    assert orders["SS-5002"].lines[0].unit_price_minor == 5500


def test_an_unknown_layout_that_one_saved_mapping_fits_uses_it():
    result = read(SAMPLES / "orders-cp949.csv", saved_mappings=[KOREAN_MAPPING])
    assert result.format == "mapping:korean-shop"
    with pytest.raises(BadFile, match="column mapping"):
        read(SAMPLES / "orders-cp949.csv")


def test_a_mapped_file_names_the_bad_cell_by_its_own_column(tmp_path):
    data = make.korean_cp949().decode("cp949").replace(',5,"5,500"', ',다섯,"5,500"')
    path = tmp_path / "shop.csv"
    path.write_bytes(data.encode("cp949"))
    [problem] = read(path, mapping=KOREAN_MAPPING).problems
    assert (problem.row, problem.column) == (4, "수량")


def test_a_mapping_whose_column_is_missing_is_refused(tmp_path):
    mapping = ColumnMapping.from_json(
        "x",
        {
            **make.KOREAN_SHOP_MAPPING,
            "columns": {**make.KOREAN_SHOP_MAPPING["columns"], "sku": "품번"},
        },
    )
    with pytest.raises(BadFile, match="has no '품번' column, which the column mapping x needs"):
        read(SAMPLES / "orders-cp949.csv", mapping=mapping)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"columns": {"order_number": "A"}}, "needs a column for ordered_at"),
        ({"columns": {"colour": "A"}}, "colour is not a field"),
        ([1, 2], "JSON object"),
        ({**make.KOREAN_SHOP_MAPPING, "country": "Narnia"}, "2-letter ISO code"),
    ],
)
def test_bad_mappings_are_refused_with_a_sentence(data, words):
    with pytest.raises(UserError, match=words):
        ColumnMapping.from_json("m", data)


def test_the_sample_mapping_json_is_the_one_the_tests_use():
    saved = json.loads((SAMPLES / "mapping-korean-shop.json").read_text(encoding="utf-8"))
    assert saved == make.KOREAN_SHOP_MAPPING


# --- encodings ----------------------------------------------------------------------------


def test_gb18030_chinese_plain_csv_is_detected():
    result = read(SAMPLES / "orders-gb18030.csv")
    assert (result.format, result.encoding) == ("csv", "gb18030")
    assert by_number(result)["CN-7001"].ship_to.line1 == "朝阳区建国门外大街1号国贸大厦2座1801室"
    assert by_number(result)["CN-7001"].ship_to.country == "CN"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("서울특별시 마포구 월드컵북로 396 김민지 무선 이어폰", "cp949"),
        ("北京市朝阳区建国门外大街1号 王芳 无线蓝牙耳机", "gb18030"),
        ("東京都渋谷区神南1-2-3 山田 太郎 ワイヤレスイヤホン", "shift_jis"),
        ("大阪府大阪市北区梅田3-1-1 鈴木 花子", "shift_jis"),
    ],
)
def test_each_legacy_encoding_is_told_apart(text, encoding):
    codec = {"shift_jis": "cp932"}.get(encoding, encoding)
    data = f"name,address\nx,{text}\n".encode(codec)
    assert decode(data, "f.csv").encoding == encoding


def test_utf8_with_and_without_bom_and_utf16():
    text = "order_number,name\nK-1,김민지 王芳 山田\n"
    assert decode(text.encode(), "f").text == text
    assert decode(("\ufeff" + text).encode(), "f").text == text
    assert decode(text.encode("utf-16"), "f").text == text


def test_ambiguous_bytes_are_refused_naming_the_candidates_and_the_option():
    # 관 and 무 in CP949 are the bytes of 包 and 公 in GB18030: common in both languages.
    data = "관무".encode("cp949")
    assert data.decode("gb18030") == "包公"
    with pytest.raises(BadFile) as caught:
        decode(b"a,b\n" + data + b",x\n", "tiny.csv")
    message = said(caught.value)
    assert "cannot tell which encoding" in message
    assert "--encoding cp949" in message and "--encoding gb18030" in message


def test_a_chosen_encoding_wins_and_a_wrong_one_is_refused_with_its_line():
    data = "a,b\nx,김민지\n".encode("cp949")
    assert decode(data, "f", encoding="euc-kr").text == "a,b\nx,김민지\n"
    assert decode(data, "f", encoding="gb18030").encoding == "gb18030"  # the person chose it
    with pytest.raises(BadFile, match="not Shift_JIS .* line 2"):
        decode(data, "f", encoding="shift_jis")
    with pytest.raises(BadFile, match="not an encoding fulfil-desk reads"):
        decode(data, "f", encoding="latin-9")


def test_typicality_scores_only_the_language_of_the_encoding():
    assert typicality("김민지 서울특별시", "cp949") > 0.8
    assert typicality("김민지 서울특별시", "gb18030") == 0.0
    assert typicality("ﾔﾏﾀﾞ ﾀﾛｳ ｶﾌﾞｼｷｶﾞｲｼｬ ｱｲｳｴｵ", "shift_jis") == 0.0


def test_detection_prefers_the_longer_matching_signature():
    header = list(make.AMAZON_UNSHIPPED_HEADER)
    assert detect_format(header) == "amazon-unshipped"
    assert detect_format([h for h in header if h not in ("quantity-to-ship", "promise-date")]) == (
        "amazon"
    )
    assert detect_format(make.SHOPIFY_HEADER) == "shopify"
    assert detect_format(make.EBAY_US_HEADER) == "ebay"
    assert detect_format(list(make.COLUMNS_39)) == "coupang"
