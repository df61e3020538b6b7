"""Revision 0002: referrals recorded under 0001 keep their meaning after the upgrade."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url

_ROWS = """
INSERT INTO app_user (id, login, display_name, display_kana, password_hash, role, active,
    failed_logins, must_change_password, version, created_at, updated_at)
    VALUES (1, 'staff', '職員 一郎', 'しょくいん いちろう', 'x', 'counselor', 1, 0, 0, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO person (id, family_name, given_name, family_kana, given_kana, name_key, kana_key,
    family_name_key, family_kana_key, address, phone, phone_digits, version, created_at,
    updated_at)
    VALUES (1, '山田', '花子', 'ヤマダ', 'ハナコ', '', '', '', '', '', '', '', 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO case_file (id, case_number, fiscal_year, serial, client_id, stage, opened_on,
    lead_reason, complex_needs, economic_hardship, urgent, did_not_know_where, consent_status,
    restricted, version, created_at, updated_at)
    VALUES (1, 'R7-00001', 2025, 1, 1, 'referral', '2025-06-01', '', 0, 0, 0, 0, 'given', 0, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO agency (id, name, kana, name_key, kind, section, address, phone, opening_hours,
    contact_person, issue_codes, network_member, notes, active, version, created_at, updated_at)
    VALUES (1, '地域包括支援センター', '', '', 'consultation_agency', '', '', '', '', '', '[]',
    0, '', 1, 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO consent (id, case_id, status, agency_ids, meeting_kinds, notes, version,
    created_at, updated_at)
    VALUES (1, 1, 'given', '["1"]', '[]', '', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO referral (id, case_id, agency_id, referred_on, accompanied, accompanying_staff_id,
    received_by, purpose, shared_items, outcome, handover, version, created_at, updated_at)
    VALUES (1, 1, 1, '2025-06-10', 1, 1, '', '', '["氏名・連絡先", "経済状況"]', '', 1, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00'),
    (2, 1, 1, '2025-06-12', 0, NULL, '', '', '[]', '', 0, 1,
    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
"""


def test_referrals_and_consents_of_0001_are_converted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(database_url(path))
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript(_ROWS)
    con.commit()
    con.close()

    db = Database(database_url(path))
    result = migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    db.dispose()
    assert result.old_revision == "0001"
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT id, method, status, accompanying_staff_ids, shared_items, basis, done_on"
            " FROM referral ORDER BY id"
        ).fetchall()
        items = con.execute("SELECT info_items FROM consent").fetchone()[0]
        columns = {r[1] for r in con.execute("PRAGMA table_info(referral)")}
    finally:
        con.close()
    first, second = rows
    assert first[1:3] == ("accompanied", "handed_over")
    assert json.loads(first[3]) == ["1"]
    assert json.loads(first[4]) == ["contact", "finances"]
    assert first[5] == "consent"
    assert first[6] == "2025-06-10"
    assert second[1:3] == ("letter", "done")
    assert json.loads(second[3]) == []
    assert len(json.loads(items)) == 7
    assert not {"accompanied", "accompanying_staff_id", "handover"} & columns
