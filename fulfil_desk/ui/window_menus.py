"""The main window's menus: Orders, Printer, Stock, Calendar, Database, View and Help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from fulfil_desk.ui import printing
from fulfil_desk.ui.dialogs.backup_dialog import add_database_menu
from fulfil_desk.ui.dialogs.batch_label_dialog import add_batch_label_action
from fulfil_desk.ui.dialogs.command_sheet_actions import add_command_sheet_actions
from fulfil_desk.ui.dialogs.stats_dialog import add_stats_action


def _action(window, menu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build(window) -> dict[str, object]:
    """Every menu of `window`; returns them by name (printer, view, help…) for tests."""
    bar, tr, controller = window.menuBar(), window.tr, window.controller
    orders = bar.addMenu(tr("&Orders"))
    _action(
        window, orders, tr("&Import orders…"), window.open_import, QKeySequence.StandardKey.Open
    )
    _action(window, orders, tr("&Export tracking…"), window.open_export)
    add_batch_label_action(window, orders)
    add_stats_action(window, orders)
    _action(window, orders, tr("Back to &queue"), controller.back_to_queue, Qt.Key.Key_Escape)

    printer = bar.addMenu(tr("&Printer"))
    printer.aboutToShow.connect(lambda: _fill_printer_menu(window, printer))
    window.printer_menu = printer

    stock = bar.addMenu(tr("&Stock"))
    _action(window, stock, tr("&Goods in"), lambda: window.stock_page("GOODS-IN"), "F6")
    _action(window, stock, tr("&Cycle count"), lambda: window.stock_page("COUNT"), "F7")
    _action(window, stock, tr("Stock &levels…"), window.open_stock_levels, "F8")
    _action(window, stock, tr("&Export shippable…"), window.export_shippable)

    calendar = bar.addMenu(tr("&Calendar"))
    _action(window, calendar, tr("&Non-shipping days…"), window.open_calendar)
    add_database_menu(window)

    view = bar.addMenu(tr("&View"))
    zoom_in = [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
    _action(window, view, tr("&Larger type"), lambda: window.zoom(+1), zoom_in)
    _action(window, view, tr("&Smaller type"), lambda: window.zoom(-1), "Ctrl+-")
    _action(window, view, tr("&Normal size"), lambda: window.zoom(0), "Ctrl+0")

    help_menu = bar.addMenu(tr("&Help"))
    _action(
        window,
        help_menu,
        tr("&This page…"),
        window.open_help,
        "F1",  # the platform's HelpContents is empty on a bare X11 desktop
    )
    help_menu.addSeparator()
    add_command_sheet_actions(window, help_menu)
    return {"orders": orders, "printer": printer, "stock": stock, "view": view, "help": help_menu}


def _fill_printer_menu(window, menu) -> None:
    """The label printer: a named queue, or the system default."""
    menu.clear()
    chosen = window.controller.desk.settings.get("printer")
    group = QActionGroup(menu)
    choices: list[tuple[str | None, str]] = [(None, window.tr("System default printer"))]
    choices += [(name, name) for name in printing.available_printers()]
    for name, text in choices:
        action = QAction(text, menu, checkable=True, checked=name == chosen)
        action.triggered.connect(lambda _=False, n=name: _choose_printer(window, n))
        group.addAction(action)
        menu.addAction(action)


def _choose_printer(window, name: str | None) -> None:
    window.controller.run(window.controller.desk.settings.set, "printer", name)
    window.page.refresh()
