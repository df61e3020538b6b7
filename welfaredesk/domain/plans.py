"""Rules of support plans (支援計画) and of the meetings that decide them, design.md §2.

A plan version moves 案 → 会議提出 → 決定 → 見直し中 → 終了. People move a plan only where the
table allows (:data:`USER_TRANSITIONS`, checked by :func:`check_user_transition`); a plan becomes
決定 only through a meeting's decision (:func:`after_decision`), never by hand.

Meeting decisions on an agenda item (了承, 修正のうえ了承, 見直し, 継続, 終結) act on the plan on
the agenda and on the case:

* 了承 / 修正のうえ了承 of a submitted plan → the plan is 決定 with the meeting's date
  (支援決定), the plan it replaces is 終了, and the case goes to 支援提供;
* 見直し → the plan is 見直し中 and the case goes back to 支援計画案: the worker writes a new
  version (案) that replaces it;
* 継続 → nothing changes (the plan stays as it is; the case continues);
* 終結 → the plan is 終了 and the case is ready for closure (the closure itself is a record of
  its own with its reason and, where configured, a supervisor's approval).

Consent rules per meeting kind (:func:`check_agenda_consent`): a 支援調整会議 takes only cases
with recorded consent (同意あり); a 支援会議 (法第9条) takes cases without it; a
相談支援包括化推進会議 never carries an individual case.
"""

from __future__ import annotations

from collections.abc import Collection

from welfaredesk.domain.enums import (
    AgendaDecision,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    PlanStatus,
    label,
)
from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.joins import join_dots
from welfaredesk.domain.text import msg

P = PlanStatus

USER_TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    P.DRAFT: frozenset({P.SUBMITTED, P.ENDED}),
    P.SUBMITTED: frozenset({P.DRAFT}),
    P.DECIDED: frozenset({P.UNDER_REVIEW, P.ENDED}),
    P.UNDER_REVIEW: frozenset({P.ENDED}),
    P.ENDED: frozenset(),
}
"""What a person may do to a plan version by hand (submitting needs the submit right; taking a
submitted plan back to 案 withdraws it from the meeting). 決定 is never reached by hand."""

EDITABLE = frozenset({P.DRAFT})
"""Only a draft's content may be changed; every other version is kept as it was."""

LIVE = frozenset({P.DRAFT, P.SUBMITTED, P.DECIDED, P.UNDER_REVIEW})
"""Versions still in force or in progress (a case with one of these has an open plan)."""


def check_user_transition(current: PlanStatus, wanted: PlanStatus) -> None:
    """Refuse a status change a person may not make.

    Raises:
        ValidationError: on the field ``status``; 決定 gets its own message (meetings decide).
    """
    if wanted in USER_TRANSITIONS[current]:
        return
    if wanted is P.DECIDED:
        problem = (
            "支援計画は会議（支援調整会議など）の決定でのみ「決定」になります。"
            "会議に提出し、会議の記録で了承を入力してください。"
        )
    elif not USER_TRANSITIONS[current]:
        problem = msg("「{label}」の支援計画は変更できません。", label=label(current))
    else:
        allowed = join_dots(label(s) for s in PlanStatus if s in USER_TRANSITIONS[current])
        problem = msg(
            "「{current}」から「{wanted}」には変更できません。次に選べるのは {allowed} です。",
            current=label(current),
            wanted=label(wanted),
            allowed=allowed,
        )
    raise ValidationError("status", "支援計画の状況", problem)


def after_decision(
    plan: PlanStatus | None, decision: AgendaDecision
) -> tuple[PlanStatus | None, CaseStage | None]:
    """What a meeting's decision does: the plan's new status and the case's new stage.

    Args:
        plan: the status of the plan on the agenda, or None when no plan is attached.
        decision: the decision recorded for the agenda item.

    Returns:
        (new plan status or None for no change, new case stage or None for no change).

    Raises:
        ValidationError: on ``decision`` when it cannot apply to this plan (了承 of a plan
            that was not submitted, for example).
    """
    d = AgendaDecision
    if decision in (d.APPROVED, d.APPROVED_WITH_CHANGES):
        if plan is not P.SUBMITTED:
            raise ValidationError(
                "decision",
                "会議の決定",
                "了承できるのは会議に提出された支援計画（会議提出）だけです。"
                "支援計画を会議に提出してから決定を入力してください。",
            )
        return P.DECIDED, CaseStage.SERVICE
    if decision is d.REVISE:
        if plan in (P.SUBMITTED, P.DECIDED):
            return P.UNDER_REVIEW, CaseStage.PLAN_DRAFT
        return None, CaseStage.PLAN_DRAFT
    if decision is d.CONTINUE:
        return None, None
    # 終結
    if plan in LIVE:
        return P.ENDED, None
    return None, None


def check_agenda_consent(
    kind: MeetingKind,
    consent: ConsentStatus,
    case_number: str,
    consented_meetings: Collection[MeetingKind] | None = None,
) -> None:
    """The consent gate of each meeting kind (design.md §2).

    Args:
        kind: the meeting's kind.
        consent: the case's consent status.
        case_number: for the message.
        consented_meetings: the meetings the person's consent names (its scope); None when
            not known (only the status is checked then).

    Raises:
        ValidationError: on ``case_id`` with a message that says why and what to do.
    """
    if kind is MeetingKind.NETWORK:
        raise ValidationError(
            "case_id",
            "議題のケース",
            "相談支援包括化推進会議では個別のケースを検討しません。"
            "ケースを検討する場合は支援調整会議（同意あり）か支援会議（同意なし）に載せてください。",
        )
    if kind is MeetingKind.COORDINATION and consent is not ConsentStatus.GIVEN:
        raise ValidationError(
            "case_id",
            "議題のケース",
            msg(
                "{case_number} は本人の同意が記録されていないため、支援調整会議には載せられません。"
                "本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で検討してください。",
                case_number=case_number,
            ),
        )
    if (
        kind is MeetingKind.COORDINATION
        and consented_meetings is not None
        and MeetingKind.COORDINATION not in consented_meetings
    ):
        raise ValidationError(
            "case_id",
            "議題のケース",
            msg(
                "{case_number} は、本人の同意の範囲に支援調整会議での検討が含まれていません。"
                "本人に確認し、同意の範囲（会議）に支援調整会議を加えて記録してください。",
                case_number=case_number,
            ),
        )
    if kind is MeetingKind.STATUTORY and consent is ConsentStatus.GIVEN:
        raise ValidationError(
            "case_id",
            "議題のケース",
            msg(
                "{case_number} は本人の同意があるため、"
                "支援会議（法第9条）ではなく支援調整会議で検討してください。",
                case_number=case_number,
            ),
        )
