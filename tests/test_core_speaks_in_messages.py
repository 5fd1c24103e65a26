"""The core says things as messages (keys and parameters); English lives in the catalogue.

Read with `ast`: no core module outside `core/wording/` holds prose (a string a person would
read as words), every `Message("key", …)` names a key of the catalogue with exactly the
template's parameters, and no message channel (`UserError`s, `Outcome`, `Changes`, problems
of a row, warnings) is handed a string.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from fulfil_desk.core.wording.catalogue import ENGLISH

PACKAGE = Path(__file__).resolve().parents[1] / "fulfil_desk"
CORE = PACKAGE / "core"

# Strings that are data, not words: the marketplaces' own column names, file names, codes.
_SQL_WORD = re.compile(
    r"\b(SELECT|FROM|WHERE|IS|NULL|NOT|AND|OR|CASE|WHEN|THEN|ELSE|END|ORDER BY|GROUP BY|"
    r"LIKE|ESCAPE|JOIN|INSERT|UPDATE|DELETE|CREATE|TABLE|INDEX|TRIGGER|VIEW|VALUES|SET|"
    r"PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|EXISTS|UNION|LIMIT|DISTINCT|"
    r"ALTER|GRANT|REVOKE|DROP|RAISE|EXCEPTION|GENERATED|IDENTITY|AFTER|BEFORE|"
    r"substr|length)\b"
)
_FILE_NAME = re.compile(r"\.(ttf|ttc|otf|json|csv|tsv|xlsx|pdf|db|txt|wav|png)\b")
_IDENTIFIERS = re.compile(r"^[\w.]+(\s*,\s*[\w.]+)*$")  # a column list
_NOT_WORDS = {  # calls whose strings are for programmers, patterns or data, never for people
    "ValueError", "TypeError", "RuntimeError", "AssertionError", "KeyError", "IndexError",
    "NotImplementedError", "LookupError", "OSError", "compile", "match", "fullmatch",
    "search", "sub", "split", "debug", "info", "warning", "error", "exception", "warn",
}  # fmt: skip


def is_prose(text: str) -> bool:
    """Words a person reads: a sentence, or a heading of two words or more."""
    bare = re.sub(r"\{[^}]*\}", " ", text)
    if _SQL_WORD.search(bare) or _FILE_NAME.search(bare) or bare.lstrip().startswith("--"):
        return False
    if _IDENTIFIERS.match(bare.strip()):
        return False
    words = re.findall(r"[A-Za-z]{2,}", bare)
    if len(words) < 2 or not re.search(r"[A-Za-z]{2,}[ ,:;.!?'’]+[A-Za-z]{2,}", bare):
        return False
    if len(words) >= 4 or re.search(r"[a-z][.!?:;](\s|$)", bare):
        return True
    return bool(re.match(r"\s*[A-Z][a-z]+ [a-z]", bare))


def _called(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def prose_in(path: Path) -> list[str]:
    """`line: text` of each string in the module that reads as words."""
    tree = ast.parse(path.read_text("utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call) and _called(node.func) in _NOT_WORDS:
            skipped.update(id(sub) for sub in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
            text = "".join(
                part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if is_prose(text):
            found.append(f"{node.lineno}: {text[:70]!r}")
    return found


def _core_modules() -> list[Path]:
    return sorted(
        p
        for p in CORE.rglob("*.py")
        if "__pycache__" not in p.parts and "wording" not in p.relative_to(CORE).parts
    )


def test_no_core_module_builds_an_english_sentence():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{hit}"
        for path in _core_modules()
        for hit in prose_in(path)
    ]
    assert offenders == [], "English outside core/wording/ (make it a Message):\n" + "\n".join(
        offenders
    )


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Order {order} is at {step}, not tracking.", True),
        ("Ship by", True),
        ("No barcode: type this code", True),
        ("back to the queue; an order half done is put aside", True),
        ("ship to name", False),  # an eBay column
        ("bench.order_open", False),  # a message key
        ("NanumGothic.ttf", False),
        ("Arial Unicode.ttf", False),
        ("(state = 1 AND shipped IS NULL)", False),
        ("sku, name, bin_location, weight_g", False),
        ("%Y-%m-%d %H:%M", False),
        ("COURIER:HYUNDAI", False),
    ],
)
def test_prose_is_told_from_data(text, prose):
    assert is_prose(text) is prose


def test_the_prose_check_finds_a_sentence_in_a_raise(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        '"""A docstring is not said to anyone."""\n'
        "def f(order):\n"
        '    raise ValueError("a bug, for programmers")\n'
        "def g(order):\n"
        '    raise UserError(f"Order {order} is at verify, not tracking.")\n'
    )
    assert prose_in(module) == ["5: 'Order {} is at verify, not tracking.'"]


# ---- the catalogue ------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def message_calls(path: Path) -> list[tuple[int, str, set[str] | None]]:
    """(line, key, keyword names or None when **params) of each `Message("key", …)`."""
    calls = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and _called(node.func) == "Message" and node.args):
            continue
        key = node.args[0]
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            calls.append((node.lineno, "<not a literal key>", None))
            continue
        names = {kw.arg for kw in node.keywords}
        calls.append((node.lineno, key.value, None if None in names else names))  # type: ignore[misc]
    return calls


def catalogue_problems(path: Path, catalogue=ENGLISH) -> list[str]:
    problems = []
    for line, key, names in message_calls(path):
        where = f"{path.relative_to(PACKAGE.parent)}:{line}"
        entry = catalogue.get(key)
        if entry is None:
            problems.append(f"{where}: {key!r} is not in the catalogue")
            continue
        forms = (entry,) if isinstance(entry, str) else entry
        wanted = set().union(*(_fields(f) for f in forms)) | (set() if len(forms) == 1 else {"n"})
        if names is not None and names != wanted:
            problems.append(f"{where}: {key!r} takes {sorted(wanted)}, given {sorted(names)}")
    return problems


# The one module that builds a message from a key it did not write: a stored message read
# back (core/kernel/message_codec.py); its key was the catalogue's when it was stored.
_READS_STORED_KEYS = {
    PACKAGE / "core" / "kernel" / "message_codec.py",
    # A label layout file names catalogue keys; its loader refuses one not in the catalogue.
    PACKAGE / "core" / "labels" / "drawing.py",
}


def test_every_message_names_a_key_of_the_catalogue_with_its_parameters():
    files = [
        p
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and p not in _READS_STORED_KEYS
    ]
    problems = [problem for path in files for problem in catalogue_problems(path)]
    assert problems == []


def test_the_catalogue_check_catches_a_missing_key_and_a_wrong_parameter(tmp_path):
    module = PACKAGE / "core" / "_scratch_for_the_test.py"
    module.write_text(
        'Message("nowhere.key", order="1")\n'
        'Message("duration.seconds", seconds=3)\n'
        'Message("duration.seconds", s=3)\n'
    )
    try:
        problems = catalogue_problems(module)
    finally:
        module.unlink()
    assert len(problems) == 2
    assert "'nowhere.key' is not in the catalogue" in problems[0]
    assert "takes ['s'], given ['seconds']" in problems[1]


def test_every_template_is_well_formed():
    for key, entry in ENGLISH.items():
        for form in (entry,) if isinstance(entry, str) else entry:
            _fields(form)  # raises on a stray brace
            joins = key == "list.separator"  # ", " between a list's items: its space is meant
            assert form and (joins or form.strip() == form), key


# ---- the channels -------------------------------------------------------------------------------

_CHANNELS = {"Outcome", "next", "Changes", "for_orders", "RowProblem", "BadValue", "UserError"}


def _error_classes() -> set[str]:
    """UserError and every class of the core derived from one."""
    bases: dict[str, set[str]] = {}
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_called(b) for b in node.bases}
    found = {"UserError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def _is_text(node: ast.expr) -> bool:
    """A string made here: a literal, an f-string, a sum or a `.format`/`.join` of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and _is_text(node.func.value)
    return False


def strings_handed_to_people(path: Path, channels: set[str]) -> list[str]:
    """`line: channel` wherever a message channel is given a string instead of a Message."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and _called(node.func) in channels):
            continue
        given = [kw.value for kw in node.keywords if kw.arg in ("message", "reason")]
        if _called(node.func) not in ("RowProblem", "Changes", "for_orders"):
            given += node.args[:1]
        if any(_is_text(arg) for arg in given):
            found.append(f"{node.lineno}: {_called(node.func)}")
    return found


def test_no_message_channel_is_handed_a_string():
    channels = _CHANNELS | _error_classes()
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{hit}"
        for path in _core_modules()
        for hit in strings_handed_to_people(path, channels)
    ]
    assert offenders == []


def test_the_channel_check_catches_a_string_refusal(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "def f(n):\n"
        '    raise NotFound("x" + n)\n'
        "    raise NotFound(Message('order.none', order=n))\n"
        '    return Changes.for_orders(1, message="{} done".format(n))\n'
    )
    assert strings_handed_to_people(module, {"NotFound", "for_orders"}) == [
        "2: NotFound",
        "4: for_orders",
    ]
