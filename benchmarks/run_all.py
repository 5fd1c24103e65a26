"""Every benchmark, each in its own process, then one markdown table. Run by hand:

    python benchmarks/run_all.py [--only scan labels zpl import scores startup pg-scan pg-import]
                                 [--out FILE]

Writes the table (with the machine it ran on) to benchmarks/RESULTS.md, or FILE, and prints
it. Each script prints its own details as it runs; see each one's docstring for what is
measured and what its floor is (pg-scan and pg-import need PostgreSQL's server installed:
.ci/pg-cluster starts a private cluster for each). Takes 10–15 minutes, most of it making
the test databases the first time of a day (they are kept in /tmp/fulfil-desk-bench, or
FULFIL_BENCH_CACHE).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from common import RESULTS_ENV, machine

HERE = Path(__file__).resolve().parent
SCRIPTS = {
    "scan": "bench_scan.py",
    "labels": "bench_labels.py",
    "zpl": "bench_zpl.py",
    "import": "bench_import.py",
    "scores": "bench_scores.py",
    "startup": "bench_startup.py",
    "pg-scan": "bench_pg_scan.py",  # these two: PostgreSQL's server installed (.ci/pg-cluster)
    "pg-import": "bench_pg_import.py",
}


def table(results: list[dict], info: dict[str, str], took: float) -> str:
    lines = [
        f"# fulfil-desk benchmarks, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        "",
        "`python benchmarks/run_all.py`; each figure next to the bare-library floor measured",
        f"in the same run ({took / 60:.0f} min in all).",
        "",
        "| Benchmark | fulfil-desk | Floor (same run) | × floor | Target | Met | Note |",
        "|---|---:|---:|---:|---|:---:|---|",
    ]
    for r in results:
        unit = r["unit"]
        ratio = r["figure"] / r["floor"] if r["floor"] else float("inf")
        lines.append(
            f"| {r['name']} | {r['figure']:.1f} {unit} | {r['floor']:.1f} {unit} | {ratio:.2f} "
            f"| {r['target']} | {'yes' if r['met'] else '**no**'} | {r['note']} |"
        )
    lines += ["", "Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()) + "."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", choices=sorted(SCRIPTS), default=list(SCRIPTS))
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    begin = time.perf_counter()
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        sink = Path(folder) / "results.jsonl"
        sink.touch()
        for name in args.only:
            env = {**os.environ, RESULTS_ENV: str(sink)}
            done = subprocess.run([sys.executable, str(HERE / SCRIPTS[name])], env=env)
            if done.returncode:
                failed.append(name)
        results = [json.loads(line) for line in sink.read_text().splitlines() if line]
    text = table(results, machine(), time.perf_counter() - begin)
    args.out.write_text(text, encoding="utf-8")
    print("\n" + text)
    if failed:
        print(f"These benchmarks failed to run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
