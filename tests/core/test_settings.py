"""The settings refuse a value the shop could not work with, saying why, and change nothing."""

from __future__ import annotations

import pytest
from wording import said

from fulfil_desk.core.kernel.errors import UserError


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        ("timezone", "Mars/Base", "'Mars/Base' is not a time zone; use a name like Asia/Seoul."),
        (
            "country",
            "XX",
            "'XX' is not a country code the holiday calendar knows (e.g. KR).",
        ),
        ("default_lead_days", 31, "default_lead_days must be a whole number of days from 0 to 30."),
        (
            "lead_days",
            {"coupang": -1},
            'lead_days must map marketplaces to days, e.g. {"coupang": 1}.',
        ),
        (
            "shipping_weekdays",
            [7],
            "shipping_weekdays must list at least one weekday number, Monday = 0 to Sunday = 6, "
            "e.g. [0, 1, 2, 3, 4].",
        ),
        ("cutoff", "2pm", "'2pm' is not a cut-off time; write it as HH:MM, e.g. 14:00."),
        (
            "daily_capacity_orders",
            0,
            "daily_capacity_orders must be a whole number of orders from 1 to 100000.",
        ),
        (
            "score_targets",
            {"on_time": 0.9},
            "score_targets must map marketplace.metric to a fraction between 0 and 1, "
            'e.g. {"coupang.on_time_shipment": 0.95}.',
        ),
        (
            "lock_stale_minutes",
            0,
            "lock_stale_minutes must be a whole number of minutes from 1 to 1440.",
        ),
        (
            "score_at_risk_margin",
            2,
            "score_at_risk_margin must be a fraction from 0 to 1, e.g. 0.2.",
        ),
        (
            "backup_dir",
            " ",
            "backup_dir must be a folder path, or null for backups beside the database.",
        ),
        ("backup_keep", 0, "backup_keep must be a whole number of backups from 1 to 1000."),
        ("mask_labels", "yes", "mask_labels must be true or false."),
        (
            "purge_after_days",
            0,
            "purge_after_days must be a whole number of days (1 or more), or null for never.",
        ),
        (
            "manual_confirm",
            "never",
            "manual_confirm must be one of allowed, forbidden, supervisor.",
        ),
        (
            "shop_address",
            {"street": "x"},
            "shop_address must be a JSON object with the fields name, phone, line1, line2, "
            "line3, city, state, postal_code, country.",
        ),
        (
            "box_presets",
            [{"code": "S"}],
            'box_presets must be a list like [{"code": "S", "name": "Small", "tare_g": 80}].',
        ),
        ("box_presets", [], "Keep at least one box preset."),
    ],
)
def test_a_refused_setting_says_why_and_changes_nothing(desk, key, value, sentence):
    before = desk.settings.get(key)
    with pytest.raises(UserError) as refused:
        desk.settings.set(key, value)
    assert said(refused.value) == sentence
    assert desk.settings.get(key) == before


def test_an_unknown_setting_lists_the_settings(desk):
    with pytest.raises(UserError) as refused:
        desk.settings.set("shop_colour", "blue")
    assert said(refused.value).startswith(
        "There is no setting 'shop_colour'; the settings are: shop_name, shop_address, country, "
    )


def test_an_unknown_courier_as_the_default_is_refused(desk):
    with pytest.raises(UserError) as refused:
        desk.settings.set("default_courier", "LOTTE")
    assert said(refused.value) == (
        "There is no courier with the code 'LOTTE'. Did you mean HYUNDAI (Lotte)?"
    )
    assert desk.settings.get("default_courier") == "CJGLS"
