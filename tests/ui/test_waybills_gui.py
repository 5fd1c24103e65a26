"""The Waybill numbers window (Orders menu) and the Tracking page of an order whose label took
its number from a band, in Korean, Chinese and English at 1366×768: no text cut."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cut_text import cut_texts
from PySide6.QtWidgets import QApplication, QMenu
from windows import make_workstation

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.dialogs.waybills_dialog import (
    WaybillsDialog,
    add_waybills_action,
    open_waybills,
)
from fulfil_desk.ui.languages import UiLanguage

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
SIZE = (1366, 768)


@pytest.fixture
def station(qtbot, tmp_path, request):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(NOW), actor="tester")
    desk.exchange.fill_demo(3)
    desk.settings.set("default_courier", "CJGLS")
    language = UiLanguage(app=QApplication.instance())
    language.install(getattr(request, "param", "en"))
    station = make_workstation(desk, tmp_path, language=language)
    station.window.resize(*SIZE)
    station.window.show()
    yield station
    language.install("en")
    window = station.window
    window.close()
    window.controller.desk.close()
    window.deleteLater()


def packed(desk) -> str:
    """The most urgent order, packed; its number."""
    order = desk.orders.order(desk.orders.queue()[0]["id"])
    desk.flow.verify(order.saved_id)
    desk.flow.start_pick([order.saved_id])
    order = desk.orders.order(order.saved_id)
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pick_unit(order.pick_list_id, line.sku, code=line.sku)
            desk.flow.pack_unit(order.saved_id, sku=line.sku)
    desk.flow.finish_pack(order.saved_id, box="S", weight_g=500)
    return order.order_number


def shot(widget, name: str, tmp_path: Path, lang: str) -> None:
    QApplication.processEvents()
    folder = Path(os.environ.get("FULFIL_DESK_SHOTS") or tmp_path / "shots") / lang
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"waybills-{name}.png"))
    cut = list(cut_texts(widget))
    assert cut == [], (name, cut)


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


def test_a_band_is_added_from_the_orders_menu_and_a_bad_one_refused(qtbot, station, qtmodeltester):
    window = station.window
    menu = QMenu(window)
    action = add_waybills_action(window, menu)
    assert action.text().replace("&", "") == "Waybill numbers…"
    action.trigger()
    (dialog,) = window.findChildren(WaybillsDialog)
    dialog.courier.setCurrentIndex(dialog.courier.findData("HYUNDAI"))
    first, last = lotte("30000000001"), lotte("30000000100")
    dialog.first.setText(first[:-1] + "0")
    dialog.last.setText(last)
    dialog.add_band()
    assert f"the first number {first[:-1]}0 is wrong" in dialog.note.text()
    assert window.controller.desk.waybills.bands() == []
    dialog.first.setText(first)
    dialog.add_band()
    assert "100 waybill numbers, each with its check digit verified" in dialog.note.text()
    assert dialog.first.text() == "" and not dialog.warning.isVisible()
    qtmodeltester.check(dialog.model)
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(7)]
    assert row[1:] == [first, last, "0", "0", "100", "verified"]
    dialog.reject()


@pytest.mark.parametrize("station", ["ko", "zh_CN", "en"], indirect=True)
def test_the_tracking_page_says_the_number_the_box_must_carry(qtbot, station, tmp_path):
    desk = station.window.controller.desk
    lang = station.window.controller.words.lang
    desk.waybills.add("CJGLS", first="700000000001", last="700000000001")  # one number
    number = packed(desk)
    window = station.window
    window.controller.scan(number)
    assert window.controller.state.page == "label"
    window.controller.scan("SAVE")
    assert window.controller.state.page == "tracking"
    qtbot.waitUntil(lambda: "700000000001" in window.page.prompt.text())
    low = window.controller.words(desk.waybills.low_warning())  # 0 of 1 left
    assert low in window.where.text()
    shot(window, "tracking", tmp_path, lang)
    window.controller.scan("700000000002")
    assert "700000000002" in window.page.message.text()
    window.controller.scan("700000000001")
    assert window.controller.state.page == "queue"
    dialog = open_waybills(window)
    dialog.resize(900, 420)
    assert dialog.warning.isVisible()
    shot(dialog, "dialog", tmp_path, lang)
    dialog.reject()
