"""Every printed document in the language of whoever prints it: labels, packing slips, pick
lists, the command sheet and the plan of action, read back with pypdf. In Korean and Chinese
the catalogue's words are on the page and no English fixed word is left; in the
pseudo-language every fixed word is ⟦wrapped⟧ and what is left is the shop's data. The
barcodes still scan in every language."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from barcode_reader import barcodes_per_page
from pypdf import PdfReader
from sheet_codes import make_shop

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import HoldReason
from fulfil_desk.core.kernel.settings import box_name
from fulfil_desk.core.wording.render import Wording

KST = ZoneInfo("Asia/Seoul")
LANGS = ("ko", "zh_CN")
NOTICE = "PN-2026-0625-LSR"

# The fixed words each document prints (the messages whose words are the document's own).
LABEL_WORDS = [Message(k) for k in (
    "document.from", "document.ship_to", "document.order", "document.tracking",
    "document.units", "document.weight", "document.box",
)]  # fmt: skip
SLIP_WORDS = [Message(k) for k in (
    "document.packing_slip", "document.ship_to", "document.qty", "document.item",
)]  # fmt: skip
PICK_WORDS = [Message(k) for k in (
    "document.bin", "document.item", "document.qty", "document.picked", "document.done",
    "document.orders", "document.barcode",
)]  # fmt: skip
SHEET_WORDS = [Message(k) for k in (
    "bench.sheet_title", "bench.sheet_everywhere", "bench.sheet_back", "bench.sheet_courier",
    "bench.sheet_packers", "bench.sheet_numbers",
)]  # fmt: skip
# English that must not be left on a Korean or Chinese page (the words above, and those
# with parameters).
ENGLISH_LEFT = re.compile(
    r"\b(FROM|SHIP TO|ORDER|TRACKING|UNITS|WEIGHT|BOX|PACKING SLIP|QTY|ITEM|BIN|PICKED|DONE"
    r"|ORDERS|BARCODE|Ordered|Ship by|Total units|Page|Created|Pick list|units|Command sheet"
    r"|Everywhere|Back to the queue|Courier|Packers|Numbers|Scan a code)\b"
)


CODE = re.compile(r"\b[A-Z][A-Z0-9_]*[-:][A-Z0-9_:-]+")  # BOX-S, HOLD:OTHER: what a scanner types


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeezed(text: str) -> str:
    """Without white space: a cell's words wrap onto two lines in a narrow column."""
    return re.sub(r"\s+", "", text)


def unwrapped(text: str) -> str:
    """What is left once every ⟦…⟧ is taken out (the pseudo-language's words), the
    innermost first: a name inside a wrapped sentence is wrapped too."""
    while (shorter := re.sub(r"⟦[^⟦⟧]*⟧", " ", text)) != text:
        text = shorter
    return text


def latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text))


def words_in(lang: str, desk) -> Wording:
    return Wording(zone=desk.settings.shop_tz, lang=lang) if desk else Wording(lang=lang)


@pytest.fixture
def shop(desk):
    """The demo shop of the command-sheet tests (one order shipped with Lotte), two orders
    on a pick list, and what of its data a page may print unwrapped."""
    make_shop(desk)
    new = [o.id for o in desk.orders.orders("new")][:2]
    for order_id in new:
        desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick(new)
    shipped = desk.orders.find_order("SHIPPED-1")
    data: set[str] = {desk.settings.get("shop_name"), "KR", "SKU", "kg"}
    for order in desk.orders.orders(None):
        to = order.ship_to
        data |= {order.marketplace, order.order_number, to.name, to.country, *to.lines()}
        data |= {t for line in order.lines for t in (line.sku, line.title)}
    data |= {p.name for p in desk.products.products()}
    data |= {
        t for b in desk.settings.box_presets() for t in (b.code, box_name(b)) if isinstance(t, str)
    }
    data |= {p["name"] for p in desk.packers.packers()}
    allowed = set().union(*(latin_words(d) for d in data if d))
    return {"desk": desk, "shipped": shipped.id, "pick_list": list_id, "data": allowed}


def documents(shop, lang: str) -> dict[str, tuple[bytes, list[Message]]]:
    desk, words = shop["desk"], words_in(lang, shop["desk"])
    docs = desk.documents
    return {
        "label": (docs.label_pdf([shop["shipped"]], words=words), LABEL_WORDS),
        "slip": (docs.packing_slip_pdf([shop["shipped"]], words=words), SLIP_WORDS),
        "pick list": (docs.pick_list_pdf(shop["pick_list"], words=words), PICK_WORDS),
        "command sheet": (docs.command_sheet_pdf(words=words), SHEET_WORDS),
    }


@pytest.mark.parametrize("lang", LANGS)
def test_each_document_prints_its_fixed_words_in_the_readers_language(shop, lang):
    words = words_in(lang, shop["desk"])
    for name, (pdf, fixed) in documents(shop, lang).items():
        text = text_of(pdf)
        for said in fixed:
            assert squeezed(words(said)) in squeezed(text), (name, said.key, words(said))
        left = ENGLISH_LEFT.findall(re.sub(CODE, " ", text))
        assert not left, (name, left)
    label = text_of(documents(shop, lang)["label"][0])
    day = words.day(datetime(2026, 6, 18, tzinfo=KST).date())
    assert squeezed(words(Message("document.ordered", day=day))) in squeezed(label)
    courier = {"ko": "롯데택배", "zh_CN": "乐天快递"}[lang]  # the courier in that language
    assert courier in label


def test_a_korean_and_a_chinese_word_of_the_catalogue_are_on_the_pages(shop):
    """The catalogue's own words, not a copy of them in the test."""
    for lang, sample in (("ko", "보내는 분"), ("zh_CN", "寄件人")):
        assert words_in(lang, shop["desk"])(Message("document.from")) == sample
        assert sample in text_of(documents(shop, lang)["label"][0])
    sheet_ko = text_of(documents(shop, "ko")["command sheet"][0])
    sheet_zh = text_of(documents(shop, "zh_CN")["command sheet"][0])
    assert "2026. 6. 18. (목)" in sheet_ko and "2026年6月18日 周四" in sheet_zh


def test_in_the_pseudo_language_every_fixed_word_is_wrapped(shop):
    english = words_in("en", shop["desk"])
    for name, (pdf, fixed) in documents(shop, "pseudo").items():
        text = text_of(pdf)
        for said in fixed:
            assert squeezed(f"⟦{english(said)}⟧") in squeezed(text), (name, said.key)
        left = latin_words(unwrapped(text)) - shop["data"]
        # The command sheet's codes are what the scanner types: data, not words.
        left -= {w for w in left if w.isupper()} if name == "command sheet" else set()
        assert not left, (name, sorted(left))


@pytest.mark.parametrize("lang", [*LANGS, "pseudo"])
def test_the_barcodes_still_scan_in_every_language(shop, lang, tmp_path):
    order = shop["desk"].orders.order(shop["shipped"])
    for name, (pdf, _fixed) in documents(shop, lang).items():
        if name == "command sheet":
            continue  # tests/core/test_command_sheet.py reads every code of it
        path = tmp_path / f"{name.replace(' ', '-')}.pdf"
        path.write_bytes(pdf)
        codes = {c for page in barcodes_per_page(path, tmp_path) for c in page}
        if name == "pick list":
            assert codes == {p.barcodes[0] for p in shop["desk"].products.products()} & codes
            assert len(codes) == 2
        elif name == "label":
            assert codes == {order.order_number, order.tracking_number}
        else:
            assert codes == {order.order_number}
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(documents(shop, lang)["command sheet"][0])
    assert "BACK" in barcodes_per_page(sheet, tmp_path)[0]


# ---- the plan of action ---------------------------------------------------------------------


@pytest.fixture
def late(desk, add, clock):
    """An Amazon order held at the bench and never shipped, whose computed deadline moved
    when the shop marked a day off; a notice whose data period holds its deadline."""

    def at(text: str) -> None:
        clock.advance(seconds=(datetime.fromisoformat(text) - clock.now()).total_seconds())

    order_id = add("113-0000009-0000009", [("DEMO-MUG", 1)], marketplace="amazon")
    before = desk.orders.order(order_id).ship_by
    desk.calendar.add_non_shipping_day(before[:10], "택배 휴무")
    desk.flow.hold(order_id, HoldReason.OTHER, Message("bench.held_at_the_bench"))
    moved = datetime.fromisoformat(desk.orders.order(order_id).ship_by)
    assert moved.date() > datetime.fromisoformat(before).date()
    at((moved + timedelta(days=3)).isoformat())
    desk.notices.add_notice(
        NOTICE,
        "amazon",
        "late_shipment_rate",
        (moved - timedelta(days=5)).isoformat(),
        (moved + timedelta(days=1)).isoformat(),
    )
    return {"order": "113-0000009-0000009", "marked": before[:10]}


def poa_text(desk, lang: str) -> str:
    return text_of(desk.notices.plan_of_action_pdf(NOTICE, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_words_what_the_audit_trail_stored_in_its_own_language(desk, late, lang):
    text = poa_text(desk, lang)
    assert late["order"] in text
    words = words_in(lang, desk)
    held = words(Message("bench.held_at_the_bench"))
    assert squeezed(held) in squeezed(text)
    english = words_in("en", desk)
    assert squeezed(english(Message("bench.held_at_the_bench"))) not in squeezed(text)
    marked = date.fromisoformat(late["marked"])
    because = words(Message("calendar.because_marked", day=marked))  # why the deadline moved
    assert squeezed(because) in squeezed(text)
    assert "{" not in text and '"message"' not in text  # no stored JSON shown
    title = {"ko": "개선 계획서", "zh_CN": "行动计划"}[lang]
    notice = {"ko": "퍼포먼스 알림", "zh_CN": "业绩通知"}[lang]  # the glossary's terms
    assert title in text and notice in text


def test_the_plan_in_the_pseudo_language_wraps_every_fixed_word(desk, late):
    text = poa_text(desk, "pseudo")
    assert "⟦Plan of Action⟧" in text and squeezed("⟦Problem orders⟧") in squeezed(text)
    assert squeezed("⟦Held at the bench.⟧") in squeezed(text)
    left = unwrapped(text)
    left = re.sub(r"\b\w+=[^;\s]*", " ", left)  # the audit trail's keys and values: data
    data = latin_words(" ".join([NOTICE, late["order"], desk.settings.get("shop_name"), "tester"]))
    leftover = latin_words(left) - data - {"fulfil", "desk", "POA"}
    assert not leftover, sorted(leftover)


def _printed_texts(lang: str) -> list[str]:
    """Every template a document prints in `lang`, and the plan of action's texts."""
    from fulfil_desk.core.scores.poa import load_text

    printed = ("document.", "paper.", "bench.sheet", "sheet_reason.", "cancelled_by.")
    texts: list[str] = []
    for key, entry in words_in(lang, None).translated.items():
        if key.startswith(printed):
            texts += [entry] if isinstance(entry, str) else list(entry)

    def walk(node) -> None:
        for name, value in node.items():
            if name == lang and isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                walk(value)

    walk(load_text())
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_every_printed_text_has_every_glyph_in_the_font_it_is_drawn_with(lang):
    """A face without a glyph prints a box: the font chosen for each text has them all."""
    from fulfil_desk.core.documents.fonts import LATIN_BOLD_FONT, LATIN_FONT, LabelFonts

    fonts = LabelFonts.find()
    faces = {face.name: face for face in fonts.faces}
    texts = _printed_texts(lang)
    assert len(texts) > 100
    missing = set()
    for text in texts:
        for bold in (False, True):
            name = fonts.font_for(text, bold=bold)
            if name not in (LATIN_FONT, LATIN_BOLD_FONT):
                shown = {ord(c) for c in text if not c.isspace() and c.isprintable()}
                missing |= {(chr(c), text) for c in shown - faces[name].code_points}
    assert not missing
