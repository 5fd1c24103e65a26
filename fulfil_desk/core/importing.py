"""Merging parsed order files into the shop: new orders in, changed ones updated, never twice."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from fulfil_desk.core.errors import BadFile
from fulfil_desk.core.holidays import ShippingCalendar
from fulfil_desk.core.orders import Order, OrderStatus, RowProblem

S = OrderStatus
_LINES_EDITABLE = {S.NEW, S.ON_HOLD, S.VERIFIED}
_ADDRESS_WARN = {S.PICKING, S.PICKED, S.PACKING, S.PACKED, S.LABELLED}
_FROZEN = {S.SHIPPED, S.CANCELLED}


@dataclass
class ImportReport:
    file: str
    format: str
    rows: int
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.file}: {len(self.new)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )
        if self.skipped:
            text += f", {len(self.skipped)} bad rows skipped"
        return text + "."


def refuse_if_bad(file: str, problems: list[RowProblem], skip_bad: bool) -> None:
    if problems and not skip_bad:
        first = problems[0].sentence()
        more = f" ({len(problems) - 1} more bad rows)" if len(problems) > 1 else ""
        raise BadFile(
            f"Nothing was imported. {first}{more}. Fix the file, or import with --skip-bad "
            "to take only the good rows.",
            problems=problems,
        )


def _line_signature(order: Order) -> list[tuple]:
    return sorted(
        (ln.line_key or ln.sku, ln.sku, ln.title, ln.quantity, ln.unit_price_minor, ln.currency)
        for ln in order.lines
    )


def merge_order(
    incoming: Order,
    existing: Order | None,
    report: ImportReport,
    *,
    orders,
    events,
    calendar: ShippingCalendar,
    lead_days: int,
    at: str,
    actor: str,
) -> int | None:
    """Insert or update one order; returns the id of an order that changed, else None."""
    label = f"{incoming.marketplace} {incoming.order_number}"
    ordered = datetime.fromisoformat(incoming.ordered_at)
    incoming.ship_by_computed = calendar.ship_by(ordered, lead_days).isoformat()
    if incoming.ship_by is None:
        incoming.ship_by_source = "computed"
        incoming.ship_by = existing.ship_by if existing else incoming.ship_by_computed
    else:
        incoming.ship_by_source = "marketplace"
    if existing is None:
        order_id = orders.insert(incoming)
        events.append(at=at, actor=actor, kind="imported", order_id=order_id, file=report.file)
        report.new.append(label)
        return order_id

    changed: list[str] = []
    updated = replace(existing)
    if incoming.ship_to != existing.ship_to:
        changed.append("address")
        updated.ship_to = incoming.ship_to
    if incoming.ship_by_source == "marketplace" and incoming.ship_by != existing.ship_by:
        changed.append("ship-by")
        updated.ship_by, updated.ship_by_source = incoming.ship_by, "marketplace"
    lines_differ = _line_signature(incoming) != _line_signature(existing)
    if not changed and not lines_differ:
        report.unchanged.append(label)
        return None
    if existing.status in _FROZEN:
        report.warnings.append(
            f"{label} is already {existing.status.value}; the file's changes were not applied."
        )
        return None
    if lines_differ:
        if existing.status in _LINES_EDITABLE:
            changed.append("items")
            updated.lines = incoming.lines
        else:
            report.warnings.append(
                f"The items of {label} changed after picking began; they were not changed here. "
                "Check the order with the buyer."
            )
    if not changed:
        return None
    if existing.status is S.VERIFIED and {"address", "items"} & set(changed):
        updated.status = S.NEW  # verified against the old address or items: verify again
    if "address" in changed and existing.status in _ADDRESS_WARN:
        report.warnings.append(
            f"The address of {label} changed while it is {existing.status.value}: "
            "re-print its label before it ships."
        )
    orders.update(updated)
    if "items" in changed:
        orders.replace_lines(updated)
    events.append(
        at=at,
        actor=actor,
        kind="updated_by_import",
        order_id=existing.id,
        file=report.file,
        changed=changed,
    )
    report.updated.append(label)
    return existing.id
