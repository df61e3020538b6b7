"""Copy a whole WelfareDesk database to another backend, and prove the copy (issue 9).

A desk that outgrows its SQLite file moves to a PostgreSQL server with ``welfaredesk db
copy``; a PostgreSQL desk is backed up into a SQLite file with the same engine
(:mod:`welfaredesk.services.backup`). In order, :func:`copy_database`:

1. refuses a source that is not at this program's head revision (``db upgrade`` it first),
   and a target that already holds rows in any of the models' tables; the target may be an
   empty database (or a file that does not exist yet) and is migrated to head here;
2. reads the source in one consistent snapshot: on PostgreSQL a ``REPEATABLE READ READ
   ONLY`` transaction, on SQLite one read transaction (WAL keeps writers going meanwhile);
3. copies every table of :data:`welfaredesk.storage.orm.Base.metadata` in foreign-key order
   (``sorted_tables``), rows in primary-key order with their primary keys, streamed in
   batches (``yield_per``; a server-side cursor on PostgreSQL), never a whole table in
   memory; into PostgreSQL with ``COPY``, into SQLite with batched INSERTs. A row that
   points forward in its own table (``support_plan.supersedes_id`` to a later plan) is
   inserted without that reference, which is set once the table is in;
4. rebuilds the full-text index on the target (:mod:`welfaredesk.storage.search`: FTS5 on
   SQLite, the GIN index on PostgreSQL) instead of copying it, lets the target's triggers
   fill the per-day activity tally as the notes go in (:data:`BUILT_BY_TRIGGERS`), and sets
   PostgreSQL's sequences past the copied ids, so new rows get fresh ids;
5. verifies inside the target's transaction, before it commits: every table's row count and
   a SHA-256 over its rows in primary-key order with normalised values
   (:func:`row_bytes`) read back from the target must equal those of the rows read from
   the source snapshot; then the caller's ``before_commit`` runs (the services check the
   audit chain there and append their event). Any failure rolls the whole copy back, so the
   target is left empty.

The source checksums are taken from the very rows the snapshot streamed, so the source is
read once. Logs and progress carry table names and counts only, never a value.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from welfaredesk.domain.errors import KnownError
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import WRITER_LOCK, database_url, make_engine, sqlite_path
from welfaredesk.storage.orm import Base, SearchDocument
from welfaredesk.storage.search import BulkIndexer, create_search_objects, drop_search_objects

log = logging.getLogger(__name__)

BATCH_ROWS = 5000
"""Rows read and inserted per batch."""

Phase = Literal["copy", "verify"]


class CopyRefused(KnownError):
    """The copy cannot start: the source or the target is not fit (nothing was changed)."""


class CopyMismatch(KnownError):
    """The target does not hold what the source held: the copy was rolled back."""


@dataclass(frozen=True, slots=True)
class CopyStep:
    """Progress of a copy: told after every batch of every table, in both phases."""

    phase: Phase
    table: str
    table_done: int
    table_rows: int
    done: int
    """Rows of this phase so far, all tables."""
    total: int
    """Rows of the whole source."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table as copied and verified."""

    name: str
    rows: int
    checksum: str
    """SHA-256 (hex) of the normalised rows in primary-key order (:func:`table_checksum`)."""


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What :func:`copy_database` copied."""

    source_dialect: str
    target_dialect: str
    revision: str
    tables: tuple[TableCopy, ...]
    copy_seconds: float
    verify_seconds: float

    @property
    def rows(self) -> int:
        """Rows copied, all tables."""
        return sum(t.rows for t in self.tables)

    @property
    def seconds(self) -> float:
        """The whole copy, verification included."""
        return self.copy_seconds + self.verify_seconds


CopyProgress = Callable[[CopyStep], None]
BeforeCommit = Callable[[Connection, tuple[TableCopy, ...]], None]
"""Runs in the target's transaction after the verification (may raise to roll back)."""


def tables() -> list[Table]:
    """The tables a copy carries, parents before children."""
    return list(Base.metadata.sorted_tables)


def location(url: URL) -> str:
    """What to show of a database: its file, or the URL without the password."""
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


# --- normalised rows and checksums ------------------------------------------------------------


def _normal(value: Any) -> Any:
    """A value as the checksum sees it: the same on every backend."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


_PLAIN = frozenset({str, int, type(None)})
"""Types a value keeps in the checksum as it is (``bool`` is not ``int`` here: 0/1)."""

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def row_bytes(row: Sequence[Any]) -> bytes:
    """One row, normalised (datetimes ISO, bools 0/1, JSON with sorted keys, Decimal as str)."""
    values = [v if type(v) in _PLAIN else _normal(v) for v in row]
    return _ENCODER.encode(values).encode("utf-8") + b"\n"


def _ordered(table: Table, dialect: str) -> list[ColumnElement[Any]]:
    """The primary key to order by (every column without one); strings by code point."""
    order: list[ColumnElement[Any]] = []
    for column in table.primary_key.columns or table.columns:
        if dialect == "postgresql" and isinstance(column.type, String):
            order.append(column.collate("C"))
        else:
            order.append(column)
    return order


def _stream(conn: Connection, table: Table, batch: int) -> Iterator[Sequence[Sequence[Any]]]:
    """The table's rows in primary-key order, ``batch`` at a time (server-side on PostgreSQL)."""
    statement = select(*table.columns).order_by(*_ordered(table, conn.dialect.name))
    result = conn.execute(statement.execution_options(yield_per=batch))
    try:
        yield from result.partitions()
    finally:
        result.close()


def table_checksum(conn: Connection, table: Table, batch: int = BATCH_ROWS) -> tuple[int, str]:
    """(rows, SHA-256) of a table as stored, read in primary-key order."""
    digest = hashlib.sha256()
    count = 0
    for part in _stream(conn, table, batch):
        for row in part:
            digest.update(row_bytes(row))
            count += 1
    return count, digest.hexdigest()


# --- opening the two databases ----------------------------------------------------------------


def _source_engine(url: URL) -> Engine:
    """The source, opened for reading only (a SQLite file is never created or changed)."""
    path = sqlite_path(url)
    if path is None:
        if url.get_backend_name() == "sqlite":
            raise CopyRefused(
                "コピー元には SQLite のファイルか PostgreSQL の URL を指定してください。"
            )
        return make_engine(url)
    if not path.is_file():
        raise CopyRefused(
            f"コピー元のファイルが見つかりません: {path}\nファイルの場所を確認してください。"
        )
    ro = URL.create(
        "sqlite+pysqlite", database=f"file:{quote(str(path))}?mode=ro", query={"uri": "true"}
    )
    engine = create_engine(ro)

    def connected(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN (below), not pysqlite

    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN DEFERRED")

    event.listen(engine, "connect", connected)
    event.listen(engine, "begin", begin)
    return engine


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction over the source: every table from the same committed state."""
    with engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")  # the snapshot starts here
        yield conn


def _check_source(engine: Engine) -> str:
    """The source's revision; refuses an empty, outdated or newer database."""
    try:
        revision = migrate.current_revision(engine)
    except DBAPIError as exc:
        log.info("copy source unreadable: %s", type(exc.orig).__name__)
        raise CopyRefused(
            "コピー元のデータベースを読み取れません。場所(URL)、利用者名とパスワード、"
            "サーバーが動いているかを確認してください。"
        ) from exc
    head = migrate.head_revision()
    if revision is None:
        raise CopyRefused(
            "コピー元は WelfareDesk のデータベースではないか、空のデータベースです。"
            "コピー元の指定を確認してください。"
        )
    if revision != head and not migrate.is_known_revision(revision):
        raise CopyRefused(
            "コピー元のデータベースは、このプログラムより新しい版の WelfareDesk で"
            "更新されています。"
            "WelfareDesk を最新版に更新してからコピーしてください。"
            f"(データベースの版: {revision} / このプログラムの版: {head})"
        )
    if revision != head:
        raise CopyRefused(
            f"コピー元のデータベースの版({revision})が、このプログラムの版({head})より"
            "古いためコピーしません。先にコピー元を最新の版に更新してください: "
            "welfaredesk --db コピー元 db upgrade"
        )
    return revision


def _occupied(engine: Engine) -> list[str]:
    """The models' tables that already hold rows in the target."""
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        return [
            t.name
            for t in tables()
            if t.name in present and conn.execute(select(1).select_from(t).limit(1)).first()
        ]


def _refuse_occupied(names: list[str]) -> None:
    if names:
        log.info("copy refused: the target holds rows in %d tables", len(names))
        raise CopyRefused(
            "コピー先のデータベースにはすでにデータがあるため、コピーしません"
            f"(データのある表: {', '.join(names[:5])}{' ほか' if len(names) > 5 else ''})。"
            "コピー先には、CREATE DATABASE で作ったばかりの空のデータベース(または、まだ"
            "ないファイル)を指定してください。db upgrade やプログラムの起動もしていないものです。"
        )


# --- the copy ---------------------------------------------------------------------------------


def copy_database(
    source: str | Path | URL,
    target: str | Path | URL,
    *,
    progress: CopyProgress | None = None,
    before_commit: BeforeCommit | None = None,
    batch: int = BATCH_ROWS,
) -> CopyResult:
    """Copy the whole database ``source`` into the empty ``target`` and verify it.

    Args:
        source: a SQLite file or a URL, at this program's head revision.
        target: an empty database (a SQLite file that need not exist, or a URL).
        progress: told after every batch of both phases.
        before_commit: runs in the target's transaction once the data is verified.
        batch: rows per batch.

    Raises:
        CopyRefused: the source is not at head, the target holds data, or both are the
            same database; nothing was changed.
        CopyMismatch: the target differs from the source after the copy; rolled back.
        KnownError: a row the target refuses (the table is named), a lost server.
    """
    source_url = source if isinstance(source, URL) else database_url(source)
    target_url = target if isinstance(target, URL) else database_url(target)
    if _same(source_url, target_url):
        raise CopyRefused("コピー元とコピー先に同じデータベースが指定されています。")
    source_engine = _source_engine(source_url)
    try:
        revision = _check_source(source_engine)
        target_engine = make_engine(target_url)
        try:
            _refuse_occupied(_occupied(target_engine))
            migrate.check_server(target_engine)  # a server database must sort by code point
            migrate.upgrade(target_engine)
            _refuse_occupied(_occupied(target_engine))  # nothing a migration could have added
            return _copy(source_engine, target_engine, revision, progress, before_commit, batch)
        finally:
            target_engine.dispose()
    except DBAPIError as exc:
        log.info("copy failed: %s", type(exc.orig).__name__)
        raise KnownError(
            "データベースに接続できないか、読み書きできないため、コピーできませんでした"
            f"({type(exc.orig).__name__})。コピー先には何も残っていません。接続先の URL、"
            "利用者名とパスワード、サーバーが動いているかを確認して、もう一度実行してください。"
        ) from exc
    finally:
        source_engine.dispose()


def _same(a: URL, b: URL) -> bool:
    path_a, path_b = sqlite_path(a), sqlite_path(b)
    if path_a is not None or path_b is not None:
        return path_a is not None and path_b is not None and path_a.resolve() == path_b.resolve()
    return (a.host, a.port, a.database) == (b.host, b.port, b.database)


def _copy(  # noqa: PLR0917 - the steps of copy_database, in order
    source: Engine,
    target: Engine,
    revision: str,
    progress: CopyProgress | None,
    before_commit: BeforeCommit | None,
    batch: int,
) -> CopyResult:
    started = time.perf_counter()
    order = tables()
    copied: list[TableCopy] = []
    with _snapshot(source) as src, target.connect() as dst, dst.begin():
        if dst.dialect.name == "postgresql":
            dst.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
        counts = {t.name: int(src.scalar(select(func.count()).select_from(t)) or 0) for t in order}
        total = sum(counts.values())
        log.info(
            "copy started: %d tables, %d rows (%s to %s)",
            len(order),
            total,
            source.dialect.name,
            target.dialect.name,
        )
        done = 0
        with _intake_rebuilt_at_end(dst):
            for table in order:
                rows, checksum = _copy_table(
                    src, dst, table, batch, counts[table.name], done, total, progress
                )
                done += rows
                copied.append(TableCopy(table.name, rows, checksum))
                log.info("copied %s: %d rows", table.name, rows)
        advance_sequences(dst)
        copy_seconds = time.perf_counter() - started
        began_verify = time.perf_counter()
        _verify(dst, order, copied, total, batch, progress)
        result = tuple(copied)
        if before_commit is not None:
            before_commit(dst, result)
        verify_seconds = time.perf_counter() - began_verify
    log.info(
        "copy committed: %d tables, %d rows, %.1f s",
        len(copied),
        done,
        copy_seconds + verify_seconds,
    )
    return CopyResult(
        source_dialect=source.dialect.name,
        target_dialect=target.dialect.name,
        revision=revision,
        tables=result,
        copy_seconds=copy_seconds,
        verify_seconds=verify_seconds,
    )


def _copy_table(  # noqa: PLR0917 - one table's share of _copy
    src: Connection,
    dst: Connection,
    table: Table,
    batch: int,
    expected: int,
    done: int,
    total: int,
    progress: CopyProgress | None,
) -> tuple[int, str]:
    keys = [c.key for c in table.columns]
    pk = list(table.primary_key.columns)
    single_int_pk = pk[0].key if len(pk) == 1 and isinstance(pk[0].type, Integer) else None
    self_refs = [
        fk.parent.key
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.table is table
    ]
    deferred: dict[str, list[dict[str, Any]]] = {key: [] for key in self_refs}
    untouched = [c.key for c in table.columns if c.onupdate is not None]  # e.g. updated_at
    indexer = BulkIndexer(dst.dialect.name)
    is_search = table is SearchDocument.__table__
    built_by_triggers = table.name in BUILT_BY_TRIGGERS
    if is_search:
        if dst.dialect.name == "sqlite":
            indexer.begin(dst)
        else:
            drop_search_objects(dst)
    digest = hashlib.sha256()
    count = 0
    try:
        for part in _stream(src, table, batch):
            values: list[dict[str, Any]] = []
            for row in part:
                digest.update(row_bytes(row))
                item = dict(zip(keys, row, strict=True))
                for key in self_refs:
                    ref = item[key]
                    if ref is None:
                        continue
                    own = item[single_int_pk] if single_int_pk is not None else None
                    if own is None or not ref <= own:  # points forward: set it afterwards
                        kept = {f"_keep_{c}": item[c] for c in untouched}
                        deferred[key].append({"_own": item[pk[0].key], "_ref": ref, **kept})
                        item[key] = None
                values.append(item)
            if built_by_triggers:
                pass  # the target's triggers wrote these rows as the notes went in
            elif values and dst.dialect.name == "postgresql":
                _pg_copy(dst, table, values)
            elif values:
                dst.execute(table.insert(), values)
            count += len(values)
            if progress is not None:
                progress(CopyStep("copy", table.name, count, expected, done + count, total))
        for key, pending in deferred.items():
            if pending:
                keep: dict[str, Any] = {c: bindparam(f"_keep_{c}") for c in untouched}
                dst.execute(
                    update(table)
                    .where(pk[0] == bindparam("_own"))
                    .values({key: bindparam("_ref"), **keep}),
                    pending,
                )
    except _RowsRefused as exc:
        log.info("copy failed in %s: %s", table.name, exc.kind)
        raise KnownError(
            f"表 {table.name} の行をコピー先に書き込めませんでした({exc.kind})。"
            "コピー先には何も残っていません。コピー先のサーバーの版と文字コード(UTF8)、"
            "接続を確認して、もう一度実行してください。"
        ) from exc
    except DBAPIError as exc:
        log.info("copy failed in %s: %s", table.name, type(exc.orig).__name__)
        if exc.connection_invalidated:
            raise KnownError(
                "コピーの途中でデータベースのサーバーとの接続が切れました。コピー先には何も"
                "残っていません。サーバーを確認して、もう一度実行してください。"
            ) from exc
        raise KnownError(
            f"表 {table.name} の行をコピー先に書き込めませんでした"
            f"({type(exc.orig).__name__})。コピー先には何も残っていません。"
            "コピー元を db upgrade で最新の版にしたか、コピー先のサーバーの版と文字コード"
            "(UTF8)を確認してください。"
        ) from exc
    if count == 0 and progress is not None:
        progress(CopyStep("copy", table.name, 0, 0, done, total))
    if is_search:
        if dst.dialect.name == "sqlite":
            first, last = dst.execute(
                select(func.min(SearchDocument.id), func.max(SearchDocument.id))
            ).one()
            indexer.finish(dst, int(first or 1), int(last or 0))
        else:
            create_search_objects(dst)
    return count, digest.hexdigest()


_PG_INTAKE_TRIGGERS = (
    ("case_file", "intake_case"),
    ("consultation", "intake_slip"),
    ("case_issue", "intake_issue"),
    ("person", "intake_person"),
    ("app_user", "intake_lead"),
)
"""The PostgreSQL triggers that recompute a case's intake facts (revision 0012)."""


@contextmanager
def _intake_rebuilt_at_end(dst: Connection) -> Iterator[None]:
    """On PostgreSQL, build the intake facts once after the copy, not at every copied row.

    Their triggers would recompute a case's facts at its row, at each of its slips and at
    each of its issues (a plpgsql call each: a 10,000-case desk took five times as long).
    They are disabled for the copy, inside its transaction (a failed copy rolls that back
    too), and one set-based recomputation of every case follows; the tally's own trigger
    counts the facts as they go in. SQLite's triggers are cheap and stay on.
    """
    if dst.dialect.name != "postgresql":
        yield
        return
    for table, trigger in _PG_INTAKE_TRIGGERS:
        dst.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
    yield
    dst.execute(text("SELECT intake_refresh(ARRAY(SELECT id FROM case_file))"))
    for table, trigger in _PG_INTAKE_TRIGGERS:
        dst.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}"))


BUILT_BY_TRIGGERS = frozenset({"activity_tally", "intake_fact", "intake_tally"})
"""Derived tables the target's own triggers fill as the rows they count are copied (revisions
0011 and 0012): their source rows are only read for the checksum, and the verification then
proves the target's triggers arrived at the same rows."""


class _RowsRefused(Exception):
    """PostgreSQL refused a batch of COPY (the driver's error class name in ``kind``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _pg_copy(dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows with PostgreSQL's ``COPY … FROM STDIN`` (several times faster than INSERTs).

    The rows go through psycopg's own adaptation, as INSERTs would; JSON columns are
    serialised as SQLAlchemy's ``JSON`` type does (``None`` is JSON ``null``).
    """
    quote_name = dst.dialect.identifier_preparer.quote
    columns = list(table.columns)
    json_keys = {c.key for c in columns if isinstance(c.type, JSON)}
    names = ", ".join(quote_name(c.name) for c in columns)
    statement = f"COPY {quote_name(table.name)} ({names}) FROM STDIN"
    raw: Any = dst.connection.dbapi_connection
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for item in rows:
                copy.write_row(
                    [
                        json.dumps(item[c.key]) if c.key in json_keys else item[c.key]
                        for c in columns
                    ]
                )
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "psycopg":
            raise
        raise _RowsRefused(type(exc).__name__) from exc


def advance_sequences(dst: Connection) -> None:
    """PostgreSQL: every sequence past the largest copied id, so new rows get fresh ids."""
    if dst.dialect.name != "postgresql":
        return  # SQLite gives max(rowid) + 1 by itself
    quote_name = dst.dialect.identifier_preparer.quote
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        column: Column[Any] = pk[0]
        sequence = dst.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column.name},
        )
        if sequence is None:
            continue
        largest = f"SELECT max({quote_name(column.name)}) FROM {quote_name(table.name)}"
        dst.execute(
            text(
                f"SELECT setval(CAST(:sequence AS regclass), COALESCE(({largest}), 0) + 1, false)"
            ),
            {"sequence": sequence},
        )


def _verify(  # noqa: PLR0917 - the verification step of _copy
    dst: Connection,
    order: list[Table],
    copied: list[TableCopy],
    total: int,
    batch: int,
    progress: CopyProgress | None,
) -> None:
    """Read every table back from the target and compare it with the source's rows."""
    wrong: list[str] = []
    done = 0
    for table, expected in zip(order, copied, strict=True):
        digest = hashlib.sha256()
        count = 0
        for part in _stream(dst, table, batch):
            for row in part:
                digest.update(row_bytes(row))
            count += len(part)
            if progress is not None:
                progress(CopyStep("verify", table.name, count, expected.rows, done + count, total))
        done += count
        if count != expected.rows or digest.hexdigest() != expected.checksum:
            log.warning(
                "copy verification failed for %s (%d of %d rows)", table.name, count, expected.rows
            )
            wrong.append(table.name)
        elif progress is not None and count == 0:
            progress(CopyStep("verify", table.name, 0, 0, done, total))
    if wrong:
        raise CopyMismatch(
            "コピーした内容がコピー元と一致しなかったため、コピーを取り消しました"
            f"(一致しなかった表: {', '.join(wrong)})。コピー先には何も残っていません。"
            "システム管理者は、この表示とログを添えて開発元に連絡してください。"
        )
