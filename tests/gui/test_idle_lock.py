"""The screen lock: idle time, Ctrl+L, wrong and right passwords, every window covered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.gui.idle_lock import LockCover
from welfaredesk.gui.main_window import MainWindow

PASSWORD = "correct-horse-42"


def _visible_covers(widget: QDialog | MainWindow) -> list[LockCover]:
    return [c for c in widget.findChildren(LockCover) if c.isVisible()]


def test_locks_after_the_idle_time_and_hides_the_content(
    qtbot: QtBot, main_window: MainWindow, latin: Callable[..., list[str]]
) -> None:
    lock = main_window.idle_lock
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        lock.set_interval_ms(200)
    dialog = lock.lock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    covers = _visible_covers(main_window)
    assert covers
    assert covers[0].geometry().contains(main_window.centralWidget().geometry())
    assert "画面をロックしています" in dialog.findChild(type(dialog.userLabel), "lockTitle").text()
    assert "sato 職員" in dialog.userLabel.text()
    texts = [dialog.windowTitle(), dialog.userLabel.text(), dialog.unlockButton.text()]
    texts.append(dialog.switchButton.text())
    assert dialog.switchButton.text() == "別の利用者でログインする"
    assert not latin(" ".join(texts), also_allowed=("sato",))


def test_wrong_password_is_refused_and_the_right_one_unlocks(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext
) -> None:
    lock = main_window.idle_lock
    lock.lock()
    dialog = lock.lock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passwordEdit, "wrong-password-1")
    with qtbot.waitSignal(lock.unlock_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.unlockButton, Qt.MouseButton.LeftButton)
    assert "パスワードが違います" in str(blocker.args[0])
    assert dialog.messageLabel.isVisible()
    assert dialog.passwordEdit.text() == ""
    assert lock.is_locked
    assert _visible_covers(main_window)
    qtbot.keyClicks(dialog.passwordEdit, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passwordEdit, Qt.Key.Key_Return)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: not _visible_covers(main_window))


def test_escape_does_not_unlock_and_lockout_applies(qtbot: QtBot, main_window: MainWindow) -> None:
    lock = main_window.idle_lock
    lock.lock()
    dialog = lock.lock_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert lock.is_locked
    assert dialog.isVisible()
    for _ in range(5):
        qtbot.keyClicks(dialog.passwordEdit, "wrong-password-1")
        with qtbot.waitSignal(lock.unlock_failed, timeout=10_000):
            qtbot.keyClick(dialog.passwordEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.passwordEdit, PASSWORD)
    with qtbot.waitSignal(lock.unlock_failed, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.passwordEdit, Qt.Key.Key_Return)
    assert "ロックされています" in str(blocker.args[0])
    assert lock.is_locked


def test_ctrl_l_locks_and_open_dialogs_are_covered(qtbot: QtBot, main_window: MainWindow) -> None:
    directory = main_window.open_agency_directory()
    qtbot.waitExposed(directory)
    with qtbot.waitSignal(main_window.idle_lock.locked, timeout=5_000):
        main_window.ui.lockScreenAction.trigger()
    assert main_window.ui.lockScreenAction.shortcut().toString() == "Ctrl+L"
    assert _visible_covers(directory)
    assert _visible_covers(main_window)


def test_sign_out_closes_the_windows(qtbot: QtBot, main_window: MainWindow) -> None:
    lock = main_window.idle_lock
    lock.lock()
    dialog = lock.lock_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.switchButton, Qt.MouseButton.LeftButton)
    assert main_window.signed_out
    qtbot.waitUntil(lambda: not main_window.isVisible())
