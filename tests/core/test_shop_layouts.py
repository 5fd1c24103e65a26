"""The shop's own label layouts, kept in the shop's database (`desk.layouts`), on both engines:
two PCs of one PostgreSQL shop print with the layout one of them added; a broken file is
refused with nothing stored; remove; backups, restore and `db move` carry them; the layouts
of the folder beside the database of before are moved in and still print."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import BadFile, NotFound, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.labels.service import builtin_folder
from fulfil_desk.core.storage.db import open_database

pytestmark = pytest.mark.both_engines
CAPTION = "OUR OWN LABEL"


def layout_json(name: str, **change) -> str:
    """small-packet's layout on 110 × 110 mm as `name`, with a caption of its own below."""
    data = json.loads((builtin_folder() / "small-packet.json").read_text(encoding="utf-8"))
    data.update(name=name, width_mm=110, height_mm=110, title={"en": "Ours", "ko": "우리"})
    data["fields"].append({"kind": "caption", "text": CAPTION, "box": [2, 102, 100, 6]})
    data.update(change)
    return json.dumps(data, ensure_ascii=False, indent=2)


def layout_file(folder: Path, name: str, **change) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(layout_json(name, **change), encoding="utf-8")
    return path


def rows(desk: Desk, sql: str) -> list[tuple]:
    return [tuple(r) for r in desk._ctx.db.execute(sql).fetchall()]


def shop_rows(desk: Desk) -> list[tuple]:
    return rows(desk, "SELECT name, saved_by FROM label_layouts ORDER BY name")


def events(desk: Desk, kind: str) -> list[dict]:
    found = rows(desk, f"SELECT detail FROM events WHERE kind = '{kind}' ORDER BY id")
    return [json.loads(r[0]) for r in found]


def test_two_pcs_of_one_shop_print_with_the_layout_one_added(desk, db_target, clock, tmp_path):
    other = Desk.open(db_target, clock=clock, actor="kim", data_folder=tmp_path / "pc2")
    try:
        if Desk.on_server(db_target):  # two PCs: each its own data folder, one database
            assert other.path != desk.path
        with pytest.raises(NotFound):
            other.layouts.named("ours")
        changes = desk.layouts.add(layout_file(tmp_path / "files", "ours"))
        assert said(changes.message) == "Label layout ours added to the shop's layouts."
        assert other.layouts.named("ours").width_mm == 110
        assert other.layouts.names() == ["4x6", "cj-standard", "ours", "small-packet"]
        # Replaced on the first PC: the second reads it again (its copy was of the old text).
        again = layout_file(tmp_path / "files", "ours", width_mm=105)
        with pytest.raises(UserError) as exists:
            desk.layouts.add(again)
        assert "already has a label layout ours" in said(exists.value)
        assert other.layouts.named("ours").width_mm == 110
        desk.layouts.add(again, replace=True)
        assert other.layouts.named("ours").width_mm == 105
        assert [e["replaced"] for e in events(other, "label_layout_added")] == [False, True]
        other.layouts.remove("ours")
        with pytest.raises(NotFound):
            desk.layouts.named("ours")
        assert events(desk, "label_layout_removed") == [{"name": "ours"}]
    finally:
        other.close()


def test_a_broken_file_is_refused_in_its_sentence_and_nothing_is_stored(desk, tmp_path):
    folder = tmp_path / "files"
    broken = layout_file(folder, "mine", fields=[{"kind": "text", "value": "receiver_nmae"}])
    before = rows(desk, "SELECT COUNT(*) FROM events")
    with pytest.raises(BadFile) as refused:
        desk.layouts.add(broken)
    assert said(refused.value) == (
        f'The label layout {broken} is refused: field 1 (receiver_nmae): "box" is missing.'
    )
    (folder / "other.json").write_text(layout_json("mine"), encoding="utf-8")
    with pytest.raises(BadFile, match='its name "mine" is not its file\'s name "other"'):
        desk.layouts.add(folder / "other.json")
    (folder / "torn.json").write_text('{"name": "torn",', encoding="utf-8")
    with pytest.raises(BadFile, match="torn.json is not JSON"):
        desk.layouts.add(folder / "torn.json")
    with pytest.raises(BadFile, match="cannot be read"):
        desk.layouts.add(folder / "missing.json")
    with pytest.raises(UserError, match="cannot be one"):
        desk.layouts.add_text(layout_json("a/b"), name="a/b")
    assert shop_rows(desk) == [] and rows(desk, "SELECT COUNT(*) FROM events") == before


def test_remove_takes_only_the_shops_own_and_not_one_a_setting_chooses(desk):
    desk.layouts.add_text(layout_json("ours"), name="ours")
    desk.layouts.add_text(layout_json("4x6"), name="4x6")
    assert desk.layouts.named("4x6").width_mm == 110
    with pytest.raises(UserError) as builtin:
        desk.layouts.remove("cj-standard")
    assert said(builtin.value) == (
        "The label layout cj-standard is a built-in one; only the shop's own can be removed."
    )
    with pytest.raises(NotFound, match="There is no label layout nope"):
        desk.layouts.remove("nope")
    desk.settings.set("label_layouts", {"CJGLS": "ours"})
    with pytest.raises(UserError) as in_use:
        desk.layouts.remove("ours")
    assert said(in_use.value) == (
        "The label layout ours is chosen by the setting label_layouts.CJGLS; choose another "
        "layout there first."
    )
    desk.settings.set("label_layouts", {})
    assert said(desk.layouts.remove("ours").message) == "The shop's label layout ours removed."
    changes = desk.layouts.remove("4x6")  # the built-in one stands in: a setting may name it
    assert "the built-in one is used again" in said(changes.message)
    assert desk.layouts.named("4x6").width_mm == 101.6 and shop_rows(desk) == []


def test_a_layout_that_no_longer_reads_stops_only_the_labels_that_use_it(desk):
    desk.layouts.add_text(layout_json("ours"), name="ours")
    with desk._ctx.db.transaction():  # a row as a later version might leave it
        desk._ctx.db.execute("UPDATE label_layouts SET layout = '{' WHERE name = 'ours'")
    assert desk.layouts.for_courier("CJGLS").name == "4x6"
    with pytest.raises(BadFile, match="The label layout ours is not JSON"):
        desk.layouts.all()
    desk.settings.set("label_layouts", {"CJGLS": "ours"})
    with pytest.raises(BadFile):
        desk.layouts.for_courier("CJGLS")


def test_a_label_printed_with_the_shops_layout(desk, add, drive):
    order_id = add("OWN-1", [("DEMO-MUG", 1)])
    drive(order_id, OrderStatus.PACKED)
    desk.layouts.add_text(layout_json("ours"), name="ours")
    desk.settings.set("label_layouts", {"CJGLS": "ours"})  # the default courier
    (page,) = pypdf.PdfReader(io.BytesIO(desk.documents.label_pdf([order_id]))).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (312, 312)
    text = page.extract_text()
    assert CAPTION in text and "OWN-1" in text


def test_layouts_survive_a_backup_and_its_restore(desk, tmp_path):
    desk.layouts.add_text(layout_json("ours"), name="ours")
    made, _ = desk.backups.back_up(tmp_path / "before.db")
    copy = open_database(made.path)  # a backup is a SQLite file, whatever the engine
    try:
        assert [r[0] for r in copy.execute("SELECT name FROM label_layouts")] == ["ours"]
    finally:
        copy.close()
    desk.layouts.remove("ours")
    desk.backups.restore_backup(made.path)
    restored = desk.open_again()
    try:
        assert restored.layouts.named("ours").width_mm == 110
        assert restored.layouts.file_text("ours") == layout_json("ours")
    finally:
        restored.close()


def test_layouts_move_with_the_shop_to_the_other_engine(desk, db_target, request, tmp_path):
    desk.layouts.add_text(layout_json("ours"), name="ours")
    to_server = not Desk.on_server(db_target)
    target = request.getfixturevalue("pg_url") if to_server else tmp_path / "moved.db"
    move, _ = desk.moves.move_to(target)
    assert move.rows["label_layouts"] == 1
    moved = Desk.open(target, clock=desk.clock, data_folder=tmp_path / "after")
    try:
        assert moved.layouts.file_text("ours") == layout_json("ours")
        assert [e.layout.name for e in moved.layouts.all() if not e.builtin] == ["ours"]
    finally:
        moved.close()


def test_export_gives_the_text_it_was_added_as(desk, tmp_path):
    path = layout_file(tmp_path / "files", "ours")
    desk.layouts.add(path)
    assert desk.layouts.file_text("ours") == path.read_text(encoding="utf-8")
    builtin = builtin_folder() / "cj-standard.json"
    assert desk.layouts.file_text("cj-standard") == builtin.read_text(encoding="utf-8")
    with pytest.raises(NotFound):
        desk.layouts.file_text("nope")


def test_the_folder_of_before_is_moved_into_the_database_and_still_prints(
    db_target, clock, tmp_path, add, drive, desk
):
    order_id = add("OLD-1", [("DEMO-MUG", 1)])
    drive(order_id, OrderStatus.PACKED)
    folder = desk.layouts.old_folder()  # beside the file; a server's shop: this PC's
    desk.close()
    layout_file(folder, "ours")
    layout_file(folder, "4x6", height_mm=150)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    again = Desk.open(db_target, clock=clock, actor="tester", data_folder=tmp_path)
    try:
        assert [said(n) for n in again.open_news] == [
            f"The label layouts of {folder} are now kept in the shop's database, for every PC "
            f"of the shop: 4x6, ours. The folder is now {folder}.moved."
        ]
        assert [said(n) for n in again.open_notes] == [
            f"The label layout {folder / 'broken.json'} is not JSON (line 1, column 2): "
            "Expecting property name enclosed in double quotes. It was not added: mend it and "
            "add it with fulfil-desk layouts add.",
        ]
        assert not folder.exists() and (Path(f"{folder}.moved") / "broken.json").exists()
        assert shop_rows(again) == [("4x6", "tester"), ("ours", "tester")]
        assert events(again, "label_layouts_moved_in") == [
            {"folder": str(folder), "added": ["4x6", "ours"], "left_out": ["broken.json"]}
        ]
        again.settings.set("label_layouts", {"CJGLS": "ours"})
        pdf = again.documents.label_pdf([order_id])
        (page,) = pypdf.PdfReader(io.BytesIO(pdf)).pages
        assert round(float(page.mediabox.width)) == 312 and CAPTION in page.extract_text()
    finally:
        again.close()
    # A folder made again later (an old habit): its new layout comes in; one the database has
    # with other words is left out and said.
    layout_file(folder, "ours", width_mm=120)
    layout_file(folder, "newer")
    third = Desk.open(db_target, clock=clock, actor="lee", data_folder=tmp_path)
    try:
        (news,) = [said(n) for n in third.open_news]
        assert news.endswith(
            f"for every PC of the shop: newer. The folder is now {folder}.moved-2."
        )
        (note,) = [said(n) for n in third.open_notes]
        assert note.startswith(f"{folder / 'ours.json'} was not added: the shop's database")
        assert third.layouts.named("ours").width_mm == 110
        assert ("newer", "lee") in shop_rows(third)
    finally:
        third.close()
