"""Korean: what the exchange domain says (marketplace files in and out) (the English is
en_exchange.py).

A value quoted from a file is written `{text!r}`: in quotes, and a line break or a control
character in it shown escaped, so that a refusal stays on one line. A cell's refusal has no
final period: the sentence around it adds one.
"""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("file_format", …): the layouts a file is read as, by their own names
    "file_format.coupang": "쿠팡 Wing 발주서 (DeliveryList)",
    "file_format.amazon": "Amazon 주문 보고서",
    "file_format.amazon_unshipped": "Amazon 미발송 주문 보고서",
    "file_format.amazon_all_orders": "Amazon 전체 주문 보고서 (All Orders)",
    "file_format.shopify": "Shopify 주문 내보내기 파일",
    "file_format.ebay": "eBay 주문 보고서",
    "file_format.csv": "일반 CSV",
    "file_format.products": "상품 목록",
    # Term("encoding", …): text encodings, by the canonical name the person types
    "encoding.utf-8": "UTF-8",
    "encoding.utf-16": "UTF-16",
    "encoding.cp949": "CP949/EUC-KR (한국어)",
    "encoding.gb18030": "GB18030 (중국어)",
    "encoding.shift_jis": "Shift_JIS (일본어)",
    # one cell's value refused (BadValue)
    "exchange.value_empty": "값이 비어 있습니다. 이 열에는 값이 있어야 합니다",
    "exchange.amount_negative": "금액 {text!r}이(가) 음수입니다. 가격은 음수일 수 없습니다",
    "exchange.not_an_amount": "{text!r}은(는) 금액이 아닙니다. 1234.50 또는 1,234.50처럼 쓰세요",
    "exchange.amount_marked_otherwise": (
        "금액 {text!r}에 {marker} 표시가 있지만 통화는 {currency}입니다"
    ),
    "exchange.amount_too_large": "금액 {text!r}은(는) 가격으로 보기에 너무 큽니다",
    "exchange.amount_has_decimals": (
        "금액 {text!r}에 소수점이 있지만 {currency} 금액에는 소수점이 없습니다"
    ),
    "exchange.amount_too_many_decimals": (
        "금액 {text!r}의 소수점 이하 자릿수가 {decimals}자리보다 많습니다. "
        "{currency} 금액은 그보다 자릿수가 적습니다"
    ),
    "exchange.quantity_zero": "수량이 0입니다. 1 이상이어야 합니다",
    "exchange.quantity_too_large": "수량 {text!r}이(가) {most}보다 큽니다",
    "exchange.quantity_negative": "수량 {text!r}이(가) 음수입니다. 1 이상이어야 합니다",
    "exchange.quantity_not_whole": (
        "수량은 1, 2 같은 정수여야 합니다. {text!r}은(는) 정수가 아닙니다"
    ),
    "exchange.quantity_not_a_number": "수량 {text!r}은(는) 숫자가 아닙니다",
    "exchange.not_a_moment": (
        "{text!r}은(는) 날짜와 시간이 아닙니다. 2026-06-20 15:30 "
        "또는 2026-06-20T15:30:00+09:00처럼 쓰세요"
    ),
    "exchange.not_a_real_moment": "{text!r}은(는) 존재하지 않는 날짜와 시간입니다",
    "exchange.year_out_of_range": "{text!r}의 연도는 주문 날짜로 볼 수 없습니다",
    "exchange.unknown_country": (
        "{text!r}은(는) fulfil-desk가 모르는 국가입니다. "
        "KR, CN, JP, US 같은 2자리 ISO 국가 코드를 쓰세요"
    ),
    "exchange.unknown_currency": "통화 {text!r}은(는) fulfil-desk가 모르는 통화입니다 ({known})",
    "exchange.ebay_not_a_date": "{text!r}은(는) 올바른 날짜가 아닙니다. Jun-18-26처럼 쓰세요",
    "exchange.bad_weight": "{text!r}은(는) 0~{most} 사이의 무게(그램, 정수)가 아닙니다",
    # a row refused (RowProblem): where, and why
    "exchange.row_problem": "{file}, {row}행, 열 {column!r}: {reason}",
    "exchange.field_number": "{number}번째 필드",
    "exchange.row_cut_short": (
        "이 행은 머리글의 필드 {width}개 중 {fields}개에서 끝납니다. "
        "파일이 잘렸거나 따옴표가 닫히지 않았을 수 있습니다"
    ),
    "exchange.row_too_long": (
        "이 행의 필드는 {fields}개인데 머리글은 {width}개입니다. "
        "따옴표로 묶지 않은 구분자가 값 안에 있을 수 있습니다"
    ),
    "exchange.line_key_twice": "{key!r}이(가) 주문 {order}에 두 번 있습니다 ({row}행에도 있음)",
    "exchange.row_disagrees": (
        "주문 {order}의 값이 이 행에서는 {here!r}, {row}행에서는 {there!r}입니다. "
        "한 주문의 모든 행은 값이 같아야 합니다"
    ),
    "exchange.ebay_no_order_number": "Order Number와 Sales Record Number가 모두 비어 있습니다",
    "exchange.ebay_no_sku": "상품에 Custom Label (SKU)도 Item Number도 없습니다",
    "exchange.shopify_no_sku": "이 품목에 SKU가 없습니다. Shopify에서 상품에 SKU를 지정하세요",
    "exchange.sku_twice": "SKU {sku}은(는) 이미 앞 행에 있습니다",
    "exchange.barcode_taken": "바코드 {code}은(는) 이미 {sku}에 등록되어 있습니다",
    # a whole file refused (BadFile)
    "exchange.the_file": "파일",
    "exchange.cannot_open": "{file}을(를) 열 수 없습니다 ({why}).",
    "exchange.column_named": "{name!r}",
    "exchange.missing_column": (
        "{file}에 {column!r} 열이 없습니다. 모든 {format} 파일에 있는 열입니다."
    ),
    "exchange.missing_columns": (
        "{file}에 다음 열이 없습니다. 모든 {format} 파일에 있는 열입니다: {columns}."
    ),
    "exchange.unknown_format": (
        "{format!r}은(는) fulfil-desk가 모르는 형식입니다. 다음 중 하나를 쓰세요: {known}."
    ),
    "exchange.layout_columns": "{format}: {columns}",
    "exchange.layout_or": "{first}; 또는 {then}",
    "exchange.not_an_order_file": (
        "{file}은(는) fulfil-desk가 읽을 수 있는 주문 파일이 아닙니다. 머리글에 다음 열이 "
        "있어야 합니다 — {expected}. 다른 형식의 파일은 열 매핑을 저장한 뒤(창의 열 매핑… "
        "또는 `fulfil-desk mapping save`) 그 매핑으로 가져오세요."
    ),
    "exchange.amazon_all_orders": (
        "{file}은(는) Amazon 전체 주문 보고서(All Orders)입니다. 이 보고서에는 수취인 이름과 "
        "주소가 없어 어떤 주문도 출고할 수 없습니다. 대신 주문 보고서(Seller Central: "
        "Orders ▸ Order Reports ▸ New Orders, 보고서 유형 _GET_FLAT_FILE_ORDERS_DATA_)나 "
        "미발송 주문 보고서(Orders ▸ Order Reports ▸ Unshipped Orders)를 내려받아 가져오세요."
    ),
    "exchange.old_excel": (
        "{file}은(는) 예전 Excel .xls 통합 문서입니다. .xlsx(Excel 통합 문서) 또는 UTF-8 "
        "CSV로 저장한 뒤 다시 가져오세요."
    ),
    "exchange.nul_in_text": (
        "{file}의 {line}번째 줄에 NUL 문자가 있어 CSV 텍스트 파일이 아닙니다. UTF-8 CSV로 "
        "저장한 뒤 다시 가져오세요."
    ),
    "exchange.file_empty": "{file}이(가) 비어 있습니다.",
    "exchange.unclosed_quote": (
        "{file}의 {line}번째 줄 이후를 읽을 수 없습니다 ({why}). 그 줄에 닫히지 않은 "
        "따옴표가 있는지 확인하세요."
    ),
    "exchange.no_rows": "{file}에 머리글 행은 있지만 그 아래에 주문이 없습니다.",
    "exchange.bad_workbook_resave": (
        "{file}을(를) Excel .xlsx 통합 문서로 읽을 수 없습니다 ({why}). Excel에서 열어 "
        ".xlsx 또는 UTF-8 CSV로 다시 저장하세요."
    ),
    "exchange.bad_workbook": "{file}을(를) Excel .xlsx 통합 문서로 읽을 수 없습니다 ({why}).",
    "exchange.no_sheets": "{file}에 시트가 없습니다.",
    "exchange.bad_sheet": (
        "{file}: 시트 {sheet!r}을(를) 읽을 수 없습니다 ({why}). Excel에서 열어 다시 저장하세요."
    ),
    "exchange.unknown_encoding": (
        "{name!r}은(는) fulfil-desk가 읽는 인코딩이 아닙니다. 다음 중 하나를 쓰세요: {choices}."
    ),
    "exchange.no_encoding_fits": (
        "{file}은(는) fulfil-desk가 읽는 인코딩(UTF-8, CP949, GB18030, Shift_JIS) 중 어느 "
        "것으로도 읽히지 않습니다. UTF-8 CSV로 저장한 뒤 다시 가져오세요."
    ),
    "exchange.encoding_unclear": (
        "{file}은(는) UTF-8이 아니며, 어떤 인코딩인지 fulfil-desk가 판단할 수 없습니다. "
        "읽은 결과: {readings}. 인코딩을 선택하세요: {options}."
    ),
    "exchange.not_that_encoding": (
        "{file}은(는) {encoding} 텍스트가 아닙니다. {line}번째 줄에 {encoding}에 없는 바이트가 "
        "있습니다. 다른 인코딩({options})을 선택하거나 파일을 UTF-8 CSV로 저장하세요."
    ),
    "exchange.encoding_option": "--encoding {name}",
    "exchange.or_last": "{items} 또는 {last}",
    "exchange.nothing_imported": (
        "가져온 것이 없습니다. {problem}. 파일을 고치거나, 정상 행만 가져오려면 "
        "--skip-bad로 가져오세요."
    ),
    "exchange.problem_and_more": "{problem} ({more})",
    "exchange.problems_on_that_row": "이 행의 문제 {count}건",
    "exchange.more_bad_rows": "잘못된 행 {n}개 더",
    "exchange.more_bad_rows_problems": "잘못된 행 {n}개 더, 문제 총 {count}건",
    # column mappings
    "exchange.mapping_not_an_object": (
        "매핑 {name}: 'columns' 객체가 들어 있는 JSON 객체로 쓰세요."
    ),
    "exchange.mapping_columns_not_names": (
        "매핑 {name}: 'columns'에는 항목 이름마다 열 이름을 지정해야 합니다."
    ),
    "exchange.mapping_bad_name": (
        "{name!r}은(는) 매핑 이름으로 쓸 수 없습니다. 문자, 숫자, 공백, . _ - 만 써서 "
        "60자 이내로 지으세요."
    ),
    "exchange.mapping_unknown_fields": (
        "매핑 {name}: {fields}은(는) 항목이 아닙니다. 항목 목록: {known}."
    ),
    "exchange.mapping_needs_columns": "매핑 {name}에 {fields} 항목의 열이 필요합니다.",
    "exchange.mapping_bad_marketplace": (
        "매핑 {name}: {marketplace!r}은(는) 판매처 이름이 아닙니다."
    ),
    "exchange.mapping_bad_country": "매핑 {name}: {reason}.",
    "exchange.mapping_columns_missing": (
        "{file}에 열 매핑 {name}에 필요한 {columns} 열이 없습니다. 다른 매핑을 선택하거나 "
        "이 파일에 맞는 매핑을 새로 저장하세요."
    ),
    "exchange.no_such_mapping": "열 매핑 {name!r}이(가) 없습니다 (저장된 매핑: {saved}).",
    "exchange.no_mappings_yet": "아직 없음",
    "exchange.mapping_saved": "열 매핑 {name}을(를) 저장했습니다.",
    "exchange.mapping_deleted": "열 매핑 {name}을(를) 삭제했습니다.",
    # what an import did (ImportReport)
    "exchange.imported": "{file}: 신규 {new}건, 변경 {updated}건, 변경 없음 {unchanged}건.",
    "exchange.imported_cancelled": (
        "{file}: 신규 {new}건, 변경 {updated}건, 변경 없음 {unchanged}건, 고객 취소 {cancelled}건."
    ),
    "exchange.imported_skipped": (
        "{file}: 신규 {new}건, 변경 {updated}건, 변경 없음 {unchanged}건, {skipped} 건너뜀."
    ),
    "exchange.imported_cancelled_skipped": (
        "{file}: 신규 {new}건, 변경 {updated}건, 변경 없음 {unchanged}건, "
        "고객 취소 {cancelled}건, {skipped} 건너뜀."
    ),
    "exchange.bad_rows": "잘못된 행 {n}개",
    "exchange.entry_row": "{row}행",
    "exchange.entry_refused": "{column}: {reason}",
    "exchange.detail_new": "품목 {lines}개, 수량 {units}개, 출고예정일 {ship_by}",
    "exchange.detail_shipped_before": "이미 {day}에 출고됨 (이력)",
    "exchange.detail_then": "{first}; {then}",
    "exchange.changed_address": "주소: {old} → {new}",
    "exchange.changed_ship_by": "출고예정일: {old} → {new}",
    "exchange.no_ship_by": "—",
    "exchange.changed_items": "품목: {old} → {new}개",
    "exchange.back_in_queue": "출고 대기로 복귀: 파일에 다시 있음",
    "exchange.history_shipped": "판매처에서 {day}에 출고됨",
    "exchange.history_delivered": "{day}에 배송완료",
    "exchange.detail_cancelled_by_buyer": "고객 취소",
    "exchange.detail_gone_from_file": "판매처의 미처리 주문 목록인 {file}에 더 이상 없음",
    "exchange.note_shipped_elsewhere": "판매처 파일 기준으로 fulfil-desk 밖에서 출고됨",
    # warnings of an import: what a person should look at
    "exchange.tracking_taken": "이미 다른 주문에 등록된 번호입니다",
    "exchange.tracking_not_recorded": (
        "{order}: 파일의 운송장번호 {tracking}을(를) 기록하지 않았습니다: {why}"
    ),
    "exchange.frozen_not_changed": (
        "{order}은(는) 이미 {status} 상태입니다. 파일의 변경 내용을 반영하지 않았습니다."
    ),
    "exchange.items_changed_after_picking": (
        "피킹을 시작한 뒤 {order}의 품목이 바뀌었습니다. 여기서는 바꾸지 않았습니다. "
        "고객에게 주문 내용을 확인하세요."
    ),
    "exchange.address_changed_reprint": (
        "{order}이(가) {status} 상태일 때 주소가 바뀌었습니다. 출고하기 전에 송장을 재출력하세요."
    ),
    "exchange.shipped_elsewhere": (
        "{order}은(는) {day}에 fulfil-desk 밖에서 출고되었습니다 (파일 기준). 여기서도 "
        "출고완료로 표시했습니다. 다시 포장하지 마세요."
    ),
    "exchange.tracking_in_file": (
        "파일에 {order}의 운송장번호 {tracking}이(가) 있지만 여기서는 아직 {status} "
        "상태입니다. 운송장번호 단계에서 스캔해 출고하세요."
    ),
    "exchange.tracking_differs": (
        "{order}: 출고한 운송장번호는 {ours}인데 파일에는 {theirs}(으)로 되어 있습니다."
    ),
    "exchange.reinstated": (
        "{order}은(는) 이전 파일에 없어서 취소되었지만, 이 파일에 다시 있어 출고 대기로 "
        "돌아왔습니다."
    ),
    "exchange.cancelled_after_shipping": (
        "{order}은(는) 출고된 뒤 고객이 취소했습니다. 반품을 처리하세요."
    ),
    "exchange.cancelled_while": (
        "{order}은(는) {status} 상태에서 고객이 취소했습니다. "
        "상품을 꺼내 제자리(로케이션)에 다시 넣으세요."
    ),
    "exchange.no_cancel_for_missing": (
        "거부된 행 중 주문번호가 없는 행이 있어, 이 파일에 없다는 이유로는 어떤 주문도 "
        "취소하지 않았습니다."
    ),
    "exchange.missing_but_started": (
        "{order}은(는) 더 이상 {file}에 없지만 이미 피킹 또는 포장 중입니다. "
        "판매처에서 취소되었는지 확인하세요."
    ),
    # tracking exports
    "exchange.exported": "{file}에 출고 {n}건을 담았습니다.",
    "exchange.unknown_export_format": (
        "{format!r}은(는) 내보내기 형식이 아닙니다. 다음 중 하나를 쓰세요: {known}."
    ),
    "exchange.nothing_to_export": "{file}에 내보낼 것이 없습니다: {why}",
    "exchange.all_exported_already": (
        "출고된 주문은 모두 이전에 내보낸 파일에 있거나 판매처 파일에서 이미 출고된 상태로 "
        "들어왔습니다. 다시 내보내려면 --all을 쓰세요."
    ),
    "exchange.none_shipped": "아직 출고된 {marketplace} 주문이 없습니다.",
    "exchange.none_shipped_anywhere": "아직 출고된 판매처 주문이 없습니다.",
    "exchange.marketplace_or": "{first} 또는 {then}",
    "exchange.cannot_write": "{file}에 쓸 수 없습니다: {why}.",
    "exchange.no_coupang_courier": (
        "쿠팡 {order}: {courier}에는 쿠팡 택배사 이름이 없어 Wing에 올릴 수 없습니다. "
        "이 주문은 Wing에서 직접 송장을 등록하세요."
    ),
    "exchange.not_from_delivery_list": (
        "쿠팡 {orders}은(는) 발주서(DeliveryList)에서 가져온 주문이 아니어서 다시 쓸 행이 "
        "없습니다. Wing에서 직접 송장을 등록하세요."
    ),
}
