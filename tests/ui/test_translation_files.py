"""The window's .ts sources are whole and the shipped .qm are compiled from them as they are."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from fulfil_desk.ui.translation_files import TRANSLATED, compile_qm, qm_file, ts_file, update

PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def pairs(ts: Path) -> set[tuple[str | None, str | None]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root for m in c.iter("message")}


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_tr_text_is_translated_and_none_is_left_over(lang, tmp_path):
    """lupdate run again over the sources finds nothing new, unfinished or obsolete."""
    copy = tmp_path / ts_file(lang).name
    shutil.copy(ts_file(lang), copy)
    update(lang, copy)
    assert pairs(copy) == pairs(ts_file(lang)), (
        "run: python -m fulfil_desk.ui.translation_files update"
    )
    unfinished = [
        m.findtext("source")
        for m in messages(copy)
        if (translation := m.find("translation")) is None or translation.get("type")
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_translation_keeps_the_placeholders_of_its_source(lang):
    broken = [
        (m.findtext("source"), text)
        for m in messages(ts_file(lang))
        for text in texts(m)
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.findtext("source")))
        or not text.strip()
    ]
    assert broken == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_shipped_qm_is_compiled_from_the_ts_as_it_is(lang, tmp_path):
    compiled = tmp_path / "fresh.qm"
    compile_qm(ts_file(lang), compiled)
    assert qm_file(lang).read_bytes() == compiled.read_bytes(), (
        "run: python -m fulfil_desk.ui.translation_files compile"
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_qt_ships_its_own_dialogs_words_for_the_language(lang):
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{lang}.qm").is_file()
