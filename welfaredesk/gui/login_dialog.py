"""The login dialog: login ID and password, checked on the database worker.

A wrong password shows the service's Japanese message inside the dialog and keeps the ID;
the dialog is accepted only with a :class:`~welfaredesk.services.dto.Principal`. When an
administrator set the password (a new account or a reset), the change-password dialog opens
first and the login completes only once the user has chosen their own password.

The dialog can be shown before the database is open (start-up time, design.md §7): it then
gets a function that returns the :class:`AuthService` once the database worker has opened it,
and it imports nothing of the services itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.fit import fit_to_contents
from welfaredesk.gui.widgets.messages import set_message

if TYPE_CHECKING:
    from welfaredesk.services.auth import AuthService
    from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks for the login ID and password.

    ``auth`` is the accounts service, or a function returning it that the login calls on the
    database worker (where the database is being opened while the dialog is shown).

    Attributes:
        principal: the logged-in user once the dialog is accepted, else None.

    Signals:
        failed(str): a login attempt was refused (the message shown).
        password_change_requested(ChangePasswordDialog): the user must choose a new password.
        connection_opened(ConnectionDialog): the database connection dialog was opened.
    """

    failed = Signal(str)
    password_change_requested = Signal(object)
    connection_opened = Signal(object)

    def __init__(
        self,
        auth: AuthService | Callable[[], AuthService],
        parent: QWidget | None = None,
        *,
        demo_note: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._auth: Callable[[], AuthService] = auth if callable(auth) else lambda: auth
        self.principal: Principal | None = None
        self._busy = False
        self.ui.titleLabel.setProperty("role", "title")
        set_message(self.ui.messageLabel, "")
        if demo_note:
            self.ui.demoNoteLabel.setText(demo_note)
            self.ui.demoNoteLabel.setProperty("role", "note")
        else:
            self.ui.demoNoteLabel.hide()
        self.ui.loginButton.clicked.connect(self.submit)
        self.ui.quitButton.clicked.connect(self.reject)
        # A PC whose server moved is repointed here, without the command line.
        self.connectionButton = QPushButton(self.tr("&Database connection..."), self)
        self.connectionButton.setObjectName("connectionButton")
        self.connectionButton.setAutoDefault(False)
        self.connectionButton.clicked.connect(self.open_connection_settings)
        self.ui.buttonLayout.insertWidget(0, self.connectionButton)
        # Tab follows the button row from left to right.
        QWidget.setTabOrder(self.ui.passwordEdit, self.connectionButton)
        QWidget.setTabOrder(self.connectionButton, self.ui.quitButton)
        QWidget.setTabOrder(self.ui.quitButton, self.ui.loginButton)
        self.ui.loginEdit.setFocus()
        fit_to_contents(self)  # the form's pixel size grows with the text size

    def open_connection_settings(self) -> QDialog:
        """データベースの接続先: choose and test the database this PC opens at its next start."""
        from welfaredesk.gui.connection_dialog import ConnectionDialog  # noqa: PLC0415 - rarely used

        dialog = ConnectionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.connection_opened.emit(dialog)
        return dialog

    def fill(self, login: str, password: str, *, submit: bool = False) -> None:
        """Pre-fill the fields (the demo); with ``submit``, log in once the dialog shows."""
        self.ui.loginEdit.setText(login)
        self.ui.passwordEdit.setText(password)
        if submit:
            QTimer.singleShot(0, self, self.submit)

    def submit(self) -> None:
        """Check the login ID and password on the worker."""
        if self._busy:
            return
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not login:
            self._refuse(self.tr("Enter your login ID."), focus_password=False)
            return
        if not password:
            self._refuse(self.tr("Enter your password."), focus_password=True)
            return
        self._set_busy(True)
        set_message(self.ui.messageLabel, self.tr("Checking..."), kind="info")
        auth_of = self._auth

        def attempt() -> tuple[Principal, bool]:
            auth = auth_of()
            principal = auth.login(login, password)
            return principal, auth.password_change_required(principal)

        run_op(
            self,
            attempt,
            lambda result: self._logged_in(result, password),
            self._login_failed,
            park=False,  # the user is waiting for an answer: say so at once
        )

    def _logged_in(self, result: tuple[Principal, bool], password: str) -> None:
        principal, must_change = result
        if not must_change:
            self._set_busy(False)
            self.principal = principal
            self.accept()
            return
        from welfaredesk.gui.change_password_dialog import (  # noqa: PLC0415 - after the login window
            ChangePasswordDialog,
        )

        set_message(self.ui.messageLabel, "")
        dialog = ChangePasswordDialog(self._auth(), principal, self, current_password=password)
        dialog.accepted.connect(lambda: self._password_changed(principal))
        dialog.rejected.connect(self._password_not_changed)
        dialog.open()
        self.password_change_requested.emit(dialog)

    def _password_changed(self, principal: Principal) -> None:
        self._set_busy(False)
        self.principal = principal
        self.accept()

    def _password_not_changed(self) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self._refuse(
            self.tr("Choose a new password to continue. Log in again when you are ready."),
            focus_password=True,
        )

    def _login_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        if isinstance(error, ConnectionLost):
            # Not the user's fault: keep what they typed, so trying again is one click.
            text = server_unreachable_text()
            set_message(self.ui.messageLabel, text, kind="info")
            self.ui.loginButton.setFocus()
            self.failed.emit(text)
            return
        self.ui.passwordEdit.clear()
        self._refuse(error.text(), focus_password=True)

    def _refuse(self, text: str, *, focus_password: bool) -> None:
        set_message(self.ui.messageLabel, text, kind="error")
        target = self.ui.passwordEdit if focus_password else self.ui.loginEdit
        target.setFocus()
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.loginEdit, self.ui.passwordEdit, self.ui.loginButton):
            widget.setEnabled(not busy)


def server_unreachable_text() -> str:
    """What the login and the start-up say when the database server cannot be reached."""
    return QCoreApplication.translate(
        "LoginDialog",
        "The database server cannot be reached. Check that the server is running and that "
        "this PC is connected to the network, then try again. If it continues, contact your "
        "system administrator.",
    )
