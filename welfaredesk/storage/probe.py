"""Look at a database without changing it: can it be reached, which server, which revision.

:func:`probe` connects once (a short timeout, no pool), reads the server's version and the
database's Alembic revision (without Alembic and without migrating), and compares the revision
with the program's. A SQLite file is opened read-only and never created. A failure to connect is
sorted into a :class:`Failure` kind (host not found, refused, wrong password, TLS, timeout …)
from the driver's SQLSTATE or libpq's message; the driver's own text is kept for the screen
(``detail``) but never logged.

The Japanese wording is the services' job (:mod:`welfaredesk.services.connection`).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from welfaredesk.storage import migrate
from welfaredesk.storage.engine import database_url, is_sqlite, make_engine

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 5
"""How long a probe waits for the server to answer."""


class SchemaState(StrEnum):
    """How the database's revision compares with the program's."""

    CURRENT = "current"
    """The same revision: ready to use."""
    OLDER = "older"
    """An older revision this program can upgrade."""
    NEWER = "newer"
    """Written by a newer WelfareDesk: this program must not open it."""
    EMPTY = "empty"
    """No tables yet: the program creates them (first start)."""
    FOREIGN = "foreign"
    """Tables, but no WelfareDesk revision: some other program's database."""
    MISSING = "missing"
    """A SQLite file that does not exist yet (the program would create it)."""


class Failure(StrEnum):
    """Why a connection failed."""

    HOST_NOT_FOUND = "host_not_found"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    AUTH = "auth"
    NO_PASSWORD = "no_password"
    NO_ROLE = "no_role"
    NO_DATABASE = "no_database"
    NOT_ALLOWED = "not_allowed"
    TLS = "tls"
    CERTIFICATE_FILE = "certificate_file"
    SERVER_STARTING = "server_starting"
    FILE = "file"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What :func:`probe` found.

    Attributes:
        backend: ``sqlite`` or ``postgresql``.
        location: the database, password hidden (a file path or a URL).
        failure: why it could not connect; None when it did.
        detail: the driver's message for a failure (for the screen only; never logged).
        server_version: PostgreSQL's ``server_version`` or SQLite's library version.
        revision: the database's revision (None: empty or not found).
        program_revision: the newest revision this program knows.
        state: how the two compare; None when it could not connect.
        seconds: how long the probe took.
    """

    backend: str
    location: str
    failure: Failure | None
    detail: str
    server_version: str | None
    revision: str | None
    program_revision: str
    state: SchemaState | None
    seconds: float = 0.0

    @property
    def connected(self) -> bool:
        """Whether the database could be reached."""
        return self.failure is None


def probe(
    path_or_url: str | Path,
    *,
    password: str | None = None,
    timeout_s: int = PROBE_TIMEOUT_S,
) -> ProbeResult:
    """Connect once, read the server version and the revision; change nothing.

    Args:
        path_or_url: a SQLite file or a URL, as ``--db`` takes it.
        password: a server password to try (passed to the driver, never put in the URL).
        timeout_s: how long to wait for the server.
    """
    began = time.monotonic()
    url = database_url(path_or_url)
    head = migrate.head_revision()
    if is_sqlite(url):
        result = _probe_sqlite(url, head)
    else:
        result = _probe_server(url, head, password, timeout_s)
    seconds = time.monotonic() - began
    log.info(
        "database probed (%s): %s in %.2f s",
        result.backend,
        result.failure or result.state,
        seconds,
    )
    return ProbeResult(
        backend=result.backend,
        location=result.location,
        failure=result.failure,
        detail=result.detail,
        server_version=result.server_version,
        revision=result.revision,
        program_revision=head,
        state=result.state,
        seconds=seconds,
    )


def compare(revision: str | None, head: str, *, has_tables: bool) -> SchemaState:
    """How a database revision compares with the program's head."""
    if revision is None:
        return SchemaState.FOREIGN if has_tables else SchemaState.EMPTY
    if revision == head:
        return SchemaState.CURRENT
    return SchemaState.OLDER if migrate.is_known_revision(revision) else SchemaState.NEWER


def _probe_sqlite(url: URL, head: str) -> ProbeResult:
    location = url.database or ""
    base = ProbeResult("sqlite", location, None, "", sqlite3.sqlite_version, None, head, None)
    path = Path(location)
    if not path.exists():
        return _replace(base, state=SchemaState.MISSING)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if migrate.VERSION_TABLE in tables:
                row = conn.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
                revision = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _replace(base, failure=Failure.FILE, detail=str(exc))
    state = compare(revision, head, has_tables=bool(tables))
    return _replace(base, revision=revision, state=state)


def _probe_server(url: URL, head: str, password: str | None, timeout_s: int) -> ProbeResult:
    # For reading, not for use: unquoted, without the password or the password file's path.
    shown = url.difference_update_query(["passfile", "password"])
    location = unquote(shown.render_as_string(hide_password=True))
    base = ProbeResult(url.get_backend_name(), location, None, "", None, None, head, None)
    connect_args: dict[str, object] = {"connect_timeout": timeout_s}
    if password:
        connect_args["password"] = password
    try:
        engine = make_engine(url, poolclass=NullPool, connect_args=connect_args)
    except (SQLAlchemyError, ImportError) as exc:
        return _replace(base, failure=Failure.OTHER, detail=_first_line(str(exc)))
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            has_version_table = inspect(conn).has_table(migrate.VERSION_TABLE)
            has_tables = bool(inspect(conn).get_table_names())
            revision = None
            if has_version_table:
                revision = conn.execute(
                    text(f"SELECT version_num FROM {migrate.VERSION_TABLE}")
                ).scalar()
    except DBAPIError as exc:
        kind = classify(str(exc.orig), getattr(exc.orig, "sqlstate", None))
        return _replace(base, failure=kind, detail=_first_line(str(exc.orig)))
    except SQLAlchemyError as exc:
        return _replace(base, failure=Failure.OTHER, detail=_first_line(str(exc)))
    finally:
        engine.dispose()
    revision_text = str(revision) if revision is not None else None
    state = compare(revision_text, head, has_tables=has_tables)
    return _replace(base, server_version=str(version), revision=revision_text, state=state)


def classify(message: str, sqlstate: str | None = None) -> Failure:
    """Sort a driver's connection error by its SQLSTATE, else by libpq's (English) message."""
    by_state = {
        "28P01": Failure.AUTH,
        "3D000": Failure.NO_DATABASE,
        "42501": Failure.NOT_ALLOWED,
        "57P03": Failure.SERVER_STARTING,
    }
    lowered = message.lower()
    if sqlstate in by_state:
        return by_state[sqlstate]
    checks = (
        (("password authentication failed",), Failure.AUTH),
        (("no password supplied",), Failure.NO_PASSWORD),
        (("does not exist",), None),
        (("root certificate file", "could not read root certificate"), Failure.CERTIFICATE_FILE),
        (
            (
                "ssl",
                "certificate",
                "tls",
                "server does not support",
                "does not match host name",
            ),
            Failure.TLS,
        ),
        (("no pg_hba.conf entry", "permission denied", "not permitted"), Failure.NOT_ALLOWED),
        (
            (
                "could not translate host name",
                "failed to resolve host",
                "name or service not known",
                "nodename nor servname",
                "no such host",
                "temporary failure in name resolution",
            ),
            Failure.HOST_NOT_FOUND,
        ),
        (("connection refused",), Failure.REFUSED),
        (("timeout expired", "timed out", "timeout"), Failure.TIMEOUT),
        (("starting up", "shutting down", "recovery mode"), Failure.SERVER_STARTING),
    )
    for needles, kind in checks:
        if any(needle in lowered for needle in needles):
            if kind is None:  # "role … does not exist" / "database … does not exist"
                if lowered.count("role") or sqlstate == "28000":
                    return Failure.NO_ROLE
                if "database" in lowered:
                    return Failure.NO_DATABASE
                if "certificate" in lowered:
                    return Failure.CERTIFICATE_FILE
                continue
            return kind
    if sqlstate == "28000":
        return Failure.NOT_ALLOWED
    return Failure.OTHER


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else ""


def _replace(base: ProbeResult, **changes: object) -> ProbeResult:
    return replace(base, **changes)  # type: ignore[arg-type]
