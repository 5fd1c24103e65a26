"""Simplified Chinese: what the documents domain says (labels, packing slips, pick lists,
fonts) (the English is en_documents.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # the printed words of a shipping label and a packing slip (short: the label's boxes are
    # narrow)
    "document.shipping_labels_title": "面单",
    "document.packing_slips_title": "配货单",
    "document.from": "寄件人",
    "document.ship_to": "收件人",
    "document.phone": "电话 {phone}",
    "document.order": "订单号",
    "document.ordered": "下单 {day}",
    "document.ship_by": "预计发货 {day}",
    "document.tracking": "运单号",
    "document.no_tracking": "尚无运单号",
    "document.units": "件数",
    "document.weight": "重量",
    "document.box": "纸箱",
    "document.packing_slip": "配货单",
    "document.qty": "数量",
    "document.sku": "SKU",
    "document.item": "商品",
    "document.total_units": "合计：{units} 件",
    "document.page": "第 {page} 页，共 {pages} 页",
    # the printed words of a pick list
    "document.pick_list_title": "拣货单 {number}",
    "document.bin": "库位",
    "document.picked": "已拣",
    "document.done": "完成",
    "document.orders": "订单",
    "document.barcode": "条码",
    "document.created": "创建于 {at}",
    "document.pick_summary": "{skus} 个 SKU，{units} 件",
    "document.more_orders": "另有 {count} 单",
    # why an order cannot get a label, and the batch that leaves it out
    "document.no_label_cancelled": "已取消",
    "document.no_label_not_packed": "尚未打包：{status}",
    "document.no_label_address": "地址缺少{missing}",
    "document.no_label_open_elsewhere": "正在工作台 {station} 上处理",
    "document.left_out_order": "{order}（{why}）",
    "document.left_out_list": "{first}；{then}",
    "document.left_out_one": "订单 {order} 无法生成面单。",
    "document.left_out_many": "{asked} 个订单中有 {left} 个无法生成面单：{orders}。",
    "document.no_label_made": "{left_out}未生成任何面单。",
    "document.nothing_to_label": "没有等待面单的订单。",
    "document.labels_done": "已完成 {n} 张面单：{how}。",
    # fonts
    "document.font_missing": (
        "没有已安装的字体能打印“{sample}”这样的韩文/中文文本。"
        "请安装 fonts-wqy-microhei 软件包（Debian/Ubuntu），"
        "或将 TrueType CJK 字体（.ttf/.ttc）放入 {folder}。"
    ),
}
