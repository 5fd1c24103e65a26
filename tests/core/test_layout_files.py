"""Layout files: the built-in ones load, and a bad one is refused in one sentence naming the
file, the field (its number and name) and what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from wording import said

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.labels.layout import Kind
from fulfil_desk.core.labels.layout_file import read_layout
from fulfil_desk.core.labels.service import builtin_folder

SIZES = {"4x6": (101.6, 152.4), "cj-standard": (123.0, 100.0), "small-packet": (100.0, 100.0)}


def layout_file(tmp_path: Path, fields: list, **top) -> Path:
    data = {"name": "mine", "title": {"en": "Mine"}, "width_mm": 100, "height_mm": 50}
    data.update(top)
    data["fields"] = fields
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(BadFile) as error:
        read_layout(path)
    return said(error.value)


NAME = {"kind": "text", "value": "receiver_name", "box": [2, 2, 60, 8], "size": 12}


def test_every_built_in_layout_loads():
    found = {p.stem: read_layout(p) for p in sorted(builtin_folder().glob("*.json"))}
    assert set(found) == set(SIZES)
    for name, layout in found.items():
        assert (layout.width_mm, layout.height_mm) == SIZES[name]
        assert {"en", "ko", "zh_CN"} <= dict(layout.title.by_language).keys()
    assert found["cj-standard"].mask and not found["4x6"].mask
    cj_codes = [f for f in found["cj-standard"].fields if f.kind is Kind.BARCODE]
    assert [f.value for f in cj_codes] == ["waybill", "waybill"]  # in two places


def test_a_good_file_of_ones_own(tmp_path):
    caption = {"kind": "caption", "text": {"en": "To", "ko": "받는분"}, "box": [2, 10, 20, 4]}
    layout = read_layout(layout_file(tmp_path, [NAME, caption], mask=True))
    assert layout.name == "mine" and layout.mask and len(layout.fields) == 2
    assert layout.fields[0].min_size_pt == 12  # no shrinking unless asked


def test_bad_json_names_line_and_column(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text('{\n  "name": "mine",\n  "title": "x"\n  "width_mm": 10\n}', encoding="utf-8")
    assert refusal(path) == (
        f"The label layout {path} is not JSON (line 4, column 3): Expecting ',' delimiter."
    )


def test_an_unknown_value_name_is_refused_with_the_field(tmp_path):
    fields = [NAME, {"kind": "text", "value": "receiver_nmae", "box": [2, 12, 60, 8]}]
    text = refusal(layout_file(tmp_path, fields))
    assert text.startswith(
        f"The label layout {tmp_path / 'mine.json'} is refused: field 2 (receiver_nmae): "
        '"receiver_nmae" is not a value a label can show (they are: waybill, '
    )
    assert text.endswith(".")


def test_a_box_outside_the_page_is_refused(tmp_path):
    fields = [NAME, {**NAME, "name": "big name", "box": [50, 45, 60, 8]}]
    assert refusal(layout_file(tmp_path, fields)) == (
        f"The label layout {tmp_path / 'mine.json'} is refused: field 2 (big name): "
        "its box [50, 45, 60, 8] reaches past the 100 × 50 mm page."
    )


def test_a_negative_size_is_refused(tmp_path):
    fields = [{"kind": "frame", "box": [10, 10, -5, 8]}]
    assert refusal(layout_file(tmp_path, fields)).endswith(
        "field 1 (frame): its box has a negative size (-5 × 8 mm)."
    )


def test_a_missing_key_is_refused(tmp_path):
    assert refusal(layout_file(tmp_path, [{"kind": "text", "value": "waybill"}])).endswith(
        'field 1 (waybill): "box" is missing.'
    )
    assert refusal(layout_file(tmp_path, [{"kind": "barcode", "box": [1, 1, 50, 10]}])).endswith(
        'field 1 (barcode): a barcode field needs "value".'
    )
    path = layout_file(tmp_path, [NAME])
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["height_mm"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert refusal(path) == f'The label layout {path} is refused: "height_mm" is missing.'


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"sise": 9}, '"sise" is not a setting it can have (they are: kind, name, box, '),
        ({"size": "big"}, '"size" must be a number from 1'),
        ({"align": "middle"}, '"align" must be one of left, centre, right'),
        ({"max_lines": 0}, '"max_lines" must be a whole number from 1'),
        ({"bold": "yes"}, '"bold" must be true or false'),
        ({"box": [1, 2, 3]}, '"box" must be [x, y, width, height] in millimetres'),
        ({"message": "document.no_such"}, '"message": "document.no_such" is not a message'),
        ({"kind": "circle"}, '"kind" must be one of text, barcode, frame, rule, caption'),
    ],
)
def test_each_wrong_setting_is_named(tmp_path, change, problem):
    text = refusal(layout_file(tmp_path, [{**NAME, **change}]))
    assert f"field 1 ({NAME['value']}): {problem}" in text or f"field 1 (circle): {problem}" in text


def test_the_layout_itself_is_checked(tmp_path):
    assert refusal(layout_file(tmp_path, [NAME], width_mm=0)).endswith(
        '"width_mm" must be a number of millimetres above 0.'
    )
    assert refusal(layout_file(tmp_path, [NAME], name="other")).endswith(
        'its name "other" is not its file\'s name "mine".'
    )
    assert refusal(layout_file(tmp_path, [])).endswith(
        '"fields" must be a list of fields, at least one.'
    )
    (tmp_path / "mine.json").write_text("[1, 2]", encoding="utf-8")
    assert "a layout is a JSON object" in refusal(tmp_path / "mine.json")


def test_refusals_are_in_korean_and_chinese(tmp_path):
    from fulfil_desk.core.wording.render import Wording

    path = layout_file(tmp_path, [NAME, {**NAME, "name": "큰 이름", "box": [50, 45, 60, 8]}])
    with pytest.raises(BadFile) as error:
        read_layout(path)
    assert Wording(lang="ko")(error.value.message) == (
        f"라벨 레이아웃 {path} 파일을 받을 수 없습니다: 2번 필드(큰 이름): "
        "상자 [50, 45, 60, 8]가 100 × 50mm 페이지 밖으로 나갑니다."
    )
    assert Wording(lang="zh_CN")(error.value.message) == (
        f"已拒绝面单版式 {path}：第 2 个字段（큰 이름）："
        "框 [50, 45, 60, 8] 超出了 100 × 50 毫米的页面。"
    )
