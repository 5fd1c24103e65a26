"""English: buyer feedback and reviews, messages to the buyer, and their commands' help."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # ---- feedback ----------------------------------------------------------------------------
    "feedback.no_such_feedback": "There is no feedback #{id}.",
    "feedback.bad_rating": "A rating is 1 to 5 stars, not {rating}.",
    "feedback.text_too_long": "The text is too long: {most} characters at most.",
    "feedback.before_order": (
        "Feedback on order {order} cannot be from {at}: the order was placed on {ordered}."
    ),
    "feedback.already_has_feedback": (
        "Order {order} already has feedback #{id} ({stars}): a marketplace keeps one "
        "feedback per order."
    ),
    "feedback.reply_empty": "Write the reply to feedback #{id}.",
    "feedback.reply_before_feedback": "The reply to feedback #{id} cannot be before {at}.",
    "feedback.already_answered": "Feedback #{id} was already answered on {at}.",
    "feedback.answered": "Reply to feedback #{id} on order {order} recorded.",
    "feedback.recorded": "Feedback of {stars} on order {order} recorded.",
    "feedback.recorded_negative": (
        "Negative feedback ({stars}) on order {order} recorded; this marketplace's "
        "scores do not count feedback."
    ),
    "feedback.recorded_counted": (
        "Negative feedback ({stars}) on order {order} recorded; it counts in {metrics}."
    ),
    "feedback.recorded_counted_before": (
        "Negative feedback ({stars}) on order {order} recorded; the order already "
        "counts in {metrics} for the negative feedback recorded before, and counts once."
    ),
    "feedback.not_a_moment": (
        "'{text}' is not a date or time (write 2026-06-18 or 2026-06-18T14:30)."
    ),
    "feedback.in_the_future": "{at} is in the future.",
    "feedback.stars": ("{n} star", "{n} stars"),
    "feedback.waited": "waiting {wait}",
    "feedback.none": "No feedback recorded.",
    "feedback.none_unanswered": "No negative feedback waits for a reply.",
    # ---- messages to the buyer ---------------------------------------------------------------
    "buyer_message_kind.delay": "Delay",
    "buyer_message_kind.reship": "Sent again",
    "buyer_message_kind.return": "Return",
    "feedback.unknown_kind": "'{kind}' is no kind of message: {kinds}.",
    "feedback.unknown_language": "'{lang}' is no language of the messages: {langs}.",
    "feedback.order_cancelled": "Order {order} was cancelled: there is nothing to tell the buyer.",
    "feedback.reship_not_shipped": "Order {order} has not shipped: nothing was sent again.",
    "feedback.return_not_shipped": "Order {order} has not shipped: there is nothing to return.",
    "feedback.delay_delivered": "Order {order} was delivered: it is not delayed.",
    "feedback.template_empty": "The message is empty.",
    "feedback.template_too_long": "The message is too long: {most} characters at most.",
    "feedback.template_braces": (
        "The message has a lone '{{' or '}}': write a placeholder as {{order}}."
    ),
    "feedback.template_unknown_placeholder": (
        "The message names the placeholder {placeholder}, which is not one of {known}."
    ),
    "feedback.template_saved": "Your message '{kind}' in {lang} saved.",
    "feedback.template_reset": "The message '{kind}' in {lang} is the shipped one again.",
    "feedback.contact_clipboard": (
        "The message to the buyer of order {order} is on the clipboard; the contact is recorded."
    ),
    "feedback.contact_file": (
        "The message to the buyer of order {order} saved; the contact is recorded."
    ),
    "feedback.contact_printed": (
        "The message to the buyer of order {order} printed; the contact is recorded."
    ),
    # The parts of a message, in the buyer's language.
    "feedback.item": "{title} × {quantity}",
    "feedback.items": "{items}",
    "feedback.no_tracking_yet": "to follow once it ships",
    "feedback.tracking_number": "{number}",
    "feedback.tracking_courier": "{courier} {number}",
    "feedback.tracking_link": "{courier} {number} ({url})",
    "feedback.date_to_follow": "to be confirmed",
    # ---- the command line --------------------------------------------------------------------
    "cli.help.feedback": "Buyer feedback and reviews: record, list, answer.",
    "cli.help.feedback.add": (
        "Record the buyer's feedback on ORDER; 1-2 stars count as negative feedback where the "
        "marketplace counts it (Amazon's order defect rate), once per order."
    ),
    "cli.option.feedback.add.rating": "The rating, 1 to 5 stars.",
    "cli.option.feedback.add.text": "What the buyer wrote.",
    "cli.option.feedback.add.at": "When it was left (ISO 8601; default: now).",
    "cli.help.feedback.list": "The feedback recorded, newest first.",
    "cli.option.feedback.list.unanswered": (
        "Only the negative feedback without a reply, the one waiting longest first."
    ),
    "cli.help.feedback.answer": "Record the reply you posted to feedback ID.",
    "cli.option.feedback.answer.text": "The reply, as posted.",
    "cli.option.feedback.answer.at": "When it was posted (ISO 8601; default: now).",
    "cli.help.message": (
        "A short message to the buyer of ORDER in the buyer's language, printed or saved "
        "(fulfil-desk sends nothing); the contact goes in the audit trail."
    ),
    "cli.option.message.kind": "What to tell: delay, reship (sent again) or return.",
    "cli.option.message.lang": "The message's language (default: the buyer's, from the order).",
    "cli.option.message.out": "Save the message in this file instead of printing it.",
    "cli.feedback.saved_to": "Saved to {path}.",
    "cli.column.stars": "STARS",
    "cli.column.waiting": "WAITING",
    "cli.column.reply": "REPLY",
    "cli.column.text": "TEXT",
    "feedback.new_date_past": "{day} is past: the new date is today or later.",
    "cli.option.message.date": (
        "The new date to tell (default: the promised delivery, or the ship-by)."
    ),
}
