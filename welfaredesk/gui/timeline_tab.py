"""The case timeline (時系列) tab and the stage bar of the case view.

The timeline lists everything that happened on the case, newest first
(:meth:`TimelineService.events`), with a filter by kind; activating a line opens the tab that
holds the record. The stage bar shows where the case stands on the desk's flow: the steps of
its path, the ones behind it marked done, the current one highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import CaseStage
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.display import fmt_date
from welfaredesk.gui.i18n import label, tr_data
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.flow_layout import FlowLayout
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.timeline import KIND_LABELS, EventKind, TimelineEvent, TimelineService

S = CaseStage
_PLAN_PATH = (
    S.INTAKE,
    S.ASSESSMENT,
    S.PLAN_DRAFT,
    S.COORDINATION,
    S.SERVICE,
    S.MONITORING,
    S.CLOSED,
)
_PATHS: dict[CaseStage, tuple[CaseStage, ...]] = {
    S.REFERRAL: (S.INTAKE, S.ASSESSMENT, S.REFERRAL, S.CLOSED),
    S.NO_CONSENT: (S.INTAKE, S.ASSESSMENT, S.NO_CONSENT, S.CLOSED),
    S.CLOSED: (S.INTAKE, S.ASSESSMENT, S.CLOSED),
}


def stage_path(stage: CaseStage) -> tuple[CaseStage, ...]:
    """The steps shown for a case in ``stage``: its branch of the flow (design.md §2)."""
    return _PATHS.get(stage, _PLAN_PATH)


class StageBar(QWidget):
    """A row of the case's steps: done ones muted with ✓, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBar")
        # Wraps onto a second row rather than widening the window (larger text, narrow window).
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 0)
        self._layout.setSpacing(4)
        self.steps: list[QLabel] = []

    def set_stage(self, stage: CaseStage) -> None:
        """Show the path of ``stage`` with ``stage`` current."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when the deferred delete runs
                widget.deleteLater()
        self.steps = []
        path = stage_path(stage)
        current = path.index(stage) if stage in path else 0
        for index, step in enumerate(path):
            if index:
                arrow = QLabel("›", self)
                arrow.setProperty("role", "caption")
                arrow.setProperty("flowGlue", True)  # wraps with the step after it
                self._layout.addWidget(arrow)
            done = index < current or (stage is S.CLOSED and index == current)
            text = f"✓ {label(step)}" if done and index < current else label(step)
            chip = QLabel(text, self)
            chip.setObjectName(f"stageStep_{step}")
            state = "current" if index == current else ("done" if done else "todo")
            chip.setProperty("stageState", state)
            chip.setStyleSheet(_CHIP_STYLES[state])
            self._layout.addWidget(chip)
            self.steps.append(chip)
        # Shown and laid out at once, not when the queued show and layout requests run: a
        # window grabbed (or read by a screen reader) right after a reload is up to date.
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            if item is not None and (widget := item.widget()) is not None:
                widget.show()
        self._layout.activate()
        self.setAccessibleName(
            self.tr("Stage: {stage}").format(stage=label(stage))  # read by screen readers
        )


_CHIP_STYLES = {
    "done": "color: #5b6570; padding: 1px 6px;",
    "current": (
        "color: white; background: #2d6da3; border-radius: 3px; padding: 1px 8px;"
        " font-weight: bold;"
    ),
    "todo": "color: #8a939c; padding: 1px 6px;",
}

COL_WHEN, COL_KIND, COL_TITLE, COL_STAFF = range(4)


class TimelineTab(QWidget):
    """Everything that happened on the case, newest first, with a filter by kind.

    Signals:
        loaded(int): the timeline was filled (the number of events shown).
        open_requested(str): a line was activated; the :class:`EventKind` value of its record.
    """

    loaded = Signal(int)
    open_requested = Signal(str)

    def __init__(
        self,
        timeline: TimelineService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self.case_id = case_id
        self.events: list[TimelineEvent] = []
        self._timeline = timeline
        self._principal = principal
        self._generation = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("timelineKindCombo")
        self.kindCombo.addItem(self.tr("Everything"), None)
        for kind in EventKind:
            self.kindCombo.addItem(tr_data(KIND_LABELS[kind]), str(kind))
        self.kindCombo.currentIndexChanged.connect(lambda _index: self.reload())
        caption = QLabel(self.tr("S&how"), self)
        caption.setBuddy(self.kindCombo)
        bar.addWidget(caption)
        bar.addWidget(self.kindCombo)
        self.countLabel = QLabel(self)
        self.countLabel.setProperty("role", "caption")
        bar.addWidget(self.countLabel)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        outer.addWidget(self.messageLabel)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("timelineTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("What happened"), self.tr("Staff")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows follow their text as the window (and so the stretched column) is resized.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.table.setAccessibleName(self.tr("Case timeline"))
        outer.addWidget(self.table, 1)

    def reload(self) -> None:
        """Load the events (of the chosen kind) on the worker."""
        self._generation += 1
        generation = self._generation
        timeline, principal, case_id = self._timeline, self._principal, self.case_id
        code = self.kindCombo.currentData()
        kinds = frozenset({EventKind(code)}) if code else None
        run_op(
            self,
            lambda: timeline.events(principal, case_id, kinds=kinds),
            lambda events: self._show(generation, events),
            self._failed,
        )

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _show(self, generation: int, events: list[TimelineEvent]) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        set_message(self.messageLabel, "")
        self.events = events
        table = self.table
        table.setRowCount(len(events))
        for row, event in enumerate(events):
            when = fmt_date(event.at.date(), style="short")
            if event.timed:
                when += event.at.strftime(" %H:%M")
            title = event.title + (f"\n{event.summary}" if event.summary else "")
            for column, text in enumerate((when, event.kind_label, title, event.staff)):
                item = QTableWidgetItem(text)
                if column == COL_TITLE and event.summary:
                    item.setToolTip(event.summary)
                table.setItem(row, column, item)
        table.resizeColumnToContents(COL_WHEN)
        table.resizeColumnToContents(COL_KIND)
        table.resizeColumnToContents(COL_STAFF)
        self.countLabel.setText(self.tr("{count} events").format(count=len(events)))
        self.loaded.emit(len(events))

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.events):
            self.open_requested.emit(str(self.events[row].kind))
