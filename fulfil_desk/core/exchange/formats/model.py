"""What a reader makes of a file: orders, refused rows, and what the file says happened."""

from __future__ import annotations

from dataclasses import dataclass, field

from fulfil_desk.core.kernel.orders import Order, RowProblem

Key = tuple[str, str]  # (marketplace, order number)


@dataclass
class OrderFacts:
    """History and state the marketplace file states for one order, beyond its lines."""

    cancelled: bool = False  # cancelled by the buyer (or the marketplace on their behalf)
    shipped_at: str | None = None  # ISO 8601 with offset
    delivered_at: str | None = None
    courier: str = ""  # as the file writes it (a Korean name, a code…)
    tracking: str = ""


@dataclass
class FileRead:
    orders: list[Order]
    problems: list[RowProblem]
    facts: dict[Key, OrderFacts] = field(default_factory=dict)
    bad_keys: set[Key] = field(default_factory=set)  # orders left out for a refused row
    unknown_bad: bool = False  # a refused row whose order number could not be read

    def fact(self, key: Key) -> OrderFacts:
        return self.facts.setdefault(key, OrderFacts())


def later(a: str | None, b: str | None) -> str | None:
    from datetime import datetime

    if a is None or b is None:
        return a or b
    return max(a, b, key=datetime.fromisoformat)
