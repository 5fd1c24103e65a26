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
    "cli.layouts.shop_folder": (
        "상점의 레이아웃은 {folder} 폴더에 넣으세요(같은 이름의 기본 제공 레이아웃 대신 쓰입니다)."
    ),
    "cli.layouts.builtin": "기본 제공",
    "cli.layouts.shop": "상점",
    "cli.layouts.replaces": "상점(기본 제공 레이아웃 대신)",
    "setting.label_layouts_map": "{key}: {example}처럼 택배사 코드별 레이아웃 이름으로 입력하세요.",
    "setting.layout_name": "{key}: 라벨 레이아웃 이름으로 입력하세요(fulfil-desk layouts 참고).",
}
