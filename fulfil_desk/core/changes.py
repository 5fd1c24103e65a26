"""What a use case changed, so the UI refreshes only those views."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    orders: frozenset[int] = field(default_factory=frozenset)
    queue: bool = False
    stock: bool = False
    products: bool = False
    settings: bool = False
    scores: bool = False  # incidents, inquiries, notices: the scores panel
    message: str = ""

    @staticmethod
    def for_orders(*order_ids: int, message: str = "", stock: bool = False) -> Changes:
        return Changes(orders=frozenset(order_ids), queue=True, stock=stock, message=message)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            orders=self.orders | other.orders,
            queue=self.queue or other.queue,
            stock=self.stock or other.stock,
            products=self.products or other.products,
            settings=self.settings or other.settings,
            scores=self.scores or other.scores,
            message=other.message or self.message,
        )
