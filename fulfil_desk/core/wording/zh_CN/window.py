"""Simplified Chinese: what the window shows that is the core's to say (the English is
en/window.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("metric_note", "<marketplace>.<metric>")
    "metric_note.coupang.order_fulfilment": (
        "未取消订单 / 全部订单，按下单日期。Coupang 未公布标准；买家取消是否计入尚未确认"
        "（此处计入）。"
    ),
    "metric_note.coupang.on_time_shipment": (
        "在卖家承诺的预计发货时间（출고소요기간）前发货。全球卖家不计入。标准未公布；"
        "출고소요기간是否按工作日计算尚未确认。"
    ),
    "metric_note.coupang.on_time_delivery": (
        "在承诺日期前送达，按承诺送达日期；买家报告延迟送达即算迟到。99 分按 99 % 计。"
    ),
    "metric_note.coupang.response_24h": (
        "统计期内收到且已回复、或 24 小时已过的咨询。标准未公布。"
    ),
    "metric_note.amazon.order_defect_rate": (
        "有负面反馈（1-2 星）、亚马逊商城交易保障索赔或信用卡拒付的订单，按下单日期。"
        "索赔和拒付也按下单日期计算，只是近似值。"
    ),
    "metric_note.amazon.cancellation_rate": "只计卖家取消：买家请求的取消不计入。按下单日期。",
    "metric_note.amazon.late_shipment_rate_10d": (
        "在预计发货日期之后才确认发货（不是承运商扫描），按预计发货日期；之后仍未发货的订单也"
        "算迟发。"
    ),
    "metric_note.amazon.late_shipment_rate_30d": "与 10 天指标相同，统计 30 天。",
    "metric_note.amazon.valid_tracking_rate": (
        "按发货确认日期。亚马逊在承运商扫描后才认为跟踪号有效；fulfil-desk 离线，"
        "计入已登记的物流商及通过格式和校验位检查的单号。亚马逊自己的数据约晚两周。"
    ),
    "metric_note.amazon.on_time_delivery_rate": (
        "建议 > 97 %；一般不会导致账户停用。可追踪的包裹，按承诺送达日期。其他地方看到的 "
        "> 90 % 数字尚未确认。"
    ),
    "metric_note.ebay.transaction_defect_rate": (
        "卖家取消（缺货、无法发货；不含地址问题）以及未经卖家解决而关闭的 INR/INAD 纠纷。"
        "三个月，交易少于 400 笔时为十二个月。Above Standard <= 2 %；Top Rated <= 0.5 %。"
    ),
    "metric_note.ebay.late_shipment_rate": (
        "延迟：在处理时间之后发货且未在预计日期前送达（或送达未知），或买家报告延迟。"
        "美国标准尚未确认（印度：<= 7 % 且 <= 7 单延迟）。"
    ),
    "metric_note.shopee.non_fulfilment_rate": (
        "（卖家取消 + 退货/退款）/ 订单，按下单日期；每周。超过 10 % 扣罚分；10 % 及以上会"
        "限制订单量。"
    ),
    "metric_note.shopee.late_shipment_rate": (
        "迟发订单 / 已发货订单，按发货日期；迟发 = 未在备货天数内发货（跨境现货为 2 个工作日）。"
        "跨境标准自 2024-01-15 起为 20 %。"
    ),
    "metric_note.wish.late_confirmed_fulfilment": (
        "从释放到承运商首次扫描超过 168 小时（订单 < US$100）或 336 小时（>= US$100）；"
        "按确认日期；以下单时间代替释放时间，以发货确认代替首次扫描。非 USD 订单按 168 小时。"
        "按订单罚款；未公布比率标准。"
    ),
    "metric_note.wish.fulfilment_rate": (
        "已履行 / 已收到，每周；释放后 5 天内未履行的订单会被退款。未公布标准。"
    ),
}
