"""閲覧制限 and sharing: the rule, the service, the audit, and the intake hint."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.access import Why
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.intake import OUT_OF_SCOPE_HINT, RESTRICTED_HINT
from welfaredesk.storage.orm import AuditEvent, Team

UserFactory = Callable[..., Principal]


@pytest.fixture
def teams(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.write() as s:
        a, b = Team(name="A係"), Team(name="B係")
        s.add_all([a, b])
        s.flush()
        return a.id, b.id


def _sees(ctx: AppContext, who: Principal, case_id: int) -> bool:
    listed = case_id in ctx.cases.list_ids(who, CaseFilter())
    try:
        ctx.cases.get(who, case_id)
    except NotFound:
        assert not listed
        return False
    assert listed
    return True


def _version(ctx: AppContext, who: Principal, case_id: int) -> int:
    return ctx.access.list_access(who, case_id).case_version


def test_restricted_cases_are_seen_only_by_named_users(
    ctx: AppContext, new_user: UserFactory, teams: tuple[int, int], case_factory: Callable[..., int]
) -> None:
    a, b = teams
    lead = new_user("lead", Role.COUNSELOR, team_id=a)
    mate = new_user("mate", Role.COUNSELOR, team_id=a)
    stranger = new_user("stranger", Role.COUNSELOR, team_id=b)
    boss = new_user("boss", Role.SUPERVISOR)
    other_boss = new_user("boss2", Role.SUPERVISOR)
    case_id = case_factory(lead)
    assert [_sees(ctx, p, case_id) for p in (lead, mate, stranger, boss, other_boss)] == [
        True,
        True,
        False,
        True,
        True,
    ]

    view = ctx.access.restrict(
        boss, case_id, "DV被害の申出のため", [lead.user_id], _version(ctx, boss, case_id)
    )
    assert view.restricted
    assert {e.user_id for e in view.entries} == {lead.user_id, boss.user_id}
    assert all(e.reasons == (Why.NAMED,) for e in view.entries)
    assert view.reason == "DV被害の申出のため"
    assert view.restricted_by == "boss 職員"
    # named: the lead and the supervisor who restricted; nobody else, not even a supervisor
    assert [_sees(ctx, p, case_id) for p in (lead, mate, stranger, boss, other_boss)] == [
        True,
        False,
        False,
        True,
        False,
    ]
    with pytest.raises(NotFound):
        ctx.access.list_access(other_boss, case_id)
    with pytest.raises(NotFound):
        ctx.access.lift(other_boss, case_id, "不要", view.case_version)

    # a named user from another team sees it once named
    view = ctx.access.restrict(
        boss, case_id, "他係の職員も担当", [lead.user_id, stranger.user_id], view.case_version
    )
    assert _sees(ctx, stranger, case_id)

    view = ctx.access.lift(boss, case_id, "危険がなくなった", view.case_version)
    assert not view.restricted
    assert view.entries[0].reasons == (Why.LEAD,)
    assert [_sees(ctx, p, case_id) for p in (lead, mate, stranger, boss, other_boss)] == [
        True,
        True,
        False,
        True,
        True,
    ]


def test_sharing_makes_a_case_visible_to_the_named_user_only(
    ctx: AppContext, new_user: UserFactory, teams: tuple[int, int], case_factory: Callable[..., int]
) -> None:
    a, b = teams
    lead = new_user("lead", Role.COUNSELOR, team_id=a)
    mate = new_user("mate", Role.COUNSELOR, team_id=a)
    friend = new_user("friend", Role.COORDINATOR, team_id=b)
    stranger = new_user("stranger", Role.COUNSELOR, team_id=b)
    case_id = case_factory(lead)
    # only the lead worker or a supervisor shares
    with pytest.raises(PermissionDenied):
        ctx.access.share(mate, case_id, friend.user_id)
    with pytest.raises(NotFound):
        ctx.access.share(stranger, case_id, stranger.user_id)
    view = ctx.access.share(lead, case_id, friend.user_id)
    shared = [e for e in view.entries if e.user_id == friend.user_id]
    assert shared[0].reasons == (Why.SHARED,)
    assert shared[0].removable
    assert _sees(ctx, friend, case_id)
    assert not _sees(ctx, stranger, case_id)
    with pytest.raises(ValidationError, match="すでに共有"):
        ctx.access.share(lead, case_id, friend.user_id)
    ctx.access.unshare(lead, case_id, friend.user_id)
    assert not _sees(ctx, friend, case_id)
    with pytest.raises(KnownError):
        ctx.access.unshare(lead, case_id, friend.user_id)


def test_bad_requests_are_refused_with_a_message(
    ctx: AppContext,
    admin: Principal,
    new_user: UserFactory,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    case_id = case_factory(counselor)
    version = _version(ctx, counselor, case_id)
    with pytest.raises(PermissionDenied):
        ctx.access.restrict(counselor, case_id, "理由", [], version)
    with pytest.raises(ValidationError, match="閲覧制限の理由"):
        ctx.access.restrict(supervisor, case_id, "  ", [], version)
    with pytest.raises(ValidationError, match="ケースを閲覧できない"):
        ctx.access.restrict(supervisor, case_id, "理由", [admin.user_id], version)
    with pytest.raises(ConflictError):
        ctx.access.restrict(supervisor, case_id, "理由", [], version + 1)
    with pytest.raises(KnownError, match="閲覧制限がありません"):
        ctx.access.lift(supervisor, case_id, "理由", version)
    jimu = new_user("jimu", Role.SECRETARIAT)
    with pytest.raises(ValidationError):
        ctx.access.share(supervisor, case_id, jimu.user_id)
    view = ctx.access.restrict(supervisor, case_id, "理由", [counselor.user_id], version)
    with pytest.raises(KnownError, match="共有できません"):
        ctx.access.share(supervisor, case_id, jimu.user_id)
    with pytest.raises(ValidationError, match="解除の理由"):
        ctx.access.lift(supervisor, case_id, "", view.case_version)
    for who in (admin, jimu):
        with pytest.raises(PermissionDenied):
            ctx.access.list_access(who, case_id)


def test_changes_are_audited_with_ids_only(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: UserFactory,
    case_factory: Callable[..., int],
) -> None:
    case_id = case_factory(counselor)
    other = new_user("other", Role.COUNSELOR)
    view = ctx.access.share(supervisor, case_id, other.user_id)
    ctx.access.unshare(supervisor, case_id, other.user_id)
    view = ctx.access.restrict(
        supervisor, case_id, "秘密の理由", [counselor.user_id], view.case_version
    )
    ctx.access.lift(supervisor, case_id, "解除の秘密", view.case_version)
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity.in_(["case_share", "case_restriction"]))
        ).all()
        changes = [(e.entity, e.detail["change"], e.case_id) for e in events]
        text = repr([e.detail for e in events])
    assert changes == [
        ("case_share", "shared", case_id),
        ("case_share", "unshared", case_id),
        ("case_restriction", "restricted", case_id),
        ("case_restriction", "lifted", case_id),
    ]
    assert "秘密" not in text
    assert ctx.system.verify_audit_chain(supervisor).ok


def test_the_intake_hint_names_the_supervisor_to_ask_and_nothing_else(
    ctx: AppContext, new_user: UserFactory, teams: tuple[int, int], case_factory: Callable[..., int]
) -> None:
    a, b = teams
    lead = new_user("lead", Role.COUNSELOR, team_id=a)
    other = new_user("other", Role.COUNSELOR, team_id=b)
    boss = new_user("boss", Role.SUPERVISOR)
    case_id = case_factory(lead, family_name="秘匿", family_kana="ヒトク")
    number = ctx.cases.get(lead, case_id).case_number
    ctx.access.restrict(boss, case_id, "DV", [lead.user_id], _version(ctx, boss, case_id))
    found = ctx.intake.find_candidates(other, "秘匿", "花子", "ヒトク", "ハナコ", "S19.5.3", "")
    assert [c.person_id for c in found] == [None]
    notice = found[0].notice
    assert notice == "閲覧制限のある記録があります。boss 職員（主任相談支援員）に確認してください。"
    assert number not in notice
    assert "秘匿" not in notice
    assert (found[0].name, found[0].kana, found[0].birth_date, found[0].phone) == (
        "",
        "",
        None,
        "",
    )
    # the named users are not told apart from the hint: the lead sees the person
    mine = ctx.intake.find_candidates(lead, "秘匿", "花子", "ヒトク", "ハナコ", "S19.5.3", "")
    assert [c.person_id for c in mine if c.person_id]
    assert RESTRICTED_HINT not in {c.notice for c in mine}
    assert OUT_OF_SCOPE_HINT not in {c.notice for c in found}
