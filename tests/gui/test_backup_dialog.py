"""The backup dialog: create with progress, check, settings; the menu and the automatic backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.gui.backup_dialog import BackupDialog, start_automatic_backup
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services import backup as backup_service
from welfaredesk.services.backup import AUTO_PREFIX, MAGIC, BackupCheck, BackupResult
from welfaredesk.services.dto import Principal

pytestmark = pytest.mark.gui

PASSPHRASE = "kagi-no-kotoba-77"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper key derivation: the GUI tests wait on the worker, not on scrypt."""
    monkeypatch.setattr(backup_service, "SCRYPT_LOG2_N", 10)


def _open(qtbot: QtBot, ctx: AppContext, principal: Principal) -> BackupDialog:
    dialog = BackupDialog(ctx, principal)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.resize(900, 760)
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_create_an_encrypted_backup_with_progress_then_check_it(
    qtbot: QtBot, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, admin)
    out = tmp_path / "copy.wdbk"
    suggested: list[str] = []

    def choose(_parent: QWidget, suggestion: str) -> str:
        suggested.append(suggestion)
        return str(out)

    dialog.save_path_chooser = choose
    dialog.encryptCheck.setChecked(True)
    qtbot.keyClicks(dialog.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirmEdit, PASSPHRASE + "x")
    dialog.createButton.click()
    assert not suggested  # the mismatch is refused before asking for a file
    assert "一致しません" in dialog.createMessage.text()
    dialog.confirmEdit.clear()
    qtbot.keyClicks(dialog.confirmEdit, PASSPHRASE)
    values: list[int] = []

    def progressed(value: int) -> None:
        values.append(value)

    dialog.progressBar.valueChanged.connect(progressed)
    with qtbot.waitSignal(dialog.backup_created, timeout=20_000) as created:
        dialog.createButton.click()
    result = created.args[0]
    assert isinstance(result, BackupResult)
    assert suggested[0].endswith(".wdbk")
    assert out.read_bytes().startswith(MAGIC)
    assert values
    assert values[-1] == dialog.progressBar.maximum()
    assert "暗号化したバックアップを作成しました" in dialog.createMessage.text()
    assert dialog.passphraseEdit.text() == ""

    dialog.open_path_chooser = lambda _parent, _suggestion: str(out)
    dialog.passphrase_prompt = lambda _parent: PASSPHRASE
    with qtbot.waitSignal(dialog.verified, timeout=20_000) as checked:
        dialog.verifyButton.click()
    check = checked.args[0]
    assert isinstance(check, BackupCheck)
    assert check.restorable
    assert "バックアップは正常です" in dialog.checkMessage.text()


def test_a_wrong_passphrase_is_shown_in_the_dialog(
    qtbot: QtBot, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    out = ctx.backups.create(admin, tmp_path / "copy.wdbk", PASSPHRASE).path
    dialog = _open(qtbot, ctx, admin)
    dialog.open_path_chooser = lambda _parent, _suggestion: str(out)
    dialog.passphrase_prompt = lambda _parent: "wrong-passphrase"
    dialog.verifyButton.click()
    qtbot.waitUntil(lambda: "パスフレーズが違います" in dialog.checkMessage.text(), timeout=20_000)
    assert dialog.verifyButton.isEnabled()


def test_settings_are_saved_and_the_list_shows_the_backups(
    qtbot: QtBot, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, admin)
    folder = tmp_path / "auto"
    dialog.folder_chooser = lambda _parent, _suggestion: str(folder)
    dialog.folderButton.click()
    assert dialog.folderEdit.text() == str(folder)
    dialog.intervalSpin.setValue(3)
    dialog.keepSpin.setValue(5)
    with qtbot.waitSignals([dialog.settings_saved, dialog.loaded], timeout=10_000):
        dialog.saveButton.click()
    settings = ctx.backups.settings(admin)
    assert (settings.folder, settings.interval_days, settings.keep) == (folder, 3, 5)
    assert ctx.backups.run_automatic(admin) is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert dialog.backupTable.rowCount() == 1
    assert dialog.backupTable.item(0, 0).text().startswith(AUTO_PREFIX)
    assert dialog.backupTable.item(0, 3).text() == "自動"

    dialog.keepSpin.setValue(1)
    dialog.intervalSpin.setValue(1)
    dialog.folderEdit.setText("relative/folder")
    dialog.saveButton.click()
    qtbot.waitUntil(lambda: "保存先フォルダー" in dialog.settingsMessage.text(), timeout=10_000)
    assert dialog.folderEdit.property("invalid")
    assert dialog.folderEdit.text() == "relative/folder"  # what the user typed is kept


def test_no_english_is_visible(
    qtbot: QtBot, ctx: AppContext, admin: Principal, latin: Callable[..., list[str]]
) -> None:
    dialog = _open(qtbot, ctx, admin)
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    texts.append(dialog.passphraseEdit.placeholderText())
    texts += [dialog.intervalSpin.suffix(), dialog.keepSpin.suffix()]
    for column in range(dialog.backupTable.columnCount()):
        texts.append(dialog.backupTable.horizontalHeaderItem(column).text())
    bad = {t: words for t in texts if (words := latin(t))}
    assert not bad


def test_the_menu_entry_is_for_administrators_only(
    qtbot: QtBot, ctx: AppContext, admin: Principal, main_window: MainWindow
) -> None:
    action = main_window.ui.backupAction
    assert action.text() == "バックアップ(&B)…"
    assert not action.isEnabled()
    assert "システム管理者" in action.toolTip()
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    assert window.ui.backupAction.isEnabled()
    with qtbot.waitSignal(window.backup_opened, timeout=5_000) as opened:
        window.ui.backupAction.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, BackupDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    dialog.close()


def test_the_automatic_backup_says_so_in_the_status_bar(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    start_automatic_backup(window, ctx, counselor)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "バックアップを作成しました",
        timeout=20_000,
    )
    assert ctx.backups.run_automatic(counselor) is None  # not due again
