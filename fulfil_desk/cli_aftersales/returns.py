"""`fulfil-desk return ORDER …` (a parcel the buyer sent back) and `fulfil-desk returns` (the
returns received and expected).

`--sku` may be given several times, one per SKU that came back; `--qty`, `--condition` and
`--reason` are given once (for every SKU) or once per `--sku`, in the same order.
"""

from __future__ import annotations

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, shop_moment, usage_error
from fulfil_desk.cli_table import table
from fulfil_desk.core.aftersales.return_rules import (
    Condition,
    ReturnLine,
    ReturnReason,
    condition_of,
    reason_of,
)
from fulfil_desk.core.kernel.messages import Message, Term

CONDITIONS = [c.value for c in Condition]
REASONS = [r.value for r in ReturnReason]


def _per_sku(obj: CliContext, name: str, given: tuple, skus: int, default) -> list:
    if not given:
        return [default] * skus
    if len(given) == 1:
        return list(given) * skus
    if len(given) != skus:
        raise usage_error(
            obj, Message("cli.returns.once_or_per_sku", option=f"--{name}", n=len(given), skus=skus)
        )
    return list(given)


@click.command("return", cls=WordedCommand)
@click.argument("order")
@click.option("--sku", "skus", multiple=True, required=True)
@click.option("--qty", "qtys", type=int, multiple=True)
@click.option("--condition", "conditions", multiple=True, required=True)
@click.option("--reason", "reasons", multiple=True)
@click.option("--tracking")
@json_option
@click.pass_obj
def return_(obj: CliContext, order, skus, qtys, conditions, reasons, tracking):
    """A parcel the buyer sent back: its units with their condition and reason."""
    n = len(skus)
    quantities = _per_sku(obj, "qty", qtys, n, 1)
    states = [condition_of(c) for c in _per_sku(obj, "condition", conditions, n, "")]
    whys = [reason_of(r) for r in _per_sku(obj, "reason", reasons, n, ReturnReason.OTHER.value)]
    lines = [
        ReturnLine(sku.strip(), q, c, r)
        for sku, q, c, r in zip(skus, quantities, states, whys, strict=True)
    ]
    desk = obj.desk()
    order_id = desk.returns.order_of_code(order)
    changes = desk.returns.receive_return(order_id=order_id, lines=lines, tracking=tracking)
    received = desk.returns.returns(order_id=order_id, status="received")[0]
    emit(obj, {**_json(received), "message": changes.message}, changes.message)


@click.command("returns", cls=WordedCommand)
@click.option("--expected", is_flag=True)
@json_option
@click.pass_obj
def returns(obj: CliContext, expected):
    """The returns received and expected, newest first."""
    desk = obj.desk()
    rows = desk.returns.expected_returns() if expected else desk.returns.returns()
    if not rows:
        emit(obj, [], Message("cli.returns.none"))
        return
    cells = [
        [
            str(r["id"]),
            r["order_number"],
            r["marketplace"],
            obj.words.term(Term("return_status", r["status"])),
            shop_moment(obj, r["received_at"] or r["expected_at"]),
            r["tracking_number"] or "",
            _said_lines(obj, r["lines"]),
        ]
        for r in rows
    ]
    headers = columns(obj, "id", "order", "marketplace", "status", "date", "returns.tracking",
                      "returns.units")  # fmt: skip
    emit(obj, [_json(r) for r in rows], table(cells, headers=headers))


def _said_lines(obj: CliContext, lines: list[dict]) -> str:
    """`DEMO-MUG ×1 resellable (changed mind)`, each line; an expected line says so."""
    said = []
    for line in lines:
        if line["kind"] == "expected":
            state = obj.words.term(Term("return_status", "expected"))
        else:
            state = obj.words.term(Term("return_condition", line["condition"]))
        why = obj.words.term(Term("return_reason", line["reason"]))
        said.append(obj.words(Message("cli.returns.line", sku=line["sku"], n=line["quantity"],
                                      state=state, reason=why)))  # fmt: skip
    return "; ".join(said)


def _json(row: dict) -> dict:
    def lines(kind: str) -> list[dict]:
        return [
            {k: ln[k] for k in ("sku", "quantity", "condition", "reason") if ln[k] is not None}
            for ln in row["lines"]
            if ln["kind"] == kind
        ]

    return {
        "return_id": row["id"],
        "order": row["order_number"],
        "marketplace": row["marketplace"],
        "status": row["status"],
        "reason": row["reason"],
        "tracking": row["tracking_number"],
        "expected_at": row["expected_at"],
        "received_at": row["received_at"],
        "by": row["actor"],
        "expected": lines("expected"),
        "received": lines("received"),
    }


COMMANDS = (return_, returns)
