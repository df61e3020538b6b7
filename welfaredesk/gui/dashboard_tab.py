"""The dashboard (集計): the desk's figures as charts, each with its numbers in a table beside it.

The figures come from :meth:`DashboardService.summary
<welfaredesk.services.dashboard.DashboardService.summary>` on the database worker. Clicking a
bar, or double-clicking (Enter on) a row of a table, emits :attr:`DashboardTab.filter_requested`
with the :class:`~welfaredesk.services.dto.CaseFilter` of the cases it counts; the main window
opens the case list with it. Rows that no case list matches exactly (no lead worker, the
overdue tasks) do nothing and say so in their tooltip.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.display import english, fmt_date, fmt_fiscal_year
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.dashboard import Bar, Dashboard, DashboardService, Figure, Series
from welfaredesk.services.dto import CaseFilter, Principal

log = logging.getLogger(__name__)

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data role holding the :class:`CaseFilter` of a table cell (None: no case list)."""

# Chart colours (QtCharts cannot be styled from app.qss): calm blues, a muted rust for
# what is overdue, and a pale blue for last year beside this year.
BAR_COLOUR = "#4f7cac"
LAST_YEAR_COLOUR = "#a9c0d9"
OVERDUE_COLOUR = "#b8735a"
TEXT_COLOUR = "#2b3138"
GRID_COLOUR = "#e3e8ed"
CHART_BACKGROUND = "#ffffff"

PANELS = ("stages", "consent", "monthly", "caseload", "complex_needs", "overdue", "referrals")
"""The panels, in reading order (each the name of a :class:`Dashboard` field)."""

_HORIZONTAL = frozenset({"stages", "caseload", "overdue", "complex_needs", "referrals"})
_ROW_HEIGHT = 26
_TABLE_ROWS = 14
"""A table taller than this many rows scrolls."""
_LINE_CHARS = 7
"""A chart's category label longer than this is put on two lines (Qt Charts elides labels
wider than about a third of the chart)."""
_FIRST_COLUMN_MAX = 210
"""The widest a table's category column grows (px at the standard text size, where a line
is :data:`_STANDARD_LINE` px high); a longer category is elided."""
_STANDARD_LINE = 13
"""The height of a line of the screens' font at the standard text size (px)."""
_BREAK_AFTER = frozenset("をがの・、)）")
_BREAK_BEFORE = frozenset("(（")


def window_day_text(day: dt.date) -> str:
    """A holiday window day as a short date with its weekday: 12月1日(火) (in the locale)."""
    pattern = QCoreApplication.translate("DashboardTab", "MMMM d (ddd)")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def wrap_label(text: str, limit: int = _LINE_CHARS) -> str:
    """A chart's category label, on two lines (HTML ``<br>``) when it is long.

    The break goes where Japanese reads naturally (after を, が, の or before a parenthesis),
    as near the middle as possible; without such a place, in the middle. A label in latin
    letters (English) is wrapped at spaces into lines of about twice as many letters, on as
    many lines as it needs.
    """
    if text.isascii():
        lines: list[str] = []
        for word in text.split():
            if lines and len(lines[-1]) + 1 + len(word) <= 2 * limit - 2:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "<br>".join(html.escape(line) for line in lines)
    if len(text) <= limit:
        return html.escape(text)
    places = [
        i for i in range(1, len(text)) if text[i] in _BREAK_BEFORE or text[i - 1] in _BREAK_AFTER
    ]
    best = min(places, key=lambda i: max(i, len(text) - i), default=len(text) // 2)
    if max(best, len(text) - best) > limit + 3:
        best = len(text) // 2
    return f"{html.escape(text[:best])}<br>{html.escape(text[best:])}"


class Panel(QGroupBox):
    """One figure: a chart on the left and a compact table with its numbers on the right."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = name
        self.setObjectName(f"{name}Panel")
        self.figure: Figure | None = None
        self.bar_sets: list[QBarSet] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName(f"{name}Chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_view.setBackgroundBrush(QColor(CHART_BACKGROUND))
        self.chart_view.setMinimumSize(240, 220)  # room for larger text (150 %)
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"{name}Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        row.addWidget(self.chart_view, 3)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
        self.note_label = QLabel(self)
        self.note_label.setObjectName(f"{name}Note")
        self.note_label.setProperty("role", "caption")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        layout.addWidget(self.note_label)

    def set_note(self, text: str) -> None:
        """A line under the chart and the table (hidden when empty)."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))


class DashboardTab(QWidget):
    """The dashboard: a header with the date and a reload button, and a grid of panels.

    Signals:
        filter_requested(CaseFilter): a bar or a table row asks for the list of its cases.
        loaded(): the panels show a fresh result.
    """

    filter_requested = Signal(object)
    loaded = Signal()

    def __init__(
        self, service: DashboardService, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self._service = service
        self._principal = principal
        self._generation = 0
        self.dashboard: Dashboard | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.dateLabel = QLabel(self)
        self.dateLabel.setObjectName("dashboardDateLabel")
        self.dateLabel.setProperty("role", "title")
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("dashboardSummaryLabel")
        self.summaryLabel.setProperty("role", "caption")
        top.addWidget(self.dateLabel)
        top.addSpacing(16)
        top.addWidget(self.summaryLabel, 1)
        self.reloadButton = QPushButton(self.tr("Re&load"), self)
        self.reloadButton.setObjectName("dashboardReloadButton")
        self.reloadButton.setAutoDefault(False)
        self.reloadButton.clicked.connect(self.load)
        top.addWidget(self.reloadButton)
        layout.addLayout(top)
        self.hintLabel = QLabel(
            self.tr(
                "Click a bar, or double-click a number in a table, to open the list of those cases."
            ),
            self,
        )
        self.hintLabel.setObjectName("dashboardHintLabel")
        self.hintLabel.setProperty("role", "caption")
        self.hintLabel.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hintLabel, 1)
        self.holidayLabel = QLabel(self)  # 次の休日窓口 (the desk's holiday window rule)
        self.holidayLabel.setObjectName("dashboardHolidayLabel")
        self.holidayLabel.setProperty("role", "caption")
        self.holidayLabel.hide()
        hint_row.addWidget(self.holidayLabel)
        layout.addLayout(hint_row)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("dashboardMessageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        layout.addWidget(self.messageLabel)

        self.scrollArea = QScrollArea(self)
        self.scrollArea.setObjectName("dashboardScroll")
        self.scrollArea.setAccessibleName(self.tr("Dashboard"))
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.body = body = QWidget(self.scrollArea)
        body.setObjectName("dashboardBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        titles = {
            "stages": self.tr("Open cases by stage"),
            "consent": self.tr("Consent of the person (open cases)"),
            "monthly": self.tr("New consultations per month"),
            "caseload": self.tr("Open cases per lead worker"),
            "complex_needs": self.tr("Complex needs (open cases)"),
            "overdue": self.tr("Past their due date (open cases)"),
            "referrals": self.tr("Referrals made this fiscal year, by status"),
        }
        self.panels: dict[str, Panel] = {name: Panel(name, titles[name], body) for name in PANELS}
        places = {
            "stages": (0, 0, 1, 1),
            "consent": (0, 1, 1, 1),
            "monthly": (1, 0, 1, 2),
            "caseload": (2, 0, 1, 1),
            "complex_needs": (2, 1, 1, 1),
            "overdue": (3, 0, 1, 1),
            "referrals": (3, 1, 1, 1),
        }
        for name, (r, c, rs, cs) in places.items():
            grid.addWidget(self.panels[name], r, c, rs, cs)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.scrollArea.setWidget(body)
        layout.addWidget(self.scrollArea, 1)
        self.panels["overdue"].set_note(
            self.tr(
                "Only the first row opens a case list; the others count the overdue tasks of "
                "all cases (referral confirmations, monitoring, plan reviews)."
            )
        )
        self.panels["referrals"].set_note(
            self.tr(
                "The list shows every case with a referral in that status, including "
                "referrals of earlier years."
            )
        )
        for panel in self.panels.values():
            panel.table.itemActivated.connect(self._activate_item)
        self.dateLabel.setText(self.tr("Counting…"))

    # --- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Count the figures again on the worker (a newer load supersedes an older one)."""
        self._generation += 1
        generation = self._generation
        service, principal = self._service, self._principal
        self.reloadButton.setEnabled(False)
        run_op(
            self,
            lambda: service.summary(principal),
            lambda result: self._show(generation, result),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: KnownError) -> None:
        if generation != self._generation:
            return
        self.reloadButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")

    def _show(self, generation: int, result: Dashboard) -> None:
        if generation != self._generation:
            return
        self.reloadButton.setEnabled(True)
        set_message(self.messageLabel, "")
        self.show_dashboard(result)
        self.loaded.emit()

    def show_dashboard(self, result: Dashboard) -> None:
        """Show a counted dashboard in the header and the panels."""
        self.dashboard = result
        self.dateLabel.setText(
            self.tr("As of {date} ({year})").format(
                date=fmt_date(result.today), year=fmt_fiscal_year(result.fiscal_year)
            )
        )
        self.summaryLabel.setText(
            self.tr("Open cases: {open} \u00b7 Closed this fiscal year: {closed}").format(
                open=f"{result.open_cases:,}", closed=f"{result.closed_this_year:,}"
            )
        )
        holiday = result.next_holiday_window
        if holiday is not None:
            self.holidayLabel.setText(
                self.tr("Next holiday consultation window: {day}").format(
                    day=window_day_text(holiday)
                )
            )
        self.holidayLabel.setVisible(holiday is not None)
        for name in PANELS:
            figure: Figure = getattr(result, name)
            self._fill(self.panels[name], figure)
        # New minimum heights (longer tables, more workers) must reach the scroll area now,
        # or the panels stay squeezed into the old height until the next resize.
        for panel in self.panels.values():
            layout = panel.layout()
            if layout is not None:
                layout.activate()
        body = self.body
        body_layout = body.layout()
        if body_layout is not None:
            body_layout.activate()
        body.resize(body.width(), max(body.minimumSizeHint().height(), body.height()))
        log.debug("dashboard shows %d open cases", result.open_cases)

    # --- one panel ------------------------------------------------------------------------

    def _fill(self, panel: Panel, figure: Figure) -> None:
        panel.figure = figure
        self._fill_table(panel, figure)
        self._fill_chart(panel, figure)

    def _fill_table(self, panel: Panel, figure: Figure) -> None:
        table = panel.table
        several = len(figure.series) > 1
        first_header = self.tr("Month opened") if panel.name == "monthly" else self.tr("Breakdown")
        headers = [first_header]
        headers += [s.name for s in figure.series] if several else [self.tr("Count of cases")]
        rows = list(zip(figure.categories, *(s.bars for s in figure.series), strict=True))
        totals = self._totals(figure) if several else []
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows) + (1 if totals else 0))
        no_list = self.tr("This row has no case list.")
        for r, (category, *bars) in enumerate(rows):
            head = QTableWidgetItem(category)
            head.setData(FILTER_ROLE, bars[-1].filter)
            if bars[-1].filter is None:
                head.setToolTip(no_list)
            table.setItem(r, 0, head)
            for c, bar in enumerate(bars, start=1):
                table.setItem(r, c, self._number_item(bar.value, bar.filter, no_list))
        if totals:
            r = len(rows)
            head = QTableWidgetItem(self.tr("Year total"))
            head.setData(FILTER_ROLE, totals[-1].filter)
            bold = head.font()
            bold.setBold(True)
            head.setFont(bold)
            table.setItem(r, 0, head)
            for c, bar in enumerate(totals, start=1):
                item = self._number_item(bar.value, bar.filter, no_list)
                item.setFont(bold)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeColumnsToContents()
        # A long category (English labels are longer than Japanese ones) must not push the
        # table out of its panel: the first column is capped, its text elided, the whole
        # text in the tooltip.
        # (The cap grows with the text size: _FIRST_COLUMN_MAX is for the standard size.)
        first_max = round(_FIRST_COLUMN_MAX * table.fontMetrics().height() / _STANDARD_LINE)
        if header.sectionSize(0) > first_max:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, first_max)
            for r in range(table.rowCount()):
                cell = table.item(r, 0)
                if cell is not None:
                    cell.setToolTip("\n".join(x for x in (cell.text(), cell.toolTip()) if x))
        width = header.length() + 2 * table.frameWidth() + 2
        if table.rowCount() > _TABLE_ROWS:
            width += table.verticalScrollBar().sizeHint().width()
        table.setFixedWidth(width)
        visible_rows = min(table.rowCount(), _TABLE_ROWS)
        height = table.horizontalHeader().sizeHint().height() + visible_rows * _ROW_HEIGHT
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    @staticmethod
    def _number_item(value: int, flt: CaseFilter | None, no_list: str) -> QTableWidgetItem:
        item = QTableWidgetItem(f"{value:,}")
        item.setData(FILTER_ROLE, flt)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if flt is None:
            item.setToolTip(no_list)
        return item

    @staticmethod
    def _totals(figure: Figure) -> list[Bar]:
        """A total per series; its filter spans the series' months (opened_from … until)."""
        totals = []
        for series in figure.series:
            first, last = series.bars[0].filter, series.bars[-1].filter
            flt = None
            if first is not None and last is not None:
                flt = dataclasses.replace(first, opened_until=last.opened_until)
            totals.append(Bar(series.name, series.total, flt))
        return totals

    def _fill_chart(self, panel: Panel, figure: Figure) -> None:
        horizontal = panel.name in _HORIZONTAL
        chart = QChart()
        chart.setBackgroundBrush(QColor(CHART_BACKGROUND))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart_layout = chart.layout()
        if chart_layout is not None:
            chart_layout.setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setFont(self.font())
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        # A horizontal chart draws its first category at the bottom: reverse, so the chart
        # reads top to bottom like the table beside it.
        order = list(range(len(figure.categories)))
        if horizontal:
            order.reverse()
        panel.bar_sets = []
        several = len(figure.series) > 1
        for number, data in enumerate(figure.series):
            bar_set = QBarSet(data.name or panel.title())
            colour = BAR_COLOUR
            if several and number < len(figure.series) - 1:
                colour = LAST_YEAR_COLOUR
            if panel.name == "overdue":
                colour = OVERDUE_COLOUR
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(QColor(TEXT_COLOUR))
            bar_set.setLabelFont(self.font())
            for index in order:
                bar_set.append(data.bars[index].value)
            bar_set.clicked.connect(
                lambda index, data=data, order=order: self._bar_clicked(data, order[index])
            )
            bar_set.hovered.connect(self._hover_handler(panel, data, order))
            series.append(bar_set)
            panel.bar_sets.append(bar_set)
        series.setLabelsVisible(not several)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7 if several else 0.6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        labels = [figure.categories[i] for i in order]
        wrapped = [wrap_label(text) for text in labels]
        # Japanese labels under a vertical chart are short; English ones need their lines.
        categories.append(wrapped if horizontal or english() else labels)
        values = QValueAxis()
        top = max((b.value for s in figure.series for b in s.bars), default=0)
        values.setRange(0, max(4, int(top * 1.18) + 1))
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        for axis in (categories, values):
            axis.setLabelsFont(self.font())
            axis.setLabelsColor(QColor(TEXT_COLOUR))
            axis.setGridLineColor(QColor(GRID_COLOUR))
        categories.setGridLineVisible(False)
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        chart.addAxis(values, value_side)
        chart.addAxis(categories, category_side)
        series.attachAxis(values)
        series.attachAxis(categories)
        legend = chart.legend()
        legend.setVisible(several)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(self.font())
        legend.setLabelColor(QColor(TEXT_COLOUR))
        old = panel.chart_view.chart()
        panel.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        if horizontal:
            rows = max(len(figure.categories), 3)
            lines = max((text.count("<br>") + 1 for text in wrapped), default=1)
            line = self.fontMetrics().height()  # 13 px at the standard text size
            per_row = 2 * line + 4 + (line + 3) * (lines - 1)  # 30 + 16 per extra line
            panel.chart_view.setMinimumHeight(min(60 + rows * per_row, 1200))

    def _hover_handler(
        self, panel: Panel, data: Series, order: list[int]
    ) -> Callable[[bool, int], None]:
        def hovered(inside: bool, index: int) -> None:
            clickable = inside and data.bars[order[index]].filter is not None
            cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            panel.chart_view.setCursor(cursor)

        return hovered

    # --- opening the case list ------------------------------------------------------------

    def _bar_clicked(self, data: Series, index: int) -> None:
        self.request(data.bars[index].filter)

    def _activate_item(self, item: QTableWidgetItem) -> None:
        flt = item.data(FILTER_ROLE)
        self.request(flt if isinstance(flt, CaseFilter) else None)

    def request(self, flt: CaseFilter | None) -> None:
        """Ask for the case list of a filter (nothing when there is none)."""
        if flt is not None:
            self.filter_requested.emit(flt)
