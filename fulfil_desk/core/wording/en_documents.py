"""English: what the documents domain says (labels, packing slips, pick lists, fonts)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # the printed words of a shipping label and a packing slip
    "document.shipping_labels_title": "Shipping labels",
    "document.packing_slips_title": "Packing slips",
    "document.from": "FROM",
    "document.ship_to": "SHIP TO",
    "document.phone": "Tel. {phone}",
    "document.order": "ORDER",
    "document.ordered": "Ordered {day}",
    "document.ship_by": "Ship by {day}",
    "document.tracking": "TRACKING",
    "document.no_tracking": "No tracking number yet",
    "document.units": "UNITS",
    "document.weight": "WEIGHT",
    "document.box": "BOX",
    "document.packing_slip": "PACKING SLIP",
    "document.qty": "QTY",
    "document.sku": "SKU",
    "document.item": "ITEM",
    "document.total_units": "Total units: {units}",
    "document.page": "Page {page} of {pages}",
    # the printed words of a pick list
    "document.pick_list_title": "Pick list {number}",
    "document.bin": "BIN",
    "document.picked": "PICKED",
    "document.done": "DONE",
    "document.orders": "ORDERS",
    "document.barcode": "BARCODE",
    "document.created": "Created {at}",
    "document.pick_summary": "{skus} SKUs, {units} units",
    "document.more_orders": "+{count} more",
    # why an order cannot get a label, and the batch that leaves it out
    "document.no_label_cancelled": "cancelled",
    "document.no_label_not_packed": "not packed yet: {status}",
    "document.no_label_address": "the address has no {missing}",
    "document.no_label_open_elsewhere": "open at station {station}",
    "document.left_out_order": "{order} ({why})",
    "document.left_out_list": "{first}; {then}",
    "document.left_out_one": "Order {order} cannot get a label.",
    "document.left_out_many": "{left} of {asked} orders cannot get a label: {orders}.",
    "document.no_label_made": "{left_out} No label was made.",
    "document.nothing_to_label": "No order is waiting for its label.",
    "document.labels_done": ("{n} label done: {how}.", "{n} labels done: {how}."),
    # fonts
    "document.font_missing": (
        "No installed font can print Korean/Chinese text such as '{sample}'. "
        "Install the package fonts-wqy-microhei (Debian/Ubuntu) or put a TrueType "
        "CJK font (.ttf/.ttc) in {folder}."
    ),
}
