"""Korean: what the reships domain says (the English is en/reships.py). 재배송 and 교환 as
the glossary writes them (Wing's 교환접수, Naver's 교환 재배송)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "reship_reason.lost": "분실",
    "reship_reason.damaged": "배송 중 파손",
    "reship_reason.wrong_item": "오배송",
    "reship_reason.missing_item": "상품 누락",
    "reship_reason.exchange": "교환",
    "sheet_reship.lost": "분실",
    "sheet_reship.damaged": "배송 중 파손",
    "sheet_reship.wrong_item": "오배송",
    "sheet_reship.missing_item": "상품 누락",
    "reships.replacement_for": "{order} 주문의 재배송 ({reason})",
    "reships.marker": "재배송",
    "reships.created": (
        "{original} 주문의 재배송 {order}을(를) 만들었습니다 ({reason}): 보낼 상품 {n}개.",
        "{original} 주문의 재배송 {order}을(를) 만들었습니다 ({reason}): 보낼 상품 {n}개.",
    ),
    "reships.unknown_reason": "{reason!r}은(는) 재배송 사유가 아닙니다. 사유: {known}.",
    "reships.not_shipped": (
        "{order} 주문은 {status} 상태이며 발송되지 않았습니다. 발송된 주문만 재배송할 수 있습니다."
    ),
    "reships.sku_not_on_order": "SKU {sku}은(는) {order} 주문에 없습니다. 이 주문의 SKU: {skus}.",
    "reships.quantity_not_positive": "{sku}의 수량은 {given}이(가) 아니라 1 이상이어야 합니다.",
    "reships.more_than_shipped": (
        "{sku} {asked}개는 {order} 주문에서 발송한 수량({shipped}개)보다 많습니다."
    ),
    "reships.no_product_to_send": (
        "SKU {sku}은(는) 이 상점의 상품이 아닙니다. 보낼 상품이 없습니다."
    ),
    "reships.too_many": "{order} 주문은 이미 {most}번 재배송했습니다.",
    "reships.does_reship": "발송된 주문에서: 주문의 모든 상품을 주어진 사유로 다시 보냅니다",
    "reships.say_why_reship": "다시 보내는 사유를 알려 주세요: {codes} 중 하나를 스캔하세요.",
    "reships.reship_needs_shipped_order": (
        "먼저 발송된 주문을 스캔한 다음 RESHIP:<reason>을 스캔하세요."
    ),
    "reships.sheet_reship": "발송된 주문 재배송",
    "reships.sheet_reship_for": "재배송: {reason}",
    "reships.press_enter_to_verify": "Enter를 눌러 주문을 확인하세요.",
    "reships.amazon_no_reship_upload": (
        "재배송 {order}은(는) 제외했습니다. Amazon 발송 확인 파일에는 재배송 업로드가 없으니, "
        "운송장번호는 구매자에게 메시지로 알려 주세요."
    ),
    "reships.original_not_from_delivery_list": (
        "재배송 {order}은(는) 제외했습니다. 원래 주문 {original}이(가) 쿠팡 발주서(DeliveryList)"
        "에서 온 주문이 아닙니다."
    ),
    "reships.cli_qty_per_sku": (
        "--sku마다 --qty를 하나씩 주거나, 하나도 주지 마세요(각 SKU는 발송한 수량만큼)."
    ),
    "cli.help.reship": "발송된 주문을 다시 보냅니다: 모든 상품, 또는 지정한 SKU만.",
    "cli.help_more.reship": (
        "재배송은 원래 주문에 연결된 새 주문(<ORDER>-R1, -R2, …)이며, 출고 기한은 오늘부터 "
        "계산합니다. 다른 주문처럼 작업대의 모든 단계를 거치며, 운송장번호는 원래 주문의 "
        "행(쿠팡) 또는 원래 주문번호(CSV)로 내보냅니다."
    ),
    "cli.option.reship.reason": (
        "다시 보내는 사유: lost(분실), damaged(파손), wrong_item(오배송), missing_item(누락)."
    ),
    "cli.option.reship.sku": "이 SKU만 보냅니다(여러 개는 반복). 기본값은 모든 상품입니다.",
    "cli.option.reship.qty": "앞의 --sku를 몇 개 보낼지(기본값: 발송한 수량).",
    "cli.help.exchange": (
        "발송된 주문의 상품을 교환합니다: 그 자리에 --for(기본값: 같은 SKU)를 보냅니다."
    ),
    "cli.option.exchange.sku": "구매자가 교환하는, 발송된 주문의 SKU.",
    "cli.option.exchange.qty": "교환하는 수량.",
    "cli.option.exchange.for": "대신 보낼 SKU(기본값: 같은 SKU).",
}
