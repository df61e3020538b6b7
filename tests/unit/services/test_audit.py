"""The audit trail is append-only and tamper-evident."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
import sqlalchemy.exc
from sqlalchemy import delete, select, update

from welfaredesk.app import AppContext
from welfaredesk.cli import main
from welfaredesk.domain.enums import AuditAction
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent


def test_every_event_links_to_the_one_before(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    case_factory(counselor)
    with ctx.db.read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        check = audit.verify_chain(s)
    assert len(events) >= 4  # setup, create user, login, create case
    assert events[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert check.ok
    assert check.events == len(events)


def test_the_database_refuses_to_change_or_delete_an_event(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """The append-only triggers stop even the program itself (a bug) from rewriting history."""
    case_factory(counselor)
    for statement in (
        update(AuditEvent).where(AuditEvent.id == 1).values(detail={"edited": 1}),
        delete(AuditEvent).where(AuditEvent.id == 1),
    ):
        with (
            pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"),
            ctx.db.engine.begin() as con,
        ):
            con.execute(statement)
    with ctx.db.read() as s:
        assert audit.verify_chain(s).ok


def test_changing_a_past_event_breaks_the_chain_there(
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    drop_audit_guard: Callable[..., None],
) -> None:
    case_factory(counselor)
    with ctx.db.write() as s:
        drop_audit_guard(s)
        target = s.scalars(
            select(AuditEvent.id).where(AuditEvent.action == AuditAction.LOGIN)
        ).first()
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(detail={"edited": 1}))
    with ctx.db.read() as s:
        check = audit.verify_chain(s)
    assert not check.ok
    assert check.first_broken_id == target


def test_deleting_an_event_breaks_the_chain(
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    drop_audit_guard: Callable[..., None],
) -> None:
    case_factory(counselor)
    with ctx.db.write() as s:
        drop_audit_guard(s)
        second = s.scalars(select(AuditEvent).order_by(AuditEvent.id).offset(1)).first()
        assert second is not None
        s.delete(second)
    with ctx.db.read() as s:
        assert not audit.verify_chain(s).ok


def test_the_verify_command_reports_the_chain(
    database_location: str, ctx: AppContext, admin: Principal, capsys: object
) -> None:
    ctx.close()
    assert main(["--db", database_location, "audit", "verify"]) == 0
    assert "改ざんされていません" in capsys.readouterr().out  # type: ignore[attr-defined]
