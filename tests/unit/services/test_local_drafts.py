"""Local drafts (issue 9): a draft saved while the server is unreachable is kept on this PC,
reaches the server once it is back (the newer copy wins) and is then removed locally."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import stat
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tests.pg import PgServer
from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.errors import ConnectionLost
from welfaredesk.services.drafts import LOCAL_FOLDER, discard_in
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent, Draft

TEXT = "訪問したが不在。𠮷田さんの隣人によると先週から入院しているらしい。"


@contextlib.contextmanager
def _unreachable() -> Iterator[Session]:
    raise ConnectionLost("データベースのサーバーに接続できません。")
    yield  # pragma: no cover - never reached


class Outage:
    """Makes ``ctx.db`` unreachable (as a stopped server would) until :meth:`end`."""

    def __init__(self, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        monkeypatch.setattr(ctx.db, "write", _unreachable)
        monkeypatch.setattr(ctx.db, "read", _unreachable)

    def end(self) -> None:
        self._monkeypatch.undo()


def _server_draft(ctx: AppContext, principal: Principal, form: str, key: str) -> Draft | None:
    with ctx.db.read() as s:
        return s.scalars(
            select(Draft).where(
                Draft.user_id == principal.user_id, Draft.form == form, Draft.record_key == key
            )
        ).one_or_none()


def test_a_draft_saved_during_an_outage_is_kept_locally_then_reaches_the_server(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(ctx, monkeypatch)
    assert ctx.drafts.save(counselor, "progress_note", "c12", {"body": TEXT}) is False
    local = ctx.drafts.local_store(counselor)
    assert local.exists()
    # Owner-only, like the SQLite desk file: the file 0600, its folders 0700.
    assert stat.S_IMODE(local.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(local.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(local.path.parent.parent.stat().st_mode) == 0o700
    assert local.path.parent.parent.name == LOCAL_FOLDER
    # While the server is gone, the editor still gets its draft back and it is offered.
    assert ctx.drafts.load(counselor, "progress_note", "c12") == {"body": TEXT}
    assert [(d.form, d.record_key) for d in ctx.drafts.pending(counselor)] == [
        ("progress_note", "c12")
    ]
    with pytest.raises(ConnectionLost):  # nothing local for this form: the caller is told
        ctx.drafts.load(counselor, "intake", "")

    outage.end()
    assert ctx.drafts.load(counselor, "progress_note", "c12") == {"body": TEXT}  # synced
    assert not local.exists()
    stored = _server_draft(ctx, counselor, "progress_note", "c12")
    assert stored is not None
    assert stored.payload == {"body": TEXT}


def test_the_next_draft_call_syncs_and_sync_reports_the_count(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": "一"})
    ctx.drafts.save(counselor, "progress_note", "c2", {"body": "二"})
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": "一の続き"})  # replaces
    with pytest.raises(ConnectionLost):
        ctx.drafts.sync(counselor)
    outage.end()
    assert ctx.drafts.save(counselor, "intake", "", {"family_name": "山田"}) is True
    assert not ctx.drafts.local_store(counselor).exists()
    assert {(d.form, d.record_key) for d in ctx.drafts.pending(counselor)} == {
        ("progress_note", "c1"),
        ("progress_note", "c2"),
        ("intake", ""),
    }
    assert ctx.drafts.load(counselor, "progress_note", "c1") == {"body": "一の続き"}
    assert ctx.drafts.sync(counselor) == 0


def test_the_newer_copy_wins_when_the_server_was_written_later(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": "このパソコンの古い下書き"})
    outage.end()
    # Meanwhile the same user saved the draft on another PC, later.
    later = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=1)
    with ctx.db.write() as s:
        s.add(
            Draft(
                user_id=counselor.user_id,
                form="progress_note",
                record_key="c1",
                payload={"body": "別のパソコンの新しい下書き"},
                saved_at=later,
            )
        )
    assert ctx.drafts.sync(counselor) == 1
    assert ctx.drafts.load(counselor, "progress_note", "c1") == {
        "body": "別のパソコンの新しい下書き"
    }
    assert not ctx.drafts.local_store(counselor).exists()


def test_a_local_draft_newer_than_the_server_replaces_it(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": "前の下書き"})
    with ctx.db.write() as s:
        s.execute(update(Draft).values(saved_at=dt.datetime(2025, 4, 1, 9, 0)))
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": "停電中に書いた続き"})
    outage.end()
    assert ctx.drafts.load(counselor, "progress_note", "c1") == {"body": "停電中に書いた続き"}


def test_a_discard_during_an_outage_reaches_the_server_later_and_is_audited(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": TEXT})
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": TEXT + "追記"})
    ctx.drafts.discard(counselor, "progress_note", "c1")  # no error while the server is gone
    assert ctx.drafts.load(counselor, "progress_note", "c1") is None  # thrown away here
    outage.end()
    assert ctx.drafts.load(counselor, "progress_note", "c1") is None
    assert ctx.drafts.pending(counselor) == []
    assert not ctx.drafts.local_store(counselor).exists()
    with ctx.db.read() as s:
        discards = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.entity == "draft"))
    assert discards == 1


def test_saving_the_record_removes_the_local_copy_of_its_draft_on_commit_only(
    ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": TEXT})
    ctx.drafts.save(counselor, "progress_note", "c2", {"body": "別の記録"})
    outage.end()
    local = ctx.drafts.local_store(counselor)

    # A record's save that fails rolls back: its draft stays, on this PC too.
    def failed_save() -> None:
        with ctx.db.write() as s:
            discard_in(s, counselor.user_id, "progress_note", "c1")
            raise RuntimeError("the record's save failed")

    with pytest.raises(RuntimeError):
        failed_save()
    assert local.get("progress_note", "c1") is not None
    # The re-run save after the reconnection commits: the draft can never come back.
    with ctx.db.write() as s:
        discard_in(s, counselor.user_id, "progress_note", "c1")
    assert local.get("progress_note", "c1") is None
    assert local.get("progress_note", "c2") is not None
    assert [(d.form, d.record_key) for d in ctx.drafts.pending(counselor)] == [
        ("progress_note", "c2")
    ]


def test_local_drafts_are_per_user_and_never_logged(
    ctx: AppContext,
    counselor: Principal,
    supervisor: Principal,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    outage = Outage(ctx, monkeypatch)
    ctx.drafts.save(counselor, "progress_note", "c1", {"body": TEXT})
    assert ctx.drafts.local_store(supervisor).path != ctx.drafts.local_store(counselor).path
    with pytest.raises(ConnectionLost):
        ctx.drafts.load(supervisor, "progress_note", "c1")
    outage.end()
    assert ctx.drafts.load(supervisor, "progress_note", "c1") is None
    assert ctx.drafts.load(counselor, "progress_note", "c1") == {"body": TEXT}
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "訪問" not in logged
    assert "c1" not in logged


@pytest.mark.allow_log_errors
def test_a_draft_saved_while_the_server_is_stopped_reaches_it_when_it_is_back(
    pg_server: PgServer, pg_database_url: str
) -> None:
    """A real outage: the PostgreSQL server is stopped and started again."""
    ctx = open_database(pg_database_url)
    try:
        counselor = ctx.auth.setup("admin", "管理 太郎", "first-password-1")
        ctx.drafts.save(counselor, "progress_note", "c1", {"body": "停止前"})
        pg_server.stop_server()
        try:
            assert ctx.drafts.save(counselor, "progress_note", "c1", {"body": TEXT}) is False
            assert ctx.drafts.load(counselor, "progress_note", "c1") == {"body": TEXT}
            with pytest.raises(ConnectionLost):
                ctx.system.ping()
        finally:
            pg_server.start_server()
        ctx.system.ping()  # the pool replaces its dead connections (pre-ping)
        assert ctx.drafts.sync(counselor) == 1
        assert not ctx.drafts.local_store(counselor).exists()
    finally:
        ctx.close()
    # Another program (another PC) sees the draft on the server.
    other = open_database(pg_database_url)
    try:
        assert other.drafts.load(counselor, "progress_note", "c1") == {"body": TEXT}
    finally:
        other.close()
