"""PostgreSQL fixtures for the storage tests: a real server started for the session (issue 9).

``pg_server`` starts one server per test session (see ``tests/pg.py``); ``pg_empty_url`` is a
fresh, empty database for one test; ``pg_database_url`` a fresh database migrated to head with
the reference data loaded, copied from a template made once per session.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator

import pytest

from tests.pg import PgServer, find_bindir, missing
from welfaredesk.app import open_database

log = logging.getLogger(__name__)


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
