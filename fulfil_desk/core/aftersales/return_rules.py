"""What a return is made of, and the checks a return must pass before anything is written.

A line is a SKU, how many units, their condition and the buyer's reason:

- resellable: back on hand (ledger `returned`, +1 a unit);
- damaged: recorded and never shippable: ledger `returned` then `damaged`, net 0 on hand. No
  quarantine bin: a bin would still count in on hand, and on hand is what shippable is worked
  out from (one rule, `StockRepo.levels`); two rows keep the unit's story in the ledger and
  leave nothing that could be sold by mistake;
- wrong_item: not ours, or not what was ordered: recorded against the order, no stock moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.stock.inventory import check_quantity

MAX_CODE = 64  # a wrong item's code, as scanned or typed


class Condition(StrEnum):
    RESELLABLE = "resellable"
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"


class ReturnReason(StrEnum):
    CHANGED_MIND = "changed_mind"
    DAMAGED_IN_TRANSIT = "damaged_in_transit"
    WRONG_ITEM_SENT = "wrong_item_sent"
    MISSING_PARTS = "missing_parts"
    DEFECTIVE = "defective"
    EXCHANGE = "exchange"  # the unit the buyer sends back for an exchange
    OTHER = "other"


@dataclass(frozen=True)
class ReturnLine:
    sku: str
    quantity: int
    condition: Condition
    reason: ReturnReason


def condition_of(text: str) -> Condition:
    try:
        return Condition(str(text).strip().lower())
    except ValueError:
        codes = tuple(c.value for c in Condition)
        raise UserError(
            Message("returns.unknown_condition", given=str(text), codes=codes)
        ) from None


def reason_of(text: str) -> ReturnReason:
    try:
        return ReturnReason(str(text).strip().lower())
    except ValueError:
        codes = tuple(r.value for r in ReturnReason)
        raise UserError(Message("returns.unknown_reason", given=str(text), codes=codes)) from None


def check_lines(
    order: str, lines: list[ReturnLine], shipped: dict[str, int], back_before: dict[str, int]
) -> None:
    """Refuses a return with no line, a SKU of ours not on the order, or more units of one
    back than the order shipped, counting the earlier returns (`back_before`)."""
    if not lines:
        raise UserError(Message("returns.nothing_in_return", order=order))
    back: dict[str, int] = {}
    for line in lines:
        check_quantity(line.quantity, Message("returns.units_of", sku=line.sku))
        if not line.sku.strip() or len(line.sku) > MAX_CODE:
            raise UserError(Message("returns.bad_code", code=line.sku[:MAX_CODE], most=MAX_CODE))
        if line.condition is Condition.WRONG_ITEM:
            continue
        if line.sku not in shipped:
            raise UserError(
                Message("returns.sku_not_on_order", sku=line.sku, order=order, skus=tuple(shipped))
            )
        back[line.sku] = back.get(line.sku, 0) + line.quantity
    for sku, n in back.items():
        before = back_before.get(sku, 0)
        if before + n <= shipped[sku]:
            continue
        if before:
            raise UserError(
                Message("returns.more_than_left", sku=sku, order=order, back=n,
                        shipped=shipped[sku], before=before)
            )  # fmt: skip
        raise UserError(
            Message("returns.more_than_shipped", sku=sku, order=order, back=n, shipped=shipped[sku])
        )


def missing(expected: dict[str, int], lines: list[ReturnLine]) -> dict[str, int]:
    """Per SKU, the units expected that were not in the parcel (as ours)."""
    got: dict[str, int] = {}
    for line in lines:
        if line.condition is not Condition.WRONG_ITEM:
            got[line.sku] = got.get(line.sku, 0) + line.quantity
    return {sku: n - got.get(sku, 0) for sku, n in expected.items() if n > got.get(sku, 0)}
