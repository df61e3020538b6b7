"""The first-start dialog: validation keeps what was typed and names the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.gui.setup_dialog import SetupDialog

Ime = Callable[[QWidget, str], None]


def _dialog(qtbot: QtBot, ctx: AppContext) -> SetupDialog:
    dialog = SetupDialog(ctx.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, ime: Ime, dialog: SetupDialog, password: str, confirm: str) -> None:
    qtbot.keyClicks(dialog.ui.loginEdit, "admin")
    ime(dialog.ui.nameEdit, "福祉 太郎")
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClicks(dialog.ui.confirmEdit, confirm)


def test_explains_the_first_start(qtbot: QtBot, ctx: AppContext) -> None:
    """The dialog says that this is the first start and what the account is for."""
    dialog = _dialog(qtbot, ctx)
    assert "初めての起動" in dialog.ui.introLabel.text()
    assert "システム管理者" in dialog.ui.introLabel.text()


def test_mismatched_passwords_keep_the_input(qtbot: QtBot, ctx: AppContext, ime: Ime) -> None:
    """Two different passwords: the message names the field, everything typed stays."""
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, ime, dialog, "first-password-1", "second-password-2")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    message = dialog.ui.messageLabel.text()
    assert message.startswith("パスワード(確認)")
    assert "一致しません" in message
    assert dialog.ui.loginEdit.text() == "admin"
    assert dialog.ui.nameEdit.text() == "福祉 太郎"
    assert dialog.ui.passwordEdit.text() == "first-password-1"
    assert dialog.ui.confirmEdit.text() == "second-password-2"
    assert dialog.focusWidget() is dialog.ui.confirmEdit
    assert dialog.ui.confirmEdit.property("invalid") is True
    assert ctx.auth.needs_setup()


def test_short_password_message_from_the_service(qtbot: QtBot, ctx: AppContext, ime: Ime) -> None:
    """The service's ValidationError is shown, names パスワード and focuses that field."""
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, ime, dialog, "short1", "short1")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.ui.messageLabel.text().startswith("パスワード："), timeout=10_000
    )
    assert "文字以上" in dialog.ui.messageLabel.text()
    assert dialog.ui.loginEdit.text() == "admin"
    assert dialog.ui.nameEdit.text() == "福祉 太郎"
    assert dialog.ui.passwordEdit.text() == "short1"
    assert dialog.ui.confirmEdit.text() == "short1"
    assert dialog.focusWidget() is dialog.ui.passwordEdit
    assert dialog.ui.createButton.isEnabled()
    assert ctx.auth.needs_setup()


def test_editing_a_refused_field_clears_its_mark(qtbot: QtBot, ctx: AppContext, ime: Ime) -> None:
    """Typing in the marked field takes the red mark away."""
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, ime, dialog, "first-password-1", "second-password-2")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.confirmEdit, "x")
    assert dialog.ui.confirmEdit.property("invalid") is False


def test_missing_name_is_named(qtbot: QtBot, ctx: AppContext) -> None:
    """An empty 氏名 is refused with a message naming it."""
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.ui.loginEdit, "admin")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text().startswith("氏名")
    assert dialog.focusWidget() is dialog.ui.nameEdit


def test_valid_input_creates_the_administrator(qtbot: QtBot, ctx: AppContext, ime: Ime) -> None:
    """Good input creates the first administrator and accepts the dialog."""
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, ime, dialog, "correct-horse-42", "correct-horse-42")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.principal is not None
    assert dialog.principal.role is Role.ADMIN
    assert dialog.principal.display_name == "福祉 太郎"
    assert not ctx.auth.needs_setup()
