"""Help ▸ Print command sheet and Save command sheet as PDF…: the A4 sheet of every code the
bench takes (its commands, the shop's boxes, couriers and packer badges) as barcodes.

Print sends it to the printer the labels go to (setting `printer`, else the system
default), on A4 paper; the result is the window's message. Save writes the file beside its
name and renames it, so a failed save leaves no half-written file. Either way the scan box
has focus again after.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from fulfil_desk.core.kernel.errors import UserError

A4_INCHES = (8.27, 11.69)


def add_command_sheet_actions(window, menu) -> None:
    """The two actions, added to `menu` (the window's Help menu)."""
    print_action = QAction(
        QCoreApplication.translate("CommandSheet", "Print command sheet"), window
    )
    print_action.setObjectName("printCommandSheet")
    print_action.triggered.connect(lambda: print_command_sheet(window))
    save_action = QAction(
        QCoreApplication.translate("CommandSheet", "Save command sheet as PDF…"), window
    )
    save_action.setObjectName("saveCommandSheet")
    save_action.triggered.connect(lambda: save_command_sheet(window))
    menu.addAction(print_action)
    menu.addAction(save_action)


def print_command_sheet(window) -> None:
    pdf = _sheet(window)
    if pdf is not None:
        window.controller.print_document(
            pdf,
            page_size_in=A4_INCHES,
            title=QCoreApplication.translate("CommandSheet", "command sheet"),
        )
    _scan_box_again(window)


def save_command_sheet(window, path: Path | None = None) -> Path | None:
    """Asks where (unless `path` is given), then writes the sheet; None when nothing was
    saved (the dialog was cancelled, or the save failed: the message says why)."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("CommandSheet", "Save the command sheet as PDF"),
            str(default_sheet_path(window)),
            QCoreApplication.translate("CommandSheet", "PDF (*.pdf)"),
        )
        if not chosen:
            _scan_box_again(window)
            return None
        path = Path(chosen)
    saved = None
    pdf = _sheet(window)
    if pdf is not None:
        try:
            saved = _write(Path(path), pdf)
        except OSError as exc:
            text = QCoreApplication.translate("CommandSheet", "Cannot save {path}: {why}.").format(
                path=path, why=exc.strerror
            )
            window.controller.message.emit(text, False)
        else:
            text = QCoreApplication.translate(
                "CommandSheet", "Command sheet saved to {path}."
            ).format(path=saved)
            window.controller.message.emit(text, True)
    _scan_box_again(window)
    return saved


def default_sheet_path(window) -> Path:
    """Beside the labels folder: …/fulfil-desk/command-sheet-20261123.pdf."""
    controller = window.controller
    return (
        controller.label_dir.parent / f"command-sheet-{controller.desk.calendar.today():%Y%m%d}.pdf"
    )


def _sheet(window) -> bytes | None:
    try:
        return window.controller.desk.documents.command_sheet_pdf(words=window.controller.words)
    except UserError as exc:  # a packer's name no installed font can print
        window.controller.message.emit(window.controller.words(exc.message), False)
        return None


def _write(path: Path, pdf: bytes) -> Path:
    part = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(pdf)
        os.replace(part, path)
    finally:
        with suppress(OSError):  # not there (renamed, never made) or a read-only disk
            part.unlink()
    return path


def _scan_box_again(window) -> None:
    window.activateWindow()
    window.page.scan_box.setFocus()
