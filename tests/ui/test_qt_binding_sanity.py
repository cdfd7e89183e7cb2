"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 takes one reference from ``None`` on every call that
returns nothing; after a few thousand calls the process aborts. pyproject.toml picks a
binding per Python version to avoid it; this test fails if that ever regresses.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_reference_counts_alone(qapp: Any) -> None:
    widget = QWidget()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
        for _ in range(2000):
            widget.setToolTip("x")
            painter.save()
            painter.restore()
            widget.setEnabled(True)
        after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    finally:
        painter.end()
    # Ordinary interpreter activity moves these by a handful, never by thousands.
    assert all(abs(a - b) < 500 for a, b in zip(after, before, strict=True)), (before, after)
