"""Database ▸ Back up now, Restore from backup…

Backing up runs on a worker thread (through a connection of its own, which reads one
snapshot) behind a progress dialog; Cancel leaves no file and deletes no earlier backup.
Restoring asks first, then replaces the database's content (the current one is backed up
first) on this thread, since the copy goes into this Desk's own connection: a modal
progress dialog whose Cancel rolls it back. Then it asks for the window to be rebuilt on
the restored data: `restored` → MainWindow's `reopen_requested` → the composition root
(ui/app.py) opens a new Desk and a new window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.kernel.errors import Cancelled, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.safekeeping.backups import STEP_PAGES, Backup
from fulfil_desk.ui.dialogs.progress import SHOW_AFTER_MS, ProgressRun
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.words import moment, number

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


def add_database_menu(window) -> None:
    """The Database menu of the main window."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("BackupMenu", "&Database"))
    back_up = QAction(QCoreApplication.translate("BackupMenu", "&Back up now"), window)
    back_up.triggered.connect(lambda: back_up_now(window))
    restore = QAction(QCoreApplication.translate("BackupMenu", "&Restore from backup…"), window)
    restore.triggered.connect(window.open_restore)
    menu.addAction(back_up)
    menu.addAction(restore)


def back_up_now(window, *, pages: int = STEP_PAGES) -> ProgressRun | None:
    """A backup into the backups folder on a worker thread, with progress and Cancel; where
    it went (or why not, or that it was cancelled) is the message on the bench."""
    controller = window.controller
    try:
        job = controller.desk.backups.backup_job(pages=pages)
    except UserError as exc:
        controller.message.emit(controller.words(exc.message), False)
        return None
    run = ProgressRun(
        work=job.run,
        words=controller.words,
        text=QCoreApplication.translate("BackupMenu", "Backing up the database…"),
        cancelled_text=QCoreApplication.translate(
            "BackupMenu", "Backup cancelled: no file was written and the earlier backups are kept."
        ),
        parent=window,
    )

    def succeeded(result) -> None:
        _made, changes = result
        controller.changed.emit(changes)
        controller.message.emit(controller.words(changes.message), True)

    run.succeeded.connect(succeeded)
    run.failed.connect(lambda sentence, cancelled: controller.message.emit(sentence, cancelled))
    run.finished.connect(run.deleteLater)
    window.backup_run = run
    run.start()
    return run


class RestoreDialog(QDialog):
    restored = Signal()
    progressed = Signal(int, int)  # each step of a restore

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.controller = controller
        desk = controller.desk
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self.pages = STEP_PAGES  # pages per step of the copies: how often Cancel is heard
        self.progress: QProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._backups: list[Backup] = []
        words = controller.words
        self.model = TableModel(
            columns=[
                Column(self.tr("Taken"), lambda b: moment(words, b.taken_at)),
                Column(self.tr("Why"), lambda b: self._kind(b.kind)),
                Column(
                    self.tr("Orders"),
                    lambda b: "?" if b.orders is None else b.orders,
                    align_right=True,
                ),
                Column(self.tr("Size"), lambda b: self._size(b.size), align_right=True),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            fetch=lambda offset, limit: self._backups[offset : offset + limit],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("backups")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda *_: self.ask())
        self.where = QLabel(
            self.tr("Backups in {folder}").format(folder=desk.backups.backup_folder())
        )
        self.where.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.ask)
        other = QPushButton(self.tr("Other &file…"))
        other.clicked.connect(self._choose_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()

    def _size(self, n: int) -> str:
        words = self.controller.words
        if n >= 1024 * 1024:
            return self.tr("{n} MB").format(n=number(words, round(n / 1024 / 1024, 1), 1))
        return self.tr("{n} kB").format(n=number(words, round(n / 1024)))

    def _kind(self, kind: str) -> str:
        return {
            "daily": self.tr("daily"),
            "manual": self.tr("by hand"),
            "before-upgrade": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
        }.get(kind, kind)

    def refresh(self) -> None:
        self._backups = self.controller.desk.backups.backups()
        self.model.reload()
        if self._backups:
            self.view.selectRow(0)
        else:
            self._say(self.tr("No backups yet: Database ▸ Back up now makes one."), ok=True)
        self.restore_button.setEnabled(bool(self._backups))

    def _say(self, text: Message | str | None, *, ok: bool) -> None:
        self.note.setText(self.controller.words(text))
        self.note.setStyleSheet("" if ok else "color: #b71c1c; font-weight: bold;")

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self.controller.desk.backups.backup_folder()),
            self.tr("fulfil-desk databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.ask(Path(path))

    def ask(self, path: Path | None = None) -> QMessageBox | None:
        """Confirm first: which backup, what it holds, and that the current data is saved."""
        if path is None:
            index = self.view.currentIndex()
            if not index.isValid():
                return None
            path = self.model.row(index.row()).path
        try:
            facts = self.controller.desk.backups.check_backup(path)
        except UserError as exc:
            self._say(exc.message, ok=False)
            return None
        self.chosen = path
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in the database by {file} ({orders} orders)?\n\n"
                "The database as it is now is backed up first. Close fulfil-desk on the "
                "other stations before restoring."
            ).format(file=path.name, orders=facts.orders),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(box, button))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _answered(self, box: QMessageBox, button: QAbstractButton) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.restore()

    def restore(self) -> None:
        """On this thread: the copy goes into the Desk's own connection. The progress
        dialog is modal, so each step lets the window repaint and hears Cancel."""
        if self.chosen is None:
            return
        self.progress = progress = QProgressDialog(
            self.tr("Restoring {file}…").format(file=self.chosen.name),
            self.tr("Cancel"),
            0,
            2000,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setMinimumWidth(420)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)  # modal: runs the window's events, Cancel among them
            self.progressed.emit(done, total)
            if progress.wasCanceled():
                raise Cancelled(
                    self.tr(
                        "Restore cancelled: the database is as it was and no backup was deleted."
                    )
                )

        try:
            changes = self.controller.desk.backups.restore_backup(
                self.chosen, progress=step, pages=self.pages
            )
        except Cancelled as exc:
            self._say(exc.message, ok=True)
            return
        except UserError as exc:
            self._say(exc.message, ok=False)
            return
        finally:
            progress.reset()
            progress.hide()
        self._say(changes.message, ok=True)
        self.accept()
        self.restored.emit()
