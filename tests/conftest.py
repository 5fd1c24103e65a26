from __future__ import annotations

import os

# Before any Qt application exists: the tests run headless, in CI and here alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The commands the tests run speak English whatever this machine's locale (the language tests
# choose theirs with --lang or set FULFIL_DESK_LANG themselves).
os.environ["FULFIL_DESK_LANG"] = "en"

from cups_queue import cups_pdf_queue, cups_raw_queue  # noqa: E402, F401  (fixtures, by name)
from pg_server import pg_cluster, pg_url  # noqa: E402, F401  (fixtures: a real PostgreSQL)
from small_disks import disks  # noqa: E402, F401  (a fixture: a tiny or read-only tmpfs)
