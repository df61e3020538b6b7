"""Plan rules: moves by hand, what a meeting's decision does, the consent gate per meeting."""

from __future__ import annotations

import pytest

from welfaredesk.domain import plans
from welfaredesk.domain.enums import (
    AgendaDecision,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    PlanStatus,
)
from welfaredesk.domain.errors import ValidationError

P = PlanStatus
D = AgendaDecision


@pytest.mark.parametrize(
    ("current", "wanted"),
    [(a, b) for a, after in plans.USER_TRANSITIONS.items() for b in after],
)
def test_moves_a_person_may_make(current: PlanStatus, wanted: PlanStatus) -> None:
    plans.check_user_transition(current, wanted)


@pytest.mark.parametrize("current", list(PlanStatus))
def test_decided_is_never_reached_by_hand(current: PlanStatus) -> None:
    with pytest.raises(ValidationError) as caught:
        plans.check_user_transition(current, P.DECIDED)
    assert caught.value.field == "status"
    assert "会議" in caught.value.text()


@pytest.mark.parametrize(
    ("plan", "decision", "expected"),
    [
        (P.SUBMITTED, D.APPROVED, (P.DECIDED, CaseStage.SERVICE)),
        (P.SUBMITTED, D.APPROVED_WITH_CHANGES, (P.DECIDED, CaseStage.SERVICE)),
        (P.SUBMITTED, D.REVISE, (P.UNDER_REVIEW, CaseStage.PLAN_DRAFT)),
        (P.DECIDED, D.REVISE, (P.UNDER_REVIEW, CaseStage.PLAN_DRAFT)),
        (None, D.REVISE, (None, CaseStage.PLAN_DRAFT)),
        (P.DECIDED, D.CONTINUE, (None, None)),
        (P.DECIDED, D.CLOSE, (P.ENDED, None)),
        (None, D.CLOSE, (None, None)),
    ],
)
def test_what_a_meeting_decision_does(
    plan: PlanStatus | None,
    decision: AgendaDecision,
    expected: tuple[PlanStatus | None, CaseStage | None],
) -> None:
    assert plans.after_decision(plan, decision) == expected


@pytest.mark.parametrize("plan", [None, P.DRAFT, P.DECIDED, P.ENDED])
def test_only_a_submitted_plan_can_be_approved(plan: PlanStatus | None) -> None:
    with pytest.raises(ValidationError):
        plans.after_decision(plan, D.APPROVED)


def test_the_consent_gate_of_each_meeting_kind() -> None:
    gate = plans.check_agenda_consent
    gate(MeetingKind.COORDINATION, ConsentStatus.GIVEN, "R7-00001")
    gate(MeetingKind.COORDINATION, ConsentStatus.GIVEN, "R7-00001", {MeetingKind.COORDINATION})
    gate(MeetingKind.STATUTORY, ConsentStatus.REFUSED, "R7-00001")
    gate(MeetingKind.STATUTORY, ConsentStatus.UNCONFIRMED, "R7-00001")
    for kind, consent, scope, words in (
        (MeetingKind.COORDINATION, ConsentStatus.REFUSED, None, "同意が記録されていない"),
        (MeetingKind.COORDINATION, ConsentStatus.UNCONFIRMED, None, "支援会議"),
        (MeetingKind.COORDINATION, ConsentStatus.GIVEN, set(), "同意の範囲"),
        (MeetingKind.STATUTORY, ConsentStatus.GIVEN, None, "支援調整会議で検討"),
        (MeetingKind.NETWORK, ConsentStatus.GIVEN, None, "個別のケースを検討しません"),
    ):
        with pytest.raises(ValidationError) as caught:
            gate(kind, consent, "R7-00001", scope)
        assert caught.value.field == "case_id"
        assert words in caught.value.text(), (kind, consent)
