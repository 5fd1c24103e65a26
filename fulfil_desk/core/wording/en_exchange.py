"""English: what the exchange domain says (marketplace files in and out).

A value quoted from a file is written `{text!r}`: in quotes, and a line break or a control
character in it shown escaped, so that a refusal stays on one line.
"""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Term("file_format", …): the layouts a file is read as, by their own names
    "file_format.coupang": "Coupang Wing DeliveryList",
    "file_format.amazon": "Amazon order report",
    "file_format.amazon_unshipped": "Amazon Unshipped Orders report",
    "file_format.amazon_all_orders": "Amazon All Orders report",
    "file_format.shopify": "Shopify orders export",
    "file_format.ebay": "eBay orders report",
    "file_format.csv": "plain CSV",
    "file_format.products": "product list",
    # Term("encoding", …): text encodings, by the canonical name the person types
    "encoding.utf-8": "UTF-8",
    "encoding.utf-16": "UTF-16",
    "encoding.cp949": "CP949/EUC-KR (Korean)",
    "encoding.gb18030": "GB18030 (Chinese)",
    "encoding.shift_jis": "Shift_JIS (Japanese)",
    # one cell's value refused (BadValue)
    "exchange.value_empty": "the value is empty, and this column must have one",
    "exchange.amount_negative": "the amount {text!r} is negative; a price cannot be",
    "exchange.not_an_amount": "{text!r} is not an amount; write it like 1234.50 or 1,234.50",
    "exchange.amount_marked_otherwise": (
        "the amount {text!r} is marked {marker} but the currency is {currency}"
    ),
    "exchange.amount_too_large": "the amount {text!r} is too large to be a price",
    "exchange.amount_has_decimals": (
        "the amount {text!r} has decimals, but {currency} amounts have none"
    ),
    "exchange.amount_too_many_decimals": (
        "the amount {text!r} has more than {decimals} decimal places, "
        "more than {currency} amounts have"
    ),
    "exchange.quantity_zero": "the quantity is 0; it must be at least 1",
    "exchange.quantity_too_large": "the quantity {text!r} is more than {most}",
    "exchange.quantity_negative": "the quantity {text!r} is negative; it must be at least 1",
    "exchange.quantity_not_whole": "the quantity must be a whole number like 1 or 2, not {text!r}",
    "exchange.quantity_not_a_number": "the quantity {text!r} is not a number",
    "exchange.not_a_moment": (
        "{text!r} is not a date and time; write it like 2026-06-20 15:30 "
        "or 2026-06-20T15:30:00+09:00"
    ),
    "exchange.not_a_real_moment": "{text!r} is not a real date and time",
    "exchange.year_out_of_range": "the year in {text!r} cannot be right for an order",
    "exchange.unknown_country": (
        "{text!r} is not a country fulfil-desk knows; "
        "use its 2-letter ISO code, such as KR, CN, JP or US"
    ),
    "exchange.unknown_currency": "the currency {text!r} is not one fulfil-desk knows ({known})",
    "exchange.ebay_not_a_date": "{text!r} is not a real date; write it like Jun-18-26",
    "exchange.bad_weight": "{text!r} is not a weight in whole grams from 0 to {most}",
    # a row refused (RowProblem): where, and why
    "exchange.row_problem": "{file}, row {row}, column {column!r}: {reason}",
    "exchange.field_number": "field {number}",
    "exchange.row_cut_short": (
        "the row ends after {fields} of the header's {width} fields; "
        "the file may be cut short, or a quote left open"
    ),
    "exchange.row_too_long": (
        "the row has {fields} fields but the header has {width}; "
        "a value may hold an unquoted separator"
    ),
    "exchange.line_key_twice": "{key!r} is twice in order {order} (also on row {row})",
    "exchange.row_disagrees": (
        "order {order} has {here!r} here but {there!r} on row {row}; "
        "every row of an order must agree"
    ),
    "exchange.ebay_no_order_number": "both Order Number and Sales Record Number are empty",
    "exchange.ebay_no_sku": "the item has neither a Custom Label (SKU) nor an Item Number",
    "exchange.shopify_no_sku": "the line item has no SKU; give the product a SKU in Shopify",
    "exchange.sku_twice": "SKU {sku} is already on an earlier row",
    "exchange.barcode_taken": "barcode {code} already belongs to {sku}",
    # a whole file refused (BadFile)
    "exchange.the_file": "The file",
    "exchange.cannot_open": "{file} could not be opened ({why}).",
    "exchange.column_named": "{name!r}",
    "exchange.missing_column": "{file} has no {column!r} column, which every {format} file has.",
    "exchange.missing_columns": (
        "{file} lacks these columns, which every {format} file has: {columns}."
    ),
    "exchange.unknown_format": "{format!r} is not a format fulfil-desk knows; use one of: {known}.",
    "exchange.layout_columns": "{format}: {columns}",
    "exchange.layout_or": "{first}; or {then}",
    "exchange.not_an_order_file": (
        "{file} is not an order file fulfil-desk can read; its header should have these "
        "columns — {expected}. For any other layout, save a column mapping (Map columns… in "
        "the window, or `fulfil-desk mapping save`) and import with it."
    ),
    "exchange.amazon_all_orders": (
        "{file} is Amazon's All Orders report, which has no recipient name or street address, "
        "so no order can be shipped from it; download the Order Report instead (Seller "
        "Central: Orders ▸ Order Reports ▸ New Orders, report type _GET_FLAT_FILE_ORDERS_DATA_) "
        "or the Unshipped Orders report (Orders ▸ Order Reports ▸ Unshipped Orders), and "
        "import that."
    ),
    "exchange.old_excel": (
        "{file} is an old Excel .xls workbook; save it as .xlsx (Excel Workbook) or as UTF-8 "
        "CSV and import again."
    ),
    "exchange.nul_in_text": (
        "{file} has a NUL character on line {line}, so it is not a CSV text file; save it as "
        "UTF-8 CSV and import again."
    ),
    "exchange.file_empty": "{file} is empty.",
    "exchange.unclosed_quote": (
        "{file} could not be read after line {line} ({why}); check that line for an unclosed quote."
    ),
    "exchange.no_rows": "{file} has a header row but no orders under it.",
    "exchange.bad_workbook_resave": (
        "{file} could not be read as an Excel .xlsx workbook ({why}); open it in Excel and "
        "save it again as .xlsx or UTF-8 CSV."
    ),
    "exchange.bad_workbook": "{file} could not be read as an Excel .xlsx workbook ({why}).",
    "exchange.no_sheets": "{file} has no sheets.",
    "exchange.bad_sheet": (
        "{file}: sheet {sheet!r} could not be read ({why}); open it in Excel and save it again."
    ),
    "exchange.unknown_encoding": (
        "{name!r} is not an encoding fulfil-desk reads; use one of {choices}."
    ),
    "exchange.no_encoding_fits": (
        "{file} is not text in any encoding fulfil-desk reads (UTF-8, CP949, GB18030, "
        "Shift_JIS); save it as UTF-8 CSV and import again."
    ),
    "exchange.encoding_unclear": (
        "{file} is not UTF-8, and fulfil-desk cannot tell which encoding it is: it reads as "
        "{readings}. Choose the encoding: {options}."
    ),
    "exchange.not_that_encoding": (
        "{file} is not {encoding} text: line {line} has bytes that {encoding} does not have. "
        "Choose another encoding ({options}) or save the file as UTF-8 CSV."
    ),
    "exchange.encoding_option": "--encoding {name}",
    "exchange.or_last": "{items} or {last}",
    "exchange.nothing_imported": (
        "Nothing was imported. {problem}. Fix the file, or import with --skip-bad to take "
        "only the good rows."
    ),
    "exchange.problem_and_more": "{problem} ({more})",
    "exchange.problems_on_that_row": "{count} problems on that row",
    "exchange.more_bad_rows": ("{n} more bad row", "{n} more bad rows"),
    "exchange.more_bad_rows_problems": (
        "{n} more bad row, {count} problems in all",
        "{n} more bad rows, {count} problems in all",
    ),
    # column mappings
    "exchange.mapping_not_an_object": (
        "Mapping {name}: write it as a JSON object with a 'columns' object."
    ),
    "exchange.mapping_columns_not_names": (
        "Mapping {name}: 'columns' must map field names to column names."
    ),
    "exchange.mapping_bad_name": (
        "{name!r} cannot name a mapping: use letters, digits, spaces, . _ or -, at most 60."
    ),
    "exchange.mapping_unknown_fields": (
        "Mapping {name}: {fields} is not a field; the fields are {known}."
    ),
    "exchange.mapping_needs_columns": "Mapping {name} needs a column for {fields}.",
    "exchange.mapping_bad_marketplace": (
        "Mapping {name}: {marketplace!r} is not a marketplace name."
    ),
    "exchange.mapping_bad_country": "Mapping {name}: {reason}.",
    "exchange.mapping_columns_missing": (
        "{file} has no {columns} column, which the column mapping {name} needs; choose "
        "another mapping or save a new one for this file."
    ),
    "exchange.no_such_mapping": "There is no column mapping named {name!r} (saved: {saved}).",
    "exchange.no_mappings_yet": "none yet",
    "exchange.mapping_saved": "Column mapping {name} saved.",
    "exchange.mapping_deleted": "Column mapping {name} deleted.",
    # what an import did (ImportReport)
    "exchange.imported": "{file}: {new} new, {updated} updated, {unchanged} unchanged.",
    "exchange.imported_cancelled": (
        "{file}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{cancelled} cancelled by the buyer."
    ),
    "exchange.imported_skipped": (
        "{file}: {new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped."
    ),
    "exchange.imported_cancelled_skipped": (
        "{file}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{cancelled} cancelled by the buyer, {skipped} skipped."
    ),
    "exchange.bad_rows": ("{n} bad row", "{n} bad rows"),
    "exchange.entry_row": "row {row}",
    "exchange.entry_refused": "{column}: {reason}",
    "exchange.detail_new": "{lines} line(s), {units} unit(s), ship by {ship_by}",
    "exchange.detail_shipped_before": "already shipped {day} (history)",
    "exchange.detail_then": "{first}; {then}",
    "exchange.changed_address": "address: {old} → {new}",
    "exchange.changed_ship_by": "ship-by: {old} → {new}",
    "exchange.no_ship_by": "—",
    "exchange.changed_items": "items: {old} → {new} line(s)",
    "exchange.back_in_queue": "back in the queue: the file lists it again",
    "exchange.history_shipped": "shipped on the marketplace {day}",
    "exchange.history_delivered": "delivered {day}",
    "exchange.detail_cancelled_by_buyer": "cancelled by the buyer",
    "exchange.detail_gone_from_file": "no longer in {file}, the marketplace's list of open orders",
    "exchange.note_shipped_elsewhere": "shipped outside fulfil-desk, per the marketplace file",
    # warnings of an import: what a person should look at
    "exchange.tracking_taken": "it is already on another order",
    "exchange.tracking_not_recorded": (
        "{order}: the file's tracking number {tracking} was not recorded: {why}"
    ),
    "exchange.frozen_not_changed": (
        "{order} is already {status}; the file's changes were not applied."
    ),
    "exchange.items_changed_after_picking": (
        "The items of {order} changed after picking began; they were not changed here. "
        "Check the order with the buyer."
    ),
    "exchange.address_changed_reprint": (
        "The address of {order} changed while it is {status}: re-print its label before it ships."
    ),
    "exchange.shipped_elsewhere": (
        "{order} was shipped outside fulfil-desk on {day} (the file says so); it is marked "
        "shipped here. Do not pack it again."
    ),
    "exchange.tracking_in_file": (
        "The file gives tracking number {tracking} for {order}, which is still {status} "
        "here: scan it at the Tracking step to ship it."
    ),
    "exchange.tracking_differs": (
        "{order} was shipped with tracking number {ours}, but the file has {theirs}."
    ),
    "exchange.reinstated": (
        "{order} was cancelled when an earlier file no longer listed it; this file lists it "
        "again, so it is back in the queue."
    ),
    "exchange.cancelled_after_shipping": (
        "{order} was cancelled by the buyer after it shipped: arrange the return."
    ),
    "exchange.cancelled_while": (
        "{order} was cancelled by the buyer while it is {status}: "
        "take its items out and put them back on the shelf."
    ),
    "exchange.no_cancel_for_missing": (
        "Some refused rows have no order number, so no order was cancelled for being "
        "missing from this file."
    ),
    "exchange.missing_but_started": (
        "{order} is no longer in {file} but is already being picked or packed: "
        "check on the marketplace whether it was cancelled."
    ),
    # tracking exports
    "exchange.exported": "{n} shipment(s) in {file}.",
    "exchange.unknown_export_format": ("{format!r} is not an export format; use one of: {known}."),
    "exchange.nothing_to_export": "Nothing to export to {file}: {why}",
    "exchange.all_exported_already": (
        "every shipped order is already in an earlier export or came shipped in the "
        "marketplace's own file; use --all to export them again."
    ),
    "exchange.none_shipped": "no {marketplace} order has shipped yet.",
    "exchange.none_shipped_anywhere": "no marketplace order has shipped yet.",
    "exchange.marketplace_or": "{first} or {then}",
    "exchange.cannot_write": "Cannot write {file}: {why}.",
    "exchange.no_coupang_courier": (
        "coupang {order}: {courier} has no Coupang courier name, so Wing cannot take it; "
        "confirm this one on Wing by hand."
    ),
    "exchange.not_from_delivery_list": (
        "coupang {orders} did not come from a DeliveryList, so there is no row to write back; "
        "confirm them on Wing by hand."
    ),
}
