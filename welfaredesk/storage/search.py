"""Full-text search behind one adapter per dialect (design.md §5).

Free text is stored as overlapping two-character tokens in ``search_document.tokens``
(:func:`welfaredesk.domain.search_text.index_text`). SQLite indexes them with an FTS5 table
(``unicode61`` tokenizer, external content), PostgreSQL with a GIN index on a ``simple``
``tsvector``. A query of n ≥ 2 characters is the phrase of its bigrams; one character is a
prefix match. Services call :func:`adapter_for` and never write dialect SQL themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    Table,
    column,
    delete,
    insert,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from welfaredesk.domain.search_text import SearchQuery, index_text, match_query
from welfaredesk.storage.orm import SearchDocument

_FTS_TABLE = "search_fts"
_PG_INDEX = "ix_search_document_tsv"
_INSERT_TRIGGER = (
    f"CREATE TRIGGER {_FTS_TABLE}_ai AFTER INSERT ON search_document BEGIN "
    f"INSERT INTO {_FTS_TABLE}(rowid, tokens) VALUES (new.id, new.tokens); END"
)


def is_search_object(name: str) -> bool:
    """Whether a table or index is one of the dialects' full-text objects (not in the models)."""
    return name.startswith(_FTS_TABLE) or name == _PG_INDEX


def create_search_objects(connection: Connection) -> None:
    """Create the full-text index for the connection's dialect (called by the migration)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {_FTS_TABLE} USING fts5(tokens, content='search_document', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
        connection.exec_driver_sql(_INSERT_TRIGGER)
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_FTS_TABLE}_ad AFTER DELETE ON search_document BEGIN "
            f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rowid, tokens) "
            "VALUES ('delete', old.id, old.tokens); END"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_FTS_TABLE}_au AFTER UPDATE ON search_document BEGIN "
            f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rowid, tokens) "
            "VALUES ('delete', old.id, old.tokens); "
            f"INSERT INTO {_FTS_TABLE}(rowid, tokens) VALUES (new.id, new.tokens); END"
        )
    else:
        connection.exec_driver_sql(
            f"CREATE INDEX {_PG_INDEX} ON search_document USING gin (to_tsvector('simple', tokens))"
        )


def drop_search_objects(connection: Connection) -> None:
    """Drop what :func:`create_search_objects` made."""
    if connection.dialect.name == "sqlite":
        for suffix in ("_ai", "_ad", "_au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_FTS_TABLE}{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_FTS_TABLE}")
    else:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {_PG_INDEX}")


class BulkIndexer:
    """Index many new documents at once, for bulk loads (the demo, imports).

    SQLite's insert trigger indexes one row per call, which is slow for millions of rows.
    Inside one transaction, :meth:`begin` drops the trigger, the caller inserts
    ``search_document`` rows, and :meth:`finish` indexes the id range with one statement and
    creates the trigger again, so every committed state has the trigger and a complete index.
    On PostgreSQL the GIN index needs no help and both calls do nothing.
    """

    def __init__(self, dialect: str) -> None:
        self._sqlite = dialect == "sqlite"

    def begin(self, connection: Connection) -> None:
        """Stop indexing row by row for the rest of this transaction."""
        if self._sqlite:
            connection.exec_driver_sql(f"DROP TRIGGER {_FTS_TABLE}_ai")

    def finish(self, connection: Connection, first_id: int, last_id: int) -> None:
        """Index the documents with ids in ``[first_id, last_id]``; restore the trigger."""
        if not self._sqlite:
            return
        if first_id <= last_id:
            connection.execute(
                text(
                    f"INSERT INTO {_FTS_TABLE}(rowid, tokens) SELECT id, tokens "
                    "FROM search_document WHERE id BETWEEN :first AND :last ORDER BY id"
                ),
                {"first": first_id, "last": last_id},
            )
        connection.exec_driver_sql(_INSERT_TRIGGER)


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching document."""

    kind: str
    record_id: int
    case_id: int | None


class SearchAdapter(Protocol):
    """What the services need from a dialect's full-text engine."""

    def matching_ids(self, query: SearchQuery) -> Select[int]:
        """A select of ``search_document.id`` values matching ``query``."""
        ...


class SqliteSearch:
    """FTS5 over the bigram tokens."""

    def matching_ids(self, query: SearchQuery) -> Select[int]:
        """A select of ``search_document.id`` values matching ``query``."""
        return (
            select(column("rowid", Integer))
            .select_from(table(_FTS_TABLE))
            .where(
                text(f"{_FTS_TABLE} MATCH :fts_query").bindparams(fts_query=_fts5_expression(query))
            )
        )


class PostgresSearch:
    """A GIN-indexed ``simple`` tsvector over the bigram tokens."""

    def matching_ids(self, query: SearchQuery) -> Select[int]:
        """A select of ``search_document.id`` values matching ``query``."""
        parts: list[str] = []
        params: dict[str, str] = {}
        for number, term in enumerate(query.terms):
            name = f"pg_term_{number}"
            if term.prefix:
                parts.append(f"to_tsquery('simple', :{name})")
                params[name] = _pg_quote(term.tokens[0]) + ":*"
            else:
                parts.append(f"phraseto_tsquery('simple', :{name})")
                params[name] = " ".join(term.tokens)
        condition = text(
            "to_tsvector('simple', search_document.tokens) @@ (" + " && ".join(parts) + ")"
        ).bindparams(**params)
        return select(SearchDocument.id).where(condition)


def adapter_for(dialect: str) -> SearchAdapter:
    """The search adapter of a dialect name (``sqlite`` or ``postgresql``)."""
    return SqliteSearch() if dialect == "sqlite" else PostgresSearch()


def _fts5_expression(query: SearchQuery) -> str:
    # One quoted string is an FTS5 phrase: its tokens must stand next to each other.
    parts = []
    for term in query.terms:
        phrase = '"' + " ".join(token.replace('"', '""') for token in term.tokens) + '"'
        parts.append(phrase + " *" if term.prefix else phrase)
    return " AND ".join(parts)


def _pg_quote(token: str) -> str:
    return "'" + token.replace("'", "''") + "'"


def index_document(
    session: Session,
    kind: str,
    record_id: int,
    case_id: int | None,
    body: str,
    *,
    replace: bool = True,
) -> None:
    """Store (or replace) the searchable text of one record.

    ``replace=False`` for a record just created (nothing to delete first). The row is
    written at once by one INSERT, not through the unit of work.
    """
    if replace:
        session.execute(
            delete(SearchDocument).where(
                SearchDocument.kind == kind, SearchDocument.record_id == record_id
            )
        )
    tokens = index_text(body)
    if tokens:
        session.connection().execute(
            _INSERT_DOCUMENT,
            {"kind": kind, "record_id": record_id, "case_id": case_id, "tokens": tokens},
        )


_INSERT_DOCUMENT = insert(cast(Table, SearchDocument.__table__))


def search(session: Session, text_query: str, *, limit: int = 100) -> list[Hit]:
    """Documents whose text contains ``text_query`` (no permission filter: services add it)."""
    query = match_query(text_query)
    if query.is_empty:
        return []
    ids = adapter_for(session.get_bind().dialect.name).matching_ids(query)
    rows = session.execute(
        select(SearchDocument.kind, SearchDocument.record_id, SearchDocument.case_id)
        .where(SearchDocument.id.in_(ids))
        .order_by(SearchDocument.id.desc())
        .limit(limit)
    )
    return [Hit(kind, record_id, case_id) for kind, record_id, case_id in rows]
