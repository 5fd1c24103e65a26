"""Fonts for labels: find a TrueType font with Korean and Chinese glyphs.

reportlab embeds TrueType (glyf) fonts only; OpenType/CFF fonts such as Noto
Sans CJK cannot be used, so the search looks for known TrueType file names
instead of asking fontconfig.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from fulfil_desk.core.kernel.errors import FontMissing
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.resources import resource_path

LATIN_FONT = "Helvetica"
LATIN_BOLD_FONT = "Helvetica-Bold"


@dataclass(frozen=True)
class _Known:
    file_name: str
    bold: bool = False
    subfont_index: int = 0


# Preference order: the first face that has every glyph of a text wins.
KNOWN_FONTS: tuple[_Known, ...] = (
    _Known("wqy-microhei.ttc"),
    _Known("wqy-zenhei.ttc"),
    _Known("DroidSansFallbackFull.ttf"),
    _Known("DroidSansFallback.ttf"),
    _Known("NanumGothic.ttf"),
    _Known("NanumBarunGothic.ttf"),
    _Known("malgun.ttf"),
    _Known("msyh.ttc"),
    _Known("simhei.ttf"),
    _Known("Arial Unicode.ttf"),
    _Known("ARIALUNI.TTF"),
    _Known("DejaVuSans.ttf"),
    _Known("NanumGothicBold.ttf", bold=True),
    _Known("NanumBarunGothicBold.ttf", bold=True),
    _Known("malgunbd.ttf", bold=True),
    _Known("msyhbd.ttc", bold=True),
    _Known("DejaVuSans-Bold.ttf", bold=True),
)

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x30FF),  # CJK punctuation, Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3134F),  # CJK extensions B-G
)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def default_font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        resource_path("fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / "Library" / "Fonts",
        Path("/Library/Fonts"),
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local_app_data = os.environ.get("LOCALAPPDATA")
    if local_app_data:
        dirs.append(Path(local_app_data) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def user_font_dir() -> Path:
    """Where the install hint tells the person to put a font."""
    return Path.home() / ".local" / "share" / "fonts"


class Face:
    """One TrueType face and the code points it has glyphs for. The file is read, and the
    face registered with reportlab, the first time its glyphs are asked for: reading all the
    known faces takes 0.4 s, and a label needs one or two of them."""

    def __init__(self, known: _Known, path: Path):
        self.name = f"FulfilDesk-{Path(known.file_name).stem.replace(' ', '')}"  # reportlab's
        self.path = path
        self.bold = known.bold
        self._known = known
        self._code_points: frozenset[int] | None = None

    def __repr__(self) -> str:
        return f"Face({self.name!r}, {str(self.path)!r}, bold={self.bold})"

    @property
    def code_points(self) -> frozenset[int]:
        """Empty when reportlab cannot read the file (CFF outlines, a damaged file)."""
        if self._code_points is None:
            self._code_points = _register(self.name, self._known, self.path)
        return self._code_points

    def covers(self, code_points: Iterable[int]) -> bool:
        return all(cp in self.code_points for cp in code_points)


class LabelFonts:
    """The fonts labels are drawn with; create once with `find` and pass it around."""

    def __init__(self, faces: Iterable[Face] = (), *, hint_dir: Path | None = None):
        self.faces: tuple[Face, ...] = tuple(faces)
        self.hint_dir = hint_dir or user_font_dir()
        self._chosen: dict[tuple[str, bool], str] = {}  # font_for's answers: a label asks often

    @classmethod
    def find(
        cls, extra_dirs: Iterable[str | Path] = (), *, default_dirs: bool = True
    ) -> LabelFonts:
        """Search `extra_dirs`, then (unless `default_dirs` is false) the usual font folders."""
        dirs = [Path(d) for d in extra_dirs]
        if default_dirs:
            dirs += default_font_dirs()
        found = _walk_for_known(dirs)
        return cls(
            Face(known, found[known.file_name.lower()])
            for known in KNOWN_FONTS
            if known.file_name.lower() in found
        )

    @property
    def has_cjk(self) -> bool:
        return any(ord("한") in f.code_points and ord("中") in f.code_points for f in self.faces)

    def font_for(self, text: str, *, bold: bool = False) -> str:
        """The reportlab font name to draw `text` with; Helvetica for Latin-1 text.

        With `bold`, a bold face if one has every glyph, else the regular choice.
        Raises FontMissing when the text has Korean/Chinese/Japanese characters that
        no found font can draw.
        """
        chosen = self._chosen.get((text, bold))
        if chosen is None:
            if len(self._chosen) > 50_000:  # a station runs for weeks
                self._chosen.clear()
            chosen = self._chosen[(text, bold)] = self._choose(text, bold)
        return chosen

    def _choose(self, text: str, bold: bool) -> str:
        needed = {ord(c) for c in text if not c.isspace() and c.isprintable()}
        if all(cp <= 0xFF for cp in needed):
            return LATIN_BOLD_FONT if bold else LATIN_FONT
        if bold:
            for face in self.faces:
                if face.bold and face.covers(needed):
                    return face.name
        regular = [f for f in self.faces if not f.bold]
        for face in regular:
            if face.covers(needed):
                return face.name
        cjk = {cp for cp in needed if is_cjk(chr(cp))}
        readable = [f for f in regular if f.code_points]
        best = max(readable, key=lambda f: len(needed & f.code_points), default=None)
        if cjk and (best is None or not best.covers(cjk)):
            sample = text.strip()
            if len(sample) > 30:
                sample = sample[:30] + "..."
            raise FontMissing(
                Message("document.font_missing", sample=sample, folder=str(self.hint_dir))
            )
        # Only symbols such as emoji are missing: print what can be printed.
        if best is None:
            return LATIN_BOLD_FONT if bold else LATIN_FONT
        return best.name


def _walk_for_known(dirs: Iterable[Path]) -> dict[str, Path]:
    wanted = {k.file_name.lower() for k in KNOWN_FONTS}
    found: dict[str, Path] = {}
    for top in dirs:
        if not top.is_dir():
            continue
        for root, _subdirs, files in os.walk(top, followlinks=True):
            for name in files:
                key = name.lower()
                if key in wanted and key not in found:
                    found[key] = Path(root) / name
    return found


def _register(name: str, known: _Known, path: Path) -> frozenset[int]:
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        try:
            font = TTFont(name, str(path), subfontIndex=known.subfont_index)
        except (TTFError, OSError):
            return frozenset()  # CFF outlines or a damaged file: reportlab cannot embed it
        pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def wrap_text(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width`: at spaces when possible, else anywhere."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        rest = paragraph.strip()
        while rest:
            if pdfmetrics.stringWidth(rest, font_name, size) <= width:
                lines.append(rest)
                break
            low, high = 1, len(rest)
            while low < high:
                mid = (low + high + 1) // 2
                if pdfmetrics.stringWidth(rest[:mid], font_name, size) <= width:
                    low = mid
                else:
                    high = mid - 1
            cut = low
            space = rest.rfind(" ", 0, cut + 1)
            if space > 0:
                cut = space
            lines.append(rest[:cut].rstrip())
            rest = rest[cut:].lstrip()
    return lines


ELLIPSIS = "..."


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to `width` points in `font` at `size`, with "..." where it was cut."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS
