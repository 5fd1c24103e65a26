"""A headless station in a subprocess, fed the demo shop's scans and killed with SIGKILL.

`fulfil-desk bench` prints `ok …` only after a scan's transaction committed. The harness
feeds it what a packer would scan next, judged from the database, and kills it at random
moments: while it starts (migrations, resume), while a scan is in flight, or idle. After
every kill it checks the database (a SQLite file, `PRAGMA integrity_check`, or a PostgreSQL
URL), that every scan answered `ok` is in it, and that a fresh Desk resumes
at the same step with the scans kept; then it starts the station again and carries on until
every order has shipped.

Once an order of RETURNS has shipped, the station takes its return by scans on the Returns
page before opening the next order: one unit back, resellable or damaged, so that on hand after
every kill is exactly what the returns acknowledged (kill_returns.py).

Used by tests/test_crash_safety.py (a few dozen kills) and benchmarks/kill_soak.py (200+).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db_dump import connect, is_server
from kill_returns import RETURNS, return_scan
from kill_station import Station, Verdict
from kill_waybills import GIVEN_EVENTS, check_waybills, load_bands, read_given

STATION = "kill-test"
DEFAULT_COURIER = "CJGLS"


# ---- what the database says ------------------------------------------------------------


Target = Path | str  # a SQLite file, or a PostgreSQL URL (`db_target`, tests/conftest.py)


def read_only(db: Target) -> Any:
    """A connection of the test's own that only reads, with `?` placeholders on both engines
    (on SQLite not a `mode=ro` one: that cannot open a WAL file whose -shm a clean close
    removed)."""
    return connect(db, timeout=30)


def integrity(db: Target) -> str:
    """A SQLite file's `PRAGMA integrity_check`; a server checks its own pages."""
    if is_server(db):
        return "ok"
    con = read_only(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@dataclass
class ShopView:
    orders: dict[int, dict]
    barcode: dict[str, str]
    events: int
    state: dict
    draft: dict  # the return the station is scanning
    returned: set[int]  # the orders whose return was received
    given: dict[int, tuple[str, str]]  # order → (courier, waybill number) given at its label
    banded: bool  # waybill number bands are loaded: every label takes a number

    def signature(self) -> tuple:
        return (self.events, json.dumps(self.state, sort_keys=True), json.dumps(self.draft))


def view(db: Target, station: str = STATION) -> ShopView:
    con = read_only(db)
    try:
        orders = {
            oid: {"number": number, "status": status, "lines": []}
            for oid, number, status in con.execute(
                "SELECT id, order_number, status FROM orders ORDER BY id"
            )
        }
        for oid, sku, qty, picked, packed in con.execute(
            "SELECT order_id, sku, quantity, picked, packed FROM order_lines ORDER BY id"
        ):
            orders[oid]["lines"].append((sku, qty, picked, packed))
        barcode = dict(con.execute("SELECT sku, MIN(code) FROM barcodes GROUP BY sku"))
        events = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        row = con.execute(
            "SELECT value FROM settings WHERE key = ?", [f"station.bench@{station}"]
        ).fetchone()
        draft = con.execute(
            "SELECT value FROM settings WHERE key = ?", [f"station.returns@{station}"]
        ).fetchone()
        returned = {r[0] for r in con.execute("SELECT order_id FROM returns")}
        given = read_given(con)
        banded = con.execute("SELECT COUNT(*) FROM waybill_bands").fetchone()[0] > 0
    finally:
        con.close()
    state = json.loads(row[0]) if row else {}
    scanning = (json.loads(draft[0]) if draft else None) or {}
    return ShopView(orders, barcode, events, state, scanning, returned, given, banded)


def tracking_number(courier: str, index: int) -> str:
    if courier == "HYUNDAI":  # Lotte: 11 digits and their value mod 7
        body = f"2552788{index:04d}"
        return body + str(int(body) % 7)
    return f"6{index:011d}"  # CJ Logistics: 12 digits, format only


def courier_wanted(index: int) -> str:
    return "HYUNDAI" if index % 3 == 0 else DEFAULT_COURIER


def next_scan(shop: ShopView, page: str, order_ids: list[int]) -> tuple[str, int] | None:
    """What the packer scans next at `page`, and how many events it appends if accepted.
    Even orders get BOX-M and a weight; the courier alternates, so those choices must
    survive kills too."""
    shipped = [i for i in order_ids if shop.orders[i]["status"] == "shipped"]
    due = [i for i in shipped if order_ids.index(i) in RETURNS and i not in shop.returned]
    if page == "returns":
        return return_scan(shop, order_ids, due[0]) if due else ("BACK", 0)
    todo = [i for i in order_ids if shop.orders[i]["status"] != "shipped"]
    if page == "queue" and due:
        return "RETURN", 0
    if not todo:
        return None
    if page == "queue":  # the station opens the order: an `opened` event
        return shop.orders[todo[0]]["number"], 1
    if page == "done":  # a shipped order shown (where a restart found the station): on
        return "BACK", 0
    order_id = shop.state.get("order")
    assert order_id is not None, (page, shop.state)
    order, index = shop.orders[order_id], order_ids.index(order_id)
    lines = order["lines"]
    if page == "verify":
        return "", 1
    if page == "pick":
        if order["status"] == "verified":
            return "", 1
        sku = next(sku for sku, qty, picked, _ in lines if picked < qty)
        return shop.barcode[sku], 1
    if page == "pack":
        if short := [sku for sku, qty, _, packed in lines if packed < qty]:
            return shop.barcode[short[0]], 1
        if index % 2 == 0 and shop.state.get("box") != "M":
            return "BOX-M", 0
        if index % 2 == 0 and shop.state.get("weight_g") != 1200:
            return "1.2kg", 0
        return "", 1
    chosen = shop.state.get("courier") or DEFAULT_COURIER
    want = courier_wanted(index)
    if page == "label":  # with bands, the courier is chosen before the label takes a number
        if shop.banded and chosen != want:
            return f"COURIER:{want}", 0
        return "SAVE", 1 + (GIVEN_EVENTS if shop.banded and order_id not in shop.given else 0)
    assert page == "tracking", page
    if chosen != want:
        return f"COURIER:{want}", 0
    if order_id in shop.given:  # the number on the box is the one its label was given
        return shop.given[order_id][1], 1
    return tracking_number(want, index), 1


# ---- one run ------------------------------------------------------------------------------


@dataclass
class KillRun:
    db: Target
    label_dir: Path
    order_ids: list[int]
    rng: random.Random
    station: str = STATION
    page: str = "queue"
    acked_events: int = 0  # events the scans answered `ok` appended, beyond the start
    base_events: int = 0
    stats: dict = field(
        default_factory=lambda: {
            "kills": 0, "while_starting": 0, "in_flight": 0, "idle": 0, "scans_ok": 0,
            "in_flight_committed": 0, "in_flight_lost": 0, "restarts": 0,
        }
    )  # fmt: skip

    def __post_init__(self) -> None:
        self.base_events = view(self.db, self.station).events
        self.last_signature = view(self.db, self.station).signature()
        self.last_ack = (self.page, None)

    def feed(self, station: Station, count: int) -> bool:
        """Up to `count` scans, each acknowledged; False when every order has shipped."""
        for _ in range(count):
            shop = view(self.db, self.station)
            step = next_scan(shop, self.page, self.order_ids)
            if step is None:
                return False
            text, events = step
            verdict = station.scan(text)
            assert verdict.ok, f"{text!r} at {self.page} refused: {verdict.message}"
            self._acked(verdict, events)
        return True

    def _acked(self, verdict: Verdict, events: int) -> None:
        self.page = verdict.page
        self.acked_events += events
        self.stats["scans_ok"] += 1
        self.last_signature = view(self.db, self.station).signature()
        self.last_ack = (verdict.page, verdict.order_id)

    def cycle(self) -> bool:
        """Start the station, scan a little, kill it somewhere; check what survived.
        False when every order has shipped."""
        station = Station(self.db, station=self.station, label_dir=self.label_dir)
        self.stats["restarts"] += 1
        moment = self.rng.random()
        in_flight = 0
        if moment < 0.15:
            time.sleep(self.rng.uniform(0, 0.6))
            kind = "while_starting"
        elif not self.feed(station, self.rng.randint(0, 3)):
            station.close()
            return False
        elif moment < 0.85:
            step = next_scan(view(self.db, self.station), self.page, self.order_ids)
            if step is None:
                station.close()
                return False
            station.send(step[0])
            in_flight = step[1]
            time.sleep(self.rng.uniform(0, 0.015))
            kind = "in_flight"
        else:
            kind = "idle"
        late = station.kill()
        self.stats["kills"] += 1
        self.stats[kind] += 1
        for verdict in late:  # answered before the kill: acknowledged, so it must be saved
            assert verdict.ok, verdict
            self._acked(verdict, in_flight)
            in_flight = 0
        self.check_after_kill(in_flight, kind == "in_flight" and not late)
        return True

    def check_after_kill(self, in_flight_events: int, unanswered: bool) -> None:
        from fulfil_desk.core.bench.scanner import Bench
        from fulfil_desk.core.desk import Desk

        assert integrity(self.db) == "ok"
        con = read_only(self.db)
        try:
            check_waybills(con)  # no number given twice, none lost, whatever was killed
        finally:
            con.close()
        shop = view(self.db, self.station)
        saved = shop.events - self.base_events
        # Every acknowledged scan is there; at most the one in flight besides.
        assert self.acked_events <= saved <= self.acked_events + in_flight_events, (
            self.acked_events, saved, in_flight_events,
        )  # fmt: skip
        committed = shop.signature() != self.last_signature
        if unanswered:
            self.stats["in_flight_committed" if committed else "in_flight_lost"] += 1
        self.acked_events = saved
        desk = Desk.open(self.db, station=self.station)
        try:
            bench = Bench(desk=desk)
            assert bench.resume() is None  # nothing to say: the station resumed where it was
            resumed = (bench.state.page, bench.state.order_id)
            if not committed:  # nothing moved since the last `ok`: the same page and order
                assert resumed == self.last_ack, (resumed, self.last_ack)
            if bench.state.order_id is not None:
                order = desk.orders.order(bench.state.order_id)
                assert bench.state.page == desk.orders.step(order.id).value
                picked = [e for e in desk.orders.events(order.id) if e["kind"] == "picked"]
                packed = [e for e in desk.orders.events(order.id) if e["kind"] == "packed_unit"]
                assert len(picked) == sum(ln.picked for ln in order.lines)
                assert len(packed) == sum(ln.packed for ln in order.lines)
            self.page = bench.state.page
        finally:
            desk.close()
        self.last_signature = view(self.db, self.station).signature()
        self.last_ack = resumed

    def run(self, kills: int) -> dict:
        started = time.monotonic()
        while self.stats["kills"] < kills and self.cycle():
            pass
        station = Station(self.db, station=self.station, label_dir=self.label_dir)
        while self.feed(station, 50):
            pass
        assert station.close() == 0
        self.stats["seconds"] = round(time.monotonic() - started, 1)
        return self.stats


def prepare_shop(db: Target, orders: int, *, bands: bool = False) -> list[int]:
    """The demo shop with `orders` orders and stock enough for all of them (`bands`: and a
    waybill number band for each courier the harness ships with)."""
    from fulfil_desk.core.desk import Desk

    desk = Desk.open(db, station="setup")
    try:
        desk.exchange.fill_demo(orders)
        if bands:
            load_bands(desk)
        for product in desk.products.products():
            desk.stock.receive_stock(product.sku, 5 * orders, note="kill test stock")
        return [o.id for o in desk.orders.orders()]
    finally:
        desk.close()


def check_all_shipped(db: Target, order_ids: list[int], label_dir: Path) -> None:
    """Every order shipped exactly once: each scan counted once, despite the kills."""
    assert integrity(db) == "ok"
    con = read_only(db)
    try:
        if not is_server(db):  # a server refuses such a row as it is written
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        check_waybills(con)
        given = read_given(con)
        if con.execute("SELECT COUNT(*) FROM waybill_bands").fetchone()[0]:
            assert set(order_ids) <= set(given), (order_ids, given)  # every label took one
        for index, order_id in enumerate(order_ids):
            status, box, weight, number, marketplace = con.execute(
                "SELECT status, box, weight_g, order_number, marketplace FROM orders WHERE id = ?",
                [order_id],
            ).fetchone()
            assert status == "shipped", (order_id, status)
            lines = con.execute(
                "SELECT quantity, picked, packed FROM order_lines WHERE order_id = ?", [order_id]
            ).fetchall()
            assert all(q == p == k for q, p, k in lines), lines
            units = sum(q for q, _, _ in lines)
            kinds = dict(
                con.execute(
                    "SELECT kind, COUNT(*) FROM events WHERE order_id = ? GROUP BY kind",
                    [order_id],
                )
            )
            for kind, expected in [("verified", 1), ("pick_started", 1), ("picked", units),
                                   ("packed_unit", units), ("packed", 1),
                                   ("label_printed", 1), ("shipped", 1)]:  # fmt: skip
                assert kinds.get(kind) == expected, (order_id, kind, kinds)
            if index % 2 == 0:
                assert (box, weight) == ("M", 1200), (order_id, box, weight)
            courier, tracking = con.execute(
                "SELECT courier_code, tracking_number FROM shipments WHERE order_id = ?",
                [order_id],
            ).fetchone()
            want = courier_wanted(index)
            banded = given.get(order_id)
            assert (courier, tracking) == (
                want,
                banded[1] if banded else tracking_number(want, index),
            )
            shipped = con.execute(
                "SELECT -SUM(delta) FROM stock_ledger WHERE order_id = ? AND reason = 'shipped'",
                [order_id],
            ).fetchone()[0]
            assert shipped == units
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in number)
            assert (label_dir / f"label-{marketplace}-{safe}.pdf").read_bytes()[:5] == b"%PDF-"
        drift = con.execute(
            "SELECT p.sku FROM products p WHERE p.on_hand !="
            " (SELECT COALESCE(SUM(delta), 0) FROM stock_ledger s WHERE s.sku = p.sku)"
        ).fetchall()
        assert drift == [], drift
        assert con.execute("SELECT COUNT(*) FROM order_locks").fetchone()[0] == 0
    finally:
        con.close()
