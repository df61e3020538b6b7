"""Meetings (会議): 支援調整会議, 支援会議 (法第9条), 相談支援包括化推進会議 and local meetings.

A meeting is scheduled with a type from the ``meeting_type`` pick-list; the type decides the
:class:`MeetingKind` (its ``extra.kind``), whether it is 定例 or 随時 and, for a 支援会議, the
legal basis (生活困窮者自立支援法第9条). Attendees are staff, a person of an agency from the
directory, or named guests; whether each attended is recorded once the meeting's day has come.

Cases go on the agenda by case number with a purpose, through the consent gate of the meeting
kind (:func:`welfaredesk.domain.plans.check_agenda_consent`): a 支援調整会議 takes only cases
with consent, a 支援会議 only cases without it, a 推進会議 none at all. A プラン検討 item carries
the case's latest submitted plan (会議提出). A decision on an item (:meth:`record_decision`)
applies :func:`welfaredesk.domain.plans.after_decision` in the same unit of work: 了承 makes the
plan 決定 with the meeting's date (支援決定), ends the plan it replaces and moves the case to
支援提供; 見直し sends it back to 支援計画案; 終結 ends the plan.

Everything is scoped: an agenda item of a case the user may not see shows only
:data:`HIDDEN_CASE`, never a name or number; the secretariat (no case scope) sees every item
that way. Printing (次第, 出席者名簿, 会議録) is audited like every other form.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from welfaredesk.domain import plans as rules
from welfaredesk.domain.case_number import case_number_forms, parse_case_number
from welfaredesk.domain.dates import (
    fiscal_year,
    fiscal_year_bounds,
    parse_date,
    same_weekday_in_months,
)
from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    AuditAction,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    Role,
    label,
)
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    ValidationError,
)
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import date_text, msg
from welfaredesk.services import audit
from welfaredesk.services.consents import current_consent
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name
from welfaredesk.services.monitoring import plan_in_force
from welfaredesk.services.security import ensure_open, load_visible_case, require, visible_cases
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Case,
    Meeting,
    MeetingAttendee,
    MonitoringReview,
    Person,
    PicklistItem,
    SupportPlan,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.meeting_forms import MeetingDocument

HIDDEN_CASE = "閲覧権限のないケース"
"""Shown instead of the name of a case on the agenda that the user may not see."""

STATUTORY_BASIS = "生活困窮者自立支援法第9条"
"""The default legal basis of a 支援会議."""


MEETING_TYPES = "meeting_type"
"""The pick-list of meeting types."""

FORMS = ("agenda", "attendance", "minutes")
"""The printed forms of a meeting (次第, 出席者名簿, 会議録)."""

_STAFF_ROLES = (Role.COORDINATOR, Role.COUNSELOR, Role.SUPERVISOR, Role.SECRETARIAT)
_TIME = re.compile(r"(?P<h>\d{1,2})(?::|時)(?P<m>\d{1,2})?分?|(?P<hh>\d{2})(?P<mm>\d{2})")

DECISION_EFFECTS = {
    AgendaDecision.APPROVED: (
        "了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。"
    ),
    AgendaDecision.APPROVED_WITH_CHANGES: (
        "修正のうえ了承すると支援計画は決定（支援決定）になり、ケースは支援提供に進みます。"
        "修正の内容を決定の内容に書いてください。"
    ),
    AgendaDecision.REVISE: (
        "見直しにすると支援計画は見直し中になり、ケースは支援計画案に戻ります。"
        "担当者が新しい版の計画案を作ります。"
    ),
    AgendaDecision.CONTINUE: "継続にすると支援計画とケースの段階はそのままです。",
    AgendaDecision.CLOSE: (
        "終結にすると支援計画は終了になります。"
        "ケースの終結は、終結の記録（理由・承認）で行ってください。"
    ),
}
"""What each decision will do, shown before it is recorded."""


# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingInput:
    """The meeting form as typed.

    ``regular`` None takes the type's own (定例 for coordination_regular, 随時 otherwise);
    ``legal_basis`` empty for a 支援会議 takes :data:`STATUTORY_BASIS`. ``version`` is None for
    a new meeting, else the version the form was opened on.
    """

    type_code: str
    held_on: str
    held_time: str
    place: str = ""
    chair: str = ""
    status: MeetingStatus = MeetingStatus.SCHEDULED
    regular: bool | None = None
    legal_basis: str = ""
    version: int | None = None


@dataclass(frozen=True, slots=True)
class AttendeeInput:
    """One attendee: a user, an agency (with the person's name), or a named guest."""

    user_id: int | None = None
    agency_id: int | None = None
    name: str = ""


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingType:
    """A meeting type of the pick-list with what it means to the rules."""

    code: str
    label: str
    kind: MeetingKind
    regular: bool
    legal_basis: str
    help_text: str


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One line of the meeting list."""

    id: int
    held_at: dt.datetime
    kind: MeetingKind
    type_label: str
    regular: bool
    place: str
    chair: str
    status: MeetingStatus
    status_label: str
    agenda_count: int
    decided_count: int


@dataclass(frozen=True, slots=True)
class AttendeeView:
    """An attendee as listed: 所属 and name, and whether they attended."""

    id: int
    version: int
    user_id: int | None
    agency_id: int | None
    affiliation: str
    name: str
    kind_label: str
    attended: bool | None


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    """An agenda item; ``visible`` False means the case is masked (no number, no name)."""

    id: int
    version: int
    sort_order: int
    case_id: int | None
    visible: bool
    case_number: str
    client_name: str
    consent_label: str
    stage_label: str
    purpose: AgendaPurpose
    purpose_label: str
    plan_id: int | None
    plan_label: str
    plan_status: PlanStatus | None
    decision: AgendaDecision | None
    decision_label: str
    decision_note: str


@dataclass(frozen=True, slots=True)
class MeetingView:
    """A meeting with its attendees and agenda, and what may be done with it now."""

    id: int
    version: int
    kind: MeetingKind
    kind_label: str
    type_code: str
    type_label: str
    regular: bool
    held_at: dt.datetime
    place: str
    chair: str
    status: MeetingStatus
    status_label: str
    legal_basis: str
    minutes: str
    secretariat: str
    attendees: tuple[AttendeeView, ...]
    agenda: tuple[AgendaItemView, ...]
    decisions_open: bool
    """Whether decisions may be recorded now (held, or its day has come, and not cancelled)."""
    can_manage: bool


@dataclass(frozen=True, slots=True)
class DecisionResult:
    """What a decision did to the plan and the case."""

    meeting: MeetingView
    plan_status: PlanStatus | None
    case_stage: CaseStage | None
    ended_plan_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CaseMeetingRow:
    """One meeting a case was on (for the case view's 会議 tab)."""

    meeting_id: int
    agenda_item_id: int
    held_at: dt.datetime
    kind_label: str
    type_label: str
    status_label: str
    purpose_label: str
    decision_label: str
    decision_note: str


# --- the service --------------------------------------------------------------------------


class MeetingService:
    """Use cases of the meeting screen, the case view's 会議 tab and the meeting papers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- reading --------------------------------------------------------------------------

    def meeting_types(self, principal: Principal) -> list[MeetingType]:
        """The active meeting types, in pick-list order."""
        _require_read(principal)
        with self._db.read() as s:
            return [_type_of(item) for item in _type_items(s, active_only=True)]

    def list(
        self,
        principal: Principal,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        kind: MeetingKind | None = None,
        status: MeetingStatus | None = None,
    ) -> builtins.list[MeetingRow]:
        """Meetings in a period (both days included), newest first.

        Raises:
            PermissionDenied: the user may neither manage meetings nor read cases.
        """
        _require_read(principal)
        with self._db.read() as s:
            query = select(Meeting)
            if date_from is not None:
                query = query.where(Meeting.held_at >= dt.datetime.combine(date_from, dt.time()))
            if date_to is not None:
                end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
                query = query.where(Meeting.held_at < end)
            if kind is not None:
                query = query.where(Meeting.kind == str(kind))
            if status is not None:
                query = query.where(Meeting.status == str(status))
            rows = s.scalars(query.order_by(Meeting.held_at.desc(), Meeting.id.desc())).all()
            ids = [m.id for m in rows]
            counts: dict[int, tuple[int, int]] = {}
            if ids:
                for meeting_id, total, decided in s.execute(
                    select(
                        AgendaItem.meeting_id,
                        func.count(AgendaItem.id),
                        func.count(AgendaItem.decision),
                    )
                    .where(AgendaItem.meeting_id.in_(ids))
                    .group_by(AgendaItem.meeting_id)
                ):
                    counts[meeting_id] = (int(total), int(decided))
            types = _type_labels(s)
            return [
                MeetingRow(
                    id=m.id,
                    held_at=m.held_at,
                    kind=MeetingKind(m.kind),
                    type_label=types.get(m.meeting_type_code, label(MeetingKind(m.kind))),
                    regular=m.regular,
                    place=m.place,
                    chair=m.chair,
                    status=MeetingStatus(m.status),
                    status_label=label(MeetingStatus(m.status)),
                    agenda_count=counts.get(m.id, (0, 0))[0],
                    decided_count=counts.get(m.id, (0, 0))[1],
                )
                for m in rows
            ]

    def get(
        self, principal: Principal, meeting_id: int, *, today: dt.date | None = None
    ) -> MeetingView:
        """One meeting with its attendees and agenda (the view is audited).

        Raises:
            NotFound: no such meeting.
        """
        _require_read(principal)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            audit.record(s, principal.user_id, AuditAction.VIEW, "meeting", meeting.id)
            return _view(s, principal, meeting, today or dt.date.today())

    def staff(self, principal: Principal) -> builtins.list[tuple[int, str]]:
        """Active staff who may attend: (user id, name), in kana order."""
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.read() as s:
            users = s.scalars(
                select(User)
                .where(User.active.is_(True), User.role.in_([str(r) for r in _STAFF_ROLES]))
                .order_by(User.display_kana, User.id)
            ).all()
            return [(u.id, u.display_name) for u in users]

    def agencies(self, principal: Principal) -> builtins.list[tuple[int, str]]:
        """Active agencies of the directory: (agency id, name with section), in kana order."""
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.read() as s:
            rows = s.scalars(
                select(Agency).where(Agency.active.is_(True)).order_by(Agency.kana, Agency.id)
            ).all()
            return [(a.id, _agency_name(a)) for a in rows]

    def cases_meetings(self, principal: Principal, case_id: int) -> builtins.list[CaseMeetingRow]:
        """The agenda history of one case, newest meeting first.

        Raises:
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            types = _type_labels(s)
            rows = s.execute(
                select(AgendaItem, Meeting)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.case_id == case.id)
                .order_by(Meeting.held_at.desc(), AgendaItem.id.desc())
            ).all()
            return [
                CaseMeetingRow(
                    meeting_id=meeting.id,
                    agenda_item_id=item.id,
                    held_at=meeting.held_at,
                    kind_label=label(MeetingKind(meeting.kind)),
                    type_label=types.get(meeting.meeting_type_code, ""),
                    status_label=label(MeetingStatus(meeting.status)),
                    purpose_label=label(AgendaPurpose(item.purpose)),
                    decision_label=label(AgendaDecision(item.decision)) if item.decision else "",
                    decision_note=item.decision_note,
                )
                for item, meeting in rows
            ]

    # --- the meeting itself ---------------------------------------------------------------

    def save(
        self,
        principal: Principal,
        form: MeetingInput,
        *,
        meeting_id: int | None = None,
        today: dt.date | None = None,
    ) -> MeetingView:
        """Schedule a meeting or change one (type, date and time, place, chair, status).

        Raises:
            PermissionDenied: the user may not manage meetings.
            NotFound: no such meeting.
            ConflictError: someone else changed the meeting after the form was opened.
            ValidationError: bad input (nothing is saved).
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            meeting: Meeting | None = None
            if meeting_id is not None:
                meeting = _load(s, meeting_id)
                _check_version(meeting.version, form.version)
            item = s.scalar(
                select(PicklistItem).where(
                    PicklistItem.list_name == MEETING_TYPES, PicklistItem.code == form.type_code
                )
            )
            kept = meeting is not None and meeting.meeting_type_code == form.type_code
            if item is None or not (item.active or kept):
                raise ValidationError(
                    "type_code", "会議の種類", "会議の種類を一覧から選んでください。"
                )
            mtype = _type_of(item)
            held_on = parse_date(form.held_on, field="held_on", label="開催日", today=today)
            held_at = dt.datetime.combine(held_on, _parse_time(form.held_time))
            if form.status not in set(MeetingStatus):
                raise ValidationError("status", "状況", "状況を選んでください。")
            if form.status is MeetingStatus.HELD and held_on > today:
                raise ValidationError(
                    "status",
                    "状況",
                    msg(
                        "開催日（{date}）がまだ来ていないため「開催済み」にはできません。",
                        date=date_text(held_on),
                    ),
                )
            if meeting is not None and MeetingKind(meeting.kind) is not mtype.kind:
                has_cases = s.scalar(
                    select(func.count(AgendaItem.id)).where(AgendaItem.meeting_id == meeting.id)
                )
                if has_cases:
                    raise ValidationError(
                        "type_code",
                        "会議の種類",
                        "議題にケースがあるため、同意の扱いが異なる種類の会議には変更できません。"
                        "議題を外してから変更してください。",
                    )
            if meeting is not None and form.status is MeetingStatus.CANCELLED:
                decided = s.scalar(
                    select(func.count(AgendaItem.id)).where(
                        AgendaItem.meeting_id == meeting.id, AgendaItem.decision.is_not(None)
                    )
                )
                if decided:
                    raise ValidationError(
                        "status", "状況", "決定を記録した議題があるため、中止にはできません。"
                    )
            place, chair = form.place.strip(), form.chair.strip()
            if len(place) > 200 or len(chair) > 100:
                raise ValidationError("place", "場所", "場所は200字、議長は100字までです。")
            basis = form.legal_basis.strip()
            if mtype.kind is MeetingKind.STATUTORY:
                basis = basis or mtype.legal_basis or STATUTORY_BASIS
            else:
                basis = ""
            created = meeting is None
            if meeting is None:
                meeting = Meeting(secretariat_id=principal.user_id, minutes="")
                s.add(meeting)
            before = _snapshot(meeting)
            meeting.kind = str(mtype.kind)
            meeting.meeting_type_code = mtype.code
            # 定例 / 随時 of a 支援調整会議 is its type; other meetings may say either.
            if form.regular is None or mtype.kind is MeetingKind.COORDINATION:
                meeting.regular = mtype.regular
            else:
                meeting.regular = form.regular
            meeting.held_at = held_at
            meeting.place = place
            meeting.chair = chair
            meeting.status = str(form.status)
            meeting.legal_basis = basis
            s.flush()
            after = _snapshot(meeting)
            if created:
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "meeting",
                    meeting.id,
                    detail={"kind": meeting.kind, "type": meeting.meeting_type_code},
                )
            else:
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "meeting",
                    meeting.id,
                    detail={"fields": sorted(k for k in after if after[k] != before.get(k))},
                )
            return _view(s, principal, meeting, today)

    def schedule_monthly(
        self,
        principal: Principal,
        meeting_id: int,
        months: int,
        *,
        today: dt.date | None = None,
    ) -> builtins.list[MeetingView]:
        """Schedule the following months' meetings of a regular (定例) meeting.

        Each new meeting copies the type, time, place and chair, on the same weekday of the
        month (the third Tuesday stays the third Tuesday); a month that already has a meeting
        of the type on that day is skipped. Public holidays and the year-end closure are not
        moved around: change a date by hand where needed.

        Args:
            principal: the user (needs the right to manage meetings).
            meeting_id: the meeting the series follows.
            months: how many following months (1 to 12).
            today: today's date.

        Returns:
            The meetings scheduled, in date order.

        Raises:
            PermissionDenied: the user may not manage meetings.
            NotFound: no such meeting.
            ValidationError: the meeting is not a regular one, or ``months`` is out of range.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        today = today or dt.date.today()
        if not 1 <= months <= 12:
            raise ValidationError("months", "か月数", "1から12までの数を入れてください。")
        with self._db.write() as s:
            source = _load(s, meeting_id)
            if not source.regular:
                raise ValidationError(
                    "type_code",
                    "会議の種類",
                    "毎月の予定を作れるのは定例の会議だけです。随時の会議は一件ずつ予定してください。",
                )
            created: builtins.list[Meeting] = []
            for day in same_weekday_in_months(source.held_at.date(), months):
                held_at = dt.datetime.combine(day, source.held_at.time())
                exists = s.scalar(
                    select(func.count(Meeting.id)).where(
                        Meeting.meeting_type_code == source.meeting_type_code,
                        func.date(Meeting.held_at) == day,
                    )
                )
                if exists:
                    continue
                meeting = Meeting(
                    kind=source.kind,
                    meeting_type_code=source.meeting_type_code,
                    regular=True,
                    held_at=held_at,
                    place=source.place,
                    status=str(MeetingStatus.SCHEDULED),
                    chair=source.chair,
                    secretariat_id=principal.user_id,
                    legal_basis=source.legal_basis,
                    minutes="",
                )
                s.add(meeting)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "meeting",
                    meeting.id,
                    detail={
                        "kind": meeting.kind,
                        "type": meeting.meeting_type_code,
                        "series_of": source.id,
                    },
                )
                created.append(meeting)
            return [_view(s, principal, m, today) for m in created]

    def save_minutes(
        self,
        principal: Principal,
        meeting_id: int,
        minutes: str,
        version: int,
        *,
        legal_basis: str | None = None,
        today: dt.date | None = None,
    ) -> MeetingView:
        """Save the 会議録 text (and, for a 支援会議, the legal basis text).

        Raises:
            ConflictError: someone else changed the meeting after it was shown.
            ValidationError: a 支援会議 without a legal basis.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            _check_version(meeting.version, version)
            fields = []
            if meeting.minutes != minutes.strip():
                meeting.minutes = minutes.strip()
                fields.append("minutes")
            if legal_basis is not None and MeetingKind(meeting.kind) is MeetingKind.STATUTORY:
                if not legal_basis.strip():
                    raise ValidationError(
                        "legal_basis",
                        "法的根拠",
                        msg(
                            "支援会議の法的根拠を入力してください（{basis}）。",
                            basis=STATUTORY_BASIS,
                        ),
                    )
                if meeting.legal_basis != legal_basis.strip():
                    meeting.legal_basis = legal_basis.strip()
                    fields.append("legal_basis")
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "meeting",
                meeting.id,
                detail={"fields": fields},
            )
            return _view(s, principal, meeting, today or dt.date.today())

    # --- attendees ------------------------------------------------------------------------

    def add_attendee(
        self,
        principal: Principal,
        meeting_id: int,
        form: AttendeeInput,
        *,
        today: dt.date | None = None,
    ) -> MeetingView:
        """Invite a user, an agency's person or a named guest.

        Raises:
            ValidationError: none or more than one of user / agency given, an inactive user or
                agency, a guest without a name, or someone already on the list.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            name = form.name.strip()
            if form.user_id is not None and form.agency_id is not None:
                raise ValidationError(
                    "user_id", "出席者", "職員か関係機関のどちらかを選んでください。"
                )
            existing = s.scalars(
                select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id)
            ).all()
            if form.user_id is not None:
                user = s.get(User, form.user_id)
                if user is None or not user.active:
                    raise ValidationError(
                        "user_id", "職員", "在職中の職員を一覧から選んでください。"
                    )
                if any(a.user_id == user.id for a in existing):
                    raise ValidationError(
                        "user_id",
                        "職員",
                        msg("{name} さんはすでに出席者にいます。", name=user.display_name),
                    )
                row = MeetingAttendee(meeting_id=meeting.id, user_id=user.id, name="")
            elif form.agency_id is not None:
                agency = s.get(Agency, form.agency_id)
                if agency is None or not agency.active:
                    raise ValidationError(
                        "agency_id", "関係機関", "関係機関を一覧から選んでください。"
                    )
                if len(name) > 100:
                    raise ValidationError("name", "氏名", "氏名は100字までです。")
                if any(a.agency_id == agency.id and a.name == name for a in existing):
                    raise ValidationError(
                        "name", "氏名", "この機関のこの方はすでに出席者にいます。"
                    )
                row = MeetingAttendee(meeting_id=meeting.id, agency_id=agency.id, name=name)
            else:
                if not name:
                    raise ValidationError(
                        "name",
                        "氏名",
                        "出席者の氏名を入力するか、職員・関係機関を一覧から選んでください。",
                    )
                if len(name) > 100:
                    raise ValidationError("name", "氏名", "氏名は100字までです。")
                row = MeetingAttendee(meeting_id=meeting.id, name=name)
            s.add(row)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "meeting_attendee",
                row.id,
                detail={
                    "meeting_id": meeting.id,
                    "user_id": row.user_id,
                    "agency_id": row.agency_id,
                },
            )
            return _view(s, principal, meeting, today or dt.date.today())

    def remove_attendee(
        self, principal: Principal, attendee_id: int, version: int, *, today: dt.date | None = None
    ) -> MeetingView:
        """Take someone off the attendee list."""
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            row = s.get(MeetingAttendee, attendee_id)
            if row is None:
                raise NotFound("指定された出席者は見つかりません。一覧を更新してください。")
            _check_version(row.version, version)
            meeting = _load(s, row.meeting_id)
            s.delete(row)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "meeting",
                meeting.id,
                detail={"fields": ["attendees"], "removed_attendee_id": attendee_id},
            )
            return _view(s, principal, meeting, today or dt.date.today())

    def set_attendance(
        self,
        principal: Principal,
        attendee_id: int,
        attended: bool | None,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> MeetingView:
        """Record 出席 / 欠席 (None: not recorded), once the meeting's day has come.

        Raises:
            KnownError: the meeting is still to come, or was cancelled.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            row = s.get(MeetingAttendee, attendee_id)
            if row is None:
                raise NotFound("指定された出席者は見つかりません。一覧を更新してください。")
            _check_version(row.version, version)
            meeting = _load(s, row.meeting_id)
            if attended is not None:
                _refuse_not_due(meeting, today, "出欠")
            row.attended = attended
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "meeting_attendee",
                row.id,
                detail={"meeting_id": meeting.id, "fields": ["attended"]},
            )
            return _view(s, principal, meeting, today)

    # --- the agenda -----------------------------------------------------------------------

    def add_agenda_item(
        self,
        principal: Principal,
        meeting_id: int,
        case_number: str,
        purpose: AgendaPurpose,
        *,
        today: dt.date | None = None,
    ) -> MeetingView:
        """Put a case on the agenda by its number, through the meeting kind's consent gate.

        A プラン検討 item carries the case's latest submitted plan (会議提出); 評価 and 終結確認
        carry the plan in force (決定 or 見直し中), if any.

        Raises:
            PermissionDenied: the user may not manage meetings or read cases.
            NotFound: no such meeting, or the case is unknown or outside the user's scope.
            KnownError: the meeting was cancelled or the case is closed.
            ValidationError: the consent gate refused, プラン検討 without a submitted plan, or
                the case is already on the agenda.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            kind = MeetingKind(meeting.kind)
            if MeetingStatus(meeting.status) is MeetingStatus.CANCELLED:
                raise KnownError("中止した会議には議題を追加できません。")
            if kind is MeetingKind.NETWORK:
                # The gate refuses every case before the number is even looked up.
                rules.check_agenda_consent(kind, ConsentStatus.GIVEN, case_number)
            case = _case_by_number(s, principal, case_number)
            ensure_open(case, "会議の議題")
            if kind is not MeetingKind.OTHER:
                consent = current_consent(s, case)
                rules.check_agenda_consent(
                    kind,
                    ConsentStatus(case.consent_status),
                    case.case_number,
                    consented_meetings=(
                        {MeetingKind(k) for k in consent.meeting_kinds if k in set(MeetingKind)}
                        if consent is not None
                        else None
                    ),
                )
            if purpose not in set(AgendaPurpose):
                raise ValidationError("purpose", "検討の目的", "検討の目的を選んでください。")
            already = s.scalar(
                select(AgendaItem.id).where(
                    AgendaItem.meeting_id == meeting.id, AgendaItem.case_id == case.id
                )
            )
            if already is not None:
                raise ValidationError(
                    "case_id",
                    "議題のケース",
                    msg(
                        "{case_number} はすでにこの会議の議題にあります。",
                        case_number=case.case_number,
                    ),
                )
            plan_id = _plan_for(s, case, purpose)
            last = s.scalar(
                select(func.max(AgendaItem.sort_order)).where(AgendaItem.meeting_id == meeting.id)
            )
            item = AgendaItem(
                meeting_id=meeting.id,
                case_id=case.id,
                plan_id=plan_id,
                sort_order=(last or 0) + 1,
                purpose=str(purpose),
                decision=None,
                decision_note="",
            )
            s.add(item)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "agenda_item",
                item.id,
                case_id=case.id,
                detail={"meeting_id": meeting.id, "purpose": item.purpose, "plan_id": plan_id},
            )
            return _view(s, principal, meeting, today or dt.date.today())

    def remove_agenda_item(
        self, principal: Principal, item_id: int, version: int, *, today: dt.date | None = None
    ) -> MeetingView:
        """Take an undecided case off the agenda.

        Raises:
            KnownError: a decision was already recorded for it.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            item, meeting = _load_item(s, principal, item_id)
            _check_version(item.version, version)
            if item.decision is not None:
                raise KnownError("決定を記録した議題は外せません。")
            case_id = item.case_id
            s.delete(item)
            s.flush()
            _renumber(s, meeting.id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "meeting",
                meeting.id,
                case_id=case_id,
                detail={"fields": ["agenda"], "removed_agenda_item_id": item_id},
            )
            return _view(s, principal, meeting, today or dt.date.today())

    def move_agenda_item(
        self, principal: Principal, item_id: int, step: int, *, today: dt.date | None = None
    ) -> MeetingView:
        """Move an item up (``step`` -1) or down (+1) in the order of business."""
        require(principal, Action.MEETING_MANAGE, self._db)
        with self._db.write() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("指定された議題は見つかりません。一覧を更新してください。")
            meeting = _load(s, item.meeting_id)
            items = list(
                s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == meeting.id)
                    .order_by(AgendaItem.sort_order, AgendaItem.id)
                )
            )
            index = items.index(item)
            target = max(0, min(len(items) - 1, index + step))
            if target != index:
                items.insert(target, items.pop(index))
                for order, row in enumerate(items, 1):
                    if row.sort_order != order:
                        row.sort_order = order
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "meeting",
                    meeting.id,
                    detail={"fields": ["agenda_order"]},
                )
            return _view(s, principal, meeting, today or dt.date.today())

    def record_decision(
        self,
        principal: Principal,
        agenda_item_id: int,
        decision: AgendaDecision,
        note: str,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> DecisionResult:
        """Record the meeting's decision on an item and apply it to the plan and the case.

        了承 / 修正のうえ了承 make the submitted plan 決定 (decided on the meeting's date, by
        this meeting), end the plan it replaces, and move the case to 支援提供; 見直し puts the
        plan under review and the case back to 支援計画案; 継続 changes nothing; 終結 ends
        the plan. When 見直し or 終結 leaves no decided plan, the pending monitoring review is
        dropped and the case's next due date cleared (as the monitoring service's own 見直し
        and 終結 do). A scheduled meeting whose day has come is marked held.

        Raises:
            NotFound: the item does not exist or its case is outside the user's scope.
            KnownError: the meeting is cancelled or its day has not come, the case is closed,
                or another decision was already recorded.
            ConflictError: someone else changed the item after it was shown.
            ValidationError: the decision cannot apply to the plan on the agenda.
        """
        require(principal, Action.MEETING_MANAGE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            item, meeting = _load_item(s, principal, agenda_item_id)
            _check_version(item.version, version)
            if decision not in set(AgendaDecision):
                raise ValidationError("decision", "会議の決定", "決定を選んでください。")
            _refuse_not_due(meeting, today, "決定")
            if item.case_id is None:
                raise KnownError("ケースのない議題には決定を記録できません。")
            case = load_visible_case(s, principal, item.case_id)
            ensure_open(case, "会議の決定")
            if item.decision is not None and item.decision != str(decision):
                raise KnownError(
                    msg(
                        "この議題には「{decision}」が記録済みです。決定は変更できません。"
                        "改めて検討する場合は次の会議の議題にしてください。",
                        decision=label(AgendaDecision(item.decision)),
                    )
                )
            if item.decision is not None:
                # The same decision again: only the note changes.
                item.decision_note = note.strip()
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "agenda_item",
                    item.id,
                    case_id=case.id,
                    detail={"fields": ["decision_note"]},
                )
                return DecisionResult(_view(s, principal, meeting, today), None, None, ())
            plan = s.get(SupportPlan, item.plan_id) if item.plan_id is not None else None
            plan_status = PlanStatus(plan.status) if plan is not None else None
            new_plan, new_stage = rules.after_decision(plan_status, decision)
            ended: list[int] = []
            if plan is not None and new_plan is not None:
                plan.status = str(new_plan)
                fields = ["status"]
                if new_plan is PlanStatus.DECIDED:
                    plan.decided_on = meeting.held_at.date()
                    plan.decided_meeting_id = meeting.id
                    fields += ["decided_meeting_id", "decided_on"]
                    ended = _end_replaced(s, principal, case, plan)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "support_plan",
                    plan.id,
                    case_id=case.id,
                    detail={
                        "fields": fields,
                        "status": plan.status,
                        "previous": str(plan_status),
                        "agenda_item_id": item.id,
                    },
                )
            if new_stage is not None and case.stage != str(new_stage):
                previous_stage = case.stage
                case.stage = str(new_stage)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "case",
                    case.id,
                    case_id=case.id,
                    detail={"fields": ["stage"], "stage": case.stage, "previous": previous_stage},
                )
            if new_plan in (PlanStatus.UNDER_REVIEW, PlanStatus.ENDED):
                _drop_pending_reviews(s, principal, case, item.id)
            item.decision = str(decision)
            item.decision_note = note.strip()
            if MeetingStatus(meeting.status) is MeetingStatus.SCHEDULED:
                meeting.status = str(MeetingStatus.HELD)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "agenda_item",
                item.id,
                case_id=case.id,
                detail={"fields": ["decision", "decision_note"], "decision": item.decision},
            )
            return DecisionResult(
                meeting=_view(s, principal, meeting, today),
                plan_status=new_plan,
                case_stage=new_stage,
                ended_plan_ids=tuple(ended),
            )

    # --- printing -------------------------------------------------------------------------

    def print_agenda(
        self, principal: Principal, meeting_id: int, out: Path, *, now: dt.datetime | None = None
    ) -> Path:
        """Print the 次第 to ``out``; audited."""
        return self._print(principal, meeting_id, out, "agenda", now)

    def print_attendance(
        self, principal: Principal, meeting_id: int, out: Path, *, now: dt.datetime | None = None
    ) -> Path:
        """Print the 出席者名簿 (with 出欠 and signature columns) to ``out``; audited."""
        return self._print(principal, meeting_id, out, "attendance", now)

    def print_minutes(
        self, principal: Principal, meeting_id: int, out: Path, *, now: dt.datetime | None = None
    ) -> Path:
        """Print the 会議録 (each item with its decision and note) to ``out``; audited."""
        return self._print(principal, meeting_id, out, "minutes", now)

    def record_output(
        self, principal: Principal, meeting_id: int, form: str, *, to_file: bool
    ) -> None:
        """Audit that a previewed meeting paper went to the printer or was saved as a file."""
        _require_read(principal)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                "meeting",
                meeting.id,
                detail={"form": _form_code(form), "output": "file" if to_file else "printer"},
            )

    def _print(
        self,
        principal: Principal,
        meeting_id: int,
        out: Path,
        form: str,
        now: dt.datetime | None,
    ) -> Path:
        from welfaredesk.printing.meeting_forms import (  # noqa: PLC0415 - reportlab loads only when printing
            build_attendance_list,
            build_meeting_agenda,
            build_meeting_minutes,
        )

        _require_read(principal)
        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            meeting = _load(s, meeting_id)
            document = _document(s, principal, meeting, now)
            builder = {
                "agenda": build_meeting_agenda,
                "attendance": build_attendance_list,
                "minutes": build_meeting_minutes,
            }[form]
            builder(document, out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "meeting",
                meeting.id,
                detail={"form": _form_code(form), "items": len(document.agenda)},
            )
        return out


# --- helpers ------------------------------------------------------------------------------


def _form_code(form: str) -> str:
    if form not in FORMS:
        raise ValueError(f"unknown meeting form {form!r}")
    return f"meeting_{form}"


def _require_read(principal: Principal) -> None:
    """Meetings are read by those who manage them and by staff who read cases."""
    if not allowed(principal.role, Action.CASE_READ):
        require(principal, Action.MEETING_MANAGE)


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこの会議の記録を更新しました。入力した内容はそのまま残って"
        "います。最新の内容を確認してから、もう一度保存してください。"
    )


def _check_version(stored: int, given: int | None) -> None:
    if given is None or stored != given:
        raise _conflict()


def _load(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(
            msg(
                "番号 {meeting_id} の会議は見つかりません。会議の一覧で番号を確かめてください。",
                meeting_id=meeting_id,
            )
        )
    return meeting


def _load_item(s: Session, principal: Principal, item_id: int) -> tuple[AgendaItem, Meeting]:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound("指定された議題は見つかりません。一覧を更新してください。")
    if item.case_id is not None:
        load_visible_case(s, principal, item.case_id)
    return item, _load(s, item.meeting_id)


def _refuse_not_due(meeting: Meeting, today: dt.date, what: str) -> None:
    status = MeetingStatus(meeting.status)
    if status is MeetingStatus.CANCELLED:
        raise KnownError(msg("中止した会議には{what}を記録できません。", what=what))
    if status is MeetingStatus.SCHEDULED and meeting.held_at.date() > today:
        raise KnownError(
            msg(
                "この会議の開催日（{date}）はまだ来ていません。"
                "{what}は会議が開かれてから記録してください。",
                date=date_text(meeting.held_at.date()),
                what=what,
            )
        )


def _parse_time(text: str) -> dt.time:
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    if not compact:
        raise ValidationError("held_time", "開始時刻", "開始時刻を入力してください。")
    match = _TIME.fullmatch(compact)
    if match is not None:
        hour = int(match["h"] or match["hh"])
        minute = int(match["m"] or match["mm"] or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        "held_time", "開始時刻", "時刻として読み取れません。「14:00」のように入力してください。"
    )


def _type_items(s: Session, *, active_only: bool = False) -> list[PicklistItem]:
    query = select(PicklistItem).where(PicklistItem.list_name == MEETING_TYPES)
    if active_only:
        query = query.where(PicklistItem.active.is_(True))
    return list(s.scalars(query.order_by(PicklistItem.sort_order, PicklistItem.id)))


def _type_labels(s: Session) -> dict[str, str]:
    return {item.code: item.label for item in _type_items(s)}


def _type_of(item: PicklistItem) -> MeetingType:
    extra = item.extra or {}
    kind_code = str(extra.get("kind", MeetingKind.OTHER))
    kind = MeetingKind(kind_code) if kind_code in set(MeetingKind) else MeetingKind.OTHER
    regular = bool(extra.get("regular", kind is not MeetingKind.STATUTORY))
    basis = str(extra.get("legal_basis", ""))
    if kind is MeetingKind.STATUTORY:
        basis = basis or STATUTORY_BASIS
    return MeetingType(
        code=item.code,
        label=item.label,
        kind=kind,
        regular=regular,
        legal_basis=basis,
        help_text=item.help_text or "",
    )


def _agency_name(agency: Agency) -> str:
    return f"{agency.name} {agency.section}".strip()


def _snapshot(meeting: Meeting) -> dict[str, object]:
    names = ("kind", "meeting_type_code", "regular", "held_at", "place", "chair", "status")
    return {name: getattr(meeting, name, None) for name in (*names, "legal_basis")}


def _case_by_number(s: Session, principal: Principal, text: str) -> Case:
    require(principal, Action.CASE_READ, s)
    year, serial = parse_case_number(text)
    case = s.scalars(
        select(Case).where(
            Case.case_number.in_(case_number_forms(year, serial)), visible_cases(principal)
        )
    ).one_or_none()
    if case is None:
        raise NotFound(
            msg(
                "受付番号 {case_number} のケースは見つからないか、閲覧する権限がありません。",
                case_number=text.strip(),
            )
        )
    return case


def _plan_for(s: Session, case: Case, purpose: AgendaPurpose) -> int | None:
    """The plan an item carries; refuses プラン検討 without a submitted plan."""
    if purpose is AgendaPurpose.PLAN_REVIEW:
        plan_id = s.scalar(
            select(SupportPlan.id)
            .where(
                SupportPlan.case_id == case.id,
                SupportPlan.status == str(PlanStatus.SUBMITTED),
            )
            .order_by(SupportPlan.plan_no.desc(), SupportPlan.id.desc())
            .limit(1)
        )
        if plan_id is None:
            raise ValidationError(
                "purpose",
                "検討の目的",
                msg(
                    "{case_number} には会議に提出された支援計画（会議提出）がないため、"
                    "プラン検討の議題にはできません。"
                    "支援計画を会議に提出してから追加するか、"
                    "別の目的（評価・終結確認・情報共有）を選んでください。",
                    case_number=case.case_number,
                ),
            )
        return plan_id
    if purpose in (AgendaPurpose.EVALUATION, AgendaPurpose.CLOSURE_CHECK):
        return s.scalar(
            select(SupportPlan.id)
            .where(
                SupportPlan.case_id == case.id,
                SupportPlan.status.in_([str(PlanStatus.DECIDED), str(PlanStatus.UNDER_REVIEW)]),
            )
            .order_by(SupportPlan.plan_no.desc(), SupportPlan.id.desc())
            .limit(1)
        )
    return None


def _end_replaced(s: Session, principal: Principal, case: Case, plan: SupportPlan) -> list[int]:
    """End the plan the newly decided one replaces (and any other plan still in force)."""
    in_force = (str(PlanStatus.DECIDED), str(PlanStatus.UNDER_REVIEW))
    condition: ColumnElement[bool] = SupportPlan.status.in_(in_force)
    old = s.scalars(
        select(SupportPlan).where(
            SupportPlan.case_id == case.id, SupportPlan.id != plan.id, condition
        )
    ).all()
    ended: list[int] = []
    for row in old:
        previous = row.status
        row.status = str(PlanStatus.ENDED)
        s.flush()
        audit.record(
            s,
            principal.user_id,
            AuditAction.UPDATE,
            "support_plan",
            row.id,
            case_id=case.id,
            detail={
                "fields": ["status"],
                "status": row.status,
                "previous": previous,
                "superseded_by": plan.id,
            },
        )
        ended.append(row.id)
    return ended


def _drop_pending_reviews(s: Session, principal: Principal, case: Case, item_id: int) -> None:
    """Drop the scheduled review of a plan a decision took out of force (見直し, 終結).

    A monitoring review evaluates the decided plan; once none is in force, a pending review
    could never be recorded and would stay overdue. The monitoring service's own 見直し and
    終結 leave no review pending and clear the case's next due date; a meeting's do the same.
    A pending review is only a date (nothing was recorded on it), so it is removed.
    """
    if plan_in_force(s, case.id) is not None:
        return
    pending = s.scalars(
        select(MonitoringReview).where(
            MonitoringReview.case_id == case.id, MonitoringReview.reviewed_on.is_(None)
        )
    ).all()
    if not pending and case.next_due_on is None:
        return
    for row in pending:
        s.delete(row)
    case.next_due_on = None
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.UPDATE,
        "case",
        case.id,
        case_id=case.id,
        detail={
            "fields": ["next_due_on"],
            "removed_monitoring_review_ids": [row.id for row in pending],
            "agenda_item_id": item_id,
        },
    )


def _renumber(s: Session, meeting_id: int) -> None:
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.sort_order, AgendaItem.id)
    ).all()
    for order, row in enumerate(items, 1):
        if row.sort_order != order:
            row.sort_order = order
    s.flush()


def _attendees(s: Session, meeting: Meeting) -> list[AttendeeView]:
    rows = s.scalars(
        select(MeetingAttendee)
        .where(MeetingAttendee.meeting_id == meeting.id)
        .order_by(MeetingAttendee.id)
    ).all()
    user_ids = {r.user_id for r in rows if r.user_id is not None}
    agency_ids = {r.agency_id for r in rows if r.agency_id is not None}
    users = (
        {u.id: u for u in s.scalars(select(User).where(User.id.in_(user_ids)))} if user_ids else {}
    )
    agencies = (
        {a.id: a for a in s.scalars(select(Agency).where(Agency.id.in_(agency_ids)))}
        if agency_ids
        else {}
    )
    desk = desk_profile(s).name
    result = []
    for row in rows:
        if row.user_id is not None:
            user = users.get(row.user_id)
            affiliation, name, kind = desk, user.display_name if user else "", "職員"
        elif row.agency_id is not None:
            agency = agencies.get(row.agency_id)
            affiliation = _agency_name(agency) if agency else ""
            name, kind = row.name, "関係機関"
        else:
            affiliation, name, kind = "", row.name, "その他"
        result.append(
            AttendeeView(
                id=row.id,
                version=row.version,
                user_id=row.user_id,
                agency_id=row.agency_id,
                affiliation=affiliation,
                name=name,
                kind_label=kind,
                attended=row.attended,
            )
        )
    # Staff first, then agencies, then guests (each in the order they were added).
    order = {"職員": 0, "関係機関": 1, "その他": 2}
    return sorted(result, key=lambda a: order[a.kind_label])


def _agenda(s: Session, principal: Principal, meeting: Meeting) -> list[AgendaItemView]:
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.sort_order, AgendaItem.id)
    ).all()
    case_ids = {i.case_id for i in items if i.case_id is not None}
    visible: dict[int, tuple[Case, Person]] = {}
    if case_ids:
        for case, person in s.execute(
            select(Case, Person)
            .join(Person, Person.id == Case.client_id)
            .where(Case.id.in_(case_ids), visible_cases(principal))
        ):
            visible[case.id] = (case, person)
    plan_ids = {i.plan_id for i in items if i.plan_id is not None}
    plans = (
        {p.id: p for p in s.scalars(select(SupportPlan).where(SupportPlan.id.in_(plan_ids)))}
        if plan_ids
        else {}
    )
    result = []
    for item in items:
        seen = visible.get(item.case_id) if item.case_id is not None else None
        plan = plans.get(item.plan_id) if item.plan_id is not None and seen else None
        purpose = AgendaPurpose(item.purpose)
        decision = AgendaDecision(item.decision) if item.decision else None
        result.append(
            AgendaItemView(
                id=item.id,
                version=item.version,
                sort_order=item.sort_order,
                case_id=item.case_id if seen else None,
                visible=seen is not None,
                case_number=seen[0].case_number if seen else "",
                client_name=full_name(seen[1].family_name, seen[1].given_name)
                if seen
                else HIDDEN_CASE,
                consent_label=label(ConsentStatus(seen[0].consent_status)) if seen else "",
                stage_label=label(CaseStage(seen[0].stage)) if seen else "",
                purpose=purpose,
                purpose_label=label(purpose),
                plan_id=plan.id if plan else None,
                plan_label=_plan_label(plan),
                plan_status=PlanStatus(plan.status) if plan else None,
                decision=decision,
                decision_label=label(decision) if decision else "",
                decision_note=item.decision_note if seen else "",
            )
        )
    return result


def _plan_label(plan: SupportPlan | None) -> str:
    if plan is None:
        return ""
    return msg(
        "第{plan_no}版（{status}）", plan_no=plan.plan_no, status=label(PlanStatus(plan.status))
    )


def _decisions_open(meeting: Meeting, today: dt.date) -> bool:
    status = MeetingStatus(meeting.status)
    if status is MeetingStatus.CANCELLED:
        return False
    return status is MeetingStatus.HELD or meeting.held_at.date() <= today


def _view(s: Session, principal: Principal, meeting: Meeting, today: dt.date) -> MeetingView:
    kind = MeetingKind(meeting.kind)
    status = MeetingStatus(meeting.status)
    types = _type_labels(s)
    secretariat = (
        s.scalar(select(User.display_name).where(User.id == meeting.secretariat_id))
        if meeting.secretariat_id is not None
        else None
    )
    return MeetingView(
        id=meeting.id,
        version=meeting.version,
        kind=kind,
        kind_label=label(kind),
        type_code=meeting.meeting_type_code,
        type_label=types.get(meeting.meeting_type_code, label(kind)),
        regular=meeting.regular,
        held_at=meeting.held_at,
        place=meeting.place,
        chair=meeting.chair,
        status=status,
        status_label=label(status),
        legal_basis=meeting.legal_basis,
        minutes=meeting.minutes,
        secretariat=secretariat or "",
        attendees=tuple(_attendees(s, meeting)),
        agenda=tuple(_agenda(s, principal, meeting)),
        decisions_open=_decisions_open(meeting, today),
        can_manage=allowed(principal.role, Action.MEETING_MANAGE),
    )


def _aggregates(
    s: Session, principal: Principal, meeting: Meeting
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """The numbers a 推進会議's papers print: open cases by stage, and the year's meetings."""
    whole_desk = allowed(principal.role, Action.REPORT_AGGREGATE)
    scope: ColumnElement[bool] = true() if whole_desk else visible_cases(principal)
    by_stage = dict(
        s.execute(
            select(Case.stage, func.count(Case.id))
            .where(Case.stage != str(CaseStage.CLOSED), scope)
            .group_by(Case.stage)
        ).all()
    )
    stages = tuple(
        (label(stage), int(by_stage.get(str(stage), 0)))
        for stage in CaseStage
        if stage is not CaseStage.CLOSED
    )
    stages += (("合計", sum(count for _label, count in stages)),)
    year = fiscal_year(meeting.held_at.date())
    start, end = fiscal_year_bounds(year)
    held = s.execute(
        select(Meeting.kind, func.count(Meeting.id))
        .where(
            Meeting.status == str(MeetingStatus.HELD),
            Meeting.held_at >= dt.datetime.combine(start, dt.time()),
            Meeting.held_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )
        .group_by(Meeting.kind)
    ).all()
    held_counts = dict(held)
    meetings = tuple((label(kind), int(held_counts.get(str(kind), 0))) for kind in MeetingKind)
    decisions = _decision_counts(
        s.execute(
            select(AgendaItem.purpose, AgendaItem.decision)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(
                Meeting.held_at >= dt.datetime.combine(start, dt.time()),
                Meeting.held_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
            )
        ).all()
    )
    scope_label = "窓口全体" if whole_desk else "担当の範囲"
    return (
        (msg("継続中のケース（段階別・{scope}）", scope=scope_label), stages),
        ("今年度に開催した会議（種類別）", meetings),
        ("今年度の会議で検討したケース（目的・決定別、延べ件数）", decisions),
    )


def _decision_counts(rows: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, int], ...]:
    counts = Counter((purpose, decision) for purpose, decision in rows)
    out: list[tuple[str, int]] = []
    for purpose in AgendaPurpose:
        for decision in (*AgendaDecision, None):
            n = counts.get((str(purpose), str(decision) if decision else None), 0)
            if n:
                text = label(decision) if decision else "未決定"
                out.append((msg("{purpose}：{text}", purpose=label(purpose), text=text), n))
    return tuple(out)


def _document(
    s: Session, principal: Principal, meeting: Meeting, now: dt.datetime
) -> MeetingDocument:
    from welfaredesk.printing.meeting_forms import AgendaLine, AttendeeLine, MeetingDocument  # noqa: PLC0415 - reportlab loads only when printing

    view = _view(s, principal, meeting, now.date())
    printer = s.get(User, principal.user_id)
    desk = desk_profile(s)
    network = view.kind is MeetingKind.NETWORK
    agenda = (
        ()
        if network
        else tuple(
            AgendaLine(
                order=n,
                case_number=item.case_number,
                client=item.client_name,
                purpose=item.purpose_label,
                plan=item.plan_label,
                decision=item.decision_label,
                note=item.decision_note,
            )
            for n, item in enumerate(view.agenda, 1)
        )
    )
    return MeetingDocument(
        meeting_name=view.type_label,
        kind=str(view.kind),
        held_at=view.held_at,
        place=view.place,
        chair=view.chair,
        status=view.status_label,
        legal_basis=view.legal_basis,
        secretariat=view.secretariat,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=printer.display_name if printer else principal.display_name,
        printed_at=now,
        attendees=tuple(AttendeeLine(a.affiliation, a.name, a.attended) for a in view.attendees),
        agenda=agenda,
        minutes=view.minutes,
        aggregates=_aggregates(s, principal, meeting) if network else (),
    )
