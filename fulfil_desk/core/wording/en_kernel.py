"""English: what every domain says (durations, lists), and the app's own vocabularies."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "duration.seconds": "{s} s",
    "duration.minutes": "{m} min",
    "duration.hours": "{h} h {m} min",
    "duration.days": "{d} d {h} h",
    "two_sentences": "{first} {then}",
    "kernel.no_order_with_id": "There is no order with id {order_id}.",
    # Term("status", OrderStatus): where an order is
    "status.new": "new",
    "status.on_hold": "on hold",
    "status.verified": "verified",
    "status.picking": "being picked",
    "status.picked": "picked",
    "status.packing": "being packed",
    "status.packed": "packed",
    "status.labelled": "labelled",
    "status.shipped": "shipped",
    "status.cancelled": "cancelled",
    # Term("hold_reason", HoldReason)
    "hold_reason.unknown_sku": "unknown SKU",
    "hold_reason.bad_quantity": "bad quantity",
    "hold_reason.bad_price": "bad price",
    "hold_reason.incomplete_address": "incomplete address",
    "hold_reason.out_of_stock": "out of stock",
    "hold_reason.missing_pccc": "no PCCC",
    "hold_reason.other": "other",
    # Term("cancel_reason", CancelReason)
    "cancel_reason.out_of_stock": "out of stock",
    "cancel_reason.cannot_ship": "cannot ship",
    "cancel_reason.pricing_error": "pricing error",
    "cancel_reason.undeliverable_address": "undeliverable address",
    "cancel_reason.buyer_requested": "buyer requested",
    "cancel_reason.buyer_wrong_item": "buyer ordered the wrong item",
    "cancel_reason.buyer_address_change": "buyer changed the address",
    # Term("address_field", …): Address.missing_fields
    "address_field.name": "name",
    "address_field.address": "address",
    "address_field.postal_code": "postal code",
    "address_field.country": "country",
    "address_field.phone": "phone",
    # Term("cancelled_by", CancelledBy)
    "cancelled_by.seller": "seller",
    "cancelled_by.buyer": "buyer",
    # Couriers (core/kernel/couriers.py); {courier} is the courier's name in the reader's
    # language. The formats complete "<courier> tracking numbers are …".
    "list.separator": ", ",  # between the items of a list
    "list.or": "{some} or {last}",
    "courier.range": "{low} to {high}",
    "courier.format_digits": "{count} digits",
    "courier.format_digits_starting": "{count} digits starting with {start}",
    "courier.format_ups_1z": "1Z followed by 16 letters and digits",
    "courier.format_prefixed": "{prefix} followed by {count} digits",
    "courier.format_s10": "2 letters, 9 digits and {country}",
    "courier.format_s10_any_country": "2 letters, 9 digits and a country code",
    "courier.read_usps_after_routing": "the USPS number after the 420+ZIP routing code",
    "courier.read_usps_implied_91": "a USPS 20-digit number with the implied 91 prefix",
    "courier.read_fedex_in_label_barcode": (
        "the FedEx 12-digit number inside a 34-digit label barcode"
    ),
    "courier.read_fedex_in_ground_barcode": (
        "the FedEx 12-digit number inside a 34-digit Ground barcode"
    ),
    "courier.read_fedex_in_astra_barcode": (
        "the FedEx 12-digit number inside a 32-digit ASTRA barcode"
    ),
    "courier.wrong_check_digit": (
        "The check digit of this {courier} number is wrong (expected {expected}, got {got}): "
        "re-scan it."
    ),
    "courier.s10_other_country": "{courier} numbers end in {ends}, not {got}: check the courier.",
    "courier.s10_no_country": (
        "This {courier} number ends in {got}, not a country code: re-scan it."
    ),
    "courier.tracking_empty": "The {courier} tracking number is empty: scan the label.",
    "courier.no_check_digit": (
        "{courier} has no confirmed check digit; only the form was checked."
    ),
    "courier.hangul_in_number": (
        "This {courier} number contains '{char}', which cannot be in a tracking number: "
        "switch the keyboard to English (한/영) and re-scan it."
    ),
    "courier.foreign_in_number": (
        "This {courier} number contains '{char}', which cannot be in a tracking number: re-scan it."
    ),
    "courier.control_in_number": (
        "This {courier} number contains {codepoint}, which cannot be in a tracking number: "
        "re-scan it."
    ),
    "courier.shape_has_letters": (
        "{courier} tracking numbers are {shapes}; this one has letters in it."
    ),
    "courier.shape_starts_with": (
        "{courier} tracking numbers are {shapes}; this one starts with {start}."
    ),
    "courier.shape_length": "{courier} tracking numbers are {shapes}; this one has {length}.",
    "courier.shape_mismatch": (
        "{courier} tracking numbers are {shapes}; this one ({length} characters) does not "
        "match: check the courier."
    ),
    "courier.code_and_name": "{code} ({name})",
    "courier.unknown_did_you_mean": (
        "There is no courier with the code '{code}'. Did you mean {guesses}?"
    ),
    "courier.unknown": "There is no courier with the code '{code}'. The codes are {codes}.",
    # Settings (core/kernel/settings.py): {key} is the setting's name, as typed; {value} the
    # value refused, quoted as Python writes it ('Mars/Base'); {example} a value in JSON.
    "setting.unknown": "There is no setting '{key}'; the settings are: {keys}.",
    "setting.not_a_time_zone": "{value} is not a time zone; use a name like Asia/Seoul.",
    "setting.not_a_holiday_country": (
        "{value} is not a country code the holiday calendar knows (e.g. KR)."
    ),
    "setting.days_from_to": "{key} must be a whole number of days from {least} to {most}.",
    "setting.orders_from_to": "{key} must be a whole number of orders from {least} to {most}.",
    "setting.minutes_from_to": "{key} must be a whole number of minutes from {least} to {most}.",
    "setting.backups_from_to": "{key} must be a whole number of backups from {least} to {most}.",
    "setting.lead_days_map": "{key} must map marketplaces to days, e.g. {example}.",
    "setting.weekday_numbers": (
        "{key} must list at least one weekday number, Monday = 0 to Sunday = 6, e.g. {example}."
    ),
    "setting.not_a_cutoff": "{value} is not a cut-off time; write it as HH:MM, e.g. 14:00.",
    "setting.score_targets_map": (
        "{key} must map marketplace.metric to a fraction between 0 and 1, e.g. {example}."
    ),
    "setting.fraction": "{key} must be a fraction from 0 to 1, e.g. 0.2.",
    "setting.folder_or_null": (
        "{key} must be a folder path, or null for backups beside the database."
    ),
    "setting.true_or_false": "{key} must be true or false.",
    "setting.days_or_null": (
        "{key} must be a whole number of days (1 or more), or null for never."
    ),
    "setting.one_of": "{key} must be one of {choices}.",
    "setting.address_fields": "{key} must be a JSON object with the fields {fields}.",
    "setting.box_presets_list": "{key} must be a list like {example}.",
    "setting.keep_one_box_preset": "Keep at least one box preset.",
    "box.s": "Small 22×19×9 cm",
    "box.m": "Medium 34×25×21 cm",
    "box.l": "Large 48×38×34 cm",
}
