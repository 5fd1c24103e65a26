"""Korean: what the scores domain says (metrics, orders at risk, incidents, deliveries,
inquiries, performance notices) (the English is en_scores.py). The plan of action's own
words are resources/poa_text.json."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Rates and targets
    "scores.percent": "{value}%",
    "scores.no_rate": "—",
    "scores.target_value": "{sign} {value}%",
    "scores.no_target_set": "목표 없음",
    "scores.aim": "목표 {target}",
    # Term("comparison", …): how a rate is held to its target
    "comparison.less_than": "<",
    "comparison.at_most": "≤",
    "comparison.greater_than": ">",
    "comparison.at_least": "≥",
    # Orders at risk
    "scores.if_they_ship_late": "이 주문 {n}건이 늦게 출고되면 {metric} → {rate} ({target}).",
    # Targets
    "scores.target_is_published": (
        "{metric} 목표({target})는 {marketplace}에서 공개한 값이라 바꿀 수 없습니다."
    ),
    "scores.target_set": "{metric} 목표를 {rate}로 설정했습니다.",
    "scores.target_cleared": "{metric} 목표를 지웠습니다.",
    # Incidents and deliveries; Term("incident", …) begins a sentence
    "incident.negative_feedback": "부정적 피드백",
    "incident.a_to_z_claim": "A-to-z 보증 클레임",
    "incident.chargeback": "지불 거절(차지백)",
    "incident.return": "반품",
    "incident.inad_case": "INAD 케이스(설명과 다른 상품)",
    "incident.inr_case": "INR 케이스(상품 미수령)",
    "incident.late_delivery_report": "배송 지연 신고",
    "scores.incident_recorded": "주문 {order}에 {incident}을(를) 기록했습니다.",
    "scores.incident_already_recorded": (
        "주문 {order}에는 {incident}이(가) 이미 기록되어 있습니다({at}, {by}). 점수는 주문당 "
        "한 번만 세므로 추가하지 않았습니다."
    ),
    "scores.unknown_incident": (
        "알 수 없는 이슈 유형 '{kind}'입니다. 다음 중 하나를 쓰세요: {kinds}."
    ),
    "scores.placed_after": "주문 {order}의 주문 시각이 {at}보다 늦습니다.",
    "scores.reason_or_note_too_long": "사유와 메모는 {most}자 이내로 쓰세요.",
    "scores.delivery_recorded": "주문 {order}의 배송 기록을 저장했습니다.",
    "scores.delivery_needs_a_time": "배송 완료 시각이나 약속 배송일, 또는 둘 다 입력하세요.",
    "scores.not_shipped_yet": "주문 {order}은(는) 아직 출고되지 않았습니다.",
    "scores.shipped_after": "주문 {order}의 출고 시각이 {at}보다 늦습니다.",
    # Times a person types; Term("score_time", …) names the field
    "scores.not_a_moment": (
        "{what}: '{text}'은(는) 날짜와 시간이 아닙니다. ISO 8601 형식으로 쓰세요 "
        "(예: 2026-06-19T15:30:00+09:00)."
    ),
    "scores.in_the_future": "{at}은(는) 아직 오지 않은 시각입니다.",
    "score_time.as_of": "기준 시각",
    "score_time.received": "접수 일시",
    "score_time.answered": "답변 일시",
    "score_time.responded": "소명 일시",
    "score_time.period_from": "기간 시작",
    "score_time.period_to": "기간 종료",
    "score_time.incident_time": "발생 일시",
    "score_time.promised_delivery": "약속 배송일",
    "score_time.delivered_at": "배송 완료 일시",
    # Metrics
    "scores.no_metrics_for": (
        "fulfil-desk에는 '{marketplace}'의 판매자점수 지표가 없습니다. 지표가 있는 판매처: {known}."
    ),
    "scores.no_such_metric": "{marketplace}에는 '{metric}' 지표가 없습니다. 지표 목록: {ids}.",
    # Inquiries
    "scores.inquiry_needs_a_marketplace": "고객문의가 들어온 판매처나 해당 주문을 지정하세요.",
    "scores.order_on_another_marketplace": (
        "주문 {order}은(는) {given}이(가) 아니라 {marketplace} 주문입니다."
    ),
    "scores.inquiry_due": "고객문의 {inquiry}의 답변 기한은 {due}입니다.",
    "scores.inquiry_already_answered": "고객문의 {inquiry}에는 이미 {at}에 답변했습니다.",
    "scores.inquiry_arrived_later": "고객문의 {inquiry}은(는) 그보다 늦은 {at}에 접수되었습니다.",
    "scores.inquiry_answered_in_time": "고객문의 {inquiry}에 기한 안에 답변했습니다.",
    "scores.inquiry_answered_late": "고객문의 {inquiry}에 24시간이 지난 뒤 답변했습니다.",
    "scores.no_such_inquiry": "고객문의 {inquiry}이(가) 없습니다.",
    # Performance notices and their plan of action
    "scores.notice_needs_an_id": (
        "판매처가 쓴 그대로 알림 ID를 입력하세요 (예: PN-…, 최대 {most}자)."
    ),
    "scores.period_ends_before_it_starts": (
        "데이터 기간의 끝({end})이 시작({start})보다 앞섭니다."
    ),
    "scores.notice_already_recorded": "알림 {notice}은(는) 이미 등록되어 있습니다.",
    "scores.notice_recorded": "알림 {notice}을(를) 등록했습니다. {due}까지 소명하세요.",
    "scores.no_such_notice": "퍼포먼스 알림 '{notice}'이(가) 없습니다.",
    "scores.notice_already_answered": "알림 {notice}에는 {at}에 답변했습니다.",
    "scores.notice_marked_answered": "알림 {notice}을(를) 답변 완료로 표시했습니다.",
    "scores.plan_text_too_long": "각 항목은 {most}자 이내로 쓰세요.",
    "scores.plan_saved": "{notice} 개선 계획서를 저장했습니다.",
    "scores.plan_language": "계획서 언어는 '{given}'이(가) 아니라 {languages} 중 하나여야 합니다.",
    "scores.metric_choice": "{id}({name})",
}
