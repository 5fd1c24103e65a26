"""Printer ▸ PDF / ZPL 203 dpi / ZPL 300 dpi: the chosen printer's label format, kept in the
setting zpl_printers and said on the Label page and in the batch dialog."""

from __future__ import annotations

from test_label_printing import MONDAY, packed_order
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock


def format_actions(window):
    menu = window.printer_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isCheckable() and a.data() in (None, 203, 300)]
    return {a.data(): a for a in actions[-3:]}


def test_choosing_zpl_for_the_printer_sets_zpl_printers_and_the_label_page_says_so(qtbot, tmp_path):
    packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", "Zebra_ZD421")
    desk.settings.set("zpl_printers", {"Other_Zebra": 203})
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    choices = format_actions(window)
    assert choices[None].isChecked() and choices[None].isEnabled()

    choices[300].trigger()

    assert desk.settings.get("zpl_printers") == {"Other_Zebra": 203, "Zebra_ZD421": 300}
    window.page.after_verdict()
    assert window.page.printer.text() == "Printer: Zebra_ZD421 (ZPL, 300 dpi)"
    assert format_actions(window)[300].isChecked()

    format_actions(window)[None].trigger()

    assert desk.settings.get("zpl_printers") == {"Other_Zebra": 203}
    desk.close()
