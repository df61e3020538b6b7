"""Page furniture, text safety, styles and grids shared by every printed form (design.md §6).

Every page of every form carries the same furniture:

* header: the form title, the case number and a boxed 「取扱注意」 (confidential);
* footer: the desk name, ``n / m`` page numbering and ``印刷: {who} {when}``;
* optionally, a notice band just above the footer (:attr:`PageFurniture.notice`), such as the
  duty of confidentiality of a statutory support meeting; the body stops higher to make room.

The page count ``m`` is only known once the whole story is laid out, so the furniture is drawn
by :class:`NumberedCanvas` (reportlab's "NumberedCanvas" pattern): it remembers each page's
state and draws the header and footer on all of them when the document is saved.

Text coming from the database may hold characters the bundled BIZ UD fonts lack (emoji, a few
rare ideographs outside the fonts' character set, such as 𠮷 U+20BB7). :func:`printable`
replaces each of them with 〓 (geta mark, the customary placeholder for a missing 外字), so the
form prints and shows the counselor where a character has to be written by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from welfaredesk.domain.wareki import format_wareki
from welfaredesk.printing import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 20 * mm
NOTICE_HEIGHT = 6 * mm
"""The height of the notice band above the footer (when the furniture has a notice)."""
MARGIN_BOTTOM_WITH_NOTICE = MARGIN_BOTTOM + NOTICE_HEIGHT + 2 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTACT_SIZE = 7.0
"""The font size of the desk's address and phone in the footer."""
CONTACT_MIN_SIZE = 5.5
"""The smallest size of the footer's desk lines; a longer line is condensed to fit."""
FRAME_PADDING = 6
"""What platypus' page frame leaves empty on each of its sides."""
ROOM_ON_A_PAGE = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM_WITH_NOTICE - 2 * FRAME_PADDING
"""The least height a page offers the body (with a notice band): a taller row never fits."""

MISSING_GLYPH = "〓"
"""Printed in place of a character the bundled fonts cannot draw."""

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#555555")
GRID = colors.HexColor("#8c8c8c")
LABEL_FILL = colors.HexColor("#e9edf1")
HEADING_FILL = colors.HexColor("#d5dde5")
CONFIDENTIAL = colors.HexColor("#b00020")
MUTED = colors.HexColor("#8a8a8a")

_IGNORABLE = frozenset(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
)
"""Zero-width joiners and variation selectors: dropped, the base character still prints."""


@dataclass(frozen=True)
class PageFurniture:
    """What the header and footer of every page show.

    Attributes:
        title: the form title (``連絡票``).
        case_number: the case number, printed on every page.
        desk_name: the desk that printed the form (``福祉総合相談窓口``).
        printed_by: the display name of the staff member who printed it.
        printed_at: when it was printed (local time).
        notice: a one-line notice boxed above the footer of every page (``""``: none).
        desk_address: the desk's address, in small print under its name (``""``: none).
        desk_phone: the desk's phone number, after the address (``""``: none).
    """

    title: str
    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    notice: str = ""
    desk_address: str = ""
    desk_phone: str = ""

    @property
    def desk_contact(self) -> str:
        """The address and phone as one line of the footer (``""`` when neither is set)."""
        parts = [self.desk_address.strip()]
        if self.desk_phone.strip():
            parts.append(f"電話 {self.desk_phone.strip()}")
        return "\u3000".join(part for part in parts if part)


@cache
def _covered_codepoints() -> frozenset[int]:
    """The code points every bundled font can draw."""
    names = fonts.register_fonts()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in names]
    return frozenset(set.intersection(*maps))


@cache
def _fallback_fonts() -> dict[int, str]:
    """Code point → the first fallback font that can draw it (main fonts' points left out)."""
    fonts.register_fonts()
    covered = _covered_codepoints()
    chosen: dict[int, str] = {}
    for name in fonts.FALLBACKS:
        for code in pdfmetrics.getFont(name).face.charToGlyph:
            if code not in covered and code >= 0x80:
                chosen.setdefault(code, name)
    return chosen


@cache
def _fallback_codepoints() -> frozenset[int]:
    """The code points only a fallback font can draw."""
    return frozenset(_fallback_fonts())


@cache
def _printable_codepoints(fallback: bool) -> frozenset[int]:
    """The code points :func:`printable` keeps: the main fonts', plus the fallbacks' if asked."""
    if fallback:
        return _covered_codepoints() | _fallback_codepoints()
    return _covered_codepoints()


@cache
def _unchanged_chars(fallback: bool) -> frozenset[str]:
    """The characters :func:`printable` keeps as they are (a text of only these is returned)."""
    return frozenset(
        chr(code)
        for code in _printable_codepoints(fallback)
        if code not in _IGNORABLE and not (code < 0x20 or 0x7F <= code < 0xA0)
    ) | {"\n"}


@cache
def _fallback_chars() -> frozenset[str]:
    """The characters only a fallback font can draw (a line without them needs no switch)."""
    return frozenset(map(chr, _fallback_codepoints()))


def printable(text: str, *, fallback: bool = False) -> str:
    """Make text safe for the bundled fonts.

    Characters the fonts lack become :data:`MISSING_GLYPH`; zero-width joiners and variation
    selectors are dropped; tabs and other control characters become spaces, except newlines.

    Args:
        text: any text.
        fallback: keep the characters a fallback font has (name kanji, emoji: for Paragraph
            text, where :func:`markup` switches the font for them); canvas text cannot.

    Returns:
        Text every character of which the bundled fonts can draw (plus ``\\n``).
    """
    if _unchanged_chars(fallback).issuperset(text):
        return text  # the usual case, checked in one pass
    covered = _printable_codepoints(fallback)
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n":
            out.append(char)
        elif code in _IGNORABLE:
            continue
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(" ")
        elif code in covered:
            out.append(char)
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)


def markup(text: str, *, empty: str = "—") -> str:
    """Turn plain text into safe Paragraph markup: glyph-checked, escaped, newlines kept.

    Args:
        text: plain text from a DTO.
        empty: what to print when ``text`` is blank.

    Returns:
        Paragraph markup.
    """
    clean = printable(text.replace("\r\n", "\n").replace("\r", "\n"), fallback=True).strip()
    if not clean:
        return escape(empty)
    return "<br/>".join(_with_fallback_font(line) for line in clean.split("\n"))


def _with_fallback_font(line: str) -> str:
    """Escape a line, switching to a fallback font for the characters only it has."""
    if _fallback_chars().isdisjoint(line):
        return escape(line)  # the usual case: no name kanji, no emoji
    fallback = _fallback_fonts()
    out: list[str] = []
    for char in line:
        face = fallback.get(ord(char))
        if face is None:
            out.append(escape(char))
        else:
            out.append(f'<font face="{face}">{escape(char)}</font>')
    return "".join(out)


def wareki_date(day: date | None, *, empty: str = "—") -> str:
    """``令和7年(2025年)4月1日``: a date in 和暦 with the western year, or ``empty``."""
    if day is None:
        return empty
    return format_wareki(day, style="western")


def wareki_datetime(moment: datetime) -> str:
    """``令和7年(2025年)4月1日 14:05``: a moment in 和暦 with the western year and the time."""
    return f"{format_wareki(moment.date(), style='western')} {moment:%H:%M}"


@dataclass(frozen=True)
class FormStyles:
    """Paragraph styles for forms: Gothic for labels and headings, Mincho for entries.

    Attributes:
        label: grid label cells (Gothic 9pt).
        body: entries in grids and flowing text (Mincho 10pt).
        body_large: an entry that must stand out, such as the person's name (Mincho 14pt).
        small: notes and legends (Gothic 8.5pt, muted).
        table_body: entries in column tables (Mincho 9pt, so dates fit one line).
        heading: section headings (Gothic bold 11pt).
        table_head: column headings in tables (Gothic 9pt, centred).
    """

    label: ParagraphStyle
    body: ParagraphStyle
    body_large: ParagraphStyle
    table_body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    table_head: ParagraphStyle


@cache
def form_styles() -> FormStyles:
    """The shared paragraph styles (fonts registered on first use), all ``wordWrap='CJK'``."""
    fonts.register_fonts()
    base: dict[str, Any] = {"wordWrap": "CJK", "textColor": INK, "alignment": TA_LEFT}
    return FormStyles(
        label=ParagraphStyle("label", fontName=fonts.GOTHIC, fontSize=9, leading=12, **base),
        body=ParagraphStyle("body", fontName=fonts.MINCHO, fontSize=10, leading=15, **base),
        body_large=ParagraphStyle(
            "body_large", fontName=fonts.MINCHO, fontSize=14, leading=18, **base
        ),
        table_body=ParagraphStyle(
            "table_body", fontName=fonts.MINCHO, fontSize=9, leading=13, **base
        ),
        small=ParagraphStyle(
            "small",
            fontName=fonts.GOTHIC,
            fontSize=8.5,
            leading=11,
            wordWrap="CJK",
            textColor=colors.HexColor("#444444"),
        ),
        heading=ParagraphStyle(
            "heading",
            fontName=fonts.GOTHIC_BOLD,
            fontSize=11,
            leading=14,
            **base,
        ),
        table_head=ParagraphStyle(
            "table_head",
            fontName=fonts.GOTHIC,
            fontSize=9,
            leading=12,
            wordWrap="CJK",
            textColor=INK,
            alignment=1,
        ),
    )


class FormParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A :class:`~reportlab.platypus.Paragraph` that breaks its lines once per width.

    A table asks every cell's paragraph for its size again and again: to size the rows, again
    for the rest of the table each time it breaks across a page, and once more to draw it. The
    CJK line breaking (character by character, with kinsoku) is most of the cost of a form, and
    its result depends only on the text, the style and the width: so the lines found for a
    width are kept and reused while the width stays the same. The lines are the very same
    object reportlab made, so splitting and drawing are exactly as without the memo.
    """

    _wrap_memo: tuple[float, Any, float] | None = None
    """(width, the lines reportlab made for it, the height), from the last full wrap."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._wrap_memo
        if memo is not None and memo[0] == availWidth and self.__dict__.get("blPara") is memo[1]:
            self.width = availWidth
            self.height = memo[2]
            return availWidth, memo[2]
        width, height = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        if lines is not None:
            self._wrap_memo = (availWidth, lines, height)
        return width, height


def section_heading(title: str) -> Table:
    """A section heading: a shaded band with a dark left edge, full content width.

    Args:
        title: the heading text (plain text).

    Returns:
        A one-cell table to put in the story.
    """
    table = Table(
        [[FormParagraph(markup(title), form_styles().heading)]],
        colWidths=[CONTENT_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEADING_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


GridCell: TypeAlias = str | Flowable
"""A grid cell: plain text (printed in the body style) or a ready flowable."""


def _row_height(cells: Sequence[Flowable | str], widths: Sequence[float], padding: float) -> float:
    """The height a row of a grid needs (``""`` cells: the one before spans over them)."""
    spans: list[tuple[Flowable | str, float]] = []
    for cell, width in zip(cells, widths, strict=True):
        if cell == "" and spans:
            spans[-1] = (spans[-1][0], spans[-1][1] + width)
        else:
            spans.append((cell, width))
    tallest = 0.0
    for cell, width in spans:
        if isinstance(cell, Flowable):
            tallest = max(tallest, cell.wrap(width - 2 * padding, ROOM_ON_A_PAGE)[1])
    return tallest


def _top_aligned_long_rows(
    data: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    padding: float,
    head_rows: int = 0,
) -> list[tuple[Any, ...]]:
    """``VALIGN TOP`` for each row taller than a page (which breaks inside itself).

    reportlab breaks a middle-aligned row by padding its short cells to keep them centred, which
    makes what is left of a row longer than a page longer again: it then prints page after page
    of empty rows under the repeated heading. A row that cannot fit on one page anyway starts
    at the top of its cells; every other row stays centred. The paragraphs keep the lines they
    were measured with (:class:`FormParagraph`), so measuring here costs the table nothing.

    Args:
        data: the table's rows, the heading rows first.
        widths: the column widths.
        padding: the cells' left and right padding (3 pt above and 4 pt below are added).
        head_rows: how many heading rows repeat on every page.
    """
    vertical = 3 + 4
    room = ROOM_ON_A_PAGE - sum(
        _row_height(row, widths, padding) + vertical for row in data[:head_rows]
    )
    return [
        ("VALIGN", (0, index), (-1, index), "TOP")
        for index, row in enumerate(data)
        if index >= head_rows and _row_height(row, widths, padding) + vertical > room
    ]


def labelled_grid(
    rows: Sequence[Sequence[tuple[str, GridCell]]],
    *,
    label_width: float = 24 * mm,
    split_in_row: bool = False,
) -> Table:
    """A labelled grid: each row holds (label, value) pairs; label cells are shaded.

    A row with fewer pairs than the widest row lets its last value span the rest of the row.

    Args:
        rows: the rows, each a sequence of ``(label, value)`` pairs; a ``str`` value is plain
            text (glyph-checked and escaped here), a flowable is used as is.
        label_width: the width of every label column.
        split_in_row: let a row taller than what is left of the page break inside itself.

    Returns:
        A table spanning the content width.
    """
    styles = form_styles()
    pairs = max(len(row) for row in rows)
    value_width = (CONTENT_WIDTH - pairs * label_width) / pairs
    widths = [label_width, value_width] * pairs
    data: list[list[Flowable | str]] = []
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for row_index, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for pair_index, (label, value) in enumerate(row):
            cells.append(FormParagraph(markup(label), styles.label))
            cells.append(
                value if isinstance(value, Flowable) else FormParagraph(markup(value), styles.body)
            )
            col = pair_index * 2
            commands.append(("BACKGROUND", (col, row_index), (col, row_index), LABEL_FILL))
        if len(row) < pairs:
            last = len(row) * 2 - 1
            cells.extend([""] * (pairs * 2 - len(cells)))
            commands.append(("SPAN", (last, row_index), (pairs * 2 - 1, row_index)))
        data.append(cells)
    if split_in_row:
        commands += _top_aligned_long_rows(data, widths, padding=5)
    table = Table(data, colWidths=widths, splitInRow=1 if split_in_row else 0)
    table.setStyle(TableStyle(commands))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[GridCell]],
    col_widths: Sequence[float],
    *,
    split_in_row: bool = False,
) -> Table:
    """A table with a shaded heading row that repeats when the table breaks across pages.

    Args:
        header: the column headings (plain text).
        rows: the body rows; ``str`` cells are plain text, flowables are used as is.
        col_widths: the column widths (they should add up to :data:`CONTENT_WIDTH`).
        split_in_row: let a row taller than what is left of the page break inside itself
            (for long free-text cells) instead of moving whole to the next page.

    Returns:
        The table.
    """
    styles = form_styles()
    data: list[list[Flowable | str]] = [
        [FormParagraph(markup(text), styles.table_head) for text in header]
    ]
    for row in rows:
        data.append(
            [
                cell
                if isinstance(cell, Flowable)
                else FormParagraph(markup(cell), styles.table_body)
                for cell in row
            ]
        )
    table = Table(
        data, colWidths=list(col_widths), repeatRows=1, splitInRow=1 if split_in_row else 0
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if split_in_row:
        commands += _top_aligned_long_rows(data, col_widths, padding=4, head_rows=1)
    table.setStyle(TableStyle(commands))
    return table


def _draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, total: int) -> None:
    """Draw the header and footer of one page."""
    canvas.saveState()
    top = PAGE_HEIGHT - 12 * mm
    left = MARGIN_X
    right = PAGE_WIDTH - MARGIN_X

    canvas.setFillColor(INK)
    canvas.setFont(fonts.GOTHIC_BOLD, 16)
    canvas.drawString(left, top - 6 * mm, printable(furniture.title))
    if furniture.case_number:  # meeting papers belong to no single case
        canvas.setFont(fonts.GOTHIC, 9)
        canvas.drawString(left, top - 12 * mm, "受付番号")
        canvas.setFont(fonts.GOTHIC_BOLD, 11)
        canvas.drawString(left + 15 * mm, top - 12 * mm, printable(furniture.case_number))

    box_width, box_height = 30 * mm, 10 * mm
    box_x, box_y = right - box_width, top - 11 * mm
    canvas.setStrokeColor(CONFIDENTIAL)
    canvas.setFillColor(CONFIDENTIAL)
    canvas.setLineWidth(1.5)
    canvas.rect(box_x, box_y, box_width, box_height, stroke=1, fill=0)
    canvas.setFont(fonts.GOTHIC_BOLD, 14)
    canvas.drawCentredString(box_x + box_width / 2, box_y + 3 * mm, "取扱注意")

    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.line(left, top - 15 * mm, right, top - 15 * mm)

    bottom = 10 * mm
    canvas.line(left, bottom + 5 * mm, right, bottom + 5 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.GOTHIC, 8.5)
    # The name shares its line with the page number in the middle: it keeps to the left half.
    _draw_fitted(
        canvas, printable(furniture.desk_name), left, bottom, 8.5, CONTENT_WIDTH / 2 - 12 * mm
    )
    contact = printable(furniture.desk_contact)
    if contact:
        # Under the name, across the width: nothing else is printed on that line.
        _draw_fitted(canvas, contact, left, bottom - 3.5 * mm, CONTACT_SIZE, CONTENT_WIDTH)
    canvas.setFont(fonts.GOTHIC, 8.5)
    printed = f"印刷: {furniture.printed_by} {wareki_datetime(furniture.printed_at)}"
    canvas.drawRightString(right, bottom, printable(printed))
    canvas.setFont(fonts.GOTHIC, 10)
    canvas.drawCentredString(PAGE_WIDTH / 2, bottom, f"{page} / {total}")
    if furniture.notice:
        _draw_notice(canvas, printable(furniture.notice), bottom + 6.5 * mm)
    canvas.restoreState()


def _draw_fitted(  # noqa: PLR0917 - text, where, and how big it may be
    canvas: Canvas, line: str, x: float, y: float, size: float, max_width: float
) -> None:
    """Draw one line of footer text, made smaller (then narrower) until it fits ``max_width``."""
    width = pdfmetrics.stringWidth(line, fonts.GOTHIC, size)
    while size > CONTACT_MIN_SIZE and width > max_width:
        size -= 0.25
        width = pdfmetrics.stringWidth(line, fonts.GOTHIC, size)
    text = canvas.beginText(x, y)
    text.setFont(fonts.GOTHIC, size)
    if width > max_width:  # very long: condensed rather than cut off or run into the rest
        text.setHorizScale(100 * max_width / width)
    text.textOut(line)
    canvas.drawText(text)


def _draw_notice(canvas: Canvas, notice: str, y: float) -> None:
    """Draw the notice band with its bottom edge at ``y``, shrinking the text to fit."""
    left = MARGIN_X
    width = CONTENT_WIDTH
    size = 9.0
    while size > 6 and pdfmetrics.stringWidth(notice, fonts.GOTHIC_BOLD, size) > width - 6 * mm:
        size -= 0.5
    canvas.setStrokeColor(CONFIDENTIAL)
    canvas.setLineWidth(0.8)
    canvas.rect(left, y, width, NOTICE_HEIGHT, stroke=1, fill=0)
    canvas.setFillColor(CONFIDENTIAL)
    canvas.setFont(fonts.GOTHIC_BOLD, size)
    canvas.drawCentredString(left + width / 2, y + (NOTICE_HEIGHT - size * 0.7) / 2, notice)


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that draws the furniture with ``n / m`` on every page when saved.

    Args:
        furniture: what the header and footer show.

    Returns:
        A :class:`~reportlab.pdfgen.canvas.Canvas` subclass to pass as ``canvasmaker``.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Remembers every page, then draws the furniture once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write the PDF's streams deflated only, without reportlab's ASCII85 layer over them.

    The pages are the same; the streams lose the quarter ASCII85 adds, and the form its
    pure-Python encoding (a few milliseconds; ASCII85 is for 7-bit channels, which a saved PDF
    never goes through). reportlab has only a global switch, so it is set for the build and put
    back after (a build running at the same time in another thread would at worst get some
    ASCII85 streams, which are just as valid).
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def build_form(out: Path, furniture: PageFurniture, story: list[Flowable]) -> Path:
    """Lay out a story on A4 portrait pages with the furniture on every page.

    Args:
        out: where to write the PDF (its folder must exist).
        furniture: what the header and footer show.
        story: the flowables of the form body.

    Returns:
        ``out``.
    """
    fonts.register_fonts()
    document = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM_WITH_NOTICE if furniture.notice else MARGIN_BOTTOM,
        title=printable(f"{furniture.title} {furniture.case_number}"),
        author=printable(furniture.desk_name),
        subject="取扱注意",
        initialFontName=fonts.MINCHO,
        initialFontSize=10,
    )
    with _binary_streams():
        document.build(story, canvasmaker=numbered_canvas(furniture))
    return out
