"""English: what the calendar domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
