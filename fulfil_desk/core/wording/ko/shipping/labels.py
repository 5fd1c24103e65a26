"""Korean: label layouts (the English is en/labels.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "labels.no_sorting_code": "분류코드 없음: 택배사 시스템에서 받습니다",
    "labels.file_unreadable": "라벨 레이아웃 {file} 파일을 읽을 수 없습니다: {why}.",
    "labels.file_not_json": (
        "라벨 레이아웃 {file} 파일이 JSON이 아닙니다({line}행 {column}열): {why}."
    ),
    "labels.layout_problem": "라벨 레이아웃 {file} 파일을 받을 수 없습니다: {problem}.",
    "labels.field_problem": (
        "라벨 레이아웃 {file} 파일을 받을 수 없습니다: {index}번 필드({name}): {problem}."
    ),
    "labels.not_an_object": (
        "레이아웃은 name, title, width_mm, height_mm, fields가 있는 JSON 객체여야 합니다"
    ),
    "labels.field_not_an_object": "필드는 kind와 box가 있는 JSON 객체여야 합니다",
    "labels.unknown_key": '"{key}"은(는) 쓸 수 있는 항목이 아닙니다(쓸 수 있는 항목: {keys})',
    "labels.missing_key": '"{key}"이(가) 없습니다',
    "labels.name_not_file": '이름 "{name}"이(가) 파일 이름 "{stem}"과(와) 다릅니다',
    "labels.bad_setting": '"{key}"은(는) {expected}이어야 합니다',
    "labels.expect_words": '텍스트 또는 {{"en": "To", "ko": "받는분"}}처럼 언어별 텍스트',
    "labels.expect_positive": "0보다 큰 밀리미터 수",
    "labels.expect_true_false": "true 또는 false",
    "labels.expect_fields": "필드 목록(하나 이상)",
    "labels.expect_text": "텍스트",
    "labels.expect_one_of": "{choices} 중 하나",
    "labels.expect_whole": "1 이상의 정수",
    "labels.expect_replace": '{{"M": "03"}}처럼 텍스트별 텍스트',
    "labels.expect_at_least": "{least} 이상의 수",
    "labels.expect_box": "왼쪽 위 모서리부터 밀리미터로 잰 [x, y, 너비, 높이]",
    "labels.kind_needs": '{kind} 필드에는 "{key}"이(가) 필요합니다',
    "labels.caption_needs": '캡션에는 "text" 또는 "message"가 필요합니다',
    "labels.unknown_value": (
        '"{value}"은(는) 라벨에 표시할 수 있는 값이 아닙니다(표시할 수 있는 값: {values})'
    ),
    "labels.unknown_message": (
        '"{key}": "{message}"은(는) 매개변수가 {params}개인 앱의 메시지가 아닙니다'
    ),
    "labels.negative_size": "상자 크기가 음수입니다({width} × {height}mm)",
    "labels.empty_box": "상자 넓이가 없습니다({width} × {height}mm)",
    "labels.outside_page": "상자 [{box}]가 {width} × {height}mm 페이지 밖으로 나갑니다",
    "labels.no_such_layout": "라벨 레이아웃 {name}이(가) 없습니다. 있는 레이아웃: {names}.",
    "cli.help.layouts": "라벨 레이아웃: 기본 제공 레이아웃과 상점의 레이아웃을 보여 줍니다.",
    "cli.option.label.layout": (
        "이 레이아웃으로 인쇄합니다(fulfil-desk layouts 참고). 기본값: 각 주문의 택배사 레이아웃."
    ),
    "cli.column.layout_title": "제목",
    "cli.column.layout_source": "출처",
    "cli.layouts.size_mm": "{width} × {height}mm",
    "cli.layouts.builtin": "기본 제공",
    "cli.layouts.shop": "상점",
    "cli.layouts.replaces": "상점(기본 제공 레이아웃 대신)",
    "setting.label_layouts_map": "{key}: {example}처럼 택배사 코드별 레이아웃 이름으로 입력하세요.",
    "setting.layout_name": "{key}: 라벨 레이아웃 이름으로 입력하세요(fulfil-desk layouts 참고).",
    "cli.layouts.how_to_add": (
        "상점의 레이아웃은 fulfil-desk layouts add FILE로 추가하세요. 상점 데이터베이스에 "
        "저장되어 상점의 모든 컴퓨터가 그 레이아웃으로 인쇄합니다(기본 제공 레이아웃과 "
        "이름이 같으면 그 대신 쓰입니다)."
    ),
    "cli.layouts.in_database": "상점 데이터베이스({at}, {by} 저장)",
    "cli.layouts.exported": "라벨 레이아웃 {name}을(를) {file}에 저장했습니다.",
    "cli.help.layouts.add": (
        "FILE(NAME.json)의 레이아웃을 검사한 뒤 상점의 레이아웃으로 추가합니다."
    ),
    "cli.option.layouts.add.replace": "이름이 같은 상점의 레이아웃을 바꿉니다.",
    "cli.help.layouts.remove": (
        "상점의 레이아웃을 하나 삭제합니다(이름이 같은 기본 제공 레이아웃이 다시 쓰입니다)."
    ),
    "cli.help.layouts.export": (
        "레이아웃(상점 또는 기본 제공)을 파일로 내보냅니다. 고친 뒤 다시 추가할 수 있습니다."
    ),
    "cli.option.layouts.export.out": "저장할 JSON 파일.",
    "labels.bad_layout_name": (
        '라벨 레이아웃의 이름은 파일 이름입니다. "{name}"은(는) 이름이 될 수 없습니다(비어 '
        "있거나 / 또는 \\가 들어 있으면 안 됩니다)."
    ),
    "labels.layout_exists": (
        "상점에 이미 라벨 레이아웃 {name}이(가) 있습니다({at}, {by} 저장). 바꾸려면 "
        "--replace를 붙여 추가하세요."
    ),
    "labels.layout_added": "라벨 레이아웃 {name}을(를) 상점의 레이아웃에 추가했습니다.",
    "labels.layout_added_over_builtin": (
        "라벨 레이아웃 {name}을(를) 상점의 레이아웃에 추가했습니다. 기본 제공 레이아웃 대신 "
        "쓰입니다."
    ),
    "labels.layout_replaced": "상점의 라벨 레이아웃 {name}을(를) 바꿨습니다.",
    "labels.builtin_not_removable": (
        "라벨 레이아웃 {name}은(는) 기본 제공 레이아웃입니다. 상점의 레이아웃만 삭제할 수 있습니다."
    ),
    "labels.layout_in_use": (
        "라벨 레이아웃 {name}은(는) 설정 {settings}에서 쓰고 있습니다. 먼저 그 설정에서 다른 "
        "레이아웃을 고르세요."
    ),
    "labels.layout_removed": "상점의 라벨 레이아웃 {name}을(를) 삭제했습니다.",
    "labels.layout_removed_builtin_back": (
        "상점의 라벨 레이아웃 {name}을(를) 삭제했습니다. 기본 제공 레이아웃이 다시 쓰입니다."
    ),
    "labels.folder_moved": (
        "{folder}의 라벨 레이아웃은 이제 상점 데이터베이스에 저장되어 상점의 모든 컴퓨터가 "
        "씁니다: {names}. 폴더 이름은 {moved}(으)로 바뀌었습니다."
    ),
    "labels.folder_moved_none": (
        "{folder}의 라벨 레이아웃을 하나도 상점 데이터베이스에 추가하지 못했습니다. 폴더 "
        "이름은 {moved}(으)로 바뀌었습니다."
    ),
    "labels.folder_file_refused": (
        "{problem} 추가하지 않았습니다. 파일을 고친 뒤 fulfil-desk layouts add로 추가하세요."
    ),
    "labels.folder_file_kept_out": (
        "{file}은(는) 추가하지 않았습니다. 상점 데이터베이스에 이미 라벨 레이아웃 "
        "{name}이(가) 있고({at}, {by} 저장) 모든 컴퓨터가 그것으로 인쇄합니다. 이 파일을 "
        "대신 쓰려면 fulfil-desk layouts add --replace로 추가하세요."
    ),
    "labels.folder_not_renamed": (
        "폴더 {folder}의 이름을 바꾸지 못했습니다({why}). 다음에 상점을 열 때 다시 읽습니다."
    ),
    "labels.folder_move_failed": (
        "{folder}의 라벨 레이아웃을 아직 상점 데이터베이스에 추가하지 못했습니다({why}). "
        "다음에 상점을 열 때 추가합니다."
    ),
}
