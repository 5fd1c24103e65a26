"""The returns the kill test takes between shipments (kill_harness.py): which orders come back
and how, the scan the Returns page wants next, and the check that each was counted once."""

from __future__ import annotations

# By the order's index: the condition of the one unit (of its first line) that comes back.
RETURNS = {0: "resellable", 1: "damaged", 3: "resellable"}
RETURN_EVENTS = 2  # return_received, and the order's return incident (incident_recorded)


def return_scan(shop, order_ids: list[int], order_id: int) -> tuple[str, int]:
    """On the Returns page: the order, the condition, its one unit, then OK."""
    draft, order = shop.draft, shop.orders[order_id]
    if draft.get("order_id") != order_id:
        return order["number"], 0
    condition = RETURNS[order_ids.index(order_id)]
    if draft.get("condition", "resellable") != condition:
        return f"COND:{condition.upper()}", 0
    if not draft.get("lines"):
        return shop.barcode[order["lines"][0][0]], 0
    return "OK", RETURN_EVENTS


def check_returns(db, order_ids: list[int]) -> None:
    """Each return of RETURNS received once, whatever the kills: one event, one incident, one
    `returned` ledger row (and a `damaged` one for a damaged unit); on hand is exactly the
    stock received less what shipped plus the resellable units back."""
    from kill_harness import read_only  # (it imports this module)

    con = read_only(db)
    try:
        expected = {sku: 0 for (sku,) in con.execute("SELECT sku FROM products")}
        for sku, received in con.execute(
            "SELECT sku, SUM(delta) FROM stock_ledger WHERE reason = 'received' GROUP BY sku"
        ):
            expected[sku] = received
        for index, order_id in enumerate(order_ids):
            for sku, qty in con.execute(
                "SELECT sku, quantity FROM order_lines WHERE order_id = ?", [order_id]
            ):
                expected[sku] -= qty
            kinds = dict(
                con.execute(
                    "SELECT kind, COUNT(*) FROM events WHERE order_id = ? GROUP BY kind",
                    [order_id],
                )
            )
            moves = dict(
                con.execute(
                    "SELECT reason, SUM(delta) FROM stock_ledger WHERE order_id = ?"
                    " AND reason IN ('returned', 'damaged') GROUP BY reason",
                    [order_id],
                )
            )
            incidents = con.execute(
                "SELECT COUNT(*) FROM order_incidents WHERE order_id = ? AND kind = 'return'",
                [order_id],
            ).fetchone()[0]
            if index not in RETURNS:
                assert (kinds.get("return_received"), moves, incidents) == (None, {}, 0)
                continue
            assert kinds.get("return_received") == 1, (order_id, kinds)
            assert incidents == 1
            damaged = RETURNS[index] == "damaged"
            assert moves == ({"returned": 1, "damaged": -1} if damaged else {"returned": 1})
            if not damaged:
                [(sku,)] = con.execute(
                    "SELECT sku FROM order_lines WHERE order_id = ? ORDER BY id LIMIT 1",
                    [order_id],
                ).fetchall()
                expected[sku] += 1
        on_hand = dict(con.execute("SELECT sku, on_hand FROM products"))
        assert on_hand == expected
    finally:
        con.close()
