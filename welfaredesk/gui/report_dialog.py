"""The statistics screen (統計・実績報告): a fiscal year or a date range, tables and charts.

The user picks a fiscal year (年度) or a date range (typed in 和暦 or western form, like every
date field of the program), optionally hides small counts for outsiders, and presses 集計.
The report is made on the database worker (a fiscal year takes seconds on a large archive);
meanwhile a busy bar runs and the buttons are disabled, and the window stays responsive.

The result is a list of the report's tables on the left and the chosen table on the right, with
a bar chart of it (this period beside the period before). The report can be written as Excel,
CSV or PDF (on the worker too). The 「事業実績の下書き」 tab words the national figures as the
事業実績 of the city's evaluation sheet, with the A–D self-evaluation, for export to Excel;
nothing of the draft is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.dates import fiscal_year, fiscal_year_label, parse_date
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.reports import AnnualEntry, Report, ReportTable
from welfaredesk.gui.display import english, fmt_date, fmt_date_input, fmt_fiscal_year
from welfaredesk.gui.i18n import translate_result
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.busy import BusyDialog
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.printing.annual_xlsx import (
    DEFAULT_DEPARTMENT,
    DEFAULT_MEASURE,
    DEFAULT_PROJECT,
    EVALUATION_SCALE,
    draft_results_text,
    is_fiscal_year,
)
from welfaredesk.printing.report_csv import (
    has_suppressed,
    suppression_footnote,
)
from welfaredesk.printing.report_pdf import number_text
from welfaredesk.services.dto import Principal
from welfaredesk.services.reports import DEFAULT_THRESHOLD, ReportService

log = logging.getLogger(__name__)

ExportKind = Literal["xlsx", "csv", "pdf"]
PathChooser = Callable[[QWidget, ExportKind, str], str | None]
"""Asks where to save, given a parent, the kind and a suggested name; None when cancelled."""

YEARS_BACK = 10
"""How many fiscal years before the current one the year combo offers."""

CHART_ROWS = 20
"""At most this many rows are drawn in the chart (the table shows them all)."""

_Index = QModelIndex | QPersistentModelIndex

_SUFFIX: dict[ExportKind, str] = {"xlsx": ".xlsx", "csv": ".csv", "pdf": ".pdf"}


def _native_save_path(parent: QWidget, kind: ExportKind, suggested: str) -> str | None:
    filters = {
        "xlsx": QCoreApplication.translate("ReportDialog", "Excel workbooks (*.xlsx)"),
        "csv": QCoreApplication.translate("ReportDialog", "CSV files (*.csv)"),
        "pdf": QCoreApplication.translate("ReportDialog", "PDF files (*.pdf)"),
    }
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportDialog", "Save the report"),
        suggested,
        filters[kind],
    )
    return path or None


def _with_suffix(path: str | Path, kind: ExportKind) -> Path:
    target = Path(path)
    if target.suffix.lower() != _SUFFIX[kind]:
        target = target.with_name(target.name + _SUFFIX[kind])
    return target


def chart_columns(table: ReportTable) -> tuple[int, ...]:
    """The value columns the chart draws: this period and the one before where they pair up.

    Two columns are this period and the last; four are (件数, 時間) of each period, whose
    counts (0 and 2) are compared; any other table draws its first column only.
    """
    if len(table.columns) == 2:
        return (0, 1)
    if len(table.columns) == 4:
        return (0, 2)
    return (0,) if table.columns else ()


class _Untranslated:
    """A report as the service made it, passed through :func:`run_op` untouched.

    ``run_op`` translates what the worker returns for the screens (English mode); the dialog
    also keeps the service's own report, which the exports and the printed draft use, since
    printed forms stay Japanese.
    """

    __slots__ = ("report",)

    def __init__(self, report: Report) -> None:
        self.report = report


class ReportTableModel(QAbstractTableModel):
    """One :class:`ReportTable` for a view: the label column, then one column per value.

    Numbers are right-aligned with thousands separators, suppressed cells read 「*」, and total
    rows are bold.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None

    @property
    def table(self) -> ReportTable | None:
        """The table shown, or None."""
        return self._table

    def set_table(self, table: ReportTable | None) -> None:
        """Show ``table`` (None: nothing)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._table.columns)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        table = self._table
        if table is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(table.rows)):
            return None
        row = table.rows[index.row()]
        column = index.column()
        if not (0 <= column <= len(row.values)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label
            return number_text(row.values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column > 0 and row.values[column - 1] is None:
            return QCoreApplication.translate(
                "ReportDialog", "Hidden: a small count could single out a person."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        table = self._table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            captions = (table.row_header, *table.columns)
            return captions[section] if 0 <= section < len(captions) else None
        return str(section + 1) if 0 <= section < len(table.rows) else None


class ReportDialog(BusyDialog):
    """Statistics and reports: make a report, look at its tables, export it.

    Signals:
        report_ready(Report): a report arrived from the worker and is shown.
        exported(Path): a file was written (the report or the 事業実績 draft).
        failed(str): a report or an export failed; the Japanese message is shown.
    """

    report_ready = Signal(object)
    exported = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        reports: ReportService,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Statistics and reports"))
        self._reports = reports
        self._principal = principal
        self._today = today or dt.date.today()
        self._report: Report | None = None
        self._printed: Report | None = None
        """The report as the service made it (Japanese): what exports and the draft print."""
        self._busy = False
        self._auto_results = ""
        self.save_path_chooser: PathChooser = _native_save_path
        self.model = ReportTableModel(self)

        outer = QVBoxLayout(self)
        outer.addWidget(self._options_box())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.setAccessibleName(self.tr("Statistics and reports"))
        self.tabs.addTab(self._result_page(), self.tr("Tables and charts"))
        self.tabs.addTab(self._annual_page(), self.tr("Draft of the annual results"))
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        status = QHBoxLayout()
        self.progressBar = QProgressBar(self)
        self.progressBar.setObjectName("progressBar")
        self.progressBar.setRange(0, 0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumWidth(220)
        self.progressBar.setVisible(False)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.progressBar)
        status.addWidget(self.messageLabel, 1)
        outer.addLayout(status)
        outer.addLayout(self._button_row())
        set_message(self.messageLabel, "")
        self._show_report(None)
        self.resize(1240, 800)

    # --- layout ---------------------------------------------------------------------------

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to count"), self)
        box.setObjectName("optionsBox")
        grid = QGridLayout(box)
        self.yearRadio = QRadioButton(self.tr("&Fiscal year"), box)
        self.yearRadio.setObjectName("yearRadio")
        self.rangeRadio = QRadioButton(self.tr("&Date range"), box)
        self.rangeRadio.setObjectName("rangeRadio")
        group = QButtonGroup(box)
        group.addButton(self.yearRadio)
        group.addButton(self.rangeRadio)
        self.yearRadio.setChecked(True)
        self.yearCombo = QComboBox(box)
        self.yearCombo.setObjectName("yearCombo")
        current = fiscal_year(self._today)
        for year in range(current, current - YEARS_BACK - 1, -1):
            self.yearCombo.addItem(fmt_fiscal_year(year, with_western=True), year)
        self.yearCombo.setCurrentIndex(0)
        self.fromEdit = QLineEdit(box)
        self.fromEdit.setObjectName("fromEdit")
        self.toEdit = QLineEdit(box)
        self.toEdit.setObjectName("toEdit")
        first_of_month = self._today.replace(day=1)
        self.fromEdit.setText(fmt_date_input(first_of_month))
        self.toEdit.setText(fmt_date_input(self._today))
        for edit in (self.fromEdit, self.toEdit):
            edit.setPlaceholderText(self.tr("e.g. 2025-04-01"))
            edit.setMinimumWidth(170)
            edit.textEdited.connect(lambda _t: self.rangeRadio.setChecked(True))
            edit.textEdited.connect(lambda _t, e=edit: mark_invalid(e, False))
        self.yearCombo.activated.connect(lambda _i: self.yearRadio.setChecked(True))
        range_row = QHBoxLayout()
        range_row.addWidget(self.fromEdit)
        range_row.addWidget(QLabel(self.tr("to"), box))
        range_row.addWidget(self.toEdit)
        range_row.addStretch(1)
        self.outsidersCheck = QCheckBox(
            self.tr("For submission outside the desk (hide small counts)"), box
        )
        self.outsidersCheck.setObjectName("outsidersCheck")
        self.thresholdSpin = QSpinBox(box)
        self.thresholdSpin.setObjectName("thresholdSpin")
        self.thresholdSpin.setRange(2, 99)
        self.thresholdSpin.setValue(DEFAULT_THRESHOLD)
        self.thresholdSpin.setEnabled(False)
        self.thresholdSpin.setMinimumWidth(90)
        self.outsidersCheck.toggled.connect(self.thresholdSpin.setEnabled)
        threshold_label = QLabel(self.tr("Hide counts below:"), box)
        threshold_label.setBuddy(self.thresholdSpin)
        self.thresholdSpin.setSuffix(self.tr(" (hidden below this count)"))
        self.runButton = QPushButton(self.tr("&Count"), box)
        self.runButton.setObjectName("runButton")
        self.runButton.setDefault(True)
        self.runButton.setMinimumWidth(110)
        self.runButton.clicked.connect(self.run)
        grid.addWidget(self.yearRadio, 0, 0)
        grid.addWidget(self.yearCombo, 0, 1)
        grid.addWidget(self.outsidersCheck, 0, 3)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.thresholdSpin)
        threshold_row.addStretch(1)
        grid.addWidget(self.rangeRadio, 1, 0)
        grid.addLayout(range_row, 1, 1)
        grid.addLayout(threshold_row, 1, 3)
        grid.addWidget(self.runButton, 0, 4, 2, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(2, 24)
        return box

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.reportTitleLabel = QLabel(page)
        self.reportTitleLabel.setObjectName("reportTitleLabel")
        self.reportTitleLabel.setWordWrap(True)
        title_font = self.reportTitleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.reportTitleLabel.setFont(title_font)
        layout.addWidget(self.reportTitleLabel)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.tableList = QListWidget(splitter)
        self.tableList.setObjectName("tableList")
        self.tableList.setAccessibleName(self.tr("Tables of the report"))
        self.tableList.currentRowChanged.connect(self._table_chosen)
        # Long titles wrap onto a second line instead of being cut (at every text size).
        self.tableList.setWordWrap(True)
        self.tableList.setAlternatingRowColors(True)  # where one wrapped title ends
        self.tableList.setSpacing(1)
        self.tableList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tableList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pair = QSplitter(Qt.Orientation.Horizontal, right)
        self._pair = pair
        self.tableView = QTableView(pair)
        self.tableView.setObjectName("tableView")
        self.tableView.setAccessibleName(self.tr("The chosen table"))
        self.tableView.setModel(self.model)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.verticalHeader().setVisible(False)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.chartView = QChartView(pair)
        self.chartView.setObjectName("chartView")
        self.chartView.setAccessibleName(self.tr("Chart of the chosen table"))
        self.chartView.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chartView.setMinimumWidth(360)
        pair.addWidget(self.tableView)
        pair.addWidget(self.chartView)
        pair.setStretchFactor(0, 2)
        pair.setStretchFactor(1, 3)
        pair.setSizes([430, 560])
        self.footnoteLabel = QLabel(right)
        self.footnoteLabel.setObjectName("footnoteLabel")
        self.noteLabel = QLabel(right)
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        right_layout.addWidget(pair, 1)
        right_layout.addWidget(self.footnoteLabel)
        right_layout.addWidget(self.noteLabel)
        splitter.addWidget(self.tableList)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        # At least 13 full-width characters for the list of tables, at every text size.
        list_width = max(250, self.fontMetrics().height() * 13)
        splitter.setSizes([list_width, max(600, 1240 - list_width)])
        layout.addWidget(splitter, 1)
        return page

    def _annual_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        notice = QLabel(
            self.tr("This draft is not saved. Export it to Excel, then edit it there."), page
        )
        notice.setObjectName("annualNotice")
        notice.setWordWrap(True)
        set_message(notice, notice.text(), kind="info")
        layout.addWidget(notice)
        form = QFormLayout()
        self.measureEdit = QLineEdit(DEFAULT_MEASURE, page)
        self.measureEdit.setObjectName("measureEdit")
        self.projectEdit = QLineEdit(DEFAULT_PROJECT, page)
        self.projectEdit.setObjectName("projectEdit")
        self.departmentEdit = QLineEdit(DEFAULT_DEPARTMENT, page)
        self.departmentEdit.setObjectName("departmentEdit")
        self.resultsEdit = QPlainTextEdit(page)
        self.resultsEdit.setObjectName("resultsEdit")
        self.resultsEdit.setAccessibleName(self.tr("Programme results"))
        self.resultsEdit.setPlaceholderText(
            self.tr("Press Count above; the year's figures are written here as a first draft.")
        )
        self.refillButton = QPushButton(self.tr("Write the &figures again"), page)
        self.refillButton.setObjectName("refillButton")
        self.refillButton.clicked.connect(self.fill_results)
        results_box = QVBoxLayout()
        results_box.addWidget(self.resultsEdit, 1)
        refill_row = QHBoxLayout()
        refill_row.addStretch(1)
        refill_row.addWidget(self.refillButton)
        results_box.addLayout(refill_row)
        self.evaluationCombo = QComboBox(page)
        self.evaluationCombo.setObjectName("evaluationCombo")
        self.evaluationCombo.addItem(self.tr("(not decided)"), "")
        for grade, meaning in EVALUATION_SCALE:
            self.evaluationCombo.addItem(f"{grade}　{meaning}", grade)
            self.evaluationCombo.setItemData(
                self.evaluationCombo.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole
            )
        scale = "\n".join(f"{grade}：{meaning}" for grade, meaning in EVALUATION_SCALE)
        self.evaluationCombo.setToolTip(scale)
        self.scaleLabel = QLabel(scale, page)
        self.scaleLabel.setObjectName("scaleLabel")
        self.scaleLabel.setProperty("messageKind", "info")
        self.planEdit = QPlainTextEdit(page)
        self.planEdit.setObjectName("planEdit")
        self.planEdit.setMaximumHeight(110)
        form.addRow(self.tr("Measure (policy)"), self.measureEdit)
        form.addRow(self.tr("Programme or activity"), self.projectEdit)
        form.addRow(self.tr("Department in charge"), self.departmentEdit)
        form.addRow(self.tr("Programme results"), results_box)
        form.addRow(self.tr("Self-evaluation (A to D)"), self.evaluationCombo)
        form.addRow("", self.scaleLabel)
        form.addRow(self.tr("Plans and outlook"), self.planEdit)
        layout.addLayout(form, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        self.annualExportButton = QPushButton(self.tr("Export the draft to E&xcel..."), page)
        self.annualExportButton.setObjectName("annualExportButton")
        self.annualExportButton.clicked.connect(lambda: self._choose_and_export("annual"))
        export_row.addWidget(self.annualExportButton)
        layout.addLayout(export_row)
        return page

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.xlsxButton = QPushButton(self.tr("Export to &Excel..."), self)
        self.xlsxButton.setObjectName("xlsxButton")
        self.csvButton = QPushButton(self.tr("Export to CS&V..."), self)
        self.csvButton.setObjectName("csvButton")
        self.pdfButton = QPushButton(self.tr("Export to &PDF..."), self)
        self.pdfButton.setObjectName("pdfButton")
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setObjectName("closeButton")
        self.xlsxButton.clicked.connect(lambda: self._choose_and_export("xlsx"))
        self.csvButton.clicked.connect(lambda: self._choose_and_export("csv"))
        self.pdfButton.clicked.connect(lambda: self._choose_and_export("pdf"))
        self.closeButton.clicked.connect(self.reject)
        for button in (self.xlsxButton, self.csvButton, self.pdfButton):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.closeButton)
        return row

    # --- state ----------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        """The report shown, or None before the first 集計."""
        return self._report

    @property
    def busy(self) -> bool:
        """Whether the worker is making a report or writing a file for the dialog."""
        return self._busy

    def _update_buttons(self) -> None:
        idle = not self._busy
        have = self._report is not None
        self.runButton.setEnabled(idle)
        on_tables = self.tabs.currentIndex() == 0
        for button in (self.xlsxButton, self.csvButton, self.pdfButton):
            button.setEnabled(idle and have)
            button.setVisible(on_tables)
        self.annualExportButton.setEnabled(idle)
        self.refillButton.setEnabled(idle and have)
        self.closeButton.setEnabled(idle)
        for widget in (
            self.yearRadio,
            self.rangeRadio,
            self.yearCombo,
            self.fromEdit,
            self.toEdit,
            self.outsidersCheck,
        ):
            widget.setEnabled(idle)
        self.thresholdSpin.setEnabled(idle and self.outsidersCheck.isChecked())

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        self.progressBar.setVisible(self._busy)
        set_message(self.messageLabel, text, kind="info")
        self._update_buttons()

    def _fail(self, text: str) -> None:
        self._set_busy("")
        set_message(self.messageLabel, text)
        self.failed.emit(text)

    # --- making the report ----------------------------------------------------------------

    def run(self) -> None:
        """Make the report chosen above, on the worker (:attr:`report_ready` when shown)."""
        if self._busy:
            return
        reports, principal = self._reports, self._principal
        outsiders = self.outsidersCheck.isChecked()
        threshold = self.thresholdSpin.value() if outsiders else None
        op: Callable[[], _Untranslated]
        if self.yearRadio.isChecked():
            year = int(self.yearCombo.currentData())

            def op() -> _Untranslated:
                return _Untranslated(
                    reports.fiscal_year(principal, year, outsiders=outsiders, threshold=threshold)
                )

        else:
            try:
                start = parse_date(
                    self.fromEdit.text(),
                    field="start",
                    label=self.tr("Start date"),
                    today=self._today,
                )
                mark_invalid(self.fromEdit, False)
                end = parse_date(
                    self.toEdit.text(), field="end", label=self.tr("End date"), today=self._today
                )
                mark_invalid(self.toEdit, False)
            except ValidationError as exc:
                edit = self.fromEdit if exc.field == "start" else self.toEdit
                mark_invalid(edit, True)
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self._fail(exc.text())
                return

            def op() -> _Untranslated:
                return _Untranslated(
                    reports.period(principal, start, end, outsiders=outsiders, threshold=threshold)
                )

        self._set_busy(self.tr("Counting the figures..."))
        run_op(self, op, self._arrived, self._refused)

    def _refused(self, error: KnownError) -> None:
        if isinstance(error, ValidationError) and error.field in {"start", "end"}:
            mark_invalid(self.fromEdit if error.field == "start" else self.toEdit, True)
        self._fail(error.text())

    def _arrived(self, made: _Untranslated) -> None:
        self._set_busy("")
        report = translate_result(made.report)
        self._show_report(report, printed=made.report)
        set_message(
            self.messageLabel,
            self.tr("Counted: {count} tables.").format(count=len(report.tables)),
            kind="info",
        )
        self.report_ready.emit(report)

    def _show_report(self, report: Report | None, *, printed: Report | None = None) -> None:
        """Show ``report`` (in the language of the screens); ``printed`` is the service's own
        (Japanese) report that exports and the draft use (``report`` itself if not given)."""
        self._report = report
        self._printed = printed if printed is not None else report
        self.tableList.blockSignals(True)
        self.tableList.clear()
        if report is not None:
            for table in report.tables:
                item = QListWidgetItem(table.title, self.tableList)
                item.setToolTip(table.title)
        self.tableList.blockSignals(False)
        if report is None:
            self.reportTitleLabel.setText(
                self.tr("Choose a fiscal year or a date range, then press Count.")
            )
        else:
            period = self._period_text(report)
            if period in report.title:  # a date range is the title itself: not said twice
                text = self.tr("{title} (cases counted: {scope})").format(
                    title=report.title, scope=report.scope_label
                )
            else:
                text = self.tr("{title} (period: {period}, cases counted: {scope})").format(
                    title=report.title, period=period, scope=report.scope_label
                )
            self.reportTitleLabel.setText(text)
        if report is not None and report.tables:
            self.tableList.setCurrentRow(0)
            self._table_chosen(0)
        else:
            self._table_chosen(-1)
        if report is not None:
            self._refresh_results()
        self._update_buttons()

    @staticmethod
    def _period_text(report: Report) -> str:
        """The report's period on screen: the service's 和暦 range, or western dates."""
        if english():
            return f"{fmt_date(report.start)} \u2013 {fmt_date(report.end)}"
        return report.period_label

    def select_table(self, key: str) -> None:
        """Show the table with ``key`` (KeyError if the report has none)."""
        if self._report is None:
            raise KeyError(key)
        keys = [t.key for t in self._report.tables]
        self.tableList.setCurrentRow(keys.index(key))

    def _table_chosen(self, row: int) -> None:
        report = self._report
        table = report.tables[row] if report is not None and 0 <= row < len(report.tables) else None
        self.model.set_table(table)
        if table is not None:
            self.tableView.resizeColumnsToContents()
            self._fit_table()
        hidden = table is not None and report is not None and has_suppressed(table)
        self.footnoteLabel.setText(suppression_footnote(report) if hidden and report else "")
        self.footnoteLabel.setVisible(hidden)
        self.noteLabel.setText(table.note if table is not None else "")
        self.noteLabel.setVisible(bool(table is not None and table.note))
        self._draw_chart(table)

    def _fit_table(self) -> None:
        """Give the table the width its columns need, leaving the chart at least its minimum."""
        header = self.tableView.horizontalHeader()
        needed = header.length() + self.tableView.verticalScrollBar().sizeHint().width() + 6
        total = sum(self._pair.sizes())
        if total <= 0:
            return
        chart = max(total - needed, self.chartView.minimumWidth())
        self._pair.setSizes([total - chart, chart])

    def _draw_chart(self, table: ReportTable | None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        if table is None or not table.rows or not table.columns:
            chart.legend().setVisible(False)
            self.chartView.setChart(chart)
            return
        rows = [r for r in table.rows if not r.total][:CHART_ROWS]
        rows.reverse()  # a horizontal chart draws its first category at the bottom
        series = QHorizontalBarSeries()
        colours = (QColor("#3b6ea8"), QColor("#b8c4d2"))
        drawn = chart_columns(table)
        for position, column in enumerate(drawn):
            bars = QBarSet(table.columns[column])
            bars.setColor(colours[min(position, len(colours) - 1)])
            bars.setBorderColor(colours[min(position, len(colours) - 1)])
            for row in rows:
                value = row.values[column] if column < len(row.values) else None
                bars.append(float(value or 0))
            series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([r.label for r in rows])
        axis_y.setTruncateLabels(False)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        top = max(
            (float(v) for r in rows for i in drawn if (v := r.values[i]) is not None),
            default=0.0,
        )
        axis_x.setRange(0, max(top * 1.05, 1.0))
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.setTitle(table.title)
        self.chartView.setChart(chart)

    # --- exports --------------------------------------------------------------------------

    def _suggested_name(self, kind: ExportKind | Literal["annual"]) -> str:
        report = self._printed
        stem = report.title.replace(" ", "_") if report is not None else "report"
        if kind == "annual":
            return f"{stem}_事業実績.xlsx"
        return stem + _SUFFIX[kind]

    def _choose_and_export(self, kind: ExportKind | Literal["annual"]) -> None:
        if self._busy:
            return
        chooser_kind: ExportKind = "xlsx" if kind == "annual" else kind
        path = self.save_path_chooser(self, chooser_kind, self._suggested_name(kind))
        if not path:
            return
        if kind == "annual":
            self.export_annual(path)
        else:
            self.export(kind, path)

    def export(self, kind: ExportKind, path: str | Path) -> None:
        """Write the report shown as ``kind`` to ``path``, on the worker (:attr:`exported`).

        A missing suffix is added; CSV writes one file holding every table.
        """
        report = self._printed
        if self._busy or report is None:
            return
        target = _with_suffix(path, kind)

        service, principal = self._reports, self._principal

        def op() -> Path:
            service.export(principal, report, kind, target)  # writes and audits the export
            return target

        log.info("report export started: %s", kind)
        self._set_busy(self.tr("Saving the file..."))
        run_op(self, op, self._saved, lambda error: self._fail(error.text()))

    def _saved(self, path: Path) -> None:
        self._set_busy("")
        set_message(self.messageLabel, self.tr("Saved: {path}").format(path=path), kind="info")
        self.exported.emit(path)

    # --- the 事業実績 draft -----------------------------------------------------------------

    @staticmethod
    def _period_name(report: Report) -> str:
        """The period as the printed 事業実績 sheet names it (Japanese)."""
        if is_fiscal_year(report):
            return fiscal_year_label(report.start.year)
        return report.period_label

    def _refresh_results(self) -> None:
        """Fill 事業実績 from a new report unless the user has edited the text."""
        current = self.resultsEdit.toPlainText()
        if not current.strip() or current == self._auto_results:
            self.fill_results()

    def fill_results(self) -> None:
        """Write the report's national figures into 事業実績 (replacing the text)."""
        report = self._printed
        if report is None:
            return
        text = draft_results_text(report, period_name=self._period_name(report))
        self._auto_results = text
        self.resultsEdit.setPlainText(text)

    def annual_entry(self) -> AnnualEntry:
        """The 事業実績 row as the user left it on the draft tab."""
        report = self._printed
        heading = f"{self._period_name(report)} " if report is not None else ""
        return AnnualEntry(
            title=f"{heading}事業実績・評価（下書き）",
            measure=self.measureEdit.text().strip(),
            project=self.projectEdit.text().strip(),
            department=self.departmentEdit.text().strip(),
            results=self.resultsEdit.toPlainText().strip(),
            evaluation=str(self.evaluationCombo.currentData() or ""),
            plan=self.planEdit.toPlainText().strip(),
        )

    def export_annual(self, path: str | Path) -> None:
        """Write the 事業実績 draft to ``path`` (.xlsx), on the worker (:attr:`exported`)."""
        if self._busy:
            return
        entry = self.annual_entry()
        target = _with_suffix(path, "xlsx")

        service, principal, report = self._reports, self._principal, self._printed

        def op() -> Path:
            if report is None:  # the draft tab is only enabled with a report
                raise KnownError("先に集計してください。")
            return service.export(principal, report, "xlsx", target, annual=entry)

        log.info("annual draft export started")
        self._set_busy(self.tr("Saving the file..."))
        run_op(self, op, self._saved, lambda error: self._fail(error.text()))


__all__ = ["ReportDialog", "ReportTableModel", "chart_columns"]
