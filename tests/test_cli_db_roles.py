"""`fulfil-desk db roles`, on a real server: the script it prints runs in psql; `--run` sets the
roles up itself, asking each password twice and never showing it; then the owner opens the
shop (the migrations are the owner's), a station packs through the app and cannot delete an
audit event, and a station that finds the schema missing is told to let the owner open it."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import errors as pg_errors

_NUMBERS = itertools.count()
OWNER_PASSWORD, STATION_PASSWORD = "Own3r-pw'x", "St4tion-pw"


def fulfil_desk(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env.update(XDG_DATA_HOME=str(home / "xdg"), HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "fulfil_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        env=env,
        timeout=180,
        start_new_session=True,  # no terminal: the hidden prompt reads stdin
    )


def as_role(url: str, role: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{role}@{host}"))


@pytest.fixture
def shop(pg_url):
    n = f"{os.getpid()}_{next(_NUMBERS)}"
    return {
        "url": pg_url,
        "database": urlsplit(pg_url).path.lstrip("/"),
        "owner": f"cli_owner_{n}",
        "station": f"cli_station_{n}",
    }


def test_run_sets_the_roles_up_and_the_station_packs_but_cannot_delete_an_event(
    shop, pg_cluster, tmp_path
):
    owner_url = as_role(shop["url"], shop["owner"])
    station_url = as_role(shop["url"], shop["station"])
    typed = f"{OWNER_PASSWORD}\n{OWNER_PASSWORD}\n{STATION_PASSWORD}\n{STATION_PASSWORD}\n"
    done = fulfil_desk(
        "db", "roles", shop["database"], "--owner", shop["owner"], "--station", shop["station"],
        "--run", shop["url"], home=tmp_path, stdin=typed,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Roles {shop['owner']} and {shop['station']} are set up" in done.stdout
    said = done.stdout + done.stderr
    assert OWNER_PASSWORD not in said and STATION_PASSWORD not in said
    assert f"Password for role {shop['owner']}" in done.stderr
    with psycopg.connect(pg_cluster.url) as conn:  # the server keeps verifiers, not passwords
        kept = conn.execute(
            "SELECT rolname, rolpassword FROM pg_authid WHERE rolname IN (%s, %s)",
            [shop["owner"], shop["station"]],
        ).fetchall()
    assert len(kept) == 2 and all(secret.startswith("SCRAM-SHA-256$") for _role, secret in kept)

    early = fulfil_desk("--db", station_url, "orders", home=tmp_path)
    assert early.returncode == 1
    assert "has no tables yet, and role" in early.stderr and "as its owner" in early.stderr
    assert len(early.stderr.strip().splitlines()) == 1

    opened = fulfil_desk("--db", owner_url, "stock", home=tmp_path)  # the migrations, as owner
    assert opened.returncode == 0, opened.stderr
    with psycopg.connect(pg_cluster.database_url(shop["database"])) as conn:
        owners = conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert owners == [(shop["owner"],)]

    worked = fulfil_desk("--db", station_url, "demo", "--orders", "5", home=tmp_path)
    assert worked.returncode == 0, worked.stderr
    stock = fulfil_desk("--db", station_url, "stock", home=tmp_path)
    assert stock.returncode == 0 and "DEMO-" in stock.stdout, stock.stderr
    with psycopg.connect(station_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("DELETE FROM events")
    with psycopg.connect(owner_url) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_two_different_passwords_are_asked_again(shop, tmp_path):
    typed = "one-pw\nother-pw\nsame-pw\nsame-pw\nst-pw\nst-pw\n"
    done = fulfil_desk(
        "db", "roles", shop["database"], "--owner", shop["owner"], "--station", shop["station"],
        "--run", shop["url"], home=tmp_path, stdin=typed,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.count(f"Password for role {shop['owner']}") == 2
    assert "pw" not in done.stdout + done.stderr.replace("Password", "")


def test_the_printed_script_runs_in_psql(shop, pg_cluster, tmp_path):
    printed = fulfil_desk(
        "db", "roles", shop["database"], "--owner", shop["owner"], "--station", shop["station"],
        home=tmp_path,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "PASSWORD" not in printed.stdout and printed.stdout.endswith(";\n")
    script = tmp_path / "roles.sql"
    script.write_text(printed.stdout, "utf-8")
    psql = sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))[-1]
    subprocess.run(
        [str(psql), shop["url"], "-v", "ON_ERROR_STOP=1", "-q", "-f", str(script)],
        check=True,
        capture_output=True,
    )
    with psycopg.connect(pg_cluster.url) as conn:
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s",
            [shop["database"]],
        ).fetchone()
    assert owner == (shop["owner"],)


def test_a_name_that_is_not_a_plain_word_is_one_sentence(tmp_path):
    done = fulfil_desk("db", "roles", "shop; DROP", "--owner", "o", "--station", "s", home=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == (
        "fulfil-desk: shop; DROP cannot name a database or a role: use letters, digits and _ "
        "only (at most 63)."
    )


def test_a_superuser_url_that_is_refused_is_one_sentence(shop, tmp_path):
    nowhere = f"postgresql://postgres:S3cret-pw@/postgres?host={tmp_path}&port=1"
    done = fulfil_desk(
        "db", "roles", shop["database"], "--owner", shop["owner"], "--station", shop["station"],
        "--run", nowhere, home=tmp_path, stdin="a\na\nb\nb\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert "Password" not in done.stderr  # asked only once the server has let the superuser in
    assert len(done.stderr.strip().splitlines()) == 1
    assert "No PostgreSQL server answers" in done.stderr and "S3cret" not in done.stderr
