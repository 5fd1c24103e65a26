"""Barcodes as scanners read them: a tracking number inside a longer label barcode (FedEx 34
and 32 digits, USPS 420+ZIP, the USPS implied 91), typed with spaces and dashes, and the
published samples of `jkeen/tracking_number_data` (MIT, v2.0.0 at b79ce4b)."""

from __future__ import annotations

import json

import pytest
from courier_helpers import s10_registry
from wording import said

from fulfil_desk.core.kernel.couriers import CourierRegistry, TrackingCheck, usps20_check_digit
from fulfil_desk.core.kernel.resources import resource_path


@pytest.fixture(scope="module")
def registry() -> CourierRegistry:
    return CourierRegistry.load()


def test_check_says_when_it_read_the_number_out_of_a_longer_scan(registry):
    routed = registry.check("USPS", "420 22153 9101026837331000039521")
    assert said(routed.read_as) == "the USPS number after the 420+ZIP routing code"
    # What was read describes the scan; it is not part of the verdict.
    assert routed == TrackingCheck(True, "9101026837331000039521", None)


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
    assert registry.check(code, number).read_as is None


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
    assert result.valid, said(result.reason)
    assert (result.number, result.reason, said(result.read_as)) == (number, None, read_as)
    # The number stored is a FedEx number in its own right.
    assert registry.check("FEDEX", number) == TrackingCheck(True, number, None)


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
    assert not result.valid and result.read_as is None
    assert said(result.reason) == (
        f"The check digit of this FedEx number is wrong (expected {expected}, got {got}): "
        "re-scan it."
    )


def test_fedex_barcode_one_digit_short(registry):
    result = registry.check("FEDEX", "3297151456010244784917580286201")  # fedex_astra_32, invalid
    assert not result.valid
    assert said(result.reason).endswith("; this one has 31.")


def test_fedex_34_digit_barcodes_starting_with_9_are_ground_only(registry):
    # fedex_34 starts with 0 to 8; fedex_ground_gsn with 96.
    result = registry.check("FEDEX", "9701921334250001000300779017972697")
    assert not result.valid
    assert said(result.reason).endswith("; this one starts with 97.")


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
    assert result.valid == valid, said(result.reason)


IMPLIED_91 = "a USPS 20-digit number with the implied 91 prefix"


def test_usps_20_digit_number_whose_check_digit_counts_an_implied_91(registry):
    result = registry.check("USPS", "7196 9010 7560 0307 7385")
    assert result == TrackingCheck(True, "71969010756003077385", None)
    assert said(result.read_as) == IMPLIED_91
    # The check digit is that of 91 and the first 19 digits, weights 3, 1 from the left.
    assert usps20_check_digit("91" + "7196901075600307738") == 5
    # Without the 91 it would be 3: that is the plain 20-digit form, still read as itself.
    plain = registry.check("USPS", "71969010756003077383")
    assert (plain.valid, plain.read_as) == (True, None)


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
    assert said(result.reason).startswith("The check digit of this USPS number is wrong")


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
    assert result == TrackingCheck(True, number, None)
    assert result.read_as is None


def test_ups_and_s10_typed_with_a_wrong_digit_are_still_caught(registry):
    assert "expected 7, got 3" in said(registry.check("UPS", "1Z 5R8 939 03 5756 712 3").reason)
    assert "expected 5, got 6" in said(registry.check("USPS", "RB-123-456-786-US").reason)


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
