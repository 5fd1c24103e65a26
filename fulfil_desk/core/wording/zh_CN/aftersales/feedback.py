"""简体中文：买家反馈与评价、发给买家的消息，以及这些命令的帮助。"""

WORDS: dict[str, str | tuple[str, str]] = {
    "feedback.no_such_feedback": "没有反馈 #{id}。",
    "feedback.bad_rating": "评分为 1～5 星，不能是 {rating}。",
    "feedback.text_too_long": "内容太长：最多 {most} 个字符。",
    "feedback.before_order": "订单{order}的反馈时间不能是{at}：该订单下单于{ordered}。",
    "feedback.already_has_feedback": (
        "订单{order}已有反馈 #{id}（{stars}）：平台每个订单只保留一条反馈。"
    ),
    "feedback.reply_empty": "请填写对反馈 #{id}的回复。",
    "feedback.reply_before_feedback": "对反馈 #{id}的回复时间不能早于{at}。",
    "feedback.already_answered": "反馈 #{id}已于{at}回复。",
    "feedback.answered": "已记录对订单{order}反馈 #{id}的回复。",
    "feedback.recorded": "已记录订单{order}的{stars}反馈。",
    "feedback.recorded_negative": (
        "已记录订单{order}的负面反馈（{stars}）；该平台的卖家分数不统计反馈。"
    ),
    "feedback.recorded_counted": "已记录订单{order}的负面反馈（{stars}）；计入{metrics}。",
    "feedback.recorded_counted_before": (
        "已记录订单{order}的负面反馈（{stars}）；该订单已因之前记录的负面反馈计入"
        "{metrics}，只计一次。"
    ),
    "feedback.not_a_moment": "“{text}”不是日期或时间（请写成 2026-06-18 或 2026-06-18T14:30）。",
    "feedback.in_the_future": "{at}尚未到来。",
    "feedback.stars": ("{n} 星", "{n} 星"),
    "feedback.waited": "已等待{wait}",
    "feedback.none": "没有记录任何反馈。",
    "feedback.none_unanswered": "没有等待回复的负面反馈。",
    "buyer_message_kind.delay": "延误",
    "buyer_message_kind.reship": "补发",
    "buyer_message_kind.return": "退货",
    "feedback.unknown_kind": "“{kind}”不是消息类型，请从{kinds}中选择。",
    "feedback.unknown_language": "“{lang}”不是消息语言，请从{langs}中选择。",
    "feedback.order_cancelled": "订单{order}已取消：没有需要告知买家的内容。",
    "feedback.reship_not_shipped": "订单{order}尚未发货：没有补发任何商品。",
    "feedback.return_not_shipped": "订单{order}尚未发货：没有可退货的商品。",
    "feedback.delay_delivered": "订单{order}已签收：没有延误。",
    "feedback.template_empty": "消息为空。",
    "feedback.template_too_long": "消息太长：最多 {most} 个字符。",
    "feedback.template_braces": "消息中有不成对的“{{”或“}}”：占位符请写成{{order}}。",
    "feedback.template_unknown_placeholder": (
        "消息中的占位符{placeholder}不可用，请使用{known}之一。"
    ),
    "feedback.template_saved": "已保存{lang}的“{kind}”消息。",
    "feedback.template_reset": "{lang}的“{kind}”消息已恢复为默认文字。",
    "feedback.contact_clipboard": "已将发给订单{order}买家的消息复制到剪贴板，并已记录此次联系。",
    "feedback.contact_file": "已保存发给订单{order}买家的消息，并已记录此次联系。",
    "feedback.contact_printed": "已输出发给订单{order}买家的消息，并已记录此次联系。",
    "feedback.item": "{title} × {quantity}",
    "feedback.items": "{items}",
    "feedback.no_tracking_yet": "发货后告知",
    "feedback.tracking_number": "{number}",
    "feedback.tracking_courier": "{courier} {number}",
    "feedback.tracking_link": "{courier} {number}（{url}）",
    "feedback.date_to_follow": "另行通知",
    "cli.help.feedback": "买家反馈与评价：记录、列出、回复。",
    "cli.help.feedback.add": (
        "记录买家对 ORDER 的反馈；1～2 星在平台统计的地方（亚马逊订单缺陷率）计为负面反馈，"
        "每个订单只计一次。"
    ),
    "cli.option.feedback.add.rating": "评分，1～5 星。",
    "cli.option.feedback.add.text": "买家写的内容。",
    "cli.option.feedback.add.at": "留下反馈的时间（ISO 8601；默认：现在）。",
    "cli.help.feedback.list": "已记录的反馈，最新的在前。",
    "cli.option.feedback.list.unanswered": "只列出未回复的负面反馈，等待最久的在前。",
    "cli.help.feedback.answer": "记录您对反馈 ID 发布的回复。",
    "cli.option.feedback.answer.text": "发布的回复内容。",
    "cli.option.feedback.answer.at": "发布回复的时间（ISO 8601；默认：现在）。",
    "cli.help.message": (
        "用买家的语言输出或保存一条发给 ORDER 买家的简短消息（fulfil-desk 不发送任何消息）；"
        "此次联系记入审计记录。"
    ),
    "cli.option.message.kind": "告知内容：delay（延误）、reship（补发）或 return（退货）。",
    "cli.option.message.lang": "消息的语言（默认：根据订单确定的买家语言）。",
    "cli.option.message.out": "将消息保存到此文件，而不是输出。",
    "cli.feedback.saved_to": "已保存到{path}。",
    "cli.column.stars": "星级",
    "cli.column.waiting": "等待",
    "cli.column.reply": "回复",
    "cli.column.text": "内容",
    "feedback.new_date_past": "{day}已过：请填写今天或以后的新日期。",
    "cli.option.message.date": "要告知的新日期（默认：承诺送达日期或发货期限）。",
}
