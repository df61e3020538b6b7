"""Meetings: scheduling, attendees, the consent gate per kind, decisions on plans, scope, audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    AuditAction,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    Role,
)
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.meetings import (
    HIDDEN_CASE,
    STATUTORY_BASIS,
    AttendeeInput,
    MeetingInput,
    MeetingView,
)
from welfaredesk.storage.orm import Agency, AuditEvent, Case, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 7, 10)


def schedule(
    ctx: AppContext, principal: Principal, type_code: str = "coordination_regular", **values: Any
) -> MeetingView:
    fields: dict[str, Any] = {
        "type_code": type_code,
        "held_on": "2025-07-08",
        "held_time": "14:00",
        "place": "市役所 第一会議室",
        "chair": "地域福祉課長",
    }
    fields.update(values)
    return ctx.meetings.save(principal, MeetingInput(**fields), today=TODAY)


def add_plan(
    ctx: AppContext,
    case_id: int,
    status: PlanStatus = PlanStatus.SUBMITTED,
    plan_no: int = 1,
    supersedes: int | None = None,
) -> int:
    with ctx.db.write() as s:
        plan = SupportPlan(
            case_id=case_id,
            plan_no=plan_no,
            status=str(status),
            client_wishes="一人暮らしを続けたい。",
            overall_goal="生活を立て直す。",
            supersedes_id=supersedes,
        )
        s.add(plan)
        s.flush()
        return plan.id


def plan_row(ctx: AppContext, plan_id: int) -> SupportPlan:
    with ctx.db.read() as s:
        plan = s.get_one(SupportPlan, plan_id)
        s.expunge(plan)
        return plan


def stage(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def number(ctx: AppContext, case_id: int) -> str:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).case_number


@pytest.fixture
def consented(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(supervisor, consent=ConsentStatus.GIVEN)


@pytest.fixture
def refused(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(
        supervisor, family_name="髙橋", given_name="健一", consent=ConsentStatus.REFUSED
    )


def decide(
    ctx: AppContext,
    principal: Principal,
    view: MeetingView,
    decision: AgendaDecision,
    note: str = "",
    index: int = 0,
    today: dt.date = TODAY,
) -> Any:
    item = view.agenda[index]
    return ctx.meetings.record_decision(
        principal, item.id, decision, note, item.version, today=today
    )


# --- scheduling ---------------------------------------------------------------------------


def test_the_type_decides_kind_regular_and_legal_basis(
    ctx: AppContext, supervisor: Principal
) -> None:
    regular = schedule(ctx, supervisor, "coordination_regular")
    assert (regular.kind, regular.regular, regular.legal_basis) == (
        MeetingKind.COORDINATION,
        True,
        "",
    )
    ad_hoc = schedule(ctx, supervisor, "coordination_ad_hoc")
    assert (ad_hoc.kind, ad_hoc.regular) == (MeetingKind.COORDINATION, False)
    statutory = schedule(ctx, supervisor, "statutory_meeting")
    assert statutory.kind is MeetingKind.STATUTORY
    assert statutory.legal_basis == STATUTORY_BASIS
    assert schedule(ctx, supervisor, "network_meeting").kind is MeetingKind.NETWORK
    other = schedule(ctx, supervisor, "case_conference")
    assert other.kind is MeetingKind.OTHER
    assert other.held_at == dt.datetime(2025, 7, 8, 14, 0)
    assert other.status is MeetingStatus.SCHEDULED


def test_bad_input_names_the_field(ctx: AppContext, supervisor: Principal) -> None:
    with pytest.raises(ValidationError) as info:
        schedule(ctx, supervisor, "no_such_type")
    assert info.value.field == "type_code"
    with pytest.raises(ValidationError) as info:
        schedule(ctx, supervisor, held_on="")
    assert info.value.field == "held_on"
    with pytest.raises(ValidationError) as info:
        schedule(ctx, supervisor, held_time="25:00")
    assert info.value.field == "held_time"
    assert "14:00" in info.value.problem
    with pytest.raises(ValidationError) as info:
        schedule(ctx, supervisor, held_on="2025-08-01", status=MeetingStatus.HELD)
    assert info.value.field == "status"
    assert "開催済み" in info.value.problem


def test_list_filters_by_period_kind_and_status(ctx: AppContext, supervisor: Principal) -> None:
    schedule(ctx, supervisor, held_on="2025-06-01")
    july = schedule(ctx, supervisor, "statutory_meeting", held_on="2025-07-01")
    schedule(ctx, supervisor, held_on="2025-08-01")
    found = ctx.meetings.list(
        supervisor, date_from=dt.date(2025, 6, 15), date_to=dt.date(2025, 7, 1)
    )
    assert [m.id for m in found] == [july.id]
    assert [m.held_at.month for m in ctx.meetings.list(supervisor)] == [8, 7, 6]
    assert len(ctx.meetings.list(supervisor, kind=MeetingKind.STATUTORY)) == 1
    assert ctx.meetings.list(supervisor, status=MeetingStatus.HELD) == []


def test_only_meeting_roles_change_meetings(
    ctx: AppContext, supervisor: Principal, new_user: Callable[..., Principal]
) -> None:
    counselor = new_user("kato", Role.COUNSELOR)
    with pytest.raises(PermissionDenied):
        schedule(ctx, counselor)
    view = schedule(ctx, supervisor)
    assert ctx.meetings.get(counselor, view.id, today=TODAY).can_manage is False
    secretariat = new_user("jimu", Role.SECRETARIAT)
    assert schedule(ctx, secretariat).can_manage
    admin_like = new_user("sysop", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        ctx.meetings.list(admin_like)


def test_saving_an_old_version_is_a_conflict(ctx: AppContext, supervisor: Principal) -> None:
    view = schedule(ctx, supervisor)
    form = MeetingInput("coordination_regular", "2025-07-08", "15:00", version=view.version)
    changed = ctx.meetings.save(supervisor, form, meeting_id=view.id, today=TODAY)
    assert changed.held_at.hour == 15
    with pytest.raises(ConflictError):
        ctx.meetings.save(supervisor, form, meeting_id=view.id, today=TODAY)


# --- attendees ----------------------------------------------------------------------------


def test_attendees_staff_agency_person_and_guest(ctx: AppContext, supervisor: Principal) -> None:
    view = schedule(ctx, supervisor)
    with ctx.db.read() as s:
        agency = s.scalars(select(Agency).where(Agency.active.is_(True))).first()
    assert agency is not None
    ctx.meetings.add_attendee(supervisor, view.id, AttendeeInput(user_id=supervisor.user_id))
    ctx.meetings.add_attendee(
        supervisor, view.id, AttendeeInput(agency_id=agency.id, name="田中 主任")
    )
    view = ctx.meetings.add_attendee(supervisor, view.id, AttendeeInput(name="民生委員 小林"))
    assert [(a.kind_label, a.name) for a in view.attendees] == [
        ("職員", "sato 職員"),
        ("関係機関", "田中 主任"),
        ("その他", "民生委員 小林"),
    ]
    assert agency.name in view.attendees[1].affiliation
    with pytest.raises(ValidationError):
        ctx.meetings.add_attendee(supervisor, view.id, AttendeeInput(user_id=supervisor.user_id))
    with pytest.raises(ValidationError) as info:
        ctx.meetings.add_attendee(supervisor, view.id, AttendeeInput())
    assert info.value.field == "name"
    guest = view.attendees[2]
    view = ctx.meetings.set_attendance(supervisor, guest.id, False, guest.version, today=TODAY)
    assert view.attendees[2].attended is False
    removed = ctx.meetings.remove_attendee(
        supervisor, view.attendees[2].id, view.attendees[2].version
    )
    assert len(removed.attendees) == 2


def test_attendance_only_once_the_day_has_come(ctx: AppContext, supervisor: Principal) -> None:
    view = schedule(ctx, supervisor, held_on="2025-07-20")
    view = ctx.meetings.add_attendee(supervisor, view.id, AttendeeInput(name="来賓"))
    guest = view.attendees[0]
    with pytest.raises(KnownError, match="まだ来ていません"):
        ctx.meetings.set_attendance(supervisor, guest.id, True, guest.version, today=TODAY)


# --- the consent gate ---------------------------------------------------------------------


def test_coordination_takes_consented_cases_only(
    ctx: AppContext, supervisor: Principal, consented: int, refused: int
) -> None:
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
    )
    assert view.agenda[0].case_number == number(ctx, consented)
    assert view.agenda[0].client_name == "山田\u3000花子"
    with pytest.raises(ValidationError) as info:
        ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, refused), AgendaPurpose.EVALUATION
        )
    assert info.value.field == "case_id"
    assert "本人の同意が記録されていない" in info.value.text()
    assert "支援会議" in info.value.text()


def test_statutory_takes_cases_without_consent_only(
    ctx: AppContext, supervisor: Principal, consented: int, refused: int
) -> None:
    view = schedule(ctx, supervisor, "statutory_meeting")
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, refused), AgendaPurpose.INFORMATION_SHARING
    )
    assert len(view.agenda) == 1
    with pytest.raises(ValidationError, match="支援調整会議で検討してください"):
        ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, consented), AgendaPurpose.INFORMATION_SHARING
        )


def test_network_meeting_refuses_every_case(
    ctx: AppContext, supervisor: Principal, consented: int, refused: int
) -> None:
    view = schedule(ctx, supervisor, "network_meeting")
    for case_id in (consented, refused):
        with pytest.raises(ValidationError, match="個別のケースを検討しません"):
            ctx.meetings.add_agenda_item(
                supervisor, view.id, number(ctx, case_id), AgendaPurpose.INFORMATION_SHARING
            )
    with pytest.raises(ValidationError, match="個別のケースを検討しません"):
        ctx.meetings.add_agenda_item(
            supervisor, view.id, "R7-09999", AgendaPurpose.INFORMATION_SHARING
        )


def test_unknown_or_bad_case_numbers(ctx: AppContext, supervisor: Principal) -> None:
    view = schedule(ctx, supervisor)
    with pytest.raises(NotFound, match="R7-00999"):
        ctx.meetings.add_agenda_item(supervisor, view.id, "R7-00999", AgendaPurpose.EVALUATION)
    with pytest.raises(ValidationError) as info:
        ctx.meetings.add_agenda_item(supervisor, view.id, "abc", AgendaPurpose.EVALUATION)
    assert info.value.label == "受付番号"


def test_plan_review_needs_a_submitted_plan(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = schedule(ctx, supervisor)
    add_plan(ctx, consented, PlanStatus.DRAFT)
    with pytest.raises(ValidationError) as info:
        ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
        )
    assert "会議に提出された支援計画" in info.value.text()
    plan_id = add_plan(ctx, consented, PlanStatus.SUBMITTED, plan_no=2)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
    )
    assert view.agenda[0].plan_id == plan_id
    assert view.agenda[0].plan_label == "第2版（会議提出）"
    with pytest.raises(ValidationError, match="すでにこの会議の議題"):
        ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
        )


def test_reorder_and_remove_items(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    ids = [case_factory(supervisor, consent=ConsentStatus.GIVEN) for _ in range(3)]
    view = schedule(ctx, supervisor)
    for case_id in ids:
        view = ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, case_id), AgendaPurpose.EVALUATION
        )
    assert [i.case_id for i in view.agenda] == ids
    view = ctx.meetings.move_agenda_item(supervisor, view.agenda[2].id, -1)
    assert [i.case_id for i in view.agenda] == [ids[0], ids[2], ids[1]]
    view = ctx.meetings.move_agenda_item(supervisor, view.agenda[0].id, -1)  # already first
    assert [i.sort_order for i in view.agenda] == [1, 2, 3]
    view = ctx.meetings.remove_agenda_item(supervisor, view.agenda[0].id, view.agenda[0].version)
    assert [i.case_id for i in view.agenda] == [ids[2], ids[1]]
    assert [i.sort_order for i in view.agenda] == [1, 2]


# --- decisions ----------------------------------------------------------------------------


def test_approval_decides_the_plan_ends_the_old_one_and_moves_the_case(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    old = add_plan(ctx, consented, PlanStatus.DECIDED, plan_no=1)
    new = add_plan(ctx, consented, PlanStatus.SUBMITTED, plan_no=2, supersedes=old)
    view = schedule(ctx, supervisor, held_on="2025-07-08")
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
    )
    result = decide(ctx, supervisor, view, AgendaDecision.APPROVED, "役割分担を確認した。")
    assert result.plan_status is PlanStatus.DECIDED
    assert result.case_stage is CaseStage.SERVICE
    assert result.ended_plan_ids == (old,)
    decided = plan_row(ctx, new)
    assert decided.status == PlanStatus.DECIDED
    assert decided.decided_on == dt.date(2025, 7, 8)
    assert decided.decided_meeting_id == view.id
    assert plan_row(ctx, old).status == PlanStatus.ENDED
    assert stage(ctx, consented) is CaseStage.SERVICE
    assert result.meeting.status is MeetingStatus.HELD  # its day had come
    item = result.meeting.agenda[0]
    assert (item.decision, item.decision_note) == (AgendaDecision.APPROVED, "役割分担を確認した。")
    history = ctx.meetings.cases_meetings(supervisor, consented)
    assert [(h.kind_label, h.purpose_label, h.decision_label) for h in history] == [
        ("支援調整会議", "プラン検討", "了承")
    ]
    with pytest.raises(KnownError, match="変更できません"):
        decide(ctx, supervisor, result.meeting, AgendaDecision.REVISE)


def test_revision_continuation_and_closure(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    cases = [case_factory(supervisor, consent=ConsentStatus.GIVEN) for _ in range(3)]
    plans = [add_plan(ctx, c, PlanStatus.DECIDED) for c in cases]
    view = schedule(ctx, supervisor)
    for case_id in cases:
        view = ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, case_id), AgendaPurpose.EVALUATION
        )
    assert all(item.plan_id is not None for item in view.agenda)
    revised = decide(ctx, supervisor, view, AgendaDecision.REVISE, index=0)
    assert (revised.plan_status, revised.case_stage) == (
        PlanStatus.UNDER_REVIEW,
        CaseStage.PLAN_DRAFT,
    )
    assert plan_row(ctx, plans[0]).status == PlanStatus.UNDER_REVIEW
    assert stage(ctx, cases[0]) is CaseStage.PLAN_DRAFT
    before = stage(ctx, cases[1])
    kept = decide(ctx, supervisor, revised.meeting, AgendaDecision.CONTINUE, index=1)
    assert (kept.plan_status, kept.case_stage) == (None, None)
    assert plan_row(ctx, plans[1]).status == PlanStatus.DECIDED
    assert stage(ctx, cases[1]) is before
    closed = decide(ctx, supervisor, kept.meeting, AgendaDecision.CLOSE, index=2)
    assert closed.plan_status is PlanStatus.ENDED
    assert plan_row(ctx, plans[2]).status == PlanStatus.ENDED


def test_revision_or_closure_by_a_meeting_drops_the_pending_review(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    """A review of a plan no longer in force could never be recorded (it stayed overdue)."""
    cases = [case_factory(supervisor, consent=ConsentStatus.GIVEN) for _ in range(2)]
    for case_id in cases:
        add_plan(ctx, case_id, PlanStatus.DECIDED)
        ctx.monitoring.schedule(supervisor, case_id, "2025-07-09", today=TODAY)
    view = schedule(ctx, supervisor)
    for case_id in cases:
        view = ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, case_id), AgendaPurpose.EVALUATION
        )
    view = decide(ctx, supervisor, view, AgendaDecision.REVISE, index=0).meeting
    decide(ctx, supervisor, view, AgendaDecision.CLOSE, index=1)
    for case_id in cases:
        overview = ctx.monitoring.overview(supervisor, case_id, today=TODAY)
        assert (overview.plan, overview.pending, overview.overdue) == (None, None, 0)
        with ctx.db.read() as s:
            assert s.get_one(Case, case_id).next_due_on is None
    with ctx.db.read() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "case", AuditEvent.case_id == cases[0])
            .order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None
    assert event.detail["fields"] == ["next_due_on"]
    assert len(event.detail["removed_monitoring_review_ids"]) == 1


def test_continuation_keeps_the_pending_review(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    add_plan(ctx, consented, PlanStatus.DECIDED)
    pending = ctx.monitoring.schedule(supervisor, consented, "2025-07-09", today=TODAY)
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
    )
    decide(ctx, supervisor, view, AgendaDecision.CONTINUE)
    overview = ctx.monitoring.overview(supervisor, consented, today=TODAY)
    assert overview.pending is not None
    assert overview.pending.id == pending.id


def test_approval_needs_a_submitted_plan(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
    )
    with pytest.raises(ValidationError) as info:
        decide(ctx, supervisor, view, AgendaDecision.APPROVED)
    assert info.value.field == "decision"
    assert stage(ctx, consented) is CaseStage.INTAKE


def test_decisions_only_when_the_meeting_is_held_or_due(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    add_plan(ctx, consented)
    view = schedule(ctx, supervisor, held_on="2025-07-20")
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW, today=TODAY
    )
    assert not view.decisions_open
    with pytest.raises(KnownError, match="まだ来ていません"):
        decide(ctx, supervisor, view, AgendaDecision.APPROVED)
    cancelled = ctx.meetings.save(
        supervisor,
        MeetingInput(
            "coordination_regular",
            "2025-07-20",
            "14:00",
            status=MeetingStatus.CANCELLED,
            version=view.version,
        ),
        meeting_id=view.id,
        today=TODAY,
    )
    with pytest.raises(KnownError, match="中止"):
        decide(ctx, supervisor, cancelled, AgendaDecision.APPROVED, today=dt.date(2025, 7, 21))
    assert stage(ctx, consented) is CaseStage.INTAKE


def test_a_stale_decision_is_a_conflict(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    add_plan(ctx, consented)
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
    )
    item = view.agenda[0]
    with pytest.raises(ConflictError):
        ctx.meetings.record_decision(
            supervisor, item.id, AgendaDecision.APPROVED, "", item.version + 1, today=TODAY
        )


# --- scope and audit ----------------------------------------------------------------------


def test_items_of_cases_out_of_scope_are_masked(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    consented: int,
) -> None:
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
    )
    coordinator = new_user("ito", Role.COORDINATOR)
    secretariat = new_user("jimu", Role.SECRETARIAT)
    for other in (coordinator, secretariat):
        seen = ctx.meetings.get(other, view.id, today=TODAY).agenda[0]
        assert (seen.visible, seen.case_id, seen.case_number) == (False, None, "")
        assert seen.client_name == HIDDEN_CASE
        with pytest.raises((NotFound, PermissionDenied)):
            ctx.meetings.record_decision(
                other, seen.id, AgendaDecision.CONTINUE, "", seen.version, today=TODAY
            )
    with pytest.raises(NotFound):
        ctx.meetings.cases_meetings(coordinator, consented)
    with pytest.raises(NotFound):
        ctx.meetings.add_agenda_item(
            coordinator, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
        )


def test_views_changes_and_prints_are_audited_without_names(
    ctx: AppContext, supervisor: Principal, consented: int, tmp_path: Path
) -> None:
    add_plan(ctx, consented)
    view = schedule(ctx, supervisor)
    view = ctx.meetings.add_agenda_item(
        supervisor, view.id, number(ctx, consented), AgendaPurpose.PLAN_REVIEW
    )
    ctx.meetings.get(supervisor, view.id, today=TODAY)
    decide(ctx, supervisor, view, AgendaDecision.APPROVED, "山田さんの支援を了承")
    ctx.meetings.print_minutes(supervisor, view.id, tmp_path / "m.pdf")
    ctx.meetings.record_output(supervisor, view.id, "minutes", to_file=True)
    with ctx.db.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        rows = [(e.action, e.entity, e.detail) for e in events]
    assert (AuditAction.VIEW, "meeting") in [(a, e) for a, e, _d in rows]
    assert (AuditAction.CREATE, "agenda_item") in [(a, e) for a, e, _d in rows]
    printed = [d for a, e, d in rows if a == AuditAction.PRINT and e == "meeting"]
    assert printed == [{"form": "meeting_minutes", "items": 1}]
    exported = [d for a, e, d in rows if a == AuditAction.EXPORT and e == "meeting"]
    assert exported == [{"form": "meeting_minutes", "output": "file"}]
    stages = [d for a, e, d in rows if e == "case" and a == AuditAction.UPDATE]
    assert stages[-1]["stage"] == CaseStage.SERVICE
    assert all("山田" not in str(d) for _a, _e, d in rows)


def test_closed_cases_stay_off_the_agenda(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    with ctx.db.write() as s:
        s.get_one(Case, consented).stage = str(CaseStage.CLOSED)
    view = schedule(ctx, supervisor)
    with pytest.raises(KnownError, match="終結"):
        ctx.meetings.add_agenda_item(
            supervisor, view.id, number(ctx, consented), AgendaPurpose.EVALUATION
        )


def test_a_regular_meeting_is_scheduled_for_the_following_months(
    ctx: AppContext, supervisor: Principal
) -> None:
    # 2025-07-15 is the third Tuesday of July.
    first = schedule(ctx, supervisor, held_on="2025-07-15", held_time="14:00")
    schedule(ctx, supervisor, held_on="2025-09-16", held_time="10:00")  # already there
    made = ctx.meetings.schedule_monthly(supervisor, first.id, 3, today=TODAY)
    assert [m.held_at for m in made] == [
        dt.datetime(2025, 8, 19, 14, 0),
        dt.datetime(2025, 10, 21, 14, 0),
    ]
    assert all(m.status is MeetingStatus.SCHEDULED for m in made)
    with pytest.raises(ValidationError):
        ctx.meetings.schedule_monthly(supervisor, first.id, 13, today=TODAY)
    ad_hoc = schedule(ctx, supervisor, type_code="coordination_ad_hoc", held_on="2025-07-20")
    with pytest.raises(ValidationError) as caught:
        ctx.meetings.schedule_monthly(supervisor, ad_hoc.id, 2, today=TODAY)
    assert "定例" in caught.value.text()
