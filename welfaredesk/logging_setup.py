"""Logging: a rotating UTF-8 file in the user's log folder, warnings to stderr.

The rule for every log call in the program: ids and counts only, never names, addresses,
notes or bound SQL values (design.md §4).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from welfaredesk import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(*, log_dir: Path | None = None, verbose: bool = False) -> Path | None:
    """Configure the root logger once; returns the log file (None if it cannot be written)."""
    root = logging.getLogger()
    if getattr(root, "_welfaredesk_configured", False):
        return None
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(console)
    log_file: Path | None = None
    try:
        log_file = (log_dir or paths.log_dir()) / "welfaredesk.log"
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    except OSError:
        log_file = None
    # SQLAlchemy's own echo would log bound parameters: keep it quiet whatever the level.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    root._welfaredesk_configured = True  # type: ignore[attr-defined]
    return log_file
