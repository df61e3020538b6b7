"""The case list: every filter and sort against hand-computed expectations, saved views,
bulk reassignment and the CSV export, each within the user's scope."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, ConsentStatus, ReferralStatus, Role
from welfaredesk.domain.errors import NotFound, PermissionDenied, ValidationError
from welfaredesk.services.case_list import BUILTIN_VIEWS, filter_from_json, filter_to_json
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.storage.orm import (
    Agency,
    Area,
    AuditEvent,
    Case,
    CaseAccess,
    CaseIssue,
    Referral,
    Team,
    User,
)

CaseFactory = Callable[..., int]
UserFactory = Callable[..., Principal]
TODAY = dt.date(2025, 9, 10)


@pytest.fixture
def world(ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory) -> dict[str, Any]:
    """Six cases with known fields, two teams, a coordinator, a counselor and a supervisor."""
    with ctx.db.write() as s:
        team_a, team_b = Team(name="A係"), Team(name="B係")
        s.add_all([team_a, team_b])
        s.flush()
        teams = (team_a.id, team_b.id)
        areas = [a.id for a in s.scalars(select(Area).order_by(Area.sort_order, Area.id))]
    boss = new_user("boss", Role.SUPERVISOR, team_id=teams[0])
    coord = new_user("coord", Role.COORDINATOR, team_id=teams[0])
    worker = new_user("worker", Role.COUNSELOR, team_id=teams[0])
    other = new_user("other", Role.COUNSELOR, team_id=teams[1])
    names = [
        ("青木", "アオキ", dt.date(1945, 1, 1), dt.datetime(2025, 4, 3, 9, 0), ("dementia",)),
        (
            "井上",
            "イノウエ",
            dt.date(1975, 6, 1),
            dt.datetime(2025, 5, 8, 9, 0),
            ("multiple_debt",),
        ),
        ("上田", "ウエダ", dt.date(1990, 3, 1), dt.datetime(2025, 6, 2, 9, 0), ("dementia",)),
        ("江藤", "エトウ", dt.date(2005, 8, 1), dt.datetime(2025, 7, 1, 9, 0), ()),
        ("大野", "オオノ", None, dt.datetime(2024, 11, 5, 9, 0), ("housing",)),
        ("加藤", "カトウ", dt.date(1960, 2, 2), dt.datetime(2025, 8, 20, 9, 0), ()),
    ]
    ids = []
    for family, kana, birth, received, issues in names:
        author = other if family == "加藤" else worker
        ids.append(
            case_factory(
                author,
                family_name=family,
                family_kana=kana,
                birth_date=birth,
                received_at=received,
                issue_codes=issues,
            )
        )
    a, b, c, d, e, f = ids
    with ctx.db.write() as s:
        for case in s.scalars(select(Case)):
            case.area_id = areas[0]
        setup = {
            a: dict(
                lead_worker_id=coord.user_id,
                complex_needs=True,
                next_due_on=dt.date(2025, 9, 1),
                last_contact_on=dt.date(2025, 9, 5),
                consent_status=str(ConsentStatus.GIVEN),
            ),
            b: dict(
                lead_worker_id=worker.user_id,
                economic_hardship=True,
                urgent=True,
                next_due_on=dt.date(2025, 9, 20),
                last_contact_on=dt.date(2025, 9, 9),
                area_id=areas[1],
            ),
            c: dict(
                lead_worker_id=worker.user_id,
                co_worker_id=coord.user_id,
                complex_needs=True,
                next_due_on=dt.date(2025, 9, 9),
                last_contact_on=dt.date(2025, 8, 1),
                stage=str(CaseStage.PLAN_DRAFT),
            ),
            d: dict(lead_worker_id=None, last_contact_on=None, stage=str(CaseStage.ASSESSMENT)),
            e: dict(
                lead_worker_id=worker.user_id,
                stage=str(CaseStage.CLOSED),
                closed_on=dt.date(2025, 3, 1),
                next_due_on=dt.date(2025, 1, 1),
                last_contact_on=dt.date(2025, 3, 1),
            ),
            f: dict(
                lead_worker_id=other.user_id, team_id=teams[1], last_contact_on=dt.date(2025, 9, 1)
            ),
        }
        for case_id, values in setup.items():
            case = s.get_one(Case, case_id)
            for key, value in values.items():
                setattr(case, key, value)
        agency_id = s.scalars(select(Agency.id).limit(1)).one()
        s.add(
            Referral(
                case_id=c,
                agency_id=agency_id,
                referred_on=dt.date(2025, 8, 1),
                method="accompany",
                status=str(ReferralStatus.HANDED_OVER),
                basis="consent",
            )
        )
    return {
        "ids": ids,
        "boss": boss,
        "coord": coord,
        "worker": worker,
        "other": other,
        "teams": teams,
        "areas": areas,
    }


def _ids(ctx: AppContext, principal: Principal, **kwargs: Any) -> list[int]:
    kwargs.setdefault("sort_key", "case_number")
    kwargs.setdefault("descending", False)
    return ctx.cases.list_ids(principal, CaseFilter(**kwargs), today=TODAY)


def test_each_filter_gives_the_hand_computed_cases(ctx: AppContext, world: dict[str, Any]) -> None:
    a, b, c, d, e, f = world["ids"]
    boss = world["boss"]
    assert _ids(ctx, boss) == [e, a, b, c, d, f]  # R6-00001 first, then R7 in order
    assert _ids(ctx, boss, stages=(CaseStage.PLAN_DRAFT, CaseStage.ASSESSMENT)) == [c, d]
    assert _ids(ctx, boss, open_only=True) == [a, b, c, d, f]
    assert _ids(ctx, boss, closed_only=True) == [e]
    assert _ids(ctx, boss, worker_ids=(world["coord"].user_id,)) == [a, c]
    assert _ids(ctx, boss, lead_worker_ids=(world["coord"].user_id,)) == [a]
    assert _ids(ctx, boss, team_ids=(world["teams"][1],)) == [f]
    assert _ids(ctx, boss, area_ids=(world["areas"][1],)) == [b]
    assert _ids(ctx, boss, issue_codes=("dementia",)) == [a, c]
    assert _ids(ctx, boss, issue_codes=("dementia", "housing")) == [e, a, c]
    assert _ids(ctx, boss, flags=("complex_needs",)) == [a, c]
    assert _ids(ctx, boss, flags=("economic_hardship", "urgent")) == [b]
    assert _ids(ctx, boss, flags=("complex_needs", "urgent")) == []
    assert _ids(ctx, boss, consents=(ConsentStatus.GIVEN,)) == [a]
    assert _ids(ctx, boss, referral_statuses=(str(ReferralStatus.HANDED_OVER),)) == [c]
    # overdue: open and due before today (9/10): a (9/1) and c (9/9); e is closed
    assert _ids(ctx, boss, overdue_only=True) == [a, c]
    # needs attention: open and urgent (b), no contact yet (d), or none for 30 days (c: 8/1)
    assert _ids(ctx, boss, needs_attention=True) == [b, c, d]
    assert _ids(ctx, boss, coordinator_lead=True) == [a]
    assert _ids(ctx, boss, fiscal_years=(2024,)) == [e]
    assert _ids(ctx, boss, opened_from=dt.date(2025, 5, 1), opened_until=dt.date(2025, 6, 30)) == [
        b,
        c,
    ]
    assert _ids(ctx, boss, open_only=True, issue_codes=("dementia",), overdue_only=True) == [a, c]


def test_filters_never_widen_the_scope(ctx: AppContext, world: dict[str, Any]) -> None:
    a, _b, _c, _d, _e, f = world["ids"]
    other, worker = world["other"], world["worker"]
    assert _ids(ctx, other) == [f]
    assert _ids(ctx, other, issue_codes=("dementia",)) == []
    assert _ids(ctx, worker, team_ids=(world["teams"][1],)) == []
    with ctx.db.write() as s:
        s.get_one(Case, a).restricted = True
    assert a not in _ids(ctx, world["boss"], flags=("complex_needs",))
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=a, user_id=world["boss"].user_id))
    assert _ids(ctx, world["boss"], flags=("restricted",)) == [a]


@pytest.mark.parametrize(
    ("key", "descending", "expected"),
    [
        ("client_kana", False, "abcdef"),
        ("client_kana", True, "fedcba"),
        ("age", False, "dcbfae"),  # youngest first; e has no birth date and comes last
        ("next_due_on", False, "eacbdf"),  # no due date last
        ("last_contact_on", True, "bafced"),  # most recent contact first, never contacted last
        ("opened_on", True, "fdcbae"),
        ("complex_needs", True, "cafedb"),  # ties by id, in the same direction
    ],
)
def test_sorting_by_each_column(
    ctx: AppContext, world: dict[str, Any], key: str, descending: bool, expected: str
) -> None:
    by_letter = dict(zip("abcdef", world["ids"], strict=True))
    got = ctx.cases.list_ids(
        world["boss"], CaseFilter(sort_key=key, descending=descending), today=TODAY
    )
    assert got == [by_letter[x] for x in expected]


@pytest.mark.parametrize("key", ["client_kana", "next_due_on", "last_contact_on", "opened_on"])
def test_a_page_is_the_start_of_the_whole_list_with_its_total(
    ctx: AppContext, world: dict[str, Any], key: str
) -> None:
    boss, other = world["boss"], world["other"]
    for descending in (False, True):
        flt = CaseFilter(sort_key=key, descending=descending)
        whole = ctx.cases.list_ids(boss, flt, today=TODAY)
        page = ctx.cases.list_page(boss, flt, 4, rows=2, today=TODAY)
        assert list(page.ids) == whole[:4]
        assert (page.total, page.complete) == (6, False)
        assert [row.id if row else None for row in page.rows] == whole[:2]
    everything = ctx.cases.list_page(boss, CaseFilter(), 10, today=TODAY)
    assert (len(everything.ids), everything.total, everything.complete) == (6, 6, True)
    assert everything.rows == ()
    # The count is the user's scope and the filter's, like the ids.
    # The first page tests issues and referrals case by case (EXISTS), the count and the whole
    # list with IN: the same cases either way.
    for narrowing in (
        CaseFilter(issue_codes=("dementia",)),
        CaseFilter(issue_codes=("dementia", "housing"), sort_key="client_kana"),
        CaseFilter(referral_statuses=(str(ReferralStatus.HANDED_OVER),)),
    ):
        whole = ctx.cases.list_ids(boss, narrowing, today=TODAY)
        assert whole
        for limit in (1, len(whole)):
            narrowed = ctx.cases.list_page(boss, narrowing, limit, today=TODAY)
            assert (list(narrowed.ids), narrowed.total) == (whole[:limit], len(whole))
    mine = ctx.cases.list_page(other, CaseFilter(), 1, rows=1, today=TODAY)
    assert (mine.ids, mine.total) == ((world["ids"][5],), 1)


def test_case_issue_follows_slips_and_assessments(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor, issue_codes=("multiple_debt", "housing"))
    with ctx.db.read() as s:
        codes = set(s.scalars(select(CaseIssue.issue_code).where(CaseIssue.case_id == case_id)))
    assert codes == {"multiple_debt", "housing"}


def test_builtin_and_saved_views(ctx: AppContext, world: dict[str, Any]) -> None:
    boss = world["boss"]
    views = ctx.case_list.views(boss)
    assert [v.name for v in views] == [name for _key, name, _flt in BUILTIN_VIEWS]
    flt = CaseFilter(
        text="山田",
        stages=(CaseStage.PLAN_DRAFT,),
        issue_codes=("dementia",),
        opened_from=dt.date(2025, 4, 1),
        sort_key="next_due_on",
        descending=False,
    )
    saved = ctx.case_list.save_view(boss, "  認知症の計画案 ", flt)
    assert saved.name == "認知症の計画案"
    assert saved.filter.text == ""  # a view never keeps a search text (it may be a name)
    assert saved.filter.issue_codes == ("dementia",)
    assert saved.filter.opened_from == dt.date(2025, 4, 1)
    assert saved.filter.sort_key == "next_due_on"
    assert [v.name for v in ctx.case_list.views(boss)][-1] == "認知症の計画案"
    assert all(not v.name.startswith("認知症") for v in ctx.case_list.views(world["worker"]))
    with pytest.raises(ValidationError) as info:
        ctx.case_list.save_view(boss, "認知症の計画案", CaseFilter())
    assert info.value.field == "name"
    replaced = ctx.case_list.save_view(
        boss, "認知症の計画案", CaseFilter(open_only=True), replace=True
    )
    assert replaced.id == saved.id
    assert replaced.filter.open_only
    for bad in ("", "   ", "期限超過", "あ" * 41):
        with pytest.raises(ValidationError):
            ctx.case_list.save_view(boss, bad, CaseFilter())
    with pytest.raises(NotFound):
        ctx.case_list.delete_view(world["worker"], saved.id)
    assert saved.id is not None
    ctx.case_list.delete_view(boss, saved.id)
    assert len(ctx.case_list.views(boss)) == len(BUILTIN_VIEWS)


def test_builtin_views_list_the_expected_cases(ctx: AppContext, world: dict[str, Any]) -> None:
    a, b, c, d, _e, _f = world["ids"]
    views = {v.key: v.filter for v in ctx.case_list.views(world["coord"])}
    coord = world["coord"]
    assert sorted(ctx.cases.list_ids(coord, views["mine"], today=TODAY)) == sorted([a, c])
    assert ctx.cases.list_ids(coord, views["overdue"], today=TODAY) == [a, c]
    assert ctx.cases.list_ids(coord, views["coordinator"], today=TODAY) == [a]
    assert ctx.cases.list_ids(coord, views["attention"], today=TODAY) == [c, b, d]


def test_filter_json_round_trip_and_tolerance() -> None:
    flt = CaseFilter(
        stages=(CaseStage.INTAKE,),
        consents=(ConsentStatus.REFUSED,),
        worker_ids=(3, 4),
        flags=("urgent",),
        fiscal_years=(2025,),
        opened_until=dt.date(2026, 3, 31),
        overdue_only=True,
        sort_key="age",
    )
    assert filter_from_json(filter_to_json(flt)) == flt
    assert filter_to_json(CaseFilter()) == {}
    odd = filter_from_json(
        {"stages": ["nonsense"], "flags": ["urgent", "drop table"], "sort_key": "x", "new": 1}
    )
    assert odd == CaseFilter(flags=("urgent",))


def test_bulk_reassignment_is_all_or_nothing_and_audited(
    ctx: AppContext, world: dict[str, Any]
) -> None:
    a, b, _c, d, e, _f = world["ids"]
    boss, worker, coord = world["boss"], world["worker"], world["coord"]
    with pytest.raises(PermissionDenied):
        ctx.case_list.reassign(worker, [b], coord.user_id)
    with pytest.raises(ValidationError) as info:
        ctx.case_list.reassign(boss, [b, e], coord.user_id)
    assert info.value.field == "case_ids"
    assert "終結" in str(info.value)
    with pytest.raises(ValidationError) as info:
        ctx.case_list.reassign(boss, [a, b], worker.user_id)  # a is complex: reason needed
    assert info.value.field == "lead_reason"
    with ctx.db.read() as s:
        assert s.get_one(Case, b).lead_worker_id == worker.user_id  # nothing half-saved
        assert s.get_one(Case, a).lead_worker_id == coord.user_id
    result = ctx.case_list.reassign(boss, [a, b, d], worker.user_id, reason="推進員が不在のため")
    assert (result.changed, result.unchanged) == (2, 1)
    with ctx.db.read() as s:
        assert s.get_one(Case, a).lead_reason == "推進員が不在のため"
        assert s.get_one(Case, d).lead_worker_id == worker.user_id
        events = list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "case", AuditEvent.action == str(AuditAction.UPDATE)
                )
            )
        )
    bulk = [ev for ev in events if ev.detail.get("bulk")]
    assert sorted(ev.case_id or 0 for ev in bulk) == sorted([a, d])
    assert all(ev.user_id == boss.user_id for ev in bulk)
    with ctx.db.write() as s:
        s.get_one(User, coord.user_id).active = False
    with pytest.raises(ValidationError) as info:
        ctx.case_list.reassign(boss, [b], coord.user_id)
    assert info.value.field == "lead_worker_id"
    with pytest.raises(ValidationError):
        ctx.case_list.reassign(boss, [], worker.user_id)


def test_csv_export_is_what_the_user_sees_and_audited(
    ctx: AppContext, world: dict[str, Any]
) -> None:
    a, _b, _c, _d, _e, _f = world["ids"]
    boss = world["boss"]
    flt = CaseFilter(text="ア", issue_codes=("dementia",), sort_key="client_kana", descending=False)
    export = ctx.case_list.export_csv(boss, flt, today=TODAY)
    table = list(csv.reader(io.StringIO(export.text)))
    assert export.rows == 1
    assert table[0][:3] == ["受付番号", "氏名", "ふりがな"]
    assert table[1][1] == "青木 花子" or table[1][1].startswith("青木")
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "case_list")).one()
    assert event.detail == {"rows": 1, "filters": ["descending", "issue_codes", "sort_key", "text"]}
    assert "ア" not in str(event.detail.values()).replace("text", "")
    with pytest.raises(PermissionDenied):
        ctx.case_list.export_csv(world["worker"], CaseFilter())
    with ctx.db.write() as s:
        s.get_one(Case, a).restricted = True
    export = ctx.case_list.export_csv(boss, CaseFilter(), today=TODAY)
    assert export.rows == 5
    assert "青木" not in export.text


def test_choices_offer_what_the_panel_needs(ctx: AppContext, world: dict[str, Any]) -> None:
    choices = ctx.case_list.choices(world["other"])
    assert len(choices.workers) == 4  # the administrator is no case worker
    assert [c.key for c in choices.fiscal_years] == ["2025"]  # only the years of visible cases
    assert [c.key for c in ctx.case_list.choices(world["boss"]).fiscal_years] == ["2025", "2024"]
    assert choices.fiscal_years[0].label == "令和7年度（2025年度）"
    assert choices.lead_candidates[0].label.endswith("（相談支援包括化推進員）")
    assert any(c.key == "dementia" and c.label == "認知症" for c in choices.issues)
    assert [c.key for c in choices.flags][:2] == ["complex_needs", "economic_hardship"]
