"""The 終結 tab of the case view: the closure state, the closure form, reopening, history.

At the top, where the case stands: open, a closure waiting for the chief counselor's approval
(with 承認 and 差し戻し for those who may approve), sent back with its reason, or closed with
its reason, date and who approved it (with 再開, which asks for the reason). While the case is
open and no closure waits, the closure form offers the reasons of the pick-list with their
help texts (the destination agency only for 他機関への引継ぎ), the date and the summary; the
button says 終結する for a user who may approve closures and 終結を申請 for the others. Below,
every closure of the case with its reopening, and 終結記録票を印刷 through the PDF preview.
Every service call runs on the database worker.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import CaseStage, ClosureStatus
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import annotate, fmt_date, fmt_date_input
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.referral_tab import SendBackDialog
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.agencies import AgencyService
from welfaredesk.services.closures import (
    ClosureHistory,
    ClosureInput,
    ClosureResult,
    ClosureService,
)
from welfaredesk.services.dto import AgencyRow, CaseDetail, Principal
from welfaredesk.services.referrals import ClosureInfo

STATE_STYLE = (
    "QFrame#closureStateFrame { background: #f3f6f9; border: 1px solid #c9d3dd; "
    "border-radius: 4px; }"
)
WAITING_STYLE = (
    "QFrame#closureStateFrame { background: #fdf3dc; border: 1px solid #e7cf8f; "
    "border-radius: 4px; }"
)
HISTORY_COLUMNS = 6


def _date(value: dt.date | None) -> str:
    return fmt_date(value) if value else ""


class ClosureTab(QWidget):
    """Closure, approval, reopening and the closure record of one case.

    Attributes:
        history: the closures as last loaded, else None.

    Signals:
        loaded(object): the :class:`ClosureHistory` arrived and is shown.
        changed(): data of the case changed (the case view reloads the case).
        dialog_opened(object): a dialog of the tab is open (send back, reopen).
        preview_opened(object): the closure record's :class:`PdfPreviewDialog` is open.
        save_failed(str): a closure, approval or reopening was refused (the message shown).
    """

    loaded = Signal(object)
    changed = Signal()
    dialog_opened = Signal(object)
    preview_opened = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        closures: ClosureService,
        agencies: AgencyService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closureTabWidget")
        self.case_id = case_id
        self.history: ClosureHistory | None = None
        self._closures = closures
        self._agencies = agencies
        self._agency_rows: list[AgencyRow] | None = None
        self._principal = principal
        self._can_edit = allowed(principal.role, Action.CASE_EDIT)
        self._can_approve = allowed(principal.role, Action.CASE_CLOSE_APPROVE)
        self._detail: CaseDetail | None = None
        self._notice = ""
        self._busy = False
        self._invalid: list[QWidget] = []
        self._build()
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("closureMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        self.stateFrame = QFrame(self)
        self.stateFrame.setObjectName("closureStateFrame")
        self.stateFrame.setStyleSheet(STATE_STYLE)
        state = QHBoxLayout(self.stateFrame)
        self.stateLabel = QLabel(self.stateFrame)
        self.stateLabel.setObjectName("closureStateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state.addWidget(self.stateLabel, 1)
        self.approveButton = QPushButton(self.tr("&Approve"), self.stateFrame)
        self.approveButton.setObjectName("approveClosureButton")
        self.approveButton.clicked.connect(self.approve)
        self.sendBackButton = QPushButton(self.tr("Send &back"), self.stateFrame)
        self.sendBackButton.setObjectName("sendBackClosureButton")
        self.sendBackButton.clicked.connect(self.send_back)
        self.reopenButton = QPushButton(self.tr("&Reopen the case"), self.stateFrame)
        self.reopenButton.setObjectName("reopenCaseButton")
        self.reopenButton.clicked.connect(self.reopen)
        for button in (self.approveButton, self.sendBackButton, self.reopenButton):
            button.setAutoDefault(False)
            state.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.stateFrame)

        self.formBox = QGroupBox(self.tr("Close the case"), self)
        self.formBox.setObjectName("closureFormBox")
        form = QFormLayout(self.formBox)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.reasonCombo = QComboBox(self.formBox)
        self.reasonCombo.setObjectName("closureReasonCombo")
        self.reasonCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reasonCombo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.reasonHelp = QLabel(self.formBox)
        self.reasonHelp.setObjectName("closureReasonHelp")
        self.reasonHelp.setWordWrap(True)
        self.reasonHelp.setProperty("role", "note")
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reasonCombo)
        reason_row.addWidget(self.reasonHelp, 1)
        reason_caption = QLabel(self.tr("Reas&on"), self.formBox)
        reason_caption.setBuddy(self.reasonCombo)
        form.addRow(reason_caption, reason_row)
        self.reasonRow = reason_row
        self.destinationCombo = QComboBox(self.formBox)
        self.destinationCombo.setObjectName("closureDestinationCombo")
        self.destinationCombo.setEditable(True)
        self.destinationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.destinationCombo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit = self.destinationCombo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type part of the agency's name"))
        form.addRow(self.tr("Handed over &to"), self.destinationCombo)
        self.dateEdit = QLineEdit(self.formBox)
        self.dateEdit.setObjectName("closureDateEdit")
        self.dateEdit.setText(fmt_date_input(dt.date.today()))
        self.dateEdit.setMaximumWidth(260)
        form.addRow(self.tr("Closure &date"), self.dateEdit)
        self.summaryEdit = QPlainTextEdit(self.formBox)
        self.summaryEdit.setObjectName("closureSummaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setFixedHeight(90)
        self.summaryEdit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.summaryEdit.setPlaceholderText(
            self.tr("How the support ended and what the person and the agencies agreed")
        )
        form.addRow(self.tr("&Summary"), self.summaryEdit)
        submit_row = QHBoxLayout()
        self.approvalNote = QLabel(self.formBox)
        self.approvalNote.setObjectName("closureApprovalNote")
        self.approvalNote.setWordWrap(True)
        self.approvalNote.setProperty("role", "note")
        self.submitButton = QPushButton(self.formBox)
        self.submitButton.setObjectName("submitClosureButton")
        self.submitButton.setAutoDefault(False)
        self.submitButton.clicked.connect(self.submit)
        if self._can_approve:
            self.submitButton.setText(self.tr("&Close the case"))
            self.approvalNote.setText(
                self.tr("You may approve closures: the case closes as soon as you save.")
            )
        else:
            self.submitButton.setText(self.tr("Re&quest the closure"))
            self.approvalNote.setText(
                self.tr(
                    "Where the desk requires it, the closure waits for the chief counselor's "
                    "approval before the case closes."
                )
            )
        submit_row.addWidget(self.approvalNote, 1)
        submit_row.addWidget(self.submitButton)
        form.addRow("", submit_row)
        outer.addWidget(self.formBox)

        history_box = QGroupBox(self.tr("Closures and reopenings"), self)
        history_box.setObjectName("closureHistoryBox")
        history_layout = QVBoxLayout(history_box)
        self.historyTable = QTableWidget(0, HISTORY_COLUMNS, history_box)
        self.historyTable.setObjectName("closureHistoryTable")
        self.historyTable.setHorizontalHeaderLabels(
            [
                self.tr("Closed on"),
                self.tr("Reason"),
                self.tr("Status"),
                self.tr("Approved by"),
                self.tr("Reopened on"),
                self.tr("Reason for reopening or sending back"),
            ]
        )
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.verticalHeader().hide()
        header = self.historyTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        history_layout.addWidget(self.historyTable, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.printButton = QPushButton(self.tr("&Print the closure record"), history_box)
        self.printButton.setObjectName("printClosureButton")
        self.printButton.setAutoDefault(False)
        self.printButton.clicked.connect(self.print_record)
        buttons.addWidget(self.printButton)
        history_layout.addLayout(buttons)
        outer.addWidget(history_box, 1)

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        self._detail = detail
        self.reload()

    def reload(self) -> None:
        """Load the closures (and the agency directory once) on the worker."""
        closures, agencies, principal, case_id = (
            self._closures,
            self._agencies,
            self._principal,
            self.case_id,
        )
        need_agencies = self._agency_rows is None and agencies is not None and self._can_edit

        def load() -> tuple[ClosureHistory, list[AgencyRow] | None]:
            history = closures.history(principal, case_id)
            rows = agencies.search(principal) if need_agencies and agencies else None
            return history, rows

        run_op(self, load, lambda result: self._arrived(*result), self._failed)

    def _arrived(self, history: ClosureHistory, rows: list[AgencyRow] | None) -> None:
        if rows is not None:
            self._agency_rows = [r for r in rows if r.active]
            self._fill_destinations()
        first = self.history is None
        self.history = history
        set_message(self.messageLabel, self._notice, kind="info")
        if first or self.reasonCombo.count() != len(history.reasons):
            self._fill_reasons(history)
        self._show_state(history)
        self._fill_history(history)
        self._update_buttons()
        self.loaded.emit(history)

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._busy = False
        self._update_buttons()
        self.save_failed.emit(error.text())

    def _fill_reasons(self, history: ClosureHistory) -> None:
        combo = self.reasonCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(choose a reason)"), None)
        for reason in history.reasons:
            combo.addItem(reason.label, reason.code)
            combo.setItemData(combo.count() - 1, reason.help_text, Qt.ItemDataRole.ToolTipRole)
        metrics = combo.fontMetrics()
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        combo.setMinimumWidth(widest + 48)  # room for the arrow and the style's padding
        combo.blockSignals(False)
        self._reason_changed()

    def _fill_destinations(self) -> None:
        combo = self.destinationCombo
        combo.clear()
        for row in self._agency_rows or []:
            text = annotate(row.name, row.section if row.section not in row.name else "")
            combo.addItem(text, row.id)
        combo.setCurrentIndex(-1)

    def _reason(self) -> str | None:
        data = self.reasonCombo.currentData()
        return str(data) if data else None

    def choose_reason(self, code: str) -> None:
        """Choose a closure reason by its code."""
        index = self.reasonCombo.findData(code)
        if index < 0:
            raise LookupError(code)
        self.reasonCombo.setCurrentIndex(index)

    def choose_destination(self, agency_id: int) -> None:
        """Choose the destination agency of a hand-over."""
        self.destinationCombo.setCurrentIndex(self.destinationCombo.findData(agency_id))

    def _needs_destination(self) -> bool:
        code = self._reason()
        history = self.history
        if code is None or history is None:
            return False
        return any(r.code == code and r.needs_destination for r in history.reasons)

    def _reason_changed(self) -> None:
        code = self._reason()
        history = self.history
        help_text = ""
        if code is not None and history is not None:
            help_text = next((r.help_text for r in history.reasons if r.code == code), "")
        self.reasonHelp.setText(help_text)
        self.form.setRowVisible(self.destinationCombo, self._needs_destination())

    def _show_state(self, history: ClosureHistory) -> None:
        latest = history.latest
        waiting = history.waiting
        self.stateFrame.setStyleSheet(WAITING_STYLE if waiting is not None else STATE_STYLE)
        if history.closed and latest is not None:
            info = latest.info
            text = self.tr("Closed on {date}. Reason: {reason}.").format(
                date=_date(history.closed_on or info.closed_on), reason=self._reason_text(info)
            )
            if info.approved_by:
                when = (
                    f"{_date(latest.approved_at.date())} {latest.approved_at:%H:%M}"
                    if latest.approved_at
                    else ""
                )
                text += " " + self.tr("Approved by {name} ({when}).").format(
                    name=info.approved_by, when=when or "—"
                )
            text += "\n" + self.tr(
                "The case is read-only. Reopen it to record anything more; the closure stays "
                "in the history."
            )
        elif waiting is not None:
            info = waiting.info
            text = self.tr(
                "A closure ({reason}, {date}) is waiting for the chief counselor's approval."
            ).format(reason=self._reason_text(info), date=_date(info.closed_on))
            if info.requested_by:
                text += " " + self.tr("Requested by {name}.").format(name=info.requested_by)
        elif latest is not None and latest.info.status is ClosureStatus.RETURNED:
            text = self.tr(
                "The case is open. The closure ({reason}) was sent back. Reason: {why}"
            ).format(reason=self._reason_text(latest.info), why=latest.info.return_reason)
        else:
            text = self.tr("The case is open.")
        self.stateLabel.setText(text)

    def _reason_text(self, info: ClosureInfo) -> str:
        return annotate(info.reason_label, info.destination)

    def _fill_history(self, history: ClosureHistory) -> None:
        table = self.historyTable
        table.setRowCount(len(history.records))
        for r, record in enumerate(history.records):
            info = record.info
            values = (
                _date(info.closed_on),
                self._reason_text(info),
                info.status_label,
                info.approved_by,
                _date(record.reopened_on),
                record.reopen_reason or info.return_reason,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(info.summary)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for c in range(HISTORY_COLUMNS - 1):
            header.resizeSection(c, min(header.sectionSize(c) + 16, 260))
        header.setSectionResizeMode(HISTORY_COLUMNS - 1, QHeaderView.ResizeMode.Stretch)

    def _update_buttons(self) -> None:
        history = self.history
        loaded = history is not None and not self._busy
        closed = history is not None and history.closed
        waiting = history.waiting if history is not None else None
        self.formBox.setVisible(
            self._can_edit and history is not None and not closed and waiting is None
        )
        self.submitButton.setEnabled(loaded)
        self.approveButton.setVisible(waiting is not None and self._can_approve)
        self.sendBackButton.setVisible(waiting is not None and self._can_approve)
        self.approveButton.setEnabled(loaded)
        self.sendBackButton.setEnabled(loaded)
        self.reopenButton.setVisible(closed and self._can_edit)
        self.reopenButton.setEnabled(loaded)
        self.printButton.setEnabled(loaded and bool(history and history.records))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _done(self, notice: str) -> None:
        self._busy = False
        self._notice = notice
        set_message(self.messageLabel, notice, kind="info")
        self.changed.emit()
        self.reload()

    # --- closing ----------------------------------------------------------------------------

    def form_input(self) -> ClosureInput:
        """The closure form as the service's input."""
        combo = self.destinationCombo
        index = combo.currentIndex()
        destination = None
        # An edited text that names no agency of the list counts as no choice.
        if (
            self._needs_destination()
            and index >= 0
            and combo.currentText() == combo.itemText(index)
        ):
            destination = combo.itemData(index)
        return ClosureInput(
            reason_code=self._reason() or "",
            closed_on=self.dateEdit.text(),
            summary=self.summaryEdit.toPlainText(),
            destination_agency_id=int(destination) if destination is not None else None,
        )

    def submit(self) -> None:
        """Close the case (or request the closure) on the worker."""
        history = self.history
        if history is None or self._busy or not self._can_edit:
            return
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []
        form = self.form_input()
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        closures, principal, case_id = self._closures, self._principal, self.case_id
        version = history.case_version
        run_op(
            self,
            lambda: closures.request(principal, case_id, form, version),
            self._requested,
            self._refused,
        )

    def _requested(self, result: ClosureResult) -> None:
        self.summaryEdit.clear()
        self.reasonCombo.setCurrentIndex(0)
        if result.case_closed:
            self._done(self.tr("The case was closed. It is now read-only."))
        else:
            self._done(self.tr("The closure is waiting for the chief counselor's approval."))

    def _refused(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget: QWidget | None = {
                "reason_code": self.reasonCombo,
                "destination_agency_id": self.destinationCombo,
                "closed_on": self.dateEdit,
                "summary": self.summaryEdit,
            }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())

    # --- approval ---------------------------------------------------------------------------

    def approve(self) -> None:
        """Approve the waiting closure (the case closes)."""
        history = self.history
        waiting = history.waiting if history else None
        if waiting is None or not self._can_approve or self._busy:
            return
        self._set_busy(True)
        closures, principal = self._closures, self._principal
        closure_id, version = waiting.info.id, waiting.info.version
        run_op(
            self,
            lambda: closures.approve(principal, closure_id, version),
            lambda _info: self._done(self.tr("The closure was approved. The case is closed.")),
            self._refused,
        )

    def send_back(self) -> None:
        """Ask for a reason, then send the waiting closure back (the case stays open)."""
        history = self.history
        waiting = history.waiting if history else None
        if waiting is None or not self._can_approve:
            return
        dialog = SendBackDialog(self._closures, self._principal, waiting.info, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _info: self._done(self.tr("The closure was sent back. The case stays open."))
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- reopening --------------------------------------------------------------------------

    def reopen(self) -> None:
        """Ask why, then reopen the closed case."""
        history = self.history
        if history is None or not history.closed or not self._can_edit:
            return
        dialog = ReopenDialog(self._closures, self._principal, self.case_id, history, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _info: self._done(
                self.tr("The case was reopened. The closure is kept in the history.")
            )
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- printing ---------------------------------------------------------------------------

    def print_record(self) -> None:
        """Build the closure record on the worker, then preview it (printing is audited)."""
        history = self.history
        if history is None or not history.records:
            return
        self.printButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Preparing the closure record..."), kind="info")
        closures, principal, case_id = self._closures, self._principal, self.case_id
        number = self._detail.case_number if self._detail else ""
        title = self.tr("Closure record {number}").format(number=number)

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.messageLabel, self._notice, kind="info")
            self._update_buttons()
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: closures.print_closure(principal, case_id, out),
            file_name="closure_record.pdf",
            title=title,
            record_output=lambda to_file: closures.record_output(
                principal, case_id, to_file=to_file
            ),
            opened=opened,
            failed=self._failed,
        )


# --- the reopen dialog ----------------------------------------------------------------------


class ReopenDialog(QDialog):
    """Ask why a closed case is reopened, then reopen it on the worker.

    Signals:
        saved(object): the case was reopened (the reopened closure's :class:`ClosureInfo`).
        save_failed(str): reopening was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        closures: ClosureService,
        principal: Principal,
        case_id: int,
        history: ClosureHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen the case"))
        self._closures = closures
        self._principal = principal
        self._case_id = case_id
        self._history = history
        self._busy = False
        layout = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        where = QLabel(
            self.tr(
                "The case goes back to \u201c{stage}\u201d. The closure stays in the history."
            ).format(
                stage=label(CaseStage.MONITORING if history.plan_in_force else CaseStage.ASSESSMENT)
            ),
            self,
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        caption = QLabel(self.tr("&Reason for reopening"), self)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("reopenReasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        caption.setBuddy(self.reasonEdit)
        layout.addWidget(caption)
        layout.addWidget(self.reasonEdit, 1)
        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("&Reopen"), self)
        self.saveButton.setObjectName("confirmReopenButton")
        self.saveButton.setAutoDefault(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setAutoDefault(False)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def submit(self) -> None:
        """Reopen the case with the reason typed."""
        if self._busy:
            return
        self._busy = True
        self.saveButton.setEnabled(False)
        closures, principal, case_id = self._closures, self._principal, self._case_id
        version = self._history.case_version
        reason = self.reasonEdit.toPlainText()
        run_op(
            self,
            lambda: closures.reopen(principal, case_id, reason, version),
            self._saved,
            self._refused,
        )

    def _saved(self, info: ClosureInfo) -> None:
        self._busy = False
        self.saved.emit(info)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        self.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())
