"""Backups and restores on real files: online copies, the daily and pre-migration ones,
keeping the last N, restoring, and real read-only and full disks (tmpfs, as root); of a SQLite
shop and of a PostgreSQL one (whose backups are SQLite files too, in this PC's data folder)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils
from conftest import make_order
from db_dump import query, sqlite_only
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.storage.copies.backup import known_migrations, read_facts
from fulfil_desk.core.storage.migrations import MIGRATIONS

pytestmark = pytest.mark.both_engines


def integrity(path) -> str:
    """PRAGMA integrity_check through a connection of its own (as it lies on a read-only
    disk, where SQLite cannot make the WAL index)."""
    for uri in (f"{path.resolve().as_uri()}", f"{path.resolve().as_uri()}?immutable=1"):
        con = sqlite3.connect(uri, uri=True)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        finally:
            con.close()
    raise AssertionError(f"cannot open {path}")


def orders_in(path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    finally:
        con.close()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopen(desk: Desk) -> Desk:
    again = desk.open_again()
    desk.close()
    return again


def sound(desk: Desk) -> bool:
    """The shop's database is whole: a SQLite file's integrity check, a server's answer."""
    if desk.on_server:
        return desk.orders.queue_count() >= 0
    return integrity(desk.path) == "ok"


def test_back_up_now_writes_a_consistent_self_contained_copy(desk, add, tmp_path):
    add("B-1", [("DEMO-MUG", 1)])
    made, changes = desk.backups.back_up()
    assert made.path.parent == desk.backups.backup_folder()
    assert desk.backups.backup_folder() == desk.path.parent / "backups"
    # 10:00 in Seoul, in UTC; named after the file (for a server: its host, port, database)
    assert made.path.name == f"{desk.path.stem}-20260618-010000Z-manual.db"
    assert str(made.path) in said(changes)
    assert integrity(made.path) == "ok" and orders_in(made.path) == 1
    assert made.path.read_bytes()[18:20] == b"\x01\x01"  # no WAL: one file, readable anywhere
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]
    listed = desk.backups.backups()
    assert [(b.kind, b.orders) for b in listed] == [("manual", 1)]


def test_a_backup_to_a_file_of_ones_choice(desk, add, tmp_path):
    add("B-1", [("DEMO-MUG", 1)])
    made, _ = desk.backups.back_up(tmp_path / "usb" / "copy.db")
    assert made.path == tmp_path / "usb" / "copy.db" and orders_in(made.path) == 1
    assert desk.backups.backups() == []  # not in the folder: never pruned
    with pytest.raises(UserError, match="database itself"):
        desk.backups.back_up(desk.path)
    with pytest.raises(UserError, match="is a folder"):
        desk.backups.back_up(tmp_path)


def test_a_new_database_gets_no_backup_and_an_old_one_one_a_day(db_path, clock, tmp_path):
    desk = Desk.open(db_path, clock=clock, actor="tester")
    assert not (tmp_path / "backups").exists()  # nothing in it yet
    desk.exchange.add_orders([make_order("D-1", [("DEMO-MUG", 1)])], source="test")
    desk = reopen(desk)
    assert [b.kind for b in desk.backups.backups()] == ["daily"]
    clock.advance(hours=23, minutes=59)
    desk = reopen(desk)
    assert len(desk.backups.backups()) == 1  # the newest is less than a day old
    clock.advance(minutes=1)
    desk = reopen(desk)
    assert [b.kind for b in desk.backups.backups()] == ["daily", "daily"]
    desk.close()


def test_keeps_the_last_n_and_never_the_one_just_made(desk, clock):
    desk.settings.set("backup_keep", 3)
    made = []
    for _ in range(5):
        made.append(desk.backups.back_up()[0].path)
        clock.advance(hours=1)
    assert [b.path for b in desk.backups.backups()] == made[:1:-1]  # the three newest
    desk.settings.set("backup_keep", 1)
    clock.advance(days=-30)  # a clock set back: the new backup is the oldest by its name
    newest = desk.backups.back_up()[0].path
    assert newest.exists() and made[-1].exists()
    assert len(desk.backups.backups()) == 2


def test_a_backup_killed_midway_leaves_nothing_behind_the_next_one(desk):
    folder = desk.backups.backup_folder()
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stem = desk.path.stem
    part = folder / f".{stem}-20260618-000000Z-daily.db.{dead.stdout.strip()}.part"
    part.write_bytes(b"half a backup")
    desk.backups.back_up()
    assert not part.exists() and len(desk.backups.backups()) == 1


def test_backups_of_another_database_in_the_folder_are_left_alone(desk, tmp_path):
    other = tmp_path / "backups" / "other-20200101-000000Z-daily.db"
    other.parent.mkdir()
    other.write_bytes(b"not ours")
    desk.settings.set("backup_keep", 1)
    desk.backups.back_up()
    desk.backups.back_up()
    assert other.exists() and len(desk.backups.backups()) == 1


def old_schema_database(path, *, extra_settings: dict | None = None):
    """A database one migration behind this version, with an order and an event in it."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    MIGRATIONS.apply(db, stop_before=known_migrations()[-1])
    db.table("orders").insert(
        {
            "marketplace": "csv",
            "order_number": "OLD-1",
            "ordered_at": "2026-06-01T09:00:00+09:00",
            "status": "new",
        }  # fmt: skip
    )
    db.table("events").insert({"at": "2026-06-01T09:00:00+09:00", "actor": "t", "kind": "old"})
    for key, value in (extra_settings or {}).items():
        db.table("settings").insert({"key": key, "value": value})
    db.conn.commit()
    db.conn.close()


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path, clock):
    path = tmp_path / "shop.db"
    old_schema_database(path)
    desk = Desk.open(path, clock=clock, actor="tester")
    (backup,) = desk.backups.backups()
    assert backup.kind == "before-upgrade" and backup.orders == 1
    facts = read_facts(backup.path)
    assert facts.integrity == "ok" and facts.migrations == tuple(known_migrations()[:-1])
    assert read_facts(path).migrations == tuple(known_migrations())
    desk.close()


def test_no_migration_without_its_backup(tmp_path, clock, disks):
    folder = disks.mount("ro-backups")
    disks.read_only(folder)
    path = tmp_path / "shop.db"
    old_schema_database(path, extra_settings={"backup_dir": f'"{folder}"'})
    with pytest.raises(UserError, match="backs it up first, but cannot.*read-only"):
        Desk.open(path, clock=clock, actor="tester")
    facts = read_facts(path)
    assert facts.integrity == "ok" and facts.migrations == tuple(known_migrations()[:-1])


def test_restore_brings_back_the_backup_and_keeps_the_current_data(desk, add, tmp_path, db_target):
    add("R-1", [("DEMO-MUG", 1)])
    backup, _ = desk.backups.back_up(tmp_path / "before.db")
    add("R-2", [("DEMO-MUG", 1)])
    changes = desk.backups.restore_backup(backup.path)
    assert "Restored before.db (1 order)" in said(changes)
    assert [o.order_number for o in desk.orders.orders()] == ["R-1"]
    (saved,) = desk.backups.backups()
    assert saved.kind == "before-restore" and saved.orders == 2
    assert sound(desk)
    assert query(db_target, "SELECT kind FROM events ORDER BY id DESC LIMIT 1") == [
        ("database_restored",)
    ]
    add("R-3", [("DEMO-MUG", 1)])  # and the restored database works on
    assert reopen(desk).orders.find_order("R-3")


def test_a_restore_leaves_no_station_holding_an_order(desk, add, db_target, clock, tmp_path):
    order_id = add("L-1", [("DEMO-MUG", 1)])
    other = Desk.open(
        db_target, clock=clock, actor="other", station="bench-2", data_folder=tmp_path / "pc-2"
    )
    other.stations.open_order(order_id)
    backup, _ = desk.backups.back_up(tmp_path / "with-lock.db")
    other.close()  # the other station is closed before the restore
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT station FROM order_locks").fetchall() == [("bench-2",)]
    con.close()
    desk.backups.restore_backup(backup.path)
    assert desk.stations.locks() == []


def test_restore_never_prunes_the_backup_it_restores(desk, add, clock):
    desk.settings.set("backup_keep", 1)
    add("R-1", [("DEMO-MUG", 1)])
    oldest = desk.backups.back_up()[0]
    clock.advance(hours=1)
    desk.backups.restore_backup(oldest.path)
    assert oldest.path.exists()


def test_restore_of_an_older_schema_migrates_it(desk, tmp_path):
    path = tmp_path / "old.db"
    old_schema_database(path)
    desk.backups.restore_backup(path)
    assert [o.order_number for o in desk.orders.orders()] == ["OLD-1"]
    if not desk.on_server:
        assert read_facts(desk.path).migrations == tuple(known_migrations())
    assert read_facts(path).migrations == tuple(known_migrations()[:-1])  # the file as it was


def test_restore_refuses_what_is_not_a_sound_fulfil_desk_backup(desk, add, tmp_path, dump):
    add("R-1", [("DEMO-MUG", 1)])
    before = dump()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"hello" * 2000)
    with pytest.raises(UserError, match="not a SQLite database"):
        desk.backups.restore_backup(garbage)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(UserError, match="not a fulfil-desk database"):
        desk.backups.restore_backup(other)
    newer, _ = desk.backups.back_up(tmp_path / "newer.db")
    con = sqlite3.connect(newer.path)
    con.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('fulfil_desk', 'm999_from_the_future', '2030-01-01')"
    )
    con.commit()
    con.close()
    with pytest.raises(UserError, match="newer fulfil-desk.*m999_from_the_future"):
        desk.backups.restore_backup(newer.path)
    damaged, _ = desk.backups.back_up(tmp_path / "damaged.db")
    data = bytearray(damaged.path.read_bytes())
    page = 4096
    for at in range(2 * page + 8, len(data), page):  # every b-tree page's cell pointers
        data[at : at + 8] = b"\xff" * 8
    damaged.path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="damaged|not a SQLite"):
        desk.backups.restore_backup(damaged.path)
    assert dump() == before and desk.backups.backups() == []


def test_restore_is_refused_while_another_program_has_the_database_open(desk, tmp_path):
    sqlite_only(desk._ctx.target, "a file's other processes, as /proc/locks shows them")
    backup, _ = desk.backups.back_up(tmp_path / "b.db")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM orders').fetchall()\n"
         "print('open', flush=True); time.sleep(60)", str(desk.path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        if not any(p == holder.pid for p in _lock_holders(desk)):
            pytest.skip("/proc/locks does not show other processes here")
        with pytest.raises(UserError, match=f"Another program.*process {holder.pid}"):
            desk.backups.restore_backup(backup.path)
    finally:
        holder.kill()
        holder.wait()
    for _ in range(50):
        if not _lock_holders(desk):
            break
        time.sleep(0.05)
    desk.backups.restore_backup(backup.path)


def _lock_holders(desk) -> list[int]:
    from fulfil_desk.core.storage.copies.backup import other_processes

    return other_processes(desk.path)


def test_a_file_that_is_no_database_is_refused_with_a_sentence(tmp_path, clock):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database, only words\n" * 200)
    with pytest.raises(UserError) as refused:
        Desk.open(notes, clock=clock, actor="tester")
    assert said(refused.value) == f"Cannot open the database {notes}: file is not a database."
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    with pytest.raises(UserError) as refused:
        Desk.open(a_file / "shop.db", clock=clock, actor="tester")
    assert said(refused.value).startswith(f"Cannot create the database {a_file / 'shop.db'}: ")


# ---- real read-only and full disks --------------------------------------------------------------


def test_a_read_only_database_is_refused_with_a_sentence(disks, clock):
    where = disks.mount("ro-db", size="4m")
    path = where / "shop.db"
    desk = Desk.open(path, clock=clock, actor="tester")
    desk.exchange.add_orders([make_order("RO-1", [("DEMO-MUG", 1)])], source="test")
    desk.close()
    before = digest(path)
    disks.read_only(where)
    with pytest.raises(UserError, match="read-only.*copy it to a writable folder"):
        Desk.open(path, clock=clock, actor="tester")
    assert digest(path) == before and integrity(path) == "ok"
    assert read_facts(path).orders == 1  # a person can still look at it, read-only


def test_a_read_only_backup_folder_gives_a_sentence_and_changes_nothing(desk, add, disks):
    add("F-1", [("DEMO-MUG", 1)])
    folder = disks.mount("ro-backups")
    desk.settings.set("backup_dir", str(folder))
    first, _ = desk.backups.back_up()
    disks.read_only(folder)
    with pytest.raises(UserError, match="Cannot write the backup.*read-only.*unchanged"):
        desk.backups.back_up()
    assert sound(desk) and integrity(first.path) == "ok"
    assert [b.path for b in desk.backups.backups()] == [first.path]


def test_a_full_disk_gives_a_sentence_and_keeps_the_earlier_backups(desk, add, disks, clock):
    for n in range(20):
        add(f"F-{n}", [("DEMO-MUG", 1)])
    folder = disks.mount("small", size="1m")
    desk.settings.set("backup_dir", str(folder))
    first, _ = desk.backups.back_up()
    kept = digest(first.path)
    disks.fill(folder)
    clock.advance(hours=1)
    with pytest.raises(UserError, match="Cannot write the backup.*the disk is full.*kept"):
        desk.backups.back_up()
    assert digest(first.path) == kept and integrity(first.path) == "ok"
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.path.name, "filler"])
    assert sound(desk)
    clock.advance(days=1)
    desk = reopen(desk)  # the daily backup fails too, and the station still opens
    assert desk.open_notes and "disk is full" in said(desk.open_notes[0])
    assert desk.orders.find_order("F-3")
    desk.close()
