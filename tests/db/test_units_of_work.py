"""Units of work: optimistic locking and the database's known failures (design.md §4, §5)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.domain.errors import ConflictError, KnownError
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import Team


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(database_url(tmp_path / "uow.db"), busy_timeout_ms=200)
    migrate.upgrade(database.engine)
    with database.write() as s:
        s.add(Team(name="相談係"))
    yield database
    database.dispose()


def test_a_stale_save_is_refused_and_the_first_save_is_kept(db: Database) -> None:
    with db.read() as s:
        team = s.scalars(select(Team)).one()  # as a form would hold it
    with db.write() as s:
        s.scalars(select(Team)).one().name = "相談一係"  # someone else saves first
    with pytest.raises(ConflictError, match="ほかの利用者が先に") as info, db.write() as s:
        s.merge(team).name = "相談二係"
    assert "入力した内容はそのまま残っています" in info.value.text()
    with db.read() as s:
        saved = s.scalars(select(Team)).one()
    assert (saved.name, saved.version) == ("相談一係", 2)


def test_a_locked_database_is_a_clear_message_not_a_crash(db: Database) -> None:
    path = db.url.database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another PC holds the write lock
    try:
        with pytest.raises(KnownError, match="使用中") as info, db.write() as s:
            s.add(Team(name="別の係"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "もう一度保存してください" in info.value.text()
    with db.read() as s:
        assert [t.name for t in s.scalars(select(Team))] == ["相談係"]


def test_other_database_errors_are_bugs_and_propagate(db: Database) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError), db.read() as s:
        s.execute(text("SELECT * FROM no_such_table"))
