"""Real disk conditions for the tests: a tiny tmpfs that fills up, one mounted read-only.

Mounting needs root (CI runs as root, see .ci/run); elsewhere these tests are skipped.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


class Disks:
    def __init__(self, base: Path):
        self._base = base
        self.mounted: list[Path] = []

    def mount(self, name: str, size: str = "1m") -> Path:
        """A fresh tmpfs of `size` at base/name."""
        where = self._base / name
        where.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            pytest.skip("mounting a small disk needs root")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        self.mounted.append(where)
        return where

    def read_only(self, where: Path) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)

    def writable(self, where: Path) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(where)], check=True)

    @staticmethod
    def fill(where: Path, leave: int = 8 * 1024) -> None:
        """Fill the disk until only about `leave` bytes are free."""
        st = os.statvfs(where)
        free = st.f_bavail * st.f_frsize
        with open(where / "filler", "wb") as f:
            f.write(b"\0" * max(0, free - leave))

    def unmount_all(self) -> None:
        for where in reversed(self.mounted):
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def disks(tmp_path):
    found = Disks(tmp_path)
    yield found
    found.unmount_all()
