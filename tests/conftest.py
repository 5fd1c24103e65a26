from __future__ import annotations

import os

# Before any Qt application exists: the tests run headless, in CI and here alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The commands the tests run speak English whatever this machine's locale (the language tests
# choose theirs with --lang or set FULFIL_DESK_LANG themselves).
os.environ["FULFIL_DESK_LANG"] = "en"

from cups_queue import cups_pdf_queue, cups_raw_queue  # noqa: E402, F401  (fixtures, by name)
from pg_server import pg_cluster, pg_url  # noqa: E402, F401  (fixtures: a real PostgreSQL)

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """A test of a module marked `both_engines` runs on a SQLite file and on PostgreSQL: its
    `db_target` (tests/core/conftest.py) is each in turn."""
    if "db_target" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_engines"
    ):
        metafunc.parametrize("db_target", ENGINES, indirect=True)


from small_disks import disks  # noqa: E402, F401  (a fixture: a tiny or read-only tmpfs)
