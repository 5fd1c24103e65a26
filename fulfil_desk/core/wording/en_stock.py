"""English: what the stock domain says (products, the ledger, cycle counts, goods in and
counting at the bench)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Term("stock_reason", StockReason): why a ledger row moved stock
    "stock_reason.received": "received",
    "stock_reason.count": "count",
    "stock_reason.damaged": "damaged",
    "stock_reason.returned": "returned",
    "stock_reason.correction": "correction",
    "stock_reason.shipped": "shipped",
    # what a quantity is of (the `what` of a refused quantity)
    "stock.count_of": "Count of {sku}",
    "stock.goods_in_of": "Goods in of {sku}",
    "stock.safety_stock_of": "{sku} safety stock",
    "stock.reorder_point_of": "{sku} reorder point",
    # quantities and adjustments refused
    "stock.not_whole_units": "{what}: {quantity} is not a whole number of units.",
    "stock.quantity_out_of_range": (
        "{what}: {quantity} is not possible; enter a quantity from {low} to {high}."
    ),
    "stock.unknown_reason": "Unknown stock reason '{reason}'; use one of {reasons}.",
    "stock.reason_only_adds": "Stock {reason} can only add units; use correction for {delta}.",
    "stock.reason_only_removes": (
        "Stock {reason} can only remove units; use correction for {delta}."
    ),
    "stock.adjust_by_zero": "{sku}: an adjustment of 0 changes nothing; enter how many units.",
    "stock.adjust_too_big": "{sku}: {delta} units is not possible; adjust by at most {most}.",
    "stock.adjust_below_zero": (
        "{sku}: only {on_hand} on hand, so {delta} would leave {left}; count it instead."
    ),
    "stock.cannot_receive": "Cannot receive {quantity} units: enter a quantity from 1 to {most}.",
    # products
    "stock.product_needs_sku_and_name": "A product needs a SKU and a name.",
    "stock.barcode_taken": "Barcode {code} already belongs to {sku}.",
    "stock.unknown_product": "No product has SKU {sku}.",
    "stock.unknown_barcode": "Unknown barcode '{code}': no product has it.",
    "stock.products_saved": ("{n} product saved.", "{n} products saved."),
    # the ledger
    "stock.received": "Received {quantity} × {sku}; {on_hand} on hand.",
    "stock.counted_as_expected": "{sku}: {counted} counted, as expected.",
    "stock.counted_off": "{sku}: {counted} counted, {expected} expected ({delta}).",
    "stock.adjusted": "{sku}: {delta} ({reason}); {on_hand} on hand.",
    "stock.limits_set": "{sku}: safety stock {safety}, reorder point {reorder}.",
    "stock.cannot_write": "Cannot write {path}: {reason}.",
    "stock.shippable_exported": (
        "Shippable quantities of {n} SKU written to {path}.",
        "Shippable quantities of {n} SKUs written to {path}.",
    ),
    "stock.nothing_waiting_scan_first": "Nothing is waiting to be received: scan a product first.",
    # cycle counts
    "stock.no_such_count": "There is no stock count {count}.",
    "stock.count_already_cancelled": "The count of bin {bin} is already cancelled.",
    "stock.count_already_finished": "The count of bin {bin} is already finished.",
    "stock.no_product_in_bin": "No product is kept in bin '{bin}'; scan a bin label.",
    "stock.bin_being_counted": "Bin {bin} is being counted: finish or cancel that count first.",
    "stock.count_started": "Count of bin {bin} started: scan what is in it.",
    "stock.blind_count_started": "Blind count of bin {bin} started: scan what is in it.",
    "stock.blind_only_before_first": (
        "Blind can only be switched before the first item is counted."
    ),
    "stock.count_now_blind": "The count of bin {bin} is blind (expected quantities hidden).",
    "stock.count_now_not_blind": "The count of bin {bin} is not blind.",
    "stock.item_of_other_bin": (
        "{sku} belongs in bin {home}, not {bin}: take it there and count it with that bin."
    ),
    "stock.item_of_no_bin": (
        "{sku} belongs in no bin, not {bin}: take it there and count it with that bin."
    ),
    "stock.counted_in_bin": "{sku}: {counted} counted in {bin}.",
    "stock.count_difference": "{sku} {on_hand} → {counted} ({delta})",
    "stock.sku_delta": "{sku} {delta}",
    "stock.bin_counted_same": "Bin {bin} counted: no differences.",
    "stock.bin_counted_off": (
        "Bin {bin} counted: {n} difference posted: {differences}.",
        "Bin {bin} counted: {n} differences posted: {differences}.",
    ),
    "stock.count_cancelled": "Count of bin {bin} cancelled; stock unchanged.",
    # goods in at the bench
    "stock.goods_in_waiting": (
        "{sku} × {quantity} is waiting: press Enter to receive it, or scan CLEAR."
    ),
    "stock.goods_in_page": "Goods in: scan a product, then how many (Enter alone: 1).",
    "stock.goods_in_left_waiting": (
        "{sku} × {quantity} is not received yet; it waits on the goods-in page."
    ),
    "stock.nothing_waiting": "Nothing is waiting to be received.",
    "stock.goods_in_dropped": "{sku} × {quantity} dropped: not received.",
    "stock.scan_product_first": "Scan a product first, then how many (Enter alone receives 1).",
    "stock.received_scan_next": "{received} Scan the next product.",
    "stock.goods_in_not_signed": (
        "{code} is not a quantity to receive: goods in takes 1 to {most}. "
        "Stock that leaves is adjusted (damaged, correction), not received."
    ),
    "stock.goods_in_line_full": "{sku}: more than {most} in one line; Enter first.",
    "stock.goods_in_more": "{sku} × {quantity}: Enter receives them.",
    "stock.goods_in_scanned": "{sku} ({name}) × 1: type how many, or Enter to receive 1.",
    "stock.quantity_before_product": (
        "{quantity}: scan the product first, then how many. Nothing was received."
    ),
    "stock.goods_in_out_of_range": (
        "{quantity} units of {sku} cannot be received: enter 1 to {most}, "
        "or scan CLEAR to drop the line."
    ),
    "stock.goods_in_set": "{sku} × {quantity}: press Enter to receive.",
    "stock.goods_in_set_was": "{sku} × {quantity} (was {was}): press Enter to receive.",
    # counting at the bench
    "stock.counting_bin": "Counting bin {bin}: scan the next item, FINISH to finish.",
    "stock.count_page": "Cycle count: scan a bin label (BLIND first for a blind count).",
    "stock.count_left_open": "The count of bin {bin} stays open: scan COUNT to go on.",
    "stock.no_count_to_cancel": "No count is open to cancel.",
    "stock.scan_bin_to_count": "Scan a bin label to start counting it.",
    "stock.counted_scan_next": "{counted} Scan the next bin, or BACK.",
    "stock.count_not_signed": "{code}: a count is 0 or more; scan the item, then how many.",
    "stock.finish_same": (
        "Bin {bin}: no differences. Press Enter again within {within} (or scan FINISH) "
        "to post it; scan more items to go on counting."
    ),
    "stock.finish_off": (
        "Bin {bin}: {n} difference: {differences}. Press Enter again within {within} "
        "(or scan FINISH) to post it; scan more items to go on counting.",
        "Bin {bin}: {n} differences: {differences}. Press Enter again within {within} "
        "(or scan FINISH) to post it; scan more items to go on counting.",
    ),
    "stock.scan_bin_first": "Scan a bin label first: {sku} is kept in bin {bin}.",
    "stock.scan_bin_first_no_bin": "Scan a bin label first: {sku} is kept in no bin.",
    "stock.next_count_blind": "Blind count: expected quantities stay hidden. Scan a bin label.",
    "stock.next_count_not_blind": "Not blind: expected quantities are shown. Scan a bin label.",
    "stock.finish_before_next_bin": (
        "Bin {bin} is being counted: scan FINISH to finish it (or CANCEL) before counting {code}."
    ),
    "stock.item_counted": (
        "{sku} ({name}): {counted} counted. "
        "Scan the next item, a number if this scan was more, FINISH to finish."
    ),
    "stock.quantity_before_item": "{quantity}: scan an item first, then how many of it there are.",
    "stock.count_too_many": "{quantity} is not possible: count 0 to {most} per scan.",
    "stock.count_scan_is": "{sku}: this scan is {quantity}, {counted} counted in all.",
}
