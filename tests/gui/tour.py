"""The screenshot tour in a fresh process: what its probes and their tests share.

A probe (``english_screens_probe.py``, ``accessibility_probe.py``, ``large_text_probe.py``)
runs the tour of :func:`welfaredesk.gui.application.screenshots` on a small demo database,
reads every screen through ``inspect`` and writes what it found as JSON; its test starts it
with :func:`run_probe` (a fresh process, because the language and the text size are chosen
when the application is first configured).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]


def widget_path(widget: QWidget, top: QWidget) -> str:
    """``Class:name`` of a widget; an unnamed one (or Qt's own ``qt_…``) by its named owner."""
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            return f"{type(widget).__name__}:{name}"
        if current is top:
            break
        current = current.parentWidget()
    return f"{type(widget).__name__}:{type(top).__name__}"


def run_tour(
    inspect: Callable[[QWidget, str], None],
    *,
    cases: int,
    language: str | None,
    shots: Path | None = None,
    text_scale: int | None = None,
) -> None:
    """Run the whole tour (the demo supervisor, then the demo administrator) on a fresh demo
    database of ``cases`` cases, calling ``inspect`` with each screen before it is saved."""
    from welfaredesk.app import open_database
    from welfaredesk.gui.application import screenshots
    from welfaredesk.services.demo import (
        DEMO_ADMIN_LOGIN,
        DEMO_LOGIN,
        DEMO_PASSWORD,
        build_demo,
    )

    with tempfile.TemporaryDirectory(prefix="welfaredesk-tour-") as folder:
        ctx = open_database(Path(folder) / "demo.db")
        try:
            build_demo(ctx.db, cases=cases, seed=7)
            principal = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
            admin = ctx.auth.login(DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
            screenshots(
                ctx,
                shots or Path(folder) / "shots",
                principal,
                admin=admin,
                language=language,
                text_scale=text_scale,
                inspect=inspect,
            )
        finally:
            ctx.close()


def run_probe(
    probe: Path, folder: Path, *args: str, environment: dict[str, str] | None = None
) -> Any:
    """Run a probe in a fresh process with a home of its own in ``folder``; its JSON output.

    ``environment`` adds to (or, with an empty value, removes from) the inherited variables.
    """
    out = folder / "probe.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WELFAREDESK_HOME": str(folder / "home"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    for name, value in (environment or {}).items():
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    result = subprocess.run(
        [sys.executable, str(probe), str(out), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(out.read_text(encoding="utf-8"))
