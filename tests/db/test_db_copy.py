"""``welfaredesk db copy``: a whole desk copied between backends, verified (issue 9, part 4).

The source desk is filled through the services (cases, notes, a plan, a restricted case,
drafts, a saved view). Each test that asks for ``ctx`` runs with the source on SQLite and on
PostgreSQL (see ``pytest_generate_tests`` in ``tests/conftest.py``), so the four directions
SQLite→PostgreSQL, PostgreSQL→PostgreSQL, SQLite→SQLite and PostgreSQL→SQLite are all copied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from argon2 import PasswordHasher
from sqlalchemy import Engine, func, select, text

from tests.conftest import PASSWORD
from welfaredesk.app import AppContext, open_database
from welfaredesk.cli import main
from welfaredesk.domain.enums import AuditAction, Role, Sex
from welfaredesk.domain.errors import KnownError
from welfaredesk.services import audit
from welfaredesk.services.backup import copy_database
from welfaredesk.services.case_list import CaseFilter
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import IntakeInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput, PlanItemInput
from welfaredesk.services.search import SearchKind
from welfaredesk.storage import migrate
from welfaredesk.storage.copy import CopyRefused, CopyStep, table_checksum, tables
from welfaredesk.storage.engine import database_url, make_engine
from welfaredesk.storage.orm import AuditEvent, Case, ProgressNote, SupportPlan

NOTE_BODY = "自宅を訪問した。債務の整理について説明し、家計の見直しを始めた。"


@pytest.fixture
def desk(
    ctx: AppContext,
    admin: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> dict[str, Any]:
    """A desk with real content made through the services."""
    boss = new_user("sato", Role.SUPERVISOR)
    worker = new_user("suzuki", Role.COUNSELOR)
    new_user("kato", Role.SUPERVISOR)  # not named on the restricted case
    first = case_factory(worker, family_name="山田", given_name="花子")
    second = case_factory(worker, family_name="髙橋", given_name="一郎", sex=Sex.MALE)
    hidden = case_factory(worker, family_name="鈴木", given_name="秘子")
    ctx.notes.save(
        worker, first, NoteInput("2025-06-03", "10:00", "home_visit", NOTE_BODY, minutes=40)
    )
    ctx.notes.save(
        worker, second, NoteInput("2025-06-04", "14:00", "phone", "電話で近況を聞いた。")
    )
    plan = ctx.plans.new_version(worker, first)
    ctx.plans.save_draft(
        worker,
        plan.id,
        PlanInput(
            plan.version,
            client_wishes="家で暮らし続けたい。",
            overall_goal="生活を立て直す",
            items=(PlanItemInput(goal="家計を整える"),),
        ),
    )
    version = ctx.access.list_access(boss, hidden).case_version
    ctx.access.restrict(boss, hidden, "DV被害の申出のため", [worker.user_id], version)
    ctx.drafts.save(worker, "intake", "", {"family_name": "下書き", "count": 2, "ok": True})
    ctx.case_list.save_view(boss, "担当の一覧", CaseFilter(stages=()))
    return {"boss": boss, "worker": worker, "cases": (first, second, hidden)}


def _checksums(engine: Engine) -> dict[str, tuple[int, str]]:
    with engine.connect() as conn:
        return {t.name: table_checksum(conn, t) for t in tables()}


def _checksums_of(location: str) -> dict[str, tuple[int, str]]:
    engine = make_engine(database_url(location))
    try:
        return _checksums(engine)
    finally:
        engine.dispose()


def _intake(family_name: str) -> IntakeInput:
    return IntakeInput(
        received_on="2025-07-01",
        received_time="9:30",
        family_name=family_name,
        given_name="新子",
        family_kana="アタラシ",
        given_kana="シンコ",
        birth_date="1960-01-02",
        sex=Sex.FEMALE,
        channel_code="visit",
        consulter_type_code="client",
        presenting_concern="家賃の滞納が続いている。",
    )


def _check_copy(
    source: str, target: str, desk: dict[str, Any], fast_hasher: PasswordHasher
) -> None:
    """The target equals the source, its chain verifies, and it works as a desk."""
    before = _checksums_of(source)
    result = copy_database(source, target)
    assert {t.name: (t.rows, t.checksum) for t in result.tables} == before
    after = _checksums_of(target)
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in before.items() if k != "audit_event"
    }
    assert after["audit_event"][0] == before["audit_event"][0] + 1  # the copy's own event
    assert result.rows == sum(rows for rows, _sum in before.values())
    assert before["progress_note"][0] == 2
    assert before["draft"][0] == 1
    assert before["saved_view"][0] == 1
    assert before["case_access"][0] >= 1
    assert before["case_restriction"][0] == 1

    copied = open_database(target, password_hasher=fast_hasher)
    try:
        with copied.db.read() as s:
            assert audit.verify_chain(s).ok
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
            largest = {
                "case": s.scalar(select(func.max(Case.id))),
                "note": s.scalar(select(func.max(ProgressNote.id))),
            }
        assert (last.action, last.entity, last.user_id) == ("create", "database", None)
        assert last.detail["op"] == "copy"
        assert last.detail["rows"] == result.rows
        worker = copied.auth.login("suzuki", PASSWORD)
        boss = copied.auth.login("sato", PASSWORD)
        new = copied.intake.save(worker, _intake("新井"))
        assert new.case_number == "R7-00004"  # numbering goes on from the copied counter
        assert new.case_id > largest["case"]
        note = copied.notes.save(
            worker, new.case_id, NoteInput("2025-07-02", "11:00", "phone", "電話で確認した。")
        )
        assert note.id > largest["note"]
        # Search works on the target: names through the name keys, free text through the
        # rebuilt full-text index (the copied note and the new one).
        people = copied.search.search(boss, "高橋").group(SearchKind.PERSON)
        assert people is not None
        assert {h.case_id for h in people.hits} == {desk["cases"][1]}
        notes = copied.search.search(worker, "債務").group(SearchKind.NOTE)
        assert notes is not None
        assert {h.case_id for h in notes.hits} == {desk["cases"][0]}
        found = copied.search.search(worker, "電話").group(SearchKind.NOTE)
        assert found is not None
        assert new.case_id in {h.case_id for h in found.hits}
        # The restricted case stays restricted: seen by the named, not by another supervisor.
        for login, sees in (("sato", True), ("kato", False)):
            hits = copied.search.search(copied.auth.login(login, PASSWORD), "鈴木")
            group = hits.group(SearchKind.PERSON)
            assert group is not None
            assert (desk["cases"][2] in {h.case_id for h in group.hits}) is sees
    finally:
        copied.close()


def test_copy_to_postgresql(
    ctx: AppContext,
    desk: dict[str, Any],
    database_location: str,
    pg_empty_url: str,
    fast_hasher: PasswordHasher,
) -> None:
    ctx.close()
    _check_copy(database_location, pg_empty_url, desk, fast_hasher)


def test_copy_to_sqlite(
    ctx: AppContext,
    desk: dict[str, Any],
    database_location: str,
    tmp_path: Path,
    fast_hasher: PasswordHasher,
) -> None:
    ctx.close()
    target = tmp_path / "copied" / "desk.db"
    _check_copy(database_location, str(target), desk, fast_hasher)
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_plan_that_points_forward_in_its_own_table_is_copied(
    ctx: AppContext,
    desk: dict[str, Any],
    database_location: str,
    tmp_path: Path,
) -> None:
    """``support_plan.supersedes_id`` may name a later row: set after the table is in."""
    worker = desk["worker"]
    later = ctx.plans.new_version(worker, desk["cases"][1])
    with ctx.db.write() as s:
        first = s.scalar(select(func.min(SupportPlan.id)))
        assert first is not None
        assert first < later.id
        s.execute(
            text("UPDATE support_plan SET supersedes_id = :later WHERE id = :first"),
            {"later": later.id, "first": first},
        )
    ctx.close()
    target = str(tmp_path / "copy.db")
    copy_database(database_location, target)
    engine = make_engine(database_url(target))
    try:
        with engine.connect() as conn:
            assert (
                conn.scalar(
                    text("SELECT supersedes_id FROM support_plan WHERE id = :first"),
                    {"first": first},
                )
                == later.id
            )
    finally:
        engine.dispose()
    assert _checksums_of(target)["support_plan"] == _checksums_of(database_location)["support_plan"]


def test_progress_names_every_table_in_both_phases(
    ctx: AppContext, desk: dict[str, Any], database_location: str, tmp_path: Path
) -> None:
    ctx.close()
    steps: list[CopyStep] = []
    result = copy_database(database_location, str(tmp_path / "copy.db"), progress=steps.append)
    finished = {(s.phase, s.table) for s in steps if s.table_done == s.table_rows}
    names = [t.name for t in tables()]
    assert finished == {(phase, name) for phase in ("copy", "verify") for name in names}
    assert steps[-1].phase == "verify"
    assert max(s.done for s in steps if s.phase == "copy") == result.rows


def test_the_copy_reads_one_snapshot_while_others_write(
    ctx: AppContext, desk: dict[str, Any], database_location: str, tmp_path: Path
) -> None:
    """A save committed while the copy runs is not in it, and the copy still verifies."""
    before = _checksums_of(database_location)
    committed: list[int] = []

    def progress(step: CopyStep) -> None:
        if not committed and step.phase == "copy" and step.done > 0:
            with ctx.db.write() as s:
                s.execute(text("INSERT INTO team (name, active, version) VALUES ('途中', true, 1)"))
            committed.append(step.done)

    target = str(tmp_path / "copy.db")
    result = copy_database(database_location, target, progress=progress)
    assert committed
    copied = {t.name: (t.rows, t.checksum) for t in result.tables}
    assert copied == before
    assert _checksums_of(target)["team"] == before["team"]
    assert _checksums_of(database_location)["team"][0] == before["team"][0] + 1


@pytest.mark.sqlite_only  # on PostgreSQL, ctx's own database is pg_database_url
def test_a_target_that_holds_data_is_refused(
    ctx: AppContext, desk: dict[str, Any], database_location: str, pg_database_url: str
) -> None:
    ctx.close()
    before = _checksums_of(pg_database_url)
    with pytest.raises(CopyRefused, match="すでにデータがある"):
        copy_database(database_location, pg_database_url)
    assert _checksums_of(pg_database_url) == before  # nothing was written


def _outdated(path: Path) -> None:
    """A SQLite database one revision behind the program."""
    engine = make_engine(database_url(path))
    try:
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0008")
    finally:
        engine.dispose()


def test_an_outdated_source_is_refused_and_the_target_is_untouched(
    tmp_path: Path, pg_empty_url: str
) -> None:
    old = tmp_path / "old.db"
    _outdated(old)
    with pytest.raises(CopyRefused, match="db upgrade"):
        copy_database(str(old), pg_empty_url)
    engine = make_engine(database_url(pg_empty_url))
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(engine) is None
            assert (
                conn.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname='public'")) == 0
            )
    finally:
        engine.dispose()
    missing = tmp_path / "missing.db"
    with pytest.raises(CopyRefused, match="見つかりません"):
        copy_database(str(missing), str(tmp_path / "target.db"))
    assert not missing.exists()


def test_the_same_database_is_refused(db_path: Path) -> None:
    with pytest.raises(CopyRefused, match="同じデータベース"):
        copy_database(str(db_path), str(db_path))


def test_a_broken_audit_chain_is_not_copied(
    db_path: Path, tmp_path: Path, drop_audit_guard: Callable[..., None]
) -> None:
    ctx = open_database(db_path)
    ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    ctx.close()
    con = sqlite3.connect(db_path)
    drop_audit_guard(con)
    con.execute("UPDATE audit_event SET entity = 'x' WHERE id = 1")
    con.commit()
    con.close()
    target = tmp_path / "copy.db"
    with pytest.raises(KnownError, match="連鎖が番号 1 で壊れて"):
        copy_database(str(db_path), str(target))
    assert {rows for rows, _sum in _checksums_of(str(target)).values()} == {0}  # rolled back


def test_the_command_line_copies_and_refuses_with_exit_code_2(
    db_path: Path,
    tmp_path: Path,
    pg_empty_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ctx = open_database(db_path)
    ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    ctx.close()
    assert main(["db", "copy", "--from", str(db_path), "--to", pg_empty_url]) == 0
    out = capsys.readouterr().out
    assert "コピーしました: 表 " in out
    assert "progress_note" in out
    assert "チェックサムが一致" in out
    assert "password" not in out
    # Copied once: the target now holds data.
    assert main(["db", "copy", "--from", str(db_path), "--to", pg_empty_url]) == 2
    assert "すでにデータがある" in capsys.readouterr().err
    old = tmp_path / "old.db"
    _outdated(old)
    assert main(["db", "copy", "--from", str(old), "--to", str(tmp_path / "new.db")]) == 2
    assert "db upgrade" in capsys.readouterr().err
    # And back to SQLite, as a desk leaving the server would.
    back = tmp_path / "back.db"
    assert main(["db", "copy", "--from", pg_empty_url, "--to", str(back)]) == 0
    assert main(["--db", str(back), "audit", "verify"]) == 0
    assert "改ざんされていません" in capsys.readouterr().out


def test_an_encrypted_backup_is_copied_into_an_empty_server_database(
    db_path: Path,
    tmp_path: Path,
    pg_empty_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fast_hasher: PasswordHasher,
) -> None:
    """When the server's database is lost, a backup is copied into a new one without a login."""
    ctx = open_database(db_path, password_hasher=fast_hasher)
    admin = ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    backup = ctx.backups.create(admin, tmp_path / "b.wdbk", "kagi-no-kotoba-77").path
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WELFAREDESK_BACKUP_PASSPHRASE", "wrong-passphrase")
    assert main(["db", "copy", "--from", str(backup), "--to", pg_empty_url]) == 2
    assert "パスフレーズが違います" in capsys.readouterr().err
    monkeypatch.setenv("WELFAREDESK_BACKUP_PASSPHRASE", "kagi-no-kotoba-77")
    assert main(["db", "copy", "--from", str(backup), "--to", pg_empty_url]) == 0
    assert "コピーしました" in capsys.readouterr().out
    assert not list((tmp_path / "home").rglob(".welfaredesk-*"))  # no plaintext left behind
    assert main(["--db", pg_empty_url, "audit", "verify"]) == 0


def test_new_rows_after_a_copy_to_postgresql_get_fresh_ids(
    db_path: Path, pg_empty_url: str, fast_hasher: PasswordHasher
) -> None:
    """Every sequence is past the copied ids, including tables the copy left empty."""
    ctx = open_database(db_path, password_hasher=fast_hasher)
    admin = ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    ctx.close()
    copy_database(str(db_path), pg_empty_url)
    copied = open_database(pg_empty_url, password_hasher=fast_hasher)
    try:
        admin = copied.auth.login("admin", PASSWORD)
        with copied.db.read() as s:
            largest = s.scalar(select(func.max(AuditEvent.id))) or 0
        with copied.db.write() as s:
            event_id = audit.record(s, admin.user_id, AuditAction.VIEW, "test")
            assert event_id > largest
    finally:
        copied.close()
