"""The annual 事業実績 draft (地域福祉計画の進捗状況及び評価票) as a one-sheet Excel workbook.

The city's evaluation sheet has one row per programme, in the columns 施策 |
【個別事業・取り組み】 | 担当課 | 事業実績 | 事業評価 | 今後の事業計画・展望, and rates each
programme on the A–D scale (:data:`EVALUATION_SCALE`, ``domain.md`` §6.3). The desk writes its
row from the year's figures: :func:`draft_results_text` words the national indicators of a
statistics report (:class:`~welfaredesk.domain.reports.Report`) as a first draft, the user edits
it on the report screen, and :func:`write_annual_xlsx` writes the row. Nothing here is stored
in the database. Pure data and openpyxl: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from welfaredesk.domain.dates import fiscal_year_bounds
from welfaredesk.domain.reports import AnnualEntry, Report

EVALUATION_SCALE: tuple[tuple[str, str], ...] = (
    ("A", "ほぼ施策内容を達成した。"),
    ("B", "施策内容をある程度達成したが、今後の改善、検討を要する。"),
    ("C", "施策内容を達成したとは言えず、現状について大きな課題がある。"),
    ("D", "未実施"),
)
"""The self-evaluation scale of the 評価票: (grade, definition)."""

COLUMNS: tuple[str, ...] = (
    "施策",
    "【個別事業・取り組み】",
    "担当課",
    "事業実績",
    "事業評価",
    "今後の事業計画・展望",
)
"""The captions of the sheet's columns, in order."""

COLUMN_WIDTHS: tuple[int, ...] = (22, 26, 16, 60, 10, 48)
"""The widths of the columns (Excel character units)."""

SHEET_TITLE = "事業実績・評価"
"""The name of the only sheet."""

DEFAULT_MEASURE = "相談支援体制の充実"
DEFAULT_PROJECT = "福祉総合相談窓口の運営"
DEFAULT_DEPARTMENT = "地域福祉課"

FONT_NAME = "BIZ UDゴシック"
_HEAD_FILL = PatternFill("solid", fgColor="D5DDE5")
_THIN = Side(style="thin", color="8C8C8C")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def _count(value: int | float | None, below: int | None) -> str:
    if value is None:
        return f"{below}件未満" if below else "非表示"
    return f"{int(value):,}件"


def _times(value: int | float | None, below: int | None) -> str:
    if value is None:
        return f"{below}回未満" if below else "非表示"
    return f"{int(value):,}回"


def is_fiscal_year(report: Report) -> bool:
    """Whether ``report`` covers exactly one fiscal year (4月1日～翌年3月31日)."""
    if report.start.month != 4 or report.start.day != 1:
        return False
    return fiscal_year_bounds(report.start.year) == (report.start, report.end)


def draft_results_text(report: Report, *, period_name: str = "") -> str:
    """The 事業実績 wording of the report's national indicators, this period beside the last.

    Args:
        report: a report with the ``national`` table (first column this period, second the
            period before).
        period_name: how the period is named in the text (``令和7年度``); empty: none.

    Returns:
        Japanese sentences such as 「新規相談受付 120件（前年度 98件）、プラン作成 …」, or
        ``""`` when the report has no national table.
    """
    try:
        table = report.table("national")
    except KeyError:
        return ""
    values = {row.label: row.values for row in table.rows}
    below = report.suppressed_below
    before = "前年度" if is_fiscal_year(report) else "前期間"

    def this(name: str) -> int | float | None:
        return (values.get(name) or (0,))[0]

    def prev(name: str) -> int | float | None:
        pair = values.get(name) or (0, 0)
        return pair[1] if len(pair) > 1 else 0

    def both(name: str, first: bool = False) -> str:
        label = before if first else "同"
        return f"{_count(this(name), below)}（{label} {_count(prev(name), below)}）"

    lead = f"{period_name}は、" if period_name else ""
    first = (
        f"{lead}新規相談受付 {both('新規相談受付件数', first=True)}、"
        f"プラン作成 {both('プラン作成件数')}、"
        f"プラン見直し {_count(this('プラン見直し件数'), below)}、"
        f"他機関・制度へのつなぎ {both('他機関・制度へのつなぎ件数')}"
        f"（うち同行支援 {_count(this('うち同行支援の件数'), below)}）、"
        f"支援終了 {_count(this('支援終了件数'), below)}"
        f"（うち情報提供のみで終了 {_count(this('うち情報提供のみで終了した件数'), below)}）"
        "でした。"
    )
    second = (
        f"支援経過の記録による活動は {both('活動件数（支援経過記録）')}"
        f"（うちアウトリーチ {_count(this('アウトリーチの活動件数'), below)}）で、"
        f"支援調整会議を {_times(this('支援調整会議の開催回数'), below)}、"
        f"支援会議を {_times(this('支援会議の開催回数'), below)}、"
        f"相談支援包括化推進会議を {_times(this('相談支援包括化推進会議の開催回数'), below)}"
        "開催しました。"
    )
    return f"{first}\n{second}"


def write_annual_xlsx(entry: AnnualEntry, out: Path, *, made_at: dt.datetime | None = None) -> Path:
    """Write the evaluation sheet's row for the desk as a one-sheet workbook.

    The sheet holds the heading, the column captions (bold, shaded), the row (wrapped text,
    top-aligned, the grade centred), and the A–D scale below as a legend. Every cell is text.

    Args:
        entry: the row.
        out: the ``.xlsx`` file to write (its folder must exist; an existing file is replaced).
        made_at: when the draft was made (the line under the heading); None: now.

    Returns:
        ``out``.
    """
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has a sheet
    sheet.title = SHEET_TITLE
    moment = (made_at or dt.datetime.now()).replace(microsecond=0)

    def text(row: int, column: int, value: str, *, bold: bool = False, size: float = 10) -> None:
        cell = sheet.cell(row=row, column=column, value=value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.font = Font(name=FONT_NAME, bold=bold, size=size)

    text(1, 1, entry.title, bold=True, size=14)
    text(2, 1, f"作成日時 {moment:%Y-%m-%d %H:%M}（下書き）")
    head = 4
    for column, caption in enumerate(COLUMNS, start=1):
        text(head, column, caption, bold=True)
        cell = sheet.cell(row=head, column=column)
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    values = (
        entry.measure,
        entry.project,
        entry.department,
        entry.results,
        entry.evaluation,
        entry.plan,
    )
    row = head + 1
    for column, value in enumerate(values, start=1):
        text(row, column, value)
        cell = sheet.cell(row=row, column=column)
        cell.border = _BORDER
        cell.alignment = (
            Alignment(horizontal="center", vertical="top")
            if COLUMNS[column - 1] == "事業評価"
            else _WRAP_TOP
        )
    longest = max(len(entry.results), len(entry.plan), 1)
    lines = max(entry.results.count("\n"), entry.plan.count("\n")) + 1
    sheet.row_dimensions[row].height = min(409, 15 * max(lines, longest // 28 + 1, 3))
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    legend = row + 2
    text(legend, 1, "事業評価の基準", bold=True)
    for offset, (grade, meaning) in enumerate(EVALUATION_SCALE, start=1):
        text(legend + offset, 1, f"{grade}：{meaning}")
    sheet.freeze_panes = f"A{head + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    setup = sheet.sheet_properties.pageSetUpPr
    if setup is not None:
        setup.fitToPage = True
    book.save(out)
    return out
