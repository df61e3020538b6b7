"""利用者の管理: accounts, teams and the security settings, for the システム管理者.

Opened from File → User administration... (enabled only with :attr:`Action.USER_ADMIN`; the
service checks again). Every service call runs on the database worker. A password reset
shows the temporary password once, in a box the administrator closes; it is never stored
or logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.display import fmt_date
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.users import (
    SECURITY_RANGES,
    SecuritySettings,
    TeamRow,
    UserAdminRow,
    UserInput,
)

log = logging.getLogger(__name__)

COL_NAME, COL_KANA, COL_LOGIN, COL_ROLE, COL_TEAM, COL_STATE = range(6)


class UserAdminDialog(QDialog):
    """The account list with its actions, and the security settings.

    Signals:
        users_loaded(int): the table shows the accounts (their number).
        editor_opened(UserEditDialog): the account form was opened.
        temporary_password_shown(QMessageBox): the box with a temporary password is open.
        settings_saved(object): the security settings were saved (:class:`SecuritySettings`).
    """

    users_loaded = Signal(int)
    editor_opened = Signal(object)
    temporary_password_shown = Signal(object)
    settings_saved = Signal(object)

    def __init__(self, ctx: AppContext, principal: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userAdminDialog")
        self.setWindowTitle(self.tr("WelfareDesk - User administration"))
        self._ctx = ctx
        self._principal = principal
        self._rows: list[UserAdminRow] = []
        self._teams: list[TeamRow] = []
        self.resize(1120, 680)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("User administration"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("userTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kana"),
                self.tr("Login ID"),
                self.tr("Role"),
                self.tr("Team"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 170, 130, 190, 240)):
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.newButton = self._button(self.tr("&New user..."), self.new_user)
        self.editButton = self._button(self.tr("&Edit..."), self.edit_selected)
        self.activeButton = self._button(self.tr("&Disable"), self.toggle_active)
        self.resetButton = self._button(self.tr("&Reset password..."), self.reset_password)
        self.unlockButton = self._button(self.tr("Un&lock"), self.unlock_selected)
        self.teamButton = self._button(self.tr("Add &team..."), self.add_team)
        for button in (
            self.newButton,
            self.editButton,
            self.activeButton,
            self.resetButton,
            self.unlockButton,
            self.teamButton,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.securityGroup = QGroupBox(self.tr("Security settings"), self)
        security = QHBoxLayout(self.securityGroup)
        form = QFormLayout()
        self.attemptsSpin = self._spin("lockout_attempts")
        self.lockMinutesSpin = self._spin("lockout_minutes")
        self.idleMinutesSpin = self._spin("idle_lock_minutes")
        self.minLengthSpin = self._spin("password_min_length")
        form.addRow(self.tr("Failed logins before lockout"), self.attemptsSpin)
        form.addRow(self.tr("Lockout time (minutes)"), self.lockMinutesSpin)
        form.addRow(self.tr("Idle time before the screen locks (minutes)"), self.idleMinutesSpin)
        form.addRow(self.tr("Minimum password length"), self.minLengthSpin)
        security.addLayout(form)
        side = QVBoxLayout()
        note = QLabel(
            self.tr(
                "Changes apply to the next login and, for the screen lock, "
                "the next time the program starts."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        side.addWidget(note)
        side.addStretch(1)
        self.saveSettingsButton = self._button(self.tr("&Save settings"), self.save_settings)
        side.addWidget(self.saveSettingsButton, 0, Qt.AlignmentFlag.AlignRight)
        security.addLayout(side, 1)
        layout.addWidget(self.securityGroup)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(close)

        set_message(self.messageLabel, "")
        self._update_buttons()
        self.reload()
        self._load_settings()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _spin(self, key: str) -> QSpinBox:
        low, high, _name = SECURITY_RANGES[key]
        spin = QSpinBox(self)
        spin.setObjectName(key)
        spin.setRange(low, high)
        spin.setMinimumWidth(110)
        return spin

    # --- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the accounts and teams on the worker."""
        users, principal = self._ctx.users, self._principal

        def load() -> tuple[list[UserAdminRow], list[TeamRow]]:
            return users.list_users(principal), users.teams(principal)

        run_op(self, load, self._show, self._failed)

    def _show(self, loaded: tuple[list[UserAdminRow], list[TeamRow]]) -> None:
        rows, self._teams = loaded
        current = self.selected_id()
        self._rows = rows
        table = self.table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.display_name,
                row.display_kana,
                row.login,
                row.role_label,
                row.team_name,
                self.state_text(row),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.last_login_at is not None:
                    item.setToolTip(
                        self.tr("Last login: {when}").format(
                            when=fmt_date(row.last_login_at.date(), style="short")
                            + row.last_login_at.strftime(" %H:%M")
                        )
                    )
                table.setItem(r, column, item)
        table.blockSignals(False)
        ids = [row.id for row in rows]
        if current in ids:
            table.selectRow(ids.index(current))
        self._update_buttons()
        self.users_loaded.emit(len(rows))

    def state_text(self, row: UserAdminRow) -> str:
        """有効 / 無効 / ロック中 (with the time the lock ends)."""
        if not row.active:
            return self.tr("Disabled")
        if row.locked_until is not None:
            return self.tr("Locked until {time}").format(time=row.locked_until.strftime("%H:%M"))
        if row.must_change_password:
            return self.tr("Active (must change password)")
        return self.tr("Active")

    def selected_id(self) -> int | None:
        """The id of the selected account, or None."""
        if not self.table.selectedItems():
            return None
        item = self.table.item(self.table.currentRow(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> UserAdminRow | None:
        """The selected account, or None."""
        user_id = self.selected_id()
        return next((r for r in self._rows if r.id == user_id), None)

    def select_login(self, login: str) -> None:
        """Select the account with this login ID (tests and after saving)."""
        for index, row in enumerate(self._rows):
            if row.login == login:
                self.table.selectRow(index)
                return

    def row_by_login(self, login: str) -> UserAdminRow | None:
        """The account shown with this login ID."""
        return next((r for r in self._rows if r.login == login), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.editButton, self.activeButton, self.resetButton):
            button.setEnabled(row is not None)
        self.unlockButton.setEnabled(row is not None and row.locked)
        if row is not None and not row.active:
            self.activeButton.setText(self.tr("Ena&ble"))
        else:
            self.activeButton.setText(self.tr("&Disable"))

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _info(self, text: str) -> None:
        set_message(self.messageLabel, text, kind="info")

    # --- actions --------------------------------------------------------------------------

    def new_user(self) -> UserEditDialog:
        """Open the form for a new account."""
        return self._open_editor(None)

    def edit_selected(self) -> UserEditDialog | None:
        """Open the form for the selected account."""
        row = self.selected()
        return None if row is None else self._open_editor(row)

    def _open_editor(self, row: UserAdminRow | None) -> UserEditDialog:
        dialog = UserEditDialog(self._ctx, self._principal, self._teams, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.editor_opened.emit(dialog)
        return dialog

    def _saved(self, row: UserAdminRow) -> None:
        self._info(self.tr("Saved {name}.").format(name=row.display_name))
        self.reload()

    def toggle_active(self) -> None:
        """Disable the selected account, or enable it again."""
        row = self.selected()
        if row is None:
            return
        users, principal = self._ctx.users, self._principal
        run_op(
            self,
            lambda: users.set_active(principal, row.id, not row.active),
            self._toggled,
            self._failed,
        )

    def _toggled(self, row: UserAdminRow) -> None:
        if row.active:
            self._info(self.tr("{name} can log in again.").format(name=row.display_name))
        else:
            self._info(self.tr("{name} can no longer log in.").format(name=row.display_name))
        self.reload()

    def reset_password(self) -> None:
        """Give the selected account a temporary password and show it once."""
        row = self.selected()
        if row is None:
            return
        users, principal = self._ctx.users, self._principal
        run_op(
            self,
            lambda: users.reset_password(principal, row.id),
            lambda password: self._show_temporary(row, password),
            self._failed,
        )

    def _show_temporary(self, row: UserAdminRow, password: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Temporary password"),
            self.tr("The temporary password of {name} ({login}):").format(
                name=row.display_name, login=row.login
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("temporaryPasswordBox")
        box.setInformativeText(
            self.tr(
                "{password}\n\nIt is shown only now. Hand it over in person (not by e-mail "
                "or phone). The user must choose a new password at the next login."
            ).format(password=password)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.open()
        self.temporary_password_shown.emit(box)
        self.reload()

    def unlock_selected(self) -> None:
        """Clear the lockout of the selected account."""
        row = self.selected()
        if row is None:
            return
        users, principal = self._ctx.users, self._principal
        run_op(self, lambda: users.unlock(principal, row.id), self._unlocked, self._failed)

    def _unlocked(self, row: UserAdminRow) -> None:
        self._info(self.tr("{name} is unlocked.").format(name=row.display_name))
        self.reload()

    def add_team(self) -> None:
        """Ask for a team name and add the team."""
        name, ok = QInputDialog.getText(self, self.tr("Add team"), self.tr("Team name:"))
        if not ok or not name.strip():
            return
        users, principal = self._ctx.users, self._principal
        run_op(
            self,
            lambda: users.create_team(principal, name),
            self._team_added,
            self._failed,
        )

    def _team_added(self, team: TeamRow) -> None:
        self._info(self.tr("Added {name}.").format(name=team.name))
        self.reload()

    # --- security settings ----------------------------------------------------------------

    def _load_settings(self) -> None:
        users = self._ctx.users
        run_op(self, users.security_settings, self._show_settings, self._failed)

    def _show_settings(self, settings: SecuritySettings) -> None:
        self.attemptsSpin.setValue(settings.lockout_attempts)
        self.lockMinutesSpin.setValue(settings.lockout_minutes)
        self.idleMinutesSpin.setValue(settings.idle_lock_minutes)
        self.minLengthSpin.setValue(settings.password_min_length)

    def save_settings(self) -> None:
        """Save the security settings on the worker."""
        settings = SecuritySettings(
            lockout_attempts=self.attemptsSpin.value(),
            lockout_minutes=self.lockMinutesSpin.value(),
            idle_lock_minutes=self.idleMinutesSpin.value(),
            password_min_length=self.minLengthSpin.value(),
        )
        users, principal = self._ctx.users, self._principal
        run_op(
            self,
            lambda: users.update_security(principal, settings),
            self._settings_saved,
            self._settings_failed,
        )

    def _settings_saved(self, settings: SecuritySettings) -> None:
        self._show_settings(settings)
        for spin in self._spins():
            mark_invalid(spin, False)
        self._info(self.tr("The security settings were saved."))
        self.settings_saved.emit(settings)

    def _settings_failed(self, error: KnownError) -> None:
        field = error.field if isinstance(error, ValidationError) else ""
        for spin in self._spins():
            mark_invalid(spin, spin.objectName() == field)
        self._failed(error)

    def _spins(self) -> tuple[QSpinBox, ...]:
        return (self.attemptsSpin, self.lockMinutesSpin, self.idleMinutesSpin, self.minLengthSpin)


class UserEditDialog(QDialog):
    """The form of one account: new (with an initial password) or existing.

    Signals:
        saved(object): the account was saved (its :class:`UserAdminRow`).
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        principal: Principal,
        teams: list[TeamRow],
        row: UserAdminRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userEditDialog")
        self._ctx = ctx
        self._principal = principal
        self._row = row
        self._busy = False
        self.setWindowTitle(self.tr("New user") if row is None else self.tr("Edit user"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        form = QFormLayout()
        self.loginEdit = QLineEdit(self)
        self.loginEdit.setMaxLength(64)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setMaxLength(100)
        self.kanaEdit = QLineEdit(self)
        self.kanaEdit.setMaxLength(100)
        self.roleCombo = QComboBox(self)
        for role in Role:
            self.roleCombo.addItem(label(role), str(role))
        self.teamCombo = QComboBox(self)
        self.teamCombo.addItem(self.tr("(no team)"), None)
        for team in teams:
            if team.active or (row is not None and row.team_id == team.id):
                self.teamCombo.addItem(team.name, team.id)
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit = QLineEdit(self)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Login ID"), self.loginEdit)
        form.addRow(self.tr("&Name"), self.nameEdit)
        form.addRow(self.tr("&Kana"), self.kanaEdit)
        form.addRow(self.tr("&Role"), self.roleCombo)
        form.addRow(self.tr("&Team"), self.teamCombo)
        if row is None:
            form.addRow(self.tr("Initial &password"), self.passwordEdit)
            form.addRow(self.tr("Initial password (a&gain)"), self.confirmEdit)
        else:
            self.passwordEdit.hide()
            self.confirmEdit.hide()
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The login ID is half-width letters and digits and cannot be changed later. "
                "The user must choose their own password at the first login."
            )
            if row is None
            else self.tr("The login ID cannot be changed. Use Reset password for the password."),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout.addWidget(note)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        layout.addWidget(self.messageLabel)
        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("&Save"), self)
        self.saveButton.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

        if row is not None:
            self.loginEdit.setText(row.login)
            self.loginEdit.setReadOnly(True)
            self.nameEdit.setText(row.display_name)
            self.kanaEdit.setText(row.display_kana)
            self.roleCombo.setCurrentIndex(max(0, self.roleCombo.findData(str(row.role))))
            self.teamCombo.setCurrentIndex(max(0, self.teamCombo.findData(row.team_id)))
            self.nameEdit.setFocus()
        else:
            self.roleCombo.setCurrentIndex(self.roleCombo.findData(str(Role.COUNSELOR)))
            self.loginEdit.setFocus()

    def _fields(self) -> dict[str, QWidget]:
        return {
            "login": self.loginEdit,
            "display_name": self.nameEdit,
            "display_kana": self.kanaEdit,
            "role": self.roleCombo,
            "team_id": self.teamCombo,
            "password": self.passwordEdit,
        }

    def save(self) -> None:
        """Save on the worker; a refused field is marked and what was typed stays."""
        if self._busy:
            return
        row = self._row
        if row is None and self.passwordEdit.text() != self.confirmEdit.text():
            self._refuse(
                ValidationError(
                    "password",
                    self.tr("Initial password"),
                    self.tr("Type the same password in both fields."),
                )
            )
            return
        form = UserInput(
            login=self.loginEdit.text(),
            display_name=self.nameEdit.text(),
            display_kana=self.kanaEdit.text(),
            role=Role(self.roleCombo.currentData()),
            team_id=self.teamCombo.currentData(),
            password=self.passwordEdit.text() if row is None else "",
            version=None if row is None else row.version,
        )
        self._busy = True
        self.saveButton.setEnabled(False)
        users, principal = self._ctx.users, self._principal
        if row is None:
            run_op(self, lambda: users.create(principal, form), self._done, self._refuse)
        else:
            run_op(self, lambda: users.update(principal, row.id, form), self._done, self._refuse)

    def _done(self, saved: UserAdminRow) -> None:
        self._busy = False
        self.saved.emit(saved)
        self.accept()

    def _refuse(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        field = error.field if isinstance(error, ValidationError) else ""
        for name, widget in self._fields().items():
            mark_invalid(widget, name == field)
        set_message(self.messageLabel, error.text(), kind="error")
        target = self._fields().get(field)
        if target is not None:
            target.setFocus()
