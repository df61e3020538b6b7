"""Connection loss on the database worker (issue 9), without a server: a job that fails with
ConnectionLost is parked, re-run in order when the connection is back, and dropped when its
widget is gone; the connection monitor's banner and backoff."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.gui import connection_banner
from welfaredesk.gui.connection_banner import ConnectionBanner, install_connection_banner
from welfaredesk.gui.ops import db_worker, run_op


class FlakyServer:
    """A fake database: ops raise ConnectionLost while it is down."""

    def __init__(self) -> None:
        self.down = True
        self.done: list[str] = []

    def op(self, name: str) -> Callable[[], str]:
        def run() -> str:
            if self.down:  # as the engine raises it for a save that did not go through
                raise ConnectionLost("データベースのサーバーに接続できません。", during_write=True)
            self.done.append(name)
            return name

        return run

    def ping(self) -> None:
        if self.down:
            raise ConnectionLost("データベースのサーバーに接続できません。")


def _widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_lost_connection_parks_the_job_and_it_runs_again_in_order(qtbot: QtBot) -> None:
    server = FlakyServer()
    parent = _widget(qtbot)
    results: list[str] = []
    failures: list[KnownError] = []
    worker = db_worker()
    lost: list[bool] = []
    worker.connection_lost.connect(lambda: lost.append(True))
    for name in ("save-1", "save-2", "save-3"):
        run_op(parent, server.op(name), results.append, failures.append)
    qtbot.waitUntil(lambda: worker.parked_count == 3, timeout=5000)
    assert results == []  # not an ordinary error: no message, no callback
    assert failures == []
    assert lost
    assert worker.parked_saves == 3  # a fake op cannot tell: counted as a save
    server.down = False
    assert worker.resume() == 3
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results == ["save-1", "save-2", "save-3"]
    assert server.done == results
    assert worker.parked_count == 0
    assert worker.take_resumed_saves() == 3


def test_a_parked_job_whose_widget_is_gone_is_dropped(qtbot: QtBot) -> None:
    server = FlakyServer()
    keep = _widget(qtbot)
    gone = QWidget()
    results: list[str] = []
    worker = db_worker()
    run_op(gone, server.op("closed-editor"), results.append)
    run_op(keep, server.op("open-editor"), results.append)
    qtbot.waitUntil(lambda: worker.parked_count == 2, timeout=5000)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _valid(gone), timeout=5000)
    server.down = False
    assert worker.resume() == 1
    qtbot.waitUntil(lambda: results == ["open-editor"], timeout=5000)
    assert server.done == ["open-editor"]  # the dropped job never ran again


def _valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_park_false_reports_the_loss_at_once(qtbot: QtBot) -> None:
    server = FlakyServer()
    parent = _widget(qtbot)
    failures: list[KnownError] = []
    worker = db_worker()
    with qtbot.waitSignal(worker.connection_lost, timeout=5000):
        run_op(parent, server.op("login"), lambda _r: None, failures.append, park=False)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ConnectionLost)
    assert worker.parked_count == 0


def test_other_known_errors_are_still_shown(qtbot: QtBot) -> None:
    parent = _widget(qtbot)

    def refused() -> None:
        raise KnownError("入力を確認してください。")

    run_op(parent, refused, lambda _r: None)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "knownErrorBox") is not None)
    assert db_worker().parked_count == 0


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    central = QWidget(window)
    QVBoxLayout(central)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(1000, 300)
    window.show()
    return window


def test_the_banner_shows_the_loss_counts_saves_and_reconnects(
    qtbot: QtBot, window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection_banner, "RESTORED_SHOWN_MS", 300)
    server = FlakyServer()
    banner = install_connection_banner(window, server.ping)
    monitor = banner.monitor
    assert window.findChild(ConnectionBanner, "connectionBanner") is banner
    assert not banner.isVisible()
    results: list[str] = []
    run_op(window, server.op("note"), results.append)
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert monitor.offline
    text = banner.messageLabel.text()
    assert "データベースのサーバーに接続できません" in text
    assert "このパソコンに一時保存" in text
    assert "秒後" in text
    assert banner.waitingLabel.text() == "保存待ち：1 件（接続が戻ると自動で保存します）"
    # Still down: 「今すぐ再接続」 probes, fails, and waits longer before the next attempt.
    banner.retryButton.click()
    qtbot.waitUntil(lambda: monitor.state == "offline", timeout=5000)
    assert monitor.seconds_left == 4
    assert results == []
    server.down = False
    banner.retryButton.click()
    qtbot.waitUntil(lambda: monitor.state == "restored", timeout=5000)
    assert results == ["note"]
    assert banner.messageLabel.text() == "接続が戻りました。保存待ちの 1 件を保存しました。"
    assert not banner.waitingLabel.isVisible()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert monitor.state == "online"


def test_the_backoff_grows_to_thirty_seconds(qtbot: QtBot, window: QMainWindow) -> None:
    server = FlakyServer()
    monitor = install_connection_banner(window, server.ping).monitor
    run_op(window, server.op("list"), lambda _r: None)
    qtbot.waitUntil(lambda: monitor.state == "offline", timeout=5000)
    waits = [monitor.seconds_left]
    for _attempt in range(5):
        monitor.retry_now()
        qtbot.waitUntil(lambda: monitor.state == "offline", timeout=5000)
        waits.append(monitor.seconds_left)
    assert waits == [2, 4, 8, 16, 30, 30]


def test_closing_while_saves_wait_asks_first(qtbot: QtBot, window: QMainWindow) -> None:
    server = FlakyServer()
    banner = install_connection_banner(window, server.ping)
    assert banner.hold_close(window, QCloseEvent()) is False  # nothing waits: closes
    run_op(window, server.op("note"), lambda _r: None)
    qtbot.waitUntil(lambda: banner.monitor.waiting_saves == 1, timeout=5000)
    event = QCloseEvent()
    with qtbot.waitSignal(banner.close_asked, timeout=5000) as asked:
        assert banner.hold_close(window, event) is True
    assert not event.isAccepted()
    box = asked.args[0]
    assert isinstance(box, QMessageBox)
    assert "保存が 1 件あります" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"終了する", "接続を待つ"}
    assert box.defaultButton() is buttons["接続を待つ"]
    buttons["終了する"].click()  # the window closes after all
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
