"""Window icons drawn in code: Mooring's own, and a neutral one for discreet mode."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

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
    ``selected_colour`` when its row is selected. Unknown names get a plain shape.

    Drawn when first shown, at the size and screen density asked for (an icon engine
    of our own), so unlocking renders only the pictures the navigation really shows.
    """
    svg = _nav_svg(name)
    if not svg:
        return QIcon()
    return QIcon(_SectionIconEngine(svg, colour, selected_colour))


class _SectionIconEngine(QIconEngine):
    def __init__(self, svg: str, colour: str, selected_colour: str) -> None:
        super().__init__()
        self._svg, self._colour, self._selected = svg, colour, selected_colour
        self._cache: dict[tuple[int, int, bool], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SectionIconEngine(self._svg, self._colour, self._selected)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        ratio = max(1, round(scale))
        selected = mode == QIcon.Mode.Selected
        key = (side, ratio, selected)
        if key not in self._cache:
            colour = self._selected if selected else self._colour
            self._cache[key] = _render_svg(self._svg, colour, side, ratio)
        return self._cache[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))
