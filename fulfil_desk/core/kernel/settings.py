"""The shop's settings, with defaults a Korean cross-border seller starts from."""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Address, ShopInfo
from fulfil_desk.core.wording.languages import LANGUAGES


@dataclass(frozen=True)
class BoxPreset:
    code: str
    name: str
    tare_g: int


MANUAL_CONFIRM = ("allowed", "forbidden", "supervisor")
STATION_SETTINGS = ("language",)  # each station has its own value; the rest are the shop's

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
    # Print queues of thermal printers that take ZPL as it is (CUPS raw queues), with each
    # printer's dots per inch: {"Zebra_ZD421": 203}. A label printed to one is sent as ZPL.
    "zpl_printers": {},
    # The language this station's window speaks (ko, zh_CN, en); None: the system's, when it
    # is Korean or Chinese, else English. Kept per station: see STATION_SETTINGS.
    "language": None,
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
    # Customs (core/customs/rules.py): a postal parcel declared at no more than this, in
    # whole units of the order's currency, carries a CN22, above it a CN23 (UPU: 300 SDR).
    "customs_postal_limits": {
        "KRW": 550_000,
        "JPY": 60_000,
        "USD": 400,
        "EUR": 350,
        "GBP": 300,
        "CNY": 2_900,
        "CAD": 550,
        "AUD": 600,
    },
    # Label layouts (resources/label_layouts/, or the shop's own in its database): the
    # layout of each courier's labels, {"CJGLS": "cj-standard"}, and of any other courier's.
    "label_layouts": {},
    "default_label_layout": "4x6",
    # MANUAL at pick and pack (a unit confirmed by hand when its barcode will not scan):
    # "allowed", "forbidden", or "supervisor" (a supervisor's badge confirms each one).
    "manual_confirm": "allowed",
    # Parcels in transit (core/aftersales/transit.py): the shipping days each courier takes
    # to deliver, by courier code, and for a courier not listed; a parcel not delivered after
    # them is stale, and lost once lost_after_days more shipping days have passed.
    "transit_days": {
        "CJGLS": 2,
        "HYUNDAI": 2,
        "HANJIN": 2,
        "KGB": 2,
        "EPOST": 2,
        "KDEXP": 2,
        "ILYANG": 2,
        "CVSNET": 2,
        "CUPARCEL": 2,
        "DAESIN": 2,
        "HDEXP": 2,
        "CHUNIL": 2,
        "EMS": 5,
        "UPS": 5,
        "FEDEX": 5,
        "DHL": 5,
        "USPS": 10,
        "SF": 5,
        "YUNEXPRESS": 12,
        "CHINAPOST": 15,
        "JAPANPOST": 5,
        "YAMATO": 3,
        "SAGAWA": 3,
    },  # fmt: skip
    "default_transit_days": 2,
    "lost_after_days": 10,
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


# The shipped presets' names, in the reader's words until the shop renames a box.
_SHIPPED_BOXES = {(b.code, b.name): b.code for b in box_presets(DEFAULTS)}


def box_name(preset: BoxPreset) -> Term | str:
    """A box preset's name as a person reads it: the shop's own name as written; a shipped
    preset's name in the reader's language."""
    shipped = _SHIPPED_BOXES.get((preset.code, preset.name))
    return Term("box", shipped.lower()) if shipped else preset.name


def check_setting(key: str, value) -> None:
    """Refuse a value the shop could not work with, with a message saying why."""
    from fulfil_desk.core.kernel.errors import UserError

    if key not in DEFAULTS:
        raise UserError(Message("setting.unknown", key=key, keys=tuple(DEFAULTS)))
    if (refused := _refusal(key, value)) is not None:
        raise UserError(refused)


def _holiday_countries():
    import holidays

    return holidays.list_supported_countries()


def _whole(value, least: int, most: int | None = None) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and least <= value
        and (most is None or value <= most)
    )


def _refusal(key: str, value) -> Message | None:
    """Why `value` cannot be the setting `key`; None when it can."""
    if key == "timezone":
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            return Message("setting.not_a_time_zone", value=repr(value))
    elif key == "country" and str(value) not in _holiday_countries():
        return Message("setting.not_a_holiday_country", value=repr(value))
    elif key in ("default_lead_days",) and not (isinstance(value, int) and 0 <= value <= 30):
        return Message("setting.days_from_to", key=key, least=0, most=30)
    elif key == "lead_days" and not (
        isinstance(value, dict) and all(isinstance(v, int) and 0 <= v <= 30 for v in value.values())
    ):
        return Message("setting.lead_days_map", key=key, example='{"coupang": 1}')
    elif key in ("default_transit_days", "lost_after_days") and not _whole(value, 1, 60):
        return Message("setting.days_from_to", key=key, least=1, most=60)
    elif key == "transit_days" and not (
        isinstance(value, dict) and all(_whole(v, 1, 60) for v in value.values())
    ):
        return Message("deliveries.transit_days_map", key=key, example='{"CJGLS": 2}')
    elif key == "shipping_weekdays" and not (
        isinstance(value, list) and value and all(_whole(v, 0, 6) for v in value)
    ):
        return Message("setting.weekday_numbers", key=key, example="[0, 1, 2, 3, 4]")
    elif key == "cutoff":
        from fulfil_desk.core.calendar.holidays import parse_cutoff

        try:
            parse_cutoff(value)
        except ValueError:
            return Message("setting.not_a_cutoff", value=repr(value))
    elif key == "daily_capacity_orders" and not _whole(value, 1, 100_000):
        return Message("setting.orders_from_to", key=key, least=1, most=100_000)
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
        example = '{"coupang.on_time_shipment": 0.95}'
        return Message("setting.score_targets_map", key=key, example=example)
    elif key == "lock_stale_minutes" and not _whole(value, 1, 1440):
        return Message("setting.minutes_from_to", key=key, least=1, most=1440)
    elif key == "score_at_risk_margin" and not (
        isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
    ):
        return Message("setting.fraction", key=key)
    elif key == "backup_dir" and not (value is None or (isinstance(value, str) and value.strip())):
        return Message("setting.folder_or_null", key=key)
    elif key == "backup_keep" and not _whole(value, 1, 1000):
        return Message("setting.backups_from_to", key=key, least=1, most=1000)
    elif key == "zpl_printers" and not (
        isinstance(value, dict)
        and all(
            isinstance(k, str) and k.strip() and _whole(v, 203, 300) and v in (203, 300)
            for k, v in value.items()
        )
    ):
        return Message("zpl.printers_map", key=key, example='{"Zebra_ZD421": 203}')
    elif key == "mask_labels" and not isinstance(value, bool):
        return Message("setting.true_or_false", key=key)
    elif key == "label_layouts" and not (
        isinstance(value, dict)
        and all(isinstance(k, str) and isinstance(v, str) and v for k, v in value.items())
    ):
        return Message("setting.label_layouts_map", key=key, example='{"CJGLS": "cj-standard"}')
    elif key == "default_label_layout" and not (isinstance(value, str) and value.strip()):
        return Message("setting.layout_name", key=key)
    elif key == "purge_after_days" and not (value is None or _whole(value, 1)):
        return Message("setting.days_or_null", key=key)
    elif key == "language" and not (value is None or value in LANGUAGES):
        return Message("setting.one_of", key=key, choices=LANGUAGES)
    elif key == "manual_confirm" and value not in MANUAL_CONFIRM:
        return Message("setting.one_of", key=key, choices=MANUAL_CONFIRM)
    elif key == "customs_postal_limits":
        from fulfil_desk.core.customs.rules import check_limits

        return check_limits(value)
    elif key == "shop_address":
        if not isinstance(value, dict) or set(value) - set(Address.__dataclass_fields__):
            fields = tuple(Address.__dataclass_fields__)
            return Message("setting.address_fields", key=key, fields=fields)
    elif key == "box_presets":
        try:
            presets = [BoxPreset(**b) for b in value]
        except (TypeError, AttributeError):
            example = '[{"code": "S", "name": "Small", "tare_g": 80}]'
            return Message("setting.box_presets_list", key=key, example=example)
        if not presets:
            return Message("setting.keep_one_box_preset")
    return None
