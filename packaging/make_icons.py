"""Generate Mooring's icons for every platform from the SVGs in ``resources/icons/``.

    python packaging/make_icons.py [--out DIR]      (default: packaging/build/icons)

Writes, for each source (``mooring`` and the discreet-mode ``neutral``):
``NAME.ico`` (Windows, 16-256 px), ``NAME.icns`` (macOS, 16-1024 px, drawn on Apple's
icon grid so it sits right in the Dock) and ``NAME-SIZE.png`` (16-1024 px).

Only PySide6 is needed: QSvgRenderer draws the pixels, and the ICO and ICNS containers
are written here in plain Python, so no platform tool (iconutil, ImageMagick) is used.
Without a screen, Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SOURCES = {
    "mooring": ROOT / "resources" / "icons" / "mooring.svg",
    "neutral": ROOT / "resources" / "icons" / "neutral.svg",
}
DEFAULT_OUT = ROOT / "packaging" / "build" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
# Small ICO entries are stored as 32-bit bitmaps, which every Windows reader accepts;
# big ones as PNG (Windows Vista and later), which keeps the file small.
ICO_PNG_FROM = 64
# ICNS element types, all PNG-encoded (accepted since macOS 10.7): type -> pixel size.
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),  # 512 pt @2x
    ("ic11", 32),  # 16 pt @2x
    ("ic12", 64),  # 32 pt @2x
    ("ic13", 256),  # 128 pt @2x
    ("ic14", 512),  # 256 pt @2x
)
# Apple's icon grid: the shape fills 824 of 1024 px, centred; macOS does not add the
# margin itself, so a full-bleed square would look too big beside other apps.
MACOS_INSET = 100 / 1024


class IconError(Exception):
    """A source SVG is missing or Qt cannot render it."""


def ensure_gui_application() -> object:
    """A QGuiApplication (Qt needs one to render); offscreen unless a screen is set."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["make_icons"])
    return app


def render(svg: Path, size: int, *, inset: float = 0.0):  # -> QImage
    """Render ``svg`` into a transparent ``size`` x ``size`` image (ARGB, straight alpha)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    ensure_gui_application()
    if not svg.is_file():
        raise IconError(f"icon source missing: {svg}")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconError(f"Qt cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    margin = size * inset
    renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_RGBA8888)


def png_bytes(image) -> bytes:  # image: QImage
    """The image encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise IconError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _rgba(image) -> bytes:  # image: QImage in Format_RGBA8888
    """Pixels as R, G, B, A bytes, top row first, no row padding."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())
    return b"".join(bits[y * stride : y * stride + width * 4] for y in range(height))


def dib_bytes(image) -> bytes:  # image: QImage in Format_RGBA8888
    """A 32-bit BGRA device-independent bitmap with its AND mask, as ICO entries hold it."""
    width, height = image.width(), image.height()
    rgba = _rgba(image)
    bgra = bytearray(len(rgba))
    bgra[0::4] = rgba[2::4]
    bgra[1::4] = rgba[1::4]
    bgra[2::4] = rgba[0::4]
    bgra[3::4] = rgba[3::4]
    row = width * 4
    # Bottom-up rows; the height field counts the colour rows and the mask rows.
    colour = b"".join(bgra[y * row : (y + 1) * row] for y in reversed(range(height)))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytearray()
    for y in reversed(range(height)):
        line = bytearray(mask_stride)
        for x in range(width):
            if rgba[(y * width + x) * 4 + 3] == 0:  # fully transparent: mask bit set
                line[x // 8] |= 0x80 >> (x % 8)
        mask += line
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(colour), 0, 0, 0, 0)
    return header + colour + bytes(mask)


def ico_bytes(entries: Iterable[tuple[int, bytes]]) -> bytes:
    """An ICO file from (size, image data) pairs; data is a DIB or a PNG."""
    items = sorted(entries)
    directory = struct.pack("<HHH", 0, 1, len(items))
    offset = 6 + 16 * len(items)
    blobs = []
    for size, data in items:
        if not 1 <= size <= 256:
            raise IconError(f"ICO entries are 1-256 px, not {size}")
        side = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs.append(data)
    return directory + b"".join(blobs)


def icns_bytes(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """An ICNS file from (OSType, PNG data) pairs."""
    body = b""
    for kind, data in entries:
        code = kind.encode("ascii")
        if len(code) != 4:
            raise IconError(f"ICNS types are four characters, not {kind!r}")
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_ico(svg: Path) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = render(svg, size)
        entries.append((size, png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)))
    return ico_bytes(entries)


def make_icns(svg: Path) -> bytes:
    pngs: dict[int, bytes] = {}
    for _kind, size in ICNS_TYPES:
        if size not in pngs:
            pngs[size] = png_bytes(render(svg, size, inset=MACOS_INSET))
    return icns_bytes((kind, pngs[size]) for kind, size in ICNS_TYPES)


def generate(out_dir: Path = DEFAULT_OUT, sources: dict[str, Path] | None = None) -> list[Path]:
    """Write every icon for every source into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, data: bytes) -> None:
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)

    for name, svg in (sources or ICON_SOURCES).items():
        for size in PNG_SIZES:
            write(f"{name}-{size}.png", png_bytes(render(svg, size)))
        write(f"{name}.ico", make_ico(svg))
        write(f"{name}.icns", make_icns(svg))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    try:
        written = generate(args.out)
    except IconError as error:
        print(f"make_icons: {error}", file=sys.stderr)
        return 1
    total = sum(path.stat().st_size for path in written)
    print(f"make_icons: {len(written)} files, {total / 1024:.0f} KiB, in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
