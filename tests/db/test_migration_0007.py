"""Revision 0007: ``case_issue`` is filled from the slips and assessments already stored."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from welfaredesk.services.demo import build_demo
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import CaseIssue
from welfaredesk.storage.reference import load_reference_data


def _pairs(db: Database) -> set[tuple[int, str]]:
    with db.read() as s:
        return {(row.case_id, row.issue_code) for row in s.scalars(select(CaseIssue))}


def test_upgrade_fills_case_issue_as_the_services_would(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = Database(database_url(path))
    migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    with db.write() as s:
        load_reference_data(s)
    build_demo(db, cases=30, seed=3)
    written = _pairs(db)  # what the demo generator wrote, slip by slip and cell by cell
    assert len({case_id for case_id, _code in written}) == 30
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _pairs(db) == written
    db.dispose()
