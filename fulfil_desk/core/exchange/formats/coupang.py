"""Coupang Wing's DeliveryList (발주서) workbook: one row per item, read by header name.

One Order per 묶음배송번호 (bundle): the rows of a bundle ship together in one box with one
운송장번호, so the bundle is what the bench packs, labels and ships. Its order_number is
the 묶음배송번호 (the 주문번호 when that is blank); each line keys on 주문번호:옵션ID, which stays
the same from one download to the next (번호 does not), and keeps every cell of its row
in `source` so the tracking export can write the row back as Wing gave it.
"""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo

from fulfil_desk.core.customs.rules import CustomsRefused, normalise_pccc
from fulfil_desk.core.exchange.formats.common import (
    RowCells,
    RowOrder,
    Table,
    assemble,
    canonical_columns,
    check_columns,
    parse_day_end,
    parse_money,
    parse_quantity,
    parse_timestamp,
)
from fulfil_desk.core.exchange.formats.model import FileRead, later
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

LABEL = Term("file_format", "coupang")
MARKETPLACE = "coupang"
COMPLETE = True  # Wing's list of the orders waiting to ship (see importing.py)
TIMEZONE = ZoneInfo("Asia/Seoul")

COLUMNS_40 = (
    "번호",
    "묶음배송번호",
    "주문번호",
    "택배사",
    "운송장번호",
    "분리배송 Y/N",
    "분리배송 출고예정일",
    "주문시 출고예정일",
    "출고일(발송일)",
    "주문일",
    "등록상품명",
    "등록옵션명",
    "노출상품명(옵션명)",
    "노출상품ID",
    "옵션ID",
    "최초등록등록상품명/옵션명",
    "업체상품코드",
    "바코드",
    "결제액",
    "배송비구분",
    "배송비",
    "도서산간 추가배송비",
    "구매수(수량)",
    "옵션판매가(판매단가)",
    "구매자",
    "구매자전화번호",
    "수취인이름",
    "수취인전화번호",
    "우편번호",
    "수취인 주소",
    "배송메세지",
    "상품별 추가메시지",
    "주문자 추가메시지",
    "배송완료일",
    "구매확정일자",
    "개인통관번호(PCCC)",
    "통관용수취인전화번호",
    "기타",
    "결제위치",
    "배송유형",
)
COLUMNS_39 = tuple(
    {
        "최초등록등록상품명/옵션명": "최초등록옵션명",
        "통관용수취인전화번호": "통관용구매자전화번호",
    }.get(c, c)
    for c in COLUMNS_40
    if c != "배송유형"
)
LAYOUTS = {"40": COLUMNS_40, "39": COLUMNS_39}
COURIER_COLUMN, TRACKING_COLUMN = "택배사", "운송장번호"

_KNOWN = {name.lower() for name in (*COLUMNS_40, *COLUMNS_39)} | {"주문상태"}
SIGNATURE = ("묶음배송번호", "주문번호", "옵션id", "구매수(수량)", "수취인이름", "수취인 주소")
REQUIRED_COLUMNS = ("주문번호", "주문일", "옵션id", "구매수(수량)", "수취인이름", "수취인 주소")
OPTIONAL_COLUMNS = tuple(sorted(_KNOWN - set(REQUIRED_COLUMNS)))
HEADER_WORDS = tuple(sorted(_KNOWN))
_AGREE = ("수취인이름", "수취인전화번호", "우편번호", "수취인 주소")


def _pccc(text: str) -> str:
    """The buyer's customs code as Verify checks it (P + 12 digits); a cell of another form
    is kept as written, and Verify says what is wrong with it."""
    try:
        return normalise_pccc(text) if text else ""
    except CustomsRefused:
        return text


def layout_of(raw_header: list[str]) -> str:
    names = {name.replace(" ", "") for name in raw_header}
    if "최초등록옵션명" in names or "통관용구매자전화번호" in names:
        return "39"
    return "40"


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    table = canonical_columns(table, _KNOWN)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    layout = layout_of(table.raw_header)
    result = FileRead([], [])
    rows: list[RowOrder] = []
    shipped: dict[tuple[str, str], list[str | None]] = {}
    for row in table.rows:
        cells = RowCells(table, row)
        order_number = cells.text("주문번호", required=True)
        bundle = cells.text("묶음배송번호") or order_number
        key = (MARKETPLACE, bundle)
        if bundle and "취소" in cells.text("주문상태"):
            result.fact(key).cancelled = True
            continue
        parsed = _read_row(cells, table, row.cells, bundle, order_number, layout)
        if cells.problems or parsed is None:
            result.problems.extend(cells.problems)
            if bundle:
                result.bad_keys.add(key)
            else:
                result.unknown_bad = True
            continue
        rows.append(parsed)
        facts = result.fact(key)
        facts.delivered_at = later(facts.delivered_at, parsed.agree.pop("_delivered") or None)
        shipped.setdefault(key, []).append(parsed.agree.pop("_shipped") or None)
        facts.courier = facts.courier or cells.text(COURIER_COLUMN.lower())
        facts.tracking = facts.tracking or cells.text(TRACKING_COLUMN.lower())
    for key, dates in shipped.items():
        days = [day for day in dates if day]
        if len(days) == len(dates):  # a bundle ships as one: shipped once every row says so
            result.fact(key).shipped_at = max(days)
    result.orders = assemble(
        table.file, rows, result.bad_keys, result.problems, line_key_column="옵션id"
    )
    return result


def _read_row(
    cells: RowCells, table: Table, raw: list[str], bundle: str, order_number: str, layout: str
) -> RowOrder | None:
    when = lambda v: parse_timestamp(v, TIMEZONE)  # noqa: E731
    ordered_at = cells.parsed("주문일", when, required=True)
    ship_by = cells.parsed("주문시 출고예정일", lambda v: parse_day_end(v, TIMEZONE))
    shipped_at = cells.parsed("출고일(발송일)", when)
    delivered_at = cells.parsed("배송완료일", when)
    option_id = cells.text("옵션id", required=True)
    quantity = cells.parsed("구매수(수량)", parse_quantity, required=True)
    price = cells.parsed("옵션판매가(판매단가)", lambda v: parse_money(v, "KRW"))
    name = cells.text("수취인이름", required=True)
    address = cells.text("수취인 주소", required=True)
    if ordered_at is None or quantity is None or not (option_id and name and address):
        return None
    postal = cells.text("우편번호")
    if postal.isdigit() and len(postal) < 5:  # a workbook that stored 03925 as a number
        postal = postal.zfill(5)
    title = cells.text("노출상품명(옵션명)") or " ".join(
        part for part in (cells.text("등록상품명"), cells.text("등록옵션명")) if part
    )
    line = OrderLine(
        sku=cells.text("업체상품코드") or option_id,
        title=title,
        quantity=quantity,
        unit_price_minor=price,
        currency="KRW" if price is not None else "",
        line_key=f"{order_number}:{option_id}",
        source={
            "layout": layout,
            "cells": {name: value for name, value in zip(table.raw_header, raw, strict=False)
                      if name and str(value).strip()},
        },
    )  # fmt: skip
    ship_to = Address(
        name=name,
        phone=cells.text("수취인전화번호") or cells.text("구매자전화번호"),
        line1=address,
        postal_code=postal,
        country="KR",
    )
    agree = {column: cells.text(column) for column in _AGREE}
    agree.update(_shipped=shipped_at or "", _delivered=delivered_at or "")
    order = Order(
        marketplace=MARKETPLACE,
        order_number=bundle,
        ordered_at=ordered_at,
        ship_to=ship_to,
        lines=[line],
        ship_by=ship_by,
        pccc=_pccc(cells.text("개인통관번호(pccc)")),
    )
    return RowOrder(cells.line, agree, order)
