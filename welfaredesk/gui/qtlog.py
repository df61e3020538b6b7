"""Qt's own messages go to the program's log (qutebrowser ``qtlog``), not to the console.

Installed by the program's entry points only, and the previous handler is put back after,
so pytest-qt's capture of Qt warnings (which fails tests) stays in charge during tests.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

P = ParamSpec("P")
R = TypeVar("R")

log = logging.getLogger("welfaredesk.qt")

# The offscreen platform says this about every top-level window; it means nothing here.
_HARMLESS = ("This plugin does not support propagateSizeHints()",)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _HARMLESS:
        return
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


@contextmanager
def routed_qt_messages() -> Iterator[None]:
    """Send Qt's messages to logging while the block runs."""
    previous = qInstallMessageHandler(_handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def routes_qt_messages(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate an entry point so Qt's messages go to logging while it runs."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with routed_qt_messages():
            return function(*args, **kwargs)

    return wrapper
