"""The plan of action for a performance notice, read back from its PDF."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from conftest import lotte
from pypdf import PdfReader

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason
from fulfil_desk.core.kernel.orders import OrderStatus as S

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

NOTICE = "PN-2026-0617-LSR"


def kst(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text.replace(' ', 'T')}+09:00")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def set_clock(clock):
    def set_(when: datetime) -> None:
        clock.advance(seconds=(when - clock.now()).total_seconds())

    return set_


@pytest.fixture
def late_shop(desk, add, drive, set_clock):
    """Amazon orders around a data period of 2026-06-08 00:00 to 2026-06-15 00:00 (KST)."""
    set_clock(kst("06-07 09:00:00"))
    numbers = iter(range(10, 100))

    def order(number: str, ship_by: str) -> int:
        return add(
            number,
            [("DEMO-MUG", 1)],
            marketplace="amazon",
            ordered_at=kst("06-07 08:00:00"),
            ship_by=ship_by,
        )

    def ship(order_id: int, when: datetime, *, label_at: datetime | None = None) -> None:
        drive(order_id, S.PACKED)
        if label_at:
            set_clock(label_at)
        desk.flow.label_done([order_id], how="test")
        set_clock(when)
        desk.flow.ship(order_id, courier="HYUNDAI", tracking=lotte(f"255278883{next(numbers):02d}"))

    ids = {
        "on_time": order("113-0000001-0000001", "2026-06-09T23:59:59+09:00"),
        "confirmed_late": order("113-0000002-0000002", "2026-06-09T23:59:59+09:00"),
        "cancelled": order("113-0000003-0000003", "2026-06-10T23:59:59+09:00"),
        "started_late": order("113-0000004-0000004", "2026-06-10T23:59:59+09:00"),
        # Late, but exactly at the edges of the period (one written in UTC): outside.
        "at_start": order("113-0000005-0000005", "2026-06-07T15:00:00+00:00"),
        "at_end": order("113-0000006-0000006", "2026-06-15T00:00:00+09:00"),
        "never_shipped": order("113-0000007-0000007", "2026-06-11T23:59:59+09:00"),
        "one_second_in": order("113-0000008-0000008", "2026-06-14T23:59:59+09:00"),
    }
    ship(ids["at_start"], kst("06-09 10:00:00"))
    ship(ids["on_time"], kst("06-09 23:59:59"))
    ship(ids["confirmed_late"], kst("06-10 00:00:01"), label_at=kst("06-09 17:00:00"))
    set_clock(kst("06-10 09:00:00"))
    desk.flow.hold(ids["cancelled"], HoldReason.OUT_OF_STOCK, "shelf empty")
    set_clock(kst("06-11 11:00:00"))
    desk.flow.cancel(ids["cancelled"], CancelReason.OUT_OF_STOCK)
    ship(ids["started_late"], kst("06-12 15:30:00"))
    ship(ids["one_second_in"], kst("06-15 09:00:00"))
    ship(ids["at_end"], kst("06-16 09:00:00"))
    set_clock(kst("06-17 10:00:00"))
    desk.notices.add_notice(
        NOTICE,
        "amazon",
        "late_shipment_rate",
        "2026-06-08T00:00:00+09:00",
        "2026-06-15T00:00:00+09:00",
        received_at="2026-06-17T08:30:00+09:00",
    )
    return ids


INSIDE = (
    "113-0000002-0000002",
    "113-0000004-0000004",
    "113-0000007-0000007",
    "113-0000008-0000008",
)
OUTSIDE = (
    "113-0000001-0000001",
    "113-0000003-0000003",
    "113-0000005-0000005",
    "113-0000006-0000006",
)


@pytest.mark.parametrize("lang", ["en", "ko", "zh_CN"])
def test_the_plan_lists_exactly_the_problem_orders_strictly_inside_the_period(
    desk, late_shop, lang
):
    text = pdf_text(desk.notices.plan_of_action_pdf(NOTICE, lang))
    assert [n for n in INSIDE if n in text] == list(INSIDE)
    assert [n for n in OUTSIDE if n in text] == []
    heading = {"en": "Plan of Action", "ko": "개선 계획서", "zh_CN": "行动计划"}[lang]
    assert heading in text and NOTICE in text
    assert "2026-06-19 08:30:00" in text  # response due: received + 48 h
    assert "2026-06-20 08:30:00" in text  # plan due: received + 72 h


def test_each_problem_order_has_its_root_cause_from_the_audit_trail(desk, late_shop):
    found = desk.notices.notice(NOTICE)
    causes = {p["ref"]: p["causes"] for p in found["problems"]}
    assert causes == {
        "113-0000002-0000002": ["late_confirmation"],  # label printed in time, confirmed late
        "113-0000004-0000004": ["late_processing"],  # work began after the ship-by
        "113-0000007-0000007": ["not_shipped"],
        "113-0000008-0000008": ["late_confirmation"],  # labelled on the 12th, shipped the 15th
    }
    text = pdf_text(desk.notices.plan_of_action_pdf(NOTICE, "en"))
    assert "Shipped in time, confirmed late" in text
    assert "shipment confirmed 2026-06-10 00:00:01, 2 s late" in text
    assert "Label printed" in text  # evidence from the events table
    assert "Suggested from the root causes above" in text


def test_the_sellers_own_text_replaces_the_suggestions(desk, late_shop):
    desk.notices.set_plan_text(
        NOTICE, "모든 주문을 출고했습니다.", "Labels and tracking at the bench."
    )
    text = pdf_text(desk.notices.plan_of_action_pdf(NOTICE, "ko"))
    assert "모든 주문을 출고했습니다." in text and "Labels and tracking at the bench." in text
    assert "제출 전에 수정하세요" not in text


def test_a_cancellation_notice_names_the_stock_out(desk, late_shop):
    desk.notices.add_notice("PN-CANCEL", "amazon", "cancellation_rate", "2026-06-06", "2026-06-08")
    found = desk.notices.notice("PN-CANCEL")
    assert [(p["ref"], p["causes"]) for p in found["problems"]] == [
        ("113-0000003-0000003", ["stock_out"])
    ]
    text = pdf_text(desk.notices.plan_of_action_pdf("PN-CANCEL", "en"))
    assert "Cancelled by the seller on 2026-06-11 11:00:00: out of stock." in text


def test_an_inquiry_notice_lists_the_late_answers(desk, set_clock):
    set_clock(kst("06-12 09:00:00"))
    late, _ = desk.notices.add_inquiry(
        "coupang", received_at="2026-06-10T09:00:00+09:00", subject="?"
    )
    desk.notices.answer_inquiry(late, at="2026-06-11T10:00:00+09:00")
    fine, _ = desk.notices.add_inquiry("coupang", received_at="2026-06-10T10:00:00+09:00")
    desk.notices.answer_inquiry(fine, at="2026-06-10T11:00:00+09:00")
    desk.notices.add_notice("PN-Q", "coupang", "response_24h", "2026-06-01", "2026-06-11")
    assert [p["ref"] for p in desk.notices.notice("PN-Q")["problems"]] == [f"#{late}"]
    text = pdf_text(desk.notices.plan_of_action_pdf("PN-Q", "zh_CN"))
    assert f"#{late}" in text and f"#{fine}" not in text


def test_a_plan_in_an_unknown_language_or_for_an_unknown_notice_is_refused(desk, late_shop):
    with pytest.raises(UserError, match="ko, zh_CN, en"):
        desk.notices.plan_of_action_pdf(NOTICE, "fr")
    with pytest.raises(UserError, match="no performance notice"):
        desk.notices.plan_of_action_pdf("PN-NONE", "en")
