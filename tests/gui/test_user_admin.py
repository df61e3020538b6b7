"""利用者の管理: create with Japanese names, reset a password, disable; only for admins."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import AuthenticationFailed
from welfaredesk.gui.change_password_dialog import ChangePasswordDialog
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.user_admin import UserAdminDialog, UserEditDialog
from welfaredesk.services.dto import Principal

INITIAL = "first-day-pass-7"


@pytest.fixture
def admin_dialog(qtbot: QtBot, ctx: AppContext, admin: Principal) -> UserAdminDialog:
    dialog = UserAdminDialog(ctx, admin)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.users_loaded, timeout=10_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _visible_text(widget: QWidget) -> str:
    parts = [widget.windowTitle()]
    parts += [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in widget.findChildren(QPushButton) if w.isVisible()]
    return " ".join(parts)


def _create(
    qtbot: QtBot, dialog: UserAdminDialog, ime: Callable[[QWidget, str], None]
) -> UserEditDialog:
    with qtbot.waitSignal(dialog.editor_opened) as opened:
        qtbot.mouseClick(dialog.newButton, Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    assert isinstance(editor, UserEditDialog)
    qtbot.keyClicks(editor.loginEdit, "tanaka")
    ime(editor.nameEdit, "田中 一郎")
    ime(editor.kanaEdit, "たなか いちろう")
    editor.roleCombo.setCurrentIndex(editor.roleCombo.findData(str(Role.COUNSELOR)))
    qtbot.keyClicks(editor.passwordEdit, INITIAL)
    qtbot.keyClicks(editor.confirmEdit, INITIAL)
    return editor


def test_create_a_user_with_japanese_names(
    qtbot: QtBot,
    admin_dialog: UserAdminDialog,
    ctx: AppContext,
    ime: Callable[[QWidget, str], None],
    latin: Callable[..., list[str]],
) -> None:
    editor = _create(qtbot, admin_dialog, ime)
    assert not latin(_visible_text(editor))
    with qtbot.waitSignal(admin_dialog.users_loaded, timeout=10_000):
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    row = admin_dialog.row_by_login("tanaka")
    assert row is not None
    assert row.display_name == "田中 一郎"
    admin_dialog.select_login("tanaka")
    table = admin_dialog.table
    assert table.item(table.currentRow(), 0).text() == "田中 一郎"
    assert table.item(table.currentRow(), 3).text() == "相談支援員"
    assert table.item(table.currentRow(), 5).text() == "有効(パスワード変更待ち)"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["氏名", "ふりがな", "ログインID", "役割", "チーム", "状態"]
    assert not latin(_visible_text(admin_dialog), also_allowed=("admin", "tanaka"))
    principal = ctx.auth.login("tanaka", INITIAL)
    assert ctx.auth.password_change_required(principal)


def test_a_refused_password_keeps_what_was_typed(
    qtbot: QtBot, admin_dialog: UserAdminDialog, ime: Callable[[QWidget, str], None]
) -> None:
    editor = _create(qtbot, admin_dialog, ime)
    editor.passwordEdit.setText("1234567890123")
    editor.confirmEdit.setText("1234567890123")
    qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.messageLabel.isVisible() and "数字だけ" in editor.messageLabel.text()
    )
    assert editor.isVisible()
    assert editor.nameEdit.text() == "田中 一郎"
    assert editor.passwordEdit.property("invalid")


def test_reset_password_shows_it_once_and_disable_stops_logins(
    qtbot: QtBot,
    admin_dialog: UserAdminDialog,
    ctx: AppContext,
    admin: Principal,
    ime: Callable[[QWidget, str], None],
) -> None:
    editor = _create(qtbot, admin_dialog, ime)
    with qtbot.waitSignal(admin_dialog.users_loaded, timeout=10_000):
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    admin_dialog.select_login("tanaka")
    boxes: list[QMessageBox] = []
    admin_dialog.temporary_password_shown.connect(boxes.append)
    with qtbot.waitSignals(
        [admin_dialog.temporary_password_shown, admin_dialog.users_loaded], timeout=10_000
    ):
        qtbot.mouseClick(admin_dialog.resetButton, Qt.MouseButton.LeftButton)
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    temporary = box.informativeText().split("\n")[0]
    assert "直接手渡して" in box.informativeText()
    ctx.auth.login("tanaka", temporary)
    box.accept()
    admin_dialog.select_login("tanaka")
    assert admin_dialog.activeButton.text() == "使用停止(&D)"
    with qtbot.waitSignal(admin_dialog.users_loaded, timeout=10_000):
        qtbot.mouseClick(admin_dialog.activeButton, Qt.MouseButton.LeftButton)
    admin_dialog.select_login("tanaka")
    table = admin_dialog.table
    assert table.item(table.currentRow(), 5).text() == "無効"
    assert admin_dialog.activeButton.text() == "使用再開(&B)"
    with pytest.raises(AuthenticationFailed):
        ctx.auth.login("tanaka", temporary)


def test_an_administrator_cannot_disable_themself_here(
    qtbot: QtBot, admin_dialog: UserAdminDialog
) -> None:
    admin_dialog.select_login("admin")
    qtbot.mouseClick(admin_dialog.activeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "自分のアカウント" in admin_dialog.messageLabel.text())


def test_security_settings_are_saved(qtbot: QtBot, admin_dialog: UserAdminDialog) -> None:
    qtbot.waitUntil(lambda: admin_dialog.idleMinutesSpin.value() == 10)
    admin_dialog.idleMinutesSpin.setValue(3)
    with qtbot.waitSignal(admin_dialog.settings_saved, timeout=10_000) as saved:
        qtbot.mouseClick(admin_dialog.saveSettingsButton, Qt.MouseButton.LeftButton)
    assert saved.args[0].idle_lock_minutes == 3


def test_menu_is_only_enabled_for_administrators(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext, admin: Principal
) -> None:
    assert not main_window.ui.userAdminAction.isEnabled()
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    assert window.ui.userAdminAction.isEnabled()
    with qtbot.waitSignal(window.user_admin_opened) as opened:
        window.ui.userAdminAction.trigger()
    assert isinstance(opened.args[0], UserAdminDialog)


def test_login_asks_for_a_new_password_when_required(
    qtbot: QtBot,
    ctx: AppContext,
    admin_dialog: UserAdminDialog,
    ime: Callable[[QWidget, str], None],
) -> None:
    editor = _create(qtbot, admin_dialog, ime)
    with qtbot.waitSignal(admin_dialog.users_loaded, timeout=10_000):
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    login = LoginDialog(ctx.auth)
    qtbot.addWidget(login)
    login.show()
    login.fill("tanaka", INITIAL)
    with qtbot.waitSignal(login.password_change_requested, timeout=10_000) as asked:
        login.submit()
    change = asked.args[0]
    assert isinstance(change, ChangePasswordDialog)
    assert not change.currentEdit.isVisible()
    qtbot.keyClicks(change.newEdit, "my-own-secret-9")
    qtbot.keyClicks(change.confirmEdit, "my-own-secret-9")
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        qtbot.mouseClick(change.changeButton, Qt.MouseButton.LeftButton)
    assert login.principal is not None
    assert login.principal.login == "tanaka"
    assert not ctx.auth.password_change_required(login.principal)
