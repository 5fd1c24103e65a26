"""Korean: what the packers domain says (packers, badges, the statistics' range) (the English
is en_packers.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "packers.bad_name": (
        "작업자 이름은 ':' 없이 출력 가능한 문자 1~{most}자로 정하세요 (예: 김민수)."
    ),
    "packers.saved": "작업자 {name}: 배지 {badge}.",
    "packers.badge_not_printable": (
        "배지 '{badge}'은(는) 바코드로 출력할 수 없습니다. 영문자, 숫자, '-', '.', '/', '_'로 "
        "3~30자를 쓰세요 (예: BADGE-0001)."
    ),
    "packers.badge_is_command": "배지 {badge}은(는) 작업대 명령입니다. 다른 코드를 고르세요.",
    "packers.badge_taken": "배지 {badge}은(는) 이미 {name}에게 등록되어 있습니다.",
    "packers.badge_is_product": (
        "배지 {badge}은(는) 상품 {sku}의 바코드입니다. 다른 코드를 고르세요."
    ),
    "packers.no_such_packer": "작업자 '{name}'이(가) 없습니다.",
    "packers.removed": "작업자 {name}을(를) 삭제했습니다.",
    "packers.at_station": "작업대 {station}: 작업자 {name}.",
    "packers.range_backwards": "기간의 시작일({start})이 종료일({end})보다 늦습니다.",
    "packers.range_too_long": (
        "{start}~{end}은(는) {most}일을 넘습니다. 최대 1년까지만 조회하세요."
    ),
    "actor.unbadged": "작업자(배지 없음)",
}
