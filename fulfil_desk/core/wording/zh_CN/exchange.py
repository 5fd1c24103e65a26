"""Simplified Chinese: what the exchange domain says (marketplace files in and out) (the English
is en_exchange.py).

A value quoted from a file is written `{text!r}`: in quotes, and a line break or a control
character in it shown escaped, so that a refusal stays on one line. Column names quoted from
a marketplace file (Order Number, Custom Label, …) stay as the file writes them.
"""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("file_format", …): the layouts a file is read as, by their own names
    "file_format.coupang": "Coupang Wing 发货单 (DeliveryList)",
    "file_format.amazon": "Amazon 订单报告",
    "file_format.amazon_unshipped": "Amazon 未发货订单报告",
    "file_format.amazon_all_orders": "Amazon 所有订单报告 (All Orders)",
    "file_format.shopify": "Shopify 订单导出文件",
    "file_format.ebay": "eBay 订单报告",
    "file_format.csv": "普通 CSV",
    "file_format.products": "商品列表",
    # Term("encoding", …): text encodings, by the canonical name the person types
    "encoding.utf-8": "UTF-8",
    "encoding.utf-16": "UTF-16",
    "encoding.cp949": "CP949/EUC-KR（韩文）",
    "encoding.gb18030": "GB18030（中文）",
    "encoding.shift_jis": "Shift_JIS（日文）",
    # one cell's value refused (BadValue): the end of a sentence, without its full stop
    "exchange.value_empty": "值为空，而此列必须有值",
    "exchange.amount_negative": "金额 {text!r} 为负数；价格不能为负数",
    "exchange.not_an_amount": "{text!r} 不是金额；请写成 1234.50 或 1,234.50 这样的格式",
    "exchange.amount_marked_otherwise": "金额 {text!r} 标为 {marker}，但币种是 {currency}",
    "exchange.amount_too_large": "金额 {text!r} 过大，不可能是价格",
    "exchange.amount_has_decimals": "金额 {text!r} 含有小数，但 {currency} 金额没有小数",
    "exchange.amount_too_many_decimals": (
        "金额 {text!r} 的小数超过 {decimals} 位，多于 {currency} 金额的小数位数"
    ),
    "exchange.quantity_zero": "数量为 0；至少应为 1",
    "exchange.quantity_too_large": "数量 {text!r} 超过了 {most}",
    "exchange.quantity_negative": "数量 {text!r} 为负数；至少应为 1",
    "exchange.quantity_not_whole": "数量必须是 1 或 2 这样的整数，而不是 {text!r}",
    "exchange.quantity_not_a_number": "数量 {text!r} 不是数字",
    "exchange.not_a_moment": (
        "{text!r} 不是日期时间；请写成 2026-06-20 15:30 或 2026-06-20T15:30:00+09:00 这样的格式"
    ),
    "exchange.not_a_real_moment": "{text!r} 不是真实存在的日期时间",
    "exchange.year_out_of_range": "{text!r} 中的年份不可能是订单的年份",
    "exchange.unknown_country": (
        "{text!r} 不是 fulfil-desk 认识的国家；请使用两位字母的 ISO 国家代码，如 KR、CN、JP 或 US"
    ),
    "exchange.unknown_currency": "fulfil-desk 不认识币种 {text!r}（已知币种：{known}）",
    "exchange.ebay_not_a_date": "{text!r} 不是真实存在的日期；请写成 Jun-18-26 这样的格式",
    "exchange.bad_weight": "{text!r} 不是 0 至 {most} 之间的整数克重量",
    # a row refused (RowProblem): where, and why
    "exchange.row_problem": "{file} 第 {row} 行，{column!r} 列：{reason}",
    "exchange.field_number": "第 {number} 个字段",
    "exchange.row_cut_short": (
        "该行只有 {fields} 个字段，而表头有 {width} 个；文件可能不完整，或有引号未闭合"
    ),
    "exchange.row_too_long": (
        "该行有 {fields} 个字段，但表头只有 {width} 个；某个值中可能含有未加引号的分隔符"
    ),
    "exchange.line_key_twice": "{key!r} 在订单 {order} 中出现了两次（另见第 {row} 行）",
    "exchange.row_disagrees": (
        "订单 {order} 在此行为 {here!r}，但在第 {row} 行为 {there!r}；同一订单的各行必须一致"
    ),
    "exchange.ebay_no_order_number": "Order Number 和 Sales Record Number 均为空",
    "exchange.ebay_no_sku": "该商品既没有 Custom Label (SKU)，也没有 Item Number",
    "exchange.shopify_no_sku": "该行商品没有 SKU；请在 Shopify 中为商品设置 SKU",
    "exchange.sku_twice": "SKU {sku} 已出现在前面的行中",
    "exchange.barcode_taken": "条码 {code} 已属于 {sku}",
    # a whole file refused (BadFile)
    "exchange.the_file": "该文件",
    "exchange.cannot_open": "无法打开 {file}（{why}）。",
    "exchange.column_named": "{name!r}",
    "exchange.missing_column": "{file} 没有 {column!r} 列，而每个 {format} 文件都有此列。",
    "exchange.missing_columns": "{file} 缺少以下列，而每个 {format} 文件都有这些列：{columns}。",
    "exchange.unknown_format": (
        "{format!r} 不是 fulfil-desk 认识的格式；请使用以下之一：{known}。"
    ),
    "exchange.layout_columns": "{format}：{columns}",
    "exchange.layout_or": "{first}；或 {then}",
    "exchange.not_an_order_file": (
        "{file} 不是 fulfil-desk 能读取的订单文件；其表头应包含以下列——{expected}。"
        "如为其他布局，请保存列映射（在窗口中点“列映射…”，或运行 `fulfil-desk mapping "
        "save`），然后用它导入。"
    ),
    "exchange.amazon_all_orders": (
        "{file} 是 Amazon 的所有订单报告 (All Orders)，其中没有收件人姓名和街道地址，"
        "因此无法据此发货；请改为下载订单报告（卖家平台：订单 ▸ 订单报告 ▸ 新订单，"
        "报告类型 _GET_FLAT_FILE_ORDERS_DATA_）或未发货订单报告（订单 ▸ 订单报告 ▸ "
        "未发货订单），然后导入该报告。"
    ),
    "exchange.old_excel": (
        "{file} 是旧版 Excel .xls 工作簿；请另存为 .xlsx（Excel 工作簿）或 UTF-8 CSV 后重新导入。"
    ),
    "exchange.nul_in_text": (
        "{file} 第 {line} 行含有 NUL 字符，因此不是 CSV 文本文件；请另存为 UTF-8 CSV 后重新导入。"
    ),
    "exchange.file_empty": "{file} 是空文件。",
    "exchange.unclosed_quote": (
        "{file} 第 {line} 行之后无法读取（{why}）；请检查该行是否有未闭合的引号。"
    ),
    "exchange.no_rows": "{file} 有表头行，但其下没有订单。",
    "exchange.bad_workbook_resave": (
        "无法将 {file} 读取为 Excel .xlsx 工作簿（{why}）；请在 Excel 中打开，"
        "再另存为 .xlsx 或 UTF-8 CSV。"
    ),
    "exchange.bad_workbook": "无法将 {file} 读取为 Excel .xlsx 工作簿（{why}）。",
    "exchange.no_sheets": "{file} 中没有工作表。",
    "exchange.bad_sheet": (
        "{file}：无法读取工作表 {sheet!r}（{why}）；请在 Excel 中打开并重新保存。"
    ),
    "exchange.unknown_encoding": (
        "{name!r} 不是 fulfil-desk 可读取的编码；请使用以下之一：{choices}。"
    ),
    "exchange.no_encoding_fits": (
        "{file} 不是 fulfil-desk 可读取的任何一种编码（UTF-8、CP949、GB18030、Shift_JIS）"
        "的文本；请另存为 UTF-8 CSV 后重新导入。"
    ),
    "exchange.encoding_unclear": (
        "{file} 不是 UTF-8 编码，fulfil-desk 无法判断它是哪种编码：可能是 {readings}。"
        "请选择编码：{options}。"
    ),
    "exchange.not_that_encoding": (
        "{file} 不是 {encoding} 文本：第 {line} 行含有 {encoding} 中没有的字节。"
        "请选择其他编码（{options}），或将文件另存为 UTF-8 CSV。"
    ),
    "exchange.encoding_option": "--encoding {name}",
    "exchange.or_last": "{items} 或 {last}",
    # {problem} is a row problem without its full stop
    "exchange.nothing_imported": (
        "未导入任何内容。{problem}。请修正文件，或使用 --skip-bad 导入，只导入正确的行。"
    ),
    "exchange.problem_and_more": "{problem}（{more}）",
    "exchange.problems_on_that_row": "该行共有 {count} 个问题",
    "exchange.more_bad_rows": "另有 {n} 个错误行",
    "exchange.more_bad_rows_problems": "另有 {n} 个错误行，共 {count} 个问题",
    # column mappings
    "exchange.mapping_not_an_object": "列映射 {name}：请写成包含 'columns' 对象的 JSON 对象。",
    "exchange.mapping_columns_not_names": "列映射 {name}：'columns' 必须将字段名对应到列名。",
    "exchange.mapping_bad_name": (
        "{name!r} 不能用作列映射名称：请使用字母、数字、空格、. _ 或 -，最多 60 个字符。"
    ),
    "exchange.mapping_unknown_fields": "列映射 {name}：{fields} 不是字段；可用的字段：{known}。",
    "exchange.mapping_needs_columns": "列映射 {name} 需要为 {fields} 指定列。",
    "exchange.mapping_bad_marketplace": "列映射 {name}：{marketplace!r} 不是平台名称。",
    "exchange.mapping_bad_country": "列映射 {name}：{reason}。",
    "exchange.mapping_columns_missing": (
        "{file} 没有 {columns} 列，而列映射 {name} 需要此列；请选择其他列映射，"
        "或为此文件保存新的列映射。"
    ),
    "exchange.no_such_mapping": "没有名为 {name!r} 的列映射（已保存：{saved}）。",
    "exchange.no_mappings_yet": "暂无",
    "exchange.mapping_saved": "已保存列映射 {name}。",
    "exchange.mapping_deleted": "已删除列映射 {name}。",
    # what an import did (ImportReport)
    "exchange.imported": "{file}：新增 {new} 单，更新 {updated} 单，未变 {unchanged} 单。",
    "exchange.imported_cancelled": (
        "{file}：新增 {new} 单，更新 {updated} 单，未变 {unchanged} 单，买家取消 {cancelled} 单。"
    ),
    "exchange.imported_skipped": (
        "{file}：新增 {new} 单，更新 {updated} 单，未变 {unchanged} 单，跳过 {skipped}。"
    ),
    "exchange.imported_cancelled_skipped": (
        "{file}：新增 {new} 单，更新 {updated} 单，未变 {unchanged} 单，"
        "买家取消 {cancelled} 单，跳过 {skipped}。"
    ),
    "exchange.bad_rows": "{n} 个错误行",
    "exchange.entry_row": "第 {row} 行",
    "exchange.entry_refused": "{column}：{reason}",
    "exchange.detail_new": "{lines} 行商品，{units} 件，预计发货时间 {ship_by}",
    "exchange.detail_shipped_before": "已于 {day} 发货（历史记录）",
    "exchange.detail_then": "{first}；{then}",
    "exchange.changed_address": "地址：{old} → {new}",
    "exchange.changed_ship_by": "预计发货时间：{old} → {new}",
    "exchange.no_ship_by": "—",
    "exchange.changed_items": "商品：{old} → {new} 行",
    "exchange.back_in_queue": "重回待发货：文件再次列出了该订单",
    "exchange.history_shipped": "已于 {day} 在平台上发货",
    "exchange.history_delivered": "已于 {day} 送达",
    "exchange.detail_cancelled_by_buyer": "买家已取消",
    "exchange.detail_gone_from_file": "已不在 {file}（平台的未完成订单列表）中",
    "exchange.note_shipped_elsewhere": "根据平台文件，已在 fulfil-desk 之外发货",
    # warnings of an import: what a person should look at
    "exchange.tracking_taken": "该运单号已用于另一个订单",
    "exchange.tracking_not_recorded": "{order}：未记录文件中的运单号 {tracking}：{why}",
    "exchange.frozen_not_changed": "{order} 已处于“{status}”状态；未应用文件中的更改。",
    "exchange.items_changed_after_picking": (
        "{order} 的商品在开始拣货后发生了变化；此处未做更改。请与买家核实该订单。"
    ),
    "exchange.address_changed_reprint": (
        "{order} 处于“{status}”状态时地址发生了变化：请在发货前重新打印面单。"
    ),
    "exchange.shipped_elsewhere": (
        "{order} 已于 {day} 在 fulfil-desk 之外发货（文件显示如此）；此处已将其标记为已发货。"
        "请勿再次打包。"
    ),
    "exchange.tracking_in_file": (
        "文件为 {order} 提供了运单号 {tracking}，但该订单在此仍处于“{status}”状态："
        "请在“运单号”步骤扫描该运单号以发货。"
    ),
    "exchange.tracking_differs": "{order} 发货时使用的运单号为 {ours}，但文件中为 {theirs}。",
    "exchange.reinstated": (
        "{order} 曾因之前的文件不再列出而被取消；此文件再次列出了该订单，因此它已重回待发货。"
    ),
    "exchange.cancelled_after_shipping": "{order} 在发货后被买家取消：请安排退货。",
    "exchange.cancelled_while": (
        "{order} 在“{status}”状态时被买家取消：请取出其中的商品并放回货架。"
    ),
    "exchange.no_cancel_for_missing": (
        "部分被拒绝的行没有订单号，因此没有订单因不在此文件中而被取消。"
    ),
    "exchange.missing_but_started": (
        "{order} 已不在 {file} 中，但已在拣货或打包：请在平台上确认该订单是否已取消。"
    ),
    # tracking exports
    "exchange.exported": "已将 {n} 条发货记录导出到 {file}。",
    "exchange.unknown_export_format": "{format!r} 不是导出格式；请使用以下之一：{known}。",
    "exchange.nothing_to_export": "没有可导出到 {file} 的内容：{why}",
    "exchange.all_exported_already": (
        "所有已发货订单都已包含在之前的导出中，或在平台自己的文件中已是已发货；"
        "如需再次导出，请使用 --all。"
    ),
    "exchange.none_shipped": "尚无 {marketplace} 订单发货。",
    "exchange.none_shipped_anywhere": "尚无任何平台订单发货。",
    "exchange.marketplace_or": "{first} 或 {then}",
    "exchange.cannot_write": "无法写入 {file}：{why}。",
    "exchange.no_coupang_courier": (
        "coupang {order}：{courier} 没有对应的 Coupang 物流商名称，Wing 无法接收；"
        "请在 Wing 上手动确认此订单。"
    ),
    "exchange.not_from_delivery_list": (
        "coupang {orders} 并非来自 DeliveryList，因此没有可回写的行；请在 Wing 上手动确认。"
    ),
}
