"""Chinese: what the reships domain says (the English is en/reships.py). 补发 and 换货 as
the glossary writes them."""

WORDS: dict[str, str | tuple[str, str]] = {
    "reship_reason.lost": "丢件",
    "reship_reason.damaged": "运输途中损坏",
    "reship_reason.wrong_item": "发错货",
    "reship_reason.missing_item": "漏发",
    "reship_reason.exchange": "换货",
    "sheet_reship.lost": "丢件",
    "sheet_reship.damaged": "运输途中损坏",
    "sheet_reship.wrong_item": "发错货",
    "sheet_reship.missing_item": "漏发",
    "reships.replacement_for": "订单 {order} 的补发（{reason}）",
    "reships.marker": "补发",
    "reships.created": (
        "已为订单 {original} 创建补发 {order}（{reason}）：待发 {n} 件。",
        "已为订单 {original} 创建补发 {order}（{reason}）：待发 {n} 件。",
    ),
    "reships.unknown_reason": "{reason!r} 不是补发原因；原因有：{known}。",
    "reships.not_shipped": "订单 {order} 为{status}，尚未发货：只有已发货的订单才能补发。",
    "reships.sku_not_on_order": "SKU {sku} 不在订单 {order} 中；该订单的 SKU：{skus}。",
    "reships.quantity_not_positive": "{sku} 的数量必须至少为 1，而不是 {given}。",
    "reships.more_than_shipped": "{sku} {asked} 件多于订单 {order} 已发货的数量（{shipped} 件）。",
    "reships.no_product_to_send": "SKU {sku} 不是本店商品：没有可发的商品。",
    "reships.too_many": "订单 {order} 已补发 {most} 次。",
    "reships.does_reship": "在已发货的订单上：按所给原因重新发出该订单的全部商品",
    "reships.say_why_reship": "请说明重新发货的原因：请扫描 {codes} 之一。",
    "reships.reship_needs_shipped_order": "请先扫描已发货的订单，再扫描 RESHIP:<reason>。",
    "reships.sheet_reship": "补发已发货的订单",
    "reships.sheet_reship_for": "补发：{reason}",
    "reships.press_enter_to_verify": "请按 Enter 审核。",
    "reships.amazon_no_reship_upload": (
        "已略过补发 {order}：Amazon 的发货确认文件没有补发上传；请在消息中把运单号告诉买家。"
    ),
    "reships.original_not_from_delivery_list": (
        "已略过补发 {order}：其原订单 {original} 不是来自 Coupang 发货单（DeliveryList）。"
    ),
    "reships.cli_qty_per_sku": "请为每个 --sku 给一个 --qty，或都不给（每个 SKU 按已发货数量）。",
    "cli.help.reship": "重新发出已发货的订单：全部商品，或所给的 SKU。",
    "cli.help_more.reship": (
        "补发是一个与原订单关联的新订单，编号为 <ORDER>-R1、-R2……，发货期限从今天算起；"
        "它像其他订单一样走完工作站的每一步，其运单号导出在原订单的行上（Coupang），"
        "或与原订单号一起导出（CSV）。"
    ),
    "cli.option.reship.reason": (
        "重新发货的原因：lost（丢件）、damaged（损坏）、wrong_item（发错货）、missing_item（漏发）。"
    ),
    "cli.option.reship.sku": "只发此 SKU（可重复）；默认全部商品。",
    "cli.option.reship.qty": "前一个 --sku 发多少件（默认：已发货的数量）。",
    "cli.help.exchange": "为已发货订单的商品换货：发出 --for（默认同一 SKU）代替它。",
    "cli.option.exchange.sku": "买家要换货的、已发货订单中的 SKU。",
    "cli.option.exchange.qty": "换货的件数。",
    "cli.option.exchange.for": "改发的 SKU（默认：同一 SKU）。",
}
