"""Stock moves, limits, reservations and the shippable export, on a real SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from db_dump import connect
from wording import said

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason, OrderStatus
from fulfil_desk.core.stock import service as stock_cases
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
OPENING_STOCK = 10  # as tests/core/conftest.py's desk fixture receives


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


def ledger(db_target: Path, sku: str) -> list[tuple]:
    con = connect(db_target)
    try:
        return con.execute(
            "SELECT delta, reason, note FROM stock_ledger WHERE sku = ? ORDER BY id", [sku]
        ).fetchall()
    finally:
        con.close()


# ---- counts, adjustments, limits ---------------------------------------------------------------


def test_a_count_posts_exactly_the_difference_and_nothing_when_equal(desk, db_target):
    before = ledger(db_target, "DEMO-MUG")
    changes = desk.stock.count_stock("DEMO-MUG", OPENING_STOCK)
    assert ledger(db_target, "DEMO-MUG") == before and changes.stock
    desk.stock.count_stock("DEMO-MUG", 7, note="shelf A")
    assert ledger(db_target, "DEMO-MUG")[-1] == (7 - OPENING_STOCK, "count", "shelf A")
    assert desk.products.product("DEMO-MUG").on_hand == 7


@pytest.mark.parametrize(
    ("delta", "reason", "words"),
    [
        (0, "correction", "changes nothing"),
        (-(OPENING_STOCK + 1), "correction", "only 10 on hand"),
        (100_001, "received", "at most 100000"),
        (3, "damaged", "only remove"),
        (-3, "returned", "only add"),
        (-1, "shipped", "Unknown stock reason"),
        (-1, "lost-in-space", "Unknown stock reason"),
    ],
)
def test_an_impossible_adjustment_is_refused_and_changes_nothing(desk, dump, delta, reason, words):
    before = dump()
    with pytest.raises(UserError, match=words):
        desk.stock.adjust_stock("DEMO-MUG", delta, reason)
    assert dump() == before


def test_an_adjustment_is_a_ledger_row_with_its_reason(desk, db_target):
    changes = desk.stock.adjust_stock("DEMO-MUG", -2, "damaged", note="dropped")
    assert changes.stock and "8 on hand" in said(changes)
    assert ledger(db_target, "DEMO-MUG")[-1] == (-2, "damaged", "dropped")


@pytest.mark.parametrize(
    "call",
    [
        lambda d: d.stock.count_stock("DEMO-MUG", -1),
        lambda d: d.stock.count_stock("DEMO-MUG", 100_001),
        lambda d: d.stock.count_stock("NOPE", 3),
        lambda d: d.stock.set_stock_limits("DEMO-MUG", -1, 0),
        lambda d: d.stock.set_stock_limits("DEMO-MUG", 0, 100_001),
        lambda d: d.stock.set_stock_limits("NOPE", 1, 1),
        lambda d: d.stock.stock_levels("NOPE"),
    ],
)
def test_refused_stock_input_changes_nothing(desk, dump, call):
    before = dump()
    with pytest.raises(UserError):
        call(desk)
    assert dump() == before


def test_saving_a_product_keeps_its_limits(desk):
    desk.stock.set_stock_limits("DEMO-MUG", 2, 4)
    mug = desk.products.product("DEMO-MUG")
    desk.products.save_product(Product(mug.sku, "renamed", mug.bin_location, 1, mug.barcodes))
    again = desk.products.product("DEMO-MUG")
    assert (again.safety_stock, again.reorder_point, again.on_hand) == (2, 4, OPENING_STOCK)
    desk.stock.set_stock_limits("DEMO-MUG", reorder_point=6)
    assert (
        desk.products.product("DEMO-MUG").safety_stock,
        desk.products.product("DEMO-MUG").reorder_point,
    ) == (2, 6)


def test_low_stock_lists_what_is_at_or_below_its_reorder_point(desk):
    assert desk.stock.low_stock() == []
    desk.stock.set_stock_limits("DEMO-MUG", 4, 6)  # shippable 6: low
    desk.stock.set_stock_limits("DEMO-CASE", 0, 9)  # shippable 10: not low
    assert [r["sku"] for r in desk.stock.low_stock()] == ["DEMO-MUG"]
    row = desk.stock.stock_levels("DEMO-MUG")[0]
    assert {k: row[k] for k in ("on_hand", "reserved", "safety_stock", "shippable", "low")} == {
        "on_hand": 10, "reserved": 0, "safety_stock": 4, "shippable": 6, "low": True
    }  # fmt: skip


def test_stock_levels_take_the_same_number_of_queries_for_any_number_of_skus(desk):
    if desk._ctx.db.engine != "sqlite":
        pytest.skip("counts statements with SQLite's trace callback")
    statements: list[str] = []
    desk._ctx.db.conn.set_trace_callback(statements.append)
    desk.stock.stock_levels()
    few = len(statements)
    desk._ctx.db.conn.set_trace_callback(None)
    for n in range(40):
        desk.products.save_product(Product(f"EXTRA-{n:02d}", f"extra {n}", "Z-01-1"))
    statements.clear()
    desk._ctx.db.conn.set_trace_callback(statements.append)
    rows = desk.stock.stock_levels()
    desk._ctx.db.conn.set_trace_callback(None)
    assert len(rows) == 48 and len(statements) == few


# ---- reserved follows the order's status; verify uses shippable stock ---------------------------


def test_reserved_follows_the_order_from_verify_to_shipped(desk, add):
    order_id = add("R-1", [("DEMO-NOTE", 3)])
    list_id = None

    def levels():
        row = desk.stock.stock_levels("DEMO-NOTE")[0]
        return desk.orders.order(order_id).status, row["reserved"], row["on_hand"], row["shippable"]

    def start():
        nonlocal list_id
        list_id, _ = desk.flow.start_pick([order_id])

    assert levels() == (S.NEW, 0, 10, 10)
    desk.flow.hold(order_id, HoldReason.OTHER)
    assert levels() == (S.ON_HOLD, 0, 10, 10)
    for step, expected in [
        (lambda: desk.flow.verify(order_id), (S.VERIFIED, 3, 10, 7)),
        (start, (S.PICKING, 3, 10, 7)),
        (
            lambda: [desk.flow.pick_scan(list_id, "DEMO-NOTE") for _ in range(3)],
            (S.PICKED, 3, 10, 7),
        ),
        (lambda: desk.flow.pack_scan(order_id, "DEMO-NOTE"), (S.PACKING, 3, 10, 7)),
        (
            lambda: (
                [desk.flow.pack_scan(order_id, "DEMO-NOTE") for _ in range(2)]
                and desk.flow.finish_pack(order_id, box="S", weight_g=600)
            ),
            (S.PACKED, 3, 10, 7),
        ),
        (lambda: desk.flow.label_done([order_id], how="test"), (S.LABELLED, 3, 10, 7)),
        (
            lambda: desk.flow.ship(order_id, courier="HYUNDAI", tracking=lotte("25527888300")),
            (S.SHIPPED, 0, 7, 7),
        ),
    ]:
        step()
        assert levels() == expected
    cancelled = add("R-2", [("DEMO-NOTE", 2)])
    desk.flow.verify(cancelled)
    assert desk.stock.reserved("DEMO-NOTE") == 2
    desk.flow.cancel(cancelled, CancelReason.BUYER_REQUESTED)
    assert desk.stock.reserved("DEMO-NOTE") == 0


def test_verify_holds_an_order_that_safety_stock_leaves_uncovered(desk, add):
    desk.stock.set_stock_limits("DEMO-MUG", safety_stock=8)
    order_id = add("SAFE-1", [("DEMO-MUG", 3)])
    problems, _ = desk.flow.verify(order_id)
    assert [p.reason for p in problems] == [HoldReason.OUT_OF_STOCK]
    assert "3 needed, only 2 can ship" in said(desk.orders.order(order_id).hold_note_said)
    desk.stock.set_stock_limits("DEMO-MUG", safety_stock=7)
    problems, _ = desk.flow.verify(order_id)
    assert problems == [] and desk.orders.order(order_id).status is S.VERIFIED
    assert desk.stock.shippable("DEMO-MUG") == 0


# ---- the shippable export -----------------------------------------------------------------------


def test_export_has_every_sku_with_its_shippable_quantity(desk, add, tmp_path):
    desk.flow.verify(add("E-1", [("DEMO-CASE", 4)]))
    desk.stock.set_stock_limits("DEMO-CASE", safety_stock=1)
    out = tmp_path / "shippable.csv"
    changes = desk.stock.export_shippable(out)
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["sku", "shippable", "on_hand", "reserved", "safety_stock"]
    assert {r["sku"] for r in rows} == {p.sku for p in desk.products.products()}
    case = next(r for r in rows if r["sku"] == "DEMO-CASE")
    assert case == {"sku": "DEMO-CASE", "shippable": "5", "on_hand": "10", "reserved": "4",
                    "safety_stock": "1"}  # fmt: skip
    assert "8 SKUs" in said(changes)


def test_export_neutralises_cells_a_spreadsheet_would_run(desk, tmp_path):
    for sku in ('=HYPERLINK("http://x")', "+1-2", "-SKU", "@SUM(A1)", "SAFE"):
        desk.products.save_product(Product(sku, "odd", ""))
    desk.stock.receive_stock("-SKU", 2)
    out = tmp_path / "shippable.csv"
    desk.stock.export_shippable(out)
    with open(out, newline="", encoding="utf-8") as f:
        skus = {r["sku"]: r for r in csv.DictReader(f)}
    assert '\'=HYPERLINK("http://x")' in skus and "'+1-2" in skus and "'@SUM(A1)" in skus
    assert skus["'-SKU"]["shippable"] == "2" and "SAFE" in skus


def test_a_failed_export_leaves_the_old_file_and_no_half_written_one(desk, tmp_path, monkeypatch):
    out = tmp_path / "shippable.csv"
    out.write_text("old export\n", encoding="utf-8")
    written = []

    def fail_midway(value):
        written.append(value)
        if len(written) > 12:
            raise OSError(28, "No space left on device")
        return value

    monkeypatch.setattr(stock_cases, "neutralise_cell", fail_midway)
    with pytest.raises(UserError, match="No space left"):
        desk.stock.export_shippable(out)
    assert out.read_text(encoding="utf-8") == "old export\n"
    assert list(tmp_path.glob("*shippable*")) == [out]  # no temporary file left beside it


def test_export_to_a_folder_that_does_not_exist_is_refused(desk, tmp_path):
    with pytest.raises(UserError, match="Cannot write"):
        desk.stock.export_shippable(tmp_path / "missing" / "shippable.csv")
    assert not (tmp_path / "missing").exists()


def test_products_are_read_with_their_barcodes_however_many_at_once(desk):
    """The products page and a box's weight read many products: each with exactly its own
    barcodes, in two statements on a server (more than one batch of SKUs here)."""
    made = [
        Product(
            f"MANY-{n:04d}",
            f"Item {n}",
            f"Z-{n:04d}",
            n,
            tuple(f"88{n:06d}{k}" for k in range(n % 3)),
        )
        for n in range(1, 1201)
    ]
    for product in made:
        desk.products.save_product(product)
    wanted = [p.sku for p in made] + ["MANY-0007", "NO-SUCH-SKU"]
    got = desk.products.many(wanted)
    assert sorted(got) == sorted(p.sku for p in made)
    assert all(got[p.sku].barcodes == p.barcodes for p in made)
    assert (got["MANY-0005"].weight_g, got["MANY-0005"].bin_location) == (5, "Z-0005")
    listed = {p.sku: p for p in desk.products.products()}
    assert all(listed[p.sku].barcodes == p.barcodes for p in made)
    assert desk.products.many([]) == {}
