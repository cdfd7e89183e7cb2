"""Window icons drawn in code: Mooring's own, and a neutral one for discreet mode."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _mooring(size: int) -> QPixmap:
    pixmap, p = _canvas(size)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2f6f73"))
    p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.22, s * 0.22)
    # A buoy riding two calm waves.
    p.setBrush(QColor("#f3c969"))
    p.drawEllipse(QPointF(s * 0.5, s * 0.4), s * 0.16, s * 0.16)
    pen = QPen(QColor("#ffffff"), max(1.0, s * 0.06))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for y in (0.66, 0.8):
        path = QPainterPath(QPointF(s * 0.18, s * y))
        path.cubicTo(s * 0.32, s * (y - 0.07), s * 0.42, s * (y + 0.07), s * 0.5, s * y)
        path.cubicTo(s * 0.58, s * (y - 0.07), s * 0.68, s * (y + 0.07), s * 0.82, s * y)
        p.drawPath(path)
    p.end()
    return pixmap


def _neutral(size: int) -> QPixmap:
    pixmap, p = _canvas(size)
    s = float(size)
    p.setPen(QPen(QColor("#8a8f98"), max(1.0, s * 0.04)))
    p.setBrush(QColor("#f4f5f7"))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.08, s * 0.68, s * 0.84), s * 0.06, s * 0.06)
    p.setPen(QPen(QColor("#b4b9c2"), max(1.0, s * 0.04)))
    for i in range(4):
        y = s * (0.3 + i * 0.14)
        p.drawLine(QPointF(s * 0.28, y), QPointF(s * 0.72, y))
    p.end()
    return pixmap


def _icon(draw: object) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(draw(size))  # type: ignore[operator]
    return icon


def mooring_icon() -> QIcon:
    return _icon(_mooring)


def neutral_icon() -> QIcon:
    return _icon(_neutral)
