"""A station on a PostgreSQL shop whose connection drops: the scan in hand is refused in red
with the sentence, nothing escapes the window, and the next scan works on a new connection."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from pg_server import lose_the_next_commit_answer
from PySide6.QtCore import Qt
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

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
