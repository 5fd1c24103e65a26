"""Simplified Chinese: what the stock domain says (products, the ledger, cycle counts, goods in
and counting at the bench) (the English is en_stock.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("stock_reason", StockReason): why a ledger row moved stock (LX ledger words)
    "stock_reason.received": "入库",
    "stock_reason.count": "盘点",
    "stock_reason.damaged": "次品",
    "stock_reason.returned": "退货入库",
    "stock_reason.correction": "更正",
    "stock_reason.shipped": "发货出库",
    # what a quantity is of (the `what` of a refused quantity)
    "stock.count_of": "{sku} 的盘点数量",
    "stock.goods_in_of": "{sku} 的入库数量",
    "stock.safety_stock_of": "{sku} 的安全库存",
    "stock.reorder_point_of": "{sku} 的订货点",
    # quantities and adjustments refused
    "stock.not_whole_units": "{what}：{quantity} 不是整数件数。",
    "stock.quantity_out_of_range": "{what}：{quantity} 无效；请输入 {low} 至 {high} 之间的数量。",
    "stock.unknown_reason": "未知的库存原因“{reason}”；请使用以下之一：{reasons}。",
    # {reason} is a stock_reason term; "correction" is the code a person types
    "stock.reason_only_adds": "“{reason}”只能增加库存；{delta} 请使用 correction（更正）。",
    "stock.reason_only_removes": "“{reason}”只能减少库存；{delta} 请使用 correction（更正）。",
    "stock.adjust_by_zero": "{sku}：调整量为 0，库存不会改变；请输入调整的件数。",
    "stock.adjust_too_big": "{sku}：无法调整 {delta} 件；每次最多调整 {most} 件。",
    "stock.adjust_below_zero": (
        "{sku}：在手库存只有 {on_hand}，调整 {delta} 后将剩 {left}；请改为盘点。"
    ),
    "stock.cannot_receive": "无法入库 {quantity} 件：请输入 1 至 {most} 之间的数量。",
    # products
    "stock.product_needs_sku_and_name": "商品必须有 SKU 和名称。",
    "stock.barcode_taken": "条码 {code} 已属于 {sku}。",
    "stock.unknown_product": "没有 SKU 为 {sku} 的商品。",
    "stock.unknown_barcode": "条码“{code}”不存在：没有商品使用此条码。",
    "stock.products_saved": "已保存 {n} 个商品。",
    # the ledger
    "stock.received": "已入库 {quantity} × {sku}；在手库存 {on_hand}。",
    "stock.counted_as_expected": "{sku}：实盘 {counted}，与账面数量一致。",
    "stock.counted_off": "{sku}：实盘 {counted}，账面 {expected}（{delta}）。",
    "stock.adjusted": "{sku}：{delta}（{reason}）；在手库存 {on_hand}。",
    "stock.limits_set": "{sku}：安全库存 {safety}，订货点 {reorder}。",
    "stock.cannot_write": "无法写入 {path}：{reason}。",
    "stock.shippable_exported": "已将 {n} 个 SKU 的可用库存写入 {path}。",
    "stock.nothing_waiting_scan_first": "没有待入库的商品：请先扫描商品。",
    # cycle counts
    "stock.no_such_count": "盘点 {count} 不存在。",
    "stock.count_already_cancelled": "库位 {bin} 的盘点已取消。",
    "stock.count_already_finished": "库位 {bin} 的盘点已完成。",
    "stock.no_product_in_bin": "库位“{bin}”中没有存放任何商品；请扫描库位标签。",
    "stock.bin_being_counted": "库位 {bin} 正在盘点：请先完成或取消该盘点。",
    "stock.count_started": "已开始盘点库位 {bin}：请扫描其中的商品。",
    "stock.blind_count_started": "已开始盲盘库位 {bin}：请扫描其中的商品。",
    "stock.blind_only_before_first": "只能在盘点第一件商品之前切换盲盘。",
    "stock.count_now_blind": "库位 {bin} 的盘点改为盲盘（隐藏账面数量）。",
    "stock.count_now_not_blind": "库位 {bin} 的盘点改为明盘（显示账面数量）。",
    "stock.item_of_other_bin": (
        "{sku} 应存放在库位 {home}，而不是 {bin}：请把它放回 {home}，盘点该库位时再清点。"
    ),
    "stock.item_of_no_bin": (
        "{sku} 未分配库位，不属于库位 {bin}：请把它移出此库位，不计入本次盘点。"
    ),
    "stock.counted_in_bin": "{sku}：库位 {bin} 实盘 {counted}。",
    "stock.count_difference": "{sku} {on_hand} → {counted} ({delta})",
    "stock.sku_delta": "{sku} {delta}",
    "stock.bin_counted_same": "库位 {bin} 已盘点：无差异。",
    "stock.bin_counted_off": "库位 {bin} 已盘点：已提交 {n} 处差异：{differences}。",
    "stock.count_cancelled": "库位 {bin} 的盘点已取消，库存未变。",
    # goods in at the bench
    "stock.goods_in_waiting": "{sku} × {quantity} 待入库：按 Enter 入库，或扫描 CLEAR 清除。",
    "stock.goods_in_page": "入库：请扫描商品，再输入数量（只按 Enter：1 件）。",
    "stock.goods_in_left_waiting": "{sku} × {quantity} 尚未入库，仍留在入库页面等待处理。",
    "stock.nothing_waiting": "没有待入库的商品。",
    "stock.goods_in_dropped": "已清除 {sku} × {quantity}：未入库。",
    "stock.scan_product_first": "请先扫描商品，再输入数量（只按 Enter 则入库 1 件）。",
    "stock.received_scan_next": "{received}请扫描下一个商品。",
    "stock.goods_in_not_signed": (
        "{code} 不是可入库的数量：入库数量为 1 至 {most}。"
        "减少的库存应做库存调整（次品、更正），而不是入库。"
    ),
    "stock.goods_in_line_full": "{sku}：一行不能超过 {most} 件；请先按 Enter。",
    "stock.goods_in_more": "{sku} × {quantity}：按 Enter 入库。",
    "stock.goods_in_scanned": "{sku}（{name}）× 1：请输入数量，或按 Enter 入库 1 件。",
    "stock.quantity_before_product": "{quantity}：请先扫描商品，再输入数量。未入库任何商品。",
    "stock.goods_in_out_of_range": (
        "{sku} 无法入库 {quantity} 件：请输入 1 至 {most}，或扫描 CLEAR 清除该行。"
    ),
    "stock.goods_in_set": "{sku} × {quantity}：按 Enter 入库。",
    "stock.goods_in_set_was": "{sku} × {quantity}（原为 {was}）：按 Enter 入库。",
    # counting at the bench
    "stock.counting_bin": "正在盘点库位 {bin}：请扫描下一件商品，扫描 FINISH 完成盘点。",
    "stock.count_page": "盘点：请扫描库位标签（盲盘请先扫描 BLIND）。",
    "stock.count_left_open": "库位 {bin} 的盘点尚未结束：扫描 COUNT 继续。",
    "stock.no_count_to_cancel": "没有可取消的盘点。",
    "stock.scan_bin_to_count": "请扫描库位标签开始盘点。",
    "stock.counted_scan_next": "{counted}请扫描下一个库位，或扫描 BACK 返回。",
    "stock.count_not_signed": "{code}：盘点数量应为 0 或以上；请先扫描商品，再输入数量。",
    "stock.finish_same": (
        "库位 {bin}：无差异。请在 {within}内再按一次 Enter（或扫描 FINISH）提交；"
        "继续扫描商品则继续盘点。"
    ),
    "stock.finish_off": (
        "库位 {bin}：{n} 处差异：{differences}。请在 {within}内再按一次 Enter"
        "（或扫描 FINISH）提交；继续扫描商品则继续盘点。"
    ),
    "stock.scan_bin_first": "请先扫描库位标签：{sku} 存放在库位 {bin}。",
    "stock.scan_bin_first_no_bin": "请先扫描库位标签：{sku} 未分配库位。",
    "stock.next_count_blind": "盲盘：隐藏账面数量。请扫描库位标签。",
    "stock.next_count_not_blind": "明盘：显示账面数量。请扫描库位标签。",
    "stock.finish_before_next_bin": (
        "库位 {bin} 正在盘点：请先扫描 FINISH 完成（或扫描 CANCEL 取消），再盘点 {code}。"
    ),
    "stock.item_counted": (
        "{sku}（{name}）：实盘 {counted}。请扫描下一件商品；如本次扫描不止一件，"
        "请扫描数量；扫描 FINISH 完成盘点。"
    ),
    "stock.quantity_before_item": "{quantity}：请先扫描商品，再输入该商品的数量。",
    "stock.count_too_many": "{quantity} 无效：每次扫描可计 0 至 {most} 件。",
    "stock.count_scan_is": "{sku}：本次扫描 {quantity} 件，共实盘 {counted}。",
}
