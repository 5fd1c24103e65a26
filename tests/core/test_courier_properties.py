"""Tracking-number properties over generated input (hypothesis): a check never raises, and one
changed digit is caught wherever a courier's check digit guarantees it. The data file and the
published samples are in test_couriers.py."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.kernel.couriers import (
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


@pytest.fixture(scope="module")
def registry() -> CourierRegistry:
    return CourierRegistry.load()


@given(data=st.data(), text=st.text())
def test_check_never_raises(registry, data, text):
    code = data.draw(st.sampled_from([c.code for c in registry.all()]))
    result = registry.check(code, text)
    assert isinstance(result, TrackingCheck)
    assert result.valid or said(result.reason)
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
