"""한국어: 해외 발송 통관(HS 코드, 원산지, 개인통관고유부호, CN22/CN23 세관신고서). 영어는
en/customs.py."""

WORDS: dict[str, str | tuple[str, str]] = {
    "customs.bad_hs_code": (
        "'{text}'은(는) HS 코드가 아닙니다. 숫자 {least}~{most}자리로 입력하세요(점과 공백 허용,"
        " 예: 6109.10)."
    ),
    "customs.bad_origin": (
        "'{text}'은(는) 원산지가 아닙니다. ISO 3166 두 글자 국가 코드(CN, KR, US 등)로 입력하세요."
    ),
    "customs.description_empty": "통관용 상품 설명을 영어로 입력하세요.",
    "customs.description_too_long": "통관용 상품 설명이 너무 깁니다. {most}자 이내로 입력하세요.",
    "customs.description_not_english": (
        "통관용 상품 설명은 영어(로마자)로 입력하세요. '{text}'은(는) 영어가 아닙니다."
    ),
    "customs.bad_pccc": (
        "'{text}'은(는) 개인통관고유부호가 아닙니다. P와 숫자 12자리로 입력하세요"
        "(예: P123456789012)."
    ),
    "customs.pccc_missing": (
        "이 택배는 {origin}에서 한국으로 갑니다. 한국 세관에 수취인의 개인통관고유부호(P와 숫자"
        " 12자리)가 필요한데 주문에 없습니다. 개인통관고유부호를 입력하세요."
    ),
    "customs.pccc_malformed": (
        "수취인의 개인통관고유부호 '{text}'은(는) P와 숫자 12자리가 아니어서 한국 세관이 받지"
        " 않습니다. 올바른 부호를 입력하세요."
    ),
    "customs.no_border": (
        "주문 {order}은(는) 국경을 넘지 않습니다(상점과 수취인 모두 {country}). 세관신고서가"
        " 필요 없습니다."
    ),
    "customs.products_lack": (
        "주문 {order}의 세관신고서를 만들지 않았습니다. {skus}에 HS 코드, 원산지, 영어 통관용"
        " 설명을 입력하세요(fulfil-desk products customs SKU)."
    ),
    "customs.no_price": (
        "주문 {order}의 세관신고서를 만들지 않았습니다. {skus}에 신고할 가격이 없습니다."
    ),
    "customs.mixed_currencies": (
        "주문 {order}의 세관신고서를 만들지 않았습니다. 주문 상품의 통화가 {found}입니다. 통화는"
        " 하나여야 합니다."
    ),
    "customs.limits_setting": (
        "customs_postal_limits는 통화 코드({known})별 0 이상의 정수 금액이어야 합니다."
        " 예: {example}."
    ),
    "customs.import_needs_all": "통관 정보는 세 열을 모두 입력하세요: {columns}.",
    "customs.give_all_three": (
        "{sku}에는 아직 통관 정보가 없습니다. --hs, --origin, --description을 함께 입력하세요."
    ),
    "customs.code_or_clear": "CODE와 --clear 중 하나만 입력하세요.",
    "customs.verify_border": (
        "국경을 넘는 택배입니다({origin} → {to}). 세관신고서가 운송장과 함께 인쇄됩니다."
    ),
    "customs.verify_pccc": "수취인 개인통관고유부호: {pccc}.",
    "customs.verify_lacking": (
        "{skus}에 HS 코드, 원산지, 통관용 설명을 입력하세요(재고 현황의 통관 정보…)."
    ),
    "customs.label_note": "세관신고서가 운송장 다음 장에 인쇄됩니다.",
    "customs.nothing_declared": "국경을 넘는 주문이 없어 세관신고서를 만들지 않았습니다.",
    "customs.product_saved": "{sku}의 통관 정보를 저장했습니다(HS {hs}).",
    "customs.pccc_saved": "주문 {order}의 수취인 개인통관고유부호를 {pccc}(으)로 저장했습니다.",
    "customs.pccc_cleared": "주문 {order}의 수취인 개인통관고유부호를 지웠습니다.",
    "customs.form_saved": "주문 {order}의 {form}을(를) 저장했습니다: {file}. {why}",
    "customs.form_express": "CN23: {courier}은(는) 특송 택배사입니다.",
    "customs.form_no_limit": (
        "CN23: customs_postal_limits 설정에 {currency} 기준 CN22 한도가 없습니다."
    ),
    "customs.form_under_limit": "CN22: {total}은(는) 우편 한도 {limit} 이내입니다.",
    "customs.form_over_limit": "CN23: {total}은(는) 우편 한도 {limit}을(를) 넘습니다.",
    "customs.none_for_product": "{sku}에는 아직 통관 정보가 없습니다.",
    "customs.product_line": "{sku}: HS {hs}, 원산지 {origin}, “{description}”.",
    "customs.order_pccc": "수취인 개인통관고유부호: {pccc}",
    "customs.order_no_pccc": "수취인 개인통관고유부호: 없음",
    "customs.document_title": "세관신고서",
    "customs.title_cn22": "세관신고서",
    "customs.title_cn23": "세관신고서 겸 상업송장",
    "customs.may_be_opened": "세관에서 개봉할 수 있음",
    "customs.order_line": "주문 {marketplace} {order}",
    "customs.sender": "보내는 사람",
    "customs.recipient": "받는 사람",
    "customs.phone_line": "전화 {phone}",
    "customs.pccc_heading": "개인통관고유부호",
    "customs.category_gift": "선물",
    "customs.category_documents": "서류",
    "customs.category_sample": "상업용 견본",
    "customs.category_returned": "반송품",
    "customs.category_sale": "판매 상품",
    "customs.category_other": "기타",
    "customs.col_description": "내용품 상세 설명",
    "customs.col_qty": "수량",
    "customs.col_weight": "중량",
    "customs.col_value": "가격",
    "customs.col_hs": "HS 코드",
    "customs.col_origin": "원산지",
    "customs.totals": "총중량 및 총가격",
    "customs.kg": "{kg} kg",
    "customs.invoice_number": "상업송장 번호 {order}",
    "customs.currency_line": "가격 통화: {currency}",
    "customs.courier_line": "택배사: {courier}",
    "customs.importer_line": "수입자: {name}",
    "customs.certify": (
        "이 세관신고서에 기재한 내용이 정확하며, 이 우편물에 법령이나 우편·세관 규정이 금지하는"
        " 위험물이 없음을 확인합니다."
    ),
    "customs.date_line": "날짜: {day}",
    "customs.signature": "보내는 사람 서명",
    "cli.help.products.customs": (
        "상품의 통관 정보: HS 코드, 원산지, 영어 설명(옵션 없이 실행하면 보여 줍니다)."
    ),
    "cli.option.products.customs.hs": "HS 코드: 숫자 6~10자리, 점 허용(6109.10).",
    "cli.option.products.customs.origin": "원산지: ISO 3166 국가 코드(CN, KR 등).",
    "cli.option.products.customs.description": "통관용 상품 설명(영어).",
    "cli.help.pccc": (
        "한국행 주문 수취인의 개인통관고유부호(P와 숫자 12자리)(CODE 없이 실행하면 보여 줍니다)."
    ),
    "cli.option.pccc.clear": "주문의 개인통관고유부호를 지웁니다.",
    "cli.help.customs": "국경을 넘는 주문의 세관신고서(CN22 또는 CN23) PDF.",
    "cli.option.customs.out": "PDF로 저장합니다.",
}
