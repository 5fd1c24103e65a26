"""A return of the wrong item sent is a root cause of the plan of action, with the order's
pick and pack scans as its evidence."""

from __future__ import annotations

import io

import pytest
from conftest import lotte
from pypdf import PdfReader

from fulfil_desk.core.aftersales.return_rules import Condition, ReturnLine, ReturnReason
from fulfil_desk.core.kernel.orders import OrderStatus

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_wrong_item_sent_return_points_at_the_pick_and_pack_scans(desk, add, drive):
    order_id = add("SH-77", [("DEMO-MUG", 1)], marketplace="shopee")
    drive(order_id, OrderStatus.SHIPPED, tracking=lotte("25527888301"))
    wrong = ReturnLine("DEMO-MUG", 1, Condition.RESELLABLE, ReturnReason.WRONG_ITEM_SENT)
    desk.returns.receive_return(order_id=order_id, lines=[wrong])
    desk.notices.add_notice("SH-N1", "shopee", "non_fulfilment_rate", "2026-06-17", "2026-06-18")
    [problem] = desk.notices.notice("SH-N1")["problems"]
    assert problem["ref"] == "SH-77"
    assert "wrong_item_sent" in problem["causes"]
    text = pdf_text(desk.notices.plan_of_action_pdf("SH-N1", "en"))
    assert "Wrong item sent (returned by the buyer)" in text
    assert "Unit picked" in text and "Return received" in text
    assert "Label printed" not in text  # the evidence is the pick and pack scans
    ko = pdf_text(desk.notices.plan_of_action_pdf("SH-N1", "ko"))
    assert "오배송" in ko and "반품 입고" in ko
