"""Chinese: printing (ZPL for thermal printers: zpl.py)."""
