"""`fulfil-desk bench`: the headless station, one verdict line per scan line."""

from __future__ import annotations

import os
import subprocess
import sys

from kill_harness import Verdict, prepare_shop, view


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
