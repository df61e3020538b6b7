"""Where things are: the bundled folders (ui/, resources/, db/) and the user's data folders.

The bundled folders are found the same way from a source checkout, an installed wheel (which
carries them in ``welfaredesk/_bundle``) and a PyInstaller build (``sys._MEIPASS``).
User data never lives in the install folder: it goes to platformdirs' user folders, or below
``WELFAREDESK_HOME`` when that is set (development, tests, demo).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "WelfareDesk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_dir() -> Path:
    """The folder holding ``ui/``, ``resources/`` and ``db/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen)
    installed = _PACKAGE_DIR / "_bundle"
    if (installed / "db").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    """Icons, fonts, styles and translations."""
    return bundle_dir() / "resources"


def db_dir() -> Path:
    """The Alembic environment and the reference data."""
    return bundle_dir() / "db"


def ui_dir() -> Path:
    """The Qt Designer sources."""
    return bundle_dir() / "ui"


def guide_dir() -> Path:
    """The user guide's Markdown pages and screenshots (docs/guide)."""
    return bundle_dir() / "docs" / "guide"


def fonts_dir() -> Path:
    """The bundled BIZ UD fonts."""
    return resources_dir() / "fonts"


def _home() -> Path | None:
    value = os.environ.get("WELFAREDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """The user's data folder (database, backups); created owner-only."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _private_dir(path)


def log_dir() -> Path:
    """The user's log folder."""
    home = _home()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return _private_dir(path)


def backup_dir() -> Path:
    """Where copies of the database are kept before upgrades."""
    return _private_dir(data_dir() / "backups")


def default_database_path() -> Path:
    """The SQLite file used when no ``--db`` is given."""
    return data_dir() / "welfaredesk.db"


def demo_database_path() -> Path:
    """The demo database, outside the repository."""
    return data_dir() / "demo.db"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
