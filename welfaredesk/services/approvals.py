"""The supervisor's queue (承認・確認待ち): what waits for a supervisor across all cases.

Three kinds, each read with a few set-based queries (no query per row), all through
:func:`~welfaredesk.services.security.visible_cases` so a restricted case the supervisor is
not named on never appears:

- closures waiting for approval (終結の承認, ``Closure.status`` 承認待ち);
- progress notes that ask for a confirmation not given yet (支援経過の確認);
- support plans submitted to a meeting (会議提出), with the meeting whose agenda carries
  them, if any, so the supervisor sees which submissions still need a meeting.

The actions are those of the record screens: :meth:`ClosureService.approve` /
:meth:`ClosureService.send_back` and :meth:`NoteService.acknowledge`; this service only
reads. Reading the queue is not audited per case: it shows case numbers, names and the
first line of a note, as the case list does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import ClosureStatus, MeetingStatus, PlanStatus, label
from welfaredesk.domain.permissions import Action
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name, picklist_labels
from welfaredesk.services.notes import NoteView
from welfaredesk.services.notes import _views as note_views
from welfaredesk.services.referrals import ClosureInfo
from welfaredesk.services.security import require, visible_cases
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Case,
    Closure,
    Meeting,
    Person,
    ProgressNote,
    SupportPlan,
    User,
)

EXCERPT_LENGTH = 60
"""How many characters of a note's first line the queue shows."""


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PendingClosure:
    """A closure waiting for a supervisor's approval."""

    case_id: int
    case_number: str
    client_name: str
    requested_on: dt.date
    closure: ClosureInfo
    """Reason label, destination, who requested it, its id and version."""


@dataclass(frozen=True, slots=True)
class PendingNote:
    """A progress note asking for a supervisor's confirmation."""

    case_id: int
    case_number: str
    client_name: str
    excerpt: str
    """The first line of the body, at most :data:`EXCERPT_LENGTH` characters."""
    note: NoteView
    """Date, method label, staff, id and version (what the confirm dialog shows)."""


@dataclass(frozen=True, slots=True)
class SubmittedPlan:
    """A support plan submitted to a meeting (会議提出), waiting for its decision."""

    case_id: int
    case_number: str
    client_name: str
    plan_id: int
    plan_no: int
    submitted_on: dt.date
    """When the plan was last changed (its submission, unless edited since)."""
    meeting_id: int | None
    meeting_on: dt.date | None
    """The date of the meeting whose agenda carries the plan, undecided; None: not on one."""

    @property
    def on_agenda(self) -> bool:
        """Whether a meeting (not cancelled) has the plan on its agenda, undecided."""
        return self.meeting_id is not None


@dataclass(frozen=True, slots=True)
class ApprovalQueue:
    """Everything waiting for a supervisor, oldest first in each kind."""

    closures: tuple[PendingClosure, ...]
    notes: tuple[PendingNote, ...]
    plans: tuple[SubmittedPlan, ...]
    today: dt.date

    @property
    def closure_count(self) -> int:
        """How many closures wait for approval."""
        return len(self.closures)

    @property
    def note_count(self) -> int:
        """How many notes wait for a confirmation."""
        return len(self.notes)

    @property
    def plan_count(self) -> int:
        """How many submitted plans wait for a meeting's decision."""
        return len(self.plans)

    @property
    def total(self) -> int:
        """Everything waiting."""
        return self.closure_count + self.note_count + self.plan_count


# --- the service --------------------------------------------------------------------------


class ApprovalService:
    """The supervisor's queue of closures, notes and plans waiting for them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def queue(self, principal: Principal, today: dt.date | None = None) -> ApprovalQueue:
        """What waits for the supervisor, within the cases they may see.

        Raises:
            PermissionDenied: the user may not approve closures (only supervisors may).
        """
        require(principal, Action.CASE_CLOSE_APPROVE, self._db)
        require(principal, Action.CASE_READ, self._db)
        today = today or dt.date.today()
        with self._db.read() as s:
            closures = _closures(s, principal)
            notes = _notes(s, principal)
            plans = _plans(s, principal)
            return ApprovalQueue(closures, notes, plans, today)


# --- queries ------------------------------------------------------------------------------


def _closures(s: Session, principal: Principal) -> tuple[PendingClosure, ...]:
    rows = s.execute(
        select(Closure, Case.case_number, Person.family_name, Person.given_name, Agency.name)
        .join(Case, Case.id == Closure.case_id)
        .join(Person, Person.id == Case.client_id)
        .outerjoin(Agency, Agency.id == Closure.destination_agency_id)
        .where(Closure.status == str(ClosureStatus.REQUESTED), visible_cases(principal))
        .order_by(Closure.created_at, Closure.id)
    ).all()
    if not rows:
        return ()
    reasons = picklist_labels(s, "closure_reason")
    requesters = {row[0].requested_by_id for row in rows} - {None}
    users: dict[int | None, str] = {
        uid: name
        for uid, name in s.execute(
            select(User.id, User.display_name).where(User.id.in_(requesters))
        )
    }
    status = ClosureStatus.REQUESTED
    return tuple(
        PendingClosure(
            case_id=closure.case_id,
            case_number=number,
            client_name=full_name(family, given),
            requested_on=closure.created_at.date(),
            closure=ClosureInfo(
                id=closure.id,
                version=closure.version,
                status=status,
                status_label=label(status),
                reason_label=reasons.get(closure.reason_code, closure.reason_code),
                destination=agency or "",
                closed_on=closure.closed_on,
                summary=closure.summary,
                requested_by=users.get(closure.requested_by_id, ""),
                approved_by="",
                return_reason=closure.return_reason,
            ),
        )
        for closure, number, family, given, agency in rows
    )


def _notes(s: Session, principal: Principal) -> tuple[PendingNote, ...]:
    rows = s.execute(
        select(ProgressNote, Case.case_number, Person.family_name, Person.given_name)
        .join(Case, Case.id == ProgressNote.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(
            ProgressNote.needs_acknowledgement.is_(True),
            ProgressNote.acknowledged_at.is_(None),
            visible_cases(principal),
        )
        .order_by(ProgressNote.noted_at, ProgressNote.id)
    ).all()
    if not rows:
        return ()
    views = note_views(s, principal, [row[0] for row in rows])
    return tuple(
        PendingNote(
            case_id=note.case_id,
            case_number=number,
            client_name=full_name(family, given),
            excerpt=excerpt(note.body),
            note=view,
        )
        for (note, number, family, given), view in zip(rows, views, strict=True)
    )


def _plans(s: Session, principal: Principal) -> tuple[SubmittedPlan, ...]:
    rows = s.execute(
        select(
            SupportPlan.id,
            SupportPlan.case_id,
            SupportPlan.plan_no,
            SupportPlan.updated_at,
            Case.case_number,
            Person.family_name,
            Person.given_name,
        )
        .join(Case, Case.id == SupportPlan.case_id)
        .join(Person, Person.id == Case.client_id)
        .where(SupportPlan.status == str(PlanStatus.SUBMITTED), visible_cases(principal))
        .order_by(SupportPlan.updated_at, SupportPlan.id)
    ).all()
    if not rows:
        return ()
    # The earliest meeting (not cancelled) whose agenda carries the plan, undecided.
    first = (
        select(
            AgendaItem.plan_id.label("plan_id"),
            func.min(Meeting.held_at).label("held_at"),
        )
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.plan_id.in_([row.id for row in rows]),
            AgendaItem.decision.is_(None),
            Meeting.status != str(MeetingStatus.CANCELLED),
        )
        .group_by(AgendaItem.plan_id)
        .subquery()
    )
    meetings: dict[int, tuple[int, dt.datetime]] = {}
    for plan_id, meeting_id, held_at in s.execute(
        select(first.c.plan_id, func.min(Meeting.id), first.c.held_at)
        .join(AgendaItem, AgendaItem.plan_id == first.c.plan_id)
        .join(
            Meeting,
            and_(
                Meeting.id == AgendaItem.meeting_id,
                Meeting.held_at == first.c.held_at,
                Meeting.status != str(MeetingStatus.CANCELLED),
            ),
        )
        .where(AgendaItem.decision.is_(None))
        .group_by(first.c.plan_id, first.c.held_at)
    ):
        meetings[plan_id] = (meeting_id, held_at)
    result: list[SubmittedPlan] = []
    for row in rows:
        meeting = meetings.get(row.id)
        result.append(
            SubmittedPlan(
                case_id=row.case_id,
                case_number=row.case_number,
                client_name=full_name(row.family_name, row.given_name),
                plan_id=row.id,
                plan_no=row.plan_no,
                submitted_on=row.updated_at.date(),
                meeting_id=meeting[0] if meeting else None,
                meeting_on=meeting[1].date() if meeting else None,
            )
        )
    return tuple(result)


def excerpt(body: str) -> str:
    """The first non-empty line of a note, cut to :data:`EXCERPT_LENGTH` characters."""
    line = next((part.strip() for part in body.splitlines() if part.strip()), "")
    if len(line) > EXCERPT_LENGTH:
        return line[: EXCERPT_LENGTH - 1] + "…"
    return line
