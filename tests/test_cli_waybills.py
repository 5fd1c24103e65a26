"""`fulfil-desk waybills add|list|void`, and a label that takes its number from a band."""

from __future__ import annotations

import json

from cli_helpers import cli_runner, dump, ok, refused
from kill_harness import prepare_shop

from fulfil_desk.core.desk import Desk


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


def test_a_lotte_band_is_loaded_listed_and_its_numbers_given_to_labels(tmp_path):
    db = tmp_path / "shop.db"
    (order_id,) = prepare_shop(db, orders=1)
    cli = cli_runner(db, tmp_path)
    first, last = lotte("30000000001"), lotte("30000000010")
    said = ok(cli("waybills", "add", "HYUNDAI", "--from", first, "--to", last))
    assert "10 waybill numbers, each with its check digit verified" in said
    added = json.loads(ok(cli("waybills", "add", "CJGLS", "--from", "700000000001",
                              "--to", "700000000100", "--json")))  # fmt: skip
    assert (added["size"], added["check_digit_verified"]) == (100, False)
    ok(cli("settings", "default_courier", "HYUNDAI"))
    desk = Desk.open(db, station="cli-test")
    try:
        for step in ("verify", "start_pick"):
            getattr(desk.flow, step)(*(([order_id],) if step == "start_pick" else (order_id,)))
        order = desk.orders.order(order_id)
        for line in order.lines:
            for _ in range(line.quantity):
                desk.flow.pick_unit(order.pick_list_id, line.sku, code=line.sku)
                desk.flow.pack_unit(order_id, sku=line.sku)
        desk.flow.finish_pack(order_id, box="S", weight_g=500)
        number = desk.orders.order(order_id).order_number
    finally:
        desk.close()
    ok(cli("label", number, "--out", str(tmp_path / "label.pdf")))
    listed = json.loads(ok(cli("waybills", "list", "--courier", "HYUNDAI", "--json")))
    assert [(b["from"], b["used"], b["left"]) for b in listed["bands"]] == [(first, 1, 9)]
    text = ok(cli("waybills", "list"))
    assert "HYUNDAI" in text and "CJGLS" in text and "left" in text
    before = dump(db)
    refused(cli("ship", number, "--courier", "HYUNDAI", "--tracking", lotte("30000000005")),
            f"must carry waybill number {first}")  # fmt: skip
    assert dump(db) == before
    shipped = json.loads(ok(cli("ship", number, "--courier", "HYUNDAI", "--tracking", first,
                                "--json")))  # fmt: skip
    assert shipped["status"] == "shipped"


def test_bad_bands_and_voids_are_refused_with_exit_1_and_nothing_changes(tmp_path):
    db = tmp_path / "shop.db"
    prepare_shop(db, orders=1)
    cli = cli_runner(db, tmp_path)
    ok(cli("waybills", "add", "CJGLS", "--from", "700000000001", "--to", "700000000100"))
    before = dump(db)
    refused(cli("waybills", "add", "NOPE", "--from", "1", "--to", "2"), "NOPE")
    refused(cli("waybills", "add", "HYUNDAI", "--from", "300000000010", "--to",
                lotte("30000000010")), "the first number 300000000010 is wrong")  # fmt: skip
    refused(cli("waybills", "add", "CJGLS", "--from", "700000000050", "--to", "700000000200"),
            "overlaps the CJ Logistics band 700000000001 to 700000000100")  # fmt: skip
    refused(cli("waybills", "add", "CJGLS", "--from", "700000000300", "--to", "700000000200"),
            "comes after the last number")  # fmt: skip
    refused(cli("waybills", "void", "700000000001", "--reason", "torn"), "has not been given")
    assert dump(db) == before
    assert "used" in ok(cli("--lang", "en", "waybills", "list"))
    assert "남음" in ok(cli("--lang", "ko", "waybills", "list"))
    assert "剩余" in ok(cli("--lang", "zh_CN", "waybills", "list"))
