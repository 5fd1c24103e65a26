"""Chinese: what returns say (the English is en/returns.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "return_condition.resellable": "可再售",
    "return_condition.damaged": "次品",
    "return_condition.wrong_item": "非本店商品／错发商品",
    "return_reason.changed_mind": "买家改变主意",
    "return_reason.damaged_in_transit": "运输途中损坏",
    "return_reason.wrong_item_sent": "发错商品",
    "return_reason.missing_parts": "缺少配件",
    "return_reason.defective": "商品有缺陷",
    "return_reason.exchange": "换货",
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
        "退回 {sku} {back} 件，超过订单 {order} 发出的数量（{shipped} 件）。"
    ),
    "returns.more_than_left": (
        "退回 {sku} {back} 件，超过订单 {order} 发出的数量：发出 {shipped} 件，其中 {before} "
        "件此前已退回。"
    ),
    "returns.code_of_several": "“{code}”是 {n} 个退货的运单号；请改为扫描订单号。",
    "returns.no_order_or_tracking": "“{code}”不是本店的订单号，也不是运单号。",
    "returns.not_shipped": "订单 {order} 从未发货（当前为{status}）：只有已发货的订单才能退货。",
    "returns.received": (
        "已收到 {order} 的退货：{resellable} 件已回到库存，{damaged} "
        "件为次品（不可发货），{wrong} 件非本店商品。"
    ),
    "returns.sku_times": "{sku} ×{n}",
    "returns.missing": "应退回但包裹中没有：{units}。",
    "returns.ledger_note": "订单 {order} 的退货",
    "cli.help.return": "收回买家退回的包裹：其中的商品、状态和原因。",
    "cli.help_more.return": (
        "ORDER 为订单号（Coupang 为合并配送号）、发货时的运单号、已记录的退货包裹运单号或内部 "
        "ID。每个退回的 SKU 请写一次 --sku；--qty、--condition 和 --reason 请对全部写一次，或按 "
        "--sku 的顺序每个写一次。可再售的商品回到库存；次品只记录，不可发货；非本店的错发"
        "商品不移动库存。"
    ),
    "cli.option.return.sku": "退回的 SKU（每个 SKU 再写一次；错发商品写其编码）。",
    "cli.option.return.qty": "该商品的件数（默认 1）。",
    "cli.option.return.condition": (
        "resellable（可再售）、damaged（次品）或 wrong_item（非本店商品／错发商品）。"
    ),
    "cli.option.return.reason": (
        "changed_mind、damaged_in_transit、wrong_item_sent、missing_parts、defective 或 "
        "other（默认 other）。"
    ),
    "cli.option.return.tracking": "退货包裹本身的运单号。",
    "cli.help.returns": "已收到和待收到的退货，最新的在前。",
    "cli.option.returns.expected": "只列出仍在等待的退货。",
    "cli.returns.once_or_per_sku": (
        "{option} 写了 {n} 次，而 --sku 有 {skus} 个：请只写一次，或每个 --sku 写一次。"
    ),
    "cli.returns.none": "没有退货。",
    "cli.returns.line": "{sku} ×{n} {state}（{reason}）",
    "cli.column.returns.tracking": "退货运单号",
    "cli.column.returns.units": "商品",
    "page.returns": "退货",
    "returns.does_return": "退货页面（买家退回的包裹）",
    "returns.does_cond": "接下来扫描的商品的状态（RESELLABLE、DAMAGED、WRONG）",
    "returns.does_reason": "接下来扫描的商品的退货原因",
    "returns.does_finish": "收货入库此退货（同 OK）",
    "returns.enter_at_returns": "一次性收下目前扫描的退货",
    "returns.guide_parcel": "退货包裹的运单号",
    "returns.guide_parcel_does": "记入此退货（待退货上记录的运单号会打开其订单）",
    "returns.guide_order_does": "订单号或发货时的运单号：打开该订单的退货",
    "returns.guide_unit_does": "按当前的状态和原因退回一件",
    "returns.guide_quantity_does": "上一次扫描是几件",
    "returns.hint": "请扫描退回的商品，然后扫描 OK。",
    "returns.sheet_section": "退货",
    "returns.sheet_return": "退货页面",
    "returns.sheet_condition": "状态：{condition}",
    "returns.sheet_reason": "原因：{reason}",
    "returns.page": "退货：请扫描退货包裹的运单号、订单发货时的运单号或订单号。",
    "returns.resumed": "已重新打开 {order} 的退货，已扫描 {units} 件；请继续扫描，扫描 OK 收货。",
    "returns.left": "已放弃 {order} 的退货：未收下任何商品。",
    "returns.scan_order_first": "请先扫描订单号或订单发货时的运单号。",
    "returns.product_not_order": "{sku} 是商品，不是订单：请先扫描订单号或运单号。",
    "returns.not_here": "“{code}”不是此退货的订单、运单号或商品。",
    "returns.unknown_condition_code": "COND:{code} 不是状态；请扫描以下之一：{codes}。",
    "returns.unknown_reason_code": "REASON:{code} 不是退货原因；请扫描以下之一：{codes}。",
    "returns.condition_set": "接下来扫描的商品为：{condition}。",
    "returns.reason_set": "接下来扫描的商品的退货原因：{reason}。",
    "returns.order_open_here": "{order} 的退货已在此打开：请扫描其商品。",
    "returns.finish_first": "{other} 是另一个订单：请先收下 {order} 的退货（OK）或放弃（BACK）。",
    "returns.all_back": "订单 {order} 的商品已全部退回。",
    "returns.order_opened": (
        "{order} 的退货：应退 {units}。请逐件扫描退回的商品（当前为{condition}，{reason}）；扫描 "
        "OK 收货。"
    ),
    "returns.unit_scanned": "{sku} ×{n}：{condition}，{reason}。此退货共 {total} 件。",
    "returns.quantity_before_unit": "请先扫描商品，再扫描件数（{quantity}）。",
    "returns.quantity_out_of_range": "{quantity} 不是件数：请输入 1 至 {most}。",
    "returns.quantity_set": "上一次扫描记为 {sku} {n} 件（{condition}）。",
    "returns.parcel_noted": "已记下退货包裹 {parcel}：请扫描订单号或订单发货时的运单号。",
    "returns.parcel_of": "已将退货包裹 {parcel} 记入 {order} 的退货。",
    "returns.scan_next_return": "请扫描下一个退货包裹，或扫描 BACK。",
}
