"""The main window's menus: Orders, Printer, Stock, Calendar, Database, View and Help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from fulfil_desk.core.wording.languages import NATIVE_NAMES
from fulfil_desk.ui import printing
from fulfil_desk.ui.dialogs.backup_dialog import add_database_menu
from fulfil_desk.ui.dialogs.batch_label_dialog import add_batch_label_action
from fulfil_desk.ui.dialogs.command_sheet_actions import add_command_sheet_actions
from fulfil_desk.ui.dialogs.feedback_dialog import add_feedback_action
from fulfil_desk.ui.dialogs.stats_dialog import add_stats_action
from fulfil_desk.ui.dialogs.waybills_dialog import add_waybills_action
from fulfil_desk.ui.panels.deliveries import add_deliveries_action
from fulfil_desk.ui.zpl_menu import add_format_choices


def _action(window, menu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build(window) -> dict[str, object]:
    """Every menu of `window`; returns them by name (printer, view, help…) for tests."""
    bar, controller = window.menuBar(), window.controller
    orders = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Orders"))
    _action(
        window,
        orders,
        QCoreApplication.translate("WindowMenus", "&Import orders…"),
        window.open_import,
        QKeySequence.StandardKey.Open,
    )
    _action(
        window,
        orders,
        QCoreApplication.translate("WindowMenus", "&Export tracking…"),
        window.open_export,
    )
    add_batch_label_action(window, orders)
    add_waybills_action(window, orders)  # the numbers the labels take, by courier
    add_stats_action(window, orders)
    add_feedback_action(window, orders)
    _action(
        window,
        orders,
        QCoreApplication.translate("WindowMenus", "&Returns"),
        lambda: window.stock_page("RETURN"),
        "F5",
    )
    _action(
        window,
        orders,
        QCoreApplication.translate("WindowMenus", "&Handover to the driver"),
        lambda: window.stock_page("HANDOVER"),
        "Ctrl+H",
    )
    add_deliveries_action(window, orders)
    _action(
        window,
        orders,
        QCoreApplication.translate("WindowMenus", "Back to &queue"),
        controller.back_to_queue,
        Qt.Key.Key_Escape,
    )

    printer = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Printer"))
    printer.aboutToShow.connect(lambda: _fill_printer_menu(window, printer))
    window.printer_menu = printer

    stock = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Stock"))
    _action(
        window,
        stock,
        QCoreApplication.translate("WindowMenus", "&Goods in"),
        lambda: window.stock_page("GOODS-IN"),
        "F6",
    )
    _action(
        window,
        stock,
        QCoreApplication.translate("WindowMenus", "&Cycle count"),
        lambda: window.stock_page("COUNT"),
        "F7",
    )
    _action(
        window,
        stock,
        QCoreApplication.translate("WindowMenus", "Stock &levels…"),
        window.open_stock_levels,
        "F8",
    )
    _action(
        window,
        stock,
        QCoreApplication.translate("WindowMenus", "&Export shippable…"),
        window.export_shippable,
    )

    calendar = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Calendar"))
    _action(
        window,
        calendar,
        QCoreApplication.translate("WindowMenus", "&Non-shipping days…"),
        window.open_calendar,
    )
    add_database_menu(window)

    view = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    zoom_in = [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
    _action(
        window,
        view,
        QCoreApplication.translate("WindowMenus", "&Larger type"),
        lambda: window.zoom(+1),
        zoom_in,
    )
    _action(
        window,
        view,
        QCoreApplication.translate("WindowMenus", "&Smaller type"),
        lambda: window.zoom(-1),
        "Ctrl+-",
    )
    _action(
        window,
        view,
        QCoreApplication.translate("WindowMenus", "&Normal size"),
        lambda: window.zoom(0),
        "Ctrl+0",
    )

    _add_language_menu(window, bar)

    help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    _action(
        window,
        help_menu,
        QCoreApplication.translate("WindowMenus", "&This page…"),
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
    choices: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("WindowMenus", "System default printer"))
    ]
    choices += [(name, name) for name in printing.available_printers()]
    for name, text in choices:
        action = QAction(text, menu, checkable=True, checked=name == chosen)
        action.triggered.connect(lambda _=False, n=name: _choose_printer(window, n))
        group.addAction(action)
        menu.addAction(action)
    add_format_choices(window, menu)


def _choose_printer(window, name: str | None) -> None:
    window.controller.run(window.controller.desk.settings.set, "printer", name)
    window.page.refresh()


def _add_language_menu(window, bar) -> None:
    """Each language in its own words, whatever the window speaks now: 한국어, 简体中文, English."""
    menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in NATIVE_NAMES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == window.controller.words.lang)
        action.setData(code)
        action.triggered.connect(lambda _=False, code=code: window.choose_language(code))
        group.addAction(action)
        menu.addAction(action)
    window.language_menu = menu
