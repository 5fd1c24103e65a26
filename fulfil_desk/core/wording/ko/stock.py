"""Korean: what the stock domain says (products, the ledger, cycle counts, goods in and
counting at the bench) (the English is en_stock.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("stock_reason", StockReason): why a ledger row moved stock
    "stock_reason.received": "입고",
    "stock_reason.count": "재고실사",
    "stock_reason.damaged": "불량",
    "stock_reason.returned": "반품입고",
    "stock_reason.correction": "정정",
    "stock_reason.shipped": "출고",
    # what a quantity is of (the `what` of a refused quantity)
    "stock.count_of": "{sku} 실사 수량",
    "stock.goods_in_of": "{sku} 입고 수량",
    "stock.safety_stock_of": "{sku} 안전재고",
    "stock.reorder_point_of": "{sku} 재주문점",
    # quantities and adjustments refused
    "stock.not_whole_units": "{what}: {quantity}은(는) 정수 수량이 아닙니다.",
    "stock.quantity_out_of_range": (
        "{what}: {quantity}은(는) 불가능한 수량입니다. {low}~{high} 사이로 입력하세요."
    ),
    "stock.unknown_reason": "알 수 없는 재고 사유 '{reason}'입니다. {reasons} 중 하나를 쓰세요.",
    "stock.reason_only_adds": (
        "{reason} 사유는 재고를 늘릴 때만 쓸 수 있습니다. {delta}은(는) correction(정정)으로 "
        "조정하세요."
    ),
    "stock.reason_only_removes": (
        "{reason} 사유는 재고를 줄일 때만 쓸 수 있습니다. {delta}은(는) correction(정정)으로 "
        "조정하세요."
    ),
    "stock.adjust_by_zero": "{sku}: 0만큼 조정하면 바뀌는 것이 없습니다. 조정할 수량을 입력하세요.",
    "stock.adjust_too_big": "{sku}: {delta}개는 불가능합니다. 최대 {most}개까지 조정하세요.",
    "stock.adjust_below_zero": (
        "{sku}: 현재고가 {on_hand}개뿐이라 {delta} 조정하면 {left}개가 됩니다. "
        "대신 재고실사를 하세요."
    ),
    "stock.cannot_receive": "{quantity}개는 입고할 수 없습니다. 1~{most} 사이로 입력하세요.",
    # products
    "stock.product_needs_sku_and_name": "상품에는 SKU와 상품명이 필요합니다.",
    "stock.barcode_taken": "바코드 {code}은(는) 이미 {sku}에 등록되어 있습니다.",
    "stock.unknown_product": "SKU가 {sku}인 상품이 없습니다.",
    "stock.unknown_barcode": "'{code}': 등록되지 않은 바코드입니다.",
    "stock.products_saved": "상품 {n}개를 저장했습니다.",
    # the ledger
    "stock.received": "{sku} × {quantity} 입고했습니다. 현재고 {on_hand}개.",
    "stock.counted_as_expected": "{sku}: {counted}개 실사, 전산 수량과 같습니다.",
    "stock.counted_off": "{sku}: {counted}개 실사, 전산 수량 {expected}개 ({delta}).",
    "stock.adjusted": "{sku}: {delta} ({reason}). 현재고 {on_hand}개.",
    "stock.limits_set": "{sku}: 안전재고 {safety}, 재주문점 {reorder}.",
    "stock.cannot_write": "{path}에 쓸 수 없습니다: {reason}.",
    "stock.shippable_exported": "SKU {n}개의 가용재고를 {path}에 저장했습니다.",
    "stock.nothing_waiting_scan_first": "입고 대기 중인 상품이 없습니다. 먼저 상품을 스캔하세요.",
    # cycle counts
    "stock.no_such_count": "{count}번 재고실사가 없습니다.",
    "stock.count_already_cancelled": "로케이션 {bin} 실사는 이미 취소되었습니다.",
    "stock.count_already_finished": "로케이션 {bin} 실사는 이미 완료되었습니다.",
    "stock.no_product_in_bin": (
        "로케이션 '{bin}'에 보관된 상품이 없습니다. 로케이션 라벨을 스캔하세요."
    ),
    "stock.bin_being_counted": (
        "로케이션 {bin}을(를) 실사 중입니다. 먼저 그 실사를 완료하거나 취소하세요."
    ),
    "stock.count_started": "로케이션 {bin} 실사를 시작했습니다. 안에 있는 상품을 스캔하세요.",
    "stock.blind_count_started": (
        "로케이션 {bin} 블라인드 실사를 시작했습니다. 안에 있는 상품을 스캔하세요."
    ),
    "stock.blind_only_before_first": "블라인드 여부는 첫 상품을 세기 전에만 바꿀 수 있습니다.",
    "stock.count_now_blind": "로케이션 {bin} 실사는 블라인드입니다 (전산 수량 숨김).",
    "stock.count_now_not_blind": "로케이션 {bin} 실사는 블라인드가 아닙니다.",
    "stock.item_of_other_bin": (
        "{sku}은(는) {bin}이 아니라 로케이션 {home}의 상품입니다. 그곳으로 옮겨 "
        "그 로케이션을 실사할 때 세세요."
    ),
    "stock.item_of_no_bin": (
        "{sku}은(는) 로케이션 {bin}의 상품이 아닙니다 (지정된 로케이션 없음). "
        "이 로케이션에서 빼고 실사하세요."
    ),
    "stock.counted_in_bin": "{sku}: {bin}에서 {counted}개 실사.",
    "stock.count_difference": "{sku} {on_hand} → {counted} ({delta})",
    "stock.sku_delta": "{sku} {delta}",
    "stock.bin_counted_same": "로케이션 {bin} 실사 완료: 차이 없음.",
    "stock.bin_counted_off": "로케이션 {bin} 실사 완료: 차이 {n}건 반영: {differences}.",
    "stock.count_cancelled": "로케이션 {bin} 실사를 취소했습니다. 재고는 그대로입니다.",
    # goods in at the bench
    "stock.goods_in_waiting": (
        "{sku} × {quantity} 대기 중: Enter를 눌러 입고하거나 CLEAR를 스캔하세요."
    ),
    "stock.goods_in_page": "입고: 상품을 스캔한 다음 수량을 입력하세요 (Enter만 누르면 1개).",
    "stock.goods_in_left_waiting": (
        "{sku} × {quantity}은(는) 아직 입고되지 않았습니다. 입고 화면에서 대기합니다."
    ),
    "stock.nothing_waiting": "입고 대기 중인 상품이 없습니다.",
    "stock.goods_in_dropped": "{sku} × {quantity}을(를) 지웠습니다. 입고하지 않았습니다.",
    "stock.scan_product_first": (
        "먼저 상품을 스캔한 다음 수량을 입력하세요 (Enter만 누르면 1개 입고)."
    ),
    "stock.received_scan_next": "{received} 다음 상품을 스캔하세요.",
    "stock.goods_in_not_signed": (
        "{code}은(는) 입고 수량이 아닙니다. 입고 수량은 1~{most}개입니다. "
        "나가는 재고는 입고가 아니라 재고 조정(불량, 정정)으로 처리하세요."
    ),
    "stock.goods_in_line_full": (
        "{sku}: 한 줄에 {most}개를 넘을 수 없습니다. 먼저 Enter를 누르세요."
    ),
    "stock.goods_in_more": "{sku} × {quantity}: Enter를 누르면 입고됩니다.",
    "stock.goods_in_scanned": (
        "{sku} ({name}) × 1: 수량을 입력하거나 Enter를 눌러 1개를 입고하세요."
    ),
    "stock.quantity_before_product": (
        "{quantity}: 먼저 상품을 스캔한 다음 수량을 입력하세요. 입고된 것은 없습니다."
    ),
    "stock.goods_in_out_of_range": (
        "{sku} {quantity}개는 입고할 수 없습니다. 1~{most} 사이로 입력하거나 "
        "CLEAR를 스캔해 이 줄을 지우세요."
    ),
    "stock.goods_in_set": "{sku} × {quantity}: Enter를 눌러 입고하세요.",
    "stock.goods_in_set_was": "{sku} × {quantity} (이전 {was}): Enter를 눌러 입고하세요.",
    # counting at the bench
    "stock.counting_bin": "로케이션 {bin} 실사 중: 다음 상품을 스캔하세요. 마치려면 FINISH.",
    "stock.count_page": "재고실사: 로케이션 라벨을 스캔하세요 (블라인드 실사는 먼저 BLIND).",
    "stock.count_left_open": "로케이션 {bin} 실사가 열려 있습니다. 계속하려면 COUNT를 스캔하세요.",
    "stock.no_count_to_cancel": "취소할 진행 중인 실사가 없습니다.",
    "stock.scan_bin_to_count": "실사할 로케이션 라벨을 스캔하세요.",
    "stock.counted_scan_next": "{counted} 다음 로케이션을 스캔하거나 BACK을 스캔하세요.",
    "stock.count_not_signed": (
        "{code}: 실사 수량은 0 이상입니다. 상품을 스캔한 다음 수량을 입력하세요."
    ),
    "stock.finish_same": (
        "로케이션 {bin}: 차이 없음. {within} 안에 Enter를 한 번 더 누르거나 FINISH를 "
        "스캔하면 반영합니다. 계속 실사하려면 상품을 더 스캔하세요."
    ),
    "stock.finish_off": (
        "로케이션 {bin}: 차이 {n}건: {differences}. {within} 안에 Enter를 한 번 더 누르거나 "
        "FINISH를 스캔하면 반영합니다. 계속 실사하려면 상품을 더 스캔하세요."
    ),
    "stock.scan_bin_first": "먼저 로케이션 라벨을 스캔하세요. {sku}의 로케이션은 {bin}입니다.",
    "stock.scan_bin_first_no_bin": (
        "먼저 로케이션 라벨을 스캔하세요. {sku}에는 지정된 로케이션이 없습니다."
    ),
    "stock.next_count_blind": "블라인드 실사: 전산 수량을 숨깁니다. 로케이션 라벨을 스캔하세요.",
    "stock.next_count_not_blind": (
        "일반 실사: 전산 수량을 표시합니다. 로케이션 라벨을 스캔하세요."
    ),
    "stock.finish_before_next_bin": (
        "로케이션 {bin}을(를) 실사 중입니다. {code}을(를) 실사하기 전에 FINISH를 스캔해 "
        "마치세요 (또는 CANCEL)."
    ),
    "stock.item_counted": (
        "{sku} ({name}): {counted}개 실사. 다음 상품을 스캔하세요. 이번 스캔이 여러 개였다면 "
        "그 수량을, 마치려면 FINISH를 스캔하세요."
    ),
    "stock.quantity_before_item": "{quantity}: 먼저 상품을 스캔한 다음 그 수량을 입력하세요.",
    "stock.count_too_many": (
        "{quantity}은(는) 불가능합니다. 스캔 한 번에 0~{most}개까지 셀 수 있습니다."
    ),
    "stock.count_scan_is": "{sku}: 이번 스캔 {quantity}개, 총 {counted}개 실사.",
}
