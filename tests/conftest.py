"""Shared fixtures: offscreen Qt, a private WELFAREDESK_HOME, a migrated template database.

The template is migrated and loaded with reference data once per session and copied for
each test (the Anki ``getEmptyCol`` pattern), so tests start from a real schema in
milliseconds.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from tests.pg import PgServer, find_bindir, missing
from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import ConsentMethod, ConsentStatus, MeetingKind, Role, Sex
from welfaredesk.services.auth import NewUser
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import IntakeInput

log = logging.getLogger(__name__)

PASSWORD = "correct-horse-42"
"""The password of every test account."""


@pytest.fixture(scope="session", autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep every user folder (data, logs, backups) of the test run in a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    old = os.environ.get("WELFAREDESK_HOME")
    os.environ["WELFAREDESK_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("WELFAREDESK_HOME", None)
    else:
        os.environ["WELFAREDESK_HOME"] = old


@pytest.fixture(scope="session")
def fast_hasher() -> PasswordHasher:
    """Argon2id with test-sized cost (the program uses argon2-cffi's defaults)."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head with the reference data loaded."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    ctx = open_database(path, backup_dir=path.parent / "backups")
    ctx.close()
    # Fold the WAL into the main file so a plain copy is complete.
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database for one test."""
    target = tmp_path / "desk.db"
    shutil.copyfile(template_db, target)
    return target


BACKENDS = ("sqlite", "postgresql")
"""The databases the service, storage and report suites run on (design.md §5, issue 9)."""

_BOTH_BACKENDS = ("tests/unit/services/", "tests/unit/printing/", "tests/db/")
"""Where a test that asks for ``ctx`` runs once per backend."""

_SQLITE_ARGS = {"db_path", "template_db"}
"""A test that asks for the SQLite file itself runs on SQLite only."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the service, storage and report tests on SQLite and on PostgreSQL.

    A test runs on both when it asks for ``ctx`` (directly or through a fixture), lives under
    one of :data:`_BOTH_BACKENDS`, does not ask for the SQLite file itself and is not marked
    ``sqlite_only``.
    """
    if "backend" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.path)).as_posix()
    own_args = set(inspect.signature(metafunc.function).parameters)
    both = (
        any(part in path for part in _BOTH_BACKENDS)
        and not own_args & _SQLITE_ARGS
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    metafunc.parametrize("backend", BACKENDS if both else BACKENDS[:1], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the database ``ctx`` runs on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database_location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh migrated database for one test: a SQLite file or a PostgreSQL URL."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_database_url"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def ctx(
    database_location: str, tmp_path: Path, fast_hasher: PasswordHasher
) -> Iterator[AppContext]:
    """The services over a fresh database (on each backend, see :func:`pytest_generate_tests`)."""
    context = open_database(
        database_location, backup_dir=tmp_path / "backups", password_hasher=fast_hasher
    )
    yield context
    context.close()


@pytest.fixture
def admin(ctx: AppContext) -> Principal:
    """The first administrator, created through first-run setup."""
    return ctx.auth.setup("admin", "管理 太郎", PASSWORD)


def make_user(
    ctx: AppContext, admin: Principal, login: str, role: Role, team_id: int | None = None
) -> Principal:
    """Create an account and log it in."""
    ctx.auth.create_user(
        admin,
        NewUser(
            login=login, display_name=f"{login} 職員", password=PASSWORD, role=role, team_id=team_id
        ),
    )
    return ctx.auth.login(login, PASSWORD)


@pytest.fixture
def new_user(ctx: AppContext, admin: Principal) -> Callable[..., Principal]:
    """A factory: ``new_user("login", Role.COUNSELOR, team_id=None)`` → logged-in principal."""

    def factory(login: str, role: Role, team_id: int | None = None) -> Principal:
        return make_user(ctx, admin, login, role, team_id)

    return factory


@pytest.fixture
def supervisor(ctx: AppContext, admin: Principal) -> Principal:
    """A 主任相談支援員."""
    return make_user(ctx, admin, "sato", Role.SUPERVISOR)


@pytest.fixture
def counselor(ctx: AppContext, admin: Principal) -> Principal:
    """A 相談支援員."""
    return make_user(ctx, admin, "suzuki", Role.COUNSELOR)


class _LogFailHandler(logging.Handler):
    """Collects WARNING and ERROR records of the program (qutebrowser's LogFailHandler)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("welfaredesk"):
            self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """An unexpected logged warning or error of the program fails the test."""
    handler = _LogFailHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if handler.records and not request.node.get_closest_marker("allow_log_errors"):
        messages = "; ".join(f"{r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected logged warnings/errors: {messages}")


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    """A test must not leave threads running (napari's leaked-thread guard)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=2)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture
def case_factory(ctx: AppContext) -> Callable[..., int]:
    """A factory: ``case_factory(principal, family_name=..., ...)`` → the new case id.

    Cases are opened through the intake service, the program's only way to open one; dates
    and times may be given as ``date``/``datetime`` values for convenience.
    """

    def factory(principal: Principal, **overrides: Any) -> int:
        values: dict[str, Any] = {
            "family_name": "山田",
            "given_name": "花子",
            "family_kana": "ヤマダ",
            "given_kana": "ハナコ",
            "birth_date": dt.date(1944, 5, 3),
            "sex": Sex.FEMALE,
            "received_at": dt.datetime(2025, 6, 2, 10, 30),
            "channel_code": "visit",
            "consulter_type_code": "client",
            "presenting_concern": "母の認知症が進み、息子の介護負担が大きい。",
        }
        values.update(overrides)
        received: dt.datetime = values.pop("received_at")
        birth: dt.date | None = values.pop("birth_date")
        consent = values.pop("consent", ConsentStatus.UNCONFIRMED)
        issues = tuple(values.pop("issue_codes", ()))
        form = IntakeInput(
            received_on=received.date().isoformat(),
            received_time=f"{received.hour}:{received.minute:02d}",
            birth_date=birth.isoformat() if birth else "",
            issue_codes=issues,
            most_pressing_code=issues[0] if issues else None,
            consent_status=consent,
            consent_date=received.date().isoformat() if consent is ConsentStatus.GIVEN else "",
            consent_method=ConsentMethod.SIGNATURE if consent is ConsentStatus.GIVEN else None,
            # Consent given covers the 支援調整会議 unless a test says otherwise.
            consent_meeting_kinds=values.pop(
                "consent_meeting_kinds",
                (MeetingKind.COORDINATION,) if consent is ConsentStatus.GIVEN else (),
            ),
            **values,
        )
        return ctx.intake.save(principal, form).case_id

    return factory


AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")
"""The triggers that keep the audit trail append-only (revision 0006)."""


@pytest.fixture
def drop_audit_guard() -> Callable[[Any], None]:
    """Drop the append-only triggers, as someone holding the database file could, to tamper.

    Takes a SQLAlchemy session or connection, or a ``sqlite3`` connection.
    """

    def drop(target: Any) -> None:
        if isinstance(target, sqlite3.Connection):
            dialect = "sqlite"
        else:
            bind = target.get_bind() if hasattr(target, "get_bind") else target
            dialect = bind.dialect.name
        on = " ON audit_event" if dialect == "postgresql" else ""
        for name in AUDIT_TRIGGERS:
            statement = f"DROP TRIGGER IF EXISTS {name}{on}"
            target.execute(statement if isinstance(target, sqlite3.Connection) else text(statement))

    return drop


# PostgreSQL: a real server started once per session, only when a test asks for it.


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server on a free loopback port, stopped and removed at the end."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        missing("no PostgreSQL server binaries (apt-get install postgresql)")
    assert bindir is not None
    try:
        import psycopg  # noqa: F401 - the driver the URLs name
    except ImportError:
        missing("psycopg is not installed (pip install 'psycopg[binary]')")
    try:
        server = PgServer(bindir)
    except KeyError:
        missing("running as root and there is no 'postgres' account to run the server as")
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        server.stop()
        pytest.fail(f"PostgreSQL did not start: {exc.stdout!r}", pytrace=False)
    log.info("PostgreSQL started in %.1f s on port %d", server.startup_seconds, server.port)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server: PgServer) -> str:
    """The URL of the server's maintenance database (``postgresql+psycopg://…/postgres``)."""
    return pg_server.url()


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database for one test, dropped afterwards."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to head with the reference data loaded, as a template."""
    name = pg_server.create_database()
    ctx = open_database(pg_server.url(name))
    ctx.close()
    pg_server.mark_template(name)
    return name


@pytest.fixture
def pg_database_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """A fresh copy of the migrated template database for one test, dropped afterwards."""
    name = pg_server.create_database(pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)
