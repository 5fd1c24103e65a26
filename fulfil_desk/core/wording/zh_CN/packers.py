"""Simplified Chinese: what the packers domain says (packers, badges, the statistics'
range) (the English is en_packers.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "packers.bad_name": "包装人员姓名为 1 到 {most} 个可打印字符，不能包含 ':'，例如 Kim。",
    "packers.saved": "包装人员 {name}：工牌 {badge}。",
    "packers.badge_not_printable": (
        "工牌 '{badge}' 无法打印为条码：请使用 3 到 30 个字母、数字、'-'、'.'、'/' 或 '_'，例如 "
        "BADGE-0001。"
    ),
    "packers.badge_is_command": "工牌 {badge} 是工作台指令；请换一个代码。",
    "packers.badge_taken": "工牌 {badge} 已属于 {name}。",
    "packers.badge_is_product": "工牌 {badge} 是商品 {sku} 的条码；请换一个。",
    "packers.no_such_packer": "没有包装人员 '{name}'。",
    "packers.removed": "已删除包装人员 {name}。",
    "packers.at_station": "包装人员 {name} 在工作台 {station}。",
    "packers.range_backwards": "日期范围的开始（{start}）晚于结束（{end}）。",
    "packers.range_too_long": "{start} 到 {end} 超过 {most} 天；请最多选择一年。",
    "actor.unbadged": "包装人员（未扫工牌）",
}
