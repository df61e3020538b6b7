"""Revisions 0011 and 0012: the tallies are filled from the records already stored.

On both backends, a demo desk's tallies (kept by the triggers as the demo was built) must be
exactly what the revision's back-fill writes after a downgrade and an upgrade again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from tests.db.test_activity_tally import counted_from_notes, tally
from tests.db.test_intake_tally import check, stored_tally
from welfaredesk.services.demo import build_demo
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.reference import load_reference_data

BACKENDS = pytest.mark.parametrize("where", ["sqlite", "postgresql"])


def _demo(where: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    url = (
        database_url(tmp_path / "desk.db")
        if where == "sqlite"
        else database_url(request.getfixturevalue("pg_empty_url"))
    )
    db = Database(url)
    migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    with db.write() as s:
        load_reference_data(s)
    build_demo(db, cases=20, seed=5)
    return db


def _down_and_up(db: Database, revision: str, table: str) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    with db.engine.begin() as conn:
        assert table not in inspect(conn).get_table_names()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@BACKENDS
def test_0011_counts_the_notes_already_stored(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    db = _demo(where, tmp_path, request)
    kept = tally(db)
    assert kept == counted_from_notes(db)
    assert sum(n for n, _m in kept.values()) > 20
    _down_and_up(db, "0010", "activity_tally")
    assert tally(db) == kept
    db.dispose()


@BACKENDS
def test_0012_counts_the_cases_already_stored(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    db = _demo(where, tmp_path, request)
    facts = check(db)
    assert len(facts) == 20
    kept = stored_tally(db)
    _down_and_up(db, "0011", "intake_tally")
    assert check(db) == facts
    assert stored_tally(db) == kept
    db.dispose()
