"""Reads back the ZPL that fulfil-desk writes, the way a printer would, for the tests.

`read_zpl` splits a document into its `^XA … ^XZ` labels and each label into fields;
`Label.page()` draws the label at its dots: `^GFA` bitmaps decoded from their hex, `^BC`
bars from our own Code 128 encoder (python-barcode's bar patterns, the subset the data's
invocation code starts), `^GB` boxes and `^GD` diagonals. Only the commands the writer
emits are known; any other is an error, so a test notices a command it did not expect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from barcode.charsets import code128 as patterns
from PIL import Image, ImageDraw


@dataclass(frozen=True)
class GraphicField:
    x: int
    y: int
    image: Image.Image  # mode "1", white ink on black: 255 where a dot prints
    total_bytes: int
    row_bytes: int


@dataclass(frozen=True)
class BarcodeField:
    x: int
    y: int
    module: int
    height: int
    data: str  # what a scanner reads: the invocation code taken off, ^FH escapes undone
    subset: str  # "B" or "C"
    turned: bool = False  # ^BCR: a quarter clockwise, the bars across the paper


@dataclass(frozen=True)
class BoxField:
    x: int
    y: int
    width: int
    height: int
    thickness: int
    diagonal: str = ""  # "", "R" (rising) or "L" (falling)


@dataclass
class Label:
    width: int = 0
    length: int = 0
    graphics: list[GraphicField] = field(default_factory=list)
    barcodes: list[BarcodeField] = field(default_factory=list)
    boxes: list[BoxField] = field(default_factory=list)

    def page(self) -> Image.Image:
        """The label as a printer would print it: mode "L", black ink on white."""
        ink = Image.new("1", (self.width, self.length), 0)
        draw = ImageDraw.Draw(ink)
        for graphic in self.graphics:
            ink.paste(1, (graphic.x, graphic.y), graphic.image)
        for code in self.barcodes:
            along = 0  # the modules go right, or down when turned (^BCR)
            for bit in bar_pattern(code.data, code.subset):
                if bit == "1":
                    if code.turned:
                        y = code.y + along
                        bar = (code.x, y, code.x + code.height - 1, y + code.module - 1)
                    else:
                        x = code.x + along
                        bar = (x, code.y, x + code.module - 1, code.y + code.height - 1)
                    draw.rectangle(bar, fill=1)
                along += code.module
        for box in self.boxes:
            _draw_box(draw, box)
        return ink.point(lambda v: 0 if v else 255).convert("L")


def _draw_box(draw: ImageDraw.ImageDraw, box: BoxField) -> None:
    x2, y2 = box.x + box.width - 1, box.y + box.height - 1
    if box.diagonal:
        ends = ((box.x, y2), (x2, box.y)) if box.diagonal == "R" else ((box.x, box.y), (x2, y2))
        draw.line(ends, fill=1, width=box.thickness)
        return
    t = box.thickness
    for rect in (
        (box.x, box.y, x2, box.y + t - 1),
        (box.x, y2 - t + 1, x2, y2),
        (box.x, box.y, box.x + t - 1, y2),
        (x2 - t + 1, box.y, x2, y2),
    ):
        draw.rectangle(rect, fill=1)


_COMMAND = re.compile(r"\^([A-Z][A-Z0-9@])(.*)", re.S)


def read_zpl(document: bytes) -> list[Label]:
    """Every label of `document`, in order. Raises ValueError on anything unexpected."""
    text = document.decode("ascii")
    labels: list[Label] = []
    label: Label | None = None
    origin = (0, 0)
    module = bars = 0
    pending_code = ""
    hex_escape = turned = False
    for chunk in text.split("^")[1:]:
        match = _COMMAND.match("^" + chunk.rstrip("\n"))
        if match is None:
            raise ValueError(f"not a ZPL command: ^{chunk[:20]!r}")
        code, args = match.groups()
        if code == "XA":
            label = Label()
            continue
        if label is None:
            raise ValueError(f"^{code} outside ^XA … ^XZ")
        if code == "XZ":
            labels.append(label)
            label = None
        elif code == "PW":
            label.width = int(args)
        elif code == "LL":
            label.length = int(args)
        elif code == "LH":
            if args != "0,0":
                raise ValueError(f"^LH{args}: the writer keeps the home at 0,0")
        elif code == "FO":
            x, y = (int(v) for v in args.split(","))
            origin = (x, y)
        elif code == "GF":
            label.graphics.append(_graphic(origin, args))
        elif code == "BY":
            module, _ratio, bars = (int(v) for v in args.split(","))
        elif code == "BC":
            orientation, height, *_flags = args.split(",")
            if orientation not in "NR" or int(height) != bars:
                raise ValueError(f"^BC{args} after ^BY height {bars}")
            pending_code, turned = "BC", orientation == "R"
        elif code == "FH":
            hex_escape = True
        elif code == "FD":
            if pending_code != "BC":
                raise ValueError(f"^FD{args[:20]} with no barcode before it")
            label.barcodes.append(_barcode(origin, module, bars, args, hex_escape, turned))
            pending_code, hex_escape = "", False
        elif code == "GB":
            width, height, thickness, _colour, _round = args.split(",")
            label.boxes.append(
                BoxField(origin[0], origin[1], int(width), int(height), int(thickness))
            )
        elif code == "GD":
            width, height, thickness, _colour, lean = args.split(",")
            box = BoxField(origin[0], origin[1], int(width), int(height), int(thickness), lean)
            label.boxes.append(box)
        elif code != "FS":
            raise ValueError(f"unexpected command ^{code}{args[:20]}")
    if label is not None:
        raise ValueError("a label without ^XZ")
    return labels


def _graphic(origin: tuple[int, int], args: str) -> GraphicField:
    kind, total, field_total, row_bytes, data = args.split(",", 4)
    if kind != "A" or total != field_total:
        raise ValueError(f"^GF{args[:30]}: expected ^GFA with equal byte counts")
    raw = bytes.fromhex(data)
    if len(raw) != int(total) or int(total) % int(row_bytes):
        raise ValueError(f"^GFA says {total} bytes of rows of {row_bytes}, has {len(raw)}")
    width, height = int(row_bytes) * 8, int(total) // int(row_bytes)
    image = Image.frombytes("1", (width, height), raw)
    return GraphicField(origin[0], origin[1], image, int(total), int(row_bytes))


def _barcode(
    origin: tuple[int, int], module: int, height: int, data: str, escaped: bool, turned: bool
):
    if escaped:
        data = re.sub(r"\\([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), data)
    if data.startswith(">;"):
        subset, data = "C", data[2:]
        if not (data.isdigit() and len(data) % 2 == 0):
            raise ValueError(f"subset C needs an even number of digits, not {data!r}")
    elif data.startswith(">:"):
        subset, data = "B", data[2:].replace("><", ">")
    else:
        raise ValueError(f"^FD{data}: no start subset (>; or >:)")
    return BarcodeField(origin[0], origin[1], module, height, data, subset, turned)


def bar_pattern(data: str, subset: str) -> str:
    """Code 128 modules ('1' bar, '0' space) of `data` in one subset, check and stop too."""
    if subset == "C":
        values = [int(data[i : i + 2]) for i in range(0, len(data), 2)]
    else:
        values = [patterns.B[char] for char in data]
    start = patterns.START_CODES[subset]
    check = (start + sum(i * v for i, v in enumerate(values, 1))) % 103
    stop = patterns.STOP + "11"  # python-barcode's stop symbol lacks the final bar
    return "".join(patterns.CODES[v] for v in [start, *values, check]) + stop
