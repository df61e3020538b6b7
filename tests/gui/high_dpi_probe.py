"""Measure how sharp the PDF preview's page and the About dialog's icon are on a high-DPI screen.

Run by ``test_high_dpi.py`` in a fresh process with ``QT_SCALE_FACTOR=2`` (the device pixel
ratio is fixed when the application starts)::

    QT_SCALE_FACTOR=2 python tests/gui/high_dpi_probe.py OUT.json [--shot PNG]

OUT.json holds, for the preview's page view: the device pixel ratio, its logical size and the
pixel size of what it shows, and ``detail``: among the 2×2 pixel blocks of the page that hold
ink, the share whose four pixels differ. A page rendered at the screen's resolution has fine
detail within such blocks (the edges of the letters); a page rendered at half the resolution
and scaled up shows each of its pixels as a uniform 2×2 block (detail near 0), which is what
a blurry preview looks like; ``blurred_detail`` is the same measure of the page scaled down
to half and up again, to show that the measure tells the two apart. For the About dialog's
icon (``about_icon``): the pixmap's device pixel ratio and pixel size, and its logical size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

INK = 160
"""A pixel darker than this (in each channel) is ink."""


def _write_pdf(path: Path) -> None:
    """A page of small text (made up), in the bundled font as the printed forms are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 9)
    for line in range(60):
        page.drawString(50, 800 - line * 12, f"Line {line:02d}: the quick brown fox 0123456789")
    page.save()


def _ink_blocks(image: QImage) -> tuple[int, int]:
    """(blocks with ink, of them with detail) over the 2×2 blocks of ``image``."""
    inked = detailed = 0
    for y in range(0, image.height() - 1, 2):
        for x in range(0, image.width() - 1, 2):
            pixels = (
                image.pixel(x, y),
                image.pixel(x + 1, y),
                image.pixel(x, y + 1),
                image.pixel(x + 1, y + 1),
            )
            if not any((p & 0xFF) < INK for p in pixels):
                continue
            inked += 1
            if len(set(pixels)) > 1:
                detailed += 1
    return inked, detailed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shot", type=Path)
    args = parser.parse_args()

    from welfaredesk.gui.about_dialog import ICON_SIZE, AboutDialog
    from welfaredesk.gui.application import configure_application
    from welfaredesk.gui.pdf_preview import PdfPreviewDialog

    app = QApplication(sys.argv[:1])
    configure_application(app, "ja", 100)
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="welfaredesk-dpi-") as folder:
        pdf = Path(folder) / "page.pdf"
        _write_pdf(pdf)
        dialog = PdfPreviewDialog(pdf, "page")
        dialog.show()
        view = dialog.view.viewport()
        deadline = time.monotonic() + 15
        image = QImage()
        inked = detailed = 0
        while time.monotonic() < deadline:  # QtPdf draws the page on a thread
            QCoreApplication.processEvents()
            time.sleep(0.05)
            grabbed = view.grab()
            image = grabbed.toImage()
            # The middle of the page: lines of text, away from its edges.
            part = image.copy(image.width() // 4, image.height() // 4, 400, 300)
            inked, detailed = _ink_blocks(part)
            if inked > 200:
                break
        part = image.copy(image.width() // 4, image.height() // 4, 400, 300)
        half = part.scaled(part.width() // 2, part.height() // 2)
        blurred = half.scaled(part.width(), part.height())  # each pixel as a 2×2 block
        blurred_inked, blurred_detailed = _ink_blocks(blurred)
        result["preview"] = {
            "device_pixel_ratio": view.devicePixelRatioF(),
            "image_ratio": image.devicePixelRatioF(),
            "logical": [view.width(), view.height()],
            "pixels": [image.width(), image.height()],
            "ink_blocks": inked,
            "detail": detailed / inked if inked else 0.0,
            "blurred_detail": blurred_detailed / blurred_inked if blurred_inked else 0.0,
        }
        if args.shot is not None:
            image.save(str(args.shot))
        dialog.close()
        QCoreApplication.processEvents()
    about = AboutDialog(None)
    about.show()
    QCoreApplication.processEvents()
    icon = about.findChild(QLabel, "iconLabel")
    pixmap = icon.pixmap() if icon is not None else QPixmap()
    result["about_icon"] = {
        "device_pixel_ratio": pixmap.devicePixelRatioF(),
        "pixels": [pixmap.width(), pixmap.height()],
        "logical": [ICON_SIZE, ICON_SIZE],
    }
    about.close()
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
