"""What a scan refreshes, and when: the step page first; the queue and the scores panel after
the verdict; the scores panel only when a score can have moved (see benchmarks/bench_scan.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def window(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(6)
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    desk.close()


def scan(qtbot, window, text: str) -> None:
    box = window.page.scan_box
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def walk_to_label(qtbot, window):
    """Open the most urgent order, verify, pick and pack it, close the box: the label page."""
    desk = window.controller.desk
    scan(qtbot, window, "")
    order = desk.orders.order(window.controller.state.order_id)
    scan(qtbot, window, "")
    scan(qtbot, window, "")
    for _round in range(2):
        for line in order.lines:
            for _ in range(line.quantity):
                scan(qtbot, window, desk.products.product(line.sku).barcodes[0])
    scan(qtbot, window, "")
    return order


class Count(QObject):
    def __init__(self, kind):
        super().__init__()
        self.kind, self.seen = kind, 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        self.seen += event.type() == self.kind
        return False


def test_bench_progress_leaves_the_scores_panel_alone_and_a_shipment_refreshes_it(
    qtbot, window, monkeypatch
):
    desk = window.controller.desk
    asked = []
    monkeypatch.setattr(window.scores, "on_changes", lambda changes: asked.append(changes))
    scan(qtbot, window, "")  # open the most urgent order
    order = desk.orders.order(window.controller.state.order_id)
    scan(qtbot, window, "")  # verify
    scan(qtbot, window, "")  # start picking
    for _round in range(2):  # pick, then pack
        for line in order.lines:
            for _ in range(line.quantity):
                scan(qtbot, window, desk.products.product(line.sku).barcodes[0])
    scan(qtbot, window, "")  # close the box
    scan(qtbot, window, "SAVE")
    assert window.page is window.pages["tracking"]
    assert asked == [], "verify, pick, pack and label move no score"
    rows = [window.queue.model.row(i) for i in range(window.queue.model.rowCount())]
    assert [r["status"] for r in rows if r["id"] == order.id] == ["labelled"]  # refreshed

    scan(qtbot, window, "255278883171")  # the default courier's number: shipped
    assert desk.orders.order(order.id).status.value == "shipped"
    assert len(asked) == 1 and asked[0].orders == {order.id}


def test_a_new_message_lays_out_the_page_only(qtbot, window):
    layouts = Count(QEvent.Type.LayoutRequest)
    window.installEventFilter(layouts)
    for i in range(3):
        window.page.show_message(f"line {i} " * (1 + 20 * i), i % 2 == 0)
        qtbot.wait(10)
    assert layouts.seen == 0, "the page's layout changes stop at its LayoutBoundary"
    boundary = window.stack.parentWidget()
    assert window.stack.size() == boundary.size()


def test_the_label_preview_waits_for_the_verdict_and_then_shows(qtbot, window):
    walk_to_label(qtbot, window)  # close the box: the label page, its preview after the verdict
    page = window.pages["label"]
    assert window.page is page
    assert page.document.pageCount() == 1 and not page._preview_due
    assert page.printer.text().startswith("No printer is set up")  # also after the verdict


def test_at_start_the_queue_is_painted_first_then_capacity_and_scores_are_filled(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "start.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(6)
    window = make_window(desk, tmp_path, side_views_after_paint=True)
    qtbot.addWidget(window)
    assert window.queue.model.rowCount() == 6  # the queue is there for the first paint
    assert not any(cell.text() for cell in window.queue.capacity.cells)
    assert not window.scores.groups
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: bool(window.scores.groups))
    loads = [cell.day["load"] for cell in window.queue.capacity.cells]
    assert sum(loads) > 0 and all(cell.text() for cell in window.queue.capacity.cells)
    desk.close()


class PaintedTexts(QObject):
    """The texts a label had each time it was painted, with its height then."""

    def __init__(self, label):
        super().__init__()
        self.label, self.seen = label, []
        label.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.seen.append((self.label.text(), self.label.height()))
        return False


def test_the_verdict_is_painted_laid_out_before_the_queue_is_refreshed(qtbot, window, monkeypatch):
    scan(qtbot, window, "")  # open the most urgent order, at verify
    qtbot.wait(20)
    pick_page = window.pages["pick"]
    pick_page.show_message("an earlier message of several lines " * 12, True)
    painted = PaintedTexts(pick_page.message)
    at_queue_refresh = []
    refresh = window.queue.refresh

    def noting(**kwargs):
        at_queue_refresh.append(list(painted.seen))
        refresh(**kwargs)

    monkeypatch.setattr(window.queue, "refresh", noting)
    scan(qtbot, window, "")  # verify: the pick page, with its verdict
    assert window.page is pick_page
    verdict = pick_page.message.text()
    (seen,) = at_queue_refresh
    label = pick_page.message
    # The banner has one height whatever its text (its type shrinks to fit): the verdict was
    # painted at that height, before the queue was refreshed.
    assert label.minimumHeight() == label.maximumHeight() == label.height()
    assert (verdict, label.height()) in seen


def test_the_receive_counts_wait_for_the_shipped_verdict_and_then_show(qtbot, window, monkeypatch):
    desk = window.controller.desk
    walk_to_label(qtbot, window)
    scan(qtbot, window, "SAVE")
    counted_while_scanning = []
    summary = desk.orders.queue_summary

    def counted():
        counted_while_scanning.append(window.controller.scanning)
        return summary()

    monkeypatch.setattr(desk.orders, "queue_summary", counted)
    scan(qtbot, window, "255278883171")  # shipped: back at Receive
    assert window.page is window.pages["queue"]
    assert counted_while_scanning == [False], "the counts come after the verdict, once"
    assert window.page.summary.text().startswith("5 open orders")
