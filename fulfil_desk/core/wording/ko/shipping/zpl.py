"""Korean: ZPL labels for thermal printers (the English is en/zpl.py; domain shipping.zpl)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "zpl.printers_map": (
        "{key}에는 프린터 대기열마다 프린터의 해상도(dpi) 203 또는 300을 적으세요. 예: {example}"
    ),
    "zpl.no_printer": "설정된 프린터가 없습니다. --out FILE.zpl로 송장을 저장하세요.",
    "zpl.no_such_printer": '"{name}" 프린터가 없습니다. 이 컴퓨터의 프린터: {names}.',
    "zpl.no_printers_here": '"{name}" 프린터가 없습니다. 이 컴퓨터에는 설정된 프린터가 없습니다.',
    "zpl.printer_stopped": (
        '"{name}" 프린터가 멈춰 있습니다. 용지와 오류를 확인하고 다시 시작한 뒤 다시 출력하세요.'
    ),
    "zpl.no_lp": (
        "CUPS의 lp 명령이 설치되어 있지 않아 ZPL을 프린터로 보낼 수 없습니다. "
        "--out FILE.zpl로 송장을 저장하세요."
    ),
    "zpl.cups_silent": (
        "인쇄 시스템(CUPS)이 {seconds}초 안에 응답하지 않았습니다. 실행 중인지 확인하고 다시 "
        "출력하세요."
    ),
    "zpl.print_refused": '"{name}" 프린터가 ZPL을 받지 않았습니다: {said}',
    "zpl.dpi_without_zpl": (
        "--dpi는 ZPL용 감열 프린터 해상도입니다. --format zpl과 함께 입력하세요."
    ),
    "cli.option.label.format": (
        "pdf(기본값) 또는 감열 프린터용 zpl. zpl_printers에 설정된 대기열로 --print하면 "
        "자동으로 ZPL을 보냅니다."
    ),
    "cli.option.label.dpi": "ZPL용 감열 프린터 해상도(dpi): 203(기본값) 또는 300.",
}
