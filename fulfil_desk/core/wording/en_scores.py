"""English: what the scores domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
