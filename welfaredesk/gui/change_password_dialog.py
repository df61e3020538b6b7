"""Change one's own password: current password, new password, the new one again.

Opened from the main window (File → Change password...) and by the login dialog when an
administrator set the password (``must_change_password``): then the current password is
the one just typed at the login, so its field is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.auth import AuthService
from welfaredesk.services.dto import Principal


class ChangePasswordDialog(QDialog):
    """Asks for the new password twice and changes it on the worker.

    Signals:
        changed(): the password was changed (the dialog is then accepted).
        refused(str): the service refused the change (the message shown).
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(
        self,
        auth: AuthService,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        current_password: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._auth = auth
        self._principal = principal
        self._known_current = current_password
        self._busy = False
        self.setWindowTitle(self.tr("WelfareDesk - Change password"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("Change your password"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.noteLabel = QLabel(self)
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty("role", "note")
        if current_password is not None:
            self.noteLabel.setText(
                self.tr(
                    "Your password was set by the system administrator. "
                    "Choose your own password before you continue."
                )
            )
        else:
            self.noteLabel.setText(
                self.tr(
                    "{name}: choose a password that is hard to guess "
                    "(not your login ID, not only digits)."
                ).format(name=principal.display_name)
            )
        layout.addWidget(self.noteLabel)

        form = QFormLayout()
        self.currentEdit = self._password_edit("currentEdit")
        self.newEdit = self._password_edit("newEdit")
        self.confirmEdit = self._password_edit("confirmEdit")
        if current_password is None:
            form.addRow(self.tr("&Current password"), self.currentEdit)
        else:
            self.currentEdit.hide()
        form.addRow(self.tr("&New password"), self.newEdit)
        form.addRow(self.tr("New password (&again)"), self.confirmEdit)
        layout.addLayout(form)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        layout.addWidget(self.messageLabel)

        buttons = QDialogButtonBox(self)
        self.changeButton = QPushButton(self.tr("C&hange password"), self)
        self.changeButton.setDefault(True)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.changeButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.changeButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.newEdit if current_password is not None else self.currentEdit).setFocus()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(200)
        return edit

    def submit(self) -> None:
        """Change the password on the worker."""
        if self._busy:
            return
        current = self._known_current
        if current is None:
            current = self.currentEdit.text()
        new, confirm = self.newEdit.text(), self.confirmEdit.text()
        if not current:
            self._refuse(self.tr("Enter your current password."), self.currentEdit)
            return
        if not new:
            self._refuse(self.tr("Enter the new password."), self.newEdit)
            return
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        auth, principal = self._auth, self._principal
        run_op(
            self,
            lambda: auth.change_password(principal, current, new, confirm),
            self._done,
            self._failed,
        )

    def _done(self, _result: None) -> None:
        self._set_busy(False)
        self._known_current = None
        self.changed.emit()
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self._set_busy(False)
        field = error.field if isinstance(error, ValidationError) else ""
        target = {
            "current_password": self.currentEdit,
            "new_password": self.newEdit,
            "confirm_password": self.confirmEdit,
        }.get(field, self.newEdit)
        if target is self.currentEdit and self._known_current is not None:
            target = self.newEdit
        self._refuse(error.text(), target)

    def _refuse(self, text: str, target: QLineEdit) -> None:
        for edit in (self.currentEdit, self.newEdit, self.confirmEdit):
            mark_invalid(edit, edit is target)
        set_message(self.messageLabel, text, kind="error")
        target.setFocus()
        target.selectAll()
        self.refused.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.currentEdit, self.newEdit, self.confirmEdit, self.changeButton):
            widget.setEnabled(not busy)
