"""Orders ▸ Import: choose a file, see what it would change, then import it or not.

The file is parsed in a worker thread (no database there); the preview and the import
run on this thread, each in one transaction, with a progress bar and a Cancel button
that rolls the transaction back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.exchange.formats import FORMATS, MAPPING_PREFIX
from fulfil_desk.core.exchange.formats.charsets import label as encoding_label
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.models import Column, TableModel

if TYPE_CHECKING:
    from fulfil_desk.core.exchange.formats import ParseResult
    from fulfil_desk.core.exchange.import_report import ImportPreview
    from fulfil_desk.ui.controller import DeskController

KIND_COLOURS = {
    "new": "#e8f5e9",
    "updated": "#fff8e1",
    "cancelled": "#fce4ec",
    "refused": "#ffebee",
}


class ImportCancelled(UserError):
    """The person pressed Cancel while the file was read or merged."""


class ReadWorker(QThread):
    """Parses the file on another thread: `Desk.read_order_file` touches no database."""

    progressed = Signal(int, int)
    done = Signal(object)  # ParseResult
    failed = Signal(object)  # the message

    def __init__(self, *, read, request, parent=None):
        super().__init__(parent)
        self._read, self._request = read, request
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise ImportCancelled(self.tr("Import cancelled; nothing was changed."))
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            parsed = self._read(self._request, progress=self._progress)
        except UserError as exc:
            self.failed.emit(exc.message)
            return
        self.done.emit(parsed)


class ImportDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.controller = controller
        self.desk = controller.desk
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(900, 560)
        self.path: Path | None = None
        self.parsed: ParseResult | None = None
        self.preview: ImportPreview | None = None
        self.worker: ReadWorker | None = None
        self._cancel = False
        self._rows: list[dict] = []
        self.file_box = QLineEdit(readOnly=True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.format_box = QComboBox()
        self.encoding_box = QComboBox()
        self._fill_choices()
        self.format_box.currentIndexChanged.connect(self._reread)
        self.encoding_box.currentIndexChanged.connect(self._reread)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 2 + 6)
        self.model = TableModel(
            columns=[
                Column(self.tr("What"), lambda r: r["kind_text"]),
                Column(self.tr("Order or row"), lambda r: r["label"]),
                Column(self.tr("Details"), lambda r: r["detail"]),
            ],
            fetch=lambda offset, limit: self._rows[offset : offset + limit],
            row_colour=lambda r: KIND_COLOURS.get(r["kind"]),
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.warnings = QLabel("")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.map_button = QPushButton(self.tr("Map columns…"))
        self.map_button.clicked.connect(self.map_columns)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.cancel)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_box, stretch=1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Encoding"), self.encoding_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.map_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        if path is not None:
            self.set_path(path)

    # ---- choices ---------------------------------------------------------------------------

    def _fill_choices(self, select_mapping: str | None = None) -> None:
        self.format_box.blockSignals(True)
        self.format_box.clear()
        words = self.controller.words
        self.format_box.addItem(self.tr("Detect from the header"), (None, None))
        for name, reader in FORMATS.items():
            self.format_box.addItem(words.term(reader.LABEL), (name, None))
        for mapping in self.desk.exchange.mappings():
            text = self.tr("Column mapping: {name}").format(name=mapping.name)
            self.format_box.addItem(text, (None, mapping.name))
            if mapping.name == select_mapping:
                self.format_box.setCurrentIndex(self.format_box.count() - 1)
        self.format_box.blockSignals(False)
        if self.encoding_box.count() == 0:
            self.encoding_box.addItem(self.tr("Detect"), None)
            for encoding in ("utf-8", "cp949", "gb18030", "shift_jis"):
                self.encoding_box.addItem(words.term(encoding_label(encoding)), encoding)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import orders"),
            "",
            self.tr("Order files (*.xlsx *.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.file_box.setText(str(self.path))
        self._reread()

    def encoding(self) -> str | None:
        return self.encoding_box.currentData()

    # ---- reading and previewing --------------------------------------------------------------

    def _reread(self) -> None:
        if self.path is None:
            return
        self._stop_worker()
        self.parsed = self.preview = None
        self._show_rows([])
        self.import_button.setEnabled(False)
        fmt, mapping = self.format_box.currentData() or (None, None)
        try:
            request = self.desk.exchange.order_file_request(
                self.path, format=fmt, mapping=mapping, encoding=self.encoding()
            )
        except UserError as exc:
            self._failed(exc.message)
            return
        self._cancel = False
        self._busy(self.tr("Reading {file}…").format(file=self.path.name))
        self.worker = ReadWorker(
            read=self.desk.exchange.read_order_file, request=request, parent=self
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._read_done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _busy(self, text: str) -> None:
        self.summary.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _db_progress(self, done: int, total: int) -> None:
        """Called inside the transaction: keep the window alive; Cancel rolls it back."""
        self._progressed(done, total)
        QCoreApplication.processEvents()
        if self._cancel:
            raise ImportCancelled(self.tr("Import cancelled; nothing was changed."))

    def _read_done(self, parsed) -> None:
        self.parsed = parsed
        self._busy(self.tr("Working out what {file} changes…").format(file=parsed.file))
        try:
            self.preview = self.desk.exchange.preview_parsed(parsed, progress=self._db_progress)
        except UserError as exc:
            self._failed(exc.message)
            return
        finally:
            self.progress.setVisible(False)
        self._show_preview(self.preview)

    def _failed(self, message: Message | str) -> None:
        self.progress.setVisible(False)
        self.summary.setText(self.controller.words(message))
        self.summary.setStyleSheet("color: #b71c1c;")

    def _show_preview(self, preview) -> None:
        self.summary.setStyleSheet("")
        text = self.tr(
            "{file} ({format}): {new} new, {updated} updated, {cancelled} "
            "cancelled by the buyer, {unchanged} unchanged, {refused} refused rows."
        ).format(
            file=preview.file,
            format=self.read_as(preview.format, preview.encoding),
            new=len(preview.new),
            updated=len(preview.updated),
            cancelled=len(preview.cancelled),
            unchanged=len(preview.unchanged),
            refused=preview.skipped_rows,
        )
        if preview.refused_whole:
            text += " " + self.tr("Importing takes only the good orders; bad rows are left out.")
        self.summary.setText(text)
        self._show_rows(preview.entries())
        self.warnings.setText("\n".join(self.controller.words(w) for w in preview.warnings))
        changes = preview.new or preview.updated or preview.cancelled
        self.import_button.setEnabled(bool(changes))

    def read_as(self, fmt: str, encoding: str) -> str:
        """How the file was read: its layout, and its text encoding when it is text."""
        words = self.controller.words
        if fmt in FORMATS:
            layout = words.term(FORMATS[fmt].LABEL)
        else:  # a saved column mapping: mapping:<name>
            layout = self.tr("column mapping {name}").format(name=fmt.removeprefix(MAPPING_PREFIX))
        try:
            text = words.term(encoding_label(encoding))
        except UserError:  # a workbook has no text encoding
            return layout
        return self.tr("{layout}, {encoding}").format(layout=layout, encoding=text)

    def _show_rows(self, entries) -> None:
        kinds = {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "cancelled": self.tr("Cancelled"),
            "refused": self.tr("Refused"),
        }
        self._rows = [
            {
                "kind": k,
                "kind_text": kinds[k],
                "label": self.controller.words(label),
                "detail": self.controller.words(detail),
            }
            for k, label, detail in entries
        ]
        self.model.reload()
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    # ---- actions ----------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.parsed is None:
            return
        self._cancel = False
        self._busy(self.tr("Importing {file}…").format(file=self.parsed.file))
        self.import_button.setEnabled(False)
        result = self.controller.run(
            self.desk.exchange.import_parsed, self.parsed, skip_bad=True, progress=self._db_progress
        )
        self.progress.setVisible(False)
        if result is None:
            self.summary.setText(self.tr("Nothing was imported."))
            self.import_button.setEnabled(True)
            return
        self.accept()

    def cancel(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self._stop_worker()
            self._failed(self.tr("Reading cancelled."))
            return
        if self.progress.isVisible():
            self._cancel = True  # the transaction in progress raises and rolls back
            return
        self.reject()

    def map_columns(self) -> None:
        from fulfil_desk.ui.dialogs.mapping_dialog import MappingDialog

        if self.path is None:
            return
        dialog = MappingDialog(
            controller=self.controller, path=self.path, encoding=self.encoding(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_choices(select_mapping=dialog.saved_name)
            self._reread()

    def _stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.worker.done.disconnect()
            self.worker.failed.disconnect()
            self.worker.wait()
            self.worker = None

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self._stop_worker()
        super().done(result)
