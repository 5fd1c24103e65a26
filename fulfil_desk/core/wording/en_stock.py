"""English: what the stock domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
