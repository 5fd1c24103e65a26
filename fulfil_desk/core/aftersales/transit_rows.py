"""A list of delivered parcels as a person gives it: a CSV, a tab-separated sheet copied from
Excel or a list pasted a parcel a line. Each line: the tracking number, then (optional) the
delivery date or time. A first line whose first cell has no digit is a header. The text
may be UTF-8 (with or without a BOM), UTF-16, CP949/EUC-KR or GB18030 (detected as for
order files: core/exchange/formats/charsets.py)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from fulfil_desk.core.exchange.formats.charsets import decode
from fulfil_desk.core.kernel.couriers import normalise
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message

MAX_ROWS = 20_000
# Column names the legacy encodings are told apart by (Korean and Chinese sheets).
HEADER_WORDS = ("운송장번호", "송장번호", "배송완료일", "배송완료", "运单号", "签收时间")


@dataclass(frozen=True)
class DeliveryRow:
    line: int  # the line in the file, from 1
    tracking: str  # as the courier writes it (spaces, dashes and case normalised)
    when: str  # the date or time as written; '' for now


def bad_row(file: str, line: int, why: Message) -> BadFile:
    """The refusal of a whole list for one of its rows."""
    return BadFile(Message("deliveries.bad_row", file=file, row=line, why=why))


def _cells(line: str, delimiter: str | None) -> list[str]:
    if delimiter is None:  # a pasted list: the number, then everything after it
        return line.split(None, 1)
    return next(csv.reader(io.StringIO(line), delimiter=delimiter), [])


def _delimiter(text: str) -> str | None:
    for candidate in ("\t", ",", ";"):
        if candidate in text:
            return candidate
    return None


def read_rows(data: bytes, file: str, *, encoding: str | None = None) -> list[DeliveryRow]:
    text = decode(data, file, encoding=encoding, header_words=HEADER_WORDS).text
    delimiter = _delimiter(text)
    rows: list[DeliveryRow] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        cells = [c.strip() for c in _cells(line, delimiter)]
        if not any(cells):
            continue
        if not rows and number == _first_line(text) and not any(ch.isdigit() for ch in cells[0]):
            continue  # the header
        tracking = normalise(cells[0])
        if not tracking:
            said = Message("deliveries.row_no_tracking", column=1)
            raise bad_row(file, number, said)
        if tracking in seen:
            said = Message("deliveries.row_twice", tracking=tracking, first=seen[tracking])
            raise bad_row(file, number, said)
        if len(cells) > 2 and any(cells[2:]):
            said = Message("deliveries.row_extra_cells", column=3)
            raise bad_row(file, number, said)
        seen[tracking] = number
        rows.append(DeliveryRow(line=number, tracking=tracking, when=cells[1] if cells[1:] else ""))
        if len(rows) > MAX_ROWS:
            raise BadFile(Message("deliveries.too_many_rows", file=file, most=MAX_ROWS))
    return rows


def _first_line(text: str) -> int:
    """The number of the first line that is not blank."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip(" \t,;"):
            return number
    return 0
