"""Monitoring reviews (経過確認と評価) of the plan in force, domain.md §6.2.

A case whose plan was decided (支援決定) is reviewed at dates set in advance: one pending
:class:`~welfaredesk.storage.orm.MonitoringReview` at a time (its ``due_on``; the first one
defaults to the plan's ``next_review_on``). Recording a review evaluates every item of the plan
in force (達成 / 一部達成 / 未達成 / 中止, with a comment), notes how the agencies deliver their
part and the advice given, and ends with a decision that acts on the plan and the case:

* 継続 → the next review is scheduled at the date given (required) and becomes the case's
  next due date; the case is in 経過確認と評価;
* 見直し → the plan is 見直し中 and the case goes back to 支援計画案, so a revised plan goes
  to the next 支援調整会議 (as a meeting's 見直し does, :mod:`welfaredesk.domain.plans`);
* 終結 → the plan is 終了; the case stays where it is until the closure record (reason,
  approval) is written on the closure tab (:class:`welfaredesk.services.closures.ClosureService`).

A closed case is read-only: recording or scheduling is refused until it is reopened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.dates import parse_date, parse_optional_date
from welfaredesk.domain.enums import (
    Achievement,
    AuditAction,
    CaseStage,
    MonitoringDecision,
    PlanStatus,
    label,
)
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import date_text, msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import picklist_labels
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Case,
    MonitoringReview,
    PlanItem,
    ReviewItem,
    SupportPlan,
    User,
)

WHAT = "経過確認"
"""How the closed-case refusal names what the user wanted to record."""

# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemEvaluation:
    """The evaluation of one plan item; ``achievement`` None means not evaluated yet."""

    plan_item_id: int
    achievement: Achievement | None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class ReviewInput:
    """The review form as typed.

    ``next_review_on`` is required for 継続 (the date of the next review) and ignored otherwise.
    """

    reviewed_on: str
    items: tuple[ItemEvaluation, ...]
    decision: MonitoringDecision | None
    delivery_status: str = ""
    advice: str = ""
    next_review_on: str = ""
    note: str = ""


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanItemView:
    """A row of the plan in force."""

    id: int
    number: int
    issue_label: str
    goal: str
    action: str
    responsible: str
    frequency: str


@dataclass(frozen=True, slots=True)
class PlanInForce:
    """The case's decided plan (支援決定) with its items."""

    id: int
    plan_no: int
    status: PlanStatus
    status_label: str
    overall_goal: str
    short_term_goals: str
    decided_on: dt.date | None
    next_review_on: dt.date | None
    items: tuple[PlanItemView, ...]


@dataclass(frozen=True, slots=True)
class ReviewItemView:
    """How one plan item was evaluated."""

    plan_item_id: int | None
    goal: str
    achievement: Achievement
    achievement_label: str
    comment: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A monitoring review, pending (no ``reviewed_on``) or done."""

    id: int
    version: int
    case_id: int
    plan_id: int | None
    plan_no: int | None
    due_on: dt.date
    reviewed_on: dt.date | None
    reviewer_name: str
    delivery_status: str
    advice: str
    decision: MonitoringDecision | None
    decision_label: str
    note: str
    items: tuple[ReviewItemView, ...]
    overdue: bool

    @property
    def pending(self) -> bool:
        """Whether the review is still to be done."""
        return self.reviewed_on is None


@dataclass(frozen=True, slots=True)
class MonitoringOverview:
    """Everything the monitoring tab shows."""

    case_id: int
    case_version: int
    stage: CaseStage
    plan: PlanInForce | None
    pending: ReviewView | None
    done: tuple[ReviewView, ...]
    """Reviews already recorded, newest first."""
    overdue: int
    """1 when the pending review is past its due date, else 0."""

    @property
    def closed(self) -> bool:
        """Whether the case is closed (read-only)."""
        return self.stage is CaseStage.CLOSED


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """What recording a review did."""

    review: ReviewView
    next_review: ReviewView | None
    plan_status: PlanStatus
    stage: CaseStage
    closure_needed: bool
    """終結 was decided: the plan ended, and the closure record is still to be written."""


# --- the service --------------------------------------------------------------------------


class MonitoringService:
    """Use cases of the monitoring tab."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(
        self, principal: Principal, case_id: int, *, today: dt.date | None = None
    ) -> MonitoringOverview:
        """The plan in force, the pending review and the reviews done (newest first).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        today = today or dt.date.today()
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            plan = plan_in_force(s, case.id)
            rows = s.scalars(
                select(MonitoringReview)
                .where(MonitoringReview.case_id == case.id)
                .order_by(MonitoringReview.due_on.desc(), MonitoringReview.id.desc())
            ).all()
            views = _views(s, list(rows), today)
            pending = next((v for v in views if v.pending), None)
            done = tuple(
                sorted(
                    (v for v in views if not v.pending),
                    key=lambda v: (v.reviewed_on or v.due_on, v.id),
                    reverse=True,
                )
            )
            return MonitoringOverview(
                case_id=case.id,
                case_version=case.version,
                stage=CaseStage(case.stage),
                plan=_plan_view(s, plan) if plan is not None else None,
                pending=pending,
                done=done,
                overdue=(
                    1
                    if pending is not None and pending.overdue and case.stage != CaseStage.CLOSED
                    else 0
                ),
            )

    def get(
        self, principal: Principal, review_id: int, *, today: dt.date | None = None
    ) -> ReviewView:
        """One review (the view is audited).

        Raises:
            NotFound: the review does not exist or its case is outside the user's scope.
        """
        with self._db.write() as s:
            row, case = _load(s, principal, review_id)
            audit.record(
                s, principal.user_id, AuditAction.VIEW, "monitoring_review", row.id, case_id=case.id
            )
            return _views(s, [row], today or dt.date.today())[0]

    def schedule(
        self,
        principal: Principal,
        case_id: int,
        due_on: str = "",
        *,
        today: dt.date | None = None,
    ) -> ReviewView:
        """Schedule the next review of the plan in force (one pending review at a time).

        Args:
            due_on: the date as typed; empty means the decided plan's next review date.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is closed, has no decided plan, or a review is already pending.
            ValidationError: a bad date (before the plan was decided, or missing).
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            ensure_open(case, WHAT)
            plan = _require_plan(s, case)
            pending = _pending(s, case.id)
            if pending is not None:
                raise KnownError(
                    msg(
                        "経過確認の予定（{date}）がすでにあります。"
                        "その経過確認を記録してから、次の予定を立ててください。",
                        date=date_text(pending.due_on),
                    )
                )
            due = parse_optional_date(due_on, field="due_on", label="経過確認の予定日", today=today)
            due = due or plan.next_review_on
            if due is None:
                raise ValidationError(
                    "due_on", "経過確認の予定日", "経過確認を行う予定日を入力してください。"
                )
            _check_due(due, plan, "due_on", "経過確認の予定日")
            row = _new_review(s, principal, case, plan, due)
            return _views(s, [row], today)[0]

    def record(
        self,
        principal: Principal,
        review_id: int,
        form: ReviewInput,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> ReviewResult:
        """Record the pending review and act on its decision, in one unit of work.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the review does not exist or its case is outside the user's scope.
            KnownError: the case is closed, the review was already recorded, or the case has
                no decided plan.
            ConflictError: someone else changed the review after it was shown.
            ValidationError: a missing evaluation (the item is named), decision or date.
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            row, case = _load(s, principal, review_id)
            ensure_open(case, WHAT)
            if row.version != version:
                raise ConflictError(
                    "ほかの利用者が先にこの経過確認を更新しました。入力した内容はそのまま残って"
                    "います。最新の内容を確認してから、もう一度保存してください。"
                )
            if row.reviewed_on is not None:
                raise KnownError(
                    "この経過確認はすでに記録されています。画面を読み込み直してください。"
                )
            plan = _require_plan(s, case)
            reviewed_on = parse_date(
                form.reviewed_on,
                field="reviewed_on",
                label="経過確認日",
                today=today,
                allow_future=False,
            )
            if reviewed_on < case.opened_on:
                raise ValidationError(
                    "reviewed_on",
                    "経過確認日",
                    msg(
                        "相談受付日（{date}）より前の日付は入力できません。",
                        date=date_text(case.opened_on),
                    ),
                )
            evaluations = _check_items(plan, form.items)
            if form.decision is None:
                raise ValidationError(
                    "decision",
                    "評価の結果",
                    "継続・見直し・終結のどれにするかを選んでください。",
                )
            next_on: dt.date | None = None
            if form.decision is MonitoringDecision.CONTINUE:
                next_on = parse_optional_date(
                    form.next_review_on,
                    field="next_review_on",
                    label="次回の経過確認日",
                    today=today,
                )
                if next_on is None:
                    raise ValidationError(
                        "next_review_on",
                        "次回の経過確認日",
                        "支援を継続する場合は、次に経過確認を行う日を入力してください。",
                    )
                if next_on <= reviewed_on:
                    raise ValidationError(
                        "next_review_on",
                        "次回の経過確認日",
                        "経過確認日より後の日付にしてください。",
                    )

            row.plan_id = plan.id
            row.reviewed_on = reviewed_on
            row.reviewer_id = principal.user_id
            row.delivery_status = form.delivery_status.strip()
            row.advice = form.advice.strip()
            row.decision = str(form.decision)
            row.note = form.note.strip()
            for item_id, (achievement, comment) in evaluations.items():
                s.add(
                    ReviewItem(
                        review_id=row.id,
                        plan_item_id=item_id,
                        achievement=str(achievement),
                        comment=comment,
                    )
                )
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "monitoring_review",
                row.id,
                case_id=case.id,
                detail={
                    "decision": row.decision,
                    "plan_id": plan.id,
                    "items": len(evaluations),
                },
            )

            stage = CaseStage(case.stage)
            next_row: MonitoringReview | None = None
            case_fields: dict[str, object] = {}
            if form.decision is MonitoringDecision.CONTINUE:
                assert next_on is not None
                next_row = _new_review(s, principal, case, plan, next_on, audited_case=False)
                case_fields["next_due_on"] = next_on
                if stage is CaseStage.SERVICE:
                    case_fields["stage"] = str(CaseStage.MONITORING)
            elif form.decision is MonitoringDecision.REVISE:
                _set_plan(s, principal, plan, PlanStatus.UNDER_REVIEW, row.id)
                case_fields["stage"] = str(CaseStage.PLAN_DRAFT)
                case_fields["next_due_on"] = None
            else:
                _set_plan(s, principal, plan, PlanStatus.ENDED, row.id)
                case_fields["next_due_on"] = None
                if stage is CaseStage.SERVICE:
                    case_fields["stage"] = str(CaseStage.MONITORING)
            changed = sorted(k for k, v in case_fields.items() if getattr(case, k) != v)
            if changed:
                for name in changed:
                    setattr(case, name, case_fields[name])
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "case",
                    case.id,
                    case_id=case.id,
                    detail={"fields": changed, "monitoring_review_id": row.id},
                )
            s.refresh(row)
            views = _views(s, [row] + ([next_row] if next_row is not None else []), today)
            return ReviewResult(
                review=views[0],
                next_review=views[1] if next_row is not None else None,
                plan_status=PlanStatus(plan.status),
                stage=CaseStage(case.stage),
                closure_needed=form.decision is MonitoringDecision.CLOSE,
            )


# --- helpers ------------------------------------------------------------------------------


def plan_in_force(s: Session, case_id: int) -> SupportPlan | None:
    """The case's decided plan (the newest one if, against the rules, there are several)."""
    return s.scalars(
        select(SupportPlan)
        .where(SupportPlan.case_id == case_id, SupportPlan.status == str(PlanStatus.DECIDED))
        .order_by(SupportPlan.plan_no.desc())
        .limit(1)
    ).first()


def _require_plan(s: Session, case: Case) -> SupportPlan:
    plan = plan_in_force(s, case.id)
    if plan is None:
        raise KnownError(
            "このケースには決定した支援計画がありません。経過確認は、支援調整会議で決定した"
            "支援計画について行います。"
        )
    return plan


def _pending(s: Session, case_id: int) -> MonitoringReview | None:
    return s.scalars(
        select(MonitoringReview)
        .where(MonitoringReview.case_id == case_id, MonitoringReview.reviewed_on.is_(None))
        .order_by(MonitoringReview.due_on)
        .limit(1)
    ).first()


def _load(s: Session, principal: Principal, review_id: int) -> tuple[MonitoringReview, Case]:
    row = s.get(MonitoringReview, review_id)
    if row is None:
        raise NotFound("指定された経過確認の記録は見つかりません。")
    case = load_visible_case(s, principal, row.case_id)
    return row, case


def _check_due(due: dt.date, plan: SupportPlan, field: str, what: str) -> None:
    if plan.decided_on is not None and due < plan.decided_on:
        raise ValidationError(
            field,
            what,
            msg(
                "支援計画の決定日（{date}）より前の日付は入力できません。",
                date=date_text(plan.decided_on),
            ),
        )


def _check_items(
    plan: SupportPlan, items: tuple[ItemEvaluation, ...]
) -> dict[int, tuple[Achievement, str]]:
    """Every item of the plan evaluated once; returns item id → (achievement, comment)."""
    known = {item.id: item for item in plan.items}
    given: dict[int, ItemEvaluation] = {}
    for evaluation in items:
        if evaluation.plan_item_id not in known:
            raise ValidationError(
                "items",
                "計画の項目の評価",
                "決定している支援計画にない項目が含まれています。画面を読み込み直してください。",
            )
        given[evaluation.plan_item_id] = evaluation
    result: dict[int, tuple[Achievement, str]] = {}
    for number, item in enumerate(plan.items, start=1):
        found = given.get(item.id)
        if found is None or found.achievement is None:
            goal = item.goal.strip() or item.action.strip()
            name = (
                msg("{number}「{goal}」", number=number, goal=_short(goal)) if goal else str(number)
            )
            raise ValidationError(
                f"items.{item.id}",
                "計画の項目の評価",
                msg(
                    "項目{name}の達成状況を選んでください。計画のすべての項目を評価します。",
                    name=name,
                ),
            )
        result[item.id] = (found.achievement, found.comment.strip())
    return result


def _short(text: str, limit: int = 30) -> str:
    first = text.splitlines()[0] if text else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def _new_review(
    s: Session,
    principal: Principal,
    case: Case,
    plan: SupportPlan,
    due: dt.date,
    *,
    audited_case: bool = True,
) -> MonitoringReview:
    row = MonitoringReview(case_id=case.id, plan_id=plan.id, due_on=due)
    s.add(row)
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.CREATE,
        "monitoring_review",
        row.id,
        case_id=case.id,
        detail={"plan_id": plan.id, "due_on": due.isoformat()},
    )
    if audited_case and case.next_due_on != due:
        case.next_due_on = due
        s.flush()
        audit.record(
            s,
            principal.user_id,
            AuditAction.UPDATE,
            "case",
            case.id,
            case_id=case.id,
            detail={"fields": ["next_due_on"], "monitoring_review_id": row.id},
        )
    return row


def _set_plan(
    s: Session, principal: Principal, plan: SupportPlan, status: PlanStatus, review_id: int
) -> None:
    previous = plan.status
    plan.status = str(status)
    s.flush()
    audit.record(
        s,
        principal.user_id,
        AuditAction.UPDATE,
        "support_plan",
        plan.id,
        case_id=plan.case_id,
        detail={"status": plan.status, "previous": previous, "monitoring_review_id": review_id},
    )


def _plan_view(s: Session, plan: SupportPlan) -> PlanInForce:
    issues = picklist_labels(s, "issue_category")
    agency_ids = {i.responsible_agency_id for i in plan.items if i.responsible_agency_id}
    agencies = (
        dict(s.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids))).all())
        if agency_ids
        else {}
    )
    items = []
    for number, item in enumerate(plan.items, start=1):
        who = [agencies.get(item.responsible_agency_id or 0, ""), item.responsible_person]
        items.append(
            PlanItemView(
                id=item.id,
                number=number,
                issue_label=issues.get(item.issue_code or "", item.issue_code or ""),
                goal=item.goal,
                action=item.action,
                responsible="　".join(w for w in who if w),
                frequency=item.frequency,
            )
        )
    status = PlanStatus(plan.status)
    return PlanInForce(
        id=plan.id,
        plan_no=plan.plan_no,
        status=status,
        status_label=label(status),
        overall_goal=plan.overall_goal,
        short_term_goals=plan.short_term_goals,
        decided_on=plan.decided_on,
        next_review_on=plan.next_review_on,
        items=tuple(items),
    )


def _views(s: Session, rows: list[MonitoringReview], today: dt.date) -> list[ReviewView]:
    reviewer_ids = {r.reviewer_id for r in rows if r.reviewer_id is not None}
    names = (
        dict(s.execute(select(User.id, User.display_name).where(User.id.in_(reviewer_ids))).all())
        if reviewer_ids
        else {}
    )
    plan_ids = {r.plan_id for r in rows if r.plan_id is not None}
    plan_nos = (
        dict(
            s.execute(
                select(SupportPlan.id, SupportPlan.plan_no).where(SupportPlan.id.in_(plan_ids))
            ).all()
        )
        if plan_ids
        else {}
    )
    item_ids = {i.plan_item_id for r in rows for i in r.items if i.plan_item_id is not None}
    goals = (
        {
            pid: goal or action
            for pid, goal, action in s.execute(
                select(PlanItem.id, PlanItem.goal, PlanItem.action).where(PlanItem.id.in_(item_ids))
            )
        }
        if item_ids
        else {}
    )
    result = []
    for row in rows:
        decision = MonitoringDecision(row.decision) if row.decision else None
        result.append(
            ReviewView(
                id=row.id,
                version=row.version,
                case_id=row.case_id,
                plan_id=row.plan_id,
                plan_no=plan_nos.get(row.plan_id or 0),
                due_on=row.due_on,
                reviewed_on=row.reviewed_on,
                reviewer_name=names.get(row.reviewer_id or 0, ""),
                delivery_status=row.delivery_status,
                advice=row.advice,
                decision=decision,
                decision_label=label(decision) if decision else "",
                note=row.note,
                items=tuple(
                    ReviewItemView(
                        plan_item_id=i.plan_item_id,
                        goal=goals.get(i.plan_item_id or 0, ""),
                        achievement=Achievement(i.achievement),
                        achievement_label=label(Achievement(i.achievement)),
                        comment=i.comment,
                    )
                    for i in row.items
                ),
                overdue=row.reviewed_on is None and row.due_on < today,
            )
        )
    return result
