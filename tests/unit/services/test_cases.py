"""Cases: opening, numbering, the list, the record scope, the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, Role
from welfaredesk.domain.errors import NotFound, PermissionDenied
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.intake import IntakeInput
from welfaredesk.storage.orm import AuditEvent, Case, CaseAccess, Person, Team

CaseFactory = Callable[..., int]
UserFactory = Callable[..., Principal]


def test_opening_a_case_numbers_it_in_the_fiscal_year(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    first = case_factory(counselor, received_at=dt.datetime(2025, 4, 1, 9, 0))
    second = case_factory(counselor, received_at=dt.datetime(2026, 3, 31, 16, 0))
    third = case_factory(counselor, received_at=dt.datetime(2026, 4, 1, 9, 0))
    rows = ctx.cases.fetch_rows(counselor, [first, second, third])
    assert [rows[i].case_number for i in (first, second, third)] == [
        "R7-00001",
        "R7-00002",
        "R8-00001",
    ]


def test_opening_a_case_writes_everything_in_one_transaction_with_an_audit_event(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    with ctx.db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == AuditAction.CREATE, AuditEvent.entity == "case"
            )
        ).one()
        person = s.scalars(select(Person)).one()
    assert (event.entity, event.entity_id, event.case_id) == ("case", case_id, case_id)
    assert event.user_id == counselor.user_id
    assert "山田" not in str(event.detail)
    assert person.kana_key == "やまだはなこ"
    assert person.name_key == "山田花子"


def test_counselors_see_their_own_and_their_teams_cases_only(
    ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory
) -> None:
    with ctx.db.write() as s:
        team_a, team_b = Team(name="A係"), Team(name="B係")
        s.add_all([team_a, team_b])
        s.flush()
        a_id, b_id = team_a.id, team_b.id
    alice = new_user("alice", Role.COUNSELOR, team_id=a_id)
    anna = new_user("anna", Role.COUNSELOR, team_id=a_id)
    bob = new_user("bob", Role.COUNSELOR, team_id=b_id)
    boss = new_user("boss", Role.SUPERVISOR)
    alices = case_factory(alice)
    bobs = case_factory(bob, family_name="佐藤", family_kana="サトウ")

    assert ctx.cases.list_ids(alice, CaseFilter()) == [alices]
    assert ctx.cases.list_ids(anna, CaseFilter()) == [alices]  # same team
    assert ctx.cases.list_ids(bob, CaseFilter()) == [bobs]
    assert set(ctx.cases.list_ids(boss, CaseFilter())) == {alices, bobs}
    assert ctx.cases.count(bob) == 1
    assert ctx.cases.fetch_rows(bob, [alices, bobs]).keys() == {bobs}
    with pytest.raises(NotFound):
        ctx.cases.get(bob, alices)


def test_restricted_cases_are_seen_only_by_named_users(
    ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory
) -> None:
    lead = new_user("lead", Role.COUNSELOR)
    boss = new_user("boss", Role.SUPERVISOR)
    case_id = case_factory(lead, family_name="秘匿", family_kana="ヒトク")
    with ctx.db.write() as s:
        s.get_one(Case, case_id).restricted = True
        s.add(CaseAccess(case_id=case_id, user_id=lead.user_id))
    assert ctx.cases.list_ids(lead, CaseFilter()) == [case_id]
    assert ctx.cases.list_ids(boss, CaseFilter()) == []
    assert ctx.cases.list_ids(boss, CaseFilter(text="ヒトク")) == []
    assert ctx.cases.count(boss) == 0
    with pytest.raises(NotFound):
        ctx.cases.get(boss, case_id)


@pytest.mark.parametrize("role", [Role.SECRETARIAT, Role.ADMIN])
def test_secretariat_and_administrators_read_no_case_content(
    ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory, role: Role
) -> None:
    counselor = new_user("c1", Role.COUNSELOR)
    case_id = case_factory(counselor)
    other = new_user("other", role)
    with pytest.raises(PermissionDenied):
        ctx.cases.list_ids(other, CaseFilter())
    with pytest.raises(PermissionDenied):
        ctx.cases.get(other, case_id)
    with pytest.raises(PermissionDenied):
        ctx.intake.save(other, IntakeInput(family_name="x", family_kana="エックス"))


def test_viewing_a_case_is_audited(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    detail = ctx.cases.get(counselor, case_id, today=dt.date(2025, 6, 2))
    assert detail.client_name == "山田\u3000花子"
    assert detail.age == 81
    assert detail.stage is CaseStage.INTAKE
    assert [m.relation for m in detail.members] == ["本人"]
    assert detail.consultations[0].presenting_concern.startswith("母の認知症")
    with ctx.db.read() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW)).all()
    assert [(v.entity_id, v.user_id) for v in views] == [(case_id, counselor.user_id)]


def test_list_filters_by_case_number_name_kana_variant_and_phone(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    takahashi = case_factory(
        supervisor,
        family_name="髙橋",
        given_name="一郎",
        family_kana="たかはし",
        given_kana="いちろう",
        phone="042-000-1234",
    )
    yamada = case_factory(supervisor)
    ids = lambda text: ctx.cases.list_ids(supervisor, CaseFilter(text=text))  # noqa: E731
    assert ids("高橋") == [takahashi]  # kanji variant folded
    assert ids("タカハシ") == [takahashi]  # kana typed in katakana, stored from hiragana
    assert ids("やまだ") == [yamada]
    assert ids("R7-2") == [yamada]
    assert ids("r7-00001") == [takahashi]
    assert ids("0420001234") == [takahashi]
    assert ids("042-000") == [takahashi]
    assert ids("該当なし") == []


def test_list_sorts_by_every_column_both_ways(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    older = case_factory(
        supervisor, birth_date=dt.date(1940, 1, 1), received_at=dt.datetime(2025, 5, 1, 9, 0)
    )
    younger = case_factory(
        supervisor,
        family_name="青木",
        family_kana="アオキ",
        birth_date=dt.date(1990, 1, 1),
        received_at=dt.datetime(2025, 6, 1, 9, 0),
    )
    from welfaredesk.services.cases import SORT_KEYS

    for key in SORT_KEYS:
        for descending in (False, True):
            ids = ctx.cases.list_ids(supervisor, CaseFilter(sort_key=key, descending=descending))
            assert sorted(ids) == sorted([older, younger]), key
    by_age = ctx.cases.list_ids(supervisor, CaseFilter(sort_key="age", descending=False))
    assert by_age == [younger, older]
    by_kana = ctx.cases.list_ids(supervisor, CaseFilter(sort_key="client_kana", descending=False))
    assert by_kana == [younger, older]
    by_opened = ctx.cases.list_ids(supervisor, CaseFilter(sort_key="opened_on", descending=True))
    assert by_opened == [younger, older]


def test_stage_open_and_mine_filters(
    ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory
) -> None:
    boss = new_user("boss", Role.SUPERVISOR)
    mine = case_factory(boss)
    other = case_factory(new_user("c2", Role.COUNSELOR))
    with ctx.db.write() as s:
        s.get_one(Case, other).stage = CaseStage.CLOSED
    assert ctx.cases.list_ids(boss, CaseFilter(mine_only=True)) == [mine]
    assert ctx.cases.list_ids(boss, CaseFilter(open_only=True)) == [mine]
    assert ctx.cases.list_ids(boss, CaseFilter(stages=(CaseStage.CLOSED,))) == [other]
