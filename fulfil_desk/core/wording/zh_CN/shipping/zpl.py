"""Chinese: ZPL labels for thermal printers (the English is en/zpl.py; domain shipping.zpl)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "zpl.printers_map": (
        "请在 {key} 中为每个打印队列填写打印机分辨率（dpi）203 或 300，例如 {example}。"
    ),
    "zpl.no_printer": "尚未设置打印机；请用 --out FILE.zpl 保存面单。",
    "zpl.no_such_printer": "没有名为“{name}”的打印机；本机的打印机有：{names}。",
    "zpl.no_printers_here": "没有名为“{name}”的打印机：本机尚未设置任何打印机。",
    "zpl.printer_stopped": "打印机“{name}”已停止；请检查纸张和错误，恢复后再打印。",
    "zpl.no_lp": "未安装 CUPS 的 lp 命令，无法把 ZPL 发送到打印机；请用 --out FILE.zpl 保存面单。",
    "zpl.cups_silent": "打印系统（CUPS）在 {seconds} 秒内没有响应；请确认它在运行，然后再打印。",
    "zpl.print_refused": "打印机“{name}”未接收 ZPL：{said}",
    "zpl.dpi_without_zpl": "--dpi 是 ZPL 热敏打印机的分辨率：请同时指定 --format zpl。",
    "cli.option.label.format": (
        "pdf（默认）或热敏打印机用的 zpl；用 --print 打印到 zpl_printers 中设置的队列时"
        "会自动发送 ZPL。"
    ),
    "cli.option.label.dpi": "ZPL 热敏打印机的分辨率（dpi）：203（默认）或 300。",
}
