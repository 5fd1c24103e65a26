"""English: what the bench domain says of orders and scans (its commands, help and command
sheet are in en_bench_commands.py). A parameter written `{code!r}` is quoted as typed:
'X-1', or "it's"."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "bench.then": "{first} · {then}",  # one scan, two orders: the one left, the one opened
    # ---- what the page wants next (core/bench/sentences.py HINTS) ----------------------------
    "bench.hint_queue": "Scan an order number, or press Enter for the most urgent order.",
    "bench.hint_done": (
        "Scan REPRINT to print its label again, another order, or Enter for the next order."
    ),
    "bench.hint_verify": "Press Enter to verify, or scan HOLD:<reason>, CANCEL:<reason> or BACK.",
    "bench.scan_next_on_pick_list": "Scan the next item on the pick list.",
    "bench.hint_pack": "Scan each item into the box, then the weight, then press Enter.",
    "bench.hint_label": "Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF.",
    "bench.hint_tracking": "Scan the tracking number on the courier's waybill.",
    "bench.hint_goods_in": "Scan a product, then how many; Enter receives it.",
    "bench.hint_count": "Scan the next item in the bin, or FINISH.",
    "bench.start_picking": "Press Enter to start picking this order.",
    # ---- how far an order is, where it was left ----------------------------------------------
    "bench.progress_picked": "{picked} of {units} picked",
    "bench.progress_packed": "{packed} of {units} in the box",
    "bench.progress_box_closed": "box closed, no label yet",
    "bench.progress_labelled": "label printed, no tracking number yet",
    "bench.resumed_at": "{order} resumed at {page}, {progress} (put aside)",
    "bench.resumed_from_station": "{order} resumed at {page}, {progress} (put aside at {station})",
    "bench.opened_at": "{order} opened at {page}",
    "bench.pick_list_put_aside": "Pick list {pick_list} put aside, {picked} of {wanted} picked",
    "bench.open_at_station": "{order} is open at station {station}",
    "bench.left_at": "{order} left at {page}",
    "bench.put_aside_at": "{order} put aside at {page}, {progress}",
    "bench.left_back_to_queue": "{left}. Back to the queue.",
    "bench.back_to_queue": "Back to the queue.",
    "bench.unanswered_scan_saved": (
        "The server is back: the scan {code} it was saving was saved. Go on with the next"
        " item (this scan was not applied)."
    ),
    "bench.unanswered_scan_not_saved": (
        "The server is back: the scan {code} it was saving was not saved. Scan it again."
    ),
    "bench.server_back_as_saved": (
        "The server is back: the order is shown as the database saved it. Go on from there"
        " (this scan was not applied)."
    ),
    "bench.unanswered_change_saved": (
        "The server is back: the change it was saving was saved (this scan was not applied)."
    ),
    "bench.unanswered_change_not_saved": (
        "The server is back: the change it was saving was not saved. Make it again."
    ),
    "bench.order_open_here": "Order {order} is open here.",
    "bench.order_at_page": "Order {order}: {page}.",
    "bench.already_open_here": "Already open at this station.",
    "bench.nothing_to_take_over": (
        "Nothing to take over: scan the order open at another station, then TAKEOVER."
    ),
    "bench.open_an_order_first": "Open an order first: scan its order number.",
    # ---- a finished order, as the Order page says it ----------------------------------------
    "bench.record_cancelled_at_by": (
        "Order {order} was cancelled {at} by {who} ({reason}, {cancelled_by} cancellation). "
        "Nothing to ship."
    ),
    "bench.record_cancelled_at": (
        "Order {order} was cancelled {at} ({reason}, {cancelled_by} cancellation). Nothing to ship."
    ),
    "bench.record_cancelled": (
        "Order {order} was cancelled ({reason}, {cancelled_by} cancellation). Nothing to ship."
    ),
    "bench.record_shipped_at_by": (
        "Order {order} shipped {at} {how}, {who}. Scan REPRINT to print its label again."
    ),
    "bench.record_shipped_at": (
        "Order {order} shipped {at} {how}. Scan REPRINT to print its label again."
    ),
    "bench.record_shipped_by_whom": (
        "Order {order} shipped {how}, {who}. Scan REPRINT to print its label again."
    ),
    "bench.record_shipped": "Order {order} shipped {how}. Scan REPRINT to print its label again.",
    "bench.record_with_tracking": "with {courier} {tracking}",
    "bench.record_no_tracking": "(no tracking number recorded)",
    "bench.record_packed_by": "packed by {by}",
    "bench.record_shipped_by": "shipped by {by}",
    # ---- what a scan is, and what it is not --------------------------------------------------
    "bench.scan_too_long": (
        "That scan is {length} characters long; no barcode, order number or command has more "
        "than {longest}. Scan again."
    ),
    "bench.code_is_two_things": (
        "{code} is both {things}: it cannot be scanned until one of them changes. Nothing was done."
    ),
    "bench.this_and_that": "{first} and {then}",
    # Said once per session, after the verdict of the first scan read back from an input method
    "bench.read_from_hangul_mode": (
        "The input method is in Hangul mode: the scan {typed!r} was read as {code!r}. Press the "
        "Han/Yeong (한/영) key to switch it to English."
    ),
    "bench.read_from_full_width": (
        "The input method is in full-width mode: the scan {typed!r} was read as {code!r}. "
        "Switch it to English (half-width) input."
    ),
    "bench.is_product_barcode": "the barcode of product {sku}",
    "bench.is_order_number": "the number of order {order}",
    "bench.is_packer_badge": "the badge of packer {packer}",
    "bench.is_tracking_number": "the tracking number of order {order}",
    "bench.command_not_used_here": "{code} is not used at {page} (only at {pages}). {hint}",
    "bench.product_not_used_here": "{code} is product {sku}: not used at {page}. {hint}",
    "bench.unknown_code": "Unknown code {code!r}: no order, product or command has it. {hint}",
    "bench.unknown_hold_reason": "Unknown hold reason {reason!r}; scan one of {codes}.",
    "bench.unknown_cancel_reason": "Unknown cancel reason {reason!r}; scan one of {codes}.",
    "bench.unknown_reprint_reason": "Unknown reprint reason {reason!r}; scan one of {codes}.",
    "bench.no_order_numbered": "No order has the number {number!r}.",
    "bench.order_on_several_marketplaces": (
        "Order number {number} exists on several marketplaces: {where}. Use the id."
    ),
    "bench.marketplace_and_id": "{marketplace} (id {id})",
    "bench.unknown_status": "Unknown status {status!r}; use one of {statuses}.",
    "bench.tracking_already_used": "Tracking number {tracking} is already used on order {order}.",
    "bench.tracking_of_order": (
        "{code} is the tracking number of order {order}, which is {status}. {hint}"
    ),
    "bench.number_of_order_too": "{code} is the number of order {order} too: {instead}",
    "bench.give_line_instead": "double-click line {code} instead, or scan CLEAR, then the order.",
    "bench.give_weight_instead": (
        "scan the weight with its unit ({code}g), or BACK, then the order."
    ),
    "bench.give_units_instead": (
        "scan the product once for each unit instead, or BACK, then the order."
    ),
    "bench.own_number_not_tracking": (
        "{code} is the number of this order (the barcode on its label), not a tracking "
        "number: scan the barcode on the courier's waybill."
    ),
    "bench.order_number_not_tracking": (
        "{code} is the number of order {order}, not a tracking number: scan the barcode on "
        "the courier's waybill."
    ),
    "bench.product_not_tracking": (
        "{code} is the barcode of product {sku}, not a tracking number: scan the barcode on "
        "the courier's waybill."
    ),
    "bench.order_on_this_pick_list": "Order {order} is on this pick list. {hint}",
    "bench.product_not_order": (
        "{code} is product {sku}, not an order: scan an order number (or GOODS-IN to receive "
        "stock)."
    ),
    # ---- the queue ---------------------------------------------------------------------------
    "bench.queue_empty": "The queue is empty. Import orders to start.",
    "bench.urgent_orders_open_elsewhere": (
        "The most urgent order is open at another station: scan an order number to open another.",
        "The {n} most urgent orders are open at other stations: scan an order number to open "
        "another.",
    ),
    "bench.every_verified_open_elsewhere": (
        "Every verified order ({orders}) is open at another station; scan one of them to see where."
    ),
    "bench.verified_open_elsewhere_left_out": (
        "{n} verified order open at another station is not on it.",
        "{n} verified orders open at other stations are not on it.",
    ),
    # ---- verify, hold, cancel ----------------------------------------------------------------
    "bench.order_verified": "Order {order} verified.",
    "bench.verified_on_hold": "On hold: {problems}",
    "bench.order_on_hold": "Order {order} is on hold.",
    "bench.order_on_hold_for": "Order {order} is on hold ({reason}).",
    "bench.held_at_the_bench": "Held at the bench.",
    "bench.order_cancelled": "Order {order} cancelled ({cancelled_by} cancellation).",
    "bench.say_why_cancel": "Say why: scan one of {codes}.",
    "bench.press_enter_to_pick": "Press Enter to pick it.",
    "bench.unknown_sku": "SKU {sku} is not a known product.",
    "bench.quantity_not_sane": "{sku}: quantity {quantity} is not sane.",
    "bench.unit_price_not_sane": "{sku}: unit price {price} is not sane.",
    "bench.address_incomplete": "The address has no {missing}.",
    "bench.not_enough_free": "{sku}: {needed} needed, only {free} can ship.",
    "bench.cannot_become": "Order {order} is {status}; it cannot become {to} from there.",
    "bench.at_another_step": "Order {order} is at {step}, not {wanted}.",
    "bench.already_finished": "Order {order} is already {status}.",
    # ---- pick --------------------------------------------------------------------------------
    "bench.choose_orders_to_pick": "Choose at least one verified order to pick.",
    "bench.only_verified_picked": "Only verified orders can be picked; not {orders}.",
    "bench.pick_list_started": "Pick list {pick_list} started.",
    "bench.pick_list_nothing_left": "Pick list {pick_list} has nothing left to pick.",
    "bench.unit_picked": "{sku}: {picked} of {quantity} for {order}.",
    "bench.order_picked": "Order {order} is picked.",
    "bench.not_on_pick_list": "{code} ({sku}) is not on this pick list. Put it back.",
    "bench.all_picked": "All {total} of {sku} are already picked. Put this one back.",
    "bench.scan_each_into_box": "Scan each item into the box.",
    "bench.pick_list_done": "Pick list done: scan an order to pack it.",
    # ---- by hand (MANUAL) --------------------------------------------------------------------
    "bench.line_number_not_product": (
        "{code} is not a product. To confirm a unit by hand, scan MANUAL, then its line's number."
    ),
    "bench.unknown_barcode": "Unknown barcode {code!r}: no product has it.",
    "bench.manual_switched_off": (
        "Confirming a unit by hand is switched off at this shop (setting manual_confirm): "
        "scan its barcode."
    ),
    "bench.manual_which_line": (
        "Manual: scan the number of the line (1 to {lines}) to confirm one unit of it by hand, "
        "or CLEAR."
    ),
    "bench.manual_stopped": "Manual confirmation stopped.",
    "bench.line_waits_for_badge": "Line {line} waits for a supervisor's badge, or CLEAR.",
    "bench.manual_wants_a_line": (
        "Manual waits for a line number from 1 to {lines} (or CLEAR); {code!r} is not one."
    ),
    "bench.line_needs_a_supervisor": (
        "Line {line} ({sku}): scan a supervisor's badge to confirm it."
    ),
    "bench.not_a_supervisor": "{name} is not a supervisor: a supervisor's badge confirms by hand.",
    "bench.by_hand": "By hand: {said}",
    # ---- pack --------------------------------------------------------------------------------
    "bench.unit_in_box": "{sku} in the box; {left} to go.",
    "bench.every_unit_in_box": "Every unit is in the box.",
    "bench.every_unit_in_box_weigh": (
        "Every unit is in the box: scan the weight (or press Enter for the suggested one) to "
        "close it."
    ),
    "bench.not_in_order": "{code} ({sku}) is not in order {order}. Keep it out of the box.",
    "bench.all_in_box": "All {total} of {sku} are already in the box. Keep this one out.",
    "bench.no_such_box": "There is no box {box!r}; scan one of {codes}.",
    "bench.box_chosen": "Box {box}.",
    "bench.unknown_box": "Unknown box {box!r}; use one of {codes}.",
    "bench.weight_before_every_unit": (
        "{weight} looks like a weight, but {packed} of {units} units are in the box: scan "
        "every unit first."
    ),
    "bench.weight_out_of_range": (
        "A parcel weight of {grams} g is not possible (1 g to {max_kg} kg); weigh it again."
    ),
    "bench.weight_impossible": "A parcel weight of {grams} g is not possible; weigh it again.",
    "bench.weight_chosen": "Weight {grams} g. Press Enter to close the box.",
    "bench.units_not_in_box": (
        "{n} unit of order {order} is not in the box yet.",
        "{n} units of order {order} are not in the box yet.",
    ),
    "bench.order_packed": "Order {order} packed.",
    "bench.press_enter_to_print_label": "Press Enter to print its label.",
    # ---- label -------------------------------------------------------------------------------
    "bench.printing_label": "Printing the label…",
    "bench.saving_label": "Saving the label as PDF…",
    "bench.label_not_printed_yet": "The label is not printed yet: press Enter to print it.",
    "bench.pack_before_label": "Pack these orders before their label: {orders}.",
    "bench.label_done": "Label done: {how}.",
    "bench.scan_the_tracking_number": "Scan the tracking number.",
    "bench.printing_again": "Printing the label of {order} again ({reason})…",
    "bench.no_label_to_reprint": "Order {order} is {status}: it has no label to reprint.",
    "bench.no_label_to_print_again": "Order {order} is {status}: it has no label to print again.",
    "bench.label_printed_again": "Label of {order} printed again ({reason}): {how}.",
    # ---- tracking ----------------------------------------------------------------------------
    "bench.courier_chosen": "Courier: {courier}.",
    "bench.label_printed_reprint": "The label is printed: scan REPRINT to print it again.",
    "bench.scan_tracking_from_waybill": "Scan the tracking number from the courier's waybill.",
    "bench.choose_courier_first": "Choose the courier first (scan COURIER:<code>).",
    "bench.order_shipped": "Order {order} shipped with {courier} {tracking}.",
    "bench.order_shipped_read_as": (
        "Order {order} shipped with {courier} {tracking} (read {read_as})."
    ),
    "bench.press_enter_for_next": "Press Enter for the next order.",
    # ---- stations and their locks ------------------------------------------------------------
    "bench.station_name_rule": (
        "A station name is 1 to {longest} printable characters, e.g. bench-2."
    ),
    "bench.order_open_elsewhere": (
        "Order {order} is open at station {station} (packer {packer}) since {since}. "
        "Scan {takeover} to take it over."
    ),
    "bench.order_lock_stale": (
        "Order {order} was opened at station {station} (packer {packer}) at {since}, which has "
        "not scanned it since {seen}: the lock is stale (over {minutes} minutes). "
        "Scan {takeover} to take it over."
    ),
    "bench.taken_over": "Order {order} taken over from station {station} (packer {packer}).",
    "bench.taken_over_stale": (
        "Order {order} taken over from station {station} (packer {packer}; its lock was stale)."
    ),
}
