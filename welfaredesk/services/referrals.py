"""Accompanied referrals (同行支援・つなぎ・引継ぎ) and their referral slips.

One :class:`~welfaredesk.storage.orm.Referral` per destination agency. Creating or editing a
referral passes the consent gate (:func:`welfaredesk.domain.referrals.check_sharing`): the
person's current consent must name the agency and cover each kind of information handed over,
or the sharing is recorded under the legal basis of a 支援会議 (法第9条) with a note.

The status moves 予定 → 実施 → 引継ぎ完了, or to 不受理 / 保留 / 本人辞退, and nothing else
(:func:`welfaredesk.domain.referrals.check_transition`). When a referral completes as
引継ぎ完了 and nothing else is open on the case, the same unit of work writes the closure
(他機関への引継ぎ, with the destination): approved at once when the user may approve closures
or the desk does not require approval for hand-overs, otherwise waiting for a supervisor
(:class:`welfaredesk.services.closures.ClosureService`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain import referrals as rules
from welfaredesk.domain.dates import age_on, parse_date, parse_optional_date
from welfaredesk.domain.enums import (
    AgencyKind,
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentMethod,
    ConsentStatus,
    PlanStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    Sex,
    SharedInfo,
    SharingBasis,
    label,
)
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import date_text, msg
from welfaredesk.domain.wareki import format_wareki
from welfaredesk.services import audit
from welfaredesk.services.consents import consented_agency_ids, consented_items, current_consent
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name, household_person_ids, picklist_labels
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.services.settings import CLOSURE_KEY, approval_reasons, desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Assessment,
    Case,
    Closure,
    Consultation,
    HouseholdMember,
    Person,
    PicklistItem,
    Referral,
    Setting,
    SupportPlan,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.referral_slip import ReferralSlipDocument, SlipIssue, SlipMember

HANDOVER_REASON = "handover"
"""The closure reason code of 他機関への引継ぎ."""


_STAFF_ROLES = (Role.COORDINATOR, Role.COUNSELOR, Role.SUPERVISOR)
_OPEN_PLAN = (PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.DECIDED, PlanStatus.UNDER_REVIEW)

# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferralInput:
    """The referral form as typed.

    ``version`` is None for a new referral, else the version the form was opened on.
    ``confirmation_due_on`` empty means :data:`~welfaredesk.domain.referrals.DEFAULT_CONFIRM_DAYS`
    days after the planned date.
    """

    agency_id: int | None
    referred_on: str
    method: ReferralMethod
    purpose: str
    accompanying_staff_ids: tuple[int, ...] = ()
    received_by: str = ""
    handed_over: str = ""
    shared_items: tuple[SharedInfo, ...] = ()
    basis: SharingBasis = SharingBasis.CONSENT
    basis_note: str = ""
    confirmation_due_on: str = ""
    version: int | None = None
    person_id: int | None = None
    """Who is referred: a household member's person id; None for the case's client."""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A move of a referral's status.

    ``on`` is the day it happened: the day the referral was made for 実施, the day the
    hand-over (or the refusal) was confirmed for 引継ぎ完了 and 不受理; empty means today.
    ``close_case`` asks, for 引継ぎ完了, to close the case when nothing else is open.
    """

    status: ReferralStatus
    version: int
    on: str = ""
    reason: str = ""
    outcome: str = ""
    received_by: str = ""
    confirmation_due_on: str = ""
    close_case: bool = True


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferralView:
    """A referral with its labels and what may happen next."""

    id: int
    case_id: int
    version: int
    agency_id: int
    agency_name: str
    agency_section: str
    person_id: int | None
    person_name: str
    """Who is referred, e.g. ``山田 花子（母）``; the client is named with 本人."""
    referred_on: dt.date
    method: ReferralMethod
    method_label: str
    staff_ids: tuple[int, ...]
    staff_names: tuple[str, ...]
    received_by: str
    purpose: str
    handed_over: str
    shared_items: tuple[SharedInfo, ...]
    shared_labels: tuple[str, ...]
    basis: SharingBasis
    basis_label: str
    basis_note: str
    status: ReferralStatus
    status_label: str
    status_reason: str
    done_on: dt.date | None
    outcome: str
    confirmation_due_on: dt.date | None
    confirmed_on: dt.date | None
    overdue: bool
    next_statuses: tuple[ReferralStatus, ...]


@dataclass(frozen=True, slots=True)
class ClosureInfo:
    """A closure written or waiting on the case."""

    id: int
    version: int
    status: ClosureStatus
    status_label: str
    reason_label: str
    destination: str
    closed_on: dt.date
    summary: str
    requested_by: str
    approved_by: str
    return_reason: str


@dataclass(frozen=True, slots=True)
class ReferralOverview:
    """Everything the referral tab shows."""

    case_id: int
    case_version: int
    stage: CaseStage
    consent: ConsentStatus
    consented_agency_ids: frozenset[int]
    consented_items: frozenset[SharedInfo]
    referrals: tuple[ReferralView, ...]
    overdue: int
    closure: ClosureInfo | None


@dataclass(frozen=True, slots=True)
class Destination:
    """An agency offered as a referral destination, with why it is offered."""

    agency_id: int
    name: str
    section: str
    kind_label: str
    phone: str
    matched_issues: tuple[str, ...]
    consented: bool


@dataclass(frozen=True, slots=True)
class StatusResult:
    """What a status change did: the referral, and the closure it wrote (if any)."""

    referral: ReferralView
    closure: ClosureInfo | None
    case_closed: bool
    closure_blockers: tuple[str, ...]
    """Why the case was not closed although the hand-over completed (open referrals …)."""


# --- the service --------------------------------------------------------------------------


class ReferralService:
    """Use cases of the referral tab and the referral slip."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(
        self, principal: Principal, case_id: int, *, today: dt.date | None = None
    ) -> ReferralOverview:
        """The case's referrals (newest first), consent scope and pending closure.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        today = today or dt.date.today()
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            rows = s.scalars(
                select(Referral)
                .where(Referral.case_id == case.id)
                .order_by(Referral.referred_on.desc(), Referral.id.desc())
            ).all()
            views = tuple(_views(s, rows, today))
            consent = current_consent(s, case)
            return ReferralOverview(
                case_id=case.id,
                case_version=case.version,
                stage=CaseStage(case.stage),
                consent=ConsentStatus(case.consent_status),
                consented_agency_ids=consented_agency_ids(consent),
                consented_items=consented_items(consent),
                referrals=views,
                overdue=sum(1 for v in views if v.overdue),
                closure=latest_closure(s, case),
            )

    def get(
        self, principal: Principal, referral_id: int, *, today: dt.date | None = None
    ) -> ReferralView:
        """One referral (the view is audited).

        Raises:
            NotFound: the referral does not exist or its case is outside the user's scope.
        """
        with self._db.write() as s:
            row, case = _load(s, principal, referral_id)
            audit.record(
                s, principal.user_id, AuditAction.VIEW, "referral", row.id, case_id=case.id
            )
            return _views(s, [row], today or dt.date.today())[0]

    def destinations(
        self,
        principal: Principal,
        case_id: int,
        *,
        issue_code: str | None = None,
        text: str = "",
    ) -> list[Destination]:
        """Active agencies to refer the case to.

        Without ``issue_code`` and ``text``, the agencies that handle one of the case's issues
        (from its contact slips and latest assessment); with ``issue_code``, those handling
        that issue (its parent and child categories count); ``text`` matches name, kana or
        section. Agencies the person consented to come first, and without ``issue_code`` they
        are offered even when they handle none of the case's issues.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        require(principal, Action.CASE_EDIT, self._db)
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            categories = {
                item.code: item
                for item in s.scalars(
                    select(PicklistItem).where(PicklistItem.list_name == "issue_category")
                )
            }
            wanted = (
                _expand({issue_code}, categories)
                if issue_code
                else _expand(_case_issue_codes(s, case), categories)
            )
            needle = text.strip()
            consented = consented_agency_ids(current_consent(s, case))
            result: list[tuple[tuple[bool, int, str], Destination]] = []
            for agency in s.scalars(select(Agency).where(Agency.active.is_(True))):
                codes = set(agency.issue_codes or ())
                matched = codes & wanted
                if needle:
                    haystack = f"{agency.name} {agency.kana} {agency.section}"
                    if needle not in haystack:
                        continue
                elif not matched and (issue_code or agency.id not in consented):
                    continue
                destination = Destination(
                    agency_id=agency.id,
                    name=agency.name,
                    section=agency.section,
                    kind_label=label(AgencyKind(agency.kind)),
                    phone=agency.phone,
                    matched_issues=tuple(
                        dict.fromkeys(
                            categories[c].label for c in sorted(matched) if c in categories
                        )
                    ),
                    consented=agency.id in consented,
                )
                key = (agency.id not in consented, -len(matched), agency.kana)
                result.append((key, destination))
            result.sort(key=lambda pair: pair[0])
            return [d for _key, d in result]

    def staff(self, principal: Principal) -> list[tuple[int, str]]:
        """Active staff who may accompany a person: (user id, name), in kana order."""
        require(principal, Action.CASE_EDIT, self._db)
        with self._db.read() as s:
            users = s.scalars(
                select(User)
                .where(User.active.is_(True), User.role.in_([str(r) for r in _STAFF_ROLES]))
                .order_by(User.display_kana, User.id)
            ).all()
            return [(u.id, u.display_name) for u in users]

    def save(
        self,
        principal: Principal,
        case_id: int,
        form: ReferralInput,
        *,
        referral_id: int | None = None,
        today: dt.date | None = None,
    ) -> ReferralView:
        """Record a new referral (status 予定) or change a planned or held one.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case or referral does not exist or is outside the user's scope.
            KnownError: the case is closed, or the referral is no longer editable.
            ConflictError: someone else changed the referral after the form was opened.
            ValidationError: bad input or the consent gate refused (nothing is saved).
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            _refuse_closed(case)
            row: Referral | None = None
            if referral_id is not None:
                row, _case = _load(s, principal, referral_id)
                if row.case_id != case.id:
                    raise NotFound("指定されたつなぎの記録は見つかりません。")
                if row.version != form.version:
                    raise _conflict()
                if ReferralStatus(row.status) not in (
                    ReferralStatus.PLANNED,
                    ReferralStatus.ON_HOLD,
                ):
                    raise KnownError(
                        "実施済み・完了したつなぎの内容は変更できません。"
                        "状況の変更で記録してください。"
                    )
            agency, referred_on, due_on, staff = _check_form(s, case, form, today)
            person_id = _check_person(s, case, form.person_id)
            if row is None:
                row = Referral(
                    case_id=case.id,
                    status=str(ReferralStatus.PLANNED),
                    created_by_id=principal.user_id,
                )
                s.add(row)
            before = _snapshot(row)
            row.agency_id = agency.id
            row.person_id = person_id
            row.referred_on = referred_on
            row.method = str(form.method)
            row.accompanying_staff_ids = [str(i) for i in staff]
            row.received_by = form.received_by.strip()
            row.purpose = form.purpose.strip()
            row.handed_over = form.handed_over.strip()
            row.shared_items = [str(i) for i in SharedInfo if i in form.shared_items]
            row.basis = str(form.basis)
            row.basis_note = form.basis_note.strip()
            row.confirmation_due_on = due_on
            s.flush()
            if referral_id is None:
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "referral",
                    row.id,
                    case_id=case.id,
                    detail={
                        "agency_id": agency.id,
                        "method": row.method,
                        "basis": row.basis,
                        "shared_items": list(row.shared_items),
                    },
                )
            else:
                after = _snapshot(row)
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "referral",
                    row.id,
                    case_id=case.id,
                    detail={"fields": sorted(k for k in after if after[k] != before.get(k))},
                )
            return _views(s, [row], today)[0]

    def change_status(
        self,
        principal: Principal,
        referral_id: int,
        change: StatusChange,
        *,
        today: dt.date | None = None,
    ) -> StatusResult:
        """Move a referral on; a completed hand-over may close the case in the same step.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the referral does not exist or its case is outside the user's scope.
            KnownError: the case is closed.
            ConflictError: someone else changed the referral after it was shown.
            ValidationError: an illegal move, or a missing reason, date or outcome.
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            row, case = _load(s, principal, referral_id)
            _refuse_closed(case)
            if row.version != change.version:
                raise _conflict()
            current = ReferralStatus(row.status)
            rules.check_transition(current, change.status)
            on = (
                parse_optional_date(
                    change.on,
                    field="on",
                    label=_DATE_LABELS[change.status],
                    today=today,
                    allow_future=False,
                )
                or today
            )
            confirmed_on = on if change.status is ReferralStatus.HANDED_OVER else row.confirmed_on
            rules.check_status_facts(
                change.status,
                reason=change.reason,
                confirmed_on=confirmed_on,
                outcome=change.outcome,
            )
            done_on = row.done_on
            if change.status is ReferralStatus.DONE:
                if on < row.referred_on - dt.timedelta(days=366):
                    raise ValidationError(
                        "on",
                        "実施日",
                        "実施日が予定日から離れすぎています。日付を確かめてください。",
                    )
                done_on = on
            if change.status in (ReferralStatus.HANDED_OVER, ReferralStatus.REJECTED):
                start = done_on or row.referred_on
                if on < start:
                    raise ValidationError(
                        "on",
                        _DATE_LABELS[change.status],
                        msg(
                            "つなぎを行った日（{date}）より前の日付は入力できません。",
                            date=date_text(start),
                        ),
                    )
            due_on = parse_optional_date(
                change.confirmation_due_on,
                field="confirmation_due_on",
                label="確認予定日",
                today=today,
            )
            row.status = str(change.status)
            row.status_reason = change.reason.strip() if change.status in rules.NEEDS_REASON else ""
            row.done_on = done_on
            if change.received_by.strip():
                row.received_by = change.received_by.strip()
            if change.status is ReferralStatus.DONE:
                row.confirmation_due_on = (
                    due_on
                    or row.confirmation_due_on
                    or (on + dt.timedelta(days=rules.DEFAULT_CONFIRM_DAYS))
                )
            elif due_on is not None:
                row.confirmation_due_on = due_on
            if change.status in (ReferralStatus.HANDED_OVER, ReferralStatus.REJECTED):
                row.confirmed_on = on
                row.outcome = change.outcome.strip()
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "referral",
                row.id,
                case_id=case.id,
                detail={"status": row.status, "previous": str(current)},
            )
            closure: ClosureInfo | None = None
            blockers: tuple[str, ...] = ()
            closed = False
            if change.status is ReferralStatus.HANDED_OVER and change.close_case:
                blockers = _open_work(s, case, row.id)
                if not blockers:
                    closure, closed = _close_by_handover(s, principal, case, row, on)
            return StatusResult(
                referral=_views(s, [row], today)[0],
                closure=closure,
                case_closed=closed,
                closure_blockers=blockers,
            )

    # --- the referral slip ------------------------------------------------------------------

    def print_slip(
        self,
        principal: Principal,
        case_id: int,
        referral_id: int,
        out: Path,
        *,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the referral slip (つなぎシート) of a referral to ``out``; audited.

        The slip carries only what the referral hands over and the person's current consent
        still covers for that agency (or what a 支援会議 decided to share).

        Raises:
            NotFound: the case or the referral does not exist, the referral is not the case's,
                or the case is outside the user's scope.
        """
        from welfaredesk.printing.referral_slip import build_referral_slip  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            row = s.get(Referral, referral_id)
            if row is None or row.case_id != case.id:
                raise NotFound(
                    msg(
                        "このケースに番号 {referral_id} のつなぎの記録はありません。"
                        "つなぎの一覧で番号を確かめてください。",
                        referral_id=referral_id,
                    )
                )
            document = _slip_document(s, principal, case, row, now)
            build_referral_slip(document, out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "referral",
                row.id,
                case_id=case.id,
                detail={
                    "form": "referral_slip",
                    "withheld": len(document.withheld),
                    "basis": row.basis,
                },
            )
        return out

    def record_output(
        self, principal: Principal, case_id: int, referral_id: int, *, to_file: bool
    ) -> None:
        """Audit that a previewed referral slip went to the printer or was saved as a file."""
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                "referral",
                referral_id,
                case_id=case.id,
                detail={"form": "referral_slip", "output": "file" if to_file else "printer"},
            )


# --- checks -------------------------------------------------------------------------------

_DATE_LABELS = {
    ReferralStatus.DONE: "実施日",
    ReferralStatus.HANDED_OVER: "確認日",
    ReferralStatus.REJECTED: "確認日",
    ReferralStatus.ON_HOLD: "日付",
    ReferralStatus.DECLINED: "日付",
    ReferralStatus.PLANNED: "日付",
}


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこのつなぎの記録を更新しました。入力した内容はそのまま残って"
        "います。最新の内容を確認してから、もう一度保存してください。"
    )


def _refuse_closed(case: Case) -> None:
    ensure_open(case, "つなぎ")


def _load(s: Session, principal: Principal, referral_id: int) -> tuple[Referral, Case]:
    row = s.get(Referral, referral_id)
    if row is None:
        raise NotFound("指定されたつなぎの記録は見つかりません。")
    case = load_visible_case(s, principal, row.case_id)
    return row, case


def _check_form(
    s: Session, case: Case, form: ReferralInput, today: dt.date
) -> tuple[Agency, dt.date, dt.date, list[int]]:
    """Validate the form; returns the agency, the dates and the accompanying staff."""
    agency = s.get(Agency, form.agency_id) if form.agency_id is not None else None
    if agency is None:
        raise ValidationError("agency_id", "つなぎ先", "つなぎ先の機関を一覧から選んでください。")
    if not agency.active:
        raise ValidationError(
            "agency_id",
            "つなぎ先",
            msg(
                "「{name}」は現在使われていない機関です。別の機関を選んでください。",
                name=agency.name,
            ),
        )
    referred_on = parse_date(form.referred_on, field="referred_on", label="予定日", today=today)
    if referred_on < case.opened_on:
        raise ValidationError(
            "referred_on",
            "予定日",
            msg(
                "相談受付日（{date}）より前の日付は入力できません。",
                date=date_text(case.opened_on),
            ),
        )
    if form.method not in set(ReferralMethod):
        raise ValidationError("method", "つなぎの方法", "つなぎの方法を選んでください。")
    staff = list(dict.fromkeys(form.accompanying_staff_ids))
    if staff:
        found = set(
            s.scalars(
                select(User.id).where(
                    User.id.in_(staff),
                    User.active.is_(True),
                    User.role.in_([str(r) for r in _STAFF_ROLES]),
                )
            )
        )
        if set(staff) != found:
            raise ValidationError(
                "accompanying_staff_ids", "同行する職員", "在職中の職員を一覧から選んでください。"
            )
    if form.method is ReferralMethod.ACCOMPANIED and not staff:
        raise ValidationError(
            "accompanying_staff_ids", "同行する職員", "同行する職員を1人以上選んでください。"
        )
    if not form.purpose.strip():
        raise ValidationError(
            "purpose",
            "つなぐ理由・依頼事項",
            "なぜこの機関につなぐのか、何を依頼するのかを入力してください。",
        )
    consent = current_consent(s, case)
    rules.check_sharing(
        form.basis,
        agency_name=agency.name,
        agency_consented=agency.id in consented_agency_ids(consent),
        consented_items=consented_items(consent),
        wanted_items=form.shared_items,
        basis_note=form.basis_note,
    )
    due_on = parse_optional_date(
        form.confirmation_due_on, field="confirmation_due_on", label="確認予定日", today=today
    )
    if due_on is None:
        due_on = referred_on + dt.timedelta(days=rules.DEFAULT_CONFIRM_DAYS)
    elif due_on < referred_on:
        raise ValidationError(
            "confirmation_due_on",
            "確認予定日",
            "予定日より後の日付にしてください（つないだ後に、本人が支援につながったかを確かめる日です）。",
        )
    return agency, referred_on, due_on, staff


def _check_person(s: Session, case: Case, person_id: int | None) -> int | None:
    """The referred person as stored: None for the client, else a household member's id."""
    if person_id is None or person_id == case.client_id:
        return None
    if person_id not in household_person_ids(s, case):
        raise ValidationError(
            "person_id",
            "つなぐ人",
            "このケースの世帯員ではありません。本人または世帯員を選んでください。",
        )
    return person_id


def _snapshot(row: Referral) -> dict[str, object]:
    names = (
        "agency_id",
        "person_id",
        "referred_on",
        "method",
        "accompanying_staff_ids",
        "received_by",
        "purpose",
        "handed_over",
        "shared_items",
        "basis",
        "basis_note",
        "confirmation_due_on",
    )
    return {name: getattr(row, name, None) for name in names}


def _open_work(s: Session, case: Case, referral_id: int) -> tuple[str, ...]:
    """What keeps the case open besides the completed referral (empty: nothing)."""
    blockers: list[str] = []
    others = s.scalars(
        select(Referral).where(
            Referral.case_id == case.id,
            Referral.id != referral_id,
            Referral.status.in_([str(x) for x in rules.OPEN]),
        )
    ).all()
    if others:
        names = dict(
            s.execute(
                select(Agency.id, Agency.name).where(Agency.id.in_([r.agency_id for r in others]))
            ).all()
        )
        blockers.extend(
            msg(
                "{agency}へのつなぎが「{status}」です。",
                agency=names.get(r.agency_id, ""),
                status=label(ReferralStatus(r.status)),
            )
            for r in others
        )
    plans = s.scalar(
        select(SupportPlan.id)
        .where(
            SupportPlan.case_id == case.id,
            SupportPlan.status.in_([str(p) for p in _OPEN_PLAN]),
        )
        .limit(1)
    )
    if plans is not None:
        blockers.append("終了していない支援計画があります。")
    pending = s.scalar(
        select(Closure.id)
        .where(Closure.case_id == case.id, Closure.status == str(ClosureStatus.REQUESTED))
        .limit(1)
    )
    if pending is not None:
        blockers.append("終結の承認待ちがすでにあります。")
    return tuple(blockers)


def _approval_required(s: Session, reason: str) -> bool:
    if s.get(Setting, CLOSURE_KEY) is None:
        return True
    return reason in approval_reasons(s)


def _close_by_handover(
    s: Session, principal: Principal, case: Case, row: Referral, on: dt.date
) -> tuple[ClosureInfo, bool]:
    """Write the closure of a completed hand-over; returns it and whether the case closed."""
    agency = s.get_one(Agency, row.agency_id)
    approve_now = allowed(principal.role, Action.CASE_CLOSE_APPROVE) or not _approval_required(
        s, HANDOVER_REASON
    )
    closure = Closure(
        case_id=case.id,
        closed_on=on,
        reason_code=HANDOVER_REASON,
        destination_agency_id=agency.id,
        summary=f"{agency.name}への引継ぎが完了した。{row.outcome}".strip(),
        status=str(ClosureStatus.APPROVED if approve_now else ClosureStatus.REQUESTED),
        requested_by_id=principal.user_id,
        approved_by_id=principal.user_id if approve_now else None,
        approved_at=dt.datetime.now().replace(microsecond=0) if approve_now else None,
    )
    s.add(closure)
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.CREATE,
        "closure",
        closure.id,
        case_id=case.id,
        detail={"reason": HANDOVER_REASON, "status": closure.status, "referral_id": row.id},
    )
    if approve_now:
        close_case(s, principal, case, closure)
    return closure_info(s, closure), approve_now


def close_case(s: Session, principal: Principal, case: Case, closure: Closure) -> None:
    """Set the case closed by an approved closure (the caller holds the unit of work)."""
    case.stage = str(CaseStage.CLOSED)
    case.closed_on = closure.closed_on
    case.next_due_on = None
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.UPDATE,
        "case",
        case.id,
        case_id=case.id,
        detail={"fields": ["closed_on", "next_due_on", "stage"], "closure_id": closure.id},
    )


# --- views --------------------------------------------------------------------------------


def _views(s: Session, rows: Iterable[Referral], today: dt.date) -> list[ReferralView]:
    rows = list(rows)
    agencies = {
        a.id: a for a in s.scalars(select(Agency).where(Agency.id.in_({r.agency_id for r in rows})))
    }
    people = _people(s, rows)
    staff_ids = {int(i) for r in rows for i in r.accompanying_staff_ids}
    names = (
        dict(s.execute(select(User.id, User.display_name).where(User.id.in_(staff_ids))).all())
        if staff_ids
        else {}
    )
    result = []
    for row in rows:
        status = ReferralStatus(row.status)
        method = ReferralMethod(row.method)
        basis = SharingBasis(row.basis)
        items = tuple(SharedInfo(i) for i in row.shared_items if i in set(SharedInfo))
        agency = agencies.get(row.agency_id)
        ids = tuple(int(i) for i in row.accompanying_staff_ids)
        result.append(
            ReferralView(
                id=row.id,
                case_id=row.case_id,
                version=row.version,
                agency_id=row.agency_id,
                agency_name=agency.name if agency else "",
                agency_section=agency.section if agency else "",
                person_id=row.person_id,
                person_name=people.get((row.case_id, row.person_id), ""),
                referred_on=row.referred_on,
                method=method,
                method_label=label(method),
                staff_ids=ids,
                staff_names=tuple(names.get(i, "") for i in ids),
                received_by=row.received_by,
                purpose=row.purpose,
                handed_over=row.handed_over,
                shared_items=items,
                shared_labels=tuple(label(i) for i in items),
                basis=basis,
                basis_label=label(basis),
                basis_note=row.basis_note,
                status=status,
                status_label=label(status),
                status_reason=row.status_reason,
                done_on=row.done_on,
                outcome=row.outcome,
                confirmation_due_on=row.confirmation_due_on,
                confirmed_on=row.confirmed_on,
                overdue=rules.confirmation_overdue(
                    status, row.confirmation_due_on, row.confirmed_on, today
                ),
                next_statuses=tuple(x for x in ReferralStatus if x in rules.TRANSITIONS[status]),
            )
        )
    return result


def _people(s: Session, rows: list[Referral]) -> dict[tuple[int, int | None], str]:
    """Display names of the referred people: ``本人 山田 一郎`` or ``山田 花子（母）``."""
    result: dict[tuple[int, int | None], str] = {}
    relations = picklist_labels(s, "relation")
    for case_id in {r.case_id for r in rows}:
        case = s.get_one(Case, case_id)
        client = s.get_one(Person, case.client_id)
        result[(case_id, None)] = msg(
            "本人 {name}", name=full_name(client.family_name, client.given_name)
        )
        wanted = {r.person_id for r in rows if r.case_id == case_id and r.person_id is not None}
        if not wanted or case.household_id is None:
            continue
        for person, relation in s.execute(
            select(Person, HouseholdMember.relation_code)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .where(HouseholdMember.household_id == case.household_id, Person.id.in_(wanted))
        ):
            name = full_name(person.family_name, person.given_name)
            text = relations.get(relation, relation)
            result[(case_id, person.id)] = (
                msg("{name}（{relation}）", name=name, relation=text) if text else name
            )
    return result


def closure_info(s: Session, closure: Closure) -> ClosureInfo:
    reasons = picklist_labels(s, "closure_reason")
    agency = s.get(Agency, closure.destination_agency_id) if closure.destination_agency_id else None
    users = {
        uid: name
        for uid, name in s.execute(
            select(User.id, User.display_name).where(
                User.id.in_(
                    [i for i in (closure.requested_by_id, closure.approved_by_id) if i is not None]
                )
            )
        )
    }
    status = ClosureStatus(closure.status)
    return ClosureInfo(
        id=closure.id,
        version=closure.version,
        status=status,
        status_label=label(status),
        reason_label=reasons.get(closure.reason_code, closure.reason_code),
        destination=agency.name if agency else "",
        closed_on=closure.closed_on,
        summary=closure.summary,
        requested_by=users.get(closure.requested_by_id or 0, ""),
        approved_by=users.get(closure.approved_by_id or 0, ""),
        return_reason=closure.return_reason,
    )


def latest_closure(s: Session, case: Case) -> ClosureInfo | None:
    """The case's newest closure record, for the closure service and the case views."""
    closure = s.scalars(
        select(Closure).where(Closure.case_id == case.id).order_by(Closure.id.desc()).limit(1)
    ).first()
    return closure_info(s, closure) if closure is not None else None


def _case_issue_codes(s: Session, case: Case) -> set[str]:
    codes: set[str] = set()
    for issue_codes in s.scalars(
        select(Consultation.issue_codes).where(Consultation.case_id == case.id)
    ):
        codes.update(issue_codes or ())
    latest = s.scalars(
        select(Assessment)
        .where(Assessment.case_id == case.id)
        .order_by(Assessment.sequence.desc())
        .limit(1)
    ).first()
    if latest is not None:
        codes.update(item.category_code for item in latest.items)
    return codes


def _expand(codes: Iterable[str], categories: dict[str, PicklistItem]) -> set[str]:
    """Codes with their parent and child categories (成年後見 matches 福祉 and back)."""
    result: set[str] = set()
    for code in codes:
        result.add(code)
        item = categories.get(code)
        if item is not None and item.parent_code:
            result.add(item.parent_code)
        result.update(c for c, i in categories.items() if i.parent_code == code)
    return result


# --- the slip document --------------------------------------------------------------------


def _slip_document(
    s: Session, principal: Principal, case: Case, row: Referral, now: dt.datetime
) -> ReferralSlipDocument:
    from welfaredesk.printing.referral_slip import ReferralSlipDocument  # noqa: PLC0415 - reportlab loads only when printing

    agency = s.get_one(Agency, row.agency_id)
    basis = SharingBasis(row.basis)
    consent = current_consent(s, case)
    chosen = [SharedInfo(i) for i in row.shared_items if i in set(SharedInfo)]
    shown = rules.printable_items(
        basis,
        chosen,
        consented_items(consent),
        agency_consented=agency.id in consented_agency_ids(consent),
    )
    client = s.get_one(Person, case.client_id)
    person = s.get_one(Person, row.person_id) if row.person_id is not None else client
    household = _Household.load(s, case, client, person)
    on = row.done_on or row.referred_on
    staff_ids = [int(i) for i in row.accompanying_staff_ids]
    users = dict(s.execute(select(User.id, User.display_name)).all())
    staff_names = tuple(users.get(i, "") for i in staff_ids)
    if not staff_names and case.lead_worker_id is not None:
        staff_names = (users.get(case.lead_worker_id, ""),)
    desk = desk_profile(s)

    concern: str | None = None
    if SharedInfo.CONCERN in shown:
        latest = s.scalars(
            select(Consultation)
            .where(Consultation.case_id == case.id)
            .order_by(Consultation.received_at.desc(), Consultation.id.desc())
            .limit(1)
        ).first()
        concern = latest.presenting_concern if latest else ""
    groups, strengths = _assessment_parts(s, case, household)

    def group(kind: SharedInfo) -> tuple[SlipIssue, ...] | None:
        return groups.get(kind, ()) if kind in shown else None

    if basis is SharingBasis.STATUTORY_MEETING:
        basis_text = f"{label(basis)}での情報共有（{row.basis_note}）"
    elif consent is not None and consent.recorded_on is not None:
        method = f"、{label(ConsentMethod(consent.method))}" if consent.method else ""
        basis_text = f"本人同意（{format_wareki(consent.recorded_on)}{method}）"
    else:
        basis_text = label(basis)
    address = person.address or (client.address if household.lives_with_client else "")
    phone = person.phone or (client.phone if household.lives_with_client else "")
    return ReferralSlipDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=principal.display_name,
        printed_at=now,
        agency_name=agency.name,
        agency_section=agency.section,
        agency_contact_person=row.received_by or agency.contact_person,
        referral_date=on,
        method=label(ReferralMethod(row.method)),
        staff_names=staff_names,
        purpose=row.purpose,
        handed_over=row.handed_over,
        client_name=full_name(person.family_name, person.given_name),
        client_kana=full_name(person.family_kana, person.given_kana),
        client_birth_date=person.birth_date,
        client_age=_age(person.birth_date, on),
        client_sex=label(Sex(person.sex)) if person.sex else "",
        contact=(address, phone) if SharedInfo.CONTACT in shown else None,
        household=household.members(s, on) if SharedInfo.HOUSEHOLD in shown else None,
        concern=concern,
        issues=group(SharedInfo.ISSUES),
        health=group(SharedInfo.HEALTH),
        finances=group(SharedInfo.FINANCES),
        strengths=strengths if SharedInfo.STRENGTHS in shown else None,
        withheld=tuple(label(i) for i in SharedInfo if i not in shown),
        basis=str(basis),
        basis_text=basis_text,
    )


def _age(birth: dt.date | None, on: dt.date) -> str:
    return f"{age_on(birth, on)}歳" if birth is not None and birth <= on else ""


@dataclass(frozen=True)
class _Household:
    """The household seen from the person referred (who may not be the case's client).

    Relations are recorded relative to the case's client, so when a member is referred the
    client is named 相談者 and the others 相談者の母 and so on.
    """

    case: Case
    client: Person
    person: Person
    relations: dict[int, str]
    lives_together: dict[int, bool]

    @classmethod
    def load(cls, s: Session, case: Case, client: Person, person: Person) -> _Household:
        labels = picklist_labels(s, "relation")
        relations: dict[int, str] = {}
        together: dict[int, bool] = {}
        if case.household_id is not None:
            for pid, code, lives in s.execute(
                select(
                    HouseholdMember.person_id,
                    HouseholdMember.relation_code,
                    HouseholdMember.lives_together,
                ).where(HouseholdMember.household_id == case.household_id)
            ):
                relations[pid] = labels.get(code, code)
                together[pid] = lives
        return cls(case, client, person, relations, together)

    @property
    def lives_with_client(self) -> bool:
        return self.person is self.client or self.lives_together.get(self.person.id, False)

    def who(self, person_id: int | None, name: str) -> str:
        """How the slip names a person: 本人 (the one referred), 相談者, or by relation."""
        if person_id is None:
            return "世帯全体"
        if person_id == self.person.id:
            return "本人"
        if person_id == self.client.id:
            return f"相談者 {name}"
        relation = self.relations.get(person_id, "")
        if self.person is not self.client and relation:
            relation = f"相談者の{relation}"
        return f"{relation} {name}".strip()

    def members(self, s: Session, on: dt.date) -> tuple[SlipMember, ...]:
        from welfaredesk.printing.referral_slip import SlipMember  # noqa: PLC0415 - reportlab loads only when printing

        if self.case.household_id is None:
            return ()
        situations = picklist_labels(s, "household_situation")
        rows: list[SlipMember] = []
        referred_member = self.person is not self.client
        if referred_member:
            rows.append(
                SlipMember(
                    relation="相談者",
                    name=full_name(self.client.family_name, self.client.given_name),
                    age=_age(self.client.birth_date, on),
                    lives_together=self.lives_together.get(self.person.id, False),
                    situations="",
                )
            )
        for member, person in s.execute(
            select(HouseholdMember, Person)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(
                HouseholdMember.household_id == self.case.household_id,
                HouseholdMember.person_id.not_in([self.client.id, self.person.id]),
            )
            .order_by(HouseholdMember.sort_order, HouseholdMember.id)
        ):
            relation = self.relations.get(person.id, "")
            rows.append(
                SlipMember(
                    relation=f"相談者の{relation}" if referred_member and relation else relation,
                    name=full_name(person.family_name, person.given_name),
                    age=_age(person.birth_date, on),
                    lives_together=member.lives_together,
                    situations="、".join(situations.get(c, c) for c in member.situation_codes),
                )
            )
        return tuple(rows)


def _assessment_parts(
    s: Session, case: Case, household: _Household
) -> tuple[dict[SharedInfo, tuple[SlipIssue, ...]], tuple[str, str]]:
    """The latest assessment's items by kind of information, and its strengths and risk."""
    from welfaredesk.printing.referral_slip import SlipIssue  # noqa: PLC0415 - reportlab loads only when printing

    latest = s.scalars(
        select(Assessment)
        .where(Assessment.case_id == case.id)
        .order_by(Assessment.sequence.desc())
        .limit(1)
    ).first()
    if latest is None:
        return {}, ("", "")
    categories = {
        item.code: item
        for item in s.scalars(
            select(PicklistItem).where(PicklistItem.list_name == "issue_category")
        )
    }
    ids = {i.person_id for i in latest.items if i.person_id is not None}
    names = (
        {
            pid: full_name(family, given)
            for pid, family, given in s.execute(
                select(Person.id, Person.family_name, Person.given_name).where(Person.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    groups: dict[SharedInfo, list[SlipIssue]] = {}
    for item in latest.items:
        category = categories.get(item.category_code)
        kind = rules.info_kind(item.category_code, category.parent_code if category else None)
        groups.setdefault(kind, []).append(
            SlipIssue(
                person=household.who(item.person_id, names.get(item.person_id or 0, "")),
                category=category.label if category else item.category_code,
                note=item.note,
            )
        )
    return {k: tuple(v) for k, v in groups.items()}, (latest.strengths, latest.risk)
