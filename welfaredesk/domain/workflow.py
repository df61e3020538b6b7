"""Workflow rules of assessment and triage (課題分析・振り分け), design.md §2.

Pure functions: they take the facts a rule depends on and either return the answer or raise
:class:`~welfaredesk.domain.errors.ValidationError` naming the field the user has to change.

* The triage decision moves the case on (:func:`stage_after_triage`). 情報提供のみ does *not*
  close the case here: a closure needs its own record with a reason (and, where configured,
  supervisor approval), so the case stays in assessment until it is closed through closure.
* A 支援会議 (法第9条) is for people who do not consent; with recorded consent the case goes to
  a 支援調整会議 through a plan instead (:func:`check_triage`).
* A plan may be drafted before consent is recorded, but it can only go to a 支援調整会議 once
  consent is recorded (:func:`triage_notices` says so).
* A complex case (複合的課題) gets a coordinator as lead worker (主担当), or a recorded reason
  (:func:`lead_worker_rule`).
"""

from __future__ import annotations

from welfaredesk.domain.enums import CaseStage, ConsentStatus, Role, TriageDecision
from welfaredesk.domain.errors import ValidationError

LEAD_REASON_FIELD = "lead_reason"
LEAD_REASON_LABEL = "主担当を推進員以外にする理由"
TRIAGE_FIELD = "triage_decision"
TRIAGE_LABEL = "振り分け"

_STAGE_AFTER: dict[TriageDecision, CaseStage] = {
    TriageDecision.INFO_ONLY: CaseStage.ASSESSMENT,
    TriageDecision.REFERRAL: CaseStage.REFERRAL,
    TriageDecision.PLAN: CaseStage.PLAN_DRAFT,
    TriageDecision.STATUTORY_MEETING: CaseStage.NO_CONSENT,
}


def stage_after_triage(decision: TriageDecision, consent: ConsentStatus) -> CaseStage:
    """The stage a case moves to when a triage decision is recorded.

    Args:
        decision: the triage decision.
        consent: the case's consent status (checked with :func:`check_triage`).

    Returns:
        同行支援・引継ぎ for a referral, 支援計画案 for a plan, 本人同意なし(支援会議) for a
        支援会議, and 課題分析・振り分け for 情報提供のみ (the case is closed through a closure
        record with its reason, never by the triage alone).

    Raises:
        ValidationError: if the decision is not allowed with this consent status.
    """
    check_triage(decision, consent)
    return _STAGE_AFTER[decision]


def check_triage(decision: TriageDecision, consent: ConsentStatus) -> None:
    """Refuse a triage decision that the consent status does not allow.

    A 支援会議 (生活困窮者自立支援法 第9条) shares information about people who have not
    consented; with recorded consent the case is discussed at a 支援調整会議 through a plan.

    Raises:
        ValidationError: on the field ``triage_decision`` when a 支援会議 is chosen although
            consent is recorded.
    """
    if decision is TriageDecision.STATUTORY_MEETING and consent is ConsentStatus.GIVEN:
        raise ValidationError(
            TRIAGE_FIELD,
            TRIAGE_LABEL,
            "本人の同意があるため支援会議（法第9条）には振り分けられません。"
            "支援計画策定を選び、支援調整会議で検討してください。",
        )


def triage_notices(decision: TriageDecision | None, consent: ConsentStatus) -> tuple[str, ...]:
    """Reminders (not errors) that follow from a triage decision and the consent status."""
    if decision is TriageDecision.PLAN and consent is not ConsentStatus.GIVEN:
        return (
            "本人の同意が記録されていません。支援計画案は作成できますが、"
            "支援調整会議に提出する前に同意を記録してください。",
        )
    return ()


def proposed_lead_role(complex_needs: bool) -> Role | None:
    """The role a case's lead worker should have: a coordinator for a complex case."""
    return Role.COORDINATOR if complex_needs else None


def lead_worker_rule(complex_needs: bool, lead_role: Role | None, reason: str) -> None:
    """A complex case gets a coordinator as lead worker (主担当), or a recorded reason.

    Args:
        complex_needs: whether the case has complex needs (複合的課題).
        lead_role: the role of the chosen lead worker (None: nobody chosen).
        reason: why the lead is not a coordinator, as typed.

    Raises:
        ValidationError: on the field ``lead_reason`` when the case is complex, the lead is
            not a coordinator and no reason is given.
    """
    if not complex_needs or lead_role is Role.COORDINATOR or reason.strip():
        return
    raise ValidationError(
        LEAD_REASON_FIELD,
        LEAD_REASON_LABEL,
        "複合的課題のケースは相談支援包括化推進員を主担当にします。"
        "推進員以外を主担当にする場合は、その理由を入力してください。",
    )
