"""English: the command line's help (fulfil_desk/cli_help.py says how it is looked up).

`cli.help.<command path>`: one sentence, the command's line in its group's list too;
`cli.help_more.<command path>`: the paragraphs its own help page adds; `cli.option.<command
path>.<option>`: an option's help (`cli.option.<option>`: the root's options, and those every
command shares). Commands, options, codes and placeholders in capitals (SKU, ORDER, FILE)
are what a person types: never translated.
"""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # The root, and the options every command shares
    "cli.help": "fulfil-desk: receive → verify → pick → pack → label → ship, offline.",
    "cli.help_more": (
        "Without a command it opens the workstation. It speaks --lang, else this station's "
        "language setting (fulfil-desk settings language ko), else the system's (LANG)."
    ),
    "cli.option.db": "The shop's database file (default: your data folder).",
    "cli.option.json": "Machine-readable output.",
    "cli.option.station": (
        "This bench's name when several share the database (default: this machine's)."
    ),
    "cli.option.lang": (
        "ko, zh_CN or en (default: this station's language setting, else the system's)."
    ),
    "cli.option.version": "Show the version and exit.",
    "cli.option.help": "Show this message and exit.",
    "cli.option.as-of": "Judge as of this time (ISO 8601; default: now).",
    # The workstation and the demo shop
    "cli.help.gui": "Open the workstation.",
    "cli.option.gui.demo": "Fill an empty database with the demo shop first.",
    "cli.help.demo": "Fill the database with a demo shop: products, stock and orders.",
    "cli.option.demo.orders": "How many orders the demo shop gets.",
    "cli.option.demo.history": (
        "Also ship parcels on the last three weeks' shipping days: some delivered, some still"
        " in transit, with two reviews (--no-history: none)."
    ),
    # Orders, labels, shipping
    "cli.help.orders": "List orders, soonest ship-by first.",
    "cli.option.orders.status": (
        "Only orders with this status: new, on_hold, verified, picking, picked, packing, "
        "packed, labelled, shipped or cancelled."
    ),
    "cli.help.label": "Shipping labels, one page per order, each in its courier's layout.",
    "cli.option.label.out": "Save as PDF.",
    "cli.option.label.print": "Print on a printer.",
    "cli.option.label.printer": "The printer (CUPS queue) name; default: the system default.",
    "cli.help.ship": "Record the courier and tracking number: the order is shipped.",
    "cli.option.ship.courier": "Courier code, see fulfil-desk couriers.",
    "cli.option.ship.tracking": "The tracking number.",
    "cli.help.tracking-check": (
        "Check a tracking number against its courier's format and check digit."
    ),
    "cli.help.couriers": "The couriers fulfil-desk knows, with their codes.",
    "cli.help.bench": (
        "A headless station: scans on stdin, one `ok|refused PAGE ORDER MESSAGE` line each."
    ),
    "cli.help_more.bench": (
        "ok, refused and the page are codes, for scripts; the message is in the command's "
        "language, or in the language of the last packer's badge when --lang is not given. "
        "SAVE (and PRINT with no printer set) writes the label PDF to the label folder."
    ),
    "cli.option.bench.labels": (
        "Where SAVE puts label PDFs (default: Documents/fulfil-desk/labels)."
    ),
    "cli.help.commands": (
        "The command sheet: every bench command, box, courier and packer badge as a barcode."
    ),
    "cli.option.commands.out": "Save the sheet as PDF.",
    "cli.option.commands.courier": (
        "Put COURIER:CODE on the sheet too (repeatable); the default courier and every "
        "courier shipped with are always on it."
    ),
    "cli.option.commands.print": "Print the sheet (A4).",
    "cli.option.commands.printer": "The printer (CUPS queue) name; default: the system default.",
    # Products and stock
    "cli.help.products": "List products (or import a product list).",
    "cli.help.products.import": (
        "Import products: sku, name, barcodes, bin_location, weight_g; for customs hs_code,"
        " origin_country, customs_description."
    ),
    "cli.help.stock": (
        "Stock levels: on hand, reserved, safety stock, shippable (all SKUs, or one SKU)."
    ),
    "cli.help.stock.receive": "Goods in: add QUANTITY units of SKU.",
    "cli.option.stock.receive.note": "e.g. the supplier's delivery note number.",
    "cli.help.stock.count": (
        "The shelf holds QUANTITY units of SKU: the difference is posted as a count."
    ),
    "cli.option.stock.count.note": "Why, or who counted.",
    "cli.help.stock.adjust": (
        "Add (or, negative, take away) DELTA units of SKU, with a reason: `adjust SKU -3`."
    ),
    "cli.option.stock.adjust.reason": (
        "damaged (takes away), returned or received (adds), correction or count (either)."
    ),
    "cli.option.stock.adjust.note": "What happened.",
    "cli.help.stock.limits": "Set the safety stock and reorder point of SKU.",
    "cli.option.stock.limits.safety": "Safety stock: units never offered on a listing.",
    "cli.option.stock.limits.reorder": "Reorder point: low at or below this many shippable.",
    "cli.help.stock.low": "SKUs whose shippable quantity is at or below their reorder point.",
    "cli.help.stock.export-shippable": (
        "CSV of sku, shippable, on_hand, reserved, safety_stock, for marketplace listings."
    ),
    "cli.option.stock.export-shippable.out": "The CSV file to write.",
    "cli.help.settings": (
        "Show the settings, one of them, or set KEY to VALUE (JSON, or plain text)."
    ),
    "cli.help_more.settings": (
        "language is this station's own: fulfil-desk settings language ko (ko, zh_CN or en; "
        "null: the system's)."
    ),
    # The calendar
    "cli.help.holidays": (
        "Non-shipping days: public holidays, shop vacations, courier no-pickup days."
    ),
    "cli.help.holidays.list": (
        "The calendar's days: public, shop, courier (no pickup) and workday (make-up day)."
    ),
    "cli.option.holidays.list.from": "First day to show.",
    "cli.option.holidays.list.to": "Last day to show.",
    "cli.help.holidays.add": (
        "Mark DATE (YYYY-MM-DD) as a non-shipping day; lists the deadlines that move."
    ),
    "cli.option.holidays.add.name": "What the day is, e.g. 'Summer vacation'.",
    "cli.option.holidays.add.courier": (
        "Only this courier does not pick up (default: the shop closes)."
    ),
    "cli.help.holidays.remove": (
        "Make DATE a shipping day again (a public holiday removed stays removed)."
    ),
    "cli.option.holidays.remove.courier": "Remove this courier's no-pickup day.",
    "cli.help.holidays.load-country": (
        "Add the public holidays (and make-up workdays) of country CC in a year."
    ),
    "cli.option.holidays.load-country.year": "The year, e.g. 2027.",
    "cli.help.ship-by": "The ship-by date of an order placed at ISO8601, in the shop's time zone.",
    "cli.option.ship-by.ordered-at": "When the order was placed, e.g. 2026-02-13T15:30+09:00.",
    "cli.option.ship-by.lead-days": "Lead time in shipping days.",
    "cli.option.ship-by.courier": (
        "Count this courier's no-pickup days (default: default_courier)."
    ),
    "cli.help.capacity": "Load (open orders due) against capacity for the next shipping days.",
    "cli.option.capacity.days": "Shipping days to show.",
    # Order files
    "cli.help.import": (
        "Import an order file: Coupang, Amazon, Shopify, eBay, plain CSV or a mapped layout."
    ),
    "cli.option.import.format": "The file's layout (default: detected from its header names).",
    "cli.option.import.mapping": "Read the file with this saved column mapping.",
    "cli.option.import.encoding": (
        "The text encoding: utf-8, cp949, gb18030 or shift_jis (default: detected; xlsx "
        "needs none)."
    ),
    "cli.option.import.skip-bad": "Import the good orders and list the bad rows.",
    "cli.help.mapping": (
        "Column mappings for order files fulfil-desk does not know by their headers."
    ),
    "cli.help.mapping.save": "Save (or replace) a column mapping: which column holds each field.",
    "cli.option.mapping.save.order-number": "The column with the order number.",
    "cli.option.mapping.save.ordered-at": "The column with the order time.",
    "cli.option.mapping.save.ship-by": "The column with the ship-by deadline.",
    "cli.option.mapping.save.recipient-name": "The column with the recipient's name.",
    "cli.option.mapping.save.phone": "The column with the recipient's phone number.",
    "cli.option.mapping.save.address1": "The column with the address, line 1.",
    "cli.option.mapping.save.address2": "The column with the address, line 2.",
    "cli.option.mapping.save.address3": "The column with the address, line 3.",
    "cli.option.mapping.save.city": "The column with the city.",
    "cli.option.mapping.save.state": "The column with the state or province.",
    "cli.option.mapping.save.postal-code": "The column with the postal code.",
    "cli.option.mapping.save.country": "The column with the country.",
    "cli.option.mapping.save.sku": "The column with the SKU.",
    "cli.option.mapping.save.title": "The column with the product name.",
    "cli.option.mapping.save.quantity": "The column with the quantity.",
    "cli.option.mapping.save.unit-price": "The column with the unit price.",
    "cli.option.mapping.save.currency": "The column with the currency.",
    "cli.option.mapping.save.marketplace": "The marketplace the orders belong to (default: csv).",
    "cli.option.mapping.save.default-country": "Country code for files with no country column.",
    "cli.option.mapping.save.from-json": (
        'A JSON file with "columns" (field: header) and, if you like, "marketplace" and "country".'
    ),
    "cli.help.mapping.list": "The saved column mappings.",
    "cli.help.mapping.delete": "Delete a saved column mapping.",
    "cli.help.export-tracking": (
        "Write shipment confirmations (tracking numbers) for upload to the marketplace."
    ),
    "cli.option.export-tracking.format": "The marketplace's upload file layout.",
    "cli.option.export-tracking.out": "The file to write.",
    "cli.option.export-tracking.all": "Also shipments exported before.",
    "cli.option.export-tracking.marketplace": "Only this marketplace's orders.",
    # Seller scores
    "cli.help.scores": (
        "Seller-score metrics per marketplace: rate, numerator/denominator, target, status."
    ),
    "cli.option.scores.marketplace": "Only this marketplace (coupang, amazon, ebay, shopee, wish).",
    "cli.help.scores.orders": (
        "The orders (or inquiries) behind METRIC's current window, problem ones first."
    ),
    "cli.help.scores.target": (
        "Your own target for a metric with no published one: 95%, 0.95, or clear."
    ),
    "cli.help.at-risk": (
        "Open orders due today or tomorrow, soonest first, and what they cost if late."
    ),
    "cli.help.inquiries": "Buyers' inquiries: each is due 24 hours after it arrived.",
    "cli.help.inquiries.list": "Open inquiries, oldest first, with the time left (negative: late).",
    "cli.option.inquiries.list.all": "Answered ones too.",
    "cli.help.inquiries.add": "Record a buyer's inquiry.",
    "cli.option.inquiries.add.marketplace": (
        "Where it came from (default: the order's marketplace)."
    ),
    "cli.option.inquiries.add.order": "The order it is about.",
    "cli.option.inquiries.add.received-at": "When it arrived (ISO 8601; default: now).",
    "cli.option.inquiries.add.subject": "What it is about.",
    "cli.help.inquiries.answer": "Mark an inquiry answered.",
    "cli.option.inquiries.answer.at": "When it was answered (ISO 8601; default: now).",
    "cli.help.incident": (
        "Negative feedback, claims, chargebacks, returns, cases, late-delivery reports."
    ),
    "cli.help.incident.add": "Record an incident on ORDER; it counts in the metrics from its time.",
    "cli.option.incident.add.kind": "What the marketplace recorded.",
    "cli.option.incident.add.at": "When the marketplace recorded it (ISO 8601; default: now).",
    "cli.option.incident.add.reason": "The buyer's or marketplace's reason.",
    "cli.option.incident.add.note": "Your note.",
    "cli.help.incident.list": "The incidents recorded on ORDER.",
    "cli.help.delivery": (
        "Record when ORDER was delivered and/or the delivery date promised to the buyer."
    ),
    "cli.option.delivery.delivered-at": "When it was delivered (ISO 8601).",
    "cli.option.delivery.promised": (
        "The delivery date promised to the buyer (YYYY-MM-DD or ISO 8601)."
    ),
    "cli.help.notice": (
        "Performance notices from a marketplace, with their 48 h and 72 h deadlines."
    ),
    "cli.help.notice.add": "Record a performance notice.",
    "cli.option.notice.add.id": "The notice's id, e.g. PN-2026-0042.",
    "cli.option.notice.add.marketplace": "The marketplace that sent it.",
    "cli.option.notice.add.metric": (
        "The metric it is about: its id (late_shipment_rate) or its name as fulfil-desk scores "
        "shows it."
    ),
    "cli.option.notice.add.from": "Data period start (ISO 8601).",
    "cli.option.notice.add.to": "Data period end (ISO 8601).",
    "cli.option.notice.add.received-at": "When it arrived (ISO 8601; default: now).",
    "cli.help.notice.list": (
        "Notices, newest first, with the time left to respond and to send the plan."
    ),
    "cli.help.notice.show": "A notice and its problem orders (strictly inside the data period).",
    "cli.help.notice.plan": "Write the plan's corrective actions and preventive measures.",
    "cli.option.notice.plan.corrective": "Corrective actions taken.",
    "cli.option.notice.plan.preventive": "Preventive measures.",
    "cli.help.notice.answered": "Mark a notice answered: its countdowns stop.",
    "cli.option.notice.answered.at": "When you answered (ISO 8601; default: now).",
    "cli.help.poa": "The plan of action for NOTICE_ID as a PDF.",
    "cli.option.poa.out": "The PDF file to write.",
    "cli.option.poa.lang": "The PDF's language (default: the command's).",
    # Packers and their statistics
    "cli.help.packers": "The packers and their badge codes (or add, remove one).",
    "cli.help.packers.add": "Add a packer, or change one's badge, supervisor flag or language.",
    "cli.option.packers.add.badge": "The code on the packer's badge (default: BADGE-0001, …).",
    "cli.option.packers.add.supervisor": "May confirm a unit by hand for others.",
    "cli.option.packers.add.lang": (
        "The language the badge switches the station to (default: the station's)."
    ),
    "cli.help.packers.remove": (
        "Remove a packer (their past work stays in the audit trail under their name)."
    ),
    "cli.help.stats": (
        "Per packer and shop day: orders and units packed, active time and rates, refused scans."
    ),
    "cli.help_more.stats": (
        "Also the median time from opening an order to shipping it, units confirmed by hand "
        "and label reprints; then each packer's total over the range."
    ),
    "cli.option.stats.from": "First shop day (default: --to).",
    "cli.option.stats.to": "Last shop day (default: today).",
    "cli.option.stats.packer": "Only this packer (the name on the badge).",
    # Backups and personal data
    "cli.help.backup": "Back up the database now, while stations keep working.",
    "cli.help_more.backup": "To FILE (yours to keep), or without FILE into the backups folder.",
    "cli.help.backups": "The backups in the backups folder, newest first.",
    "cli.help.restore": "Replace the database's content by the backup FILE.",
    "cli.help_more.restore": (
        "The current database is backed up first. Close fulfil-desk on the other stations before."
    ),
    "cli.option.restore.yes": "Do not ask for confirmation.",
    "cli.help.purge-personal-data": ("Erase buyers' names, phones and addresses from old orders."),
    "cli.help_more.purge-personal-data": "What the seller scores need stays.",
    "cli.option.purge-personal-data.older-than": (
        "Orders shipped or cancelled more than DAYS days ago (default: purge_after_days)."
    ),
    "cli.option.purge-personal-data.dry-run": "Only say which orders; change nothing.",
    # The whole database: moved, and a PostgreSQL server's roles for it
    "cli.help.db": "The shop's whole database: move it, set up a server's roles for it.",
    "cli.help.db.move": (
        "Copy the whole shop into the empty database TARGET, checked table by table."
    ),
    "cli.help_more.db.move": (
        "TARGET is a postgresql:// URL or a SQLite file (created when missing). Everything is "
        "copied in one transaction, or nothing; a target that is not empty is refused. This "
        "database is left as it was: stop the stations first, then give them --db TARGET."
    ),
    "cli.option.db.move.to": "The database to move the shop to: a postgresql:// URL or a FILE.",
    "cli.help.db.roles": (
        "The SQL that makes the shop's owner and station roles on a PostgreSQL server."
    ),
    "cli.help_more.db.roles": (
        "Run it with psql -d DATABASE -v ON_ERROR_STOP=1 -f FILE as the superuser, then set "
        "each password with \\password. With --run it is run there instead, asking each "
        "password twice; the server receives only their SCRAM verifiers."
    ),
    "cli.option.db.roles.owner": "The role that owns the database and runs the migrations.",
    "cli.option.db.roles.station": (
        "The role every bench logs in as (rows only; the audit log append-only)."
    ),
    "cli.option.db.roles.run": (
        "Run the set-up as this superuser (a postgresql:// URL), asking for the passwords."
    ),
}
