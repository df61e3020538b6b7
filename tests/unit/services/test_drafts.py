"""Drafts: autosave round trip, one user's drafts only, discard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent, Draft

UserFactory = Callable[..., Principal]

PAYLOAD = {
    "family_name": "𠮷田",
    "presenting_concern": "家賃を3か月滞納😢\n電気も止まりそう",
    "members": [{"relation_code": "child", "birth_date": "H15.4.2"}],
    "urgent": True,
    "area_id": None,
}


def test_a_draft_round_trips_and_is_replaced_by_the_next_autosave(
    ctx: AppContext, counselor: Principal
) -> None:
    assert ctx.drafts.load(counselor, "intake", "") is None
    ctx.drafts.save(counselor, "intake", "", PAYLOAD)
    assert ctx.drafts.load(counselor, "intake", "") == PAYLOAD
    changed = {**PAYLOAD, "urgent": False}
    ctx.drafts.save(counselor, "intake", "", changed)
    assert ctx.drafts.load(counselor, "intake", "") == changed
    [info] = ctx.drafts.pending(counselor)
    assert (info.form, info.record_key) == ("intake", "")
    assert isinstance(info.saved_at, dt.datetime)
    with ctx.db.read() as s:
        assert s.scalar(select(func.count(Draft.id))) == 1
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.entity == "draft")) == 0


def test_drafts_belong_to_their_user_only(
    ctx: AppContext, counselor: Principal, new_user: UserFactory
) -> None:
    other = new_user("other", Role.SUPERVISOR)
    ctx.drafts.save(counselor, "intake", "", PAYLOAD)
    ctx.drafts.save(counselor, "progress_note", "12", {"body": "訪問した"})
    ctx.drafts.save(other, "intake", "", {"family_name": "佐藤"})
    assert ctx.drafts.load(other, "intake", "") == {"family_name": "佐藤"}
    assert ctx.drafts.load(other, "progress_note", "12") is None
    assert {(d.form, d.record_key) for d in ctx.drafts.pending(counselor)} == {
        ("intake", ""),
        ("progress_note", "12"),
    }
    assert [(d.form, d.record_key) for d in ctx.drafts.pending(other)] == [("intake", "")]
    ctx.drafts.discard(other, "progress_note", "12")  # not theirs: nothing happens
    assert ctx.drafts.load(counselor, "progress_note", "12") == {"body": "訪問した"}


def test_discarding_a_draft_removes_it_and_is_audited(
    ctx: AppContext, counselor: Principal
) -> None:
    ctx.drafts.save(counselor, "intake", "", PAYLOAD)
    ctx.drafts.discard(counselor, "intake", "")
    assert ctx.drafts.load(counselor, "intake", "") is None
    assert ctx.drafts.pending(counselor) == []
    with ctx.db.read() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.entity == "draft")).all()
    assert event.user_id == counselor.user_id
    assert event.detail == {"form": "intake", "discarded": True}
    ctx.drafts.discard(counselor, "intake", "")  # already gone: no error


def test_only_json_payloads_and_valid_keys_are_accepted(
    ctx: AppContext, counselor: Principal
) -> None:
    with pytest.raises(TypeError):
        ctx.drafts.save(counselor, "intake", "", {"when": dt.date(2025, 6, 2)})
    with pytest.raises(TypeError):
        ctx.drafts.save(counselor, "intake", "", {"ratio": float("nan")})
    with pytest.raises(TypeError):
        ctx.drafts.save(counselor, "intake", "", {1: "x"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="form"):
        ctx.drafts.save(counselor, " ", "", {})
    with pytest.raises(ValueError, match="record_key"):
        ctx.drafts.save(counselor, "intake", "x" * 61, {})
    assert ctx.drafts.pending(counselor) == []
