"""Korean: click's own words on the command line (the English is en_cli_click.py, click's
message ids)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Help pages
    "cli.click.usage": "사용법:",
    "cli.click.options": "옵션",
    "cli.click.commands": "명령",
    "cli.click.positional_arguments": "인수",
    "cli.click.default": "기본값: {default}",
    "cli.click.required": "필수",
    "cli.click.version": "%(prog)s 버전 %(version)s",
    # Errors: "오류: <message>" after the usage line and the hint
    "cli.click.error": "오류: {message}",
    "cli.click.try_help": "도움말은 '{command} {option}'을(를) 실행하세요.",
    "cli.click.aborted": "취소했습니다.",
    "cli.click.invalid_input": "오류: 입력이 올바르지 않습니다.",
    "cli.click.missing_command": "명령을 입력하세요.",
    "cli.click.no_such_command": "{name!r} 명령이 없습니다.",
    "cli.click.no_such_option": "{name!r} 옵션이 없습니다.",
    "cli.click.did_you_mean": (
        "{possibility}을(를) 입력하려고 하셨나요?",
        "(다음 중 하나를 입력하려고 하셨나요? {possibilities})",
    ),
    "cli.click.extra_arguments": "필요 없는 인수가 있습니다: {args}",
    "cli.click.option_takes_no_value": "{name!r} 옵션에는 값을 쓰지 않습니다.",
    "cli.click.option_needs_value": (
        "{name!r} 옵션에 값을 입력하세요.",
        "{name!r} 옵션에 값 {nargs}개를 입력하세요.",
    ),
    # "필수 인수가 없습니다: 'ORDER'." ; "필수 옵션이 없습니다: '--kind'. 다음 중에서 …"
    "cli.click.missing_argument": "필수 인수가 없습니다:",
    "cli.click.missing_option": "필수 옵션이 없습니다:",
    "cli.click.missing_parameter": "필수 값이 없습니다:",
    "cli.click.choose_from": "다음 중에서 고르세요:\n\t{choices}",
    "cli.click.invalid_value": "값이 올바르지 않습니다: {message}",
    "cli.click.invalid_value_for": "{param_hint}의 값이 올바르지 않습니다: {message}",
    "cli.click.not_a_choice": (
        "{value!r}은(는) {choice}이(가) 아닙니다.",
        "{value!r}은(는) {choices} 중 하나가 아닙니다.",
    ),
    "cli.click.not_a_number": "{value!r}은(는) 올바른 숫자({number_type})가 아닙니다.",
    "cli.click.not_in_range": "{value}은(는) {range} 범위를 벗어났습니다.",
    # click's {name} is English ("File"), fixed before a language is chosen: left out here.
    "cli.click.path_missing": "{filename!r}이(가) 없습니다.",
    "cli.click.path_is_a_file": "{filename!r}은(는) 파일입니다. 폴더를 지정하세요.",
    "cli.click.path_is_a_folder": "{filename!r}은(는) 폴더입니다. 파일을 지정하세요.",
    "cli.click.path_not_readable": "{filename!r}을(를) 읽을 수 없습니다.",
    "cli.click.path_not_writable": "{filename!r}에 쓸 수 없습니다.",
}
