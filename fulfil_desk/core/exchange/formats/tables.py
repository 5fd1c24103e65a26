"""A file as a table: header row and data rows, from CSV/TSV text or an .xlsx workbook.

The header is found by name, not position: preamble rows (eBay's `sep=` line and notes,
a title row above Coupang's header) are skipped until a row that `is_header` accepts.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Collection, Iterable
from datetime import date, datetime, time

from fulfil_desk.core.exchange.formats import charsets
from fulfil_desk.core.exchange.formats.common import Row, Table, clean_text, normalise_header
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message

HeaderTest = Callable[[list[str]], bool]  # normalised cells -> is this the header row?

# Sheets Coupang Wing names its DeliveryList; any other workbook is read from its first sheet.
PREFERRED_SHEETS = ("Delivery", "주문배송관리")
_HEADER_SEARCH = 20  # non-blank rows searched for the header
_SEP_LINE = re.compile(r'\s*"?sep=(.)"?\s*', re.IGNORECASE)
_XLS = b"\xd0\xcf\x11\xe0"
_ZIP = b"PK\x03\x04"


def load_table(
    data: bytes,
    file: str,
    *,
    encoding: str | None = None,
    is_header: HeaderTest | None = None,
    header_words: Collection[str] = (),
) -> Table:
    if data.startswith(_XLS):
        raise BadFile(Message("exchange.old_excel", file=file))
    if data.startswith(_ZIP):
        return _xlsx_table(data, file, is_header)
    decoded = charsets.decode(data, file, encoding=encoding, header_words=header_words)
    return _text_table(decoded.text, file, decoded.encoding, is_header)


def _text_table(text: str, file: str, encoding: str, is_header: HeaderTest | None) -> Table:
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise BadFile(Message("exchange.nul_in_text", file=file, line=line))
    lines = text.splitlines()
    delimiter, skip = None, 0
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise BadFile(Message("exchange.file_empty", file=file))
    if match := _SEP_LINE.fullmatch(lines[first]):
        delimiter, skip = match.group(1), first + 1
    if delimiter is None:
        sample = [line for line in lines[first : first + 30] if line.strip()]
        tabs = sum(line.count("\t") for line in sample)
        delimiter = "\t" if tabs > sum(line.count(",") for line in sample) else ","
    body = "\n".join(lines[skip:])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    try:
        found = list(reader)
    except csv.Error:
        found = None
    if found is not None and reader.line_num == len(found):  # no record spans two lines
        numbered = zip(range(skip + 1, skip + 1 + len(found)), found, strict=True)
        return _table(file, numbered, is_header, encoding=encoding)
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)

    def records() -> Iterable[tuple[int, list[str]]]:
        line_before = 0
        try:
            for record in reader:
                start, line_before = line_before + 1, reader.line_num
                yield skip + start, record
        except csv.Error as err:
            line = skip + line_before
            raise BadFile(
                Message("exchange.unclosed_quote", file=file, line=line, why=str(err))
            ) from None

    return _table(file, records(), is_header, encoding=encoding)


def _table(
    file: str,
    records: Iterable[tuple[int, list[str]]],
    is_header: HeaderTest | None,
    *,
    encoding: str,
    sheet: str = "",
) -> Table:
    records = iter(records)
    header: list[str] | None = None
    fallback: tuple[int, list[str], int] | None = None
    first_any: tuple[int, list[str], int] | None = None
    waiting: list[tuple[int, list[str]]] = []
    rows: list[Row] = []
    for line, record in records:
        if not _has_text(record):
            continue
        names = normalise_header(record)
        if is_header is None or is_header(names):
            header, header_line, raw = names, line, record
            rows = [Row(line, record) for line, record in records if _has_text(record)]
            break
        waiting.append((line, record))
        if fallback is None and sum(1 for n in names if n) >= 2:
            fallback = (line, record, len(waiting))
        first_any = first_any or (line, record, len(waiting))
        if len(waiting) >= _HEADER_SEARCH:
            break
    if header is None:
        found = fallback or first_any
        if found is None:
            raise BadFile(Message("exchange.file_empty", file=file))
        header_line, raw, used = found
        header = normalise_header(raw)
        rows = [Row(line, record) for line, record in waiting[used:]]
        rows += [Row(line, record) for line, record in records if _has_text(record)]
    if not rows:
        raise BadFile(Message("exchange.no_rows", file=file))
    return Table(
        file,
        header,
        rows,
        raw_header=[clean_text(name.replace("\ufeff", "")) for name in raw],
        encoding=encoding,
        sheet=sheet,
        header_line=header_line,
    )


def _has_text(record: list[str]) -> bool:
    return bool(record and record[0].strip()) or any(cell.strip() for cell in record)


def _xlsx_table(data: bytes, file: str, is_header: HeaderTest | None) -> Table:
    import openpyxl  # only when a workbook is read: it takes a while to import

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as err:
        raise BadFile(Message("exchange.bad_workbook_resave", file=file, why=_short(err))) from None
    except Exception as err:  # openpyxl raises many kinds on a damaged workbook
        raise BadFile(Message("exchange.bad_workbook", file=file, why=_short(err))) from None
    try:
        names = [name.strip() for name in book.sheetnames]
        if not names:
            raise BadFile(Message("exchange.no_sheets", file=file))
        chosen = next((n for n in PREFERRED_SHEETS if n in names), names[0])
        sheet = book.worksheets[names.index(chosen)]
        try:
            rows = [
                (number, [cell_text(v) for v in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
        except Exception as err:  # a damaged sheet part
            raise BadFile(
                Message("exchange.bad_sheet", file=file, sheet=chosen, why=_short(err))
            ) from None
    finally:
        book.close()
    table = _table(file, rows, is_header, encoding="xlsx", sheet=chosen)
    width = len(table.header)
    for row in table.rows:  # a workbook leaves trailing blank cells out
        row.cells.extend([""] * (width - len(row.cells)))
    return table


def _short(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def cell_text(value) -> str:
    """A workbook cell as the text a person sees; whole numbers without `.0`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
