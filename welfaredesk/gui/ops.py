"""Database work off the GUI thread: one worker thread and the ``run_op`` helper.

All database work that may take a while (logins with Argon2, id queries, writes) runs on one
background thread, so it is serialised like the database itself, and its result comes back to
the GUI thread through a queued signal (the Anki ``taskman`` shape, style-anchors §C.3).

Never touch a widget inside ``op``: only the callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from welfaredesk.domain.errors import KnownError

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKER_THREAD_PREFIX = "welfaredesk-db"
"""The name prefix of the worker thread (tests look for leaked threads by it)."""


class DbWorker(QObject):
    """Runs database work on one background thread; delivers results on the GUI thread.

    Signals:
        _pending: emitted from the worker thread when a result waits to be delivered.
    """

    _pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbWorker")
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_THREAD_PREFIX)
        self._lock = threading.Lock()
        self._todo: list[Callable[[], None]] = []
        self._closed = False
        # Queued even when emitted on the GUI thread: a fast op can finish before
        # add_done_callback is attached, and then the callback runs on the calling thread;
        # delivery must still wait for the event loop, never run inside the caller.
        self._pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        """Whether :meth:`shutdown` has run; a closed worker accepts no more work."""
        return self._closed

    def run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run ``op`` on the worker thread, then one of the callbacks on the GUI thread.

        Args:
            op: the work; must not touch widgets.
            on_success: called with the result of ``op``.
            on_failure: called with the exception ``op`` raised.
        """
        # Results are always delivered later by the event loop, never inside this call:
        # a caller's callback must not run in the middle of the caller (e.g. a constructor).
        # One thread and a first-in-first-out list keep them in submission order.
        future = self._pool.submit(op)
        future.add_done_callback(
            lambda done: self._post(lambda: _deliver(done, on_success, on_failure))
        )

    def shutdown(self) -> None:
        """Wait for running work to end and stop the thread; pending results are dropped."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            dropped = len(self._todo)
            self._todo = []
        log.debug("db worker stopped (%d undelivered results dropped)", dropped)

    def _post(self, fn: Callable[[], None]) -> None:
        with self._lock:
            if self._closed:
                return
            self._todo.append(fn)
        if shiboken6.isValid(self):
            self._pending.emit()

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            todo, self._todo = self._todo, []
        for fn in todo:
            fn()


def _deliver(
    future: Future[T],
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None],
) -> None:
    try:
        result = future.result()
    except Exception as exc:  # BaseException (SystemExit, KeyboardInterrupt) propagates
        on_failure(exc)
    else:
        on_success(result)


def db_worker() -> DbWorker:
    """The worker of the running application, created on first use.

    The worker is a child of the QApplication, so it lives as long as the application and
    is found again without a global variable.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("db_worker() needs a QApplication")
    worker = app.findChild(DbWorker, "dbWorker")
    if worker is None or worker.closed:
        worker = DbWorker(app)
        app.aboutToQuit.connect(worker.shutdown)
    return worker


def shutdown_worker() -> None:
    """Stop the application's worker thread, if there is one (on quit and after tests)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for worker in app.findChildren(DbWorker):
        worker.shutdown()
        worker.setParent(None)
        worker.deleteLater()


def run_op(
    parent: QWidget,
    op: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[KnownError], None] | None = None,
) -> None:
    """Run ``op`` on the database worker and report back to ``parent``'s window.

    If ``parent`` is closed and deleted before the op ends, the result is dropped.

    Args:
        parent: the widget that asked; the callbacks run only while it still exists.
        op: the work (a service call); runs on the worker thread and must not touch widgets.
        on_success: called on the GUI thread with the result.
        on_failure: called on the GUI thread with a :class:`KnownError`; without it the
            message is shown in a message box. Any other exception is a bug and goes to
            the crash handler (``sys.excepthook``), whatever ``on_failure`` is.
    """

    def succeeded(result: T) -> None:
        if shiboken6.isValid(parent):
            on_success(result)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if not shiboken6.isValid(parent):
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            show_known_error(parent, exc)

    db_worker().run(op, succeeded, failed)


def show_known_error(parent: QWidget, error: KnownError) -> QMessageBox:
    """Show a known error's Japanese message in a window-modal box (does not block).

    Args:
        parent: the widget whose window the box belongs to.
        error: the error; its :meth:`KnownError.text` says what happened and what to do.

    Returns:
        The message box, already open.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "WelfareDesk"),
        error.text(),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("knownErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
