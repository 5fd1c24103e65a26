"""The command line in Korean and Chinese: its words, its help and click's own words, and how
the language is chosen (--lang, else the station's setting, else LANG)."""

from __future__ import annotations

import gettext
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from babel.messages.extract import extract_from_file
from click.testing import CliRunner

from fulfil_desk.cli import main
from fulfil_desk.cli_gettext import (
    CLICK_LANGUAGES,
    click_locale_dir,
    click_message_ids,
    mo_bytes,
    mo_path,
)
from fulfil_desk.cli_help import WordedCommand, WordedGroup, help_term, option_name, option_term
from fulfil_desk.cli_table import width
from fulfil_desk.core.wording.catalogue import ENGLISH

# click's message ids no person meets here: mistakes in a program's own definitions, Windows,
# shell completion, an editor, a progress bar, a prompt, a deprecation and types the commands
# do not use. 'file', 'directory' and 'path' are fixed when a command is defined, before any
# language is chosen; our help texts are the catalogue's, not click's "Show this message".
NOT_FOR_PEOPLE = {
    "d", "{editor}: Editing failed", "{editor}: Editing failed: {e}", "Windows error: {error}",
    "deprecated", "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Value must be an iterable.", "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "env var: {var}", "(dynamic)", "Do you want to continue?",
    "Confirm the action without prompting.", "Show the version and exit.",
    "Show this message and exit.", "Missing {param_type}", "Missing parameter: {param_name}",
    "unknown error", "Could not open file {filename!r}: {message}",
    "Invalid start character for option ({option})", "Argument {name!r} takes {nargs} values.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Repeat for confirmation", "Error: The two entered values do not match.",
    "Unknown color {colour!r}", "Press any key to continue...", "Choice({choices})",
    "{value!r} is not a valid boolean. Recognized values: {states}",
    "{value!r} is not a valid UUID.", "file", "directory", "path",
    "{name} {filename!r} is not executable.", "Unknown standard stream '{name}'",
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."),
    ("{value!r} does not match the format {format}.",
     "{value!r} does not match the formats {formats}."),
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."),
}  # fmt: skip
CLICK_SAYS_THROUGH_A_VARIABLE = {"required"}  # _(extra["required"]): no extractor finds it
CLICK_PARAMETERS = (  # what click fills its words with
    "default", "message", "command", "option", "name", "args", "nargs", "choices", "choice",
    "possibility", "possibilities", "param_hint", "value", "number_type", "range", "filename",
)  # fmt: skip


def clicks_message_ids() -> set:
    found = set()
    for source in sorted(Path(click.__file__).parent.glob("*.py")):
        keywords = {"_": None, "gettext": None, "ngettext": (1, 2)}
        found |= {msg for _, msg, _, _ in extract_from_file("python", str(source), keywords)}
    return found


def test_every_click_message_a_person_meets_is_in_the_catalogue():
    ours = set(click_message_ids().values())
    assert clicks_message_ids() - ours - NOT_FOR_PEOPLE == set()  # a new click says more
    assert ours - clicks_message_ids() - CLICK_SAYS_THROUGH_A_VARIABLE == set()  # a typo


@pytest.mark.parametrize("lang", CLICK_LANGUAGES)
def test_the_shipped_mo_files_are_what_the_catalogue_compiles_to(lang):
    shipped = mo_path(lang, click_locale_dir())

    def words(mo: bytes) -> dict:
        found = gettext.GNUTranslations(io.BytesIO(mo))._catalog  # type: ignore[attr-defined]
        return {msgid: text for msgid, text in found.items() if msgid != ""}  # not the header

    assert words(shipped.read_bytes()) == words(mo_bytes(lang)), (
        "run: python -m fulfil_desk.cli_gettext"
    )


@pytest.mark.parametrize("lang", CLICK_LANGUAGES)
def test_clicks_words_format_with_clicks_parameters(lang):
    words = gettext.GNUTranslations(io.BytesIO(mo_bytes(lang)))
    given = dict.fromkeys(CLICK_PARAMETERS, "x")
    for msgid in click_message_ids().values():
        for n in (1, 2):
            text = words.ngettext(*msgid, n) if isinstance(msgid, tuple) else words.gettext(msgid)
            said = text % {"prog": "p", "version": "1"} if "%(" in text else text.format(**given)
            assert "{" not in said and said.strip(), (lang, msgid)


def test_every_command_and_option_has_its_help_in_the_catalogue():
    def walk(command, path, ctx):
        assert isinstance(command, WordedCommand | WordedGroup), path
        assert help_term(path).key in ENGLISH, path
        for param in command.get_params(ctx):
            if isinstance(param, click.Option):
                key = option_term(ENGLISH, path, option_name(ctx, param)).key
                assert key in ENGLISH, (path, param.opts)
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name], click.Context(sub, parent=ctx, info_name=name))
        yield path

    assert len(list(walk(main, [], click.Context(main, info_name="fulfil-desk")))) > 50


# ---- Korean and Chinese, in-process on a demo shop ---------------------------------------------


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shop")
    assert say(folder, "demo", "--no-history", "--orders", "6").exit_code == 0
    return folder


def say(folder: Path, *args: str, input: str | None = None):
    runner = CliRunner(env={"HOME": str(folder), "LANGUAGE": None})
    db = ["--db", str(folder / "shop.db")]
    return runner.invoke(main, [*db, *args], input=input, prog_name="fulfil-desk")


def test_korean(shop):
    orders = say(shop, "--lang", "ko", "orders")
    header, first, *_ = orders.stdout.splitlines()
    assert header.split()[:4] == ["ID", "판매처", "주문번호", "상태"] and "신규" in first
    assert re.search(
        r" \d{4}\. \d{1,2}\. \d{1,2}\. \([월화수목금토일]\) \d\d:\d\d ", first
    )  # ship-by
    refused = say(shop, "--lang", "ko", "ship", "1", "--courier", "NOPE", "--tracking", "1")
    assert refused.exit_code == 1 and "택배사 코드 'NOPE'은(는) 없습니다" in refused.stderr
    holidays = say(
        shop, "--lang", "ko", "holidays", "list", "--from", "2026-12-25", "--to", "2026-12-25"
    )
    assert (
        holidays.stdout.split()[:4] == ["날짜", "구분", "택배사", "이름"]
        and "공휴일" in holidays.stdout
    )
    usage = say(shop, "--lang", "ko", "label")
    assert usage.exit_code == 2 and "오류: 필수 인수가 없습니다: 'ORDER...'." in usage.stderr
    helped = say(shop, "--lang", "ko", "orders", "--help").stdout
    assert helped.startswith("사용법: fulfil-desk orders") and "주문 목록을 출고예정일이" in helped
    assert "옵션:" in helped and "이 도움말을 보여 주고 끝냅니다." in helped


def test_chinese(shop):
    orders = say(shop, "--lang", "zh_CN", "orders")
    assert (
        orders.stdout.split()[:4] == ["ID", "平台", "订单号", "状态"] and "待审核" in orders.stdout
    )
    assert re.search(r" \d{4}年\d{1,2}月\d{1,2}日 周[一二三四五六日] \d\d:\d\d ", orders.stdout)
    refused = say(shop, "--lang", "zh_CN", "ship", "1", "--courier", "CJGLS", "--tracking", "1")
    assert refused.exit_code == 1 and "处于「审核」步骤" in refused.stderr
    holidays = say(shop, "--lang", "zh_CN", "holidays", "list", "--to", "2027-12-31")
    assert "法定节假日" in holidays.stdout
    wrong = say(shop, "--lang", "zh_CN", "ordrs")
    assert "错误：没有命令 'ordrs'。" in wrong.stderr and "您是否要输入" in wrong.stderr
    helped = say(shop, "--lang", "zh_CN", "stock", "--help").stdout
    assert (
        helped.startswith("用法： fulfil-desk stock") and "选项：" in helped and "命令：" in helped
    )


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_help_is_wrapped_to_the_terminal_by_columns_on_screen(shop, lang):
    def pages(command, path):
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from pages(sub, [*path, name])

    for path in pages(main, []):
        text = say(shop, "--lang", lang, *path, "--help").stdout
        too_wide = [  # but an option's choices, [a|b|c], that cannot be broken
            line for line in text.splitlines() if width(line) > 80 and "|" not in line
        ]
        assert too_wide == [], path


def test_a_badge_with_a_language_switches_the_headless_bench_unless_lang_chose(shop):
    assert say(shop, "--lang", "en", "packers", "add", "王芳", "--lang", "zh_CN").exit_code == 0
    scans = "BADGE-0001\nNOTACODE\n"
    runner = CliRunner(env={"HOME": str(shop), "FULFIL_DESK_LANG": None, "LANG": "C.UTF-8",
                            "LC_ALL": None, "LC_MESSAGES": None, "LANGUAGE": None})  # fmt: skip
    done = runner.invoke(main, ["--db", str(shop / "shop.db"), "--station", "B", "bench"], scans)
    badge, unknown = done.stdout.splitlines()
    assert badge.startswith("ok queue - 包装人员 王芳") and "NOTACODE" in unknown
    assert not unknown.isascii()
    pinned = say(shop, "--lang", "en", "--station", "B", "bench", input=scans)
    assert pinned.stdout.startswith("ok queue - Packer 王芳 at station B.\nrefused queue - No ")


# ---- choosing the language, in a real process ------------------------------------------------


def fulfil_desk(db: Path, *args: str, **env: str):
    """The real command, with no --lang or FULFIL_DESK_LANG from the tests' own environment."""
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FULFIL_DESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    }
    return subprocess.run(
        [sys.executable, "-m", "fulfil_desk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**base, "HOME": str(db.parent), "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", **env},
        timeout=120,
    )


def test_lang_then_the_stations_setting_then_lang_choose(tmp_path):
    db = tmp_path / "shop.db"
    assert fulfil_desk(db, "--lang", "en", "demo", "--no-history", "--orders", "2").returncode == 0
    assert (
        fulfil_desk(db, "--station", "A", "settings", "language", "ko").stdout
        == 'language = "ko"\n'
    )
    assert fulfil_desk(db, "--station", "B", "settings", "language").stdout == "language = null\n"
    heading = {  # the orders table's first titles, as each case reads them
        "station A's setting": fulfil_desk(db, "--station", "A", "orders"),
        "--lang over it": fulfil_desk(db, "--station", "A", "--lang", "en", "orders"),
        "FULFIL_DESK_LANG too": fulfil_desk(
            db, "--station", "A", "orders", FULFIL_DESK_LANG="zh_CN"
        ),
        "station B: LANG": fulfil_desk(db, "--station", "B", "orders", LANG="zh_CN.UTF-8"),
        "station B, LANG=C": fulfil_desk(db, "--station", "B", "orders"),
    }
    assert {case: done.stdout.split()[1] for case, done in heading.items()} == {
        "station A's setting": "판매처",
        "--lang over it": "MARKETPLACE",
        "FULFIL_DESK_LANG too": "平台",
        "station B: LANG": "平台",
        "station B, LANG=C": "MARKETPLACE",
    }
    helped = fulfil_desk(db, "--station", "A", "--help")  # help and usage errors too
    assert helped.stdout.startswith("사용법:") and "명령:" in helped.stdout
    assert (
        "오류: '--bogus' 옵션이 없습니다."
        in fulfil_desk(db, "--station", "A", "orders", "--bogus").stderr
    )
    fresh = tmp_path / "none" / "shop.db"
    assert fulfil_desk(fresh, "--help", LANG="ko_KR.UTF-8").stdout.startswith("사용법:")
    assert not fresh.parent.exists()  # no database is made to read a setting for help
