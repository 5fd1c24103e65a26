"""English: waybill number bands and the numbers given to labels (core/waybills/,
cli_shipping/waybills.py)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Loading a band
    "waybills.end_first": "the first number {number}",
    "waybills.end_last": "the last number {number}",
    "waybills.bad_end": "Cannot load the band: {end} is wrong. {why}",
    "waybills.digits_only": (
        "Cannot load the band: {end} is not all digits; {courier} bands are loaded only as "
        "runs of digit numbers."
    ),
    "waybills.check_digit_unsupported": (
        "Cannot load the band: fulfil-desk cannot yet make {courier}'s check digits for the "
        "numbers between the first and the last."
    ),
    "waybills.lengths_differ": (
        "Cannot load the band: the first number {first} and the last number {last} have "
        "different numbers of digits."
    ),
    "waybills.first_after_last": (
        "Cannot load the band: the first number {first} comes after the last number {last}."
    ),
    "waybills.band_too_big": (
        "Cannot load the band: it holds {n} numbers, more than {most}. Load it in parts."
    ),
    "waybills.band_overlaps": (
        "Cannot load the band {first} to {last}: it overlaps the {courier} band {other_first} "
        "to {other_last} already loaded."
    ),
    "waybills.band_added": (
        "Loaded the {courier} band {first} to {last}: {n} waybill number, its check digit "
        "verified.",
        "Loaded the {courier} band {first} to {last}: {n} waybill numbers, each with its "
        "check digit verified.",
    ),
    "waybills.band_added_unverified": (
        "Loaded the {courier} band {first} to {last}: {n} waybill number. {courier} does not "
        "publish its check digit, so the number is taken as given and its check digit is not "
        "verified.",
        "Loaded the {courier} band {first} to {last}: {n} waybill numbers. {courier} does not "
        "publish its check digit, so the numbers are taken as given and their check digits "
        "are not verified.",
    ),
    # Numbers left
    "waybills.courier_left": "{courier} {left} of {size}",
    "waybills.running_low": "Waybill numbers running low (under 10 % left): {couriers}.",
    "waybills.none_left": (
        "No {courier} waybill numbers are left in the loaded bands: scan the courier's own "
        "waybill at the Tracking step, and load a new band."
    ),
    # At the Tracking step
    "waybills.scan_the_box": "Scan the waybill on the box: it must be {number}.",
    "waybills.box_carries_other": (
        "This box must carry waybill number {expected}, you scanned {scanned}: scan the "
        "waybill printed for this order."
    ),
    "waybills.number_of_other_courier": (
        "Waybill number {number} is {courier}'s: choose COURIER:{code} to ship this order."
    ),
    # Reprints and voids
    "waybills.number_voided": "Waybill number {number} is void.",
    "waybills.number_replaced": (
        "Waybill number {old} is void; the new label carries {new}: put it on the box."
    ),
    "waybills.say_why_void": "Say why the waybill number is void (--reason).",
    "waybills.not_given": "Waybill number {number} has not been given to any label.",
    "waybills.number_ambiguous": (
        "Waybill number {number} was given by several couriers ({couriers}): it cannot be "
        "voided here."
    ),
    "waybills.already_void": "Waybill number {number} is void already.",
    "waybills.void_shipped": (
        "Waybill number {number} cannot be voided: order {order} shipped with it."
    ),
    "waybills.voided": (
        "Waybill number {number} of order {order} is void and will never be given again; "
        "the order's next label gets a new number."
    ),
    # The command line
    "waybills.list_none": "No waybill number band is loaded.",
    "waybills.column_courier": "courier",
    "waybills.column_from": "from",
    "waybills.column_to": "to",
    "waybills.column_used": "used",
    "waybills.column_void": "void",
    "waybills.column_left": "left",
    "cli.help.waybills": "Waybill number bands from the couriers, and the numbers given.",
    "cli.help.waybills.add": (
        "Load a band of waybill numbers COURIER handed the shop, from its first number to "
        "its last (check digits included)."
    ),
    "cli.option.waybills.add.from": "The band's first waybill number.",
    "cli.option.waybills.add.to": "The band's last waybill number.",
    "cli.help.waybills.list": "The bands loaded: numbers used, void and left.",
    "cli.option.waybills.list.courier": "Only this courier's bands.",
    "cli.help.waybills.void": (
        "Record a spoiled label's waybill NUMBER as void: never given again."
    ),
    "cli.option.waybills.void.reason": "Why the number is void (a damaged label, …).",
}
