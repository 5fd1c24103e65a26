"""English: what the reships domain says (reshipments and exchanges, their bench command and
their command-line help)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Term("reship_reason", …)
    "reship_reason.lost": "lost",
    "reship_reason.damaged": "damaged in transit",
    "reship_reason.wrong_item": "wrong item sent",
    "reship_reason.missing_item": "item missing",
    "reship_reason.exchange": "exchange",
    # Term("sheet_reason", …) for the command sheet's RESHIP codes
    "sheet_reship.lost": "Lost",
    "sheet_reship.damaged": "Damaged in transit",
    "sheet_reship.wrong_item": "Wrong item sent",
    "sheet_reship.missing_item": "Item missing",
    # what a reshipment is, where it shows
    "reships.replacement_for": "Replacement for {order} ({reason})",
    "reships.marker": "Reship",
    "reships.created": (
        "Reshipment {order} created for {original} ({reason}): {n} unit to send.",
        "Reshipment {order} created for {original} ({reason}): {n} units to send.",
    ),
    # refusals
    "reships.unknown_reason": "{reason!r} is not a reshipment reason; the reasons are {known}.",
    "reships.not_shipped": (
        "Order {order} is {status}, not shipped: only a shipped order can be reshipped."
    ),
    "reships.sku_not_on_order": "SKU {sku} is not on order {order}; its SKUs are {skus}.",
    "reships.quantity_not_positive": "The quantity of {sku} must be 1 or more, not {given}.",
    "reships.more_than_shipped": (
        "{asked} units of {sku} is more than order {order} shipped ({shipped})."
    ),
    "reships.no_product_to_send": "SKU {sku} is no product of this shop: nothing to send.",
    "reships.too_many": "Order {order} has {most} reshipments already.",
    # the bench
    "reships.does_reship": (
        "On a shipped order: send it again, all its lines, for the reason given"
    ),
    "reships.say_why_reship": "Say why the order is sent again: scan one of {codes}.",
    "reships.reship_needs_shipped_order": ("Scan the shipped order first, then RESHIP:<reason>."),
    "reships.sheet_reship": "Reship a shipped order",
    "reships.sheet_reship_for": "Reship: {reason}",
    "reships.press_enter_to_verify": "Press Enter to verify it.",
    # the exports
    "reships.amazon_no_reship_upload": (
        "Reshipment {order} is left out: Amazon's shipping confirmation file has no "
        "reshipment upload; give its tracking number to the buyer in a message."
    ),
    "reships.original_not_from_delivery_list": (
        "Reshipment {order} is left out: its original order {original} did not come from a "
        "Coupang DeliveryList."
    ),
    # the command line
    "reships.cli_qty_per_sku": "Give one --qty for each --sku, or none (each SKU as shipped).",
    "cli.help.reship": "Send a shipped order again: all its lines, or the SKUs given.",
    "cli.help_more.reship": (
        "The reshipment is a new order numbered <ORDER>-R1, -R2, …, linked to the original, "
        "with a ship-by counted from today; it goes through the bench like any order, and its "
        "tracking number is exported on the original's row (Coupang) or with the original's "
        "number (CSV)."
    ),
    "cli.option.reship.reason": "Why it is sent again: lost, damaged, wrong_item, missing_item.",
    "cli.option.reship.sku": "Send only this SKU (repeat for more); default every line.",
    "cli.option.reship.qty": "How many of the --sku before it (default: as many as shipped).",
    "cli.help.exchange": (
        "Exchange a unit of a shipped order: send --for (default the same SKU) in its place."
    ),
    "cli.option.exchange.sku": "The SKU of the shipped order the buyer exchanges.",
    "cli.option.exchange.qty": "How many units are exchanged.",
    "cli.option.exchange.for": "The SKU to send instead (default: the same SKU).",
}
