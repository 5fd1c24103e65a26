"""English: the printed documents' own words that came with printing them in the reader's
language (units of weight on a label)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # a parcel's weight on a shipping label
    "paper.grams": "{grams} g",
    "paper.kilograms": "{kg} kg",
}
