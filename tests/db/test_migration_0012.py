"""Revision 0012: ``intake_fact`` and ``intake_tally`` are filled from the cases already stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from tests.db.test_intake_tally import check, stored_tally
from welfaredesk.services.demo import build_demo
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.reference import load_reference_data


@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_upgrade_counts_the_cases_already_stored(
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
    facts = check(db)
    assert len(facts) == 20
    tally = stored_tally(db)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    with db.engine.begin() as conn:
        assert "intake_tally" not in inspect(conn).get_table_names()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert check(db) == facts
    assert stored_tally(db) == tally
    db.dispose()
