"""简体中文：跨境包裹清关（HS编码、原产国、个人通关码、CN22/CN23 报关单）。英文见
en/customs.py。"""

WORDS: dict[str, str | tuple[str, str]] = {
    "customs.bad_hs_code": (
        "“{text}”不是HS编码：请输入{least}到{most}位数字（可含点和空格，例如 6109.10）。"
    ),
    "customs.bad_origin": "“{text}”不是原产国：请输入 ISO 3166 两位国家代码（CN、KR、US等）。",
    "customs.description_empty": "请用英文填写清关用的申报品名。",
    "customs.description_too_long": "申报品名太长：请控制在{most}个字符以内。",
    "customs.description_not_english": "申报品名必须用英文（拉丁字母）填写：“{text}”不是英文。",
    "customs.bad_pccc": "“{text}”不是个人通关码：请输入 P 加 12 位数字（例如 P123456789012）。",
    "customs.pccc_missing": (
        "此包裹从 {origin} 寄往韩国：韩国海关需要收件人的个人通关码（P 加 12 位数字），"
        "订单中没有。请填写个人通关码。"
    ),
    "customs.pccc_malformed": (
        "收件人的个人通关码“{text}”不是 P 加 12 位数字，韩国海关会拒收。请填写正确的通关码。"
    ),
    "customs.no_border": ("订单 {order} 不跨境（店铺和收件人都在 {country}），无需报关单。"),
    "customs.products_lack": (
        "未生成订单 {order} 的报关单：请为 {skus} 填写HS编码、原产国和英文申报品名"
        "（fulfil-desk products customs SKU）。"
    ),
    "customs.no_price": "未生成订单 {order} 的报关单：{skus} 没有可申报的价格。",
    "customs.mixed_currencies": (
        "未生成订单 {order} 的报关单：订单商品的币种为 {found}，只能有一种币种。"
    ),
    "customs.limits_setting": (
        "customs_postal_limits 必须按币种代码（{known}）填写不小于 0 的整数金额，例如 {example}。"
    ),
    "customs.import_needs_all": "清关信息须填写全部三列：{columns}。",
    "customs.give_all_three": "{sku} 还没有清关信息：请同时填写 --hs、--origin 和 --description。",
    "customs.code_or_clear": "请填写 CODE 或使用 --clear，不能同时使用。",
    "customs.verify_border": "跨境包裹（{origin} → {to}）：报关单将与面单一起打印。",
    "customs.verify_pccc": "收件人个人通关码：{pccc}。",
    "customs.verify_lacking": (
        "请为 {skus} 填写HS编码、原产国和申报品名（库存一览中的“清关信息…”）。"
    ),
    "customs.label_note": "报关单打印在面单之后。",
    "customs.nothing_declared": "这些订单都不跨境，未生成报关单。",
    "customs.product_saved": "已保存 {sku} 的清关信息（HS {hs}）。",
    "customs.pccc_saved": "已将订单 {order} 收件人的个人通关码保存为 {pccc}。",
    "customs.pccc_cleared": "已清除订单 {order} 收件人的个人通关码。",
    "customs.form_saved": "已保存订单 {order} 的 {form}：{file}。{why}",
    "customs.form_express": "CN23：{courier} 是快递物流商。",
    "customs.form_no_limit": "CN23：设置 customs_postal_limits 中没有 {currency} 的 CN22 限额。",
    "customs.form_under_limit": "CN22：{total} 未超过邮政限额 {limit}。",
    "customs.form_over_limit": "CN23：{total} 超过邮政限额 {limit}。",
    "customs.none_for_product": "{sku} 还没有清关信息。",
    "customs.product_line": "{sku}：HS {hs}，原产国 {origin}，“{description}”。",
    "customs.order_pccc": "收件人个人通关码：{pccc}",
    "customs.order_no_pccc": "收件人个人通关码：无",
    "customs.document_title": "报关单",
    "customs.title_cn22": "报关单",
    "customs.title_cn23": "报关单及商业发票",
    "customs.may_be_opened": "海关可开拆查验",
    "customs.order_line": "订单 {marketplace} {order}",
    "customs.sender": "寄件人",
    "customs.recipient": "收件人",
    "customs.phone_line": "电话 {phone}",
    "customs.pccc_heading": "个人通关码",
    "customs.category_gift": "礼品",
    "customs.category_documents": "文件",
    "customs.category_sample": "商业样品",
    "customs.category_returned": "退回货物",
    "customs.category_sale": "销售货物",
    "customs.category_other": "其他",
    "customs.col_description": "内件详细名称",
    "customs.col_qty": "数量",
    "customs.col_weight": "重量",
    "customs.col_value": "申报价值",
    "customs.col_hs": "HS编码",
    "customs.col_origin": "原产国",
    "customs.totals": "总毛重及总价值",
    "customs.kg": "{kg} kg",
    "customs.invoice_number": "商业发票号 {order}",
    "customs.currency_line": "价值币种：{currency}",
    "customs.courier_line": "物流商：{courier}",
    "customs.importer_line": "进口人：{name}",
    "customs.certify": (
        "本人保证本报关单所填内容真实无误，且本邮件内不含法律或邮政、海关规定禁止寄递的危险物品。"
    ),
    "customs.date_line": "日期：{day}",
    "customs.signature": "寄件人签名",
    "cli.help.products.customs": "商品的清关信息：HS编码、原产国、英文申报品名（不带选项时显示）。",
    "cli.option.products.customs.hs": "HS编码：6到10位数字，可含点（6109.10）。",
    "cli.option.products.customs.origin": "原产国：ISO 3166 国家代码（CN、KR等）。",
    "cli.option.products.customs.description": "英文申报品名。",
    "cli.help.pccc": "寄往韩国的订单收件人的个人通关码（P 加 12 位数字）（不带 CODE 时显示）。",
    "cli.option.pccc.clear": "清除订单的个人通关码。",
    "cli.help.customs": "跨境订单的报关单（CN22 或 CN23），PDF格式。",
    "cli.option.customs.out": "保存为PDF。",
}
