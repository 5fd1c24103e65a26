"""English: what every domain says (durations, lists), and the app's own vocabularies."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "duration.seconds": "{s} s",
    "duration.minutes": "{m} min",
    "duration.hours": "{h} h {m} min",
    "duration.days": "{d} d {h} h",
    "two_sentences": "{first} {then}",
}
