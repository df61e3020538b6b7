"""The login dialog and the sign-in flow (setup or login, then the main window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.gui import application, crash
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal

PASSWORD = "correct-horse-42"
"""The password of every test account (tests/conftest.py)."""


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def _dialog(qtbot: QtBot, ctx: AppContext) -> LoginDialog:
    dialog = LoginDialog(ctx.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_password_shows_message_and_keeps_id(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """A wrong password shows the service's Japanese message; the ID stays, nothing opens."""
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.ui.loginEdit, "sato")
    qtbot.keyClicks(dialog.ui.passwordEdit, "not-the-password")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    assert "パスワードが違います" in blocker.args[0]
    assert dialog.ui.messageLabel.text() == blocker.args[0]
    assert dialog.ui.messageLabel.isVisible()
    assert dialog.ui.loginEdit.text() == "sato"
    assert dialog.ui.passwordEdit.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.principal is None
    assert dialog.isVisible()
    assert not _main_windows()


def test_empty_login_id_is_refused_without_the_database(qtbot: QtBot, ctx: AppContext) -> None:
    """Pressing Enter with no ID says what is missing at once."""
    dialog = _dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.failed, timeout=1000):
        qtbot.keyClick(dialog.ui.loginEdit, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "ログインIDを入力してください。"


def test_right_password_accepts_with_the_principal(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """The right password closes the dialog with the logged-in user."""
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.ui.loginEdit, "sato")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.principal is not None
    assert dialog.principal.user_id == supervisor.user_id


def test_demo_note_is_shown(qtbot: QtBot, ctx: AppContext) -> None:
    """The demo's note (user and password) appears in the dialog."""
    dialog = LoginDialog(ctx.auth, demo_note="デモ: ID demo")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.demoNoteLabel.isVisible()
    assert dialog.ui.demoNoteLabel.text() == "デモ: ID demo"


def test_run_logs_in_and_opens_the_main_window(
    qapp: QApplication,
    ctx: AppContext,
    supervisor: Principal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``run`` with auto-login opens the main window; closing it ends the program."""
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    opened: list[MainWindow] = []

    def close_when_open() -> None:
        windows = [w for w in _main_windows() if w.isVisible()]
        if windows:
            opened.extend(windows)
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(20, close_when_open)
    QTimer.singleShot(30_000, qapp.quit)  # a safety net: never hang the test run
    code = application.run(ctx, auto_login=("sato", PASSWORD), demo_note="demo")
    assert code == 0
    assert len(opened) == 1
    for window in opened:
        window.deleteLater()


def test_sign_in_with_a_wrong_auto_login_stays_in_the_dialog(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """A failed auto-login leaves the dialog open with the message; cancelling returns None."""

    def cancel_when_refused() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]
        visible = [d for d in dialogs if d.isVisible() and d.ui.messageLabel.text()]
        if visible and "違います" in visible[0].ui.messageLabel.text():
            visible[0].reject()
        else:
            QTimer.singleShot(20, cancel_when_refused)

    QTimer.singleShot(20, cancel_when_refused)
    assert application.sign_in(ctx, auto_login=("sato", "wrong-password")) is None
    assert not _main_windows()
