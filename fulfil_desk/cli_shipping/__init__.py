"""The command line's printing helpers: ZPL for thermal printers (`zpl.py`)."""
