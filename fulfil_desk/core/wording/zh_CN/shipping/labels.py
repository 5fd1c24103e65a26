"""Chinese: label layouts (the English is en/labels.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "labels.no_sorting_code": "无分拣码：由物流商系统提供",
    "labels.file_unreadable": "无法读取面单版式 {file}：{why}。",
    "labels.file_not_json": "面单版式 {file} 不是 JSON（第 {line} 行，第 {column} 列）：{why}。",
    "labels.layout_problem": "已拒绝面单版式 {file}：{problem}。",
    "labels.field_problem": "已拒绝面单版式 {file}：第 {index} 个字段（{name}）：{problem}。",
    "labels.not_an_object": "版式须是含 name、title、width_mm、height_mm 和 fields 的 JSON 对象",
    "labels.field_not_an_object": "字段须是含 kind 和 box 的 JSON 对象",
    "labels.unknown_key": "“{key}”不是可用的设置（可用的有：{keys}）",
    "labels.missing_key": "缺少“{key}”",
    "labels.name_not_file": "名称“{name}”与文件名“{stem}”不同",
    "labels.bad_setting": "“{key}”须是{expected}",
    "labels.expect_words": '文字，或按语言给出的文字，如 {{"en": "To", "zh_CN": "收件人"}}',
    "labels.expect_positive": "大于 0 的毫米数",
    "labels.expect_true_false": "true 或 false",
    "labels.expect_fields": "字段列表（至少一个）",
    "labels.expect_text": "文字",
    "labels.expect_one_of": "{choices} 之一",
    "labels.expect_whole": "从 1 起的整数",
    "labels.expect_replace": '按文字给出的文字，如 {{"M": "03"}}',
    "labels.expect_at_least": "从 {least} 起的数",
    "labels.expect_box": "从左上角起以毫米计的 [x, y, 宽, 高]",
    "labels.kind_needs": "{kind} 字段需要“{key}”",
    "labels.caption_needs": "标题需要“text”或“message”",
    "labels.unknown_value": "“{value}”不是面单可显示的值（可显示的有：{values}）",
    "labels.unknown_message": "“{key}”：“{message}”不是本应用中有 {params} 个参数的消息",
    "labels.negative_size": "框的尺寸为负（{width} × {height} 毫米）",
    "labels.empty_box": "框没有面积（{width} × {height} 毫米）",
    "labels.outside_page": "框 [{box}] 超出了 {width} × {height} 毫米的页面",
    "labels.no_such_layout": "没有名为 {name} 的面单版式；现有的是：{names}。",
    "cli.help.layouts": "面单版式：内置的和店铺自己的。",
    "cli.option.label.layout": "用此版式打印（见 fulfil-desk layouts）；默认：各订单物流商的版式。",
    "cli.column.layout_title": "标题",
    "cli.column.layout_source": "来源",
    "cli.layouts.size_mm": "{width} × {height} 毫米",
    "cli.layouts.builtin": "内置",
    "cli.layouts.shop": "店铺",
    "cli.layouts.replaces": "店铺（代替内置版式）",
    "setting.label_layouts_map": "{key} 须是按物流商代码给出的版式名称，如 {example}。",
    "setting.layout_name": "{key} 须是面单版式的名称（见 fulfil-desk layouts）。",
    "cli.layouts.how_to_add": (
        "用 fulfil-desk layouts add FILE 添加店铺自己的版式：保存在店铺的数据库中，店铺的每台"
        "电脑都用它们打印（与内置版式同名时代替内置版式）。"
    ),
    "cli.layouts.in_database": "店铺的数据库（{at}，由 {by} 保存）",
    "cli.layouts.exported": "已将面单版式 {name} 写入 {file}。",
    "cli.help.layouts.add": "检查 FILE（NAME.json）中的版式后，将其添加为店铺自己的版式。",
    "cli.option.layouts.add.replace": "替换店铺中同名的版式。",
    "cli.help.layouts.remove": "删除店铺自己的一个版式（同名的内置版式将重新使用）。",
    "cli.help.layouts.export": "将版式（店铺的或内置的）导出到文件，编辑后可再添加。",
    "cli.option.layouts.export.out": "要写入的 JSON 文件。",
    "labels.bad_layout_name": (
        "面单版式的名称即其文件名：“{name}”不能作为名称（不能为空，也不能含 / 或 \\）。"
    ),
    "labels.layout_exists": (
        "店铺已有面单版式 {name}（{at}，由 {by} 保存）；要替换，请加 --replace 添加。"
    ),
    "labels.layout_added": "已将面单版式 {name} 添加到店铺的版式。",
    "labels.layout_added_over_builtin": "已将面单版式 {name} 添加到店铺的版式；它将代替内置版式。",
    "labels.layout_replaced": "已替换店铺的面单版式 {name}。",
    "labels.builtin_not_removable": "面单版式 {name} 是内置版式；只能删除店铺自己的版式。",
    "labels.layout_in_use": "设置 {settings} 选用了面单版式 {name}；请先在那里选择其他版式。",
    "labels.layout_removed": "已删除店铺的面单版式 {name}。",
    "labels.layout_removed_builtin_back": "已删除店铺的面单版式 {name}；将重新使用内置版式。",
    "labels.folder_moved": (
        "{folder} 中的面单版式现已保存在店铺的数据库中，供店铺的每台电脑使用：{names}。该文件"
        "夹现为 {moved}。"
    ),
    "labels.folder_moved_none": (
        "{folder} 中没有面单版式能添加到店铺的数据库；该文件夹现为 {moved}。"
    ),
    "labels.folder_file_refused": "{problem}未添加：请修正后用 fulfil-desk layouts add 添加。",
    "labels.folder_file_kept_out": (
        "未添加 {file}：店铺的数据库已有面单版式 {name}（{at}，由 {by} 保存），每台电脑都用它"
        "打印；要改用此文件，请用 fulfil-desk layouts add --replace 添加。"
    ),
    "labels.folder_not_renamed": "无法重命名文件夹 {folder}（{why}）；下次打开店铺时将再次读取。",
    "labels.folder_move_failed": (
        "暂时无法将 {folder} 中的面单版式添加到店铺的数据库（{why}）；下次打开店铺时再添加。"
    ),
}
