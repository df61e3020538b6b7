"""The bundled Japanese fonts for reportlab, registered once per process.

BIZ UDGothic and BIZ UDMincho are TrueType (reportlab rejects CFF ``.otf``) and are embedded
in every PDF, so forms print the same on a PC with no Japanese fonts. Name kanji they lack
(𠮷 and the rest of the MJ set) come from :data:`NAME_FALLBACK`, emoji and symbols from
:data:`SYMBOL_FALLBACK`; :func:`welfaredesk.printing.common.markup` switches to them character
by character.
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
NAME_FALLBACK = "WelfareDeskNameMincho"
"""Name kanji the BIZ UD fonts lack (𠮷 …): a subset of IPAmj明朝, see scripts/make_name_font.py."""
SYMBOL_FALLBACK = "Symbola"
"""Emoji and symbols people type (😢 ☑ …), drawn in black like the rest of the form."""
FALLBACKS = (NAME_FALLBACK, SYMBOL_FALLBACK)
"""Fonts tried, in order, for a character the main fonts lack."""

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
    pdfmetrics.registerFont(TTFont(NAME_FALLBACK, str(folder / "WelfareDeskNameMincho.ttf")))
    pdfmetrics.registerFont(TTFont(SYMBOL_FALLBACK, str(folder / "Symbola.ttf")))
    return tuple(_FILES)
