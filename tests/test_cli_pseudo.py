"""Every command, and every command's --help, in the pseudo-language: a word a person reads
outside ⟦…⟧ skipped the catalogue. The commands are found by walking `main`, so a new one is
covered (and fails here until ARGS says what to give it); they run in-process (click's
CliRunner, the same `main`) on a copy of one demo shop, and what may stand unwrapped is that
shop's data, read from it: order numbers, names, addresses, SKUs, products, holidays, settings.
"""

from __future__ import annotations

import getpass
import json
import re
import shutil
from dataclasses import astuple
from datetime import date, timedelta
from pathlib import Path

import click
import pytest
from babel.dates import get_day_names, get_month_names
from click.testing import CliRunner

from fulfil_desk.cli import main
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.storage.copies.shop_copy import TABLES
from fulfil_desk.core.wording.catalogue import ENGLISH
from fulfil_desk.core.wording.languages import NATIVE_NAMES

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
MAPPING = SAMPLES / "mapping-korean-shop.json"
TODAY = date.today()
SOON = (TODAY + timedelta(days=20)).isoformat()  # a shop holiday the setup adds
LATER = (TODAY + timedelta(days=23)).isoformat()
YEAR = str(TODAY.year + 1)
PERIOD = (
    "--from",
    f"{TODAY - timedelta(days=30)}T00:00:00+09:00",
    "--to",
    f"{TODAY}T00:00:00+09:00",
)


def walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from walk(command.commands[name], (*path, name))


COMMANDS = [(path, command) for path, command in walk(main) if path]

# What each command is given on the demo shop; {order} and {sku} are the shop's, {dir} the
# folder the command runs in (a copy of the shop of its own), {keep} a backup of the shop.
ARGS: dict[str, tuple[str, ...]] = {
    "at-risk": (),
    "backup": ("{dir}/copy.db",),
    "backups": (),
    "bench": (),  # its scans are INPUT's
    "capacity": ("--days", "3"),
    "commands": ("--out", "{dir}/sheet.pdf"),
    "couriers": (),
    "couriers.performance": (),
    "in-transit": ("--all",),
    "delivered": ("{order}",),
    "delivery": ("{order}", "--promised", SOON),
    "exchange": ("{order}", "--sku", "{sku}"),  # refused: not shipped
    "db.move": ("--to", "{dir}/moved.db"),
    "db.roles": ("shop; DROP", "--owner", "desk_owner", "--station", "desk_station"),  # refused
    "demo": ("--orders", "2"),
    "export-tracking": ("--format", "csv", "--out", "{dir}/tracking.csv"),
    "feedback.add": ("{order}", "--rating", "1", "--text", "파손"),
    "feedback.answer": ("1", "--text", "죄송합니다"),
    "feedback.list": ("--unanswered",),
    "holidays": (),
    "holidays.add": (LATER, "--name", "창립기념일"),
    "holidays.list": ("--from", f"{TODAY}", "--to", f"{TODAY + timedelta(days=400)}"),
    "holidays.load-country": ("CN", "--year", YEAR),
    "holidays.remove": (SOON,),
    "import": (str(SAMPLES / "orders.csv"),),
    "incident": (),
    "incident.add": ("{order}", "--kind", "chargeback", "--reason", "포장 파손"),
    "incident.list": ("{order}",),
    "inquiries": (),
    "inquiries.add": ("--order", "{order}", "--subject", "배송 문의"),
    "inquiries.answer": ("1",),
    "inquiries.list": ("--all",),
    "label": ("{order}", "--out", "{dir}/label.pdf"),  # refused: the order is not packed
    "customs": ("{order}", "--out", "{dir}/cn22.pdf"),  # refused: it crosses no border
    "pccc": ("{order}", "P123456789012"),
    "layouts": (),
    "layouts.add": (str(Path(__file__).parent.parent / "resources/label_layouts/4x6.json"),),
    "layouts.export": ("cj-standard", "--out", "{dir}/cj.json"),
    "layouts.remove": ("small-packet",),  # refused: a built-in one
    "mapping": (),
    "mapping.delete": ("korean-shop",),
    "mapping.list": (),
    "mapping.save": (
        "another",
        "--order-number",
        "주문번호",
        "--ordered-at",
        "주문일시",
        "--recipient-name",
        "받는분",
        "--address1",
        "주소",
        "--sku",
        "상품코드",
        "--quantity",
        "수량",
    ),
    # The message is in the buyer's language, not the reader's: saved, the command says where.
    "message": ("{order}", "--kind", "delay", "--out", "{dir}/message.txt"),
    "notice": (),
    "notice.add": (
        "--id",
        "PN-2",
        "--marketplace",
        "amazon",
        "--metric",
        "order_defect_rate",
        *PERIOD,
    ),
    "notice.answered": ("PN-1",),
    "notice.list": (),
    "notice.plan": ("PN-1", "--corrective", "재고 확인", "--preventive", "안전재고"),
    "notice.show": ("PN-1",),
    "handover.list": (),
    "handover.open": ("CJGLS", "--out", "{dir}/handover.pdf"),
    "handover.show": ("1",),  # refused: no list closed
    "orders": (),
    "packers": (),
    "packers.add": ("王芳", "--lang", "zh_CN"),
    "packers.remove": ("김민준",),
    "poa": ("PN-1", "--out", "{dir}/poa.pdf"),
    "products": (),
    "products.import": (str(SAMPLES / "products.csv"),),
    "products.customs": ("{sku}", "--hs", "6912.00", "--origin", "CN", "--description", "Mug"),
    "purge-personal-data": ("--dry-run", "--older-than", "1"),
    "reship": ("{order}", "--reason", "lost"),  # refused: not shipped
    "restore": ("{keep}", "--yes"),
    "return": ("{order}", "--sku", "{sku}", "--condition", "damaged"),  # refused: not shipped
    "returns": (),
    "scores": (),
    "scores.orders": ("amazon", "order_defect_rate"),
    "scores.target": ("coupang", "on_time_shipment", "95%"),
    "settings": (),
    "ship": ("{order}", "--courier", "CJGLS", "--tracking", "1"),  # refused: not labelled
    "ship-by": ("--ordered-at", f"{TODAY}T10:00:00+09:00", "--lead-days", "1"),
    "stats": (),
    "waybills.add": ("CJGLS", "--from", "700000000001", "--to", "700000000100"),
    "waybills.list": (),
    "waybills.void": ("700000000001", "--reason", "찢어짐"),  # refused: never given
    "stock": (),
    "stock.adjust": ("{sku}", "-1", "--reason", "damaged"),
    "stock.count": ("{sku}", "30"),
    "stock.export-shippable": ("--out", "{dir}/shippable.csv"),
    "stock.limits": ("{sku}", "--safety", "2"),
    "stock.low": (),
    "stock.receive": ("{sku}", "5"),
    "tracking-check": ("UPS", "1Z999AA10123456784"),
}
INPUT = {"bench": "\n{order}\nSAVE\nBACK\nNOTACODE\n"}
# The window, not the command line: tests/ui/test_pseudo_language.py walks it.
NOT_RUN = {"gui"}


def invoke(folder: Path, *args: str, stdin: str | None = None):
    runner = CliRunner(env={"HOME": str(folder), "XDG_DATA_HOME": str(folder), "LANGUAGE": None})
    return runner.invoke(
        main, ["--db", str(folder / "shop.db"), *args], input=stdin, prog_name="fulfil-desk"
    )


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """The demo shop, with a packer, holidays, an inquiry, a notice, an incident, a column
    mapping and a backup; and what it holds that may stand unwrapped."""
    folder = tmp_path_factory.mktemp("demo-shop")
    assert invoke(folder, "demo", "--no-history", "--orders", "12").exit_code == 0
    desk = Desk.open(folder / "shop.db")
    first = desk.orders.orders()[0]
    desk.close()
    order, sku = first.order_number, first.lines[0].sku
    for step in [
        ("packers", "add", "김민준", "--supervisor"),
        ("holidays", "add", SOON, "--name", "여름휴가"),
        ("holidays", "load-country", "CN", "--year", YEAR),
        ("stock", "limits", sku, "--reorder", "100"),
        ("inquiries", "add", "--order", order, "--subject", "배송 문의"),
        ("notice", "add", "--id", "PN-1", "--marketplace", "amazon", "--metric",
         "late_shipment_rate_10d", *PERIOD),
        ("incident", "add", order, "--kind", "negative_feedback", "--reason", "늦은 배송"),
        ("mapping", "save", "korean-shop", "--from-json", str(MAPPING)),
        ("backup", str(folder / "keep.db")),
    ]:  # fmt: skip
        done = invoke(folder, "--lang", "en", *step)
        assert done.exit_code == 0, (step, done.output)
    desk = Desk.open(folder / "shop.db")
    data = shop_data(desk)
    desk.close()
    return {"folder": folder, "order": order, "sku": sku, "keep": str(folder / "keep.db")}, data


def shop_data(desk: Desk) -> set[str]:
    """Every text the shop holds: what a command shows as it is, in any language."""
    texts = {getpass.getuser(), *NATIVE_NAMES.values()}
    for o in desk.orders.orders():
        texts |= {o.marketplace, o.order_number, *astuple(o.ship_to)}
        texts |= {text for line in o.lines for text in (line.sku, line.title)}
        texts |= {i["reason"] for i in desk.scores.incidents(o.id)}
    for p in desk.products.products():
        texts |= {p.sku, p.name, p.bin_location, *p.barcodes}
    texts |= {text for p in desk.packers.packers() for text in (p["name"], p["badge"])}
    texts |= {d["name"] for d in desk.calendar.holiday_list(None, None)}
    texts |= {text for c in CourierRegistry.load().all() for text in (c.code, c.country)}
    texts |= set(_flattened(desk.settings.all()))
    texts |= {q["subject"] for q in desk.notices.inquiries(open_only=False)}
    texts |= {m.name for m in desk.exchange.mappings()}
    texts |= set(desk.layouts.names())  # a label layout's name is its file's: 4x6, cj-standard
    texts |= {t for m in desk.exchange.mappings() for pair in m.columns.items() for t in pair}
    texts |= set(TABLES)  # `db move` lists the rows of each table by the database's names
    return {t for t in texts if isinstance(t, str) and t.strip()}


def _flattened(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _flattened(item)
    elif isinstance(value, list):
        for item in value:
            yield from _flattened(item)
    elif isinstance(value, str):
        yield value


# ---- what may stand outside ⟦…⟧ --------------------------------------------------------------

_WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
_PATHS = re.compile(r"\S*/\S*")
_SEPARATORS = re.compile(r"[\s,;:()\[\]{}|=\"'`<>…!?→·]+")
# A date is data: the pseudo-language writes it as English does, through Babel.
DATE_WORDS = {
    name
    for names in (
        get_day_names("abbreviated", locale="en"),
        get_month_names("abbreviated", locale="en"),
    )
    for name in names.values()
}
# The bench's protocol (ok|refused PAGE …), the program's name, JSON's words
PROTOCOL = {"ok", "refused", "fulfil-desk", "null", "true", "false"}
PROTOCOL |= {key.split(".", 1)[1] for key in ENGLISH if key.startswith("page.")}


def unwrapped_words(text: str, data: set[str], *, typed: set[str] = frozenset()) -> list[str]:
    """The words of `text` that are outside ⟦…⟧ and are neither the shop's data nor a code
    (letters with a digit or an underscore), a path, a date's word or, in help, what a person
    types (`typed`: commands, options, choices, and placeholders in capitals)."""
    while (inner := _WRAPPED.sub(" ", text)) != text:
        text = inner
    found = [f"stray bracket in {text!r}"] if "⟦" in text or "⟧" in text else []
    for item in sorted((d for d in data if " " in d), key=len, reverse=True):
        text = text.replace(item, " ")
    text = _PATHS.sub(" ", text)
    for token in _SEPARATORS.split(text.replace("⟦", " ").replace("⟧", " ")):
        word = token.strip(".-%")
        if not re.search(r"[^\W\d_]", word) or re.search(r"[\d_]", word):
            continue  # no letters, or a code (DEMO-MUG, 2026-12-07, on_hold)
        if word in data or word in PROTOCOL or word in DATE_WORDS or word in typed:
            continue
        if typed and word.isupper():
            continue  # a placeholder in help: ORDER, FILE, [OPTIONS]
        found.append(word)
    return found


def test_the_check_finds_a_word_that_skipped_the_catalogue():
    data = {"김민준", "DEMO-MUG", "머그컵 350ml 화이트"}
    assert (
        unwrapped_words("⟦Order ⟦new⟧⟧ 김민준 DEMO-MUG 머그컵 350ml 화이트 /tmp/a/b.pdf", data)
        == []
    )
    assert unwrapped_words("⟦Order⟧ shipped", data) == ["shipped"]
    assert unwrapped_words("⟦Order cut", data)[0].startswith("stray bracket")
    assert unwrapped_words("Mon 7 Dec 2026 ⟦at⟧ 14:00", data) == []
    assert unwrapped_words("Usage: x [OPTIONS]", data, typed={"x"}) == ["Usage"]


# ---- the walk ----------------------------------------------------------------------------------


def _ids(item) -> str:
    return ".".join(item[0])


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=list(map(_ids, COMMANDS)))
def test_every_command_speaks_only_through_the_catalogue(shop, tmp_path, path, command):
    where, data = shop
    name = ".".join(path)
    if name in NOT_RUN or (isinstance(command, click.Group) and not command.invoke_without_command):
        return  # a group that only lists its commands: its help page is checked below
    assert name in ARGS, f"give `fulfil-desk {' '.join(path)}` its arguments in ARGS"
    values = dict(where)
    as_json = any(p.name == "as_json" or "--json" in p.opts for p in command.params)
    for flags in (
        (("--lang", "pseudo"), ("--lang", "pseudo", "--json"))
        if as_json
        else (("--lang", "pseudo"),)
    ):
        folder = _copy(where["folder"], tmp_path / "-".join(flags))
        values["dir"] = str(folder)
        args = [a.format(**values) for a in ARGS[name]]
        stdin = INPUT.get(name, "").format(**values) or None
        done = invoke(folder, *flags, *path, *args, stdin=stdin)
        assert done.exception is None or isinstance(done.exception, SystemExit), done.exc_info
        assert done.exit_code in (0, 1, 2), done.output
        if "--json" in flags:
            if done.exit_code == 0 and done.stdout.strip():
                json.loads(done.stdout)  # machine-readable, whatever the language
            continue
        said = done.stdout + done.stderr
        assert said.strip(), f"{name} says nothing"
        assert unwrapped_words(said, data) == [], f"{name} {args}:\n{said}"


def _copy(shop_folder: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for part in shop_folder.glob("shop.db*"):
        shutil.copy(part, folder / part.name)
    return folder


def _typed(path: tuple[str, ...], command: click.Command) -> set[str]:
    """What a help page may show as typed: command names, option flags, choices."""
    words = {"fulfil-desk", *path}
    if isinstance(command, click.Group):
        words |= set(command.commands)
    for param in command.params:
        for flag in (*param.opts, *param.secondary_opts):
            words |= set(re.split(r"[-_]+", flag.lstrip("-"))) | {flag.lstrip("-")}
        if isinstance(param.type, click.Choice):
            words |= {str(c) for c in param.type.choices}
    return words | {"help", "version", "json", "x"}  # x: click's ranges, 0<=x<=100000


HELP_PAGES = [((), main), *COMMANDS]


@pytest.mark.parametrize(("path", "command"), HELP_PAGES, ids=[_ids(p) or "-" for p in HELP_PAGES])
def test_every_help_page_speaks_only_through_the_catalogue(tmp_path, path, command):
    done = invoke(tmp_path, "--lang", "pseudo", *path, "--help")
    assert done.exit_code == 0, done.output
    assert not (tmp_path / "shop.db").exists()  # --lang given: no database is opened for help
    assert unwrapped_words(done.stdout, set(), typed=_typed(path, command)) == [], done.stdout
    assert "⟦Usage:⟧" in done.stdout and "⟦Show this message and exit.⟧" in done.stdout
