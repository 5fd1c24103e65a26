"""English: click's own words on the command line, exactly as click writes them.

Each template is click's gettext message id, to the letter: fulfil_desk/cli_gettext.py
compiles the translations of these entries into the .mo files click reads (its placeholders
are click's, filled by click). Never reword the English here: a template that is not click's
id translates nothing. tests/test_cli_languages.py lists click's ids and fails on a new one.
"""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Help pages
    "cli.click.usage": "Usage:",
    "cli.click.options": "Options",
    "cli.click.commands": "Commands",
    "cli.click.positional_arguments": "Positional arguments",
    "cli.click.default": "default: {default}",
    "cli.click.required": "required",
    "cli.click.version": "%(prog)s, version %(version)s",
    # Errors: "Error: <message>" after the usage line and the hint
    "cli.click.error": "Error: {message}",
    "cli.click.try_help": "Try '{command} {option}' for help.",
    "cli.click.aborted": "Aborted!",
    "cli.click.invalid_input": "Error: invalid input",
    "cli.click.missing_command": "Missing command.",
    "cli.click.no_such_command": "No such command {name!r}.",
    "cli.click.no_such_option": "No such option {name!r}.",
    "cli.click.did_you_mean": (
        "Did you mean {possibility}?",
        "(Did you mean one of: {possibilities}?)",
    ),
    "cli.click.extra_arguments": (
        "Got unexpected extra argument ({args})",
        "Got unexpected extra arguments ({args})",
    ),
    "cli.click.option_takes_no_value": "Option {name!r} does not take a value.",
    "cli.click.option_needs_value": (
        "Option {name!r} requires an argument.",
        "Option {name!r} requires {nargs} arguments.",
    ),
    # "Missing argument 'ORDER'." ; "Missing option '--kind'. Choose from: …"
    "cli.click.missing_argument": "Missing argument",
    "cli.click.missing_option": "Missing option",
    "cli.click.missing_parameter": "Missing parameter",
    "cli.click.choose_from": "Choose from:\n\t{choices}",
    "cli.click.invalid_value": "Invalid value: {message}",
    "cli.click.invalid_value_for": "Invalid value for {param_hint}: {message}",
    "cli.click.not_a_choice": ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    "cli.click.not_a_number": "{value!r} is not a valid {number_type}.",
    "cli.click.not_in_range": "{value} is not in the range {range}.",
    # {name} is click's English "File", "Directory" or "Path", fixed when the command is
    # defined, before any language is chosen: a translation may leave it out.
    "cli.click.path_missing": "{name} {filename!r} does not exist.",
    "cli.click.path_is_a_file": "{name} {filename!r} is a file.",
    "cli.click.path_is_a_folder": "{name} {filename!r} is a directory.",
    "cli.click.path_not_readable": "{name} {filename!r} is not readable.",
    "cli.click.path_not_writable": "{name} {filename!r} is not writable.",
}
