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
    # The shop's own layouts, kept in its database.
    "labels.bad_layout_name": (
        "A label layout's name is its file's name: \"{name}\" cannot be one (it must not be "
        "empty nor hold / or \\)."
    ),
    "labels.layout_exists": (
        "The shop already has a label layout {name} (saved {at} by {by}); add it with "
        "--replace to replace it."
    ),
    "labels.layout_added": "Label layout {name} added to the shop's layouts.",
    "labels.layout_added_over_builtin": (
        "Label layout {name} added to the shop's layouts; it is used instead of the built-in one."
    ),
    "labels.layout_replaced": "The shop's label layout {name} replaced.",
    "labels.builtin_not_removable": (
        "The label layout {name} is a built-in one; only the shop's own can be removed."
    ),
    "labels.layout_in_use": (
        "The label layout {name} is chosen by the setting {settings}; choose another layout "
        "there first."
    ),
    "labels.layout_removed": "The shop's label layout {name} removed.",
    "labels.layout_removed_builtin_back": (
        "The shop's label layout {name} removed; the built-in one is used again."
    ),
    # Opening a shop whose own layouts were files in the folder beside its database.
    "labels.folder_moved": (
        "The label layouts of {folder} are now kept in the shop's database, for every PC of "
        "the shop: {names}. The folder is now {moved}."
    ),
    "labels.folder_moved_none": (
        "No label layout of {folder} could be added to the shop's database; the folder is "
        "now {moved}."
    ),
    "labels.folder_file_refused": (
        "{problem} It was not added: mend it and add it with fulfil-desk layouts add."
    ),
    "labels.folder_file_kept_out": (
        "{file} was not added: the shop's database already has a label layout {name} (saved "
        "{at} by {by}), which every PC prints with; add the file with fulfil-desk layouts add "
        "--replace to use it instead."
    ),
    "labels.folder_not_renamed": (
        "The folder {folder} could not be renamed ({why}); it is read again when the shop "
        "opens next."
    ),
    "labels.folder_move_failed": (
        "The label layouts of {folder} could not be added to the shop's database yet ({why}); "
        "they are when the shop opens next."
    ),
    # The command line.
    "cli.help.layouts": "The label layouts: the built-in ones and the shop's own.",
    "cli.option.label.layout": (
        "Print with this layout (see fulfil-desk layouts); default: each order's courier's."
    ),
    "cli.column.layout_title": "title",
    "cli.column.layout_source": "from",
    "cli.layouts.size_mm": "{width} × {height} mm",
    "cli.layouts.how_to_add": (
        "Add the shop's own with fulfil-desk layouts add FILE: kept in the shop's database, "
        "every PC of the shop prints with them (one of a built-in one's name is used instead "
        "of it)."
    ),
    "cli.layouts.in_database": "in the shop's database (saved {at} by {by})",
    "cli.layouts.exported": "Label layout {name} written to {file}.",
    "cli.help.layouts.add": (
        "Add the layout in FILE (NAME.json) to the shop's own, after checking it."
    ),
    "cli.option.layouts.add.replace": "Replace the shop's layout of that name.",
    "cli.help.layouts.remove": (
        "Remove one of the shop's own layouts (a built-in one of its name is used again)."
    ),
    "cli.help.layouts.export": (
        "Write a layout (the shop's or a built-in one) to a file, to edit it and add it back."
    ),
    "cli.option.layouts.export.out": "The JSON file to write.",
    "cli.layouts.builtin": "built-in",
    "cli.layouts.shop": "the shop's",
    "cli.layouts.replaces": "the shop's, instead of the built-in one",
    "setting.label_layouts_map": (
        "{key} must be a map of courier codes to layout names, such as {example}."
    ),
    "setting.layout_name": "{key} must be the name of a label layout (see fulfil-desk layouts).",
}
