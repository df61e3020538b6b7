"""Printed forms: gather a record in the user's scope, build the PDF, audit the print.

Each call is one unit of work: the PDF is written first and the audit event is committed
only when it was, so every printed copy of a record is in the audit trail (design.md §6).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.case_number import case_number_forms, parse_case_number
from welfaredesk.domain.dates import age_on
from welfaredesk.domain.enums import (
    AuditAction,
    ConsentMethod,
    ConsentStatus,
    InformationSource,
    MeetingKind,
    Sex,
    TriageDecision,
    label,
)
from welfaredesk.domain.errors import NotFound
from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.assessments import HOUSEHOLD_WIDE
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name, picklist_labels
from welfaredesk.services.security import load_visible_case, require, visible_cases
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Area,
    Assessment,
    Case,
    Consent,
    Consultation,
    HouseholdMember,
    Person,
    PicklistItem,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.assessment_sheet import AssessmentSheetDocument
    from welfaredesk.printing.contact_slip import (
        ChecklistItem,
        ContactSlipDocument,
        ContactSlipMember,
    )


class FormService:
    """Builds the printed forms of the desk."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def case_id_for_number(self, principal: Principal, case_number: str) -> int:
        """The id of a visible case by its number (``R7-00001``, ``r7-1`` …)."""
        require(principal, Action.CASE_READ, self._db)
        fiscal_year, serial = parse_case_number(case_number)
        with self._db.read() as s:
            case_id = s.scalar(
                select(Case.id).where(
                    Case.case_number.in_(case_number_forms(fiscal_year, serial)),
                    visible_cases(principal),
                )
            )
        if case_id is None:
            raise NotFound(
                f"受付番号 {case_number} のケースは見つからないか、閲覧する権限がありません。"
            )
        return case_id

    def contact_slip(
        self,
        principal: Principal,
        case_id: int,
        out: Path,
        *,
        consultation_id: int | None = None,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the 連絡票 of a consultation (the case's latest one by default) to ``out``."""
        from welfaredesk.printing.contact_slip import build_contact_slip  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            query = select(Consultation).where(Consultation.case_id == case.id)
            if consultation_id is not None:
                query = query.where(Consultation.id == consultation_id)
            slip = s.scalars(
                query.order_by(Consultation.received_at.desc(), Consultation.id.desc())
            ).first()
            if slip is None:
                raise NotFound("このケースには印刷できる連絡票がありません。")
            document = _contact_slip_document(s, case, slip, principal, now)
            build_contact_slip(document, out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "consultation",
                slip.id,
                case_id=case.id,
                detail={"form": "contact_slip"},
            )
        return out

    def record_output(
        self,
        principal: Principal,
        case_id: int,
        entity_id: int,
        *,
        to_file: bool,
        entity: str = "consultation",
        form: str = "contact_slip",
    ) -> None:
        """Audit that a previewed form went to the printer or was saved as a file.

        Building the PDF is audited already (:meth:`contact_slip`,
        :meth:`assessment_sheet`); this records what the user then did with it, so the
        trail shows every paper copy and every saved file.

        Args:
            principal: the logged-in user.
            case_id: the case the form belongs to.
            entity_id: the id of the printed record (the consultation of a contact slip,
                the assessment of an assessment sheet).
            to_file: saved as a file (EXPORT) rather than sent to a printer (PRINT).
            entity: the audited entity (``consultation``, ``assessment``).
            form: the form's code name (``contact_slip``, ``assessment_sheet``).
        """
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                entity,
                entity_id,
                case_id=case.id,
                detail={"form": form, "output": "file" if to_file else "printer"},
            )

    def assessment_id(self, principal: Principal, case_id: int, sequence: int) -> int:
        """The id of a visible case's assessment version (for :meth:`record_output`).

        Raises:
            NotFound: the case or the version does not exist, or the case is outside the
                user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            assessment_id = s.scalar(
                select(Assessment.id).where(
                    Assessment.case_id == case.id, Assessment.sequence == sequence
                )
            )
        if assessment_id is None:
            raise NotFound("指定された課題分析の記録は見つかりません。")
        return assessment_id

    def assessment_sheet(
        self,
        principal: Principal,
        case_id: int,
        sequence: int,
        out: Path,
        *,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the アセスメントシート of one assessment version (第N回) to ``out``.

        The lead and co-worker printed are the case's current ones (they belong to the case,
        not to a version).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case or the version does not exist, or the case is outside the
                user's scope.
        """
        from welfaredesk.printing.assessment_sheet import build_assessment_sheet  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            row = s.scalars(
                select(Assessment).where(
                    Assessment.case_id == case.id, Assessment.sequence == sequence
                )
            ).one_or_none()
            if row is None:
                raise NotFound("指定された課題分析の記録は見つかりません。")
            document = _assessment_sheet_document(s, case, row, principal, now)
            build_assessment_sheet(document, out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "assessment",
                row.id,
                case_id=case.id,
                detail={"form": "assessment_sheet"},
            )
        return out


def _age(birth: dt.date | None, on: dt.date) -> str:
    return f"{age_on(birth, on)}歳" if birth is not None and birth <= on else ""


def _checklist(
    s: Session, codes: list[str], most_pressing: str | None
) -> tuple[ChecklistItem, ...]:
    from welfaredesk.printing.contact_slip import ChecklistItem  # noqa: PLC0415 - reportlab loads only when printing

    items = s.scalars(
        select(PicklistItem)
        .where(PicklistItem.list_name == "issue_category", PicklistItem.active.is_(True))
        .order_by(PicklistItem.sort_order, PicklistItem.id)
    ).all()
    parents = {i.code: i.label for i in items if i.parent_code is None}
    chosen = set(codes)
    rows: list[ChecklistItem] = []
    for parent_code, parent_label in parents.items():
        children = [i for i in items if i.parent_code == parent_code]
        if parent_code in chosen and not children:
            rows.append(
                ChecklistItem(parent_label, parent_label, True, parent_code == most_pressing)
            )
        for child in children:
            rows.append(
                ChecklistItem(
                    parent_label,
                    child.label,
                    child.code in chosen,
                    child.code == most_pressing,
                )
            )
    return tuple(rows)


def _contact_slip_document(
    s: Session, case: Case, slip: Consultation, principal: Principal, now: dt.datetime
) -> ContactSlipDocument:
    from welfaredesk.printing.contact_slip import ContactSlipDocument, ContactSlipMember  # noqa: PLC0415 - reportlab loads only when printing

    on = slip.received_at.date()
    client = s.get_one(Person, case.client_id)
    users = {uid: name for uid, name in s.execute(select(User.id, User.display_name))}
    relations = picklist_labels(s, "relation")
    situations = picklist_labels(s, "household_situation")
    members: list[ContactSlipMember] = []
    if case.household_id is not None:
        for member, person in s.execute(
            select(HouseholdMember, Person)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(
                HouseholdMember.household_id == case.household_id,
                HouseholdMember.person_id != client.id,
            )
            .order_by(HouseholdMember.sort_order, HouseholdMember.id)
        ):
            members.append(
                ContactSlipMember(
                    relation=relations.get(member.relation_code, member.relation_code),
                    name=full_name(person.family_name, person.given_name),
                    kana=full_name(person.family_kana, person.given_kana),
                    birth_date=person.birth_date,
                    age=_age(person.birth_date, on),
                    lives_together=member.lives_together,
                    situations="、".join(situations.get(c, c) for c in member.situation_codes),
                )
            )
    consent = s.scalars(
        select(Consent).where(Consent.case_id == case.id).order_by(Consent.id.desc())
    ).first()
    agencies = {aid: name for aid, name in s.execute(select(Agency.id, Agency.name))}
    area = s.get(Area, case.area_id) if case.area_id else None
    desk = desk_profile(s)
    return ContactSlipDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=principal.display_name,
        printed_at=now,
        received_at=slip.received_at,
        channel=picklist_labels(s, "intake_channel").get(slip.channel_code, slip.channel_code),
        staff_name=users.get(slip.staff_id, "") if slip.staff_id else "",
        consulter_type=picklist_labels(s, "consulter_type").get(
            slip.consulter_type_code, slip.consulter_type_code
        ),
        consulter_name=slip.consulter_name,
        consulter_relation=slip.consulter_relation,
        consulter_contact=slip.consulter_contact,
        referring_agency=agencies.get(slip.referring_agency_id, "")
        if slip.referring_agency_id
        else "",
        client_name=full_name(client.family_name, client.given_name),
        client_kana=full_name(client.family_kana, client.given_kana),
        client_birth_date=client.birth_date,
        client_age=_age(client.birth_date, on),
        client_sex=label(Sex(client.sex)) if client.sex else "",
        client_address=client.address,
        client_area=area.name if area else "",
        client_phone=client.phone,
        members=tuple(members),
        presenting_concern=slip.presenting_concern,
        checklist=_checklist(s, list(slip.issue_codes), slip.most_pressing_code),
        complex_needs_suspected=slip.complex_needs,
        economic_hardship=slip.economic_hardship,
        urgent=slip.urgent,
        did_not_know_where_to_ask=slip.did_not_know_where,
        consent_status=label(ConsentStatus(consent.status if consent else case.consent_status)),
        consent_date=consent.recorded_on if consent else None,
        consent_method=label(ConsentMethod(consent.method)) if consent and consent.method else "",
        consent_agencies=tuple(
            agencies.get(int(a), "") for a in (consent.agency_ids if consent else [])
        ),
        consent_meetings=tuple(
            label(MeetingKind(k)) for k in (consent.meeting_kinds if consent else [])
        ),
        first_response=picklist_labels(s, "first_response").get(slip.first_response_code or "", ""),
    )


def _category_labels(s: Session) -> dict[str, str]:
    """Issue category code → ``親／子`` label (a parent alone keeps its own label)."""
    items = s.scalars(select(PicklistItem).where(PicklistItem.list_name == "issue_category")).all()
    parents = {i.code: i.label for i in items}
    return {
        i.code: f"{parents[i.parent_code]}／{i.label}"
        if i.parent_code and i.parent_code in parents
        else i.label
        for i in items
    }


def _assessment_sheet_document(
    s: Session, case: Case, row: Assessment, principal: Principal, now: dt.datetime
) -> AssessmentSheetDocument:
    from welfaredesk.printing.assessment_sheet import AssessmentSheetDocument, AssessmentSheetItem  # noqa: PLC0415 - reportlab loads only when printing

    client = s.get_one(Person, case.client_id)
    users = {uid: name for uid, name in s.execute(select(User.id, User.display_name))}
    categories = _category_labels(s)
    relation_labels = picklist_labels(s, "relation")
    relations: dict[int, str] = {client.id: "本人"}
    if case.household_id is not None:
        for person_id, code in s.execute(
            select(HouseholdMember.person_id, HouseholdMember.relation_code).where(
                HouseholdMember.household_id == case.household_id
            )
        ):
            if person_id != client.id:
                relations[person_id] = relation_labels.get(code, code)
    person_ids = {i.person_id for i in row.items if i.person_id is not None}
    names = (
        {
            pid: full_name(family, given)
            for pid, family, given in s.execute(
                select(Person.id, Person.family_name, Person.given_name).where(
                    Person.id.in_(person_ids)
                )
            )
        }
        if person_ids
        else {}
    )
    items = tuple(
        AssessmentSheetItem(
            person=names.get(item.person_id, "") if item.person_id else HOUSEHOLD_WIDE,
            relation=relations.get(item.person_id, "") if item.person_id else "",
            category=categories.get(item.category_code, item.category_code),
            source=label(InformationSource(item.source)),
            note=item.note,
        )
        for item in row.items
    )
    decision = TriageDecision(row.triage_decision) if row.triage_decision else None
    desk = desk_profile(s)
    return AssessmentSheetDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=principal.display_name,
        printed_at=now,
        sequence=row.sequence,
        assessed_on=row.assessed_on,
        assessor=users.get(row.assessor_id, "") if row.assessor_id else "",
        client_name=full_name(client.family_name, client.given_name),
        client_kana=full_name(client.family_kana, client.given_kana),
        client_age=_age(client.birth_date, row.assessed_on),
        items=items,
        strengths=row.strengths,
        risk=row.risk,
        urgency=picklist_labels(s, "urgency").get(row.urgency, row.urgency),
        coordination_needed=row.coordination_needed,
        complex_needs=row.complex_needs,
        triage=label(decision) if decision else "",
        triage_reason=row.triage_reason,
        lead_worker=users.get(case.lead_worker_id, "") if case.lead_worker_id else "",
        co_worker=users.get(case.co_worker_id, "") if case.co_worker_id else "",
        lead_reason=case.lead_reason,
        summary=row.summary,
    )
