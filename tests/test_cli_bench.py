"""`fulfil-desk bench`: the headless station, one verdict line per scan line."""

from __future__ import annotations

import os
import subprocess
import sys

from hangul_ime import full_width, hangul_mode
from kill_harness import prepare_shop, view
from kill_station import Verdict


def run_bench(db, stdin: bytes, tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    env["FULFIL_DESK_LABEL_DIR"] = str(tmp_path / "labels")
    command = [sys.executable, "-m", "fulfil_desk", "--db", str(db), "bench", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env=env, timeout=120)


def test_one_line_per_scan_whatever_the_bytes(tmp_path):
    db = tmp_path / "shop.db"
    order_ids = prepare_shop(db, orders=2)
    number = view(db).orders[order_ids[0]]["number"]
    lines = [b"\xff\xfe\x80 not utf-8", b"\x00\x07\x1b[2J", b"9" * 5000, number.encode()]
    done = run_bench(db, b"\n".join(lines) + b"\r\n", tmp_path, "--station", "cli-1")
    assert done.returncode == 0, done.stderr
    verdicts = [Verdict.parse(line) for line in done.stdout.decode().splitlines()]
    assert len(verdicts) == len(lines)
    assert [v.ok for v in verdicts] == [False, False, False, True]
    assert all(v.message.strip() for v in verdicts)
    assert verdicts[-1].page == "verify" and verdicts[-1].order_id is not None
    assert view(db, "cli-1").state["order"] == verdicts[-1].order_id  # saved, at its station


def test_save_writes_the_label_where_the_setting_says_and_then_it_is_labelled(tmp_path):
    db = tmp_path / "shop.db"
    order_ids = prepare_shop(db, orders=1)
    order = view(db).orders[order_ids[0]]
    barcodes = view(db).barcode
    scans = [order["number"], "", ""]
    for sku, qty, _, _ in order["lines"]:
        scans += [barcodes[sku]] * qty  # picked
    for sku, qty, _, _ in order["lines"]:
        scans += [barcodes[sku]] * qty  # packed
    scans += ["", "SAVE"]
    done = run_bench(db, "\n".join(scans).encode() + b"\n", tmp_path)
    verdicts = [Verdict.parse(line) for line in done.stdout.decode().splitlines()]
    assert all(v.ok for v in verdicts), [v.message for v in verdicts]
    assert verdicts[-1].page == "tracking"
    saved = list((tmp_path / "labels").glob("label-*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes()[:5] == b"%PDF-"
    assert str(saved[0]) in verdicts[-1].message


def to_tracking(order: dict, barcodes: dict[str, str]) -> list[str]:
    """What a packer scans to take `order` from the queue to its Tracking step."""
    scans = [order["number"], "", ""]
    for _round in range(2):  # picked, then packed
        for sku, qty, _, _ in order["lines"]:
            scans += [barcodes[sku]] * qty
    return scans + ["", "SAVE"]


def test_after_a_restart_a_stream_meant_for_b_ships_b_and_never_a(tmp_path):
    """The issue's headless reproduction: the station resumes A at Tracking; B's number, its
    scans and its waybill follow; A's label barcode is refused as a tracking number."""
    db = tmp_path / "shop.db"
    a_id, b_id = prepare_shop(db, orders=2)
    shop = view(db)
    a, b = shop.orders[a_id], shop.orders[b_id]
    first = run_bench(db, "\n".join(to_tracking(a, shop.barcode)).encode() + b"\n", tmp_path,
                      "--station", "bench-1")  # fmt: skip
    assert Verdict.parse(first.stdout.decode().splitlines()[-1]).page == "tracking"
    stream = [a["number"], *to_tracking(b, shop.barcode), "600000000024"]
    again = run_bench(db, "\n".join(stream).encode() + b"\n", tmp_path, "--station", "bench-1")
    verdicts = [Verdict.parse(line) for line in again.stdout.decode().splitlines()]
    own, switched = verdicts[0], verdicts[1]
    assert not own.ok and "not a tracking number" in own.message and own.order_id == a_id
    assert switched.ok and switched.order_id == b_id
    assert switched.message.startswith(f"{a['number']} put aside at Tracking")
    assert verdicts[-1].ok and "shipped" in verdicts[-1].message
    after = view(db, "bench-1")
    assert after.orders[b_id]["status"] == "shipped"
    assert after.orders[a_id]["status"] == "labelled"


def test_a_finished_order_scanned_at_receive_says_what_became_of_it(tmp_path):
    db = tmp_path / "shop.db"
    (order_id,) = prepare_shop(db, orders=1)
    shop = view(db)
    order = shop.orders[order_id]
    scans = [*to_tracking(order, shop.barcode), "600000000031", order["number"], "REPRINT:LOST"]
    done = run_bench(db, "\n".join(scans).encode() + b"\n", tmp_path, "--station", "bench-1")
    *_, shown, reprinted = [Verdict.parse(line) for line in done.stdout.decode().splitlines()]
    assert shown.ok and shown.page == "done" and shown.order_id == order_id
    assert f"Order {order['number']} shipped" in shown.message and "600000000031" in shown.message
    assert reprinted.ok and "printed again (lost)" in reprinted.message


def test_a_scanner_typing_in_hangul_or_full_width_mode_walks_an_order_as_in_english(tmp_path):
    db = tmp_path / "shop.db"
    first, second = prepare_shop(db, orders=2)
    shop = view(db)
    scans = [hangul_mode(code) for code in to_tracking(shop.orders[first], shop.barcode)]
    scans += ["ㅠㅁ차"]  # BACK
    scans += [full_width(code) for code in to_tracking(shop.orders[second], shop.barcode)]
    done = run_bench(db, "\n".join(scans).encode() + b"\n", tmp_path, "--station", "bench-1")
    verdicts = [Verdict.parse(line) for line in done.stdout.decode().splitlines()]
    assert all(v.ok for v in verdicts), [v.message for v in verdicts]
    assert [v.page for v in verdicts].count("tracking") == 2 and verdicts[-1].page == "tracking"
    notes = [v.message for v in verdicts if "input method is in" in v.message]
    assert len(notes) == 2 and "Hangul mode" in notes[0] and "full-width mode" in notes[1]
    after = view(db, "bench-1")
    assert {after.orders[i]["status"] for i in (first, second)} == {"labelled"}
