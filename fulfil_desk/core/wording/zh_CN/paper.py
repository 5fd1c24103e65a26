"""Simplified Chinese: the printed documents' own words that came with printing them in the
reader's language (the English is en_paper.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # a parcel's weight on a shipping label
    "paper.grams": "{grams} g",
    "paper.kilograms": "{kg} kg",
    # the day the command sheet was printed, under the shop's name
    "paper.sheet_printed": "打印日期 {day}",
    # a note the core keeps with a stock ledger line (read where the ledger is shown)
    "paper.demo_opening_stock": "演示期初库存",
}
