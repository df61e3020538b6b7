"""My tasks (今日の仕事): the rules, the date groups, the record scope and the drafts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import event, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    CaseStage,
    ClosureStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReferralStatus,
    Role,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.tasks import TaskGroup, TaskKind, TaskRow, group_of
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Case,
    CaseAccess,
    Closure,
    Meeting,
    MonitoringReview,
    ProgressNote,
    Referral,
    SupportPlan,
)

TODAY = dt.date(2025, 7, 10)


def day(offset: int) -> dt.date:
    """A day relative to the frozen today."""
    return TODAY + dt.timedelta(days=offset)


def add_review(ctx: AppContext, case_id: int, due_on: dt.date, *, done: bool = False) -> int:
    with ctx.db.write() as s:
        review = MonitoringReview(
            case_id=case_id, due_on=due_on, reviewed_on=due_on if done else None
        )
        s.add(review)
        s.flush()
        return review.id


def add_agency(ctx: AppContext) -> int:
    with ctx.db.write() as s:
        agency = Agency(name="中央地域包括支援センター", kind="community_support")
        s.add(agency)
        s.flush()
        return agency.id


def add_referral(
    ctx: AppContext,
    case_id: int,
    agency_id: int,
    due_on: dt.date,
    status: ReferralStatus = ReferralStatus.PLANNED,
    confirmed_on: dt.date | None = None,
) -> None:
    with ctx.db.write() as s:
        s.add(
            Referral(
                case_id=case_id,
                agency_id=agency_id,
                referred_on=dt.date(2025, 6, 20),
                method="accompanied",
                status=status,
                basis="consent",
                confirmation_due_on=due_on,
                confirmed_on=confirmed_on,
            )
        )


def add_plan(
    ctx: AppContext, case_id: int, review_on: dt.date, status: PlanStatus, plan_no: int = 1
) -> None:
    with ctx.db.write() as s:
        s.add(
            SupportPlan(case_id=case_id, plan_no=plan_no, status=status, next_review_on=review_on)
        )


def add_note(
    ctx: AppContext, case_id: int, staff_id: int, noted_at: dt.datetime, next_on: dt.date | None
) -> None:
    with ctx.db.write() as s:
        s.add(
            ProgressNote(
                case_id=case_id,
                noted_at=noted_at,
                method_code="phone",
                staff_id=staff_id,
                next_action="家計の相談をもう一度",
                next_action_on=next_on,
            )
        )


def add_meeting(
    ctx: AppContext,
    case_id: int,
    held_at: dt.datetime,
    status: MeetingStatus = MeetingStatus.SCHEDULED,
) -> None:
    with ctx.db.write() as s:
        meeting = Meeting(
            kind=MeetingKind.COORDINATION,
            meeting_type_code="coordination",
            held_at=held_at,
            status=status,
        )
        s.add(meeting)
        s.flush()
        s.add(AgendaItem(meeting_id=meeting.id, case_id=case_id, purpose="plan"))


def tasks(ctx: AppContext, principal: Principal) -> list[TaskRow]:
    return ctx.tasks.my_tasks(principal, today=TODAY)


def test_groups_by_due_date() -> None:
    """Yesterday is overdue, today is today, +6 this week, +13 later, +14 is not shown."""
    assert group_of(day(-30), TODAY) is TaskGroup.OVERDUE
    assert group_of(day(-1), TODAY) is TaskGroup.OVERDUE
    assert group_of(day(0), TODAY) is TaskGroup.TODAY
    assert group_of(day(1), TODAY) is TaskGroup.THIS_WEEK
    assert group_of(day(6), TODAY) is TaskGroup.THIS_WEEK
    assert group_of(day(7), TODAY) is TaskGroup.LATER
    assert group_of(day(13), TODAY) is TaskGroup.LATER
    assert group_of(day(14), TODAY) is None


def test_monitoring_reviews_by_group(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """Pending reviews appear in their group; done ones and those beyond two weeks do not."""
    case_id = case_factory(counselor)
    for offset in (-1, 0, 6, 13, 20):
        add_review(ctx, case_id, day(offset))
    add_review(ctx, case_id, day(-3), done=True)
    rows = tasks(ctx, counselor)
    assert [(r.due_on, r.group) for r in rows] == [
        (day(-1), TaskGroup.OVERDUE),
        (day(0), TaskGroup.TODAY),
        (day(6), TaskGroup.THIS_WEEK),
        (day(13), TaskGroup.LATER),
    ]
    first = rows[0]
    assert first.kind is TaskKind.MONITORING
    assert first.kind_label == "モニタリング"
    assert first.case_id == case_id
    assert first.client_name == "山田\u3000花子"
    assert first.case_number
    assert first.open_tab == "monitoring"


def test_referral_confirmations(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """予定/実施 referrals not yet confirmed are tasks; confirmed or final ones are not."""
    case_id = case_factory(counselor)
    agency = add_agency(ctx)
    add_referral(ctx, case_id, agency, day(-2))
    add_referral(ctx, case_id, agency, day(3), ReferralStatus.DONE)
    add_referral(ctx, case_id, agency, day(-2), ReferralStatus.DONE, confirmed_on=day(-3))
    add_referral(ctx, case_id, agency, day(-2), ReferralStatus.HANDED_OVER)
    add_referral(ctx, case_id, agency, day(-2), ReferralStatus.ON_HOLD)
    rows = tasks(ctx, counselor)
    assert [(r.kind, r.group, r.open_tab) for r in rows] == [
        (TaskKind.REFERRAL, TaskGroup.OVERDUE, "referral"),
        (TaskKind.REFERRAL, TaskGroup.THIS_WEEK, "referral"),
    ]
    assert "中央地域包括支援センター" in rows[0].text


def test_plan_reviews_of_decided_plans_only(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """A decided plan's review date is a task; a draft plan's is not."""
    case_id = case_factory(counselor)
    add_plan(ctx, case_id, day(2), PlanStatus.DECIDED)
    add_plan(ctx, case_id, day(2), PlanStatus.DRAFT, plan_no=2)
    add_plan(ctx, case_factory(counselor), day(30), PlanStatus.DECIDED)
    rows = tasks(ctx, counselor)
    assert [(r.kind, r.due_on, r.open_tab) for r in rows] == [
        (TaskKind.PLAN_REVIEW, day(2), "plan")
    ]


def test_a_reviewed_plan_or_one_with_a_pending_review_is_not_a_task(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """Once the plan was reviewed on or after its date, or a review of it is pending (that
    review is the task), the plan's review date is not listed again."""
    reviewed = case_factory(counselor)
    pending = case_factory(counselor)
    for case_id in (reviewed, pending):
        add_plan(ctx, case_id, day(-3), PlanStatus.DECIDED)
    with ctx.db.write() as s:
        plans = {p.case_id: p.id for p in s.scalars(select(SupportPlan))}
        s.add(
            MonitoringReview(
                case_id=reviewed, plan_id=plans[reviewed], due_on=day(-3), reviewed_on=day(-1)
            )
        )
        s.add(MonitoringReview(case_id=pending, plan_id=plans[pending], due_on=day(4)))
    rows = tasks(ctx, counselor)
    assert [(r.kind, r.case_id) for r in rows] == [(TaskKind.MONITORING, pending)]


def test_next_actions_of_own_latest_notes(
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    """The next action of the user's latest note is a task; a later note supersedes it."""
    other = new_user("tanaka", Role.COUNSELOR)
    first = case_factory(counselor)
    second = case_factory(counselor, family_name="鈴木")
    third = case_factory(counselor, family_name="髙橋")
    add_note(ctx, first, counselor.user_id, dt.datetime(2025, 7, 1, 10), day(1))
    # Superseded by a later note on the same case.
    add_note(ctx, second, counselor.user_id, dt.datetime(2025, 7, 1, 10), day(1))
    add_note(ctx, second, other.user_id, dt.datetime(2025, 7, 2, 10), None)
    # Written by someone else.
    add_note(ctx, third, other.user_id, dt.datetime(2025, 7, 1, 10), day(1))
    rows = tasks(ctx, counselor)
    assert [(r.kind, r.case_id, r.open_tab) for r in rows] == [
        (TaskKind.NEXT_ACTION, first, "progress")
    ]
    assert "家計" not in rows[0].text  # the note's content is not shown


def test_meetings_in_the_next_two_weeks(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """Scheduled meetings with the user's case on the agenda, from today to +13 days."""
    case_id = case_factory(counselor)
    add_meeting(ctx, case_id, dt.datetime.combine(day(0), dt.time(14, 0)))
    add_meeting(ctx, case_id, dt.datetime.combine(day(13), dt.time(10, 0)))
    add_meeting(ctx, case_id, dt.datetime.combine(day(14), dt.time(10, 0)))
    add_meeting(ctx, case_id, dt.datetime.combine(day(-1), dt.time(10, 0)))
    add_meeting(ctx, case_id, dt.datetime.combine(day(3), dt.time(10, 0)), MeetingStatus.HELD)
    rows = tasks(ctx, counselor)
    assert [(r.kind, r.group, r.open_tab) for r in rows] == [
        (TaskKind.MEETING, TaskGroup.TODAY, "meeting"),
        (TaskKind.MEETING, TaskGroup.LATER, "meeting"),
    ]
    assert "14:00" in rows[0].text


def test_scope_other_team_restricted_and_closed(
    ctx: AppContext,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    """Only the user's own visible open cases: not a colleague's, not restricted, not closed."""
    me = new_user("kato", Role.COUNSELOR)
    colleague = new_user("ito", Role.COUNSELOR)
    mine = case_factory(me)
    co_worked = case_factory(colleague, family_name="鈴木")
    theirs = case_factory(colleague, family_name="髙橋")
    restricted = case_factory(me, family_name="佐藤")
    named = case_factory(me, family_name="小林")
    closed = case_factory(me, family_name="中村")
    with ctx.db.write() as s:
        s.get_one(Case, co_worked).co_worker_id = me.user_id
        s.get_one(Case, restricted).restricted = True
        s.get_one(Case, named).restricted = True
        s.add(CaseAccess(case_id=named, user_id=me.user_id))
        s.get_one(Case, closed).stage = CaseStage.CLOSED
    for case_id in (mine, co_worked, theirs, restricted, named, closed):
        add_review(ctx, case_id, day(1))
    assert {r.case_id for r in tasks(ctx, me)} == {mine, co_worked, named}
    assert {r.case_id for r in tasks(ctx, colleague)} == {co_worked, theirs}


def test_supervisor_gets_own_cases_only(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """A supervisor sees every case, but the task list holds only their own."""
    own = case_factory(supervisor)
    other = case_factory(counselor)
    add_review(ctx, own, day(1))
    add_review(ctx, other, day(1))
    assert [r.case_id for r in tasks(ctx, supervisor)] == [own]


def test_drafts(
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    """The user's drafts are today's tasks; another user's and an unseen case's are not."""
    case_id = case_factory(counselor)
    other = new_user("tanaka", Role.COUNSELOR)
    hidden = case_factory(other, family_name="髙橋")
    ctx.drafts.save(counselor, "intake", "", {"family_name": "田中"})
    ctx.drafts.save(counselor, "assessment", str(case_id), {"strengths": "x"})
    ctx.drafts.save(counselor, "support_plan", str(case_id), {"goal": "x"})
    ctx.drafts.save(counselor, "progress_note", f"{case_id}/7", {"body": "x"})
    ctx.drafts.save(counselor, "assessment", str(hidden), {"strengths": "x"})
    ctx.drafts.save(other, "intake", "", {"family_name": "伊藤"})
    rows = tasks(ctx, counselor)
    assert all(r.kind is TaskKind.DRAFT and r.group is TaskGroup.TODAY for r in rows)
    assert sorted((r.open_tab, r.case_id) for r in rows) == [
        ("assessment", case_id),
        ("intake_draft", None),
        ("plan", case_id),
        ("progress", case_id),
    ]
    intake = next(r for r in rows if r.case_id is None)
    assert intake.case_number == ""
    assert "田中" not in intake.text


def test_roles_without_case_access_get_nothing(
    ctx: AppContext, new_user: Callable[..., Principal]
) -> None:
    """A role that may not read cases has no task list."""
    clerk = new_user("clerk", Role.ADMIN)
    assert tasks(ctx, clerk) == []


def test_one_query_per_kind(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    """The number of queries does not grow with the number of tasks (no N+1)."""
    agency = add_agency(ctx)
    for n in range(5):
        case_id = case_factory(counselor, family_name=f"山田{n}")
        add_review(ctx, case_id, day(n))
        add_referral(ctx, case_id, agency, day(n))
        add_plan(ctx, case_id, day(n), PlanStatus.DECIDED)
        ctx.drafts.save(counselor, "assessment", str(case_id), {"x": 1})
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        rows = tasks(ctx, counselor)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert len(rows) == 20
    selects = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 7  # six kinds, plus the cases of the drafts


def test_notes_awaiting_a_supervisors_confirmation(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    """Supervisors get the notes that ask for their confirmation, in every visible case;
    one written before today has been waiting (期限超過); counselors get none."""
    mine = case_factory(counselor)
    hidden = case_factory(counselor, family_name="髙橋")
    with ctx.db.write() as s:
        s.get_one(Case, hidden).restricted = True
        for case_id, noted_at in (
            (mine, dt.datetime(2025, 7, 8, 15)),
            (mine, dt.datetime(2025, 7, 10, 9)),
            (hidden, dt.datetime(2025, 7, 9, 9)),
        ):
            s.add(
                ProgressNote(
                    case_id=case_id,
                    noted_at=noted_at,
                    method_code="phone",
                    staff_id=counselor.user_id,
                    body="面談の記録",
                    needs_acknowledgement=True,
                )
            )
        s.add(
            ProgressNote(
                case_id=mine,
                noted_at=dt.datetime(2025, 7, 7, 9),
                method_code="phone",
                staff_id=counselor.user_id,
                needs_acknowledgement=True,
                acknowledged_at=dt.datetime(2025, 7, 7, 12),
            )
        )
    rows = [r for r in tasks(ctx, supervisor) if r.kind is TaskKind.ACKNOWLEDGE]
    assert [(r.group, r.due_on, r.case_id, r.open_tab) for r in rows] == [
        (TaskGroup.OVERDUE, dt.date(2025, 7, 8), mine, "progress"),
        (TaskGroup.TODAY, dt.date(2025, 7, 10), mine, "progress"),
    ]
    assert rows[0].text == f"{counselor.display_name}さんの支援経過（R7.7.8）を確認する"
    assert "面談" not in rows[0].text
    assert not [r for r in tasks(ctx, counselor) if r.kind is TaskKind.ACKNOWLEDGE]


def test_closures_waiting_for_a_supervisors_approval(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """The supervisor's morning list holds the closures waiting for approval, in every case
    they may see (not only their own); a request of an earlier day is overdue; counselors
    get none; an approved one is gone."""
    waiting = case_factory(counselor)
    earlier = case_factory(counselor, family_name="佐藤")
    hidden = case_factory(counselor, family_name="髙橋")
    with ctx.db.write() as s:
        s.get_one(Case, hidden).restricted = True
        for case_id, asked in (
            (waiting, dt.datetime(2025, 7, 10, 9)),
            (earlier, dt.datetime(2025, 7, 8, 15)),
            (hidden, dt.datetime(2025, 7, 9, 9)),
        ):
            s.add(
                Closure(
                    case_id=case_id,
                    closed_on=asked.date(),
                    reason_code="independent",
                    summary="自立した",
                    status=str(ClosureStatus.REQUESTED),
                    requested_by_id=counselor.user_id,
                    created_at=asked,
                )
            )
        s.add(
            Closure(
                case_id=waiting,
                closed_on=dt.date(2025, 7, 1),
                reason_code="independent",
                status=str(ClosureStatus.APPROVED),
                requested_by_id=counselor.user_id,
                created_at=dt.datetime(2025, 7, 1, 9),
            )
        )
    rows = [r for r in tasks(ctx, supervisor) if r.kind is TaskKind.CLOSURE_APPROVAL]
    assert [(r.group, r.due_on, r.case_id, r.open_tab) for r in rows] == [
        (TaskGroup.OVERDUE, dt.date(2025, 7, 8), earlier, "closure"),
        (TaskGroup.TODAY, dt.date(2025, 7, 10), waiting, "closure"),
    ]
    assert rows[0].kind_label == "終結の承認"
    assert rows[0].text == f"{counselor.display_name}さんが申請した終結を確かめて承認する"
    assert "自立" not in rows[0].text
    assert not [r for r in tasks(ctx, counselor) if r.kind is TaskKind.CLOSURE_APPROVAL]
