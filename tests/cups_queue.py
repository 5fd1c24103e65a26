"""A private cups-pdf print queue for the print tests.

cups-pdf reads `/etc/cups/cups-pdf-NAME.conf` for a queue whose device URI is
`cups-pdf:/NAME`, and then ignores `/etc/cups/cups-pdf.conf` altogether (it
falls back to its built-in defaults, not to that file). So each test session
gets its own queue and its own config, and the shared files are never edited.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPSD = Path("/usr/sbin/cupsd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_ETC = Path("/etc/cups")
CUPS_LOG = Path("/var/log/cups")


@dataclass(frozen=True)
class CupsPdfQueue:
    name: str
    out_dir: Path

    def pdfs(self) -> set[Path]:
        return set(self.out_dir.glob("*.pdf"))

    def job_count(self) -> int:
        """Jobs this queue has ever had, finished or not."""
        return len(_lpstat("-W", "all", "-o", self.name).splitlines())

    def wait_for_pdf(self, known: set[Path], timeout: float = 60) -> Path:
        """The one PDF that is not in `known`, once CUPS has finished the job."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = self.pdfs() - known
            # cups-pdf's Ghostscript writes straight to the final name, so a file
            # is only whole once the queue has no pending job.
            if new and not _lpstat("-o", self.name).strip():
                assert len(new) == 1, f"expected one new PDF, got {sorted(new)}"
                return new.pop()
            time.sleep(0.2)
        log = CUPS_LOG / f"cups-pdf-{self.name}_log"
        raise AssertionError(
            f"no PDF from queue {self.name} in {self.out_dir} after {timeout:.0f} s "
            f"(under AppArmor, cups-pdf may not read {self.conf}).\n"
            f"jobs: {_lpstat('-W', 'all', '-o', self.name)!r}\n"
            f"{log}: {log.read_text()[-2000:] if log.exists() else 'missing'}"
        )

    @property
    def conf(self) -> Path:
        return CUPS_ETC / f"cups-pdf-{self.name}.conf"


def _lpstat(*args: str) -> str:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True).stdout


def _scheduler_running() -> bool:
    return "is running" in _lpstat("-r")


def _refuse(sentence: str) -> None:
    if os.environ.get("FULFIL_DESK_SKIP_CUPS") == "1":
        pytest.skip(sentence)
    pytest.fail(
        f"{sentence} Run as root with CUPS installed (see .ci/run), "
        "or set FULFIL_DESK_SKIP_CUPS=1 to skip the print tests."
    )


def _start_cupsd(log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        cupsd = subprocess.Popen([str(CUPSD), "-f"], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while not _scheduler_running():
        if cupsd.poll() is not None or time.monotonic() > deadline:
            cupsd.kill()
            pytest.fail(f"cupsd did not start: {log.read_text()[-2000:]!r}")
        time.sleep(0.1)
    return cupsd


@pytest.fixture(scope="session")
def cups_pdf_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsPdfQueue]:
    if os.geteuid() != 0:
        _refuse("The print tests need root to add a CUPS queue.")
    missing = [str(p) for p in (CUPSD, BACKEND, PPD) if not p.exists()]
    if missing or not shutil.which("lpadmin") or not shutil.which("lpstat"):
        _refuse(f"CUPS or cups-pdf is not installed (missing: {missing or 'lpadmin/lpstat'}).")

    work = tmp_path_factory.mktemp("cups")
    cupsd = None if _scheduler_running() else _start_cupsd(work / "cupsd.log")
    queue = CupsPdfQueue(name=f"FulfilDeskTest_{os.getpid()}", out_dir=work / "out")
    queue.out_dir.mkdir()
    try:
        queue.conf.write_text(f"Out {queue.out_dir}\n")
        subprocess.run(
            ["lpadmin", "-p", queue.name, "-v", f"cups-pdf:/{queue.name}", "-P", str(PPD), "-E"],
            check=True,
            capture_output=True,
        )
        yield queue
    finally:
        subprocess.run(["lpadmin", "-x", queue.name], capture_output=True)
        queue.conf.unlink(missing_ok=True)
        (CUPS_LOG / f"cups-pdf-{queue.name}_log").unlink(missing_ok=True)
        if cupsd is not None:
            cupsd.terminate()
            cupsd.wait(timeout=30)
