"""One engine and one session factory per process (design.md §4–5).

``database_url`` turns what the user typed (a file path or a URL) into a SQLAlchemy URL;
``make_engine`` sets the SQLite pragmas on every pooled connection.
"""

from __future__ import annotations

import logging
import os
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def database_url(path_or_url: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or a URL (``postgresql+psycopg://…``)."""
    text = str(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    """Whether the URL names a SQLite database."""
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for in-memory or other databases)."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """Create the engine; on SQLite create the file owner-only and set the pragmas."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # The file holds the most sensitive data a city keeps: owner-only from the start.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    engine = create_engine(url, **kwargs)
    if is_sqlite(url):
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, emit BEGIN (SQLAlchemy's pysqlite recipe), so that
    # writers take the lock at the start of the transaction (BEGIN IMMEDIATE below).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE: a transaction that will write takes the write lock at once, so two saves
    # never deadlock on upgrading a read lock; the busy timeout then queues them. Reads use
    # a deferred BEGIN and never wait for a writer (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The engine and the two session factories of the process (built in ``app.py``).

    ``write()`` and ``read()`` each open one unit of work: ``with db.write() as s: ...``
    commits on success and rolls back on any error.
    """

    def __init__(self, url: URL, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        reader = self.engine.execution_options(sqlite_begin="DEFERRED")
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(reader, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def write(self) -> AbstractContextManager[Session]:
        """A transaction that may write."""
        return self._writer.begin()

    def read(self) -> AbstractContextManager[Session]:
        """A transaction that only reads."""
        return self._reader.begin()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
