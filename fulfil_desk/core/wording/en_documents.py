"""English: what the documents domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
