"""A statistics report (:class:`~welfaredesk.domain.reports.Report`) as CSV that Excel opens.

Every file is UTF-8 with a byte order mark (Excel then reads the Japanese correctly) and CRLF
line ends. Where the report goes depends on the path given to :func:`write_report_csv`:

* a path ending in ``.csv``: **one file** for people, with the report's header lines (title,
  期間, 範囲, 作成日時, and the suppression note when cells are hidden), then each table
  after a blank line: a title line ``■{title}``, the column captions, the rows, and a
  ``注`` line when the table has a note;
* any other path: **a folder** (made if missing) with **one file per table**,
  ``<key>.csv``, for loading into other tools: the column captions on the first line, then
  the rows, nothing else.

Counts are written as plain integers (no thousands separator), hours as decimals; a
suppressed cell (``None``) is written as :data:`SUPPRESSED_MARK`, never as 0. Text that a
spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) gets a leading ``'``.

The module also holds the plain-text rules the PDF and XLSX writers share
(:data:`SUPPRESSED_MARK`, :func:`suppression_footnote`, :func:`has_suppressed`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from welfaredesk.domain.reports import Report, ReportTable

SUPPRESSED_MARK = "*"
"""How every writer shows a suppressed cell."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def has_suppressed(table: ReportTable) -> bool:
    """Whether any cell of ``table`` is suppressed."""
    return any(value is None for row in table.rows for value in row.values)


def suppression_footnote(report: Report) -> str:
    """``*は3件未満のため表示していません``: the footnote under a table with hidden cells."""
    if report.suppressed_below is None:
        return f"{SUPPRESSED_MARK}は表示していません"
    return f"{SUPPRESSED_MARK}は{report.suppressed_below}件未満のため表示していません"


def number_text(value: int | float | None) -> str:
    """A value as CSV text: ``1234``, ``12.5``, or :data:`SUPPRESSED_MARK`."""
    if value is None:
        return SUPPRESSED_MARK
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _text(value: str) -> str:
    """Text safe from being read as a formula."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _table_lines(table: ReportTable) -> list[list[str]]:
    lines = [[_text(table.row_header), *(_text(c) for c in table.columns)]]
    for row in table.rows:
        lines.append([_text(row.label), *(number_text(v) for v in row.values)])
    return lines


def header_lines(report: Report) -> list[list[str]]:
    """The report's title, period, scope, creation time and suppression note, one a line."""
    lines = [
        [report.title],
        ["期間", report.period_label],
        ["範囲", report.scope_label],
        ["作成日時", f"{report.generated_at:%Y-%m-%d %H:%M}"],
    ]
    if report.suppressed_below is not None:
        lines.append(["秘匿", suppression_footnote(report)])
    return [[_text(cell) for cell in line] for line in lines]


def _file_stem(key: str) -> str:
    """The key, with anything but letters, digits, ``_`` and ``-`` made ``_``."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", key) or "table"


def _encode(lines: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    return buffer.getvalue().encode("utf-8-sig")


def write_report_csv(report: Report, folder_or_file: Path) -> list[Path]:
    """Write ``report`` as CSV: one file (``*.csv``) or one file per table in a folder.

    Args:
        report: the report to write.
        folder_or_file: a path ending in ``.csv`` for one file holding every table, anything
            else for a folder (made if missing) of ``<key>.csv`` files. Existing files of the
            same names are replaced.

    Returns:
        The files written, in table order (one path for the single file).
    """
    target = Path(folder_or_file)
    if target.suffix.lower() == ".csv":
        lines = header_lines(report)
        for table in report.tables:
            lines.append([])
            lines.append([_text(f"■{table.title}")])
            lines.extend(_table_lines(table))
            if table.note:
                lines.append(["注", _text(table.note)])
            if has_suppressed(table):
                lines.append(["注", suppression_footnote(report)])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_encode(lines))
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in report.tables:
        path = target / f"{_file_stem(table.key)}.csv"
        path.write_bytes(_encode(_table_lines(table)))
        written.append(path)
    return written
