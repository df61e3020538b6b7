"""``migrate.ready_to_log_in``: whether the start may show the login window before opening.

Only a SQLite file at this program's head with an account is ready; anything else (a new, older,
newer, missing or broken database) is opened the usual way first. The check reads the file
read-only, without SQLAlchemy, and changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from welfaredesk.app import open_database
from welfaredesk.storage import migrate

PASSWORD = "correct-horse-42"


def _with_account(path: Path, hasher: PasswordHasher) -> Path:
    ctx = open_database(path, backup_dir=path.parent / "backups", password_hasher=hasher)
    try:
        ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    finally:
        ctx.close()
    return path


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_current_database_with_an_account_is_ready(
    db_path: Path, fast_hasher: PasswordHasher
) -> None:
    path = _with_account(db_path, fast_hasher)
    assert migrate.ready_to_log_in(path)


def test_the_check_changes_nothing(db_path: Path, fast_hasher: PasswordHasher) -> None:
    path = _with_account(db_path, fast_hasher)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    path.chmod(0o600)  # as the program creates it
    before = _digest(path)
    assert migrate.ready_to_log_in(path)
    assert _digest(path) == before
    # SQLite's read-only reader of a WAL database may leave its empty -wal and -shm files,
    # owner-only like the database; the program's own connection uses and removes them.
    for side in path.parent.glob(f"{path.name}-*"):
        assert side.stat().st_mode & 0o777 == 0o600, side.name
    assert migrate.ready_to_log_in(path)  # and again, with them there


def test_a_database_without_an_account_asks_for_setup_first(db_path: Path) -> None:
    """First start: the setup dialog, not the login, so the database is opened first."""
    assert not migrate.ready_to_log_in(db_path)


@pytest.mark.parametrize("revision", ["0001", "9999_from_a_newer_program"])
def test_an_older_or_newer_database_is_opened_first(
    db_path: Path, fast_hasher: PasswordHasher, revision: str
) -> None:
    """An upgrade (with its copy) or the refusal of a newer database happens before the login."""
    path = _with_account(db_path, fast_hasher)
    _set_revision(path, revision)
    assert not migrate.ready_to_log_in(path)


def test_a_missing_file_is_not_ready_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    assert not migrate.ready_to_log_in(path)
    assert not path.exists()
    assert not migrate.ready_to_log_in(tmp_path)  # a folder


def test_a_file_that_is_not_a_database_is_not_ready(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("これはデータベースではありません", encoding="utf-8")
    assert not migrate.ready_to_log_in(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file")
def test_a_read_only_file_is_opened_first(db_path: Path, fast_hasher: PasswordHasher) -> None:
    """Opening it writes (the reference data): its message comes from the usual open."""
    path = _with_account(db_path, fast_hasher)
    path.chmod(0o400)
    try:
        assert not migrate.ready_to_log_in(path)
    finally:
        path.chmod(0o600)


def test_the_head_is_alembics(db_path: Path) -> None:
    """The head read from the revision files is the one Alembic finds."""
    assert migrate._scanned_head() == migrate._script_directory().get_current_head()
