"""English: label layouts (core/labels), their files' refusals and the commands' words."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Printed on a label.
    "labels.no_sorting_code": "No sorting code: the courier's system gives it",
    # A layout file refused: one sentence naming the file, the field and what is wrong.
    "labels.file_unreadable": "The label layout {file} cannot be read: {why}.",
    "labels.file_not_json": (
        "The label layout {file} is not JSON (line {line}, column {column}): {why}."
    ),
    "labels.layout_problem": "The label layout {file} is refused: {problem}.",
    "labels.field_problem": (
        "The label layout {file} is refused: field {index} ({name}): {problem}."
    ),
    "labels.not_an_object": (
        "a layout is a JSON object with name, title, width_mm, height_mm and fields"
    ),
    "labels.field_not_an_object": "a field is a JSON object with kind and box",
    "labels.unknown_key": '"{key}" is not a setting it can have (they are: {keys})',
    "labels.missing_key": '"{key}" is missing',
    "labels.name_not_file": 'its name "{name}" is not its file\'s name "{stem}"',
    "labels.bad_setting": '"{key}" must be {expected}',
    "labels.expect_words": 'a text, or texts by language such as {{"en": "To", "ko": "받는분"}}',
    "labels.expect_positive": "a number of millimetres above 0",
    "labels.expect_true_false": "true or false",
    "labels.expect_fields": "a list of fields, at least one",
    "labels.expect_text": "a text",
    "labels.expect_one_of": "one of {choices}",
    "labels.expect_whole": "a whole number from 1",
    "labels.expect_replace": 'texts by text such as {{"M": "03"}}',
    "labels.expect_at_least": "a number from {least}",
    "labels.expect_box": "[x, y, width, height] in millimetres from the top-left corner",
    "labels.kind_needs": 'a {kind} field needs "{key}"',
    "labels.caption_needs": 'a caption needs "text" or "message"',
    "labels.unknown_value": '"{value}" is not a value a label can show (they are: {values})',
    "labels.unknown_message": (
        '"{key}": "{message}" is not a message of the app with {params} parameters'
    ),
    "labels.negative_size": "its box has a negative size ({width} × {height} mm)",
    "labels.empty_box": "its box has no area ({width} × {height} mm)",
    "labels.outside_page": "its box [{box}] reaches past the {width} × {height} mm page",
    "labels.no_such_layout": "There is no label layout {name}; there are: {names}.",
    # The command line.
    "cli.help.layouts": "The label layouts: the built-in ones and the shop's own.",
    "cli.option.label.layout": (
        "Print with this layout (see fulfil-desk layouts); default: each order's courier's."
    ),
    "cli.column.layout_title": "title",
    "cli.column.layout_source": "from",
    "cli.layouts.size_mm": "{width} × {height} mm",
    "cli.layouts.shop_folder": (
        "The shop's own layouts go in {folder} (a file there wins over the built-in one of the "
        "same name)."
    ),
    "cli.layouts.builtin": "built-in",
    "cli.layouts.shop": "the shop's",
    "cli.layouts.replaces": "the shop's, instead of the built-in one",
    "setting.label_layouts_map": (
        "{key} must be a map of courier codes to layout names, such as {example}."
    ),
    "setting.layout_name": "{key} must be the name of a label layout (see fulfil-desk layouts).",
}
