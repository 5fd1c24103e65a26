from __future__ import annotations

import json
import string
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fulfil_desk.core.couriers import (
    Courier,
    CourierRegistry,
    TrackingCheck,
    fedex12_check_digit,
    fedex_ground_check_digit,
    impb_check_digit,
    mod7_check_digit,
    s10_check_digit,
    ups_check_digit,
    usps20_check_digit,
)
from fulfil_desk.core.errors import NotFound
from fulfil_desk.core.resources import resource_path


@pytest.fixture(scope="module")
def registry() -> CourierRegistry:
    return CourierRegistry.load()


def s10_registry(countries: Iterable[str] = ("GB", "US", "KR")) -> CourierRegistry:
    """A registry whose one courier takes S10 numbers from any of `countries`."""
    courier = Courier(
        code="POST",
        names={"en": "Post"},
        country="",
        coupang_name="",
        amazon_carrier_code="Other",
        amazon_carrier_name="Post",
        tracking_url="https://example.org/{number}",
        formats=("upu_s10",),
    )
    return CourierRegistry(couriers=[courier], s10_countries=countries)


# The data file


def test_every_courier_the_desk_needs_is_listed(registry):
    codes = {c.code for c in registry.all()}
    korean = {"CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST", "EMS", "KDEXP", "ILYANG", "CVSNET"}
    others = {"UPS", "USPS", "FEDEX", "DHL", "SF", "YUNEXPRESS", "CHINAPOST", "JAPANPOST"}
    assert codes >= korean | others | {"YAMATO", "SAGAWA"}


def test_every_courier_is_complete(registry):
    for c in registry.all():
        assert set(c.names) == {"ko", "zh", "en"} and all(c.names.values()), c.code
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
    assert result.valid, result.reason
    assert result.number == number.replace(" ", "").replace("-", "").upper()


def test_s10_sample_is_valid_and_its_variants_are_not():
    post = s10_registry()
    assert post.check("POST", "RB123456785GB") == TrackingCheck(True, "RB123456785GB", "")
    wrong_digit = post.check("POST", "RB123456786US")
    assert not wrong_digit.valid
    assert wrong_digit.reason == (
        "The check digit of this Post number is wrong (expected 5, got 6): re-scan it."
    )
    no_country = post.check("POST", "RB123456785XX")
    assert not no_country.valid
    assert "XX" in no_country.reason and "not a country code" in no_country.reason


def test_s10_country_must_be_the_couriers(registry):
    result = registry.check("EMS", "RB123456785GB")
    assert not result.valid
    assert result.reason == "Korea Post EMS numbers end in KR, not GB: check the courier."
    assert not registry.check("USPS", "RB123456785XX").valid
    assert not registry.check("USPS", "RB123456786US").valid


def test_usps_routing_prefix_is_stripped(registry):
    result = registry.check("USPS", "420 22153 9101026837331000039521")
    assert result == TrackingCheck(True, "9101026837331000039521", "")
    # Scanners send the GS1 group separator between the routing code and the number.
    assert registry.check("USPS", "42022153\x1d9101026837331000039521").valid


def test_check_says_when_it_read_the_number_out_of_a_longer_scan(registry):
    routed = registry.check("USPS", "420 22153 9101026837331000039521")
    assert routed.read_as == "the USPS number after the 420+ZIP routing code"
    # What was read describes the scan; it is not part of the verdict.
    assert routed == TrackingCheck(True, "9101026837331000039521", "")


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("USPS", "9101026837331000039521"),
        ("USPS", "03071790000523483741"),
        ("UPS", "1Z5R89390357567127"),
        ("FEDEX", "986578788855"),
        ("EMS", "EE123456785KR"),
        ("CJGLS", "1234567890"),
        ("USPS", "03071790000523483742"),
    ],
)
def test_read_as_is_empty_when_the_scan_is_the_number(registry, code, number):
    assert registry.check(code, number).read_as == ""


# Label barcodes that carry the FedEx 12-digit number. The numbers are the published
# test_numbers of jkeen/tracking_number_data (MIT, v2.0.0, b79ce4b) couriers/fedex.json:
# fedex_34, fedex_astra_32 and fedex_ground_gsn.

FEDEX_34 = "the FedEx 12-digit number inside a 34-digit label barcode"
FEDEX_GSN = "the FedEx 12-digit number inside a 34-digit Ground barcode"
FEDEX_ASTRA = "the FedEx 12-digit number inside a 32-digit ASTRA barcode"


@pytest.mark.parametrize(
    ("scan", "number", "read_as"),
    [
        ("1001921334250001000300779017972697", "779017972697", FEDEX_34),
        ("1001921380360001000300639585804382", "639585804382", FEDEX_34),
        ("1001901781990001000300617767839437", "617767839437", FEDEX_34),
        (
            " 1 0 0 1 9 0 1 7 8 1 9 9 0 0 0 1 0 0 0 3 0 0 6 1 7 7 6 7 8 3 9 4 3 7 ",
            "617767839437",
            FEDEX_34,
        ),
        ("1002297871540001000300790695517286", "790695517286", FEDEX_34),
        ("1027590111820004833500785458233610", "785458233610", FEDEX_34),
        ("1195266473930007521100871079919940", "871079919940", FEDEX_34),
        ("1 1 9 52 6 64739 3000 75211 00 8710 799 199 40", "871079919940", FEDEX_34),
        ("1195271874060007521100871140316925", "871140316925", FEDEX_34),
        ("1195583874210007521100871140316936", "871140316936", FEDEX_34),
        ("9622001900000000000000776632517510", "776632517510", FEDEX_GSN),
        ("9622001560000000000000794808390594", "794808390594", FEDEX_GSN),
        ("9622001560001234567100794808390594", "794808390594", FEDEX_GSN),
        (
            " 9 6 2 2 0 0 1 5 6 0 0 0 1 2 3 4 5 6 7 1 0 0 7 9 4 8 0 8 3 9 0 5 9 4 ",
            "794808390594",
            FEDEX_GSN,
        ),
        ("9632001560123456789900794808390594", "794808390594", FEDEX_GSN),
        # ASTRA: the number is at positions 17 to 28, and 4 more digits follow it.
        ("32971514560102447849175802862014", "784917580286", FEDEX_ASTRA),
        ("32971510360102447848540980802018", "784854098080", FEDEX_ASTRA),
        ("32971508360102447847941133172013", "784794113317", FEDEX_ASTRA),
        ("33810799560000004380417923803212", "438041792380", FEDEX_ASTRA),
        ("3 29715 145 6010244 784917580286 2014", "784917580286", FEDEX_ASTRA),
    ],
)
def test_fedex_label_barcodes_give_the_12_digit_number(registry, scan, number, read_as):
    result = registry.check("FEDEX", scan)
    assert result.valid, result.reason
    assert (result.number, result.reason, result.read_as) == (number, "", read_as)
    # The number stored is a FedEx number in its own right.
    assert registry.check("FEDEX", number) == TrackingCheck(True, number, "")


@pytest.mark.parametrize(
    ("scan", "expected", "got"),
    [
        ("1001901781990001000300617767839438", 7, 8),  # fedex_34
        ("32971514560102447849175802852014", 6, 5),  # fedex_astra_32
        ("9622001560001234567100794808390595", 4, 5),  # fedex_ground_gsn
        ("9622001560001234567100794808390597", 4, 7),  # fedex_ground_gsn
    ],
)
def test_fedex_label_barcode_with_a_wrong_check_digit(registry, scan, expected, got):
    result = registry.check("FEDEX", scan)
    assert not result.valid and result.read_as == ""
    assert result.reason == (
        f"The check digit of this FedEx number is wrong (expected {expected}, got {got}): "
        "re-scan it."
    )


def test_fedex_barcode_one_digit_short(registry):
    result = registry.check("FEDEX", "3297151456010244784917580286201")  # fedex_astra_32, invalid
    assert not result.valid
    assert result.reason.endswith("; this one has 31.")


def test_fedex_34_digit_barcodes_starting_with_9_are_ground_only(registry):
    # fedex_34 starts with 0 to 8; fedex_ground_gsn with 96.
    result = registry.check("FEDEX", "9701921334250001000300779017972697")
    assert not result.valid
    assert result.reason.endswith("; this one starts with 97.")


def test_guess_knows_fedex_label_barcodes(registry):
    assert [c.code for c in registry.guess("1001921334250001000300779017972697")] == ["FEDEX"]
    assert [c.code for c in registry.guess("32971514560102447849175802862014")] == ["FEDEX"]


# The published test_numbers of jkeen/tracking_number_data (MIT, v2.0.0, b79ce4b)
# couriers/usps.json. Left out: usps_impb_c's 26-digit 92748931507708513018050063 and
# 92001903060085300042901077, whose 26-digit IMpb form the desk does not read yet.

USPS_VALID = {
    "usps_20": ["0307 1790 0005 2348 3741", " 0 3 0 7   1 7 9 0   0 0 0 5   2 3 4 8   3 7 4 1 "]
    + ["7112 3456 7891 2345 6787"],
    "usps_impb_n": [
        "420787459400111206206406260787",
        "9400111206206406260787",
        "9400 1112 0108 0805 4830 16",
        "9405803699300124287899",
        "9434611206206406227577",
        "9434611206206407667136",
        "9400111206206407628746",
        "9400111206206407628845",
    ],
    "usps_legacy": [
        "420 22153 9101026837331000039521",
        "9101 1234 5678 9000 0000 13",
        "7196 9010 7560 0307 7385",
    ],
    "usps_impb_c": [
        "4201002334249200190132607600833457",
        "4201028200009261290113185417468510",
        " 4 2 0 1 0 2 8 2 0 0 0 0 9 2 6 1 2 9 0 1 1 3 1 8 5 4 1 7 4 6 8 5 1 0 ",
        "9505 5110 6960 5048 6006 24",
        "9361 2898 7870 0317 6337 95",
        "9261292700768711948021",
        "420 11213 92 6129098349792366623 8",
        "92 6129098349792366623 8",
        "420902459261290336128704042634",
        "420941179261290336128704062441",
        "420926029261290336128704067248",
        "420902729261290336128704124163",
        "420950549261290336128704133837",
        "420193809261290336128704280838",
        "420900469261290336128704216936",
    ],
}
USPS_INVALID = {
    "usps_20": ["0307 1790 0005 2348 3742"],
    "usps_impb_n": ["9434611206206407667131", "9434611306206407667222", "2334611306206407667222"],
    "usps_legacy": ["9101 1234 5678 9000 0000 14", "7196 9010 7560 0307 7386"],
    "usps_impb_c": [
        "61299998820821171811",
        "9200000000000000000000",
        "420000000000000000000000000000",
        "420000009200000000000000000000",
        "4201028200009261290113185417468511",
    ],
}


@pytest.mark.parametrize(
    ("valid", "number"),
    [(True, n) for ns in USPS_VALID.values() for n in ns]
    + [(False, n) for ns in USPS_INVALID.values() for n in ns],
)
def test_usps_dataset_samples(registry, valid, number):
    result = registry.check("USPS", number)
    assert result.valid == valid, result.reason


IMPLIED_91 = "a USPS 20-digit number with the implied 91 prefix"


def test_usps_20_digit_number_whose_check_digit_counts_an_implied_91(registry):
    result = registry.check("USPS", "7196 9010 7560 0307 7385")
    assert result == TrackingCheck(True, "71969010756003077385", "")
    assert result.read_as == IMPLIED_91
    # The check digit is that of 91 and the first 19 digits, weights 3, 1 from the left.
    assert usps20_check_digit("91" + "7196901075600307738") == 5
    # Without the 91 it would be 3: that is the plain 20-digit form, still read as itself.
    plain = registry.check("USPS", "71969010756003077383")
    assert (plain.valid, plain.read_as) == (True, "")


@pytest.mark.parametrize(
    "number",
    [
        "71969010756003077386",  # the check digit (dataset's invalid sample)
        "81969010756003077385",  # the first digit
        "71969010756003077395",  # the 19th digit
    ],
)
def test_usps_implied_91_number_with_one_digit_changed(registry, number):
    result = registry.check("USPS", number)
    assert not result.valid
    assert result.reason.startswith("The check digit of this USPS number is wrong")


@pytest.mark.parametrize(
    ("code", "typed", "number"),
    [
        ("UPS", "1Z 5R8 939 03 5756 712 7", "1Z5R89390357567127"),  # grouped as on the label
        ("UPS", "1z-5r89-3903-5756-7127", "1Z5R89390357567127"),
        ("UPS", "1Z\u20135R89\u20133903\u20135756\u20137127", "1Z5R89390357567127"),  # en dashes
        ("UPS", "\t1Z 879E 9303 4683 4440 ", "1Z879E930346834440"),
        ("USPS", "RB 123 456 785 US", "RB123456785US"),
        ("USPS", "rb-123-456-785-us", "RB123456785US"),
        ("EMS", "EE 123 456 785 KR", "EE123456785KR"),
        ("EMS", "EE-123456785-KR", "EE123456785KR"),
    ],
)
def test_ups_and_s10_numbers_typed_with_spaces_and_dashes(registry, code, typed, number):
    result = registry.check(code, typed)
    assert result == TrackingCheck(True, number, "")
    assert result.read_as == ""


def test_ups_and_s10_typed_with_a_wrong_digit_are_still_caught(registry):
    assert "expected 7, got 3" in registry.check("UPS", "1Z 5R8 939 03 5756 712 3").reason
    assert "expected 5, got 6" in registry.check("USPS", "RB-123-456-786-US").reason


# The published test_numbers of jkeen/tracking_number_data (MIT, v2.0.0, b79ce4b)
# couriers/ups.json (ups; not "UPS Waybill", which the desk does not read) and couriers/s10.json.


@pytest.mark.parametrize(
    ("valid", "number"),
    [
        (True, "1Z5R89390357567127"),
        (True, "1Z879E930346834440"),
        (True, "1Z410E7W0392751591"),
        (True, "1Z8V92A70367203024"),
        (True, " 1 Z 8 V 9 2 A 7 0 3 6 7 2 0 3 0 2 4 "),
        (True, "1ZXX3150YW44070023"),
        (False, "2Z5R89390357567127"),
        (False, "1A5R89390357567127"),
        (False, "1Z1111111111111111"),
    ],
)
def test_ups_dataset_samples(registry, valid, number):
    assert registry.check("UPS", number).valid == valid


@pytest.mark.parametrize(
    ("valid", "number"),
    [
        (True, "RB123456785GB"),
        (True, "RB123456785US"),
        (True, "RB123456785CV"),
        (True, "RB123456785CF"),
        (False, "RB123456786US"),
        (False, "RB123456785XX"),
    ],
)
def test_s10_dataset_samples(valid, number):
    data = json.loads(resource_path("couriers.json").read_text("utf-8"))
    post = s10_registry(data["s10_countries"].split())
    assert post.check("POST", number).valid == valid


def test_full_width_digits_from_an_ime_are_accepted(registry):
    assert registry.check("HYUNDAI", "２５５２７８８８３１７１").number == "255278883171"


# Reasons a packer can act on


def test_wrong_check_digit_names_courier_and_digits(registry):
    result = registry.check("UPS", "1Z5R89390357567123")
    assert result == TrackingCheck(
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
    assert result.reason.startswith(f"The check digit of this {name} number is wrong")
    assert f"(expected {expected}, got {got})" in result.reason


def test_wrong_length(registry):
    short = registry.check("HYUNDAI", "25527888317")
    assert short.reason == "Lotte tracking numbers are 12 digits; this one has 11."
    assert not registry.check("UPS", "1Z5R8939035756712").valid
    assert "16 letters and digits" in registry.check("UPS", "1Z5R8939035756712").reason
    cj = registry.check("CJGLS", "12345678901")
    assert cj.reason == "CJ Logistics tracking numbers are 10 or 12 digits; this one has 11."


def test_letters_where_digits_belong(registry):
    result = registry.check("HYUNDAI", "25527888317A")
    assert result.reason == "Lotte tracking numbers are 12 digits; this one has letters in it."


def test_empty_input(registry):
    for blank in ("", "   ", "\t\n", "- -"):
        result = registry.check("HYUNDAI", blank)
        assert result == TrackingCheck(
            False, "", "The Lotte tracking number is empty: scan the label."
        )


def test_control_characters(registry):
    result = registry.check("UPS", "1Z5R8939\x070357567127")
    assert not result.valid
    assert result.reason == (
        "This UPS number contains U+0007, which cannot be in a tracking number: re-scan it."
    )


def test_hangul_from_a_korean_keyboard(registry):
    result = registry.check("UPS", "1ㅋ5R89390357567127")
    assert not result.valid
    assert "UPS" in result.reason and "한/영" in result.reason


def test_very_long_input(registry):
    result = registry.check("HANJIN", "1" * 500)
    assert not result.valid
    assert result.reason == "Hanjin tracking numbers are 10, 12, 13 or 14 digits; this one has 500."
    assert "500 characters" in registry.check("UPS", "X" * 500).reason


def test_format_only_couriers_say_so(registry):
    result = registry.check("CJGLS", "1234567890")
    assert result.valid
    assert "CJ Logistics" in result.reason and "check digit" in result.reason
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
    assert "check digit" in strict.check("CJGLS", bad).reason


def test_unknown_format_in_data_is_refused(registry):
    bad = Courier("X", {"en": "X"}, "KR", "", "Other", "X", "https://x/{number}", ("nope",))
    with pytest.raises(ValueError, match="nope"):
        CourierRegistry(couriers=[bad], s10_countries=[])


# Properties


@given(data=st.data(), text=st.text())
def test_check_never_raises(registry, data, text):
    code = data.draw(st.sampled_from([c.code for c in registry.all()]))
    result = registry.check(code, text)
    assert isinstance(result, TrackingCheck)
    assert result.valid or result.reason
    assert isinstance(registry.guess(text), list)


@given(text=st.text(alphabet=string.digits + string.ascii_uppercase + " -\x00", max_size=600))
def test_check_never_raises_on_near_miss_text(registry, text):
    for courier in registry.all():
        assert isinstance(registry.check(courier.code, text), TrackingCheck)


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.digits, min_size=n, max_size=n)


@st.composite
def valid_numbers(draw):
    """(courier code, valid number, weight rule) for each check-digit family."""
    families = ["ups", "usps20", "usps20_91", "impb", "fedex12", "fedex34", "ground15", "dhl"]
    families += ["lotte", "s10"]
    family = draw(st.sampled_from(families))
    if family == "ups":
        alphanumeric = string.digits + string.ascii_uppercase
        body = "1Z" + draw(st.text(alphabet=alphanumeric, min_size=15, max_size=15))
        return "UPS", body + str(ups_check_digit(body)), family
    if family == "usps20":
        body = draw(digits(19))
        return "USPS", body + str(usps20_check_digit(body)), family
    if family == "usps20_91":
        body = draw(digits(19))
        return "USPS", body + str(usps20_check_digit("91" + body)), family
    if family == "impb":
        body = "9" + draw(st.sampled_from("12345")) + draw(digits(19))
        return "USPS", body + str(impb_check_digit(body)), family
    if family == "fedex12":
        body = draw(digits(11))
        return "FEDEX", body + str(fedex12_check_digit(body)), family
    if family == "fedex34":
        body = draw(digits(11))
        label = draw(st.sampled_from("012345678")) + draw(digits(21))
        return "FEDEX", label + body + str(fedex12_check_digit(body)), family
    if family == "ground15":
        body = draw(digits(14))
        return "FEDEX", body + str(fedex_ground_check_digit(body)), family
    if family == "dhl":
        body = draw(st.one_of(digits(9), digits(10)))
        return "DHL", body + str(mod7_check_digit(body)), family
    if family == "lotte":
        body = draw(digits(11))
        return "HYUNDAI", body + str(mod7_check_digit(body)), family
    letters = draw(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2))
    serial = draw(digits(8))
    return "EMS", f"{letters}{serial}{s10_check_digit(serial)}KR", family


def change_is_always_caught(family: str, number: str, i: int, delta: int) -> bool:
    """Whether changing digit i by delta must change the check result, by the algorithm's maths.

    Changing the check digit itself is always caught. Otherwise a weighted mod-10 sum misses the
    change when weight * delta is a multiple of 10 (UPS weights 2 and delta ±5); a number mod 7
    misses it when delta is ±7; FedEx's mod 11 then mod 10 maps remainders 0 and 10 to the same
    check digit 0; S10 maps remainders 0 and 6 to the same check digit 5. A FedEx 34-digit label
    barcode checks only the 12-digit number in its last 12 digits. A 20-digit USPS number is
    read two ways whose check digits differ by 2 (an implied 91 adds 9·3 + 1·1 = 28 to the sum),
    so a change that moves the sum by 2 (plain form) or 8 (implied 91) reads as the other form.
    """
    check_at = 10 if family == "s10" else len(number) - 1
    other_form = {"usps20": 2, "usps20_91": 8}.get(family)
    if i == check_at:
        return delta % 10 != other_form
    if family == "ups":
        weight = 1 if (i - 2) % 2 == 0 else 2
    elif family in ("usps20", "usps20_91"):
        weight = 3 if i % 2 == 0 else 1
    elif family == "impb":
        weight = 3 if (check_at - 1 - i) % 2 == 0 else 1
    elif family == "ground15":
        weight = 1 if i % 2 == 0 else 3
    elif family in ("dhl", "lotte"):
        return delta % 7 != 0
    elif family == "fedex12":
        return number[-1] != "0"
    elif family == "fedex34":
        return i >= 22 and number[-1] != "0"
    else:
        return number[10] != "5"
    return (weight * delta) % 10 not in (0, other_form)


@given(case=valid_numbers(), data=st.data())
def test_one_changed_digit_is_caught_where_guaranteed(registry, case, data):
    code, number, family = case
    assert registry.check(code, number).valid, (code, number)
    positions = [i for i, c in enumerate(number) if c.isdigit() and not (family == "ups" and i < 2)]
    i = data.draw(st.sampled_from(positions))
    new = data.draw(st.sampled_from([d for d in string.digits if d != number[i]]))
    changed = number[:i] + new + number[i + 1 :]
    if change_is_always_caught(family, number, i, int(new) - int(number[i])):
        assert not registry.check(code, changed).valid, (number, changed)
