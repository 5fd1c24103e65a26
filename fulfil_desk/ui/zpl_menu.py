"""The Printer menu's label format: the chosen printer takes PDF, or ZPL at 203 or 300 dpi
(a thermal printer on a raw queue); what it says is kept in the setting `zpl_printers`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from fulfil_desk.ui import printing


def add_format_choices(window, menu) -> None:
    """PDF / ZPL 203 dpi / ZPL 300 dpi for the printer labels go to now."""
    controller = window.controller
    name = controller.printer_name()
    zpl_printers = dict(controller.desk.settings.get("zpl_printers") or {})
    menu.addSeparator()
    heading = QAction(
        QCoreApplication.translate("ZplMenu", "Labels sent to {name}:").format(name=name)
        if name
        else QCoreApplication.translate("ZplMenu", "No printer is set up"),
        menu,
    )
    heading.setEnabled(False)
    menu.addAction(heading)
    group = QActionGroup(menu)
    for dpi, text in (
        (None, QCoreApplication.translate("ZplMenu", "PDF (any printer)")),
        (203, QCoreApplication.translate("ZplMenu", "ZPL, thermal printer at 203 dpi (raw queue)")),
        (300, QCoreApplication.translate("ZplMenu", "ZPL, thermal printer at 300 dpi (raw queue)")),
    ):
        chosen = printing.zpl_dpi(name, zpl_printers) == dpi
        action = QAction(text, menu, checkable=True, checked=chosen)
        action.setEnabled(name is not None)
        action.setData(dpi)
        action.triggered.connect(lambda _=False, d=dpi: _choose(window, name, d))
        group.addAction(action)
        menu.addAction(action)


def _choose(window, name: str | None, dpi: int | None) -> None:
    if name is None:
        return
    zpl_printers = dict(window.controller.desk.settings.get("zpl_printers") or {})
    if dpi is None:
        zpl_printers.pop(name, None)
    else:
        zpl_printers[name] = dpi
    window.controller.run(window.controller.desk.settings.set, "zpl_printers", zpl_printers)
    window.page.refresh()
