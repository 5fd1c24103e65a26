"""Shipping labels as ZPL for a 203 dpi thermal printer: one, and 500 in one document. Run
by hand:

    python benchmarks/bench_zpl.py [--profile]

The project: `desk.documents.label_zpl` on shipped orders of the 100k-order shop (the 4×6 in
label: texts fitted with reportlab's metrics and rendered to ^GFA bitmaps with the CJK
TrueType faces, the order and tracking numbers as native ^BC Code 128), fonts loaded. Each
"one label" run is a different order, so only the captions can come from the surface's
cache of rendered texts; each batch run starts with that cache empty.

The floor, in the same run and on the same orders: the same fields at the same places
formatted straight into a ZPL string, each text rendered the same way (Pillow with the same
face, thresholded to dots, cropped to its ink, hex); the texts that are the same on every
label (captions, the sender) rendered once before, the order's own texts on every label;
no fitting, no wording, no database.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_labels import shipped_orders
from common import heading, median_of, report
from PIL import Image, ImageDraw, ImageFont
from shopdata import SHOP, shop_db, working_copy

from fulfil_desk.core.documents.fonts import LabelFonts

BATCH = 500
ONE_RUNS = 25
DPI = 203
TO_DOTS = [0] * 128 + [255] * 128  # grey levels to printed dots


def dots(mm: float) -> int:
    return round(mm * DPI / 25.4)


class BareZpl:
    """The same label, written with nothing but Pillow and f-strings."""

    def __init__(self):
        faces = LabelFonts.find().faces
        cjk = next(f for f in faces if not f.bold and ord("한") in f.code_points)
        cjk_bold = next((f for f in faces if f.bold and ord("한") in f.code_points), cjk)
        latin = next((f for f in faces if "DejaVuSans" in f.name and not f.bold), cjk)
        latin_bold = next((f for f in faces if "DejaVuSans" in f.name and f.bold), latin)
        self.paths = {
            (False, False): cjk.path,
            (False, True): cjk_bold.path,
            (True, False): latin.path,
            (True, True): latin_bold.path,
        }
        self.fonts: dict[tuple, ImageFont.FreeTypeFont] = {}
        self.rendered: dict[tuple, str] = {}

    def fixed(self, x_mm: float, y_mm: float, text: str, size: float, bold: bool = False) -> str:
        """A text that is the same on every label, rendered once."""
        key = (x_mm, y_mm, text, size, bold)
        field = self.rendered.get(key)
        if field is None:
            field = self.rendered[key] = self.gfa(x_mm, y_mm, text, size, bold)
        return field

    def gfa(self, x_mm: float, y_mm: float, text: str, size: float, bold: bool = False) -> str:
        px = size * DPI / 72
        key = (all(ord(c) <= 0xFF for c in text), bold, round(px * 4))
        font = self.fonts.get(key)
        if font is None:
            font = self.fonts[key] = ImageFont.truetype(str(self.paths[key[:2]]), key[2] / 4)
        ascent, descent = font.getmetrics()
        image = Image.new("L", (int(font.getlength(text)) + 2, ascent + descent), 0)
        ImageDraw.Draw(image).text((0, ascent), text, font=font, fill=255, anchor="ls")
        ink = image.point(TO_DOTS, "1")
        box = ink.getbbox() or (0, 0, 1, 1)
        ink = ink.crop(box)
        data = ink.tobytes()
        x, y = dots(x_mm) + box[0], dots(y_mm + size * 0.3528) - ascent + box[1]
        return f"^FO{x},{y}^GFA,{len(data)},{len(data)},{(ink.width + 7) // 8},{data.hex()}^FS"

    @staticmethod
    def code(x_mm: float, y_mm: float, data: str, height_mm: float) -> str:
        h = dots(height_mm)
        start = ">;" if data.isdigit() and len(data) % 2 == 0 else ">:"
        return f"^FO{dots(x_mm)},{dots(y_mm)}^BY3,3,{h}^BCN,{h},N,N,N,N^FD{start}{data}^FS"

    def label(self, o: dict) -> str:
        t, f, rule = self.gfa, self.fixed, "^FO{},{}^GB{},3,3,B,0^FS".format
        parts = ["^XA", "^PW812", "^LL1218", "^LH0,0", f(3.5, 3, "FROM", 6, True)]
        sender = (SHOP["name"], SHOP["line1"], SHOP["city"], SHOP["phone"])
        parts += [f(3.5, 6 + n * 2.96, line, 7) for n, line in enumerate(sender)]
        parts += [
            f"^FO{dots(66)},{dots(3)}^GB{dots(32)},{dots(19)},4,B,0^FS",
            t(67.5, 4, o["marketplace"], 14, True),
            t(67.5, 12, f"Ordered {o['ordered_at'][:10]}", 6.5),
            t(67.5, 16, f"Ship by {o['ship_by'][:10]}", 6.5, True),
            rule(dots(3.5), dots(24), dots(94.6)),
            f(3.5, 25.5, "SHIP TO", 7, True),
            t(5.5, 29, o["recipient_name"], 20, True),
            t(5.5, 41, f"Tel. {o['phone']}", 11),
        ]
        address = (o["address1"], o["address2"], o["city"], o["country"])
        parts += [t(5.5, 47 + n * 5.08, line, 12) for n, line in enumerate(address) if line]
        parts += [
            t(5.5, 70, o["postal_code"], 28, True),
            t(85, 72, o["country"], 22, True),
            rule(dots(3.5), dots(82), dots(94.6)),
            f(3.5, 83.5, "ORDER", 6, True),
            t(17.5, 83.5, o["order_number"], 11, True),
            self.code(8, 89, o["order_number"], 15),
            rule(dots(3.5), dots(106), dots(94.6)),
            f(3.5, 107.5, "TRACKING", 6, True),
            t(17.5, 107.5, o["courier"], 11, True),
            t(70, 107.5, o["tracking_number"], 11),
            self.code(8, 114, o["tracking_number"], 18),
            t(40, 132.5, o["tracking_number"], 8),
            rule(dots(3.5), dots(138), dots(94.6)),
        ]
        for n, (head, value) in enumerate((("UNITS", "1"), ("WEIGHT", "800 g"), ("BOX", "S"))):
            parts += [f(5 + n * 31.5, 139.5, head, 6, True), t(5 + n * 31.5, 143, value, 12, True)]
        parts.append("^XZ")
        return "\n".join(parts)

    def document(self, orders: list[dict]) -> bytes:
        return ("\n".join(self.label(o) for o in orders) + "\n").encode("ascii")


def one_each(call, items: list) -> float:
    """The median ms of `call(item)`, one item a run."""
    times = []
    for item in items:
        start = time.perf_counter()
        call(item)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold_batch(desk, ids: list[int]) -> bytes:
    """The batch with nothing rendered yet, as when these orders print for the first time
    (the same 500 orders again would find every text in the surface's cache)."""
    desk.documents._zpl_texts = None
    return desk.documents.label_zpl(ids, dpi=DPI)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    heading("shipping labels as ZPL (4×6 in at 203 dpi, CJK text as ^GFA, two ^BC each)")
    from fulfil_desk.core.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        path = working_copy(shop_db(), Path(folder))
        orders = shipped_orders(path, BATCH + ONE_RUNS)
        singles, batch_orders = orders[:ONE_RUNS], orders[ONE_RUNS:]
        ids = [o["id"] for o in batch_orders]
        desk = Desk.open(path)
        start = time.perf_counter()
        desk.documents.label_zpl(ids[:1], dpi=DPI)  # finds and loads the fonts, the captions
        first = (time.perf_counter() - start) * 1000
        bare = BareZpl()
        bare.document(batch_orders[:1])
        # Interleaved, order by order, so that both see the same machine.
        project_times, floor_times = [], []
        for order in singles:
            project_times.append(
                one_each(lambda o: desk.documents.label_zpl([o["id"]], dpi=DPI), [order])
            )
            floor_times.append(one_each(lambda o: bare.document([o]), [order]))
        one, floor_one = statistics.median(project_times), statistics.median(floor_times)
        if args.profile:
            from pyinstrument import Profiler

            with Profiler() as profiler:
                desk.documents.label_zpl(ids, dpi=DPI)
            profiler.print()
        floor_batch = median_of(lambda: bare.document(batch_orders), runs=3)
        batch = median_of(lambda: cold_batch(desk, ids), runs=3)
        size = len(desk.documents.label_zpl(ids, dpi=DPI)) / 1e6
        floor_size = len(bare.document(batch_orders)) / 1e6
        desk.close()
    report(
        "one label as ZPL", one, floor_one, ratio=1.5, note=f"first of a session: {first:.0f} ms"
    )
    report(
        f"{BATCH} labels in one ZPL document",
        batch,
        floor_batch,
        ratio=1.5,
        note=f"{size:.1f} MB; the floor's {floor_size:.1f} MB",
    )


if __name__ == "__main__":
    main()
