"""Korean: what every domain says (durations, lists), and the app's own vocabularies (the
English is en_kernel.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "duration.seconds": "{s}초",
    "duration.minutes": "{m}분",
    "duration.hours": "{h}시간 {m}분",
    "duration.days": "{d}일 {h}시간",
    "two_sentences": "{first} {then}",
    "kernel.no_order_with_id": "ID가 {order_id}인 주문이 없습니다.",
    # Term("status", OrderStatus): where an order is ("주문 …은(는) {status} 상태입니다")
    "status.new": "신규",
    "status.on_hold": "보류",
    "status.verified": "주문 확인 완료",
    "status.picking": "피킹 중",
    "status.picked": "피킹 완료",
    "status.packing": "포장 중",
    "status.packed": "포장 완료",
    "status.labelled": "송장 출력 완료",
    "status.shipped": "출고완료",
    "status.cancelled": "취소",
    # Term("hold_reason", HoldReason)
    "hold_reason.unknown_sku": "미등록 SKU",
    "hold_reason.bad_quantity": "수량 오류",
    "hold_reason.bad_price": "가격 오류",
    "hold_reason.incomplete_address": "주소 정보 부족",
    "hold_reason.out_of_stock": "품절",
    "hold_reason.missing_pccc": "개인통관고유부호 없음",
    "hold_reason.other": "기타",
    # Term("cancel_reason", CancelReason)
    "cancel_reason.out_of_stock": "품절",
    "cancel_reason.cannot_ship": "배송 불가",
    "cancel_reason.pricing_error": "가격 오류",
    "cancel_reason.undeliverable_address": "배송 불가 주소",
    "cancel_reason.buyer_requested": "고객 요청",
    "cancel_reason.buyer_wrong_item": "고객 상품 오주문",
    "cancel_reason.buyer_address_change": "고객 주소 변경",
    # Term("address_field", …): Address.missing_fields
    "address_field.name": "수취인 이름",
    "address_field.address": "주소",
    "address_field.postal_code": "우편번호",
    "address_field.country": "국가",
    "address_field.phone": "연락처",
    # Term("cancelled_by", CancelledBy) ("{cancelled_by} 취소": 판매자 취소, 고객 취소)
    "cancelled_by.seller": "판매자",
    "cancelled_by.buyer": "고객",
    # Couriers (core/kernel/couriers.py); {courier} is the courier's name in the reader's
    # language. The formats complete "<courier> 운송장번호는 …입니다".
    "list.separator": ", ",  # between the items of a list
    "list.or": "{some} 또는 {last}",
    "courier.range": "{low}~{high}",
    "courier.format_digits": "{count}자리 숫자",
    "courier.format_digits_starting": "{count}자리 숫자(앞자리 {start})",
    "courier.format_ups_1z": "1Z 뒤에 영문·숫자 16자",
    "courier.format_prefixed": "{prefix} 뒤에 숫자 {count}자리",
    "courier.format_s10": "영문 2자 + 숫자 9자리 + {country}",
    "courier.format_s10_any_country": "영문 2자 + 숫자 9자리 + 국가 코드",
    "courier.read_usps_after_routing": "420+ZIP 라우팅 코드 뒤의 USPS 번호",
    "courier.read_usps_implied_91": "앞자리 91이 생략된 USPS 20자리 번호",
    "courier.read_fedex_in_label_barcode": "34자리 송장 바코드 안의 FedEx 12자리 번호",
    "courier.read_fedex_in_ground_barcode": "34자리 Ground 바코드 안의 FedEx 12자리 번호",
    "courier.read_fedex_in_astra_barcode": "32자리 ASTRA 바코드 안의 FedEx 12자리 번호",
    "courier.wrong_check_digit": (
        "이 {courier} 운송장번호의 체크 디지트가 틀립니다 (예상 {expected}, 실제 {got}). "
        "다시 스캔하세요."
    ),
    "courier.s10_other_country": (
        "{courier} 운송장번호의 끝자리는 {ends}인데 이 번호는 {got}입니다. 택배사를 확인하세요."
    ),
    "courier.s10_no_country": (
        "이 {courier} 운송장번호의 끝 {got}은(는) 국가 코드가 아닙니다. 다시 스캔하세요."
    ),
    "courier.tracking_empty": "{courier} 운송장번호가 비어 있습니다. 송장을 스캔하세요.",
    "courier.no_check_digit": (
        "{courier}은(는) 확인된 체크 디지트가 없어 번호 형식만 검사했습니다."
    ),
    "courier.hangul_in_number": (
        "이 {courier} 운송장번호에 쓸 수 없는 문자 '{char}'이(가) 들어 있습니다. "
        "키보드를 영문(한/영)으로 바꾸고 다시 스캔하세요."
    ),
    "courier.foreign_in_number": (
        "이 {courier} 운송장번호에 쓸 수 없는 문자 '{char}'이(가) 들어 있습니다. 다시 스캔하세요."
    ),
    "courier.control_in_number": (
        "이 {courier} 운송장번호에 쓸 수 없는 문자 {codepoint}이(가) 들어 있습니다. "
        "다시 스캔하세요."
    ),
    "courier.shape_has_letters": (
        "{courier} 운송장번호는 {shapes}입니다. 이 번호에는 영문자가 들어 있습니다."
    ),
    "courier.shape_starts_with": (
        "{courier} 운송장번호는 {shapes}입니다. 이 번호의 앞자리는 {start}입니다."
    ),
    "courier.shape_length": "{courier} 운송장번호는 {shapes}입니다. 이 번호는 {length}자리입니다.",
    "courier.shape_mismatch": (
        "{courier} 운송장번호는 {shapes}입니다. 이 번호({length}자)는 형식이 맞지 않습니다. "
        "택배사를 확인하세요."
    ),
    "courier.code_and_name": "{code} ({name})",
    "courier.unknown_did_you_mean": "택배사 코드 '{code}'은(는) 없습니다. 혹시 {guesses}인가요?",
    "courier.unknown": "택배사 코드 '{code}'은(는) 없습니다. 택배사 코드: {codes}.",
    # Settings (core/kernel/settings.py): {key} is the setting's name, as typed; {value} the
    # value refused, quoted as Python writes it ('Mars/Base'); {example} a value in JSON.
    "setting.unknown": "'{key}' 설정은 없습니다. 설정 항목: {keys}.",
    "setting.not_a_time_zone": "{value}은(는) 시간대가 아닙니다. Asia/Seoul 같은 이름을 쓰세요.",
    "setting.not_a_holiday_country": (
        "{value}은(는) 공휴일 달력에 있는 국가 코드가 아닙니다 (예: KR)."
    ),
    "setting.days_from_to": "{key}: {least}~{most} 사이의 정수(일수)로 입력하세요.",
    "setting.orders_from_to": "{key}: {least}~{most} 사이의 정수(주문 건수)로 입력하세요.",
    "setting.minutes_from_to": "{key}: {least}~{most} 사이의 정수(분)로 입력하세요.",
    "setting.backups_from_to": "{key}: {least}~{most} 사이의 정수(백업 개수)로 입력하세요.",
    "setting.lead_days_map": "{key}: 판매처별 일수를 지정하세요. 예: {example}.",
    "setting.weekday_numbers": (
        "{key}: 요일 번호(월요일 = 0 ~ 일요일 = 6)를 하나 이상 나열하세요. 예: {example}."
    ),
    "setting.not_a_cutoff": (
        "{value}은(는) 마감 시간이 아닙니다. HH:MM 형식으로 쓰세요 (예: 14:00)."
    ),
    "setting.score_targets_map": (
        "{key}: marketplace.metric마다 0~1 사이의 비율을 지정하세요. 예: {example}."
    ),
    "setting.fraction": "{key}: 0~1 사이의 비율로 입력하세요 (예: 0.2).",
    "setting.folder_or_null": (
        "{key}: 폴더 경로를 입력하세요. 데이터베이스와 같은 위치에 백업하려면 null을 쓰세요."
    ),
    "setting.true_or_false": "{key}: true 또는 false로 입력하세요.",
    "setting.days_or_null": (
        "{key}: 1 이상의 정수(일수)를 입력하세요. 사용하지 않으려면 null을 쓰세요."
    ),
    "setting.one_of": "{key}: {choices} 중 하나로 입력하세요.",
    "setting.address_fields": "{key}: {fields} 항목이 있는 JSON 객체로 입력하세요.",
    "setting.box_presets_list": "{key}: 다음과 같은 목록으로 입력하세요: {example}.",
    "setting.keep_one_box_preset": "박스 프리셋을 하나 이상 남겨 두세요.",
    "box.s": "소형 22×19×9 cm",
    "box.m": "중형 34×25×21 cm",
    "box.l": "대형 48×38×34 cm",
}
