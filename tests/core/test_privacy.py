"""Personal data on paper and in files: masked labels (read back from the PDF) and
spreadsheet cells that cannot run as formulas."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pypdf
import pytest

from fulfil_desk.core.exchange.cells import neutralise_cell, text_only
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.safekeeping.privacy import mask_name, mask_phone, personal_values, scrub

S = OrderStatus


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("홍길동", "홍*동"),
        ("김민", "김*"),
        ("남궁민수", "남*민수"),
        ("홍 길동", "홍 *동"),
        ("김", "*"),
        ("王小明", "王*明"),
        ("山田太郎", "山*太郎"),
        ("John Smith", "J*hn S*ith"),
        ("J. Smith", "J. S*ith"),
        ("Jo", "J*"),
        ("José Müller", "J*sé M*ller"),
        ("", ""),
    ],
)
def test_names_are_masked_as_korean_couriers_print_them(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("010-1234-5678", "010-1234-****"),
        ("01012345678", "0101234****"),
        ("+82 10 1234 5678", "+82 10 1234 ****"),
        ("+1 (206) 555-0100", "+1 (206) 555-****"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_phones_lose_their_last_four_digits(phone, masked):
    assert mask_phone(phone) == masked


def test_scrub_empties_personal_keys_and_erases_known_values_elsewhere():
    secrets = personal_values(["김하늘", "010-1111-2222", "03925", "x"])
    assert secrets == ["010-1111-2222", "김하늘"]  # digits alone would hit tracking numbers
    data = {
        "cells": {"수취인이름": "김하늘", "구매자전화번호": "010-9999-8888", "옵션ID": "77",
                  "buyer-email": "a@b.c", "등록상품명": "머그컵"},
        "note": "김하늘 asked to call 010-1111-2222",
        "tracking": "255278883003925",
        "list": [{"recipient_name": "김하늘"}],
    }  # fmt: skip
    assert scrub(data, secrets) == {
        "cells": {"수취인이름": "", "구매자전화번호": "", "옵션ID": "77", "buyer-email": "",
                  "등록상품명": "머그컵"},
        "note": "*** asked to call ***",
        "tracking": "255278883003925",
        "list": [{"recipient_name": ""}],
    }  # fmt: skip


# ---- cells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+82 10 1234 5678", "'+82 10 1234 5678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("홍길동", "홍길동"),
        ("", ""),
        (-3, -3),  # a number is not a formula
        (None, None),
    ],
)
def test_cells_a_spreadsheet_would_run_get_an_apostrophe(value, written):
    assert neutralise_cell(value) == written


def test_a_workbook_stores_every_cell_as_text_flagged_as_such():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["order", "name"])
    sheet.append(["2100012345678", '=HYPERLINK("http://evil","click")'])
    sheet.append([2100012345679, "-1+1"])
    text_only(sheet)
    out = io.BytesIO()
    book.save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    back = openpyxl.load_workbook(io.BytesIO(out.getvalue())).active
    assert back["B2"].value == '=HYPERLINK("http://evil","click")'  # the value, as it was
    assert back["B2"].data_type == "s" and back["B2"].quotePrefix
    assert back["A3"].value == "2100012345679" and not back["A3"].quotePrefix


def test_every_csv_the_app_writes_neutralises_buyer_text(desk, add, drive, tmp_path):
    from fulfil_desk.core.kernel.orders import Address
    from fulfil_desk.core.stock.inventory import Product

    evil = Address(name="=cmd|' /C calc'!A0", phone="+82 10 1111 2222", line1="서울",
                   city="서울", postal_code="03925", country="KR")  # fmt: skip
    order_id = add("CSV-1", [("DEMO-MUG", 1)], ship_to=evil)
    drive(order_id, S.SHIPPED)
    desk.exchange.export_tracking("csv", tmp_path / "t.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text("utf-8-sig"))))
    assert rows[1][2] == "'=cmd|' /C calc'!A0"
    desk.products.save_product(Product("@SKU", "odd"))
    desk.stock.export_shippable(tmp_path / "s.csv")
    assert "'@SKU" in (tmp_path / "s.csv").read_text("utf-8")


# ---- masked labels ----------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_labels_and_slips_are_masked_only_when_the_setting_says(desk, add, drive):
    order_id = add("M-1", [("DEMO-MUG", 1)])  # 김하늘, 010-1111-2222
    drive(order_id, S.PACKED)
    plain = pdf_text(desk.documents.label_pdf([order_id]))
    assert "김하늘" in plain and "010-1111-2222" in plain
    desk.settings.set("mask_labels", True)
    label = pdf_text(desk.documents.label_pdf([order_id]))
    assert "김*늘" in label and "010-1111-****" in label
    assert "김하늘" not in label and "2222" not in label
    assert "서울특별시 마포구 월드컵북로 396" in label  # the courier still needs the address
    slip = pdf_text(desk.documents.packing_slip_pdf([order_id]))
    assert "김*늘" in slip and "김하늘" not in slip
    assert desk.orders.order(order_id).ship_to.name == "김하늘"  # stored as it came


def test_mask_labels_is_a_yes_or_no(desk):
    with pytest.raises(UserError, match="true or false"):
        desk.settings.set("mask_labels", "yes")
