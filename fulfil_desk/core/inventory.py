"""Products and the stock rules: on-hand is the sum of the ledger; reserved units are promised."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.orders import OPEN_STATUSES, OrderStatus


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    bin_location: str = ""
    weight_g: int = 0
    barcodes: tuple[str, ...] = ()
    on_hand: int = 0


class StockReason(StrEnum):
    RECEIVED = "received"
    COUNT = "count"
    DAMAGED = "damaged"
    RETURNED = "returned"
    CORRECTION = "correction"
    SHIPPED = "shipped"


# Units on these orders are promised to a buyer and not free to sell again.
RESERVING_STATUSES = tuple(
    s for s in OPEN_STATUSES if s not in (OrderStatus.NEW, OrderStatus.ON_HOLD)
)


def shippable(on_hand: int, reserved: int, safety_stock: int = 0) -> int:
    return max(0, on_hand - reserved - safety_stock)
