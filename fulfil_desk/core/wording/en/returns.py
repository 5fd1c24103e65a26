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
}
