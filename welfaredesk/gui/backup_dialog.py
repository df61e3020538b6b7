"""The backup dialog (バックアップ) for administrators, and the automatic backup at start.

Create a backup now (optionally encrypted with a passphrase, with a progress bar fed by the
backup's progress callback on the database worker), check a backup file, restore one (after
a confirmation; the program then has to be started again), the automatic-backup settings and
the list of the backups in the folder. The file choosers and the passphrase prompt are
attributes (:attr:`BackupDialog.save_path_chooser`, :attr:`BackupDialog.open_path_chooser`,
:attr:`BackupDialog.folder_chooser`, :attr:`BackupDialog.passphrase_prompt`), so tests never
open a native dialog.

:func:`start_automatic_backup` runs the automatic backup on the worker after login.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.display import join_list
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import MessageKind, mark_invalid, set_message
from welfaredesk.services.backup import (
    ENCRYPTED_SUFFIX,
    MAX_INTERVAL_DAYS,
    MAX_KEEP,
    PASSPHRASE_MIN_LENGTH,
    PLAIN_SUFFIX,
    BackupCheck,
    BackupFile,
    BackupResult,
    BackupSettings,
    RestoreResult,
    SettingsInput,
    is_encrypted,
)
from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

PathChooser = Callable[[QWidget, str], str | None]
"""Asks for a file (or folder), given a parent and a suggestion; None when cancelled."""

PassphrasePrompt = Callable[[QWidget], str | None]
"""Asks for the passphrase of an encrypted backup; None when cancelled."""

PROGRESS_POLL_MS = 100
"""How often the progress bar reads the backup's progress."""

STATUS_MESSAGE_MS = 8000
"""How long the status bar shows that an automatic backup was made."""


def _native_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "Save the backup"),
        suggested,
        QCoreApplication.translate("BackupDialog", "Backups (*.db *.wdbk)"),
    )
    return path or None


def _native_open_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "Choose a backup"),
        suggested,
        QCoreApplication.translate("BackupDialog", "Backups (*.db *.wdbk)"),
    )
    return path or None


def native_backup_folder(parent: QWidget, suggested: str) -> str | None:
    """Ask for the automatic backups' folder (also used by the settings dialog)."""
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("BackupDialog", "Backup folder"), suggested
    )
    return path or None


def _native_passphrase(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BackupDialog", "Encrypted backup"),
        QCoreApplication.translate("BackupDialog", "Passphrase of this backup:"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class _ProgressBox:
    """The backup's progress, written by the worker thread and read by a GUI timer.

    Plain attributes (assignments are atomic in Python): no widget and no Qt object is
    touched from the worker thread.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 1

    def update(self, done: int, total: int) -> None:
        """Called on the worker thread by the backup."""
        self.done, self.total = done, total


class BackupDialog(QDialog):
    """Create, check and restore backups; the automatic-backup settings (administrators).

    Signals:
        loaded(int): the settings and the list of backups are shown (the number of files).
        backup_created(BackupResult): a backup was written.
        verified(BackupCheck): a backup was checked.
        settings_saved(BackupSettings): the automatic-backup settings were saved.
        restore_confirm(QMessageBox): the confirmation of a restore is open.
        restored(RestoreResult): a backup was restored; the program must be restarted.
        quit_requested(): the user acknowledged the restore; the main window should close.
    """

    loaded = Signal(int)
    backup_created = Signal(object)
    verified = Signal(object)
    settings_saved = Signal(object)
    restore_confirm = Signal(object)
    restored = Signal(object)
    quit_requested = Signal()

    def __init__(
        self, ctx: AppContext, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._principal = principal
        self._settings: BackupSettings | None = None
        self._busy = False
        self.save_path_chooser: PathChooser = _native_save_path
        self.open_path_chooser: PathChooser = _native_open_path
        self.folder_chooser: PathChooser = native_backup_folder
        self.passphrase_prompt: PassphrasePrompt = _native_passphrase
        self._progress = _ProgressBox()
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_POLL_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.setWindowTitle(self.tr("Backup and restore"))
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is a copy of the whole database. Keep an encrypted copy outside "
                "this PC, and check now and then that a backup can be read."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_create())
        layout.addWidget(self._build_check())
        layout.addWidget(self._build_automatic(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_create(self) -> QGroupBox:
        box = QGroupBox(self.tr("Create a backup now"), self)
        box.setObjectName("createGroup")
        form = QFormLayout(box)
        self.encryptCheck = QCheckBox(
            self.tr("&Encrypt with a passphrase (for a copy that leaves this PC)"), box
        )
        self.encryptCheck.setObjectName("encryptCheck")
        self.passphraseEdit = QLineEdit(box)
        self.passphraseEdit.setObjectName("passphraseEdit")
        self.confirmEdit = QLineEdit(box)
        self.confirmEdit.setObjectName("confirmEdit")
        for edit in (self.passphraseEdit, self.confirmEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        self.passphraseEdit.setPlaceholderText(
            self.tr("at least {n} characters").format(n=PASSPHRASE_MIN_LENGTH)
        )
        self.encryptCheck.toggled.connect(self.passphraseEdit.setEnabled)
        self.encryptCheck.toggled.connect(self.confirmEdit.setEnabled)
        form.addRow(self.encryptCheck)
        form.addRow(self.tr("&Passphrase:"), self.passphraseEdit)
        form.addRow(self.tr("Con&firm passphrase:"), self.confirmEdit)
        row = QHBoxLayout()
        self.createButton = QPushButton(self.tr("&Create backup..."), box)
        self.createButton.setObjectName("createButton")
        self.createButton.clicked.connect(self.create_backup)
        self.progressBar = QProgressBar(box)
        self.progressBar.setObjectName("progressBar")
        self.progressBar.setRange(0, 1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)
        row.addWidget(self.createButton)
        row.addWidget(self.progressBar, 1)
        form.addRow(row)
        self.createMessage = QLabel(box)
        self.createMessage.setObjectName("createMessage")
        self.createMessage.setWordWrap(True)
        self.createMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_message(self.createMessage, "")
        form.addRow(self.createMessage)
        return box

    def _build_check(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check or restore a backup"), self)
        box.setObjectName("checkGroup")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.verifyButton = QPushButton(self.tr("Chec&k a backup..."), box)
        self.verifyButton.setObjectName("verifyButton")
        self.verifyButton.clicked.connect(self.verify_backup)
        self.restoreButton = QPushButton(self.tr("&Restore a backup..."), box)
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.clicked.connect(self.restore_backup)
        row.addWidget(self.verifyButton)
        row.addWidget(self.restoreButton)
        row.addStretch(1)
        layout.addLayout(row)
        self.checkMessage = QLabel(box)
        self.checkMessage.setObjectName("checkMessage")
        self.checkMessage.setWordWrap(True)
        self.checkMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_message(self.checkMessage, "")
        layout.addWidget(self.checkMessage)
        return box

    def _build_automatic(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"), self)
        box.setObjectName("automaticGroup")
        layout = QVBoxLayout(box)
        note = self.automaticNote = QLabel(
            self.tr(
                "When someone logs in and the last automatic backup is older than the "
                "interval, a new one is made in this folder; the oldest beyond the number "
                "to keep are deleted."
            ),
            box,
        )
        note.setObjectName("automaticNote")
        note.setWordWrap(True)
        note.setProperty("role", "caption")
        layout.addWidget(note)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folderEdit = QLineEdit(box)
        self.folderEdit.setObjectName("folderEdit")
        self.folderButton = QPushButton(self.tr("C&hoose..."), box)
        self.folderButton.setObjectName("folderButton")
        self.folderButton.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folderEdit, 1)
        folder_row.addWidget(self.folderButton)
        self.folderLabel = QLabel(self.tr("Fol&der:"), box)
        self.folderLabel.setBuddy(self.folderEdit)
        form.addRow(self.folderLabel, folder_row)
        self.intervalSpin = QSpinBox(box)
        self.intervalSpin.setObjectName("intervalSpin")
        self.intervalSpin.setRange(1, MAX_INTERVAL_DAYS)
        self.intervalSpin.setSuffix(self.tr(" day(s)"))
        self.keepSpin = QSpinBox(box)
        self.keepSpin.setObjectName("keepSpin")
        self.keepSpin.setRange(1, MAX_KEEP)
        self.keepSpin.setSuffix(self.tr(" backup(s)"))
        spins = QHBoxLayout()
        interval_label = QLabel(self.tr("&Interval:"), box)
        interval_label.setBuddy(self.intervalSpin)
        keep_label = QLabel(self.tr("&Number to keep:"), box)
        keep_label.setBuddy(self.keepSpin)
        spins.addWidget(interval_label)
        spins.addWidget(self.intervalSpin)
        spins.addSpacing(24)
        spins.addWidget(keep_label)
        spins.addWidget(self.keepSpin)
        spins.addStretch(1)
        self.saveButton = QPushButton(self.tr("&Save settings"), box)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save_settings)
        spins.addWidget(self.saveButton)
        form.addRow(spins)
        layout.addLayout(form)
        self.settingsMessage = QLabel(box)
        self.settingsMessage.setObjectName("settingsMessage")
        self.settingsMessage.setWordWrap(True)
        set_message(self.settingsMessage, "")
        layout.addWidget(self.settingsMessage)
        self.backupTable = QTableWidget(0, 4, box)
        self.backupTable.setObjectName("backupTable")
        self.backupTable.setHorizontalHeaderLabels(
            [
                self.tr("Backup file"),
                self.tr("Made on"),
                self.tr("File size"),
                self.tr("Backup kind"),
            ]
        )
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.verticalHeader().hide()
        header = self.backupTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.backupTable, 1)
        return box

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the settings and the list of backups on the worker."""
        backups, principal = self._ctx.backups, self._principal

        def load() -> tuple[BackupSettings, list[BackupFile]]:
            return backups.settings(principal), backups.list_backups(principal)

        run_op(self, load, self._loaded)

    def _loaded(self, loaded: tuple[BackupSettings, list[BackupFile]]) -> None:
        settings, files = loaded
        self._settings = settings
        self.folderEdit.setText(str(settings.folder))
        self.intervalSpin.setValue(settings.interval_days)
        self.keepSpin.setValue(settings.keep)
        if not settings.automatic:  # a server desk: the server's own backups do that job
            self.automaticNote.setText(
                self.tr(
                    "This desk's database is on a PostgreSQL server. The server's own "
                    "scheduled backups (pg_dump, set up by the administrator) take the place "
                    "of automatic backups; this program makes none. A backup made here is a "
                    "snapshot of the server's database in the same format as on a single PC, "
                    "and is restored into a new, empty database (see docs/server.md)."
                )
            )
            self.intervalSpin.setEnabled(False)
            self.keepSpin.setEnabled(False)
        self._show_files(files)
        self.loaded.emit(len(files))

    def _show_files(self, files: list[BackupFile]) -> None:
        table = self.backupTable
        table.setRowCount(len(files))
        for row, info in enumerate(files):
            kinds = [self.tr("Made automatically") if info.automatic else self.tr("Made by hand")]
            if info.encrypted:
                kinds.append(self.tr("Encrypted with a passphrase"))
            cells = (
                info.path.name,
                info.modified.strftime("%Y/%m/%d %H:%M"),
                _size_text(info.size),
                join_list(kinds, "・"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(str(info.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.createButton, self.verifyButton, self.restoreButton, self.saveButton):
            button.setEnabled(not busy)

    # --- create ---------------------------------------------------------------------------

    def create_backup(self) -> None:
        """Ask where to save, then write the backup on the worker with progress."""
        passphrase: str | None = None
        mark_invalid(self.passphraseEdit, False)
        mark_invalid(self.confirmEdit, False)
        if self.encryptCheck.isChecked():
            passphrase = self.passphraseEdit.text()
            if len(passphrase) < PASSPHRASE_MIN_LENGTH:
                self._create_failed(
                    ValidationError(
                        "passphrase",
                        self.tr("Backup passphrase"),
                        self.tr("Enter at least {n} characters.").format(n=PASSPHRASE_MIN_LENGTH),
                    )
                )
                return
            if self.confirmEdit.text() != passphrase:
                mark_invalid(self.confirmEdit, True)
                set_message(
                    self.createMessage,
                    self.tr(
                        "The two passphrases differ. Enter the same passphrase in both fields."
                    ),
                )
                self.confirmEdit.setFocus()
                return
        folder = self._settings.folder if self._settings is not None else Path.home()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        suffix = ENCRYPTED_SUFFIX if passphrase else PLAIN_SUFFIX
        chosen = self.save_path_chooser(self, str(folder / f"welfaredesk-{stamp}{suffix}"))
        if not chosen:
            return
        out = Path(chosen)
        set_message(self.createMessage, self.tr("Creating the backup..."), kind="info")
        self.progressBar.setValue(0)
        self._set_busy(True)
        progress = self._progress = _ProgressBox()
        self._progress_timer.start()
        backups, principal = self._ctx.backups, self._principal
        run_op(
            self,
            lambda: backups.create(principal, out, passphrase, progress=progress.update),
            self._created,
            self._create_failed,
        )

    def _show_progress(self) -> None:
        self.progressBar.setRange(0, max(self._progress.total, 1))
        self.progressBar.setValue(self._progress.done)

    def _created(self, result: BackupResult) -> None:
        self._progress_timer.stop()
        self._set_busy(False)
        self.progressBar.setValue(self.progressBar.maximum())
        text = (
            self.tr("Encrypted backup created: {path} ({size})")
            if result.encrypted
            else self.tr("Backup created: {path} ({size})")
        )
        set_message(
            self.createMessage,
            text.format(path=result.path, size=_size_text(result.size)),
            kind="info",
        )
        self.passphraseEdit.clear()
        self.confirmEdit.clear()
        self.backup_created.emit(result)
        self.reload()

    def _create_failed(self, error: KnownError) -> None:
        self._progress_timer.stop()
        self._set_busy(False)
        self.progressBar.setValue(0)
        set_message(self.createMessage, error.text())
        if isinstance(error, ValidationError) and error.field == "passphrase":
            mark_invalid(self.passphraseEdit, True)
            self.passphraseEdit.setFocus()

    # --- verify and restore ---------------------------------------------------------------

    def _choose_backup(self) -> tuple[Path, str | None] | None:
        folder = self._settings.folder if self._settings is not None else Path.home()
        chosen = self.open_path_chooser(self, str(folder))
        if not chosen:
            return None
        path = Path(chosen)
        passphrase: str | None = None
        if is_encrypted(path):
            passphrase = self.passphrase_prompt(self)
            if passphrase is None:
                return None
        return path, passphrase

    def verify_backup(self) -> None:
        """Ask for a file (and its passphrase), then check it on the worker."""
        chosen = self._choose_backup()
        if chosen is None:
            return
        path, passphrase = chosen
        set_message(self.checkMessage, self.tr("Checking the backup..."), kind="info")
        self._set_busy(True)
        backups, principal = self._ctx.backups, self._principal
        run_op(
            self,
            lambda: backups.verify(principal, path, passphrase),
            self._verified,
            self._check_failed,
        )

    def _verified(self, check: BackupCheck) -> None:
        self._set_busy(False)
        facts = self.tr(
            "{name}: schema version {revision}, {cases} cases, {events} audit events."
        ).format(
            name=check.path.name,
            revision=check.revision,
            cases=check.cases,
            events=check.audit_events,
        )
        kind: MessageKind
        if check.newer_than_program:
            verdict = self.tr(
                "This backup was made by a newer WelfareDesk; update WelfareDesk to restore it."
            )
            kind = "error"
        elif check.chain_ok is not True:
            verdict = self.tr(
                "The audit trail in this backup is broken at event {id}; it cannot be restored."
            ).format(id=check.first_broken_id)
            kind = "error"
        else:
            verdict = self.tr("The backup is sound (integrity and audit trail checked).")
            kind = "info"
        set_message(self.checkMessage, f"{facts}\n{verdict}", kind=kind)
        self.verified.emit(check)

    def _check_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.checkMessage, error.text())

    def restore_backup(self) -> None:
        """Ask for a file, confirm, then replace the database with it on the worker."""
        chosen = self._choose_backup()
        if chosen is None:
            return
        path, passphrase = chosen
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with the backup \u201c{name}\u201d? Everything recorded "
                "after the backup was made will no longer be shown (the current database is "
                "kept as a copy beside it). WelfareDesk must be started again afterwards."
            ).format(name=path.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreConfirmBox")
        restore = box.addButton(
            self.tr("Restore the backup"), QMessageBox.ButtonRole.DestructiveRole
        )
        restore.setObjectName("restoreConfirmButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is restore:
                self._restore(path, passphrase)

        box.finished.connect(lambda _result: answered())
        box.open()
        self.restore_confirm.emit(box)

    def _restore(self, path: Path, passphrase: str | None) -> None:
        set_message(self.checkMessage, self.tr("Restoring the backup..."), kind="info")
        self._set_busy(True)
        backups, principal = self._ctx.backups, self._principal
        run_op(
            self,
            lambda: backups.restore(principal, path, passphrase),
            self._restored,
            self._check_failed,
        )

    def _restored(self, result: RestoreResult) -> None:
        self._set_busy(True)  # the database changed under the program: nothing more here
        text = self.tr(
            "The backup was restored ({cases} cases). The previous database was kept as "
            "{copy}.\nWelfareDesk will now close; start it again to continue."
        ).format(cases=result.cases, copy=result.previous_copy)
        set_message(self.checkMessage, text, kind="info")
        self.restored.emit(result)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("restoredBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.quit_requested.emit())
        box.open()

    # --- settings -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = self.folder_chooser(self, self.folderEdit.text())
        if chosen:
            self.folderEdit.setText(chosen)

    def save_settings(self) -> None:
        """Save the folder, interval and number to keep on the worker."""
        for widget in (self.folderEdit, self.intervalSpin, self.keepSpin):
            mark_invalid(widget, False)
        default = self._settings is not None and self._settings.folder_is_default
        folder = self.folderEdit.text().strip()
        if default and self._settings is not None and folder == str(self._settings.folder):
            folder = ""  # keep following the default folder
        form = SettingsInput(
            folder=folder,
            interval_days=self.intervalSpin.value(),
            keep=self.keepSpin.value(),
            version=self._settings.version if self._settings is not None else None,
        )
        backups, principal = self._ctx.backups, self._principal
        self._set_busy(True)
        run_op(
            self,
            lambda: backups.update_settings(principal, form),
            self._settings_saved,
            self._settings_failed,
        )

    def _settings_saved(self, settings: BackupSettings) -> None:
        self._set_busy(False)
        self._settings = settings
        set_message(self.settingsMessage, self.tr("The settings were saved."), kind="info")
        self.settings_saved.emit(settings)
        self.reload()

    def _settings_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.settingsMessage, error.text())
        if isinstance(error, ValidationError):
            widget = {
                "folder": self.folderEdit,
                "interval_days": self.intervalSpin,
                "keep": self.keepSpin,
            }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                widget.setFocus()


def start_automatic_backup(window: QMainWindow, ctx: AppContext, principal: Principal) -> None:
    """Make the automatic backup on the worker if one is due (after login).

    The status bar says so briefly; a failure shows a warning that does not block the
    window (the program works on; the administrator should look at the settings).
    """
    backups = ctx.backups

    def done(result: BackupResult | None) -> None:
        if result is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("BackupDialog", "Backup created"), STATUS_MESSAGE_MS
            )

    def failed(error: KnownError) -> None:
        log.info("automatic backup failed")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("BackupDialog", "Automatic backup"),
            QCoreApplication.translate("BackupDialog", "The automatic backup could not be made.")
            + "\n"
            + error.text(),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("automaticBackupWarning")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    run_op(window, lambda: backups.run_automatic(principal), done, failed)
