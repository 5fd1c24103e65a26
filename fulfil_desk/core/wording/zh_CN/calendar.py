"""Simplified Chinese: what the calendar domain says (non-shipping days, ship-by deadlines,
capacity) (the English is en_calendar.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Why a day is not a shipping day (a holiday's or vacation's name is the shop's data)
    "calendar.closed_day": "{name}",
    "calendar.no_pickup_day": "{courier}：{name}",
    "calendar.not_a_shipping_weekday": "{weekday}（非发货日）",
    # Term("weekday", …): Monday = 0
    "weekday.monday": "星期一",
    "weekday.tuesday": "星期二",
    "weekday.wednesday": "星期三",
    "weekday.thursday": "星期四",
    "weekday.friday": "星期五",
    "weekday.saturday": "星期六",
    "weekday.sunday": "星期日",
    # A deadline a calendar change moved
    "calendar.deadline_moved": "{marketplace} {order}：{old} → {new}",
    "calendar.deadline_set": "{marketplace} {order}：无 → {new}",
    # What a change did ({done} is a sentence without its full stop)
    "calendar.deadlines_moved": "{done}；{n} 个预计发货时间已变动。",
    "calendar.non_shipping_now": "{day} 已设为休息日",
    "calendar.no_pickup_now": "{day} 已设为 {courier} 的停止揽收日",
    "calendar.shipping_again": "{day} 已恢复为发货日",
    "calendar.pickup_again": "{day} 已恢复为 {courier} 的发货日",
    "calendar.holidays_loaded": "{country} {year}：已添加 {n} 个法定节假日",
    "calendar.holidays_and_workdays_loaded": (
        "{country} {year}：已添加 {n} 个法定节假日、{workdays} 个调休补班日"
    ),
    # Why a deadline moved, as the audit trail records it (always in English)
    "calendar.because_marked": "{day} 被标记为休息日",
    "calendar.because_opened": "{day} 恢复为发货日",
    "calendar.because_loaded": "已加载 {country} {year} 的节假日",
    "calendar.because_setting": "设置 {key} 已更改",
    # Warnings
    "calendar.marked_on_the_day": (
        "平台要求至少提前一天标记休息日：{day} 就是今天，因此已售出的订单仍可能按当天到期计算。"
    ),
    "calendar.marked_the_day_before": (
        "平台要求至少提前一天标记休息日：{day} 是明天，因此已售出的订单仍可能按当天到期计算。"
    ),
    "calendar.makeup_workdays_unknown": (
        "fulfil-desk 尚不知道 {country} {year} 年的调休补班日：该年周末补班的日子不会计为发货日。"
    ),
    # Refusals
    "calendar.not_a_date": "“{text}”不是日期；请按 YYYY-MM-DD 格式填写，例如 2026-09-24。",
    "calendar.not_a_moment": (
        "{given} 不是日期时间；请按 ISO 8601 格式填写，例如 2026-02-13T15:30:00+09:00。"
    ),
    "calendar.no_shipping_day_in_three_years": (
        "{day} 之后三年内没有任何发货日：请检查发货的星期设置和休息日。"
    ),
    "calendar.range_ends_before_it_starts": "日期范围的结束日（{last}）早于开始日（{first}）。",
    "calendar.lead_days_not_a_number": "{given} 不是天数。",
    "calendar.lead_days_out_of_range": "备货时间不能为 {days} 天；请使用 0 至 30 天。",
    "calendar.capacity_days_out_of_range": "发货能力只能显示 1 至 60 天，不能是 {given}。",
    "calendar.day_needs_a_name": "请为休息日填写名称，例如“夏季休假”。",
    "calendar.name_too_long": "名称请少于 {most} 个字符。",
    "calendar.day_in_the_past": "{day} 已经过去；请标记今天或之后的日期。",
    "calendar.already_non_shipping": "{day} 已是休息日（{names}）。",
    "calendar.already_no_pickup": "{day} 已是 {courier} 的停止揽收日（{name}）。",
    "calendar.not_marked": "{day} 未标记为休息日。",
    "calendar.not_marked_for": "{day} 未标记为 {courier} 的停止揽收日。",
    "calendar.not_marked_but_no_pickup": "{day} 未标记为休息日；它是 {couriers} 的停止揽收日。",
    "calendar.not_marked_for_but_no_pickup": (
        "{day} 未标记为 {courier} 的停止揽收日；它是 {couriers} 的停止揽收日。"
    ),
    "calendar.unknown_country": "“{country}”不是节假日日历支持的国家代码。",
    "calendar.year_out_of_range": "{given} 不是 1950 至 2100 之间的年份。",
}
