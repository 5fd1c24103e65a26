"""English: what the safekeeping domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
