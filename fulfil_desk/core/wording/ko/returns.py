"""Korean: what returns say (the English is en/returns.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "return_condition.resellable": "재판매 가능",
    "return_condition.damaged": "파손",
    "return_condition.wrong_item": "당사 상품 아님 / 오배송 상품",
    "return_reason.changed_mind": "단순 변심",
    "return_reason.damaged_in_transit": "배송 중 파손",
    "return_reason.wrong_item_sent": "오배송",
    "return_reason.missing_parts": "구성품 누락",
    "return_reason.defective": "상품 불량",
    "return_reason.other": "기타",
    "return_status.expected": "반품 예정",
    "return_status.received": "반품 입고",
    "returns.unknown_condition": "알 수 없는 상태 '{given}'입니다. {codes} 중 하나를 쓰세요.",
    "returns.unknown_reason": "알 수 없는 반품 사유 '{given}'입니다. {codes} 중 하나를 쓰세요.",
    "returns.nothing_in_return": (
        "{order}의 반품에 상품이 없습니다. 돌아온 상품을 하나씩 스캔하세요."
    ),
    "returns.units_of": "반품된 {sku}의 수량",
    "returns.bad_code": "코드 '{code}'은(는) 반품 상품이 될 수 없습니다. 1~{most}자로 입력하세요.",
    "returns.sku_not_on_order": (
        "{sku}은(는) 주문 {order}에 없습니다(발송한 상품: {skus}). 당사 상품이 아니면 오배송 "
        "상품으로 처리하세요."
    ),
    "returns.more_than_shipped": (
        "{sku} {back}개는 주문 {order}에서 발송한 수량보다 많습니다. 발송 {shipped}개 중 "
        "{before}개가 이미 반품되었습니다."
    ),
    "returns.code_of_several": (
        "'{code}'은(는) 반품 {n}건의 운송장번호입니다. 주문번호를 스캔하세요."
    ),
    "returns.no_order_or_tracking": "'{code}'은(는) 이 쇼핑몰의 주문번호도 운송장번호도 아닙니다.",
    "returns.not_shipped": (
        "주문 {order}은(는) 발송되지 않았습니다(현재 {status}). 발송한 주문만 반품할 수 있습니다."
    ),
    "returns.received": (
        "{order}의 반품을 입고했습니다: 재고 복귀 {resellable}개, 파손 {damaged}개(판매 불가), "
        "당사 상품 아님 {wrong}개."
    ),
    "returns.sku_times": "{sku} ×{n}",
    "returns.missing": "반품 예정이지만 상자에 없는 상품: {units}.",
    "returns.ledger_note": "주문 {order}의 반품",
}
