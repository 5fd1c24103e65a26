"""English: what the scores domain says (metrics, orders at risk, incidents, deliveries,
inquiries, performance notices). The plan of action's own words are resources/poa_text.json."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Rates and targets
    "scores.percent": "{value} %",
    "scores.no_rate": "—",
    "scores.target_value": "{sign} {value} %",
    "scores.no_target_set": "no target set",
    "scores.aim": "target {target}",
    # Term("comparison", …): how a rate is held to its target
    "comparison.less_than": "<",
    "comparison.at_most": "≤",
    "comparison.greater_than": ">",
    "comparison.at_least": "≥",
    # Orders at risk
    "scores.if_they_ship_late": (
        "If this one ships late, {metric} becomes {rate} ({target}).",
        "If these {n} ship late, {metric} becomes {rate} ({target}).",
    ),
    # Targets
    "scores.target_is_published": (
        "{marketplace} publishes the target of {metric} ({target}); it cannot be changed."
    ),
    "scores.target_set": "Target of {metric} set to {rate}.",
    "scores.target_cleared": "Target of {metric} cleared.",
    # Incidents and deliveries; Term("incident", …) begins a sentence
    "incident.negative_feedback": "Negative feedback",
    "incident.a_to_z_claim": "A-to-z claim",
    "incident.chargeback": "Chargeback",
    "incident.return": "Return",
    "incident.inad_case": "INAD case",
    "incident.inr_case": "INR case",
    "incident.late_delivery_report": "Late delivery report",
    "scores.incident_recorded": "{incident} recorded on {order}.",
    "scores.incident_already_recorded": (
        "{incident} is already recorded on order {order} ({at}, by {by}); the scores count an "
        "order once, so nothing was added."
    ),
    "scores.unknown_incident": "Unknown incident '{kind}'; use one of {kinds}.",
    "scores.placed_after": "Order {order} was placed after {at}.",
    "scores.reason_or_note_too_long": "Keep the reason and the note under {most} characters.",
    "scores.delivery_recorded": "Delivery of {order} recorded.",
    "scores.delivery_needs_a_time": "Give the delivery time, the promised delivery date, or both.",
    "scores.not_shipped_yet": "Order {order} has not shipped yet.",
    "scores.shipped_after": "Order {order} shipped after {at}.",
    # Times a person types; Term("score_time", …) names the field
    "scores.not_a_moment": (
        "{what}: '{text}' is not a date and time; write it as ISO 8601, "
        "e.g. 2026-06-19T15:30:00+09:00."
    ),
    "scores.in_the_future": "{at} is in the future.",
    "score_time.as_of": "as of",
    "score_time.received": "received",
    "score_time.answered": "answered",
    "score_time.responded": "responded",
    "score_time.period_from": "period from",
    "score_time.period_to": "period to",
    "score_time.incident_time": "incident time",
    "score_time.promised_delivery": "promised delivery",
    "score_time.delivered_at": "delivered at",
    # Metrics
    "scores.no_metrics_for": (
        "fulfil-desk has no seller-score metrics for '{marketplace}'; it has them for {known}."
    ),
    "scores.no_such_metric": "{marketplace} has no metric '{metric}'; it has {ids}.",
    # Inquiries
    "scores.inquiry_needs_a_marketplace": (
        "Say which marketplace the inquiry came from, or its order."
    ),
    "scores.order_on_another_marketplace": "Order {order} is on {marketplace}, not {given}.",
    "scores.inquiry_due": "Inquiry {inquiry} is due {due}.",
    "scores.inquiry_already_answered": "Inquiry {inquiry} was already answered at {at}.",
    "scores.inquiry_arrived_later": "Inquiry {inquiry} arrived at {at}, after that.",
    "scores.inquiry_answered_in_time": "Inquiry {inquiry} answered in time.",
    "scores.inquiry_answered_late": "Inquiry {inquiry} answered after its 24 hours.",
    "scores.no_such_inquiry": "There is no inquiry {inquiry}.",
    # Performance notices and their plan of action
    "scores.notice_needs_an_id": (
        "Give the notice its id as the marketplace wrote it (e.g. PN-…), up to {most} characters."
    ),
    "scores.period_ends_before_it_starts": (
        "The data period ends ({end}) before it starts ({start})."
    ),
    "scores.notice_already_recorded": "Notice {notice} is already recorded.",
    "scores.notice_recorded": "Notice {notice} recorded; respond by {due}.",
    "scores.no_such_notice": "There is no performance notice '{notice}'.",
    "scores.notice_already_answered": "Notice {notice} was answered at {at}.",
    "scores.notice_marked_answered": "Notice {notice} marked as answered.",
    "scores.plan_text_too_long": "Keep each text under {most} characters.",
    "scores.plan_saved": "Plan of action for {notice} saved.",
    "scores.plan_language": "Write the plan in one of {languages}, not '{given}'.",
    "scores.metric_choice": "{id} ({name})",
}
