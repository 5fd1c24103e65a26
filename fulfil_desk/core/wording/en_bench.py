"""English: what the bench domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
