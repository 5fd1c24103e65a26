"""What the CLI tests share: the real `fulfil-desk` in a subprocess, and a table dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from db_dump import dump_db as dump  # noqa: F401 - the CLI tests take it from here


def cli_runner(db: Path, tmp_path: Path):
    """`run(*args)` runs `python -m fulfil_desk --db DB *args` with a private HOME."""
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8"
    )

    def run(*args: str):
        return subprocess.run(
            [sys.executable, "-m", "fulfil_desk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    return run


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result, words: str) -> None:
    """Exit 1 with one sentence on stderr that contains `words`."""
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
