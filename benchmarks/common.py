"""What every benchmark shares: timing, percentiles, the machine, and how a result is reported.

A result is printed as a line and, when `run_all.py` runs the script, also appended as JSON to
the file named by FULFIL_BENCH_RESULTS, from which `run_all.py` writes the markdown table.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_ENV = "FULFIL_BENCH_RESULTS"
CACHE_DIR = Path(os.environ.get("FULFIL_BENCH_CACHE", "/tmp/fulfil-desk-bench"))


@dataclass
class Result:
    name: str  # what was measured
    figure: float  # the project's figure
    floor: float  # the bare-library floor, measured in the same run
    unit: str  # "ms" or "MB"
    target: str  # the target, in words
    met: bool
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.figure / self.floor if self.floor else float("inf")


def report(
    name: str,
    figure: float,
    floor: float,
    *,
    unit: str = "ms",
    ratio: float | None = None,
    cap: float | None = None,
    plus: float | None = None,
    note: str = "",
) -> Result:
    """Print and record one figure against its floor. The target is `ratio` × floor (and at
    most `cap`), or floor + `plus` (memory)."""
    parts, met = [], True
    if ratio is not None:
        parts.append(f"≤ {ratio:g}× floor")
        met = met and figure <= ratio * floor
    if cap is not None:
        parts.append(f"≤ {cap:g} {unit}")
        met = met and figure <= cap
    if plus is not None:
        parts.append(f"≤ floor + {plus:g} {unit}")
        met = met and figure <= floor + plus
    result = Result(name, figure, floor, unit, " and ".join(parts) or "—", met, note)
    verdict = "met" if met else "MISSED"
    print(
        f"  {name:<46} {figure:9.2f} {unit}   floor {floor:9.2f} {unit}"
        f"   ×{result.ratio:5.2f}   target {result.target}: {verdict}"
        + (f"   ({note})" if note else ""),
        flush=True,
    )
    target = os.environ.get(RESULTS_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps({**asdict(result), "script": Path(sys.argv[0]).name}) + "\n")
    return result


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0–100), nearest rank."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def best_of(call: Callable[[], object], runs: int = 5) -> float:
    """The best wall time of `runs` calls, in ms: the figure least disturbed by the machine."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def median_of(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def heading(text: str) -> None:
    print(f"\n== {text}", flush=True)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return "unknown"


def machine() -> dict[str, str]:
    """Where the figures came from."""
    import sqlite3
    from importlib.metadata import PackageNotFoundError, version

    info = {
        "CPU": f"{_cpu_model()}, nproc {os.cpu_count()}",
        "Memory": _memory_gb(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
    }
    for package in ("PySide6-Essentials", "reportlab", "sqlite-utils", "psycopg"):
        try:
            info[package] = version(package)
        except PackageNotFoundError:
            info[package] = "not installed"
    return info
