"""Start-up time (design.md §7, issue 10): the login window first, the database behind it.

The login window must not wait for SQLAlchemy, the ORM models, the services, Argon2, Alembic,
the printing and spreadsheet libraries or the main window: a fresh process that stops at the
login window must not have imported any of them (checked in a subprocess, so the laziness
cannot silently regress). The database then opens on the worker while the user types.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.db.test_ready_to_log_in import PASSWORD, _with_account
from welfaredesk import cli
from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui import application, crash
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.ops import WORKER_THREAD_PREFIX

HEAVY_MODULES = (
    "sqlalchemy",
    "alembic",
    "argon2",
    "cryptography",
    "psycopg",
    "reportlab",
    "openpyxl",
    "welfaredesk.app",
    "welfaredesk.services.auth",
    "welfaredesk.storage.engine",
    "welfaredesk.storage.orm",
    "welfaredesk.gui.main_window",
    "welfaredesk.gui.change_password_dialog",
)
"""What the login window must not wait for (a package and everything below it)."""

_PROBE = """
import json, sys
from welfaredesk.gui import login_dialog

heavy = tuple(sys.argv[2].split(","))
constructed = []
original = login_dialog.LoginDialog.__init__

def spy(self, *args, **kwargs):
    constructed.append(sorted(
        name for name in sys.modules
        if any(name == h or name.startswith(h + ".") for h in heavy)
    ))
    original(self, *args, **kwargs)

login_dialog.LoginDialog.__init__ = spy
from welfaredesk import cli
code = cli.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, "constructed": constructed}), flush=True)
"""


def _record_closes(monkeypatch: pytest.MonkeyPatch) -> list[AppContext]:
    """The databases closed (``AppContext.close`` still closes them)."""
    closed: list[AppContext] = []
    original_close = AppContext.close

    def close(ctx: AppContext) -> None:
        closed.append(ctx)
        original_close(ctx)

    monkeypatch.setattr(AppContext, "close", close)
    return closed


def _start_until_login(path: Path, home: Path) -> tuple[list[str], dict[str, object]]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WELFAREDESK_HOME=str(home),
        WELFAREDESK_BENCH_EXIT_AT_LOGIN="1",
    )
    env.pop("WELFAREDESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), ",".join(HEAVY_MODULES)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    return lines[:-1], json.loads(lines[-1])


def test_the_login_window_loads_nothing_heavy(
    db_path: Path, fast_hasher: PasswordHasher, tmp_path: Path
) -> None:
    """``welfaredesk --db FILE`` builds the login window before any heavy module is imported."""
    path = _with_account(db_path, fast_hasher)
    printed, result = _start_until_login(path, tmp_path / "home")
    assert printed == ["welfaredesk-bench: login window shown"]
    assert result["code"] == 0
    assert result["constructed"] == [[]]


def test_only_a_file_ready_to_log_in_to_is_opened_behind_the_login_window(
    db_path: Path, fast_hasher: PasswordHasher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First start (no account: the setup dialog), an upgrade or a server: opened first."""
    monkeypatch.delenv("WELFAREDESK_DATABASE_URL", raising=False)

    def ready(database: str) -> str | None:
        return cli._ready_to_log_in(cli._parser().parse_args(["--db", database]))

    assert ready(str(db_path)) is None
    assert ready("postgresql+psycopg://desk@127.0.0.1:1/welfaredesk") is None
    _with_account(db_path, fast_hasher)
    assert ready(str(db_path)) == str(db_path)


def _visible_login_windows() -> list[LoginDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()
    ]


def _open_later(path: Path, hasher: PasswordHasher, threads: list[str]) -> AppContext:
    threads.append(threading.current_thread().name)
    return open_database(path, backup_dir=path.parent / "backups", password_hasher=hasher)


def test_run_opens_the_database_behind_the_login_window(
    qapp: QApplication,
    db_path: Path,
    fast_hasher: PasswordHasher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The login window shows, the database opens on the worker, the login opens the main
    window; closing it ends the program and closes the database."""
    path = _with_account(db_path, fast_hasher)
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    closed = _record_closes(monkeypatch)
    threads: list[str] = []
    opened: list[MainWindow] = []

    def log_in_when_shown() -> None:
        dialogs = _visible_login_windows()
        if dialogs:
            dialogs[0].fill("admin", PASSWORD, submit=True)
            QTimer.singleShot(20, close_when_open)
        else:
            QTimer.singleShot(20, log_in_when_shown)

    def close_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].isVisible():
            opened.extend(windows)
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(0, log_in_when_shown)
    QTimer.singleShot(60_000, qapp.quit)  # a safety net: never hang the test run
    code = application.run(lambda: _open_later(path, fast_hasher, threads))
    assert code == 0
    assert len(opened) == 1
    assert len(threads) == 1
    assert threads[0].startswith(WORKER_THREAD_PREFIX)
    assert len(closed) == 1
    for window in opened:
        window.deleteLater()


def test_quitting_at_the_login_window_while_it_opens_closes_the_database(
    qapp: QApplication,
    db_path: Path,
    fast_hasher: PasswordHasher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _with_account(db_path, fast_hasher)
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    closed = _record_closes(monkeypatch)
    threads: list[str] = []

    def quit_while_opening() -> None:
        dialogs = _visible_login_windows()
        if dialogs and threads:  # the open has started (and may still run)
            dialogs[0].ui.quitButton.click()
        else:
            QTimer.singleShot(5, quit_while_opening)

    QTimer.singleShot(0, quit_while_opening)
    QTimer.singleShot(60_000, qapp.quit)  # a safety net: never hang the test run
    assert application.run(lambda: _open_later(path, fast_hasher, threads)) == 0
    assert len(closed) == 1


def test_a_failed_open_closes_the_login_window_and_says_why(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error of the open behind the login window is raised from ``run``."""
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    problem = KnownError("データベースのファイルに書き込めません。")

    def refuse() -> AppContext:
        raise problem

    with pytest.raises(application.OpenFailed) as raised:
        application.run(refuse)
    assert raised.value.error is problem
    assert not _visible_login_windows()


def test_the_command_line_shows_the_start_up_error_when_the_open_fails(
    db_path: Path,
    fast_hasher: PasswordHasher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same start-up error window as when the database is opened first."""
    path = _with_account(db_path, fast_hasher)
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    monkeypatch.delenv("WELFAREDESK_DATABASE_URL", raising=False)

    def refuse(_database: str) -> AppContext:
        raise KnownError("データベースのファイルに書き込めません。")

    problems: list[tuple[str, bool]] = []

    def quit_at_the_box(problem: str, *, fixed_by_command_line: bool = False) -> bool:
        problems.append((problem, fixed_by_command_line))
        return False

    monkeypatch.setattr(cli, "_open_database", refuse)
    monkeypatch.setattr(application, "start_up_failed", quit_at_the_box)
    assert cli._run(cli._parser().parse_args(["--db", str(path)])) == 2
    assert problems == [("データベースのファイルに書き込めません。", True)]
