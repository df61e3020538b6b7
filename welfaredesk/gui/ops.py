"""Database work off the GUI thread: one worker thread and the ``run_op`` helper.

All database work that may take a while (logins with Argon2, id queries, writes) runs on one
background thread, so it is serialised like the database itself, and its result comes back to
the GUI thread through a queued signal (the Anki ``taskman`` shape, style-anchors §C.3).

Never touch a widget inside ``op``: only the callbacks run on the GUI thread.

**Connection loss (issue 9).** A job that fails because the database server cannot be reached
(:class:`ConnectionLost`) is by default not reported as an error: it is *parked*, and re-run
when the connection is back (:meth:`DbWorker.resume`, called by the connection monitor of
``gui.connection_banner`` once its probe reaches the server). Parked jobs re-run in their
submission order, after whatever was already queued at that moment; their callbacks run then,
so an editor that was saving simply finishes saving. A parked job whose widget is gone by then
is dropped. Reads are parked too (a list that could not load fills in when the server is
back); draft autosaves never fail for a lost connection (``DraftService`` keeps them on this
PC), so they are in effect exempt. Jobs that must answer at once (the login, the probe itself,
polling) pass ``park=False``: they get the error as usual, and the monitor still hears of the
loss (:attr:`DbWorker.connection_lost`).

A COMMIT whose answer is lost in flight is ambiguous: the server may have committed before it
went away. Re-running such a job could then insert a record twice (an update is safe: its
version check refuses the second run as a conflict). This needs the connection to break in the
milliseconds between sending COMMIT and reading its answer, whereas a stopped or unreachable
server refuses the connection (or the pre-ping) before anything is sent, so it is rare; it is
accepted and documented rather than guarded by idempotency keys on every insert.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.gui.i18n import translating_op

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKER_THREAD_PREFIX = "welfaredesk-db"
"""The name prefix of the worker thread (tests look for leaked threads by it)."""


OnLoss = Literal["park", "report"]
"""What a job does when the server cannot be reached: wait for it, or report the error."""


@dataclass
class _Job:
    """One op and its callbacks; owned by the GUI thread from submission to delivery."""

    op: Callable[[], Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    on_loss: OnLoss = "report"
    alive: Callable[[], bool] | None = None
    write: bool | None = None
    resumed: bool = False
    result: Any = None
    error: BaseException | None = None

    def is_alive(self) -> bool:
        return self.alive is None or self.alive()


class DbWorker(QObject):
    """Runs database work on one background thread; delivers results on the GUI thread.

    Every job (the op, its callbacks, its result or error) stays referenced from the GUI side
    until it is delivered there, and the worker thread drops its own references before it
    says the job is done. So the last reference to anything an op or a callback holds (a
    widget, a dialog) always goes away on the GUI thread: a Qt object deleted on the worker
    thread crashes the program.

    Signals:
        connection_lost: a job failed because the server cannot be reached (GUI thread).
        parked_changed: jobs were parked, resumed or dropped (GUI thread).
        _pending: emitted from the worker thread when a result waits to be delivered.
    """

    connection_lost = Signal()
    parked_changed = Signal()
    _pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbWorker")
        self._lock = threading.Lock()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._queue: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._todo: list[int] = []
        self._parked: list[_Job] = []
        self._resumed_saved = 0
        self._closed = False
        self._thread = threading.Thread(
            target=self._work, name=f"{WORKER_THREAD_PREFIX}_0", daemon=True
        )
        # Queued even when emitted on the GUI thread: delivery must wait for the event
        # loop, never run inside the caller (a fast op may be done before run() returns).
        self._pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    @property
    def closed(self) -> bool:
        """Whether :meth:`shutdown` has run; a closed worker accepts no more work."""
        return self._closed

    @property
    def parked_count(self) -> int:
        """How many jobs wait for the connection (reads and writes)."""
        return len(self._parked)

    @property
    def parked_saves(self) -> int:
        """How many of the parked jobs tried to write (the saves waiting)."""
        return sum(1 for job in self._parked if job.write)

    def run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        *,
        on_loss: OnLoss = "report",
        alive: Callable[[], bool] | None = None,
        write: bool | None = None,
    ) -> None:
        """Run ``op`` on the worker thread, then one of the callbacks on the GUI thread.

        Results are always delivered later by the event loop, never inside this call, and in
        submission order (one thread, first in first out).

        Args:
            op: the work; must not touch widgets.
            on_success: called with the result of ``op``.
            on_failure: called with the exception ``op`` raised.
            on_loss: ``"park"``: a :class:`ConnectionLost` parks the job until
                :meth:`resume`; ``"report"``: it goes to ``on_failure`` like any error.
            alive: whether the job is still wanted (its widget exists); a parked job that is
                no longer alive is dropped instead of re-run.
            write: whether the op writes (counted as a save waiting while parked); None to
                tell from the failure (a write transaction on the server).
        """
        if self._closed:
            return
        self._submit(_Job(op, on_success, on_failure, on_loss, alive, write))

    def _submit(self, job: _Job) -> None:
        job_id = next(self._ids)
        with self._lock:
            self._jobs[job_id] = job
        self._queue.put(job_id)

    def resume(self) -> int:
        """Re-run the parked jobs, in submission order; drop those no longer alive.

        Returns:
            How many jobs were queued again.
        """
        parked, self._parked = self._parked, []
        self._resumed_saved = 0
        alive = [job for job in parked if job.is_alive()]
        if self._closed:
            alive = []
        for job in alive:
            job.resumed = True
            job.result = job.error = None
            self._submit(job)
        if len(alive) < len(parked):
            log.info("%d parked jobs dropped (their windows are closed)", len(parked) - len(alive))
        if parked:
            log.info("%d parked jobs resumed", len(alive))
            self.parked_changed.emit()
        return len(alive)

    def take_resumed_saves(self) -> int:
        """How many resumed saves succeeded since the last :meth:`resume`; resets the count."""
        count, self._resumed_saved = self._resumed_saved, 0
        return count

    def shutdown(self) -> None:
        """Wait for running work to end and stop the thread; pending results are dropped."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        with self._lock:
            dropped = len(self._jobs)
            jobs, self._jobs, self._todo = self._jobs, {}, []
        jobs.clear()  # released here, on the calling (GUI) thread
        self._parked.clear()
        log.debug("db worker stopped (%d undelivered results dropped)", dropped)

    def _work(self) -> None:
        """The worker thread: run each queued job, keep its outcome on the job, report it."""
        while True:
            job_id = self._queue.get()
            if job_id is None or self._closed:
                return
            self._run_one(job_id)
            self._post(job_id)

    def _run_one(self, job_id: int) -> None:
        # A function of its own, so every local reference (the job, the op's frame, an
        # exception) is gone when it returns, before the job is reported as done.
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            return
        try:
            job.result = job.op()
        except BaseException as exc:  # delivered on the GUI thread (or re-raised there)
            job.error = exc

    def _post(self, job_id: int) -> None:
        with self._lock:
            if self._closed:
                return
            self._todo.append(job_id)
        if shiboken6.isValid(self):
            self._pending.emit()

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            todo, self._todo = self._todo, []
            jobs = [self._jobs.pop(job_id, None) for job_id in todo]
        for job in jobs:
            if job is None:
                continue
            lost = isinstance(job.error, ConnectionLost)
            if lost and job.on_loss == "park":
                self._park(job)
                continue
            if lost:
                self.connection_lost.emit()
            elif job.resumed and job.error is None and job.write:
                self._resumed_saved += 1
            _deliver(job)

    def _park(self, job: _Job) -> None:
        if job.write is None:
            job.write = _attempted_write(job.error)
        job.error = None  # the traceback holds the op's frames: not kept while waiting
        if job.is_alive():
            self._parked.append(job)
            log.info("job parked until the connection is back (%d waiting)", len(self._parked))
        self.connection_lost.emit()
        self.parked_changed.emit()


def _attempted_write(error: BaseException | None) -> bool:
    """Whether the op failed inside a write transaction (True when it cannot tell)."""
    return error.during_write if isinstance(error, ConnectionLost) else True


def _deliver(job: _Job) -> None:
    error = job.error
    if error is None:
        job.on_success(job.result)
    elif isinstance(error, Exception):
        job.on_failure(error)
    else:  # SystemExit, KeyboardInterrupt: not for the callbacks
        raise error


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
    *,
    park: bool = True,
) -> None:
    """Run ``op`` on the database worker and report back to ``parent``'s window.

    If ``parent`` is closed and deleted before the op ends, the result is dropped. If the
    server cannot be reached, the op waits for the connection and runs again (see the module
    doc), unless ``park`` is False.

    In English mode the result reaches ``on_success`` translated
    (:func:`welfaredesk.gui.i18n.translate_result`): the services' Japanese labels and
    messages in it are in English; people's data, codes and dates are left as they are.

    Args:
        parent: the widget that asked; the callbacks run only while it still exists.
        op: the work (a service call); runs on the worker thread and must not touch widgets.
        on_success: called on the GUI thread with the result.
        on_failure: called on the GUI thread with a :class:`KnownError`; without it the
            message is shown in a message box. Any other exception is a bug and goes to
            the crash handler (``sys.excepthook``), whatever ``on_failure`` is.
        park: False for work that must answer now (the login, polling): a lost connection
            then goes to ``on_failure`` like any known error.
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

    db_worker().run(
        translating_op(op),
        succeeded,
        failed,
        on_loss="park" if park else "report",
        alive=lambda: shiboken6.isValid(parent),
    )


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
