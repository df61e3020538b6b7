"""Rules of accompanied referrals (同行支援・つなぎ・引継ぎ), design.md §2, domain.md §1 stage 3.

Pure functions over the facts a rule needs; they raise
:class:`~welfaredesk.domain.errors.ValidationError` naming the field the user has to change.

* **Status:** 予定 → 実施 → 引継ぎ完了, with 不受理 (the agency did not take the person on),
  保留 (waiting) and 本人辞退 (the person withdrew) on the way. 引継ぎ完了, 不受理 and 本人辞退 are
  final; any other move is refused (:func:`check_transition`).
* **Reasons and outcome:** 不受理, 保留 and 本人辞退 need a reason; 引継ぎ完了 needs the date the
  person was confirmed to have been taken on and what was confirmed (:func:`check_status_facts`).
* **Consent gate:** information goes to an agency only when the person's consent covers that
  agency and each kind of information, or under the legal basis of a 支援会議 (法第9条) with a
  note saying which meeting (:func:`check_sharing`).
* **Confirm-by date:** after a referral is made, someone checks that the person really arrived
  and was taken on; a confirmation not done by its date is overdue (:func:`confirmation_overdue`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from welfaredesk.domain.enums import ReferralStatus, SharedInfo, SharingBasis, label
from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.joins import join_dots
from welfaredesk.domain.text import msg

S = ReferralStatus

TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.PLANNED: frozenset({S.DONE, S.ON_HOLD, S.DECLINED}),
    S.DONE: frozenset({S.HANDED_OVER, S.REJECTED, S.ON_HOLD, S.DECLINED}),
    S.ON_HOLD: frozenset({S.PLANNED, S.DONE, S.DECLINED}),
    S.HANDED_OVER: frozenset(),
    S.REJECTED: frozenset(),
    S.DECLINED: frozenset(),
}
"""Which status may follow which."""

FINAL = frozenset(s for s, after in TRANSITIONS.items() if not after)
"""Statuses after which a referral is finished (引継ぎ完了, 不受理, 本人辞退)."""

OPEN = frozenset(ReferralStatus) - FINAL
"""Statuses of a referral still in progress (予定, 実施, 保留)."""

NEEDS_REASON = frozenset({S.REJECTED, S.ON_HOLD, S.DECLINED})
"""Statuses that need a reason."""

DEFAULT_CONFIRM_DAYS = 14
"""Days after a referral by which its arrival should be confirmed, unless set otherwise."""

IDENTITY_LABEL = "氏名・生年月日・性別"
"""What a referral slip always carries to identify the person."""

_HEALTH_PARENTS = frozenset({"disability", "health"})
_HEALTH_CODES = frozenset({"dementia", "disabled_child", "medical_care"})
_FINANCE_PARENTS = frozenset({"poverty"})


def check_transition(current: ReferralStatus, wanted: ReferralStatus) -> None:
    """Refuse a status change the flow does not allow.

    Raises:
        ValidationError: on the field ``status``, saying which statuses may follow.
    """
    if wanted in TRANSITIONS[current]:
        return
    if current in FINAL:
        problem = msg(
            "「{label}」のつなぎは完了しているため、状況を変更できません。", label=label(current)
        )
    else:
        allowed = join_dots(label(s) for s in ReferralStatus if s in TRANSITIONS[current])
        problem = msg(
            "「{current}」から「{wanted}」には変更できません。次に選べるのは {allowed} です。",
            current=label(current),
            wanted=label(wanted),
            allowed=allowed,
        )
    raise ValidationError("status", "つなぎの状況", problem)


def check_status_facts(
    status: ReferralStatus,
    *,
    reason: str,
    confirmed_on: dt.date | None,
    outcome: str,
) -> None:
    """Refuse a status without the facts it needs.

    Raises:
        ValidationError: 不受理, 保留 and 本人辞退 without a reason (``status_reason``);
            引継ぎ完了 without the confirmation date (``confirmed_on``) or the confirmed
            outcome (``outcome``).
    """
    if status in NEEDS_REASON and not reason.strip():
        raise ValidationError(
            "status_reason",
            "理由",
            msg("「{label}」にする理由を入力してください。", label=label(status)),
        )
    if status is S.HANDED_OVER:
        if confirmed_on is None:
            raise ValidationError(
                "confirmed_on",
                "確認日",
                "引継ぎ先で支援が始まったことを確認した日を入力してください。",
            )
        if not outcome.strip():
            raise ValidationError(
                "outcome",
                "確認した結果",
                "引継ぎ先で確認できたこと（受理された、支援が始まった など）を入力してください。",
            )


def check_sharing(
    basis: SharingBasis,
    *,
    agency_name: str,
    agency_consented: bool,
    consented_items: Collection[SharedInfo],
    wanted_items: Iterable[SharedInfo],
    basis_note: str,
) -> None:
    """The consent gate: refuse sharing with an agency that the person has not agreed to.

    Args:
        basis: why information may be shared (the person's consent, or a 支援会議).
        agency_name: the destination, for the message.
        agency_consented: whether the person's recorded consent names this agency.
        consented_items: the kinds of information the consent covers.
        wanted_items: the kinds of information to hand over with this referral.
        basis_note: for a 支援会議, which meeting decided the sharing.

    Raises:
        ValidationError: on ``agency_id`` when the consent does not cover the agency, on
            ``shared_items`` when it does not cover an item, on ``basis_note`` when a
            支援会議 basis names no meeting.
    """
    if basis is SharingBasis.STATUTORY_MEETING:
        if not basis_note.strip():
            raise ValidationError(
                "basis_note",
                "支援会議の記録",
                "情報共有を決めた支援会議（開催日など）を入力してください。",
            )
        return
    if not agency_consented:
        raise ValidationError(
            "agency_id",
            "つなぎ先",
            msg(
                "本人の同意の範囲に「{agency_name}」が含まれていないため、つなぐことができません。"
                "本人に確認して同意の範囲を更新するか、支援会議（法第9条）で共有を決めた場合は情報共有の根拠を「支援会議」にして記録してください。",
                agency_name=agency_name,
            ),
        )
    outside = [item for item in wanted_items if item not in consented_items]
    if outside:
        names = join_dots(label(item) for item in SharedInfo if item in outside)
        raise ValidationError(
            "shared_items",
            "引き継ぐ情報",
            msg(
                "「{names}」は本人が共有に同意した情報に含まれていません。"
                "チェックを外すか、本人に確認して同意の範囲を更新してください。",
                names=names,
            ),
        )


def printable_items(
    basis: SharingBasis,
    chosen: Iterable[SharedInfo],
    consented_items: Collection[SharedInfo],
    *,
    agency_consented: bool,
) -> frozenset[SharedInfo]:
    """The kinds of information a referral slip may carry now.

    The consent is read again at print time: what the person has since withdrawn is left
    out even though it was chosen when the referral was recorded.
    """
    if basis is SharingBasis.STATUTORY_MEETING:
        return frozenset(chosen)
    if not agency_consented:
        return frozenset()
    return frozenset(item for item in chosen if item in consented_items)


def info_kind(category_code: str, parent_code: str | None) -> SharedInfo:
    """Which kind of information an assessment item of this issue category is.

    Health and disability issues (心身の状況) and money and debts (経済状況・債務) are kept
    apart from the other issues, because people often agree to share them with fewer agencies.
    """
    group = parent_code or category_code
    if group in _HEALTH_PARENTS or category_code in _HEALTH_CODES:
        return SharedInfo.HEALTH
    if group in _FINANCE_PARENTS:
        return SharedInfo.FINANCES
    return SharedInfo.ISSUES


def confirmation_overdue(
    status: ReferralStatus, due_on: dt.date | None, confirmed_on: dt.date | None, today: dt.date
) -> bool:
    """Whether the check that the person arrived and was taken on is overdue."""
    return (
        status in (S.PLANNED, S.DONE)
        and confirmed_on is None
        and due_on is not None
        and due_on < today
    )
