"""Anything a scanner, a keyboard or a cat can type, at every bench page and both stock pages:
`Bench.scan` never raises, a refusal always has a sentence, and a refused scan changes
nothing in the database (every table dumped before and after)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import BUSINESS_DAY, OPENING_STOCK, dump_db, make_order
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.wording.catalogue import ENGLISH


def unworded(said) -> list[str]:
    """The keys of `said` and the messages and terms inside it that the catalogue lacks."""
    if isinstance(said, tuple):
        return [key for each in said for key in unworded(each)]
    if isinstance(said, Term):
        return [] if said.key in ENGLISH else [said.key]
    if not isinstance(said, Message):
        return []
    inner = [key for value in said.params.values() for key in unworded(value)]
    return inner if said.key in ENGLISH else [said.key, *inner]


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
STATION = "fuzz"
BARCODES = [p.barcodes[0] for p in demo_products()]

COMMANDS = [
    "", "BACK", "TAKEOVER", "PICK-ALL", "HOLD", "OK", "CANCEL:", "CANCEL:BUYER_REQUESTED",
    "CANCEL:nope", "BOX-S", "BOX-M", "BOX-XXL", "1250", "1.25kg", "0", "0.000kg", "-5", "+3",
    "24", "999999", "1234567", "PRINT", "SAVE", "COURIER:HYUNDAI", "COURIER:", "COURIER:NOPE",
    "255278883171", "255278883172", "GOODS-IN", "COUNT", "CLEAR", "BLIND", "CANCEL",
    "A-01-1", "a-01-1", "Z-99-9", "DEMO-MUG", "demo-mug", "F-1", "F-2", "F-3", "F-4", "F-5",
    "F-6", "1", "2", "99999999999999999999999", "²", "١٢", "𝟙𝟚", "%", "_", "' OR 1=1 --",
    *BARCODES,
]  # fmt: skip
VALID = st.sampled_from(COMMANDS)
ANY_CHAR = st.characters(codec=None) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
GARBAGE = st.text(alphabet=ANY_CHAR, max_size=40)
CONTROL = st.text(
    alphabet=st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp")), min_size=1, max_size=12
)
WHITESPACE = st.text(alphabet=st.sampled_from(" \t\r\n\u3000\u00a0\u2028\x0b\x0c"), min_size=1)
LONG = st.builds(lambda part, n: part * n, VALID | GARBAGE, st.integers(200, 2000))
MIXED = st.builds(lambda a, b, c: a + b + c, GARBAGE | CONTROL, VALID, GARBAGE | CONTROL)
SCAN = VALID | GARBAGE | CONTROL | WHITESPACE | LONG | MIXED | st.just("\x00" * 5)


def _bench_at(desk: Desk, page: str) -> None:
    """Leaves the station (saved per station) on `page`, as a restart finds it."""
    bench = Bench(desk=desk)

    def scan(*texts: str) -> None:
        for text in texts:
            outcome = bench.scan(text)
            assert outcome.ok, (page, text, said(outcome))

    mug, cable = (
        desk.products.product("DEMO-MUG").barcodes[0],
        desk.products.product("DEMO-CABLE").barcodes[0],
    )
    if page == "verify":
        scan("F-1")
    elif page == "pick-start":
        scan("F-2", "")
    elif page == "pick":
        scan("F-2", "", "", mug)
    elif page == "pack":
        scan("F-3", "", "", mug, mug, cable, mug)
    elif page == "pack-full":
        scan("F-3", "", "", mug, mug, cable, mug, mug, cable, "BOX-M")
    elif page == "label":
        scan("F-4", "", "", mug, mug, "")
    elif page == "tracking":
        scan("F-5", "", "", mug, mug, "")
        assert bench.label_done("fuzz.pdf").ok
        scan("COURIER:HYUNDAI")
    elif page == "goods_in":
        scan("GOODS-IN", mug, "3")
    elif page == "goods_in-empty":
        scan("GOODS-IN")
    elif page == "count":
        scan("COUNT", "A-01-1", mug)
    elif page == "count-empty":
        scan("COUNT")
    else:
        assert page == "queue"


PAGES = [
    "queue", "verify", "pick-start", "pick", "pack", "pack-full", "label", "tracking",
    "goods_in", "goods_in-empty", "count", "count-empty",
]  # fmt: skip


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    """One closed database per page: a shop with orders at every step, this station on it."""
    folder = tmp_path_factory.mktemp("scan-fuzz")
    made = {}
    for page in PAGES:
        path = folder / f"{page}.db"
        desk = Desk.open(path, clock=FixedClock(BUSINESS_DAY), actor="fuzz", station=STATION)
        for product in demo_products():
            desk.products.save_product(product)
            desk.stock.receive_stock(product.sku, OPENING_STOCK, note="opening stock")
        orders = [make_order(f"F-{i}", [("DEMO-MUG", 2), ("DEMO-CABLE", 1)]) for i in (1, 2, 3)]
        orders += [make_order(f"F-{i}", [("DEMO-MUG", 1)]) for i in (4, 5, 6)]
        desk.exchange.add_orders(orders, source="fuzz")
        desk.flow.verify(desk.orders.find_order("F-6").id)  # one verified order for PICK-ALL
        _bench_at(desk, page)
        desk.close()
        made[page] = path
    return made


@pytest.mark.parametrize("page", PAGES)
def test_any_scan_at_any_page_is_answered_and_a_refusal_changes_nothing(templates, page):
    expected_page = page.split("-")[0]

    @FUZZ
    @given(text=SCAN)
    def scan_anything(text: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "shop.db"
            shutil.copyfile(templates[page], path)
            desk = Desk.open(path, clock=FixedClock(BUSINESS_DAY), actor="fuzz", station=STATION)
            try:
                bench = Bench(desk=desk)
                assert said(bench.resume()) == ""
                assert bench.state.page == expected_page
                before = dump_db(path)
                outcome = bench.scan(text)
                assert isinstance(outcome.message, Message | str)  # something is said
                words = said(outcome, desk)
                assert unworded(outcome.message) == [], words
                if not outcome.ok:
                    assert words.strip(), repr(text)
                    assert words.rstrip()[-1] in ".?!", words
                    assert dump_db(path) == before, repr(text)
                    assert len(words) < 600, words
            finally:
                desk.close()

    scan_anything()
