"""Two packers' day at two benches on one real database file, for the statistics tests.

김하늘 (bench-1) and 王芳 (bench-2) scan with a FixedClock moved on by hand, so every figure is
known (tests/core/test_packer_stats.py works them out):

- 18 June 2026, from 10:00 KST: 김하늘 takes A-1001 (2 mugs) through the bench with a scan
  every 30 s, a wrong item at pick and one too many at pack, prints the label at 10:05:30,
  ships at 10:15:30 (a 10-minute pause) and reprints its label at 10:16; then A-1002 (a
  T-shirt picked by hand: MANUAL, then 1), shipped 10:20; an unknown code at 10:20:30.
- 10:30–10:38: 王芳 takes B-2001 (a notebook) as far as its label, a scan a minute, then BACK
  puts it aside; on 19 June she opens it at 09:00 and ships it at 09:02.
- "tester" receives the opening stock at 10:00 on 18 June.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fulfil_desk.core.bench.commands import ReprintReason
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

KST = ZoneInfo("Asia/Seoul")
START = datetime(2026, 6, 18, 10, 0, tzinfo=KST)  # a Thursday, a shipping day
NEXT_MORNING = datetime(2026, 6, 19, 9, 0, tzinfo=KST)
KIM, WANG = "김하늘", "王芳"
ORDERS = {"A-1001": ("DEMO-MUG", 2), "A-1002": ("DEMO-TEE-M", 1), "B-2001": ("DEMO-NOTE", 1)}
SEOUL = Address(
    "김민준", "010-1111-2222", "서울특별시 마포구 월드컵북로 396", city="서울",
    postal_code="03925", country="KR",
)  # fmt: skip


def lotte(body11: str) -> str:
    """A Lotte (HYUNDAI) tracking number: 11 digits and their value mod 7."""
    return body11 + str(int(body11) % 7)


def minutes(m: float) -> datetime:
    return START + timedelta(minutes=m)


class Station:
    """A bench whose every scan happens at a given moment of the shared clock."""

    def __init__(self, desk: Desk, clock: FixedClock):
        self.desk, self.clock, self.bench = desk, clock, Bench(desk=desk)

    def at(self, moment: datetime) -> Station:
        assert moment >= self.clock.now()
        self.clock.advance(seconds=(moment - self.clock.now()).total_seconds())
        return self

    def scan(self, code: str, *, refused: str | None = None) -> None:
        outcome = self.bench.scan(code)
        if refused:
            assert outcome.heard.value == refused, outcome.message
        else:
            assert outcome.tone != "refused", outcome.message


def two_packers_day(db_path: Path) -> tuple[FixedClock, dict[str, int]]:
    """Fills `db_path` with that day; returns the clock (at 09:02 on 19 June) and the ids."""
    clock = FixedClock(START)
    desk = Desk.open(db_path, clock=clock, actor="tester", station="bench-1")
    for product in demo_products():
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, 10, note="opening stock")
    orders = [
        Order("csv", number, START.isoformat(), SEOUL, [OrderLine(sku, sku, qty, 1000, "KRW")])
        for number, (sku, qty) in ORDERS.items()
    ]
    desk.exchange.add_orders(orders, source="test")
    ids = {number: desk.orders.find_order(number).id for number in ORDERS}
    code = {p.sku: p.barcodes[0] for p in desk.products.products()}
    mug, tee, note = code["DEMO-MUG"], code["DEMO-TEE-M"], code["DEMO-NOTE"]

    one = Station(desk, clock)
    one.at(minutes(0)).desk.packers.set_packer(KIM)
    for m, scan, refused in [
        (0.5, "A-1001", None),  # opened
        (1.0, "", None),  # verified
        (1.5, "", None),  # picking starts
        (2.0, mug, None),
        (2.5, code["DEMO-CABLE"], "wrong_item"),
        (3.0, mug, None),  # picked; the Pack page
        (3.5, mug, None),
        (4.0, mug, None),
        (4.5, mug, "one_too_many"),
        (5.0, "", None),  # the box closed
    ]:
        one.at(minutes(m)).scan(scan, refused=refused)
    one.at(minutes(5.5)).bench.label_done("test")
    one.scan("COURIER:HYUNDAI")
    one.at(minutes(15.5)).scan(lotte("25527888300"))  # shipped, after a 10-minute pause
    one.at(minutes(16)).desk.audit.label_reprinted(
        ids["A-1001"], how="test", reason=ReprintReason.DAMAGED
    )
    for m, scan in [(16.5, "A-1002"), (17, ""), (17.5, ""), (18, "MANUAL"), (18, "1")]:
        one.at(minutes(m)).scan(scan)  # MANUAL, then line 1: the T-shirt picked by hand
    for m, scan in [(18.5, tee), (19, "")]:
        one.at(minutes(m)).scan(scan)
    one.at(minutes(19.5)).bench.label_done("test")
    one.at(minutes(20)).scan(lotte("25527888301"))
    one.at(minutes(20.5)).scan("ZZZ-NOPE", refused="unknown_code")
    desk.close()

    two = Station(Desk.open(db_path, clock=clock, station="bench-2"), clock)
    two.at(minutes(30)).desk.packers.set_packer(WANG)
    for m, scan in [(31, "B-2001"), (32, ""), (33, ""), (34, note), (35, note), (36, "")]:
        two.at(minutes(m)).scan(scan)
    two.at(minutes(37)).bench.label_done("test")
    two.at(minutes(38)).scan("BACK")  # put aside at the Tracking step
    two.at(NEXT_MORNING).scan("B-2001")
    two.scan("COURIER:HYUNDAI")
    two.at(NEXT_MORNING + timedelta(minutes=2)).scan(lotte("25527888302"))
    two.desk.close()
    return clock, ids
