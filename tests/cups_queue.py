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
import tempfile
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


# ---- a raw queue for ZPL, on a private scheduler ----------------------------------------

# A CUPS queue with a file: device and no filter writes nothing (the job "completes" with no
# output), so the test queue's PPD passes raw jobs through gziptoany, which copies what is
# not gzip as it is; a real printer's raw queue (`lpadmin -m raw`, socket:// or usb://)
# hands the bytes to its backend the same way.
RAW_PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "ZPLRAW.PPD"
*Manufacturer: "fulfil-desk tests"
*Product: "(ZPL raw)"
*ModelName: "ZPL raw"
*ShortNickName: "ZPL raw"
*NickName: "ZPL raw"
*PSVersion: "(3010.000) 0"
*cupsFilter: "application/vnd.cups-raw 0 gziptoany"
"""


@dataclass(frozen=True)
class RawQueue:
    name: str
    out: Path  # the file: device's file, rewritten by each job
    server: str  # CUPS_SERVER: the private scheduler's socket

    def run(self, *command: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"}
        return subprocess.run(command, capture_output=True, text=True, env=env)

    def jobs_done(self) -> int:
        return len(self.run("lpstat", "-W", "completed", "-o", self.name).stdout.splitlines())

    def wait_for_job(self, done_before: int, timeout: float = 30) -> bytes:
        """What the job after `done_before` finished ones wrote to the device file."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.jobs_done() > done_before:
                return self.out.read_bytes()
            time.sleep(0.1)
        raise AssertionError(f"no job finished on {self.name}: {self.run('lpstat', '-t').stdout}")


@pytest.fixture(scope="session")
def cups_raw_queue() -> Iterator[RawQueue]:
    """A raw queue with a file: device on a scheduler of its own (its own config, socket and
    spool in a temporary folder: the machine's CUPS files are never edited)."""
    if os.geteuid() != 0:
        _refuse("The print tests need root to run a CUPS scheduler.")
    if not CUPSD.exists() or not shutil.which("lpadmin") or not shutil.which("lp"):
        _refuse("CUPS is not installed (cupsd, lpadmin, lp).")
    # Not under pytest's folders (0700): the filter runs as user lp and reads the spool.
    work = Path(tempfile.mkdtemp(prefix="fulfil-desk-cups-raw-"))
    work.chmod(0o755)
    root = work / "root"
    for sub in ("root", "spool", "cache", "state", "log", "out"):
        (work / sub).mkdir()
    # CUPS's own raw.types and raw.convs: what lets a job say it is raw (`lp -o raw`).
    (root / "raw.types").write_text("application/octet-stream\n")
    (root / "raw.convs").write_text("application/octet-stream application/vnd.cups-raw 0 -\n")
    (root / "zpl.ppd").write_text(RAW_PPD)
    server = str(work / "cups.sock")
    (root / "cupsd.conf").write_text(
        f"Listen {server}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
    )
    (root / "cups-files.conf").write_text(
        "FileDevice Yes\n"
        + "".join(
            f"{key} {work / sub}\n"
            for key, sub in (
                ("ServerRoot", "root"),
                ("RequestRoot", "spool"),
                ("TempDir", "spool"),
                ("CacheDir", "cache"),
                ("StateDir", "state"),
            )
        )
        + f"ErrorLog {work / 'log' / 'error_log'}\nAccessLog {work / 'log' / 'access_log'}\n"
    )
    queue = RawQueue(name="FulfilDeskZpl", out=work / "out" / "printed.zpl", server=server)
    log = work / "cupsd.out"
    with log.open("wb") as out:
        cupsd = subprocess.Popen(
            [str(CUPSD), "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while "is running" not in queue.run("lpstat", "-r").stdout:
            if cupsd.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the private cupsd did not start: {log.read_text()[-2000:]!r}")
            time.sleep(0.1)
        added = queue.run(
            "lpadmin", "-p", queue.name, "-v", f"file://{queue.out}", "-P", str(root / "zpl.ppd")
        )
        enabled = queue.run("cupsenable", queue.name)
        accepted = queue.run("cupsaccept", queue.name)
        for step in (added, enabled, accepted):
            assert step.returncode == 0, step.stderr
        yield queue
    finally:
        cupsd.terminate()
        cupsd.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
