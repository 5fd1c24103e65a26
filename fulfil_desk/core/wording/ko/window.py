"""Korean: what the window shows that is the core's to say (the English is en/window.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Term("metric_note", "<marketplace>.<metric>")
    "metric_note.coupang.order_fulfilment": (
        "취소되지 않은 주문 / 전체 주문, 주문일 기준. 쿠팡은 기준치를 공개하지 않습니다. "
        "고객 취소가 포함되는지는 확인되지 않았습니다(여기서는 포함)."
    ),
    "metric_note.coupang.on_time_shipment": (
        "판매자가 약속한 출고예정일(출고소요기간)까지 출고한 주문. 글로벌 판매자는 집계되지 "
        "않습니다. 기준치 미공개. 출고소요기간이 영업일 기준인지는 확인되지 않았습니다."
    ),
    "metric_note.coupang.on_time_delivery": (
        "약속한 날짜까지 배송 완료, 약속 배송일 기준. 고객이 배송 지연을 신고하면 지연으로 "
        "봅니다. 99점은 99 %로 읽습니다."
    ),
    "metric_note.coupang.response_24h": (
        "기간 중 접수된 고객문의 중 답변했거나 24시간이 지난 문의. 기준치 미공개."
    ),
    "metric_note.amazon.order_defect_rate": (
        "부정적 피드백(별 1-2개), A-to-z 클레임 또는 서비스 지불 거절이 있는 주문, 주문일 기준. "
        "클레임과 지불 거절을 주문일로 세는 것은 근사치입니다."
    ),
    "metric_note.amazon.cancellation_rate": (
        "판매자 취소만 셉니다. 고객이 요청한 취소는 제외합니다. 주문일 기준."
    ),
    "metric_note.amazon.late_shipment_rate_10d": (
        "예상 출고일 이후에 출고 확인된 주문(택배사 스캔 아님), 예상 출고일 기준. 그때까지 "
        "출고되지 않은 주문도 지연으로 셉니다."
    ),
    "metric_note.amazon.late_shipment_rate_30d": "10일 지표와 같은 방식, 30일 기준.",
    "metric_note.amazon.valid_tracking_rate": (
        "출고 확인일 기준. 아마존은 택배사가 스캔한 운송장번호를 유효로 셉니다. fulfil-desk는 "
        "오프라인이므로 등록된 택배사이고 형식과 검증 숫자를 통과한 번호를 셉니다. 아마존의 "
        "수치는 약 2주 늦게 나옵니다."
    ),
    "metric_note.amazon.on_time_delivery_rate": (
        "권장 > 97 %. 보통 계정 정지로 이어지지는 않습니다. 추적 가능한 배송, 약속 배송일 기준. "
        "다른 곳에서 보이는 > 90 % 수치는 확인되지 않았습니다."
    ),
    "metric_note.ebay.transaction_defect_rate": (
        "판매자 취소(품절, 출고 불가. 주소 문제 제외)와 판매자 해결 없이 종료된 INR/INAD "
        "케이스. 3개월, 거래가 400건 미만이면 12개월. Above Standard <= 2 %, "
        "Top Rated <= 0.5 %."
    ),
    "metric_note.ebay.late_shipment_rate": (
        "지연: 처리 기간 이후 출고되고 예상일까지 배송되지 않았거나(또는 배송 여부 불명), "
        "고객이 지연을 신고한 경우. 미국 기준치 미확인(인도: <= 7 %, 지연 <= 7건)."
    ),
    "metric_note.shopee.non_fulfilment_rate": (
        "(판매자 취소 + 반품/환불) / 주문, 주문일 기준, 주간. 10 % 초과 시 벌점, 10 % 이상이면 "
        "주문량이 제한됩니다."
    ),
    "metric_note.shopee.late_shipment_rate": (
        "지연 출고 / 출고 주문, 출고일 기준. 지연 = 출고 기한 내 미출고(해외 현물 상품은 영업일 "
        "2일). 해외 판매 기준치 20 %(2024-01-15부터)."
    ),
    "metric_note.wish.late_confirmed_fulfilment": (
        "릴리스부터 택배사 첫 스캔까지 168시간(주문 < US$100) 또는 336시간(>= US$100) 초과, "
        "확인일 기준. 주문 시각을 릴리스로, 출고 확인을 첫 스캔으로 봅니다. USD가 아닌 주문은 "
        "168시간. 주문마다 벌금, 비율 기준치는 공개되지 않았습니다."
    ),
    "metric_note.wish.fulfilment_rate": (
        "이행 / 접수, 주간. 릴리스 후 5일 안에 이행하지 않은 주문은 환불됩니다. 기준치 미공개."
    ),
}
