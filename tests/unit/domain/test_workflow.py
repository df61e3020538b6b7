"""Workflow rules of assessment and triage (design.md §2)."""

from __future__ import annotations

import pytest

from welfaredesk.domain import workflow
from welfaredesk.domain.enums import CaseStage, ConsentStatus, Role, TriageDecision
from welfaredesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("decision", "stage"),
    [
        (TriageDecision.INFO_ONLY, CaseStage.ASSESSMENT),
        (TriageDecision.REFERRAL, CaseStage.REFERRAL),
        (TriageDecision.PLAN, CaseStage.PLAN_DRAFT),
        (TriageDecision.STATUTORY_MEETING, CaseStage.NO_CONSENT),
    ],
)
def test_each_triage_decision_moves_the_case_on(decision: TriageDecision, stage: CaseStage) -> None:
    assert workflow.stage_after_triage(decision, ConsentStatus.REFUSED) is stage


def test_info_only_does_not_close_the_case_without_a_closure_record() -> None:
    stage = workflow.stage_after_triage(TriageDecision.INFO_ONLY, ConsentStatus.GIVEN)
    assert stage is not CaseStage.CLOSED


@pytest.mark.parametrize("consent", [ConsentStatus.REFUSED, ConsentStatus.UNCONFIRMED])
def test_statutory_meeting_takes_cases_without_consent(consent: ConsentStatus) -> None:
    workflow.check_triage(TriageDecision.STATUTORY_MEETING, consent)


def test_statutory_meeting_is_refused_when_consent_is_given() -> None:
    with pytest.raises(ValidationError) as info:
        workflow.stage_after_triage(TriageDecision.STATUTORY_MEETING, ConsentStatus.GIVEN)
    assert info.value.field == "triage_decision"
    assert "支援会議" in info.value.text()


def test_a_plan_without_consent_may_be_drafted_with_a_reminder() -> None:
    stage = workflow.stage_after_triage(TriageDecision.PLAN, ConsentStatus.UNCONFIRMED)
    assert stage is CaseStage.PLAN_DRAFT
    notices = workflow.triage_notices(TriageDecision.PLAN, ConsentStatus.UNCONFIRMED)
    assert len(notices) == 1
    assert "同意" in notices[0]
    assert workflow.triage_notices(TriageDecision.PLAN, ConsentStatus.GIVEN) == ()
    assert workflow.triage_notices(None, ConsentStatus.REFUSED) == ()


def test_complex_case_with_a_counselor_lead_and_no_reason_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        workflow.lead_worker_rule(True, Role.COUNSELOR, "  ")
    assert info.value.field == "lead_reason"
    assert info.value.label == "主担当を推進員以外にする理由"
    assert "主担当を推進員以外にする理由" in info.value.text()


def test_complex_case_without_a_lead_needs_a_reason_too() -> None:
    with pytest.raises(ValidationError):
        workflow.lead_worker_rule(True, None, "")


def test_complex_case_with_a_recorded_reason_is_accepted() -> None:
    workflow.lead_worker_rule(True, Role.COUNSELOR, "長年の関係があり本人が希望")


def test_complex_case_with_a_coordinator_lead_needs_no_reason() -> None:
    workflow.lead_worker_rule(True, Role.COORDINATOR, "")


def test_a_simple_case_may_have_any_lead() -> None:
    workflow.lead_worker_rule(False, Role.COUNSELOR, "")


def test_the_proposed_lead_of_a_complex_case_is_a_coordinator() -> None:
    assert workflow.proposed_lead_role(True) is Role.COORDINATOR
    assert workflow.proposed_lead_role(False) is None
