"""Cells of the spreadsheets fulfil-desk writes, made safe to open (formula injection).

A buyer's name, a product title or an option name comes from a marketplace file and so from
a stranger. Opened in Excel, LibreOffice or Google Sheets, a text that starts with `=`, `+`,
`-` or `@` (or a tab or carriage return, which some of them skip before looking) is run as a
formula: `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`. Every CSV/TSV cell written goes through
`neutralise_cell`; every workbook written goes through `text_only`.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A text that a spreadsheet would run as a formula gets a leading apostrophe (the
    spreadsheets' own "this is text" mark); any other value is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def text_only(sheet, *, min_row: int = 1) -> None:
    """Every cell of an openpyxl worksheet from `min_row` on stored as text, never as a
    formula, and flagged with Excel's quote prefix so that editing it keeps it text.

    The values stay as they are: a workbook goes back to the marketplace (Coupang Wing's
    bulk upload), which must read the cells as it wrote them.
    """
    for row in sheet.iter_rows(min_row=min_row):
        for cell in row:
            if cell.value is None:
                continue
            if not isinstance(cell.value, str):
                cell.value = str(cell.value)  # an order number stays 2100012345678, not 2.1E+12
            cell.data_type = "s"
            if str(cell.value).startswith(FORMULA_STARTS):
                cell.quotePrefix = True
