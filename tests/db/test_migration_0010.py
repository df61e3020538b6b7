"""Revision 0010: ``case_file.client_kana_key`` is filled from the clients already stored."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from welfaredesk.services.demo import build_demo
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import Case, Person
from welfaredesk.storage.reference import load_reference_data


def _keys(db: Database) -> dict[int, tuple[str, str]]:
    with db.read() as s:
        query = select(Case.id, Case.client_kana_key, Person.kana_key).join(
            Person, Person.id == Case.client_id
        )
        return {case_id: (copy, kana) for case_id, copy, kana in s.execute(query)}


def test_upgrade_copies_each_clients_kana_key_onto_the_case(tmp_path: Path) -> None:
    db = Database(database_url(tmp_path / "desk.db"))
    migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    with db.write() as s:
        load_reference_data(s)
    build_demo(db, cases=20, seed=5)
    written = _keys(db)
    assert len(written) == 20
    assert all(copy == kana and kana for copy, kana in written.values())
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with db.engine.begin() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(case_file)"))]
        assert "client_kana_key" not in columns
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _keys(db) == written
    db.dispose()
