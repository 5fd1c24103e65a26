"""English: what the calendar domain says (non-shipping days, ship-by deadlines, capacity)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Why a day is not a shipping day (a holiday's or vacation's name is the shop's data)
    "calendar.closed_day": "{name}",
    "calendar.no_pickup_day": "{courier}: {name}",
    "calendar.not_a_shipping_weekday": "{weekday} (not a shipping weekday)",
    # Term("weekday", …): Monday = 0
    "weekday.monday": "Monday",
    "weekday.tuesday": "Tuesday",
    "weekday.wednesday": "Wednesday",
    "weekday.thursday": "Thursday",
    "weekday.friday": "Friday",
    "weekday.saturday": "Saturday",
    "weekday.sunday": "Sunday",
    # A deadline a calendar change moved
    "calendar.deadline_moved": "{marketplace} {order}: {old} → {new}",
    "calendar.deadline_set": "{marketplace} {order}: none → {new}",
    # What a change did
    "calendar.deadlines_moved": ("{done}; {n} deadline moved.", "{done}; {n} deadlines moved."),
    "calendar.non_shipping_now": "{day} is a non-shipping day now",
    "calendar.no_pickup_now": "{day} is a non-shipping day for {courier} now",
    "calendar.shipping_again": "{day} is a shipping day again",
    "calendar.pickup_again": "{day} is a shipping day for {courier} again",
    "calendar.holidays_loaded": (
        "{country} {year}: {n} public holiday added",
        "{country} {year}: {n} public holidays added",
    ),
    "calendar.holidays_and_workdays_loaded": (
        "{country} {year}: {n} public holiday added, {workdays} make-up workdays",
        "{country} {year}: {n} public holidays added, {workdays} make-up workdays",
    ),
    # Why a deadline moved, as the audit trail records it (always in English)
    "calendar.because_marked": "{day} marked non-shipping",
    "calendar.because_opened": "{day} is a shipping day again",
    "calendar.because_loaded": "{country} {year} holidays loaded",
    "calendar.because_setting": "setting {key} changed",
    # Warnings
    "calendar.marked_on_the_day": (
        "Marketplaces want non-shipping days marked at least a day ahead: {day} is today, "
        "so orders already sold for it may still count as due then."
    ),
    "calendar.marked_the_day_before": (
        "Marketplaces want non-shipping days marked at least a day ahead: {day} is tomorrow, "
        "so orders already sold for it may still count as due then."
    ),
    "calendar.makeup_workdays_unknown": (
        "fulfil-desk does not know {country}'s make-up workdays for {year} yet: weekend days "
        "worked that year are not counted as shipping days."
    ),
    # Refusals
    "calendar.not_a_date": "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-24.",
    "calendar.not_a_moment": (
        "{given} is not a date and time; write it as ISO 8601, e.g. 2026-02-13T15:30:00+09:00."
    ),
    "calendar.no_shipping_day_in_three_years": (
        "There is no shipping day in the three years after {day}: check the shipping weekdays "
        "and the non-shipping days."
    ),
    "calendar.range_ends_before_it_starts": "The range ends ({last}) before it starts ({first}).",
    "calendar.lead_days_not_a_number": "{given} is not a number of days.",
    "calendar.lead_days_out_of_range": "A lead time of {days} days is not possible; use 0 to 30.",
    "calendar.capacity_days_out_of_range": "Show 1 to 60 days of capacity, not {given}.",
    "calendar.day_needs_a_name": "Give the non-shipping day a name, e.g. Summer vacation.",
    "calendar.name_too_long": "Keep the name under {most} characters.",
    "calendar.day_in_the_past": "{day} is in the past; mark today or a later day.",
    "calendar.already_non_shipping": "{day} is already a non-shipping day ({names}).",
    "calendar.already_no_pickup": "{day} is already a no-pickup day for {courier} ({name}).",
    "calendar.not_marked": "{day} is not marked as a non-shipping day.",
    "calendar.not_marked_for": "{day} is not marked as a non-shipping day for {courier}.",
    "calendar.not_marked_but_no_pickup": (
        "{day} is not marked as a non-shipping day; it is a no-pickup day for {couriers}."
    ),
    "calendar.not_marked_for_but_no_pickup": (
        "{day} is not marked as a non-shipping day for {courier}; "
        "it is a no-pickup day for {couriers}."
    ),
    "calendar.unknown_country": "'{country}' is not a country code the holiday calendar knows.",
    "calendar.year_out_of_range": "{given} is not a year from 1950 to 2100.",
}
