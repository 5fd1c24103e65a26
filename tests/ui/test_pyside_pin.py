"""PySide6 6.12.0 on Python 3.11 aborts the interpreter (`Fatal Python error:
none_dealloc`) after about 5,000 Qt calls that return nothing: each one drops a
reference to None that it never took. pyproject.toml pins PySide6 < 6.12 on
Python < 3.12; this test fails (by crashing) if a broken build comes back.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QLabel

CALLS = 20_000


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2])


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="6.12 aborts on Python 3.11 only")
def test_pyside_is_pinned_below_6_12_on_python_3_11():
    assert version(PySide6.__version__) < (6, 12), PySide6.__version__


def test_many_calls_returning_nothing_survive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(CALLS // 2):
        label.setText(str(number))
        label.update()
    assert label.text() == str(CALLS // 2 - 1)
