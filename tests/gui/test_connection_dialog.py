"""The database connection dialog (データベースの接続先)."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.pg_tls import DATABASE, PASSWORD, PASSWORD_USER, TlsServer, tls_server
from welfaredesk import local_settings
from welfaredesk.app import AppContext
from welfaredesk.gui.connection_dialog import ConnectionDialog
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.local_settings import ServerConnection, SqliteFile
from welfaredesk.services.connection import ConnectionReport
from welfaredesk.services.dto import Principal
from welfaredesk.storage.probe import Failure, SchemaState

pytestmark = pytest.mark.gui

ALLOWED = ("SQLite", "PostgreSQL", "pgpass", "PGPASSFILE", "CA", "IP", "db", "example", "lg", "jp")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private settings folder for each test."""
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def dialog(qtbot: QtBot) -> ConnectionDialog:
    widget = ConnectionDialog(restart_note=False)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _server(dialog: ConnectionDialog, *, host: str, port: str, database: str) -> None:
    dialog.serverRadio.setChecked(True)
    dialog.hostEdit.setText(host)
    dialog.portEdit.setText(port)
    dialog.databaseEdit.setText(database)
    dialog.userEdit.setText("welfaredesk")


def _test(qtbot: QtBot, dialog: ConnectionDialog) -> ConnectionReport:
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as done:
        dialog.testButton.click()
    report = done.args[0]
    assert isinstance(report, ConnectionReport)
    return report


def test_the_dialog_is_japanese(dialog: ConnectionDialog, latin: Callable[..., list[str]]) -> None:
    texts = [dialog.windowTitle(), dialog.fileRadio.text(), dialog.serverRadio.text()]
    texts += [dialog.testButton.text(), dialog.saveButton.text(), dialog.cancelButton.text()]
    texts += [dialog.sslCombo.itemText(i) for i in range(dialog.sslCombo.count())]
    texts += [dialog.sslCombo.toolTip(), dialog.passwordStoreCheck.text()]
    assert dialog.windowTitle() == "データベースの接続先"
    assert "接続テスト" in dialog.testButton.text()
    for text in texts:
        assert latin(text, also_allowed=ALLOWED) == [], text
    assert not dialog.serverGroup.isEnabled()  # a file is the default
    dialog.serverRadio.setChecked(True)
    assert dialog.serverGroup.isEnabled()
    assert not dialog.fileGroup.isEnabled()
    assert dialog.passwordEdit.echoMode() == dialog.passwordEdit.EchoMode.Password


def test_validation_names_the_field_and_keeps_the_input(
    qtbot: QtBot, dialog: ConnectionDialog, ime: Callable[..., None]
) -> None:
    _server(dialog, host="", port="5432", database="")
    ime(dialog.databaseEdit, "福祉データ")
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.saveButton.click()
    assert refused.args[0].startswith("ホスト：")
    assert dialog.hostEdit.property("invalid")
    dialog.hostEdit.setText("db.example.lg.jp")
    dialog.portEdit.setText("70000")
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.testButton.click()
    assert refused.args[0].startswith("ポート：1〜65535")
    assert dialog.messageLabel.text() == refused.args[0]
    assert dialog.portEdit.text() == "70000"
    assert dialog.databaseEdit.text() == "福祉データ"
    assert dialog.hostEdit.text() == "db.example.lg.jp"
    assert not dialog.hostEdit.property("invalid")
    dialog.portEdit.setText("５４３２")  # full-width digits are not a port
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.testButton.click()
    assert refused.args[0].startswith("ポート：")
    dialog.portEdit.setText("5432")
    dialog.sslCombo.setCurrentIndex(dialog.sslCombo.findData("verify-full"))
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.saveButton.click()
    assert refused.args[0].startswith("証明書：")
    assert not local_settings.settings_path().exists()  # nothing half-saved


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    with tls_server(tmp_path_factory.mktemp("tls")) as server:
        yield server


def test_a_successful_test_against_the_server(
    qtbot: QtBot, dialog: ConnectionDialog, tls: TlsServer
) -> None:
    _server(dialog, host="localhost", port=str(tls.port), database=DATABASE)
    dialog.userEdit.setText(PASSWORD_USER)
    dialog.sslCombo.setCurrentIndex(dialog.sslCombo.findData("verify-full"))
    dialog.certEdit.setText(str(tls.ca_file))
    dialog.passwordEdit.setText("wrong-password")
    report = _test(qtbot, dialog)
    assert report.failure is Failure.AUTH
    assert "パスワードが違います" in dialog.resultLabel.text()
    assert dialog.passwordEdit.text() == "wrong-password"  # kept, to be corrected
    dialog.passwordEdit.setText(PASSWORD)
    report = _test(qtbot, dialog)
    assert report.connected
    assert report.usable
    assert report.state is SchemaState.EMPTY
    shown = dialog.resultLabel.text()
    assert dialog.resultLabel.isVisible()
    assert "接続できました。空のデータベースです" in shown
    assert "サーバー: PostgreSQL" in shown
    assert dialog.last_report is report
    assert dialog.resultLabel.property("messageKind") == "info"


def test_a_current_database_on_the_test_server(
    qtbot: QtBot, dialog: ConnectionDialog, pg_database_url: str
) -> None:
    port, database = pg_database_url.rsplit(":", 1)[1].split("/")
    _server(dialog, host="127.0.0.1", port=port, database=database)
    report = _test(qtbot, dialog)  # that server has no TLS: the encrypted connection fails
    assert report.failure is Failure.TLS
    assert "暗号化(TLS)" in dialog.resultLabel.text()


def test_a_refused_test_says_what_to_do(qtbot: QtBot, dialog: ConnectionDialog) -> None:
    _server(dialog, host="127.0.0.1", port="1", database="wd")
    report = _test(qtbot, dialog)
    assert report.failure is Failure.REFUSED
    assert "接続を拒否しました" in dialog.resultLabel.text()
    assert "ポート番号を確認" in dialog.resultLabel.text()
    assert dialog.resultLabel.property("messageKind") == "error"
    assert dialog.testButton.isEnabled()


def test_a_sqlite_file_test(qtbot: QtBot, dialog: ConnectionDialog, db_path: Path) -> None:
    dialog.database_chooser = lambda _parent, _suggested: str(db_path)
    dialog.browseFileButton.click()
    assert dialog.pathEdit.text() == str(db_path)
    report = _test(qtbot, dialog)
    assert report.usable
    assert "ファイルを開けました。データベースは最新です。" in dialog.resultLabel.text()


def test_save_writes_the_settings_and_the_password_file_owner_only(
    qtbot: QtBot, dialog: ConnectionDialog, home: Path, tmp_path: Path
) -> None:
    cert = tmp_path / "ca.crt"
    cert.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    _server(dialog, host="db.example.lg.jp", port="5433", database="welfaredesk")
    dialog.certificate_chooser = lambda _parent, _suggested: str(cert)
    dialog.sslCombo.setCurrentIndex(dialog.sslCombo.findData("verify-full"))
    dialog.browseCertButton.click()
    with qtbot.waitSignal(dialog.refused) as refused:  # no password yet
        dialog.saveButton.click()
    assert refused.args[0].startswith("パスワード：")
    dialog.passwordEdit.setText("Zq7:Xw9")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.saveButton.click()
    expected = ServerConnection(
        host="db.example.lg.jp",
        port=5433,
        database="welfaredesk",
        user="welfaredesk",
        sslmode="verify-full",
        sslrootcert=str(cert),
    )
    assert saved.args[0] == expected
    assert local_settings.saved_database() == expected
    settings = local_settings.settings_path()
    passfile = local_settings.pgpass_path()
    assert "Xw9" not in settings.read_text(encoding="utf-8")
    assert passfile.read_text(encoding="utf-8") == (
        "db.example.lg.jp:5433:welfaredesk:welfaredesk:Zq7\\:Xw9\n"
    )
    for path in (settings, passfile):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    assert dialog.passwordEdit.text() == ""


def test_the_saved_choice_is_shown_again(qtbot: QtBot, home: Path) -> None:
    server = ServerConnection(host="db", port=6543, database="wd", user="desk")
    local_settings.save_database(server, "secret")
    dialog = ConnectionDialog(restart_note=False)
    qtbot.addWidget(dialog)
    assert dialog.serverRadio.isChecked()
    assert (dialog.hostEdit.text(), dialog.portEdit.text()) == ("db", "6543")
    assert (dialog.databaseEdit.text(), dialog.userEdit.text()) == ("wd", "desk")
    assert dialog.passwordEdit.text() == ""
    assert "保存済み" in dialog.passwordNote.text()
    with qtbot.waitSignal(dialog.saved):  # the kept password is enough
        dialog.saveButton.click()


def test_saving_a_file_choice(qtbot: QtBot, dialog: ConnectionDialog, tmp_path: Path) -> None:
    dialog.pathEdit.setText(str(tmp_path / "desk.db"))
    with qtbot.waitSignal(dialog.saved):
        dialog.saveButton.click()
    assert local_settings.saved_database() == SqliteFile(path=str(tmp_path / "desk.db"))
    assert not local_settings.pgpass_path().exists()


def test_the_main_window_menu_is_for_administrators(
    qtbot: QtBot, ctx: AppContext, admin: Principal, main_window: MainWindow
) -> None:
    assert not main_window.connectionAction.isEnabled()
    assert "システム管理者" in main_window.connectionAction.toolTip()
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    action = window.connectionAction
    assert action.isEnabled()
    assert action.text() == "データベースの接続先(&D)…"
    assert action in window.ui.fileMenu.actions()
    with qtbot.waitSignal(window.connection_opened, timeout=5_000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ConnectionDialog)
    assert str(ctx.db.url.database) in dialog.currentLabel.text()
    dialog.close()


def test_the_login_dialog_opens_it(qtbot: QtBot, ctx: AppContext) -> None:
    login = LoginDialog(ctx.auth)
    qtbot.addWidget(login)
    assert login.connectionButton.text() == "データベースの接続先(&D)…"
    with qtbot.waitSignal(login.connection_opened) as opened:
        login.connectionButton.click()
    assert isinstance(opened.args[0], ConnectionDialog)
    opened.args[0].close()


@pytest.mark.allow_log_errors  # the engine logs the unreachable server at WARNING
def test_a_start_up_failure_offers_the_dialog_then_opens_the_new_choice(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welfaredesk import cli
    from welfaredesk.gui import application

    monkeypatch.delenv("WELFAREDESK_DATABASE_URL", raising=False)
    local_settings.save_database(ServerConnection(host="127.0.0.1", port=1, database="x", user="u"))
    problems: list[tuple[str, bool]] = []

    def repoint(problem: str, *, fixed_by_command_line: bool = False) -> bool:
        problems.append((problem, fixed_by_command_line))
        local_settings.save_database(SqliteFile(path=str(tmp_path / "new.db")))
        return True

    monkeypatch.setattr(application, "start_up_failed", repoint)
    ctx = cli._open_for_gui(cli._parser().parse_args([]))
    assert ctx is not None
    try:
        assert ctx.db.url.database == str(tmp_path / "new.db")
    finally:
        ctx.close()
    assert len(problems) == 1
    assert "接続を拒否しました" in problems[0][0]
    assert problems[0][1] is False


def test_the_start_up_error_box_with_db_given_only_quits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from welfaredesk.gui.application import start_up_failed

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(button.text() for button in box.buttons())
        next(b for b in box.buttons() if b.text() == "終了(&Q)").click()

    QTimer.singleShot(100, answer)
    assert start_up_failed("接続できませんでした: テスト", fixed_by_command_line=True) is False
    assert seen[0].startswith("データベースを開けませんでした。")
    assert "--db" in seen[0]
    assert "終了(&Q)" in seen[1:]
    assert "接続先を変更(&C)…" not in seen[1:]  # --db wins over a saved choice


def test_a_database_held_by_another_process_says_so_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not 「ファイルを開けました。…最新です」 from the check: the file is in use; wait, retry."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from welfaredesk import app, cli
    from welfaredesk.gui import application
    from welfaredesk.storage.engine import BUSY_AT_START_MESSAGE

    def held(_database: str) -> None:
        raise OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))

    problems: list[str] = []

    def quit_(problem: str, *, fixed_by_command_line: bool = False) -> bool:
        problems.append(problem)
        return False

    monkeypatch.setattr(app, "open_database", held)
    monkeypatch.setattr(application, "start_up_failed", quit_)
    args = cli._parser().parse_args(["--db", str(tmp_path / "held.db")])
    assert cli._open_for_gui(args) is None
    assert problems == [BUSY_AT_START_MESSAGE]
    assert "使用中" in problems[0]
