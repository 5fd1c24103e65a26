"""Shipping labels: one, and 500 in one PDF, through the built-in 4x6 layout (each label has
its order-number and tracking-number Code128) and through cj-standard (the tracking number
twice, the receiver masked). Run by hand:

    python benchmarks/bench_labels.py [--profile]

The project: `Desk.label_pdf` on shipped orders of the 100k-order shop, the layout read from
its file and every text fitted to its box, fonts already loaded (the first label of a session
also loads them: reported apart).

The floor, in the same run: bare reportlab drawing the same page — the same texts with the
same TrueType CJK font (Helvetica for Latin text), and the same Code128 barcodes.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import heading, report
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from shopdata import SHOP, shop_db, working_copy

from fulfil_desk.core.documents.fonts import LabelFonts

BATCH = 500


def _latin(text: str) -> bool:
    return all(ord(c) <= 0xFF for c in text)


class BareLabels:
    """The same page, drawn with nothing but reportlab."""

    def __init__(self):
        """The same faces the app finds (a bold CJK face too, when there is one)."""
        faces = LabelFonts.find().faces
        self.cjk = {}
        for bold in (False, True):
            face = next((f for f in faces if f.bold == bold and ord("한") in f.code_points), None)
            if face is not None:
                name = f"BenchCJK-{int(bold)}"
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(face.path)))
                self.cjk[bold] = name
        self.cjk.setdefault(True, self.cjk[False])

    def _text(self, c: Canvas, x: float, y: float, text: str, size: float, bold=False) -> None:
        name = ("Helvetica-Bold" if bold else "Helvetica") if _latin(text) else self.cjk[bold]
        c.setFont(name, size)
        c.drawString(x, y, text)

    def pdf(self, orders: list[dict]) -> bytes:
        out = io.BytesIO()
        c = Canvas(out, pagesize=(4 * inch, 6 * inch), invariant=True)
        for o in orders:
            t = self._text
            t(c, 9, 417, "FROM", 6, True)
            for n, line in enumerate((SHOP["name"], SHOP["line1"], SHOP["city"], SHOP["phone"])):
                t(c, 9, 405 - n * 9, line, 7.5)
            c.rect(183, 376, 96, 56)
            t(c, 187, 412, o["marketplace"], 15, True)
            t(c, 187, 398, f"Ordered {o['ordered_at'][:10]}", 7)
            t(c, 187, 387, f"Ship by {o['ship_by'][:10]}", 7, True)
            c.line(9, 370, 279, 370)
            t(c, 9, 360, "SHIP TO", 7, True)
            t(c, 15, 337, o["recipient_name"], 20, True)
            t(c, 15, 322, f"Tel. {o['phone']}", 11)
            for n, line in enumerate((o["address1"], o["address2"], o["city"])):
                t(c, 15, 300 - n * 15, line, 13)
            t(c, 15, 208, o["postal_code"], 30, True)
            t(c, 240, 208, o["country"], 22, True)
            c.line(9, 200, 279, 200)
            t(c, 9, 191, "ORDER", 6, True)
            t(c, 39, 190, o["order_number"], 11, True)
            Code128(o["order_number"], barWidth=1.06, barHeight=50).drawOn(c, 40, 124)
            c.line(9, 118, 279, 118)
            t(c, 9, 109, "TRACKING", 6, True)
            t(c, 49, 107, o["courier"], 11, True)
            t(c, 150, 107, o["tracking_number"], 11)
            Code128(o["tracking_number"], barWidth=1.06, barHeight=58).drawOn(c, 40, 40)
            c.line(9, 34, 279, 34)
            for n, (head, value) in enumerate((("UNITS", "1"), ("WEIGHT", "800 g"), ("BOX", "S"))):
                t(c, 13 + n * 90, 26, head, 6, True)
                t(c, 13 + n * 90, 12, value, 12, True)
            c.showPage()
        c.save()
        return out.getvalue()

    def cj_pdf(self, orders: list[dict]) -> bytes:
        """cj-standard's page (123 × 100 mm): the same texts where the layout puts them."""
        out = io.BytesIO()
        c = Canvas(out, pagesize=(123 * mm, 100 * mm), invariant=True)
        t = self._text
        for o in orders:
            name = o["recipient_name"]
            masked = name[0] + "*" + name[2:] if len(name) > 1 else "*"
            phone = o["phone"][:-4] + "****"
            t(c, 8.5, 277, "운송장번호", 6)
            t(c, 8.5, 256, o["tracking_number"], 14, True)
            t(c, 156, 277, "접수일자", 6)
            t(c, 156, 261, "Mon 7 Dec 2026", 8)
            Code128(o["tracking_number"], barWidth=0.71, barHeight=39.7).drawOn(c, 240, 243)
            c.rect(8.5, 204, 210, 48)
            t(c, 11, 244, "분류코드", 6)
            t(c, 60, 230, "No sorting code: the courier's system gives it", 8)
            t(c, 260, 224, o["courier"], 8, True)
            t(c, 255, 210, o["order_number"], 7)
            c.line(8.5, 198, 343, 198)
            t(c, 8.5, 189, "받는분", 6, True)
            t(c, 45, 183, masked, 13, True)
            t(c, 156, 184, phone, 11)
            t(c, 300, 184, o["postal_code"], 10)
            t(c, 8.5, 164, f"{o['address1']} {o['address2']}", 12, True)
            c.line(8.5, 141, 343, 141)
            t(c, 8.5, 132, "보내는분", 6, True)
            t(c, 45, 133, SHOP["name"], 8)
            t(c, 156, 133, SHOP["phone"], 8)
            t(c, 45, 121, SHOP["line1"], 7)
            c.line(232, 141, 232, 104)
            t(c, 238, 132, "수량", 6)
            t(c, 250, 113, "1", 14, True)
            t(c, 278, 132, "박스크기", 6)
            t(c, 300, 115, "02 소", 11, True)
            c.line(8.5, 104, 343, 104)
            t(c, 8.5, 95, "상품명", 6, True)
            t(c, 45, 95, o["item_summary"], 8)
            c.line(8.5, 71, 343, 71)
            t(c, 8.5, 62, "배송메시지", 6, True)
            t(c, 8.5, 15, o["marketplace"], 7)
            Code128(o["tracking_number"], barWidth=0.71, barHeight=40).drawOn(c, 240, 24)
            c.setFont("Helvetica", 10)
            c.drawCentredString(285, 13, o["tracking_number"])
            c.showPage()
        c.save()
        return out.getvalue()


def shipped_orders(path: Path, count: int) -> list[dict]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    rows = con.execute(
        "SELECT o.*, s.tracking_number, s.courier_code AS courier FROM orders o"
        " JOIN shipments s ON s.order_id = o.id WHERE o.status = 'shipped'"
        " ORDER BY o.id DESC LIMIT ?",
        [count],
    ).fetchall()
    items: dict[int, list[str]] = {}
    for line in con.execute(
        "SELECT order_id, title, quantity FROM order_lines"
        f" WHERE order_id IN ({','.join('?' * len(rows))}) ORDER BY id",
        [r["id"] for r in rows],
    ):
        items.setdefault(line["order_id"], []).append(f"{line['title']} ×{line['quantity']}")
    con.close()
    return [{**dict(r), "item_summary": ", ".join(items.get(r["id"], []))} for r in rows]


def paired(project, floor, runs: int) -> tuple[float, float]:
    """The medians (ms) of `project` and `floor`, run by turns so both see the same machine."""
    mine, bare = [], []
    for _ in range(runs):
        for call, times in ((project, mine), (floor, bare)):
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(mine), statistics.median(bare)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    heading("shipping labels through their layouts (4x6 and cj-standard, CJK text, Code128)")
    from fulfil_desk.core.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        path = working_copy(shop_db(), Path(folder))
        orders = shipped_orders(path, BATCH)
        ids = [o["id"] for o in orders]
        desk = Desk.open(path)
        start = time.perf_counter()
        desk.documents.label_pdf(ids[:1])  # finds and loads the fonts
        first = (time.perf_counter() - start) * 1000
        bare = BareLabels()
        bare.pdf(orders[:1])
        bare.cj_pdf(orders[:1])
        desk.documents.label_pdf(ids[:1], layout="cj-standard")  # its bold face
        if args.profile:
            from pyinstrument import Profiler

            with Profiler() as profiler:
                desk.documents.label_pdf(ids)
            profiler.print()
        labels = desk.documents.label_pdf
        one, floor_one = paired(lambda: labels(ids[:1]), lambda: bare.pdf(orders[:1]), 15)
        batch, floor_batch = paired(lambda: labels(ids), lambda: bare.pdf(orders), 5)
        size = len(labels(ids)) / 1e6
        cj_one, cj_floor_one = paired(
            lambda: labels(ids[:1], layout="cj-standard"), lambda: bare.cj_pdf(orders[:1]), 15
        )
        cj_batch, cj_floor_batch = paired(
            lambda: labels(ids, layout="cj-standard"), lambda: bare.cj_pdf(orders), 5
        )
        desk.close()
    report("one label", one, floor_one, ratio=1.5, note=f"first of a session: {first:.0f} ms")
    report(f"{BATCH} labels in one PDF", batch, floor_batch, ratio=1.5, note=f"{size:.1f} MB")
    report("one cj-standard label", cj_one, cj_floor_one, ratio=1.5)
    report(f"{BATCH} cj-standard labels in one PDF", cj_batch, cj_floor_batch, ratio=1.5)


if __name__ == "__main__":
    main()
