"""Delivered from a file or a pasted list: checked whole first, one bad row changes nothing;
the encodings sellers' sheets come in."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import KST, lotte
from test_transit import delivered_at, on
from transit_helpers import ship_at

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import Wording

THURSDAY = datetime(2026, 6, 18, 10, 0, tzinfo=KST)


@pytest.fixture
def parcels(desk, drive):
    """Three parcels shipped on Thursday 18 June; today is Wednesday 24 June."""
    ids = [ship_at(desk, drive, f"T-{n}", THURSDAY) for n in (1, 2, 3)]
    on(desk, date(2026, 6, 24))
    return {order_id: lotte(f"{order_id:011d}") for order_id in ids}


def test_a_csv_with_a_bom_and_a_header_marks_every_parcel(desk, parcels, db_path):
    first, second, third = parcels.values()
    text = f"tracking,delivered\n{first},2026-06-19\n{second},2026/06/22 14:30\n{third},\n"
    changes = desk.transit.deliver_file(b"\xef\xbb\xbf" + text.encode(), "done.csv")
    assert changes.orders == frozenset(parcels)
    ids = list(parcels)
    assert delivered_at(db_path, ids[0]) == "2026-06-19T12:00:00+09:00"
    assert delivered_at(db_path, ids[1]) == "2026-06-22T14:30:00+09:00"
    assert delivered_at(db_path, ids[2]) == "2026-06-24T09:00:00+09:00"  # empty: now
    assert (
        Wording(lang="en", zone=lambda: KST)(changes.message)
        == "3 parcels of done.csv marked delivered."
    )
    assert desk.transit.in_transit(stale_only=False) == []


def test_a_pasted_list_tab_or_space_separated(desk, parcels, db_path):
    first, second, _ = parcels.values()
    pasted = f"{first}\t2026-06-19\n\n{second[:4]} {second[4:8]} {second[8:]}\n"
    desk.transit.deliver_file(pasted.encode(), "pasted")
    assert delivered_at(db_path, list(parcels)[0]) == "2026-06-19T12:00:00+09:00"
    assert delivered_at(db_path, list(parcels)[1]) is not None  # a number with spaces, now

    # whitespace only: the number, then the time with its space
    _, _, third = parcels.values()
    desk.transit.deliver_file(f"{third} 2026-06-23 08:15".encode(), "pasted")
    assert delivered_at(db_path, list(parcels)[2]) == "2026-06-23T08:15:00+09:00"


@pytest.mark.parametrize(
    ("bad_row", "said"),
    [
        ("999999999999,2026-06-20", "row 3: column 1: 999999999999 is no tracking number"),
        ("{t},2026-06-31", "row 3: column 2: '2026-06-31' is not a date or time"),
        ("{t},2026-06-17", "row 3: Wed 17 Jun 2026 is before the parcel shipped (Thu 18 Jun"),
        ("{t},2026-06-26", "row 3: Fri 26 Jun 2026 has not come yet."),
        ("{t},2026-06-20,extra", "row 3: column 3 and after must be empty"),
        ("{first},2026-06-20", "row 3: {first} is listed twice (first on row 2)"),
    ],
)
def test_one_bad_row_refuses_the_file_naming_it_and_changes_nothing(
    desk, parcels, dump, bad_row, said
):
    first, second, third = parcels.values()
    text = f"운송장번호,배송완료일\n{first},2026-06-20\n{bad_row.format(t=second, first=first)}\n"
    text += f"{third},2026-06-20\n"
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.transit.deliver_file(text.encode("utf-8"), "done.csv")
    sentence = Wording(lang="en", zone=lambda: KST)(refused.value.message)
    assert sentence.startswith("done.csv, row 3: ")
    assert said.format(first=first) in sentence
    assert sentence.endswith("Nothing was marked delivered.")
    assert dump() == before


def test_an_order_not_shipped_in_the_file_refuses_it(desk, parcels, add, drive, dump):
    first = next(iter(parcels.values()))
    open_id = add("OPEN-1", [("DEMO-TEE-M", 1)])
    drive(open_id, OrderStatus.LABELLED)
    before = dump()
    with pytest.raises(UserError):
        desk.transit.deliver_file(f"{first},2026-06-20\nOPEN-1,2026-06-20\n".encode(), "f.csv")
    assert dump() == before


@pytest.mark.parametrize(
    ("encoding", "header"),
    [
        ("cp949", "운송장번호,배송완료일"),
        ("gb18030", "运单号,签收时间"),
        ("utf-16", "tracking\tday"),
    ],
)
def test_korean_and_chinese_sheets_in_their_legacy_encodings(
    desk, parcels, db_path, encoding, header
):
    first = next(iter(parcels.values()))
    sep = "\t" if "\t" in header else ","
    data = f"{header}\r\n{first}{sep}2026-06-22\r\n".encode(encoding)
    desk.transit.deliver_file(data, "sheet.csv")
    assert delivered_at(db_path, next(iter(parcels))) == "2026-06-22T12:00:00+09:00"


def test_a_file_in_no_encoding_it_can_read_is_refused_clearly(desk, parcels, dump):
    before = dump()
    with pytest.raises(UserError) as refused:
        desk.transit.deliver_file(b"\xff\xff\xff\x00\x81", "junk.csv")
    assert "junk.csv" in Wording(lang="en", zone=lambda: KST)(refused.value.message)
    with pytest.raises(UserError) as empty:
        desk.transit.deliver_file(b"tracking,date\n", "empty.csv")
    assert empty.value.message.key == "deliveries.file_empty"
    assert dump() == before


@pytest.mark.parametrize("lang", ["ko", "zh_CN", "en"])
def test_a_bad_row_is_said_in_three_languages(desk, parcels, lang):
    with pytest.raises(UserError) as refused:
        desk.transit.deliver_file(b"123456789012,2026-06-20\n", "done.csv")
    sentence = Wording(lang=lang)(refused.value.message)
    assert "done.csv" in sentence and "123456789012" in sentence
    assert {"ko": "1행", "zh_CN": "第 1 行", "en": "row 1"}[lang] in sentence
