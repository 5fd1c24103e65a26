"""`fulfil-desk packers`: who works at the benches, their badges, who supervises."""

from __future__ import annotations

import json

from cli_helpers import cli_runner, dump, ok, refused


def test_packers_are_added_listed_and_removed(tmp_path):
    db = tmp_path / "shop.db"
    cli = cli_runner(db, tmp_path)
    assert "No packers yet" in ok(cli("packers"))
    assert ok(cli("packers", "add", "김민준")).strip() == "Packer 김민준: badge BADGE-0001."
    saved = json.loads(ok(cli("packers", "add", "Wang Fang", "--badge", "wf-01",
                              "--supervisor", "--json")))  # fmt: skip
    assert (saved["badge"], saved["supervisor"]) == ("WF-01", True)
    listed = json.loads(ok(cli("packers", "--json")))
    assert [(p["name"], p["badge"]) for p in listed] == [
        ("Wang Fang", "WF-01"), ("김민준", "BADGE-0001"),
    ]  # fmt: skip
    assert "removed" in ok(cli("packers", "remove", "김민준"))
    assert [p["name"] for p in json.loads(ok(cli("packers", "--json")))] == ["Wang Fang"]


def test_a_badge_that_cannot_be_one_is_refused_and_nothing_changes(tmp_path):
    db = tmp_path / "shop.db"
    cli = cli_runner(db, tmp_path)
    ok(cli("demo", "--no-history", "--orders", "1"))
    ok(cli("packers", "add", "Kim"))
    before = dump(db)
    refused(cli("packers", "add", "Lee", "--badge", "BACK"), "is a bench command")
    refused(cli("packers", "add", "Lee", "--badge", "BADGE-0001"), "already belongs to Kim")
    refused(cli("packers", "add", "Lee", "--badge", "8800000010014"), "barcode of product")
    refused(cli("packers", "add", "Lee", "--badge", "김"), "cannot be printed as a barcode")
    refused(cli("packers", "add", "a:b"), "without ':'")
    refused(cli("packers", "remove", "Nobody"), "no packer 'Nobody'")
    assert dump(db) == before
