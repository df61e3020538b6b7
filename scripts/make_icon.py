"""Render the application icon: resources/icons/welfaredesk.svg to .png (256 px) and .ico.

The ICO holds 16, 24, 32, 48, 64, 128 and 256 px frames, each a PNG (Windows Vista and later
read PNG frames); Qt's own ico writer stores one size only, so the container is written here:
a 6-byte header, a 16-byte entry per frame, then the frames. Small sizes are rendered from the
SVG directly (not scaled down from 256 px), so the strokes stay sharp.

Run after changing the SVG: ``python scripts/make_icon.py``; the outputs are committed (the
PyInstaller spec and the Inno Setup script use welfaredesk.ico).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "welfaredesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG file contents."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(frames: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of PNG frames ((size, png) pairs), smallest first."""
    header = struct.pack("<HHH", 0, 1, len(frames))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(frames)
    entries = b""
    for size, png in frames:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(png for _size, png in frames)


def main() -> int:
    """Write welfaredesk.png and welfaredesk.ico next to the SVG."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"not a valid SVG: {SVG}", file=sys.stderr)  # noqa: T201 - a build script
        return 1
    frames = [(size, png_bytes(render(renderer, size))) for size in SIZES]
    (ICONS / "welfaredesk.png").write_bytes(dict(frames)[256])
    (ICONS / "welfaredesk.ico").write_bytes(ico_bytes(frames))
    print(f"wrote {ICONS / 'welfaredesk.png'} and welfaredesk.ico ({len(frames)} sizes)")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
