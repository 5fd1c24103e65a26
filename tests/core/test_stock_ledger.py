"""The stock ledger under random sequences of moves: on hand is always the sum of its rows,
reserved follows the orders, shippable is never below zero, and refusals change nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from db_dump import dump_db
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import (
    Address,
    CancelReason,
    HoldReason,
    Order,
    OrderLine,
    OrderStatus,
)
from fulfil_desk.core.stock.inventory import RESERVING_STATUSES

S = OrderStatus
SKUS = ("DEMO-MUG", "DEMO-CASE", "DEMO-NOTE")
THURSDAY = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
SEOUL = Address("김하늘", "010-1111-2222", "서울특별시 마포구 월드컵북로 396", city="서울",
                postal_code="03925", country="KR")  # fmt: skip


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


def one_line_order(number: str, sku: str, quantity: int) -> Order:
    return Order(
        marketplace="csv",
        order_number=number,
        ordered_at=THURSDAY.isoformat(),
        ship_to=SEOUL,
        lines=[OrderLine(sku, f"{sku} title", quantity, 1000, "KRW")],
    )


def ledger(db_path: Path, sku: str) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(
            "SELECT delta, reason, note FROM stock_ledger WHERE sku = ? ORDER BY id", [sku]
        ).fetchall()
    finally:
        con.close()


def ship_order(desk: Desk, order_id: int, tracking: str) -> None:
    """A verified order through pick, pack and label to shipped, by the Desk's use cases."""
    list_id, _ = desk.flow.start_pick([order_id])
    for line in desk.orders.order(order_id).lines:
        for _ in range(line.quantity):
            desk.flow.pick_scan(list_id, line.sku)
    for line in desk.orders.order(order_id).lines:
        for _ in range(line.quantity):
            desk.flow.pack_scan(order_id, line.sku)
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="test")
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=tracking)


# ---- the ledger under random sequences of moves ----------------------------------------------


class StockMachine(RuleBasedStateMachine):
    """Receive, count, adjust, set limits, verify, ship and cancel in any order."""

    def __init__(self):
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.path = Path(self.dir.name) / "shop.db"
        self.desk = Desk.open(self.path, clock=FixedClock(THURSDAY), actor="prop")
        for product in demo_products():
            if product.sku in SKUS:
                self.desk.products.save_product(product)
                self.desk.stock.receive_stock(product.sku, 12)
        self.on_hand = dict.fromkeys(SKUS, 12)
        self.status: dict[int, OrderStatus] = {}
        self.lines: dict[int, tuple[str, int]] = {}
        self.shipped = 0

    def teardown(self):
        self.desk.close()
        self.dir.cleanup()

    def _refused(self, action) -> None:
        before = dump_db(self.path)
        with pytest.raises(UserError):
            action()
        assert dump_db(self.path) == before

    def _free(self, sku: str, order_id: int) -> int:
        taken = sum(
            q
            for i, (s, q) in self.lines.items()
            if s == sku and i != order_id and self._reserving(i)
        )
        return self.on_hand[sku] - taken - self.desk.products.product(sku).safety_stock

    def _reserving(self, order_id: int) -> bool:
        return self.status[order_id] in RESERVING_STATUSES

    @rule(sku=st.sampled_from(SKUS), quantity=st.integers(-5, 40) | st.just(100_001))
    def receive(self, sku, quantity):
        if 0 < quantity <= 100_000:
            self.desk.stock.receive_stock(sku, quantity)
            self.on_hand[sku] += quantity
        else:
            self._refused(lambda: self.desk.stock.receive_stock(sku, quantity))

    @rule(sku=st.sampled_from(SKUS), counted=st.integers(-3, 60))
    def count(self, sku, counted):
        if counted < 0:
            self._refused(lambda: self.desk.stock.count_stock(sku, counted))
            return
        rows = len(ledger(self.path, sku))
        self.desk.stock.count_stock(sku, counted, note="shelf")
        after = ledger(self.path, sku)
        if counted == self.on_hand[sku]:
            assert len(after) == rows
        else:
            assert after[-1] == (counted - self.on_hand[sku], "count", "shelf")
        self.on_hand[sku] = counted

    @rule(
        sku=st.sampled_from(SKUS),
        delta=st.integers(-30, 30),
        reason=st.sampled_from(["damaged", "returned", "correction", "received", "bogus"]),
    )
    def adjust(self, sku, delta, reason):
        sign_ok = {"damaged": delta < 0, "returned": delta > 0, "received": delta > 0}
        valid = (
            delta != 0
            and self.on_hand[sku] + delta >= 0
            and reason != "bogus"
            and sign_ok.get(reason, True)
        )
        if valid:
            self.desk.stock.adjust_stock(sku, delta, reason)
            self.on_hand[sku] += delta
        else:
            self._refused(lambda: self.desk.stock.adjust_stock(sku, delta, reason))

    @rule(sku=st.sampled_from(SKUS), safety=st.integers(-1, 15), reorder=st.integers(0, 15))
    def limits(self, sku, safety, reorder):
        if safety < 0:
            self._refused(lambda: self.desk.stock.set_stock_limits(sku, safety, reorder))
        else:
            self.desk.stock.set_stock_limits(sku, safety, reorder)

    @rule(sku=st.sampled_from(SKUS), quantity=st.integers(1, 6))
    def add_order(self, sku, quantity):
        number = f"P-{len(self.status) + 1}"
        self.desk.exchange.add_orders([one_line_order(number, sku, quantity)], source="test")
        order_id = self.desk.orders.find_order(number).id
        self.status[order_id], self.lines[order_id] = S.NEW, (sku, quantity)

    def _with(self, *statuses):
        return [i for i, s in self.status.items() if s in statuses]

    @precondition(lambda self: self._with(S.NEW, S.ON_HOLD))
    @rule(data=st.data())
    def verify(self, data):
        order_id = data.draw(st.sampled_from(self._with(S.NEW, S.ON_HOLD)))
        sku, quantity = self.lines[order_id]
        problems, _ = self.desk.flow.verify(order_id)
        covered = quantity <= self._free(sku, order_id)
        assert (not problems) == covered, problems
        self.status[order_id] = S.VERIFIED if covered else S.ON_HOLD
        if not covered:
            assert problems[0].reason is HoldReason.OUT_OF_STOCK

    @precondition(lambda self: self._with(S.VERIFIED))
    @rule(data=st.data())
    def ship(self, data):
        order_id = data.draw(st.sampled_from(self._with(S.VERIFIED)))
        self.shipped += 1
        ship_order(self.desk, order_id, lotte(f"{25527888300 + self.shipped:011d}"))
        sku, quantity = self.lines[order_id]
        self.on_hand[sku] -= quantity
        self.status[order_id] = S.SHIPPED

    @precondition(lambda self: self._with(S.NEW, S.ON_HOLD, S.VERIFIED))
    @rule(data=st.data())
    def cancel(self, data):
        order_id = data.draw(st.sampled_from(self._with(S.NEW, S.ON_HOLD, S.VERIFIED)))
        self.desk.flow.cancel(order_id, CancelReason.BUYER_REQUESTED)
        self.status[order_id] = S.CANCELLED

    @invariant()
    def on_hand_is_the_ledger(self):
        for sku in SKUS:
            from_ledger = sum(row[0] for row in ledger(self.path, sku))
            assert self.desk.products.product(sku).on_hand == from_ledger == self.on_hand[sku]

    @invariant()
    def levels_follow_the_orders(self):
        for row in self.desk.stock.stock_levels():
            reserved = sum(
                q for i, (s, q) in self.lines.items() if s == row["sku"] and self._reserving(i)
            )
            assert row["reserved"] == reserved == self.desk.stock.reserved(row["sku"])
            expected = max(0, row["on_hand"] - reserved - row["safety_stock"])
            assert row["shippable"] == expected == self.desk.stock.shippable(row["sku"]) >= 0
            assert row["low"] == (row["shippable"] <= row["reorder_point"])


TestStockMachine = StockMachine.TestCase
TestStockMachine.settings = settings(
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
