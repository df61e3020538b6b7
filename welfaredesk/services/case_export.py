"""Anonymised export of a case for training and briefings (研修用の匿名化事例).

City staff are briefed "具体的な支援事例を示しながら" (domain.md §7). A supervisor
(:attr:`Action.CASE_EXPORT`) builds an anonymised document of a case they can see
(:meth:`CaseExportService.build`): the household becomes 本人, 母, 長男 … with ages or age
bands, the address the city only, every date moves by one random offset, phone numbers, e-mail
addresses and case numbers disappear, and names are masked inside every free text
(:mod:`welfaredesk.domain.anonymize`). Agency names stay: they are public bodies. The reviewer
reads and edits the text, then :meth:`CaseExportService.save` writes it (UTF-8 ``.txt`` or
``.md``), refusing a text in which a known name, phone number or case number is found again,
and audits the export. Neither the log nor the audit trail ever holds the content.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.anonymize import (
    MASK_LABELS,
    Anonymizer,
    MaskKind,
    MaskReport,
    NamedPerson,
    age_text,
    city_of,
)
from welfaredesk.domain.enums import (
    Achievement,
    AuditAction,
    CaseStage,
    ClosureStatus,
    InformationSource,
    MonitoringDecision,
    PlanStatus,
    ReferralMethod,
    ReferralStatus,
    Sex,
    TriageDecision,
    label,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import picklist_labels
from welfaredesk.services.security import load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Assessment,
    Case,
    Closure,
    Consultation,
    HouseholdMember,
    MonitoringReview,
    Person,
    PlanItem,
    ProgressNote,
    Referral,
    SupportPlan,
    User,
)

log = logging.getLogger(__name__)

FORM = "anonymised_case"
"""The form code of the export in the audit trail."""

SUFFIXES = (".txt", ".md")
"""The file types the reviewed text may be saved as."""

MIN_OFFSET_DAYS = 30
MAX_OFFSET_DAYS = 400
"""The random date offset of an export lies between these, forwards or backwards."""

_CLOSED_STATUSES = (ClosureStatus.APPROVED, ClosureStatus.REQUESTED)

# --- data in and out ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to anonymise.

    ``offset_days`` None draws a random offset (tests give one); ``age_bands`` writes 80歳代
    instead of 82歳; ``include_notes`` adds the progress notes.
    """

    age_bands: bool = True
    include_notes: bool = True
    offset_days: int | None = None


@dataclass(frozen=True, slots=True)
class AnonPerson:
    """A member of the household under a pseudonym."""

    label: str
    sex: str
    age: str
    lives_together: bool
    situations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnonConsultation:
    """A consultation (連絡票) with its concern masked."""

    received_on: dt.date
    channel: str
    consulter: str
    concern: str
    issues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnonAssessmentItem:
    """One issue found in an assessment."""

    category: str
    person: str
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class AnonAssessment:
    """An assessment version (課題分析)."""

    sequence: int
    assessed_on: dt.date
    items: tuple[AnonAssessmentItem, ...]
    strengths: str
    risk: str
    urgency: str
    triage: str
    triage_reason: str
    summary: str


@dataclass(frozen=True, slots=True)
class AnonReferral:
    """A referral; the agency's name is kept (a public body)."""

    referred_on: dt.date
    agency: str
    person: str
    method: str
    status: str
    purpose: str
    outcome: str


@dataclass(frozen=True, slots=True)
class AnonPlanItem:
    """A goal and what is done for it."""

    issue: str
    goal: str
    action: str
    responsible: str
    frequency: str


@dataclass(frozen=True, slots=True)
class AnonPlan:
    """A support plan version."""

    plan_no: int
    status: str
    decided_on: dt.date | None
    client_wishes: str
    overall_goal: str
    short_term_goals: str
    items: tuple[AnonPlanItem, ...]


@dataclass(frozen=True, slots=True)
class AnonNote:
    """A progress note (支援経過)."""

    noted_on: dt.date
    method: str
    body: str
    next_action: str


@dataclass(frozen=True, slots=True)
class AnonReview:
    """A monitoring review (経過確認と評価)."""

    reviewed_on: dt.date
    decision: str
    delivery_status: str
    advice: str
    note: str
    achievements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnonClosure:
    """How the case ended."""

    closed_on: dt.date
    reason: str
    destination: str
    summary: str


@dataclass(frozen=True, slots=True)
class AnonymisedCase:
    """A case as it may be shown in training: no name, address, number or real date.

    ``text`` is the whole document as the reviewer sees it first; ``report`` what was masked.
    """

    case_id: int
    city: str
    stage: str
    opened_on: dt.date
    complex_needs: bool
    household: tuple[AnonPerson, ...]
    household_notes: str
    consultations: tuple[AnonConsultation, ...]
    assessments: tuple[AnonAssessment, ...]
    referrals: tuple[AnonReferral, ...]
    plans: tuple[AnonPlan, ...]
    notes: tuple[AnonNote, ...]
    reviews: tuple[AnonReview, ...]
    closure: AnonClosure | None
    report: MaskReport
    text: str

    def report_lines(self) -> tuple[str, ...]:
        """The masking report as short Japanese lines (``氏名 12件`` …)."""
        lines = [f"{MASK_LABELS[kind]} {count}件" for kind, count in self.report.counts]
        lines.append(self.report.offset_text())
        return tuple(lines)


# --- the service --------------------------------------------------------------------------


class CaseExportService:
    """Build and save anonymised case documents."""

    def __init__(self, db: Database, rng: random.Random | None = None) -> None:
        self._db = db
        self._rng = rng or random.SystemRandom()

    def build(
        self, principal: Principal, case_id: int, options: ExportOptions | None = None
    ) -> AnonymisedCase:
        """The anonymised document of a case, for review (audited as a view).

        Raises:
            PermissionDenied: the user may not export cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        options = options or ExportOptions()
        require(principal, Action.CASE_EXPORT)
        offset = options.offset_days
        if offset is None or offset == 0:
            offset = self._rng.randint(MIN_OFFSET_DAYS, MAX_OFFSET_DAYS) * self._rng.choice((-1, 1))
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            document = _Builder(s, case, options, offset).build()
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "case",
                case.id,
                case_id=case.id,
                detail={"form": FORM},
            )
        log.info("anonymised case %d built (%d items masked)", case_id, _total(document.report))
        return document

    def save(self, principal: Principal, case_id: int, text: str, out: Path) -> Path:
        """Write the reviewed text to ``out`` (UTF-8 ``.txt`` or ``.md``) and audit the export.

        The text is checked once more: a name, reading, address, phone number, e-mail address
        or case number of the case found in it refuses the save (the message names the kinds,
        never the content).

        Raises:
            PermissionDenied: the user may not export cases.
            NotFound: the case does not exist or is outside the user's scope.
            ValidationError: empty text, a wrong file type, or identifying content left.
            KnownError: the file could not be written.
        """
        require(principal, Action.CASE_EXPORT)
        if not text.strip():
            raise ValidationError("text", "書き出す内容", "内容が空です。")
        if out.suffix.lower() not in SUFFIXES:
            raise ValidationError(
                "out",
                "保存先",
                "ファイルの種類は .txt か .md にしてください。",
            )
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            found = _Builder(s, case, ExportOptions(offset_days=1), 1).anonymizer.leftovers(text)
            if found:
                kinds = "・".join(MASK_LABELS[kind] for kind in MaskKind if kind in found)
                raise ValidationError(
                    "text",
                    "書き出す内容",
                    msg(
                        "このケースの{kinds}が残っています({count}か所)。"
                        "該当する箇所を消すか言い換えてから保存してください。",
                        kinds=kinds,
                        count=sum(found.values()),
                    ),
                )
            _write_text(out, text)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT,
                "case",
                case.id,
                case_id=case.id,
                detail={"form": FORM, "format": out.suffix.lower().lstrip(".")},
            )
        log.info("anonymised case %d exported (%d characters)", case_id, len(text))
        return out


def _total(report: MaskReport) -> int:
    return sum(count for _kind, count in report.counts)


_SAVE_FAILED = (
    "ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめてください。({reason})"
)
"""The message when the export cannot be written (a ``msg`` template, outside the excluded
``_write_text`` so that the catalogue has it)."""


def _write_text(out: Path, text: str) -> None:
    """Write atomically: a partial file never stands under the chosen name."""
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(msg(_SAVE_FAILED, reason=exc.strerror or type(exc).__name__)) from exc


# --- building the document ----------------------------------------------------------------


class _Builder:
    """Reads one case inside the caller's unit of work and anonymises it."""

    def __init__(self, s: Session, case: Case, options: ExportOptions, offset: int) -> None:
        self.s = s
        self.case = case
        self.options = options
        members = (
            s.execute(
                select(HouseholdMember, Person)
                .join(Person, Person.id == HouseholdMember.person_id)
                .where(HouseholdMember.household_id == case.household_id)
                .order_by(HouseholdMember.sort_order, HouseholdMember.id)
            ).all()
            if case.household_id is not None
            else []
        )
        self.members = [(m, p) for m, p in members if p.id != case.client_id]
        self.client = case.client
        people = [_named(self.client, "client")]
        people.extend(_named(p, m.relation_code) for m, p in self.members)
        self.agencies = {a.id: a for a in s.scalars(select(Agency))}
        staff = [u.display_name for u in s.scalars(select(User).order_by(User.id))]
        staff.extend(a.contact_person for a in self.agencies.values() if a.contact_person)
        staff.extend(self._case_staff_names())
        addresses = [self.client.address] + [p.address for _m, p in self.members]
        if case.household is not None:
            addresses.append(case.household.address)
        self.anonymizer = Anonymizer(
            people,
            offset,
            staff_names=staff,
            addresses=[a for a in addresses if a],
            case_numbers=[case.case_number],
            age_bands=options.age_bands,
        )
        self.labels = {
            "channel": picklist_labels(s, "intake_channel"),
            "consulter": picklist_labels(s, "consulter_type"),
            "issue": picklist_labels(s, "issue_category"),
            "closure": picklist_labels(s, "closure_reason"),
            "method": picklist_labels(s, "note_method"),
            "situation": picklist_labels(s, "household_situation"),
            "urgency": picklist_labels(s, "urgency"),
        }

    def _case_staff_names(self) -> list[str]:
        """Names of agency staff typed on the case (referral receivers, plan responsibles)."""
        names = list(
            self.s.scalars(select(Referral.received_by).where(Referral.case_id == self.case.id))
        )
        names.extend(
            self.s.scalars(
                select(PlanItem.responsible_person)
                .join(SupportPlan, SupportPlan.id == PlanItem.plan_id)
                .where(SupportPlan.case_id == self.case.id)
            )
        )
        names.extend(
            self.s.scalars(
                select(Consultation.consulter_name).where(
                    Consultation.case_id == self.case.id,
                    Consultation.consulter_type_code != "client",
                )
            )
        )
        return [n for n in names if n and n.strip()]

    def build(self) -> AnonymisedCase:
        a = self.anonymizer
        case = self.case
        # Count what is dropped or reduced outright (the summary never shows it).
        for person in [self.client] + [p for _m, p in self.members]:
            if person.birth_date is not None:
                a.count(MaskKind.BIRTH_DATE)
            if person.address:
                a.count(MaskKind.ADDRESS)
            if person.phone:
                a.count(MaskKind.PHONE)
        a.count(MaskKind.CASE_NUMBER)
        household = self._household()
        household_notes = case.household.notes if case.household is not None else ""
        city = city_of(self.client.address) or (
            city_of(case.household.address) if case.household is not None else ""
        )
        consultations = self._consultations()
        assessments = self._assessments()
        referrals = self._referrals()
        plans = self._plans()
        notes = self._notes() if self.options.include_notes else ()
        reviews = self._reviews()
        closure = self._closure()
        opened = a.date(case.opened_on) or case.opened_on
        masked_notes = a.text(household_notes, reference=case.opened_on)
        report = a.report()
        document = AnonymisedCase(
            case_id=case.id,
            city=city,
            stage=label(CaseStage(case.stage)),
            opened_on=opened,
            complex_needs=case.complex_needs,
            household=household,
            household_notes=masked_notes,
            consultations=consultations,
            assessments=assessments,
            referrals=referrals,
            plans=plans,
            notes=notes,
            reviews=reviews,
            closure=closure,
            report=report,
            text="",
        )
        return _with_text(document)

    def _household(self) -> tuple[AnonPerson, ...]:
        a = self.anonymizer
        on = self.case.opened_on
        band = self.options.age_bands
        rows = [
            AnonPerson(
                label=a.label(self.client.id),
                sex=_sex(self.client.sex),
                age=age_text(self.client.birth_date, on, band=band),
                lives_together=True,
                situations=(),
            )
        ]
        for member, person in self.members:
            rows.append(
                AnonPerson(
                    label=a.label(person.id),
                    sex=_sex(person.sex),
                    age=age_text(person.birth_date, on, band=band),
                    lives_together=member.lives_together,
                    situations=tuple(
                        self.labels["situation"].get(c, c) for c in member.situation_codes
                    ),
                )
            )
        return tuple(rows)

    def _consultations(self) -> tuple[AnonConsultation, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(Consultation)
            .where(Consultation.case_id == self.case.id)
            .order_by(Consultation.received_at, Consultation.id)
        ).all()
        result = []
        for row in rows:
            day = row.received_at.date()
            consulter = self.labels["consulter"].get(row.consulter_type_code, "")
            relation = a.text(row.consulter_relation, reference=day).strip()
            if row.consulter_type_code != "client" and relation and relation != consulter:
                consulter += f"({relation})"
            if row.consulter_name:
                a.count(MaskKind.NAME)
            if row.consulter_contact:
                a.count(MaskKind.PHONE)
            result.append(
                AnonConsultation(
                    received_on=a.date(day) or day,
                    channel=self.labels["channel"].get(row.channel_code, row.channel_code),
                    consulter=consulter,
                    concern=a.text(row.presenting_concern, reference=day),
                    issues=tuple(self.labels["issue"].get(c, c) for c in row.issue_codes),
                )
            )
        return tuple(result)

    def _assessments(self) -> tuple[AnonAssessment, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(Assessment)
            .where(Assessment.case_id == self.case.id)
            .order_by(Assessment.sequence)
        ).all()
        result = []
        for row in rows:
            day = row.assessed_on
            items = tuple(
                AnonAssessmentItem(
                    category=self.labels["issue"].get(item.category_code, item.category_code),
                    person=a.label(item.person_id),
                    source=_enum_label(InformationSource, item.source),
                    note=a.text(item.note, reference=day),
                )
                for item in row.items
            )
            result.append(
                AnonAssessment(
                    sequence=row.sequence,
                    assessed_on=a.date(day) or day,
                    items=items,
                    strengths=a.text(row.strengths, reference=day),
                    risk=a.text(row.risk, reference=day),
                    urgency=self.labels["urgency"].get(row.urgency, row.urgency),
                    triage=_enum_label(TriageDecision, row.triage_decision),
                    triage_reason=a.text(row.triage_reason, reference=day),
                    summary=a.text(row.summary, reference=day),
                )
            )
        return tuple(result)

    def _agency(self, agency_id: int | None) -> str:
        agency = self.agencies.get(agency_id) if agency_id is not None else None
        if agency is None:
            return ""
        return f"{agency.name} {agency.section}".strip()

    def _referrals(self) -> tuple[AnonReferral, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(Referral)
            .where(Referral.case_id == self.case.id)
            .order_by(Referral.referred_on, Referral.id)
        ).all()
        return tuple(
            AnonReferral(
                referred_on=a.date(row.referred_on) or row.referred_on,
                agency=self._agency(row.agency_id),
                person=a.label(row.person_id),
                method=_enum_label(ReferralMethod, row.method),
                status=_enum_label(ReferralStatus, row.status),
                purpose=a.text(row.purpose, reference=row.referred_on),
                outcome=a.text(
                    "\n".join(t for t in (row.outcome, row.status_reason) if t),
                    reference=row.referred_on,
                ),
            )
            for row in rows
        )

    def _plans(self) -> tuple[AnonPlan, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(SupportPlan)
            .where(SupportPlan.case_id == self.case.id)
            .order_by(SupportPlan.plan_no)
        ).all()
        result = []
        for row in rows:
            day = row.decided_on or row.created_at.date()
            items = tuple(
                AnonPlanItem(
                    issue=self.labels["issue"].get(item.issue_code or "", ""),
                    goal=a.text(item.goal, reference=day),
                    action=a.text(item.action, reference=day),
                    responsible=" ".join(
                        t
                        for t in (
                            self._agency(item.responsible_agency_id),
                            a.staff_label(item.responsible_person),
                        )
                        if t
                    ),
                    frequency=a.text(item.frequency, reference=day),
                )
                for item in row.items
            )
            result.append(
                AnonPlan(
                    plan_no=row.plan_no,
                    status=_enum_label(PlanStatus, row.status),
                    decided_on=a.date(row.decided_on),
                    client_wishes=a.text(row.client_wishes, reference=day),
                    overall_goal=a.text(row.overall_goal, reference=day),
                    short_term_goals=a.text(row.short_term_goals, reference=day),
                    items=items,
                )
            )
        return tuple(result)

    def _notes(self) -> tuple[AnonNote, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(ProgressNote)
            .where(ProgressNote.case_id == self.case.id)
            .order_by(ProgressNote.noted_at, ProgressNote.id)
        ).all()
        result = []
        for row in rows:
            day = row.noted_at.date()
            result.append(
                AnonNote(
                    noted_on=a.date(day) or day,
                    method=self.labels["method"].get(row.method_code, row.method_code),
                    body=a.text(row.body, reference=day),
                    next_action=a.text(row.next_action, reference=day),
                )
            )
        return tuple(result)

    def _reviews(self) -> tuple[AnonReview, ...]:
        a = self.anonymizer
        rows = self.s.scalars(
            select(MonitoringReview)
            .where(
                MonitoringReview.case_id == self.case.id,
                MonitoringReview.reviewed_on.is_not(None),
            )
            .order_by(MonitoringReview.reviewed_on, MonitoringReview.id)
        ).all()
        result = []
        for row in rows:
            day = row.reviewed_on or row.due_on
            result.append(
                AnonReview(
                    reviewed_on=a.date(day) or day,
                    decision=_enum_label(MonitoringDecision, row.decision),
                    delivery_status=a.text(row.delivery_status, reference=day),
                    advice=a.text(row.advice, reference=day),
                    note=a.text(row.note, reference=day),
                    achievements=tuple(
                        " ".join(
                            t
                            for t in (
                                _enum_label(Achievement, item.achievement),
                                a.text(item.comment, reference=day),
                            )
                            if t
                        )
                        for item in row.items
                    ),
                )
            )
        return tuple(result)

    def _closure(self) -> AnonClosure | None:
        a = self.anonymizer
        row = self.s.scalars(
            select(Closure)
            .where(Closure.case_id == self.case.id, Closure.status.in_(_CLOSED_STATUSES))
            .order_by(Closure.closed_on.desc(), Closure.id.desc())
        ).first()
        if row is None:
            return None
        return AnonClosure(
            closed_on=a.date(row.closed_on) or row.closed_on,
            reason=self.labels["closure"].get(row.reason_code, row.reason_code),
            destination=self._agency(row.destination_agency_id),
            summary=a.text(row.summary, reference=row.closed_on),
        )


def _named(person: Person, relation_code: str) -> NamedPerson:
    return NamedPerson(
        key=person.id,
        relation_code=relation_code,
        family_name=person.family_name,
        given_name=person.given_name,
        family_kana=person.family_kana,
        given_kana=person.given_kana,
        sex=person.sex,
        birth_date=person.birth_date,
    )


def _sex(code: str | None) -> str:
    if not code:
        return ""
    try:
        sex = Sex(code)
    except ValueError:
        return ""
    return "" if sex is Sex.UNDISCLOSED else label(sex)


def _enum_label(kind: type[StrEnum], code: str | None) -> str:
    if not code:
        return ""
    try:
        return label(kind(code))
    except ValueError:
        return code


# --- the text -----------------------------------------------------------------------------


def _date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _block(lines: list[str], caption: str, text: str) -> None:
    """``caption: text`` on one line, or the caption and the text indented under it."""
    body = text.strip().splitlines()
    if len(body) == 1:
        lines.append(f"{caption}: {body[0]}")
    elif body:
        indent = " " * (len(caption) - len(caption.lstrip()) + 2)
        lines.append(f"{caption}:")
        lines.extend(f"{indent}{line}" for line in body)


def _with_text(doc: AnonymisedCase) -> AnonymisedCase:
    """The document with its Markdown-like text (readable as .txt and as .md)."""
    lines: list[str] = [
        "# 支援事例(研修用・匿名化済み)",
        "",
        "取扱注意: 研修・説明のための資料です。氏名・住所・電話番号・受付番号は伏せ、"
        "日付は実際とずらしています。",
        "",
        "## 世帯の状況",
        "",
    ]
    if doc.city:
        lines.append(f"- 地域: {doc.city}")
    lines.append(f"- 相談開始: {_date(doc.opened_on)}  現在の段階: {doc.stage}")
    if doc.complex_needs:
        lines.append("- 複合的な課題のあるケース")
    for person in doc.household:
        parts = [person.label, person.sex, person.age]
        if not person.lives_together:
            parts.append("別居")
        if person.situations:
            parts.append("・".join(person.situations))
        lines.append("- " + " / ".join(p for p in parts if p))
    if doc.household_notes.strip():
        lines += ["", doc.household_notes.strip()]
    if doc.consultations:
        lines += ["", "## 相談の内容", ""]
        for c in doc.consultations:
            lines.append(f"### {_date(c.received_on)} {c.channel} 相談者: {c.consulter}")
            if c.issues:
                lines.append("課題: " + "、".join(c.issues))
            if c.concern.strip():
                lines.append(c.concern.strip())
            lines.append("")
    if doc.assessments:
        lines += ["## 課題分析", ""]
        for assessment in doc.assessments:
            lines.append(f"### 第{assessment.sequence}回 {_date(assessment.assessed_on)}")
            for finding in assessment.items:
                line = f"- {finding.category}({finding.person}、{finding.source})"
                lines.append(line + (f": {finding.note}" if finding.note else ""))
            _block(lines, "強み", assessment.strengths)
            _block(lines, "リスク", assessment.risk)
            if assessment.urgency:
                lines.append(f"緊急度: {assessment.urgency}")
            if assessment.triage:
                lines.append(f"振り分け: {assessment.triage}")
            _block(lines, "振り分けの理由", assessment.triage_reason)
            _block(lines, "まとめ", assessment.summary)
            lines.append("")
    if doc.referrals:
        lines += ["## 同行支援・引継ぎ", ""]
        for r in doc.referrals:
            lines.append(f"- {_date(r.referred_on)} {r.agency}({r.person}、{r.method}、{r.status})")
            _block(lines, "  目的", r.purpose)
            _block(lines, "  結果", r.outcome)
        lines.append("")
    if doc.plans:
        lines += ["## 支援計画", ""]
        for plan in doc.plans:
            decided = f" 決定 {_date(plan.decided_on)}" if plan.decided_on else ""
            lines.append(f"### 第{plan.plan_no}版({plan.status}){decided}")
            _block(lines, "本人の意向", plan.client_wishes)
            _block(lines, "総合的な目標", plan.overall_goal)
            _block(lines, "短期目標", plan.short_term_goals)
            for step in plan.items:
                head = f"- {step.issue}: " if step.issue else "- "
                lines.append(f"{head}{step.goal}")
                for caption, text in (
                    ("支援内容", step.action),
                    ("担当", step.responsible),
                    ("頻度", step.frequency),
                ):
                    if text.strip():
                        lines.append(f"  {caption}: {text.strip()}")
            lines.append("")
    if doc.notes:
        lines += ["## 支援経過", ""]
        for note in doc.notes:
            lines.append(f"### {_date(note.noted_on)} {note.method}")
            if note.body.strip():
                lines.append(note.body.strip())
            _block(lines, "次の対応", note.next_action)
            lines.append("")
    if doc.reviews:
        lines += ["## 経過確認と評価", ""]
        for review in doc.reviews:
            lines.append(f"### {_date(review.reviewed_on)} 判断: {review.decision}")
            for achievement in review.achievements:
                lines.append(f"- {achievement}")
            _block(lines, "支援の実施状況", review.delivery_status)
            _block(lines, "助言", review.advice)
            _block(lines, "メモ", review.note)
            lines.append("")
    if doc.closure is not None:
        lines += ["## 終結", ""]
        destination = f"(引継ぎ先: {doc.closure.destination})" if doc.closure.destination else ""
        lines.append(f"{_date(doc.closure.closed_on)} {doc.closure.reason}{destination}")
        if doc.closure.summary.strip():
            lines.append(doc.closure.summary.strip())
        lines.append("")
    return replace(doc, text="\n".join(lines).rstrip() + "\n")
