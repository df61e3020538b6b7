"""The Qt side of ``welfaredesk bench``: the real table model, and the probe processes.

The benchmark itself (:mod:`welfaredesk.bench`) holds no Qt: it calls these functions, so
that Qt stays inside ``welfaredesk.gui``. Qt is imported inside the functions, so importing
this module costs nothing for a process that only measures queries.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from welfaredesk.services.dto import CaseRow

LIST_WAIT_S = 20.0
"""How long the memory probe lets the main window's worker deliver the list."""


def qt_application() -> Any:
    """An offscreen QApplication, configured like the program's (made once)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from welfaredesk.gui.application import configure_application  # noqa: PLC0415

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if isinstance(app, QApplication):
        configure_application(app)
    return app


def first_screen_numbers(
    fetch_rows: Callable[[Sequence[int]], dict[int, CaseRow]], ids: list[int], rows: int
) -> list[str]:
    """Show ``ids`` in the real :class:`CaseTableModel` and read every cell of the first
    ``rows`` rows (text, alignment, colour), as the view does; the case numbers shown."""
    qt_application()
    from PySide6.QtCore import Qt  # noqa: PLC0415

    from welfaredesk.gui.models.case_table_model import (  # noqa: PLC0415
        COL_NUMBER,
        COLUMNS,
        CaseTableModel,
    )

    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
    model = CaseTableModel(fetch_rows)
    model.set_ids(ids)
    numbers = []
    for row in range(min(rows, len(ids))):
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            for role in roles:
                model.data(index, role)
        numbers.append(str(model.data(model.index(row, COL_NUMBER))))
    return numbers


def bare_dialog(mark: str) -> None:
    """The start-up baseline: a plain PySide6 dialog shown, then ``mark`` printed."""
    from PySide6.QtWidgets import QApplication, QDialog  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    dialog = QDialog()
    dialog.show()
    app.processEvents()
    print(mark, flush=True)  # noqa: T201 - the parent process reads it


def peak_rss_kb() -> int:
    """This process's peak resident set size in KiB.

    On Linux ``ru_maxrss`` survives ``exec``: a probe started by a parent that had just
    built a large archive would report the parent's peak. ``VmHWM`` in ``/proc/self/status``
    is the peak of this program's own memory, so it is used where it exists.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def memory_probe(archive: str) -> None:
    """In a child process: the main window with the case list open; prints the peak RSS.

    The window loads its list on the database worker, the first page and then the rest of
    the ids; if the whole list has not arrived after :data:`LIST_WAIT_S`, the probe runs the
    same id query on this thread and hands the ids to the window's model. The process then
    ends at once (``os._exit``), without waiting for the worker.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from welfaredesk.app import open_database  # noqa: PLC0415
    from welfaredesk.services.demo import DEMO_LOGIN, DEMO_PASSWORD  # noqa: PLC0415

    app = qt_application()
    from PySide6.QtCore import QModelIndex  # noqa: PLC0415

    from welfaredesk.gui.main_window import MainWindow  # noqa: PLC0415

    ctx = open_database(archive)
    principal = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
    started = time.perf_counter()
    window = MainWindow(ctx, principal)
    window.resize(1280, 800)
    window.show()
    loaded: list[float] = []
    window.cases_loaded.connect(lambda _n: loaded.append(time.perf_counter()))
    deadline = time.monotonic() + LIST_WAIT_S
    first: float | None = None
    while not loaded and time.monotonic() < deadline:
        app.processEvents()
        if first is None and window.model.rowCount(QModelIndex()) > 0:
            first = time.perf_counter()
        time.sleep(0.005)
    list_seconds = round((first or loaded[0]) - started, 2) if first or loaded else None
    whole_seconds = round(loaded[0] - started, 2) if loaded else None
    if not loaded:
        window.model.set_ids(ctx.cases.list_ids(principal, window.current_filter()))
    for _ in range(20):
        app.processEvents()
    result = {
        "rows": window.model.rowCount(QModelIndex()),
        "max_rss_kb": peak_rss_kb(),
        "window_list_seconds": list_seconds,
        "window_whole_list_seconds": whole_seconds,
    }
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)
