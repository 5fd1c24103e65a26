"""The layering rules of DESIGN.md, checked by reading every module's imports with `ast`."""

from __future__ import annotations

import ast
import re
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
        elif isinstance(node, ast.Call) and _dynamic_import(node):
            found.add(node.args[0].value)
    return found


def _dynamic_import(call: ast.Call) -> bool:
    """`importlib.import_module("x")`, `import_module("x")` or `__import__("x")`."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return (
        name in ("import_module", "__import__")
        and bool(call.args)
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    )


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
CLI = [p for p in FILES if _rel(p).startswith("fulfil_desk/cli")]  # cli_*.py, cli_aftersales/
SQL = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)\b|ALTER\s+TABLE\b|PRAGMA\s+\w|WITH\s+\w+\s+AS\b)",
    re.IGNORECASE | re.DOTALL,
)


def test_the_rules_see_the_real_package():
    """Guards the rules below against passing on an empty or wrong file list."""
    names = {_rel(p) for p in FILES}
    assert {"fulfil_desk/cli.py", "fulfil_desk/core/desk.py"} <= names
    assert "fulfil_desk/core/storage/db.py" in {_rel(p) for p in STORAGE}
    assert _imports_any(PACKAGE / "core/storage/sqlite/engine.py", {"sqlite3", "sqlite_utils"})
    assert _imports_any(PACKAGE / "core/storage/postgres/engine.py", {"psycopg"})
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


SHELLS = {"PySide6", "shiboken6", "click", "fulfil_desk.ui", "fulfil_desk.cli"}


def _shell_modules(path: Path, module: str | None = None) -> list[str]:
    """Qt, click, the UI or a CLI module among what `path` imports (fulfil_desk.cli_x too)."""
    return sorted(
        name
        for name in imported_modules(path, module)
        if any(name == root or name.startswith(root + ".") for root in SHELLS)
        or name.startswith("fulfil_desk.cli_")
    )


def test_core_imports_no_shell():
    bad = [f"{_rel(p)} imports {', '.join(hits)}" for p in CORE if (hits := _shell_modules(p))]
    assert not bad, "core/ runs headless: no Qt, click, ui or cli: " + "; ".join(bad)


def test_only_storage_touches_sqlite():
    outside = [p for p in FILES if p not in STORAGE]
    bad = _offenders(outside, {"sqlite3", "sqlite_utils"})
    assert not bad, "only fulfil_desk/core/storage/ may use SQLite: " + "; ".join(bad)


def test_only_storage_touches_postgresql():
    outside = [p for p in FILES if p not in STORAGE]
    bad = _offenders(outside, {"psycopg"})
    assert not bad, "only fulfil_desk/core/storage/ may use PostgreSQL: " + "; ".join(bad)


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_ui_and_cli_talk_to_the_desk_not_to_storage(layer):
    files = UI if layer == "ui" else CLI
    assert files, layer
    bad = _offenders(files, {"fulfil_desk.core.storage"})
    assert not bad, "ui/ and cli*.py must go through Desk: " + "; ".join(bad)


def sql_outside_storage(path: Path) -> list[str]:
    """SQL text, or a use of a database object's own methods (`x._db.execute`, `._db.conn`),
    in `path`: only core/storage/ speaks SQL. Passing `self._db` on to a repository is the
    Desk's wiring and allowed."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"line {node.lineno}: SQL {node.value[:30]!r}")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in ("_db", "db", "conn")
            and node.attr in ("execute", "executemany", "query", "conn", "table", "atomic")
        ):
            found.append(f"line {node.lineno}: .{node.value.attr}.{node.attr}")
    return found


def test_no_sql_outside_storage():
    bad = [f"{_rel(p)} {', '.join(hits)}" for p in FILES if p not in STORAGE
           if (hits := sql_outside_storage(p))]  # fmt: skip
    assert not bad, "only fulfil_desk/core/storage/ speaks SQL: " + "; ".join(bad)


def test_the_checks_catch_what_they_forbid(tmp_path):
    """Each rule above fails on its violation (the scanners are what the rules run)."""
    core = tmp_path / "core_thing.py"
    core.write_text(
        "import importlib\n"
        "ui = importlib.import_module('fulfil_desk.ui.app')\n"
        "qt = __import__('PySide6.QtCore')\n"
        "import click\n"
        "from fulfil_desk.cli_shop import stock\n",
        "utf-8",
    )
    assert _shell_modules(core, "fulfil_desk.core.thing") == [
        "PySide6.QtCore", "click", "fulfil_desk.cli_shop", "fulfil_desk.cli_shop.stock",
        "fulfil_desk.ui.app",
    ]  # fmt: skip
    cli = tmp_path / "cli_thing.py"
    cli.write_text("from fulfil_desk.core.storage.repos import OrderRepo\n", "utf-8")
    assert "fulfil_desk.core.storage.repos" in imported_modules(cli, "fulfil_desk.cli_thing")
    raw = tmp_path / "raw.py"
    raw.write_text(
        "def f(desk):\n"
        "    desk._db.execute('UPDATE orders SET status = ?', ['new'])\n"
        "    rows = run('select * from events')\n"
        "    desk.repo = Repo(desk._db)\n",
        "utf-8",
    )
    assert len(sql_outside_storage(raw)) == 3  # the method call, and both SQL texts


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


MAX_MODULES = 16  # "about 15" per folder


def test_no_folder_holds_more_than_about_15_modules():
    folders: dict[str, int] = {}
    for path in FILES:
        if path.name != "__init__.py":
            folders[_rel(path.parent)] = folders.get(_rel(path.parent), 0) + 1
    big = [f"{folder} ({n})" for folder, n in folders.items() if n > MAX_MODULES]
    assert not big, "split folders of more than about 15 modules: " + "; ".join(big)


def test_every_package_is_in_the_distribution():
    """A folder of modules pyproject.toml does not list would be missing from an install."""
    import tomllib

    listed = set(
        tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {_rel(init.parent).replace("/", ".") for init in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
