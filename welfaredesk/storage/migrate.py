"""Bring a database to the program's schema at start (design.md §5; style-anchors §C.5).

In order: refuse a database newer than this program; copy a SQLite file into the backup
folder before changing it; run Alembic's ``upgrade head`` on the same connection; log the
old and new revision ids (never any data).

Alembic is imported only when a database has to be upgraded (or checked against a revision
the program does not know): at an ordinary start the stored revision is already the head, read
from the revision files' ``revision``/``down_revision`` lines, and Alembic's ~100 ms import is
skipped (design.md §7, start-up time). SQLAlchemy too is imported only by the functions that use
it: :func:`ready_to_log_in` looks at a SQLite file with the standard library alone, so that the
program's start can show the login window before it loads the rest.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from welfaredesk import paths
from welfaredesk.domain.errors import DatabaseTooNew, KnownError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

VERSION_TABLE = "alembic_version"
"""Where Alembic keeps the database's revision (its default name)."""

BUSY_TIMEOUT_S = 10.0
"""How long a copy waits for a lock held by another connection."""


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    """What :func:`upgrade` did."""

    old_revision: str | None
    new_revision: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic config pointing at the bundled ``db/`` folder."""
    from alembic.config import Config  # noqa: PLC0415 - Alembic only when upgrading

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.db_dir()))
    return cfg


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - Alembic only when upgrading

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this program knows."""
    head = _scanned_head() or _script_directory().get_current_head()
    if head is None:  # pragma: no cover - the program always ships a revision
        raise RuntimeError("no migration revisions found")
    return head


_REVISION_LINE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.MULTILINE)
_DOWN_LINE = re.compile(r"^down_revision\s*=\s*(None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)
_PLAIN_LINE = re.compile(r"^(branch_labels|depends_on)\s*=\s*None\s*$", re.MULTILINE)


def _scanned_head() -> str | None:
    """The head revision read from the revision files without Alembic, None when unsure.

    Every ``db/versions/*.py`` must hold exactly one plain ``revision = "…"`` line, one plain
    ``down_revision = "…"``/``None`` line and no branch labels or dependencies, and the files
    must form one chain; anything else (a merge, a branch) leaves it to Alembic.
    """
    versions = paths.db_dir() / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    roots = 0
    try:
        files = sorted(versions.glob("*.py"))
        for file in files:
            source = file.read_text(encoding="utf-8")
            revision = _REVISION_LINE.findall(source)
            down = _DOWN_LINE.findall(source)
            if len(revision) != 1 or len(down) != 1 or len(_PLAIN_LINE.findall(source)) != 2:
                return None
            revisions.add(revision[0])
            if down[0][0] == "None":
                roots += 1
            else:
                parents.add(down[0][1])
    except (OSError, UnicodeDecodeError):  # pragma: no cover - a broken install: Alembic says
        return None
    heads = revisions - parents
    if len(revisions) != len(files) or roots != 1 or not parents <= revisions or len(heads) != 1:
        return None
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415 - Alembic only when upgrading

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revisions(engine: Engine) -> list[str]:
    """The revision rows of the database, read without Alembic (empty: none yet)."""
    from sqlalchemy import inspect, text  # noqa: PLC0415 - not before the login window

    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return []
        return [
            str(row)
            for row in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        ]


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> UpgradeResult:
    """Upgrade the database to head.

    Raises:
        DatabaseTooNew: the database has a revision this program does not know.
    """
    check_server(engine)
    head = head_revision()
    if _stored_revisions(engine) == [head]:  # the usual start: nothing to do, no Alembic
        return UpgradeResult(head, head, None)
    from alembic import command  # noqa: PLC0415 - Alembic only when upgrading
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - Alembic only when upgrading

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    if current is not None and not _known(script, current):
        raise DatabaseTooNew(
            "このデータベースは、より新しい版のWelfareDeskで作成・更新されています。"
            "WelfareDeskを最新版に更新してから開いてください。"
            f"(データベースの版: {current} / このプログラムの版: {head})"
        )
    if current == head:
        return UpgradeResult(current, head, None)
    from welfaredesk.storage.engine import sqlite_path  # noqa: PLC0415 - when upgrading

    backup = None
    db_file = sqlite_path(engine.url)
    if current is not None and db_file is not None:
        backup = _backup_sqlite(db_file, current, backup_dir or paths.backup_dir())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded from %s to %s", current, head)
    return UpgradeResult(current, head, backup)


CODE_POINT_COLLATIONS = frozenset({"C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic"})
"""PostgreSQL collations that compare text by code point, as SQLite does."""


def check_server(engine: Engine) -> None:
    """Refuse a PostgreSQL database whose text order is not by code point (no-op on SQLite).

    The name, kana and phone lookups are range scans (``key <= x < key + U+10FFFF``) and the
    kana order is the code-point order of katakana; a language collation (``ja_JP.UTF-8``,
    ``en_US.UTF-8``, ICU) may ignore U+10FFFF or reorder kana, and the searches would then
    miss people without any error. The administrators' guide (docs/server.md) creates the
    database with ``LC_COLLATE 'C.UTF-8'``.

    Raises:
        KnownError: the database uses another collation (the message says how to fix it).
    """
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import text  # noqa: PLC0415 - not before the login window

    with engine.connect() as conn:
        collation = conn.execute(
            text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
        ).scalar_one()
        provider = "c"
        if conn.dialect.server_version_info and conn.dialect.server_version_info >= (15,):
            provider = conn.execute(
                text("SELECT datlocprovider FROM pg_database WHERE datname = current_database()")
            ).scalar_one()
    if collation in CODE_POINT_COLLATIONS and provider == "c":
        return
    log.warning("database collation not supported (provider %s)", provider)
    raise KnownError(
        "このデータベースは文字の並び順（照合順序）が WelfareDesk に合わないため使えません。"
        "名前やふりがなの検索が正しく動かなくなります。管理者が LC_COLLATE 'C.UTF-8' と "
        "TEMPLATE template0 を指定してデータベースを作り直してください（docs/server.md）。"
        f"（このデータベースの照合順序: {collation}）"
    )


ACCOUNT_TABLE = "app_user"
"""The accounts' table (``storage.orm.User``): without a row, the start asks for the first one."""

READY_TIMEOUT_S = 1.0
"""How long :func:`ready_to_log_in` waits for a locked file before answering False."""


def ready_to_log_in(db_file: Path) -> bool:
    """Whether a SQLite file opens as it is: at this program's head, with an account.

    Read with the standard library's ``sqlite3`` (read-only; no SQLAlchemy, no Alembic), so the
    program can show the login window first and open the database while the user types
    (design.md §7, start-up time): opening such a file neither upgrades it nor asks for the
    first administrator. False whenever unsure (the usual open then runs first, with its
    messages): a missing, new, older, newer, locked, read-only or unreadable file.

    Args:
        db_file: the database file (as ``--db`` or the saved choice names it).
    """
    try:
        if not db_file.is_file() or not os.access(db_file, os.R_OK | os.W_OK):
            return False
        if not os.access(db_file.parent, os.W_OK | os.X_OK):  # WAL: -wal and -shm beside it
            return False
        head = _scanned_head()
        if head is None:
            return False
        uri = f"{db_file.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=READY_TIMEOUT_S)
        try:
            stored = [row[0] for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
            account = conn.execute(f"SELECT 1 FROM {ACCOUNT_TABLE} LIMIT 1").fetchone()
        finally:
            conn.close()
    except (OSError, ValueError, sqlite3.Error):
        return False
    return stored == [head] and account is not None


def is_known_revision(revision: str) -> bool:
    """Whether this program knows the revision (False for one written by a newer version)."""
    if revision == _scanned_head():
        return True
    return _known(_script_directory(), revision)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def _backup_sqlite(db_file: Path, revision: str, folder: Path) -> Path:
    """Copy the database with SQLite's online backup, so a WAL file is included."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_file.stem}_{revision}_{stamp}.db"
    copy_sqlite(db_file, target)
    log.info("database copied before upgrade (revision %s)", revision)
    return target


BACKUP_STEP_PAGES = 1024
"""How many pages :func:`copy_sqlite` copies per step (4 MiB with SQLite's 4 KiB pages)."""

Progress = Callable[[int, int], None]
"""Called with (pages copied, pages in all) while a copy runs."""


def copy_sqlite(
    source_file: Path,
    target_file: Path,
    *,
    progress: Progress | None = None,
    pages: int = BACKUP_STEP_PAGES,
    standalone: bool = True,
) -> None:
    """Copy a SQLite database with SQLite's online backup API into one self-contained file.

    Safe while the program (or another process) uses the source: each step copies ``pages``
    pages under a short read lock, writers are not blocked between steps, and SQLite starts
    again when another connection commits in between, so the copy is always one committed
    state (an open, uncommitted transaction is not copied). The copy is owner-only and uses
    the rollback journal (no ``-wal`` file beside it), so it can be opened read-only.

    Args:
        source_file: the database to copy.
        target_file: the copy (overwritten if it exists).
        progress: told (pages copied, pages in all) after each step.
        pages: pages per step; -1 copies everything in one step.
        standalone: switch the copy to the rollback journal; False when copying into a
            live database (a restore), which keeps its own journal mode.
    """
    fd = os.open(target_file, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    source = sqlite3.connect(source_file, timeout=BUSY_TIMEOUT_S)
    try:
        dest = sqlite3.connect(target_file, timeout=BUSY_TIMEOUT_S)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(dest, pages=pages, progress=step)
            if standalone:
                dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    target_file.chmod(0o600)
