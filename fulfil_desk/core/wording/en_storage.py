"""English: what the storage domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
