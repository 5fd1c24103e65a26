"""The sample order files in resources/samples/, written from the published layouts.

`python tests/sample_files.py` writes them; tests/core/test_samples.py checks the committed
files are what this writes (cell by cell for workbooks, whose zip carries timestamps).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fulfil_desk.core.exchange.formats.coupang import COLUMNS_39, COLUMNS_40  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"

# --- Coupang Wing DeliveryList -------------------------------------------------------------

_KIM = {"구매자": "김민지", "구매자전화번호": "010-2345-6789", "수취인이름": "김민지",
        "수취인전화번호": "010-2345-6789", "우편번호": "06236",
        "수취인 주소": "서울특별시 강남구 테헤란로 152 강남파이낸스센터 12층"}  # fmt: skip
_PARK = {"구매자": "박서준", "구매자전화번호": "010-9876-5432", "수취인이름": "박서준",
         "수취인전화번호": "010-9876-5432", "우편번호": "48058",
         "수취인 주소": "부산광역시 해운대구 센텀중앙로 97 A동 1203호"}  # fmt: skip
_LEE = {"구매자": "이하은", "구매자전화번호": "010-5555-1234", "수취인이름": "이하은",
        "수취인전화번호": "010-5555-1234", "우편번호": "03925",
        "수취인 주소": "서울특별시 마포구 월드컵북로 396 (상암동)"}  # fmt: skip


def _item(bundle, order, ordered, sku, option_id, name, option, qty, price, person, **more):
    return {
        "묶음배송번호": bundle, "주문번호": order, "분리배송 Y/N": "분리배송불가",
        "주문시 출고예정일": "2026-06-19", "주문일": ordered, "등록상품명": name,
        "등록옵션명": option, "노출상품명(옵션명)": f"{name}, {option}",
        "노출상품ID": "7" + option_id[1:], "옵션ID": option_id, "업체상품코드": sku,
        "결제액": str(qty * price), "배송비구분": "무료", "배송비": "0", "구매수(수량)": str(qty),
        "옵션판매가(판매단가)": str(price), "배송메세지": "문 앞에 놓아주세요",
        "결제위치": "PC", "배송유형": "판매자배송", **person, **more,
    }  # fmt: skip


COUPANG_ROWS = [
    _item("310000000101", "20000001001", "2026-06-17 09:12:00", "DEMO-MUG", "80001001",
          "머그컵", "350ml 화이트", 1, 12000, _KIM),
    _item("310000000101", "20000001001", "2026-06-17 09:12:00", "DEMO-TEE-M", "80001002",
          "오가닉 코튼 티셔츠", "M", 2, 19900, _KIM),
    _item("310000000102", "20000001002", "2026-06-17 14:40:00", "DEMO-CABLE", "80001003",
          "USB-C 케이블", "1m", 1, 7900, _PARK),
    _item("310000000102", "20000001003", "2026-06-17 15:05:00", "DEMO-NOTE", "80001004",
          "A5 노트", "무지", 3, 5500, _PARK),
    _item("310000000103", "20000001004", "2026-06-16 20:30:00", "DEMO-SOCKS", "80001005",
          "양말", "3켤레", 2, 8900, _LEE, **{"택배사": "CJ대한통운", "운송장번호": "631234567894",
          "출고일(발송일)": "2026-06-17", "배송완료일": "2026-06-18 13:20:00"}),
]  # fmt: skip
COUPANG_39_ROWS = [
    _item("310000000201", "20000002001", "2026-06-18 08:05:00", "DEMO-CASE", "80002001",
          "폰 케이스", "투명", 1, 9900, _LEE),
    _item("310000000202", "20000002002", "2026-06-18 11:47:00", "DEMO-BOTTLE", "80002002",
          "텀블러", "500ml 블랙", 2, 24000, _PARK),
]  # fmt: skip


def coupang_workbook(rows: list[dict], layout: str, *, title_row: bool) -> bytes:
    columns = COLUMNS_40 if layout == "40" else COLUMNS_39
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery" if layout == "40" else "주문배송관리"
    if title_row:
        sheet.append(["쿠팡 Wing 발주서 (상품준비중) 2026-06-18"])
    sheet.append(list(columns))
    for number, row in enumerate(rows, start=1):
        cells = {**row, "번호": str(number)}
        if layout == "39":
            cells.pop("배송유형", None)
        sheet.append([cells.get(name, "") for name in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def workbook_cells(data: bytes) -> dict[str, list[list]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


# --- text files ---------------------------------------------------------------------------


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


AMAZON_UNSHIPPED_HEADER = [
    "order-id",
    "order-item-id",
    "purchase-date",
    "payments-date",
    "reporting-date",
    "promise-date",
    "days-past-promise",
    "buyer-email",
    "buyer-name",
    "buyer-phone-number",
    "sku",
    "product-name",
    "quantity-purchased",
    "quantity-shipped",
    "quantity-to-ship",
    "ship-service-level",
    "recipient-name",
    "ship-address-1",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "is-business-order",
    "purchase-order-number",
    "price-designation",
]


def amazon_unshipped() -> bytes:
    def row(order, item, bought, promise, sku, title, qty, shipped, name, a1, city, state, zip_,
            country, phone):  # fmt: skip
        return [order, item, bought, bought, "2026-06-18T01:00:00+00:00", promise, "0",
                "buyer@marketplace.amazon.com", name, phone, sku, title, str(qty), str(shipped),
                str(qty - shipped), "Standard", name, a1, "", "", city, state, zip_, country,
                "false", "", ""]  # fmt: skip

    rows = [
        AMAZON_UNSHIPPED_HEADER,
        row("114-1000001-0000001", "60000000000011", "2026-06-17T03:10:00+00:00",
            "2026-06-19T23:59:59-07:00", "DEMO-MUG", "Stoneware Mug 350 ml, White", 2, 0,
            "Maria Garcia", "410 Terry Ave N", "Seattle", "WA", "98109-5210", "US",
            "+1 206-555-0199"),
        row("114-1000001-0000001", "60000000000012", "2026-06-17T03:10:00+00:00",
            "2026-06-19T23:59:59-07:00", "DEMO-CABLE", "USB-C Cable 1 m", 1, 0,
            "Maria Garcia", "410 Terry Ave N", "Seattle", "WA", "98109-5210", "US",
            "+1 206-555-0199"),
        row("114-1000002-0000002", "60000000000021", "2026-06-17T18:45:00+00:00",
            "2026-06-20T23:59:59-07:00", "DEMO-SOCKS", "Cotton Socks, 3 pairs", 3, 1,
            "James Lee", "350 5th Ave", "New York", "NY", "10118", "US", "+1 212-555-0123"),
    ]  # fmt: skip
    return _csv(rows, "\t").encode("utf-8")


SHOPIFY_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem fulfillment status", "Shipping Name",
    "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
    "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Cancelled at", "Id",
]  # fmt: skip


def shopify() -> bytes:
    blank_order = dict.fromkeys(SHOPIFY_HEADER, "")

    def order(name, created, currency, ship, **more):
        return {**blank_order, "Name": name, "Email": "buyer@example.com",
                "Financial Status": "paid", "Currency": currency, "Created at": created,
                "Fulfillment Status": "unfulfilled", **ship, **more}  # fmt: skip

    def item(base, qty, title, price, sku, requires="true"):
        return {**base, "Lineitem quantity": str(qty), "Lineitem name": title,
                "Lineitem price": price, "Lineitem sku": sku,
                "Lineitem requires shipping": requires,
                "Lineitem fulfillment status": "pending"}  # fmt: skip

    tokyo = {"Shipping Name": "山田 花子", "Shipping Address1": "渋谷区神南1-2-3",
             "Shipping Address2": "グリーンハイツ301", "Shipping City": "東京都",
             "Shipping Zip": "'150-0041", "Shipping Province": "Tokyo",
             "Shipping Country": "JP", "Shipping Phone": "'+81 3-5555-0100"}  # fmt: skip
    boston = {"Shipping Name": "Emily Chen", "Shipping Address1": "77 Massachusetts Ave",
              "Shipping City": "Cambridge", "Shipping Zip": "'02139", "Shipping Province": "MA",
              "Shipping Country": "US", "Shipping Phone": "+1 617-555-0142"}  # fmt: skip
    first = order("#1001", "2026-06-17 10:20:00 +0900", "JPY", tokyo, Id="5500000001")
    rows = [
        item(first, 1, "Stoneware Mug - White", "1800", "DEMO-MUG"),
        item(blank_order | {"Name": "#1001"}, 2, "Cotton Tee - M", "2900", "DEMO-TEE-M"),
        item(blank_order | {"Name": "#1001"}, 1, "Gift card", "1000", "", requires="false"),
        item(order("#1002", "2026-06-17 11:00:00 -0400", "USD", boston, Id="5500000002",
                   **{"Cancelled at": "2026-06-17 12:30:00 -0400",
                      "Financial Status": "refunded"}), 1, "A5 Notebook", "8.50", "DEMO-NOTE"),
        item(order("#1003", "2026-06-16 09:00:00 -0400", "USD", boston, Id="5500000003",
                   **{"Fulfillment Status": "fulfilled",
                      "Fulfilled at": "2026-06-17 15:45:00 -0400"}), 2, "Cotton Socks",
             "12.00", "DEMO-SOCKS"),
    ]  # fmt: skip
    return _csv([SHOPIFY_HEADER, *([r[c] for c in SHOPIFY_HEADER] for r in rows)]).encode("utf-8")


EBAY_US_HEADER = [
    "Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Buyer Email",
    "Ship To Name", "Ship To Phone", "Ship To Address 1", "Ship To Address 2", "Ship To City",
    "Ship To State", "Ship To Zip", "Ship To Country", "Item Number", "Item Title",
    "Custom Label", "Quantity", "Sold For", "Shipping And Handling", "Total Price",
    "Sale Date", "Paid On Date", "Ship By Date", "Shipped On Date", "Shipping Service",
    "Tracking Number", "Transaction ID", "Variation Details",
]  # fmt: skip
_UK_NAMES = {"Ship To Name": "Post To Name", "Ship To Phone": "Post To Phone",
             "Ship To Address 1": "Post To Address 1", "Ship To Address 2": "Post To Address 2",
             "Ship To City": "Post To City", "Ship To State": "Post To County",
             "Ship To Zip": "Post To Postcode", "Ship To Country": "Post To Country"}  # fmt: skip


def ebay(uk: bool) -> bytes:
    header = [_UK_NAMES.get(c, c) if uk else c for c in EBAY_US_HEADER]
    money = "£" if uk else "$"
    sale, ship_by = ("17-Jun-26", "19-Jun-26") if uk else ("Jun-17-26", "Jun-19-26")
    who = (["Oliver Smith", "+44 20 7946 0018", "221B Baker Street", "", "London", "",
            "NW1 6XE", "United Kingdom"] if uk else
           ["John Doe", "+1 415-555-0100", "1 Market St", "Suite 300", "San Francisco", "CA",
            "94105", "United States"])  # fmt: skip
    blank = [""] * 8
    site = "27-2" if uk else "12-1"  # eBay order numbers are unique across sites

    def row(record, number, buyer, address, item="", title="", sku="", qty="", price="",
            total="", transaction=""):  # fmt: skip
        return [record, number, buyer, address[0], "", *address, item, title, sku, qty, price,
                "", total, sale, sale, ship_by, "", "", "", transaction, ""]  # fmt: skip

    rows = [
        ["sep=,"],
        [],
        header,
        row("1001", f"{site}0001-00001", "jdoe_buys", who, "325500000001", "Stoneware Mug",
            "DEMO-MUG", "1", f"{money}14.99", f"{money}14.99", "2000000001"),
        row("1002", f"{site}0002-00002", "jdoe_buys", who, total=f"{money}37.98"),
        row("1002", f"{site}0002-00002", "", blank, "325500000002", "USB-C Cable", "DEMO-CABLE",
            "2", f"{money}9.99", "", "2000000002"),
        row("1002", f"{site}0002-00002", "", blank, "325500000003", "A5 Notebook", "DEMO-NOTE",
            "2", f"{money}9.00", "", "2000000003"),
        row("2003" if uk else "1003", "", "old_school", who, "325500000004", "Cotton Socks",
            "DEMO-SOCKS", "1", f"{money}11.50", f"{money}11.50", "2000000004"),
        [],
        ["3 record(s) downloaded"],
        ["Seller ID: demo_seller"],
    ]  # fmt: skip
    return _csv(rows).encode("utf-8")


KOREAN_SHOP_HEADER = ["주문번호", "주문일시", "받는분", "연락처", "우편번호", "주소", "상품코드",
                      "상품명", "수량", "판매가"]  # fmt: skip
KOREAN_SHOP_MAPPING = {
    "columns": {"order_number": "주문번호", "ordered_at": "주문일시", "recipient_name": "받는분",
                "phone": "연락처", "postal_code": "우편번호", "address1": "주소",
                "sku": "상품코드", "title": "상품명", "quantity": "수량", "unit_price": "판매가"},
    "marketplace": "smartstore",
    "country": "KR",
}  # fmt: skip


def korean_cp949() -> bytes:
    rows = [
        KOREAN_SHOP_HEADER,
        ["SS-5001", "2026-06-17 10:05", "최유진", "010-3333-4444", "04524",
         "서울특별시 중구 세종대로 110", "DEMO-TEE-L", "코튼 티셔츠 L", "1", "19,000"],
        ["SS-5001", "2026-06-17 10:05", "최유진", "010-3333-4444", "04524",
         "서울특별시 중구 세종대로 110", "DEMO-SOCKS", "양말 3켤레", "2", "8,900"],
        ["SS-5002", "2026-06-17 13:30", "정도윤", "010-7777-8888", "61945",
         "광주광역시 서구 내방로 111", "DEMO-NOTE", "A5 노트 무지", "5", "5,500"],
    ]  # fmt: skip
    return _csv(rows).encode("cp949")


def chinese_gb18030() -> bytes:
    header = ["order_number", "marketplace", "ordered_at", "recipient_name", "phone",
              "address1", "city", "state", "postal_code", "country", "sku", "title",
              "quantity", "unit_price", "currency"]  # fmt: skip
    rows = [
        header,
        ["CN-7001", "taobao", "2026-06-17 09:30", "王芳", "138-0013-8000",
         "朝阳区建国门外大街1号国贸大厦2座1801室", "北京市", "北京", "100004", "中国",
         "DEMO-MUG", "马克杯 350毫升 白色", "2", "68.00", "CNY"],
        ["CN-7002", "taobao", "2026-06-17 21:15", "张伟", "139-2345-6789",
         "南山区科技园深南大道9988号", "深圳市", "广东省", "518057", "中国",
         "DEMO-CASE", "手机壳 透明", "1", "39.90", "CNY"],
    ]  # fmt: skip
    return _csv(rows).encode("gb18030")


def amazon_jp_shift_jis() -> bytes:
    header = [
        "order-id",
        "order-item-id",
        "purchase-date",
        "payments-date",
        "buyer-email",
        "buyer-name",
        "buyer-phone-number",
        "sku",
        "product-name",
        "quantity-purchased",
        "currency",
        "item-price",
        "item-tax",
        "shipping-price",
        "shipping-tax",
        "ship-service-level",
        "recipient-name",
        "ship-address-1",
        "ship-address-2",
        "ship-address-3",
        "ship-city",
        "ship-state",
        "ship-postal-code",
        "ship-country",
        "ship-phone-number",
    ]
    rows = [
        header,
        ["250-1000001-0000001", "70000000000011", "2026-06-17T01:20:00+09:00",
         "2026-06-17T01:20:00+09:00", "buyer@marketplace.amazon.co.jp", "佐藤 健",
         "03-5555-0101", "DEMO-BOTTLE", "ステンレス タンブラー 500ml ブラック", "1", "JPY", "2980",
         "0", "0", "0", "Standard", "佐藤 健", "神南1-2-3", "グリーンハイツ301", "", "渋谷区",
         "東京都", "150-0041", "JP", "03-5555-0101"],
        ["250-1000002-0000002", "70000000000021", "2026-06-17T11:02:00+09:00",
         "2026-06-17T11:02:00+09:00", "buyer2@marketplace.amazon.co.jp", "鈴木 花子",
         "06-6555-0202", "DEMO-TEE-M", "コットン Tシャツ M ホワイト", "2", "JPY", "5800", "0",
         "0", "0", "Standard", "鈴木 花子", "梅田3-1-1", "", "", "大阪市北区", "大阪府",
         "530-0001", "JP", "06-6555-0202"],
    ]  # fmt: skip
    return _csv(rows, "\t").encode("cp932")


def korean_mapping_json() -> bytes:
    import json

    return (json.dumps(KOREAN_SHOP_MAPPING, ensure_ascii=False, indent=2) + "\n").encode()


TEXT_SAMPLES = {
    "amazon-unshipped.txt": amazon_unshipped,
    "shopify-orders.csv": shopify,
    "ebay-orders-us.csv": lambda: ebay(uk=False),
    "ebay-orders-uk.csv": lambda: ebay(uk=True),
    "orders-cp949.csv": korean_cp949,
    "mapping-korean-shop.json": korean_mapping_json,
    "orders-gb18030.csv": chinese_gb18030,
    "amazon-jp-orders.txt": amazon_jp_shift_jis,
}
WORKBOOK_SAMPLES = {
    "coupang-deliverylist-40.xlsx": lambda: coupang_workbook(COUPANG_ROWS, "40", title_row=False),
    "coupang-deliverylist-39.xlsx": lambda: coupang_workbook(COUPANG_39_ROWS, "39", title_row=True),
}


def main() -> None:
    for name, make in {**TEXT_SAMPLES, **WORKBOOK_SAMPLES}.items():
        (SAMPLES / name).write_bytes(make())
        print(f"wrote {SAMPLES / name}")


if __name__ == "__main__":
    main()
