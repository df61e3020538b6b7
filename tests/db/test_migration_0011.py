"""Revision 0011: ``activity_tally`` is filled from the notes already stored, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from tests.db.test_activity_tally import counted_from_notes, tally
from welfaredesk.services.demo import build_demo
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.reference import load_reference_data


@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_upgrade_counts_the_notes_already_stored(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
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
    kept = tally(db)
    assert kept == counted_from_notes(db)
    assert sum(n for n, _m in kept.values()) > 20
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    with db.engine.begin() as conn:
        assert "activity_tally" not in inspect(conn).get_table_names()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert tally(db) == kept
    db.dispose()
