"""The crash handler: an unexpected exception is a bug; save a report and say where it is.

The report holds what a developer needs and nothing about the people in the database: the
program and library versions, the exception *types* and the traceback frames (file, line,
function, source line). Exception messages are left out, because they may quote what a
counselor typed (a :class:`~welfaredesk.domain.errors.KnownError` carries user text, and a
database error may quote bound values), and so are local variable values.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import welfaredesk
from welfaredesk import paths

log = logging.getLogger(__name__)


def format_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    now: dt.datetime | None = None,
) -> str:
    """The text of a crash report, free of personal data.

    Args:
        exc_type: the exception's class.
        exc: the exception (its message is not used, only its chain of causes).
        tb: the traceback.
        now: the time to write in the report (for tests).

    Returns:
        The report: versions, then each exception of the chain, innermost last, with its
        type and frames.
    """
    import platform  # noqa: PLC0415 - only when something went wrong (start-up time)

    now = now or dt.datetime.now()
    lines = [
        "WelfareDesk crash report",
        f"time: {now:%Y-%m-%d %H:%M:%S}",
        f"welfaredesk: {welfaredesk.__version__}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"qt: {qVersion()}",
        f"pyside6: {PySide6.__version__}",
        f"platform: {platform.platform()}",
        "",
        "The exception messages and variable values are left out on purpose:",
        "they may contain personal data.",
        "",
    ]
    for kind, frames, link in reversed(_chain(exc_type, exc, tb)):
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(frames):
            lines.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines.append("")
        if link:
            lines.append(link)
            lines.append("")
    return "\n".join(lines)


def _chain(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> list[tuple[type[BaseException], TracebackType | None, str]]:
    """The exception and its causes, outermost first, each with how it links to the one before."""
    entries: list[tuple[type[BaseException], TracebackType | None, str]] = [(exc_type, tb, "")]
    seen = {id(exc)}
    current = exc
    while current is not None:
        if current.__cause__ is not None:
            nxt, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, link = current.__context__, "During handling of the above, another occurred:"
        else:
            break
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        entries.append((type(nxt), nxt.__traceback__, link))
        current = nxt
    return entries


def _short_path(filename: str) -> str:
    # The user's home folder name is personal data on a shared PC: keep the path from the
    # package (or the library) on.
    parts = Path(filename).parts
    for anchor in ("welfaredesk", "site-packages", "tests"):
        if anchor in parts:
            return str(Path(*parts[parts.index(anchor) :]))
    return Path(filename).name


def save_report(text: str, *, now: dt.datetime | None = None) -> Path:
    """Write a report into the log folder and return its path.

    Args:
        text: the report (from :func:`format_report`).
        now: the time used for the file name (for tests).

    Returns:
        The report file, ``crash-YYYYMMDD-HHMMSS.txt`` (with a counter if taken).
    """
    now = now or dt.datetime.now()
    folder = paths.log_dir()
    stem = f"crash-{now:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.txt"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{stem}-{counter}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def crash_dialog(report_path: Path, parent: QWidget | None = None) -> QMessageBox:
    """The message shown after a crash: what happened, that work is safe, where the report is.

    Args:
        report_path: the saved report.
        parent: the window to centre on.

    Returns:
        The dialog (not yet shown).
    """
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "WelfareDesk - Error"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "An unexpected error occurred in the program. Saved records are safe. "
            "If the same problem happens again, please tell the system administrator.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "An error report (without personal information) was saved here:\n{path}",
        ).format(path=report_path)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: save a report and show the crash dialog.

    Args:
        exc_type: the exception's class.
        exc: the exception.
        tb: the traceback.
    """
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        path = save_report(format_report(exc_type, exc, tb))
    except OSError as error:
        log.error("could not save the crash report (%s)", type(error).__name__)
        return
    # The folder may contain the Windows user name: the log names the file only.
    log.error("unexpected %s; crash report saved as %s", exc_type.__name__, path.name)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if sys.stderr is not None:  # None in the windowed Windows build: the log has it
            sys.stderr.write(f"WelfareDesk: crash report saved to {path}\n")
        return
    box = crash_dialog(path, app.activeWindow())
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions to :func:`handle_exception`."""
    sys.excepthook = handle_exception
