"""The whole window walked in the pseudo-language: every text a person reads came through the
translations (the UI's tr() or the core's catalogue), or is the shop's own data.

The walk (tour.py) drives the bench by scans through every step page, opens every dialog and
panel and every menu. At each stop every text is read (readable.py); a word left once the
⟦wrapped⟧ parts are taken out fails, unless the shop's data holds it: the demo shop's rows,
the sample files it read, its paths and printers, the scanner's command codes, and the
names CLDR gives months and weekdays (the pseudo-language formats dates as English does).
A dialog class under fulfil_desk.ui that the walk did not open fails too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from babel.dates import get_day_names, get_month_names
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from readable import data_words, leaks, widget_texts
from tour import SAMPLE, Tour
from tour_dialogs import UNKNOWN_LAYOUT

import fulfil_desk.ui
from fulfil_desk.core.aftersales.buyer_messages import KINDS, shipped_templates
from fulfil_desk.core.bench.commands import COMMANDS, ReprintReason
from fulfil_desk.core.kernel.actors import UNBADGED
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason
from fulfil_desk.core.kernel.settings import box_name
from fulfil_desk.core.wording.languages import NATIVE_NAMES
from fulfil_desk.ui import printing


class Reader:
    def __init__(self):
        self.texts: list[tuple[str, str]] = []
        self.opened: set[type] = set()

    def seen(self, name: str, widget) -> None:
        self.opened.add(type(widget))
        self.texts += [(f"{name} · {where}", text) for where, text in widget_texts(widget)]

    def said(self, name: str, texts: list[tuple[str, str]]) -> None:
        self.texts += [(f"{name} · {where}", text) for where, text in texts]


def ui_dialog_classes() -> set[type]:
    found = set()
    for module in pkgutil.walk_packages(fulfil_desk.ui.__path__, "fulfil_desk.ui."):
        if module.name.endswith("__main__"):
            continue
        for _, value in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(value, QDialog) and value.__module__.startswith("fulfil_desk.ui"):
                found.add(value)
    return found


def shop_data(tour: Tour) -> set[str]:
    """The words of what the shop holds and the scanner types: never translated."""
    desk = tour.desk
    texts: list[object] = []
    for order in desk.orders.orders(limit=100_000):
        to = order.ship_to
        texts += [order.order_number, order.marketplace, order.tracking_number, order.box]
        texts += [order.courier_code, to.name, to.phone, to.city, to.state, to.postal_code]
        texts += [to.country, *to.lines()]
        texts += [part for line in order.lines for part in (line.sku, line.title)]
    for product in desk.products.products():
        texts += [product.sku, product.name, product.bin_location, *product.barcodes]
    texts += [part for p in desk.packers.packers() for part in (p["name"], p["badge"])]
    # Who did it, as the rows name them: a packer's name is data; the unbadged station's is
    # the core's and must come wrapped.
    texts += [
        a for move in desk.stock.stock_moves(limit=100_000) if (a := move["actor"]) != UNBADGED
    ]
    texts += [desk.settings.get("shop_name"), *desk.settings.get("shop_address").values()]
    texts += [
        t for b in desk.settings.box_presets() for t in (b.code, box_name(b)) if isinstance(t, str)
    ]
    texts += [f"BOX-{box.code}" for box in desk.settings.box_presets()]
    texts += [desk.station, str(desk.path), str(tour.folder), *printing.available_printers()]
    texts += [str(SAMPLE), str(UNKNOWN_LAYOUT), str(desk.backups.backup_folder())]
    texts += [c.code for c in desk.couriers.all()]
    texts += desk.layouts.names()  # a label layout's name is its file's: 4x6, cj-standard
    texts += [c.tracking_url for c in desk.couriers.all()]  # a parcel's tracking page
    texts += list(desk.scores.metric_definitions().metrics)
    texts += [
        part for day in desk.calendar.holiday_list() for part in (day["name"], day["courier"])
    ]
    texts += [part for q in desk.notices.inquiries(open_only=False) for part in (q["subject"],)]
    texts += [n["id"] for n in desk.notices.notices()]
    peek = desk.exchange.peek_file(UNKNOWN_LAYOUT)
    texts += [*peek.header, *(cell for row in peek.rows for cell in row), peek.file]
    texts += [c.name for c in COMMANDS]  # SAVE, HOLD, PICK-ALL, …
    texts += [r.value.upper() for kind in (HoldReason, CancelReason, ReprintReason) for r in kind]
    texts += [r["tracking_number"] for r in desk.returns.returns()]  # a return parcel's number
    texts += NATIVE_NAMES.values()  # the Language menu names each language in its own words
    # A message to the buyer is in the buyer's language, from the seller's wording: the shop's.
    texts += [t for kind in shipped_templates().values() for t in kind.values()]
    texts += [m for f in desk.feedback.listed() for m in (f.text, f.reply)]
    texts += [
        buyer_message(desk, o.saved_id, kind)
        for o in desk.orders.orders("shipped")
        for kind in KINDS
    ]
    return data_words(texts) | cldr_names()


def buyer_message(desk, order_id: int, kind: str) -> str:
    try:
        return desk.buyer_messages.compose(order_id, kind, "en").text
    except UserError:  # a delivered order: no delay to tell
        return ""


def cldr_names() -> set[str]:
    """Months and weekdays as English CLDR writes them (Babel's and QLocale's)."""
    names = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names |= set(get_month_names(width, context, "en").values())
            names |= set(get_day_names(width, context, "en").values())
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        names |= {locale.monthName(m, form) for m in range(1, 13)}
        names |= {locale.standaloneMonthName(m, form) for m in range(1, 13)}
        names |= {locale.dayName(d, form) for d in range(1, 8)}
    return data_words(names)


def test_every_text_of_every_page_dialog_and_menu_is_translated(qtbot, tmp_path, monkeypatch):
    reader = Reader()
    tour = Tour(
        qtbot=qtbot, folder=tmp_path, monkeypatch=monkeypatch, lang="pseudo", visitor=reader
    )
    try:
        tour.run()
        allowed = shop_data(tour)
        pages = set(tour.window.pages)
        seen = tour.pages_seen
    finally:
        tour.close()
    found = leaks(reader.texts, allowed)
    report = "\n".join(f"{where}: {text!r} → {stray}" for where, text, stray in found)
    assert not found, f"{len(found)} texts went around the translations:\n{report}"
    assert seen == pages, f"pages the walk never showed: {sorted(pages - seen)}"
    missed = {c.__name__ for c in ui_dialog_classes() - reader.opened}
    assert not missed, f"dialogs the walk never opened: {sorted(missed)}"
