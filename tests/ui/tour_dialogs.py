"""The dialogs, panels and menus of the walk in tour.py, each opened as a person opens it."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QApplication, QPushButton

from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.ui.app import _crash_dialog_hook
from fulfil_desk.ui.dialogs.backup_dialog import back_up_now
from fulfil_desk.ui.dialogs.batch_label_dialog import open_batch_labels
from fulfil_desk.ui.dialogs.buyer_message_dialog import open_buyer_message
from fulfil_desk.ui.dialogs.command_sheet_actions import print_command_sheet, save_command_sheet
from fulfil_desk.ui.dialogs.feedback_dialog import open_feedback
from fulfil_desk.ui.dialogs.mapping_dialog import MappingDialog
from fulfil_desk.ui.dialogs.stats_dialog import open_stats
from fulfil_desk.ui.dialogs.waybills_dialog import open_waybills
from fulfil_desk.ui.panels.deliveries import open_deliveries
from fulfil_desk.ui.panels.stock_levels import export_shippable

if TYPE_CHECKING:
    from tour import Tour


def alive(widget) -> bool:
    return shiboken6.isValid(widget)


UNKNOWN_LAYOUT = resource_path("samples") / "orders.csv"
NOTICE = "PN-2026-0042"


class DialogTour:
    def __init__(self, *, tour: Tour):
        self.tour = tour

    @property
    def window(self):
        return self.tour.window

    def seen(self, name: str, widget) -> None:
        self.tour.visitor.seen(name, widget)

    def wait(self, condition, timeout: int = 20_000) -> None:
        self.tour.qtbot.waitUntil(condition, timeout=timeout)

    # ---- on the bench ------------------------------------------------------------------------

    def menus(self) -> None:
        """Each menu of the menu bar, open (the printer menu fills itself as it opens)."""
        bar = self.window.menuBar()
        for index, action in enumerate(bar.actions(), start=1):
            menu = action.menu()
            menu.aboutToShow.emit()
            menu.adjustSize()
            self.seen(f"menu {index} {menu.objectName()}", menu)

    def help(self) -> None:
        """F1 on the page the bench is at."""
        dialog = self.window.open_help()
        self.seen(f"help: {self.window.controller.state.page}", dialog)
        dialog.reject()

    def click(self, source: str) -> None:
        """The page's button whose text is `source` in the window's language."""
        page = self.window.page
        text = QCoreApplication.translate(type(page).__name__, source)
        buttons = [b for b in page.findChildren(QPushButton) if b.text() == text]
        assert buttons, f"no button {source!r} on {type(page).__name__}"
        buttons[0].click()
        self.tour.settle()
        self.tour.see(f"after {source}")

    # ---- the menus' dialogs ------------------------------------------------------------------

    def run(self, *, shipped: int) -> None:
        self.import_file()
        self.export()
        self.batch_labels()
        self.statistics()
        self.deliveries()
        self.stock_levels()
        self.calendar()
        self.backup_and_restore()
        self.command_sheet()
        self.scores(shipped)
        self.feedback_and_message(shipped)
        self.waybills()  # last: a band loaded gives the labels made after it their numbers
        hook = _crash_dialog_hook(self.tour.folder / "fulfil-desk.log")
        hook(RuntimeError, RuntimeError("42"), None)

    def waybills(self) -> None:
        """Waybill numbers…: a band refused (its last number before its first), then one
        loaded."""
        dialog = open_waybills(self.window)
        dialog.courier.setCurrentIndex(dialog.courier.findData("CJGLS"))
        dialog.first.setText("700000000100")
        dialog.last.setText("700000000001")
        dialog.add_band()
        self.seen("waybill numbers: a band refused", dialog)
        dialog.first.setText("700000000001")
        dialog.last.setText("700000000100")
        dialog.add_band()
        self.seen("waybill numbers: a band loaded", dialog)
        dialog.reject()

    def import_file(self) -> None:
        dialog = self.window.open_import(self.tour.qt_dialogs.folder / "none.xlsx")
        self.wait(lambda: dialog.worker is None or not dialog.worker.isRunning())
        self.seen("import: a file that is not there", dialog)
        dialog.choose_file()  # answered with the Coupang sample
        self.wait(lambda: dialog.preview is not None)
        self.seen("import: the preview", dialog)
        mapping = MappingDialog(
            controller=self.window.controller, path=UNKNOWN_LAYOUT, parent=dialog
        )
        self.seen("map columns", mapping)
        mapping.save()  # no name yet: refused in the dialog
        self.seen("map columns: refused", mapping)
        mapping.reject()
        dialog.do_import()
        self.tour.see("orders imported")

    def export(self) -> None:
        dialog = self.window.open_export()
        self.seen("export tracking", dialog)
        dialog.export()
        self.tour.see("tracking exported")

    def batch_labels(self) -> None:
        packed = [o.id for o in self.tour.desk.orders.orders("packed")]
        new = [o.id for o in self.tour.desk.orders.orders("new")][:1]
        dialog = open_batch_labels(self.window, packed + new)
        self.seen("labels for selected", dialog)
        run = dialog.save_as()
        self.seen("labels: making the PDF", run)
        self.wait(lambda: not alive(dialog) or not dialog.isVisible())
        QApplication.processEvents()
        self.tour.see("labels saved")

    def statistics(self) -> None:
        dialog = open_stats(self.window)
        self.seen("packer statistics", dialog)
        dialog.reject()

    def feedback_and_message(self, shipped: int) -> None:
        """A 1-star feedback on the shipped order (refused once: no rating 0 from the form),
        answered; then a message to its buyer, in English: the buyer's language is the
        shop's data, not the window's (in the pseudo-language, English is what is checked)."""
        dialog = open_feedback(self.window, shipped)
        self.seen("feedback", dialog)
        dialog.stars.setValue(1)
        dialog.text_edit.setText("상자 파손 / 包装破损")
        dialog.add_button.click()
        dialog.add_button.click()  # a second one for the order: refused in the dialog
        self.seen("feedback: one waiting for a reply, a second refused", dialog)
        dialog.view.selectRow(0)
        dialog.reply_edit.setText("죄송합니다 / 抱歉")
        dialog.answer_button.click()
        self.seen("feedback: answered", dialog)
        dialog.reject()
        message = open_buyer_message(self.window, shipped)
        message.lang_box.setCurrentIndex(message.lang_box.findData("en"))
        self.seen("message to the buyer", message)
        message.template_edit.setPlainText("Order {order}: {buyer}")
        self.seen("message to the buyer: an unknown placeholder", message)
        message.reset_button.click()
        message.copy_button.click()
        self.seen("message to the buyer: copied", message)
        message.reject()

    def deliveries(self) -> None:
        dialog = open_deliveries(self.window, open_url=lambda _url: None)
        dialog.every.setChecked(True)
        dialog.parcel_view.selectRow(0)
        self.seen("deliveries", dialog)
        dialog.parcel_view.clearSelection()
        dialog.mark_chosen()  # none chosen: refused under the list
        self.seen("deliveries: none chosen", dialog)
        paste = dialog.paste_list()
        paste.text.setPlainText("999999999999\t2026-06-20")
        paste.submit()
        self.seen("deliveries: a pasted list refused", paste)
        paste.reject()
        dialog.reject()

    def stock_levels(self) -> None:
        dialog = self.window.open_stock_levels()
        dialog.panel.view.selectRow(0)
        self.seen("stock levels", dialog)
        customs = dialog.panel.open_customs()
        self.seen("stock levels: customs", customs)
        customs.hs_code.setText("61")
        customs.save()  # refused: said in red, nothing saved
        self.seen("stock levels: customs refused", customs)
        customs.reject()
        export_shippable(dialog, self.window.controller)
        self.seen("stock levels: exported", dialog)
        dialog.reject()

    def calendar(self) -> None:
        dialog = self.window.open_calendar()
        self.seen("calendar", dialog)
        tomorrow = self.tour.desk.calendar.today() + timedelta(days=1)
        dialog.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        dialog.name_edit.setText("Inventur")
        dialog.add_day()
        self.seen("calendar: a day added", dialog)
        if dialog.report_box is not None:
            self.seen("calendar: the deadlines that move", dialog.report_box)
            dialog.report_box.close()
        dialog.reject()

    def backup_and_restore(self) -> None:
        run = back_up_now(self.window, pages=1)
        self.seen("backing up", run)
        self.wait(lambda: not alive(run) or not run.running())
        QApplication.processEvents()
        self.tour.see("backed up")
        dialog = self.window.open_restore()
        self.seen("restore", dialog)
        box = dialog.ask()
        self.seen("restore: are you sure", box)
        box.reject()
        self.tour.qt_dialogs.answer = False
        dialog._choose_file()
        self.tour.qt_dialogs.answer = True
        # The backup just made holds everything so far: restoring it changes nothing.
        made = max(
            (b for b in self.tour.desk.backups.backups() if b.kind == "manual"),
            key=lambda b: b.taken_at,
        )
        dialog.chosen = made.path
        steps: list[int] = []

        def step(done: int, total: int) -> None:
            if not steps:
                self.seen("restoring", dialog.progress)
            steps.append(done)

        dialog.progressed.connect(step)
        dialog.restore()
        assert steps, "the restore showed no progress"
        self.tour.see("restored")

    def command_sheet(self) -> None:
        save_command_sheet(self.window)
        self.tour.see("command sheet saved")
        print_command_sheet(self.window)
        self.tour.see("command sheet: no printer")

    def scores(self, shipped: int) -> None:
        window = self.window
        window.scores_dock.raise_()
        panel = window.scores
        panel.show_orders(*next(iter(panel.rows)))
        self.tour.see("the seller scores, a metric's orders")
        inquiry = panel.open_inquiry_dialog()
        self.seen("new inquiry", inquiry)
        inquiry.order.setText(self.tour.number(shipped))
        inquiry.subject.setText("배송 문의 / 物流查询")
        inquiry.submit()
        notice = panel.open_notice_dialog()
        self.seen("new performance notice", notice)
        notice.notice_id.setText(NOTICE)
        notice.submit()
        self.tour.see("the seller scores, an inquiry and a notice")
        plan = panel.open_plan_dialog(NOTICE)
        self.seen("plan of action", plan)
        plan.ask_and_save_pdf()
        self.seen("plan of action: saved", plan)
        plan.reject()
        window.queue_dock.raise_()
