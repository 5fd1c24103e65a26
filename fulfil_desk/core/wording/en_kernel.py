"""English: what every domain says (durations, lists), and the app's own vocabularies."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "duration.seconds": "{s} s",
    "duration.minutes": "{m} min",
    "duration.hours": "{h} h {m} min",
    "duration.days": "{d} d {h} h",
    "two_sentences": "{first} {then}",
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
    "hold_reason.other": "other",
    # Term("cancel_reason", CancelReason)
    "cancel_reason.out_of_stock": "out of stock",
    "cancel_reason.cannot_ship": "cannot ship",
    "cancel_reason.pricing_error": "pricing error",
    "cancel_reason.undeliverable_address": "undeliverable address",
    "cancel_reason.buyer_requested": "buyer requested",
    "cancel_reason.buyer_wrong_item": "buyer ordered the wrong item",
    "cancel_reason.buyer_address_change": "buyer changed the address",
    # Term("cancelled_by", CancelledBy)
    "cancelled_by.seller": "seller",
    "cancelled_by.buyer": "buyer",
}
