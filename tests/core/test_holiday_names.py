"""A holiday's name in the reader's language: public holidays from the `holidays` package
and China's make-up workdays are kept with their names in each language and worded when read
(calendar list, messages that name a day); a name the shop typed stays as typed; rows stored
before, with one name only, are still read in each language."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.calendar.holidays import makeup_workdays, public_holidays
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import Wording

SEOLLAL = "2026-02-17"
SPRING_FESTIVAL = "2026-02-17"
MAKE_UP_SATURDAY = "2026-02-14"
CHUSEOK = "2026-09-25"  # after the test clock's day: a day that can still be marked


def words(lang: str) -> Wording:
    return Wording(lang=lang)


def named(desk, day: str, lang: str) -> list[str]:
    return [words(lang).value(d["name"]) for d in desk.calendar.holiday_list(day, day)]


@pytest.fixture
def chinese_shop(db_path):
    clock = FixedClock(datetime(2026, 2, 2, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    desk = Desk.open(db_path, clock=clock, actor="tester")
    desk.settings.set("country", "CN")
    desk.settings.set("timezone", "Asia/Shanghai")
    yield desk
    desk.close()


def test_a_korean_public_holiday_is_named_in_the_readers_language(desk):
    assert named(desk, SEOLLAL, "ko") == ["설날"]
    assert named(desk, SEOLLAL, "en") == ["Korean New Year"]
    # The package has no Chinese names for Korea: ours (resources/holiday_names.json).
    assert named(desk, SEOLLAL, "zh_CN") == ["春节"]
    assert named(desk, "2026-03-02", "zh_CN") == ["三一节替代公休日"]  # a substitute holiday
    assert named(desk, SEOLLAL, "pseudo") == ["⟦Korean New Year⟧"]


def test_a_chinese_public_holiday_and_make_up_workday_in_each_language(chinese_shop):
    assert named(chinese_shop, SPRING_FESTIVAL, "zh_CN") == ["春节"]
    assert named(chinese_shop, SPRING_FESTIVAL, "en") == ["Chinese New Year (Spring Festival)"]
    assert named(chinese_shop, SPRING_FESTIVAL, "ko") == ["춘절"]  # ours: the package has none
    assert named(chinese_shop, "2026-02-20", "ko") == ["조정 휴무일 (2026-02-14 근무와 교환)"]
    assert named(chinese_shop, MAKE_UP_SATURDAY, "zh_CN") == ["春节调休上班"]
    assert named(chinese_shop, MAKE_UP_SATURDAY, "en") == ["Spring Festival make-up workday"]
    assert named(chinese_shop, MAKE_UP_SATURDAY, "ko") == ["춘절 대체 근무일 (중국 조정 근무일)"]


def test_a_message_that_names_a_holiday_names_it_in_the_readers_words(desk):
    why = desk.calendar.calendar().reason_closed(date.fromisoformat(CHUSEOK))
    assert isinstance(why, Message)
    assert "추석" in words("ko")(why)
    assert "Chuseok" in words("en")(why)
    with pytest.raises(UserError) as refused:
        desk.calendar.add_non_shipping_day(CHUSEOK, "택배 휴무")
    assert "추석" in words("ko")(refused.value.message)
    assert "中秋节" in words("zh_CN")(refused.value.message)


def test_a_name_the_shop_typed_stays_as_typed_in_every_language(desk):
    desk.calendar.add_non_shipping_day("2026-07-01", "택배 휴무")
    for lang in ("ko", "zh_CN", "en", "pseudo"):
        assert named(desk, "2026-07-01", lang) == ["택배 휴무"]
    why = desk.calendar.calendar().reason_closed(date(2026, 7, 1))
    assert words("zh_CN")(why).count("택배 휴무") == 1


def test_the_stored_identity_is_the_english_name_whatever_the_process_locale(
    db_path, clock, monkeypatch
):
    """The package names days in the locale's language when it is not asked for one."""
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert dict(public_holidays("KR", 2026))[date(2026, 2, 17)].name("en") == "Korean New Year"
    desk = Desk.open(db_path, clock=clock, actor="tester")
    try:
        desk.calendar.holiday_list()
    finally:
        desk.close()
    with sqlite3.connect(db_path) as db:
        stored = db.execute("SELECT name FROM calendar_days WHERE day = ?", [SEOLLAL]).fetchone()
    assert stored == ("Korean New Year",)


@pytest.mark.parametrize(
    ("stored", "country", "day"),
    [
        ("Korean New Year", "KR", SEOLLAL),  # English, as the package gave it before
        ("설날", "KR", SEOLLAL),  # a Korean locale's name
        ("Spring Festival make-up workday (春节调休上班)", "CN", MAKE_UP_SATURDAY),
    ],
)
def test_a_day_stored_with_one_name_is_still_read_in_each_language(
    desk, db_path, stored, country, day
):
    desk.calendar.holiday_list()  # the years loaded once: not loaded again below
    desk.settings.set("country", country)
    desk.calendar.holiday_list()
    kind = "public" if country == "KR" else "workday"
    with sqlite3.connect(db_path) as db:  # a row as an older fulfil-desk wrote it
        db.execute("UPDATE calendar_days SET name = ?, names = '' WHERE day = ?", [stored, day])
    expected = {
        "KR": {"ko": "설날", "en": "Korean New Year"},
        "CN": {"zh_CN": "春节调休上班", "en": "Spring Festival make-up workday"},
    }
    rows = [r for r in desk.calendar.holiday_list(day, day) if r["kind"] == kind]
    for lang, name in expected[country].items():
        assert words(lang).value(rows[0]["name"]) == name


def test_a_stored_name_the_package_does_not_know_is_shown_as_stored(desk, db_path):
    desk.calendar.holiday_list()
    with sqlite3.connect(db_path) as db:
        db.execute(
            "UPDATE calendar_days SET name = 'Old name', names = '' WHERE day = ?", [SEOLLAL]
        )
    assert named(desk, SEOLLAL, "ko") == ["Old name"]


def test_every_korean_and_chinese_holiday_has_a_name_in_each_language():
    """Ten years of each: none left in English for a Korean or Chinese reader."""
    for country in ("KR", "CN"):
        for year in range(2024, 2034):
            for day, names in public_holidays(country, year):
                written = dict(names.by_language)
                assert set(written) == {"en", "ko", "zh_CN"}, (country, day)
                for lang in ("ko", "zh_CN"):
                    assert not re.search(r"[A-Za-z]{3,}", written[lang]), (day, written)


def test_make_up_workdays_carry_a_name_in_each_language():
    for day, names in makeup_workdays("CN", 2026):
        written = dict(names.by_language)
        assert set(written) == {"en", "ko", "zh_CN"}, day
        assert "调休上班" in written["zh_CN"] and "중국 조정 근무일" in written["ko"]


def test_holidays_list_words_each_day_in_the_commands_language(tmp_path):
    from cli_helpers import cli_runner, ok

    cli = cli_runner(tmp_path / "cli.db", tmp_path)
    ok(cli("holidays", "add", "2099-07-01", "--name", "택배 휴무"))
    this_year = datetime.now(ZoneInfo("Asia/Seoul")).year  # the command runs on the real clock
    day = next(d for d, n in public_holidays("KR", this_year) if n.name("en") == "Chuseok")
    chuseok = ("holidays", "list", "--from", day.isoformat(), "--to", day.isoformat())
    assert "추석" in ok(cli("--lang", "ko", *chuseok))
    assert "Chuseok" in ok(cli("--lang", "en", *chuseok))
    listed = ok(cli("--lang", "ko", "--json", "holidays", "list", "--from", "2099-07-01"))
    assert '"name": "택배 휴무"' in listed
    assert '"name": "추석"' in ok(cli("--lang", "ko", "--json", *chuseok))
