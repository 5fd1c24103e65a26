"""Amazon's All Orders report (Reports ▸ Fulfillment ▸ All Orders; report type
GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL), tab-delimited: orders by item, with
the city, state, postal code and country they go to but no recipient, street or phone.
The header is the one Amazon's help page and public code show; variants of it are made by
renaming, dropping or adding columns.
"""

from __future__ import annotations

HEADER = [
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "url", "ship-service-level",
    "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
    "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
    "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
    "purchase-order-number", "price-designation",
]  # fmt: skip
# Variants seen: the EU help pages write quantity-purchased; the SP-API's …_GENERAL reports
# have no url column, and the by-order-date one adds a cpf column.
VARIANTS = {
    "all-orders.txt": {},
    "all-orders-eu.txt": {"rename": {"quantity": "quantity-purchased"}},
    "all-orders-sp-api.txt": {"drop": ("url",), "add": ("cpf",)},
    "all-orders-2016.txt": {
        "drop": ("is-business-order", "purchase-order-number", "price-designation")
    },
}


def report(rename: dict[str, str] | None = None, drop=(), add=()) -> bytes:
    """Four items of three orders: one waiting to ship, one Amazon shipped, one cancelled."""

    def row(order, bought, status, channel, service, title, sku, asin, item, qty, price, tax,
            where):  # fmt: skip
        return [order, "", bought, "2026-06-18T02:40:02+00:00", status, channel, "Amazon.com",
                "", "", service, title, sku, asin, item, qty, "USD", price, tax, "0.00", "0.00",
                "", "", "", "", *where, "", "false", "", ""]  # fmt: skip

    seattle, austin = ["SEATTLE", "WA", "98101-2345", "US"], ["AUSTIN", "TX", "78701", "US"]
    rows = [
        row("113-4827361-2093847", "2026-06-17T01:12:45+00:00", "Pending", "Merchant",
            "Standard", "Stoneware Mug 350 ml - White", "DEMO-MUG", "B0DEMOMUG1", "Unshipped",
            "1", "14.99", "1.24", seattle),
        row("113-4827361-2093847", "2026-06-17T01:12:45+00:00", "Pending", "Merchant",
            "Standard", "USB-C Cable 1 m", "DEMO-CABLE", "B0DEMOCBL1", "Unshipped", "2",
            "19.98", "1.65", seattle),
        row("114-9920183-5566778", "2026-06-16T22:03:11+00:00", "Shipped", "Amazon",
            "Expedited", "Cotton Socks", "DEMO-SOCKS", "B0DEMOSCK1", "Shipped", "1", "11.50",
            "0.95", austin),
        row("112-3300456-7788990", "2026-06-16T19:47:30+00:00", "Cancelled", "Merchant",
            "Standard", "A5 Notebook", "DEMO-NOTE", "B0DEMONTE1", "Cancelled", "0", "", "",
            austin),
    ]  # fmt: skip
    kept = [i for i, name in enumerate(HEADER) if name not in drop]
    header = [(rename or {}).get(HEADER[i], HEADER[i]) for i in kept] + list(add)
    lines = [header, *([*(r[i] for i in kept), *[""] * len(add)] for r in rows)]
    return "".join("\t".join(line) + "\n" for line in lines).encode("utf-8")


def write(folder, name: str = "all-orders.txt"):
    path = folder / name
    path.write_bytes(report(**VARIANTS[name]))
    return path
