"""Print PDFs (labels, packing slips, pick lists) through Qt's print support.

Each PDF page is rasterised with QtPdf at the printer's resolution and drawn
full-bleed on one printer page, so what reaches the printer is exactly what
the PDF shows, whatever PDF support the printer or its driver has.

QtPdf and QtPrintSupport are imported by the functions that use them, not to
show the window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

# Raster resolution of each page: at least a label printer's 300 dpi, at most
# 600 dpi, because Qt reports 1200 dpi for every CUPS queue in high-resolution
# mode and one A4 page at 1200 dpi is a 560 MB image.
MIN_DPI = 300
MAX_DPI = 600


class PrintError(UserError):
    """The label could not be printed: no such printer, or the printer refused the job."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def available_printers() -> list[str]:
    """Names of the print queues the system offers (CUPS on Linux and macOS)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    """The system's default printer, or None when there is none."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.defaultPrinterName() or None


def print_pdf(
    pdf: bytes,
    *,
    printer: str,
    page_size_in: tuple[float, float] | None = None,
    title: str = "fulfil-desk",
) -> None:
    """Print every page of `pdf` on `printer`, one printer page per PDF page.

    The paper is `page_size_in` (width, height) in inches with no margins, or the PDF's
    first page's size (a label's layout: 4×6 in, CJ's 123 × 100 mm …); each PDF page is
    scaled to fit it. Needs a QGuiApplication.
    """
    _check_printer(printer)
    document, buffer = _load(pdf)
    try:
        if page_size_in is None:
            first = document.pagePointSize(0)
            page_size_in = (first.width() / 72, first.height() / 72)
        _print_document(document, _make_printer(printer, page_size_in, title))
    finally:
        document.close()
        buffer.close()


def _check_printer(name: str) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    names = available_printers()
    if name in names:
        # A stopped CUPS queue would hold the job without a word; say so now.
        if QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error:
            raise PrintError(
                _tr(
                    'The printer "{name}" is stopped; check it for paper and errors, '
                    "resume it, and print again."
                ).format(name=name)
            )
        return
    if not names:
        raise PrintError(_tr("No printer is set up; install one or save the label as PDF."))
    raise PrintError(
        _tr('There is no printer called "{name}"; the printers here are: {names}.').format(
            name=name, names=", ".join(names)
        )
    )


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    from PySide6.QtPdf import QPdfDocument

    # The buffer must stay open for as long as the document renders from it.
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        buffer.close()
        raise ValueError(f"not a printable PDF ({document.error().name}, {len(pdf)} bytes)")
    return document, buffer


def _make_printer(name: str, page_size_in: tuple[float, float], title: str) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setDocName(title)
    # Full-page mode first: otherwise Qt raises the margins to the driver's minimum.
    printer.setFullPage(True)
    width, height = page_size_in
    # Paper is named upright; a label wider than high is that paper turned (landscape).
    across = width > height
    page_size = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Inch,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    layout = QPageLayout(
        page_size,
        QPageLayout.Orientation.Landscape if across else QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Inch,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if not printer.setPageLayout(layout):
        raise PrintError(
            _tr('The printer "{name}" does not take {width} × {height} in paper.').format(
                name=name, width=f"{width:.3g}", height=f"{height:.3g}"
            )
        )
    return printer


def _print_document(document: QPdfDocument, printer: QPrinter) -> None:
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            _tr(
                'The printer "{name}" did not accept the job; check that it is on and ready.'
            ).format(name=printer.printerName())
        )
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        dpi = min(max(printer.resolution(), MIN_DPI), MAX_DPI)
        scale = dpi / printer.resolution()
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrintError(_tr("The printer stopped in the middle of the job."))
            target = _fit(document.pagePointSize(index), paper)
            image = document.render(index, (target.size() * scale).toSize())
            if image.isNull():
                raise MemoryError(f"could not render page {index + 1} at {target.size()}")
            painter.drawImage(target, image)
    finally:
        # Qt's PDF and CUPS engines cannot abort, so a failure here still sends
        # the pages drawn so far.
        ended = painter.end()
    if not ended or printer.printerState() in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    ):
        raise PrintError(
            _tr('Printing to "{name}" failed; check the printer and try again.').format(
                name=printer.printerName()
            )
        )


def _fit(page_points: QSizeF, paper: QRectF) -> QRectF:
    """The largest rectangle of the page's shape centred on the paper."""
    size = page_points.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = paper.left() + (paper.width() - size.width()) / 2
    top = paper.top() + (paper.height() - size.height()) / 2
    return QRectF(left, top, size.width(), size.height())


def print_headless(
    pdf: bytes,
    *,
    printer: str | None,
    title: str,
    page_size_in: tuple[float, float] | None = None,
) -> str:
    """Print from the command line: a windowless Qt, then `print_pdf` (on `page_size_in`
    paper, else the PDF's own page size). Returns the printer used."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["fulfil-desk", "-platform", "offscreen"])
    name = printer or default_printer()
    if name is None:
        raise PrintError(_tr("No printer is set up; install one or save the label as PDF."))
    print_pdf(pdf, printer=name, page_size_in=page_size_in, title=title)
    del app  # kept alive until the job is out
    return name


# ---- raw queues: ZPL for thermal printers ---------------------------------------------------

RAW_TIMEOUT_S = 30


def zpl_dpi(printer: str | None, zpl_printers: Mapping[str, int]) -> int | None:
    """The dots per inch of `printer` when the setting `zpl_printers` says it takes ZPL."""
    return zpl_printers.get(printer) if printer else None


def print_labels(
    *,
    printer: str,
    title: str,
    zpl_printers: Mapping[str, int],
    pdf: Callable[[], bytes],
    zpl: Callable[[int], bytes],
    forms: Callable[[], bytes | None] = lambda: None,
) -> None:
    """Labels on `printer`: ZPL at its dpi, raw, when the setting `zpl_printers` lists it
    (`zpl(dpi)` draws them; the customs forms, `forms()`, which the PDF carries after its
    labels, follow as pages of dots), else the PDF (`pdf()`) through Qt."""
    dpi = zpl_dpi(printer, zpl_printers)
    if dpi:
        customs = forms()
        extra = pdf_as_zpl(customs, dpi=dpi) if customs else b""
        print_raw(zpl(dpi) + extra, printer=printer, title=title)
    else:
        print_pdf(pdf(), printer=printer, title=title)


def print_raw(data: bytes, *, printer: str, title: str = "fulfil-desk") -> None:
    """Send `data` (ZPL) to `printer` as it is, `lp -d PRINTER -o raw`, for a CUPS raw
    queue; no Qt. Refused with one sentence when the queue is missing or stopped, or lp is."""
    lp, lpstat = shutil.which("lp"), shutil.which("lpstat")
    if lp is None or lpstat is None:
        raise PrintError(Message("zpl.no_lp"))
    queues = _raw_run([lpstat, "-p"]).stdout.decode(errors="replace")
    states = {line.split()[1]: line for line in queues.splitlines() if line.startswith("printer ")}
    if printer not in states:
        if not states:
            raise PrintError(Message("zpl.no_printers_here", name=printer))
        raise PrintError(Message("zpl.no_such_printer", name=printer, names=", ".join(states)))
    if " disabled" in states[printer]:
        raise PrintError(Message("zpl.printer_stopped", name=printer))
    sent = _raw_run([lp, "-d", printer, "-o", "raw", "-t", title, "-"], data)
    if sent.returncode != 0:
        said = sent.stderr.decode(errors="replace").strip() or f"lp exit {sent.returncode}"
        raise PrintError(Message("zpl.print_refused", name=printer, said=said))


def _raw_run(command: list[str], data: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C"}  # lpstat's words as the parsing expects them
    try:
        return subprocess.run(
            command, input=data, capture_output=True, timeout=RAW_TIMEOUT_S, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise PrintError(Message("zpl.cups_silent", seconds=RAW_TIMEOUT_S)) from exc


def pdf_as_zpl(pdf: bytes, *, dpi: int) -> bytes:
    """Each page of `pdf` as one ZPL label of dots at `dpi`: a page no layout draws (a
    customs form) for a printer that takes only ZPL."""
    from PIL import Image
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from fulfil_desk.core.labels.zpl import zpl_page

    app = QGuiApplication.instance() or QGuiApplication(["fulfil-desk", "-platform", "offscreen"])
    document, buffer = _load(pdf)
    try:
        pages = []
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            size = QSizeF(points.width() * dpi / 72, points.height() * dpi / 72).toSize()
            page = QImage(size, QImage.Format.Format_Grayscale8)
            page.fill(QColor("white"))  # the PDF renders on transparency
            painter = QPainter(page)
            painter.drawImage(0, 0, document.render(index, size))
            painter.end()
            grey = Image.frombuffer(
                "L", (page.width(), page.height()), bytes(page.constBits()), "raw", "L",
                page.bytesPerLine(), 1,
            )  # fmt: skip
            pages.append(zpl_page(grey.point(lambda v: 255 if v < 128 else 0, "1")))
        return b"".join(pages)
    finally:
        buffer.close()
        del app
