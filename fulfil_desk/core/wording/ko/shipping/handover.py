"""Korean: what the handover domain says (the English is en/handover.py). 인수인계 / 인수인계서
as the brief names the driver's list; 택배사, 운송장번호, 출고 as the glossary writes them."""

WORDS: dict[str, str | tuple[str, str]] = {
    "handover.no_list": "마감된 인수인계서 {id}이(가) 없습니다.",
    "handover.no_list_code": (
        "'{code}'은(는) 인수인계서가 아닙니다. 번호나 코드({form})를 입력하세요."
    ),
    "handover.not_shipped": (
        "주문 {order}은(는) {status} 상태로 출고되지 않았습니다. 인수인계할 수 없습니다."
    ),
    "handover.not_shipped_here": (
        "주문 {order}은(는) 작업대에서 택배사로 출고되지 않았습니다. 인수인계서에 없습니다."
    ),
    "handover.other_courier": (
        "주문 {order}은(는) {list}이(가) 아니라 {courier}(으)로 출고되었습니다. "
        "{courier} 인수인계서로 넘기세요."
    ),
    "handover.handed_over_before": (
        "주문 {order}은(는) 이미 인수인계서 HO-{id}(으)로 인수인계했습니다."
    ),
    "handover.already_scanned": "주문 {order}은(는) 이미 스캔했습니다({at}).",
    "handover.delivered_already": (
        "주문 {order}은(는) 이미 배송완료되었습니다. 인수인계서에 없습니다."
    ),
    "handover.nothing_to_close": "{courier} 인수인계서에 넘길 택배가 없습니다.",
    "handover.not_scanned_out": (
        "{courier} 인수인계서의 택배 {n}개를 스캔하지 않았습니다: {orders}.",
        "{courier} 인수인계서의 택배 {n}개를 스캔하지 않았습니다: {orders}.",
    ),
    "handover.not_scanned_out_more": (
        "{courier} 인수인계서의 택배 {n}개를 스캔하지 않았습니다: {orders} 외 {more}개.",
        "{courier} 인수인계서의 택배 {n}개를 스캔하지 않았습니다: {orders} 외 {more}개.",
    ),
    "handover.none_scanned": (
        "{courier} 인수인계서에서 스캔한 택배가 없습니다. 기사님이 가져갈 택배를 스캔하세요."
    ),
    "handover.driver_needed": "기사님 이름을 입력하세요(DRIVER:<이름> 스캔 또는 직접 입력).",
    "handover.driver_too_long": "기사님 이름이 {length}자입니다. {most}자 이하로 입력하세요.",
    "handover.scanned_out": (
        "{order}({tracking}) {courier} 인수인계 스캔했습니다. 남은 택배 {n}개.",
        "{order}({tracking}) {courier} 인수인계 스캔했습니다. 남은 택배 {n}개.",
    ),
    "handover.closed": (
        "인수인계서 HO-{id}을(를) 마감했습니다: {courier} 택배 {n}개, 기사 {driver}.",
        "인수인계서 HO-{id}을(를) 마감했습니다: {courier} 택배 {n}개, 기사 {driver}.",
    ),
    "handover.closed_forced": (
        "인수인계서 HO-{id}을(를) 마감했습니다: {courier} 택배 {n}개, 기사 {driver}. "
        "넘기지 않은 {left}개는 다음 인수인계서에 남습니다.",
        "인수인계서 HO-{id}을(를) 마감했습니다: {courier} 택배 {n}개, 기사 {driver}. "
        "넘기지 않은 {left}개는 다음 인수인계서에 남습니다.",
    ),
    "page.handover": "인수인계",
    "handover.page": "인수인계: 택배사 코드(COURIER:<코드>)나 첫 택배를 스캔하세요.",
    "handover.hint": "기사님이 가져갈 택배를 하나씩 스캔한 다음 OK를 스캔하세요.",
    "handover.list_open": (
        "{courier} 인수인계서: 택배 {n}개 중 {scanned}개 스캔했습니다.",
        "{courier} 인수인계서: 택배 {n}개 중 {scanned}개 스캔했습니다.",
    ),
    "handover.left": (
        "{courier} 인수인계서를 나갔습니다. 스캔한 택배 {n}개는 그대로 남습니다.",
        "{courier} 인수인계서를 나갔습니다. 스캔한 택배 {n}개는 그대로 남습니다.",
    ),
    "handover.driver_set": "기사: {driver}.",
    "handover.product_not_parcel": (
        "{code}은(는) 상품 {sku}의 바코드이며 택배가 아닙니다. 상자의 운송장을 스캔하세요."
    ),
    "handover.not_here": "{code}은(는) 택배가 아닙니다. 상자의 운송장을 스캔하세요.",
    "handover.unknown_parcel": (
        "{code}은(는) 이 스토어의 택배가 아닙니다. 운송장번호나 주문번호를 스캔하세요."
    ),
    "handover.scan_courier_first": "먼저 택배사 코드(COURIER:<코드>)나 택배를 스캔하세요.",
    "handover.scan_them_or_force": "해당 택배를 스캔하거나, 빼고 마감하려면 FORCE를 스캔하세요.",
    "handover.scan_driver": "DRIVER:<이름>을 스캔하거나 기사님 이름을 입력한 다음 OK를 스캔하세요.",
    "handover.print_it": "기사님 서명을 받을 인수인계서 HO-{id}을(를) 인쇄하세요.",
    "handover.enter_at_handover": "모든 택배를 스캔했으면 인수인계서를 마감합니다",
    "handover.guide_parcel_does": "그 택배를 기사님에게 넘길 택배로 스캔합니다",
    "handover.does_courier": "그 택배사의 인수인계서를 엽니다",
    "handover.does_handover": "인수인계 화면을 엽니다: 기사님이 가져갈 택배",
    "handover.does_driver": "기사님 이름을 입력합니다",
    "handover.does_finish": "모든 택배를 스캔했으면 인수인계서를 마감합니다",
    "handover.does_force": (
        "인수인계서를 마감합니다. 스캔하지 않은 택배는 다음 인수인계서에 남습니다"
    ),
    "handover.sheet_handover": "기사님께 인수인계",
    "handover.sheet_section": "인수인계",
    "handover.sheet_force": "남은 택배 빼고 마감",
    "handover.title": "인수인계서",
    "handover.shop": "스토어: {shop}",
    "handover.courier": "택배사: {courier}",
    "handover.closed_at": "마감: {at}",
    "handover.open_at": "아직 마감 전, 인쇄 {at}",
    "handover.col_no": "번호",
    "handover.col_order": "주문번호",
    "handover.col_tracking": "운송장번호",
    "handover.col_city": "도시",
    "handover.col_weight": "무게",
    "handover.col_box": "박스",
    "handover.col_handed": "인수인계",
    "handover.handed_yes": "완료",
    "handover.handed_no": "안 함(다음 목록)",
    "handover.handed_not_yet": "스캔 전",
    "handover.kg": "{kg} kg",
    "handover.total": (
        "인수인계 합계: 택배 {n}개, {kg} kg",
        "인수인계 합계: 택배 {n}개, {kg} kg",
    ),
    "handover.total_open": (
        "합계: 택배 {n}개, {kg} kg(스캔 {scanned}개)",
        "합계: 택배 {n}개, {kg} kg(스캔 {scanned}개)",
    ),
    "handover.left_on_list": (
        "인수인계하지 않은 택배({n}개, 다음 인수인계서에 남음): {orders}",
        "인수인계하지 않은 택배({n}개, 다음 인수인계서에 남음): {orders}",
    ),
    "handover.sign_driver": "기사",
    "handover.sign_signature": "서명",
    "handover.sign_time": "인수 시각",
    "handover.sign_closed_by": "마감한 작업자",
    "handover.cli_open_head": "{courier} 인수인계서(마감 전)",
    "handover.cli_closed_head": "{courier} 인수인계서 {code}, 마감 {at}, 기사 {driver}",
    "handover.cli_empty": "{courier}에 넘길 택배가 없습니다.",
    "handover.cli_lines": "{first}\n{then}",
    "handover.cli_none_closed": "마감한 인수인계서가 아직 없습니다.",
    "handover.cli_driver_with_close": "--driver와 --force는 --close와 함께 쓰세요.",
    "handover.cli_close_needs_driver": (
        "--close에는 --driver 이름이 필요합니다: 택배를 가져갈 기사님."
    ),
    "cli.column.stats.handed_over": "인수인계",
    "cli.column.handover.tracking": "운송장번호",
    "cli.column.handover.city": "도시",
    "cli.column.handover.weight": "무게",
    "cli.column.handover.box": "박스",
    "cli.column.handover.state": "인수인계",
    "cli.column.handover.driver": "기사",
    "cli.column.handover.handed": "인수인계",
    "cli.column.handover.left": "남음",
    "cli.help.handover": "택배사 기사님에게 넘기는 마감 인수인계서입니다.",
    "cli.help_more.handover": (
        "`handover COURIER`는 그 택배사의 마지막 마감 이후 출고한 택배를 보여 줍니다. "
        "--close --driver 이름으로 마감하며, 스캔하지 않은 택배가 있으면 --force 없이는 "
        "마감할 수 없습니다."
    ),
    "cli.help.handover.open": (
        "COURIER의 마감 전 인수인계서: 마지막 마감 이후 그 택배사로 출고한 모든 택배입니다."
    ),
    "cli.option.handover.open.out": "인수인계서를 이 PDF 파일로 저장합니다.",
    "cli.option.handover.open.close": "인수인계서를 마감합니다(--driver 필요).",
    "cli.option.handover.open.driver": "택배를 가져가는 기사님 이름입니다.",
    "cli.option.handover.open.force": (
        "스캔하지 않은 택배가 있어도 마감합니다. 그 택배는 다음 인수인계서에 남습니다."
    ),
    "cli.help.handover.show": (
        "마감한 인수인계서를 다시 봅니다(번호 또는 바코드 HO-<번호>). --out으로 다시 인쇄합니다."
    ),
    "cli.option.handover.show.out": "인수인계서를 이 PDF 파일로 저장합니다.",
    "cli.help.handover.list": "마감한 인수인계서 목록입니다(최근 순).",
    "cli.option.handover.list.courier": "이 택배사의 인수인계서만 보여 줍니다.",
}
