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


# --- section icons: our own SVGs under resources/icons/nav/, drawn in the theme's colours


def _nav_svg(name: str) -> str:
    from app.content import resources_dir

    folder = resources_dir() / "icons" / "nav"
    for candidate in (folder / f"{name}.svg", folder / "module.svg"):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


def _render_svg(svg: str, colour: str, size: int, scale: int) -> QPixmap:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    if renderer.isValid():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
    pixmap.setDevicePixelRatio(scale)  # sharp on high-density screens
    return pixmap


def section_icon(name: str, colour: str, selected_colour: str, *, size: int = 20) -> QIcon:
    """The icon of section ``name`` (a module id) in ``colour``, and in
    ``selected_colour`` when its row is selected. Unknown names get a plain shape."""
    svg = _nav_svg(name)
    icon = QIcon()
    if not svg:
        return icon
    for scale in (1, 2):
        icon.addPixmap(_render_svg(svg, colour, size, scale), QIcon.Mode.Normal)
        icon.addPixmap(_render_svg(svg, selected_colour, size, scale), QIcon.Mode.Selected)
    return icon
