"""Korean: what the calendar domain says (non-shipping days, ship-by deadlines, capacity)
(the English is en_calendar.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Why a day is not a shipping day (a holiday's or vacation's name is the shop's data)
    "calendar.closed_day": "{name}",
    "calendar.no_pickup_day": "{courier}: {name}",
    "calendar.not_a_shipping_weekday": "{weekday}(출고 요일 아님)",
    # Term("weekday", …): Monday = 0
    "weekday.monday": "월요일",
    "weekday.tuesday": "화요일",
    "weekday.wednesday": "수요일",
    "weekday.thursday": "목요일",
    "weekday.friday": "금요일",
    "weekday.saturday": "토요일",
    "weekday.sunday": "일요일",
    # A deadline a calendar change moved
    "calendar.deadline_moved": "{marketplace} {order}: {old} → {new}",
    "calendar.deadline_set": "{marketplace} {order}: 없음 → {new}",
    # What a change did ({done} is a sentence without its period)
    "calendar.deadlines_moved": "{done}. 출고예정일 {n}건이 바뀌었습니다.",
    "calendar.non_shipping_now": "{day}은(는) 이제 휴무일입니다",
    "calendar.no_pickup_now": "{day}은(는) 이제 {courier} 집하 휴무일입니다",
    "calendar.shipping_again": "{day}은(는) 다시 출고일입니다",
    "calendar.pickup_again": "{day}은(는) 다시 {courier} 출고일입니다",
    "calendar.holidays_loaded": "{country} {year}년: 공휴일 {n}일 추가",
    "calendar.holidays_and_workdays_loaded": (
        "{country} {year}년: 공휴일 {n}일, 대체 근무일(중국 조정 근무일) {workdays}일 추가"
    ),
    # Why a deadline moved, as the audit trail records it (always in English)
    "calendar.because_marked": "{day} 휴무일 지정",
    "calendar.because_opened": "{day} 다시 출고일로 변경",
    "calendar.because_loaded": "{country} {year}년 공휴일 불러옴",
    "calendar.because_setting": "설정 {key} 변경",
    # Warnings
    "calendar.marked_on_the_day": (
        "판매처는 휴무일을 최소 하루 전에 지정하도록 요구합니다. {day}은(는) 오늘이므로, "
        "이미 판매된 주문은 여전히 그날 출고해야 하는 것으로 계산될 수 있습니다."
    ),
    "calendar.marked_the_day_before": (
        "판매처는 휴무일을 최소 하루 전에 지정하도록 요구합니다. {day}은(는) 내일이므로, "
        "이미 판매된 주문은 여전히 그날 출고해야 하는 것으로 계산될 수 있습니다."
    ),
    "calendar.makeup_workdays_unknown": (
        "fulfil-desk는 아직 {country}의 {year}년 대체 근무일(중국 조정 근무일)을 모릅니다. "
        "그해 주말 근무일은 출고일로 계산하지 않습니다."
    ),
    # Refusals
    "calendar.not_a_date": (
        "'{text}'은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요 (예: 2026-09-24)."
    ),
    "calendar.not_a_moment": (
        "{given}은(는) 날짜와 시간이 아닙니다. ISO 8601 형식으로 쓰세요 "
        "(예: 2026-02-13T15:30:00+09:00)."
    ),
    "calendar.no_shipping_day_in_three_years": (
        "{day} 이후 3년 동안 출고일이 없습니다. 출고 요일과 휴무일을 확인하세요."
    ),
    "calendar.range_ends_before_it_starts": "기간의 끝({last})이 시작({first})보다 앞섭니다.",
    "calendar.lead_days_not_a_number": "{given}은(는) 일수가 아닙니다.",
    "calendar.lead_days_out_of_range": (
        "출고 소요일 {days}일은 설정할 수 없습니다. 0~30일로 입력하세요."
    ),
    "calendar.capacity_days_out_of_range": (
        "출고 가능량은 1~60일 범위로 볼 수 있습니다 (입력값: {given})."
    ),
    "calendar.day_needs_a_name": "휴무일 이름을 입력하세요 (예: 여름휴가).",
    "calendar.name_too_long": "이름은 {most}자 이내로 쓰세요.",
    "calendar.day_in_the_past": "{day}은(는) 지난 날짜입니다. 오늘이나 그 이후 날짜를 지정하세요.",
    "calendar.already_non_shipping": "{day}은(는) 이미 휴무일입니다 ({names}).",
    "calendar.already_no_pickup": "{day}은(는) 이미 {courier} 집하 휴무일입니다 ({name}).",
    "calendar.not_marked": "{day}은(는) 휴무일로 지정되어 있지 않습니다.",
    "calendar.not_marked_for": "{day}은(는) {courier} 집하 휴무일로 지정되어 있지 않습니다.",
    "calendar.not_marked_but_no_pickup": (
        "{day}은(는) 휴무일로 지정되어 있지 않습니다. {couriers} 집하 휴무일입니다."
    ),
    "calendar.not_marked_for_but_no_pickup": (
        "{day}은(는) {courier} 집하 휴무일로 지정되어 있지 않습니다. {couriers} 집하 휴무일입니다."
    ),
    "calendar.unknown_country": "'{country}'은(는) 공휴일 달력에 있는 국가 코드가 아닙니다.",
    "calendar.year_out_of_range": "{given}은(는) 1950~2100 사이의 연도가 아닙니다.",
}
