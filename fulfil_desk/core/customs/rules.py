"""Pure customs rules: the forms of an HS code, a country of origin and a PCCC, when a parcel
crosses a border, and which declaration it carries (CN22 or CN23).

**Which form.** UPU: a postal item declared at no more than 300 SDR carries a CN22; above
that, and on every express service, a CN23 (here with the commercial invoice's fields). The
limit is the setting `customs_postal_limits`, in whole units of the order's currency
(its default: 300 SDR at late-2025 rates, rounded down); a currency the setting
does not list gets a CN23, the form that is never too small. A courier is postal when the
courier registry (resources/couriers.json) gives it UPU S10 item numbers (`upu_s10` in its
formats: Korea Post, China Post, Japan Post, USPS) and it is not EMS, the posts' express
service; every other courier (DHL, UPS, FedEx, SF, YunExpress, the Korean parcel couriers)
is express.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.couriers import Courier
from fulfil_desk.core.kernel.messages import CURRENCY_DECIMALS, Message, Money

HS_DIGITS = (6, 10)  # the six digits of the Harmonized System, and national subdivisions
MAX_DESCRIPTION = 120
PCCC = re.compile(r"P\d{12}")
KOREA = "KR"
POSTAL_EXPRESS = frozenset({"EMS"})  # postal operators' express service: a CN23


class CustomsForm(StrEnum):
    CN22 = "cn22"
    CN23 = "cn23"


class CustomsRefused(ValueError):
    """A value customs cannot take; `reason` says why (a message naming the value)."""

    def __init__(self, reason: Message):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ProductCustoms:
    sku: str
    hs_code: str  # digits only, 6 to 10 of them
    origin_country: str  # ISO 3166-1 alpha-2
    description: str  # English, as customs read it

    @property
    def hs_written(self) -> str:
        """As declarations print it: 6109.10 or 6109.10.0000."""
        code = self.hs_code
        return ".".join(p for p in (code[:4], code[4:6], code[6:]) if p)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip()


def normalise_hs(text: str) -> str:
    """`6109.10`, `6109 10 00`, `610910` → `610910`: digits only, 6 to 10 of them."""
    digits = re.sub(r"[\s.\-]", "", _folded(text))
    least, most = HS_DIGITS
    if not digits.isdigit() or not least <= len(digits) <= most:
        raise CustomsRefused(Message("customs.bad_hs_code", text=text, least=least, most=most))
    return digits


def normalise_origin(text: str, countries: frozenset[str]) -> str:
    code = _folded(text).upper()
    if code not in countries:
        raise CustomsRefused(Message("customs.bad_origin", text=text))
    return code


def normalise_description(text: str) -> str:
    """English (Latin letters), as customs officers read it; at most MAX_DESCRIPTION."""
    words = " ".join(_folded(text).split())
    if not words:
        raise CustomsRefused(Message("customs.description_empty"))
    if len(words) > MAX_DESCRIPTION:
        raise CustomsRefused(Message("customs.description_too_long", most=MAX_DESCRIPTION))
    if not words.isascii() or not any(ch.isalpha() for ch in words):
        raise CustomsRefused(Message("customs.description_not_english", text=words))
    return words


def normalise_pccc(text: str) -> str:
    """`p1234-5678-9012`, `P 123456789012` → `P123456789012`; `P` + 12 digits."""
    code = re.sub(r"[\s\-]", "", _folded(text)).upper()
    if not PCCC.fullmatch(code):
        raise CustomsRefused(Message("customs.bad_pccc", text=text))
    return code


def masked_pccc(code: str) -> str:
    """P1234*******9 … for the audit trail and the screen: the code is personal data."""
    return code[:5] + "*" * (len(code) - 6) + code[-1:] if len(code) > 6 else "*" * len(code)


def crosses_border(shop_country: str, recipient_country: str) -> bool:
    shop, to = shop_country.strip().upper(), recipient_country.strip().upper()
    return bool(shop and to) and shop != to


def pccc_problem(*, shop_country: str, recipient_country: str, pccc: str) -> Message | None:
    """What Verify says of a parcel into Korea from abroad without a valid PCCC; None when
    the parcel needs none or has one."""
    if not crosses_border(shop_country, recipient_country) or recipient_country != KOREA:
        return None
    if not pccc.strip():
        return Message("customs.pccc_missing", origin=shop_country)
    try:
        normalise_pccc(pccc)
    except CustomsRefused:
        return Message("customs.pccc_malformed", text=pccc)
    return None


def is_postal(courier: Courier | None) -> bool:
    if courier is None or courier.code in POSTAL_EXPRESS:
        return False
    return any(f.startswith("upu_s10") for f in courier.formats)


def postal_limit(currency: str, limits: dict[str, int]) -> Money | None:
    """The CN22 limit in `currency` (minor units), None when the setting has none for it."""
    whole = limits.get(currency.upper())
    decimals = CURRENCY_DECIMALS.get(currency.upper())
    if whole is None or decimals is None:
        return None
    return Money(whole * 10**decimals, currency.upper())


def choose_form(total: Money, courier: Courier | None, limits: dict[str, int]) -> CustomsForm:
    """CN22 for a postal courier at or under the limit; CN23 otherwise (see the module)."""
    limit = postal_limit(total.currency, limits)
    if is_postal(courier) and limit is not None and total.minor <= limit.minor:
        return CustomsForm.CN22
    return CustomsForm.CN23


def why_form(total: Money, courier: Courier | None, limits: dict[str, int]) -> Message:
    """Why `choose_form` chose what it did, for the person printing it."""
    limit = postal_limit(total.currency, limits)
    if not is_postal(courier):
        return Message("customs.form_express", courier=courier.code if courier else "-")
    if limit is None:
        return Message("customs.form_no_limit", currency=total.currency)
    if total.minor <= limit.minor:
        return Message("customs.form_under_limit", total=total, limit=limit)
    return Message("customs.form_over_limit", total=total, limit=limit)


def check_limits(value) -> Message | None:
    """Why `value` cannot be the setting customs_postal_limits; None when it can."""
    fine = isinstance(value, dict) and all(
        isinstance(k, str)
        and k.upper() in CURRENCY_DECIMALS
        and isinstance(v, int)
        and not isinstance(v, bool)
        and v >= 0
        for k, v in value.items()
    )
    if fine:
        return None
    return Message(
        "customs.limits_setting",
        example='{"KRW": 550000, "USD": 400}',
        known=tuple(CURRENCY_DECIMALS),
    )
