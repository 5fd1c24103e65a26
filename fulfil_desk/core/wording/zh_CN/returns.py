"""Chinese: what returns say (the English is en/returns.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "return_condition.resellable": "可再售",
    "return_condition.damaged": "已损坏",
    "return_condition.wrong_item": "非本店商品／错发商品",
    "return_reason.changed_mind": "买家改变主意",
    "return_reason.damaged_in_transit": "运输途中损坏",
    "return_reason.wrong_item_sent": "发错商品",
    "return_reason.missing_parts": "缺少配件",
    "return_reason.defective": "商品有缺陷",
    "return_reason.other": "其他",
    "return_status.expected": "待退货",
    "return_status.received": "已收到退货",
    "returns.unknown_condition": "未知的状态“{given}”；请使用以下之一：{codes}。",
    "returns.unknown_reason": "未知的退货原因“{given}”；请使用以下之一：{codes}。",
    "returns.nothing_in_return": "{order} 的退货中没有商品；请逐件扫描退回的商品。",
    "returns.units_of": "退回的 {sku} 数量",
    "returns.bad_code": "编码“{code}”不能作为退货商品：请输入 1 至 {most} 个字符。",
    "returns.sku_not_on_order": (
        "{sku} 不在订单 {order} 中（该订单发出的是 {skus}）；非本店商品请按错发商品处理。"
    ),
    "returns.more_than_shipped": (
        "退回 {sku} {back} 件，超过订单 {order} 发出的数量：发出 {shipped} 件，其中 {before} "
        "件此前已退回。"
    ),
    "returns.code_of_several": "“{code}”是 {n} 个退货的运单号；请改为扫描订单号。",
    "returns.no_order_or_tracking": "“{code}”不是本店的订单号，也不是运单号。",
    "returns.not_shipped": "订单 {order} 从未发货（当前为{status}）：只有已发货的订单才能退货。",
    "returns.received": (
        "已收到 {order} 的退货：{resellable} 件已回到库存，{damaged} "
        "件已损坏（不可发货），{wrong} 件非本店商品。"
    ),
    "returns.sku_times": "{sku} ×{n}",
    "returns.missing": "应退回但包裹中没有：{units}。",
    "returns.ledger_note": "订单 {order} 的退货",
}
