"""`fulfil-desk products customs`, `pccc` and `customs`: what customs need of a product, the
recipient's PCCC of an order to Korea, and an order's CN22 / CN23 as PDF (core/customs/)."""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, emit, json_option, usage_error, write_file
from fulfil_desk.core.customs.rules import ProductCustoms
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message


def _product_json(sku: str, facts: ProductCustoms | None) -> dict:
    if facts is None:
        return {"sku": sku, "hs_code": None, "origin_country": None, "customs_description": None}
    return {
        "sku": sku,
        "hs_code": facts.hs_code,
        "hs_written": facts.hs_written,
        "origin_country": facts.origin_country,
        "customs_description": facts.description,
    }


def _product_line(sku: str, facts: ProductCustoms | None) -> Message:
    if facts is None:
        return Message("customs.none_for_product", sku=sku)
    return Message(
        "customs.product_line",
        sku=sku,
        hs=facts.hs_written,
        origin=facts.origin_country,
        description=facts.description,
    )


@click.command("customs", cls=WordedCommand)
@click.argument("sku")
@click.option("--hs", "hs_code")
@click.option("--origin")
@click.option("--description")
@json_option
@click.pass_obj
def products_customs(obj: CliContext, sku, hs_code, origin, description):
    """A product's customs facts: HS code, country of origin, English description."""
    desk = obj.desk()
    sku = desk.products.product(sku.strip()).sku
    given = {"hs_code": hs_code, "origin": origin, "description": description}
    if all(v is None for v in given.values()):
        facts = desk.customs.product_customs(sku)
        emit(obj, _product_json(sku, facts), _product_line(sku, facts))
        return
    now = desk.customs.product_customs(sku)  # what an option left out keeps
    if now is not None:
        kept = {
            "hs_code": now.hs_code,
            "origin": now.origin_country,
            "description": now.description,
        }
        given = {k: kept[k] if v is None else v for k, v in given.items()}
    if any(v is None for v in given.values()):
        raise UserError(Message("customs.give_all_three", sku=sku))
    changes = desk.customs.set_product_customs(
        sku, hs_code=given["hs_code"], origin=given["origin"], description=given["description"]
    )
    facts = desk.customs.product_customs(sku)
    emit(obj, {**_product_json(sku, facts), "message": changes.message}, changes.message)


@click.command("pccc", cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.argument("code", required=False)
@click.option("--clear", is_flag=True)
@json_option
@click.pass_obj
def pccc(obj: CliContext, order_ref, code, clear):
    """The recipient's PCCC of an order to Korea (shown without CODE)."""
    if clear and code:
        raise usage_error(obj, Message("customs.code_or_clear"))
    desk = obj.desk()
    order_id = obj.order_id(order_ref)
    if code is None and not clear:
        order = desk.orders.order(order_id)
        said = (
            Message("customs.order_pccc", pccc=order.pccc)
            if order.pccc
            else Message("customs.order_no_pccc")
        )
        emit(obj, {"order": order.order_number, "pccc": order.pccc or None}, said)
        return
    changes = desk.customs.set_pccc(order_id, "" if clear else code)
    order = desk.orders.order(order_id)
    data = {"order": order.order_number, "pccc": order.pccc or None, "message": changes.message}
    emit(obj, data, changes.message)


@click.command("customs", cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@json_option
@click.pass_obj
def customs(obj: CliContext, order_ref, out):
    """The customs declaration (CN22 or CN23) of an order that crosses a border, as PDF."""
    from fulfil_desk.core.customs.forms import customs_pdf

    desk = obj.desk()
    declaration = desk.customs.declaration(obj.order_id(order_ref))
    pdf = customs_pdf([declaration], fonts=desk.documents.fonts(), words=obj.words)
    write_file(out, pdf)
    form = declaration.form.value.upper()
    said = Message(
        "customs.form_saved",
        form=form,
        order=declaration.order_number,
        file=str(out),
        why=declaration.why_form,
    )
    emit(obj, {**declaration.as_json(), "file": str(out), "why": declaration.why_form}, said)


COMMANDS = (pccc, customs)
