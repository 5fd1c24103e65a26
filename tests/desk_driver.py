"""Taking an order through the whole bench in-process, for tests that need shipped history."""

from __future__ import annotations

from datetime import datetime


def labelled(desk, order_id: int) -> None:
    """Verify, pick, pack and label the order now (each unit by its barcode)."""
    codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
    units = [ln.sku for ln in desk.orders.order(order_id).lines for _ in range(ln.quantity)]
    desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick([order_id])
    for sku in units:
        desk.flow.pick_scan(list_id, codes[sku])
    for sku in units:
        desk.flow.pack_scan(order_id, codes[sku])
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="test")


def ship_now(desk, order_id: int, *, courier="HYUNDAI", tracking="255278883005") -> None:
    labelled(desk, order_id)
    desk.flow.ship(order_id, courier=courier, tracking=tracking)


def ship_at(desk, clock, order_id: int, when: datetime, *, courier: str, tracking: str) -> None:
    """Label the order now, then confirm its shipment at `when`."""
    labelled(desk, order_id)
    clock.advance(seconds=(when - clock.now()).total_seconds())
    desk.flow.ship(order_id, courier=courier, tracking=tracking)
