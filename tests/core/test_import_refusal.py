"""A file refused for its rows counts rows, not problems: a row with four bad cells is one
bad row."""

from __future__ import annotations

import pytest
from wording import said

from fulfil_desk.core.exchange.formats import plain_csv
from fulfil_desk.core.kernel.errors import BadFile

HEADER = ",".join(plain_csv.COLUMNS)
# order_number, marketplace, ordered_at, ship_by, recipient_name, phone, address1-3, city,
# state, postal_code, country, sku, title, quantity, unit_price, currency
GOOD = "KS-3000,,2026-06-19 10:00,,Kim,010-1111-2222,Addr,,,,,03925,KR,DEMO-MUG,Mug,1,12000,KRW"
FOUR_BAD = "KS-3001,,yesterday,,Kim,010,Addr,,,,,12345,Narnia,DEMO-MUG,Mug,0,12.5,KRW"
ONE_BAD_A = "KS-3002,,2026-06-19 10:05,,Lee,010,Addr,,,,,12345,KR,DEMO-TEE-M,Tee,1.5,19900,KRW"
ONE_BAD_B = "KS-3003,,2026-06-19 10:10,,Park,010,Addr,,,,,12345,KR,DEMO-SOCKS,Socks,-2,9900,KRW"


def write(tmp_path, name: str, *rows: str):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def refusal(desk, path) -> BadFile:
    with pytest.raises(BadFile) as caught:
        desk.exchange.import_orders(path)
    return caught.value


def test_three_bad_rows_with_six_problems_are_counted_as_three_rows(desk, tmp_path, dump):
    path = write(tmp_path, "orders.csv", GOOD, FOUR_BAD, ONE_BAD_A, ONE_BAD_B)
    before = dump()
    err = refusal(desk, path)
    assert len(err.problems) == 6 and {p.row for p in err.problems} == {3, 4, 5}
    first = said(err.problems[0].sentence())
    assert first.startswith("orders.csv, row 3, column 'ordered_at': 'yesterday'")
    assert said(err) == (
        f"Nothing was imported. {first} (2 more bad rows, 6 problems in all). Fix the file, "
        "or import with --skip-bad to take only the good rows."
    )
    assert dump() == before


def test_one_row_with_four_problems_is_one_bad_row(desk, tmp_path):
    err = refusal(desk, write(tmp_path, "orders.csv", GOOD, FOUR_BAD))
    first = said(err.problems[0].sentence())
    assert len(err.problems) == 4
    assert said(err) == (
        f"Nothing was imported. {first} (4 problems on that row). Fix the file, or import with "
        "--skip-bad to take only the good rows."
    )


def test_two_bad_rows_one_problem_each(desk, tmp_path):
    err = refusal(desk, write(tmp_path, "orders.csv", GOOD, ONE_BAD_A, ONE_BAD_B))
    first = said(err.problems[0].sentence())
    assert said(err) == (
        f"Nothing was imported. {first} (1 more bad row). Fix the file, or import with "
        "--skip-bad to take only the good rows."
    )


def test_skip_bad_summary_counts_the_rows_it_skipped(desk, tmp_path):
    path = write(tmp_path, "orders.csv", GOOD, FOUR_BAD, ONE_BAD_A, ONE_BAD_B)
    report, changes = desk.exchange.import_orders(path, skip_bad=True)
    assert report.new == ["csv KS-3000"] and len(report.skipped) == 6
    assert report.skipped_rows == 3
    assert said(changes) == "orders.csv: 1 new, 0 updated, 0 unchanged, 3 bad rows skipped."
