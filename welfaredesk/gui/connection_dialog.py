"""The database connection dialog (データベースの接続先): which database this PC opens.

Either a SQLite file on this PC or a PostgreSQL server (host, port, database, user, password,
TLS). 接続テスト checks the choice on the database worker with
:func:`welfaredesk.services.connection.check_connection` (nothing is changed) and shows what it
found; 保存 writes this PC's settings (:mod:`welfaredesk.local_settings`; the password only into
the owner-only libpq password file, never into the settings) and says that the program must be
started again to use the new connection: the open windows, drafts and the login belong to the
database they were opened on, so switching under them is not done.

Opened from ファイル → データベースの接続先 (administrators), from the login dialog, and from the
start-up error when the database cannot be opened (see ``gui/application.py``).

The file choosers are attributes (:attr:`ConnectionDialog.database_chooser`,
:attr:`ConnectionDialog.certificate_chooser`), so tests never open a native dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk import local_settings
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.fit import fit_to_contents
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.local_settings import (
    DEFAULT_PORT,
    DatabaseChoice,
    ServerConnection,
    SqliteFile,
    SslMode,
)
from welfaredesk.services.connection import ConnectionReport, check_connection

log = logging.getLogger(__name__)

PathChooser = Callable[[QWidget, str], str | None]
"""Asks for a file, given a parent and a suggestion; None when cancelled."""


def _native_database_file(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ConnectionDialog", "Database file"),
        suggested,
        QCoreApplication.translate("ConnectionDialog", "Database files (*.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path or None


def _native_certificate(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ConnectionDialog", "Certificate of the server's CA"),
        suggested,
        QCoreApplication.translate("ConnectionDialog", "Certificates (*.crt *.pem *.cer)"),
    )
    return path or None


class InputProblem(Exception):
    """A field holds something unusable; the message names it (already translated)."""

    def __init__(self, widget: QWidget, message: str) -> None:
        super().__init__(message)
        self.widget = widget
        self.message = message


class ConnectionDialog(QDialog):
    """Choose, test and save the database this PC opens.

    Attributes:
        database_chooser: asks for a SQLite file (replaced in tests).
        certificate_chooser: asks for the CA certificate file (replaced in tests).
        last_report: the last 接続テスト's outcome, or None.

    Signals:
        tested(ConnectionReport): a connection test ended.
        saved(object): the choice was saved (a ``SqliteFile`` or a ``ServerConnection``).
        refused(str): the input was refused (the message shown).
    """

    tested = Signal(object)
    saved = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        restart_note: bool = True,
    ) -> None:
        """Build the dialog, filled in from this PC's saved choice.

        Args:
            parent: the window it belongs to.
            current: the database the program has open (shown at the top), if any.
            restart_note: say after saving that the program must be started again (False
                when the caller opens the saved database itself, at start-up).
        """
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Database connection"))
        self.database_chooser: PathChooser = _native_database_file
        self.certificate_chooser: PathChooser = _native_certificate
        self.last_report: ConnectionReport | None = None
        self._restart_note = restart_note
        self._busy = False
        self._build(current)
        self._load_saved()
        self._kind_changed()
        fit_to_contents(self)  # the whole form, at every text size

    # --- layout -----------------------------------------------------------------------

    def _build(self, current: str | None) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Which database this PC opens"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        if current:
            self.currentLabel = QLabel(
                self.tr("Open now: {location}").format(location=current), self
            )
            self.currentLabel.setObjectName("currentLabel")
            self.currentLabel.setWordWrap(True)
            self.currentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.currentLabel)

        self.fileRadio = QRadioButton(self.tr("A &file on this PC (SQLite)"), self)
        self.fileRadio.setObjectName("fileRadio")
        self.serverRadio = QRadioButton(self.tr("&A server (PostgreSQL)"), self)
        self.serverRadio.setObjectName("serverRadio")
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.fileRadio)
        self._kinds.addButton(self.serverRadio)
        self.fileRadio.setChecked(True)
        self.fileRadio.toggled.connect(self._kind_changed)
        kinds = QHBoxLayout()
        kinds.addWidget(self.fileRadio)
        kinds.addWidget(self.serverRadio)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        self.fileGroup = QGroupBox(self.tr("Database file"), self)
        file_row = QHBoxLayout(self.fileGroup)
        self.pathEdit = QLineEdit(self.fileGroup)
        self.pathEdit.setObjectName("pathEdit")
        self.pathEdit.setMinimumWidth(420)
        self.pathEdit.setPlaceholderText(str(_default_file()))
        self.browseFileButton = QPushButton(self.tr("&Browse..."), self.fileGroup)
        self.browseFileButton.setObjectName("browseFileButton")
        self.browseFileButton.clicked.connect(self._choose_file)
        file_row.addWidget(self.pathEdit, 1)
        file_row.addWidget(self.browseFileButton)
        layout.addWidget(self.fileGroup)

        self.serverGroup = QGroupBox(self.tr("Server"), self)
        form = QFormLayout(self.serverGroup)
        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName("hostEdit")
        self.hostEdit.setPlaceholderText("db.example.lg.jp")
        self.portEdit = QLineEdit(str(DEFAULT_PORT), self.serverGroup)
        self.portEdit.setObjectName("portEdit")
        self.portEdit.setMaximumWidth(120)
        self.databaseEdit = QLineEdit("welfaredesk", self.serverGroup)
        self.databaseEdit.setObjectName("databaseEdit")
        self.userEdit = QLineEdit(self.serverGroup)
        self.userEdit.setObjectName("userEdit")
        self.passwordEdit = QLineEdit(self.serverGroup)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordStoreCheck = QCheckBox(
            self.tr("Do not keep the password here (use my own .pgpass file)"), self.serverGroup
        )
        self.passwordStoreCheck.setObjectName("passwordStoreCheck")
        self.passwordStoreCheck.setToolTip(
            self.tr(
                "Normally the password is kept in a password file only you can read, in this "
                "PC's settings folder. Tick this if the administrator set up your own .pgpass "
                "file (or PGPASSFILE) instead."
            )
        )
        self.sslCombo = QComboBox(self.serverGroup)
        self.sslCombo.setObjectName("sslCombo")
        self.sslCombo.addItem(self.tr("Encrypted (certificate not checked)"), "require")
        self.sslCombo.addItem(self.tr("Encrypted, server certificate checked"), "verify-full")
        ssl_tip = self.tr(
            "The connection is always encrypted. With the certificate of the server's CA, the "
            "program also checks that it talks to the real server (recommended; the host "
            "must be the name in the server's certificate). Without a certificate it is "
            "encrypted but not checked, which is chosen when no certificate is given."
        )
        self.sslCombo.setToolTip(ssl_tip)
        self.sslCombo.currentIndexChanged.connect(self._ssl_changed)
        self.certEdit = QLineEdit(self.serverGroup)
        self.certEdit.setObjectName("certEdit")
        self.certEdit.setToolTip(ssl_tip)
        self.browseCertButton = QPushButton(self.tr("B&rowse..."), self.serverGroup)
        self.browseCertButton.setObjectName("browseCertButton")
        self.browseCertButton.clicked.connect(self._choose_certificate)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.certEdit, 1)
        cert_row.addWidget(self.browseCertButton)
        form.addRow(self.tr("&Host:"), self.hostEdit)
        form.addRow(self.tr("&Port:"), self.portEdit)
        form.addRow(self.tr("&Database name:"), self.databaseEdit)
        form.addRow(self.tr("&User name:"), self.userEdit)
        form.addRow(self.tr("Pass&word:"), self.passwordEdit)
        form.addRow("", self.passwordStoreCheck)
        form.addRow(self.tr("&Encryption:"), self.sslCombo)
        cert_label = QLabel(self.tr("&Certificate:"), self.serverGroup)
        cert_label.setBuddy(self.certEdit)
        form.addRow(cert_label, cert_row)
        self.passwordNote = QLabel(self.serverGroup)
        self.passwordNote.setObjectName("passwordNote")
        self.passwordNote.setProperty("role", "note")
        self.passwordNote.setWordWrap(True)
        form.addRow("", self.passwordNote)
        layout.addWidget(self.serverGroup)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        layout.addWidget(self.messageLabel)
        self.resultLabel = QLabel(self)
        self.resultLabel.setObjectName("resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setMinimumHeight(110)
        self.resultLabel.setMargin(6)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.resultLabel.hide()
        layout.addWidget(self.resultLabel)
        note = QLabel(
            self.tr(
                "The new connection is used after the program is started again. The password "
                "is never written into the settings file."
            ),
            self,
        )
        note.setProperty("role", "note")
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(self)
        self.testButton = QPushButton(self.tr("&Test the connection"), self)
        self.testButton.setObjectName("testButton")
        self.testButton.clicked.connect(self.test_connection)
        self.saveButton = QPushButton(self.tr("&Save"), self)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.clicked.connect(self.reject)
        buttons.addButton(self.testButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.setDefault(True)
        layout.addWidget(buttons)
        for edit in self._fields():
            edit.textEdited.connect(lambda _text, e=edit: mark_invalid(e, False))

    def _fields(self) -> list[QLineEdit]:
        return [
            self.pathEdit,
            self.hostEdit,
            self.portEdit,
            self.databaseEdit,
            self.userEdit,
            self.passwordEdit,
            self.certEdit,
        ]

    def _load_saved(self) -> None:
        try:
            choice = local_settings.saved_database()
        except KnownError as exc:
            set_message(self.messageLabel, exc.text())
            return
        if isinstance(choice, SqliteFile):
            self.pathEdit.setText(choice.path)
        elif isinstance(choice, ServerConnection):
            self.serverRadio.setChecked(True)
            self.hostEdit.setText(choice.host)
            self.portEdit.setText(str(choice.port))
            self.databaseEdit.setText(choice.database)
            self.userEdit.setText(choice.user)
            self.certEdit.setText(choice.sslrootcert or "")
            self.sslCombo.setCurrentIndex(self.sslCombo.findData(choice.sslmode))
            self.passwordStoreCheck.setChecked(choice.password_store == "user")
            if choice.password_store == "program" and local_settings.has_password(choice):
                self.passwordNote.setText(
                    self.tr("A password is kept for this server. Leave it empty to keep it.")
                )

    # --- reactions --------------------------------------------------------------------

    def _kind_changed(self) -> None:
        server = self.serverRadio.isChecked()
        self.fileGroup.setEnabled(not server)
        self.serverGroup.setEnabled(server)
        self.passwordNote.setVisible(bool(self.passwordNote.text()))

    def _ssl_changed(self) -> None:
        verify = self.sslCombo.currentData() == "verify-full"
        self.certEdit.setEnabled(verify)
        self.browseCertButton.setEnabled(verify)

    def _choose_file(self) -> None:
        path = self.database_chooser(self, self.pathEdit.text() or str(_default_file()))
        if path:
            self.pathEdit.setText(path)
            mark_invalid(self.pathEdit, False)

    def _choose_certificate(self) -> None:
        path = self.certificate_chooser(self, self.certEdit.text())
        if path:
            self.certEdit.setText(path)
            mark_invalid(self.certEdit, False)

    # --- reading the form ---------------------------------------------------------------

    def choice(self) -> DatabaseChoice:
        """The choice in the form.

        Raises:
            InputProblem: a field holds something unusable (the message names it).
        """
        for edit in self._fields():
            mark_invalid(edit, False)
        if self.fileRadio.isChecked():
            text = self.pathEdit.text().strip() or str(_default_file())
            path = Path(text).expanduser()
            if path.is_dir():
                raise InputProblem(
                    self.pathEdit,
                    self.tr("Database file: this is a folder. Choose or type a file name."),
                )
            if not path.parent.is_dir():
                raise InputProblem(
                    self.pathEdit,
                    self.tr("Database file: the folder does not exist. Choose an existing folder."),
                )
            return SqliteFile(path=str(path.resolve()))
        host = self.hostEdit.text().strip()
        if not host:
            raise InputProblem(
                self.hostEdit, self.tr("Host: enter the server's name or IP address.")
            )
        if any(c.isspace() or c in "/?#@" for c in host):
            raise InputProblem(
                self.hostEdit,
                self.tr("Host: enter only the server's name or IP address, without spaces."),
            )
        port_text = self.portEdit.text().strip()
        if not port_text.isascii() or not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise InputProblem(
                self.portEdit, self.tr("Port: enter a number from 1 to 65535 (usually 5432).")
            )
        database = self.databaseEdit.text().strip()
        if not database:
            raise InputProblem(self.databaseEdit, self.tr("Database name: enter the name."))
        user = self.userEdit.text().strip()
        if not user:
            raise InputProblem(self.userEdit, self.tr("User name: enter the user name."))
        sslmode: SslMode = (
            "verify-full" if self.sslCombo.currentData() == "verify-full" else "require"
        )
        cert = self.certEdit.text().strip()
        if sslmode == "verify-full":
            if not cert:
                raise InputProblem(
                    self.certEdit,
                    self.tr(
                        "Certificate: choose the certificate file of the server's CA, or "
                        "choose encryption without the check."
                    ),
                )
            if not Path(cert).expanduser().is_file():
                raise InputProblem(
                    self.certEdit,
                    self.tr("Certificate: the file does not exist. Choose it again."),
                )
        cert_used = sslmode == "verify-full"
        return ServerConnection(
            host=host,
            port=int(port_text),
            database=database,
            user=user,
            sslmode=sslmode,
            sslrootcert=str(Path(cert).expanduser().resolve()) if cert_used else None,
            password_store="user" if self.passwordStoreCheck.isChecked() else "program",
        )

    def _refuse(self, problem: InputProblem) -> None:
        self.resultLabel.hide()  # an earlier test's result no longer fits the form
        mark_invalid(problem.widget, True)
        problem.widget.setFocus()
        set_message(self.messageLabel, problem.message)
        self.refused.emit(problem.message)

    def _checked_choice(self) -> DatabaseChoice | None:
        try:
            return self.choice()
        except InputProblem as problem:
            self._refuse(problem)
            return None

    # --- test and save -------------------------------------------------------------------

    def test_connection(self) -> None:
        """接続テスト: check the choice on the worker and show what was found."""
        if self._busy:
            return
        choice = self._checked_choice()
        if choice is None:
            return
        password = self.passwordEdit.text() or None
        location = choice.location()
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Testing the connection..."), kind="info")
        self.resultLabel.hide()
        run_op(
            self,
            lambda: check_connection(location, password=password),
            self._tested,
            self._test_failed,
        )

    def _tested(self, report: ConnectionReport) -> None:
        self._set_busy(False)
        self.last_report = report
        set_message(self.messageLabel, "")
        lines = [report.summary, *report.findings]
        if report.advice:
            lines.append(report.advice)
        if report.detail:
            lines.append(self.tr("Details: {detail}").format(detail=report.detail))
        self.resultLabel.setText("\n".join(lines))
        self.resultLabel.setProperty("messageKind", "info" if report.usable else "error")
        self.resultLabel.style().unpolish(self.resultLabel)
        self.resultLabel.style().polish(self.resultLabel)
        self.resultLabel.show()
        self.tested.emit(report)

    def _test_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text())

    def save(self) -> None:
        """保存: write this PC's settings (and the password file), then close."""
        if self._busy:
            return
        choice = self._checked_choice()
        if choice is None:
            return
        password = self.passwordEdit.text()
        if (
            isinstance(choice, ServerConnection)
            and choice.password_store == "program"
            and not password
            and not local_settings.has_password(choice)
        ):
            self._refuse(
                InputProblem(
                    self.passwordEdit,
                    self.tr(
                        "Password: enter the password, or tick the box to use your own "
                        ".pgpass file."
                    ),
                )
            )
            return
        try:
            local_settings.save_database(choice, password or None)
        except KnownError as exc:
            set_message(self.messageLabel, exc.text())
            return
        self.passwordEdit.clear()
        self.saved.emit(choice)
        if self._restart_note:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Database connection"),
                self.tr(
                    "The connection was saved. Close WelfareDesk and start it again to use "
                    "the new connection."
                ),
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            box.setObjectName("connectionSavedBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.testButton, self.saveButton):
            button.setEnabled(not busy)


def _default_file() -> Path:
    from welfaredesk import paths  # noqa: PLC0415 - creates the data folder only when asked

    return paths.default_database_path()
