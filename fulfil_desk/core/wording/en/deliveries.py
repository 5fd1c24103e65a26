"""English: parcels in transit, deliveries and courier performance (core/aftersales/transit.py,
courier_performance.py, cli_aftersales/deliveries.py)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Refusals and outcomes
    "deliveries.transit_days_map": (
        "{key} must map courier codes to shipping days from 1 to 60, e.g. {example}."
    ),
    "deliveries.stale_days_range": "The stale days must be a whole number from 0 to {most}.",
    "deliveries.window_range": "The number of days must be from 1 to {most}.",
    "deliveries.not_shipped": "Order {order} has not shipped, so it cannot be delivered.",
    "deliveries.bad_row": "{file}, row {row}: {why} Nothing was marked delivered.",
    "deliveries.row_unknown_tracking": (
        "column {column}: {tracking} is no tracking number of this shop's shipments."
    ),
    "deliveries.row_not_shipped": "order {order} has not shipped.",
    "deliveries.row_no_tracking": "column {column} has no tracking number.",
    "deliveries.row_twice": "{tracking} is listed twice (first on row {first}).",
    "deliveries.row_extra_cells": (
        "column {column} and after must be empty: give the tracking number, then the date."
    ),
    "deliveries.not_a_time": (
        "column {column}: '{text}' is not a date or time (write 2026-06-20 or 2026-06-20 14:30)."
    ),
    "deliveries.before_shipment": "{at} is before the parcel shipped ({shipped}).",
    "deliveries.after_now": "{at} has not come yet.",
    "deliveries.too_many_rows": "{file} has more than {most} rows: split it.",
    "deliveries.file_empty": "{file} lists no tracking number.",
    "deliveries.cannot_read": "Cannot read {file}: {why}",
    "deliveries.pasted_list": "the pasted list",
    "deliveries.marked_many": (
        "{n} parcel of {file} marked delivered.",
        "{n} parcels of {file} marked delivered.",
    ),
    "deliveries.none_chosen": "Choose the parcels that were delivered.",
    "deliveries.marked_orders": ("{n} parcel marked delivered.", "{n} parcels marked delivered."),
    # The command line
    "deliveries.ref_or_file": "Give a tracking number or ORDER, or --from-file, not both.",
    "deliveries.at_not_with_file": "--at goes with one parcel: the file gives each row's date.",
    "deliveries.none_stale": "No parcel has been in transit longer than its courier takes.",
    "deliveries.none_in_transit": "No parcel is in transit.",
    "deliveries.no_parcels_shipped": "No parcel shipped in that time.",
    "deliveries.days_of_expected": "{days} / {expected}",
    "deliveries.window_days": ("{n} day", "{n} days"),
    "deliveries.on_time_of": "{on_time}/{of} ({rate})",
    "deliveries.performance_note": (
        "On time counts only parcels with a promised delivery date. Transit days are shipping "
        "days (the shop's calendar). Stale: not delivered after the courier's expected days; "
        "lost: an item-not-received case, or lost_after_days more shipping days."
    ),
    "cli.column.tracking": "TRACKING",
    "cli.column.shipped": "SHIPPED",
    "cli.column.in_transit": "DAYS/EXPECTED",
    "cli.column.promised": "PROMISED",
    "cli.column.tracking_page": "TRACKING PAGE",
    "cli.column.parcels": "PARCELS",
    "cli.column.delivered": "DELIVERED",
    "cli.column.on_time": "ON TIME",
    "cli.column.median_days": "MEDIAN",
    "cli.column.p90_days": "90TH PCT",
    "cli.column.stale": "STALE",
    "cli.column.lost": "LOST",
    # Help
    "cli.help.in-transit": (
        "Shipped parcels not delivered after their courier's expected shipping days."
    ),
    "cli.help_more.in-transit": (
        "Oldest first. Days in transit count the shop's shipping days after the ship day; a "
        "courier's expected days are the setting transit_days (default_transit_days for one "
        "not listed)."
    ),
    "cli.option.in-transit.stale-days": "Stale after N shipping days, whatever the courier.",
    "cli.option.in-transit.courier": "Only this courier (code or name).",
    "cli.option.in-transit.all": "Every parcel in transit, stale or not.",
    "cli.help.delivered": (
        "Mark a parcel delivered, or every parcel of a list of tracking numbers and dates."
    ),
    "cli.help_more.delivered": (
        "The file: one parcel a line, the tracking number then the date or time (CSV, tab- or "
        "space-separated; an empty date is now). The whole file is checked first: one bad row "
        "refuses it and nothing is marked."
    ),
    "cli.option.delivered.at": "When it was delivered (ISO 8601; default: now).",
    "cli.option.delivered.from-file": "A CSV or list of tracking numbers and dates.",
    "cli.option.delivered.encoding": "The file's text encoding: utf-8, cp949 or gb18030.",
    "cli.help.couriers.performance": (
        "Per courier, over the last 30 and 90 days (or N): on time, transit days, stale, lost."
    ),
    "cli.option.couriers.performance.days": "Only the last N days.",
}
