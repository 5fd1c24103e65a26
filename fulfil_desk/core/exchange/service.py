"""Marketplace files (`desk.exchange`): import previews, imports, column mappings, exports.

Reading a file (`read_order_file`) touches no database, so the GUI may run it in a worker
thread; merging it (`import_parsed`, `preview_parsed`) runs on the Desk's own thread, in
one transaction. A preview is the import itself, rolled back: it cannot differ from it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from fulfil_desk.core.exchange import exports as export_files
from fulfil_desk.core.exchange import importing
from fulfil_desk.core.exchange.formats import (
    FORMATS,
    ColumnMapping,
    ParseResult,
    Progress,
    known_layout,
    load_order_table,
    read_orders,
)
from fulfil_desk.core.exchange.import_report import order_years
from fulfil_desk.core.exchange.importing import ImportPreview, ImportReport, Merger
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.storage.aftersales.reships import ReshipRepo
from fulfil_desk.core.storage.customs_repo import CustomsRepo
from fulfil_desk.core.storage.exchange import ExchangeRepo, MappingRepo

if TYPE_CHECKING:
    from fulfil_desk.core.bench.flow import FlowService
    from fulfil_desk.core.calendar.service import CalendarService
    from fulfil_desk.core.kernel.settings_service import SettingsService
    from fulfil_desk.core.stock.products import ProductService
    from fulfil_desk.core.stock.service import StockService


class _RolledBack(Exception):
    """Raised inside a preview's transaction so that nothing of it is kept."""


@dataclass(frozen=True)
class ReadRequest:
    """Everything reading a file needs, taken from the shop beforehand."""

    path: Path
    default_tz: tzinfo  # the shop's: for order times a file writes without an offset
    format: str | None = None
    mapping: ColumnMapping | None = None
    encoding: str | None = None
    default_currency: str = "KRW"
    default_country: str = "KR"
    saved_mappings: tuple[ColumnMapping, ...] = field(default=(), hash=False)


@dataclass(frozen=True)
class FilePeek:
    """The first rows of a file, for choosing its columns."""

    file: str
    encoding: str
    sheet: str
    header: list[str] = field(hash=False)
    rows: list[list[str]] = field(hash=False)
    format: str | None = None  # a layout fulfil-desk knows, when it is one


@dataclass
class ExportReport:
    file: str
    format: str
    orders: list[str]
    rows: int
    left_out: list[Message]

    def summary(self) -> Message:
        return Message("exchange.exported", n=len(self.orders), file=self.file)


class ExchangeService:
    def __init__(
        self,
        *,
        ctx: DeskContext,
        calendar: CalendarService,
        flow: FlowService,
        settings: SettingsService,
        products: ProductService,
        stock: StockService,
    ):
        self._ctx = ctx
        self._calendar = calendar
        self._flow = flow
        self._settings = settings
        self._products = products
        self._stock = stock
        self._mappings = MappingRepo(ctx.db)

    # ---- column mappings ---------------------------------------------------------------------

    def mappings(self) -> list[ColumnMapping]:
        return [ColumnMapping.from_json(n, data) for n, data in self._mappings.all()]

    def mapping(self, name: str) -> ColumnMapping:
        data = self._mappings.get(name)
        if data is None:
            names = tuple(m.name for m in self.mappings())
            saved = names or Message("exchange.no_mappings_yet")
            raise NotFound(Message("exchange.no_such_mapping", name=name, saved=saved))
        return ColumnMapping.from_json(name, data)

    def save_mapping(self, mapping: ColumnMapping) -> Changes:
        mapping.check()
        with self._ctx.transaction():
            self._mappings.save(mapping.name, mapping.to_json(), self._ctx.now())
            self._ctx.event("mapping_saved", None, name=mapping.name, columns=mapping.columns)
        return Changes(settings=True, message=Message("exchange.mapping_saved", name=mapping.name))

    def delete_mapping(self, name: str) -> Changes:
        self.mapping(name)
        with self._ctx.transaction():
            self._mappings.delete(name)
            self._ctx.event("mapping_deleted", None, name=name)
        return Changes(settings=True, message=Message("exchange.mapping_deleted", name=name))

    # ---- orders from code: the demo shop, a future API -------------------------------------

    def add_orders(self, orders: list[Order], *, source: str) -> tuple[ImportReport, Changes]:
        """Orders that arrive from code rather than a file: the demo shop, a future API."""
        report = ImportReport(file=source, format="api", rows=len(orders))
        return report, self._merge(orders, report)

    def fill_demo(self, orders: int = 30) -> Changes:
        """Products, stock and `orders` orders; running it twice adds nothing twice."""
        from fulfil_desk.core.exchange import demo

        changes = Changes()
        for product in demo.demo_products():
            changes |= self._products.save_product(product)
            if self._stock.ledger_sum(product.sku) == 0:
                opening = Message("paper.demo_opening_stock")
                changes |= self._stock.receive_stock(product.sku, 40, note=opening)
        with self._ctx.transaction():
            demo.save_customs(CustomsRepo(self._ctx.db))
        if self._ctx.settings.get("shop_address") is None:
            self._settings.set("shop_name", "서울 데모상점 Demo Shop")
            self._settings.set(
                "shop_address",
                {
                    "name": "서울 데모상점",
                    "phone": "02-555-0100",
                    "line1": "서울특별시 마포구 월드컵북로 396",
                    "city": "서울",
                    "postal_code": "03925",
                    "country": "KR",
                },
            )
        _, order_changes = self.add_orders(
            demo.demo_orders(orders, self._ctx.clock.now()), source="demo"
        )
        return changes | order_changes

    # ---- reading files -----------------------------------------------------------------------

    def order_file_request(
        self,
        path: Path,
        *,
        format: str | None = None,
        mapping: str | None = None,
        encoding: str | None = None,
    ) -> ReadRequest:
        if format is not None and format not in FORMATS:
            raise UserError(Message("exchange.unknown_format", format=format, known=tuple(FORMATS)))
        return ReadRequest(
            path=Path(path),
            format=format,
            mapping=self.mapping(mapping) if mapping else None,
            encoding=encoding or None,
            default_tz=self._ctx.shop_tz(),
            default_currency=self._ctx.setting("currency"),
            default_country=self._ctx.setting("country"),
            saved_mappings=tuple(self.mappings()),
        )

    @staticmethod
    def read_order_file(request: ReadRequest, progress: Progress | None = None) -> ParseResult:
        """Parse only: no database, so it may run on another thread."""
        with importing.bulk_work():
            return read_orders(
                request.path,
                format=request.format,
                mapping=request.mapping,
                encoding=request.encoding,
                default_tz=request.default_tz,
                default_currency=request.default_currency,
                default_country=request.default_country,
                saved_mappings=request.saved_mappings,
                progress=progress,
            )

    def peek_file(self, path: Path, *, encoding: str | None = None, rows: int = 8) -> FilePeek:
        mappings = self.mappings()
        table = load_order_table(Path(path), encoding=encoding or None, mappings=mappings)
        width = len(table.raw_header)
        first = [(r.cells + [""] * width)[:width] for r in table.rows[:rows]]
        layout = known_layout(table.raw_header)
        return FilePeek(table.file, table.encoding, table.sheet, table.raw_header, first, layout)

    # ---- import ------------------------------------------------------------------------------

    def preview_import(
        self,
        path: Path,
        format: str | None = None,
        mapping: str | None = None,
        encoding: str | None = None,
    ) -> ImportPreview:
        request = self.order_file_request(path, format=format, mapping=mapping, encoding=encoding)
        return self.preview_parsed(self.read_order_file(request))

    def preview_parsed(
        self, parsed: ParseResult, progress: Progress | None = None
    ) -> ImportPreview:
        """What importing `parsed` (with --skip-bad when it has bad rows) would do."""
        report = ImportPreview(
            file=parsed.file,
            format=parsed.format,
            rows=parsed.rows,
            encoding=parsed.encoding,
            skipped=list(parsed.problems),
            refused_whole=bool(parsed.problems),
        )
        try:
            with importing.bulk_work(), self._ctx.transaction():
                self._apply(parsed, report, progress)
                raise _RolledBack
        except _RolledBack:
            pass
        return report

    def import_orders(
        self,
        path: Path,
        *,
        format: str | None = None,
        mapping: str | None = None,
        encoding: str | None = None,
        skip_bad: bool = False,
    ) -> tuple[ImportReport, Changes]:
        request = self.order_file_request(path, format=format, mapping=mapping, encoding=encoding)
        with importing.bulk_work():
            parsed = self.read_order_file(request)
            done = self.import_parsed(parsed, skip_bad=skip_bad)
            del parsed  # freed now, not scanned by the collector once it runs again
        return done

    def import_parsed(
        self, parsed: ParseResult, *, skip_bad: bool = False, progress: Progress | None = None
    ) -> tuple[ImportReport, Changes]:
        importing.refuse_if_bad(parsed.file, parsed.problems, skip_bad)
        report = ImportReport(
            file=parsed.file,
            format=parsed.format,
            rows=parsed.rows,
            encoding=parsed.encoding,
            skipped=list(parsed.problems),
        )
        with importing.bulk_work(), self._ctx.transaction():
            merger = self._apply(parsed, report, progress)
        changed = frozenset(merger.changed)
        return report, Changes(
            orders=changed, queue=bool(changed), stock=merger.stock, message=report.summary()
        )

    def _merger(self, orders: list[Order], report: ImportReport) -> Merger:
        merger = Merger(
            ctx=self._ctx,
            flow=self._flow,
            report=report,
            exchange=ExchangeRepo(self._ctx.db),
            calendar=self._calendar.calendar(years=order_years(orders)),
            courier=self._ctx.setting("default_courier"),
        )
        merger.expect(orders)
        return merger

    def _apply(
        self, parsed: ParseResult, report: ImportReport, progress: Progress | None = None
    ) -> Merger:
        merger = self._merger(parsed.orders, report)
        total = len(parsed.orders)
        for i, order in enumerate(parsed.orders):
            if progress is not None and i % 100 == 0:
                progress(i, total)
            merger.merge(order, parsed.facts.get((order.marketplace, order.order_number)))
        for key, facts in parsed.facts.items():
            if facts.cancelled:
                merger.cancel_from_file(key)
        merger.cancel_missing(parsed)
        merger.finish()
        if progress is not None:
            progress(total, total)
        return merger

    def _merge(self, orders: list[Order], report: ImportReport) -> Changes:
        """Orders from code (the demo shop, add_orders), merged as a file's would be."""
        with self._ctx.transaction():
            merger = self._merger(orders, report)
            for order in orders:
                merger.merge(order)
            merger.finish()
        changed = frozenset(merger.changed)
        return Changes(orders=changed, queue=bool(changed), message=report.summary())

    # ---- tracking exports --------------------------------------------------------------------

    def export_tracking(
        self,
        format: str,
        out: Path,
        *,
        include_exported: bool = False,
        marketplace: str | None = None,
    ) -> tuple[ExportReport, Changes]:
        """Shipments not yet in an export of this format (all with `include_exported`) into
        `out`, written to a temporary file and renamed, and recorded as exported."""
        if format not in export_files.WRITERS:
            known = tuple(export_files.WRITERS)
            raise UserError(Message("exchange.unknown_export_format", format=format, known=known))
        out = Path(out)
        marketplaces = [marketplace] if marketplace else export_files.MARKETPLACES[format]
        repo = ExchangeRepo(self._ctx.db)
        ids = repo.shipped_for_export(format, marketplaces, include_exported=include_exported)
        linked = ReshipRepo(self._ctx.db).originals(ids)
        originals = {i: self._ctx.order(original) for i, original in linked.items()}
        written = export_files.WRITERS[format](
            [self._ctx.order(i) for i in ids], self._ctx.couriers, originals=originals
        )
        if not written.orders:
            already = not include_exported and repo.shipped_for_export(
                format, marketplaces, include_exported=True
            )
            if written.left_out:
                why = export_files.one_after_another(written.left_out)
            elif already:
                why = Message("exchange.all_exported_already")
            elif marketplaces:
                why = Message("exchange.none_shipped", marketplace=_or(marketplaces))
            else:
                why = Message("exchange.none_shipped_anywhere")
            raise UserError(Message("exchange.nothing_to_export", file=out.name, why=why))
        temp = out.with_name(f".{out.name}.{os.getpid()}.part")
        try:
            temp.write_bytes(written.data)
            with self._ctx.transaction():
                order_ids = [o.saved_id for o in written.orders]
                export_id = repo.record_export(
                    format=format, file=str(out), at=self._ctx.now(), actor=self._ctx.actor,
                    order_ids=order_ids,
                )  # fmt: skip
                self._ctx.event("tracking_exported", None, export=export_id, format=format,
                            file=str(out), orders=order_ids)  # fmt: skip
                for order_id in order_ids:
                    self._ctx.event("tracking_exported", order_id, export=export_id, format=format)
                os.replace(temp, out)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(Message("exchange.cannot_write", file=str(out), why=reason)) from exc
        finally:
            temp.unlink(missing_ok=True)
        report = ExportReport(
            file=str(out),
            format=format,
            orders=[f"{o.marketplace} {o.order_number}" for o in written.orders],
            rows=written.rows,
            left_out=written.left_out,
        )
        return report, Changes(message=report.summary())


def _or(marketplaces: Sequence[str]) -> str | Message:
    """ "amazon", "amazon or coupang", …: marketplaces as one message."""
    first, *others = marketplaces
    if not others:
        return first
    return Message("exchange.marketplace_or", first=first, then=_or(others))


__all__ = ["ExchangeService", "ExportReport", "FilePeek", "ReadRequest"]
