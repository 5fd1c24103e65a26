"""English: what returns say (core/aftersales/returns.py, the Returns page of the bench and
the `return` and `returns` commands)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Term("return_condition", Condition)
    "return_condition.resellable": "resellable",
    "return_condition.damaged": "damaged",
    "return_condition.wrong_item": "not ours / wrong item",
    # Term("return_reason", ReturnReason)
    "return_reason.changed_mind": "changed mind",
    "return_reason.damaged_in_transit": "damaged in transit",
    "return_reason.wrong_item_sent": "wrong item sent",
    "return_reason.missing_parts": "missing parts",
    "return_reason.defective": "defective",
    "return_reason.exchange": "exchange",
    "return_reason.other": "other",
    # Term("return_status", …)
    "return_status.expected": "expected",
    "return_status.received": "received",
    # refusals
    "returns.unknown_condition": "Unknown condition '{given}'; use one of {codes}.",
    "returns.unknown_reason": "Unknown return reason '{given}'; use one of {codes}.",
    "returns.nothing_in_return": (
        "The return of {order} has no unit in it; scan each unit that came back."
    ),
    "returns.units_of": "units of {sku} returned",
    "returns.bad_code": "The code '{code}' cannot be a returned item: give 1 to {most} characters.",
    "returns.sku_not_on_order": (
        "{sku} is not on order {order}, which shipped {skus}; a unit that is not ours is a wrong "
        "item."
    ),
    "returns.more_than_shipped": (
        "{back} units of {sku} back is more than order {order} shipped ({shipped})."
    ),
    "returns.more_than_left": (
        "{back} units of {sku} back is more than order {order} shipped: {shipped}, of which "
        "{before} came back before."
    ),
    "returns.code_of_several": (
        "'{code}' is the tracking number of {n} returns; scan the order number instead."
    ),
    "returns.no_order_or_tracking": "'{code}' is no order number or tracking number of this shop.",
    "returns.not_shipped": (
        "Order {order} never shipped (it is {status}): only a shipped order can come back."
    ),
    # what a return did
    "returns.received": (
        "Return of {order} received: {resellable} back on hand, {damaged} damaged (not "
        "shippable), {wrong} not ours."
    ),
    "returns.sku_times": "{sku} ×{n}",
    "returns.missing": "Expected but not in the parcel: {units}.",
    "returns.ledger_note": "returned with order {order}",
    # the command line: `return` and `returns` (cli_aftersales/returns.py)
    "cli.help.return": "Take back a parcel the buyer returned: its units, condition and reason.",
    "cli.help_more.return": (
        "ORDER is the order number (a Coupang bundle's), the tracking number it shipped with, "
        "a return parcel's tracking number recorded for it, or the internal id. Give --sku once "
        "per SKU that came back; --qty, --condition and --reason once for all of them or once "
        "per --sku, in the same order. Resellable units go back on hand; damaged ones are "
        "recorded and never shippable; a wrong item (not ours) moves no stock."
    ),
    "cli.option.return.sku": "A SKU that came back (again for each SKU; a wrong item: its code).",
    "cli.option.return.qty": "How many units of it (default 1).",
    "cli.option.return.condition": "resellable, damaged or wrong_item (not ours / wrong item).",
    "cli.option.return.reason": (
        "changed_mind, damaged_in_transit, wrong_item_sent, missing_parts, defective or other "
        "(default other)."
    ),
    "cli.option.return.tracking": "The return parcel's own tracking number.",
    "cli.help.returns": "The returns received and expected, newest first.",
    "cli.option.returns.expected": "Only the returns the shop still waits for.",
    "cli.returns.once_or_per_sku": (
        "{option} was given {n} times for {skus} --sku: give it once, or once per --sku."
    ),
    "cli.returns.none": "No returns.",
    "cli.returns.line": "{sku} ×{n} {state} ({reason})",
    "cli.column.returns.tracking": "RETURN TRACKING",
    "cli.column.returns.units": "UNITS",
    # ---- the Returns page of the bench (core/aftersales/return_bench.py) ----------------------
    "page.returns": "Returns",
    "returns.does_return": "the Returns page, for a parcel a buyer sent back",
    "returns.does_cond": "the condition of the units scanned next (RESELLABLE, DAMAGED, WRONG)",
    "returns.does_reason": "the buyer's reason for the units scanned next",
    "returns.does_finish": "receive the return (as OK)",
    "returns.enter_at_returns": "receives the return scanned so far (in one go)",
    "returns.guide_parcel": "the return parcel's tracking number",
    "returns.guide_parcel_does": (
        "noted for the return (one recorded for an expected return finds its order)"
    ),
    "returns.guide_order_does": (
        "the order number or the tracking number it shipped with: opens its return"
    ),
    "returns.guide_unit_does": "one unit back, with the condition and reason in force",
    "returns.guide_quantity_does": "how many units the last scan was",
    "returns.hint": "Scan the units that came back, then OK.",
    "returns.sheet_section": "Returns",
    "returns.sheet_return": "Returns page",
    "returns.sheet_condition": "Condition: {condition}",
    "returns.sheet_reason": "Reason: {reason}",
    "returns.page": (
        "Returns: scan the return parcel's tracking number, the tracking number the order "
        "shipped with, or the order number."
    ),
    "returns.resumed": (
        "The return of {order} is open again (units scanned: {units}); go on scanning, OK to "
        "receive it."
    ),
    "returns.left": "The return of {order} was left: nothing received.",
    "returns.scan_order_first": (
        "Scan the order number or the tracking number the order shipped with first."
    ),
    "returns.product_not_order": (
        "{sku} is a product, not an order: scan the order number or a tracking number first."
    ),
    "returns.not_here": "'{code}' is no order, tracking number or product of this return.",
    "returns.unknown_condition_code": "COND:{code} is no condition; scan one of {codes}.",
    "returns.unknown_reason_code": "REASON:{code} is no return reason; scan one of {codes}.",
    "returns.condition_set": "The units scanned next are {condition}.",
    "returns.reason_set": "The reason for the units scanned next: {reason}.",
    "returns.order_open_here": "The return of {order} is open here: scan its units.",
    "returns.finish_first": (
        "{other} is another order: receive the return of {order} first (OK), or leave it (BACK)."
    ),
    "returns.all_back": "Every unit of order {order} has come back already.",
    "returns.order_opened": (
        "Return of {order}: expected {units}. Scan each unit that came back (now {condition}, "
        "{reason}); OK receives it."
    ),
    "returns.unit_scanned": "{sku} ×{n}: {condition}, {reason}. {total} in this return.",
    "returns.quantity_before_unit": "Scan a unit first, then how many it was ({quantity}).",
    "returns.quantity_out_of_range": "{quantity} is not a number of units: give 1 to {most}.",
    "returns.quantity_set": "That scan was {n} × {sku} ({condition}).",
    "returns.parcel_noted": (
        "Return parcel {parcel} noted: now scan the order number or the tracking number it "
        "shipped with."
    ),
    "returns.parcel_of": "Return parcel {parcel} noted for the return of {order}.",
    "returns.scan_next_return": "Scan the next return parcel, or BACK.",
}
