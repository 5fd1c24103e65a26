from __future__ import annotations

import json
from pathlib import Path

import pytest
from courier_helpers import s10_registry
from wording import said

from fulfil_desk.core.kernel.couriers import (
    Courier,
    CourierRegistry,
    TrackingCheck,
)
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.resources import resource_path


@pytest.fixture(scope="module")
def registry() -> CourierRegistry:
    return CourierRegistry.load()


# The data file


def test_every_courier_the_desk_needs_is_listed(registry):
    codes = {c.code for c in registry.all()}
    korean = {"CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST", "EMS", "KDEXP", "ILYANG", "CVSNET"}
    others = {"UPS", "USPS", "FEDEX", "DHL", "SF", "YUNEXPRESS", "CHINAPOST", "JAPANPOST"}
    assert codes >= korean | others | {"YAMATO", "SAGAWA"}


def test_every_courier_is_complete(registry):
    for c in registry.all():
        assert set(c.names) == {"ko", "zh_CN", "en"} and all(c.names.values()), c.code
        assert "{number}" in c.tracking_url and c.tracking_url.startswith("https://"), c.code
        assert c.formats and isinstance(c.formats, tuple), c.code
        assert c.amazon_carrier_code and c.amazon_carrier_name, c.code
        assert len(c.country) == 2, c.code


def test_coupang_traps(registry):
    lotte = registry.get("HYUNDAI")
    assert (lotte.coupang_name, lotte.name("ko"), lotte.name()) == ("롯데택배", "롯데택배", "Lotte")
    logen = registry.get("KGB")
    assert (logen.coupang_name, logen.name("ko"), logen.name()) == ("로젠택배", "로젠택배", "Logen")
    assert registry.get("CJGLS").coupang_name == "CJ대한통운"
    assert registry.find("롯데택배") is lotte
    assert registry.find("CJ 대한통운") is registry.get("CJGLS")


def test_amazon_has_no_korean_carrier_codes(registry):
    for code in ("CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST"):
        courier = registry.get(code)
        assert courier.amazon_carrier_code == "Other"
        assert courier.amazon_carrier_name
    assert registry.get("UPS").amazon_carrier_code == "UPS"
    assert registry.get("FEDEX").amazon_carrier_code == "FedEx"


def test_unconfirmed_checks_are_recorded(registry):
    for code in ("CJGLS", "HANJIN", "KGB", "EPOST"):
        assert registry.get(code).check_unconfirmed, code
    for code in ("HYUNDAI", "UPS", "USPS", "FEDEX", "DHL", "EMS"):
        assert not registry.get(code).check_unconfirmed, code


def test_name_falls_back_to_english(registry):
    ups = registry.get("UPS")
    assert registry.get("FEDEX").name("zh_CN") == "联邦快递"
    assert ups.name("ja") == "UPS"


# Published samples (reference 3.1, 3.2)


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("UPS", "1Z5R89390357567127"),
        ("USPS", "03071790000523483741"),
        ("USPS", "0307 1790 0005 2348 3741"),
        ("USPS", "9400111206206406260787"),
        ("USPS", "9505 5110 6960 5048 6006 24"),
        ("FEDEX", "986578788855"),
        ("FEDEX", "0414 4176 0228 964"),
        ("FEDEX", "9611020987654312345672"),
        ("DHL", "3318810025"),
        ("DHL", "73891051146"),
        ("HYUNDAI", "255278883171"),
        ("hyundai", "2552-7888-3171"),
        ("EMS", "EE123456785KR"),
        ("EPOST", "EE123456785KR"),
        ("YUNEXPRESS", "YT2229521272164446"),
    ],
)
def test_published_samples_are_valid(registry, code, number):
    result = registry.check(code, number)
    assert result.valid, said(result.reason)
    assert result.number == number.replace(" ", "").replace("-", "").upper()


def test_s10_sample_is_valid_and_its_variants_are_not():
    post = s10_registry()
    assert post.check("POST", "RB123456785GB") == TrackingCheck(True, "RB123456785GB", None)
    wrong_digit = post.check("POST", "RB123456786US")
    assert not wrong_digit.valid
    assert said(wrong_digit.reason) == (
        "The check digit of this Post number is wrong (expected 5, got 6): re-scan it."
    )
    no_country = post.check("POST", "RB123456785XX")
    assert not no_country.valid
    assert "XX" in said(no_country.reason) and "not a country code" in said(no_country.reason)


def test_s10_country_must_be_the_couriers(registry):
    result = registry.check("EMS", "RB123456785GB")
    assert not result.valid
    assert said(result.reason) == "Korea Post EMS numbers end in KR, not GB: check the courier."
    assert not registry.check("USPS", "RB123456785XX").valid
    assert not registry.check("USPS", "RB123456786US").valid


def test_usps_routing_prefix_is_stripped(registry):
    result = registry.check("USPS", "420 22153 9101026837331000039521")
    assert result == TrackingCheck(True, "9101026837331000039521", None)
    # Scanners send the GS1 group separator between the routing code and the number.
    assert registry.check("USPS", "42022153\x1d9101026837331000039521").valid


def test_full_width_digits_from_an_ime_are_accepted(registry):
    assert registry.check("HYUNDAI", "２５５２７８８８３１７１").number == "255278883171"


# Reasons a packer can act on


def test_wrong_check_digit_names_courier_and_digits(registry):
    result = registry.check("UPS", "1Z5R89390357567123")
    assert (result.valid, result.number, said(result.reason)) == (
        False,
        "1Z5R89390357567123",
        "The check digit of this UPS number is wrong (expected 7, got 3): re-scan it.",
    )


@pytest.mark.parametrize(
    ("code", "number", "expected", "got"),
    [
        ("USPS", "03071790000523483742", 1, 2),
        ("USPS", "9400111206206406260788", 7, 8),
        ("FEDEX", "996578788855", 6, 5),
        ("DHL", "3318810026", 5, 6),
        ("DHL", "73891051145", 6, 5),
        ("HYUNDAI", "255278883172", 1, 2),
        ("EMS", "EE123456786KR", 5, 6),
    ],
)
def test_one_changed_digit_is_caught(registry, code, number, expected, got):
    result = registry.check(code, number)
    assert not result.valid
    name = registry.get(code).name()
    assert said(result.reason).startswith(f"The check digit of this {name} number is wrong")
    assert f"(expected {expected}, got {got})" in said(result.reason)


def test_wrong_length(registry):
    short = registry.check("HYUNDAI", "25527888317")
    assert said(short.reason) == "Lotte tracking numbers are 12 digits; this one has 11."
    assert not registry.check("UPS", "1Z5R8939035756712").valid
    assert "16 letters and digits" in said(registry.check("UPS", "1Z5R8939035756712").reason)
    cj = registry.check("CJGLS", "12345678901")
    assert said(cj.reason) == "CJ Logistics tracking numbers are 10 or 12 digits; this one has 11."


def test_letters_where_digits_belong(registry):
    result = registry.check("HYUNDAI", "25527888317A")
    assert (
        said(result.reason) == "Lotte tracking numbers are 12 digits; this one has letters in it."
    )


def test_empty_input(registry):
    for blank in ("", "   ", "\t\n", "- -"):
        result = registry.check("HYUNDAI", blank)
        assert (result.valid, result.number, said(result.reason)) == (
            False,
            "",
            "The Lotte tracking number is empty: scan the label.",
        )


def test_control_characters(registry):
    result = registry.check("UPS", "1Z5R8939\x070357567127")
    assert not result.valid
    assert said(result.reason) == (
        "This UPS number contains U+0007, which cannot be in a tracking number: re-scan it."
    )


def test_hangul_from_a_korean_keyboard(registry):
    result = registry.check("UPS", "1ㅋ5R89390357567127")
    assert not result.valid
    assert "UPS" in said(result.reason) and "한/영" in said(result.reason)


def test_very_long_input(registry):
    result = registry.check("HANJIN", "1" * 500)
    assert not result.valid
    assert (
        said(result.reason)
        == "Hanjin tracking numbers are 10, 12, 13 or 14 digits; this one has 500."
    )
    assert "500 characters" in said(registry.check("UPS", "X" * 500).reason)


def test_format_only_couriers_say_so(registry):
    result = registry.check("CJGLS", "1234567890")
    assert result.valid
    assert "CJ Logistics" in said(result.reason) and "check digit" in said(result.reason)
    assert registry.check("EPOST", "1234567890123").valid
    assert registry.check("KGB", "12345678901").valid


# guess()


def test_guess(registry):
    assert [c.code for c in registry.guess("1Z5R89390357567127")] == ["UPS"]
    assert [c.code for c in registry.guess("3318810025")] == ["DHL"]
    assert "FEDEX" in [c.code for c in registry.guess("986578788855")]
    lotte = [c.code for c in registry.guess("2552 7888 3171")]
    assert "HYUNDAI" in lotte and "CJGLS" not in lotte
    assert [c.code for c in registry.guess("EE123456785KR")] == ["EPOST", "EMS"]
    assert registry.guess("1234567890") == []  # CJ-shaped, but digits prove nothing
    assert registry.guess("1Z5R89390357567123") == []
    assert registry.guess("") == []


# Unknown couriers


def test_unknown_code_is_not_found(registry):
    with pytest.raises(NotFound) as caught:
        registry.get("NOPE")
    assert "NOPE" in str(caught.value) and "HYUNDAI" in str(caught.value)
    with pytest.raises(NotFound):
        registry.check("NOPE", "1Z5R89390357567127")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("LOTTE", "HYUNDAI"),
        ("HYUNDA", "HYUNDAI"),
        ("logen", "KGB"),
        ("로젠", "KGB"),
        ("cj", "CJGLS"),
    ],
)
def test_unknown_code_suggests_close_codes(registry, typed, meant):
    with pytest.raises(NotFound, match=f"Did you mean .*{meant}"):
        registry.get(typed)


def test_get_is_case_insensitive(registry):
    assert registry.get(" kgb ") is registry.get("KGB")


# Loading other data


def test_load_from_a_path_with_a_stricter_cj_check(tmp_path: Path):
    data = json.loads(resource_path("couriers.json").read_text("utf-8"))
    for entry in data["couriers"]:
        if entry["code"] == "CJGLS":
            entry["formats"] = ["mod7:10,12"]
    path = tmp_path / "couriers.json"
    path.write_text(json.dumps(data), "utf-8")
    strict = CourierRegistry.load(path)
    body = "123456789"
    good = body + str(int(body) % 7)
    bad = body + str((int(body) + 1) % 7)
    assert strict.check("CJGLS", good).valid
    assert "check digit" in said(strict.check("CJGLS", bad).reason)


def test_unknown_format_in_data_is_refused(registry):
    bad = Courier("X", {"en": "X"}, "KR", "", "Other", "X", "https://x/{number}", ("nope",))
    with pytest.raises(ValueError, match="nope"):
        CourierRegistry(couriers=[bad], s10_countries=[])
