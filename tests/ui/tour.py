"""A walk through the whole window on a demo shop, as a packer and a seller go through it: every
step page by scans (a refusal and a hold among them), every dialog and panel, every menu.

At each stop the walk calls `visitor.seen(name, widget)` (a page: the window as it stands; a
dialog: the dialog). What a file dialog or a static message box would show (Qt's own
dialogs, which block) is handed over as `visitor.said(name, texts)` instead: their title and
filter come from us. The pseudo-language test reads every text at each stop; the screenshot
test saves a picture of each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bench_driver import MONDAY_MORNING
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from tour_dialogs import DialogTour
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.ui.languages import UiLanguage

SIZE = (1366, 768)
PACKER = "Minji"
SAMPLE = resource_path("samples") / "coupang-deliverylist-40.xlsx"


class Visitor(Protocol):
    def seen(self, name: str, widget: QWidget) -> None: ...

    def said(self, name: str, texts: list[tuple[str, str]]) -> None: ...


def demo_shop(path: Path | str, clock: FixedClock) -> None:
    """The demo's products and a dozen orders; a packer; a small daily capacity, so that a day
    is over it; the Coupang file the walk imports holds more. `path`: a SQLite file, or a
    PostgreSQL URL."""
    desk = Desk.open(path, clock=clock)
    desk.exchange.fill_demo(12)
    desk.packers.save_packer(PACKER)
    desk.settings.set("daily_capacity_orders", 2)
    desk.close()


@dataclass
class QtDialogs:
    """Qt's blocking dialogs, answered at once: what they would have said goes to the
    visitor; a save goes into `folder`."""

    visitor: Visitor
    folder: Path
    answer: bool = True
    asked: list[str] = field(default_factory=list)

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)

    def _file(self, kind: str, caption: str, start: str, filters: str) -> str:
        self.asked.append(caption)
        self.visitor.said(f"{kind} file dialog", [("caption", caption), ("filter", filters)])
        return start

    def _save(self, parent, caption="", start="", filters="", *args, **kwargs):
        self._file("save", caption, start, filters)
        if not self.answer:
            return "", ""
        return str(self.folder / Path(start or "saved.pdf").name), filters

    def _open(self, parent, caption="", start="", filters="", *args, **kwargs):
        self._file("open", caption, start, filters)
        return (str(SAMPLE), filters) if self.answer else ("", "")

    def _critical(self, parent, title, text, *args, **kwargs):
        self.visitor.said("critical message box", [("title", title), ("text", text)])
        return QMessageBox.StandardButton.Ok


class Tour:
    def __init__(
        self,
        *,
        qtbot,
        folder: Path,
        monkeypatch,
        lang: str,
        visitor: Visitor,
        target: Path | str | None = None,
    ):
        """`target`: the shop's database, a SQLite file (default: shop.db in `folder`) or a
        PostgreSQL URL."""
        self.qtbot = qtbot
        self.folder = folder
        self.visitor = visitor
        self.language = UiLanguage(app=QApplication.instance())
        self.language.install(lang)
        (folder / "saved").mkdir()
        self.qt_dialogs = QtDialogs(visitor=visitor, folder=folder / "saved")
        self.qt_dialogs.install(monkeypatch)
        self.clock = FixedClock(MONDAY_MORNING)
        target = target or folder / "shop.db"
        demo_shop(target, self.clock)
        self.desk = Desk.open(target, clock=self.clock)
        self.window = make_window(self.desk, folder, lang=lang)
        qtbot.addWidget(self.window)
        self.window.resize(*SIZE)
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()
        self.pages_seen: set[str] = set()
        self.dialogs = DialogTour(tour=self)

    def close(self) -> None:
        self.window.close()
        self.desk.close()
        self.language.install("en")

    # ---- driving -----------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        """As the scanner types it: keystrokes into the scan box, then Enter."""
        box = self.window.page.scan_box
        if text:
            self.qtbot.keyClicks(box, text)
        self.qtbot.keyClick(box, Qt.Key.Key_Return)
        self.settle()

    def settle(self) -> None:
        """What waits for the verdict (a label preview, the counts) done, and painted."""
        QApplication.processEvents()
        self.window.page.after_verdict()

    def see(self, name: str) -> None:
        """A stop on the bench: the window as it stands, then the help of its page."""
        page = self.window.controller.state.page
        self.pages_seen.add(page)
        self.visitor.seen(f"{page}: {name}", self.window)

    def number(self, order_id: int | None = None) -> str:
        order_id = order_id or self.window.controller.state.order_id
        assert order_id is not None
        return self.desk.orders.order(order_id).order_number

    def barcode(self, sku: str) -> str:
        return self.desk.products.product(sku).barcodes[0]

    def units(self) -> list[str]:
        """A barcode for every unit of the open order."""
        order = self.desk.orders.order(self.window.controller.state.order_id)
        return [self.barcode(line.sku) for line in order.lines for _ in range(line.quantity)]

    def stranger(self) -> str:
        """A product the open order does not hold."""
        order = self.desk.orders.order(self.window.controller.state.order_id)
        held = {line.sku for line in order.lines}
        return next(self.barcode(p.sku) for p in self.desk.products.products() if p.sku not in held)

    # ---- the walk ----------------------------------------------------------------------------

    def run(self) -> None:
        self.see("the queue, no badge yet")
        self.dialogs.menus()
        self.dialogs.help()
        self.scan(f"PACKER:{PACKER}")
        self.see("a badge scanned")
        self.scan("NOT-A-CODE-42")
        self.see("a refused scan")
        self.hold_one()
        shipped = self.ship_one()
        self.cancel_one()
        self.pack_one_and_put_it_aside()
        self.stock_pages()
        self.hand_over(shipped)
        self.return_one(shipped)
        self.dialogs.run(shipped=shipped)

    def hold_one(self) -> None:
        self.scan("")  # Enter: the most urgent order
        self.see("an order to verify")
        self.dialogs.help()
        held = self.window.controller.state.order_id
        self.scan("HOLD:INCOMPLETE_ADDRESS")
        self.see("an order put on hold")
        self.scan(self.number(held))
        self.see("an order on hold, scanned again")
        self.scan("BACK")

    def ship_one(self) -> int:
        self.scan("")
        self.scan("")  # verified
        self.see("verified, picking not started")
        self.scan("")  # start picking
        self.see("picking")
        self.dialogs.help()
        self.dialogs.click("Print pick list")
        self.dialogs.click("Save pick list as PDF…")
        codes = self.units()
        self.scan(self.stranger())
        self.see("a wrong item scanned")
        for code in codes[:-1]:
            self.scan(code)
        if codes[0] != codes[-1]:
            self.scan(codes[0])
            self.see("one too many")
        self.scan(codes[-1])  # everything picked: on to Pack
        self.scan(codes[0])
        self.see("packing, one unit in the box")
        self.dialogs.help()
        for code in codes[1:]:
            self.scan(code)
        self.scan("BOX-M")
        self.scan("1.4kg")
        self.see("every unit in the box, box and weight chosen")
        # The shop prints CJ's standard waybill for its default courier: the page says so.
        self.desk.settings.set("label_layouts", {"CJGLS": "cj-standard"})
        self.scan("")  # close the box
        self.see("the label, in CJ's standard layout")
        self.desk.settings.set("label_layouts", {})
        self.dialogs.help()
        self.dialogs.click("Print packing slip")
        self.dialogs.click("Save packing slip…")
        shipped = self.window.controller.state.order_id
        assert shipped is not None
        self.scan("SAVE")
        self.see("tracking")
        self.dialogs.help()
        self.scan("COURIER:HANJIN")
        self.scan("NOT-A-NUMBER")
        self.see("tracking, a courier chosen and a bad number")
        self.scan("COURIER:HYUNDAI")
        self.scan("255278883171")
        self.see("shipped")
        self.scan(self.number(shipped))
        self.see("the shipped order")
        self.dialogs.help()
        self.scan("REPRINT:LOST")
        self.see("the shipped order, its label reprinted")
        self.scan("RESHIP:LOST")
        self.see("its reshipment, marked, at Verify")
        self.scan("BACK")
        return shipped

    def cancel_one(self) -> None:
        self.scan("")
        cancelled = self.window.controller.state.order_id
        self.scan("CANCEL:BUYER_REQUESTED")
        self.scan(self.number(cancelled))
        self.see("a cancelled order")
        self.scan("BACK")

    def pack_one_and_put_it_aside(self) -> None:
        self.scan("")
        self.scan("")
        self.scan("")
        for code in self.units():
            self.scan(code)
        for code in self.units():
            self.scan(code)
        self.scan("")
        assert self.window.controller.state.page == "label"
        self.scan("BACK")
        self.see("the queue, an order put aside at its label")

    def hand_over(self, shipped: int) -> None:
        """The day's parcels scanned out to Lotte's driver, one refused, the list closed."""
        self.scan("HANDOVER")
        self.see("handover, no courier yet")
        self.dialogs.help()
        self.scan("COURIER:HYUNDAI")
        self.see("handover, the Lotte list open")
        self.scan(self.barcode("DEMO-MUG"))
        self.see("handover, a product refused")
        self.scan(self.number(shipped))
        self.scan("OK")
        self.see("handover, every parcel scanned, no driver yet")
        self.scan("DRIVER:Kim")
        self.scan("OK")
        self.see("handover, the list closed")
        self.dialogs.click("Print the last closed list")
        self.scan("BACK")

    def return_one(self, shipped: int) -> None:
        """The shipped order comes back: one unit resellable, the others damaged."""
        self.scan("RETURN")
        self.see("returns, waiting for a parcel")
        self.dialogs.help()
        self.scan("RT6100028842")  # the return parcel's own tracking number
        self.scan(self.number(shipped))
        self.see("a return opened")
        codes = [self.barcode(line.sku) for line in self.desk.orders.order(shipped).lines
                 for _ in range(line.quantity)]  # fmt: skip
        self.scan(codes[0])
        self.scan("COND:DAMAGED")
        self.scan("REASON:DAMAGED_IN_TRANSIT")
        for code in codes[1:]:
            self.scan(code)
        self.see("units of a return scanned")
        self.scan("OK")
        self.see("a return received")
        self.scan("BACK")

    def stock_pages(self) -> None:
        self.scan("GOODS-IN")
        self.see("goods in, nothing waiting")
        self.dialogs.help()
        self.scan(self.barcode("DEMO-MUG"))
        self.scan("6")
        self.see("goods in, a line waiting")
        self.scan("")
        self.see("goods in, received")
        self.scan("BACK")
        self.scan("COUNT")
        self.see("cycle count, the bins")
        self.dialogs.help()
        self.scan(self.desk.products.product("DEMO-CABLE").bin_location)
        self.scan(self.barcode("DEMO-CABLE"))
        self.scan("3")
        self.see("counting a bin")
        self.scan("")
        self.see("a count's differences shown")
        self.scan("FINISH")
        self.see("a count posted")
        self.scan("BACK")
