"""Korean: what the bench domain says of orders and scans (its commands, help and command
sheet are in bench_commands.py) (the English is en_bench.py). A parameter written `{code!r}`
is quoted as typed: 'X-1', or "it's"."""

WORDS: dict[str, str | tuple[str, str]] = {
    "bench.then": "{first} · {then}",  # one scan, two orders: the one left, the one opened
    # ---- what the page wants next (core/bench/sentences.py HINTS) ----------------------------
    "bench.hint_queue": "주문번호를 스캔하거나 Enter를 눌러 가장 급한 주문을 여세요.",
    "bench.hint_done": (
        "REPRINT를 스캔해 송장을 재출력하거나, 다른 주문번호를 스캔하거나, Enter를 눌러 "
        "다음 주문을 여세요."
    ),
    "bench.hint_verify": (
        "Enter를 눌러 주문을 확인하거나, HOLD:<사유>, CANCEL:<사유> 또는 BACK을 스캔하세요."
    ),
    "bench.scan_next_on_pick_list": "피킹리스트의 다음 상품을 스캔하세요.",
    "bench.hint_pack": "상품을 하나씩 스캔해 박스에 넣고, 무게를 스캔한 뒤 Enter를 누르세요.",
    "bench.hint_label": (
        "Enter를 누르거나 PRINT를 스캔해 송장을 출력하세요. PDF로 저장하려면 SAVE를 스캔하세요."
    ),
    "bench.hint_tracking": "택배사 운송장의 운송장번호를 스캔하세요.",
    "bench.hint_goods_in": "상품을 스캔한 다음 수량을 스캔하세요. Enter를 누르면 입고합니다.",
    "bench.hint_count": "로케이션의 다음 상품을 스캔하거나 FINISH를 스캔하세요.",
    "bench.start_picking": "Enter를 눌러 이 주문의 피킹을 시작하세요.",
    # ---- how far an order is, where it was left ----------------------------------------------
    "bench.progress_picked": "{units}개 중 {picked}개 피킹",
    "bench.progress_packed": "{units}개 중 {packed}개 박스에 넣음",
    "bench.progress_box_closed": "포장 완료, 송장 미출력",
    "bench.progress_labelled": "송장 출력 완료, 운송장번호 미입력",
    "bench.resumed_at": "{order}: {page} 화면에서 재개, {progress} (일시중단했던 주문)",
    "bench.resumed_from_station": (
        "{order}: {page} 화면에서 재개, {progress} (작업대 {station}에서 일시중단했던 주문)"
    ),
    "bench.opened_at": "{order}: {page} 화면에서 열림",
    "bench.pick_list_put_aside": "피킹리스트 {pick_list} 일시중단, {wanted}개 중 {picked}개 피킹",
    "bench.open_at_station": "{order}: 작업대 {station}에서 열려 있음",
    "bench.left_at": "{order}: {page} 단계에 남겨 둠",
    "bench.put_aside_at": "{order}: {page} 화면에서 일시중단, {progress}",
    "bench.left_back_to_queue": "{left}. 출고 대기로 돌아갑니다.",
    "bench.back_to_queue": "출고 대기로 돌아갑니다.",
    "bench.unanswered_scan_saved": (
        "서버가 돌아왔습니다. 저장 중이던 스캔 {code}은(는) 저장되었습니다. 다음 상품을 "
        "스캔하세요(이번 스캔은 반영하지 않았습니다)."
    ),
    "bench.unanswered_scan_not_saved": (
        "서버가 돌아왔습니다. 저장 중이던 스캔 {code}은(는) 저장되지 않았습니다. 다시 스캔하세요."
    ),
    "bench.server_back_as_saved": (
        "서버가 돌아왔습니다. 데이터베이스에 저장된 대로 주문을 보여 드립니다. 여기서부터 "
        "계속하세요(이번 스캔은 반영하지 않았습니다)."
    ),
    "bench.unanswered_change_saved": (
        "서버가 돌아왔습니다. 저장 중이던 변경은 저장되었습니다(이번 스캔은 반영하지 않았습니다)."
    ),
    "bench.unanswered_change_not_saved": (
        "서버가 돌아왔습니다. 저장 중이던 변경은 저장되지 않았습니다. 다시 해 주세요."
    ),
    "bench.order_open_here": "주문 {order}이(가) 이 작업대에서 열려 있습니다.",
    "bench.order_at_page": "주문 {order}: {page}.",
    "bench.already_open_here": "이미 이 작업대에서 열려 있습니다.",
    "bench.nothing_to_take_over": (
        "넘겨받을 주문이 없습니다. 다른 작업대에서 열린 주문을 스캔한 다음 TAKEOVER를 스캔하세요."
    ),
    "bench.open_an_order_first": "먼저 주문을 여세요. 주문번호를 스캔하면 됩니다.",
    # ---- a finished order, as the Order page says it ----------------------------------------
    "bench.record_cancelled_at_by": (
        "주문 {order}은(는) {at}에 {who}이(가) 취소했습니다 ({reason}, {cancelled_by} 취소). "
        "출고할 것이 없습니다."
    ),
    "bench.record_cancelled_at": (
        "주문 {order}은(는) {at}에 취소되었습니다 ({reason}, {cancelled_by} 취소). "
        "출고할 것이 없습니다."
    ),
    "bench.record_cancelled": (
        "주문 {order}은(는) 취소되었습니다 ({reason}, {cancelled_by} 취소). 출고할 것이 없습니다."
    ),
    "bench.record_shipped_at_by": (
        "주문 {order}은(는) {at}에 출고되었습니다 ({how}, {who}). "
        "REPRINT를 스캔하면 송장을 재출력합니다."
    ),
    "bench.record_shipped_at": (
        "주문 {order}은(는) {at}에 출고되었습니다 ({how}). REPRINT를 스캔하면 송장을 재출력합니다."
    ),
    "bench.record_shipped_by_whom": (
        "주문 {order}은(는) 출고되었습니다 ({how}, {who}). REPRINT를 스캔하면 송장을 재출력합니다."
    ),
    "bench.record_shipped": (
        "주문 {order}은(는) 출고되었습니다 ({how}). REPRINT를 스캔하면 송장을 재출력합니다."
    ),
    "bench.record_with_tracking": "{courier} 운송장번호 {tracking}",
    "bench.record_no_tracking": "운송장번호 기록 없음",
    "bench.record_packed_by": "포장: {by}",
    "bench.record_shipped_by": "출고: {by}",
    # ---- what a scan is, and what it is not --------------------------------------------------
    "bench.scan_too_long": (
        "스캔한 값이 {length}자입니다. 바코드, 주문번호, 명령은 {longest}자를 넘지 않습니다. "
        "다시 스캔하세요."
    ),
    "bench.code_is_two_things": (
        "{code}은(는) {things}입니다. 그중 하나가 바뀌기 전에는 스캔할 수 없습니다. "
        "아무것도 처리하지 않았습니다."
    ),
    "bench.this_and_that": "{first}이자 {then}",
    # Said once per session, after the verdict of the first scan read back from an input method
    "bench.read_from_hangul_mode": (
        "입력기가 한글 모드입니다. 스캔한 {typed!r}을(를) {code!r}(으)로 읽었습니다. "
        "한/영 키를 눌러 영문 입력으로 바꾸세요."
    ),
    "bench.read_from_full_width": (
        "입력기가 전각 모드입니다. 스캔한 {typed!r}을(를) {code!r}(으)로 읽었습니다. "
        "영문(반각) 입력으로 바꾸세요."
    ),
    "bench.is_product_barcode": "상품 {sku}의 바코드",
    "bench.is_order_number": "주문 {order}의 주문번호",
    "bench.is_packer_badge": "작업자 {packer}의 배지",
    "bench.is_tracking_number": "주문 {order}의 운송장번호",
    "bench.command_not_used_here": (
        "{code}은(는) {page} 화면에서 쓰지 않습니다 ({pages} 화면에서만 씁니다). {hint}"
    ),
    "bench.product_not_used_here": (
        "{code}은(는) 상품 {sku}입니다. {page} 화면에서는 쓰지 않습니다. {hint}"
    ),
    "bench.unknown_code": (
        "{code!r}: 알 수 없는 코드입니다. 이 코드를 가진 주문, 상품, 명령이 없습니다. {hint}"
    ),
    "bench.unknown_hold_reason": (
        "{reason!r}: 알 수 없는 보류 사유입니다. {codes} 중 하나를 스캔하세요."
    ),
    "bench.unknown_cancel_reason": (
        "{reason!r}: 알 수 없는 취소 사유입니다. {codes} 중 하나를 스캔하세요."
    ),
    "bench.unknown_reprint_reason": (
        "{reason!r}: 알 수 없는 재출력 사유입니다. {codes} 중 하나를 스캔하세요."
    ),
    "bench.no_order_numbered": "주문번호가 {number!r}인 주문이 없습니다.",
    "bench.order_on_several_marketplaces": (
        "주문번호 {number}이(가) 여러 판매처에 있습니다: {where}. ID를 쓰세요."
    ),
    "bench.marketplace_and_id": "{marketplace} (ID {id})",
    "bench.unknown_status": "{status!r}: 알 수 없는 상태입니다. {statuses} 중 하나를 쓰세요.",
    "bench.tracking_already_used": (
        "운송장번호 {tracking}은(는) 이미 주문 {order}에 사용되었습니다."
    ),
    "bench.tracking_of_order": (
        "{code}은(는) 주문 {order}의 운송장번호입니다 (현재 {status} 상태). {hint}"
    ),
    "bench.number_of_order_too": "{code}은(는) 주문 {order}의 주문번호이기도 합니다. {instead}",
    "bench.give_line_instead": (
        "대신 {code}번 행을 더블클릭하거나, CLEAR를 스캔한 다음 주문을 스캔하세요."
    ),
    "bench.give_weight_instead": (
        "무게를 단위와 함께 스캔하거나({code}g), BACK을 스캔한 다음 주문을 스캔하세요."
    ),
    "bench.give_units_instead": (
        "대신 수량만큼 상품을 하나씩 스캔하거나, BACK을 스캔한 다음 주문을 스캔하세요."
    ),
    "bench.own_number_not_tracking": (
        "{code}은(는) 이 주문의 주문번호(출력한 송장의 바코드)이며 운송장번호가 아닙니다. "
        "택배사 운송장의 바코드를 스캔하세요."
    ),
    "bench.order_number_not_tracking": (
        "{code}은(는) 주문 {order}의 주문번호이며 운송장번호가 아닙니다. "
        "택배사 운송장의 바코드를 스캔하세요."
    ),
    "bench.product_not_tracking": (
        "{code}은(는) 상품 {sku}의 바코드이며 운송장번호가 아닙니다. "
        "택배사 운송장의 바코드를 스캔하세요."
    ),
    "bench.order_on_this_pick_list": "주문 {order}은(는) 이 피킹리스트에 있습니다. {hint}",
    "bench.product_not_order": (
        "{code}은(는) 상품 {sku}이며 주문이 아닙니다. 주문번호를 스캔하세요 "
        "(재고를 입고하려면 GOODS-IN)."
    ),
    # ---- the queue ---------------------------------------------------------------------------
    "bench.queue_empty": "출고 대기가 비어 있습니다. 주문을 가져와 시작하세요.",
    "bench.urgent_orders_open_elsewhere": (
        "가장 급한 주문 {n}건이 다른 작업대에서 열려 있습니다. 다른 주문을 열려면 주문번호를 "
        "스캔하세요."
    ),
    "bench.every_verified_open_elsewhere": (
        "확인 완료된 주문 {orders}건이 모두 다른 작업대에서 열려 있습니다. 어디에서 열려 "
        "있는지 보려면 그중 하나를 스캔하세요."
    ),
    "bench.verified_open_elsewhere_left_out": (
        "다른 작업대에서 열려 있는 확인 완료 주문 {n}건은 피킹리스트에 넣지 않았습니다."
    ),
    # ---- verify, hold, cancel ----------------------------------------------------------------
    "bench.order_verified": "주문 {order}의 주문 확인을 완료했습니다.",
    "bench.verified_on_hold": "보류: {problems}",
    "bench.order_on_hold": "주문 {order}은(는) 보류 중입니다.",
    "bench.order_on_hold_for": "주문 {order}은(는) 보류 중입니다 ({reason}).",
    "bench.held_at_the_bench": "작업대에서 보류했습니다.",
    "bench.order_cancelled": "주문 {order}을(를) 취소했습니다 ({cancelled_by} 취소).",
    "bench.say_why_cancel": "취소 사유를 스캔하세요: {codes} 중 하나.",
    "bench.press_enter_to_pick": "Enter를 눌러 피킹하세요.",
    "bench.unknown_sku": "SKU {sku}은(는) 등록되지 않은 상품입니다.",
    "bench.quantity_not_sane": "{sku}: 수량 {quantity}은(는) 올바르지 않습니다.",
    "bench.unit_price_not_sane": "{sku}: 단가 {price}은(는) 올바르지 않습니다.",
    "bench.address_incomplete": "주소 정보가 부족합니다: {missing} 없음.",
    "bench.not_enough_free": "{sku}: {needed}개가 필요하지만 가용재고는 {free}개뿐입니다.",
    "bench.cannot_become": "주문 {order}은(는) {status} 상태라 {to} 상태로 바꿀 수 없습니다.",
    "bench.at_another_step": "주문 {order}은(는) {wanted} 단계가 아니라 {step} 단계입니다.",
    "bench.already_finished": "주문 {order}은(는) 이미 {status} 상태입니다.",
    # ---- pick --------------------------------------------------------------------------------
    "bench.choose_orders_to_pick": "피킹할 확인 완료 주문을 하나 이상 선택하세요.",
    "bench.only_verified_picked": (
        "확인 완료된 주문만 피킹할 수 있습니다. 피킹할 수 없는 주문: {orders}."
    ),
    "bench.pick_list_started": "피킹리스트 {pick_list}의 피킹을 시작했습니다.",
    "bench.pick_list_nothing_left": "피킹리스트 {pick_list}에 더 피킹할 상품이 없습니다.",
    "bench.unit_picked": "{sku}: 주문 {order}, {quantity}개 중 {picked}개 피킹.",
    "bench.order_picked": "주문 {order}의 피킹을 완료했습니다.",
    "bench.not_on_pick_list": (
        "{code}({sku})은(는) 이 피킹리스트에 없습니다. 제자리에 돌려놓으세요."
    ),
    "bench.all_picked": (
        "{sku} {total}개를 이미 모두 피킹했습니다. 이 상품은 제자리에 돌려놓으세요."
    ),
    "bench.scan_each_into_box": "상품을 하나씩 스캔해 박스에 넣으세요.",
    "bench.pick_list_done": "피킹리스트 완료: 포장할 주문을 스캔하세요.",
    # ---- by hand (MANUAL) --------------------------------------------------------------------
    "bench.line_number_not_product": (
        "{code}은(는) 상품이 아닙니다. 상품 1개를 수동으로 확인하려면 MANUAL을 스캔한 다음 "
        "행 번호를 스캔하세요."
    ),
    "bench.unknown_barcode": (
        "{code!r}: 등록되지 않은 바코드입니다. 이 바코드를 가진 상품이 없습니다."
    ),
    "bench.manual_switched_off": (
        "수동 확인 기능이 꺼져 있습니다 (manual_confirm 설정). 상품 바코드를 스캔하세요."
    ),
    "bench.manual_which_line": (
        "수동 확인: 1개를 수동으로 확인할 행 번호(1~{lines})를 스캔하거나 CLEAR를 스캔하세요."
    ),
    "bench.manual_stopped": "수동 확인을 중단했습니다.",
    "bench.line_waits_for_badge": (
        "{line}번 행은 관리자 배지를 기다리고 있습니다. 그만하려면 CLEAR를 스캔하세요."
    ),
    "bench.manual_wants_a_line": (
        "수동 확인에는 1~{lines} 사이의 행 번호(또는 CLEAR)가 필요합니다. "
        "{code!r}은(는) 행 번호가 아닙니다."
    ),
    "bench.line_needs_a_supervisor": "{line}번 행({sku}): 확인하려면 관리자 배지를 스캔하세요.",
    "bench.not_a_supervisor": (
        "{name}은(는) 관리자가 아닙니다. 수동 확인은 관리자 배지로만 할 수 있습니다."
    ),
    "bench.by_hand": "수동 확인: {said}",
    # ---- pack --------------------------------------------------------------------------------
    "bench.unit_in_box": "{sku} 박스에 넣음, {left}개 남음.",
    "bench.every_unit_in_box": "모든 상품을 박스에 넣었습니다.",
    "bench.every_unit_in_box_weigh": (
        "모든 상품을 박스에 넣었습니다. 무게를 스캔해(추천 무게를 쓰려면 Enter) 포장을 완료하세요."
    ),
    "bench.not_in_order": (
        "{code}({sku})은(는) 주문 {order}에 없는 상품입니다. 박스에 넣지 마세요."
    ),
    "bench.all_in_box": "{sku} {total}개가 이미 모두 박스에 있습니다. 이 상품은 넣지 마세요.",
    "bench.no_such_box": "{box!r} 박스가 없습니다. {codes} 중 하나를 스캔하세요.",
    "bench.box_chosen": "박스 {box}.",
    "bench.unknown_box": "{box!r}: 알 수 없는 박스입니다. {codes} 중 하나를 쓰세요.",
    "bench.weight_before_every_unit": (
        "{weight}은(는) 무게로 보이지만, 박스에 넣은 상품은 {units}개 중 {packed}개입니다. "
        "먼저 모든 상품을 스캔하세요."
    ),
    "bench.weight_out_of_range": (
        "택배 무게 {grams}g은(는) 있을 수 없습니다 (1g~{max_kg}kg). 다시 측정하세요."
    ),
    "bench.weight_impossible": "택배 무게 {grams}g은(는) 있을 수 없습니다. 다시 측정하세요.",
    "bench.weight_chosen": "무게 {grams}g. Enter를 눌러 포장을 완료하세요.",
    "bench.units_not_in_box": "주문 {order}의 상품 {n}개가 아직 박스에 없습니다.",
    "bench.order_packed": "주문 {order}의 포장을 완료했습니다.",
    "bench.press_enter_to_print_label": "Enter를 눌러 송장을 출력하세요.",
    # ---- label -------------------------------------------------------------------------------
    "bench.printing_label": "송장 출력 중…",
    "bench.saving_label": "송장을 PDF로 저장하는 중…",
    "bench.label_not_printed_yet": "송장을 아직 출력하지 않았습니다. Enter를 눌러 출력하세요.",
    "bench.pack_before_label": "송장을 출력하기 전에 다음 주문을 포장하세요: {orders}.",
    "bench.label_done": "송장 처리 완료: {how}.",
    "bench.scan_the_tracking_number": "운송장번호를 스캔하세요.",
    "bench.printing_again": "{order} 송장 재출력 중 ({reason})…",
    "bench.no_label_to_reprint": "주문 {order}은(는) {status} 상태라 재출력할 송장이 없습니다.",
    "bench.no_label_to_print_again": (
        "주문 {order}은(는) {status} 상태라 다시 출력할 송장이 없습니다."
    ),
    "bench.label_printed_again": "{order} 송장을 재출력했습니다 ({reason}): {how}.",
    # ---- tracking ----------------------------------------------------------------------------
    "bench.courier_chosen": "택배사: {courier}.",
    "bench.label_printed_reprint": "송장을 출력했습니다. 재출력하려면 REPRINT를 스캔하세요.",
    "bench.scan_tracking_from_waybill": "택배사 운송장의 운송장번호를 스캔하세요.",
    "bench.choose_courier_first": "먼저 택배사를 선택하세요 (COURIER:<코드> 스캔).",
    "bench.order_shipped": "주문 {order}을(를) 출고했습니다: {courier} {tracking}.",
    "bench.order_shipped_read_as": (
        "주문 {order}을(를) 출고했습니다: {courier} {tracking} ({read_as}(으)로 읽음)."
    ),
    "bench.press_enter_for_next": "Enter를 눌러 다음 주문을 여세요.",
    # ---- stations and their locks ------------------------------------------------------------
    "bench.station_name_rule": (
        "작업대 이름은 출력 가능한 문자 1~{longest}자로 정하세요 (예: bench-2)."
    ),
    "bench.order_open_elsewhere": (
        "주문 {order}은(는) {since}부터 작업대 {station}(작업자 {packer})에서 열려 있습니다. "
        "넘겨받으려면 {takeover}을(를) 스캔하세요."
    ),
    "bench.order_lock_stale": (
        "주문 {order}은(는) {since}에 작업대 {station}(작업자 {packer})에서 열렸지만, "
        "그 작업대는 {seen} 이후 이 주문을 스캔하지 않았습니다. 잠금이 만료되었습니다 "
        "({minutes}분 초과). 넘겨받으려면 {takeover}을(를) 스캔하세요."
    ),
    "bench.taken_over": "주문 {order}을(를) 작업대 {station}(작업자 {packer})에서 넘겨받았습니다.",
    "bench.taken_over_stale": (
        "주문 {order}을(를) 작업대 {station}(작업자 {packer}, 잠금 만료)에서 넘겨받았습니다."
    ),
}
