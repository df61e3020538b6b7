"""Assessment and triage: versions, the case update, the rules, locking, scope and audit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentStatus,
    InformationSource,
    Role,
    TriageDecision,
)
from welfaredesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from welfaredesk.services.assessments import (
    HOUSEHOLD_WIDE,
    AssessmentInput,
    AssessmentService,
    ItemInput,
)
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.storage.orm import Assessment, AssessmentItem, AuditEvent, Case, CaseIssue

CaseFactory = Callable[..., int]
UserFactory = Callable[..., Principal]
TODAY = dt.date(2025, 7, 1)


@pytest.fixture
def service(ctx: AppContext) -> AssessmentService:
    return AssessmentService(ctx.db)


def case_row(ctx: AppContext, case_id: int) -> Case:
    with ctx.db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case


def form(ctx: AppContext, case_id: int, lead: Principal, **overrides: Any) -> AssessmentInput:
    case = case_row(ctx, case_id)
    values: dict[str, Any] = {
        "assessed_on": "令和7年6月10日",
        "case_version": case.version,
        "lead_worker_id": lead.user_id,
        "strengths": "近所に頼れる友人がいる。",
        "risk": "介護者の疲労。",
        "urgency": "medium",
        "items": (
            ItemInput(case.client_id, "dementia", InformationSource.CLIENT, "物忘れが増えた"),
            ItemInput(None, "living_costs", InformationSource.FAMILY, ""),
        ),
    }
    values.update(overrides)
    return AssessmentInput(**values)


def count(ctx: AppContext, model: type[Any]) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_first_assessment_is_saved_with_its_items_and_labels(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    view = service.save(counselor, case_id, form(ctx, case_id, counselor), today=TODAY)
    assert view.sequence == 1
    assert view.assessed_on == dt.date(2025, 6, 10)
    assert view.assessor_name == counselor.display_name
    assert view.urgency_label == "中"
    assert [i.category_label for i in view.items] == ["認知症", "生活費の困窮"]
    assert view.items[0].person_name == "山田\u3000花子"
    assert view.items[1].person_name == HOUSEHOLD_WIDE
    assert view.items[1].source_label == "家族"
    # No triage yet: the case moves from intake to assessment.
    assert view.case.stage is CaseStage.ASSESSMENT
    assert case_row(ctx, case_id).stage == CaseStage.ASSESSMENT


@pytest.mark.parametrize(
    ("decision", "stage"),
    [
        (TriageDecision.INFO_ONLY, CaseStage.ASSESSMENT),
        (TriageDecision.REFERRAL, CaseStage.REFERRAL),
        (TriageDecision.PLAN, CaseStage.PLAN_DRAFT),
        (TriageDecision.STATUTORY_MEETING, CaseStage.NO_CONSENT),
    ],
)
def test_the_triage_decision_sets_the_case_stage(
    ctx: AppContext,
    service: AssessmentService,
    counselor: Principal,
    case_factory: CaseFactory,
    decision: TriageDecision,
    stage: CaseStage,
) -> None:
    case_id = case_factory(counselor)
    entry = form(ctx, case_id, counselor, triage_decision=decision, triage_reason="検討の結果")
    view = service.save(counselor, case_id, entry, today=TODAY)
    assert view.triage_decision is decision
    assert case_row(ctx, case_id).stage == stage


def test_a_triage_decision_needs_a_reason(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    entry = form(ctx, case_id, counselor, triage_decision=TriageDecision.PLAN)
    with pytest.raises(ValidationError) as info:
        service.save(counselor, case_id, entry, today=TODAY)
    assert info.value.field == "triage_reason"


def test_a_statutory_meeting_is_refused_when_consent_is_given(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor, consent=ConsentStatus.GIVEN)
    entry = form(
        ctx,
        case_id,
        counselor,
        triage_decision=TriageDecision.STATUTORY_MEETING,
        triage_reason="情報共有のため",
    )
    with pytest.raises(ValidationError) as info:
        service.save(counselor, case_id, entry, today=TODAY)
    assert info.value.field == "triage_decision"
    assert case_row(ctx, case_id).stage == CaseStage.INTAKE


def test_a_plan_without_consent_is_drafted_with_a_reminder(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    entry = form(ctx, case_id, counselor, triage_decision=TriageDecision.PLAN, triage_reason="x")
    view = service.save(counselor, case_id, entry, today=TODAY)
    assert view.case.stage is CaseStage.PLAN_DRAFT
    assert view.notices


def test_a_complex_case_with_a_counselor_lead_needs_a_reason(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    with pytest.raises(ValidationError) as info:
        service.save(
            counselor, case_id, form(ctx, case_id, counselor, complex_needs=True), today=TODAY
        )
    assert info.value.field == "lead_reason"
    assert "主担当を推進員以外にする理由" in info.value.text()

    entry = form(ctx, case_id, counselor, complex_needs=True, lead_reason="本人の希望")
    view = service.save(counselor, case_id, entry, today=TODAY)
    case = case_row(ctx, case_id)
    assert view.case.complex_needs
    assert case.complex_needs
    assert case.lead_reason == "本人の希望"


def test_a_complex_case_led_by_a_coordinator_needs_no_reason(
    ctx: AppContext,
    service: AssessmentService,
    counselor: Principal,
    new_user: UserFactory,
    case_factory: CaseFactory,
) -> None:
    coordinator = new_user("tanaka", Role.COORDINATOR)
    case_id = case_factory(counselor)
    entry = form(ctx, case_id, coordinator, complex_needs=True, co_worker_id=counselor.user_id)
    view = service.save(counselor, case_id, entry, today=TODAY)
    assert view.case.lead_worker_id == coordinator.user_id
    assert view.case.co_worker_id == counselor.user_id


def test_lead_candidates_put_coordinators_first_on_a_complex_case(
    ctx: AppContext,
    service: AssessmentService,
    counselor: Principal,
    new_user: UserFactory,
    case_factory: CaseFactory,
) -> None:
    coordinator = new_user("tanaka", Role.COORDINATOR)
    new_user("jimu", Role.SECRETARIAT)
    case_id = case_factory(counselor, complex_needs=True)
    candidates = service.lead_candidates(counselor, case_id)
    assert candidates[0].user_id == coordinator.user_id
    assert candidates[0].proposed
    roles = {c.role for c in candidates}
    assert Role.SECRETARIAT not in roles
    assert Role.ADMIN not in roles
    assert counselor.user_id in {c.user_id for c in candidates}


def test_a_reassessment_adds_a_version_and_keeps_the_first_unchanged(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    first = service.save(counselor, case_id, form(ctx, case_id, counselor), today=TODAY)
    second_form = form(
        ctx,
        case_id,
        counselor,
        assessed_on="2025-06-30",
        summary="再アセスメント",
        urgency="high",
        items=(),
        triage_decision=TriageDecision.REFERRAL,
        triage_reason="地域包括支援センターへ",
    )
    second = service.save(counselor, case_id, second_form, today=TODAY)
    assert second.sequence == 2

    history = service.history(counselor, case_id)
    assert [h.sequence for h in history] == [2, 1]
    assert history[0].assessed_on == dt.date(2025, 6, 30)
    assert history[0].triage_decision is TriageDecision.REFERRAL

    again = service.get(counselor, case_id, 1)
    assert dataclasses.replace(again, case=first.case) == first
    assert again.urgency == "medium"
    assert len(again.items) == 2
    with ctx.db.read() as s:
        row = s.scalars(select(Assessment).where(Assessment.sequence == 1)).one()
        assert row.version == 1


def test_a_person_of_another_household_is_refused(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    other_id = case_factory(counselor, family_name="佐藤", given_name="一郎")
    stranger = case_row(ctx, other_id).client_id
    items = (ItemInput(stranger, "dementia", InformationSource.AGENCY),)
    with pytest.raises(ValidationError) as info:
        service.save(counselor, case_id, form(ctx, case_id, counselor, items=items), today=TODAY)
    assert info.value.field == "items[0].person_id"


def test_an_unknown_category_is_refused(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    items = (ItemInput(None, "no_such_code", InformationSource.OBSERVATION),)
    with pytest.raises(ValidationError) as info:
        service.save(counselor, case_id, form(ctx, case_id, counselor, items=items), today=TODAY)
    assert info.value.field == "items[0].category_code"


def test_a_future_or_unreadable_date_is_refused(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    for text in ("2025-07-02", "あした", "2025-05-01"):
        entry = form(ctx, case_id, counselor, assessed_on=text)
        with pytest.raises(ValidationError) as info:
            service.save(counselor, case_id, entry, today=TODAY)
        assert info.value.field == "assessed_on"


def test_a_stale_case_version_is_a_conflict(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    opened = form(ctx, case_id, counselor)
    service.save(
        counselor, case_id, form(ctx, case_id, counselor, complex_needs=True, lead_reason="r")
    )
    with pytest.raises(ConflictError):
        service.save(counselor, case_id, opened, today=TODAY)
    assert count(ctx, Assessment) == 1


def test_secretariat_may_not_save_an_assessment(
    ctx: AppContext,
    service: AssessmentService,
    counselor: Principal,
    new_user: UserFactory,
    case_factory: CaseFactory,
) -> None:
    secretariat = new_user("jimu", Role.SECRETARIAT)
    case_id = case_factory(counselor)
    with pytest.raises(PermissionDenied):
        service.save(secretariat, case_id, form(ctx, case_id, counselor), today=TODAY)
    with pytest.raises(PermissionDenied):
        service.history(secretariat, case_id)
    assert count(ctx, Assessment) == 0


def test_saving_writes_the_audit_events(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    entry = form(ctx, case_id, counselor, triage_decision=TriageDecision.PLAN, triage_reason="x")
    view = service.save(counselor, case_id, entry, today=TODAY)
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        ).all()
        created = [e for e in events if e.entity == "assessment"]
        updated = [e for e in events if e.entity == "case" and e.action == AuditAction.UPDATE]
        assert len(created) == 1
        assert created[0].action == AuditAction.CREATE
        assert created[0].detail["sequence"] == view.sequence
        assert len(updated) == 1
        assert updated[0].detail["fields"] == ["stage"]

    service.get(counselor, case_id, 1)
    with ctx.db.read() as s:
        viewed = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "assessment", AuditEvent.action == AuditAction.VIEW
            )
        ).all()
        assert len(viewed) == 1


def test_nothing_is_saved_when_validation_fails(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    events_before = count(ctx, AuditEvent)
    version_before = case_row(ctx, case_id).version
    items = (
        ItemInput(None, "dementia", InformationSource.CLIENT),
        ItemInput(None, "bogus", InformationSource.CLIENT),
    )
    entry = form(
        ctx,
        case_id,
        counselor,
        items=items,
        complex_needs=True,
        lead_reason="理由",
        triage_decision=TriageDecision.PLAN,
        triage_reason="x",
    )
    with pytest.raises(ValidationError):
        service.save(counselor, case_id, entry, today=TODAY)
    assert count(ctx, Assessment) == 0
    assert count(ctx, AssessmentItem) == 0
    assert count(ctx, AuditEvent) == events_before
    case = case_row(ctx, case_id)
    assert case.version == version_before
    assert case.stage == CaseStage.INTAKE
    assert not case.complex_needs


def test_an_assessment_adds_its_issues_to_the_case_list_filter(
    ctx: AppContext, service: AssessmentService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor, issue_codes=("housing",))
    service.save(counselor, case_id, form(ctx, case_id, counselor), today=TODAY)
    with ctx.db.read() as s:
        codes = set(s.scalars(select(CaseIssue.issue_code).where(CaseIssue.case_id == case_id)))
    assert codes == {"housing", "dementia", "living_costs"}
    found = ctx.cases.list_ids(counselor, CaseFilter(issue_codes=("living_costs",)))
    assert found == [case_id]
