"""The shop's settings, with defaults a Korean cross-border seller starts from."""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.orders import Address, ShopInfo


@dataclass(frozen=True)
class BoxPreset:
    code: str
    name: str
    tare_g: int


DEFAULTS = {
    "shop_name": "My Shop",
    "shop_address": {
        "name": "My Shop",
        "phone": "02-0000-0000",
        "line1": "",
        "city": "Seoul",
        "postal_code": "",
        "country": "KR",
    },
    "country": "KR",
    "timezone": "Asia/Seoul",
    "currency": "KRW",
    "lead_days": {"coupang": 1, "amazon": 2, "shopify": 2, "ebay": 3, "csv": 2},
    "default_lead_days": 2,
    "default_courier": "CJGLS",
    "printer": None,  # a print queue name; None: the system's default printer
    "box_presets": [
        {"code": "S", "name": "Small 22×19×9 cm", "tare_g": 80},
        {"code": "M", "name": "Medium 34×25×21 cm", "tare_g": 200},
        {"code": "L", "name": "Large 48×38×34 cm", "tare_g": 450},
    ],
}


def shop_info(values: dict) -> ShopInfo:
    address = Address(**values["shop_address"])
    return ShopInfo(name=values["shop_name"], address=address, country=values["country"])


def box_presets(values: dict) -> list[BoxPreset]:
    return [BoxPreset(**b) for b in values["box_presets"]]


def check_setting(key: str, value) -> None:
    """Refuse a value the shop could not work with, with a sentence saying why."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import holidays

    from fulfil_desk.core.errors import UserError

    if key not in DEFAULTS:
        raise UserError(f"There is no setting {key!r}; the settings are: {', '.join(DEFAULTS)}.")
    if key == "timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError(f"{value!r} is not a time zone; use a name like Asia/Seoul.") from None
    elif key == "country" and str(value) not in holidays.list_supported_countries():
        raise UserError(f"{value!r} is not a country code the holiday calendar knows (e.g. KR).")
    elif key in ("default_lead_days",) and not (isinstance(value, int) and 0 <= value <= 30):
        raise UserError(f"{key} must be a whole number of days from 0 to 30.")
    elif key == "lead_days" and not (
        isinstance(value, dict) and all(isinstance(v, int) and 0 <= v <= 30 for v in value.values())
    ):
        raise UserError('lead_days must map marketplaces to days, e.g. {"coupang": 1}.')
    elif key == "shop_address":
        if not isinstance(value, dict) or set(value) - set(Address.__dataclass_fields__):
            fields = ", ".join(Address.__dataclass_fields__)
            raise UserError(f"shop_address must be a JSON object with the fields {fields}.")
    elif key == "box_presets":
        try:
            presets = [BoxPreset(**b) for b in value]
        except (TypeError, AttributeError):
            raise UserError(
                'box_presets must be a list like [{"code": "S", "name": "Small", "tare_g": 80}].'
            ) from None
        if not presets:
            raise UserError("Keep at least one box preset.")
