"""`fulfil-desk backup`, `backups`, `restore` and `purge-personal-data`, run for real."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from big_files import grow


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env.update(XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"))
    env["PYTHONIOENCODING"] = "utf-8"

    def run(*args: str, stdin: str | None = None):
        return subprocess.run(
            [sys.executable, "-m", "fulfil_desk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            input=stdin,
            env=env,
            timeout=120,
        )

    return run


def orders(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    finally:
        con.close()


def test_backup_list_and_restore(cli, db, tmp_path):
    assert cli("demo", "--no-history", "--orders", "3").returncode == 0
    copy = tmp_path / "copy.db"
    done = cli("backup", str(copy))
    assert done.returncode == 0, done.stderr
    assert f"Backed up to {copy}." in done.stdout
    assert cli("demo", "--no-history", "--orders", "8").returncode == 0
    assert orders(db) == 8
    listed = json.loads(cli("backups", "--json").stdout)  # the daily one, taken at open
    assert [(b["kind"], b["orders"]) for b in listed] == [("daily", 3)]
    refused = cli("restore", str(copy), stdin="n\n")
    assert refused.returncode == 1 and "Aborted" in refused.stderr and orders(db) == 8
    done = cli("restore", str(copy), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Restored copy.db (3 orders)" in done.stdout and orders(db) == 3
    kinds = [b["kind"] for b in json.loads(cli("backups", "--json").stdout)]
    assert sorted(kinds) == ["before-restore", "daily"]
    text = cli("backups").stdout
    restored_from = next(line for line in text.splitlines() if "before restore" in line)
    assert restored_from.split()[4] == "8"  # TAKEN AT (2 cells), KIND (2 words), ORDERS


def test_backups_say_why_a_file_cannot_be_read(cli, db, tmp_path):
    assert cli("demo", "--no-history", "--orders", "2").returncode == 0
    broken = tmp_path / "backups" / "shop-20200101-000000Z-daily.db"
    broken.parent.mkdir(exist_ok=True)
    broken.write_text("not a database\n" * 100)
    why = f"Cannot read {broken}: it is not a SQLite database, or it is damaged."
    assert f"  ({why})" in cli("backups").stdout
    listed = json.loads(cli("backups", "--json").stdout)
    assert [b["problem"] for b in listed] == ["", why]


def test_backup_into_the_folder_and_a_refusal(cli, db, tmp_path):
    assert cli("demo", "--no-history", "--orders", "2").returncode == 0
    done = cli("backup")
    assert done.returncode == 0 and str(tmp_path / "backups") in done.stdout
    bad = cli("restore", str(tmp_path / "missing.db"), "--yes")
    assert bad.returncode == 1 and "There is no file" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_backing_up_a_big_database_says_how_far_it_is_on_stderr(cli, db, tmp_path):
    assert cli("demo", "--no-history", "--orders", "2").returncode == 0
    small = cli("backup", str(tmp_path / "small.db"))
    assert small.returncode == 0 and small.stderr == ""  # a small one says nothing
    grow(db, 70)  # over the 64 MB from which progress is said
    done = cli("backup", str(tmp_path / "big.db"))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1] == "Backing up… 100 %" and len(lines) >= 5
    percents = [int(line.split()[-2]) for line in lines]
    assert percents == sorted(set(percents))
    assert f"Backed up to {tmp_path / 'big.db'}." in done.stdout
    quiet = cli("backup", str(tmp_path / "big2.db"), "--json")
    assert quiet.returncode == 0 and quiet.stderr == "" and json.loads(quiet.stdout)["size"]


def test_a_failing_daily_backup_is_said_and_the_command_still_runs(cli, db, tmp_path):
    assert cli("demo", "--no-history", "--orders", "2").returncode == 0
    (tmp_path / "not-a-folder").write_text("x")
    assert cli("settings", "backup_dir", "not-a-folder").returncode == 0
    (tmp_path / "backups").rename(tmp_path / "old-backups")  # the daily one is due again
    done = cli("orders", "--json")
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 2
    assert "The daily backup failed: Cannot write the backup" in done.stderr


def test_purge_personal_data_dry_run_and_refusal(cli, db):
    assert cli("demo", "--no-history", "--orders", "3").returncode == 0
    dry = cli("purge-personal-data", "--older-than", "30", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["dry_run"] is True
    refused = cli("purge-personal-data")
    assert refused.returncode == 1 and "--older-than DAYS" in refused.stderr
    done = cli("purge-personal-data", "--older-than", "30")
    assert done.returncode == 0 and "Personal data of 0 orders" in done.stdout
