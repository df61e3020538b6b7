"""My tasks (今日の仕事): what the logged-in user has to do soon, derived from the records.

Nothing here is typed in: each kind of task is a rule over records that already exist.

* **Monitoring** (モニタリング): a review not yet done, by its due date.
* **Referral confirmation** (つなぎの確認): a referral 予定/実施 whose arrival is not yet
  confirmed, by its confirm-by date (:func:`~welfaredesk.domain.referrals.confirmation_overdue`).
* **Plan review** (計画の見直し): a decided support plan, by its next review date.
* **Next action** (次回の対応): the next action of a progress note the user wrote, while no
  later note on that case has been recorded.
* **Meeting** (会議): a scheduled meeting in the next 14 days with one of the cases on its agenda.
* **Unsaved input** (入力途中): the user's own autosaved drafts (intake, assessment, plan,
  progress note), shown under today.
* **For supervisors:** notes awaiting their confirmation (支援経過の確認) and closures
  waiting for their approval (終結の承認), in every case they may see, due on the day they
  were written or requested: the same items as the 承認・確認待ち queue, in the morning list.

Only the user's own cases count (lead or co-worker), and always inside
:func:`~welfaredesk.services.security.visible_cases`, so a restricted case the user is not
named on never appears. Closed cases have no tasks. Each kind is one query joined to the case
and its client. The list shows the case number and the name only (like the case list), so
reading it is not audited.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from welfaredesk.domain.enums import (
    CaseStage,
    ClosureStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReferralStatus,
    label,
)
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.referrals import confirmation_overdue
from welfaredesk.domain.text import date_text, msg
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name
from welfaredesk.services.notes import DRAFT_FORM as NOTE_DRAFT_FORM
from welfaredesk.services.security import visible_cases
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Case,
    Closure,
    Draft,
    Meeting,
    MonitoringReview,
    Person,
    ProgressNote,
    Referral,
    SupportPlan,
    User,
)

log = logging.getLogger(__name__)

HORIZON_DAYS = 14
"""Tasks due within this many days from today (today included) are listed."""
WEEK_DAYS = 7
"""Tasks due within this many days from today (today included) are 今週."""

INTAKE_FORM = "intake"
ASSESSMENT_FORM = "assessment"
PLAN_FORM = "support_plan"


class TaskKind(StrEnum):
    """What kind of task a row is."""

    MONITORING = "monitoring"
    REFERRAL = "referral"
    PLAN_REVIEW = "plan_review"
    NEXT_ACTION = "next_action"
    MEETING = "meeting"
    DRAFT = "draft"
    ACKNOWLEDGE = "acknowledge"
    CLOSURE_APPROVAL = "closure_approval"


KIND_LABELS: dict[TaskKind, str] = {
    TaskKind.MONITORING: "モニタリング",
    TaskKind.REFERRAL: "つなぎの確認",
    TaskKind.PLAN_REVIEW: "計画の見直し",
    TaskKind.NEXT_ACTION: "次回の対応",
    TaskKind.MEETING: "会議",
    TaskKind.DRAFT: "入力途中",
    TaskKind.ACKNOWLEDGE: "支援経過の確認",
    TaskKind.CLOSURE_APPROVAL: "終結の承認",
}
"""The Japanese name of each kind."""


class TaskGroup(StrEnum):
    """When a task is due, relative to today (in display order)."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


GROUP_ORDER = tuple(TaskGroup)

_DRAFT_TEXT = {
    INTAKE_FORM: ("intake_draft", "保存していない受付の入力"),
    ASSESSMENT_FORM: ("assessment", "保存していない課題分析の入力"),
    PLAN_FORM: ("plan", "保存していない支援計画の入力"),
    NOTE_DRAFT_FORM: ("progress", "保存していない支援経過の入力"),
}
"""Draft form → (where to open, text)."""


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One task of the list.

    ``open_tab`` says where to open it: ``monitoring``, ``referral``, ``plan``, ``progress``,
    ``closure``, ``assessment`` (a case tab), ``meeting`` (the meetings screen) or
    ``intake_draft`` (the intake dialog). ``case_id`` is None for an intake draft (no case yet).
    """

    kind: TaskKind
    kind_label: str
    due_on: dt.date
    group: TaskGroup
    case_id: int | None
    case_number: str
    client_name: str
    text: str
    open_tab: str
    record_id: int | None = None


def group_of(due_on: dt.date, today: dt.date) -> TaskGroup | None:
    """The group of a due date, or None when it is beyond the two weeks shown."""
    days = (due_on - today).days
    if days < 0:
        return TaskGroup.OVERDUE
    if days == 0:
        return TaskGroup.TODAY
    if days < WEEK_DAYS:
        return TaskGroup.THIS_WEEK
    if days < HORIZON_DAYS:
        return TaskGroup.LATER
    return None


class TaskService:
    """The logged-in user's tasks, derived from the records (read-only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def my_tasks(self, principal: Principal, today: dt.date | None = None) -> list[TaskRow]:
        """The user's tasks: overdue ones and those due in the next two weeks.

        Args:
            principal: the logged-in user; only their own visible cases count.
            today: the day to count from (default: today).

        Returns:
            The tasks sorted by group, due date and case number. Empty for a role that
            may not read cases.
        """
        if not allowed(principal.role, Action.CASE_READ):
            return []
        today = today or dt.date.today()
        last = today + dt.timedelta(days=HORIZON_DAYS - 1)
        with self._db.read() as s:
            rows = [
                *_monitoring(s, principal, today, last),
                *_referrals(s, principal, today, last),
                *_plan_reviews(s, principal, today, last),
                *_next_actions(s, principal, today, last),
                *_meetings(s, principal, today, last),
                *_drafts(s, principal, today),
                *_acknowledgements(s, principal, today),
                *_closure_approvals(s, principal, today),
            ]
        rows.sort(
            key=lambda r: (GROUP_ORDER.index(r.group), r.due_on, r.case_number, r.kind, r.text)
        )
        log.debug("my tasks: %d rows for user %s", len(rows), principal.user_id)
        return rows


class _CaseColumns(Protocol):
    """The case columns every task query selects (:data:`_CASE_COLUMNS`)."""

    @property
    def case_id(self) -> int: ...
    @property
    def case_number(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def given_name(self) -> str: ...


# --- one query per kind -----------------------------------------------------------------------


def _mine(principal: Principal) -> ColumnElement[bool]:
    """The user's own open cases, within what they may see."""
    return and_(
        or_(Case.lead_worker_id == principal.user_id, Case.co_worker_id == principal.user_id),
        Case.stage != CaseStage.CLOSED,
        visible_cases(principal),
    )


def _in_my_cases(
    case_id: InstrumentedAttribute[int] | InstrumentedAttribute[int | None], principal: Principal
) -> ColumnElement[bool]:
    """``case_id`` is one of the user's own open, visible cases.

    The task queries start from these few cases (found through the lead and co-worker
    indexes) and reach their records through each table's ``case_id`` index, rather than
    walking a date index over the whole archive.
    """
    return case_id.in_(select(Case.id).where(_mine(principal)))


def _row(
    kind: TaskKind,
    due_on: dt.date,
    today: dt.date,
    case: _CaseColumns,
    *,
    text: str,
    open_tab: str,
    record_id: int,
    group: TaskGroup | None = None,
) -> TaskRow:
    chosen = group or group_of(due_on, today)
    assert chosen is not None  # the queries keep to the horizon
    return TaskRow(
        kind=kind,
        kind_label=KIND_LABELS[kind],
        due_on=due_on,
        group=chosen,
        case_id=case.case_id,
        case_number=case.case_number,
        client_name=full_name(case.family_name, case.given_name),
        text=text,
        open_tab=open_tab,
        record_id=record_id,
    )


_CASE_COLUMNS = (Case.id.label("case_id"), Case.case_number, Person.family_name, Person.given_name)


def _monitoring(s: Session, principal: Principal, today: dt.date, last: dt.date) -> list[TaskRow]:
    query = (
        select(MonitoringReview.id, MonitoringReview.due_on, *_CASE_COLUMNS)
        .join(Case, Case.id == MonitoringReview.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(_in_my_cases(MonitoringReview.case_id, principal))
        .where(MonitoringReview.reviewed_on.is_(None))
        .where(MonitoringReview.due_on <= last)
    )
    return [
        _row(
            TaskKind.MONITORING,
            row.due_on,
            today,
            row,
            text="モニタリングを行う",
            open_tab="monitoring",
            record_id=row.id,
        )
        for row in s.execute(query)
    ]


def _referrals(s: Session, principal: Principal, today: dt.date, last: dt.date) -> list[TaskRow]:
    query = (
        select(
            Referral.id,
            Referral.status,
            Referral.confirmation_due_on,
            Referral.confirmed_on,
            Agency.name,
            *_CASE_COLUMNS,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Person, Person.id == Case.client_id)
        .join(Agency, Agency.id == Referral.agency_id)
        .where(_in_my_cases(Referral.case_id, principal))
        .where(Referral.status.in_([ReferralStatus.PLANNED, ReferralStatus.DONE]))
        .where(Referral.confirmed_on.is_(None), Referral.confirmation_due_on <= last)
    )
    rows = []
    for row in s.execute(query):
        due = row.confirmation_due_on
        if due is None:
            continue
        overdue = confirmation_overdue(ReferralStatus(row.status), due, row.confirmed_on, today)
        rows.append(
            _row(
                TaskKind.REFERRAL,
                due,
                today,
                row,
                text=msg("{name}につながったか確認する", name=row.name),
                open_tab="referral",
                record_id=row.id,
                group=TaskGroup.OVERDUE if overdue else None,
            )
        )
    return rows


def _plan_reviews(s: Session, principal: Principal, today: dt.date, last: dt.date) -> list[TaskRow]:
    # A plan's review date is a task until the plan has been reviewed on or after it, or while
    # a monitoring review of the plan is pending (that review is the task then).
    reviewed = exists(
        select(MonitoringReview.id).where(
            MonitoringReview.case_id == SupportPlan.case_id,  # through the case_id index
            MonitoringReview.plan_id == SupportPlan.id,
            or_(
                MonitoringReview.reviewed_on.is_(None),
                MonitoringReview.reviewed_on >= SupportPlan.next_review_on,
            ),
        )
    )
    query = (
        select(SupportPlan.id, SupportPlan.plan_no, SupportPlan.next_review_on, *_CASE_COLUMNS)
        .join(Case, Case.id == SupportPlan.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(_in_my_cases(SupportPlan.case_id, principal))
        .where(SupportPlan.status == PlanStatus.DECIDED)
        .where(SupportPlan.next_review_on <= last, ~reviewed)
    )
    rows = []
    for row in s.execute(query):
        if row.next_review_on is not None:
            rows.append(
                _row(
                    TaskKind.PLAN_REVIEW,
                    row.next_review_on,
                    today,
                    row,
                    text=msg("支援計画（第{plan_no}版）を見直す", plan_no=row.plan_no),
                    open_tab="plan",
                    record_id=row.id,
                )
            )
    return rows


def _next_actions(s: Session, principal: Principal, today: dt.date, last: dt.date) -> list[TaskRow]:
    later = aliased(ProgressNote)
    superseded = exists(
        select(later.id).where(
            later.case_id == ProgressNote.case_id, later.noted_at > ProgressNote.noted_at
        )
    )
    query = (
        select(ProgressNote.id, ProgressNote.next_action_on, ProgressNote.noted_at, *_CASE_COLUMNS)
        .join(Case, Case.id == ProgressNote.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(_in_my_cases(ProgressNote.case_id, principal))
        .where(ProgressNote.staff_id == principal.user_id)
        .where(ProgressNote.next_action_on <= last, ~superseded)
    )
    rows = []
    for row in s.execute(query):
        if row.next_action_on is not None:
            written = date_text(row.noted_at.date(), style="short")
            rows.append(
                _row(
                    TaskKind.NEXT_ACTION,
                    row.next_action_on,
                    today,
                    row,
                    text=msg("{date}の支援経過に記した次回の対応", date=written),
                    open_tab="progress",
                    record_id=row.id,
                )
            )
    return rows


def _meetings(s: Session, principal: Principal, today: dt.date, last: dt.date) -> list[TaskRow]:
    start = dt.datetime.combine(today, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    query = (
        select(Meeting.id, Meeting.kind, Meeting.held_at, *_CASE_COLUMNS)
        .distinct()
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(_in_my_cases(AgendaItem.case_id, principal))
        .where(Meeting.status == MeetingStatus.SCHEDULED)
        .where(Meeting.held_at >= start, Meeting.held_at < end)
    )
    rows = []
    for row in s.execute(query):
        try:
            name = label(MeetingKind(row.kind))
        except ValueError:
            name = KIND_LABELS[TaskKind.MEETING]
        rows.append(
            _row(
                TaskKind.MEETING,
                row.held_at.date(),
                today,
                row,
                text=msg("{name}（{held_at:%H:%M}）", name=name, held_at=row.held_at),
                open_tab="meeting",
                record_id=row.id,
            )
        )
    return rows


def _acknowledgements(s: Session, principal: Principal, today: dt.date) -> list[TaskRow]:
    """Notes awaiting a supervisor's confirmation, in every case the supervisor may see.

    Due on the day the note was written: a note written before today has been waiting and
    is shown as overdue. The same notes are in the 承認・確認待ち queue.
    """
    if not allowed(principal.role, Action.NOTE_ACKNOWLEDGE):
        return []
    query = (
        select(ProgressNote.id, ProgressNote.noted_at, User.display_name, *_CASE_COLUMNS)
        .join(Case, Case.id == ProgressNote.case_id)
        .join(Person, Person.id == Case.client_id)
        .outerjoin(User, User.id == ProgressNote.staff_id)
        .where(
            ProgressNote.needs_acknowledgement.is_(True),
            ProgressNote.acknowledged_at.is_(None),
            visible_cases(principal),
        )
    )
    rows = []
    for row in s.execute(query):
        written = row.noted_at.date()
        rows.append(
            _row(
                TaskKind.ACKNOWLEDGE,
                written,
                today,
                row,
                text=(
                    msg(
                        "{name}さんの支援経過（{date}）を確認する",
                        name=row.display_name,
                        date=date_text(written, style="short"),
                    )
                    if row.display_name
                    else msg("支援経過（{date}）を確認する", date=date_text(written, style="short"))
                ),
                open_tab="progress",
                record_id=row.id,
                group=group_of(written, today) or TaskGroup.TODAY,
            )
        )
    return rows


def _closure_approvals(s: Session, principal: Principal, today: dt.date) -> list[TaskRow]:
    """Closures waiting for a supervisor's approval, in every case the supervisor may see.

    Due on the day of the request: one asked for before today has been waiting (overdue).
    """
    if not allowed(principal.role, Action.CASE_CLOSE_APPROVE):
        return []
    query = (
        select(Closure.id, Closure.created_at, User.display_name, *_CASE_COLUMNS)
        .join(Case, Case.id == Closure.case_id)
        .join(Person, Person.id == Case.client_id)
        .outerjoin(User, User.id == Closure.requested_by_id)
        .where(Closure.status == str(ClosureStatus.REQUESTED), visible_cases(principal))
    )
    rows = []
    for row in s.execute(query):
        asked = row.created_at.date()
        rows.append(
            _row(
                TaskKind.CLOSURE_APPROVAL,
                asked,
                today,
                row,
                text=(
                    msg("{name}さんが申請した終結を確かめて承認する", name=row.display_name)
                    if row.display_name
                    else "申請された終結を確かめて承認する"
                ),
                open_tab="closure",
                record_id=row.id,
                group=group_of(asked, today) or TaskGroup.TODAY,
            )
        )
    return rows


def _drafts(s: Session, principal: Principal, today: dt.date) -> list[TaskRow]:
    """The user's drafts; those of a case only while the case is theirs and visible."""
    drafts = s.execute(
        select(Draft.id, Draft.form, Draft.record_key, Draft.saved_at)
        .where(Draft.user_id == principal.user_id, Draft.form.in_(list(_DRAFT_TEXT)))
        .order_by(Draft.saved_at.desc(), Draft.id.desc())
    ).all()
    case_ids = {
        int(key.split("/")[0]) for _id, _form, key, _at in drafts if key.split("/")[0].isdigit()
    }
    cases: dict[int, _CaseColumns] = {}
    if case_ids:
        query = (
            select(*_CASE_COLUMNS)
            .join(Person, Person.id == Case.client_id)
            .where(Case.id.in_(case_ids), _mine(principal))
        )
        cases = {row.case_id: row for row in s.execute(query)}
    rows = []
    for draft_id, form, key, saved_at in drafts:
        open_tab, text = _DRAFT_TEXT[form]
        saved = msg(
            "{date}{time}",
            date=date_text(saved_at.date(), style="short"),
            time=saved_at.strftime(" %H:%M"),
        )
        text = msg("{text}（{saved} 自動保存）", text=text, saved=saved)
        if form == INTAKE_FORM:
            case: _CaseColumns | None = None
        else:
            head = key.split("/")[0]
            case = cases.get(int(head)) if head.isdigit() else None
            if case is None:
                continue
        rows.append(
            TaskRow(
                kind=TaskKind.DRAFT,
                kind_label=KIND_LABELS[TaskKind.DRAFT],
                due_on=today,
                group=TaskGroup.TODAY,
                case_id=case.case_id if case else None,
                case_number=case.case_number if case else "",
                client_name=full_name(case.family_name, case.given_name) if case else "",
                text=text,
                open_tab=open_tab,
                record_id=draft_id,
            )
        )
    return rows
