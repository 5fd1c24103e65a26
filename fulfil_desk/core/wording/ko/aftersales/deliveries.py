"""Korean: parcels in transit, deliveries and courier performance (the English is
en/deliveries.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "deliveries.transit_days_map": (
        "{key}은(는) 택배사 코드별 영업일 수(1~60)여야 합니다. 예: {example}."
    ),
    "deliveries.stale_days_range": "지연 기준 일수는 0부터 {most}까지의 정수로 입력하세요.",
    "deliveries.window_range": "일수는 1부터 {most}까지로 입력하세요.",
    "deliveries.not_shipped": "주문 {order}은(는) 출고되지 않아 배송완료로 표시할 수 없습니다.",
    "deliveries.bad_row": "{file} {row}행: {why} 배송완료로 표시한 택배는 없습니다.",
    "deliveries.row_unknown_tracking": (
        "{column}열: {tracking}은(는) 이 상점에서 출고한 운송장번호가 아닙니다."
    ),
    "deliveries.row_not_shipped": "주문 {order}은(는) 출고되지 않았습니다.",
    "deliveries.row_no_tracking": "{column}열에 운송장번호가 없습니다.",
    "deliveries.row_twice": "{tracking}이(가) 두 번 있습니다({first}행에 처음 나옴).",
    "deliveries.row_extra_cells": ("{column}열부터는 비워 두세요. 운송장번호와 날짜만 입력하세요."),
    "deliveries.not_a_time": (
        "{column}열: '{text}'은(는) 날짜나 시각이 아닙니다(2026-06-20 또는 2026-06-20 14:30 "
        "형식으로 입력하세요)."
    ),
    "deliveries.before_shipment": "{at}은(는) 택배가 출고된 {shipped}보다 이릅니다.",
    "deliveries.after_now": "{at}은(는) 아직 오지 않았습니다.",
    "deliveries.too_many_rows": "{file}의 행이 {most}개보다 많습니다. 파일을 나누세요.",
    "deliveries.file_empty": "{file}에 운송장번호가 없습니다.",
    "deliveries.cannot_read": "{file}을(를) 읽을 수 없습니다: {why}",
    "deliveries.pasted_list": "붙여 넣은 목록",
    "deliveries.marked_many": "{file}의 택배 {n}건을 배송완료로 표시했습니다.",
    "deliveries.none_chosen": "배송완료된 택배를 고르세요.",
    "deliveries.marked_orders": "택배 {n}건을 배송완료로 표시했습니다.",
    "deliveries.ref_or_file": "운송장번호나 ORDER, 또는 --from-file 중 하나만 입력하세요.",
    "deliveries.at_not_with_file": (
        "--at은 택배 한 건에만 쓰세요. 파일에서는 각 행의 날짜를 씁니다."
    ),
    "deliveries.none_stale": "택배사 예상 기간보다 오래 배송중인 택배가 없습니다.",
    "deliveries.none_in_transit": "배송중인 택배가 없습니다.",
    "deliveries.no_parcels_shipped": "이 기간에 출고한 택배가 없습니다.",
    "deliveries.days_of_expected": "{days} / {expected}",
    "deliveries.window_days": "{n}일",
    "deliveries.on_time_of": "{on_time}/{of} ({rate})",
    "deliveries.performance_note": (
        "정시 배송은 약속 배송일이 있는 택배만 셉니다. 배송 기간은 영업일(상점 달력) 기준입니다. "
        "지연: 택배사 예상 기간이 지나도 배송완료되지 않음. 분실: 미수령 분쟁이 있거나 "
        "lost_after_days 영업일이 더 지남."
    ),
    "cli.column.tracking": "운송장번호",
    "cli.column.shipped": "출고일",
    "cli.column.in_transit": "경과/예상(영업일)",
    "cli.column.promised": "약속 배송일",
    "cli.column.tracking_page": "배송 조회",
    "cli.column.parcels": "택배",
    "cli.column.delivered": "배송완료",
    "cli.column.on_time": "정시 배송",
    "cli.column.median_days": "중앙값",
    "cli.column.p90_days": "90백분위",
    "cli.column.stale": "지연",
    "cli.column.lost": "분실",
    "cli.help.in-transit": "택배사 예상 영업일이 지나도 배송완료되지 않은 출고 택배.",
    "cli.help_more.in-transit": (
        "오래된 순서입니다. 배송 기간은 출고일 다음 날부터 센 상점의 영업일입니다. 택배사 예상 "
        "기간은 설정 transit_days(없는 택배사는 default_transit_days)입니다."
    ),
    "cli.option.in-transit.stale-days": "택배사와 관계없이 N 영업일이 지나면 지연으로 봅니다.",
    "cli.option.in-transit.courier": "이 택배사만(코드나 이름).",
    "cli.option.in-transit.all": "지연 여부와 관계없이 배송중인 택배 전부.",
    "cli.help.delivered": (
        "택배 한 건, 또는 운송장번호와 날짜 목록의 택배 전부를 배송완료로 표시합니다."
    ),
    "cli.help_more.delivered": (
        "파일: 한 줄에 택배 한 건, 운송장번호 다음에 날짜나 시각(CSV, 탭 또는 공백 구분, 날짜가 "
        "비면 지금). 파일 전체를 먼저 확인하며, 잘못된 행이 하나라도 있으면 아무것도 표시하지 "
        "않습니다."
    ),
    "cli.option.delivered.at": "배송완료 시각(ISO 8601, 기본값: 지금).",
    "cli.option.delivered.from-file": "운송장번호와 날짜의 CSV나 목록.",
    "cli.option.delivered.encoding": "파일의 텍스트 인코딩: utf-8, cp949, gb18030.",
    "cli.help.couriers.performance": (
        "택배사별 최근 30일·90일(또는 N일): 정시 배송, 배송 기간, 지연, 분실."
    ),
    "cli.option.couriers.performance.days": "최근 N일만.",
}
