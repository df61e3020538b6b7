"""The screen lock: after a while without input, or on Ctrl+L, hide every window's content.

:class:`IdleLock` watches keyboard and mouse input to the whole application (an event filter
on the QApplication). After ``idle_lock_minutes`` of the security setting without input, or
when asked (File → Lock screen), it covers every open window of the program (the main window,
open dialogs) with an opaque :class:`LockCover` and opens the application-modal
:class:`LockDialog` over the main window: 「画面をロックしています」, who is logged in, and a
password field.

The password is checked with :meth:`AuthService.login`, so wrong passwords count toward the
account lockout like at the login screen, and a locked account must wait. 「別の利用者で
ログインする」 emits :attr:`IdleLock.sign_out_requested`: the main window closes every window
and the program returns to the login dialog (nothing unsaved is lost: the intake and the
assessment are autosaved as drafts of their author).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.auth import AuthService
from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
"""The idle time before the lock until the security setting has been read."""

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)
"""The input that counts as activity (a key, a click, a move of the mouse, the IME)."""

_INPUT_CLASSES = frozenset({QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QInputMethodEvent})
"""The event classes of :data:`_ACTIVITY`. The filter sees every event of the application
(paints, timers, layout requests: thousands a second while a screen is built); testing the
Python class first costs a fraction of ``event.type()``, which converts to a Python enum."""


class LockCover(QWidget):
    """An opaque sheet over one window's content while the screen is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The screen is locked"), self)
        text.setProperty("role", "title")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: follow the size of the covered window."""
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self.raise_()
        return super().eventFilter(watched, event)


class LockDialog(QDialog):
    """「画面をロックしています」: the password of the logged-in user unlocks.

    It cannot be closed or escaped: only unlocking or signing out ends it.

    Signals:
        unlock_requested(str): the user asked to unlock with this password.
        sign_out_requested(): the user chose to log in as someone else.
    """

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("WelfareDesk - Screen locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(560)
        self._may_close = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        title = QLabel(self.tr("The screen is locked"), self)
        title.setObjectName("lockTitle")
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.userLabel = QLabel(
            self.tr("Logged in: {name} ({role}, login ID {login})").format(
                name=principal.display_name, role=label(principal.role), login=principal.login
            ),
            self,
        )
        self.userLabel.setObjectName("lockUserLabel")
        self.userLabel.setWordWrap(True)
        layout.addWidget(self.userLabel)
        hint = QLabel(self.tr("Enter your password to continue."), self)
        hint.setProperty("role", "note")
        layout.addWidget(hint)
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setObjectName("lockPasswordEdit")
        self.passwordEdit.setAccessibleName(self.tr("Password"))
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.returnPressed.connect(self._submit)
        layout.addWidget(self.passwordEdit)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")
        layout.addWidget(self.messageLabel)
        row = QHBoxLayout()
        self.switchButton = QPushButton(self.tr("Log in as another user"), self)
        self.switchButton.setObjectName("switchUserButton")
        self.switchButton.setAutoDefault(False)
        self.switchButton.clicked.connect(self.sign_out_requested)
        self.unlockButton = QPushButton(self.tr("Unlock"), self)
        self.unlockButton.setObjectName("unlockButton")
        self.unlockButton.setDefault(True)
        self.unlockButton.clicked.connect(self._submit)
        row.addWidget(self.switchButton)
        row.addStretch(1)
        row.addWidget(self.unlockButton)
        layout.addLayout(row)

    def _submit(self) -> None:
        password = self.passwordEdit.text()
        if not password:
            self.show_error(self.tr("Enter your password."))
            return
        self.set_busy(True)
        set_message(self.messageLabel, self.tr("Checking..."), kind="info")
        self.unlock_requested.emit(password)

    def set_busy(self, busy: bool) -> None:
        """Disable the form while the password is being checked."""
        for widget in (self.passwordEdit, self.unlockButton, self.switchButton):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Show why the screen stays locked; the password field is emptied."""
        self.set_busy(False)
        self.passwordEdit.clear()
        set_message(self.messageLabel, text, kind="error")
        self.passwordEdit.setFocus()

    def finish(self) -> None:
        """Close the dialog for good (unlocked or signing out)."""
        self._may_close = True
        self.passwordEdit.clear()
        self.close()

    def reject(self) -> None:
        """Override QDialog.reject: Esc does not end the lock."""
        if self._may_close:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDialog.keyPressEvent: Esc does nothing."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: the window's close button does not unlock."""
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()


class IdleLock(QObject):
    """Locks the program after a while without input, or on demand.

    Attributes:
        lock_dialog: the lock dialog while locked, else None.

    Signals:
        locked(): the screen was locked.
        unlocked(): the right password was entered.
        unlock_failed(str): a password was refused (the message shown).
        sign_out_requested(): the user chose to log in as someone else.
    """

    locked = Signal()
    unlocked = Signal()
    unlock_failed = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, window: QWidget, auth: AuthService, principal: Principal) -> None:
        super().__init__(window)
        self._window = window
        self._auth = auth
        self._principal = principal
        self._covers: list[LockCover] = []
        self.lock_dialog: LockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_interval_minutes(DEFAULT_IDLE_MINUTES)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    # --- the interval ---------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        """How long without input before the lock, in milliseconds."""
        return self._timer.interval()

    def set_interval_minutes(self, minutes: int) -> None:
        """Set the idle time from the security setting (``idle_lock_minutes``)."""
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """Set the idle time in milliseconds (tests use a short one) and start counting."""
        self._timer.setInterval(max(1, ms))
        if not self.is_locked:
            self._timer.start()

    # --- lock and unlock ------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        """Whether the screen is locked now."""
        return self.lock_dialog is not None

    def lock(self) -> None:
        """Cover every window of the program and ask for the password."""
        if self.is_locked or not shiboken6.isValid(self._window):
            return
        self._timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        dialog = LockDialog(self._principal, self._window)
        dialog.unlock_requested.connect(self._check)
        dialog.sign_out_requested.connect(self._sign_out)
        for window in QApplication.topLevelWidgets():
            if window is dialog or not window.isVisible() or not window.isWindow():
                continue
            self._covers.append(LockCover(window))
        self.lock_dialog = dialog
        dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
        frame = self._window.frameGeometry()
        dialog.move(frame.center() - dialog.rect().center())
        dialog.show()  # application-modal: it comes to the front by itself
        dialog.activateWindow()
        dialog.passwordEdit.setFocus()
        log.info("screen locked for user id %s", self._principal.user_id)
        self.locked.emit()

    def _check(self, password: str) -> None:
        auth, login, user_id = self._auth, self._principal.login, self._principal.user_id

        def check() -> bool:
            return auth.login(login, password).user_id == user_id

        run_op(self._window, check, self._checked, self._refused)

    def _checked(self, same_user: bool) -> None:
        if not same_user:  # cannot happen: the login ID is the principal's
            self._refused(KnownError(self.tr("The login failed. Enter the password again.")))
            return
        self.unlock()

    def _refused(self, error: KnownError) -> None:
        if self.lock_dialog is None:
            return
        self.lock_dialog.show_error(error.text())
        self.unlock_failed.emit(error.text())

    def unlock(self) -> None:
        """Remove the covers and close the lock dialog (after the right password)."""
        self._end_lock()
        log.info("screen unlocked for user id %s", self._principal.user_id)
        self._timer.start()
        self.unlocked.emit()

    def _sign_out(self) -> None:
        self._end_lock()
        self.sign_out_requested.emit()

    def _end_lock(self) -> None:
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        self._covers = []
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def stop(self) -> None:
        """Stop watching (the main window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._end_lock()

    # --- Qt overrides ---------------------------------------------------------------------

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: any key or mouse input restarts the idle time."""
        if type(event) in _INPUT_CLASSES and event.type() in _ACTIVITY and not self.is_locked:
            self._timer.start()
        return False
