"""Chinese: parcels in transit, deliveries and courier performance (the English is
en/deliveries.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "deliveries.transit_days_map": "{key} 须按物流商代码填写工作日数（1–60），例如 {example}。",
    "deliveries.stale_days_range": "请填写 0 到 {most} 之间的整数作为超时天数。",
    "deliveries.window_range": "天数须在 1 到 {most} 之间。",
    "deliveries.not_shipped": "订单 {order} 尚未发货，不能标记为已签收。",
    "deliveries.bad_row": "{file} 第 {row} 行：{why} 未标记任何包裹为已签收。",
    "deliveries.row_unknown_tracking": "第 {column} 列：{tracking} 不是本店已发货包裹的运单号。",
    "deliveries.row_not_shipped": "订单 {order} 尚未发货。",
    "deliveries.row_no_tracking": "第 {column} 列没有运单号。",
    "deliveries.row_twice": "{tracking} 出现了两次（首次在第 {first} 行）。",
    "deliveries.row_extra_cells": "第 {column} 列及之后请留空：只填运单号和日期。",
    "deliveries.not_a_time": (
        "第 {column} 列：“{text}”不是日期或时间（请写成 2026-06-20 或 2026-06-20 14:30）。"
    ),
    "deliveries.before_shipment": "{at} 早于包裹发货时间（{shipped}）。",
    "deliveries.after_now": "{at} 尚未到来。",
    "deliveries.too_many_rows": "{file} 超过 {most} 行，请拆分文件。",
    "deliveries.file_empty": "{file} 中没有运单号。",
    "deliveries.cannot_read": "无法读取 {file}：{why}",
    "deliveries.pasted_list": "粘贴的列表",
    "deliveries.marked_many": "已将 {file} 中的 {n} 个包裹标记为已签收。",
    "deliveries.none_chosen": "请选择已签收的包裹。",
    "deliveries.marked_orders": "已将 {n} 个包裹标记为已签收。",
    "deliveries.ref_or_file": "请填写运单号或 ORDER，或使用 --from-file，二者选一。",
    "deliveries.at_not_with_file": "--at 只用于单个包裹：文件中每行自带日期。",
    "deliveries.none_stale": "没有运输时间超过物流商预计天数的包裹。",
    "deliveries.none_in_transit": "没有运输中的包裹。",
    "deliveries.no_parcels_shipped": "该期间没有发出的包裹。",
    "deliveries.days_of_expected": "{days} / {expected}",
    "deliveries.window_days": "{n} 天",
    "deliveries.on_time_of": "{on_time}/{of}（{rate}）",
    "deliveries.performance_note": (
        "准时送达只统计有承诺送达日期的包裹。运输天数按工作日（店铺日历）计算。超时：超过物流商"
        "预计天数仍未签收；丢件：有未收到货纠纷，或又超过 lost_after_days 个工作日。"
    ),
    "cli.column.tracking": "运单号",
    "cli.column.shipped": "发货日",
    "cli.column.in_transit": "已用/预计（工作日）",
    "cli.column.promised": "承诺送达日",
    "cli.column.tracking_page": "物流查询",
    "cli.column.parcels": "包裹",
    "cli.column.delivered": "已签收",
    "cli.column.on_time": "准时送达",
    "cli.column.median_days": "中位数",
    "cli.column.p90_days": "第90百分位",
    "cli.column.stale": "超时",
    "cli.column.lost": "丢件",
    "cli.help.in-transit": "超过物流商预计工作日仍未签收的已发货包裹。",
    "cli.help_more.in-transit": (
        "最早发货的在前。运输天数从发货次日起按店铺工作日计算；物流商预计天数见设置 "
        "transit_days（未列出的物流商用 default_transit_days）。"
    ),
    "cli.option.in-transit.stale-days": "不论物流商，超过 N 个工作日即视为超时。",
    "cli.option.in-transit.courier": "只看此物流商（代码或名称）。",
    "cli.option.in-transit.all": "所有运输中的包裹，不论是否超时。",
    "cli.help.delivered": "将一个包裹，或运单号和日期列表中的所有包裹标记为已签收。",
    "cli.help_more.delivered": (
        "文件：每行一个包裹，先写运单号，再写日期或时间（CSV、制表符或空格分隔；日期为空即现在）。"
        "会先检查整个文件：只要有一行有误，就不标记任何包裹。"
    ),
    "cli.option.delivered.at": "签收时间（ISO 8601；默认：现在）。",
    "cli.option.delivered.from-file": "运单号和日期的 CSV 或列表。",
    "cli.option.delivered.encoding": "文件的文本编码：utf-8、cp949 或 gb18030。",
    "cli.help.couriers.performance": (
        "各物流商最近 30 天和 90 天（或 N 天）：准时送达、运输天数、超时、丢件。"
    ),
    "cli.option.couriers.performance.days": "只看最近 N 天。",
}
