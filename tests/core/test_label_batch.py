"""The labels of several orders in one PDF: which orders get one and why the others do not,
progress page by page, Cancel making nothing, and every label recorded at once or none."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from conftest import SEOUL, make_order
from pypdf import PdfReader
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.documents.service import LabelBatch
from fulfil_desk.core.kernel.errors import Cancelled, NotAllowed
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import CancelReason, OrderStatus

S = OrderStatus


@pytest.fixture
def shop(add, drive, desk):
    """Three packed orders (ship-by 22, 20, 21 June), one verified, one cancelled."""
    ids = {}
    for number, day in (("L-1", 22), ("L-2", 20), ("L-3", 21)):
        ids[number] = add(number, [("DEMO-MUG", 1)], ship_by=f"2026-06-{day}T23:59:59+09:00")
        drive(ids[number], S.PACKED)
    ids["L-4"] = add("L-4", [("DEMO-MUG", 1)])
    drive(ids["L-4"], S.VERIFIED)
    ids["L-5"] = add("L-5", [("DEMO-MUG", 1)])
    desk.flow.cancel(ids["L-5"], CancelReason.BUYER_REQUESTED)
    return ids


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_packed_order_soonest_ship_by_first(desk, shop):
    batch = desk.documents.label_batch()
    assert [o.order_number for o in batch.orders] == ["L-2", "L-3", "L-1"]
    assert batch.left_out == () and batch.left_out_sentence() is None
    pages = pages_text(batch.render())
    assert len(pages) == 3
    assert all(number in text for number, text in zip(["L-2", "L-3", "L-1"], pages, strict=True))


def test_orders_that_cannot_get_a_label_are_named_in_one_sentence(desk, shop):
    batch = desk.documents.label_batch([shop[n] for n in ("L-1", "L-4", "L-5", "L-3", "L-1")])
    assert [o.order_number for o in batch.orders] == ["L-1", "L-3"]  # asked order, each once
    assert said(batch.left_out_sentence()) == (
        "2 of 4 orders cannot get a label: L-4 (not packed yet: verified); L-5 (cancelled)."
    )
    with pytest.raises(NotAllowed, match=r"^2 of 4 orders .* No label was made\.$"):
        batch.require_all()
    assert len(PdfReader(io.BytesIO(batch.render())).pages) == 2


def test_an_order_open_at_another_station_or_without_a_postal_code(desk, shop, db_path, clock):
    other = Desk.open(db_path, clock=clock, actor="kim", station="bench-2")
    other.stations.open_order(shop["L-2"])
    other.close()
    desk.exchange.add_orders(
        [make_order("L-3", [("DEMO-MUG", 1)], ship_to=replace(SEOUL, postal_code=""))],
        source="test",
    )  # the marketplace's file now has no postal code for it
    batch = desk.documents.label_batch()
    assert [o.order_number for o in batch.orders] == ["L-1"]
    assert said(batch.left_out_sentence()) == (
        "2 of 3 orders cannot get a label: L-2 (open at station bench-2); "
        "L-3 (the address has no postal code)."
    )


def test_progress_after_each_page_and_cancel_makes_nothing(desk, shop, dump):
    batch = desk.documents.label_batch()
    calls = []
    batch.render(progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    before = dump()

    def cancel_at_the_second(done, total):
        if done == 2:
            raise Cancelled("Labels cancelled.")

    with pytest.raises(Cancelled):
        batch.render(progress=cancel_at_the_second)
    assert dump() == before


def test_labels_done_records_every_label_in_one_go_or_none(desk, shop):
    batch = desk.documents.label_batch()
    changes = desk.documents.labels_done(batch, how="LabelPrinter")
    assert said(changes) == "3 labels done: LabelPrinter."
    assert {desk.orders.order(i).status for i in batch.ids} == {S.LABELLED}
    assert desk.documents.label_batch().orders == ()  # none waits any more
    with pytest.raises(NotAllowed, match="No order is waiting for its label"):
        desk.documents.label_batch().render()


def test_an_order_cancelled_after_the_batch_was_made_labels_none(desk, shop):
    batch = desk.documents.label_batch()
    desk.flow.cancel(shop["L-3"], CancelReason.BUYER_REQUESTED)
    with pytest.raises(NotAllowed):
        desk.documents.labels_done(batch, how="LabelPrinter")
    assert {desk.orders.order(shop[n]).status for n in ("L-1", "L-2")} == {S.PACKED}


def test_one_order_left_out_and_a_thousand_read_as_one_sentence(desk):
    def left_out(count: int) -> LabelBatch:
        orders = [make_order(f"N-{n}", [("DEMO-MUG", 1)]) for n in range(count)]
        why = Message("document.no_label_cancelled")
        return replace(desk.documents.label_batch([]), left_out=tuple((o, why) for o in orders))

    assert said(left_out(1).left_out_sentence()) == "Order N-0 (cancelled) cannot get a label."
    listed = "; ".join(f"N-{n} (cancelled)" for n in range(1000))
    assert said(left_out(1000).left_out_sentence()) == (
        f"1000 of 1000 orders cannot get a label: {listed}."
    )
