"""Taking an order along the bench by scans alone, for the bench tests."""

from __future__ import annotations

CJ_ORDER_A, CJ_ORDER_B = "186314881200", "186314881299"  # 12 digits: a CJ number's shape


def to_step(bench, barcode, number: str, step: str) -> None:
    """Scan `number` and go on by scans alone until its order is at `step`."""
    assert bench.scan(number).ok
    order = bench.desk.orders.find_order(number)
    while bench.state.page != step:
        page = bench.state.page
        if page == "pick" and bench.state.pick_list_id is not None:
            order = bench.desk.orders.order(order.id)
            line = next(ln for ln in order.lines if ln.picked < ln.quantity)
            code = barcode[line.sku]
        elif page == "pack":
            order = bench.desk.orders.order(order.id)
            short = [ln for ln in order.lines if ln.packed < ln.quantity]
            code = barcode[short[0].sku] if short else ""
        elif page == "label":
            code = "SAVE"
        else:
            code = ""
        outcome = bench.scan(code)
        assert outcome.ok, outcome.message
        while bench.state.pending:
            bench.state.pending.pop(0)
            assert bench.label_done("test").ok


def picking_two_mugs(desk, add, barcode, number: str):
    """A station picking a new order `number` of two mugs, none picked yet: (bench, id)."""
    from fulfil_desk.core.bench.scanner import Bench

    order_id = add(number, [("DEMO-MUG", 2)])
    bench = Bench(desk=desk)
    to_step(bench, barcode, number, "pick")
    assert bench.scan("").ok  # starts picking
    return bench, order_id
