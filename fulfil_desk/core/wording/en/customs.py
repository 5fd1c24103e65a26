"""English: customs for cross-border parcels (core/customs/, cli_shipping/customs.py): HS codes,
origins, the PCCC, the CN22 / CN23 declaration."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Refusals
    "customs.bad_hs_code": (
        "'{text}' is not an HS code: write {least} to {most} digits (dots and spaces allowed,"
        " e.g. 6109.10)."
    ),
    "customs.bad_origin": (
        "'{text}' is not a country of origin: write its ISO 3166 two-letter code (CN, KR, US…)."
    ),
    "customs.description_empty": "Write what the product is, in English, for customs.",
    "customs.description_too_long": (
        "The customs description is too long: at most {most} characters."
    ),
    "customs.description_not_english": (
        "The customs description must be in English (Latin letters): '{text}' is not."
    ),
    "customs.bad_pccc": (
        "'{text}' is not a personal customs clearance code (PCCC): it is P and 12 digits,"
        " e.g. P123456789012."
    ),
    "customs.pccc_missing": (
        "This parcel goes from {origin} to Korea: Korean customs need the recipient's personal"
        " customs clearance code (PCCC, P and 12 digits), and the order has none."
    ),
    "customs.pccc_malformed": (
        "The recipient's personal customs clearance code '{text}' is not P and 12 digits:"
        " Korean customs will refuse it."
    ),
    "customs.no_border": (
        "Order {order} does not cross a border (the shop is in {country}, so is the"
        " recipient): it needs no customs declaration."
    ),
    "customs.products_lack": (
        "No customs declaration for order {order}: give {skus} an HS code, a country of origin"
        " and an English customs description (fulfil-desk products customs SKU)."
    ),
    "customs.no_price": "No customs declaration for order {order}: {skus} has no price to declare.",
    "customs.mixed_currencies": (
        "No customs declaration for order {order}: its lines are in {found}; one currency only."
    ),
    "customs.limits_setting": (
        "customs_postal_limits must map currency codes ({known}) to whole amounts from 0,"
        " e.g. {example}."
    ),
    "customs.import_needs_all": "customs need all three columns: {columns}.",
    "customs.give_all_three": (
        "{sku} has no customs facts yet: give --hs, --origin and --description together."
    ),
    "customs.code_or_clear": "Give a CODE or --clear, not both.",
    "customs.verify_border": (
        "Crosses a border ({origin} → {to}): its customs declaration prints with the label."
    ),
    "customs.verify_pccc": "Recipient's PCCC: {pccc}.",
    "customs.verify_lacking": (
        "Give {skus} an HS code, a country of origin and a customs description before the"
        " label (Stock levels, Customs…)."
    ),
    "customs.label_note": "Its customs declaration prints after the label.",
    "customs.nothing_declared": "None of these orders crosses a border: no customs form.",
    # Outcomes
    "customs.product_saved": "Customs facts of {sku} saved (HS {hs}).",
    "customs.pccc_saved": "The recipient's PCCC of order {order} is {pccc}.",
    "customs.pccc_cleared": "The recipient's PCCC of order {order} is cleared.",
    "customs.form_saved": "{form} for order {order} saved: {file}. {why}",
    "customs.form_express": "CN23: {courier} is an express courier.",
    "customs.form_no_limit": (
        "CN23: the setting customs_postal_limits has no CN22 limit in {currency}."
    ),
    "customs.form_under_limit": "CN22: {total} is within the postal limit of {limit}.",
    "customs.form_over_limit": "CN23: {total} is over the postal limit of {limit}.",
    "customs.none_for_product": "{sku} has no customs facts yet.",
    "customs.product_line": "{sku}: HS {hs}, made in {origin}, \u201c{description}\u201d.",
    "customs.order_pccc": "Recipient's PCCC: {pccc}",
    "customs.order_no_pccc": "Recipient's PCCC: none",
    # The printed form
    "customs.document_title": "Customs declarations",
    "customs.title_cn22": "Customs declaration",
    "customs.title_cn23": "Customs declaration and commercial invoice",
    "customs.may_be_opened": "May be opened officially",
    "customs.order_line": "Order {marketplace} {order}",
    "customs.sender": "From (sender)",
    "customs.recipient": "To (recipient)",
    "customs.phone_line": "Tel. {phone}",
    "customs.pccc_heading": "PCCC",
    "customs.category_gift": "Gift",
    "customs.category_documents": "Documents",
    "customs.category_sample": "Commercial sample",
    "customs.category_returned": "Returned goods",
    "customs.category_sale": "Sale of goods",
    "customs.category_other": "Other",
    "customs.col_description": "Detailed description of contents",
    "customs.col_qty": "Qty",
    "customs.col_weight": "Weight",
    "customs.col_value": "Value",
    "customs.col_hs": "HS code",
    "customs.col_origin": "Origin",
    "customs.totals": "Total gross weight and value",
    "customs.kg": "{kg} kg",
    "customs.invoice_number": "Commercial invoice no. {order}",
    "customs.currency_line": "Currency of the values: {currency}",
    "customs.courier_line": "Courier: {courier}",
    "customs.importer_line": "Importer: {name}",
    "customs.certify": (
        "I certify that the particulars given in this customs declaration are correct and"
        " that this item does not contain any dangerous article prohibited by legislation or"
        " by postal or customs regulations."
    ),
    "customs.date_line": "Date: {day}",
    "customs.signature": "Sender's signature",
    # The command line
    "cli.help.products.customs": (
        "A product's customs facts: HS code, country of origin, English description (shown"
        " without options)."
    ),
    "cli.option.products.customs.hs": "The HS code: 6 to 10 digits, dots allowed (6109.10).",
    "cli.option.products.customs.origin": "The country of origin: ISO 3166 code (CN, KR…).",
    "cli.option.products.customs.description": "What the product is, in English, for customs.",
    "cli.help.pccc": (
        "The recipient's personal customs clearance code (PCCC: P and 12 digits) of an order"
        " to Korea (shown without CODE)."
    ),
    "cli.option.pccc.clear": "Remove the order's PCCC.",
    "cli.help.customs": (
        "The customs declaration (CN22 or CN23) of an order that crosses a border, as PDF."
    ),
    "cli.option.customs.out": "Save as PDF.",
}
