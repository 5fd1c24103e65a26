"""Chinese: waybill number bands and the numbers given to labels (the English is
en/waybills.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "waybills.end_first": "起始号 {number}",
    "waybills.end_last": "结束号 {number}",
    "waybills.bad_end": "无法导入运单号段：{end} 有误。{why}",
    "waybills.digits_only": (
        "无法导入运单号段：{end} 不全是数字；{courier}的号段只能按连续的数字运单号导入。"
    ),
    "waybills.check_digit_unsupported": (
        "无法导入运单号段：fulfil-desk 暂时无法为起始号与结束号之间的运单号生成{courier}的校验位。"
    ),
    "waybills.lengths_differ": ("无法导入运单号段：起始号 {first} 与结束号 {last} 的位数不同。"),
    "waybills.first_after_last": ("无法导入运单号段：起始号 {first} 在结束号 {last} 之后。"),
    "waybills.band_too_big": ("无法导入运单号段：共 {n} 个号码，超过 {most} 个。请分段导入。"),
    "waybills.band_overlaps": (
        "无法导入号段 {first}～{last}：与已导入的{courier}号段 {other_first}～{other_last} 重叠。"
    ),
    "waybills.band_added": (
        "已导入{courier}号段 {first}～{last}：{n} 个运单号，校验位已核对。",
        "已导入{courier}号段 {first}～{last}：{n} 个运单号，每个的校验位均已核对。",
    ),
    "waybills.band_added_unverified": (
        "已导入{courier}号段 {first}～{last}：{n} 个运单号。{courier}未公开其校验位规则，"
        "号码按原样使用，校验位未核对。",
        "已导入{courier}号段 {first}～{last}：{n} 个运单号。{courier}未公开其校验位规则，"
        "号码按原样使用，校验位未核对。",
    ),
    "waybills.courier_left": "{courier} 剩 {left}/{size}",
    "waybills.running_low": "运单号即将用完（剩余不足 10 %）：{couriers}。",
    "waybills.none_left": (
        "已导入的号段中没有剩余的{courier}运单号：请在运单号步骤扫描物流商自己的面单，并导入新号段。"
    ),
    "waybills.scan_the_box": "请扫描箱子上的面单：运单号应为 {number}。",
    "waybills.box_carries_other": (
        "这个箱子应贴运单号 {expected}，您扫描的是 {scanned}：请扫描为此订单打印的面单。"
    ),
    "waybills.number_of_other_courier": (
        "运单号 {number} 属于{courier}：请选择 COURIER:{code} 发出此订单。"
    ),
    "waybills.number_voided": "运单号 {number} 已作废。",
    "waybills.number_replaced": "运单号 {old} 已作废；新面单印有 {new}：请贴在箱子上。",
    "waybills.say_why_void": "请说明运单号作废的原因（--reason）。",
    "waybills.not_given": "运单号 {number} 尚未分配给任何面单。",
    "waybills.number_ambiguous": ("运单号 {number} 由多个物流商（{couriers}）分配，无法在此作废。"),
    "waybills.already_void": "运单号 {number} 已作废过。",
    "waybills.void_shipped": "无法作废运单号 {number}：订单 {order} 已用它发货。",
    "waybills.voided": (
        "订单 {order} 的运单号 {number} 已作废，不会再分配；此订单的下一张面单将使用新号码。"
    ),
    "waybills.list_none": "尚未导入运单号段。",
    "waybills.column_courier": "物流商",
    "waybills.column_from": "起始号",
    "waybills.column_to": "结束号",
    "waybills.column_used": "已用",
    "waybills.column_void": "作废",
    "waybills.column_left": "剩余",
    "cli.help.waybills": "物流商分配的运单号段，以及已分配的号码。",
    "cli.help.waybills.add": (
        "导入物流商 COURIER 分配给店铺的运单号段，从起始号到结束号（含校验位）。"
    ),
    "cli.option.waybills.add.from": "号段的起始运单号。",
    "cli.option.waybills.add.to": "号段的结束运单号。",
    "cli.help.waybills.list": "已导入的号段：已用、作废和剩余的号码数。",
    "cli.option.waybills.list.courier": "只显示此物流商的号段。",
    "cli.help.waybills.void": "将损坏面单的运单号 NUMBER 记为作废：不会再分配。",
    "cli.option.waybills.void.reason": "号码作废的原因（面单损坏等）。",
}
