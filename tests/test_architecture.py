"""The layering rules of DESIGN.md, checked by reading every module's imports with `ast`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "fulfil_desk"
MAX_LINES = 400
APP_LOOKUP_ALLOWED = {"fulfil_desk/ui/app.py", "fulfil_desk/ui/printing.py"}
APP_CLASSES = {"QApplication", "QGuiApplication", "QCoreApplication"}


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path, module: str | None = None) -> set[str]:
    """Every module a file imports, anywhere in it, as absolute dotted names.

    `from a.b import c` yields both `a.b` and `a.b.c`, since `c` may be a module.
    """
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    module = module or _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _imports_any(path: Path, roots: set[str]) -> list[str]:
    return sorted(
        name
        for name in imported_modules(path)
        if any(name == root or name.startswith(root + ".") for root in roots)
    )


def _offenders(files: list[Path], roots: set[str]) -> list[str]:
    return [
        f"{_rel(path)} imports {', '.join(hits)}"
        for path in files
        if (hits := _imports_any(path, roots))
    ]


FILES = _python_files()
CORE = [p for p in FILES if _rel(p).startswith("fulfil_desk/core/")]
STORAGE = [p for p in CORE if _rel(p).startswith("fulfil_desk/core/storage/")]
UI = [p for p in FILES if _rel(p).startswith("fulfil_desk/ui/")]
CLI = PACKAGE / "cli.py"


def test_the_rules_see_the_real_package():
    """Guards the rules below against passing on an empty or wrong file list."""
    names = {_rel(p) for p in FILES}
    assert {"fulfil_desk/cli.py", "fulfil_desk/core/desk.py"} <= names
    assert "fulfil_desk/core/storage/db.py" in {_rel(p) for p in STORAGE}
    assert _imports_any(PACKAGE / "core/storage/db.py", {"sqlite3", "sqlite_utils"})
    assert "fulfil_desk.core.storage.db" in imported_modules(PACKAGE / "core/desk.py")


def test_import_scanner_resolves_relative_and_nested_imports(tmp_path):
    source = tmp_path / "thing.py"
    source.write_text(
        "from ..core import storage\n"
        "def later():\n"
        "    from fulfil_desk.core.storage.repos import OrderRepo\n"
        "    import PySide6.QtCore\n",
        "utf-8",
    )
    found = imported_modules(source, "fulfil_desk.ui.thing")
    assert "fulfil_desk.core.storage" in found
    assert "fulfil_desk.core.storage.repos" in found
    assert "PySide6.QtCore" in found


def test_core_never_imports_pyside6():
    bad = _offenders(CORE, {"PySide6", "shiboken6"})
    assert not bad, "core/ must run headless, without Qt: " + "; ".join(bad)


def test_only_storage_touches_sqlite():
    outside = [p for p in FILES if p not in STORAGE]
    bad = _offenders(outside, {"sqlite3", "sqlite_utils"})
    assert not bad, "only fulfil_desk/core/storage/ may use SQLite: " + "; ".join(bad)


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_ui_and_cli_talk_to_the_desk_not_to_storage(layer):
    files = UI if layer == "ui" else [CLI]
    bad = _offenders(files, {"fulfil_desk.core.storage"})
    assert not bad, "ui/ and cli.py must go through Desk: " + "; ".join(bad)


def test_no_module_is_over_400_lines():
    long = [
        f"{_rel(p)} has {n} lines"
        for p in FILES
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, f"split modules over {MAX_LINES} lines: " + "; ".join(long)


def _app_instance_lookups(path: Path) -> list[int]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "instance"
        ):
            continue
        owner = node.func.value
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
        if name in APP_CLASSES:
            lines.append(node.lineno)
    return lines


def test_ui_gets_dependencies_passed_in_not_from_qapplication_instance():
    bad = [
        f"{_rel(p)} line {', '.join(map(str, lines))}"
        for p in UI
        if _rel(p) not in APP_LOOKUP_ALLOWED and (lines := _app_instance_lookups(p))
    ]
    assert not bad, "QApplication.instance() lookup outside ui/app.py: " + "; ".join(bad)


def test_instance_lookup_detector_finds_a_lookup(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text(
        "from PySide6 import QtWidgets\n"
        "app = QtWidgets.QApplication.instance()\n"
        "other = QCoreApplication.instance()\n"
        "fine = something.instance()\n",
        "utf-8",
    )
    assert _app_instance_lookups(sample) == [2, 3]
