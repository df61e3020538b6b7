"""The case timeline: everything that happened on a case, in order (issue 5, design.md §2).

One read of the records of a case — contact slips, consents, assessments, referrals and their
hand-overs, plan versions and their decisions, meetings, progress notes, monitoring reviews,
closures and reopenings — turned into :class:`TimelineEvent` rows, newest first. The events
carry labels and short summaries only; each record's own tab shows it in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    ClosureStatus,
    ConsentStatus,
    MeetingKind,
    MonitoringDecision,
    PlanStatus,
    ReferralStatus,
    TriageDecision,
    label,
)
from welfaredesk.domain.text import msg
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import picklist_labels
from welfaredesk.services.security import load_visible_case
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Assessment,
    Case,
    Closure,
    Consent,
    Consultation,
    Meeting,
    MonitoringReview,
    ProgressNote,
    Referral,
    SupportPlan,
    User,
)

SUMMARY_LENGTH = 80
"""How many characters of a free text a timeline line shows."""


class EventKind(StrEnum):
    """What kind of record a timeline event comes from (for filters and icons)."""

    CONSULTATION = "consultation"
    CONSENT = "consent"
    ASSESSMENT = "assessment"
    REFERRAL = "referral"
    PLAN = "plan"
    MEETING = "meeting"
    NOTE = "note"
    REVIEW = "review"
    CLOSURE = "closure"


KIND_LABELS: dict[EventKind, str] = {
    EventKind.CONSULTATION: "相談受付",
    EventKind.CONSENT: "本人同意",
    EventKind.ASSESSMENT: "課題分析",
    EventKind.REFERRAL: "つなぎ",
    EventKind.PLAN: "支援計画",
    EventKind.MEETING: "会議",
    EventKind.NOTE: "支援経過",
    EventKind.REVIEW: "経過確認",
    EventKind.CLOSURE: "終結",
}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One line of the case timeline.

    ``at`` is when it happened (a date-only record is placed at the start of its day, and
    sorts after the timed events of that day); ``timed`` says whether the time is meaningful.
    """

    at: dt.datetime
    timed: bool
    kind: EventKind
    kind_label: str
    title: str
    summary: str
    staff: str
    record_id: int


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_LENGTH else flat[: SUMMARY_LENGTH - 1] + "…"


def _day(value: dt.date) -> dt.datetime:
    return dt.datetime.combine(value, dt.time())


class TimelineService:
    """Builds a case's timeline."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def events(
        self, principal: Principal, case_id: int, *, kinds: frozenset[EventKind] | None = None
    ) -> list[TimelineEvent]:
        """Everything that happened on the case, newest first.

        Args:
            principal: the logged-in user.
            case_id: the case.
            kinds: only these kinds of events (None: all).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            users = {uid: name for uid, name in s.execute(select(User.id, User.display_name))}
            collected: list[TimelineEvent] = []
            for kind, collect in _COLLECTORS.items():
                if kinds is None or kind in kinds:
                    collected.extend(collect(s, case, users))
        # Newest first; on the same day, timed events before the date-only ones of that day.
        collected.sort(key=lambda e: (e.at.date(), e.timed, e.at, e.record_id), reverse=True)
        return collected


Users = dict[int, str]


def _event(
    at: dt.datetime,
    kind: EventKind,
    title: str,
    summary: str,
    record_id: int,
    *,
    timed: bool,
    staff: str = "",
) -> TimelineEvent:
    return TimelineEvent(
        at=at,
        timed=timed,
        kind=kind,
        kind_label=KIND_LABELS[kind],
        title=title,
        summary=_short(summary),
        staff=staff,
        record_id=record_id,
    )


def _consultations(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    channels = picklist_labels(s, "intake_channel")
    rows = s.scalars(select(Consultation).where(Consultation.case_id == case.id))
    return [
        _event(
            row.received_at,
            EventKind.CONSULTATION,
            msg("相談受付（{channel}）", channel=channels.get(row.channel_code, row.channel_code)),
            row.presenting_concern,
            row.id,
            timed=True,
            staff=users.get(row.staff_id or 0, ""),
        )
        for row in rows
    ]


def _consents(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    rows = s.scalars(
        select(Consent).where(Consent.case_id == case.id, Consent.recorded_on.is_not(None))
    )
    events = []
    for row in rows:
        if row.status == ConsentStatus.UNCONFIRMED or row.recorded_on is None:
            continue
        events.append(
            _event(
                _day(row.recorded_on),
                EventKind.CONSENT,
                msg("本人同意：{status}", status=label(ConsentStatus(row.status))),
                row.notes,
                row.id,
                timed=False,
                staff=users.get(row.recorded_by_id or 0, ""),
            )
        )
    return events


def _assessments(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    rows = s.scalars(select(Assessment).where(Assessment.case_id == case.id))
    events = []
    for row in rows:
        title = msg("課題分析（第{sequence}回）", sequence=row.sequence)
        if row.triage_decision:
            title = msg(
                "{title}：振り分け {decision}",
                title=title,
                decision=label(TriageDecision(row.triage_decision)),
            )
        events.append(
            _event(
                _day(row.assessed_on),
                EventKind.ASSESSMENT,
                title,
                row.summary or row.triage_reason,
                row.id,
                timed=False,
                staff=users.get(row.assessor_id or 0, ""),
            )
        )
    return events


def _referrals(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    rows = s.scalars(select(Referral).where(Referral.case_id == case.id)).all()
    agencies = (
        dict(
            s.execute(
                select(Agency.id, Agency.name).where(Agency.id.in_({r.agency_id for r in rows}))
            ).all()
        )
        if rows
        else {}
    )
    events = []
    for row in rows:
        name = agencies.get(row.agency_id, "")
        status = ReferralStatus(row.status)
        staff = users.get(row.created_by_id or 0, "")
        events.append(
            _event(
                _day(row.done_on or row.referred_on),
                EventKind.REFERRAL,
                msg("つなぎ：{name}（{status}）", name=name, status=label(status))
                if status is not ReferralStatus.HANDED_OVER
                else msg("つなぎ：{name}（実施）", name=name),
                row.purpose,
                row.id,
                timed=False,
                staff=staff,
            )
        )
        if row.confirmed_on is not None and status in (
            ReferralStatus.HANDED_OVER,
            ReferralStatus.REJECTED,
        ):
            events.append(
                _event(
                    _day(row.confirmed_on),
                    EventKind.REFERRAL,
                    msg("つなぎ：{name}（{status}）", name=name, status=label(status)),
                    row.outcome or row.status_reason,
                    row.id,
                    timed=False,
                    staff=staff,
                )
            )
    return events


def _plans(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    rows = s.scalars(select(SupportPlan).where(SupportPlan.case_id == case.id))
    events = []
    for row in rows:
        staff = users.get(row.author_id or 0, "")
        events.append(
            _event(
                row.created_at,
                EventKind.PLAN,
                msg(
                    "支援計画 第{plan_no}版 作成（現在：{status}）",
                    plan_no=row.plan_no,
                    status=label(PlanStatus(row.status)),
                ),
                row.overall_goal,
                row.id,
                timed=True,
                staff=staff,
            )
        )
        if row.decided_on is not None:
            events.append(
                _event(
                    _day(row.decided_on),
                    EventKind.PLAN,
                    msg("支援計画 第{plan_no}版 決定（支援決定）", plan_no=row.plan_no),
                    row.overall_goal,
                    row.id,
                    timed=False,
                    staff=staff,
                )
            )
    return events


def _meetings(s: Session, case: Case, _users: Users) -> list[TimelineEvent]:
    rows = s.execute(
        select(AgendaItem, Meeting)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id == case.id)
    ).all()
    events = []
    for item, meeting in rows:
        kind = label(MeetingKind(meeting.kind))
        title = msg("{kind}：{purpose}", kind=kind, purpose=label(AgendaPurpose(item.purpose)))
        if item.decision:
            title = msg(
                "{title} → {decision}", title=title, decision=label(AgendaDecision(item.decision))
            )
        events.append(
            _event(
                meeting.held_at,
                EventKind.MEETING,
                title,
                item.decision_note,
                item.id,
                timed=True,
            )
        )
    return events


def _notes(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    methods = picklist_labels(s, "note_method")
    rows = s.execute(
        select(
            ProgressNote.id,
            ProgressNote.noted_at,
            ProgressNote.method_code,
            ProgressNote.staff_id,
            ProgressNote.body,
        ).where(ProgressNote.case_id == case.id)
    )
    return [
        _event(
            noted_at,
            EventKind.NOTE,
            msg("支援経過（{method}）", method=methods.get(method, method)),
            body,
            note_id,
            timed=True,
            staff=users.get(staff_id or 0, ""),
        )
        for note_id, noted_at, method, staff_id, body in rows
    ]


def _reviews(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    rows = s.scalars(
        select(MonitoringReview).where(
            MonitoringReview.case_id == case.id, MonitoringReview.reviewed_on.is_not(None)
        )
    )
    events = []
    for row in rows:
        if row.reviewed_on is None:
            continue
        title = "経過確認と評価"
        if row.decision:
            title = msg(
                "{title}：{decision}", title=title, decision=label(MonitoringDecision(row.decision))
            )
        events.append(
            _event(
                _day(row.reviewed_on),
                EventKind.REVIEW,
                title,
                row.note or row.advice,
                row.id,
                timed=False,
                staff=users.get(row.reviewer_id or 0, ""),
            )
        )
    return events


def _closures(s: Session, case: Case, users: Users) -> list[TimelineEvent]:
    reasons = picklist_labels(s, "closure_reason")
    rows = s.scalars(select(Closure).where(Closure.case_id == case.id))
    events = []
    for row in rows:
        status = ClosureStatus(row.status)
        reason = reasons.get(row.reason_code, row.reason_code)
        title = msg("終結（{reason}）", reason=reason)
        if status is ClosureStatus.REQUESTED:
            title = msg("終結を申請（{reason}）：承認待ち", reason=reason)
        elif status is ClosureStatus.RETURNED:
            title = msg("終結の申請（{reason}）：差し戻し", reason=reason)
        events.append(
            _event(
                _day(row.closed_on),
                EventKind.CLOSURE,
                title,
                row.return_reason if status is ClosureStatus.RETURNED else row.summary,
                row.id,
                timed=False,
                staff=users.get(row.approved_by_id or row.requested_by_id or 0, ""),
            )
        )
        if row.reopened_on is not None:
            events.append(
                _event(
                    _day(row.reopened_on),
                    EventKind.CLOSURE,
                    "ケースを再開",
                    row.reopen_reason,
                    row.id,
                    timed=False,
                    staff=users.get(row.reopened_by_id or 0, ""),
                )
            )
    return events


_COLLECTORS = {
    EventKind.CONSULTATION: _consultations,
    EventKind.CONSENT: _consents,
    EventKind.ASSESSMENT: _assessments,
    EventKind.REFERRAL: _referrals,
    EventKind.PLAN: _plans,
    EventKind.MEETING: _meetings,
    EventKind.NOTE: _notes,
    EventKind.REVIEW: _reviews,
    EventKind.CLOSURE: _closures,
}
