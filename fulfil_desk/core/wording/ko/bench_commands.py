"""Korean: the bench's pages, steps and commands, as the Help window (F1), the verdicts and
the printed command sheet name them (core/bench/commands.py, core/documents/command_sheet.py)
(the English is en_bench_commands.py).
"""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("page", …): the bench's pages (as the pages' own titles; "{page} 화면에서 …")
    "page.queue": "주문 수집",
    "page.done": "주문",
    "page.verify": "주문 확인",
    "page.pick": "피킹",
    "page.pack": "포장",
    "page.label": "송장",
    "page.tracking": "운송장번호",
    "page.goods_in": "입고",
    "page.count": "재고실사",
    # Term("step", Step): where an order is in the flow, as a refusal says it ("{step} 단계")
    "step.verify": "주문 확인",
    "step.pick": "피킹",
    "step.pack": "포장",
    "step.label": "송장 출력",
    "step.tracking": "운송장번호 스캔",
    "step.done": "완료",
    # Term("reprint_reason", ReprintReason)
    "reprint_reason.damaged": "송장 훼손",
    "reprint_reason.lost": "송장 분실",
    "reprint_reason.courier_asked": "택배사 요청",
    "reprint_reason.other": "기타",
    # ---- what each command does (the Help window) --------------------------------------------
    "bench.does_back": "출고 대기로 돌아갑니다. 작업 중인 주문은 일시중단합니다",
    "bench.does_takeover": "다른 작업대에서 열린 주문을 넘겨받습니다",
    "bench.does_packer": "이 작업대에서 일하는 작업자를 지정합니다 (작업자 배지로도 가능)",
    "bench.does_pick_all": "확인 완료된 모든 주문을 피킹리스트 하나로 묶습니다",
    "bench.does_goods_in": "입고 화면으로 갑니다",
    "bench.does_count": "재고실사 화면으로 갑니다",
    "bench.does_ok": "Enter와 같습니다",
    "bench.does_hold": "그 사유로 주문을 보류합니다",
    "bench.does_cancel": "그 사유로 주문을 취소합니다",
    "bench.does_manual": "상품 1개를 수동으로 확인합니다. 이어서 행 번호를 스캔합니다",
    "bench.does_box": "포장할 박스를 고릅니다",
    "bench.does_print": "송장을 출력합니다",
    "bench.does_save": "송장을 PDF로 저장합니다",
    "bench.does_reprint": "송장을 재출력합니다 (사유 포함)",
    "bench.does_courier": "이 택배의 택배사를 지정합니다",
    "bench.does_clear": "대기 중인 항목(또는 MANUAL)을 지웁니다",
    "bench.does_blind": "전산 수량을 숨깁니다",
    "bench.does_finish": "실사를 마치고 차이를 반영합니다",
    "bench.does_cancel_count": "진행 중인 실사를 취소합니다",
    # ---- per page: what Enter alone does, and what a scan there can be -----------------------
    "bench.enter_at_queue": (
        "가장 급한 주문을 엽니다 (출고지연 주문 먼저, 그다음 출고예정일이 가까운 순)"
    ),
    "bench.enter_at_done": "가장 급한 주문을 엽니다",
    "bench.enter_at_verify": (
        "주문을 확인합니다: SKU 등록, 수량·가격의 타당성, 주소 완전성, 가용재고, 해외에서"
        " 한국으로 가는 택배의 개인통관고유부호를 검사합니다"
    ),
    "bench.enter_at_pick": "이 주문의 피킹을 시작합니다",
    "bench.enter_at_pack": "모든 상품을 넣으면 포장을 완료합니다 (추천 박스와 무게)",
    "bench.enter_at_label": (
        "송장을 출력합니다. 국경을 넘는 택배는 세관신고서도 함께 출력합니다 (프린터가 없으면"
        " PDF로 저장)"
    ),
    "bench.enter_at_tracking": "아무것도 하지 않습니다. 운송장의 번호를 스캔해야 출고됩니다",
    "bench.enter_at_goods_in": "대기 중인 상품을 입고합니다",
    "bench.enter_at_count": "3초 안에 두 번 누르면 실사를 마칩니다 (첫 번째는 차이를 보여 줍니다)",
    "bench.scan_another_order": "다른 주문의 주문번호",
    "bench.scan_another_order_does": "이 주문을 현재 상태로 일시중단하고 그 주문을 엽니다",
    "bench.scan_an_order": "주문번호",
    "bench.scan_an_order_at_queue": (
        "그 주문을 해당 단계에서 엽니다. 출고완료·취소된 주문은 내용을 보여 줍니다"
    ),
    "bench.scan_an_order_at_done": "그 주문을 열거나 보여 줍니다",
    "bench.scan_a_tracking": "운송장번호",
    "bench.scan_a_tracking_at_queue": "그 운송장번호로 출고된 주문을 보여 줍니다",
    "bench.scan_a_tracking_at_done": "그 주문을 보여 줍니다",
    "bench.scan_a_product": "상품 바코드 또는 SKU",
    "bench.scan_a_product_at_pick": (
        "1개를 피킹합니다. 리스트에 없거나 필요한 수량을 넘으면 거부합니다"
    ),
    "bench.scan_a_product_at_pack": "1개를 박스에 넣습니다",
    "bench.scan_a_product_at_goods_in": (
        "×1로 대기합니다. 같은 상품을 다시 스캔하면 1개 추가, 다른 상품을 스캔하면 "
        "대기 중인 상품을 입고합니다"
    ),
    "bench.scan_a_product_at_count": "1개를 셉니다. 다른 로케이션의 상품이면 거부합니다",
    "bench.scan_a_line": "MANUAL 다음의 행 번호",
    "bench.scan_a_line_does": "그 행의 상품 1개를 수동으로 확인합니다",
    "bench.scan_a_weight": "무게 (1250, 1.25kg)",
    "bench.scan_a_weight_does": "모든 상품을 넣은 뒤의 택배 무게",
    "bench.scan_a_waybill": "택배사 운송장의 바코드",
    "bench.scan_a_waybill_does": (
        "택배사의 번호 형식과 체크 디지트를 검사한 뒤 주문을 출고합니다. 주문번호나 상품은 "
        "받지 않습니다"
    ),
    "bench.scan_a_quantity": "1~6자리 숫자",
    "bench.scan_a_quantity_does": "대기 중인 상품의 수량",
    "bench.scan_a_bin": "로케이션 라벨",
    "bench.scan_a_bin_does": "그 로케이션의 실사를 시작합니다",
    "bench.scan_a_count": "상품 바로 다음에 스캔한 숫자",
    "bench.scan_a_count_does": "그 스캔의 수량 (0: 잘못 스캔한 것)",
    # ---- the printed command sheet: its frame, sections and the words under each code --------
    "bench.sheet_title": "명령 바코드표",
    "bench.sheet_pdf_title": "명령 바코드표: {shop}",
    "bench.sheet_hint": "작업대에서 코드를 스캔하면 아래에 적힌 대로 동작합니다.",
    "bench.sheet_continued": "{section} (계속)",
    "bench.sheet_no_barcode": "바코드 없음: 이 코드를 입력하세요",
    "bench.sheet_page": "{pages}쪽 중 {page}쪽",
    "bench.sheet_everywhere": "모든 화면",
    "bench.sheet_queue": "출고 대기",
    "bench.sheet_hold": "보류 (주문 확인)",
    "bench.sheet_cancel": "취소 (주문 확인)",
    "bench.sheet_pick_and_pack": "피킹·포장",
    "bench.sheet_label": "송장",
    "bench.sheet_courier": "택배사",
    "bench.sheet_stock": "재고",
    "bench.sheet_numbers": "숫자",
    "bench.sheet_packers": "작업자",
    "bench.sheet_back": "출고 대기로 돌아가기",
    "bench.sheet_takeover": "다른 작업대에서 넘겨받기",
    "bench.sheet_ok": "Enter 키",
    "bench.sheet_pick_all": "확인 완료 주문 모두 피킹",
    "bench.sheet_goods_in": "입고",
    "bench.sheet_count": "재고실사",
    "bench.sheet_cancel_reason": "{reason} ({by} 취소)",
    "bench.sheet_manual": "상품 1개 수동 확인",
    "bench.sheet_print": "송장 출력",
    "bench.sheet_save": "송장 PDF로 저장",
    "bench.sheet_reprint": "재출력: 송장 훼손",
    "bench.sheet_reprint_for": "재출력: {reason}",
    "bench.sheet_clear": "대기 항목 지우기",
    "bench.sheet_blind": "블라인드 실사",
    "bench.sheet_finish": "실사 완료",
    "bench.sheet_drop_count": "실사 취소",
    # Term("sheet_reason", …): a hold, cancel or reprint reason as the sheet heads it
    "sheet_reason.unknown_sku": "미등록 SKU",
    "sheet_reason.bad_quantity": "수량 오류",
    "sheet_reason.bad_price": "가격 오류",
    "sheet_reason.incomplete_address": "주소 정보 부족",
    "sheet_reason.out_of_stock": "품절",
    "sheet_reason.missing_pccc": "개인통관고유부호 없음",
    "sheet_reason.other": "기타",
    "sheet_reason.cannot_ship": "배송 불가",
    "sheet_reason.pricing_error": "가격 오류",
    "sheet_reason.undeliverable_address": "배송 불가 주소",
    "sheet_reason.buyer_requested": "고객 요청",
    "sheet_reason.buyer_wrong_item": "고객 상품 오주문",
    "sheet_reason.buyer_address_change": "고객 주소 변경",
    "sheet_reason.damaged": "송장 훼손",
    "sheet_reason.lost": "송장 분실",
    "sheet_reason.courier_asked": "택배사 요청",
}
