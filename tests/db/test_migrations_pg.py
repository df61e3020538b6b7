"""Storage and migrations on a real PostgreSQL server (issue 9): the same schema as on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import ConflictError, DatabaseTooNew
from welfaredesk.services import audit
from welfaredesk.storage import migrate, orm
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import Team
from welfaredesk.storage.search import is_search_object


@pytest.fixture
def db(pg_empty_url: str) -> Iterator[Database]:
    database = Database(database_url(pg_empty_url))
    migrate.upgrade(database.engine)
    yield database
    database.dispose()


def _include(_obj: object, name: str | None, type_: str, _r: bool, _c: object) -> bool:
    return not (type_ in {"table", "index"} and name is not None and is_search_object(name))


def test_upgrade_head_on_an_empty_database_matches_the_models(pg_empty_url: str) -> None:
    db = Database(database_url(pg_empty_url))
    result = migrate.upgrade(db.engine)
    assert db.dialect == "postgresql"
    assert result.old_revision is None
    assert result.new_revision == migrate.head_revision()
    assert result.backup is None
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _include}
        )
        diff = compare_metadata(context, orm.Base.metadata)
    db.dispose()
    assert diff == []


def test_upgrade_is_idempotent(pg_empty_url: str) -> None:
    db = Database(database_url(pg_empty_url))
    migrate.upgrade(db.engine)
    again = migrate.upgrade(db.engine)
    db.dispose()
    assert again.old_revision == again.new_revision == migrate.head_revision()
    assert again.backup is None


def test_a_database_newer_than_the_program_is_refused(pg_empty_url: str) -> None:
    db = Database(database_url(pg_empty_url))
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as info:
        migrate.upgrade(db.engine)
    db.dispose()
    assert "新しい版" in info.value.text()


def test_constraints_follow_the_naming_convention(pg_empty_url: str) -> None:
    db = Database(database_url(pg_empty_url))
    migrate.upgrade(db.engine)
    with db.read() as s:
        names = set(
            s.execute(
                text("SELECT conname FROM pg_constraint WHERE conrelid = 'case_file'::regclass")
            ).scalars()
        )
    db.dispose()
    assert {
        "pk_case_file",
        "uq_case_file_case_number",
        "fk_case_file_client_id_person",
    } <= names


def test_the_migrated_template_has_the_reference_data(pg_database_url: str) -> None:
    db = Database(database_url(pg_database_url))
    with db.read() as s:
        revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    db.dispose()
    assert revision == migrate.head_revision()


def test_search_index_and_append_only_audit_triggers_exist(db: Database) -> None:
    with db.read() as s:
        indexes = {i["name"] for i in inspect(s.connection()).get_indexes("search_document")}
        triggers = set(
            s.execute(
                text(
                    "SELECT tgname FROM pg_trigger"
                    " WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal"
                )
            ).scalars()
        )
    assert any(name is not None and is_search_object(name) for name in indexes)
    assert triggers == {"audit_event_no_update", "audit_event_no_delete"}


def test_audit_events_are_chained_and_cannot_be_changed_or_deleted(db: Database) -> None:
    with db.write() as s:
        for team_id in (1, 2, 3):
            audit.record(s, None, AuditAction.CREATE, "team", team_id)
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="audit"), db.write() as s:
            s.execute(text(statement))
    with db.read() as s:
        check = audit.verify_chain(s)
    assert (check.events, check.ok) == (3, True)


def test_a_stale_save_is_refused_and_the_first_save_is_kept(db: Database) -> None:
    with db.write() as s:
        s.add(Team(name="相談係"))
    with db.read() as s:
        team = s.scalars(select(Team)).one()  # as a form would hold it
    with db.write() as s:
        s.scalars(select(Team)).one().name = "相談一係"  # someone else saves first
    with pytest.raises(ConflictError, match="ほかの利用者が先に"), db.write() as s:
        s.merge(team).name = "相談二係"
    with db.read() as s:
        saved = s.scalars(select(Team)).one()
    assert (saved.name, saved.version) == ("相談一係", 2)


def test_other_database_errors_are_bugs_and_propagate(db: Database) -> None:
    with pytest.raises(ProgrammingError), db.read() as s:
        s.execute(text("SELECT * FROM no_such_table"))


def test_every_revision_downgrades_to_an_empty_database(db: Database) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with db.engine.connect() as conn:
        left = set(inspect(conn).get_table_names()) - {migrate.VERSION_TABLE}
    assert left == set()
    assert migrate.upgrade(db.engine).new_revision == migrate.head_revision()
