"""Korean: waybill number bands and the numbers given to labels (the English is
en/waybills.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "waybills.end_first": "첫 번호 {number}",
    "waybills.end_last": "마지막 번호 {number}",
    "waybills.bad_end": "운송장번호 대역을 등록할 수 없습니다. {end}이(가) 잘못되었습니다. {why}",
    "waybills.digits_only": (
        "운송장번호 대역을 등록할 수 없습니다. {end}은(는) 숫자로만 되어 있지 않습니다. "
        "{courier} 대역은 숫자 번호의 연속으로만 등록할 수 있습니다."
    ),
    "waybills.check_digit_unsupported": (
        "운송장번호 대역을 등록할 수 없습니다. fulfil-desk는 아직 {courier}의 검증번호를 "
        "첫 번호와 마지막 번호 사이의 번호에 만들 수 없습니다."
    ),
    "waybills.lengths_differ": (
        "운송장번호 대역을 등록할 수 없습니다. 첫 번호 {first}와(과) 마지막 번호 {last}의 "
        "자릿수가 다릅니다."
    ),
    "waybills.first_after_last": (
        "운송장번호 대역을 등록할 수 없습니다. 첫 번호 {first}이(가) 마지막 번호 {last}보다 "
        "뒤에 있습니다."
    ),
    "waybills.band_too_big": (
        "운송장번호 대역을 등록할 수 없습니다. 번호가 {n}개로 {most}개보다 많습니다. "
        "나누어 등록하세요."
    ),
    "waybills.band_overlaps": (
        "대역 {first}~{last}을(를) 등록할 수 없습니다. 이미 등록된 {courier} 대역 "
        "{other_first}~{other_last}과(와) 겹칩니다."
    ),
    "waybills.band_added": (
        "{courier} 대역 {first}~{last}을(를) 등록했습니다. 운송장번호 {n}개, 검증번호를 "
        "확인했습니다.",
        "{courier} 대역 {first}~{last}을(를) 등록했습니다. 운송장번호 {n}개, 모두 검증번호를 "
        "확인했습니다.",
    ),
    "waybills.band_added_unverified": (
        "{courier} 대역 {first}~{last}을(를) 등록했습니다. 운송장번호 {n}개. {courier}은(는) "
        "검증번호 규칙을 공개하지 않아 번호를 받은 그대로 사용하며 검증번호는 확인하지 "
        "않았습니다.",
        "{courier} 대역 {first}~{last}을(를) 등록했습니다. 운송장번호 {n}개. {courier}은(는) "
        "검증번호 규칙을 공개하지 않아 번호를 받은 그대로 사용하며 검증번호는 확인하지 "
        "않았습니다.",
    ),
    "waybills.courier_left": "{courier} {size}개 중 {left}개",
    "waybills.running_low": "남은 운송장번호가 적습니다(10 % 미만): {couriers}.",
    "waybills.none_left": (
        "등록된 대역에 남은 {courier} 운송장번호가 없습니다. 운송장번호 단계에서 택배사 "
        "운송장을 스캔하고 새 대역을 등록하세요."
    ),
    "waybills.scan_the_box": "박스의 운송장을 스캔하세요. 운송장번호는 {number}이어야 합니다.",
    "waybills.box_carries_other": (
        "이 박스에는 운송장번호 {expected}이(가) 붙어 있어야 하는데 {scanned}을(를) "
        "스캔했습니다. 이 주문에 출력한 운송장을 스캔하세요."
    ),
    "waybills.number_of_other_courier": (
        "운송장번호 {number}은(는) {courier}의 번호입니다. 이 주문을 출고하려면 "
        "COURIER:{code}을(를) 선택하세요."
    ),
    "waybills.number_voided": "운송장번호 {number}을(를) 폐기했습니다.",
    "waybills.number_replaced": (
        "운송장번호 {old}을(를) 폐기했습니다. 새 송장에는 {new}이(가) 인쇄됩니다. 박스에 붙이세요."
    ),
    "waybills.say_why_void": "운송장번호를 폐기하는 이유를 입력하세요(--reason).",
    "waybills.not_given": "운송장번호 {number}은(는) 어떤 송장에도 부여되지 않았습니다.",
    "waybills.number_ambiguous": (
        "운송장번호 {number}은(는) 여러 택배사({couriers})에서 부여되어 여기서 폐기할 수 없습니다."
    ),
    "waybills.already_void": "운송장번호 {number}은(는) 이미 폐기되었습니다.",
    "waybills.void_shipped": (
        "운송장번호 {number}은(는) 폐기할 수 없습니다. 주문 {order}이(가) 이 번호로 출고되었습니다."
    ),
    "waybills.voided": (
        "주문 {order}의 운송장번호 {number}을(를) 폐기했습니다. 다시 부여되지 않으며 이 "
        "주문의 다음 송장에는 새 번호가 부여됩니다."
    ),
    "waybills.list_none": "등록된 운송장번호 대역이 없습니다.",
    "waybills.column_courier": "택배사",
    "waybills.column_from": "첫 번호",
    "waybills.column_to": "마지막 번호",
    "waybills.column_used": "사용",
    "waybills.column_void": "폐기",
    "waybills.column_left": "남음",
    "cli.help.waybills": "택배사에서 받은 운송장번호 대역과 부여한 번호를 관리합니다.",
    "cli.help.waybills.add": (
        "택배사 COURIER에서 받은 운송장번호 대역을 첫 번호부터 마지막 번호까지(검증번호 포함) "
        "등록합니다."
    ),
    "cli.option.waybills.add.from": "대역의 첫 운송장번호입니다.",
    "cli.option.waybills.add.to": "대역의 마지막 운송장번호입니다.",
    "cli.help.waybills.list": "등록된 대역과 사용, 폐기, 남은 번호 수를 보여 줍니다.",
    "cli.option.waybills.list.courier": "이 택배사의 대역만 보여 줍니다.",
    "cli.help.waybills.void": (
        "손상된 송장의 운송장번호 NUMBER를 폐기로 기록합니다. 다시 부여되지 않습니다."
    ),
    "cli.option.waybills.void.reason": "번호를 폐기하는 이유입니다(송장 손상 등).",
}
