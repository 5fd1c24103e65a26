"""Handover: the parcels the courier's driver takes at the end of the day, scanned out by
scans alone (HANDOVER at Receive; core/handover/bench.py says what each scan does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from fulfil_desk.core.handover.rules import Parcel, kg
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.stock import IDLE_STYLE, WAITING_STYLE, _big, _buttons
from fulfil_desk.ui.pages.widgets import DONE_COLOUR, static_table

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

A4_INCHES = (8.27, 11.69)


class HandoverPage(StepPage):
    page = "handover"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Handover to the driver"),
            hint=self.tr(
                "Scan the courier's code (COURIER:…) or the first parcel, then each parcel the "
                "driver takes: its tracking number or order number. DRIVER:<name> or the field "
                "below names the driver; OK closes the list, FORCE closes it without the parcels "
                "left; BACK leaves the page."
            ),
            parent=parent,
        )
        words = controller.words
        self.status = plain_label()
        self.status.setObjectName("handoverStatus")
        _big(self.status)
        self.left = plain_label()
        self.left.setObjectName("handoverLeft")
        self.parcels, self.parcels_model, self.parcel_rows = static_table(
            [
                Column(self.tr("Order number"), lambda p: p.order_number),
                Column(self.tr("Tracking number"), lambda p: p.tracking_number),
                Column(self.tr("City"), lambda p: p.city),
                Column(
                    self.tr("Weight"),
                    lambda p: words(Message("handover.kg", kg=kg(p.weight_g))),
                    align_right=True,
                ),
                Column(self.tr("Box"), lambda p: p.box),
                Column(self.tr("Scanned out"), self._scanned),
            ],
            row_colour=lambda p: DONE_COLOUR if p.scanned else None,
            stretch=2,
        )
        driver_row = QHBoxLayout()
        driver_row.addWidget(plain_label(self.tr("Driver")))
        self.driver = QLineEdit()
        self.driver.setObjectName("handoverDriver")
        self.driver.setPlaceholderText(self.tr("Type the driver's name and press Enter"))
        self.driver.returnPressed.connect(self._driver_typed)
        driver_row.addWidget(self.driver, stretch=1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.left)
        self.body.addWidget(self.parcels, stretch=1)
        self.body.addLayout(driver_row)
        self.body.addLayout(
            _buttons(
                self,
                (self.tr("Close the list (OK)"), "OK"),
                (self.tr("Close without the rest (FORCE)"), "FORCE"),
            )
        )
        prints = QHBoxLayout()
        for text, action in (
            (self.tr("Print the open list"), self._print_open),
            (self.tr("Print the last closed list"), self._print_closed),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            no_focus(button)
            prints.addWidget(button)
        self.body.addLayout(prints)

    def _scanned(self, parcel: Parcel) -> str:
        if parcel.scanned_at is None:
            return ""
        return self.controller.words.moment(_moment(parcel.scanned_at))

    def _driver_typed(self) -> None:
        name = self.driver.text().strip()
        if name:
            self.controller.scan(f"DRIVER:{name}")
        self.scan_box.setFocus()

    def refresh(self) -> None:
        handover = self.controller.bench.handover
        listed = handover.open_list()
        if not self.driver.hasFocus():
            self.driver.setText(handover.driver)
        if listed is None:
            self.status.setText(
                self.tr("Scan the courier's code (COURIER:…) or the first parcel to hand over.")
            )
            self.status.setStyleSheet(IDLE_STYLE)
            self.left.setText("")
            self.parcel_rows[:] = []
            self.parcels_model.reload()
            return
        name = self.controller.desk.handover.courier_name(listed.courier)
        said = Message("handover.list_open", courier=name, n=len(listed.parcels),
                       scanned=len(listed.scanned))  # fmt: skip
        self.status.setText(self.controller.words(said))
        self.status.setStyleSheet(WAITING_STYLE if listed.missing else IDLE_STYLE)
        missing = listed.missing
        self.left.setText(
            self.tr("Left to scan: {orders}").format(
                orders=", ".join(p.order_number for p in missing[:8])
                + (" …" if len(missing) > 8 else "")
            )
            if missing
            else self.tr("Every parcel is scanned out: OK closes the list.")
        )
        self.parcel_rows[:] = list(listed.parcels)
        self.parcels_model.reload()

    def _print_open(self) -> None:
        listed = self.controller.bench.handover.open_list()
        if listed is None:
            self.show_message(self.tr("Scan the courier's code or a parcel first."), False)
        else:
            self._print(listed, self.tr("handover list"))
        self.scan_box.setFocus()

    def _print_closed(self) -> None:
        desk = self.controller.desk
        latest = desk.handover.handovers(limit=1)
        if not latest:
            self.show_message(self.tr("No handover list is closed yet."), False)
        else:
            listed = desk.handover.closed(latest[0]["id"])
            self._print(listed, self.tr("handover list {code}").format(code=listed.code))
        self.scan_box.setFocus()

    def _print(self, listed, title: str) -> None:
        try:
            pdf = self.controller.desk.handover.pdf(listed, words=self.controller.words)
        except UserError as exc:
            self.show_message(exc.message, False)
            return
        self.controller.print_document(pdf, page_size_in=A4_INCHES, title=title)


def _moment(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text)
