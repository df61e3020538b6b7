"""Connection loss on a real PostgreSQL server (issue 9): the server is stopped while a
counselor writes a progress note; the banner says so, the text stays in the editor and in a
local draft, the save waits; when the server is back the save goes through, exactly once."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.conftest import PASSWORD
from tests.pg import PgServer
from welfaredesk.app import AppContext, open_database
from welfaredesk.gui.application import start_up_failed
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.note_dialog import NoteEditorDialog
from welfaredesk.gui.ops import db_worker
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import ProgressNote

Ime = Callable[[QWidget, str], None]

BODY = "訪問したが不在。隣人の話では先週から入院しているとのこと。"


@pytest.fixture
def ctx(pg_database_url: str, tmp_path: Path, fast_hasher: PasswordHasher) -> Iterator[AppContext]:
    """The services over a fresh PostgreSQL database (the shared fixtures use it too)."""
    context = open_database(
        pg_database_url, backup_dir=tmp_path / "backups", password_hasher=fast_hasher
    )
    yield context
    context.close()


@pytest.fixture
def server(pg_server: PgServer) -> Iterator[PgServer]:
    """The session's server, started again at the end whatever the test did."""
    yield pg_server
    with contextlib.suppress(subprocess.CalledProcessError):  # it was running: nothing to do
        pg_server.start_server()


def _note_count(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return int(
            s.scalar(
                select(func.count(ProgressNote.id)).where(
                    ProgressNote.case_id == case_id, ProgressNote.body == BODY
                )
            )
            or 0
        )


@pytest.mark.allow_log_errors
def test_a_note_saved_while_the_server_is_stopped_goes_through_once_it_is_back(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    main_window: MainWindow,
    three_cases: dict[str, int],
    server: PgServer,
    ime: Ime,
) -> None:
    case_id = three_cases["山田"]
    banner = main_window.connection_banner
    assert not banner.isVisible()
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        view = main_window.open_case(case_id)
    tab = view.notes_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000) as opened:
        tab.new_note()
    dialog = opened.args[0]
    assert isinstance(dialog, NoteEditorDialog)
    qtbot.addWidget(dialog)

    server.stop_server()
    ime(dialog.bodyEdit, BODY)
    with qtbot.waitSignal(dialog.draft_saved, timeout=20_000):
        dialog.autosave()  # the editor's autosave: kept on this PC while the server is gone
    local = ctx.drafts.local_store(supervisor)
    assert local.exists()
    assert BODY in local.path.read_text(encoding="utf-8")

    dialog.save()
    qtbot.waitUntil(banner.isVisible, timeout=20_000)
    assert "データベースのサーバーに接続できません" in banner.messageLabel.text()
    qtbot.waitUntil(banner.waitingLabel.isVisible, timeout=10_000)
    assert banner.waitingLabel.text() == "保存待ち：1 件（接続が戻ると自動で保存します）"
    assert dialog.isVisible()
    assert dialog.bodyEdit.toPlainText() == BODY  # nothing typed is lost
    assert db_worker().parked_saves == 1

    server.start_server()
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        banner.retryButton.click()  # 「今すぐ再接続」 (the timer would do it too)
    qtbot.waitUntil(lambda: banner.monitor.state == "restored", timeout=10_000)
    assert banner.messageLabel.text() == "接続が戻りました。保存待ちの 1 件を保存しました。"
    assert _note_count(ctx, case_id) == 1  # saved exactly once, nothing half-saved
    assert not local.exists()  # the local draft is gone: synced, then discarded by the save
    assert ctx.drafts.pending(supervisor) == []


@pytest.mark.allow_log_errors
def test_the_login_says_calmly_that_the_server_cannot_be_reached(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, server: PgServer
) -> None:
    login = LoginDialog(ctx.auth)
    qtbot.addWidget(login)
    login.show()
    server.stop_server()
    login.fill(supervisor.login, PASSWORD)
    with qtbot.waitSignal(login.failed, timeout=20_000) as failed:
        login.submit()
    assert "データベースのサーバーに接続できません" in str(failed.args[0])
    assert login.ui.passwordEdit.text() == PASSWORD  # kept: trying again is one click
    assert login.ui.loginButton.isEnabled()
    server.start_server()
    with qtbot.waitSignal(login.accepted, timeout=20_000):
        login.submit()
    assert login.principal is not None


def test_the_start_up_box_offers_to_try_again(qtbot: QtBot) -> None:
    """A server that cannot be reached at start: a calm box whose default is 再試行."""
    seen: list[str] = []

    def answer() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "startUpErrorBox"
        ]
        if not boxes or not boxes[0].isVisible():
            QTimer.singleShot(50, answer)
            return
        box = boxes[0]
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        default = box.defaultButton()
        if box.icon() is QMessageBox.Icon.Warning and default is not None:
            default.click()
        else:
            box.reject()

    QTimer.singleShot(50, answer)
    problem = "接続できませんでした: サーバーが接続を拒否しました。"
    assert start_up_failed(problem, fixed_by_command_line=True) is True
    assert "再試行(&T)" in seen
    assert any(problem in text for text in seen)
