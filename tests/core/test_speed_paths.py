"""The quicker paths the benchmarks asked for give the same answers as the slow ones did."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.calendar.holidays import ShippingCalendar
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.exchange.formats.common import RowCells, Table
from fulfil_desk.core.exchange.formats.tables import Row
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import HoldReason

SEOUL = ZoneInfo("Asia/Seoul")


def test_bench_progress_is_unscored_until_combined_with_a_scored_change():
    packed = Changes.for_orders(1, 2, scored=False)
    assert packed.orders == {1, 2} and packed.scored_orders == frozenset()
    shipped = Changes.for_orders(2, 3)
    both = packed | shipped
    assert both.orders == {1, 2, 3} and both.scored_orders == {2, 3}
    assert (Changes() | packed).scored_orders == frozenset()
    assert Changes(orders=frozenset({7})).scored_orders == {7}  # the default: it may count


@pytest.mark.both_engines
@pytest.mark.parametrize("hour", [0, 9, 15, 23])
def test_queue_summary_counts_what_queue_marks(tmp_path, db_target, hour):
    now = datetime(2026, 11, 23, hour, 30, tzinfo=SEOUL)
    desk = Desk.open(db_target, clock=FixedClock(now), data_folder=tmp_path)
    desk.exchange.fill_demo(40)
    rows = desk.orders.queue(limit=10_000)
    desk.flow.hold(rows[3]["id"], HoldReason.OTHER)
    rows = desk.orders.queue(limit=10_000)
    expected = {
        "open": len(rows),
        "overdue": sum(r["due"] == "overdue" for r in rows),
        "today": sum(r["due"] == "today" for r in rows),
        "on_hold": sum(r["status"] == "on_hold" for r in rows),
    }
    assert desk.orders.queue_summary() == expected
    desk.close()


def test_ship_by_remembers_answers_but_never_across_calendars():
    calendar = ShippingCalendar(closed_days={})
    start = datetime(2026, 9, 1, 8, 0, tzinfo=SEOUL)
    moments = [start + timedelta(minutes=37 * i) for i in range(400)]
    first = [calendar.ship_by(m, 2) for m in moments]
    again = [calendar.ship_by(m, 2) for m in moments]
    fresh = [ShippingCalendar(closed_days={}).ship_by(m, 2) for m in moments]
    assert first == again == fresh
    closed = dataclasses.replace(calendar, closed_days={start.date() + timedelta(days=1): "x"})
    assert closed.ship_by(start, 1) != calendar.ship_by(start, 1)


def test_label_fonts_read_a_face_only_when_its_glyphs_are_needed():
    fonts = LabelFonts.find()
    if not fonts.faces:
        pytest.skip("no TrueType font installed")
    assert all(face._code_points is None for face in fonts.faces)
    fonts.font_for("Order 1234", bold=True)  # Latin-1: Helvetica, no file read
    assert all(face._code_points is None for face in fonts.faces)
    name = fonts.font_for("김민준")
    read = [face for face in fonts.faces if face._code_points is not None]
    assert name in {face.name for face in read}
    assert len(read) < len(fonts.faces) or len(fonts.faces) == 1
    assert fonts.font_for("김민준") == name


def test_a_row_reads_its_cells_lazily_as_before():
    table = Table("f.csv", ["a", "b", "a", "c"], [], raw_header=["A", "B", "A2", "C"])
    cells = RowCells(table, Row(2, [" 1 ", "x\ty", "3"]))
    assert cells.text("a") == "1"  # the first column of a name counts
    assert cells.text("b") == "x y"
    assert cells.text("c", required=True) == "" and cells.problems[0].column == "C"
    assert cells.text("zzz", required=True) == "" and len(cells.problems) == 1
    cells.carry({"b": "kept", "c": "carried"})
    assert cells.values(["b", "c", "d"]) == {"b": "x y", "c": "carried", "d": ""}


def test_the_idle_checkpoint_copies_the_log_and_is_harmless_on_a_closed_database(tmp_path):
    path = tmp_path / "shop.db"
    desk = Desk.open(path)
    desk.checkpoint_when_idle()  # no automatic checkpoint inside a scan's commit from now
    desk.exchange.fill_demo(30)
    waiting = path.stat().st_size
    desk.idle()
    assert path.stat().st_size > waiting  # the log's pages are in the database file now
    desk.close()
    desk.idle()  # a window's idle timer may outlive its Desk: nothing happens, no error
