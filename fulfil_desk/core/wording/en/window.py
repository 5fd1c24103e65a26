"""English: what the window shows that is the core's to say (the notes of the seller-score
metrics, shown as a metric's tooltip: how fulfil-desk counts it). Each note is the `note` of
its metric in resources/metrics.json, word for word (tests/ui/test_window_words.py)."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Term("metric_note", "<marketplace>.<metric>")
    "metric_note.coupang.order_fulfilment": (
        "Orders not cancelled / orders, by order date. Coupang publishes no threshold; whether "
        "buyer cancellations count is unconfirmed (counted here)."
    ),
    "metric_note.coupang.on_time_shipment": (
        "Shipped by the ship-by the seller committed to (출고소요기간). Not counted for global "
        "sellers. Threshold unpublished; whether 출고소요기간 counts business days is "
        "unconfirmed."
    ),
    "metric_note.coupang.on_time_delivery": (
        "Delivered by the promised date, by promised date; a late-delivery report by the buyer "
        "makes it late. 99 points read as 99 %."
    ),
    "metric_note.coupang.response_24h": (
        "Inquiries received in the window that were answered, or whose 24 hours ran out. "
        "Threshold unpublished."
    ),
    "metric_note.amazon.order_defect_rate": (
        "Orders with negative feedback (1-2 stars), an A-to-z claim or a service chargeback, by "
        "order date. Counting claims and chargebacks by order date too is an approximation."
    ),
    "metric_note.amazon.cancellation_rate": (
        "Seller cancellations only: cancellations the buyer requested are excluded. By order date."
    ),
    "metric_note.amazon.late_shipment_rate_10d": (
        "Shipment confirmed after the expected ship date (not the carrier scan), by expected "
        "ship date; an order still unshipped after it counts as late."
    ),
    "metric_note.amazon.late_shipment_rate_30d": "As the 10-day rate, over 30 days.",
    "metric_note.amazon.valid_tracking_rate": (
        "By ship confirmation date. Amazon counts a tracking number valid once the carrier "
        "scanned it; offline, fulfil-desk counts a listed courier and a number that passed its "
        "format and check digit. Amazon's own figure lags about two weeks."
    ),
    "metric_note.amazon.on_time_delivery_rate": (
        "Recommended > 97 %; it generally does not lead to suspension. Tracked packages by "
        "promised delivery date. The > 90 % figure seen elsewhere is unconfirmed."
    ),
    "metric_note.ebay.transaction_defect_rate": (
        "Seller cancellations (out of stock, cannot ship; not address problems) and INR/INAD "
        "cases closed without seller resolution. Three months, or twelve when fewer than 400 "
        "transactions. Above Standard <= 2 %; Top Rated <= 0.5 %."
    ),
    "metric_note.ebay.late_shipment_rate": (
        "Late: shipped after the handling time and not delivered by the estimated date (or "
        "delivery unknown), or the buyer reported it late. US threshold unconfirmed (India: "
        "<= 7 % and <= 7 late)."
    ),
    "metric_note.shopee.non_fulfilment_rate": (
        "(Seller cancellations + returns/refunds) / orders, by order date; weekly. Penalty "
        "points above 10 %; 10 % or more brings order-volume control."
    ),
    "metric_note.shopee.late_shipment_rate": (
        "Late-shipped / shipped orders, by ship date; late = not shipped within the days to "
        "ship (2 working days for cross-border spot goods). Cross-border threshold 20 % since "
        "2024-01-15."
    ),
    "metric_note.wish.late_confirmed_fulfilment": (
        "More than 168 h (order < US$100) or 336 h (>= US$100) from release to the first "
        "carrier scan; by confirmation date; the order time stands for the release and the "
        "ship confirmation for the first scan. Orders not in USD use 168 h. Penalty per order; "
        "no rate threshold published."
    ),
    "metric_note.wish.fulfilment_rate": (
        "Fulfilled / received, weekly; an order not fulfilled within 5 days of release is "
        "refunded. No threshold published."
    ),
}
