"""The engine on a real PostgreSQL server (issue 9): serialised writers, lost servers, collation.

Writers are serialised by a transaction-scoped advisory lock, so the audit chain stays linear
and a second writer waits (at most the busy timeout) instead of forking the chain; a server
that cannot be reached is :class:`ConnectionLost`, never a crash; a database whose collation
does not compare by code point is refused before anything is written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from tests.pg import PgServer
from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.services import audit
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import AuditEvent


@pytest.fixture
def db(pg_database_url: str) -> Iterator[Database]:
    database = Database(database_url(pg_database_url), busy_timeout_ms=500)
    yield database
    database.dispose()


def test_a_second_writer_waits_for_the_first_and_then_gives_a_busy_message(db: Database) -> None:
    other = Database(db.url, busy_timeout_ms=300)
    try:
        with db.write() as s:
            audit.record(s, None, AuditAction.CREATE, "team", 1)
            with pytest.raises(KnownError, match="使用中"), other.write() as s2:
                s2.execute(text("SELECT 1"))
            with other.read() as r:  # readers never wait for a writer
                assert r.execute(text("SELECT 1")).scalar_one() == 1
        with other.write() as s2:  # the lock ends with the first transaction
            audit.record(s2, None, AuditAction.CREATE, "team", 2)
    finally:
        other.dispose()
    with db.read() as s:
        assert audit.verify_chain(s).ok


def test_parallel_writers_keep_the_audit_chain_linear(db: Database) -> None:
    workers, per_worker = 6, 15
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def write(worker: int) -> None:
        database = Database(db.url, busy_timeout_ms=20_000)
        try:
            start.wait(timeout=30)
            for n in range(per_worker):
                with database.write() as s:
                    audit.record(s, None, AuditAction.CREATE, "team", worker * 100 + n)
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    with db.read() as s:
        written = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "team")
        )
        check = audit.verify_chain(s)
    assert written == workers * per_worker
    assert check.ok, f"chain broken at event {check.first_broken_id}"


@pytest.mark.allow_log_errors  # the engine logs the unreachable server at WARNING
def test_an_unreachable_server_is_connection_lost(pg_server: PgServer) -> None:
    url = pg_server.url().replace(f":{pg_server.port}/", ":1/")  # nothing listens on port 1
    db = Database(database_url(url))
    try:
        with pytest.raises(ConnectionLost, match="入力した内容はそのまま"), db.read() as s:
            s.execute(text("SELECT 1"))
        with pytest.raises(ConnectionLost), db.write() as s:
            s.execute(text("SELECT 1"))
    finally:
        db.dispose()


@pytest.mark.allow_log_errors  # the refusal is logged at WARNING
def test_a_database_with_a_language_collation_is_refused(pg_server: PgServer) -> None:
    import psycopg

    name = "icu_collation"
    with psycopg.connect(
        pg_server.url().replace("postgresql+psycopg", "postgresql"), autocommit=True
    ) as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'ja-JP'"
        )
    db = Database(database_url(pg_server.url(name)))
    try:
        with pytest.raises(KnownError, match="照合順序"):
            migrate.upgrade(db.engine)
        assert migrate.current_revision(db.engine) is None  # nothing was created
    finally:
        db.dispose()
        pg_server.drop_database(name)


def test_a_code_point_database_passes_the_check(db: Database) -> None:
    migrate.check_server(db.engine)  # the test server's databases use C.UTF-8


@pytest.mark.allow_log_errors  # the engine logs the unreachable server at WARNING
def test_a_command_against_a_stopped_server_says_so_and_exits_2(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from welfaredesk.cli import main

    url = pg_server.url().replace(f":{pg_server.port}/", ":1/")
    assert main(["--db", url, "audit", "verify"]) == 2
    assert "サーバーに接続できません" in capsys.readouterr().err
