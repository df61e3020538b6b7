"""Showing other users' saves without a restart: a poll of the change feed every few seconds.

:class:`ChangeWatcher` asks :meth:`ChangeService.changes_since` every :data:`POLL_MS` (on the
database worker, never two polls at once, paused while the screen is locked) and, when
another user saved something this user may see:

- the case list searches again, keeping the selected case and the scroll position;
- 今日の仕事 and 承認待ち reload;
- an open case view of a changed case reloads, except a tab that holds unsaved input (an open
  plan or assessment editor): that tab is left alone and the case view shows a calm notice
  line, 「ほかの職員がこのケースを更新しました。」 with a 再読み込み button (:class:`ChangeNotice`).
  Reloading never touches an editor's input; a stale save is caught when it is saved (the
  conflict dialog, :mod:`welfaredesk.gui.conflict_dialog`).

Polling is quiet: a failed poll (the server is away) is logged at debug level and tried again
at the next tick; the connection banner of the main window tells the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import run_op
from welfaredesk.services.changes import ChangeFeed, ChangeService
from welfaredesk.services.dto import Principal

if TYPE_CHECKING:
    from welfaredesk.gui.case_view import CaseView
    from welfaredesk.gui.idle_lock import IdleLock
    from welfaredesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)

POLL_MS = 5000
"""How often the change feed is asked (a constant interval: every PC polls)."""

NOTICE_STYLE = (
    "QFrame#changeNotice { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 3px; }"
)


class ChangeNotice(QFrame):
    """「ほかの職員がこのケースを更新しました。」 and a 再読み込み button, in a case view.

    Signals:
        reload_requested(): the user pressed 再読み込み.
    """

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeNotice")
        self.setStyleSheet(NOTICE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setObjectName("changeNoticeLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.reloadButton = QPushButton(self.tr("&Reload"), self)
        self.reloadButton.setObjectName("changeNoticeReloadButton")
        self.reloadButton.setAutoDefault(False)
        self.reloadButton.setToolTip(
            self.tr("Shows the latest saves. What you are typing stays in its editor.")
        )
        self.reloadButton.clicked.connect(self._reload)
        layout.addWidget(self.reloadButton)
        self.hide()

    def show_held(self, held: list[str]) -> None:
        """Say that the case changed and which tabs with unsaved input were not reloaded."""
        text = self.tr("Another staff member updated this case.")
        if held:
            text += self.tr(
                " The tab you are editing ({tabs}) was not reloaded, so your input is kept."
            ).format(tabs="」「".join(held))
        self.label.setText(text)
        self.show()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()


def refresh_case_view(view: CaseView) -> list[str]:
    """Reload a case view after another user's save, holding back tabs with unsaved input.

    Returns:
        The titles of the tabs held back (empty when the whole view was reloaded).
    """
    held = view.load_keeping_edits()
    if held:
        view.changeNotice.show_held(held)
    return held


class ChangeWatcher(QObject):
    """Polls the change feed and refreshes the main window's lists and open case views.

    Attributes:
        marker: the feed's marker (None until the first marker arrived).
        in_flight: whether a poll is running on the worker.

    Signals:
        polled(object): a poll ended with a :class:`ChangeFeed` (after the screens reacted).
    """

    polled = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        changes: ChangeService,
        principal: Principal,
        *,
        idle_lock: IdleLock | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.setObjectName("changeWatcher")
        self._window = window
        self._changes = changes
        self._principal = principal
        self._idle_lock = idle_lock
        self.marker: int | None = None
        self.in_flight = False
        self._stopped = False
        self._restore: Callable[[int], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        if idle_lock is not None:
            idle_lock.locked.connect(self._timer.stop)
            idle_lock.unlocked.connect(self._resume)

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Take "now" as the marker (on the worker), then poll every interval.

        The marker is asked for from the event loop, after what the window queued while it
        was being built (the case list first).
        """
        self._stopped = False
        self._timer.start()
        if self.marker is None:
            QTimer.singleShot(0, self, self._take_marker)

    def _take_marker(self) -> None:
        if self.marker is not None or self.in_flight or self._stopped:
            return
        self.in_flight = True
        run_op(
            self._window,
            self._changes.latest_marker,
            self._marker_arrived,
            self._failed,
            park=False,
        )

    def stop(self) -> None:
        """Stop polling (the window closes, the user signs out)."""
        self._stopped = True
        self._timer.stop()

    @property
    def active(self) -> bool:
        """Whether the timer runs."""
        return self._timer.isActive()

    def _resume(self) -> None:
        if not self._stopped:
            self._timer.start()
            self.poll()

    def _paused(self) -> bool:
        lock = self._idle_lock
        return self._stopped or (lock is not None and lock.is_locked)

    def poll(self) -> None:
        """Ask for the changes since the marker on the worker (skipped if one is running)."""
        if self.in_flight or self._paused() or self.marker is None:
            return
        self.in_flight = True
        changes, principal, marker = self._changes, self._principal, self.marker
        run_op(
            self._window,
            lambda: changes.changes_since(principal, marker),
            self._arrived,
            self._failed,
            park=False,  # a lost connection is tried again at the next tick, not parked
        )

    def _marker_arrived(self, marker: int) -> None:
        self.in_flight = False
        self.marker = marker

    def _failed(self, error: KnownError) -> None:
        self.in_flight = False
        log.debug("change poll failed: %s", type(error).__name__)

    def _arrived(self, feed: ChangeFeed) -> None:
        self.in_flight = False
        self.marker = max(self.marker or 0, feed.marker)
        if not feed.empty and not self._paused():
            log.debug(
                "changes by others: %d saves, %d visible cases", feed.changes, len(feed.case_ids)
            )
            self.apply(feed)
        self.polled.emit(feed)

    # --- reacting ----------------------------------------------------------------------------

    def apply(self, feed: ChangeFeed) -> None:
        """Refresh what the feed says may have changed."""
        window = self._window
        if feed.list_changed:
            self.refresh_list()
        if feed.tasks_changed:
            if window.tasks_tab is not None:
                window.tasks_tab.load()
            if window.approvals_tab is not None:
                window.approvals_tab.reload()
        for view in window.case_views():
            if feed.truncated or view.case_id in feed.case_ids:
                refresh_case_view(view)

    def refresh_list(self) -> None:
        """Search the case list again, keeping the selected case and the scroll position."""
        window = self._window
        table = window.ui.caseTable
        vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
        if self._restore is not None:  # a refresh whose result never came (a failed search)
            window.cases_loaded.disconnect(self._restore)
        position = (vertical.value(), horizontal.value())

        def restore(_count: int) -> None:
            window.cases_loaded.disconnect(restore)
            self._restore = None
            if shiboken6.isValid(table):
                vertical.setValue(position[0])
                horizontal.setValue(position[1])

        self._restore = restore
        window.cases_loaded.connect(restore)
        window.model.mark_stale()
        window.reload(whole=True)
