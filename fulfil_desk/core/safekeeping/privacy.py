"""Personal data: masking it on labels, and finding it in stored JSON to erase it.

Pure functions, no database: `purge.py` applies them.

**Masking** (setting `mask_labels`), as Korean couriers print waybills (홍*동, 010-1234-****):

- a name of Hangul, Chinese or Japanese characters: its second character becomes `*`
  (홍길동 → 홍*동, 남궁민수 → 남*민수, 김민 → 김*); spaces are skipped when counting
  (홍 길동 → 홍 *동); a one-character name becomes `*`;
- a name in Latin (or any other) letters: the same rule, word by word, on words of two or
  more letters (John Smith → J*hn S*ith, Jo → J*); initials such as `J.` stay;
- a phone number: its last four digits become `*`, whatever separates them
  (010-1234-5678 → 010-1234-****, +82 10 1234 5678 → +82 10 1234 ****); a number with
  fewer than four digits is masked whole.

The address is never masked: the courier needs it to deliver.
"""

from __future__ import annotations

import json
import unicodedata

MASK = "*"
ERASED = "***"  # what stands where a personal value was found inside a longer text

# A key of a marketplace's row (an order line's `source`) or of an event's detail whose
# value is personal, whatever it holds: matched as a part of the key, case-insensitively.
PERSONAL_KEY_PARTS = (
    "recipient", "buyer", "customer", "address", "phone", "postal", "zip", "email",
    "pccc", "ship-city", "ship-state", "ship_city", "ship_state", "ship-to", "ship_to",
    "이름", "전화", "주소", "우편", "메세지", "메시지", "통관", "구매자", "수취인", "연락처",
    "收件人", "电话", "地址", "邮编", "氏名", "電話", "住所", "郵便",
)  # fmt: skip
PERSONAL_KEYS = ("name", "city", "state", "tel", "mobile")  # whole keys only


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("HANGUL", "CJK", "HIRAGANA", "KATAKANA"))


def _mask_second(word: str) -> str:
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) < 2:
        return word
    i = letters[1]
    return word[:i] + MASK + word[i + 1 :]


def mask_name(name: str) -> str:
    """홍길동 → 홍*동; John Smith → J*hn S*ith (see the module's notes)."""
    text = name.strip()
    if not text:
        return name
    letters = [ch for ch in text if not ch.isspace()]
    if len(letters) == 1:
        return MASK
    if any(_is_cjk(ch) for ch in letters):
        positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        i = positions[1]
        return text[:i] + MASK + text[i + 1 :]
    return " ".join(_mask_second(word) for word in text.split())


def mask_phone(phone: str) -> str:
    """The last four digits become `*`: 010-1234-5678 → 010-1234-****."""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    hidden = set(digits[-4:])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(phone))


# ---- erasing ----------------------------------------------------------------------------------


def is_personal_key(key: str) -> bool:
    lowered = str(key).strip().lower()
    return lowered in PERSONAL_KEYS or any(part in lowered for part in PERSONAL_KEY_PARTS)


def personal_values(values) -> list[str]:
    """The texts to hunt for inside other texts, longest first (a name inside an address
    is then not cut in two). Digits alone (a postal code, an unformatted phone number) are
    left out: they would also match inside order and tracking numbers; they are erased
    where their key says what they are. So are texts of one character."""
    found = {str(v).strip() for v in values if v}
    return sorted(
        (v for v in found if len(v) >= 2 and not v.replace(" ", "").isdigit()),
        key=lambda v: (-len(v), v),
    )


def erase_text(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, ERASED)
    return text


def _scalar(value) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def scrub(value, secrets: list[str]):
    """A JSON value with every personal key's value emptied and every secret erased from
    the other texts. Returns a new value; the structure (keys, lists) stays."""
    if isinstance(value, dict):
        return {
            k: "" if is_personal_key(k) and _scalar(v) else scrub(v, secrets)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, str):
        return erase_text(value, secrets)
    return value


def personal_in_json(value) -> list[str]:
    """The values of personal keys anywhere in a JSON value: a buyer's name that is not the
    recipient's, a second phone number."""
    found: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if is_personal_key(k) and _scalar(v):
                found.append(str(v))
            else:
                found += personal_in_json(v)
    elif isinstance(value, list):
        for v in value:
            found += personal_in_json(v)
    return found


def scrub_json_text(text: str, secrets: list[str]) -> str:
    """`scrub` on a JSON document stored as text; the same text when nothing changed."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return erase_text(text or "", secrets)
    cleaned = scrub(data, secrets)
    if cleaned == data:
        return text
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)


def masked(order):
    """A copy of the order whose recipient name and phone are masked, for printing."""
    from dataclasses import replace

    to = order.ship_to
    return replace(order, ship_to=replace(to, name=mask_name(to.name), phone=mask_phone(to.phone)))
