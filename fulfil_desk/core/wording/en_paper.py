"""English: the printed documents' own words that came with printing them in the reader's
language (a label's weight, the day on the command sheet), and the notes the core keeps
as messages."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # a parcel's weight on a shipping label
    "paper.grams": "{grams} g",
    "paper.kilograms": "{kg} kg",
    # the day the command sheet was printed, under the shop's name
    "paper.sheet_printed": "Printed {day}",
    # a note the core keeps with a stock ledger line (read where the ledger is shown)
    "paper.demo_opening_stock": "Demo opening stock",
}
