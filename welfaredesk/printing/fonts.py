"""The bundled Japanese fonts for reportlab, registered once per process.

BIZ UDGothic and BIZ UDMincho are TrueType (reportlab rejects CFF ``.otf``) and are embedded
in every PDF, so forms print the same on a PC with no Japanese fonts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from welfaredesk import paths

GOTHIC = "BIZUDGothic"
GOTHIC_BOLD = "BIZUDGothic-Bold"
MINCHO = "BIZUDMincho"

_FILES = {
    GOTHIC: "BIZUDGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDGothic-Bold.ttf",
    MINCHO: "BIZUDMincho-Regular.ttf",
}


@cache
def register_fonts(font_dir: Path | None = None) -> tuple[str, ...]:
    """Register the bundled fonts with reportlab (idempotent); returns their names."""
    folder = font_dir or paths.fonts_dir()
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(GOTHIC, normal=GOTHIC, bold=GOTHIC_BOLD)
    return tuple(_FILES)
