"""Backups and restores in steps: progress said after each, Cancel (a progress callback that
raises) leaving no file behind, the kept backups and the database as they were; a backup
that another station's writes between its steps cannot send back to the start."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from big_files import files_in, grow
from desk_helpers import query
from wording import said

from fulfil_desk.core.kernel.errors import Cancelled, UserError

STEP = 64  # pages per step: a 4 MB database is ~16 steps at 64 pages of 4 kB


def cancel_at(n: int, calls: list):
    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == n:
            raise Cancelled("Backup cancelled.")

    return progress


def test_a_backup_says_its_progress_step_by_step(desk, add, db_path):
    add("P-1", [("DEMO-MUG", 1)])
    grow(db_path, 4)
    calls = []
    made, _ = desk.backups.back_up(progress=lambda d, t: calls.append((d, t)), pages=STEP)
    assert len(calls) >= 10
    totals = {t for _, t in calls}
    assert len(totals) == 1 and calls[-1][0] == calls[-1][1]
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(set(done)) == len(done)  # never back to the start
    assert query(made.path, "SELECT COUNT(*) FROM orders") == [(1,)]
    assert query(made.path, "PRAGMA integrity_check") == [("ok",)]


def test_cancelling_a_backup_leaves_no_file_and_keeps_every_earlier_one(desk, db_path, clock):
    desk.settings.set("backup_keep", 2)
    for _ in range(2):
        desk.backups.back_up()
        clock.advance(hours=1)
    grow(db_path, 4)
    folder = desk.backups.backup_folder()
    before = files_in(folder)
    calls = []
    with pytest.raises(Cancelled):
        desk.backups.back_up(progress=cancel_at(3, calls), pages=STEP)
    assert len(calls) == 3 and calls[-1][0] < calls[-1][1]  # stopped midway
    assert files_in(folder) == before  # no new file, no .part, the oldest not deleted
    made, _ = desk.backups.back_up(pages=STEP)  # and the next one works, and rotates
    assert [b.path for b in desk.backups.backups()][0] == made.path and len(
        desk.backups.backups()
    ) == 2


def test_cancelling_a_backup_to_a_file_of_ones_choice_writes_nothing(desk, db_path, tmp_path):
    grow(db_path, 4)
    usb = tmp_path / "usb"
    with pytest.raises(Cancelled):
        desk.backups.back_up(usb / "copy.db", progress=cancel_at(2, []), pages=STEP)
    assert list(usb.iterdir()) == []


def test_writes_between_the_steps_do_not_restart_the_backup(desk, add, db_path):
    """Another station saves after every step; the copy is the snapshot it started from.
    (Without one read transaction over the steps, SQLite restarts the copy after each
    write and this never ends: the guard below turns that into a failure.)"""
    add("P-1", [("DEMO-MUG", 1)])
    grow(db_path, 4)
    other = sqlite3.connect(db_path, isolation_level=None)
    calls = []

    def progress(done, total):
        calls.append(done)
        assert len(calls) < 200, "the backup keeps starting again"
        other.execute("INSERT INTO ballast VALUES (randomblob(4000))")

    made, _ = desk.backups.back_up(progress=progress, pages=STEP)
    other.close()
    assert calls == sorted(calls)
    rows_now = query(db_path, "SELECT COUNT(*) FROM ballast")[0][0]
    assert query(made.path, "SELECT COUNT(*) FROM ballast") == [(rows_now - len(calls),)]


def test_a_backup_job_runs_on_another_thread(desk, add, db_path):
    """The job reads through a connection of its own: the Desk's may not cross threads."""
    add("P-1", [("DEMO-MUG", 1)])
    job = desk.backups.backup_job(pages=STEP)
    result, calls = [], []
    worker = threading.Thread(target=lambda: result.append(job.run(lambda *c: calls.append(c))))
    worker.start()
    worker.join(timeout=60)
    ((made, changes),) = result
    assert calls and str(made.path) in said(changes)
    assert query(made.path, "SELECT COUNT(*) FROM orders") == [(1,)]
    assert desk.backups.backups()[0].path == made.path


def test_a_backup_job_checks_its_file_before_it_runs(desk, tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        desk.backups.backup_job(tmp_path)


def test_a_restore_says_its_progress_over_both_copies(desk, add, db_path):
    add("P-1", [("DEMO-MUG", 1)])
    grow(db_path, 4)
    backup, _ = desk.backups.back_up()
    add("P-2", [("DEMO-MUG", 1)])
    calls = []
    desk.backups.restore_backup(backup.path, progress=lambda d, t: calls.append((d, t)), pages=STEP)
    done = [d for d, _ in calls]
    assert {t for _, t in calls} == {2000} and done == sorted(done) and done[-1] == 2000
    assert any(d < 1000 for d in done) and any(1000 < d < 2000 for d in done)
    assert [o.order_number for o in desk.orders.orders()] == ["P-1"]


@pytest.mark.parametrize("when", [2, 20], ids=["backing up first", "copying the backup"])
def test_cancelling_a_restore_changes_nothing(desk, add, db_path, dump, when):
    add("P-1", [("DEMO-MUG", 1)])
    grow(db_path, 4)
    backup, _ = desk.backups.back_up()
    add("P-2", [("DEMO-MUG", 1)])
    before, files = dump(), files_in(desk.backups.backup_folder())
    calls = []
    with pytest.raises(Cancelled):
        desk.backups.restore_backup(backup.path, progress=cancel_at(when, calls), pages=STEP)
    assert len(calls) == when and (calls[-1][0] > 1000) == (when == 20)
    assert dump() == before
    assert files_in(desk.backups.backup_folder()) == files  # its backup of the current data too
    assert sorted(o.order_number for o in desk.orders.orders()) == ["P-1", "P-2"]
    add("P-3", [("DEMO-MUG", 1)])  # the database still takes writes
