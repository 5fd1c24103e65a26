"""Simplified Chinese: what the bench domain says of orders and scans (its commands, help
and command sheet are in bench_commands.py) (the English is en_bench.py). A parameter
written `{code!r}` is quoted as typed: 'X-1', or "it's"."""

WORDS: dict[str, str | tuple[str, str]] = {
    "bench.then": "{first} · {then}",
    # ---- what the page wants next (core/bench/sentences.py HINTS) ----------------------------
    "bench.hint_queue": "请扫描订单号，或按 Enter 打开最紧急的订单。",
    "bench.hint_done": "扫描 REPRINT 重新打印面单，扫描其他订单，或按 Enter 处理下一个订单。",
    "bench.hint_verify": "按 Enter 审核通过，或扫描 HOLD:<原因>、CANCEL:<原因> 或 BACK。",
    "bench.scan_next_on_pick_list": "请扫描拣货单上的下一件商品。",
    "bench.hint_pack": "请逐件扫描商品装入纸箱，然后扫描重量，再按 Enter。",
    "bench.hint_label": "按 Enter（或扫描 PRINT）打印面单，扫描 SAVE 另存为 PDF。",
    "bench.hint_tracking": "请扫描物流商面单上的运单号。",
    "bench.hint_goods_in": "请扫描商品，再扫描数量；按 Enter 入库。",
    "bench.hint_count": "请扫描库位中的下一件商品，或扫描 FINISH。",
    "bench.start_picking": "按 Enter 开始为此订单拣货。",
    # ---- how far an order is, where it was left ----------------------------------------------
    "bench.progress_picked": "已拣货 {picked}/{units}",
    "bench.progress_packed": "已装箱 {packed}/{units}",
    "bench.progress_box_closed": "已封箱，尚未打印面单",
    "bench.progress_labelled": "已打印面单，尚无运单号",
    "bench.resumed_at": "{order} 已在{page}页继续处理，{progress}（此前已暂放）",
    "bench.resumed_from_station": (
        "{order} 已在{page}页继续处理，{progress}（此前暂放于工作台 {station}）"
    ),
    "bench.opened_at": "{order} 已在{page}页打开",
    "bench.pick_list_put_aside": "拣货单 {pick_list} 已暂放，已拣货 {picked}/{wanted}",
    "bench.open_at_station": "{order} 已在工作台 {station} 打开",
    "bench.left_at": "{order} 停在{page}页",
    "bench.put_aside_at": "{order} 已暂放在{page}页，{progress}",
    "bench.left_back_to_queue": "{left}。返回待发货。",
    "bench.back_to_queue": "返回待发货。",
    "bench.unanswered_scan_saved": (
        "服务器已恢复：正在保存的扫描 {code} 已保存。请继续扫描下一件（本次扫描未生效）。"
    ),
    "bench.unanswered_scan_not_saved": ("服务器已恢复：正在保存的扫描 {code} 未保存。请重新扫描。"),
    "bench.server_back_as_saved": (
        "服务器已恢复：订单按数据库已保存的状态显示。请从这里继续（本次扫描未生效）。"
    ),
    "bench.unanswered_change_saved": "服务器已恢复：正在保存的更改已保存（本次扫描未生效）。",
    "bench.unanswered_change_not_saved": "服务器已恢复：正在保存的更改未保存。请重新操作。",
    "bench.order_open_here": "订单 {order} 已在本工作台打开。",
    "bench.order_at_page": "订单 {order}：{page}。",
    "bench.already_open_here": "已在本工作台打开。",
    "bench.nothing_to_take_over": (
        "没有可接管的订单：请扫描在其他工作台打开的订单，再扫描 TAKEOVER。"
    ),
    "bench.open_an_order_first": "请先打开订单：扫描其订单号。",
    # ---- a finished order, as the Order page says it ----------------------------------------
    "bench.record_cancelled_at_by": (
        "订单 {order} 已于 {at} 由 {who} 取消（{reason}，{cancelled_by}取消）。无需发货。"
    ),
    "bench.record_cancelled_at": (
        "订单 {order} 已于 {at} 取消（{reason}，{cancelled_by}取消）。无需发货。"
    ),
    "bench.record_cancelled": "订单 {order} 已取消（{reason}，{cancelled_by}取消）。无需发货。",
    "bench.record_shipped_at_by": (
        "订单 {order} 已于 {at} 发货（{how}），{who}。扫描 REPRINT 可重新打印面单。"
    ),
    "bench.record_shipped_at": (
        "订单 {order} 已于 {at} 发货（{how}）。扫描 REPRINT 可重新打印面单。"
    ),
    "bench.record_shipped_by_whom": (
        "订单 {order} 已发货（{how}），{who}。扫描 REPRINT 可重新打印面单。"
    ),
    "bench.record_shipped": "订单 {order} 已发货（{how}）。扫描 REPRINT 可重新打印面单。",
    "bench.record_with_tracking": "{courier}，运单号 {tracking}",
    "bench.record_no_tracking": "未记录运单号",
    "bench.record_packed_by": "由 {by} 打包",
    "bench.record_shipped_by": "由 {by} 发货",
    # ---- what a scan is, and what it is not --------------------------------------------------
    "bench.scan_too_long": (
        "此次扫描长 {length} 个字符，而条码、订单号或指令最长为 {longest} 个字符。请重新扫描。"
    ),
    "bench.code_is_two_things": (
        "{code} 同时是{things}：在其中一项更改之前无法扫描。未执行任何操作。"
    ),
    "bench.this_and_that": "{first}和{then}",
    # Said once per session, after the verdict of the first scan read back from an input method
    "bench.read_from_hangul_mode": (
        "输入法处于韩文模式：扫描内容 {typed!r} 被读取为 {code!r}。请按 Han/Yeong（한/영）"
        "键切换为英文。"
    ),
    "bench.read_from_full_width": (
        "输入法处于全角模式：扫描内容 {typed!r} 被读取为 {code!r}。请切换为英文（半角）输入。"
    ),
    "bench.is_product_barcode": "商品 {sku} 的条码",
    "bench.is_order_number": "订单 {order} 的订单号",
    "bench.is_packer_badge": "包装人员 {packer} 的工牌",
    "bench.is_tracking_number": "订单 {order} 的运单号",
    "bench.command_not_used_here": "{code} 不能在{page}页使用（仅用于以下页面：{pages}）。{hint}",
    "bench.product_not_used_here": "{code} 是商品 {sku}：不能在{page}页使用。{hint}",
    "bench.unknown_code": "未知代码 {code!r}：没有订单、商品或指令使用此代码。{hint}",
    "bench.unknown_hold_reason": "未知挂起原因 {reason!r}；请扫描以下之一：{codes}。",
    "bench.unknown_cancel_reason": "未知取消原因 {reason!r}；请扫描以下之一：{codes}。",
    "bench.unknown_reprint_reason": "未知重新打印原因 {reason!r}；请扫描以下之一：{codes}。",
    "bench.no_order_numbered": "没有订单号为 {number!r} 的订单。",
    "bench.order_on_several_marketplaces": "订单号 {number} 存在于多个平台：{where}。请改用 ID。",
    "bench.marketplace_and_id": "{marketplace}（ID {id}）",
    "bench.unknown_status": "未知状态 {status!r}；请使用以下之一：{statuses}。",
    "bench.tracking_already_used": "运单号 {tracking} 已用于订单 {order}。",
    "bench.tracking_of_order": "{code} 是订单 {order} 的运单号（订单状态：{status}）。{hint}",
    "bench.number_of_order_too": "{code} 也是订单 {order} 的订单号：{instead}",
    "bench.give_line_instead": "请改为双击第 {code} 行，或扫描 CLEAR 后再扫描该订单。",
    "bench.give_weight_instead": "请扫描带单位的重量（{code}g），或扫描 BACK 后再扫描该订单。",
    "bench.give_units_instead": "请改为每件商品扫描一次，或扫描 BACK 后再扫描该订单。",
    "bench.own_number_not_tracking": (
        "{code} 是本订单的订单号（其面单上的条码），不是运单号：请扫描物流商面单上的条码。"
    ),
    "bench.order_number_not_tracking": (
        "{code} 是订单 {order} 的订单号，不是运单号：请扫描物流商面单上的条码。"
    ),
    "bench.product_not_tracking": (
        "{code} 是商品 {sku} 的条码，不是运单号：请扫描物流商面单上的条码。"
    ),
    "bench.order_on_this_pick_list": "订单 {order} 在此拣货单上。{hint}",
    "bench.product_not_order": (
        "{code} 是商品 {sku}，不是订单：请扫描订单号（或扫描 GOODS-IN 入库）。"
    ),
    # ---- the queue ---------------------------------------------------------------------------
    "bench.queue_empty": "待发货列表为空。请先导入订单。",
    "bench.urgent_orders_open_elsewhere": (
        "最紧急的 {n} 个订单已在其他工作台打开：请扫描订单号打开其他订单。"
    ),
    "bench.every_verified_open_elsewhere": (
        "所有已审核订单（{orders} 个）都已在其他工作台打开；扫描其中任一订单可查看所在工作台。"
    ),
    "bench.verified_open_elsewhere_left_out": (
        "有 {n} 个已审核订单已在其他工作台打开，未加入此拣货单。"
    ),
    # ---- verify, hold, cancel ----------------------------------------------------------------
    "bench.order_verified": "订单 {order} 审核通过。",
    "bench.verified_on_hold": "已挂起：{problems}",
    "bench.order_on_hold": "订单 {order} 已挂起。",
    "bench.order_on_hold_for": "订单 {order} 已挂起（{reason}）。",
    "bench.held_at_the_bench": "在工作台挂起。",
    "bench.order_cancelled": "订单 {order} 已取消（{cancelled_by}取消）。",
    "bench.say_why_cancel": "请说明取消原因：扫描以下之一：{codes}。",
    "bench.press_enter_to_pick": "按 Enter 开始拣货。",
    "bench.unknown_sku": "SKU {sku} 不是已登记的商品。",
    "bench.quantity_not_sane": "{sku}：数量 {quantity} 不合理。",
    "bench.unit_price_not_sane": "{sku}：单价 {price} 不合理。",
    "bench.address_incomplete": "地址缺少{missing}。",
    "bench.not_enough_free": "{sku}：需要 {needed} 件，可用库存仅 {free} 件。",
    "bench.cannot_become": "订单 {order} 的状态为「{status}」，无法从该状态变为「{to}」。",
    "bench.at_another_step": "订单 {order} 处于「{step}」步骤，而非「{wanted}」。",
    "bench.already_finished": "订单 {order} 的状态已是「{status}」。",
    # ---- pick --------------------------------------------------------------------------------
    "bench.choose_orders_to_pick": "请至少选择一个已审核订单进行拣货。",
    "bench.only_verified_picked": "只有已审核订单才能拣货；以下订单不能：{orders}。",
    "bench.pick_list_started": "已开始拣货单 {pick_list}。",
    "bench.pick_list_nothing_left": "拣货单 {pick_list} 已没有待拣商品。",
    "bench.unit_picked": "{sku}：订单 {order} 已拣 {picked}/{quantity}。",
    "bench.order_picked": "订单 {order} 拣货完成。",
    "bench.not_on_pick_list": "{code}（{sku}）不在此拣货单上。请放回。",
    "bench.all_picked": "{sku} 共 {total} 件已全部拣货。请放回这一件。",
    "bench.scan_each_into_box": "请逐件扫描商品装入纸箱。",
    "bench.pick_list_done": "拣货单已完成：请扫描订单进行打包。",
    # ---- by hand (MANUAL) --------------------------------------------------------------------
    "bench.line_number_not_product": (
        "{code} 不是商品。如需手动确认一件商品，请扫描 MANUAL，再扫描该行的行号。"
    ),
    "bench.unknown_barcode": "条码 {code!r} 不存在：没有商品使用此条码。",
    "bench.manual_switched_off": "本店已关闭手动确认商品（设置 manual_confirm）：请扫描商品条码。",
    "bench.manual_which_line": (
        "手动确认：请扫描行号（1 到 {lines}），手动确认该行的一件商品，或扫描 CLEAR。"
    ),
    "bench.manual_stopped": "已停止手动确认。",
    "bench.line_waits_for_badge": "第 {line} 行等待主管扫描工牌，或扫描 CLEAR。",
    "bench.manual_wants_a_line": (
        "手动确认需要 1 到 {lines} 的行号（或 CLEAR）；{code!r} 不是有效行号。"
    ),
    "bench.line_needs_a_supervisor": "第 {line} 行（{sku}）：请扫描主管工牌进行确认。",
    "bench.not_a_supervisor": "{name} 不是主管：只有主管工牌才能手动确认。",
    "bench.by_hand": "手动：{said}",
    # ---- pack --------------------------------------------------------------------------------
    "bench.unit_in_box": "{sku} 已装箱；还剩 {left} 件。",
    "bench.every_unit_in_box": "所有商品已装箱。",
    "bench.every_unit_in_box_weigh": (
        "所有商品已装箱：请扫描重量（或按 Enter 使用建议重量）以封箱。"
    ),
    "bench.not_in_order": "{code}（{sku}）不在订单 {order} 中。请勿装箱。",
    "bench.all_in_box": "{sku} 共 {total} 件已全部装箱。这一件请勿装箱。",
    "bench.no_such_box": "没有纸箱 {box!r}；请扫描以下之一：{codes}。",
    "bench.box_chosen": "纸箱 {box}。",
    "bench.unknown_box": "未知纸箱 {box!r}；请使用以下之一：{codes}。",
    "bench.weight_before_every_unit": (
        "{weight} 看起来是重量，但只有 {packed}/{units} 件商品已装箱：请先扫描所有商品。"
    ),
    "bench.weight_out_of_range": (
        "包裹重量不可能为 {grams} g（应为 1 g 到 {max_kg} kg）；请重新称重。"
    ),
    "bench.weight_impossible": "包裹重量不可能为 {grams} g；请重新称重。",
    "bench.weight_chosen": "重量 {grams} g。按 Enter 封箱。",
    "bench.units_not_in_box": "订单 {order} 还有 {n} 件商品未装箱。",
    "bench.order_packed": "订单 {order} 已打包。",
    "bench.press_enter_to_print_label": "按 Enter 打印面单。",
    # ---- label -------------------------------------------------------------------------------
    "bench.printing_label": "正在打印面单…",
    "bench.saving_label": "正在将面单另存为 PDF…",
    "bench.label_not_printed_yet": "面单尚未打印：请按 Enter 打印。",
    "bench.pack_before_label": "请先打包以下订单，再打印面单：{orders}。",
    "bench.label_done": "面单已输出：{how}。",
    "bench.scan_the_tracking_number": "请扫描运单号。",
    "bench.printing_again": "正在重新打印 {order} 的面单（{reason}）…",
    "bench.no_label_to_reprint": "订单 {order} 的状态为「{status}」：没有可重新打印的面单。",
    "bench.no_label_to_print_again": "订单 {order} 的状态为「{status}」：没有可重新打印的面单。",
    "bench.label_printed_again": "已重新打印 {order} 的面单（{reason}）：{how}。",
    # ---- tracking ----------------------------------------------------------------------------
    "bench.courier_chosen": "物流商：{courier}。",
    "bench.label_printed_reprint": "面单已打印：扫描 REPRINT 可重新打印。",
    "bench.scan_tracking_from_waybill": "请扫描物流商面单上的运单号。",
    "bench.choose_courier_first": "请先选择物流商（扫描 COURIER:<代码>）。",
    "bench.order_shipped": "订单 {order} 已发货：{courier}，运单号 {tracking}。",
    "bench.order_shipped_read_as": (
        "订单 {order} 已发货：{courier}，运单号 {tracking}（读取的是{read_as}）。"
    ),
    "bench.press_enter_for_next": "按 Enter 处理下一个订单。",
    # ---- stations and their locks ------------------------------------------------------------
    "bench.station_name_rule": "工作台名称为 1 到 {longest} 个可打印字符，例如 bench-2。",
    "bench.order_open_elsewhere": (
        "订单 {order} 自 {since} 起已在工作台 {station}（包装人员 {packer}）打开。扫描 {takeover} "
        "可接管。"
    ),
    "bench.order_lock_stale": (
        "订单 {order} 于 {since} 在工作台 {station}（包装人员 {packer}）打开，该工作台自 {seen} "
        "起未再扫描此订单：占用已失效（超过 {minutes} 分钟）。扫描 {takeover} 可接管。"
    ),
    "bench.taken_over": "已从工作台 {station}（包装人员 {packer}）接管订单 {order}。",
    "bench.taken_over_stale": (
        "已从工作台 {station}（包装人员 {packer}；其占用已失效）接管订单 {order}。"
    ),
}
