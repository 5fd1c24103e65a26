"""The window's translation files: `.ts` sources in resources/translations, compiled `.qm`
beside them (both shipped). After changing a tr() text:

    python -m fulfil_desk.ui.translation_files update    # lupdate: new texts come unfinished
    (translate them: pyside6-linguist, or any editor)
    python -m fulfil_desk.ui.translation_files compile   # lrelease: the .qm the app loads
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fulfil_desk.core.kernel.resources import resource_path

TRANSLATED = {"ko": "ko_KR", "zh_CN": "zh_CN"}  # our language code → lupdate's target


def ui_sources() -> list[Path]:
    return sorted(Path(__file__).parent.rglob("*.py"))


def ts_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or resource_path("translations")) / f"fulfil_desk_{lang}.ts"


def qm_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or resource_path("translations")) / f"fulfil_desk_{lang}.qm"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def update(lang: str, ts: Path) -> str:
    """lupdate `ts` from the UI's sources: new texts unfinished, gone ones removed."""
    command = [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete"]
    command += ["-locations", "none", "-target-language", TRANSLATED[lang], "-ts", str(ts)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def compile_qm(ts: Path, qm: Path) -> str:
    command = [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["compile"]):
        print(__doc__)
        return 2
    for lang in TRANSLATED:
        if argv == ["update"]:
            print(update(lang, ts_file(lang)), end="")
        else:
            print(compile_qm(ts_file(lang), qm_file(lang)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
