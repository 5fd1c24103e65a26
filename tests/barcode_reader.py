"""Reading barcodes as a scanner would: zbarimg on a picture, or on a PDF's pages rendered
by pdftoppm at a label printer's resolution."""

from __future__ import annotations

import subprocess
from pathlib import Path

LABEL_PRINTER_DPI = 203


def barcodes_in_picture(png: Path) -> list[str]:
    """The codes zbarimg reads in one picture."""
    found = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    return found.stdout.split()


def barcodes_per_page(pdf: Path, out_dir: Path, dpi: int = LABEL_PRINTER_DPI) -> list[list[str]]:
    """Each page of `pdf` rendered into `out_dir` at `dpi`, and the codes read on it."""
    stem = out_dir / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(stem)], check=True)
    pages = sorted(out_dir.glob(f"{stem.name}-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    return [barcodes_in_picture(page) for page in pages]
