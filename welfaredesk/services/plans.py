"""Support plans (支援計画): versions, drafting, submission to a meeting, comparison, printing.

Every version of a case's plan is its own :class:`~welfaredesk.storage.orm.SupportPlan` row
(第1版, 第2版 …); a revision (見直し) copies the latest version's content and items into a new
案 linked to it by ``supersedes_id``, so earlier versions never change and can be compared side
by side. Only a draft (案) is editable (:data:`welfaredesk.domain.plans.EDITABLE`), and a case
has at most one draft at a time.

People move a version only as :func:`welfaredesk.domain.plans.check_user_transition` allows.
Submitting to a meeting (会議提出) needs the submit right (coordinators and supervisors), the
person's recorded consent (a 支援調整会議 takes only cases with consent), an overall goal and at
least one item; it moves the case to 支援調整会議, and withdrawing moves it back to 支援計画案.
決定 is reached only through a meeting's decision (the meetings service). A decided plan
records the day the person signed the printed plan (本人確認日).

Every change is audited with field names only, never the content; a closed case is refused
(:func:`~welfaredesk.services.security.ensure_open`), except for reading and printing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from welfaredesk.domain import plans as rules
from welfaredesk.domain.dates import age_on, parse_date, parse_optional_date
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    PlanStatus,
    label,
)
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import date_text as wareki_text
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.drafts import discard_in
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name, picklist_labels
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Case,
    Meeting,
    Person,
    PlanItem,
    SupportPlan,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.support_plan import SupportPlanDocument


STAGES_BEFORE_PLAN = frozenset({CaseStage.INTAKE, CaseStage.ASSESSMENT, CaseStage.REFERRAL})
"""Stages a new plan moves on to 支援計画案 (the case had no plan yet)."""

STAGES_OF_REVISION = frozenset({CaseStage.SERVICE, CaseStage.MONITORING})
"""Stages a new version moves back to 支援計画案 (a revision, 見直し, of a plan in force)."""

RESPONSIBLE_PERSON_MAX = 100
FREQUENCY_MAX = 100

FIELD_LABELS: dict[str, str] = {
    "client_wishes": "本人の意向",
    "overall_goal": "総合的な目標",
    "short_term_goals": "短期目標",
    "next_review_on": "次回見直し予定日",
}
"""The plan's own fields, as named in messages and in the comparison."""

ITEM_LABELS: dict[str, str] = {
    "issue": "課題",
    "goal": "目標",
    "action": "支援内容",
    "responsible": "担当（機関・担当者）",
    "frequency": "頻度・期間",
    "funding_programme": "事業区分",
}
"""The columns of a plan item, as named in messages and in the comparison."""


# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanItemInput:
    """One row of the plan as typed: issue, goal, action, who, how often, programme."""

    goal: str
    action: str = ""
    issue_code: str | None = None
    responsible_agency_id: int | None = None
    responsible_person: str = ""
    frequency: str = ""
    funding_programme_code: str | None = None


@dataclass(frozen=True, slots=True)
class PlanInput:
    """The plan editor as typed; ``version`` is the plan's version the editor was opened on."""

    version: int
    client_wishes: str = ""
    overall_goal: str = ""
    short_term_goals: str = ""
    next_review_on: str = ""
    items: tuple[PlanItemInput, ...] = ()


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanItemView:
    """A plan row with its labels."""

    issue_code: str | None
    issue_label: str
    goal: str
    action: str
    responsible_agency_id: int | None
    agency_name: str
    responsible_person: str
    frequency: str
    funding_programme_code: str | None
    funding_label: str

    @property
    def responsible(self) -> str:
        """Who does it: ``機関名／担当者`` (either part may be missing)."""
        return "／".join(p for p in (self.agency_name, self.responsible_person) if p.strip())


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A line of the version list."""

    id: int
    plan_no: int
    status: PlanStatus
    status_label: str
    created_on: dt.date
    decided_on: dt.date | None
    next_review_on: dt.date | None


@dataclass(frozen=True, slots=True)
class PlanView:
    """One version of a case's support plan, with what may happen to it next."""

    id: int
    case_id: int
    plan_no: int
    version: int
    status: PlanStatus
    status_label: str
    client_wishes: str
    overall_goal: str
    short_term_goals: str
    next_review_on: dt.date | None
    created_on: dt.date
    author_name: str
    decided_on: dt.date | None
    decided_meeting: str
    """The meeting that decided the plan (``支援調整会議 令和7年7月10日``), or ``""``."""
    client_confirmed_on: dt.date | None
    supersedes_no: int | None
    items: tuple[PlanItemView, ...]
    case_stage: CaseStage
    case_closed: bool
    consent: ConsentStatus
    next_statuses: tuple[PlanStatus, ...]
    """The statuses a person may move this version to (決定 never appears)."""

    @property
    def editable(self) -> bool:
        """Whether the content may still be changed (a draft of an open case)."""
        return self.status in rules.EDITABLE and not self.case_closed


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One difference between two versions: the field's label, before and after."""

    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ItemChange:
    """A plan row added, removed or changed between two versions.

    ``number_a`` and ``number_b`` are the row's 1-based numbers in each version (None where
    it is missing); ``title`` names the row (its issue and goal); ``changes`` lists the
    changed columns of a changed row (every filled column of an added or removed one).
    """

    kind: str
    """``added``, ``removed`` or ``changed``."""
    number_a: int | None
    number_b: int | None
    title: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class PlanComparison:
    """The differences between two versions of a case's plan (a → b), for a side-by-side view."""

    case_id: int
    plan_no_a: int
    plan_no_b: int
    status_a: str
    status_b: str
    fields: tuple[FieldChange, ...]
    items: tuple[ItemChange, ...]
    unchanged_items: int

    @property
    def identical(self) -> bool:
        """Whether the two versions have the same content."""
        return not self.fields and not self.items


# --- the service --------------------------------------------------------------------------


class PlanService:
    """Use cases of the support plan tab and the 支援計画書."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def versions(self, principal: Principal, case_id: int) -> list[PlanSummary]:
        """The versions of a case's plan, newest first.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            rows = s.scalars(
                select(SupportPlan)
                .where(SupportPlan.case_id == case.id)
                .order_by(SupportPlan.plan_no.desc())
            ).all()
            return [
                PlanSummary(
                    id=row.id,
                    plan_no=row.plan_no,
                    status=PlanStatus(row.status),
                    status_label=label(PlanStatus(row.status)),
                    created_on=row.created_at.date(),
                    decided_on=row.decided_on,
                    next_review_on=row.next_review_on,
                )
                for row in rows
            ]

    def get(self, principal: Principal, case_id: int, plan_no: int) -> PlanView:
        """One version of the case's plan (the view is audited).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case or the version does not exist, or the case is outside the
                user's scope.
        """
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            row = _by_number(s, case, plan_no)
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={"plan_no": row.plan_no},
            )
            return _view(s, principal, case, row)

    def agency_choices(self, principal: Principal) -> list[tuple[int, str]]:
        """Active agencies of the directory for the 担当 column: (id, ``name section``)."""
        require(principal, Action.PLAN_WRITE, self._db)
        with self._db.read() as s:
            rows = s.execute(
                select(Agency.id, Agency.name, Agency.section)
                .where(Agency.active.is_(True))
                .order_by(Agency.kana, Agency.id)
            ).all()
            return [(aid, f"{name} {section}".strip()) for aid, name, section in rows]

    def new_version(self, principal: Principal, case_id: int) -> PlanView:
        """Start a new version (案): the first plan, or a revision copying the latest version.

        The case moves to 支援計画案 when it had not reached it yet, or when it was in
        支援提供 or 経過確認 (a revision of the plan in force).

        Raises:
            PermissionDenied: the user may not write plans.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is closed, or it already has a draft or a plan at a meeting.
        """
        require(principal, Action.PLAN_WRITE, self._db)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            ensure_open(case, "支援計画")
            pending = s.scalars(
                select(SupportPlan)
                .where(
                    SupportPlan.case_id == case.id,
                    SupportPlan.status.in_([str(PlanStatus.DRAFT), str(PlanStatus.SUBMITTED)]),
                )
                .limit(1)
            ).first()
            if pending is not None and pending.status == PlanStatus.DRAFT:
                raise KnownError(
                    msg(
                        "このケースには作成中の支援計画（第{plan_no}版・案）があります。"
                        "案は一度に一つだけです。その案を編集してください。",
                        plan_no=pending.plan_no,
                    )
                )
            if pending is not None:
                raise KnownError(
                    msg(
                        "第{plan_no}版が会議に提出されています。新しい版を作るには、"
                        "会議の決定を待つか、提出を取り下げてください。",
                        plan_no=pending.plan_no,
                    )
                )
            latest = s.scalars(
                select(SupportPlan)
                .where(SupportPlan.case_id == case.id)
                .order_by(SupportPlan.plan_no.desc())
                .limit(1)
            ).first()
            row = SupportPlan(
                case_id=case.id,
                plan_no=(latest.plan_no if latest else 0) + 1,
                status=str(PlanStatus.DRAFT),
                client_wishes=latest.client_wishes if latest else "",
                overall_goal=latest.overall_goal if latest else "",
                short_term_goals=latest.short_term_goals if latest else "",
                next_review_on=latest.next_review_on if latest else None,
                supersedes_id=latest.id if latest else None,
                author_id=principal.user_id,
            )
            s.add(row)
            s.flush()
            for order, item in enumerate(latest.items if latest else ()):
                s.add(
                    PlanItem(
                        plan_id=row.id,
                        sort_order=order,
                        issue_code=item.issue_code,
                        goal=item.goal,
                        action=item.action,
                        responsible_agency_id=item.responsible_agency_id,
                        responsible_person=item.responsible_person,
                        frequency=item.frequency,
                        funding_programme_code=item.funding_programme_code,
                    )
                )
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={
                    "plan_no": row.plan_no,
                    "supersedes_id": row.supersedes_id,
                    "items": len(latest.items) if latest else 0,
                },
            )
            stage = CaseStage(case.stage)
            if stage in STAGES_BEFORE_PLAN or stage in STAGES_OF_REVISION:
                _move_case(s, principal, case, CaseStage.PLAN_DRAFT, row.id)
            s.refresh(row)
            return _view(s, principal, case, row)

    def save_draft(
        self,
        principal: Principal,
        plan_id: int,
        form: PlanInput,
        *,
        today: dt.date | None = None,
        draft: tuple[str, str] | None = None,
    ) -> PlanView:
        """Save the content of a draft (案): its fields and its rows, in the order given.

        Args:
            principal: the logged-in user (needs the right to write plans).
            plan_id: the draft.
            form: the editor as typed.
            today: today's date (for reading dates).
            draft: the (form, record key) of the user's autosaved editor, deleted in the same
                unit of work so a saved plan is never offered back.

        Raises:
            PermissionDenied: the user may not write plans.
            NotFound: the plan does not exist or its case is outside the user's scope.
            KnownError: the case is closed, or the version is no longer a draft.
            ConflictError: someone else saved the plan after the editor was opened.
            ValidationError: bad input, naming the field (nothing is saved).
        """
        require(principal, Action.PLAN_WRITE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            row, case = _load(s, principal, plan_id)
            ensure_open(case, "支援計画")
            if PlanStatus(row.status) not in rules.EDITABLE:
                raise KnownError(
                    msg(
                        "第{plan_no}版は「{status}」のため変更できません。"
                        "内容を変えるには新しい版を作成してください。",
                        plan_no=row.plan_no,
                        status=label(PlanStatus(row.status)),
                    )
                )
            if row.version != form.version:
                raise _conflict()
            review_on = _check(s, case, form, today)
            before = _snapshot(row)
            row.client_wishes = form.client_wishes.strip()
            row.overall_goal = form.overall_goal.strip()
            row.short_term_goals = form.short_term_goals.strip()
            row.next_review_on = review_on
            row.updated_at = dt.datetime.now().replace(microsecond=0)
            flag_modified(row, "updated_at")  # a save always bumps the version
            existing = list(row.items)
            for order, item in enumerate(form.items):
                target = existing[order] if order < len(existing) else None
                if target is None:
                    target = PlanItem(plan_id=row.id)
                    s.add(target)
                target.sort_order = order
                target.issue_code = item.issue_code or None
                target.goal = item.goal.strip()
                target.action = item.action.strip()
                target.responsible_agency_id = item.responsible_agency_id
                target.responsible_person = item.responsible_person.strip()
                target.frequency = item.frequency.strip()
                target.funding_programme_code = item.funding_programme_code or None
            for extra in existing[len(form.items) :]:
                s.delete(extra)
            s.flush()
            s.expire(row, ["items"])
            after = _snapshot(row)
            changed = sorted(k for k in FIELD_LABELS if after[k] != before[k])
            if after["items"] != before["items"]:
                changed.append("items")
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={"plan_no": row.plan_no, "fields": changed, "items": len(form.items)},
            )
            if draft is not None:
                discard_in(s, principal.user_id, *draft)
            return _view(s, principal, case, row)

    def set_status(
        self, principal: Principal, plan_id: int, wanted: PlanStatus, version: int
    ) -> PlanView:
        """Move a version by hand: submit to a meeting, withdraw, end, put under review.

        Raises:
            PermissionDenied: the user may not write plans, or may not submit them.
            NotFound: the plan does not exist or its case is outside the user's scope.
            KnownError: the case is closed.
            ConflictError: someone else changed the plan after it was shown.
            ValidationError: the move is not allowed (決定 is a meeting's decision), or a
                plan to submit lacks consent, a goal or an item.
        """
        require(principal, Action.PLAN_WRITE, self._db)
        with self._db.write() as s:
            row, case = _load(s, principal, plan_id)
            ensure_open(case, "支援計画")
            if row.version != version:
                raise _conflict()
            current = PlanStatus(row.status)
            rules.check_user_transition(current, wanted)
            if wanted is PlanStatus.SUBMITTED or current is PlanStatus.SUBMITTED:
                require(principal, Action.PLAN_SUBMIT, self._db)
            if wanted is PlanStatus.SUBMITTED:
                _check_submission(case, row)
            row.status = str(wanted)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={"plan_no": row.plan_no, "status": row.status, "previous": str(current)},
            )
            if wanted is PlanStatus.SUBMITTED and case.stage != CaseStage.COORDINATION:
                _move_case(s, principal, case, CaseStage.COORDINATION, row.id)
            elif (
                current is PlanStatus.SUBMITTED
                and wanted is PlanStatus.DRAFT
                and case.stage == CaseStage.COORDINATION
            ):
                _move_case(s, principal, case, CaseStage.PLAN_DRAFT, row.id)
            return _view(s, principal, case, row)

    def confirm_by_client(
        self,
        principal: Principal,
        plan_id: int,
        date_text: str,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> PlanView:
        """Record the day the person signed the printed plan (本人確認日) of a decided plan.

        Raises:
            PermissionDenied: the user may not write plans.
            NotFound: the plan does not exist or its case is outside the user's scope.
            KnownError: the case is closed.
            ConflictError: someone else changed the plan after it was shown.
            ValidationError: the plan is not decided, or the date is bad.
        """
        require(principal, Action.PLAN_WRITE, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            row, case = _load(s, principal, plan_id)
            ensure_open(case, "支援計画の本人確認")
            if row.version != version:
                raise _conflict()
            if PlanStatus(row.status) is not PlanStatus.DECIDED:
                raise ValidationError(
                    "client_confirmed_on",
                    "本人確認日",
                    "本人確認日を記録できるのは「決定」の支援計画だけです。",
                )
            on = parse_date(
                date_text,
                field="client_confirmed_on",
                label="本人確認日",
                today=today,
                allow_future=False,
            )
            if row.decided_on is not None and on < row.decided_on:
                raise ValidationError(
                    "client_confirmed_on",
                    "本人確認日",
                    msg(
                        "決定日（{date}）より前の日付は入力できません。",
                        date=wareki_text(row.decided_on),
                    ),
                )
            row.client_confirmed_on = on
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={"plan_no": row.plan_no, "fields": ["client_confirmed_on"]},
            )
            return _view(s, principal, case, row)

    def compare(
        self, principal: Principal, case_id: int, plan_no_a: int, plan_no_b: int
    ) -> PlanComparison:
        """What changed from version a to version b (audited as a view of both).

        Rows are paired first when identical, then by issue, then by goal; rows left over
        are added (only in b) or removed (only in a).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case or a version does not exist, or the case is outside the
                user's scope.
        """
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            a = _by_number(s, case, plan_no_a)
            b = _by_number(s, case, plan_no_b)
            view_a = _view(s, principal, case, a)
            view_b = _view(s, principal, case, b)
            for row in (a, b):
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.VIEW,
                    "support_plan",
                    row.id,
                    case_id=case.id,
                    detail={"plan_no": row.plan_no, "compare": True},
                )
            return _compare(view_a, view_b)

    # --- the 支援計画書 -------------------------------------------------------------------

    def print_plan(
        self,
        principal: Principal,
        case_id: int,
        plan_no: int,
        out: Path,
        *,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the 支援計画書 of one version to ``out``; audited.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case or the version does not exist, or the case is outside the
                user's scope.
        """
        from welfaredesk.printing.support_plan import build_support_plan  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            row = _by_number(s, case, plan_no)
            view = _view(s, principal, case, row)
            build_support_plan(_document(s, principal, case, view, now), out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "support_plan",
                row.id,
                case_id=case.id,
                detail={"form": "support_plan"},
            )
        return out

    def record_output(
        self, principal: Principal, case_id: int, plan_id: int, *, to_file: bool
    ) -> None:
        """Audit that a previewed 支援計画書 went to the printer or was saved as a file."""
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                "support_plan",
                plan_id,
                case_id=case.id,
                detail={"form": "support_plan", "output": "file" if to_file else "printer"},
            )


# --- loading and checks -------------------------------------------------------------------


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこの支援計画を更新しました。入力した内容はそのまま残って"
        "います。最新の内容を確認してから、もう一度保存してください。"
    )


def _load(s: Session, principal: Principal, plan_id: int) -> tuple[SupportPlan, Case]:
    row = s.get(SupportPlan, plan_id)
    if row is None:
        raise NotFound("指定された支援計画は見つかりません。")
    case = load_visible_case(s, principal, row.case_id)
    return row, case


def _by_number(s: Session, case: Case, plan_no: int) -> SupportPlan:
    row = s.scalars(
        select(SupportPlan).where(SupportPlan.case_id == case.id, SupportPlan.plan_no == plan_no)
    ).one_or_none()
    if row is None:
        raise NotFound(
            msg(
                "このケースに第{plan_no}版の支援計画はありません。"
                "版の一覧で番号を確かめてください。",
                plan_no=plan_no,
            )
        )
    return row


def _move_case(
    s: Session, principal: Principal, case: Case, stage: CaseStage, plan_id: int
) -> None:
    case.stage = str(stage)
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.UPDATE,
        "case",
        case.id,
        case_id=case.id,
        detail={"fields": ["stage"], "plan_id": plan_id},
    )


def _check(s: Session, case: Case, form: PlanInput, today: dt.date) -> dt.date | None:
    """Validate the editor; returns the next review date.

    Raises:
        ValidationError: the first problem found, naming its field.
    """
    review_on = parse_optional_date(
        form.next_review_on, field="next_review_on", label="次回見直し予定日", today=today
    )
    if review_on is not None and review_on < case.opened_on:
        raise ValidationError(
            "next_review_on",
            "次回見直し予定日",
            msg(
                "相談受付日（{date}）より前の日付は入力できません。",
                date=wareki_text(case.opened_on),
            ),
        )
    issues = picklist_labels(s, "issue_category")
    programmes = picklist_labels(s, "funding_programme")
    agency_ids = {i.responsible_agency_id for i in form.items if i.responsible_agency_id}
    agencies = (
        {a.id: a for a in s.scalars(select(Agency).where(Agency.id.in_(agency_ids)))}
        if agency_ids
        else {}
    )
    for index, item in enumerate(form.items):
        key = f"items[{index}]."

        def prefix(field: str, number: int = index + 1) -> str:
            return msg("{number}行目の{field}", number=number, field=field)

        if item.issue_code and item.issue_code not in issues:
            raise ValidationError(key + "issue_code", prefix("課題"), "選択肢から選んでください。")
        if not item.goal.strip():
            raise ValidationError(
                key + "goal",
                prefix("目標"),
                "この行で目指すことを入力してください（不要な行は削除してください）。",
            )
        if item.responsible_agency_id is not None:
            agency = agencies.get(item.responsible_agency_id)
            if agency is None:
                raise ValidationError(
                    key + "responsible_agency_id",
                    prefix("担当機関"),
                    "担当機関を関係機関の一覧から選んでください。",
                )
        if len(item.responsible_person.strip()) > RESPONSIBLE_PERSON_MAX:
            raise ValidationError(
                key + "responsible_person",
                prefix("担当者"),
                msg("{limit}文字以内で入力してください。", limit=RESPONSIBLE_PERSON_MAX),
            )
        if len(item.frequency.strip()) > FREQUENCY_MAX:
            raise ValidationError(
                key + "frequency",
                prefix("頻度・期間"),
                msg("{limit}文字以内で入力してください。", limit=FREQUENCY_MAX),
            )
        if item.funding_programme_code and item.funding_programme_code not in programmes:
            raise ValidationError(
                key + "funding_programme_code", prefix("事業区分"), "選択肢から選んでください。"
            )
    return review_on


def _check_submission(case: Case, row: SupportPlan) -> None:
    """What a plan needs before it goes to a 支援調整会議."""
    if case.consent_status != ConsentStatus.GIVEN:
        raise ValidationError(
            "status",
            "会議提出",
            "本人の同意が記録されていないため、支援計画は支援調整会議に提出できません"
            "（支援調整会議は本人の同意があるケースだけを検討します）。"
            "本人の同意を得て記録するか、同意が得られない場合は支援会議（法第9条）で"
            "情報共有を検討してください。",
        )
    if not row.overall_goal.strip():
        raise ValidationError(
            "overall_goal", "総合的な目標", "会議に提出する前に総合的な目標を入力してください。"
        )
    if not row.items:
        raise ValidationError(
            "items", "支援内容", "会議に提出する前に支援内容を1行以上入力してください。"
        )


def _snapshot(row: SupportPlan) -> dict[str, object]:
    values: dict[str, object] = {k: getattr(row, k) for k in FIELD_LABELS}
    values["items"] = [
        (
            i.issue_code,
            i.goal,
            i.action,
            i.responsible_agency_id,
            i.responsible_person,
            i.frequency,
            i.funding_programme_code,
        )
        for i in row.items
    ]
    return values


# --- views --------------------------------------------------------------------------------


def _meeting_text(s: Session, meeting_id: int | None) -> str:
    if meeting_id is None:
        return ""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        return ""
    kind = MeetingKind(meeting.kind) if meeting.kind in set(MeetingKind) else None
    name = label(kind) if kind and kind is not MeetingKind.OTHER else ""
    if not name:
        name = picklist_labels(s, "meeting_type").get(
            meeting.meeting_type_code, meeting.meeting_type_code
        )
    if not name:
        return wareki_text(meeting.held_at.date())
    return msg("{name} {date}", name=name, date=wareki_text(meeting.held_at.date()))


def _view(s: Session, principal: Principal, case: Case, row: SupportPlan) -> PlanView:
    issues = picklist_labels(s, "issue_category")
    programmes = picklist_labels(s, "funding_programme")
    agency_ids = {i.responsible_agency_id for i in row.items if i.responsible_agency_id}
    agencies = (
        dict(s.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids))).all())
        if agency_ids
        else {}
    )
    items = tuple(
        PlanItemView(
            issue_code=i.issue_code,
            issue_label=issues.get(i.issue_code, i.issue_code) if i.issue_code else "",
            goal=i.goal,
            action=i.action,
            responsible_agency_id=i.responsible_agency_id,
            agency_name=agencies.get(i.responsible_agency_id, "")
            if i.responsible_agency_id
            else "",
            responsible_person=i.responsible_person,
            frequency=i.frequency,
            funding_programme_code=i.funding_programme_code,
            funding_label=programmes.get(i.funding_programme_code, i.funding_programme_code)
            if i.funding_programme_code
            else "",
        )
        for i in row.items
    )
    author = s.get(User, row.author_id) if row.author_id is not None else None
    supersedes = s.get(SupportPlan, row.supersedes_id) if row.supersedes_id is not None else None
    status = PlanStatus(row.status)
    closed = case.stage == CaseStage.CLOSED
    nexts: tuple[PlanStatus, ...] = ()
    if not closed and allowed(principal.role, Action.PLAN_WRITE):
        nexts = tuple(
            p
            for p in PlanStatus
            if p in rules.USER_TRANSITIONS[status]
            and (
                allowed(principal.role, Action.PLAN_SUBMIT)
                or (p is not PlanStatus.SUBMITTED and status is not PlanStatus.SUBMITTED)
            )
        )
    return PlanView(
        id=row.id,
        case_id=case.id,
        plan_no=row.plan_no,
        version=row.version,
        status=status,
        status_label=label(status),
        client_wishes=row.client_wishes,
        overall_goal=row.overall_goal,
        short_term_goals=row.short_term_goals,
        next_review_on=row.next_review_on,
        created_on=row.created_at.date(),
        author_name=author.display_name if author else "",
        decided_on=row.decided_on,
        decided_meeting=_meeting_text(s, row.decided_meeting_id),
        client_confirmed_on=row.client_confirmed_on,
        supersedes_no=supersedes.plan_no if supersedes else None,
        items=items,
        case_stage=CaseStage(case.stage),
        case_closed=closed,
        consent=ConsentStatus(case.consent_status),
        next_statuses=nexts,
    )


# --- comparison ---------------------------------------------------------------------------


def _date_text(day: dt.date | None) -> str:
    return wareki_text(day) if day else ""


def _item_values(item: PlanItemView) -> dict[str, str]:
    return {
        "issue": item.issue_label,
        "goal": item.goal,
        "action": item.action,
        "responsible": item.responsible,
        "frequency": item.frequency,
        "funding_programme": item.funding_label,
    }


def _item_title(item: PlanItemView) -> str:
    goal = " ".join(item.goal.split())
    if len(goal) > 30:
        goal = goal[:30] + "…"
    if item.issue_label and goal:
        return msg("{issue}：{goal}", issue=item.issue_label, goal=goal)
    return item.issue_label or goal


def _pair(a: list[PlanItemView], b: list[PlanItemView]) -> list[tuple[int | None, int | None]]:
    """Pair the rows of two versions: identical rows, then same issue, then same goal."""
    pairs: list[tuple[int | None, int | None]] = []
    left = list(range(len(a)))
    right = list(range(len(b)))

    def match(same: Callable[[PlanItemView, PlanItemView], bool]) -> None:
        for i in list(left):
            for j in right:
                if same(a[i], b[j]):
                    pairs.append((i, j))
                    left.remove(i)
                    right.remove(j)
                    break

    match(lambda x, y: _item_values(x) == _item_values(y))
    match(lambda x, y: bool(x.issue_code) and x.issue_code == y.issue_code)
    match(lambda x, y: x.goal.strip() == y.goal.strip())
    pairs.extend((i, None) for i in left)
    pairs.extend((None, j) for j in right)
    return pairs


def _compare(a: PlanView, b: PlanView) -> PlanComparison:
    before = {
        "client_wishes": a.client_wishes,
        "overall_goal": a.overall_goal,
        "short_term_goals": a.short_term_goals,
        "next_review_on": _date_text(a.next_review_on),
    }
    after = {
        "client_wishes": b.client_wishes,
        "overall_goal": b.overall_goal,
        "short_term_goals": b.short_term_goals,
        "next_review_on": _date_text(b.next_review_on),
    }
    fields = tuple(
        FieldChange(k, FIELD_LABELS[k], before[k], after[k])
        for k in FIELD_LABELS
        if before[k].strip() != after[k].strip()
    )
    items: list[ItemChange] = []
    unchanged = 0
    pairs = _pair(list(a.items), list(b.items))
    pairs.sort(key=lambda p: (p[1] if p[1] is not None else 10_000, p[0] or 0))
    for i, j in pairs:
        old = _item_values(a.items[i]) if i is not None else None
        new = _item_values(b.items[j]) if j is not None else None
        if old is not None and new is not None:
            changes = tuple(
                FieldChange(k, ITEM_LABELS[k], old[k], new[k])
                for k in ITEM_LABELS
                if old[k].strip() != new[k].strip()
            )
            if not changes:
                unchanged += 1
                continue
            assert i is not None
            assert j is not None
            items.append(ItemChange("changed", i + 1, j + 1, _item_title(b.items[j]), changes))
        elif new is not None:
            assert j is not None
            items.append(
                ItemChange(
                    "added",
                    None,
                    j + 1,
                    _item_title(b.items[j]),
                    tuple(FieldChange(k, ITEM_LABELS[k], "", v) for k, v in new.items() if v),
                )
            )
        elif old is not None:
            assert i is not None
            items.append(
                ItemChange(
                    "removed",
                    i + 1,
                    None,
                    _item_title(a.items[i]),
                    tuple(FieldChange(k, ITEM_LABELS[k], v, "") for k, v in old.items() if v),
                )
            )
    return PlanComparison(
        case_id=a.case_id,
        plan_no_a=a.plan_no,
        plan_no_b=b.plan_no,
        status_a=a.status_label,
        status_b=b.status_label,
        fields=fields,
        items=tuple(items),
        unchanged_items=unchanged,
    )


# --- the printed document -----------------------------------------------------------------


def _document(
    s: Session, principal: Principal, case: Case, view: PlanView, now: dt.datetime
) -> SupportPlanDocument:
    from welfaredesk.printing.support_plan import SupportPlanDocument, SupportPlanItem  # noqa: PLC0415 - reportlab loads only when printing

    client = s.get_one(Person, case.client_id)
    desk = desk_profile(s)
    lead = s.get(User, case.lead_worker_id) if case.lead_worker_id is not None else None
    on = view.decided_on or now.date()
    age = (
        f"{age_on(client.birth_date, on)}歳"
        if client.birth_date is not None and client.birth_date <= on
        else ""
    )
    return SupportPlanDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_phone=desk.phone,
        desk_address=desk.address,
        printed_by=principal.display_name,
        printed_at=now,
        client_name=full_name(client.family_name, client.given_name),
        client_kana=full_name(client.family_kana, client.given_kana),
        client_age=age,
        plan_no=view.plan_no,
        status=view.status_label,
        created_on=view.created_on,
        author=view.author_name,
        decided_on=view.decided_on,
        decided_meeting=view.decided_meeting,
        client_confirmed_on=view.client_confirmed_on,
        client_wishes=view.client_wishes,
        overall_goal=view.overall_goal,
        short_term_goals=view.short_term_goals,
        items=tuple(
            SupportPlanItem(
                issue=i.issue_label,
                goal=i.goal,
                action=i.action,
                responsible=i.responsible,
                frequency=i.frequency,
                funding_programme=i.funding_label,
            )
            for i in view.items
        ),
        next_review_on=view.next_review_on,
        lead_worker=lead.display_name if lead else view.author_name,
    )
