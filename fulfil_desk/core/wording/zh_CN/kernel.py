"""Simplified Chinese: what every domain says (durations, lists), and the app's own vocabularies
(the English is en_kernel.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "duration.seconds": "{s} 秒",
    "duration.minutes": "{m} 分钟",
    "duration.hours": "{h} 小时 {m} 分钟",
    "duration.days": "{d} 天 {h} 小时",
    # Chinese sentences end in "。" and follow each other without a space.
    "two_sentences": "{first}{then}",
    "kernel.no_order_with_id": "没有 ID 为 {order_id} 的订单。",
    # Term("status", OrderStatus): where an order is ("订单 … 已处于“{status}”状态")
    "status.new": "待审核",
    "status.on_hold": "已挂起",
    "status.verified": "已审核",
    "status.picking": "拣货中",
    "status.picked": "已拣货",
    "status.packing": "打包中",
    "status.packed": "已打包",
    "status.labelled": "已打印面单",
    "status.shipped": "已发货",
    "status.cancelled": "已取消",
    # Term("hold_reason", HoldReason) ("订单 … 已挂起（{reason}）")
    "hold_reason.unknown_sku": "未知 SKU",
    "hold_reason.bad_quantity": "数量错误",
    "hold_reason.bad_price": "价格错误",
    "hold_reason.incomplete_address": "地址不完整",
    "hold_reason.out_of_stock": "缺货",
    "hold_reason.missing_pccc": "缺少个人通关码",
    "hold_reason.other": "其他",
    # Term("cancel_reason", CancelReason)
    "cancel_reason.out_of_stock": "缺货",
    "cancel_reason.cannot_ship": "无法发货",
    "cancel_reason.pricing_error": "定价错误",
    "cancel_reason.undeliverable_address": "地址无法送达",
    "cancel_reason.buyer_requested": "买家要求",
    "cancel_reason.buyer_wrong_item": "买家拍错商品",
    "cancel_reason.buyer_address_change": "买家更改地址",
    # Term("address_field", …): Address.missing_fields ("地址缺少{missing}")
    "address_field.name": "收件人姓名",
    "address_field.address": "地址",
    "address_field.postal_code": "邮编",
    "address_field.country": "国家",
    "address_field.phone": "电话",
    # Term("cancelled_by", CancelledBy) ("{cancelled_by}取消": 卖家取消, 买家取消)
    "cancelled_by.seller": "卖家",
    "cancelled_by.buyer": "买家",
    # Couriers (core/kernel/couriers.py); {courier} is the courier's name in the reader's
    # language. The formats complete "<courier> 运单号应为 …" (each begins with a digit or a
    # code, after the space).
    "list.separator": "、",  # between the items of a list
    "list.or": "{some} 或 {last}",
    "courier.range": "{low} 至 {high}",
    "courier.format_digits": "{count} 位数字",
    "courier.format_digits_starting": "{count} 位数字（以 {start} 开头）",
    "courier.format_ups_1z": "1Z 加 16 位字母或数字",
    "courier.format_prefixed": "{prefix} 加 {count} 位数字",
    "courier.format_s10": "2 个字母 + 9 位数字 + {country}",
    "courier.format_s10_any_country": "2 个字母 + 9 位数字 + 国家代码",
    "courier.read_usps_after_routing": "420+ZIP 路由码之后的 USPS 号码",
    "courier.read_usps_implied_91": "省略前缀 91 的 USPS 20 位号码",
    "courier.read_fedex_in_label_barcode": "34 位面单条码中的 FedEx 12 位号码",
    "courier.read_fedex_in_ground_barcode": "34 位 Ground 条码中的 FedEx 12 位号码",
    "courier.read_fedex_in_astra_barcode": "32 位 ASTRA 条码中的 FedEx 12 位号码",
    "courier.wrong_check_digit": (
        "此 {courier} 运单号的校验位错误（应为 {expected}，实际为 {got}）：请重新扫描。"
    ),
    "courier.s10_other_country": "{courier} 运单号以 {ends} 结尾，而不是 {got}：请检查物流商。",
    "courier.s10_no_country": "此 {courier} 运单号以 {got} 结尾，这不是国家代码：请重新扫描。",
    "courier.tracking_empty": "{courier} 运单号为空：请扫描面单。",
    "courier.no_check_digit": "{courier} 没有已确认的校验位，仅检查了号码格式。",
    "courier.hangul_in_number": (
        "此 {courier} 运单号含有“{char}”，运单号中不能有此字符："
        "请将键盘切换为英文（한/영 键）后重新扫描。"
    ),
    "courier.foreign_in_number": (
        "此 {courier} 运单号含有“{char}”，运单号中不能有此字符：请重新扫描。"
    ),
    "courier.control_in_number": (
        "此 {courier} 运单号含有 {codepoint}，运单号中不能有此字符：请重新扫描。"
    ),
    "courier.shape_has_letters": "{courier} 运单号应为 {shapes}；此号码含有字母。",
    "courier.shape_starts_with": "{courier} 运单号应为 {shapes}；此号码以 {start} 开头。",
    "courier.shape_length": "{courier} 运单号应为 {shapes}；此号码有 {length} 位。",
    "courier.shape_mismatch": (
        "{courier} 运单号应为 {shapes}；此号码（{length} 个字符）不符合：请检查物流商。"
    ),
    "courier.code_and_name": "{code}（{name}）",
    "courier.unknown_did_you_mean": "没有代码为“{code}”的物流商。您是否要输入 {guesses}？",
    "courier.unknown": "没有代码为“{code}”的物流商。可用的代码：{codes}。",
    # Settings (core/kernel/settings.py): {key} is the setting's name, as typed; {value} the
    # value refused, quoted as Python writes it ('Mars/Base'); {example} a value in JSON.
    "setting.unknown": "没有设置项“{key}”；可用的设置项：{keys}。",
    "setting.not_a_time_zone": "{value} 不是时区；请使用 Asia/Seoul 这样的名称。",
    "setting.not_a_holiday_country": "{value} 不是节假日日历支持的国家代码（例如 KR）。",
    "setting.days_from_to": "{key} 必须是 {least} 至 {most} 之间的整数天数。",
    "setting.orders_from_to": "{key} 必须是 {least} 至 {most} 之间的整数订单数。",
    "setting.minutes_from_to": "{key} 必须是 {least} 至 {most} 之间的整数分钟数。",
    "setting.backups_from_to": "{key} 必须是 {least} 至 {most} 之间的整数备份数。",
    "setting.lead_days_map": "{key} 必须将平台对应到天数，例如 {example}。",
    "setting.weekday_numbers": (
        "{key} 必须列出至少一个星期编号（周一 = 0 至周日 = 6），例如 {example}。"
    ),
    "setting.not_a_cutoff": "{value} 不是有效的截单时间；请按 HH:MM 格式填写，例如 14:00。",
    "setting.score_targets_map": (
        "{key} 必须将“平台.指标”（marketplace.metric）对应到 0 至 1 之间的小数，例如 {example}。"
    ),
    "setting.fraction": "{key} 必须是 0 至 1 之间的小数，例如 0.2。",
    "setting.folder_or_null": "{key} 必须是文件夹路径，或为 null（备份保存在数据库旁边）。",
    "setting.true_or_false": "{key} 必须是 true 或 false。",
    "setting.days_or_null": "{key} 必须是整数天数（1 或以上），或为 null（永不）。",
    "setting.one_of": "{key} 必须是以下之一：{choices}。",
    "setting.address_fields": "{key} 必须是包含字段 {fields} 的 JSON 对象。",
    "setting.box_presets_list": "{key} 必须是类似 {example} 的列表。",
    "setting.keep_one_box_preset": "请至少保留一个纸箱预设。",
    "box.s": "小号 22×19×9 cm",
    "box.m": "中号 34×25×21 cm",
    "box.l": "大号 48×38×34 cm",
}
