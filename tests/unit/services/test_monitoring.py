"""Monitoring reviews: scheduling, every item evaluated, each decision's effect, closed cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    Achievement,
    AuditAction,
    CaseStage,
    MonitoringDecision,
    PlanStatus,
    Role,
)
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.monitoring import ItemEvaluation, ReviewInput
from welfaredesk.storage.orm import AuditEvent, Case, MonitoringReview, PlanItem, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 10, 1)
DECIDED_ON = dt.date(2025, 7, 15)


def decided_plan(
    ctx: AppContext,
    case_id: int,
    *,
    goals: tuple[str, ...] = ("介護保険サービスを使い始める", "家計を立て直す"),
    stage: CaseStage = CaseStage.SERVICE,
    next_review_on: dt.date | None = dt.date(2025, 9, 15),
) -> tuple[int, list[int]]:
    """A decided plan written directly (the plan service is not needed here)."""
    with ctx.db.write() as s:
        plan = SupportPlan(
            case_id=case_id,
            plan_no=1,
            status=str(PlanStatus.DECIDED),
            overall_goal="母と息子が安心して暮らせる",
            next_review_on=next_review_on,
            decided_on=DECIDED_ON,
        )
        s.add(plan)
        s.flush()
        items = []
        for number, goal in enumerate(goals):
            item = PlanItem(
                plan_id=plan.id,
                sort_order=number,
                goal=goal,
                action="訪問して確認する",
                responsible_person="担当者",
            )
            s.add(item)
            items.append(item)
        s.flush()
        case = s.get_one(Case, case_id)
        case.stage = str(stage)
        return plan.id, [i.id for i in items]


def review_form(item_ids: list[int], **overrides: Any) -> ReviewInput:
    values: dict[str, Any] = {
        "reviewed_on": "令和7年9月20日",
        "items": tuple(
            ItemEvaluation(i, Achievement.PARTLY, "少しずつ進んでいる") for i in item_ids
        ),
        "decision": MonitoringDecision.CONTINUE,
        "delivery_status": "包括がデイサービスを調整中",
        "advice": "息子さんの休息を確保する",
        "next_review_on": "令和7年12月20日",
    }
    values.update(overrides)
    return ReviewInput(**values)


@pytest.fixture
def planned_case(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))


def scheduled(ctx: AppContext, principal: Principal, case_id: int) -> tuple[int, list[int], Any]:
    plan_id, items = decided_plan(ctx, case_id)
    review = ctx.monitoring.schedule(principal, case_id, today=TODAY)
    return plan_id, items, review


def record(ctx: AppContext, principal: Principal, review: Any, form: ReviewInput) -> Any:
    return ctx.monitoring.record(principal, review.id, form, review.version, today=TODAY)


def plan_status(ctx: AppContext, plan_id: int) -> PlanStatus:
    with ctx.db.read() as s:
        return PlanStatus(s.get_one(SupportPlan, plan_id).status)


def case_row(ctx: AppContext, case_id: int) -> tuple[CaseStage, dt.date | None]:
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        return CaseStage(case.stage), case.next_due_on


# --- overview and scheduling --------------------------------------------------------------


def test_the_overview_shows_the_plan_in_force_and_no_review_before_one_is_scheduled(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, items = decided_plan(ctx, planned_case)
    overview = ctx.monitoring.overview(supervisor, planned_case, today=TODAY)
    assert overview.plan is not None
    assert overview.plan.id == plan_id
    assert overview.plan.status_label == "決定"
    assert [i.id for i in overview.plan.items] == items
    assert overview.plan.items[0].goal == "介護保険サービスを使い始める"
    assert overview.pending is None
    assert overview.done == ()
    assert overview.overdue == 0


def test_scheduling_defaults_to_the_plans_next_review_date_and_sets_the_cases_next_due(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, _items, review = scheduled(ctx, supervisor, planned_case)
    assert review.due_on == dt.date(2025, 9, 15)
    assert review.plan_id == plan_id
    assert review.pending
    assert case_row(ctx, planned_case)[1] == dt.date(2025, 9, 15)
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "monitoring_review")).one()
    assert event.action == AuditAction.CREATE


def test_only_one_review_may_be_pending(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    scheduled(ctx, supervisor, planned_case)
    with pytest.raises(KnownError, match="すでにあります"):
        ctx.monitoring.schedule(supervisor, planned_case, "令和7年11月1日", today=TODAY)


def test_scheduling_needs_a_decided_plan_and_a_date_after_the_decision(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    with pytest.raises(KnownError, match="決定した支援計画がありません"):
        ctx.monitoring.schedule(supervisor, planned_case, "令和7年11月1日", today=TODAY)
    decided_plan(ctx, planned_case, next_review_on=None)
    with pytest.raises(ValidationError) as caught:
        ctx.monitoring.schedule(supervisor, planned_case, "", today=TODAY)
    assert caught.value.field == "due_on"
    with pytest.raises(ValidationError, match="決定日"):
        ctx.monitoring.schedule(supervisor, planned_case, "令和7年7月1日", today=TODAY)
    review = ctx.monitoring.schedule(supervisor, planned_case, "令和7年11月1日", today=TODAY)
    assert review.due_on == dt.date(2025, 11, 1)


def test_a_pending_review_past_its_date_is_overdue(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    scheduled(ctx, supervisor, planned_case)
    on_time = ctx.monitoring.overview(supervisor, planned_case, today=dt.date(2025, 9, 15))
    assert on_time.overdue == 0
    late = ctx.monitoring.overview(supervisor, planned_case, today=dt.date(2025, 9, 16))
    assert late.overdue == 1
    assert late.pending is not None
    assert late.pending.overdue


# --- recording ------------------------------------------------------------------------------


def test_every_item_of_the_plan_must_be_evaluated_and_the_missing_one_is_named(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    _plan, items, review = scheduled(ctx, supervisor, planned_case)
    form = review_form(items[:1])
    with pytest.raises(ValidationError) as caught:
        record(ctx, supervisor, review, form)
    assert "家計を立て直す" in caught.value.text()
    assert caught.value.field == f"items.{items[1]}"
    unevaluated = review_form(
        items,
        items=(ItemEvaluation(items[0], Achievement.ACHIEVED), ItemEvaluation(items[1], None)),
    )
    with pytest.raises(ValidationError, match="家計を立て直す"):
        record(ctx, supervisor, review, unevaluated)
    with pytest.raises(ValidationError):
        record(
            ctx,
            supervisor,
            review,
            review_form([*items, 999_999]),
        )
    with ctx.db.read() as s:
        assert s.get_one(MonitoringReview, review.id).reviewed_on is None


def test_continue_needs_the_next_date_and_schedules_the_next_review(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, items, review = scheduled(ctx, supervisor, planned_case)
    with pytest.raises(ValidationError) as caught:
        record(ctx, supervisor, review, review_form(items, next_review_on=""))
    assert caught.value.field == "next_review_on"
    with pytest.raises(ValidationError):
        record(ctx, supervisor, review, review_form(items, next_review_on="令和7年9月1日"))
    result = record(ctx, supervisor, review, review_form(items))
    assert result.review.reviewed_on == dt.date(2025, 9, 20)
    assert result.review.decision_label == "継続"
    assert result.review.reviewer_name == supervisor.display_name
    assert [i.achievement_label for i in result.review.items] == ["一部達成", "一部達成"]
    assert result.next_review is not None
    assert result.next_review.due_on == dt.date(2025, 12, 20)
    assert result.plan_status is PlanStatus.DECIDED
    assert result.stage is CaseStage.MONITORING
    assert not result.closure_needed
    assert plan_status(ctx, plan_id) is PlanStatus.DECIDED
    assert case_row(ctx, planned_case) == (CaseStage.MONITORING, dt.date(2025, 12, 20))
    overview = ctx.monitoring.overview(supervisor, planned_case, today=TODAY)
    assert overview.pending is not None
    assert overview.pending.id == result.next_review.id
    assert [v.id for v in overview.done] == [review.id]
    assert overview.done[0].delivery_status == "包括がデイサービスを調整中"


def test_revise_puts_the_plan_under_review_and_the_case_back_to_plan_draft(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, items, review = scheduled(ctx, supervisor, planned_case)
    result = record(
        ctx,
        supervisor,
        review,
        review_form(items, decision=MonitoringDecision.REVISE, next_review_on=""),
    )
    assert result.next_review is None
    assert result.plan_status is PlanStatus.UNDER_REVIEW
    assert result.stage is CaseStage.PLAN_DRAFT
    assert plan_status(ctx, plan_id) is PlanStatus.UNDER_REVIEW
    assert case_row(ctx, planned_case) == (CaseStage.PLAN_DRAFT, None)
    overview = ctx.monitoring.overview(supervisor, planned_case, today=TODAY)
    assert overview.plan is None  # no plan is in force until the revised one is decided
    with pytest.raises(KnownError, match="決定した支援計画"):
        ctx.monitoring.schedule(supervisor, planned_case, "令和7年11月1日", today=TODAY)


def test_close_ends_the_plan_and_leaves_the_case_open_until_the_closure_is_written(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, items, review = scheduled(ctx, supervisor, planned_case)
    result = record(
        ctx,
        supervisor,
        review,
        review_form(items, decision=MonitoringDecision.CLOSE, next_review_on=""),
    )
    assert result.closure_needed
    assert result.plan_status is PlanStatus.ENDED
    assert result.stage is CaseStage.MONITORING
    assert plan_status(ctx, plan_id) is PlanStatus.ENDED
    assert case_row(ctx, planned_case) == (CaseStage.MONITORING, None)


def test_a_review_date_after_today_is_refused(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    _plan, items, review = scheduled(ctx, supervisor, planned_case)
    with pytest.raises(ValidationError) as caught:
        record(ctx, supervisor, review, review_form(items, reviewed_on="令和7年10月2日"))
    assert caught.value.field == "reviewed_on"
    with pytest.raises(ValidationError) as caught:
        record(ctx, supervisor, review, review_form(items, decision=None))
    assert caught.value.field == "decision"


def test_a_review_is_recorded_once_and_a_stale_version_is_refused(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    _plan, items, review = scheduled(ctx, supervisor, planned_case)
    with pytest.raises(ConflictError):
        ctx.monitoring.record(
            supervisor, review.id, review_form(items), review.version + 1, today=TODAY
        )
    result = record(ctx, supervisor, review, review_form(items))
    with pytest.raises(KnownError):
        ctx.monitoring.record(
            supervisor, review.id, review_form(items), result.review.version, today=TODAY
        )


def test_recording_is_audited_with_ids_and_codes_only(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    plan_id, items, review = scheduled(ctx, supervisor, planned_case)
    record(ctx, supervisor, review, review_form(items, decision=MonitoringDecision.REVISE))
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_id == planned_case, AuditEvent.action == "update")
            .order_by(AuditEvent.id)
        ).all()
    by_entity = {e.entity: e for e in events}
    assert by_entity["monitoring_review"].detail == {
        "decision": "revise",
        "plan_id": plan_id,
        "items": 2,
    }
    assert by_entity["support_plan"].detail["status"] == "under_review"
    assert "stage" in by_entity["case"].detail["fields"]
    text = " ".join(str(e.detail) for e in events)
    assert "デイサービス" not in text
    assert "休息" not in text


def test_a_closed_case_refuses_reviews_until_it_is_reopened(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    _plan, items, review = scheduled(ctx, supervisor, planned_case)
    with ctx.db.read() as s:
        version = s.get_one(Case, planned_case).version
    ctx.closures.request(
        supervisor,
        planned_case,
        ClosureInput("moved", "令和7年9月30日", "市外へ転居した。"),
        version,
        today=TODAY,
    )
    assert ctx.monitoring.overview(supervisor, planned_case, today=TODAY).overdue == 0
    with pytest.raises(KnownError, match="再開"):
        record(ctx, supervisor, review, review_form(items))
    with pytest.raises(KnownError, match="再開"):
        ctx.monitoring.schedule(supervisor, planned_case, "令和7年11月1日", today=TODAY)
    with ctx.db.read() as s:
        version = s.get_one(Case, planned_case).version
    ctx.closures.reopen(supervisor, planned_case, "転居が取りやめになった。", version, today=TODAY)
    assert case_row(ctx, planned_case) == (CaseStage.MONITORING, dt.date(2025, 9, 15))
    result = record(ctx, supervisor, review, review_form(items))
    assert result.review.reviewed_on == dt.date(2025, 9, 20)


def test_scope_and_permissions(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    planned_case: int,
) -> None:
    _plan, items, review = scheduled(ctx, supervisor, planned_case)
    stranger = new_user("tanaka", Role.COUNSELOR)
    with pytest.raises(NotFound):
        ctx.monitoring.overview(stranger, planned_case, today=TODAY)
    with pytest.raises(NotFound):
        record(ctx, stranger, review, review_form(items))
    secretariat = new_user("jimu", Role.SECRETARIAT)
    with pytest.raises(PermissionDenied):
        record(ctx, secretariat, review, review_form(items))
    with pytest.raises(PermissionDenied):
        ctx.monitoring.schedule(secretariat, planned_case, today=TODAY)


def test_the_review_view_is_audited(
    ctx: AppContext, supervisor: Principal, planned_case: int
) -> None:
    _plan, _items, review = scheduled(ctx, supervisor, planned_case)
    view = ctx.monitoring.get(supervisor, review.id, today=TODAY)
    assert dataclasses.replace(view) == view
    with ctx.db.read() as s:
        assert s.scalars(
            select(AuditEvent).where(AuditEvent.action == "view", AuditEvent.entity_id == review.id)
        ).first()
