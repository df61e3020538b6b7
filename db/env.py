"""Alembic environment, used by the app (storage/migrate.py) and by ``alembic`` in a shell."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from welfaredesk.storage import orm
from welfaredesk.storage.search import is_search_object

config = context.config
target_metadata = orm.Base.metadata


def _include(
    _obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    # The dialect's full-text objects (FTS5 shadow tables, GIN expression index) are made by
    # the migrations themselves and have no counterpart in the models.
    return not (type_ in {"table", "index"} and name is not None and is_search_object(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    with create_engine(url or config.get_main_option("sqlalchemy.url") or "").begin() as conn:
        _run(conn)
