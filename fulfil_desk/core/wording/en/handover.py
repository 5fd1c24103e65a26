"""English: what the handover domain says (core/handover/: the end-of-day list of parcels for
the courier's driver, its Handover page, its PDF and the `handover` commands)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # refusals
    "handover.no_list": "There is no closed handover list {id}.",
    "handover.no_list_code": (
        "'{code}' is not a handover list: give its number or its code ({form})."
    ),
    "handover.not_shipped": "Order {order} is {status}, not shipped: it cannot be handed over.",
    "handover.not_shipped_here": (
        "Order {order} was not shipped at the bench with a courier: it is on no handover list."
    ),
    "handover.other_courier": (
        "Order {order} went with {courier}, not {list}: hand it over on the {courier} list."
    ),
    "handover.handed_over_before": (
        "Order {order} was handed over already, on handover list HO-{id}."
    ),
    "handover.already_scanned": "Order {order} is scanned out already ({at}).",
    "handover.delivered_already": (
        "Order {order} is delivered already: it is on no handover list."
    ),
    "handover.nothing_to_close": "The {courier} list has no parcel to hand over.",
    "handover.not_scanned_out": (
        "{n} parcel of the {courier} list is not scanned out: {orders}.",
        "{n} parcels of the {courier} list are not scanned out: {orders}.",
    ),
    "handover.not_scanned_out_more": (
        "{n} parcel of the {courier} list is not scanned out: {orders} and {more} more.",
        "{n} parcels of the {courier} list are not scanned out: {orders} and {more} more.",
    ),
    "handover.none_scanned": (
        "No parcel of the {courier} list is scanned out: scan the parcels the driver takes."
    ),
    "handover.driver_needed": "Give the driver's name (scan DRIVER:<name> or type it).",
    "handover.driver_too_long": (
        "The driver's name is {length} characters long; give at most {most}."
    ),
    # outcomes
    "handover.scanned_out": (
        "{order} ({tracking}) scanned out for {courier}; {n} parcel left to scan.",
        "{order} ({tracking}) scanned out for {courier}; {n} parcels left to scan.",
    ),
    "handover.closed": (
        "Handover list HO-{id} closed: {n} parcel to {courier}, driver {driver}.",
        "Handover list HO-{id} closed: {n} parcels to {courier}, driver {driver}.",
    ),
    "handover.closed_forced": (
        "Handover list HO-{id} closed: {n} parcel to {courier}, driver {driver}; {left} not "
        "handed over stay for the next list.",
        "Handover list HO-{id} closed: {n} parcels to {courier}, driver {driver}; {left} not "
        "handed over stay for the next list.",
    ),
    # the Handover page of the bench
    "page.handover": "Handover",
    "handover.page": "Handover: scan the courier's code (COURIER:<code>) or the first parcel.",
    "handover.hint": "Scan each parcel the driver takes, then OK.",
    "handover.list_open": (
        "{courier} list: {scanned} of {n} parcel scanned out.",
        "{courier} list: {scanned} of {n} parcels scanned out.",
    ),
    "handover.left": (
        "Left the {courier} list: {n} parcel stays scanned out.",
        "Left the {courier} list: {n} parcels stay scanned out.",
    ),
    "handover.driver_set": "Driver: {driver}.",
    "handover.product_not_parcel": (
        "{code} is the barcode of product {sku}, not a parcel: scan the waybill on the box."
    ),
    "handover.not_here": "{code} is not a parcel: scan the waybill on the box.",
    "handover.unknown_parcel": (
        "{code} is no parcel of this shop: scan the waybill's tracking number or the order number."
    ),
    "handover.scan_courier_first": "Scan the courier's code (COURIER:<code>) or a parcel first.",
    "handover.scan_them_or_force": "Scan them, or scan FORCE to close without them.",
    "handover.scan_driver": "Scan DRIVER:<name> or type the driver's name, then OK.",
    "handover.print_it": "Print handover list HO-{id} for the driver to sign.",
    "handover.enter_at_handover": "closes the list when every parcel is scanned out",
    "handover.guide_parcel_does": "scans that parcel out for the driver",
    "handover.does_courier": "opens that courier's list",
    "handover.does_handover": "opens the Handover page: the parcels the driver takes",
    "handover.does_driver": "says who the driver is",
    "handover.does_finish": "closes the list when every parcel is scanned out",
    "handover.does_force": "closes the list; the parcels not scanned out stay for the next one",
    "handover.sheet_handover": "Handover to the driver",
    "handover.sheet_section": "Handover",
    "handover.sheet_force": "Close without the parcels left",
    # the printed list
    "handover.title": "Handover list",
    "handover.shop": "Shop: {shop}",
    "handover.courier": "Courier: {courier}",
    "handover.closed_at": "Closed: {at}",
    "handover.open_at": "Not closed yet, printed {at}",
    "handover.col_no": "No.",
    "handover.col_order": "Order number",
    "handover.col_tracking": "Tracking number",
    "handover.col_city": "City",
    "handover.col_weight": "Weight",
    "handover.col_box": "Box",
    "handover.col_handed": "Handed over",
    "handover.handed_yes": "Yes",
    "handover.handed_no": "No (next list)",
    "handover.handed_not_yet": "Not scanned",
    "handover.kg": "{kg} kg",
    "handover.total": (
        "Total handed over: {n} parcel, {kg} kg",
        "Total handed over: {n} parcels, {kg} kg",
    ),
    "handover.total_open": (
        "Total: {n} parcel, {kg} kg ({scanned} scanned out)",
        "Total: {n} parcels, {kg} kg ({scanned} scanned out)",
    ),
    "handover.left_on_list": (
        "Not handed over ({n}, they stay for the next list): {orders}",
        "Not handed over ({n}, they stay for the next list): {orders}",
    ),
    "handover.sign_driver": "Driver",
    "handover.sign_signature": "Signature",
    "handover.sign_time": "Time taken",
    "handover.sign_closed_by": "Closed by",
    # the command line
    "handover.cli_open_head": "Open handover list of {courier}",
    "handover.cli_closed_head": "Handover list {code} of {courier}, closed {at}, driver {driver}",
    "handover.cli_empty": "No parcel waits for {courier}.",
    "handover.cli_lines": "{first}\n{then}",
    "handover.cli_none_closed": "No handover list is closed yet.",
    "handover.cli_driver_with_close": "--driver and --force go with --close.",
    "handover.cli_close_needs_driver": "--close needs --driver NAME: who takes the parcels.",
    "cli.column.stats.handed_over": "Handed over",
    "cli.column.handover.tracking": "TRACKING",
    "cli.column.handover.city": "CITY",
    "cli.column.handover.weight": "WEIGHT",
    "cli.column.handover.box": "BOX",
    "cli.column.handover.state": "HANDED OVER",
    "cli.column.handover.driver": "DRIVER",
    "cli.column.handover.handed": "HANDED",
    "cli.column.handover.left": "LEFT",
    "cli.help.handover": "The end-of-day handover lists of parcels for the courier's driver.",
    "cli.help_more.handover": (
        "`handover COURIER` lists the parcels shipped with that courier since its last closed "
        "list; --close --driver NAME closes it, refused while a parcel is not scanned out "
        "unless --force."
    ),
    "cli.help.handover.open": (
        "The open list of COURIER: every parcel shipped with it since its last closed list."
    ),
    "cli.option.handover.open.out": "Write the list as a PDF to this file.",
    "cli.option.handover.open.close": "Close the list (needs --driver).",
    "cli.option.handover.open.driver": "The name of the driver who takes the parcels.",
    "cli.option.handover.open.force": (
        "Close even with parcels not scanned out: they stay for the next list."
    ),
    "cli.help.handover.show": (
        "A closed list again (its ID or its barcode HO-<id>); --out prints it again."
    ),
    "cli.option.handover.show.out": "Write the list as a PDF to this file.",
    "cli.help.handover.list": "The closed lists, the latest first.",
    "cli.option.handover.list.courier": "Only this courier's lists.",
}
