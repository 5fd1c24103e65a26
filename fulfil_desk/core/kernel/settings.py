"""The shop's settings, with defaults a Korean cross-border seller starts from."""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.kernel.orders import Address, ShopInfo


@dataclass(frozen=True)
class BoxPreset:
    code: str
    name: str
    tare_g: int


MANUAL_CONFIRM = ("allowed", "forbidden", "supervisor")

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
    "shipping_weekdays": [0, 1, 2, 3, 4],  # Monday = 0
    "cutoff": "14:00",  # an order after this counts from the next shipping day
    "daily_capacity_orders": 40,
    # Seller scores: the seller's own targets for metrics whose marketplace publishes none,
    # {"coupang.on_time_shipment": 0.95} (fractions), and the at-risk band: a metric within
    # this share of the distance from its ideal value to its target is "at risk".
    "score_targets": {},
    "score_at_risk_margin": 0.2,
    "printer": None,  # a print queue name; None: the system's default printer
    # An order open at a station whose last scan is older than this is a stale lock.
    "lock_stale_minutes": 10,
    # Backups: the folder (relative to the database's; None: "backups" beside it) and how
    # many automatic ones to keep.
    "backup_dir": None,
    "backup_keep": 14,
    # Personal data: labels and slips print 홍*동 / 010-1234-****; orders shipped or
    # cancelled more than this many days ago lose the buyer's name, phone and address
    # (None: never).
    "mask_labels": False,
    "purge_after_days": None,
    # MANUAL at pick and pack (a unit confirmed by hand when its barcode will not scan):
    # "allowed", "forbidden", or "supervisor" (a supervisor's badge confirms each one).
    "manual_confirm": "allowed",
    "box_presets": [
        {"code": "S", "name": "Small 22×19×9 cm", "tare_g": 80},
        {"code": "M", "name": "Medium 34×25×21 cm", "tare_g": 200},
        {"code": "L", "name": "Large 48×38×34 cm", "tare_g": 450},
    ],
}


def shop_info(values: dict) -> ShopInfo:
    address = Address(**values["shop_address"])
    return ShopInfo(
        name=values["shop_name"],
        address=address,
        country=values["country"],
        timezone=values["timezone"],
    )


def box_presets(values: dict) -> list[BoxPreset]:
    return [BoxPreset(**b) for b in values["box_presets"]]


def check_setting(key: str, value) -> None:
    """Refuse a value the shop could not work with, with a sentence saying why."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import holidays

    from fulfil_desk.core.kernel.errors import UserError

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
    elif key == "shipping_weekdays" and not (
        isinstance(value, list)
        and value
        and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 6 for v in value)
    ):
        raise UserError(
            "shipping_weekdays must list at least one weekday number, Monday = 0 to Sunday = 6, "
            "e.g. [0, 1, 2, 3, 4]."
        )
    elif key == "cutoff":
        from fulfil_desk.core.calendar.holidays import parse_cutoff

        try:
            parse_cutoff(value)
        except ValueError:
            raise UserError(
                f"{value!r} is not a cut-off time; write it as HH:MM, e.g. 14:00."
            ) from None
    elif key == "daily_capacity_orders" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100_000
    ):
        raise UserError("daily_capacity_orders must be a whole number of orders from 1 to 100000.")
    elif key == "score_targets" and not (
        isinstance(value, dict)
        and all(
            isinstance(k, str)
            and k.count(".") == 1
            and isinstance(v, int | float)
            and not isinstance(v, bool)
            and 0 < v < 1
            for k, v in value.items()
        )
    ):
        raise UserError(
            "score_targets must map marketplace.metric to a fraction between 0 and 1, "
            'e.g. {"coupang.on_time_shipment": 0.95}.'
        )
    elif key == "lock_stale_minutes" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1440
    ):
        raise UserError("lock_stale_minutes must be a whole number of minutes from 1 to 1440.")
    elif key == "score_at_risk_margin" and not (
        isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
    ):
        raise UserError("score_at_risk_margin must be a fraction from 0 to 1, e.g. 0.2.")
    elif key == "backup_dir" and not (value is None or (isinstance(value, str) and value.strip())):
        raise UserError(
            "backup_dir must be a folder path, or null for backups beside the database."
        )
    elif key == "backup_keep" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000
    ):
        raise UserError("backup_keep must be a whole number of backups from 1 to 1000.")
    elif key == "mask_labels" and not isinstance(value, bool):
        raise UserError("mask_labels must be true or false.")
    elif key == "purge_after_days" and not (
        value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 1)
    ):
        raise UserError(
            "purge_after_days must be a whole number of days (1 or more), or null for never."
        )
    elif key == "manual_confirm" and value not in MANUAL_CONFIRM:
        raise UserError(f"manual_confirm must be one of {', '.join(MANUAL_CONFIRM)}.")
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
