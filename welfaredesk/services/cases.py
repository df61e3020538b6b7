"""Cases: the case list (ids, then rows in blocks) and the case view (intakes: intake.py).

Every query applies :func:`welfaredesk.services.security.visible_cases`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import Session, aliased

from welfaredesk.domain.case_number import format_case_number, parse_case_number
from welfaredesk.domain.dates import age_on
from welfaredesk.domain.enums import AuditAction, CaseStage, ConsentStatus, Role, Sex, label
from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.names import name_key
from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.dto import (
    ATTENTION_DAYS,
    CASE_FLAGS,
    CaseDetail,
    CaseFilter,
    CaseRow,
    ConsultationRow,
    MemberRow,
    NoteRow,
    Principal,
)
from welfaredesk.services.lookups import full_name, phone_digits, picklist_labels, starts_with
from welfaredesk.services.security import load_visible_case, require, visible_cases
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Area,
    Case,
    CaseIssue,
    Consultation,
    HouseholdMember,
    Person,
    ProgressNote,
    Referral,
    User,
)

_LEAD = aliased(User)
SORT_KEYS = (
    "case_number",
    "client_kana",
    "age",
    "area",
    "stage",
    "lead_worker",
    "complex_needs",
    "consent",
    "last_contact_on",
    "next_due_on",
    "opened_on",
)


class CaseService:
    """Use cases of the case list and the case view."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the list -----------------------------------------------------------------------

    def list_ids(
        self, principal: Principal, flt: CaseFilter, today: dt.date | None = None
    ) -> list[int]:
        """The ids of the visible cases matching ``flt``, in display order.

        ``today`` decides what is overdue and what needs attention (default: the real today).
        """
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            query = filtered_ids(principal, flt, today or dt.date.today())
            return list(s.scalars(query))

    def count(self, principal: Principal) -> int:
        """How many cases the principal may see."""
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            return s.scalar(select(func.count(Case.id)).where(visible_cases(principal))) or 0

    def fetch_rows(
        self, principal: Principal, ids: Sequence[int], today: dt.date | None = None
    ) -> dict[int, CaseRow]:
        """Rows for a block of ids (ids outside the principal's scope are left out)."""
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            return case_rows(s, principal, ids, today or dt.date.today())

    # --- one case -----------------------------------------------------------------------

    def get(self, principal: Principal, case_id: int, today: dt.date | None = None) -> CaseDetail:
        """The case view's data; the view is audited."""
        today = today or dt.date.today()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            detail = _detail(s, case, today)
            audit.record(s, principal.user_id, AuditAction.VIEW, "case", case.id, case_id=case.id)
            return detail


def case_rows(
    s: Session, principal: Principal, ids: Sequence[int], today: dt.date
) -> dict[int, CaseRow]:
    """The list rows of ``ids`` that the principal may see, by id (inside a unit of work)."""
    query = (
        select(Case, Person, Area.name, _LEAD.display_name)
        .join(Person, Person.id == Case.client_id)
        .outerjoin(Area, Area.id == Case.area_id)
        .outerjoin(_LEAD, _LEAD.id == Case.lead_worker_id)
        .where(Case.id.in_(list(ids)), visible_cases(principal))
    )
    return {
        case.id: _to_row(case, person, area or "", lead or "", today)
        for case, person, area, lead in s.execute(query)
    }


def filtered_ids(principal: Principal, flt: CaseFilter, today: dt.date) -> Select[int]:
    """The select of the ids of the visible cases matching ``flt``, in display order.

    Shared by the list, its CSV export and the bulk reassignment, so all three act on
    exactly the cases the user sees.
    """
    query = select(Case.id).where(visible_cases(principal), *_conditions(principal, flt, today))
    text = flt.text.strip()
    if text:
        query = query.where(_text_condition(text))
    if flt.sort_key in {"client_kana", "age"}:
        query = query.join(Person, Person.id == Case.client_id)
    order = _order_column(flt.sort_key)
    if flt.sort_key == "area":
        query = query.outerjoin(Area, Area.id == Case.area_id)
    if flt.sort_key == "lead_worker":
        query = query.outerjoin(_LEAD, _LEAD.id == Case.lead_worker_id)
    descending = flt.descending != (flt.sort_key == "age")  # age sorts by birth date
    primary = order.desc().nulls_last() if descending else order.asc().nulls_last()
    tie = Case.id.desc() if flt.descending else Case.id.asc()
    return query.order_by(primary, tie)


def _conditions(principal: Principal, flt: CaseFilter, today: dt.date) -> list[ColumnElement[bool]]:
    """The WHERE conditions of every field of ``flt`` except the text and the sort."""
    closed = str(CaseStage.CLOSED)
    conditions: list[ColumnElement[bool]] = []
    if flt.stages:
        conditions.append(Case.stage.in_([str(x) for x in flt.stages]))
    if flt.open_only or flt.overdue_only or flt.needs_attention:
        conditions.append(Case.stage != closed)
    if flt.closed_only:
        conditions.append(Case.stage == closed)
    if flt.mine_only:
        conditions.append(
            or_(Case.lead_worker_id == principal.user_id, Case.co_worker_id == principal.user_id)
        )
    if flt.worker_ids:
        workers = list(flt.worker_ids)
        conditions.append(or_(Case.lead_worker_id.in_(workers), Case.co_worker_id.in_(workers)))
    if flt.lead_worker_ids:
        conditions.append(Case.lead_worker_id.in_(list(flt.lead_worker_ids)))
    if flt.team_ids:
        conditions.append(Case.team_id.in_(list(flt.team_ids)))
    if flt.area_ids:
        conditions.append(Case.area_id.in_(list(flt.area_ids)))
    if flt.issue_codes:
        conditions.append(
            Case.id.in_(
                select(CaseIssue.case_id).where(CaseIssue.issue_code.in_(list(flt.issue_codes)))
            )
        )
    for flag in flt.flags:
        if flag not in CASE_FLAGS:
            raise ValueError(f"unknown case flag {flag!r}")
        conditions.append(getattr(Case, flag).is_(True))
    if flt.consents:
        conditions.append(Case.consent_status.in_([str(c) for c in flt.consents]))
    if flt.referral_statuses:
        conditions.append(
            Case.id.in_(
                select(Referral.case_id).where(Referral.status.in_(list(flt.referral_statuses)))
            )
        )
    if flt.overdue_only:
        conditions.append(Case.next_due_on < today)
    if flt.needs_attention:
        conditions.append(
            or_(
                Case.urgent.is_(True),
                Case.last_contact_on.is_(None),
                Case.last_contact_on <= today - dt.timedelta(days=ATTENTION_DAYS),
            )
        )
    if flt.coordinator_lead:
        conditions.append(
            Case.lead_worker_id.in_(select(User.id).where(User.role == str(Role.COORDINATOR)))
        )
    if flt.fiscal_years:
        conditions.append(Case.fiscal_year.in_(list(flt.fiscal_years)))
    if flt.opened_from is not None:
        conditions.append(Case.opened_on >= flt.opened_from)
    if flt.opened_until is not None:
        conditions.append(Case.opened_on <= flt.opened_until)
    return conditions


def _to_row(case: Case, person: Person, area: str, lead: str, today: dt.date) -> CaseRow:
    return CaseRow(
        id=case.id,
        case_number=case.case_number,
        client_name=full_name(person.family_name, person.given_name),
        client_kana=full_name(person.family_kana, person.given_kana),
        age=age_on(person.birth_date, today) if person.birth_date else None,
        area=area,
        stage=CaseStage(case.stage),
        lead_worker=lead,
        complex_needs=case.complex_needs,
        consent=ConsentStatus(case.consent_status),
        days_since_contact=(today - case.last_contact_on).days if case.last_contact_on else None,
        next_due_on=case.next_due_on,
        opened_on=case.opened_on,
        restricted=case.restricted,
    )


def _text_condition(text: str) -> ColumnElement[bool]:
    try:
        fy, serial = parse_case_number(text)
    except ValidationError:
        pass
    else:
        return Case.case_number == format_case_number(fy, serial)
    digits = phone_digits(text)
    if digits and len(digits) >= 3 and len(digits) == len(text.replace("-", "").strip()):
        return _client_where(starts_with(Person.phone_digits, digits))
    key = name_key(text)
    return _client_where(or_(starts_with(Person.name_key, key), starts_with(Person.kana_key, key)))


def _client_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    # The few matching people first (through their name, kana or phone index), then their
    # cases through case_file.client_id: never a walk over every case.
    return Case.client_id.in_(select(Person.id).where(condition))


def _order_column(key: str) -> SQLColumnExpression[Any]:
    columns: dict[str, SQLColumnExpression[Any]] = {
        "case_number": Case.fiscal_year * 1_000_000 + Case.serial,
        "client_kana": Person.kana_key,
        "age": Person.birth_date,
        "area": Area.sort_order,
        "stage": Case.stage,
        "lead_worker": _LEAD.display_kana,
        "complex_needs": Case.complex_needs,
        "consent": Case.consent_status,
        "last_contact_on": Case.last_contact_on,
        "next_due_on": Case.next_due_on,
        "opened_on": Case.opened_on,
    }
    if key not in columns:
        raise ValueError(f"unknown sort key {key!r}")
    return columns[key]


def _detail(s: Session, case: Case, today: dt.date) -> CaseDetail:
    person = s.get_one(Person, case.client_id)
    users = {uid: name for uid, name in s.execute(select(User.id, User.display_name))}
    relations = picklist_labels(s, "relation")
    situations = picklist_labels(s, "household_situation")
    channels = picklist_labels(s, "intake_channel")
    consulters = picklist_labels(s, "consulter_type")
    methods = picklist_labels(s, "note_method")
    members: list[MemberRow] = []
    if case.household_id is not None:
        for member, other in s.execute(
            select(HouseholdMember, Person)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(HouseholdMember.household_id == case.household_id)
            .order_by(HouseholdMember.sort_order, HouseholdMember.id)
        ):
            members.append(
                MemberRow(
                    person_id=other.id,
                    name=full_name(other.family_name, other.given_name),
                    kana=full_name(other.family_kana, other.given_kana),
                    relation=relations.get(member.relation_code, member.relation_code),
                    age=age_on(other.birth_date, today) if other.birth_date else None,
                    lives_together=member.lives_together,
                    situations=tuple(situations.get(c, c) for c in member.situation_codes),
                )
            )
    slips = tuple(
        ConsultationRow(
            id=c.id,
            received_at=c.received_at,
            channel=channels.get(c.channel_code, c.channel_code),
            consulter_type=consulters.get(c.consulter_type_code, c.consulter_type_code),
            staff=users.get(c.staff_id, "") if c.staff_id else "",
            presenting_concern=c.presenting_concern,
        )
        for c in s.scalars(
            select(Consultation)
            .where(Consultation.case_id == case.id)
            .order_by(Consultation.received_at.desc())
        )
    )
    notes = tuple(
        NoteRow(
            id=n.id,
            noted_at=n.noted_at,
            method=methods.get(n.method_code, n.method_code),
            staff=users.get(n.staff_id, "") if n.staff_id else "",
            body=n.body,
        )
        for n in s.execute(  # columns, not entities: a case may have hundreds of notes
            select(
                ProgressNote.id,
                ProgressNote.noted_at,
                ProgressNote.method_code,
                ProgressNote.staff_id,
                ProgressNote.body,
            )
            .where(ProgressNote.case_id == case.id)
            .order_by(ProgressNote.noted_at.desc())
            .limit(200)
        )
    )
    area = s.get(Area, case.area_id) if case.area_id else None
    return CaseDetail(
        id=case.id,
        case_number=case.case_number,
        version=case.version,
        stage=CaseStage(case.stage),
        client_name=full_name(person.family_name, person.given_name),
        client_kana=full_name(person.family_kana, person.given_kana),
        birth_date=person.birth_date,
        age=age_on(person.birth_date, today) if person.birth_date else None,
        sex=label(Sex(person.sex)) if person.sex else "",
        address=person.address,
        phone=person.phone,
        area=area.name if area else "",
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        lead_worker=users.get(case.lead_worker_id, "") if case.lead_worker_id else "",
        co_worker=users.get(case.co_worker_id, "") if case.co_worker_id else "",
        complex_needs=case.complex_needs,
        economic_hardship=case.economic_hardship,
        urgent=case.urgent,
        consent=ConsentStatus(case.consent_status),
        restricted=case.restricted,
        members=tuple(members),
        consultations=slips,
        notes=notes,
        lead_worker_id=case.lead_worker_id,
        co_worker_id=case.co_worker_id,
        lead_reason=case.lead_reason,
        client_id=case.client_id,
        days_since_contact=(today - case.last_contact_on).days if case.last_contact_on else None,
    )
