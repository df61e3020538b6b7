"""Assessment and triage (課題分析・振り分け): the dated versions of a case's assessment.

Every save adds a new :class:`~welfaredesk.storage.orm.Assessment` with the next sequence
number; earlier versions never change, so the history shows how the understanding of the case
grew. The same transaction updates the case: its complex-needs flag, its lead and co-worker
(主担当 / 副担当, with the reason when a complex case's lead is not a coordinator) and its stage
after the triage decision (:mod:`welfaredesk.domain.workflow`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welfaredesk.domain import workflow
from welfaredesk.domain.dates import parse_date
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentStatus,
    InformationSource,
    Role,
    TriageDecision,
    label,
)
from welfaredesk.domain.errors import ConflictError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.drafts import discard_in
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import (
    add_case_issues,
    full_name,
    household_person_ids,
    picklist_labels,
)
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Assessment,
    AssessmentItem,
    Case,
    Person,
    User,
)

WORKING_ROLES = (Role.COORDINATOR, Role.COUNSELOR, Role.SUPERVISOR)
"""The roles that may be a case's lead or co-worker."""

HOUSEHOLD_WIDE = "世帯全体"
"""How an item about the whole household (no person) is named."""


# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemInput:
    """One issue found in the assessment, about one person or the whole household."""

    person_id: int | None
    category_code: str
    source: InformationSource
    note: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    """The assessment form as typed.

    ``lead_worker_id``, ``co_worker_id`` and ``lead_reason`` are the case's wanted values (the
    form starts from the current ones); ``case_version`` is the version of the case the form
    was opened on, for optimistic locking.
    """

    assessed_on: str
    case_version: int
    lead_worker_id: int | None
    co_worker_id: int | None = None
    lead_reason: str = ""
    strengths: str = ""
    risk: str = ""
    urgency: str = ""
    coordination_needed: bool = False
    complex_needs: bool = False
    items: tuple[ItemInput, ...] = ()
    triage_decision: TriageDecision | None = None
    triage_reason: str = ""
    summary: str = ""


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemView:
    """An assessment item with its labels."""

    person_id: int | None
    person_name: str
    category_code: str
    category_label: str
    source: InformationSource
    source_label: str
    note: str


@dataclass(frozen=True, slots=True)
class CaseState:
    """The case as it is now (not as it was when an older version was written)."""

    stage: CaseStage
    version: int
    consent: ConsentStatus
    complex_needs: bool
    lead_worker_id: int | None
    co_worker_id: int | None
    lead_reason: str


@dataclass(frozen=True, slots=True)
class AssessmentView:
    """One dated version of a case's assessment."""

    case_id: int
    sequence: int
    assessed_on: dt.date
    assessor_id: int | None
    assessor_name: str
    strengths: str
    risk: str
    urgency: str
    urgency_label: str
    coordination_needed: bool
    complex_needs: bool
    triage_decision: TriageDecision | None
    triage_label: str
    triage_reason: str
    summary: str
    items: tuple[ItemView, ...]
    case: CaseState
    notices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """A line of the assessment history."""

    sequence: int
    assessed_on: dt.date
    assessor_name: str
    triage_decision: TriageDecision | None
    triage_label: str
    urgency_label: str
    complex_needs: bool


@dataclass(frozen=True, slots=True)
class LeadCandidate:
    """A staff member who may be a case's lead or co-worker."""

    user_id: int
    name: str
    role: Role
    role_label: str
    proposed: bool
    """Whether the role is the one proposed for the case (a coordinator for a complex case)."""


# --- the service --------------------------------------------------------------------------


class AssessmentService:
    """Use cases of the assessment and triage screen."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def history(self, principal: Principal, case_id: int) -> list[AssessmentSummary]:
        """The dated versions of a case's assessment, newest first.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            load_visible_case(s, principal, case_id)
            urgency = picklist_labels(s, "urgency")
            query = (
                select(Assessment, User.display_name)
                .outerjoin(User, User.id == Assessment.assessor_id)
                .where(Assessment.case_id == case_id)
                .order_by(Assessment.sequence.desc())
            )
            result: list[AssessmentSummary] = []
            for row, assessor in s.execute(query):
                decision = _decision(row.triage_decision)
                result.append(
                    AssessmentSummary(
                        sequence=row.sequence,
                        assessed_on=row.assessed_on,
                        assessor_name=assessor or "",
                        triage_decision=decision,
                        triage_label=label(decision) if decision else "",
                        urgency_label=urgency.get(row.urgency, row.urgency),
                        complex_needs=row.complex_needs,
                    )
                )
            return result

    def get(self, principal: Principal, case_id: int, sequence: int) -> AssessmentView:
        """One version of a case's assessment (the view is audited).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case or the version does not exist, or the case is outside the
                user's scope.
        """
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            row = s.scalars(
                select(Assessment).where(
                    Assessment.case_id == case_id, Assessment.sequence == sequence
                )
            ).one_or_none()
            if row is None:
                raise NotFound("指定された課題分析の記録は見つかりません。")
            view = _view(s, case, row)
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "assessment",
                row.id,
                case_id=case.id,
                detail={"sequence": row.sequence},
            )
            return view

    def lead_candidates(self, principal: Principal, case_id: int) -> list[LeadCandidate]:
        """Active staff who may lead the case; coordinators first when the case is complex.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        require(principal, Action.CASE_EDIT, self._db)
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            proposed = workflow.proposed_lead_role(case.complex_needs)
            users = s.scalars(
                select(User).where(
                    User.active.is_(True), User.role.in_([str(r) for r in WORKING_ROLES])
                )
            ).all()
            candidates = [
                LeadCandidate(
                    user_id=user.id,
                    name=user.display_name,
                    role=Role(user.role),
                    role_label=label(Role(user.role)),
                    proposed=proposed is not None and Role(user.role) is proposed,
                )
                for user in users
            ]
            kana = {user.id: user.display_kana or user.display_name for user in users}
            candidates.sort(key=lambda c: (not c.proposed, kana[c.user_id], c.user_id))
            return candidates

    def save(
        self,
        principal: Principal,
        case_id: int,
        form: AssessmentInput,
        *,
        today: dt.date | None = None,
        draft: tuple[str, str] | None = None,
    ) -> AssessmentView:
        """Record a new version of the case's assessment and update the case, atomically.

        Args:
            principal: the logged-in user (needs the right to edit cases).
            case_id: the case.
            form: the form as typed.
            today: today's date (an assessment date after it is refused).
            draft: the (form, record key) of the user's autosaved draft of this editor,
                deleted in the same unit of work so a saved assessment is never offered back.

        Returns:
            The new version.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is closed (it has to be reopened first).
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
            ensure_open(case, "課題分析")
            assessed_on = _check(s, case, form, today)
            consent = ConsentStatus(case.consent_status)
            if form.triage_decision is not None:
                stage = workflow.stage_after_triage(form.triage_decision, consent)
            elif case.stage == CaseStage.INTAKE:
                stage = CaseStage.ASSESSMENT
            else:
                stage = CaseStage(case.stage)

            last = s.scalar(
                select(func.max(Assessment.sequence)).where(Assessment.case_id == case.id)
            )
            row = Assessment(
                case_id=case.id,
                sequence=(last or 0) + 1,
                assessed_on=assessed_on,
                assessor_id=principal.user_id,
                strengths=form.strengths.strip(),
                risk=form.risk.strip(),
                urgency=form.urgency,
                coordination_needed=form.coordination_needed,
                complex_needs=form.complex_needs,
                triage_decision=str(form.triage_decision) if form.triage_decision else None,
                triage_reason=form.triage_reason.strip(),
                summary=form.summary.strip(),
            )
            s.add(row)
            s.flush()
            for item in form.items:
                s.add(
                    AssessmentItem(
                        assessment_id=row.id,
                        person_id=item.person_id,
                        category_code=item.category_code,
                        source=str(item.source),
                        note=item.note.strip(),
                    )
                )
            add_case_issues(s, case.id, (item.category_code for item in form.items))
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "assessment",
                row.id,
                case_id=case.id,
                detail={
                    "sequence": row.sequence,
                    "items": len(form.items),
                    "triage_decision": row.triage_decision,
                },
            )

            wanted: dict[str, object] = {
                "complex_needs": form.complex_needs,
                "lead_worker_id": form.lead_worker_id,
                "co_worker_id": form.co_worker_id,
                "lead_reason": form.lead_reason.strip(),
                "stage": str(stage),
            }
            changed = sorted(name for name, value in wanted.items() if getattr(case, name) != value)
            if changed:
                for name in changed:
                    setattr(case, name, wanted[name])
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "case",
                    case.id,
                    case_id=case.id,
                    detail={"fields": changed, "assessment_id": row.id},
                )
            if draft is not None:
                discard_in(s, principal.user_id, *draft)
            s.refresh(row)
            return _view(s, case, row)


# --- checks -------------------------------------------------------------------------------


def _check(s: Session, case: Case, form: AssessmentInput, today: dt.date) -> dt.date:
    """Validate the form against the case; returns the assessment date.

    Raises:
        ValidationError: the first problem found, naming its field.
    """
    assessed_on = parse_date(
        form.assessed_on, field="assessed_on", label="課題分析日", today=today, allow_future=False
    )
    if assessed_on < case.opened_on:
        raise ValidationError(
            "assessed_on",
            "課題分析日",
            msg("相談受付日（{date:%Y-%m-%d}）より前の日付は入力できません。", date=case.opened_on),
        )
    if form.urgency and form.urgency not in picklist_labels(s, "urgency"):
        raise ValidationError("urgency", "緊急度", "選択肢から選んでください。")

    categories = picklist_labels(s, "issue_category")
    members = household_person_ids(s, case)
    for index, item in enumerate(form.items):
        key = f"items[{index}]."

        def prefix(field: str, number: int = index + 1) -> str:
            return msg("課題{number}の{field}", number=number, field=field)

        if item.category_code not in categories:
            raise ValidationError(
                key + "category_code", prefix("分類"), "選択肢から選んでください。"
            )
        if item.person_id is not None and item.person_id not in members:
            raise ValidationError(
                key + "person_id",
                prefix("対象者"),
                "このケースの世帯員ではありません。世帯員または世帯全体を選んでください。",
            )

    if form.triage_decision is not None:
        if not form.triage_reason.strip():
            raise ValidationError(
                "triage_reason", "振り分けの理由", "振り分けを選んだ理由を入力してください。"
            )
        workflow.check_triage(form.triage_decision, ConsentStatus(case.consent_status))

    if form.lead_worker_id is None:
        raise ValidationError("lead_worker_id", "主担当", "主担当を選んでください。")
    lead_role = _worker_role(s, form.lead_worker_id, "lead_worker_id", "主担当")
    if form.co_worker_id is not None:
        if form.co_worker_id == form.lead_worker_id:
            raise ValidationError(
                "co_worker_id", "副担当", "主担当と同じ職員は副担当にできません。"
            )
        _worker_role(s, form.co_worker_id, "co_worker_id", "副担当")
    workflow.lead_worker_rule(form.complex_needs, lead_role, form.lead_reason)
    return assessed_on


def _worker_role(s: Session, user_id: int, field: str, field_label: str) -> Role:
    """The role of an active staff member who may work on cases."""
    user = s.get(User, user_id)
    if user is None or not user.active or Role(user.role) not in WORKING_ROLES:
        raise ValidationError(
            field, field_label, "ケースを担当できる職員（在職中の相談支援員など）を選んでください。"
        )
    return Role(user.role)


# --- views --------------------------------------------------------------------------------


def _decision(code: str | None) -> TriageDecision | None:
    return TriageDecision(code) if code else None


def _person_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = s.execute(
        select(Person.id, Person.family_name, Person.given_name).where(Person.id.in_(wanted))
    )
    return {pid: full_name(family, given) for pid, family, given in rows}


def _view(s: Session, case: Case, row: Assessment) -> AssessmentView:
    categories = picklist_labels(s, "issue_category")
    urgency = picklist_labels(s, "urgency")
    names = _person_names(s, (i.person_id for i in row.items if i.person_id is not None))
    assessor = s.get(User, row.assessor_id) if row.assessor_id is not None else None
    decision = _decision(row.triage_decision)
    consent = ConsentStatus(case.consent_status)
    items = tuple(
        ItemView(
            person_id=item.person_id,
            person_name=names.get(item.person_id, "") if item.person_id else HOUSEHOLD_WIDE,
            category_code=item.category_code,
            category_label=categories.get(item.category_code, item.category_code),
            source=InformationSource(item.source),
            source_label=label(InformationSource(item.source)),
            note=item.note,
        )
        for item in row.items
    )
    return AssessmentView(
        case_id=case.id,
        sequence=row.sequence,
        assessed_on=row.assessed_on,
        assessor_id=row.assessor_id,
        assessor_name=assessor.display_name if assessor else "",
        strengths=row.strengths,
        risk=row.risk,
        urgency=row.urgency,
        urgency_label=urgency.get(row.urgency, row.urgency),
        coordination_needed=row.coordination_needed,
        complex_needs=row.complex_needs,
        triage_decision=decision,
        triage_label=label(decision) if decision else "",
        triage_reason=row.triage_reason,
        summary=row.summary,
        items=items,
        case=CaseState(
            stage=CaseStage(case.stage),
            version=case.version,
            consent=consent,
            complex_needs=case.complex_needs,
            lead_worker_id=case.lead_worker_id,
            co_worker_id=case.co_worker_id,
            lead_reason=case.lead_reason,
        ),
        notices=workflow.triage_notices(decision, consent),
    )
