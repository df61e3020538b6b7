"""A case's whole life through the public services only: intake, consent, assessment, plan,
meeting, notes, monitoring, revision, closure, reopening, timeline, printed forms, audit.

The services were written separately; these tests prove they agree with each other (a stage
one sets is one the next accepts, a plan one submits is the plan the other decides). Nothing
is written to the database directly: the ORM is only read to check the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    Achievement,
    AgendaDecision,
    AgendaPurpose,
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentMethod,
    ConsentStatus,
    MeetingKind,
    MonitoringDecision,
    PlanStatus,
    ReferralMethod,
    TriageDecision,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.services import audit
from welfaredesk.services.assessments import AssessmentInput
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.meetings import AttendeeInput, MeetingInput, MeetingView
from welfaredesk.services.monitoring import ItemEvaluation, ReviewInput, ReviewResult
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput, PlanItemInput, PlanView
from welfaredesk.services.referrals import ReferralInput
from welfaredesk.services.timeline import EventKind
from welfaredesk.storage.orm import Agency, AuditEvent, Case, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 12, 1)
NOW = dt.datetime(2025, 12, 1, 17, 0)
RECEIVED = dt.datetime(2025, 6, 2, 10, 30)


# --- reading (never writing) the database -------------------------------------------------


def case_row(ctx: AppContext, case_id: int) -> Case:
    with ctx.db.read() as s:
        row = s.get_one(Case, case_id)
        s.expunge(row)
        return row


def version(ctx: AppContext, case_id: int) -> int:
    return case_row(ctx, case_id).version


def stage(ctx: AppContext, case_id: int) -> CaseStage:
    return CaseStage(case_row(ctx, case_id).stage)


def plan_status(ctx: AppContext, plan_id: int) -> PlanStatus:
    with ctx.db.read() as s:
        return PlanStatus(s.get_one(SupportPlan, plan_id).status)


def case_number(ctx: AppContext, case_id: int) -> str:
    return case_row(ctx, case_id).case_number


def houkatsu(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
    assert found is not None
    return found


# --- steps through the services -----------------------------------------------------------


def record_consent(
    ctx: AppContext, who: Principal, case_id: int, status: ConsentStatus, on: str
) -> None:
    given = status is ConsentStatus.GIVEN
    ctx.consents.record(
        who,
        case_id,
        ConsentInput(
            case_version=version(ctx, case_id),
            status=status,
            recorded_on=on,
            method=ConsentMethod.SIGNATURE if given else None,
            agency_ids=(houkatsu(ctx),) if given else (),
            meeting_kinds=(MeetingKind.COORDINATION,) if given else (),
        ),
        today=TODAY,
    )


def assess(
    ctx: AppContext,
    who: Principal,
    case_id: int,
    on: str,
    triage: TriageDecision | None = None,
) -> object:
    return ctx.assessments.save(
        who,
        case_id,
        AssessmentInput(
            assessed_on=on,
            case_version=version(ctx, case_id),
            lead_worker_id=who.user_id,
            strengths="長男が協力的",
            triage_decision=triage,
            triage_reason="関係機関で役割を分担する必要がある。" if triage else "",
            summary="介護と家計の課題を整理した。",
        ),
        today=TODAY,
    )


def save_plan(ctx: AppContext, who: Principal, view: PlanView, **changes: object) -> PlanView:
    values: dict[str, object] = {
        "version": view.version,
        "client_wishes": "家で母と暮らし続けたい。",
        "overall_goal": "母と息子が安心して暮らせる",
        "short_term_goals": "介護保険のサービスを使い始める",
        "next_review_on": "2025-08-01",
        "items": (
            PlanItemInput(
                goal="介護保険サービスを使い始める",
                action="要介護認定の申請に同行する",
                issue_code="poverty",
                responsible_person="鈴木",
                frequency="月2回・3か月",
            ),
            PlanItemInput(
                goal="家計を立て直す",
                action="家計表を一緒に作る",
                funding_programme_code="household_budget_support",
            ),
        ),
    }
    values.update(changes)
    return ctx.plans.save_draft(who, view.id, PlanInput(**values), today=TODAY)  # type: ignore[arg-type]


def submit(ctx: AppContext, who: Principal, view: PlanView) -> PlanView:
    return ctx.plans.set_status(who, view.id, PlanStatus.SUBMITTED, view.version)


def schedule_meeting(
    ctx: AppContext, who: Principal, held_on: str, type_code: str = "coordination_regular"
) -> MeetingView:
    return ctx.meetings.save(
        who,
        MeetingInput(
            type_code=type_code,
            held_on=held_on,
            held_time="14:00",
            place="市役所 第一会議室",
            chair="地域福祉課長",
        ),
        today=TODAY,
    )


def decide(
    ctx: AppContext, who: Principal, view: MeetingView, decision: AgendaDecision, note: str
) -> object:
    item = view.agenda[0]
    return ctx.meetings.record_decision(who, item.id, decision, note, item.version, today=TODAY)


def review(
    ctx: AppContext,
    who: Principal,
    case_id: int,
    on: str,
    decision: MonitoringDecision,
) -> ReviewResult:
    pending = ctx.monitoring.schedule(who, case_id, today=TODAY)  # the plan's review date
    assert pending.due_on == dt.date.fromisoformat(on)
    overview = ctx.monitoring.overview(who, case_id, today=TODAY)
    assert overview.plan is not None
    assert overview.pending is not None
    assert overview.pending.id == pending.id
    form = ReviewInput(
        reviewed_on=on,
        items=tuple(
            ItemEvaluation(item.id, Achievement.PARTLY, "少しずつ進んでいる")
            for item in overview.plan.items
        ),
        decision=decision,
        delivery_status="包括がデイサービスを調整中",
        advice="息子さんの休息を確保する",
    )
    return ctx.monitoring.record(who, pending.id, form, pending.version, today=TODAY)


def note(on: str, method: str, body: str) -> NoteInput:
    return NoteInput(noted_on=on, noted_time="10:00", method_code=method, body=body, minutes=30)


# --- the tests ----------------------------------------------------------------------------


def test_a_case_from_plan_draft_through_a_meeting_to_closure(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory, tmp_path: Path
) -> None:
    who = supervisor
    case_id = case_factory(who, received_at=RECEIVED)
    assert stage(ctx, case_id) is CaseStage.INTAKE
    number = case_number(ctx, case_id)

    # consent (同意あり, 支援調整会議 in its scope) and the triage to a plan
    record_consent(ctx, who, case_id, ConsentStatus.GIVEN, "2025-06-05")
    consent = ctx.consents.overview(who, case_id).current
    assert consent.status is ConsentStatus.GIVEN
    assert MeetingKind.COORDINATION in consent.meeting_kinds
    assess(ctx, who, case_id, "2025-06-09", TriageDecision.PLAN)
    assert stage(ctx, case_id) is CaseStage.PLAN_DRAFT
    ctx.referrals.save(
        who,
        case_id,
        ReferralInput(
            agency_id=houkatsu(ctx),
            referred_on="2025-06-10",
            method=ReferralMethod.PHONE,
            purpose="要介護認定の申請の相談",
        ),
        today=TODAY,
    )

    # the first plan: drafted with two items and submitted
    first = ctx.plans.new_version(who, case_id)
    assert (first.plan_no, first.status) == (1, PlanStatus.DRAFT)
    first = save_plan(ctx, who, first)
    assert len(first.items) == 2
    first = submit(ctx, who, first)
    assert first.status is PlanStatus.SUBMITTED
    assert stage(ctx, case_id) is CaseStage.COORDINATION

    # a 支援調整会議 (定例) decides it
    meeting = schedule_meeting(ctx, who, "2025-06-20")
    assert (meeting.kind, meeting.regular) == (MeetingKind.COORDINATION, True)
    ctx.meetings.add_attendee(who, meeting.id, AttendeeInput(user_id=who.user_id))
    ctx.meetings.add_attendee(who, meeting.id, AttendeeInput(agency_id=houkatsu(ctx), name="田中"))
    meeting = ctx.meetings.add_agenda_item(
        who, meeting.id, number, AgendaPurpose.PLAN_REVIEW, today=TODAY
    )
    assert meeting.agenda[0].plan_id == first.id
    assert meeting.agenda[0].plan_status is PlanStatus.SUBMITTED
    result = decide(ctx, who, meeting, AgendaDecision.APPROVED, "役割分担を確認した。")
    assert result.plan_status is PlanStatus.DECIDED  # type: ignore[attr-defined]
    first = ctx.plans.get(who, case_id, 1)
    assert first.status is PlanStatus.DECIDED
    assert first.decided_on == dt.date(2025, 6, 20)
    assert first.decided_meeting == "支援調整会議 令和7年6月20日"
    assert stage(ctx, case_id) is CaseStage.SERVICE

    # three notes of different methods; the newest one is the last contact
    for on, method, body in (
        ("2025-06-25", "interview", "長男と面談し、サービスの利用開始を確認した。"),
        ("2025-07-03", "phone", "包括から認定調査の日程の連絡があった。"),
        ("2025-07-10", "home_visit", "自宅を訪問し、母の様子を確認した。"),
    ):
        ctx.notes.save(who, case_id, note(on, method, body), now=NOW)
    assert case_row(ctx, case_id).last_contact_on == dt.date(2025, 7, 10)
    assert ctx.notes.list(who, case_id).total == 3

    # a review asks for a revision: the plan is under review, the case back to drafting
    revised = review(ctx, who, case_id, "2025-08-01", MonitoringDecision.REVISE)
    assert revised.plan_status is PlanStatus.UNDER_REVIEW
    assert revised.stage is CaseStage.PLAN_DRAFT
    assert stage(ctx, case_id) is CaseStage.PLAN_DRAFT

    # the revision: a second version copies the first, is changed and submitted
    second = ctx.plans.new_version(who, case_id)
    assert (second.plan_no, second.supersedes_no) == (2, 1)
    assert [i.goal for i in second.items] == [i.goal for i in first.items]
    second = save_plan(
        ctx, who, second, short_term_goals="デイサービスに週2回通う", next_review_on="2025-10-01"
    )
    second = submit(ctx, who, second)
    assert stage(ctx, case_id) is CaseStage.COORDINATION
    again = schedule_meeting(ctx, who, "2025-08-20")
    again = ctx.meetings.add_agenda_item(
        who, again.id, number, AgendaPurpose.PLAN_REVIEW, today=TODAY
    )
    assert again.agenda[0].plan_id == second.id
    result = decide(ctx, who, again, AgendaDecision.APPROVED, "見直し後の計画を了承した。")
    assert result.ended_plan_ids == (first.id,)  # type: ignore[attr-defined]
    assert plan_status(ctx, second.id) is PlanStatus.DECIDED
    assert plan_status(ctx, first.id) is PlanStatus.ENDED
    assert ctx.plans.get(who, case_id, 2).decided_on == dt.date(2025, 8, 20)
    assert stage(ctx, case_id) is CaseStage.SERVICE

    # a review ends the plan, then the closure (自立) by a supervisor closes the case
    ended = review(ctx, who, case_id, "2025-10-01", MonitoringDecision.CLOSE)
    assert ended.plan_status is PlanStatus.ENDED
    assert ended.closure_needed
    closure = ctx.closures.request(
        who,
        case_id,
        ClosureInput("independent", "2025-10-15", "介護サービスが定着し、家計も安定した。"),
        version(ctx, case_id),
        today=TODAY,
    )
    assert closure.case_closed
    assert closure.closure.reason_label == "自立"
    closed = case_row(ctx, case_id)
    assert closed.stage == CaseStage.CLOSED
    assert closed.closed_on == dt.date(2025, 10, 15)
    assert [(v.plan_no, v.status) for v in ctx.plans.versions(who, case_id)] == [
        (2, PlanStatus.ENDED),
        (1, PlanStatus.ENDED),
    ]

    # a closed case is read-only
    with pytest.raises(KnownError, match="再開"):
        ctx.notes.save(who, case_id, note("2025-11-01", "phone", "電話があった。"), now=NOW)
    with pytest.raises(KnownError, match="再開"):
        assess(ctx, who, case_id, "2025-11-01")

    # the timeline has every kind of event, newest first
    events = ctx.timeline.events(who, case_id)
    assert {e.kind for e in events} == set(EventKind)
    keys = [(e.at.date(), e.timed, e.at, e.record_id) for e in events]
    assert keys == sorted(keys, reverse=True)
    dated = [e for e in events if e.kind is not EventKind.PLAN or "決定" in e.title]
    assert dated[0].kind is EventKind.CLOSURE
    assert dated[-1].kind is EventKind.CONSULTATION
    titles = [e.title for e in reversed(dated)]
    assert titles.index("支援計画 第1版 決定（支援決定）") < titles.index(
        "支援計画 第2版 決定（支援決定）"
    )
    assert [e.title for e in events if e.kind is EventKind.REVIEW] == [
        "経過確認と評価：終結",
        "経過確認と評価：見直し",
    ]

    # every printed form prints, and each print is audited
    printed = [
        ctx.plans.print_plan(who, case_id, 1, tmp_path / "plan1.pdf", now=NOW),
        ctx.plans.print_plan(who, case_id, 2, tmp_path / "plan2.pdf", now=NOW),
        ctx.meetings.print_agenda(who, meeting.id, tmp_path / "agenda.pdf", now=NOW),
        ctx.meetings.print_attendance(who, meeting.id, tmp_path / "attendance.pdf", now=NOW),
        ctx.meetings.print_minutes(who, meeting.id, tmp_path / "minutes.pdf", now=NOW),
        ctx.notes.print_record(who, case_id, tmp_path / "record.pdf", now=NOW),
        ctx.closures.print_closure(who, case_id, tmp_path / "closure.pdf", now=NOW),
    ]
    for out in printed:
        assert out.read_bytes().startswith(b"%PDF"), out.name
    with ctx.db.read() as s:
        prints = s.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT).order_by(AuditEvent.id)
        ).all()
        forms = [(e.entity, e.detail["form"]) for e in prints]
        assert all(e.user_id == who.user_id for e in prints)
        chain = audit.verify_chain(s)
    assert forms == [
        ("support_plan", "support_plan"),
        ("support_plan", "support_plan"),
        ("meeting", "meeting_agenda"),
        ("meeting", "meeting_attendance"),
        ("meeting", "meeting_minutes"),
        ("case", "progress_record"),
        ("closure", "closure_record"),
    ]
    assert chain.ok, chain
    assert chain.events > len(forms)


def test_a_case_without_consent_is_refused_on_a_coordination_meeting_and_taken_to_a_support_meeting(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    who = supervisor
    refused = case_factory(who, received_at=RECEIVED)
    record_consent(ctx, who, refused, ConsentStatus.REFUSED, "2025-06-05")
    assert ctx.consents.overview(who, refused).current.status is ConsentStatus.REFUSED
    assess(ctx, who, refused, "2025-06-09", TriageDecision.STATUTORY_MEETING)
    assert stage(ctx, refused) is CaseStage.NO_CONSENT
    number = case_number(ctx, refused)

    coordination = schedule_meeting(ctx, who, "2025-06-20")
    with pytest.raises(ValidationError) as info:
        ctx.meetings.add_agenda_item(
            who, coordination.id, number, AgendaPurpose.INFORMATION_SHARING, today=TODAY
        )
    assert info.value.field == "case_id"
    assert "本人の同意" in info.value.text()
    assert "支援会議" in info.value.text()
    assert ctx.meetings.get(who, coordination.id, today=TODAY).agenda == ()

    support = schedule_meeting(ctx, who, "2025-06-20", "statutory_meeting")
    assert support.kind is MeetingKind.STATUTORY
    assert support.legal_basis
    support = ctx.meetings.add_agenda_item(
        who, support.id, number, AgendaPurpose.INFORMATION_SHARING, today=TODAY
    )
    assert [i.case_id for i in support.agenda] == [refused]
    assert support.agenda[0].plan_id is None
    decided = decide(ctx, who, support, AgendaDecision.CONTINUE, "見守りを続ける。")
    assert decided.case_stage is None  # type: ignore[attr-defined]
    assert stage(ctx, refused) is CaseStage.NO_CONSENT

    consented = case_factory(who, received_at=RECEIVED, family_name="佐藤")
    record_consent(ctx, who, consented, ConsentStatus.GIVEN, "2025-06-05")
    network = schedule_meeting(ctx, who, "2025-06-20", "network_meeting")
    for case_id in (refused, consented):
        with pytest.raises(ValidationError, match="個別のケースを検討しません"):
            ctx.meetings.add_agenda_item(
                who,
                network.id,
                case_number(ctx, case_id),
                AgendaPurpose.INFORMATION_SHARING,
                today=TODAY,
            )
    assert ctx.meetings.get(who, network.id, today=TODAY).agenda == ()
    assert [m.meeting_id for m in ctx.meetings.cases_meetings(who, refused)] == [support.id]


def test_reopen_makes_the_case_editable_again_and_keeps_history(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    who = supervisor
    case_id = case_factory(who, received_at=RECEIVED)
    record_consent(ctx, who, case_id, ConsentStatus.GIVEN, "2025-06-05")
    assess(ctx, who, case_id, "2025-06-09", TriageDecision.INFO_ONLY)
    ctx.notes.save(who, case_id, note("2025-06-10", "phone", "制度の情報を伝えた。"), now=NOW)
    ctx.closures.request(
        who,
        case_id,
        ClosureInput("info_only", "2025-06-30", "制度の情報を提供して終えた。"),
        version(ctx, case_id),
        today=TODAY,
    )
    assert stage(ctx, case_id) is CaseStage.CLOSED
    with pytest.raises(KnownError, match="再開"):
        ctx.notes.save(who, case_id, note("2025-11-01", "phone", "再び電話があった。"), now=NOW)

    info = ctx.closures.reopen(
        who, case_id, "本人から再度の相談があった。", version(ctx, case_id), today=TODAY
    )
    assert info.status is ClosureStatus.REOPENED
    row = case_row(ctx, case_id)
    assert (row.stage, row.closed_on) == (CaseStage.ASSESSMENT, None)

    saved = ctx.notes.save(
        who, case_id, note("2025-11-01", "interview", "再相談の内容を聞き取った。"), now=NOW
    )
    assert saved.noted_at.date() == dt.date(2025, 11, 1)
    assert case_row(ctx, case_id).last_contact_on == dt.date(2025, 11, 1)
    assess(ctx, who, case_id, "2025-11-05", TriageDecision.PLAN)
    assert stage(ctx, case_id) is CaseStage.PLAN_DRAFT

    history = ctx.closures.history(who, case_id)
    assert not history.closed
    assert [r.info.status for r in history.records] == [ClosureStatus.REOPENED]
    record = history.records[0]
    assert record.info.reason_label == "情報提供のみ"
    assert record.reopened_on == TODAY
    assert record.reopened_by == who.display_name
    assert record.reopen_reason == "本人から再度の相談があった。"
    closures = [e.title for e in ctx.timeline.events(who, case_id) if e.kind is EventKind.CLOSURE]
    assert closures == ["ケースを再開", "終結（情報提供のみ）"]
    with ctx.db.read() as s:
        assert audit.verify_chain(s).ok
