"""My tasks (今日の仕事): the tab of the main window that lists what the user has to do.

The tasks come from :meth:`TaskService.my_tasks <welfaredesk.services.tasks.TaskService.my_tasks>`
on the database worker, grouped 期限超過 / 今日 / 今週 / 2週間以内. Double-click or Enter on a
task opens the case on the tab where the task is done (a meeting opens the meetings screen,
an unsaved intake the intake dialog).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.display import fmt_date, join_spaced
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.tasks import GROUP_ORDER, TaskGroup, TaskRow, TaskService

log = logging.getLogger(__name__)

COL_DUE, COL_KIND, COL_NUMBER, COL_CLIENT, COL_TEXT = range(5)

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data role holding the :class:`TaskRow` of a task row."""

_CASE_TABS = {
    "monitoring": "monitoringTab",
    "referral": "referralTab",
    "plan": "planTab",
    "progress": "progressTab",
    "assessment": "assessmentTab",
    "closure": "closureTab",
}
"""Task ``open_tab`` → the attribute of the case view's page."""


class TaskOpener(Protocol):
    """What the tab needs from the main window to open a task."""

    def open_case(self, case_id: int) -> CaseView: ...
    def resume_assessment(self, case_id: int) -> CaseView: ...
    def open_meetings(self) -> object: ...
    def new_intake(self) -> object: ...


class TasksTab(QWidget):
    """The user's tasks, grouped by when they are due.

    Signals:
        loaded(int): the list shows a fresh result (the number of tasks).
    """

    loaded = Signal(int)

    def __init__(
        self,
        tasks: TaskService,
        principal: Principal,
        opener: TaskOpener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._principal = principal
        self._opener = opener
        self._generation = 0

        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("tasksSummaryLabel")
        self.summary_label.setProperty("role", "caption")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("tasksNoticeLabel")
        self.notice_label.setWordWrap(True)
        set_message(self.notice_label, "")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tasksTree")
        self.tree.setAccessibleName(self.tr("Today's tasks"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Due by"),
                self.tr("Kind of task"),
                self.tr("Case no."),
                self.tr("Person concerned"),
                self.tr("What to do"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.tree.fontMetrics()
        for column, sample in (
            (COL_DUE, "令和00年00月00日"),
            (COL_KIND, "計画の見直しあ"),
            (COL_NUMBER, "R10-000000"),
            (COL_CLIENT, "あいうえ　かきくけ"),
        ):
            indent = self.tree.indentation() if column == COL_DUE else 0
            header.resizeSection(column, metrics.horizontalAdvance(sample) + indent + 24)
        self._row_height = metrics.height() + 10
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.tree, 1)

    # --- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Ask the worker for the tasks again (a newer load supersedes an older one)."""
        self._generation += 1
        generation = self._generation
        tasks, principal = self._tasks, self._principal
        run_op(
            self,
            lambda: tasks.my_tasks(principal),
            lambda rows: self._show(generation, rows),
            self._failed,
        )

    def _group_title(self, group: TaskGroup, count: int) -> str:
        titles = {
            TaskGroup.OVERDUE: self.tr("Overdue ({count})"),
            TaskGroup.TODAY: self.tr("Due today ({count})"),
            TaskGroup.THIS_WEEK: self.tr("This week ({count})"),
            TaskGroup.LATER: self.tr("Within two weeks ({count})"),
        }
        return titles[group].format(count=count)

    def _show(self, generation: int, rows: list[TaskRow]) -> None:
        if generation != self._generation:
            return
        tree = self.tree
        tree.clear()
        bold = tree.font()
        bold.setBold(True)
        counts: list[str] = []
        first: QTreeWidgetItem | None = None
        for group in GROUP_ORDER:
            members = [r for r in rows if r.group is group]
            counts.append(self._group_title(group, len(members)))
            if not members:
                continue
            parent = QTreeWidgetItem(tree, [self._group_title(group, len(members))])
            # Spanned and expanded while still empty: each of these lays out the whole tree.
            parent.setFirstColumnSpanned(True)
            parent.setExpanded(True)
            parent.setFont(COL_DUE, bold)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setSizeHint(COL_DUE, QSize(0, self._row_height))
            for row in members:
                item = QTreeWidgetItem(
                    parent,
                    [
                        fmt_date(row.due_on),
                        row.kind_label,
                        row.case_number,
                        row.client_name,
                        row.text,
                    ],
                )
                item.setData(COL_DUE, TASK_ROLE, row)
                item.setSizeHint(COL_DUE, QSize(0, self._row_height))
                first = first or item
        self.summary_label.setText(join_spaced(counts))
        if rows:
            set_message(self.notice_label, "")
        else:
            set_message(self.notice_label, self.tr("No tasks for today."), kind="info")
        if first is not None and tree.currentItem() is None:
            tree.setCurrentItem(first)
        log.debug("tasks tab shows %d tasks", len(rows))
        self.loaded.emit(len(rows))

    def _failed(self, error: KnownError) -> None:
        set_message(self.notice_label, error.text(), kind="error")

    # --- opening --------------------------------------------------------------------------

    def task_items(self) -> list[QTreeWidgetItem]:
        """The task rows (not the group headings), top to bottom."""
        items: list[QTreeWidgetItem | None] = []
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            if parent is not None:
                items.extend(parent.child(i) for i in range(parent.childCount()))
        return [item for item in items if item is not None]

    def open_item(self, item: QTreeWidgetItem) -> None:
        """Open the task of a row where it is done (a group heading does nothing)."""
        row = item.data(COL_DUE, TASK_ROLE)
        if isinstance(row, TaskRow):
            self.open_task(row)

    def open_task(self, row: TaskRow) -> None:
        """Open a task: the case on its tab, the meetings screen or the intake dialog."""
        opener = self._opener
        if row.open_tab == "intake_draft" or row.case_id is None:
            opener.new_intake()
            return
        if row.open_tab == "meeting":
            opener.open_meetings()
            return
        if row.open_tab == "assessment":
            opener.resume_assessment(row.case_id)
            return
        view = opener.open_case(row.case_id)
        page = getattr(view.ui, _CASE_TABS.get(row.open_tab, ""), None)
        if isinstance(page, QWidget):
            view.ui.stageTabs.setCurrentWidget(page)
