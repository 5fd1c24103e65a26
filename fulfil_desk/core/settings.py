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
