"""`fulfil-desk reship` and `exchange`: a replacement of a shipped order, linked to it, that
goes through the whole bench like any order (core/aftersales/reships.py)."""

from __future__ import annotations

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, emit, json_option, usage_error
from fulfil_desk.core.aftersales.reships import BENCH_REASONS
from fulfil_desk.core.kernel.messages import Message


def _json(obj: CliContext, new_id: int) -> dict:
    desk = obj.desk()
    order = desk.orders.order(new_id)
    link = desk.reships.reship_of(new_id) or {}
    return {
        "id": order.id,
        "order_number": order.order_number,
        "marketplace": order.marketplace,
        "reship_of": link.get("original_number"),
        "reason": link.get("reason"),
        "status": order.status.value,
        "ship_by": order.ship_by,
        "lines": [{"sku": ln.sku, "quantity": ln.quantity} for ln in order.lines],
    }


@click.command("reship", cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.option("--reason", required=True, type=click.Choice([r.value for r in BENCH_REASONS]))
@click.option("--sku", "skus", multiple=True)
@click.option("--qty", "quantities", multiple=True, type=int)
@json_option
@click.pass_obj
def reship(obj: CliContext, order_ref, reason, skus, quantities):
    """Send a shipped order again: all its lines, or the SKUs given."""
    if quantities and len(quantities) != len(skus):
        raise usage_error(obj, Message("reships.cli_qty_per_sku"))
    desk = obj.desk()
    order_id = obj.order_id(order_ref)
    shipped = {ln.sku: 0 for ln in desk.orders.order(order_id).lines}
    for line in desk.orders.order(order_id).lines:
        shipped[line.sku] += line.quantity
    # Without --qty, each SKU given is sent again whole (as shipped); the service checks.
    counts = list(quantities) or [shipped.get(sku.strip(), 1) for sku in skus]
    lines = list(zip(skus, counts, strict=True)) or None
    new_id, changes = desk.reships.reship(order_id, reason=reason, lines=lines)
    emit(obj, _json(obj, new_id), changes.message)


@click.command("exchange", cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.option("--sku", required=True)
@click.option("--qty", "quantity", type=int, default=1, show_default=True)
@click.option("--for", "send")
@json_option
@click.pass_obj
def exchange(obj: CliContext, order_ref, sku, quantity, send):
    """Exchange a unit of a shipped order: send --for (default the same SKU) in its place."""
    desk = obj.desk()
    order_id = obj.order_id(order_ref)
    new_id, changes = desk.reships.exchange(order_id, sku=sku, quantity=quantity, send=send)
    expected = desk.returns.returns(status="expected", order_id=order_id)
    made = _json(obj, new_id) | {"expected_return": expected[0]["id"] if expected else None}
    emit(obj, made, changes.message)


COMMANDS = (reship, exchange)
