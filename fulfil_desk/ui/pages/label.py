"""Label: preview the label in its courier's layout, print it (Enter) or save it as PDF;
packing slip too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.widgets import OrderHeader

if TYPE_CHECKING:  # imported with the first preview: `_make_preview`
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    from fulfil_desk.ui.controller import DeskController


class LabelPage(StepPage):
    page = "label"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Label"),
            hint=self.tr("Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF."),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.printer = plain_label()
        self.layout_line = plain_label()
        # QtPdf is loaded with the first preview, not to show the window: `_make_preview`.
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        self._preview_due = False
        self.preview_box = QWidget()
        self.preview_box.setMinimumHeight(360)
        self._preview_layout = QVBoxLayout(self.preview_box)
        self._preview_layout.setContentsMargins(0, 0, 0, 0)
        print_button = QPushButton(self.tr("Print (Enter)"))
        print_button.clicked.connect(lambda: controller.scan("PRINT"))
        save = QPushButton(self.tr("Save label as PDF…"))
        save.clicked.connect(self._save_as)
        slip = QPushButton(self.tr("Save packing slip…"))
        slip.clicked.connect(self._save_slip)
        print_slip = QPushButton(self.tr("Print packing slip"))
        print_slip.clicked.connect(self._print_slip)
        no_focus(print_button, save, slip, print_slip)
        row = QHBoxLayout()
        for widget in (print_button, save, print_slip, slip):
            row.addWidget(widget)
        row.addStretch(1)
        self.body.addWidget(self.header)
        self.body.addWidget(self.printer)
        self.body.addWidget(self.layout_line)
        self.body.addWidget(self.preview_box, stretch=1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        desk, order_id = self.controller.desk, self.controller.state.order_id
        if order_id is None:
            return
        self.header.show_order(desk.orders.order(order_id))
        self._preview_due = True  # and the printer's line: neither is the verdict
        if self.controller.scanning:
            if self.document is not None:
                self.document.close()  # no other order's label while this one's is drawn
        else:
            self.after_verdict()

    def after_verdict(self) -> None:
        """The label preview: drawing and rendering it waits for the scan's verdict."""
        order_id = self.controller.state.order_id
        if not self._preview_due or order_id is None:
            return
        self._preview_due = False
        name = self.controller.printer_name()
        dpi = self.controller.zpl_dpi()
        self.printer.setText(
            self.tr("Printer: {name} (ZPL, {dpi} dpi)").format(name=name, dpi=dpi)
            if name and dpi
            else self.tr("Printer: {name}").format(name=name)
            if name
            else self.tr("No printer is set up: Enter saves the label to {dir}.").format(
                dir=self.controller.label_dir
            )
        )
        if (note := self.controller.desk.customs.label_note(order_id)) is not None:
            self.printer.setText(f"{self.printer.text()} {self.controller.words(note)}")
        self.layout_line.clear()
        try:
            self._show_layout(order_id)
            self._show_pdf(self.controller.label_pdf(order_id))
        except UserError as exc:
            self.show_message(exc.message, False)

    def _show_layout(self, order_id: int) -> None:
        desk, words = self.controller.desk, self.controller.words
        (layout,) = desk.layouts.for_orders([desk.orders.order(order_id)])
        self.layout_line.setText(
            self.tr("Layout: {title} ({name})").format(
                title=words.value(layout.title), name=layout.name
            )
        )

    def work_after_verdict(self) -> bool:
        return self._preview_due

    def _make_preview(self) -> tuple[QPdfDocument, QPdfView]:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = document = QPdfDocument(self)
        self.view = view = QPdfView()
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.SinglePage)
        # The whole label in the view: fitted, QPdfView leaves out its own margins, so that
        # with them the page came out taller than the view and its foot was cut off.
        view.setDocumentMargins(QMargins(0, 0, 0, 0))
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_focus(view)
        self._preview_layout.addWidget(view)
        return document, view

    def _show_pdf(self, pdf: bytes) -> None:
        if self.document is None or self.view is None:
            document, view = self._make_preview()
        else:
            document, view = self.document, self.view
        document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        view.setZoomMode(view.ZoomMode.FitInView)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _print_slip(self) -> None:
        order_id = self.controller.state.order_id
        if order_id is not None:
            self.controller.print_document(
                self.controller.desk.documents.packing_slip_pdf(
                    [order_id], words=self.controller.words
                ),
                page_size_in=(4, 6),
                title=self.tr("packing slip {id}").format(id=order_id),
            )
        self.scan_box.setFocus()

    def _save_as(self) -> None:
        self._save(
            lambda ids: self.controller.desk.documents.label_pdf(ids, words=self.controller.words),
            "label",
            mark_done=True,
        )

    def _save_slip(self) -> None:
        self._save(
            lambda ids: self.controller.desk.documents.packing_slip_pdf(
                ids, words=self.controller.words
            ),
            "packing-slip",
            mark_done=False,
        )

    def _save(self, make_pdf, stem: str, *, mark_done: bool) -> None:
        order_id = self.controller.state.order_id
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{stem}-{order_id}.pdf", self.tr("PDF files (*.pdf)")
        )
        self.scan_box.setFocus()
        if not path:
            return
        try:
            saved = self.controller.save_pdf(make_pdf([order_id]), Path(path))
        except UserError as exc:
            self.show_message(exc.message, False)
            return
        if mark_done:
            self.controller.label_saved(str(saved))
        else:
            self.show_message(self.tr("Saved {path}.").format(path=saved), True)
