"""Revision 0005: restriction reasons kept in ``setting`` rows move to ``case_restriction``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from alembic import command

from welfaredesk.domain.enums import Role
from welfaredesk.services.access import AccessService
from welfaredesk.services.dto import Principal
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url

_USERS = """
INSERT INTO app_user (id, login, display_name, display_kana, password_hash, role, active,
    failed_logins, must_change_password, version, created_at, updated_at)
    VALUES (1, 'boss', '主任 花子', 'しゅにん はなこ', 'x', 'supervisor', 1, 0, 0, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00'),
    (2, 'staff', '職員 一郎', 'しょくいん いちろう', 'x', 'counselor', 1, 0, 0, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO person (id, family_name, given_name, family_kana, given_kana, name_key, kana_key,
    family_name_key, family_kana_key, address, phone, phone_digits, version, created_at,
    updated_at)
    VALUES (1, '山田', '花子', 'ヤマダ', 'ハナコ', '', '', '', '', '', '', '', 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO case_file (id, case_number, fiscal_year, serial, client_id, stage, opened_on,
    lead_reason, complex_needs, economic_hardship, urgent, did_not_know_where, consent_status,
    restricted, version, created_at, updated_at)
    VALUES (1, 'R7-00001', 2025, 1, 1, 'support', '2025-06-01', '', 0, 0, 0, 0, 'given', 1, 3,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00'),
    (2, 'R7-00002', 2025, 2, 1, 'support', '2025-06-02', '', 0, 0, 0, 0, 'given', 0, 2,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO case_access (case_id, user_id, granted_by_id, granted_at)
    VALUES (1, 1, 1, '2025-07-01 10:00:00'), (1, 2, 1, '2025-07-01 10:00:00');
"""


def _entry(change: str, reason: str, by: int, at: str) -> dict[str, object]:
    return {"change": change, "reason": reason, "by": by, "at": at}


def _old_value(*entries: dict[str, object]) -> str:
    """A setting value as the access service of 0004 wrote it."""
    return json.dumps({**entries[-1], "history": list(entries)}, ensure_ascii=False)


def test_restriction_settings_of_0004_move_to_the_new_table(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(database_url(path))
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript(_USERS)
    settings = [
        (
            "case_restriction:1",
            _old_value(
                _entry("restricted", "DV被害のため", 1, "2025-06-05T09:00:00"),
                _entry("lifted", "転居した", 1, "2025-06-20T15:30:00"),
                _entry("restricted", "再び申出があった", 1, "2025-07-01T10:00:00"),
                _entry("restricted", "副担当を追加", 99, "2025-07-02T11:00:00"),
            ),
        ),
        (
            "case_restriction:2",
            _old_value(
                _entry("restricted", "DV被害のため", 1, "2025-06-05T09:00:00"),
                _entry("lifted", "危険がなくなった", 1, "2025-08-01T09:00:00"),
            ),
        ),
        ("case_restriction:77", _old_value(_entry("restricted", "不明", 1, "2025-06-05T09:00:00"))),
        ("desk", json.dumps({"name": "相談窓口"})),
    ]
    con.executemany("INSERT INTO setting (key, value, version) VALUES (?, ?, 1)", settings)
    con.commit()
    con.close()

    db = Database(database_url(path))
    result = migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    assert result.old_revision == "0004"
    con = sqlite3.connect(path)
    try:
        keys = [r[0] for r in con.execute("SELECT key FROM setting ORDER BY key")]
        rows = con.execute(
            "SELECT case_id, action, reason, named_user_ids, by_id, at, version"
            " FROM case_restriction ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    assert keys == ["desk"]
    steps = [(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]
    assert steps == [
        (1, "restrict", "DV被害のため", [], 1),
        (1, "lift", "転居した", [], 1),
        (1, "restrict", "再び申出があった", [], 1),
        # a change of the named users; its author no longer exists; the named users are the
        # case's current case_access rows
        (1, "change", "副担当を追加", ["1", "2"], None),
        (2, "restrict", "DV被害のため", [], 1),
        (2, "lift", "危険がなくなった", [], 1),
    ]
    assert all(r[6] == 1 for r in rows)

    # The access service reads the moved rows.
    boss = Principal(1, "boss", "主任 花子", Role.SUPERVISOR, None)
    view = AccessService(db).list_access(boss, 1)
    db.dispose()
    assert view.restricted
    assert view.reason == "副担当を追加"
    assert view.restricted_by == ""
    assert view.restricted_at == dt.datetime(2025, 7, 2, 11, 0)
    assert [(h.action, h.reason) for h in view.history] == [
        ("restrict", "DV被害のため"),
        ("lift", "転居した"),
        ("restrict", "再び申出があった"),
        ("change", "副担当を追加"),
    ]
    assert view.history[0].by == "主任 花子"
    assert view.history[0].at == dt.datetime(2025, 6, 5, 9, 0)


def test_downgrade_drops_the_table(tmp_path: Path) -> None:
    db = Database(database_url(tmp_path / "d.db"))
    migrate.upgrade(db.engine)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    db.dispose()
    assert "case_restriction" not in names
    assert "ix_case_restriction_case_id" not in names
