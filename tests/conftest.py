from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt application exists: the tests run headless, in CI and here alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The commands the tests run speak English whatever this machine's locale (the language tests
# choose theirs with --lang or set FULFIL_DESK_LANG themselves).
os.environ["FULFIL_DESK_LANG"] = "en"

from cups_queue import cups_pdf_queue, cups_raw_queue  # noqa: E402, F401  (fixtures, by name)
from pg_server import pg_cluster, pg_url  # noqa: E402, F401  (fixtures: a real PostgreSQL)
from small_disks import disks  # noqa: E402, F401  (a fixture: a tiny or read-only tmpfs)

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """A test of a module marked `both_engines` runs on a SQLite file and on PostgreSQL: its
    `db_target` (below) is each in turn."""
    if "db_target" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_engines"
    ):
        metafunc.parametrize("db_target", ENGINES, indirect=True)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def db_target(request, db_path):
    """The shop's database: the SQLite file `db_path`; in a module marked `both_engines`,
    that and then a new PostgreSQL database (parametrised above)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return db_path
    # A server's shop keeps this PC's files (backups) in the user's data folder: the test's.
    request.getfixturevalue("monkeypatch").setenv("XDG_DATA_HOME", str(db_path.parent / "data"))
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.new_shop_database()
    request.addfinalizer(lambda: cluster.drop_database(url))
    return url
