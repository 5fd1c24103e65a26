"""Waybill numbers (Orders menu): the bands of numbers the couriers handed the shop, what is
left of each, and a new band added from its first and last number (core/waybills/)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.waybills.service import BandRow
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.words import name, number

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"
LOW_STYLE = "color: #e65100; font-weight: bold;"


def add_waybills_action(window, menu) -> QAction:
    """Adds Waybill numbers… to `menu`."""
    text = QCoreApplication.translate("WaybillsMenu", "&Waybill numbers…")
    action = QAction(text, window)
    action.triggered.connect(lambda: open_waybills(window))
    menu.addAction(action)
    return action


def open_waybills(window) -> WaybillsDialog:
    dialog = WaybillsDialog(controller=window.controller, parent=window)
    dialog.finished.connect(lambda _result: window.page.scan_box.setFocus())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class WaybillsDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waybill numbers"))
        self.controller = controller
        self.desk = controller.desk
        self._rows: list[BandRow] = []
        self.courier = QComboBox()
        words = controller.words
        for courier in self.desk.couriers.all():
            shown = name(words, courier.names, courier.code)
            self.courier.addItem(f"{courier.code} — {shown}", courier.code)
        default = self.desk.settings.get("default_courier")
        self.courier.setCurrentIndex(max(0, self.courier.findData(default)))
        self.first, self.last = QLineEdit(), QLineEdit()
        for edit in (self.first, self.last):
            edit.setPlaceholderText("600000000001")
            edit.returnPressed.connect(self.add_band)
        self.add_button = QPushButton(self.tr("Add band"))
        self.add_button.clicked.connect(self.add_band)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(LOW_STYLE)
        self.model = TableModel(
            columns=self._columns(),
            fetch=lambda offset, limit: self._rows[offset : offset + limit],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("waybillBands")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._layout()
        self.refresh()
        self.resize(860, 420)

    def _layout(self) -> None:
        hint = QLabel(
            self.tr(
                "A band is the run of waybill numbers a courier handed the shop: give its "
                "first and last number as printed, check digit included. Each label then "
                "takes the next number of its courier's band."
            )
        )
        hint.setWordWrap(True)
        form = QHBoxLayout()
        for text, widget in (
            (self.tr("Courier"), self.courier),
            (self.tr("First number"), self.first),
            (self.tr("Last number"), self.last),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label)
            form.addWidget(widget, stretch=1)
        form.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

    def _columns(self) -> list[Column[BandRow]]:
        words = self.controller.words

        def courier(row: BandRow) -> str:
            return name(words, self.desk.couriers.get(row.courier).names, row.courier)

        def count(value) -> str:
            return number(words, value)

        return [
            Column(self.tr("Courier"), courier),
            Column(self.tr("From"), lambda r: r.first),
            Column(self.tr("To"), lambda r: r.last),
            Column(self.tr("Used"), lambda r: count(r.used), align_right=True),
            Column(self.tr("Void"), lambda r: count(r.void), align_right=True),
            Column(self.tr("Left"), lambda r: count(r.left), align_right=True),
            Column(
                self.tr("Check digits"),
                lambda r: self.tr("not verified") if r.unverified else self.tr("verified"),
            ),
        ]

    def refresh(self) -> None:
        self._rows = self.desk.waybills.bands()
        self.model.reload()
        warning = self.desk.waybills.low_warning()
        self.warning.setText(self.controller.words(warning) if warning else "")
        self.warning.setVisible(warning is not None)

    def add_band(self) -> None:
        """The band as typed; a refusal stays here, with the numbers to correct."""
        try:
            _row, changes = self.desk.waybills.add(
                self.courier.currentData(), first=self.first.text(), last=self.last.text()
            )
        except UserError as exc:
            self.note.setStyleSheet(REFUSED_STYLE)
            self.note.setText(self.controller.words(exc.message))
            return
        self.note.setStyleSheet("")
        self.note.setText(self.controller.words(changes.message))
        self.first.clear()
        self.last.clear()
        self.controller.changed.emit(changes)
        self.refresh()
