"""担当者の変更: a supervisor gives the selected cases a new lead worker, all at once.

The change runs on the database worker; a refusal (a closed case among the selection, a
complex case without a reason for a lead who is not a coordinator) is shown in the dialog,
which stays open with what was chosen and typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.case_list import CaseListService, Choice, ReassignResult
from welfaredesk.services.dto import Principal


class ReassignDialog(QDialog):
    """Choose the new lead worker (主担当) of the selected cases.

    Signals:
        reassigned(object): the change was saved (its :class:`ReassignResult`).
    """

    reassigned = Signal(object)

    def __init__(
        self,
        service: CaseListService,
        principal: Principal,
        case_ids: Sequence[int],
        candidates: Sequence[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Change the lead worker"))
        self._service = service
        self._principal = principal
        self._case_ids = list(case_ids)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The %n selected case(s) get a new lead worker. Each change is recorded "
                "in the audit trail.",
                "",
                len(self._case_ids),
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.lead_combo = QComboBox(self)
        self.lead_combo.setObjectName("leadCombo")
        self.lead_combo.addItem(self.tr("Choose a staff member"), None)
        for choice in candidates:
            self.lead_combo.addItem(choice.label, int(choice.key))
        form.addRow(self.tr("New &lead worker"), self.lead_combo)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason_edit.setPlaceholderText(
            self.tr("Needed when a complex case gets a lead who is not a coordinator")
        )
        form.addRow(self.tr("&Reason"), self.reason_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        set_message(self.message, "")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        """Ask the service on the worker; close on success, explain a refusal."""
        lead = self.lead_combo.currentData()
        if lead is None:
            set_message(
                self.message,
                self.tr("New lead worker: choose a staff member from the list."),
                kind="error",
            )
            self.lead_combo.setFocus()
            return
        service, principal, ids = self._service, self._principal, self._case_ids
        reason = self.reason_edit.toPlainText()
        self.buttons.setEnabled(False)
        run_op(
            self,
            lambda: service.reassign(principal, ids, int(lead), reason=reason),
            self._done,
            self._failed,
        )

    def _done(self, result: ReassignResult) -> None:
        self.buttons.setEnabled(True)
        self.reassigned.emit(result)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        set_message(self.message, error.text(), kind="error")
        if isinstance(error, ValidationError) and error.field == "lead_reason":
            self.reason_edit.setFocus()
        elif isinstance(error, ValidationError) and error.field == "lead_worker_id":
            self.lead_combo.setFocus()
