"""What a use case changed, so the UI refreshes only those views."""

from __future__ import annotations

from dataclasses import dataclass, field

from fulfil_desk.core.kernel.messages import Message


@dataclass(frozen=True)
class Changes:
    orders: frozenset[int] = field(default_factory=frozenset)
    queue: bool = False
    stock: bool = False
    products: bool = False
    settings: bool = False
    scores: bool = False  # incidents, inquiries, notices: the scores panel
    message: Message | str | None = None  # what to tell the person, if anything
    # Those of `orders` that only moved along the bench (verified, picked, packed, labelled):
    # still open, same dates, so no seller score or at-risk list can change with them.
    unscored: frozenset[int] = field(default_factory=frozenset)
    packer: str | None = None  # a badge was scanned: who works at this station now
    language: str | None = None  # and the language that packer's badge speaks (None: the station's)

    @staticmethod
    def for_orders(
        *order_ids: int,
        message: Message | str | None = None,
        stock: bool = False,
        scored: bool = True,
    ) -> Changes:
        """`scored=False`: bench progress only (see `unscored`)."""
        ids = frozenset(order_ids)
        return Changes(
            orders=ids,
            queue=True,
            stock=stock,
            message=message,
            unscored=frozenset() if scored else ids,
        )

    @property
    def scored_orders(self) -> frozenset[int]:
        """The changed orders a seller score may count differently now."""
        return self.orders - self.unscored

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            unscored=(self.unscored | other.unscored) - self.scored_orders - other.scored_orders,
            orders=self.orders | other.orders,
            queue=self.queue or other.queue,
            stock=self.stock or other.stock,
            products=self.products or other.products,
            settings=self.settings or other.settings,
            scores=self.scores or other.scores,
            message=other.message or self.message,
            packer=other.packer or self.packer,
            language=other.language if other.packer else self.language,
        )
