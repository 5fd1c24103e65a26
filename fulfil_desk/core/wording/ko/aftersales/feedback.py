"""한국어: 구매자 피드백과 리뷰, 구매자에게 보내는 메시지, 그 명령어의 도움말."""

WORDS: dict[str, str | tuple[str, str]] = {
    "feedback.no_such_feedback": "피드백 #{id}이(가) 없습니다.",
    "feedback.bad_rating": "별점은 1~5점입니다. {rating}점은 입력할 수 없습니다.",
    "feedback.text_too_long": "내용이 너무 깁니다. {most}자 이내로 입력하세요.",
    "feedback.before_order": (
        "주문 {order}의 피드백 시각을 {at}(으)로 할 수 없습니다. 주문 시각은 {ordered}입니다."
    ),
    "feedback.already_has_feedback": (
        "주문 {order}에는 이미 피드백 #{id}(별점 {stars})이 있습니다. 판매처는 주문당 "
        "피드백을 하나만 남깁니다."
    ),
    "feedback.reply_empty": "피드백 #{id}에 대한 답변을 입력하세요.",
    "feedback.reply_before_feedback": "피드백 #{id}의 답변 시각은 {at}보다 빠를 수 없습니다.",
    "feedback.already_answered": "피드백 #{id}에는 {at}에 이미 답변했습니다.",
    "feedback.answered": "주문 {order}의 피드백 #{id}에 대한 답변을 기록했습니다.",
    "feedback.recorded": "주문 {order}의 별점 {stars} 피드백을 기록했습니다.",
    "feedback.recorded_negative": (
        "주문 {order}의 부정적 피드백(별점 {stars})을 기록했습니다. 이 판매처의 점수는 "
        "피드백을 집계하지 않습니다."
    ),
    "feedback.recorded_counted": (
        "주문 {order}의 부정적 피드백(별점 {stars})을 기록했습니다. {metrics}에 집계됩니다."
    ),
    "feedback.recorded_counted_before": (
        "주문 {order}의 부정적 피드백(별점 {stars})을 기록했습니다. 이 주문은 앞서 기록한 "
        "부정적 피드백으로 이미 {metrics}에 집계되어 있으며 한 번만 집계됩니다."
    ),
    "feedback.not_a_moment": (
        "'{text}'은(는) 날짜나 시각이 아닙니다. 2026-06-18 또는 2026-06-18T14:30 형식으로 "
        "입력하세요."
    ),
    "feedback.in_the_future": "{at}은(는) 아직 오지 않은 시각입니다.",
    "feedback.stars": ("{n}점", "{n}점"),
    "feedback.waited": "{wait} 대기",
    "feedback.none": "기록된 피드백이 없습니다.",
    "feedback.none_unanswered": "답변을 기다리는 부정적 피드백이 없습니다.",
    "buyer_message_kind.delay": "배송 지연",
    "buyer_message_kind.reship": "재배송",
    "buyer_message_kind.return": "반품",
    "feedback.unknown_kind": "'{kind}'은(는) 메시지 종류가 아닙니다. {kinds} 중에서 고르세요.",
    "feedback.unknown_language": "'{lang}'은(는) 메시지 언어가 아닙니다. {langs} 중에서 고르세요.",
    "feedback.order_cancelled": (
        "주문 {order}은(는) 취소되었습니다. 구매자에게 알릴 내용이 없습니다."
    ),
    "feedback.reship_not_shipped": "주문 {order}은(는) 아직 출고되지 않아 재배송한 것이 없습니다.",
    "feedback.return_not_shipped": "주문 {order}은(는) 아직 출고되지 않아 반품할 것이 없습니다.",
    "feedback.delay_delivered": "주문 {order}은(는) 배송완료되었습니다. 지연된 주문이 아닙니다.",
    "feedback.template_empty": "메시지가 비어 있습니다.",
    "feedback.template_too_long": "메시지가 너무 깁니다. {most}자 이내로 입력하세요.",
    "feedback.template_braces": (
        "메시지에 짝이 없는 '{{' 또는 '}}'가 있습니다. 자리 표시자는 {{order}}처럼 쓰세요."
    ),
    "feedback.template_unknown_placeholder": (
        "메시지의 자리 표시자 {placeholder}은(는) 사용할 수 없습니다. {known} 중에서 쓰세요."
    ),
    "feedback.template_saved": "{lang} '{kind}' 메시지를 저장했습니다.",
    "feedback.template_reset": "{lang} '{kind}' 메시지를 기본 문구로 되돌렸습니다.",
    "feedback.contact_clipboard": (
        "주문 {order} 구매자에게 보낼 메시지를 클립보드에 복사했고, 연락 기록을 남겼습니다."
    ),
    "feedback.contact_file": (
        "주문 {order} 구매자에게 보낼 메시지를 저장했고, 연락 기록을 남겼습니다."
    ),
    "feedback.contact_printed": (
        "주문 {order} 구매자에게 보낼 메시지를 출력했고, 연락 기록을 남겼습니다."
    ),
    "feedback.item": "{title} × {quantity}",
    "feedback.items": "{items}",
    "feedback.no_tracking_yet": "출고 후 안내해 드리겠습니다",
    "feedback.tracking_number": "{number}",
    "feedback.tracking_courier": "{courier} {number}",
    "feedback.tracking_link": "{courier} {number} ({url})",
    "feedback.date_to_follow": "추후 안내",
    "cli.help.feedback": "구매자 피드백과 리뷰를 기록하고, 목록을 보고, 답변합니다.",
    "cli.help.feedback.add": (
        "ORDER에 구매자 피드백을 기록합니다. 별점 1~2점은 판매처가 집계하는 곳(아마존 주문 "
        "결함률(ODR))에서 부정적 피드백으로 주문당 한 번 집계됩니다."
    ),
    "cli.option.feedback.add.rating": "별점(1~5점).",
    "cli.option.feedback.add.text": "구매자가 쓴 내용.",
    "cli.option.feedback.add.at": "피드백을 남긴 시각(ISO 8601, 기본값: 지금).",
    "cli.help.feedback.list": "기록된 피드백을 최신순으로 보여 줍니다.",
    "cli.option.feedback.list.unanswered": (
        "답변하지 않은 부정적 피드백만, 가장 오래 기다린 것부터 보여 줍니다."
    ),
    "cli.help.feedback.answer": "피드백 ID에 남긴 답변을 기록합니다.",
    "cli.option.feedback.answer.text": "판매처에 남긴 답변.",
    "cli.option.feedback.answer.at": "답변한 시각(ISO 8601, 기본값: 지금).",
    "cli.help.message": (
        "ORDER 구매자에게 보낼 짧은 메시지를 구매자의 언어로 출력하거나 저장합니다"
        "(fulfil-desk는 보내지 않습니다). 연락 기록은 감사 기록에 남습니다."
    ),
    "cli.option.message.kind": "알릴 내용: delay(배송 지연), reship(재배송), return(반품).",
    "cli.option.message.lang": "메시지 언어(기본값: 주문에서 정한 구매자의 언어).",
    "cli.option.message.out": "메시지를 출력하지 않고 이 파일에 저장합니다.",
    "cli.feedback.saved_to": "{path}에 저장했습니다.",
    "cli.column.stars": "별점",
    "cli.column.waiting": "대기",
    "cli.column.reply": "답변",
    "cli.column.text": "내용",
    "feedback.new_date_past": "{day}은(는) 지난 날짜입니다. 새 예정일은 오늘 이후로 입력하세요.",
    "cli.option.message.date": "알릴 새 예정일(기본값: 약속된 배송일 또는 출고 기한).",
}
