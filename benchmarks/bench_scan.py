"""Scan → on-screen verdict, with 100k orders and 20k SKUs in the database. Run by hand:

    python benchmarks/bench_scan.py [--picked N] [--lang ko|zh_CN|en]
                                    [--profile | --profile-kind KIND]

The project: the real main window (offscreen), a scan typed into the scan box and Enter; the
time runs until the page's message line is painted with the verdict. Each picked order is
opened by its number, one unknown code refused, each unit scanned into the box, the box
closed, SAVE scanned (no printer: the label PDF is written to a folder), the tracking number
scanned (the order ships; the station is back on the queue). After each verdict the event
loop runs until idle before the next scan ("every view refreshed": the queue, the scores
panel, the label preview too). Scans follow each other without a pause, so the station's
idle-time WAL checkpoint never runs here.

The floor, measured the same way in the same run, one floor scan after each unit scan: a
window with a line edit and a label; Enter does a bare indexed barcode lookup, updates the
order line, appends an event, commits (WAL, synchronous=NORMAL) and sets the label's text.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import heading, percentile, report  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget  # noqa: E402
from shopdata import SCAN_ORDERS, barcode_of, scan_order_numbers, shop_db, working_copy  # noqa: E402

WARM_UP_ORDERS = 10


def _quiet(mode, context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says it of every window
        sys.stderr.write(message + "\n")


qInstallMessageHandler(_quiet)
SIZE = (1400, 860)


class PaintClock(QObject):
    """Notes when any watched label is painted."""

    def __init__(self):
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def timed_enter(app: QApplication, box: QLineEdit, text: str, clock: PaintClock):
    """(ms to the verdict's paint, ms until the event loop is idle)."""
    box.setText(text)
    clock.painted_at = None
    start = time.perf_counter()
    QTest.keyClick(box, Qt.Key.Key_Return)
    deadline = start + 5
    while clock.painted_at is None and time.perf_counter() < deadline:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    settled = time.perf_counter()
    verdict = (clock.painted_at or settled) - start
    return verdict * 1000, (settled - start) * 1000


def scan_codes(path: Path) -> dict[str, list[str]]:
    """Each picked order's unit barcodes (one per unit), by order number."""
    con = sqlite3.connect(path)
    codes: dict[str, list[str]] = {}
    for number in scan_order_numbers():
        rows = con.execute(
            "SELECT l.sku, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " WHERE o.order_number = ? ORDER BY l.id",
            [number],
        ).fetchall()
        codes[number] = [
            barcode_of(int(sku.split("-")[1])) for sku, quantity in rows for _ in range(quantity)
        ]
    con.close()
    return codes


class FloorWindow(QWidget):
    """The bare floor: a line edit and a label; Enter looks the barcode up, updates the order
    line, appends an event and commits; the label says so."""

    def __init__(self, path: Path):
        super().__init__()
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.box = QLineEdit()
        self.label = QLabel("")
        self.order_id = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.label, stretch=1)
        self.box.returnPressed.connect(self._scan)

    def open(self, number: str) -> None:
        sql = "SELECT id FROM orders WHERE order_number = ?"
        self.order_id = self.con.execute(sql, [number]).fetchone()[0]

    def _scan(self) -> None:
        code = self.box.text()
        self.box.clear()
        con = self.con
        row = con.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        if row is None:
            self.label.setText(f"Unknown barcode {code}")
            return
        con.execute("BEGIN")
        con.execute(
            "UPDATE order_lines SET packed = packed + 1"
            " WHERE order_id = ? AND sku = ? AND packed < quantity",
            [self.order_id, row[0]],
        )
        con.execute(
            "INSERT INTO events (at, actor, order_id, kind, detail) VALUES (?, ?, ?, ?, ?)",
            ["2026-06-18T10:00:00+09:00", "bench", self.order_id, "packed_unit", "{}"],
        )
        con.execute("COMMIT")
        self.label.setText(f"{row[0]} in the box ({time.perf_counter():.6f})")


def shown(app: QApplication, window: QWidget) -> QWidget:
    window.resize(*SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    return window


def run(
    app: QApplication,
    master: Path,
    codes: dict[str, list[str]],
    folder: Path,
    only=None,
    lang: str = "en",
):
    """Both, scan by scan: each unit scanned into the app's box is then scanned into the
    floor's, so that both see the same machine (other work on it comes and goes).
    `only`: a kind of scan to cProfile (and print); `lang`: the window's language (its
    translators installed, the core's messages worded from its catalogue)."""
    from PySide6.QtCore import QSettings

    from fulfil_desk.core.desk import Desk
    from fulfil_desk.ui.app import build_window
    from fulfil_desk.ui.languages import UiLanguage
    from fulfil_desk.ui.sounds import RecordingSpeaker
    from fulfil_desk.ui.view_settings import ViewSettings

    UiLanguage(app=app).install(lang)
    floor = shown(app, FloorWindow(working_copy(master, folder, "floor.db")))
    desk = Desk.open(working_copy(master, folder, "shop.db"))
    views = ViewSettings(
        settings=QSettings(str(folder / "view.ini"), QSettings.Format.IniFormat),
        station=desk.station,
    )
    # The sound is chosen for every verdict; playing it is the sound server's work, not the scan's.
    window = shown(
        app,
        build_window(
            desk,
            label_dir=folder / "labels",
            speaker=RecordingSpeaker(),
            view_settings=views,
            lang=lang,
        ),
    )
    gc.freeze()  # as fulfil_desk.ui.app.run does once the window is built
    clock = PaintClock()
    floor.label.installEventFilter(clock)
    for page in window.pages.values():
        page.message.installEventFilter(clock)
    times: dict[str, list[float]] = defaultdict(list)
    settled: dict[str, list[float]] = defaultdict(list)
    profiler = cProfile.Profile()

    def scan(kind: str, text: str, keep: bool) -> None:
        if kind == only:
            profiler.enable()
        verdict, idle = timed_enter(app, window.page.scan_box, text, clock)
        profiler.disable()
        if keep:
            times[kind].append(verdict)
            settled[kind].append(idle)

    for n, (number, units) in enumerate(codes.items()):
        keep = n >= WARM_UP_ORDERS
        scan("open order", number, keep)
        assert window.controller.state.page == "pack", window.page.message.text()
        floor.open(number)
        scan("refused scan", "9999999999999", keep)
        for unit, code in enumerate(units):
            scan("pack unit", code, keep)
            if keep and os.environ.get("BENCH_VERBOSE"):
                times[f"pack unit {unit + 1}"].append(times["pack unit"][-1])
            verdict, _idle = timed_enter(app, floor.box, code, clock)
            if keep:
                times["floor"].append(verdict)
        scan("close box", "", keep)
        scan("save label", "SAVE", keep)  # no printer here: the label PDF is saved
        assert window.controller.state.page == "tracking", window.page.message.text()
        scan("ship", f"7{n:011d}", keep)  # a CJ tracking number: ships, back to the queue
    assert window.controller.state.page == "queue"
    if only:
        pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(
            int(os.environ.get("BENCH_ROWS", "40"))
        )
    window.close()
    floor.close()
    desk.close()
    return times, settled


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="pyinstrument the project's part")
    parser.add_argument("--lang", default="en", help="the window's language: ko, zh_CN, en")
    parser.add_argument("--profile-kind", help="cProfile one kind of scan: 'open order', …")
    parser.add_argument(
        "--picked", type=int, default=SCAN_ORDERS, help=f"picked orders to pack (≤ {SCAN_ORDERS})"
    )
    args = parser.parse_args()
    heading(f"scan → on-screen verdict ({args.orders:,} orders, 20,000 SKUs, {args.lang})")
    master = shop_db(orders=args.orders)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        codes = dict(list(scan_codes(master).items())[: args.picked])
        if args.profile:
            from pyinstrument import Profiler

            with Profiler() as profiler:
                times, settled = run(app, master, codes, Path(folder), lang=args.lang)
            profiler.print(show_all=False)
        else:
            times, settled = run(app, master, codes, Path(folder), args.profile_kind, args.lang)
    floor_times = times.pop("floor")
    f50, f99 = percentile(floor_times, 50), percentile(floor_times, 99)
    unit = times["pack unit"]
    report("scan p50 (pack a unit)", percentile(unit, 50), f50, note=f"{len(unit)} scans")
    report("scan p99 (pack a unit)", percentile(unit, 99), f99, ratio=3, cap=16,
           note=f"max {max(unit):.1f} ms")  # fmt: skip
    for kind in ("open order", "refused scan", "close box", "save label", "ship"):
        values = times[kind]
        report(f"scan p99 ({kind})", percentile(values, 99), f99, ratio=3, cap=16,
               note=f"p50 {percentile(values, 50):.1f} ms")  # fmt: skip
    if os.environ.get("BENCH_VERBOSE"):
        for kind, values in times.items():
            slowest = sorted(range(len(values)), key=values.__getitem__)[-4:]
            print(f"  {kind}: p50 {percentile(values, 50):.1f}, slowest (at) "
                  f"{[(round(values[i], 1), i) for i in slowest]}")  # fmt: skip
    for kind, values in settled.items():
        print(f"  every view refreshed after '{kind}': p50 {percentile(values, 50):.1f} ms, "
              f"p99 {percentile(values, 99):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
