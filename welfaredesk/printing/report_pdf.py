"""A statistics report (:class:`~welfaredesk.domain.reports.Report`) as an A4 portrait PDF.

The first page opens with an outline: 期間, the period compared with (前年度など), 集計の範囲,
作成日時 and, for a report with small cells hidden, how many were hidden below. Then the
tables follow one after another, each under a section heading: the label column on the
left, the number columns right-aligned with thousands separators (hours with one decimal), total
lines in bold on a shaded band, a suppressed cell as 「*」. Under a table come the footnote
「*は{n}件未満のため表示していません」 (when it has a hidden cell) and the table's note.
A table that fits on a page is kept whole with its heading and notes; a longer one breaks
with its column captions repeated.

The furniture (title, 取扱注意, page n/m, desk name, 作成 {when}) is on every page
(:mod:`welfaredesk.printing.common`); a report belongs to no case, so the header has no case
number. Pure: no database, no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from welfaredesk.domain.reports import Report, ReportTable
from welfaredesk.printing import fonts
from welfaredesk.printing.common import (
    CONTENT_WIDTH,
    GRID,
    INK,
    LABEL_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    RULE,
    FormParagraph,
    PageFurniture,
    build_form,
    form_styles,
    labelled_grid,
    markup,
    printable,
    section_heading,
    wareki_date,
    wareki_datetime,
)
from welfaredesk.printing.report_csv import SUPPRESSED_MARK, has_suppressed, suppression_footnote

TOTAL_FILL = colors.HexColor("#f2f4f6")
"""The band behind a total line."""

_FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12
"""What one page holds (less reportlab's frame padding)."""
_LABEL_MIN = 38 * mm
_LABEL_MAX = 70 * mm
_VALUE_MAX = 30 * mm
_VALUE_MIN = 14 * mm


def number_text(value: int | float | None) -> str:
    """A value as printed: ``1,234``, ``12.5`` (hours), or 「*」 for a suppressed cell."""
    if value is None:
        return SUPPRESSED_MARK
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


class _Styles:
    """Gothic 9pt cells: label, bold label (totals), captions."""

    _cached: _Styles | None = None

    def __init__(self, size: float = 9) -> None:
        base = form_styles()
        common: dict[str, Any] = {"fontSize": size, "leading": size + 3, "textColor": INK}
        self.label = ParagraphStyle("report_label", parent=base.label, **common)
        self.total = ParagraphStyle(
            "report_total", parent=base.label, fontName=fonts.GOTHIC_BOLD, **common
        )
        self.head = ParagraphStyle("report_head", parent=base.table_head, **common)
        self.head_label = ParagraphStyle(
            "report_head_label", parent=base.table_head, alignment=0, **common
        )
        self.small = base.small

    @classmethod
    def get(cls) -> _Styles:
        if cls._cached is None:
            cls._cached = cls()
        return cls._cached


def _widths(table: ReportTable, size: float) -> list[float]:
    """The label column as wide as its longest line (within limits), numbers equally wide."""
    columns = max(len(table.columns), 1)
    labels = [table.row_header, *(row.label for row in table.rows)]
    longest = max(pdfmetrics.stringWidth(printable(t), fonts.GOTHIC_BOLD, size) for t in labels)
    label = min(max(longest + 10, _LABEL_MIN), _LABEL_MAX)
    value = min(_VALUE_MAX, (CONTENT_WIDTH - label) / columns)
    if value < _VALUE_MIN:  # very many columns: give the label column less room
        label = max(_LABEL_MIN, CONTENT_WIDTH - _VALUE_MIN * columns)
        value = (CONTENT_WIDTH - label) / columns
    return [label, *([value] * columns)]


def _table(table: ReportTable) -> Table:
    size = 9.0 if len(table.columns) <= 8 else 7.5
    styles = _Styles.get() if size == 9 else _Styles(size)
    data: list[list[Flowable | str]] = [
        [
            FormParagraph(markup(table.row_header, empty=""), styles.head_label),
            *(FormParagraph(markup(c, empty=""), styles.head) for c in table.columns),
        ]
    ]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 1, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (1, 1), (-1, -1), fonts.GOTHIC),
        ("FONTSIZE", (1, 1), (-1, -1), size),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for index, row in enumerate(table.rows, start=1):
        style = styles.total if row.total else styles.label
        values = list(row.values) + [None] * (len(table.columns) - len(row.values))
        data.append(
            [FormParagraph(markup(row.label, empty=""), style), *(number_text(v) for v in values)]
        )
        if row.total:
            commands.append(("BACKGROUND", (0, index), (-1, index), TOTAL_FILL))
            commands.append(("FONTNAME", (1, index), (-1, index), fonts.GOTHIC_BOLD))
            commands.append(("LINEABOVE", (0, index), (-1, index), 1, RULE))
    result = Table(data, colWidths=_widths(table, size), repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


def _outline(report: Report) -> list[Flowable]:
    compared = f"{wareki_date(report.previous_start)} ～ {wareki_date(report.previous_end)}"
    rows: list[list[tuple[str, str]]] = [
        [("期間", report.period_label)],
        [("比較", compared)],
        [("集計の範囲", report.scope_label)],
        [("作成日時", wareki_datetime(report.generated_at))],
    ]
    if report.suppressed_below is not None:
        rows.append(
            [
                (
                    "秘匿",
                    f"{report.suppressed_below}件未満の数は「{SUPPRESSED_MARK}」で表示して"
                    "います(個人が特定されないように)",
                )
            ]
        )
    return [labelled_grid(rows, label_width=22 * mm), Spacer(1, 5 * mm)]


def _section(report: Report, table: ReportTable) -> list[Flowable]:
    styles = _Styles.get()
    parts: list[Flowable] = [section_heading(table.title), Spacer(1, 1.5 * mm)]
    if not table.rows:
        parts.append(FormParagraph("(該当するものはありません)", styles.small))
    else:
        parts.append(_table(table))
    notes: list[str] = []
    if has_suppressed(table):
        notes.append(suppression_footnote(report))
    if table.note.strip():
        notes.append(f"※{table.note}")
    for note in notes:
        parts.append(Spacer(1, 1 * mm))
        parts.append(FormParagraph(markup(note), styles.small))
    # a table that fits on a page moves whole, with its heading and notes; a longer one
    # starts where at least its first lines fit, and breaks with its captions repeated
    height = sum(part.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] for part in parts)
    body: list[Flowable] = [KeepTogether(parts)] if height < _FRAME_HEIGHT else parts
    return [CondPageBreak(35 * mm), *body, Spacer(1, 6 * mm)]


def build_report_pdf(
    report: Report, out: Path, *, desk_name: str | None = None, printed_by: str = ""
) -> Path:
    """Write ``report`` as an A4 portrait PDF.

    Args:
        report: the report to print.
        out: where to write the PDF (its folder must exist; an existing file is replaced).
        desk_name: the desk's name in the footer (None: the report's own).
        printed_by: who made it (footer), or ``""``.

    Returns:
        ``out``.
    """
    story: list[Flowable] = _outline(report)
    for table in report.tables:
        story.extend(_section(report, table))
    if not report.tables:
        story.append(FormParagraph("(表はありません)", _Styles.get().small))
    furniture = PageFurniture(
        title=report.title,
        case_number="",
        desk_name=report.desk_name if desk_name is None else desk_name,
        printed_by=printed_by,
        printed_at=report.generated_at,
    )
    return build_form(out, furniture, story)
