"""The plan of action for a performance notice, as an A4 PDF (reportlab platypus).

Headings and sentences in Korean, Chinese or English (resources/poa_text.json; the tests'
pseudo-language wraps the English in ⟦…⟧); order data as recorded, a message the audit trail
stored (why a deadline moved, a hold note) worded in the plan's language. Which orders it
lists, and how their root causes are found, is `poa_facts`'s rule: strictly inside the
notice's data period, to the second. Korean and Chinese text is drawn with a TrueType CJK
font found by `LabelFonts`; none found raises FontMissing with what to install.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from functools import cached_property, partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from fulfil_desk.core.documents.fonts import LabelFonts, is_cjk
from fulfil_desk.core.documents.numbered_canvas import NumberedCanvas
from fulfil_desk.core.kernel.actors import UNBADGED, who
from fulfil_desk.core.kernel.message_codec import stored_value
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.scores.poa_facts import Fact, Problem, cause_counts
from fulfil_desk.core.wording.languages import LANGUAGES as READER_LANGUAGES
from fulfil_desk.core.wording.languages import PSEUDO, cldr_locale
from fulfil_desk.core.wording.render import Wording

LANGUAGES = (*READER_LANGUAGES, PSEUDO)  # a plan is written in ko, zh_CN or en
MARGIN = 42.0
GREY = colors.Color(0.4, 0.4, 0.4)
LIGHT = colors.Color(0.93, 0.93, 0.93)


def load_text() -> dict:
    return json.loads(resource_path("poa_text.json").read_text("utf-8"))


@dataclass(frozen=True)
class Plan:
    """Everything the PDF says: the notice, its problem orders, the seller's own text."""

    notice_id: str
    seller: str
    marketplace: str  # its name in the plan's language
    metric: str  # ditto
    date_basis: str  # metrics.json `date` of the metric
    period_from: datetime
    period_to: datetime
    received_at: datetime
    response_due: datetime
    plan_due: datetime
    problems: tuple[Problem, ...]
    corrective: str
    preventive: str
    generated_at: datetime
    tz: tzinfo


class _Words:
    """The plan's language: headings, templates, and how times and codes are written."""

    def __init__(self, text: dict, lang: str, tz: tzinfo):
        self.text, self.tz = text, tz
        self.lang = cldr_locale(lang)  # the pseudo-language's texts are the English, wrapped
        self.pseudo = lang == PSEUDO
        self._lang = lang

    @cached_property
    def said(self) -> Wording:
        """The messages the audit trail keeps, in the plan's language (the catalogue is read
        only for a plan whose evidence holds one)."""
        return Wording(zone=lambda: self.tz, lang=self._lang)

    def _in_lang(self, entry: dict) -> str:
        text = entry[self.lang]
        return f"⟦{text}⟧" if self.pseudo else text

    def get(self, group: str, key: str, **params) -> str:
        entry = self.text[group].get(key)
        template = self._in_lang(entry) if entry else key
        return template.format(**params) if params else template

    def h(self, key: str, **params) -> str:
        return self.get("headings", key, **params)

    def time(self, moment: datetime | None) -> str:
        if moment is None:
            return self.get("words", "none")
        return moment.astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S")

    def duration(self, span: timedelta) -> str:
        seconds = max(0, int(span.total_seconds()))
        if seconds < 60:
            return self.get("words", "duration_seconds", s=seconds)
        hours, minute = divmod(seconds // 60, 60)
        if hours >= 48:
            return self.get("words", "duration_days", d=hours // 24, h=hours % 24)
        return self.get("words", "duration", h=hours, m=minute)

    def fact(self, fact: Fact) -> str:
        params = {}
        for key, value in fact.params.items():
            if isinstance(value, datetime) or value is None:
                params[key] = self.time(value)
            elif isinstance(value, timedelta):
                params[key] = self.duration(value)
            else:
                params[key] = value
        if fact.key == "cancelled":
            params["by"] = self.get("words", params["by"]) if params["by"] else ""
            params["reason"] = self.get("reasons", params["reason"]) if params["reason"] else ""
        if fact.key == "incident":
            params["kind"] = self.get("incidents", params["kind"])
            note = params["reason"]
            params["reason"] = f" ({self.h('reason_note', text=note)})" if note else ""
        return self.get("facts", fact.key, **params)

    def cause(self, code: str, part: str = "name") -> str:
        entry = self.text["causes"].get(code) or self.text["causes"]["unknown"]
        return self._in_lang(entry[part])

    def actor(self, actor: str) -> str:
        return actor if actor != UNBADGED else self.said.value(who(actor))

    def event(self, kind: str) -> str:
        entry = self.text["events"].get(kind)
        return self._in_lang(entry) if entry else kind

    def detail(self, detail: dict) -> str:
        """An event's detail as recorded, `key=value; …`; a message it keeps (a hold note,
        why a deadline moved) in the plan's words."""
        parts = []
        for key, value in detail.items():
            if value in (None, "", [], {}):
                continue
            said = stored_value(value)
            if isinstance(said, Message):
                shown = self.said(said)
            else:
                shown = ",".join(map(str, value)) if isinstance(value, list) else str(value)
            parts.append(f"{key}={shown[:60]}")
        return "; ".join(parts)


class _Pen:
    """Paragraphs in a font that has every glyph of their text."""

    def __init__(self, fonts: LabelFonts):
        self.fonts = fonts

    def p(self, text: str, size: float = 9.5, *, bold: bool = False, grey: bool = False):
        style = ParagraphStyle(
            "poa",
            fontName=self.fonts.font_for(text, bold=bold),
            fontSize=size,
            leading=size * 1.35,
            textColor=GREY if grey else colors.black,
            wordWrap="CJK" if any(is_cjk(c) for c in text) else None,
            spaceAfter=size * 0.3,
        )
        return Paragraph(escape(text).replace("\n", "<br/>"), style)


def plan_of_action_pdf(plan: Plan, *, lang: str, fonts: LabelFonts, text: dict | None = None):
    """The plan as PDF bytes, its words in `lang` (ko, zh_CN, en, or the tests' pseudo).
    Raises FontMissing when Korean/Chinese text has no font."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}")
    words = _Words(text or load_text(), lang, plan.tz)
    pen = _Pen(fonts)
    buffer = io.BytesIO()
    title = f"{words.h('title')} — {plan.notice_id}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6,
        title=title,
        creator="fulfil-desk",
        invariant=True,
    )
    story = [
        pen.p(words.h("title"), 18, bold=True),
        pen.p(words.h("subtitle", id=plan.notice_id), 11),
        Spacer(1, 6),
        *_notice_block(plan, words, pen, doc.width),
        *_summary(plan, words, pen),
        *_problems(plan, words, pen, doc.width),
        *_actions(plan, words, pen),
        Spacer(1, 10),
        pen.p(words.h("generated", at=words.time(plan.generated_at)), 8, grey=True),
    ]
    page = words.h("page", page="{page}", pages="{pages}")
    canvasmaker = partial(
        NumberedCanvas,
        page_label=page.format,
        font=fonts.font_for(page),
        margin=MARGIN,
        bottom=24,
        color=GREY,
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _section(title: str, pen: _Pen) -> list:
    return [Spacer(1, 8), pen.p(title, 13, bold=True)]


def _notice_block(plan: Plan, words: _Words, pen: _Pen, width: float) -> list:
    tz_name = getattr(plan.tz, "key", None) or str(plan.tz)
    rows = [
        ("notice_id", plan.notice_id),
        ("seller", plan.seller),
        ("marketplace", plan.marketplace),
        ("metric", plan.metric),
        (
            "period",
            words.h(
                "period_value",
                **{"from": words.time(plan.period_from), "to": words.time(plan.period_to)},
            ),
        ),
        ("received", words.time(plan.received_at)),
        ("response_due", words.time(plan.response_due)),
        ("plan_due", words.time(plan.plan_due)),
    ]
    data = [[pen.p(words.h(key), 9, bold=True), pen.p(value, 9)] for key, value in rows]
    table = Table(data, colWidths=[width * 0.34, width * 0.66])
    table.setStyle(_grid())
    return [
        *_section(words.h("notice"), pen),
        table,
        pen.p(words.h("times", tz=tz_name), 8, grey=True),
    ]


def _summary(plan: Plan, words: _Words, pen: _Pen) -> list:
    date_name = words.get("dates", plan.date_basis)
    text = words.h(
        "summary_text",
        count=len(plan.problems),
        date=date_name,
        **{"from": words.time(plan.period_from), "to": words.time(plan.period_to)},
    )
    out = [*_section(words.h("summary"), pen), pen.p(text)]
    counts = cause_counts(list(plan.problems))
    if counts:
        out.append(pen.p(words.h("causes_found"), 10, bold=True))
        for code, n in counts.items():
            out.append(pen.p("· " + words.h("cause_line", cause=words.cause(code), count=n)))
    return out


def _problems(plan: Plan, words: _Words, pen: _Pen, width: float) -> list:
    out = _section(words.h("problems"), pen)
    if not plan.problems:
        return [*out, pen.p(words.h("no_problems"))]
    date_name = words.get("dates", plan.date_basis)
    for problem in plan.problems:
        head = f"{words.h('order')} {problem.ref}  ·  {date_name} {words.time(problem.when)}"
        facts = [pen.p(words.fact(f), 9) for f in problem.facts] or [pen.p("—", 9)]
        causes = [pen.p(" / ".join(words.cause(c) for c in problem.causes), 9)]
        evidence = [
            pen.p(
                "  ".join(
                    (
                        words.time(e.at),
                        words.actor(e.actor),
                        words.event(e.kind),
                        words.detail(e.detail),
                    )
                ),
                7.5,
                grey=True,
            )
            for e in problem.evidence
        ] or [pen.p("—", 8, grey=True)]
        data = [
            [pen.p(head, 10, bold=True), ""],
            [pen.p(words.h("what_happened"), 8.5, bold=True), facts],
            [pen.p(words.h("root_cause"), 8.5, bold=True), causes],
            [pen.p(words.h("evidence"), 8.5, bold=True), evidence],
        ]
        table = Table(data, colWidths=[width * 0.2, width * 0.8])
        style = _grid()
        style.add("SPAN", (0, 0), (1, 0))
        style.add("BACKGROUND", (0, 0), (1, 0), LIGHT)
        table.setStyle(style)
        out += [KeepTogether([table]), Spacer(1, 6)]
    return out


def _actions(plan: Plan, words: _Words, pen: _Pen) -> list:
    codes = list(cause_counts(list(plan.problems))) or []
    if any("deadline_moved" in p.causes for p in plan.problems):
        codes.append("deadline_moved")
    out: list = []
    for key, written in (("corrective", plan.corrective), ("preventive", plan.preventive)):
        out += _section(words.h(key), pen)
        if written.strip():
            out.append(pen.p(written.strip()))
            continue
        if not codes:
            out.append(pen.p("—"))
            continue
        out.append(pen.p(words.h("suggested"), 8, grey=True))
        for code in codes:
            colon = words.get("words", "colon")
            out.append(pen.p(f"· {words.cause(code)}{colon}{words.cause(code, key)}"))
    return out


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )
