"""A throw-away PostgreSQL server for the tests (issue 9), from the Debian packages.

:class:`PgServer` runs ``initdb`` and ``pg_ctl start`` in a private temporary folder, on a free
loopback port only (no Unix socket outside that folder), with durability switched off for
speed, and ``pg_ctl stop`` + removal at the end. PostgreSQL refuses to run as root: under
root (CI's ``.ci/run``) the server runs as the ``postgres`` account the Debian package
creates, through ``runuser``.

Each test gets its own database: ``CREATE DATABASE … TEMPLATE …`` copies an empty or a
migrated template in milliseconds, and the database is dropped afterwards.

When the server binaries are missing the PostgreSQL tests are skipped on a developer's
machine, but fail under CI (``CI`` set): there they must run.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import LiteralString

import pytest

SUPERUSER = "welfaredesk"
"""The server's superuser (trust authentication, loopback only)."""

_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",  # a throw-away server: speed over durability
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def find_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<n>/bin`` (or ``WELFAREDESK_PG_BINDIR``), else None."""
    configured = os.environ.get("WELFAREDESK_PG_BINDIR")
    if configured:
        return Path(configured)
    found = []
    for candidate in glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        version = Path(candidate).parent.parent.name
        if version.isdigit():
            found.append((int(version), Path(candidate).parent))
    if found:
        return max(found)[1]
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def missing(reason: str) -> None:
    """Skip on a developer's machine; fail under CI, where the tests must run."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One PostgreSQL server in a temporary folder, started by :meth:`start`."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = 0
        self.startup_seconds = 0.0
        self._root = Path(tempfile.mkdtemp(prefix="welfaredesk-pg-"))
        self.datadir = self._root / "data"
        self._prefix: list[str] = []
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")  # KeyError: no account to run the server as
            os.chown(self._root, account.pw_uid, account.pw_gid)
            self._prefix = ["runuser", "-u", account.pw_name, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self._prefix, *args],
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=120,
        )

    def start(self) -> None:
        """``initdb`` and start the server on a free loopback port; wait until it accepts."""
        began = time.monotonic()
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.datadir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        for attempt in range(5):  # another process may take the free port in between
            self.port = _free_port()
            try:
                self.start_server()
                break
            except subprocess.CalledProcessError:
                if attempt == 4:
                    raise
        self.startup_seconds = time.monotonic() - began

    def start_server(self) -> None:
        """``pg_ctl start`` on :attr:`port` and the existing data folder; wait until it accepts.

        :meth:`start` calls it on a new port; after :meth:`stop_server` it starts the same
        server again on the same port, as a restarted database server would come back.
        """
        options = " ".join(f"-c {k}={v}" for k, v in _SETTINGS.items())
        options += f" -p {self.port} -k {self._root}"
        self._run(
            str(self.bindir / "pg_ctl"),
            "start",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.datadir),
            "-l",
            str(self._root / "server.log"),
            "-o",
            options,
        )

    def stop_server(self, mode: str = "fast") -> None:
        """``pg_ctl stop`` keeping the data folder, so :meth:`start_server` can bring it back.

        ``fast`` ends every session (clients see ``admin_shutdown`` or a refused connection)
        and writes everything committed to disk. ``immediate`` is a crash; with this throw-away
        server's ``synchronous_commit=off`` a crash may lose the last commits it acknowledged,
        so tests that count acknowledged saves use ``fast``.
        """
        self._run(
            str(self.bindir / "pg_ctl"),
            "stop",
            "-w",
            "-t",
            "60",
            "-m",
            mode,
            "-D",
            str(self.datadir),
        )

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(
                str(self.bindir / "pg_ctl"), "stop", "-m", "immediate", "-D", str(self.datadir)
            )
        shutil.rmtree(self._root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of a database on this server (psycopg 3)."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: LiteralString, *names: str) -> None:
        """Run one statement on the maintenance database; ``{}`` are quoted database names."""
        import psycopg  # imported here: only where the PostgreSQL tests run
        from psycopg import sql

        query = sql.SQL(statement).format(*(sql.Identifier(n) for n in names))
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(query)

    def create_database(self, template: str = "template0") -> str:
        """A new database copied from ``template``; returns its name."""
        name = f"test_{next(self._names)}"
        self._admin("CREATE DATABASE {} TEMPLATE {}", name, template)
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, closing whatever connections a test left open."""
        self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def mark_template(self, name: str) -> None:
        """Let other databases be created from ``name`` (no connections may stay open)."""
        self._admin("ALTER DATABASE {} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false", name)
