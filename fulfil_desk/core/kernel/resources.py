"""Where the shipped data files are, installed or editable."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files("fulfil_desk.resources").joinpath(name)))
