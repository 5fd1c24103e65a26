"""A station on a PostgreSQL shop whose connection drops: the scan in hand is refused in red
with the sentence, nothing escapes the window, and the next scan works on a new connection."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from pg_server import keep_the_server_away, lose_the_next_commit_answer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import DatabaseUnreachable
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.app import _crash_dialog_hook

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def window(qtbot, tmp_path, pg_url):
    desk = Desk.open(pg_url, clock=FixedClock(MONDAY_MORNING), data_folder=tmp_path)
    desk.exchange.fill_demo(6)
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    desk.close()


def scan(qtbot, window, text: str) -> None:
    box = window.page.scan_box
    if text:
        qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_dropped_server_refuses_the_scan_in_red_and_the_next_scan_works(
    qtbot, window, pg_cluster
):
    db = window.controller.desk._ctx.db
    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_cluster.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [backend])
    scan(qtbot, window, "")  # Enter on the queue: open the most urgent order
    text = window.page.message.text()
    assert text.startswith("The database server postgresql://") and "not saved" in text
    assert "b71c1c" in window.page.message.styleSheet()
    assert window.page is window.pages["queue"]
    scan(qtbot, window, "")
    assert window.page is window.pages["verify"]


def test_a_save_left_unanswered_is_said_and_the_next_scan_only_answers_it(
    qtbot, window, pg_cluster, monkeypatch
):
    """The server made the COMMIT, then the connection went before its answer came (a cable
    at that moment: the real COMMIT goes through, then the test ends the connection)."""
    lose_the_next_commit_answer(monkeypatch, window.controller.desk._ctx.db, pg_cluster)
    scan(qtbot, window, "")  # Enter on the queue: open the most urgent order
    text = window.page.message.text()
    assert "may or may not be saved" in text and "Do not scan it again" in text
    assert "b71c1c" in window.page.message.styleSheet()  # red
    scan(qtbot, window, "")  # the server is back: this Enter only answers
    assert window.page.message.text() == (
        "The server is back: the change it was saving was saved (this scan was not applied)."
    )
    assert "b71c1c" not in window.page.message.styleSheet()
    assert window.page is window.pages["verify"]  # where the database says the order is
    scan(qtbot, window, "")
    assert window.page is window.pages["pick"]  # and the next Enter is applied


def test_an_unanswered_save_stays_said_while_the_server_is_away(
    qtbot, window, pg_cluster, monkeypatch
):
    """The reads after the scan (the new page, the queue) find the server still gone: the
    scan's own answer stands, never "not saved", for it may have been."""
    db = window.controller.desk._ctx.db
    lose_the_next_commit_answer(monkeypatch, db, pg_cluster)
    come_back = keep_the_server_away(monkeypatch, db)
    scan(qtbot, window, "")  # Enter on the queue: open the most urgent order
    text = window.page.message.text()
    assert "may or may not be saved" in text and "Do not scan it again" in text, text
    scan(qtbot, window, "")  # still away: refused, and the unanswered one still waits
    assert "cannot be reached" in window.page.message.text()
    come_back()
    scan(qtbot, window, "")
    assert window.page.message.text().startswith("The server is back: the change it was")
    assert window.page is window.pages["verify"]


def test_a_refusal_that_escapes_a_view_is_its_sentence_not_a_crash(window, tmp_path, monkeypatch):
    """The net under every view: a panel that reads while the server is gone says the
    server's sentence in a warning; only a real bug gets the crash dialog."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(("warning", a[2])))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(("critical", a[2])))
    hook = _crash_dialog_hook(tmp_path / "fulfil-desk.log", words=lambda: window.controller.words)
    gone = DatabaseUnreachable(Message("storage.server_gone", url="postgresql://db.shop/desk"))
    hook(DatabaseUnreachable, gone, None)
    hook(RuntimeError, RuntimeError("a bug"), None)
    assert shown[0] == ("warning", window.controller.words(gone.message))
    assert shown[0][1].startswith("The database server postgresql://db.shop/desk cannot be")
    assert shown[1][0] == "critical" and "a bug" in shown[1][1]
