from __future__ import annotations

import os

# Before any Qt application exists: the tests run headless, in CI and here alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cups_queue import cups_pdf_queue  # noqa: E402, F401  (a fixture, used by name)
from small_disks import disks  # noqa: E402, F401  (a fixture: a tiny or read-only tmpfs)
