"""The database worker: results on the GUI thread, known errors, bugs, clean shutdown."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import WORKER_THREAD_PREFIX, db_worker, run_op, shutdown_worker


def _widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(WORKER_THREAD_PREFIX)]


def test_op_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    """The op runs on the worker thread; the callback runs on the GUI thread."""
    parent = _widget(qtbot)
    seen: dict[str, str] = {}

    def op() -> int:
        seen["op"] = threading.current_thread().name
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.current_thread().name
        seen["value"] = str(value)

    run_op(parent, op, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["op"].startswith(WORKER_THREAD_PREFIX)
    assert seen["callback"] == threading.main_thread().name
    assert seen["value"] == "42"


def test_results_arrive_in_order(qtbot: QtBot) -> None:
    """Ops run one at a time, in the order they were asked for."""
    parent = _widget(qtbot)
    results: list[int] = []
    for i in range(5):
        run_op(parent, lambda i=i: i, results.append)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]


def test_known_error_goes_to_on_failure(qtbot: QtBot) -> None:
    """A KnownError reaches the failure callback with its Japanese text."""
    parent = _widget(qtbot)
    errors: list[str] = []

    def op() -> None:
        raise KnownError("データベースが使用中です。")

    run_op(parent, op, lambda _r: None, lambda exc: errors.append(exc.text()))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["データベースが使用中です。"]


def test_known_error_without_handler_shows_a_message_box(qtbot: QtBot) -> None:
    """Without a failure callback, the message appears in a box over the window."""
    parent = _widget(qtbot)
    parent.show()

    def op() -> None:
        raise KnownError("ディスクの空きがありません。")

    run_op(parent, op, lambda _r: None)
    qtbot.waitUntil(
        lambda: parent.findChild(QMessageBox, "knownErrorBox") is not None, timeout=5000
    )
    box = parent.findChild(QMessageBox, "knownErrorBox")
    assert box is not None
    assert box.text() == "ディスクの空きがありません。"
    box.close()


def test_bug_goes_to_the_crash_handler(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any other exception is a bug: it goes to sys.excepthook, not to on_failure."""
    parent = _widget(qtbot)
    hooked: list[type[BaseException]] = []
    failures: list[KnownError] = []

    def hook(kind: type[BaseException], _exc: BaseException, _tb: TracebackType | None) -> None:
        hooked.append(kind)

    monkeypatch.setattr(sys, "excepthook", hook)

    def op() -> None:
        raise ZeroDivisionError

    run_op(parent, op, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(hooked), timeout=5000)
    assert hooked == [ZeroDivisionError]
    assert failures == []


def test_result_for_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    """A window closed before its op ends does not receive (and crash on) the result."""
    parent = QWidget()
    gate = threading.Event()
    called: list[object] = []
    run_op(parent, gate.wait, called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=5000)
    gate.set()
    marker: list[int] = []
    run_op(_widget(qtbot), lambda: 1, marker.append)
    qtbot.waitUntil(lambda: bool(marker), timeout=5000)
    assert called == []


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


def test_shutdown_stops_the_thread(qtbot: QtBot) -> None:
    """After shutdown no worker thread is left, and a new op starts a fresh worker."""
    parent = _widget(qtbot)
    done: list[int] = []
    run_op(parent, lambda: 1, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    first = db_worker()
    shutdown_worker()
    assert first.closed
    assert _worker_threads() == []
    run_op(parent, lambda: 2, done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert db_worker() is not first


def test_a_fast_op_still_waits_for_the_event_loop(qtbot: QtBot) -> None:
    """An op done before ``run_op`` returns is delivered later, never inside the caller.

    Regression: a result delivered inside the caller (a constructor) arrived before anyone
    waited for it.
    """
    delivered: list[int] = []
    run_op(_widget(qtbot), lambda: 7, delivered.append)
    time.sleep(0.05)  # the worker is done by now
    assert delivered == []  # not inside run_op, not without the event loop
    qtbot.waitUntil(lambda: delivered == [7], timeout=5000)


def test_a_widget_held_only_by_an_op_is_released_on_the_gui_thread(qtbot: QtBot) -> None:
    """The worker never holds the last reference to a widget an op or a callback keeps.

    Regression: a parentless dialog dropped while its op ran was deleted on the worker
    thread when the worker let go of the op, and the program crashed.
    """
    released: list[str] = []
    gate = threading.Event()

    def make_op() -> Callable[[], int]:
        widget = QWidget()
        widget.destroyed.connect(lambda *_: released.append(threading.current_thread().name))

        def op() -> int:
            gate.wait()
            return widget.width() * 0  # the op's closure holds the only reference

        return op

    done: list[int] = []
    run_op(_widget(qtbot), make_op(), done.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    shutdown_worker()
    qtbot.waitUntil(lambda: bool(released), timeout=5000)
    assert released == [threading.main_thread().name]
