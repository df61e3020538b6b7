"""Storage and migrations: the schema, the start-up upgrade, the SQLite settings."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from welfaredesk import paths
from welfaredesk.domain.errors import DatabaseTooNew
from welfaredesk.storage import migrate, orm
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.search import is_search_object


def _include(_obj: object, name: str | None, type_: str, _r: bool, _c: object) -> bool:
    return not (type_ in {"table", "index"} and name is not None and is_search_object(name))


def test_upgrade_head_on_an_empty_file_matches_the_models(tmp_path: Path) -> None:
    db = Database(database_url(tmp_path / "empty.db"))
    result = migrate.upgrade(db.engine)
    assert result.old_revision is None
    assert result.new_revision == migrate.head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _include}
        )
        diff = compare_metadata(context, orm.Base.metadata)
    db.dispose()
    assert diff == []


def test_upgrade_is_idempotent_and_makes_no_backup_at_head(tmp_path: Path) -> None:
    db = Database(database_url(tmp_path / "a.db"))
    migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    again = migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    db.dispose()
    assert again.old_revision == again.new_revision
    assert again.backup is None
    assert not (tmp_path / "b").exists()


_NEXT_REVISION = """
revision = "9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None

import sqlalchemy as sa
from alembic import op


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
"""


def test_upgrade_from_an_older_revision_copies_the_file_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    db = Database(database_url(path))
    migrate.upgrade(db.engine)
    with db.write() as s:
        s.add(orm.Team(name="相談係"))
    db.dispose()
    # A later release: the shipped revisions plus one more.
    newer = tmp_path / "db"
    shutil.copytree(paths.db_dir(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (newer / "versions" / "9999_test.py").write_text(_NEXT_REVISION.format(head=head))
    monkeypatch.setattr(paths, "db_dir", lambda: newer)

    db = Database(database_url(path))
    result = migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    with db.read() as s:
        assert s.execute(text("SELECT name FROM team")).scalar_one() == "相談係"
        assert s.execute(text("SELECT count(*) FROM test_extra")).scalar_one() == 0
    db.dispose()
    assert (result.old_revision, result.new_revision) == (head, "9999_test")
    assert result.backup is not None
    con = sqlite3.connect(result.backup)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert con.execute("SELECT name FROM team").fetchone() == ("相談係",)
    finally:
        con.close()


def test_a_database_newer_than_the_program_is_refused_with_a_japanese_message(
    tmp_path: Path,
) -> None:
    db = Database(database_url(tmp_path / "new.db"))
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as info:
        migrate.upgrade(db.engine)
    db.dispose()
    assert "新しい版" in info.value.text()
    assert "更新してから" in info.value.text()


def test_backup_copies_the_data_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = Database(database_url(path))
    migrate.upgrade(db.engine)
    db.dispose()
    backup = migrate._backup_sqlite(path, "0001", tmp_path / "backups")
    assert backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    assert "case_file" in tables


def test_sqlite_file_is_owner_only_and_pragmas_are_set(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    db = Database(database_url(path))
    migrate.upgrade(db.engine)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert s.execute(text("PRAGMA cache_size")).scalar() == -32 * 1024
    db.dispose()


def test_every_editable_table_has_a_version_column() -> None:
    not_editable = {
        "activity_tally",
        "intake_fact",
        "intake_tally",
        "case_number_counter",
        "case_access",
        "case_issue",
        "ledger_import_row",
        "audit_event",
        "search_document",
        "draft",
    }
    for table in orm.Base.metadata.sorted_tables:
        if table.name in not_editable:
            continue
        assert "version" in table.c, table.name
        mapper = next(m for m in orm.Base.registry.mappers if m.local_table is table)
        assert mapper.version_id_col is table.c.version, table.name


def test_constraints_follow_the_naming_convention(tmp_path: Path) -> None:
    db = Database(database_url(tmp_path / "n.db"))
    migrate.upgrade(db.engine)
    with db.read() as s:
        sql = s.execute(text("SELECT sql FROM sqlite_master WHERE name = 'case_file'")).scalar_one()
    db.dispose()
    assert "CONSTRAINT pk_case_file PRIMARY KEY" in sql
    assert "CONSTRAINT uq_case_file_case_number UNIQUE" in sql
    assert "CONSTRAINT fk_case_file_client_id_person FOREIGN KEY" in sql
