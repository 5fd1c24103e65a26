"""Simplified Chinese: click's own words on the command line (the English is en_cli_click.py,
click's message ids)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Help pages
    "cli.click.usage": "用法：",
    "cli.click.options": "选项",
    "cli.click.commands": "命令",
    "cli.click.positional_arguments": "参数",
    "cli.click.default": "默认：{default}",
    "cli.click.required": "必填",
    "cli.click.version": "%(prog)s，版本 %(version)s",
    # Errors: "错误：<message>" after the usage line and the hint
    "cli.click.error": "错误：{message}",
    "cli.click.try_help": "运行 '{command} {option}' 查看帮助。",
    "cli.click.aborted": "已取消。",
    "cli.click.invalid_input": "错误：输入无效。",
    "cli.click.missing_command": "请指定命令。",
    "cli.click.no_such_command": "没有命令 {name!r}。",
    "cli.click.no_such_option": "没有选项 {name!r}。",
    "cli.click.did_you_mean": (
        "您是否要输入 {possibility}？",
        "（您是否要输入以下之一：{possibilities}？）",
    ),
    "cli.click.extra_arguments": "多余的参数：{args}",
    "cli.click.option_takes_no_value": "选项 {name!r} 不接受值。",
    "cli.click.option_needs_value": (
        "请为选项 {name!r} 输入一个值。",
        "请为选项 {name!r} 输入 {nargs} 个值。",
    ),
    # "缺少参数 'ORDER'." ; "缺少选项 '--kind'. 请从以下选择：…"
    "cli.click.missing_argument": "缺少参数",
    "cli.click.missing_option": "缺少选项",
    "cli.click.missing_parameter": "缺少值",
    "cli.click.choose_from": "请从以下选择：\n\t{choices}",
    "cli.click.invalid_value": "值无效：{message}",
    "cli.click.invalid_value_for": "{param_hint} 的值无效：{message}",
    "cli.click.not_a_choice": ("{value!r} 不是 {choice}。", "{value!r} 不是 {choices} 之一。"),
    "cli.click.not_a_number": "{value!r} 不是有效的数字（{number_type}）。",
    "cli.click.not_in_range": "{value} 不在 {range} 范围内。",
    # click's {name} is English ("File"), fixed before a language is chosen: left out here.
    "cli.click.path_missing": "{filename!r} 不存在。",
    "cli.click.path_is_a_file": "{filename!r} 是文件，请指定文件夹。",
    "cli.click.path_is_a_folder": "{filename!r} 是文件夹，请指定文件。",
    "cli.click.path_not_readable": "无法读取 {filename!r}。",
    "cli.click.path_not_writable": "无法写入 {filename!r}。",
}
