"""Cold start to a usable window with 100k orders, and peak memory. Run by hand:

    python benchmarks/bench_startup.py [--runs N]

Each start is a new process under QT_QPA_PLATFORM=offscreen. The project: the real entry point
(`fulfil-desk --db shop.db gui`) on a copy of the 100k-order shop. The time runs from just
before the process is spawned until the queue's table has been painted (an application event
filter sees its first Paint and prints the moment). A QTimer.singleShot(0) right after show()
fires before the first paint under the offscreen platform, so it alone would not mean
"painted". Also noted: when the scores panel
was filled (it is filled after the first paint). The memory is the process's peak resident
set (ru_maxrss, from wait4). "Cold" is a new process, not a cold disk cache.

Byte-code: the children read compiled modules, as an installed package does (pip compiles it),
from a cache of their own under CACHE_DIR, written by a first start of each that is not
counted. Under PYTHONDONTWRITEBYTECODE (set on these machines) this editable checkout would
otherwise compile every fulfil-desk module at every start, ~0.3 s that no installed copy pays,
while the floor's PySide6 is compiled in site-packages.

The floor, the same way in the same run: a bare PySide6 QMainWindow with a label, 1400×860,
until that label is painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CACHE_DIR, heading, report
from shopdata import shop_db, working_copy

MARKER = "FULFIL-BENCH-"

# Both children: an application event filter notes the first paint of the watched widget (the
# queue's table; the bare window's label) and, once that paint pass is over, prints PAINTED.
WATCH = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def say(what):  # with the moment: perf_counter is the system's monotonic clock
    print("{MARKER}" + what, time.perf_counter(), flush=True)

class FirstPaint(QObject):
    def __init__(self, is_target, then):
        super().__init__()
        self.is_target, self.then, self.seen = is_target, then, False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and self.is_target(watched):
            self.seen = True
            say("PAINTED")
            QTimer.singleShot(0, self.then)
        return False
"""

BARE = (
    WATCH
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
label = QLabel("fulfil-desk")
label.setObjectName("floorLabel")
spy = FirstPaint(lambda w: w.objectName() == "floorLabel", app.quit)
app.installEventFilter(spy)
window = QMainWindow()
window.setCentralWidget(label)
window.resize(1400, 860)
window.show()
sys.exit(app.exec())
"""
)

PROJECT = (
    WATCH
    + """
def queue_view(widget):
    parent = widget.parent()
    return parent is not None and parent.objectName() == "queueView"

def scores_filled():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if windows and windows[0].scores.groups:
        say("SCORES")
        if "numpy" in sys.modules:  # sqlite-utils imports it whenever it is installed
            say("NUMPY")
        app.quit()
    else:
        QTimer.singleShot(0, scores_filled)

spy = FirstPaint(queue_view, scores_filled)
app.installEventFilter(spy)
sys.argv = ["fulfil-desk", "--db", sys.argv[1], "gui"]
from fulfil_desk.cli import main
main()
"""
)


def start(code: str, *args: str, env: dict) -> tuple[dict[str, float], float]:
    """({marker: seconds from spawning}, peak RSS in MB)."""
    begin = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    seen = {}
    for line in child.stdout:
        if line.startswith(MARKER):
            what, when = line.removeprefix(MARKER).split()
            seen[what] = float(when) - begin
    _pid, status, usage = os.wait4(child.pid, 0)
    if "PAINTED" not in seen:
        raise RuntimeError(f"no marker from the child (status {status})")
    return seen, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    heading("cold start to a usable window (100,000 orders) and peak memory")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = working_copy(shop_db(), folder)
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(CACHE_DIR / "pycache"),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(folder),  # logs, documents and data folders of a fresh user
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_STATE_HOME": str(folder / "state"),
        }
        bare, ours = [], []
        start(BARE, env=env)  # the first starts read the libraries from disk, write byte-code
        start(PROJECT, str(path), env=env)
        for _ in range(args.runs):  # alternate, so that both see the same machine
            bare.append(start(BARE, env=env))
            ours.append(start(PROJECT, str(path), env=env))
    floor_ms = statistics.median(seen["PAINTED"] for seen, _ in bare) * 1000
    ms = statistics.median(seen["PAINTED"] for seen, _ in ours) * 1000
    scores_ms = statistics.median(seen.get("SCORES", float("nan")) for seen, _ in ours) * 1000
    report("cold start to the queue painted", ms, floor_ms, ratio=2,
           note=f"median of {args.runs}; scores panel filled at {scores_ms:.0f} ms")  # fmt: skip
    report("peak memory (ru_maxrss)", max(r for _, r in ours), max(r for _, r in bare),
           unit="MB", plus=100)  # fmt: skip
    numpy = any("NUMPY" in seen for seen, _ in ours)
    print(f"  numpy imported at start (sqlite-utils does whenever it is installed): {numpy}")


if __name__ == "__main__":
    main()
