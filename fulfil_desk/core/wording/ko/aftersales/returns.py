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
    "return_reason.exchange": "교환",
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
        "{sku} {back}개는 주문 {order}에서 발송한 수량({shipped}개)보다 많습니다."
    ),
    "returns.more_than_left": (
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
    "cli.help.return": "구매자가 반품한 상자를 입고하세요: 상품, 상태, 사유.",
    "cli.help_more.return": (
        "ORDER는 주문번호(쿠팡은 묶음배송번호), 발송한 운송장번호, 기록된 반품 운송장번호 또는 "
        "내부 ID입니다. 돌아온 SKU마다 --sku를 한 번씩 쓰세요. --qty, --condition, --reason은 "
        "모두에 한 번, 또는 --sku마다 같은 순서로 한 번씩 쓰세요. 재판매 가능한 상품은 재고로 "
        "돌아가고, 파손 상품은 기록만 하며 판매할 수 없습니다. 당사 상품이 아닌 오배송 상품은 "
        "재고를 움직이지 않습니다."
    ),
    "cli.option.return.sku": "돌아온 SKU(SKU마다 다시 쓰세요. 오배송 상품은 그 코드).",
    "cli.option.return.qty": "그 상품의 수량(기본값 1).",
    "cli.option.return.condition": (
        "resellable(재판매 가능), damaged(파손) 또는 wrong_item(당사 상품 아님 / 오배송 상품)."
    ),
    "cli.option.return.reason": (
        "changed_mind, damaged_in_transit, wrong_item_sent, missing_parts, defective 또는 "
        "other(기본값 other)."
    ),
    "cli.option.return.tracking": "반품 상자의 운송장번호.",
    "cli.help.returns": "입고된 반품과 반품 예정을 최신순으로 보여 줍니다.",
    "cli.option.returns.expected": "아직 기다리는 반품만.",
    "cli.returns.once_or_per_sku": (
        "{option}을(를) --sku {skus}개에 {n}번 썼습니다. 한 번만, 또는 --sku마다 한 번씩 쓰세요."
    ),
    "cli.returns.none": "반품이 없습니다.",
    "cli.returns.line": "{sku} ×{n} {state} ({reason})",
    "cli.column.returns.tracking": "반품 운송장번호",
    "cli.column.returns.units": "상품",
    "page.returns": "반품",
    "returns.does_return": "반품 화면(구매자가 반품한 상자)",
    "returns.does_cond": "다음에 스캔하는 상품의 상태(RESELLABLE, DAMAGED, WRONG)",
    "returns.does_reason": "다음에 스캔하는 상품의 반품 사유",
    "returns.does_finish": "반품 입고(OK와 같음)",
    "returns.enter_at_returns": "지금까지 스캔한 반품을 한 번에 입고합니다",
    "returns.guide_parcel": "반품 상자의 운송장번호",
    "returns.guide_parcel_does": "반품에 기록합니다(반품 예정에 기록된 번호이면 그 주문을 엽니다)",
    "returns.guide_order_does": "주문번호 또는 발송한 운송장번호: 그 주문의 반품을 엽니다",
    "returns.guide_unit_does": "지금 정한 상태와 사유로 상품 1개 반품",
    "returns.guide_quantity_does": "마지막 스캔이 몇 개였는지",
    "returns.hint": "돌아온 상품을 스캔한 뒤 OK를 스캔하세요.",
    "returns.sheet_section": "반품",
    "returns.sheet_return": "반품 화면",
    "returns.sheet_condition": "상태: {condition}",
    "returns.sheet_reason": "사유: {reason}",
    "returns.page": "반품: 반품 상자의 운송장번호, 발송한 운송장번호 또는 주문번호를 스캔하세요.",
    "returns.resumed": (
        "{order}의 반품을 다시 열었습니다. {units}개를 스캔했습니다. 계속 스캔하고, 입고하려면 "
        "OK를 스캔하세요."
    ),
    "returns.left": "{order}의 반품을 그만두었습니다. 입고한 상품은 없습니다.",
    "returns.scan_order_first": "먼저 주문번호 또는 발송한 운송장번호를 스캔하세요.",
    "returns.product_not_order": (
        "{sku}은(는) 상품이지 주문이 아닙니다. 먼저 주문번호 또는 운송장번호를 스캔하세요."
    ),
    "returns.not_here": "'{code}'은(는) 이 반품의 주문, 운송장번호 또는 상품이 아닙니다.",
    "returns.unknown_condition_code": (
        "COND:{code}은(는) 상태가 아닙니다. {codes} 중 하나를 스캔하세요."
    ),
    "returns.unknown_reason_code": (
        "REASON:{code}은(는) 반품 사유가 아닙니다. {codes} 중 하나를 스캔하세요."
    ),
    "returns.condition_set": "다음에 스캔하는 상품의 상태: {condition}.",
    "returns.reason_set": "다음에 스캔하는 상품의 반품 사유: {reason}.",
    "returns.order_open_here": "{order}의 반품이 이미 열려 있습니다. 상품을 스캔하세요.",
    "returns.finish_first": (
        "{other}은(는) 다른 주문입니다. 먼저 {order}의 반품을 입고(OK)하거나 그만두세요(BACK)."
    ),
    "returns.all_back": "주문 {order}의 상품은 이미 모두 반품되었습니다.",
    "returns.order_opened": (
        "{order}의 반품: 예정 {units}. 돌아온 상품을 하나씩 스캔하세요(현재 {condition}, "
        "{reason}). OK를 스캔하면 입고합니다."
    ),
    "returns.unit_scanned": "{sku} ×{n}: {condition}, {reason}. 이 반품에 {total}개.",
    "returns.quantity_before_unit": "먼저 상품을 스캔한 뒤 수량({quantity})을 스캔하세요.",
    "returns.quantity_out_of_range": (
        "{quantity}은(는) 상품 수량이 아닙니다. 1~{most}로 입력하세요."
    ),
    "returns.quantity_set": "방금 스캔은 {sku} {n}개({condition})로 기록했습니다.",
    "returns.parcel_noted": (
        "반품 상자 {parcel}을(를) 기록했습니다. 이제 주문번호 또는 발송한 운송장번호를 스캔하세요."
    ),
    "returns.parcel_of": "반품 상자 {parcel}을(를) {order}의 반품에 기록했습니다.",
    "returns.scan_next_return": "다음 반품 상자를 스캔하거나 BACK을 스캔하세요.",
}
