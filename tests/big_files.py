"""A shop file made big (for copies in many steps), and a folder's files by their digests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def grow(db_path: Path, megabytes: int) -> None:
    """Adds `megabytes` MB to the database, in a table of the test's own."""
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
        con.executemany("INSERT INTO ballast VALUES (randomblob(4000))", [()] * megabytes * 256)
    con.close()


def files_in(folder: Path) -> dict[str, str]:
    """Every file in `folder` (hidden ones too) with its content's digest."""
    if not folder.exists():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
