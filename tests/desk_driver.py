"""Taking an order through the whole bench in-process, for tests that need shipped history."""

from __future__ import annotations

from datetime import datetime


def ship_at(desk, clock, order_id: int, when: datetime, *, courier: str, tracking: str) -> None:
    """Verify, pick, pack and label the order now, then confirm its shipment at `when`."""
    codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
    order = desk.orders.order(order_id)
    desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick([order_id])
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pick_scan(list_id, codes[line.sku])
            desk.flow.pack_scan(order_id, codes[line.sku])
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="test")
    clock.advance(seconds=(when - clock.now()).total_seconds())
    desk.flow.ship(order_id, courier=courier, tracking=tracking)
