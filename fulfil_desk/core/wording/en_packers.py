"""English: what the packers domain says (packers, badges, the statistics' range)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "packers.bad_name": (
        "A packer's name is 1 to {most} printable characters without ':', e.g. Kim."
    ),
    "packers.saved": "Packer {name}: badge {badge}.",
    "packers.badge_not_printable": (
        "Badge '{badge}' cannot be printed as a barcode: use 3 to 30 letters, digits, "
        "'-', '.', '/' or '_', e.g. BADGE-0001."
    ),
    "packers.badge_is_command": "Badge {badge} is a bench command; choose another code.",
    "packers.badge_taken": "Badge {badge} already belongs to {name}.",
    "packers.badge_is_product": "Badge {badge} is the barcode of product {sku}; choose another.",
    "packers.no_such_packer": "There is no packer '{name}'.",
    "packers.removed": "Packer {name} removed.",
    "packers.at_station": "Packer {name} at station {station}.",
    "packers.range_backwards": "The range starts ({start}) after it ends ({end}).",
    "packers.range_too_long": "{start} to {end} is more than {most} days; ask for a year at most.",
    "actor.unbadged": "packer (no badge)",
}
