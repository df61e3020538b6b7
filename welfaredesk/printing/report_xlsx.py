"""A statistics report (:class:`~welfaredesk.domain.reports.Report`) as an Excel workbook.

* The first sheet, 「目次」, carries the report's title, period, scope and creation time, then
  a list of the tables (番号, 表, シート) with a link to each sheet.
* One sheet per table, named after its title (at most 31 characters, none of ``[]:*?/\\``,
  unique within the workbook: a repeated name gets ``(2)``, ``(3)``…). Each sheet starts with
  a header block (title, 期間, 範囲, 作成日時), then the table: a bold caption row on a shaded
  band, the rows, totals in bold, then the suppression footnote and the table's note. Panes
  are frozen under the caption row and right of the label column.
* Numbers are stored as numbers (``int`` counts, ``float`` hours) with a ``#,##0`` (``#,##0.0``)
  format; a suppressed cell is the text 「*」, right-aligned like the numbers.
* Column widths are fitted to the text, counting a full-width character as two.

Text cells are always stored as text (a label starting with ``=`` never becomes a formula).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from welfaredesk.domain.reports import Report, ReportTable
from welfaredesk.printing.report_csv import SUPPRESSED_MARK, has_suppressed, suppression_footnote

INDEX_SHEET = "目次"
"""The name of the first sheet (the list of tables)."""

SHEET_NAME_MAX = 31
"""Excel's limit on the length of a sheet name."""

FONT_NAME = "BIZ UDゴシック"
"""The workbook's font (falls back to Excel's default where it is not installed)."""

HEADER_ROWS = 5
"""Rows above a table's caption row: title, 期間, 範囲, 作成日時, a blank line."""

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEAD_FILL = PatternFill("solid", fgColor="D5DDE5")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F4F6")
_THIN = Side(style="thin", color="8C8C8C")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _font(*, bold: bool = False, size: float = 10, color: str = "1A1A1A") -> Font:
    return Font(name=FONT_NAME, bold=bold, size=size, color=color)


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name from a table title.

    Args:
        title: the table's title.
        taken: the names already used (compared case-insensitively, as Excel does); the new
            name is added to it.

    Returns:
        The title without ``[]:*?/\\``, cut to 31 characters, with ``(2)``… if needed.
    """
    base = _FORBIDDEN.sub("_", title).strip().strip("'") or "表"
    base = base[:SHEET_NAME_MAX]
    name = base
    number = 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f"({number})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    taken.add(name)
    return name


def _display_width(text: str) -> int:
    """The width of text in Excel's character units: full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _text_cell(sheet: Worksheet, row: int, column: int, value: str) -> Cell:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _header_block(sheet: Worksheet, report: Report, title: str) -> None:
    _text_cell(sheet, 1, 1, title).font = _font(bold=True, size=14)
    lines = (
        ("期間", report.period_label),
        ("範囲", report.scope_label),
        ("作成日時", f"{report.generated_at:%Y-%m-%d %H:%M}"),
    )
    for offset, (label, value) in enumerate(lines, start=2):
        _text_cell(sheet, offset, 1, label).font = _font(bold=True)
        _text_cell(sheet, offset, 2, value).font = _font()


def _write_table(sheet: Worksheet, report: Report, table: ReportTable) -> None:
    _header_block(sheet, report, table.title)
    head = HEADER_ROWS + 1
    captions = [table.row_header, *table.columns]
    widths = [_display_width(c) for c in captions]
    for column, caption in enumerate(captions, start=1):
        cell = _text_cell(sheet, head, column, caption)
        cell.font = _font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(
            horizontal="left" if column == 1 else "center", vertical="center", wrap_text=True
        )
    for index, line in enumerate(table.rows, start=head + 1):
        label = _text_cell(sheet, index, 1, line.label)
        label.font = _font(bold=line.total)
        label.border = _BORDER
        widths[0] = max(widths[0], _display_width(line.label))
        for column in range(2, len(captions) + 1):
            value = line.values[column - 2] if column - 2 < len(line.values) else None
            if value is None:
                cell = _text_cell(sheet, index, column, SUPPRESSED_MARK)
                text = SUPPRESSED_MARK
            else:
                cell = sheet.cell(row=index, column=column, value=value)
                cell.number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
                text = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
            cell.font = _font(bold=line.total)
            cell.border = _BORDER
            cell.alignment = Alignment(horizontal="right")
            widths[column - 1] = max(widths[column - 1], len(text))
        if line.total:
            for column in range(1, len(captions) + 1):
                sheet.cell(row=index, column=column).fill = _TOTAL_FILL
    row = head + len(table.rows) + 2
    notes = []
    if has_suppressed(table):
        notes.append(suppression_footnote(report))
    if table.note.strip():
        notes.append(f"※{table.note}")
    if not table.rows:
        notes.insert(0, "(該当するものはありません)")
    for note in notes:
        _text_cell(sheet, row, 1, note).font = _font(size=9, color="444444")
        row += 1
    sheet.column_dimensions["A"].width = min(max(widths[0], 12) + 2, 60)
    for column in range(2, len(captions) + 1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(widths[column - 1], 8) + 2, 30)
    sheet.freeze_panes = f"B{head + 1}"


def _write_index(sheet: Worksheet, report: Report, names: list[str]) -> None:
    _header_block(sheet, report, report.title)
    row = HEADER_ROWS
    if report.suppressed_below is not None:
        _text_cell(sheet, row, 1, "秘匿").font = _font(bold=True)
        _text_cell(sheet, row, 2, suppression_footnote(report)).font = _font()
        row += 1
    head = row + 1
    for column, caption in enumerate(("番号", "表", "シート"), start=1):
        cell = _text_cell(sheet, head, column, caption)
        cell.font = _font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
    widest_title = _display_width("表")
    widest_name = _display_width("シート")
    for number, (table, name) in enumerate(zip(report.tables, names, strict=True), start=1):
        line = head + number
        sheet.cell(row=line, column=1, value=number).border = _BORDER
        _text_cell(sheet, line, 2, table.title).border = _BORDER
        link = _text_cell(sheet, line, 3, name)
        link.hyperlink = f"#'{name.replace(chr(39), chr(39) * 2)}'!A1"
        link.font = Font(name=FONT_NAME, color="1F4E9A", underline="single")
        link.border = _BORDER
        widest_title = max(widest_title, _display_width(table.title))
        widest_name = max(widest_name, _display_width(name))
        for column in (1, 2):
            sheet.cell(row=line, column=column).font = _font()
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = min(max(widest_title, 30) + 2, 70)
    sheet.column_dimensions["C"].width = min(widest_name + 2, 66)
    sheet.freeze_panes = f"A{head + 1}"


def write_report_xlsx(report: Report, out: Path) -> Path:
    """Write ``report`` as an ``.xlsx`` workbook: 「目次」 then one sheet per table.

    Args:
        report: the report to write.
        out: where to write it (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    workbook = Workbook()
    index = workbook.active
    assert index is not None  # a new workbook always has one sheet
    index.title = INDEX_SHEET
    taken = {INDEX_SHEET}
    names = [sheet_name(table.title, taken) for table in report.tables]
    _write_index(index, report, names)
    for table, name in zip(report.tables, names, strict=True):
        _write_table(workbook.create_sheet(name), report, table)
    workbook.properties.title = report.title
    workbook.properties.creator = "WelfareDesk"
    workbook.save(out)
    return out
