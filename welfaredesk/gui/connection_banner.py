"""The banner that says the database server cannot be reached, and the reconnect loop.

When any job on the database worker fails with :class:`ConnectionLost` (issue 9), the
:class:`ConnectionMonitor` goes offline: the :class:`ConnectionBanner` at the top of the main
window says so in calm words, that what is being typed is kept on this PC (the editors' drafts
go to ``DraftService``'s local store while the server is gone), and how many saves wait. The
monitor probes the server on the worker with a growing pause (2 s, 4 s, … at most 30 s;
「今すぐ再接続」 probes at once); the probe pings the server and writes the local drafts back.
Once it answers, the parked jobs run again in their order (``DbWorker.resume``), and the
banner says how many waiting saves went through, then hides after a few seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import ConnectionLost
from welfaredesk.gui.ops import db_worker

if TYPE_CHECKING:
    from welfaredesk.app import AppContext
    from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

FIRST_DELAY_S = 2
"""The pause before the first reconnect attempt; it doubles after each failed one."""
MAX_DELAY_S = 30
"""The longest pause between two reconnect attempts."""
RESTORED_SHOWN_MS = 6000
"""How long 「接続が戻りました」 stays before the banner hides."""

State = Literal["online", "offline", "probing", "resuming", "restored"]


def reconnect_probe(ctx: AppContext, principal: Principal) -> Callable[[], None]:
    """The probe of the main window: ping the server, then write the user's local drafts."""

    def probe() -> None:
        ctx.system.ping()
        ctx.drafts.sync(principal)

    return probe


class ConnectionMonitor(QObject):
    """Watches the database worker for a lost connection and reconnects with backoff.

    Args:
        probe: runs on the worker; returns when the server answers, raises
            :class:`ConnectionLost` when it does not.
        parent: the owner (the main window).

    Signals:
        changed: the state, the countdown or the number of waiting saves changed.
        reconnected(int): the connection is back and the parked jobs ran (saves done).
    """

    changed = Signal()
    reconnected = Signal(int)

    def __init__(self, probe: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionMonitor")
        self._probe = probe
        self.state: State = "online"
        self.saved_count = 0
        self._delay_s = FIRST_DELAY_S
        self._seconds_left = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_now)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.timeout.connect(self._back_to_online)
        worker = db_worker()
        worker.connection_lost.connect(self._lost)
        worker.parked_changed.connect(self.changed)

    @property
    def offline(self) -> bool:
        """Whether the server is (still) out of reach."""
        return self.state in ("offline", "probing")

    @property
    def seconds_left(self) -> int:
        """Seconds until the next automatic attempt (0 while one runs)."""
        return self._seconds_left

    @property
    def waiting_saves(self) -> int:
        """Saves parked until the connection is back."""
        return db_worker().parked_saves

    def retry_now(self) -> None:
        """Probe the server now (the 「今すぐ再接続」 button and the timer)."""
        if self.state != "offline":
            return
        self._retry.stop()
        self._tick.stop()
        self._seconds_left = 0
        self.state = "probing"
        self.changed.emit()
        db_worker().run(self._probe, self._probe_answered, self._probe_failed)

    def _lost(self) -> None:
        self._hide.stop()
        if self.state == "offline":
            self.changed.emit()
            return
        if self.state == "probing":  # its own failure: _probe_failed schedules the next one
            return
        if self.state in ("online", "restored"):
            log.info("database connection lost; reconnecting")
            self._delay_s = FIRST_DELAY_S
        self.state = "offline"
        self._schedule()

    def _schedule(self) -> None:
        self._seconds_left = self._delay_s
        self._retry.start(self._delay_s * 1000)
        self._tick.start()
        self._delay_s = min(self._delay_s * 2, MAX_DELAY_S)
        self.changed.emit()

    def _count_down(self) -> None:
        self._seconds_left = max(self._seconds_left - 1, 0)
        self.changed.emit()

    def _probe_failed(self, error: Exception) -> None:
        if self.state != "probing":
            return
        if not isinstance(error, ConnectionLost):
            # The server answered, with something else (a busy database): it is reachable.
            log.info("reconnect probe answered: %s", type(error).__name__)
            self._probe_answered(None)
            return
        self.state = "offline"
        self._schedule()

    def _probe_answered(self, _result: object) -> None:
        if self.state != "probing":
            return
        self.state = "resuming"
        worker = db_worker()
        resumed = worker.resume()
        log.info("database connection is back (%d parked jobs resumed)", resumed)
        # Queued after the resumed jobs, so it answers once they all have been delivered.
        worker.run(lambda: None, self._resumed, self._resumed)

    def _resumed(self, _result: object) -> None:
        if self.state != "resuming":
            return  # lost again meanwhile: the banner stays
        worker = db_worker()
        if worker.parked_count:
            self.state = "offline"
            self._schedule()
            return
        self.saved_count = worker.take_resumed_saves()
        self.state = "restored"
        self._delay_s = FIRST_DELAY_S
        self._hide.start(RESTORED_SHOWN_MS)
        self.changed.emit()
        self.reconnected.emit(self.saved_count)

    def _back_to_online(self) -> None:
        if self.state == "restored":
            self.state = "online"
            self.changed.emit()


class ConnectionBanner(QFrame):
    """The banner at the top of the main window; hidden while the connection is fine.

    Signals:
        close_asked(QMessageBox): closing the window while saves wait asks first.
    """

    close_asked = Signal(object)

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.monitor = monitor
        self._close_confirmed = False
        self.close_box: QMessageBox | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("connectionMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.waitingLabel = QLabel(self)
        self.waitingLabel.setObjectName("connectionWaitingLabel")
        self.retryButton = QPushButton(self.tr("Reconnect now"), self)
        self.retryButton.setObjectName("reconnectButton")
        self.retryButton.clicked.connect(monitor.retry_now)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.messageLabel)
        text.addWidget(self.waitingLabel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.retryButton, 0, Qt.AlignmentFlag.AlignVCenter)
        monitor.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the monitor's state (hidden when online)."""
        monitor = self.monitor
        state = monitor.state
        if state == "online":
            self.hide()
            return
        restored = state == "restored"
        self._set_kind("restored" if restored else "offline")
        if restored:
            if monitor.saved_count:
                text = self.tr("The connection is back. Saved the {count} waiting saves.").format(
                    count=monitor.saved_count
                )
            else:
                text = self.tr("The connection is back.")
            self.messageLabel.setText(text)
            self.waitingLabel.hide()
            self.retryButton.hide()
        else:
            if state == "offline" and monitor.seconds_left > 0:
                when = self.tr("in {seconds} s").format(seconds=monitor.seconds_left)
            else:
                when = self.tr("connecting now")
            self.messageLabel.setText(
                self.tr(
                    "The database server cannot be reached. What you are typing is kept on "
                    "this PC for now. Reconnecting automatically ({when})."
                ).format(when=when)
            )
            waiting = monitor.waiting_saves
            self.waitingLabel.setText(
                self.tr(
                    "Saves waiting: {count} (they are saved automatically when the "
                    "connection is back)"
                ).format(count=waiting)
            )
            self.waitingLabel.setVisible(waiting > 0)
            self.retryButton.show()
            self.retryButton.setEnabled(state == "offline")
        self.show()

    def hold_close(self, window: QWidget, event: QCloseEvent) -> bool:
        """Ask before ``window`` closes while saves wait for the connection.

        Returns:
            True when the close was held (``event`` ignored, the question is open);
            choosing to quit closes ``window`` again.
        """
        waiting = self.monitor.waiting_saves
        if waiting == 0 or self._close_confirmed:
            return False
        event.ignore()
        if self.close_box is not None and self.close_box.isVisible():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Saves are waiting"),
            self.tr(
                "{count} saves are waiting for the connection to the database server. If you "
                "quit now they are not saved; the drafts kept on this PC are offered again at "
                "the next start. Quit anyway?"
            ).format(count=waiting),
            QMessageBox.StandardButton.NoButton,
            window,
        )
        box.setObjectName("waitingSavesBox")
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def quit_anyway() -> None:
            self._close_confirmed = True
            window.close()

        quit_button.clicked.connect(quit_anyway)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.close_box = box
        self.close_asked.emit(box)
        return True

    def _set_kind(self, kind: str) -> None:
        if self.property("bannerKind") == kind:
            return
        self.setProperty("bannerKind", kind)
        # Calm colours: a soft blue while waiting (nothing is lost), a soft green when back.
        background, border, ink = (
            ("#e7f3ea", "#9cc9a8", "#1e4a2b")
            if kind == "restored"
            else ("#eaf1f8", "#a7bfd8", "#1f3550")
        )
        self.setStyleSheet(
            f"QFrame#connectionBanner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
            f" QFrame#connectionBanner QLabel {{ background: transparent; border: none;"
            f" color: {ink}; }}"
        )


def install_connection_banner(window: QMainWindow, probe: Callable[[], object]) -> ConnectionBanner:
    """Put the banner at the top of ``window``'s central widget, with its monitor.

    Args:
        window: the main window (its central widget must have a box layout).
        probe: the reconnect probe (see :func:`reconnect_probe`).

    Returns:
        The banner (hidden until the connection is lost); ``banner.monitor`` is its monitor.
    """
    monitor = ConnectionMonitor(probe, window)
    central = window.centralWidget()
    banner = ConnectionBanner(monitor, central)
    layout = central.layout() if central is not None else None
    if not isinstance(layout, QBoxLayout):
        raise TypeError("the main window's central widget needs a box layout")
    layout.insertWidget(0, banner)
    return banner
