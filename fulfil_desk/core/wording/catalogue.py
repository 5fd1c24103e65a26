"""The English catalogue: every key the core says, with its template, gathered by domain.

A template is `str.format` text over the message's parameter names; an entry of two
templates is (one, other), chosen by the parameter `n`. A key is written once: two domains
claiming the same key is an error at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

from fulfil_desk.core.wording import (
    en_bench,
    en_bench_commands,
    en_calendar,
    en_documents,
    en_exchange,
    en_kernel,
    en_packers,
    en_paper,
    en_safekeeping,
    en_scores,
    en_stock,
    en_storage,
)
from fulfil_desk.core.wording.en import cli as en_cli
from fulfil_desk.core.wording.en import cli_help as en_cli_help
from fulfil_desk.core.wording.en import customs as en_customs
from fulfil_desk.core.wording.en import deliveries as en_deliveries
from fulfil_desk.core.wording.en import feedback as en_feedback
from fulfil_desk.core.wording.en import handover as en_handover
from fulfil_desk.core.wording.en import labels as en_labels
from fulfil_desk.core.wording.en import reships as en_reships
from fulfil_desk.core.wording.en import returns as en_returns
from fulfil_desk.core.wording.en import storage_pg as en_storage_pg
from fulfil_desk.core.wording.en import waybills as en_waybills
from fulfil_desk.core.wording.en import window as en_window
from fulfil_desk.core.wording.en import zpl as en_zpl
from fulfil_desk.core.wording.languages import LANGUAGES

Entry = str | tuple[str, str]

# One module a domain, in each language's package (ko/bench.py beside en_bench.py; the
# English of cli, cli_help, window and storage_pg is in en/, as the folder is full).
DOMAINS = (
    "kernel", "bench", "bench_commands", "stock", "packers", "documents", "exchange", "scores",
    "calendar", "safekeeping", "storage", "storage_pg", "paper", "window", "cli", "cli_help",
    "aftersales.feedback", "aftersales.returns", "aftersales.reships", "aftersales.deliveries",
    "shipping.handover", "shipping.zpl", "shipping.waybills", "shipping.customs", "shipping.labels",
)  # fmt: skip


def _gathered(*parts: Mapping[str, Entry]) -> dict[str, Entry]:
    merged: dict[str, Entry] = {}
    for part in parts:
        for key, entry in part.items():
            if key in merged:
                raise ValueError(f"message key {key!r} is in two parts of the catalogue")
            merged[key] = entry
    return merged


ENGLISH: Mapping[str, Entry] = _gathered(
    en_kernel.ENGLISH,
    en_bench.ENGLISH,
    en_bench_commands.ENGLISH,
    en_stock.ENGLISH,
    en_packers.ENGLISH,
    en_documents.ENGLISH,
    en_exchange.ENGLISH,
    en_scores.ENGLISH,
    en_calendar.ENGLISH,
    en_safekeeping.ENGLISH,
    en_storage.ENGLISH,
    en_storage_pg.ENGLISH,
    en_paper.ENGLISH,
    en_window.ENGLISH,
    en_cli.ENGLISH,
    en_cli_help.ENGLISH,
    en_feedback.ENGLISH,
    en_returns.ENGLISH,
    en_reships.ENGLISH,
    en_deliveries.ENGLISH,
    en_handover.ENGLISH,
    en_zpl.ENGLISH,
    en_waybills.ENGLISH,
    en_customs.ENGLISH,
    en_labels.ENGLISH,
)


def translations(lang: str) -> Mapping[str, Entry]:
    """The templates of `lang` by key: empty for English (the catalogue is English) and for a
    language not shipped (the pseudo-language wraps the English instead)."""
    if lang == "en" or lang not in LANGUAGES:
        return {}
    package = f"fulfil_desk.core.wording.{lang}"
    return _gathered(*(import_module(f"{package}.{domain}").WORDS for domain in DOMAINS))
