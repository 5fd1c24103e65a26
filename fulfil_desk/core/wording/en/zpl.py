"""English: ZPL labels for thermal printers, the raw print queues they go to, and the
options of `label` that make them."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # ---- the setting zpl_printers ----------------------------------------------------------
    "zpl.printers_map": (
        "{key} maps a print queue to its printer's dots per inch, 203 or 300, "
        "for example {example}."
    ),
    # ---- sending ZPL to a raw queue --------------------------------------------------------
    "zpl.no_printer": "No printer is set up; save the label with --out FILE.zpl instead.",
    "zpl.no_such_printer": 'There is no printer called "{name}"; the printers here are: {names}.',
    "zpl.no_printers_here": 'There is no printer called "{name}": no printer is set up here.',
    "zpl.printer_stopped": (
        'The printer "{name}" is stopped; check it for paper and errors, resume it, and '
        "print again."
    ),
    "zpl.no_lp": (
        "CUPS's lp command is not installed, so ZPL cannot be sent to a printer; save the "
        "label with --out FILE.zpl instead."
    ),
    "zpl.cups_silent": (
        "The printing system (CUPS) did not answer within {seconds} s; check that it runs, "
        "and print again."
    ),
    "zpl.print_refused": 'The printer "{name}" did not take the ZPL: {said}',
    # ---- the command line ------------------------------------------------------------------
    "zpl.dpi_without_zpl": (
        "--dpi is the thermal printer's resolution for ZPL: give --format zpl with it."
    ),
    "cli.option.label.format": (
        "pdf (the default) or zpl, for a thermal printer; --print to a queue set in "
        "zpl_printers sends ZPL by itself."
    ),
    "cli.option.label.dpi": (
        "The thermal printer's dots per inch for ZPL: 203 (the default) or 300."
    ),
}
