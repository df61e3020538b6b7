"""The supervisor's queue (承認・確認待ち): a tab of the main window.

Three tables, each with its count in its title: closures waiting for approval, progress notes
asking for a confirmation, and plans submitted to a meeting. The actions are those of the
record screens (:class:`SendBackDialog`, :class:`AcknowledgeDialog` and the services behind
them); 開く opens the case on the tab that holds the record. The queue reloads after each
action and when the main window refreshes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.display import fmt_date
from welfaredesk.gui.note_dialog import AcknowledgeDialog
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.referral_tab import SendBackDialog
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.approvals import (
    ApprovalQueue,
    ApprovalService,
    PendingClosure,
    PendingNote,
    SubmittedPlan,
)
from welfaredesk.services.closures import ClosureService
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteService, NoteView
from welfaredesk.services.referrals import ClosureInfo

RESIZE_PRECISION = 50
"""How many rows beyond those in view the queue's column widths are measured from."""


class ApprovalsTab(QWidget):
    """What waits for a supervisor, with 承認 / 差し戻し / 確認 / 開く.

    Signals:
        loaded(object): the queue was shown (the :class:`ApprovalQueue`).
        open_requested(int, str): open a case on a stage tab (the case id and
            ``closureTab`` / ``progressTab`` / ``planTab``).
        dialog_opened(QDialog): the send-back or confirm dialog was opened.
        changed(): an action changed a case (the case list may need a refresh).
    """

    loaded = Signal(object)
    open_requested = Signal(int, str)
    dialog_opened = Signal(object)
    changed = Signal()

    def __init__(
        self,
        approvals: ApprovalService,
        closures: ClosureService,
        notes: NoteService,
        principal: Principal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsTab")
        self._approvals = approvals
        self._closures = closures
        self._notes = notes
        self._principal = principal
        self._queue: ApprovalQueue | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("approvalsMessageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        top.addWidget(self.messageLabel, 1)
        top.addStretch(0)  # keeps the button at the right while there is no message
        self.reloadButton = QPushButton(self.tr("Re&load"), self)
        self.reloadButton.setObjectName("approvalsReloadButton")
        self.reloadButton.clicked.connect(self.reload)
        top.addWidget(self.reloadButton)
        layout.addLayout(top)

        self.closureBox, self.closureTable = self._section(
            "closureQueue",
            [
                self.tr("Case no."),
                self.tr("Client"),
                self.tr("Reason"),
                self.tr("Destination"),
                self.tr("Requested by"),
                self.tr("Requested on"),
            ],
        )
        self.approveButton = self._button(
            self.closureBox, "approveClosureButton", self.tr("&Approve")
        )
        self.sendBackButton = self._button(
            self.closureBox, "sendBackClosureButton", self.tr("Send &back…")
        )
        self.openClosureButton = self._button(
            self.closureBox, "openClosureCaseButton", self.tr("&Open")
        )
        self.noteBox, self.noteTable = self._section(
            "noteQueue",
            [
                self.tr("Case no."),
                self.tr("Client"),
                self.tr("Date"),
                self.tr("Method"),
                self.tr("Staff"),
                self.tr("Note"),
            ],
        )
        self.acknowledgeButton = self._button(
            self.noteBox, "acknowledgeNoteButton", self.tr("&Confirm…")
        )
        self.openNoteButton = self._button(self.noteBox, "openNoteCaseButton", self.tr("O&pen"))
        self.planBox, self.planTable = self._section(
            "planQueue",
            [
                self.tr("Case no."),
                self.tr("Client"),
                self.tr("Plan no."),
                self.tr("Submitted"),
                self.tr("Meeting"),
            ],
        )
        self.openPlanButton = self._button(self.planBox, "openPlanCaseButton", self.tr("Op&en"))
        for box in (self.closureBox, self.noteBox, self.planBox):
            layout.addWidget(box, 1)

        self.approveButton.clicked.connect(self.approve_selected)
        self.sendBackButton.clicked.connect(self.send_back_selected)
        self.acknowledgeButton.clicked.connect(self.acknowledge_selected)
        self.openClosureButton.clicked.connect(lambda: self._open(self.closureTable, "closureTab"))
        self.openNoteButton.clicked.connect(lambda: self._open(self.noteTable, "progressTab"))
        self.openPlanButton.clicked.connect(lambda: self._open(self.planTable, "planTab"))
        self.closureTable.activated.connect(lambda _i: self._open(self.closureTable, "closureTab"))
        self.noteTable.activated.connect(lambda _i: self._open(self.noteTable, "progressTab"))
        self.planTable.activated.connect(lambda _i: self._open(self.planTable, "planTab"))
        for table in (self.closureTable, self.noteTable, self.planTable):
            table.itemSelectionChanged.connect(self._update_buttons)
        self._show(None)

    # --- building -------------------------------------------------------------------------

    def _section(self, name: str, headers: Sequence[str]) -> tuple[QGroupBox, QTableWidget]:
        box = QGroupBox(self)
        box.setObjectName(f"{name}Box")
        box_layout = QVBoxLayout(box)
        table = QTableWidget(0, len(headers), box)
        table.setObjectName(f"{name}Table")
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the rows in view (and a few more), not from the first 1,000 of a long
        # queue on every change: a queue of thousands of plans filled in 0.3 s otherwise.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setStretchLastSection(True)
        box_layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        return box, table

    def _button(self, box: QGroupBox, name: str, text: str) -> QPushButton:
        button = QPushButton(text, box)
        button.setObjectName(name)
        button.setAutoDefault(False)
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        last = layout.itemAt(layout.count() - 1)
        row = last.layout() if last is not None else None
        assert isinstance(row, QHBoxLayout)
        row.addWidget(button)
        return button

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again on the database worker."""
        approvals, principal = self._approvals, self._principal
        run_op(self, lambda: approvals.queue(principal), self._show, self._failed)

    def _show(self, queue: ApprovalQueue | None) -> None:
        self._queue = queue
        closures = queue.closures if queue else ()
        notes = queue.notes if queue else ()
        plans = queue.plans if queue else ()
        self.closureBox.setTitle(
            self.tr("Closures awaiting approval ({count})").format(count=len(closures))
        )
        self.noteBox.setTitle(
            self.tr("Progress notes awaiting confirmation ({count})").format(count=len(notes))
        )
        self.planBox.setTitle(
            self.tr("Support plans submitted to a meeting ({count})").format(count=len(plans))
        )
        self._fill(self.closureTable, [self._closure_row(c) for c in closures])
        self._fill(self.noteTable, [self._note_row(n) for n in notes])
        self._fill(self.planTable, [self._plan_row(p) for p in plans])
        self._update_buttons()
        if queue is not None:
            self.loaded.emit(queue)

    def _closure_row(self, item: PendingClosure) -> list[str]:
        info = item.closure
        return [
            item.case_number,
            item.client_name,
            info.reason_label,
            info.destination,
            info.requested_by,
            fmt_date(item.requested_on),
        ]

    def _note_row(self, item: PendingNote) -> list[str]:
        note = item.note
        return [
            item.case_number,
            item.client_name,
            fmt_date(note.noted_at.date()),
            note.method_label,
            note.staff_name,
            item.excerpt,
        ]

    def _plan_row(self, item: SubmittedPlan) -> list[str]:
        if item.meeting_on is None:
            meeting = self.tr("Not on a meeting's agenda yet")
        else:
            meeting = self.tr("On the agenda of {date}").format(date=fmt_date(item.meeting_on))
        return [
            item.case_number,
            item.client_name,
            self.tr("No. {number}").format(number=item.plan_no),
            fmt_date(item.submitted_on),
            meeting,
        ]

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.clearSelection()
        # Emptied first: replacing the items of a filled table one by one costs a pass over
        # the table each (a reload of 3,000 plans took 18 s).
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        if rows:
            table.selectRow(0)

    def _update_buttons(self) -> None:
        idle = not self._busy
        has_closure = self._selected(self.closureTable) is not None
        has_note = self._selected(self.noteTable) is not None
        self.approveButton.setEnabled(idle and has_closure)
        self.sendBackButton.setEnabled(idle and has_closure)
        self.openClosureButton.setEnabled(has_closure)
        self.acknowledgeButton.setEnabled(idle and has_note)
        self.openNoteButton.setEnabled(has_note)
        self.openPlanButton.setEnabled(self._selected(self.planTable) is not None)

    @staticmethod
    def _selected(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # --- actions --------------------------------------------------------------------------

    def selected_closure(self) -> PendingClosure | None:
        """The closure row chosen, or None."""
        row = self._selected(self.closureTable)
        return self._queue.closures[row] if self._queue and row is not None else None

    def selected_note(self) -> PendingNote | None:
        """The note row chosen, or None."""
        row = self._selected(self.noteTable)
        return self._queue.notes[row] if self._queue and row is not None else None

    def selected_plan(self) -> SubmittedPlan | None:
        """The plan row chosen, or None."""
        row = self._selected(self.planTable)
        return self._queue.plans[row] if self._queue and row is not None else None

    def approve_selected(self) -> None:
        """Approve the chosen closure: the case closes."""
        item = self.selected_closure()
        if item is None or self._busy:
            return
        self._set_busy(True)
        closures, principal = self._closures, self._principal
        closure_id, version = item.closure.id, item.closure.version
        run_op(
            self,
            lambda: closures.approve(principal, closure_id, version),
            lambda _info: self._done(self.tr("The closure was approved; the case is closed.")),
            self._failed,
        )

    def send_back_selected(self) -> SendBackDialog | None:
        """Ask why, then send the chosen closure back to the worker."""
        item = self.selected_closure()
        if item is None or self._busy:
            return None
        dialog = SendBackDialog(self._closures, self._principal, item.closure, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._sent_back)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _sent_back(self, _info: ClosureInfo) -> None:
        self._done(self.tr("The closure was sent back to the worker."))

    def acknowledge_selected(self) -> AcknowledgeDialog | None:
        """Ask for an optional comment, then confirm the chosen note."""
        item = self.selected_note()
        if item is None or self._busy:
            return None
        note = item.note
        dialog = AcknowledgeDialog(note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._acknowledge(note, dialog.comment()))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _acknowledge(self, note: NoteView, comment: str) -> None:
        self._set_busy(True)
        notes, principal = self._notes, self._principal
        run_op(
            self,
            lambda: notes.acknowledge(principal, note.id, comment, note.version),
            lambda _view: self._done(self.tr("The progress note was confirmed.")),
            self._failed,
        )

    def _open(self, table: QTableWidget, tab: str) -> None:
        row = self._selected(table)
        if self._queue is None or row is None:
            return
        queue = self._queue
        items: Sequence[PendingClosure | PendingNote | SubmittedPlan]
        if tab == "closureTab":
            items = queue.closures
        elif tab == "progressTab":
            items = queue.notes
        else:
            items = queue.plans
        self.open_requested.emit(items[row].case_id, tab)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _done(self, text: str) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, text, kind="info")
        self.changed.emit()
        self.reload()

    def _failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        self.reload_if_stale(error)

    def reload_if_stale(self, _error: KnownError) -> None:
        """After a refused action the queue may be out of date: read it again."""
        if self._queue is not None:
            approvals, principal = self._approvals, self._principal
            run_op(self, lambda: approvals.queue(principal), self._show, lambda _e: None)
