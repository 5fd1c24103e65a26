"""English: what the packers domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
