"""Any other CSV or XLSX, through a column mapping the seller saved once by name.

A mapping says which of the file's columns holds each of our fields; the rows are then
read exactly as a plain CSV file (one row per order line), and a refused cell is named by
the file's own column name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import tzinfo

from fulfil_desk.core.exchange.formats import plain_csv
from fulfil_desk.core.exchange.formats.common import (
    BadValue,
    Row,
    Table,
    normalise_country,
    normalise_header,
    quoted,
)
from fulfil_desk.core.exchange.formats.model import FileRead
from fulfil_desk.core.kernel.errors import BadFile, UserError
from fulfil_desk.core.kernel.messages import Message

FIELDS = tuple(f for f in plain_csv.COLUMNS if f != "marketplace")
REQUIRED_FIELDS = ("order_number", "ordered_at", "recipient_name", "address1", "sku", "quantity")
_NAME = re.compile(r"[\w][\w .\-]{0,59}")


@dataclass(frozen=True)
class ColumnMapping:
    name: str
    columns: dict[str, str] = field(hash=False)  # our field → the file's header, as written
    marketplace: str = "csv"
    country: str = ""  # ISO code for files without a country column

    def headers(self) -> list[str]:
        return list(self.columns.values())

    def to_json(self) -> dict:
        return {
            "columns": dict(self.columns),
            "marketplace": self.marketplace,
            "country": self.country,
        }

    @classmethod
    def from_json(cls, name: str, data) -> ColumnMapping:
        """A mapping from saved or hand-written JSON; refused with a message when unusable."""
        if not isinstance(data, dict):
            raise UserError(Message("exchange.mapping_not_an_object", name=name))
        columns = data.get("columns", {k: v for k, v in data.items() if k in FIELDS})
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise UserError(Message("exchange.mapping_columns_not_names", name=name))
        mapping = cls(
            name=name,
            columns={k: v.strip() for k, v in columns.items() if v.strip()},
            marketplace=str(data.get("marketplace") or "csv").strip().lower(),
            country=str(data.get("country") or "").strip(),
        )
        mapping.check()
        return mapping

    def check(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise UserError(Message("exchange.mapping_bad_name", name=self.name))
        unknown = [f for f in self.columns if f not in FIELDS]
        if unknown:
            raise UserError(
                Message(
                    "exchange.mapping_unknown_fields",
                    name=self.name,
                    fields=tuple(unknown),
                    known=FIELDS,
                )
            )
        missing = [f for f in REQUIRED_FIELDS if f not in self.columns]
        if missing:
            raise UserError(
                Message("exchange.mapping_needs_columns", name=self.name, fields=tuple(missing))
            )
        if not re.fullmatch(r"[a-z0-9_\-]{1,30}", self.marketplace):
            raise UserError(
                Message(
                    "exchange.mapping_bad_marketplace", name=self.name, marketplace=self.marketplace
                )
            )
        if self.country:
            try:
                normalise_country(self.country)
            except BadValue as err:
                raise UserError(
                    Message("exchange.mapping_bad_country", name=self.name, reason=err.reason)
                ) from None

    def matches(self, header: list[str]) -> bool:
        names = {n.replace(" ", "") for n in header}
        return all(_key(h) in names for h in self.columns.values())


def _key(header: str) -> str:
    return normalise_header([header])[0].replace(" ", "")


def read(
    table: Table, mapping: ColumnMapping, *, default_tz: tzinfo, default_currency: str,
    default_country: str,
) -> FileRead:  # fmt: skip
    where = {name.replace(" ", ""): i for i, name in reversed(list(enumerate(table.header)))}
    missing = [h for h in mapping.columns.values() if _key(h) not in where]
    if missing:
        raise BadFile(
            Message(
                "exchange.mapping_columns_missing",
                file=table.file,
                columns=quoted(missing),
                name=mapping.name,
            )
        )
    fields = [*mapping.columns, "marketplace"]
    if "country" not in mapping.columns:
        fields.append("country")
    country = normalise_country(mapping.country) if mapping.country else default_country
    constants = {"marketplace": mapping.marketplace, "country": country}
    index = [where.get(_key(mapping.columns.get(f, "")), -1) for f in fields]
    pairs = list(zip(fields, index, strict=True))
    rows = [
        Row(row.line, [_cell(row.cells, i) if i >= 0 else constants[f] for f, i in pairs])
        for row in table.rows
    ]
    for f in plain_csv.REQUIRED_COLUMNS:
        if f not in fields:
            fields.append(f)
            for row in rows:
                row.cells.append("")
    shown = [mapping.columns.get(f, f) for f in fields]
    mapped = Table(table.file, fields, rows, raw_header=shown, encoding=table.encoding,
                   sheet=table.sheet, header_line=table.header_line)  # fmt: skip
    return plain_csv.read(mapped, default_tz=default_tz, default_currency=default_currency)


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""
