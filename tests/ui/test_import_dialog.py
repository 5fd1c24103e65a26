"""Orders ▸ Import and Export tracking, driven as a person does: preview, map, import, cancel."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import amazon_all_orders
import pytest
from PySide6.QtCore import Qt
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.ui.dialogs.mapping_dialog import MappingDialog

SAMPLES = resource_path("samples")
NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
SHOTS = os.environ.get("FULFIL_DESK_SHOTS")  # a folder: save screenshots there to look at


@pytest.fixture
def window(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(NOW))
    desk.exchange.fill_demo(0)
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    desk.close()


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def previewed(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return [(r["kind"], r["label"]) for r in dialog._rows]


def test_import_shows_the_preview_then_imports_and_gives_the_scan_box_focus(qtbot, window):
    dialog = window.open_import(SAMPLES / "coupang-deliverylist-40.xlsx")
    rows = previewed(qtbot, dialog)
    assert rows == [
        ("new", "coupang 310000000101"),
        ("new", "coupang 310000000102"),
        ("new", "coupang 310000000103"),
    ]
    assert window.controller.desk.orders.orders() == []  # a preview changes nothing
    assert "3 new" in dialog.summary.text()
    shipped = dialog.model.data(dialog.model.index(2, 2))
    assert shipped == "already shipped Wed 17 Jun 2026 (history)"
    dialog.resize(1000, 420)
    shot(dialog, "import-preview.png")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.desk.orders.orders()) == 3
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())
    assert "3 new" in window.page.message.text()


def test_the_preview_lists_updates_cancellations_and_refused_rows(qtbot, window, tmp_path):
    desk = window.controller.desk
    text = (SAMPLES / "shopify-orders.csv").read_text(encoding="utf-8")
    before = tmp_path / "before.csv"
    before.write_text(text.replace("2026-06-17 12:30:00 -0400", ""), encoding="utf-8")
    desk.exchange.import_orders(before)
    after = tmp_path / "after.csv"
    after.write_text(
        text.replace("渋谷区神南1-2-3", "渋谷区神南9-9-9").replace(
            "Cotton Socks,12.00", "Cotton Socks,twelve"
        ),
        encoding="utf-8",
    )
    dialog = window.open_import(after)
    rows = previewed(qtbot, dialog)
    assert [kind for kind, _ in rows] == ["updated", "cancelled", "refused"]
    assert "Importing takes only the good orders" in dialog.summary.text()
    shot(dialog, "import-preview-changes.png")
    dialog.reject()


def test_the_preview_counts_refused_rows_not_their_problems(qtbot, window, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(
        "order_number,ordered_at,recipient_name,phone,address1,postal_code,country,sku,title,"
        "quantity,unit_price,currency\n"
        "KS-3000,2026-06-19 10:00,김하늘,010-1111-2222,월드컵북로 396,03925,KR,DEMO-MUG,Mug,1,"
        "12000,KRW\n"
        "KS-3001,yesterday,Kim,010,Addr,12345,Narnia,DEMO-MUG,Mug,0,12.5,KRW\n"  # 4 problems
        "KS-3002,2026-06-19 10:05,Lee,010,Addr,12345,KR,DEMO-TEE-M,Tee,1.5,19900,KRW\n",
        encoding="utf-8",
    )
    dialog = window.open_import(path)
    rows = previewed(qtbot, dialog)
    assert [kind for kind, _ in rows] == ["new"] + ["refused"] * 5
    assert "1 new, 0 updated, 0 cancelled by the buyer, 0 unchanged, 2 refused rows." in (
        dialog.summary.text()
    )
    dialog.reject()


def test_the_amazon_all_orders_report_is_refused_in_the_dialog(qtbot, window, tmp_path):
    dialog = window.open_import(amazon_all_orders.write(tmp_path))
    qtbot.waitUntil(lambda: "All Orders report" in dialog.summary.text(), timeout=10_000)
    text = dialog.summary.text()
    assert "no order can be shipped from it" in text and "_GET_FLAT_FILE_ORDERS_DATA_" in text
    assert not dialog.import_button.isEnabled() and window.controller.desk.orders.orders() == []
    dialog.reject()


def test_cancel_during_the_import_rolls_it_back(qtbot, window):
    desk = window.controller.desk
    dialog = window.open_import(SAMPLES / "ebay-orders-us.csv")
    previewed(qtbot, dialog)
    original = dialog._db_progress

    def cancel_then_progress(done, total):
        dialog._cancel = True  # as if Cancel were pressed while the rows were being written
        original(done, total)

    dialog._db_progress = cancel_then_progress
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert desk.orders.orders() == []
    assert dialog.isVisible() and "Nothing was imported" in dialog.summary.text()
    assert "cancelled" in window.page.message.text()
    dialog.reject()


def test_an_unknown_layout_is_mapped_once_then_read_by_its_mapping(qtbot, window):
    path = SAMPLES / "orders-cp949.csv"
    dialog = window.open_import(path)
    qtbot.waitUntil(lambda: "column mapping" in dialog.summary.text(), timeout=10_000)
    mapping = MappingDialog(controller=window.controller, path=path, parent=dialog)
    qtbot.addWidget(mapping)
    assert mapping.peek.encoding == "cp949"
    assert mapping.peek.header[:3] == ["주문번호", "주문일시", "받는분"]
    chosen = {f: box.currentData() for f, box in mapping.choosers.items()}
    assert chosen["order_number"] == "주문번호" and chosen["recipient_name"] == "받는분"
    assert chosen["sku"] == "상품코드" and chosen["quantity"] == "수량"
    mapping.name_box.setText("smartstore")
    mapping.marketplace_box.setText("smartstore")
    mapping.resize(900, 640)
    shot(mapping, "mapping-dialog.png")
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
    assert mapping.saved_name == "smartstore"
    dialog._fill_choices(select_mapping="smartstore")
    dialog._reread()
    rows = previewed(qtbot, dialog)
    assert rows == [("new", "smartstore SS-5001"), ("new", "smartstore SS-5002")]
    dialog.reject()


def test_a_mapping_without_the_needed_columns_is_refused_in_the_dialog(qtbot, window):
    mapping = MappingDialog(controller=window.controller, path=SAMPLES / "orders-cp949.csv")
    qtbot.addWidget(mapping)
    mapping.choosers["sku"].setCurrentIndex(0)
    mapping.name_box.setText("half")
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
    assert "needs a column for sku" in mapping.message.text()
    assert window.controller.desk.exchange.mappings() == []


def test_export_tracking_writes_the_file(qtbot, window, tmp_path):
    desk = window.controller.desk
    desk.exchange.import_orders(SAMPLES / "coupang-deliverylist-40.xlsx")
    out = tmp_path / "wing.xlsx"
    dialog = window.open_export()
    dialog._choose_file = lambda fmt: out
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("coupang"))
    dialog.all_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())
