"""The product list: SKU, name, barcodes, bin and weight, one product per row."""

from __future__ import annotations

from pathlib import Path

from fulfil_desk.core.exchange.formats.common import BadValue, RowCells, check_columns, read_table
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import RowProblem
from fulfil_desk.core.stock.inventory import Product

LABEL = Term("file_format", "products")
REQUIRED_COLUMNS = ("sku", "name")
OPTIONAL_COLUMNS = ("barcodes", "bin_location", "weight_g")
MAX_WEIGHT_G = 70_000


def _weight(text: str) -> int:
    if not text.isdigit() or int(text) > MAX_WEIGHT_G:
        raise BadValue(Message("exchange.bad_weight", text=text, most=MAX_WEIGHT_G))
    return int(text)


def read_products(path: Path) -> tuple[list[Product], list[RowProblem]]:
    """Barcodes are separated by spaces or `|`; a barcode on two rows is a problem on the second."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        why = err.strerror or str(err)
        raise BadFile(Message("exchange.cannot_open", file=path.name, why=why)) from None
    table = read_table(data, path.name)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    products: list[Product] = []
    problems: list[RowProblem] = []
    seen_skus: set[str] = set()
    seen_codes: dict[str, str] = {}
    for row in table.rows:
        cells = RowCells(table, row)
        sku = cells.text("sku", required=True)
        name = cells.text("name", required=True)
        weight = cells.parsed("weight_g", _weight) or 0
        codes = tuple(c for c in cells.text("barcodes").replace("|", " ").split() if c)
        if sku in seen_skus:
            cells.problem("sku", Message("exchange.sku_twice", sku=sku))
        for code in codes:
            if seen_codes.get(code, sku) != sku:
                owner = seen_codes[code]
                cells.problem("barcodes", Message("exchange.barcode_taken", code=code, sku=owner))
            seen_codes[code] = sku
        if cells.problems:
            problems.extend(cells.problems)
            continue
        seen_skus.add(sku)
        products.append(Product(sku, name, cells.text("bin_location"), weight, codes))
    return products, problems
