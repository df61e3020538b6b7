"""One engine and one session factory per process (design.md §4–5).

``database_url`` turns what the user typed (a file path or a URL) into a SQLAlchemy URL;
``make_engine`` sets the SQLite pragmas on every pooled connection.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from welfaredesk.domain.errors import ConflictError, ConnectionLost, KnownError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000

CONNECT_TIMEOUT_S = 5
"""How long to wait for a PostgreSQL server to answer a new connection."""

TCP_USER_TIMEOUT_MS = 10_000
"""How long sent data may stay unacknowledged before the connection counts as lost."""

IDLE_IN_TRANSACTION_MS = 60_000
"""How long the server lets a transaction sit idle (a frozen client) before ending it."""

WRITER_LOCK = 0x57656C66
"""The PostgreSQL advisory lock every write transaction holds until it ends (see ``Database``)."""


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


def make_engine(url: URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any) -> Engine:
    """Create the engine; on SQLite create the file owner-only and set the pragmas."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # The file holds the most sensitive data a city keeps: owner-only from the start.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if url.get_backend_name() == "postgresql":
        # A server that went away must not freeze the program: connections are checked
        # before use (a restarted server's dead connections are replaced), a new connection
        # gives up after a few seconds, and a writer waits at most the busy timeout for the
        # writer lock or a row lock.
        kwargs.setdefault("pool_pre_ping", True)
        connect_args = dict(kwargs.pop("connect_args", {}))
        if "connect_timeout" not in url.query:
            connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        # A server that vanishes without closing the connection (switched off, cable pulled)
        # is noticed within about 10 s instead of the system's 15 minutes of TCP retries; a
        # client stuck inside a write (frozen PC) loses its transaction, and with it the
        # writer lock, after a minute instead of blocking every other desk's saves.
        connect_args.setdefault("keepalives", 1)
        connect_args.setdefault("keepalives_idle", 10)
        connect_args.setdefault("keepalives_interval", 5)
        connect_args.setdefault("keepalives_count", 3)
        connect_args.setdefault("tcp_user_timeout", TCP_USER_TIMEOUT_MS)
        connect_args.setdefault(
            "options",
            f"-c lock_timeout={int(busy_timeout_ms)}"
            f" -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}",
        )
        connect_args.setdefault("application_name", "welfaredesk")
        kwargs["connect_args"] = connect_args
    engine = create_engine(url, **kwargs)
    if is_sqlite(url):
        event.listen(engine, "connect", functools.partial(_sqlite_pragmas, busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_begin)
    return engine


CACHE_KIB = 32 * 1024
"""SQLite's page cache per connection, in KiB."""


def _sqlite_pragmas(busy_timeout_ms: int, dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, emit BEGIN (SQLAlchemy's pysqlite recipe), so that
    # writers take the lock at the start of the transaction (BEGIN IMMEDIATE below).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    # A 32 MB page cache per connection (the default is 2 MB): the indexes the lists and
    # searches of a large archive walk stay in memory between calls.
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
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
    commits on success and rolls back on any error. Each session's ``info["database"]`` is
    this object, so code holding only a session can reach :meth:`after_unit`.

    Writers are serialised on both backends, as design.md §5 asks: SQLite by ``BEGIN
    IMMEDIATE``, PostgreSQL by a transaction-scoped advisory lock (:data:`WRITER_LOCK`) taken
    first thing in every write transaction. That keeps the audit chain linear (each event
    reads the previous hash and no other writer can append in between, so ids follow commit
    order), case numbers gap-free, and two saves of one record from deadlocking; readers never
    wait. A desk's writes take milliseconds, so queueing them costs nothing a user sees.
    """

    def __init__(self, url: URL, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        reader = self.engine.execution_options(sqlite_begin="DEFERRED")
        info = {"database": self}
        self._writer = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._reader = sessionmaker(reader, expire_on_commit=False, info=info)
        self._local = threading.local()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def write(self) -> AbstractContextManager[Session]:
        """A transaction that may write."""
        return self._unit(self._writer, write=True)

    def read(self) -> AbstractContextManager[Session]:
        """A transaction that only reads."""
        return self._unit(self._reader)

    def after_unit(self, task: Callable[[], None]) -> None:
        """Run ``task`` when the unit of work open on this thread has ended, else at once.

        For writes that must survive the caller's rollback in their own short transaction
        (the audit event of a refused request): opening a second write transaction while
        this thread holds one would wait on its own lock. A failing task is logged, never
        raised over the caller's own result or error.
        """
        pending: list[Callable[[], None]] | None = getattr(self._local, "pending", None)
        if pending is not None:
            pending.append(task)
        else:
            _run_task(task)

    @contextmanager
    def _unit(self, sessions: sessionmaker[Session], *, write: bool = False) -> Iterator[Session]:
        serialize = write and self.dialect == "postgresql"
        if getattr(self._local, "pending", None) is not None:  # nested: the outer one runs them
            with _unit_of_work(sessions, write=write, serialize=serialize) as session:
                yield session
            return
        self._local.pending = []
        try:
            with _unit_of_work(sessions, write=write, serialize=serialize) as session:
                yield session
        finally:
            tasks, self._local.pending = self._local.pending, None
            for task in tasks:
                _run_task(task)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _run_task(task: Callable[[], None]) -> None:
    try:
        task()
    except Exception as exc:  # logged; the caller's own outcome stands
        log.error("deferred database task failed: %s", type(exc).__name__)


@contextmanager
def _unit_of_work(
    sessions: sessionmaker[Session], *, write: bool = False, serialize: bool = False
) -> Iterator[Session]:
    """One transaction; the database's known failures become :class:`KnownError`.

    A stale version (someone else saved the record first) is a :class:`ConflictError`; an
    unreachable server is :class:`ConnectionLost`; a locked, full or unwritable database is a
    message that says what to do. Anything else is a bug and propagates unchanged.
    """
    try:
        with sessions.begin() as session:
            if serialize:
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
            yield session
    except StaleDataError as exc:
        raise ConflictError(
            "ほかの利用者が先にこの記録を保存しました。入力した内容はそのまま残っています。"
            "最新の内容を確認してから、もう一度保存してください。"
        ) from exc
    except DBAPIError as exc:
        if _is_connection_lost(exc):
            log.warning("database server unreachable: %s", type(exc.orig).__name__)
            raise ConnectionLost(CONNECTION_LOST_MESSAGE, during_write=write) from exc
        if not isinstance(exc, OperationalError):
            raise
        known = _known_operational_error(str(exc.orig), getattr(exc.orig, "sqlstate", None))
        if known is None:
            raise
        log.info("database error: %s", type(exc.orig).__name__)
        raise known from exc


@contextmanager
def server_reachable() -> Iterator[None]:
    """Turn a lost or refused server outside a unit of work (migrations) into ConnectionLost."""
    try:
        yield
    except DBAPIError as exc:
        if not _is_connection_lost(exc):
            raise
        log.warning("database server unreachable: %s", type(exc.orig).__name__)
        raise ConnectionLost(SERVER_UNREACHABLE_MESSAGE) from exc


SERVER_UNREACHABLE_MESSAGE = (
    "データベースのサーバーに接続できません。サーバーが動いているか、接続先（ホスト・ポート）と"
    "ネットワークを確かめてください。続く場合はシステム管理者に連絡してください。"
)

CONNECTION_LOST_MESSAGE = (
    "データベースのサーバーに接続できないため保存できませんでした。入力した内容はそのまま"
    "残っています。接続が戻ると画面上部の表示が消えますので、もう一度保存してください。"
    "続く場合はシステム管理者に連絡してください。"
)

_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")
"""SQLSTATEs of a lost or refused server connection (class 08, shutdown, starting up)."""


def _is_connection_lost(exc: DBAPIError) -> bool:
    """Whether a driver error means the server is gone (never for SQLite)."""
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    if type(orig).__module__.split(".")[0] != "psycopg":
        return False
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is None:  # refused or dropped before the server said anything
        return isinstance(exc, OperationalError)
    return any(str(sqlstate).startswith(state) for state in _CONNECTION_STATES)


BUSY_AT_START_MESSAGE = (
    "データベースがほかの処理で使用中のため開けませんでした。ほかのパソコンやプログラム"
    "（バックアップやコピーなど）がこのファイルを使っていないか確かめ、少し待ってから"
    "もう一度開いてください。続く場合はシステム管理者に連絡してください。"
)
"""Said when the database cannot even be opened because another process holds it."""


def _busy(message: str, sqlstate: str | None) -> bool:
    lowered = message.lower()
    # 55P03 lock_not_available (lock_timeout), 40P01 deadlock, 40001 serialisation failure.
    return "locked" in lowered or "busy" in lowered or sqlstate in ("55P03", "40P01", "40001")


def database_busy(exc: DBAPIError) -> bool:
    """Whether a driver error means another process holds the database (locked, busy)."""
    if not isinstance(exc, OperationalError) or _is_connection_lost(exc):
        return False
    return _busy(str(exc.orig), getattr(exc.orig, "sqlstate", None))


def _known_operational_error(message: str, sqlstate: str | None = None) -> KnownError | None:
    lowered = message.lower()
    if _busy(message, sqlstate):
        return KnownError(
            "データベースがほかの処理で使用中のため保存できませんでした。"
            "入力した内容はそのまま残っています。少し待ってから、もう一度保存してください。"
        )
    if "disk is full" in lowered or "no space" in lowered:
        return KnownError(
            "ディスクの空き容量が足りないため保存できませんでした。入力した内容はそのまま"
            "残っています。不要なファイルを削除するか、システム管理者に連絡してください。"
        )
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return KnownError(
            "データベースのファイルに書き込めません。ファイルの場所と権限を確認するか、"
            "システム管理者に連絡してください。"
        )
    return None
