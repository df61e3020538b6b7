"""Backups: create, verify, restore, encryption, rotation, permissions and audit."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import KnownError, PermissionDenied, ValidationError
from welfaredesk.services import audit
from welfaredesk.services.backup import (
    AUTO_PREFIX,
    MAGIC,
    PROGRESS_TOTAL,
    BackupResult,
    SettingsInput,
    is_encrypted,
)
from welfaredesk.services.dto import Principal
from welfaredesk.storage import migrate
from welfaredesk.storage.copy import table_checksum, tables
from welfaredesk.storage.engine import database_url, make_engine
from welfaredesk.storage.orm import AuditEvent

PASSPHRASE = "kagi-no-kotoba-77"


def _tables(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every table's rows (ordered by all columns)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%search_fts%' ORDER BY name"
            )
        ]
        out: dict[str, tuple[int, str]] = {}
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            digest = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
            out[name] = (len(rows), digest)
        return out
    finally:
        con.close()


def _live(ctx: AppContext) -> Path:
    return Path(ctx.system.database_info().location)


def _work_folder(backend: str, database_location: str, tmp_path: Path) -> Path:
    """Where plaintext temporary files go: beside the file, or the backup folder (server)."""
    return Path(database_location).parent if backend == "sqlite" else tmp_path / "backups"


def _into(backend: str, request: pytest.FixtureRequest) -> str | None:
    """Where a restore goes: the open file on SQLite, a new empty database on the server."""
    return str(request.getfixturevalue("pg_empty_url")) if backend == "postgresql" else None


def _events(ctx: AppContext, entity: str) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)))


@pytest.mark.sqlite_only  # replaces the open file; the server's round trip is below
def test_round_trip_restores_identical_data(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    for i in range(3):
        case_factory(counselor, given_name=f"花子{i}")
    steps: list[tuple[int, int]] = []
    result = ctx.backups.create(
        admin, tmp_path / "out" / "b.db", progress=lambda d, t: steps.append((d, t))
    )
    assert steps[-1] == (PROGRESS_TOTAL, PROGRESS_TOTAL)
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    snapshot = tmp_path / "snapshot.db"
    shutil.copyfile(result.path, snapshot)
    before = _tables(snapshot)
    assert before["case_file"][0] == 3
    case_factory(counselor, given_name="後から")  # changes after the backup are undone
    restored = ctx.backups.restore(admin, result.path)
    assert restored.cases == 3
    ctx.db.dispose()
    after = _tables(_live(ctx))
    # The restore adds its own audit events to the restored chain; everything else is equal.
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in before.items() if k != "audit_event"
    }
    con = sqlite3.connect(_live(ctx))
    try:
        kept = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    finally:
        con.close()
    assert kept == before["audit_event"][0] + 1
    assert ctx.system.integrity_ok()


@pytest.mark.sqlite_only  # SQLite's online backup beside an open sqlite3 writer
def test_backup_while_a_write_transaction_is_open(
    ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    con = sqlite3.connect(_live(ctx), isolation_level=None)
    results: list[BackupResult] = []
    steps: list[int] = []
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO team (name, active, version) VALUES ('未確定のチーム', 1, 1)")

        def run() -> None:
            results.append(
                ctx.backups.create(
                    admin, tmp_path / "busy.db", progress=lambda d, _t: steps.append(d)
                )
            )

        worker = threading.Thread(target=run)
        worker.start()
        # The copy itself does not wait for the writer; only the audit event queues behind it.
        deadline = time.monotonic() + 5
        while not steps and time.monotonic() < deadline:
            time.sleep(0.01)
        assert steps
        con.execute("ROLLBACK")
        worker.join(timeout=15)
    finally:
        con.close()
    assert results
    check = ctx.backups.verify(admin, results[0].path)
    assert check.chain_ok
    backup = sqlite3.connect(results[0].path)
    try:
        count = "SELECT count(*) FROM team WHERE name='未確定のチーム'"
        assert backup.execute(count).fetchone()[0] == 0
    finally:
        backup.close()


def test_encrypted_backup_is_unreadable_without_the_passphrase(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    backend: str,
    database_location: str,
    request: pytest.FixtureRequest,
) -> None:
    case_factory(counselor, family_name="鬼頭", given_name="珠代")
    result = ctx.backups.create(admin, tmp_path / "b.wdbk", PASSPHRASE)
    data = result.path.read_bytes()
    assert data.startswith(MAGIC)
    assert is_encrypted(result.path)
    assert b"SQLite format 3" not in data
    assert "鬼頭".encode() not in data
    assert "珠代".encode() not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(result.path).execute("SELECT * FROM sqlite_master").fetchall()
    with pytest.raises(KnownError, match="パスフレーズが違います"):
        ctx.backups.verify(admin, result.path, "wrong-passphrase")
    with pytest.raises(KnownError, match="暗号化されています"):
        ctx.backups.verify(admin, result.path)
    with pytest.raises(KnownError, match="パスフレーズが違います"):
        ctx.backups.restore(admin, result.path, "wrong-passphrase", into=_into(backend, request))
    work = _work_folder(backend, database_location, tmp_path)
    assert not list(work.glob(".welfaredesk-*"))  # no plaintext left behind
    check = ctx.backups.verify(admin, result.path, PASSPHRASE)
    assert check.encrypted
    assert check.cases == 1
    assert check.chain_ok


def test_a_short_passphrase_is_refused(ctx: AppContext, admin: Principal, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.backups.create(admin, tmp_path / "b.wdbk", "short")
    assert info.value.field == "passphrase"
    assert not (tmp_path / "b.wdbk").exists()


def test_corrupted_files_are_rejected_by_verify(
    ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    plain = ctx.backups.create(admin, tmp_path / "b.db").path
    data = bytearray(plain.read_bytes())
    for offset in range(8192, len(data), 4096):  # damage every page after the first two
        data[offset + 100 : offset + 140] = b"\xff" * 40
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(KnownError, match="壊れている"):
        ctx.backups.verify(admin, damaged)
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("これはデータベースではありません", encoding="utf-8")
    with pytest.raises(KnownError, match="壊れている"):
        ctx.backups.verify(admin, not_a_db)
    encrypted = ctx.backups.create(admin, tmp_path / "b.wdbk", PASSPHRASE).path
    blob = bytearray(encrypted.read_bytes())
    blob[-5] ^= 0x01
    flipped = tmp_path / "flipped.wdbk"
    flipped.write_bytes(bytes(blob))
    with pytest.raises(KnownError, match="壊れている"):
        ctx.backups.verify(admin, flipped, PASSPHRASE)
    truncated = tmp_path / "truncated.wdbk"
    truncated.write_bytes(bytes(encrypted.read_bytes()[:-100]))
    with pytest.raises(KnownError, match="壊れている"):
        ctx.backups.verify(admin, truncated, PASSPHRASE)


@pytest.mark.sqlite_only  # keeps the old file aside; the server's refusals are below
def test_restore_keeps_the_old_file_aside_and_refuses_a_newer_schema(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    backup = ctx.backups.create(admin, tmp_path / "b.db").path
    case_factory(counselor)
    result = ctx.backups.restore(admin, backup)
    assert result.previous_copy is not None
    assert result.previous_copy.name.startswith(f"{_live(ctx).stem}.before-restore-")
    aside = sqlite3.connect(result.previous_copy)
    try:
        assert aside.execute("SELECT count(*) FROM case_file").fetchone()[0] == 1
    finally:
        aside.close()

    newer = tmp_path / "newer.db"
    shutil.copyfile(backup, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    con.commit()
    con.close()
    check = ctx.backups.verify(admin, newer)
    assert check.newer_than_program
    assert not check.restorable
    with pytest.raises(KnownError, match="より新しい版"):
        ctx.backups.restore(admin, newer)
    assert ctx.system.database_info().revision == migrate.head_revision()


def test_restore_refuses_a_broken_audit_chain(
    ctx: AppContext,
    admin: Principal,
    tmp_path: Path,
    drop_audit_guard: Callable[..., None],
    backend: str,
    request: pytest.FixtureRequest,
) -> None:
    backup = ctx.backups.create(admin, tmp_path / "b.db").path
    con = sqlite3.connect(backup)
    drop_audit_guard(con)
    con.execute("UPDATE audit_event SET entity = 'x' WHERE id = 1")
    con.commit()
    con.close()
    check = ctx.backups.verify(admin, backup)
    assert check.chain_ok is False
    assert check.first_broken_id == 1
    with pytest.raises(KnownError, match="連鎖が壊れています"):
        ctx.backups.restore(admin, backup, into=_into(backend, request))


@pytest.mark.sqlite_only  # a server desk is backed up by the server (see below)
def test_automatic_backups_follow_the_interval_and_keep_n(
    ctx: AppContext, admin: Principal, counselor: Principal, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    ctx.backups.update_settings(admin, SettingsInput(str(folder), 2, 3, None))
    start = dt.datetime(2026, 4, 1, 8, 30)
    first = ctx.backups.run_automatic(counselor, now=start)  # any signed-in user
    assert first is not None
    assert first.path.name.startswith(AUTO_PREFIX)
    assert ctx.backups.run_automatic(counselor, now=start + dt.timedelta(days=1)) is None
    other = folder / "manual.db"
    other.write_bytes(b"")
    for day in range(2, 12, 2):
        assert ctx.backups.run_automatic(counselor, now=start + dt.timedelta(days=day))
    autos = sorted(p.name for p in folder.glob(f"{AUTO_PREFIX}*"))
    assert autos == [
        f"{AUTO_PREFIX}20260407-083000.db",
        f"{AUTO_PREFIX}20260409-083000.db",
        f"{AUTO_PREFIX}20260411-083000.db",
    ]
    assert other.exists()  # rotation touches only automatic backups
    listed = ctx.backups.list_backups(admin)
    assert {f.path.name for f in listed} == {*autos, "manual.db"}
    events = [e for e in _events(ctx, "backup") if e.detail.get("op") == "automatic"]
    assert len(events) == 6
    assert events[-1].detail["deleted"] == 1


def test_settings_are_validated_and_saved(ctx: AppContext, admin: Principal) -> None:
    settings = ctx.backups.settings(admin)
    assert settings.folder_is_default
    assert settings.interval_days == 1
    assert settings.keep == 14
    with pytest.raises(ValidationError) as info:
        ctx.backups.update_settings(admin, SettingsInput("", 0, 14, settings.version))
    assert info.value.field == "interval_days"
    with pytest.raises(ValidationError) as info:
        ctx.backups.update_settings(admin, SettingsInput("", 1, 0, settings.version))
    assert info.value.field == "keep"
    with pytest.raises(ValidationError) as info:
        ctx.backups.update_settings(admin, SettingsInput("relative/dir", 1, 5, settings.version))
    assert info.value.field == "folder"
    saved = ctx.backups.update_settings(admin, SettingsInput("", 7, 5, settings.version))
    assert (saved.interval_days, saved.keep) == (7, 5)
    event = _events(ctx, "setting")[-1]
    assert event.detail == {"key": "backup", "fields": ["interval_days", "keep"]}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COUNSELOR, Role.SECRETARIAT])
def test_only_administrators_may_back_up(
    ctx: AppContext,
    new_user: Callable[..., Principal],
    admin: Principal,
    role: Role,
    tmp_path: Path,
) -> None:
    user = new_user("user1", role)
    backup = ctx.backups.create(admin, tmp_path / "b.db").path
    with pytest.raises(PermissionDenied):
        ctx.backups.create(user, tmp_path / "x.db")
    with pytest.raises(PermissionDenied):
        ctx.backups.verify(user, backup)
    with pytest.raises(PermissionDenied):
        ctx.backups.restore(user, backup)
    with pytest.raises(PermissionDenied):
        ctx.backups.settings(user)
    assert not (tmp_path / "x.db").exists()


def test_create_verify_and_restore_are_audited_without_secrets(
    ctx: AppContext,
    admin: Principal,
    tmp_path: Path,
    backend: str,
    request: pytest.FixtureRequest,
) -> None:
    path = ctx.backups.create(admin, tmp_path / "b.wdbk", PASSPHRASE).path
    ctx.backups.verify(admin, path, PASSPHRASE)
    with pytest.raises(KnownError):
        ctx.backups.verify(admin, path, "wrong-passphrase")
    ops = [e.detail["op"] for e in _events(ctx, "backup")]
    assert ops == ["create", "verify", "verify"]
    into = _into(backend, request)
    ctx.backups.restore(admin, path, PASSPHRASE, into=into)
    restored = _events(ctx, "database")
    # On SQLite the restored file carries the event; on the server the live database
    # records the restore into the other one, and the other one its own restore.
    assert [e.detail["op"] for e in restored] == ["restore" if into is None else "restore_into"]
    assert restored[0].user_id == admin.user_id
    with ctx.db.read() as s:
        details = [repr(e.detail) for e in s.scalars(select(AuditEvent))]
    for text in details:
        assert PASSPHRASE not in text
        assert "wrong-passphrase" not in text
        assert str(tmp_path) not in text


# --- a PostgreSQL desk -------------------------------------------------------------------


def _rows(location: str) -> dict[str, tuple[int, str]]:
    """Row count and checksum of every table of the models (storage.copy's normal form)."""
    engine = make_engine(database_url(location))
    try:
        with engine.connect() as conn:
            return {t.name: table_checksum(conn, t) for t in tables()}
    finally:
        engine.dispose()


def _without_audit(rows: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {k: v for k, v in rows.items() if k != "audit_event"}


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_server_desk_is_backed_up_into_the_same_verifiable_format(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    database_location: str,
    pg_empty_url: str,
    passphrase: str | None,
) -> None:
    """On both backends a backup is a SQLite file (encrypted or not), checked the same way;
    on the server it restores into an empty database, identical to the desk at backup time."""
    for i in range(3):
        case_factory(counselor, given_name=f"花子{i}")
    at_backup = _rows(database_location)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "out" / ("b.wdbk" if passphrase else "b.db")
    result = ctx.backups.create(admin, out, passphrase, progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (PROGRESS_TOTAL, PROGRESS_TOTAL)
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    assert is_encrypted(result.path) is (passphrase is not None)
    if passphrase is None:
        assert result.path.read_bytes().startswith(b"SQLite format 3\x00")
        backup = sqlite3.connect(result.path)
        try:
            assert backup.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            backup.close()
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert not list(result.path.parent.glob(".welfaredesk-*"))
    check = ctx.backups.verify(admin, result.path, passphrase)
    assert (check.cases, check.chain_ok, check.restorable) == (3, True, True)
    assert check.revision == migrate.head_revision()

    case_factory(counselor, given_name="後から")  # not in the backup
    restored = ctx.backups.restore(admin, result.path, passphrase, into=pg_empty_url)
    assert restored.previous_copy is None
    assert restored.target is not None
    assert "127.0.0.1" in restored.target
    assert restored.cases == 3
    copy = _rows(pg_empty_url)
    assert _without_audit(copy) == _without_audit(at_backup)
    # The restored database carries the backup's chain and one event of its own.
    assert copy["audit_event"][0] == at_backup["audit_event"][0] + 1
    other = open_database(pg_empty_url)
    try:
        with other.db.read() as s:
            assert audit.verify_chain(s).ok
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert last.detail["op"] == "restore"
        assert last.detail["by_user_id"] == admin.user_id
    finally:
        other.close()


def test_a_server_desk_is_never_overwritten_from_the_program(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    backend: str,
    database_location: str,
) -> None:
    case_factory(counselor)
    backup = ctx.backups.create(admin, tmp_path / "b.db").path
    if backend == "postgresql":
        before = _rows(database_location)
        with pytest.raises(KnownError, match="上書きしません") as info:
            ctx.backups.restore(admin, backup)
        assert "--to" in info.value.text()
        assert "backup restore" in info.value.text()
        assert _rows(database_location) == before
    # A restore into another database refuses one that already holds data...
    full = tmp_path / "full.db"
    shutil.copyfile(backup, full)
    with pytest.raises(KnownError, match="すでにデータがある"):
        ctx.backups.restore(admin, backup, into=str(full))
    # ... and a backup from a newer program.
    newer = tmp_path / "newer.db"
    shutil.copyfile(backup, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    con.commit()
    con.close()
    with pytest.raises(KnownError, match="より新しい版"):
        ctx.backups.restore(admin, newer, into=str(tmp_path / "elsewhere.db"))
    assert not (tmp_path / "elsewhere.db").exists()


def test_an_older_backup_is_upgraded_on_the_way_into_another_database(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    case_factory(counselor)
    backup = ctx.backups.create(admin, tmp_path / "b.db").path
    con = sqlite3.connect(backup)
    derived = "name LIKE 'intake%' OR name LIKE 'activity_tally%'"  # without 0012 and 0011
    triggers = con.execute(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND ({derived})")
    names = [name for (name,) in triggers]
    assert len(names) == 17  # 0011's four and 0012's thirteen
    for name in names:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP INDEX ix_case_file_open_between")
    con.execute("DROP TABLE intake_tally")
    con.execute("DROP TABLE intake_fact")
    con.execute("DROP TABLE activity_tally")
    con.execute("ALTER TABLE consultation DROP COLUMN stated_age")  # as revision 0008 had it
    con.execute("DROP INDEX ix_case_file_stage_client_kana_key")  # (and without 0010)
    con.execute("ALTER TABLE case_file DROP COLUMN client_kana_key")
    con.execute("UPDATE alembic_version SET version_num = '0008'")
    con.commit()
    con.close()
    before = backup.read_bytes()
    target = tmp_path / "restored.db"
    result = ctx.backups.restore(admin, backup, into=str(target))
    assert result.upgraded
    assert (result.backup_revision, result.revision) == ("0008", migrate.head_revision())
    assert backup.read_bytes() == before  # the user's file is never changed
    assert _rows(str(target))["case_file"][0] == 1


def test_the_server_makes_no_automatic_backups(
    ctx: AppContext,
    admin: Principal,
    counselor: Principal,
    tmp_path: Path,
    backend: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = tmp_path / "auto"
    ctx.backups.update_settings(admin, SettingsInput(str(folder), 1, 3, None))
    settings = ctx.backups.settings(admin)
    assert settings.automatic is (backend == "sqlite")
    caplog.set_level(logging.INFO, logger="welfaredesk.services.backup")
    made = ctx.backups.run_automatic(counselor, now=dt.datetime(2026, 4, 1, 8, 30))
    if backend == "sqlite":
        assert made is not None
        return
    assert made is None
    assert not folder.exists() or not list(folder.iterdir())
    assert "backed up by the server" in caplog.text
    assert not [e for e in _events(ctx, "backup") if e.detail.get("op") == "automatic"]
