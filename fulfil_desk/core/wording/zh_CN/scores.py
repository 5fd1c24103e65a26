"""Simplified Chinese: what the scores domain says (metrics, orders at risk, incidents,
deliveries, inquiries, performance notices) (the English is en_scores.py). The plan of
action's own words are resources/poa_text.json."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Rates and targets
    "scores.percent": "{value}%",
    "scores.no_rate": "—",
    "scores.target_value": "{sign} {value}%",
    "scores.no_target_set": "未设目标",
    "scores.aim": "目标 {target}",
    # Term("comparison", …): how a rate is held to its target
    "comparison.less_than": "<",
    "comparison.at_most": "≤",
    "comparison.greater_than": ">",
    "comparison.at_least": "≥",
    # Orders at risk (one form for every count)
    "scores.if_they_ship_late": "若这 {n} 个订单超时发货，{metric} 将变为 {rate}（{target}）。",
    # Targets
    "scores.target_is_published": "{marketplace} 公布了 {metric} 的目标（{target}），无法更改。",
    "scores.target_set": "{metric} 的目标已设为 {rate}。",
    "scores.target_cleared": "已清除 {metric} 的目标。",
    # Incidents and deliveries; Term("incident", …) begins a sentence (names as in
    # resources/poa_text.json)
    "incident.negative_feedback": "差评",
    "incident.a_to_z_claim": "亚马逊商城交易保障索赔",
    "incident.chargeback": "信用卡拒付",
    "incident.return": "退货",
    "incident.inad_case": "物品与描述不符纠纷 (INAD)",
    "incident.inr_case": "未收到物品纠纷 (INR)",
    "incident.late_delivery_report": "买家报告延迟送达",
    "scores.incident_recorded": "已为订单 {order} 记录：{incident}。",
    "scores.incident_already_recorded": (
        "订单 {order} 已记录过{incident}（{at}，{by}）；分数每个订单只计一次，因此未再添加。"
    ),
    "scores.unknown_incident": "未知的事件类型“{kind}”；请使用以下之一：{kinds}。",
    "scores.placed_after": "订单 {order} 的下单时间晚于 {at}。",
    "scores.reason_or_note_too_long": "原因和备注请少于 {most} 个字符。",
    "scores.delivery_recorded": "已记录订单 {order} 的送达信息。",
    "scores.delivery_needs_a_time": "请填写送达时间或承诺送达日期，也可以两者都填。",
    "scores.not_shipped_yet": "订单 {order} 尚未发货。",
    "scores.shipped_after": "订单 {order} 的发货时间晚于 {at}。",
    # Times a person types; Term("score_time", …) names the field
    "scores.not_a_moment": (
        "{what}：“{text}”不是日期时间；请按 ISO 8601 格式填写，例如 2026-06-19T15:30:00+09:00。"
    ),
    "scores.in_the_future": "{at} 是将来的时间。",
    "score_time.as_of": "截至时间",
    "score_time.received": "收到时间",
    "score_time.answered": "回复时间",
    "score_time.responded": "回复时间",
    "score_time.period_from": "数据期间起始",
    "score_time.period_to": "数据期间结束",
    "score_time.incident_time": "事件时间",
    "score_time.promised_delivery": "承诺送达时间",
    "score_time.delivered_at": "送达时间",
    # Metrics
    "scores.no_metrics_for": (
        "fulfil-desk 没有“{marketplace}”的卖家分数指标；有指标的平台：{known}。"
    ),
    "scores.no_such_metric": "{marketplace} 没有指标“{metric}”；可用的指标：{ids}。",
    # Inquiries
    "scores.inquiry_needs_a_marketplace": "请说明顾客咨询来自哪个平台，或对应哪个订单。",
    "scores.order_on_another_marketplace": "订单 {order} 属于 {marketplace}，而不是 {given}。",
    "scores.inquiry_due": "顾客咨询 {inquiry} 的回复期限为 {due}。",
    "scores.inquiry_already_answered": "顾客咨询 {inquiry} 已于 {at} 回复。",
    "scores.inquiry_arrived_later": "顾客咨询 {inquiry} 于 {at} 收到，晚于该时间。",
    "scores.inquiry_answered_in_time": "顾客咨询 {inquiry} 已按时回复。",
    "scores.inquiry_answered_late": "顾客咨询 {inquiry} 超过 24 小时才回复。",
    "scores.no_such_inquiry": "顾客咨询 {inquiry} 不存在。",
    # Performance notices and their plan of action
    "scores.notice_needs_an_id": "请按平台的写法填写通知 ID（例如 PN-…），最多 {most} 个字符。",
    "scores.period_ends_before_it_starts": "数据期间的结束时间（{end}）早于开始时间（{start}）。",
    "scores.notice_already_recorded": "业绩通知 {notice} 已记录。",
    "scores.notice_recorded": "已记录业绩通知 {notice}；请在 {due} 前回复。",
    "scores.no_such_notice": "业绩通知“{notice}”不存在。",
    "scores.notice_already_answered": "业绩通知 {notice} 已于 {at} 回复。",
    "scores.notice_marked_answered": "业绩通知 {notice} 已标记为已回复。",
    "scores.plan_text_too_long": "每段文字请少于 {most} 个字符。",
    "scores.plan_saved": "已保存 {notice} 的行动计划。",
    "scores.plan_language": "请用 {languages} 之一撰写行动计划，而不是“{given}”。",
    "scores.metric_choice": "{id}（{name}）",
}
