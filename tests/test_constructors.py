"""The shape of constructors: the Desk is a façade of services, each service takes typed
collaborators by keyword and keeps to its own names, and ui/ classes take their arguments by
keyword."""

from __future__ import annotations

import ast
from pathlib import Path

from test_architecture import CORE, UI, _rel

from fulfil_desk.core.desk import Desk


def test_the_desk_is_a_facade_not_a_pile_of_mixins():

    assert Desk.__mro__ == (Desk, object)


def _services(path: Path) -> list[ast.ClassDef]:
    """The classes of `path` built on the Desk or its context: an __init__ taking `ctx` or
    `desk` (the services, and the bench that routes scans to them)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(
            isinstance(item, ast.FunctionDef)
            and item.name == "__init__"
            and {"ctx", "desk"} & {a.arg for a in item.args.args + item.args.kwonlyargs}
            for item in node.body
        )
    ]


def positional_collaborators(path: Path) -> list[str]:
    """Services whose collaborators are not keyword-only arguments."""
    bad = []
    for cls in _services(path):
        init = next(i for i in cls.body if isinstance(i, ast.FunctionDef) and i.name == "__init__")
        if [a.arg for a in init.args.args] != ["self"]:
            bad.append(f"{cls.name}({', '.join(a.arg for a in init.args.args[1:])})")
    return bad


def untyped_collaborators(path: Path) -> list[str]:
    """Services with a collaborator of no type: a dependency mypy and a reader cannot follow."""
    bad = []
    for cls in _services(path):
        init = next(i for i in cls.body if isinstance(i, ast.FunctionDef) and i.name == "__init__")
        untyped = [a.arg for a in init.args.kwonlyargs if a.annotation is None]
        if untyped:
            bad.append(f"{cls.name}({', '.join(untyped)})")
    return bad


def reaches_into_others(path: Path) -> list[str]:
    """`self._collaborator._private`: a service using another's private names."""
    found = []
    for cls in _services(path):
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and isinstance(node.value, ast.Attribute)
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id == "self"
                and node.value.attr.startswith("_")
                and node.value.attr != "_ctx"
                and not _is_repo(cls, node.value.attr)
            ):
                found.append(f"{cls.name} line {node.lineno}: self.{node.value.attr}.{node.attr}")
    return found


def _is_repo(cls: ast.ClassDef, attr: str) -> bool:
    """`self._x = SomethingRepo(ctx.db)` in __init__: its own repository, not a service."""
    for node in ast.walk(cls):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Attribute) and t.attr == attr for t in node.targets)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "").endswith(("Repo", "Counts"))
        ):
            return True
    return False


def test_services_take_typed_collaborators_by_keyword_and_keep_to_their_own_names():
    positional = [f"{_rel(p)}: {b}" for p in CORE for b in positional_collaborators(p)]
    assert not positional, "keyword-only collaborators: " + "; ".join(positional)
    untyped = [f"{_rel(p)}: {b}" for p in CORE for b in untyped_collaborators(p)]
    assert not untyped, "typed collaborators: " + "; ".join(untyped)
    reaching = [f"{_rel(p)}: {r}" for p in CORE for r in reaches_into_others(p)]
    assert not reaching, "no service uses another's private names: " + "; ".join(reaching)


def test_the_service_checks_catch_what_they_forbid(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "class S:\n"
        "    def __init__(self, ctx, stock):\n"
        "        self._ctx, self._stock = ctx, stock\n"
        "        self._repo = ThingRepo(ctx.db)\n"
        "    def f(self):\n"
        "        self._repo._cache.clear()\n"
        "        return self._stock._post(1)\n",
        "utf-8",
    )
    assert positional_collaborators(bad) == ["S(ctx, stock)"]
    untyped = tmp_path / "untyped.py"
    untyped.write_text(
        "class T:\n    def __init__(self, *, ctx: DeskContext, stock, flow: FlowService):\n"
        "        self._ctx, self._stock, self._flow = ctx, stock, flow\n",
        "utf-8",
    )
    assert untyped_collaborators(untyped) == ["T(stock)"]
    assert untyped_collaborators(bad) == []  # positional: the check before says so
    assert reaches_into_others(bad) == ["S line 7: self._stock._post"]


# "ui/file.py:Class" -> why: a class whose constructor Qt itself calls with positional
# arguments (none today). A dataclass writes no __init__ and is not checked.
QT_CALLS_POSITIONALLY: dict[str, str] = {}


def positional_parameters(path: Path) -> list[str]:
    """Classes of `path` whose __init__ takes a parameter beyond `self` positionally."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    bad = []
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        for init in cls.body:
            if not (isinstance(init, ast.FunctionDef) and init.name == "__init__"):
                continue
            args = init.args
            names = [a.arg for a in args.posonlyargs + args.args][1:]
            names += [f"*{args.vararg.arg}"] if args.vararg else []
            if names:
                bad.append(f"{cls.name}({', '.join(names)})")
    return bad


def test_ui_classes_take_their_arguments_by_keyword():
    """Widgets, dialogs, models, workers and the controller: `__init__(self, *, controller,
    parent=None)`, so a caller names what it passes and a new parameter moves no other."""
    bad = [
        f"{_rel(p)}: {b}"
        for p in UI
        for b in positional_parameters(p)
        if f"{_rel(p)}:{b.partition('(')[0]}" not in QT_CALLS_POSITIONALLY
    ]
    assert UI
    assert not bad, "keyword-only constructor arguments in ui/: " + "; ".join(bad)


def test_the_widget_check_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "bad_widget.py"
    bad.write_text(
        "class Page(QWidget):\n"
        "    def __init__(self, controller, parent=None):\n"
        "        super().__init__(parent)\n"
        "        class Inner:\n"
        "            def __init__(self, text, /, *, size): ...\n"
        "class Worker(QThread):\n"
        "    def __init__(self, *args, parent=None): ...\n"
        "class Fine(QDialog):\n"
        "    def __init__(self, *, controller, parent=None): ...\n"
        "class NoInit(QLabel):\n"
        "    pass\n",
        "utf-8",
    )
    assert positional_parameters(bad) == [
        "Page(controller, parent)",
        "Worker(*args)",
        "Inner(text)",
    ]
