"""The shape of a statistics report (年度の統計): tables of counts, this period beside the last.

The report service (:mod:`welfaredesk.services.reports`) fills a :class:`Report`; the writers
(PDF, XLSX, CSV) and the report screen only read it. Pure data: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SUPPRESSED = None
"""A cell hidden because its count is below the threshold (small-cell suppression)."""


DEFAULT_DESK_NAME = "福祉総合相談窓口"
"""The desk's name until the settings give one (the desk's own, editable name: data, not a word
of the screens, so it is left out of the translation catalogue)."""


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One line of a table.

    Attributes:
        label: what the line counts (Japanese), e.g. ``4月`` or ``来所``.
        values: one number per column of the table; ``None`` is a suppressed cell (shown as
            ``*`` or ``-`` by the writers, never as 0). Counts are ``int``; hours ``float``.
        total: the line is a total (written in bold, excluded from suppression of totals).
    """

    label: str
    values: tuple[int | float | None, ...]
    total: bool = False


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report.

    Attributes:
        key: a stable identifier (``new_by_month``, ``by_channel`` ...), used as the XLSX sheet
            name stem and the CSV file name stem.
        title: the Japanese title (``月別の新規相談件数``).
        row_header: the caption of the label column (``月``, ``相談経路`` ...).
        columns: the captions of the value columns (``令和7年度``, ``令和6年度`` ...).
        rows: the lines, in display order.
        note: a Japanese footnote (how it is counted), may be empty.
    """

    key: str
    title: str
    row_header: str
    columns: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """A whole report.

    Attributes:
        title: ``令和7年度 福祉総合相談窓口 実績報告`` or similar.
        period_label: ``令和7年4月1日～令和8年3月31日``.
        start: first day of the period.
        end: last day of the period (inclusive).
        previous_start: first day of the period compared with.
        previous_end: last day of the period compared with.
        generated_at: when the report was made.
        scope_label: whose cases are counted (``すべてのケース`` or ``自分と係のケース``).
        suppressed_below: counts below this were hidden (``None``: nothing hidden).
        tables: the tables, in display order.
        desk_name: the desk's name (from its settings), printed in the PDF's footer.
    """

    title: str
    period_label: str
    start: dt.date
    end: dt.date
    previous_start: dt.date
    previous_end: dt.date
    generated_at: dt.datetime
    scope_label: str
    suppressed_below: int | None
    tables: tuple[ReportTable, ...]
    desk_name: str = DEFAULT_DESK_NAME

    def table(self, key: str) -> ReportTable:
        """The table with ``key`` (KeyError if there is none)."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class AnnualEntry:
    """One row of the evaluation sheet, as the user left it on the screen.

    Attributes:
        title: the sheet's heading (``令和7年度 事業実績・評価（下書き）``).
        measure: 施策.
        project: 【個別事業・取り組み】.
        department: 担当課.
        results: 事業実績 (free text, several lines allowed).
        evaluation: 事業評価, one of ``A``–``D`` (or ``""`` if not decided yet).
        plan: 今後の事業計画・展望.
    """

    title: str
    measure: str
    project: str
    department: str
    results: str
    evaluation: str
    plan: str
