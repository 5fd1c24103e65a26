"""The product list: SKU, name, barcodes, bin and weight, one product per row; and what
customs need of it (hs_code, origin_country, customs_description: all three or none)."""

from __future__ import annotations

from pathlib import Path

from fulfil_desk.core.customs import rules as customs_rules
from fulfil_desk.core.customs.rules import CustomsRefused, ProductCustoms
from fulfil_desk.core.exchange.formats.common import BadValue, RowCells, check_columns, read_table
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import RowProblem
from fulfil_desk.core.stock.inventory import Product

LABEL = Term("file_format", "products")
REQUIRED_COLUMNS = ("sku", "name")
OPTIONAL_COLUMNS = ("barcodes", "bin_location", "weight_g")
CUSTOMS_COLUMNS = ("hs_code", "origin_country", "customs_description")
MAX_WEIGHT_G = 70_000


def _weight(text: str) -> int:
    if not text.isdigit() or int(text) > MAX_WEIGHT_G:
        raise BadValue(Message("exchange.bad_weight", text=text, most=MAX_WEIGHT_G))
    return int(text)


def read_products(path: Path) -> tuple[list[Product], list[RowProblem]]:
    products, _customs, problems = read_products_with_customs(path)
    return products, problems


def _customs(cells: RowCells, sku: str, countries: frozenset[str] | None) -> ProductCustoms | None:
    given = {column: cells.text(column) for column in CUSTOMS_COLUMNS}
    if not any(given.values()):
        return None
    for column, value in given.items():
        if not value:
            cells.problem(column, Message("customs.import_needs_all", columns=CUSTOMS_COLUMNS))
    checks = (
        ("hs_code", customs_rules.normalise_hs),
        ("origin_country", lambda text: customs_rules.normalise_origin(text, countries)
         if countries is not None else text.strip().upper()),
        ("customs_description", customs_rules.normalise_description),
    )  # fmt: skip
    done: dict[str, str] = {}
    for column, check in checks:
        if given[column]:
            try:
                done[column] = check(given[column])
            except CustomsRefused as err:
                cells.problem(column, err.reason)
    if len(done) < len(checks):
        return None
    return ProductCustoms(sku, done["hs_code"], done["origin_country"], done["customs_description"])


def read_products_with_customs(
    path: Path, *, countries: frozenset[str] | None = None
) -> tuple[list[Product], list[ProductCustoms], list[RowProblem]]:
    """Barcodes are separated by spaces or `|`; a barcode on two rows is a problem on the second.
    `countries`: the ISO codes an origin may be (None: any two letters)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        why = err.strerror or str(err)
        raise BadFile(Message("exchange.cannot_open", file=path.name, why=why)) from None
    table = read_table(data, path.name)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    products: list[Product] = []
    customs: list[ProductCustoms] = []
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
        facts = _customs(cells, sku, countries)
        if cells.problems:
            problems.extend(cells.problems)
            continue
        seen_skus.add(sku)
        products.append(Product(sku, name, cells.text("bin_location"), weight, codes))
        if facts is not None:
            customs.append(facts)
    return products, customs, problems
