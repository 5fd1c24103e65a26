"""A private PostgreSQL cluster for the PostgreSQL benchmarks: started with the project's own
`.ci/pg-cluster start DIR` (superuser `postgres`, trust auth, a Unix socket in DIR only),
stopped when the benchmark ends.

The big shop is moved into it once with `copy_shop`, as `db move` does (about two minutes
here), into a database `master` of a cluster kept under CACHE_DIR by the SQLite shop's name,
like shopdata's cache; each run takes its own copies of it with `CREATE DATABASE … TEMPLATE`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from common import CACHE_DIR

ROOT = Path(__file__).resolve().parent.parent
PG_CLUSTER = ROOT / ".ci" / "pg-cluster"


@contextmanager
def cluster(folder: Path | None = None) -> Iterator[str]:
    """The superuser's URL of a private cluster in `folder` (made if new), stopped afterwards;
    without a folder, a new one, removed afterwards."""
    keep = folder is not None
    folder = folder or Path(tempfile.mkdtemp(prefix="fulfil-pgbench-"))
    started = subprocess.run(
        [str(PG_CLUSTER), "start", str(folder)], capture_output=True, text=True, check=True
    )
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(PG_CLUSTER), "stop", str(folder)], check=False)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def cluster_with_shop(sqlite_shop: Path) -> Iterator[str]:
    """A cluster whose database `master` holds the SQLite shop (moved in on the first run, then
    kept under CACHE_DIR); returns the superuser's URL."""
    folder = CACHE_DIR / f"pg-{sqlite_shop.stem}"
    done = folder / "master-copied"
    with cluster(folder) as admin:
        if not done.exists():
            print("  moving the shop into PostgreSQL (once; kept in the cache) …", flush=True)
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / "shop.db"
                shutil.copyfile(sqlite_shop, copy)
                _, seconds = shop_on_server(admin, copy, "master")
            print(f"  copy_shop: {seconds:.0f} s", flush=True)
            done.write_text(f"{seconds:.1f}\n")
        yield admin


def database_url(admin_url: str, name: str) -> str:
    """The URL of database `name` on the cluster `admin_url` names (…/postgres?host=DIR)."""
    head, _, query = admin_url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}?{query}"


def create_database(admin_url: str, name: str, *, template: str | None = None) -> str:
    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name}")
        con.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return database_url(admin_url, name)


def server_version(admin_url: str) -> str:
    with psycopg.connect(admin_url) as con:
        return str(con.execute("SHOW server_version").fetchone()[0]).split()[0]


def shop_on_server(admin_url: str, sqlite_shop: Path, name: str = "shop") -> tuple[str, float]:
    """The SQLite shop moved into a new database `name` (copy_shop, one transaction), then
    ANALYZEd as a server's autovacuum would have by then; returns its URL and the seconds."""
    from fulfil_desk.core.storage.copies.shop_copy import copy_shop
    from fulfil_desk.core.storage.db import open_database

    url = create_database(admin_url, name)
    start = time.perf_counter()
    source, target = open_database(sqlite_shop), open_database(url)
    try:
        copy_shop(source, target)
        target.execute("ANALYZE")
    finally:
        source.close()
        target.close()
    return url, time.perf_counter() - start
