"""Buyer feedback: one per order, 1–2 stars counted once where the marketplace counts it
(Amazon's order defect rate), the unanswered negatives and their wait, refusals that change
nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import KST

from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

AMAZON = "111-0000040-0000000"


def kst(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}+09:00")


@pytest.fixture
def later(clock):
    clock.advance(seconds=3 * 24 * 3600)  # Sunday 21 June, 10:00
    return clock


def odr(desk):
    found = desk.scores.scores("amazon", trend=False)
    return next(r for r in found if r.metric.id == "order_defect_rate")


def test_a_one_star_feedback_and_an_incident_count_once_in_amazons_odr(desk, add, later):
    order_id = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    other = add("111-0000041-0000000", [("DEMO-MUG", 1)], marketplace="amazon")
    changes = desk.feedback.add(order_id, 1, "Broken on arrival", at="2026-06-20T09:00")
    assert changes.scores
    assert "counts in Order defect rate" in Wording()(changes.message)
    incidents = desk.scores.incidents(order_id)
    assert [i["kind"] for i in incidents] == ["negative_feedback"]
    assert desk.feedback.of_order(order_id).incident_id == incidents[0]["id"]
    # The seller also records it by hand (as `incident add` does): refused, still one defect.
    with pytest.raises(UserError, match="already recorded on order 111-0000040-0000000"):
        desk.scores.record_incident(order_id, "negative_feedback", reason="1 star")
    result = odr(desk)
    assert (result.numerator, result.denominator, result.problem_ids) == (1, 2, (order_id,))
    # An incident recorded before the feedback: the feedback points at it, adds none.
    first = desk.scores.record_incident(other, "negative_feedback", at="2026-06-19T12:00")
    assert first.scores
    before = desk.scores.incidents(other)
    changes = desk.feedback.add(other, 2, at="2026-06-20T10:00")
    assert "already counts" in Wording()(changes.message)
    assert desk.scores.incidents(other) == before
    assert desk.feedback.of_order(other).incident_id == before[0]["id"]
    result = odr(desk)
    assert (result.numerator, result.problem_ids) == (2, (order_id, other))


def test_a_second_feedback_for_an_order_is_refused_and_changes_nothing(desk, add, later, dump):
    order_id = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    desk.feedback.add(order_id, 2, at="2026-06-20T09:00")
    before = dump()
    with pytest.raises(UserError, match=r"already has feedback #1 \(2 stars\)"):
        desk.feedback.add(order_id, 1, at="2026-06-20T10:00")
    assert dump() == before
    assert odr(desk).numerator == 1


def test_where_no_metric_counts_feedback_a_low_rating_records_no_incident(desk, add, later):
    coupang = add("3100000040", [("DEMO-MUG", 1)], marketplace="coupang")
    ebay = add("23-00001-00040", [("DEMO-MUG", 1)], marketplace="ebay")
    for order_id in (coupang, ebay):
        changes = desk.feedback.add(order_id, 1, at="2026-06-20T09:00")
        assert not changes.scores
        assert "do not count feedback" in Wording()(changes.message)
        assert desk.scores.incidents(order_id) == []
    amazon = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    changes = desk.feedback.add(amazon, 3, at="2026-06-20T09:00")
    assert not changes.scores and desk.scores.incidents(amazon) == []


def test_unanswered_negatives_oldest_first_with_their_wait(desk, add, later):
    a = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    b = add("3100000041", [("DEMO-MUG", 1)], marketplace="coupang")
    c = add("3100000042", [("DEMO-MUG", 1)], marketplace="coupang")
    d = add("3100000043", [("DEMO-MUG", 1)], marketplace="coupang")
    desk.feedback.add(a, 2, at="2026-06-20T09:00")
    desk.feedback.add(b, 1, at="2026-06-19T10:00")
    desk.feedback.add(c, 5, at="2026-06-18T11:00")
    desk.feedback.add(d, 1, at="2026-06-18T12:00")
    waiting = desk.feedback.listed(unanswered=True)
    assert [f.order_id for f in waiting] == [d, b, a]
    assert desk.feedback.waited(waiting[0]) == (later.now() - kst("06-18T12:00:00")).total_seconds()
    desk.feedback.answer(waiting[1].id, "We are sending a new one.", at="2026-06-21T09:00")
    assert [f.order_id for f in desk.feedback.listed(unanswered=True)] == [d, a]
    answered = desk.feedback.feedback(waiting[1].id)
    assert answered.reply == "We are sending a new one."
    assert answered.replied_at == kst("06-21T09:00:00")
    assert desk.feedback.waited(answered) == 47 * 3600
    assert [f.order_id for f in desk.feedback.listed()] == [a, b, d, c]
    kinds = [e["kind"] for e in desk.orders.events(b)]
    assert kinds[-2:] == ["feedback_recorded", "feedback_answered"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ((0,), "1 to 5 stars, not 0"),
        ((6,), "1 to 5 stars, not 6"),
        ((2, "", "2026-06-22T09:00"), "in the future"),
        ((2, "", "2026-06-17T09:00"), "placed on"),
        ((2, "", "June"), "not a date"),
        ((2, "x" * 2001), "too long"),
    ],
)
def test_refusals_change_nothing(desk, add, later, dump, args, words):
    order_id = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    before = dump()
    with pytest.raises(UserError, match=words):
        desk.feedback.add(order_id, *args)
    assert dump() == before


def test_answer_refusals(desk, add, later, dump):
    order_id = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    desk.feedback.add(order_id, 1, at="2026-06-20T09:00")
    with pytest.raises(NotFound, match="no feedback #9"):
        desk.feedback.answer(9, "Sorry")
    with pytest.raises(NotFound, match="no order with id 99"):
        desk.feedback.add(99, 1)
    before = dump()
    with pytest.raises(UserError, match="Write the reply"):
        desk.feedback.answer(1, "  ")
    with pytest.raises(UserError, match="cannot be before"):
        desk.feedback.answer(1, "Sorry", at="2026-06-20T08:00")
    assert dump() == before
    desk.feedback.answer(1, "Sorry", at="2026-06-20T10:00")
    answered = dump()
    with pytest.raises(UserError, match="already answered on 2026-06-20 01:00"):
        desk.feedback.answer(1, "Sorry again")
    assert dump() == answered


def test_times_are_the_shops(desk, add, later):
    order_id = add(AMAZON, [("DEMO-MUG", 1)], marketplace="amazon")
    desk.feedback.add(order_id, 4, at="2026-06-20")
    assert desk.feedback.of_order(order_id).at == datetime(2026, 6, 20, tzinfo=KST)
