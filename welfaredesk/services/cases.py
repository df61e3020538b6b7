"""Cases: the case list (ids, then rows in blocks) and the case view (intakes: intake.py).

Every query applies :func:`welfaredesk.services.security.visible_cases`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    SQLColumnExpression,
    bindparam,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from welfaredesk.domain.case_number import case_number_forms, parse_case_number
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
    CasePage,
    CaseRow,
    ConsultationRow,
    MemberRow,
    NoteRow,
    Principal,
)
from welfaredesk.services.lookups import (
    core,
    full_name,
    phone_digits,
    picklist_label_maps,
    starts_with,
)
from welfaredesk.services.security import require, visible_case_row, visible_cases
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
            return _ids(s, query)

    def list_page(
        self,
        principal: Principal,
        flt: CaseFilter,
        limit: int,
        *,
        rows: int = 0,
        today: dt.date | None = None,
    ) -> CasePage:
        """The first ``limit`` ids of :meth:`list_ids`, how many match in all, and rows.

        The list shows this page at once and asks for the whole id list afterwards: with a
        limit the database keeps only the best ``limit`` rows while sorting (a bounded heap,
        or an index walk it can stop early), and counting needs no sort, so the first screen
        of a list of a hundred thousand cases does not wait for the sort of all of them.

        Args:
            principal: the logged-in user.
            flt: the list's filter and sort.
            limit: how many ids at most.
            rows: how many of the first ids come with their rows (the first screen's cells).
            today: decides what is overdue and what needs attention (default: the real today).
        """
        require(principal, Action.CASE_READ, self._db)
        today = today or dt.date.today()
        with self._db.read() as s:
            ids = _ids(s, filtered_ids(principal, flt, today, first=True).limit(limit))
            if len(ids) < limit:
                total = len(ids)
            else:
                query = filtered_ids(principal, flt, today).order_by(None)
                counted = select(func.count()).select_from(query.subquery())
                total = int(core(s).execute(counted).scalar_one())
            first = ids[:rows]
            fetched = case_rows(s, principal, first, today) if first else {}
        return CasePage(tuple(ids), total, tuple(fetched.get(case_id) for case_id in first))

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
            case = visible_case_row(s, principal, case_id, _DETAIL)
            detail = _detail(s, case, today)
            audit.record(s, principal.user_id, AuditAction.VIEW, "case", case.id, case_id=case.id)
            return detail


def _ids(s: Session, query: Select[int]) -> list[int]:
    """The ids ``query`` selects, straight from the driver's cursor.

    A list holds tens of thousands of ids: a result row object for each of them costs more
    than the query (ids need no type processing on any backend).
    """
    result = core(s).execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def case_rows(
    s: Session, principal: Principal, ids: Sequence[int], today: dt.date
) -> dict[int, CaseRow]:
    """The list rows of ``ids`` that the principal may see, by id (inside a unit of work)."""
    query = _ROWS.where(Case.id.in_(list(ids)), visible_cases(principal))
    return {row.id: _to_row(row, today) for row in core(s).execute(query).all()}


_ROWS = (
    select(
        Case.id,
        Case.case_number,
        Case.stage,
        Case.complex_needs,
        Case.consent_status,
        Case.last_contact_on,
        Case.next_due_on,
        Case.opened_on,
        Case.restricted,
        Person.family_name,
        Person.given_name,
        Person.family_kana,
        Person.given_kana,
        Person.birth_date,
        Area.name.label("area"),
        _LEAD.display_name.label("lead"),
    )
    .join(Person, Person.id == Case.client_id)
    .outerjoin(Area, Area.id == Case.area_id)
    .outerjoin(_LEAD, _LEAD.id == Case.lead_worker_id)
)
"""A block of list rows: columns into :class:`CaseRow`, no ORM objects."""


def filtered_ids(
    principal: Principal, flt: CaseFilter, today: dt.date, *, first: bool = False
) -> Select[int]:
    """The select of the ids of the visible cases matching ``flt``, in display order.

    Shared by the list, its CSV export and the bulk reassignment, so all three act on
    exactly the cases the user sees. ``first``: the query will be cut short by a LIMIT,
    so the conditions on other tables (issues, referrals) are tested case by case as the
    sorted cases are walked, instead of first listing every matching case (the right way
    to read them all, the wrong one to read the first 500); the cases are the same.
    """
    conditions = _conditions(principal, flt, today, correlated=first)
    query = select(Case.id).where(visible_cases(principal), *conditions)
    text = flt.text.strip()
    if text:
        query = query.where(_text_condition(text))
    if flt.sort_key == "age":
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


def _conditions(
    principal: Principal, flt: CaseFilter, today: dt.date, *, correlated: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of every field of ``flt`` except the text and the sort.

    ``correlated``: the conditions on other tables as EXISTS per case, not IN a list.
    """

    def among(column: Any, *where: ColumnElement[bool]) -> ColumnElement[bool]:
        if correlated:
            return exists(select(column).where(column == Case.id, *where))
        return Case.id.in_(select(column).where(*where))

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
        codes = list(flt.issue_codes)
        conditions.append(among(CaseIssue.case_id, CaseIssue.issue_code.in_(codes)))
    for flag in flt.flags:
        if flag not in CASE_FLAGS:
            raise ValueError(f"unknown case flag {flag!r}")
        conditions.append(getattr(Case, flag).is_(True))
    if flt.consents:
        conditions.append(Case.consent_status.in_([str(c) for c in flt.consents]))
    if flt.referral_statuses:
        statuses = list(flt.referral_statuses)
        conditions.append(among(Referral.case_id, Referral.status.in_(statuses)))
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


def _to_row(row: Row[*tuple[Any, ...]], today: dt.date) -> CaseRow:
    return CaseRow(
        id=row.id,
        case_number=row.case_number,
        client_name=full_name(row.family_name, row.given_name),
        client_kana=full_name(row.family_kana, row.given_kana),
        age=age_on(row.birth_date, today) if row.birth_date else None,
        area=row.area or "",
        stage=CaseStage(row.stage),
        lead_worker=row.lead or "",
        complex_needs=row.complex_needs,
        consent=ConsentStatus(row.consent_status),
        days_since_contact=(today - row.last_contact_on).days if row.last_contact_on else None,
        next_due_on=row.next_due_on,
        opened_on=row.opened_on,
        restricted=row.restricted,
    )


def _text_condition(text: str) -> ColumnElement[bool]:
    number: ColumnElement[bool] | None = None
    try:
        fy, serial = parse_case_number(text)
    except ValidationError:
        pass
    else:
        number = Case.case_number.in_(case_number_forms(fy, serial))
    digits = phone_digits(text)
    if digits and len(digits) >= 3 and len(digits) == len(text.replace("-", "").strip()):
        # ``2025-1234`` is a western case number and a local phone number alike.
        phone = _client_where(starts_with(Person.phone_digits, digits))
        return phone if number is None else or_(number, phone)
    if number is not None:
        return number
    key = name_key(text)
    return _client_where(or_(starts_with(Person.name_key, key), starts_with(Person.kana_key, key)))


def _client_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    # The few matching people first (through their name, kana or phone index), then their
    # cases through case_file.client_id: never a walk over every case.
    return Case.client_id.in_(select(Person.id).where(condition))


def _order_column(key: str) -> SQLColumnExpression[Any]:
    columns: dict[str, SQLColumnExpression[Any]] = {
        "case_number": Case.fiscal_year * 1_000_000 + Case.serial,
        "client_kana": Case.client_kana_key,  # the client's kana_key, indexed on the case
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


_DETAIL = (
    select(
        Case.id,
        Case.case_number,
        Case.version,
        Case.stage,
        Case.client_id,
        Case.household_id,
        Case.opened_on,
        Case.closed_on,
        Case.lead_worker_id,
        Case.co_worker_id,
        Case.lead_reason,
        Case.complex_needs,
        Case.economic_hardship,
        Case.urgent,
        Case.consent_status,
        Case.restricted,
        Case.last_contact_on,
        Person.family_name,
        Person.given_name,
        Person.family_kana,
        Person.given_kana,
        Person.birth_date,
        Person.sex,
        Person.address,
        Person.phone,
        Area.name.label("area"),
    )
    .join(Person, Person.id == Case.client_id)
    .outerjoin(Area, Area.id == Case.area_id)
)
"""The case view's case, client and area in one row (columns, not entities)."""

_PICKLISTS = ("relation", "household_situation", "intake_channel", "consulter_type", "note_method")


_USERS = select(User.id, User.display_name)
_MEMBERS = (
    select(
        HouseholdMember.relation_code,
        HouseholdMember.lives_together,
        HouseholdMember.situation_codes,
        Person.id,
        Person.family_name,
        Person.given_name,
        Person.family_kana,
        Person.given_kana,
        Person.birth_date,
    )
    .join(Person, Person.id == HouseholdMember.person_id)
    .where(HouseholdMember.household_id == bindparam("household_id"))
    .order_by(HouseholdMember.sort_order, HouseholdMember.id)
)
_SLIPS = (
    select(
        Consultation.id,
        Consultation.received_at,
        Consultation.channel_code,
        Consultation.consulter_type_code,
        Consultation.staff_id,
        Consultation.presenting_concern,
    )
    .where(Consultation.case_id == bindparam("case_id"))
    .order_by(Consultation.received_at.desc())
)
_NOTES = (  # columns, not entities: a case may have hundreds of notes
    select(
        ProgressNote.id,
        ProgressNote.noted_at,
        ProgressNote.method_code,
        ProgressNote.staff_id,
        ProgressNote.body,
    )
    .where(ProgressNote.case_id == bindparam("case_id"))
    .order_by(ProgressNote.noted_at.desc())
    .limit(200)
)


def _detail(s: Session, case: Row[*tuple[Any, ...]], today: dt.date) -> CaseDetail:
    conn = core(s)  # prebuilt Core statements: built and cached once, rows into DTOs
    users: dict[int, str] = {uid: name for uid, name in conn.execute(_USERS).all()}
    labels = picklist_label_maps(s, _PICKLISTS)
    relations, situations = labels["relation"], labels["household_situation"]
    channels, consulters = labels["intake_channel"], labels["consulter_type"]
    methods = labels["note_method"]
    members: list[MemberRow] = []
    if case.household_id is not None:
        for m in conn.execute(_MEMBERS, {"household_id": case.household_id}).all():
            members.append(
                MemberRow(
                    person_id=m.id,
                    name=full_name(m.family_name, m.given_name),
                    kana=full_name(m.family_kana, m.given_kana),
                    relation=relations.get(m.relation_code, m.relation_code),
                    age=age_on(m.birth_date, today) if m.birth_date else None,
                    lives_together=m.lives_together,
                    situations=tuple(situations.get(c, c) for c in m.situation_codes),
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
        for c in conn.execute(_SLIPS, {"case_id": case.id}).all()
    )
    notes = tuple(
        # positional and from fetchall(): a case may have hundreds of notes
        NoteRow(
            note_id, noted_at, methods.get(code, code), users.get(staff, "") if staff else "", body
        )
        for note_id, noted_at, code, staff, body in conn.execute(_NOTES, {"case_id": case.id}).all()
    )
    return CaseDetail(
        id=case.id,
        case_number=case.case_number,
        version=case.version,
        stage=CaseStage(case.stage),
        client_name=full_name(case.family_name, case.given_name),
        client_kana=full_name(case.family_kana, case.given_kana),
        birth_date=case.birth_date,
        age=age_on(case.birth_date, today) if case.birth_date else None,
        sex=label(Sex(case.sex)) if case.sex else "",
        address=case.address,
        phone=case.phone,
        area=case.area or "",
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
