"""The first-start dialog: creates the first system administrator.

Shown when the database has no account yet. Everything typed is kept when the input is
refused; the message names the field and the field gets the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.fit import fit_to_contents
from welfaredesk.gui.widgets.messages import mark_invalid, set_message

if TYPE_CHECKING:
    from welfaredesk.services.auth import AuthService
    from welfaredesk.services.dto import Principal


class SetupDialog(QDialog):
    """Creates the first administrator account.

    Attributes:
        principal: the new administrator once the dialog is accepted, else None.
    """

    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._auth = auth
        self.principal: Principal | None = None
        self._busy = False
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.hintLabel.setProperty("role", "note")
        set_message(self.ui.messageLabel, "")
        self._fields: dict[str, QLineEdit] = {
            "login": self.ui.loginEdit,
            "display_name": self.ui.nameEdit,
            "password": self.ui.passwordEdit,
            "confirm": self.ui.confirmEdit,
        }
        for edit in self._fields.values():
            edit.textEdited.connect(lambda _text, e=edit: mark_invalid(e, False))
        self.ui.createButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.loginEdit.setFocus()
        fit_to_contents(self)  # the form's pixel size grows with the text size

    def submit(self) -> None:
        """Check the input and create the administrator on the worker."""
        if self._busy:
            return
        login = self.ui.loginEdit.text()
        name = self.ui.nameEdit.text()
        password = self.ui.passwordEdit.text()
        if not login.strip():
            self._refuse("login", self.tr("Login ID: enter a login ID."))
            return
        if not name.strip():
            self._refuse("display_name", self.tr("Name: enter your name."))
            return
        if not password:
            self._refuse("password", self.tr("Password: enter a password."))
            return
        if password != self.ui.confirmEdit.text():
            self._refuse(
                "confirm",
                self.tr(
                    "Password (again): the two passwords differ. Type the same password twice."
                ),
            )
            return
        self._set_busy(True)
        set_message(self.ui.messageLabel, self.tr("Creating the account..."), kind="info")
        auth = self._auth
        run_op(self, lambda: auth.setup(login, name, password), self._created, self._failed)

    def _created(self, principal: Principal) -> None:
        self._set_busy(False)
        self.principal = principal
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self._set_busy(False)
        field = error.field if isinstance(error, ValidationError) else ""
        self._refuse(field, error.text())

    def _refuse(self, field: str, text: str) -> None:
        set_message(self.ui.messageLabel, text, kind="error")
        edit = self._fields.get(field)
        if edit is not None:
            mark_invalid(edit, True)
            edit.setFocus()
            edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (*self._fields.values(), self.ui.createButton):
            widget.setEnabled(not busy)
