"""本人同意: the person's consent to sharing, its scope and its history.

Consent is recorded at intake and may change later (the person agrees to more, or withdraws).
Each change adds a :class:`~welfaredesk.storage.orm.Consent` row and sets the case's consent
status in the same unit of work, so the history shows what was agreed when. The current
consent is the newest row with the case's status.

The scope says which agencies and meetings the person agreed to, and which kinds of
information (:class:`~welfaredesk.domain.enums.SharedInfo`) may be given to them; referrals
and referral slips are checked against it (:mod:`welfaredesk.domain.referrals`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.dates import parse_optional_date
from welfaredesk.domain.enums import (
    AuditAction,
    ConsentMethod,
    ConsentStatus,
    MeetingKind,
    SharedInfo,
    label,
)
from welfaredesk.domain.errors import ConflictError, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Agency, Case, Consent, User


@dataclass(frozen=True, slots=True)
class ConsentInput:
    """The consent form as typed (``case_version`` for optimistic locking)."""

    case_version: int
    status: ConsentStatus
    recorded_on: str = ""
    method: ConsentMethod | None = None
    agency_ids: tuple[int, ...] = ()
    meeting_kinds: tuple[MeetingKind, ...] = ()
    info_items: tuple[SharedInfo, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ConsentView:
    """One recorded consent, with its labels."""

    id: int | None
    status: ConsentStatus
    status_label: str
    recorded_on: dt.date | None
    method: ConsentMethod | None
    method_label: str
    agency_ids: tuple[int, ...]
    agency_names: tuple[str, ...]
    meeting_kinds: tuple[MeetingKind, ...]
    info_items: tuple[SharedInfo, ...]
    info_labels: tuple[str, ...]
    notes: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class ConsentOverview:
    """The case's current consent and every earlier one, newest first."""

    case_version: int
    current: ConsentView
    history: tuple[ConsentView, ...]


def check_consent(
    s: Session,
    *,
    status: ConsentStatus,
    recorded_on: str,
    method: ConsentMethod | None,
    agency_ids: Collection[int],
    meeting_kinds: Collection[MeetingKind],
    info_items: Collection[SharedInfo] = (),
    today: dt.date,
) -> dt.date | None:
    """Validate a consent as typed; returns the date consent was given (None otherwise).

    Raises:
        ValidationError: naming the field to correct.
    """
    consent_date = parse_optional_date(
        recorded_on, field="consent_date", label="同意日", today=today, allow_future=False
    )
    if status is ConsentStatus.GIVEN:
        if consent_date is None:
            raise ValidationError("consent_date", "同意日", "同意を得た日を入力してください。")
        if method is None:
            raise ValidationError("consent_method", "同意の方法", "署名か口頭かを選んでください。")
    elif agency_ids or meeting_kinds or info_items:
        raise ValidationError(
            "consent_scope",
            "同意の範囲",
            "同意の範囲は、同意の状況が「同意あり」のときだけ選べます。",
        )
    if agency_ids:
        known = set(s.scalars(select(Agency.id).where(Agency.id.in_(list(agency_ids)))))
        if not set(agency_ids) <= known:
            raise ValidationError(
                "consent_agency_ids",
                "同意の範囲(関係機関)",
                "関係機関を一覧から選んでください。",
            )
    for kind in meeting_kinds:
        if kind not in set(MeetingKind):
            raise ValidationError(
                "consent_meeting_kinds", "同意の範囲(会議)", "会議を一覧から選んでください。"
            )
    return consent_date


def current_consent(s: Session, case: Case) -> Consent | None:
    """The newest consent row that agrees with the case's consent status."""
    return s.scalars(
        select(Consent)
        .where(Consent.case_id == case.id, Consent.status == case.consent_status)
        .order_by(Consent.id.desc())
        .limit(1)
    ).first()


def consented_agency_ids(consent: Consent | None) -> frozenset[int]:
    """The agencies a consent row names (none unless consent was given)."""
    if consent is None or consent.status != ConsentStatus.GIVEN:
        return frozenset()
    return frozenset(int(a) for a in consent.agency_ids)


def consented_items(consent: Consent | None) -> frozenset[SharedInfo]:
    """The kinds of information a consent row covers (none unless consent was given)."""
    if consent is None or consent.status != ConsentStatus.GIVEN:
        return frozenset()
    return frozenset(SharedInfo(i) for i in consent.info_items if i in set(SharedInfo))


class ConsentService:
    """Use cases of recording and reading a case's consent."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, principal: Principal, case_id: int) -> ConsentOverview:
        """The case's current consent and its history.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            return _overview(s, case)

    def record(
        self,
        principal: Principal,
        case_id: int,
        form: ConsentInput,
        *,
        today: dt.date | None = None,
    ) -> ConsentOverview:
        """Record a change of the person's consent and set the case's consent status.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is closed.
            ConflictError: someone else updated the case after the form was opened.
            ValidationError: bad input (nothing is saved).
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            if case.version != form.case_version:
                raise ConflictError(
                    "ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残って"
                    "います。最新の内容を確認してから、もう一度保存してください。"
                )
            ensure_open(case, "同意")
            if form.status is ConsentStatus.UNCONFIRMED:
                raise ValidationError(
                    "consent_status",
                    "同意の状況",
                    "「同意あり」か「同意なし」を選んでください。",
                )
            recorded_on = check_consent(
                s,
                status=form.status,
                recorded_on=form.recorded_on,
                method=form.method,
                agency_ids=form.agency_ids,
                meeting_kinds=form.meeting_kinds,
                info_items=form.info_items,
                today=today,
            )
            given = form.status is ConsentStatus.GIVEN
            row = Consent(
                case_id=case.id,
                status=str(form.status),
                recorded_on=recorded_on or today,
                method=str(form.method) if form.method and given else None,
                agency_ids=[str(i) for i in dict.fromkeys(form.agency_ids)],
                meeting_kinds=[str(k) for k in dict.fromkeys(form.meeting_kinds)],
                info_items=[str(i) for i in SharedInfo if i in form.info_items],
                notes=form.notes.strip(),
                recorded_by_id=principal.user_id,
            )
            s.add(row)
            previous = case.consent_status
            case.consent_status = str(form.status)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "consent",
                row.id,
                case_id=case.id,
                detail={
                    "status": row.status,
                    "previous": previous,
                    "agencies": len(row.agency_ids),
                    "info_items": list(row.info_items),
                },
            )
            return _overview(s, case)


def _view(s: Session, row: Consent | None, case: Case) -> ConsentView:
    if row is None:
        status = ConsentStatus(case.consent_status)
        return ConsentView(None, status, label(status), None, None, "", (), (), (), (), (), "", "")
    ids = tuple(int(a) for a in row.agency_ids)
    names = (
        dict(s.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids))).all())
        if ids
        else {}
    )
    status = ConsentStatus(row.status)
    method = ConsentMethod(row.method) if row.method else None
    items = tuple(SharedInfo(i) for i in row.info_items if i in set(SharedInfo))
    user = s.get(User, row.recorded_by_id) if row.recorded_by_id else None
    return ConsentView(
        id=row.id,
        status=status,
        status_label=label(status),
        recorded_on=row.recorded_on,
        method=method,
        method_label=label(method) if method else "",
        agency_ids=ids,
        agency_names=tuple(names.get(i, "") for i in ids),
        meeting_kinds=tuple(MeetingKind(k) for k in row.meeting_kinds),
        info_items=items,
        info_labels=tuple(label(i) for i in items),
        notes=row.notes,
        recorded_by=user.display_name if user else "",
    )


def _overview(s: Session, case: Case) -> ConsentOverview:
    rows = s.scalars(
        select(Consent).where(Consent.case_id == case.id).order_by(Consent.id.desc())
    ).all()
    current = current_consent(s, case)
    return ConsentOverview(
        case_version=case.version,
        current=_view(s, current, case),
        history=tuple(_view(s, row, case) for row in rows),
    )
