"""Intake (相談受付・連絡票): search before create, validation, and saving in one transaction.

The GUI passes what the user typed (dates and times as text, codes from the pick-lists);
:meth:`IntakeService.validate` checks the whole form in form order and raises the first
:class:`ValidationError`, whose message names the field (and, for household members, which
member: 「世帯員2の生年月日：…」). :meth:`IntakeService.save` checks again and writes the
person, household, case, contact slip and consent in one unit of work.

Before saving, :meth:`IntakeService.find_candidates` lists people already known to the desk
that match what is being typed. A match never merges anything by itself: only when the user
picks a candidate (``existing_person_id``) does the consultation go to that person's open case
(or a new case for them, if all their cases are closed).

Candidates respect the record scope: a person is shown with details only if the user may see
one of their cases. Everyone else who matches is summarised in one hint without any detail, so
that no name, date or case number leaks: a restricted case (閲覧制限) the user is not named on
gives :data:`RESTRICTED_HINT`, any other out-of-scope record :data:`OUT_OF_SCOPE_HINT`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from welfaredesk.domain.case_number import format_case_number
from welfaredesk.domain.dates import age_on, fiscal_year, parse_optional_date
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentMethod,
    ConsentStatus,
    MeetingKind,
    Sex,
    SharedInfo,
)
from welfaredesk.domain.errors import NotFound, ValidationError
from welfaredesk.domain.joins import join_list
from welfaredesk.domain.names import name_key, validate_kana
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.access import restriction_contacts
from welfaredesk.services.consents import check_consent
from welfaredesk.services.drafts import discard_in
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import add_case_issues, person_keys, phone_digits
from welfaredesk.services.security import require, visible_cases
from welfaredesk.services.settings import number_style
from welfaredesk.storage import search
from welfaredesk.storage.engine import Database
from welfaredesk.storage.numbering import next_serial
from welfaredesk.storage.orm import (
    Agency,
    Area,
    Case,
    CaseAccess,
    Consent,
    Consultation,
    Household,
    HouseholdMember,
    Person,
    PicklistItem,
    User,
)

log = logging.getLogger(__name__)

NAME_MAX = 100
"""Longest name or ふりがな part (``person.family_name`` …)."""
ADDRESS_MAX = 300
"""Longest address (``person.address``)."""
PHONE_MAX = 40
"""Longest phone number as typed (``person.phone``)."""
CONSULTER_MAX = 100
"""Longest consulter name, relation or contact (``consultation.consulter_*``)."""
CONCERN_MAX = 4000
"""Longest 主訴 (free text)."""
CANDIDATE_LIMIT = 20
"""At most this many candidates are listed."""

RESTRICTED_HINT = "閲覧制限のある記録があります。主任相談支援員に確認してください。"
"""Shown instead of a candidate whose restricted case the user is not named on."""


def restricted_hint(contacts: Sequence[str]) -> str:
    """:data:`RESTRICTED_HINT` naming whom to ask (「氏名（主任相談支援員）」), if known.

    Only staff names: never the case number or anything about the person.
    """
    if not contacts:
        return RESTRICTED_HINT
    return msg(
        "閲覧制限のある記録があります。{contacts}に確認してください。", contacts=join_list(contacts)
    )


OUT_OF_SCOPE_HINT = "担当外の記録があります。主任相談支援員に確認してください。"
"""Shown instead of a candidate whose cases the user may not see."""

_OPEN = Case.stage != str(CaseStage.CLOSED)
_TIME = re.compile(r"(?P<h>\d{1,2})(?::|時)(?P<m>\d{1,2})分?|(?P<hh>\d{2})(?P<mm>\d{2})")
_PHONE_CHARS = re.compile(r"[0-9\-()+ ]+")


@dataclass(frozen=True, slots=True)
class MemberInput:
    """A household member (世帯員) as typed on the intake form (the client is not one).

    ``person_id`` is a person already known to the desk whom the user picked from the
    candidates for this row (the mother of an 8050 household who consulted before): that
    person's stored record is used, not the names typed, so no second record of them is made.
    """

    relation_code: str = ""
    family_name: str = ""
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    birth_date: str = ""
    lives_together: bool = True
    situation_codes: tuple[str, ...] = ()
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class IntakeInput:
    """The intake form as typed: dates and times are text, choices are pick-list codes.

    ``staff_id`` None means the logged-in user. Consent scope (agencies, meetings) may only be
    given with consent status 同意あり.
    """

    received_on: str = ""
    received_time: str = ""
    channel_code: str = ""
    staff_id: int | None = None
    consulter_type_code: str = "client"
    consulter_name: str = ""
    consulter_relation: str = ""
    consulter_contact: str = ""
    referring_agency_id: int | None = None
    family_name: str = ""
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    birth_date: str = ""
    sex: Sex | None = None
    address: str = ""
    area_id: int | None = None
    phone: str = ""
    members: tuple[MemberInput, ...] = ()
    presenting_concern: str = ""
    issue_codes: tuple[str, ...] = ()
    most_pressing_code: str | None = None
    complex_needs: bool = False
    economic_hardship: bool = False
    urgent: bool = False
    did_not_know_where: bool = False
    consent_status: ConsentStatus = ConsentStatus.UNCONFIRMED
    consent_date: str = ""
    consent_method: ConsentMethod | None = None
    consent_agency_ids: tuple[int, ...] = ()
    consent_meeting_kinds: tuple[MeetingKind, ...] = ()
    consent_info_items: tuple[SharedInfo, ...] | None = None
    """The kinds of information the person agreed to share; None: every kind (when given)."""
    first_response_code: str | None = None


@dataclass(frozen=True, slots=True)
class OpenCaseRef:
    """An open case of a candidate."""

    case_id: int
    case_number: str


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A person already known to the desk who may be the one being typed in.

    A hint (``person_id`` None, ``notice`` set) stands for matches the user may not see; it
    carries no detail at all.
    """

    person_id: int | None
    name: str = ""
    kana: str = ""
    birth_date: dt.date | None = None
    age: int | None = None
    phone: str = ""
    address: str = ""
    open_cases: tuple[OpenCaseRef, ...] = ()
    reasons: tuple[str, ...] = ()
    notice: str = ""

    @property
    def is_hint(self) -> bool:
        """Whether this is a detail-free hint rather than a person."""
        return self.person_id is None


@dataclass(frozen=True, slots=True)
class IntakeResult:
    """What :meth:`IntakeService.save` did."""

    case_id: int
    case_number: str
    consultation_id: int
    person_id: int
    new_case: bool


@dataclass(frozen=True, slots=True)
class _Member:
    relation_code: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: dt.date | None
    lives_together: bool
    situation_codes: tuple[str, ...]
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class _Checked:
    """The form after validation: parsed, trimmed, normalised."""

    received_at: dt.datetime
    staff_id: int | None
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: dt.date | None
    address: str
    phone: str
    consent_date: dt.date | None
    members: tuple[_Member, ...] = field(default_factory=tuple)


class IntakeService:
    """Use cases of the intake form."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- search before create -----------------------------------------------------------

    def find_candidates(  # noqa: PLR0917 - the form's six search fields, in form order
        self,
        principal: Principal,
        family_name: str,
        given_name: str,
        family_kana: str,
        given_kana: str,
        birth_date_text: str,
        phone: str,
        *,
        today: dt.date | None = None,
    ) -> list[DuplicateCandidate]:
        """People who may be the one being typed in, while the form is filled in.

        A person matches on the whole name (kanji variants folded), the whole ふりがな (hiragana,
        katakana, half width folded), the phone number (10 or 11 digits), or the surname (kanji
        or kana) together with the birth date. Half-typed or unreadable birth dates and phone
        numbers are ignored, never an error. Searching is not audited; nothing is shown yet.

        Args:
            principal: the logged-in user (needs the right to take intakes).
            family_name: 氏名(姓) as typed so far.
            given_name: 氏名(名).
            family_kana: ふりがな(姓).
            given_kana: ふりがな(名).
            birth_date_text: 生年月日 as typed.
            phone: 電話番号 as typed.
            today: today's date (for reading era-less dates and ages).

        Returns:
            Visible candidates first (most reasons first), then at most one
            :data:`RESTRICTED_HINT` (naming the supervisor to ask, :func:`restricted_hint`)
            and one :data:`OUT_OF_SCOPE_HINT` hint.
        """
        require(principal, Action.CASE_CREATE, self._db)
        today = today or dt.date.today()
        full_name = name_key(family_name + given_name)
        full_kana = name_key(family_kana + given_kana)
        family_key = name_key(family_name)
        family_kana_key = name_key(family_kana)
        try:
            birth = parse_optional_date(birth_date_text, field="", label="", today=today)
        except ValidationError:
            birth = None
        digits = phone_digits(phone)
        phone_ok = _phone_problem(phone) is None and bool(digits)

        conditions: list[ColumnElement[bool]] = []
        if full_name and given_name.strip():
            conditions.append(Person.name_key == full_name)
        if full_kana and given_kana.strip():
            conditions.append(Person.kana_key == full_kana)
        if phone_ok:
            conditions.append(Person.phone_digits == digits)
        if birth is not None:
            surname = [
                col == key
                for col, key in (
                    (Person.family_name_key, family_key),
                    (Person.family_kana_key, family_kana_key),
                )
                if key
            ]
            if surname:
                conditions.append(and_(Person.birth_date == birth, or_(*surname)))
        if not conditions:
            return []

        with self._db.read() as s:
            people = list(
                s.scalars(select(Person).where(or_(*conditions)).order_by(Person.id).limit(200))
            )
            shown: list[DuplicateCandidate] = []
            hints: set[str] = set()
            hidden: list[int] = []
            for person in people:
                access = _access(s, principal, person.id)
                if access.blocked_by_restriction:
                    hints.add(RESTRICTED_HINT)
                    hidden.extend(access.hidden_restricted_ids)
                    continue
                if not access.visible_case_ids:
                    hints.add(OUT_OF_SCOPE_HINT)
                    continue
                reasons = _reasons(
                    person,
                    full_name=full_name,
                    full_kana=full_kana,
                    family_key=family_key,
                    family_kana_key=family_kana_key,
                    birth=birth,
                    digits=digits,
                )
                open_cases = tuple(
                    OpenCaseRef(case_id, number)
                    for case_id, number in s.execute(
                        select(Case.id, Case.case_number)
                        .where(
                            Case.id.in_(access.visible_case_ids),
                            Case.client_id == person.id,
                            _OPEN,
                        )
                        .order_by(Case.opened_on.desc(), Case.id.desc())
                    )
                )
                shown.append(
                    DuplicateCandidate(
                        person_id=person.id,
                        name=_full(person.family_name, person.given_name),
                        kana=_full(person.family_kana, person.given_kana),
                        birth_date=person.birth_date,
                        age=age_on(person.birth_date, today) if person.birth_date else None,
                        phone=person.phone,
                        address=person.address,
                        open_cases=open_cases,
                        reasons=reasons,
                    )
                )
            contacts = restriction_contacts(s, sorted(set(hidden))) if hidden else []
        shown.sort(key=lambda c: (-len(c.reasons), c.kana, c.person_id or 0))
        result = shown[:CANDIDATE_LIMIT]
        for hint in (RESTRICTED_HINT, OUT_OF_SCOPE_HINT):
            if hint in hints:
                notice = restricted_hint(contacts) if hint == RESTRICTED_HINT else hint
                result.append(DuplicateCandidate(person_id=None, notice=notice))
        log.debug("intake candidates: %d shown, %d hints", len(shown), len(hints))
        return result

    # --- validation ---------------------------------------------------------------------

    def validate(self, form: IntakeInput, *, today: dt.date | None = None) -> None:
        """Check the whole form; nothing is written.

        Args:
            form: the form as typed.
            today: today's date (dates after it are refused).

        Raises:
            ValidationError: the first problem in form order; the message names the field.
        """
        with self._db.read() as s:
            _check(s, form, today or dt.date.today())

    # --- saving -------------------------------------------------------------------------

    def save(
        self,
        principal: Principal,
        form: IntakeInput,
        *,
        existing_person_id: int | None = None,
        draft: tuple[str, str] | None = None,
        today: dt.date | None = None,
    ) -> IntakeResult:
        """Save the intake in one transaction.

        Without ``existing_person_id`` a new person, household and case are created (the next
        case number of the consultation's fiscal year). With it (the user picked a candidate),
        the consultation joins that person's open case, or a new case in their household if all
        their cases are closed; their name and birth date are kept as stored, a newly typed
        address, phone or area replaces the stored one, and the members typed are added to the
        household as new people. A member picked from the candidates (``MemberInput.person_id``)
        is added as that known person instead. A new case for someone with a restricted case,
        or with a picked member who has one, is restricted too, with the same named users.

        Args:
            principal: the logged-in user (needs the right to take intakes).
            form: the form as typed.
            existing_person_id: the candidate the user picked, if any.
            draft: the (form, record key) of the user's autosaved draft of this form, deleted
                in the same transaction so it cannot be offered back and saved twice.
            today: today's date (dates after it are refused).

        Returns:
            The case, its number, the new contact slip, the client, and whether a case was
            opened.

        Raises:
            PermissionDenied: the user may not take intakes.
            NotFound: the picked person is not one the user may see, or their open case is
                outside the user's scope.
            ValidationError: bad input, or a picked member the user may not see or who is
                the client (nothing is saved).
        """
        require(principal, Action.CASE_CREATE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            checked = _check(s, form, today)
            received_on = checked.received_at.date()
            member_restricted = _known_members(s, principal, checked.members, existing_person_id)
            if existing_person_id is None:
                person = _new_person(
                    family_name=checked.family_name,
                    given_name=checked.given_name,
                    family_kana=checked.family_kana,
                    given_kana=checked.given_kana,
                    birth_date=checked.birth_date,
                    sex=form.sex,
                    address=checked.address,
                    phone=checked.phone,
                    area_id=form.area_id,
                )
                s.add(person)
                s.flush()
                household_id = _new_household(s, person, form.area_id)
                case: Case | None = None
                restricted_from: list[int] = []
            else:
                person, household_id, case, restricted_from = _existing(
                    s, principal, existing_person_id, form, checked
                )
            restricted_from = sorted({*restricted_from, *member_restricted})
            new_case = case is None
            if case is None:
                fy = fiscal_year(received_on)
                serial = next_serial(s, fy)
                case = Case(
                    case_number=format_case_number(fy, serial, number_style(s)),
                    fiscal_year=fy,
                    serial=serial,
                    client_id=person.id,
                    household_id=household_id,
                    area_id=form.area_id if form.area_id is not None else person.area_id,
                    stage=str(CaseStage.INTAKE),
                    opened_on=received_on,
                    lead_worker_id=principal.user_id,
                    team_id=principal.team_id,
                    consent_status=str(form.consent_status),
                    restricted=bool(restricted_from),
                    created_by_id=principal.user_id,
                )
                s.add(case)
                s.flush()
                if restricted_from:
                    _copy_access(s, restricted_from, case.id, principal.user_id)
            new_members = _add_members(s, household_id, checked.members, form.area_id)
            case.complex_needs = case.complex_needs or form.complex_needs
            case.economic_hardship = case.economic_hardship or form.economic_hardship
            case.urgent = case.urgent or form.urgent
            case.did_not_know_where = case.did_not_know_where or form.did_not_know_where
            if new_case or form.consent_status is not ConsentStatus.UNCONFIRMED:
                case.consent_status = str(form.consent_status)
            if case.last_contact_on is None or case.last_contact_on < received_on:
                case.last_contact_on = received_on
            slip = Consultation(
                case_id=case.id,
                received_at=checked.received_at,
                channel_code=form.channel_code,
                staff_id=checked.staff_id or principal.user_id,
                consulter_type_code=form.consulter_type_code,
                consulter_name=form.consulter_name.strip(),
                consulter_relation=form.consulter_relation.strip(),
                consulter_contact=form.consulter_contact.strip(),
                referring_agency_id=form.referring_agency_id,
                presenting_concern=form.presenting_concern.strip(),
                issue_codes=list(dict.fromkeys(form.issue_codes)),
                most_pressing_code=_most_pressing(form),
                first_response_code=form.first_response_code or None,
                complex_needs=form.complex_needs,
                economic_hardship=form.economic_hardship,
                urgent=form.urgent,
                did_not_know_where=form.did_not_know_where,
            )
            s.add(slip)
            s.add(
                Consent(
                    case_id=case.id,
                    status=str(form.consent_status),
                    recorded_on=checked.consent_date,
                    method=str(form.consent_method) if form.consent_method else None,
                    agency_ids=[str(i) for i in dict.fromkeys(form.consent_agency_ids)],
                    meeting_kinds=[str(k) for k in dict.fromkeys(form.consent_meeting_kinds)],
                    info_items=_info_items(form),
                    recorded_by_id=principal.user_id,
                )
            )
            s.flush()
            search.index_document(s, "consultation", slip.id, case.id, slip.presenting_concern)
            add_case_issues(s, case.id, slip.issue_codes)
            if new_case:
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "case",
                    case.id,
                    case_id=case.id,
                    detail={"consultation_id": slip.id, "client_id": person.id},
                )
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "consultation",
                slip.id,
                case_id=case.id,
                detail={
                    "client_id": person.id,
                    "existing_person": existing_person_id is not None,
                    "new_members": new_members,
                    "known_members": sum(m.person_id is not None for m in checked.members),
                },
            )
            if draft is not None:
                discard_in(s, principal.user_id, *draft)
            result = IntakeResult(
                case_id=case.id,
                case_number=case.case_number,
                consultation_id=slip.id,
                person_id=person.id,
                new_case=new_case,
            )
        log.info(
            "intake saved: case %d, consultation %d, new case %s",
            result.case_id,
            result.consultation_id,
            result.new_case,
        )
        return result


# --- access to a person's records -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Access:
    visible_case_ids: tuple[int, ...]
    hidden_restricted_ids: tuple[int, ...]

    @property
    def blocked_by_restriction(self) -> bool:
        return bool(self.hidden_restricted_ids)


def _cases_of(person_id: int) -> ColumnElement[bool]:
    """Cases that involve a person: as the client, or in the case's household."""
    households = select(HouseholdMember.household_id).where(HouseholdMember.person_id == person_id)
    return or_(Case.client_id == person_id, Case.household_id.in_(households))


def _access(s: Session, principal: Principal, person_id: int) -> _Access:
    """Which of a person's cases the user sees, and whether a hidden restricted one exists."""
    involving = _cases_of(person_id)
    visible = tuple(s.scalars(select(Case.id).where(involving, visible_cases(principal))))
    hidden_restricted = s.scalars(
        select(Case.id).where(
            involving,
            Case.restricted.is_(True),
            Case.id.not_in(visible) if visible else true(),
        )
    )
    return _Access(visible, tuple(hidden_restricted))


def _existing(
    s: Session, principal: Principal, person_id: int, form: IntakeInput, checked: _Checked
) -> tuple[Person, int, Case | None, list[int]]:
    """The picked person, their household, their open case (if any) and restricted cases."""
    person = s.get(Person, person_id)
    access = _access(s, principal, person_id) if person is not None else None
    if person is None or access is None or access.blocked_by_restriction:
        raise NotFound("選んだ方の記録は見つからないか、閲覧する権限がありません。")
    if not access.visible_case_ids:
        raise NotFound("選んだ方の記録は見つからないか、閲覧する権限がありません。")
    open_case = s.scalars(
        select(Case)
        .where(Case.client_id == person_id, _OPEN)
        .order_by(Case.opened_on.desc(), Case.id.desc())
        .limit(1)
    ).first()
    if open_case is not None and open_case.id not in access.visible_case_ids:
        raise NotFound(
            "選んだ方には担当外の進行中のケースがあります。主任相談支援員に確認してください。"
        )
    if checked.address:
        person.address = checked.address
    if checked.phone:
        person.phone = checked.phone
        person.phone_digits = phone_digits(checked.phone)
    if form.area_id is not None:
        person.area_id = form.area_id
    if form.sex is not None and person.sex is None:
        person.sex = str(form.sex)
    if person.birth_date is None and checked.birth_date is not None:
        person.birth_date = checked.birth_date
    household_id = _household_of(s, person, open_case)
    if household_id is None:
        household_id = _new_household(s, person, form.area_id)
    restricted = list(
        s.scalars(select(Case.id).where(_cases_of(person_id), Case.restricted.is_(True)))
    )
    return person, household_id, open_case, restricted


def _household_of(s: Session, person: Person, open_case: Case | None) -> int | None:
    if open_case is not None and open_case.household_id is not None:
        return open_case.household_id
    latest = s.scalars(
        select(Case.household_id)
        .where(Case.client_id == person.id, Case.household_id.is_not(None))
        .order_by(Case.opened_on.desc(), Case.id.desc())
        .limit(1)
    ).first()
    if latest is not None:
        return latest
    return s.scalars(
        select(HouseholdMember.household_id)
        .where(HouseholdMember.person_id == person.id)
        .order_by(HouseholdMember.id.desc())
        .limit(1)
    ).first()


def _known_members(
    s: Session,
    principal: Principal,
    members: tuple[_Member, ...],
    client_id: int | None,
) -> list[int]:
    """Check the members picked from the candidates; their restricted cases.

    Each must be a person the user may see (as in :meth:`IntakeService.find_candidates`),
    neither the client nor picked twice.

    Raises:
        ValidationError: the first member that cannot be used; names its row.
    """
    restricted: set[int] = set()
    seen: set[int] = set()
    for number, member in enumerate(members, start=1):
        if member.person_id is None:
            continue
        field = f"members[{number - 1}].family_name"
        label = msg("世帯員{number}の{field}", number=number, field="氏名")
        if member.person_id == client_id or member.person_id in seen:
            raise ValidationError(
                field, label, "同じ方が二度選ばれています。この行を削除してください。"
            )
        seen.add(member.person_id)
        access = _access(s, principal, member.person_id)
        if (
            s.get(Person, member.person_id) is None
            or access.blocked_by_restriction
            or not access.visible_case_ids
        ):
            raise ValidationError(
                field,
                label,
                "選んだ方の記録は見つからないか、閲覧する権限がありません。"
                "この行を削除して、新しい方として入力してください。",
            )
        restricted.update(
            s.scalars(select(Case.id).where(_cases_of(member.person_id), Case.restricted.is_(True)))
        )
    return sorted(restricted)


def _copy_access(s: Session, from_case_ids: list[int], case_id: int, user_id: int) -> None:
    users = set(s.scalars(select(CaseAccess.user_id).where(CaseAccess.case_id.in_(from_case_ids))))
    users.add(user_id)
    s.add_all(
        CaseAccess(case_id=case_id, user_id=uid, granted_by_id=user_id) for uid in sorted(users)
    )


# --- writing --------------------------------------------------------------------------------


def _new_person(
    *,
    family_name: str,
    given_name: str,
    family_kana: str,
    given_kana: str,
    birth_date: dt.date | None,
    sex: Sex | None,
    address: str,
    phone: str,
    area_id: int | None,
) -> Person:
    return Person(
        family_name=family_name,
        given_name=given_name,
        family_kana=family_kana,
        given_kana=given_kana,
        birth_date=birth_date,
        sex=str(sex) if sex else None,
        address=address,
        phone=phone,
        phone_digits=phone_digits(phone),
        area_id=area_id,
        **person_keys(family_name, given_name, family_kana, given_kana),
    )


def _new_household(s: Session, person: Person, area_id: int | None) -> int:
    household = Household(address=person.address, area_id=area_id, phone=person.phone)
    s.add(household)
    s.flush()
    s.add(HouseholdMember(household_id=household.id, person_id=person.id, relation_code="client"))
    s.flush()
    return household.id


def _add_members(
    s: Session, household_id: int, members: tuple[_Member, ...], area_id: int | None
) -> int:
    if not members:
        return 0
    order = (
        s.scalar(
            select(func.max(HouseholdMember.sort_order)).where(
                HouseholdMember.household_id == household_id
            )
        )
        or 0
    )
    already = set(
        s.scalars(
            select(HouseholdMember.person_id).where(HouseholdMember.household_id == household_id)
        )
    )
    added = 0
    for member in members:
        if member.person_id is not None:
            if member.person_id in already:
                continue  # already in this household (the client's earlier intake)
            order += 1
            added += 1
            s.add(
                HouseholdMember(
                    household_id=household_id,
                    person_id=member.person_id,
                    relation_code=member.relation_code,
                    lives_together=member.lives_together,
                    situation_codes=list(dict.fromkeys(member.situation_codes)),
                    sort_order=order,
                )
            )
            continue
        order += 1
        added += 1
        person = _new_person(
            family_name=member.family_name,
            given_name=member.given_name,
            family_kana=member.family_kana,
            given_kana=member.given_kana,
            birth_date=member.birth_date,
            sex=None,
            address="",
            phone="",
            area_id=area_id if member.lives_together else None,
        )
        s.add(person)
        s.flush()
        s.add(
            HouseholdMember(
                household_id=household_id,
                person_id=person.id,
                relation_code=member.relation_code,
                lives_together=member.lives_together,
                situation_codes=list(dict.fromkeys(member.situation_codes)),
                sort_order=order,
            )
        )
    return added


def _most_pressing(form: IntakeInput) -> str | None:
    if form.most_pressing_code:
        return form.most_pressing_code
    if len(set(form.issue_codes)) == 1:
        return form.issue_codes[0]
    return None


# --- validation -----------------------------------------------------------------------------


def _check(s: Session, form: IntakeInput, today: dt.date) -> _Checked:
    """Validate the form in form order; return it parsed."""
    received_on = parse_optional_date(
        form.received_on, field="received_on", label="受付日", today=today, allow_future=False
    )
    if received_on is None:
        raise ValidationError("received_on", "受付日", "受付日を入力してください。")
    received_time = _parse_time(form.received_time)
    received_at = dt.datetime.combine(received_on, received_time)
    _require_code(s, "intake_channel", form.channel_code, "channel_code", "受付経路")
    if form.staff_id is not None:
        staff = s.get(User, form.staff_id)
        if staff is None or not staff.active:
            raise ValidationError("staff_id", "受付者", "職員を一覧から選んでください。")
    _require_code(s, "consulter_type", form.consulter_type_code, "consulter_type_code", "相談者")
    if form.consulter_type_code != "client":
        name = _line(form.consulter_name, "consulter_name", "相談者の氏名", CONSULTER_MAX)
        if not name:
            raise ValidationError(
                "consulter_name",
                "相談者の氏名",
                "本人以外からの相談です。相談者の氏名（機関名）を入力してください。",
            )
    _line(form.consulter_relation, "consulter_relation", "相談者の続柄・関係", CONSULTER_MAX)
    _line(form.consulter_contact, "consulter_contact", "相談者の連絡先", CONSULTER_MAX)
    if form.referring_agency_id is not None and s.get(Agency, form.referring_agency_id) is None:
        raise ValidationError(
            "referring_agency_id", "紹介元機関", "関係機関を一覧から選んでください。"
        )

    family_name = _line(form.family_name, "family_name", "氏名(姓)", NAME_MAX)
    if not family_name:
        raise ValidationError("family_name", "氏名(姓)", "姓を入力してください。")
    given_name = _line(form.given_name, "given_name", "氏名(名)", NAME_MAX)
    family_kana = _kana(form.family_kana, "family_kana", "ふりがな(姓)", required=True)
    given_kana = _kana(form.given_kana, "given_kana", "ふりがな(名)", required=False)
    birth_date = _birth_date(form.birth_date, "birth_date", "生年月日", today, received_on)
    address = _line(form.address, "address", "住所", ADDRESS_MAX)
    if form.area_id is not None and s.get(Area, form.area_id) is None:
        raise ValidationError("area_id", "圏域", "圏域を一覧から選んでください。")
    phone = _line(form.phone, "phone", "電話番号", PHONE_MAX)
    problem = _phone_problem(phone)
    if problem:
        raise ValidationError("phone", "電話番号", problem)

    members: list[_Member] = []
    for number, member in enumerate(form.members, start=1):
        members.append(_check_member(s, member, number, today, received_on))

    concern = form.presenting_concern
    if not concern.strip():
        raise ValidationError(
            "presenting_concern", "主訴", "相談の内容（主訴）を入力してください。"
        )
    _text(concern, "presenting_concern", "主訴", CONCERN_MAX, multiline=True)
    issues = _codes(s, "issue_category")
    for code in form.issue_codes:
        if code not in issues:
            raise ValidationError("issue_codes", "課題", "課題を一覧から選んでください。")
    if form.most_pressing_code and form.most_pressing_code not in form.issue_codes:
        raise ValidationError(
            "most_pressing_code",
            "最も困っていること(◎)",
            "◎はチェックした課題の中から一つ選んでください。",
        )
    if len(set(form.issue_codes)) > 1 and not form.most_pressing_code:
        raise ValidationError(
            "most_pressing_code",
            "最も困っていること(◎)",
            "チェックした課題のうち、最も困っていることに◎を一つ付けてください。",
        )

    consent_date = _check_consent(s, form, today)
    if form.first_response_code:
        _require_code(
            s, "first_response", form.first_response_code, "first_response_code", "初期対応"
        )
    return _Checked(
        received_at=received_at,
        staff_id=form.staff_id,
        family_name=family_name,
        given_name=given_name,
        family_kana=family_kana,
        given_kana=given_kana,
        birth_date=birth_date,
        address=address,
        phone=phone,
        consent_date=consent_date,
        members=tuple(members),
    )


def _check_member(
    s: Session, member: MemberInput, number: int, today: dt.date, received_on: dt.date
) -> _Member:
    def prefix(field: str) -> str:
        return msg("世帯員{number}の{field}", number=number, field=field)

    key = f"members[{number - 1}]."
    if not member.relation_code:
        raise ValidationError(key + "relation_code", prefix("続柄"), "続柄を選んでください。")
    _require_code(s, "relation", member.relation_code, key + "relation_code", prefix("続柄"))

    def check_situations() -> None:
        situations = _codes(s, "household_situation")
        for code in member.situation_codes:
            if code not in situations:
                raise ValidationError(
                    key + "situation_codes", prefix("状況"), "状況を一覧から選んでください。"
                )

    if member.person_id is not None:  # a known person: their stored record is used
        check_situations()
        return _Member(
            relation_code=member.relation_code,
            family_name="",
            given_name="",
            family_kana="",
            given_kana="",
            birth_date=None,
            lives_together=member.lives_together,
            situation_codes=member.situation_codes,
            person_id=member.person_id,
        )
    family_name = _line(member.family_name, key + "family_name", prefix("氏名(姓)"), NAME_MAX)
    if not family_name:
        raise ValidationError(key + "family_name", prefix("氏名(姓)"), "姓を入力してください。")
    given_name = _line(member.given_name, key + "given_name", prefix("氏名(名)"), NAME_MAX)
    family_kana = _kana(
        member.family_kana, key + "family_kana", prefix("ふりがな(姓)"), required=False
    )
    given_kana = _kana(
        member.given_kana, key + "given_kana", prefix("ふりがな(名)"), required=False
    )
    birth_date = _birth_date(
        member.birth_date, key + "birth_date", prefix("生年月日"), today, received_on
    )
    check_situations()
    return _Member(
        relation_code=member.relation_code,
        family_name=family_name,
        given_name=given_name,
        family_kana=family_kana,
        given_kana=given_kana,
        birth_date=birth_date,
        lives_together=member.lives_together,
        situation_codes=member.situation_codes,
    )


def _info_items(form: IntakeInput) -> list[str]:
    """The kinds of information the consent covers, as stored."""
    if form.consent_status is not ConsentStatus.GIVEN:
        return []
    items = SharedInfo if form.consent_info_items is None else form.consent_info_items
    return [str(i) for i in SharedInfo if i in items]


def _check_consent(s: Session, form: IntakeInput, today: dt.date) -> dt.date | None:
    return check_consent(
        s,
        status=form.consent_status,
        recorded_on=form.consent_date,
        method=form.consent_method,
        agency_ids=form.consent_agency_ids,
        meeting_kinds=form.consent_meeting_kinds,
        info_items=form.consent_info_items or (),
        today=today,
    )


def _parse_time(text: str) -> dt.time:
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    if not compact:
        raise ValidationError("received_time", "受付時刻", "受付時刻を入力してください。")
    match = _TIME.fullmatch(compact)
    if match is not None:
        hour = int(match["h"] or match["hh"])
        minute = int(match["m"] or match["mm"])
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        "received_time", "受付時刻", "時刻として読み取れません。「10:30」のように入力してください。"
    )


def _birth_date(
    text: str, field: str, label: str, today: dt.date, received_on: dt.date
) -> dt.date | None:
    result = parse_optional_date(text, field=field, label=label, today=today, allow_future=False)
    if result is not None and result > received_on:
        raise ValidationError(
            field, label, "受付日より後の日付です。生年月日と受付日を確かめてください。"
        )
    return result


def _kana(text: str, field: str, label: str, *, required: bool) -> str:
    _text(text, field, label, NAME_MAX, multiline=False)
    result = validate_kana(text, field=field, label=label, required=required)
    if len(result) > NAME_MAX:
        raise ValidationError(
            field, label, msg("{limit}文字以内で入力してください。", limit=NAME_MAX)
        )
    return result


def _line(text: str, field: str, label: str, limit: int) -> str:
    """A one-line text field, trimmed; control characters and over-long text refused."""
    stripped = text.strip()
    _text(stripped, field, label, limit, multiline=False)
    return stripped


def _text(text: str, field: str, label: str, limit: int, *, multiline: bool) -> None:
    allowed = "\n\t\r" if multiline else ""
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) in {"Cc", "Cs"} or ch in "\u2028\u2029":
            raise ValidationError(
                field,
                label,
                "入力できない制御文字が含まれています。その文字を消してから保存してください。"
                if multiline
                else "改行や制御文字は入力できません。その文字を消してから保存してください。",
            )
    if len(text) > limit:
        raise ValidationError(
            field,
            label,
            msg(
                "{limit}文字以内で入力してください（今は{count}文字です）。",
                limit=limit,
                count=len(text),
            ),
        )


def _phone_problem(phone: str) -> str | None:
    """What is wrong with a phone number, or None (a blank number is fine)."""
    normalised = unicodedata.normalize("NFKC", phone).strip()
    if not normalised:
        return None
    normalised = re.sub(r"[‐‑‒–—―−ー]", "-", normalised)
    digits = phone_digits(normalised)
    if not _PHONE_CHARS.fullmatch(normalised) or not digits.startswith("0"):
        return "数字とハイフンで、0から始まる番号を入力してください（例：03-1234-5678）。"
    if len(digits) not in (10, 11):
        return msg(
            "市外局番から10桁か11桁で入力してください（今は{count}桁です）。", count=len(digits)
        )
    return None


def _codes(s: Session, list_name: str) -> set[str]:
    return set(s.scalars(select(PicklistItem.code).where(PicklistItem.list_name == list_name)))


def _require_code(s: Session, list_name: str, code: str, field: str, label: str) -> None:
    if not code:
        raise ValidationError(field, label, msg("{label}を選んでください。", label=label))
    if code not in _codes(s, list_name):
        raise ValidationError(field, label, msg("{label}を一覧から選んでください。", label=label))


def _reasons(
    person: Person,
    *,
    full_name: str,
    full_kana: str,
    family_key: str,
    family_kana_key: str,
    birth: dt.date | None,
    digits: str,
) -> tuple[str, ...]:
    reasons: list[str] = []
    if full_name and person.name_key == full_name:
        reasons.append("氏名一致")
    elif family_key and person.family_name_key == family_key:
        reasons.append("姓一致")
    if full_kana and person.kana_key == full_kana:
        reasons.append("ふりがな一致")
    elif family_kana_key and person.family_kana_key == family_kana_key:
        reasons.append("ふりがな(姓)一致")
    if birth is not None and person.birth_date == birth:
        reasons.append("生年月日一致")
    if digits and person.phone_digits == digits:
        reasons.append("電話番号一致")
    return tuple(reasons)


def _full(family: str, given: str) -> str:
    return f"{family}\u3000{given}" if given else family
