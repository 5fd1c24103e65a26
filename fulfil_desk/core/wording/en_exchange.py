"""English: what the exchange domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {}
