"""Support plans: drafting, one draft at a time, locking, submission rules, compare, print."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, ConsentStatus, PlanStatus, Role
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.plans import PlanInput, PlanItemInput, PlanView
from welfaredesk.storage.orm import Agency, AuditEvent, Case, Draft, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 7, 1)
WISHES = "家で母と暮らし続けたい。仕事も探したい。"


def agency_id(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.active.is_(True)).limit(1))
    assert found is not None
    return found


def stage(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def set_stage(ctx: AppContext, case_id: int, value: CaseStage) -> None:
    with ctx.db.write() as s:
        s.get_one(Case, case_id).stage = str(value)


def events(ctx: AppContext, entity: str = "support_plan") -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
        )


def form(view: PlanView, **changes: object) -> PlanInput:
    values: dict[str, object] = {
        "version": view.version,
        "client_wishes": WISHES,
        "overall_goal": "安定した生活を取り戻す",
        "short_term_goals": "3か月以内に家計を立て直す",
        "next_review_on": "2025-10-01",
        "items": (
            PlanItemInput(
                goal="家計の見通しを立てる",
                action="家計表を一緒に作る",
                issue_code="poverty",
                responsible_person="鈴木",
                frequency="月2回・3か月",
                funding_programme_code="household_budget_support",
            ),
            PlanItemInput(goal="就労先を見つける", action="ハローワークへ同行する"),
        ),
    }
    values.update(changes)
    return PlanInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def coordinator(new_user: Callable[..., Principal]) -> Principal:
    return new_user("takahashi", Role.COORDINATOR)


@pytest.fixture
def consented(supervisor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(supervisor, consent=ConsentStatus.GIVEN)


def drafted(ctx: AppContext, who: Principal, case_id: int) -> PlanView:
    view = ctx.plans.new_version(who, case_id)
    return ctx.plans.save_draft(who, view.id, form(view), today=TODAY)


def test_first_plan_is_a_draft_and_moves_the_case(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    assert stage(ctx, consented) is CaseStage.INTAKE
    view = ctx.plans.new_version(supervisor, consented)
    assert (view.plan_no, view.status, view.items) == (1, PlanStatus.DRAFT, ())
    assert view.editable
    assert view.supersedes_no is None
    assert stage(ctx, consented) is CaseStage.PLAN_DRAFT
    created = [e for e in events(ctx) if e.action == AuditAction.CREATE]
    assert len(created) == 1
    assert created[0].case_id == consented


def test_save_draft_stores_fields_and_items_in_order(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = drafted(ctx, supervisor, consented)
    assert view.client_wishes == WISHES
    assert view.next_review_on == dt.date(2025, 10, 1)
    assert [i.goal for i in view.items] == ["家計の見通しを立てる", "就労先を見つける"]
    assert view.items[0].funding_label == "家計改善支援事業"
    assert view.items[0].issue_label
    assert view.items[0].responsible == "鈴木"
    # reorder and shrink
    changed = ctx.plans.save_draft(
        supervisor,
        view.id,
        form(view, items=(PlanItemInput(goal="就労先を見つける"),)),
        today=TODAY,
    )
    assert [i.goal for i in changed.items] == ["就労先を見つける"]
    assert changed.version > view.version


def test_audit_names_fields_never_content(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    drafted(ctx, supervisor, consented)
    update = [e for e in events(ctx) if e.action == AuditAction.UPDATE][-1]
    assert "items" in update.detail["fields"]
    assert "client_wishes" in update.detail["fields"]
    assert WISHES not in str(update.detail)
    assert "家計" not in str(update.detail)


def test_validation_names_the_item_field(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = ctx.plans.new_version(supervisor, consented)
    items = (PlanItemInput(goal="a"), PlanItemInput(goal="b"), PlanItemInput(goal="  "))
    with pytest.raises(ValidationError) as info:
        ctx.plans.save_draft(supervisor, view.id, form(view, items=items), today=TODAY)
    assert info.value.field == "items[2].goal"
    assert "3行目の目標" in info.value.text()
    bad = (PlanItemInput(goal="a", funding_programme_code="nope"),)
    with pytest.raises(ValidationError) as info:
        ctx.plans.save_draft(supervisor, view.id, form(view, items=bad), today=TODAY)
    assert info.value.field == "items[0].funding_programme_code"
    bad = (PlanItemInput(goal="a", responsible_agency_id=999_999),)
    with pytest.raises(ValidationError) as info:
        ctx.plans.save_draft(supervisor, view.id, form(view, items=bad), today=TODAY)
    assert info.value.field == "items[0].responsible_agency_id"
    with pytest.raises(ValidationError) as info:
        ctx.plans.save_draft(supervisor, view.id, form(view, next_review_on="あした"), today=TODAY)
    assert info.value.field == "next_review_on"
    # nothing was saved
    assert ctx.plans.get(supervisor, consented, 1).items == ()


def test_agency_as_responsible(ctx: AppContext, supervisor: Principal, consented: int) -> None:
    view = ctx.plans.new_version(supervisor, consented)
    aid = agency_id(ctx)
    items = (PlanItemInput(goal="a", responsible_agency_id=aid, responsible_person="山本"),)
    saved = ctx.plans.save_draft(supervisor, view.id, form(view, items=items), today=TODAY)
    assert saved.items[0].agency_name
    assert saved.items[0].responsible.endswith("／山本")
    assert any(a == aid for a, _name in ctx.plans.agency_choices(supervisor))


def test_save_deletes_the_gui_draft(ctx: AppContext, supervisor: Principal, consented: int) -> None:
    view = ctx.plans.new_version(supervisor, consented)
    ctx.drafts.save(supervisor, "support_plan", str(consented), {"overall_goal": "x"})
    ctx.plans.save_draft(
        supervisor, view.id, form(view), today=TODAY, draft=("support_plan", str(consented))
    )
    with ctx.db.read() as s:
        assert s.scalars(select(Draft)).all() == []


def test_only_one_draft_at_a_time(ctx: AppContext, supervisor: Principal, consented: int) -> None:
    ctx.plans.new_version(supervisor, consented)
    with pytest.raises(KnownError, match="案は一度に一つだけ"):
        ctx.plans.new_version(supervisor, consented)


def test_stale_save_is_a_conflict(ctx: AppContext, supervisor: Principal, consented: int) -> None:
    view = ctx.plans.new_version(supervisor, consented)
    ctx.plans.save_draft(supervisor, view.id, form(view), today=TODAY)
    with pytest.raises(ConflictError):
        ctx.plans.save_draft(supervisor, view.id, form(view, overall_goal="別"), today=TODAY)
    with pytest.raises(ConflictError):
        ctx.plans.set_status(supervisor, view.id, PlanStatus.SUBMITTED, view.version)


def test_submit_needs_the_right(
    ctx: AppContext, counselor: Principal, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor, consent=ConsentStatus.GIVEN)
    view = drafted(ctx, counselor, case_id)
    assert PlanStatus.SUBMITTED not in view.next_statuses
    with pytest.raises(PermissionDenied):
        ctx.plans.set_status(counselor, view.id, PlanStatus.SUBMITTED, view.version)
    submitted = ctx.plans.set_status(supervisor, view.id, PlanStatus.SUBMITTED, view.version)
    assert submitted.status is PlanStatus.SUBMITTED


def test_submit_needs_consent(
    ctx: AppContext, coordinator: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(coordinator)
    view = drafted(ctx, coordinator, case_id)
    with pytest.raises(ValidationError) as info:
        ctx.plans.set_status(coordinator, view.id, PlanStatus.SUBMITTED, view.version)
    assert "支援調整会議" in info.value.text()
    assert "支援会議" in info.value.text()
    assert "同意" in info.value.text()
    assert ctx.plans.get(coordinator, case_id, 1).status is PlanStatus.DRAFT


def test_submit_needs_goal_and_items(
    ctx: AppContext, coordinator: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(coordinator, consent=ConsentStatus.GIVEN)
    view = ctx.plans.new_version(coordinator, case_id)
    with pytest.raises(ValidationError) as info:
        ctx.plans.set_status(coordinator, view.id, PlanStatus.SUBMITTED, view.version)
    assert info.value.field == "overall_goal"
    view = ctx.plans.save_draft(coordinator, view.id, form(view, items=()), today=TODAY)
    with pytest.raises(ValidationError) as info:
        ctx.plans.set_status(coordinator, view.id, PlanStatus.SUBMITTED, view.version)
    assert info.value.field == "items"


def test_submit_and_withdraw_move_the_case(
    ctx: AppContext, coordinator: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(coordinator, consent=ConsentStatus.GIVEN)
    view = drafted(ctx, coordinator, case_id)
    submitted = ctx.plans.set_status(coordinator, view.id, PlanStatus.SUBMITTED, view.version)
    assert stage(ctx, case_id) is CaseStage.COORDINATION
    assert not submitted.editable
    with pytest.raises(KnownError, match="変更できません"):
        ctx.plans.save_draft(coordinator, view.id, form(submitted), today=TODAY)
    with pytest.raises(KnownError, match="会議に提出されています"):
        ctx.plans.new_version(coordinator, case_id)
    back = ctx.plans.set_status(coordinator, view.id, PlanStatus.DRAFT, submitted.version)
    assert back.status is PlanStatus.DRAFT
    assert back.editable
    assert stage(ctx, case_id) is CaseStage.PLAN_DRAFT
    statuses = [e.detail.get("status") for e in events(ctx) if "status" in e.detail]
    assert statuses == ["submitted", "draft"]


def test_decision_by_hand_is_refused(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = drafted(ctx, supervisor, consented)
    view = ctx.plans.set_status(supervisor, view.id, PlanStatus.SUBMITTED, view.version)
    with pytest.raises(ValidationError, match="会議"):
        ctx.plans.set_status(supervisor, view.id, PlanStatus.DECIDED, view.version)
    assert PlanStatus.DECIDED not in view.next_statuses


def decide(ctx: AppContext, plan_id: int, on: dt.date = dt.date(2025, 7, 10)) -> None:
    """What the meetings service does on 了承 (outside this service)."""
    with ctx.db.write() as s:
        row = s.get_one(SupportPlan, plan_id)
        row.status = str(PlanStatus.DECIDED)
        row.decided_on = on
        s.get_one(Case, row.case_id).stage = str(CaseStage.SERVICE)


def test_revision_copies_the_latest_and_moves_back_to_plan_draft(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    first = drafted(ctx, supervisor, consented)
    first = ctx.plans.set_status(supervisor, first.id, PlanStatus.SUBMITTED, first.version)
    decide(ctx, first.id)
    second = ctx.plans.new_version(supervisor, consented)
    assert second.plan_no == 2
    assert second.supersedes_no == 1
    assert second.client_wishes == WISHES
    assert [i.goal for i in second.items] == [i.goal for i in first.items]
    assert stage(ctx, consented) is CaseStage.PLAN_DRAFT
    versions = ctx.plans.versions(supervisor, consented)
    assert [(v.plan_no, v.status) for v in versions] == [
        (2, PlanStatus.DRAFT),
        (1, PlanStatus.DECIDED),
    ]


def test_compare_lists_changed_fields_and_items(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    first = drafted(ctx, supervisor, consented)
    first = ctx.plans.set_status(supervisor, first.id, PlanStatus.SUBMITTED, first.version)
    decide(ctx, first.id)
    second = ctx.plans.new_version(supervisor, consented)
    items = (
        PlanItemInput(goal="就労先を見つける", action="求人票を一緒に読む"),
        PlanItemInput(goal="健康を取り戻す", action="受診に同行する"),
    )
    ctx.plans.save_draft(
        supervisor, second.id, form(second, overall_goal="自分で暮らせる", items=items), today=TODAY
    )
    diff = ctx.plans.compare(supervisor, consented, 1, 2)
    assert [(f.field, f.before, f.after) for f in diff.fields] == [
        ("overall_goal", "安定した生活を取り戻す", "自分で暮らせる")
    ]
    kinds = {(c.kind, c.number_a, c.number_b) for c in diff.items}
    assert kinds == {("changed", 2, 1), ("added", None, 2), ("removed", 1, None)}
    changed = next(c for c in diff.items if c.kind == "changed")
    assert [(f.label, f.before, f.after) for f in changed.changes] == [
        ("支援内容", "ハローワークへ同行する", "求人票を一緒に読む")
    ]
    assert ctx.plans.compare(supervisor, consented, 1, 1).identical
    with pytest.raises(NotFound):
        ctx.plans.compare(supervisor, consented, 1, 9)


def test_client_confirmation_only_for_decided_plans(
    ctx: AppContext, supervisor: Principal, consented: int
) -> None:
    view = drafted(ctx, supervisor, consented)
    with pytest.raises(ValidationError, match="決定"):
        ctx.plans.confirm_by_client(supervisor, view.id, "2025-07-12", view.version, today=TODAY)
    view = ctx.plans.set_status(supervisor, view.id, PlanStatus.SUBMITTED, view.version)
    decide(ctx, view.id)
    view = ctx.plans.get(supervisor, consented, 1)
    with pytest.raises(ValidationError) as info:
        ctx.plans.confirm_by_client(
            supervisor, view.id, "2025-07-01", view.version, today=dt.date(2025, 8, 1)
        )
    assert info.value.field == "client_confirmed_on"
    done = ctx.plans.confirm_by_client(
        supervisor, view.id, "2025-07-12", view.version, today=dt.date(2025, 8, 1)
    )
    assert done.client_confirmed_on == dt.date(2025, 7, 12)


def test_end_a_plan(ctx: AppContext, supervisor: Principal, consented: int) -> None:
    view = drafted(ctx, supervisor, consented)
    ended = ctx.plans.set_status(supervisor, view.id, PlanStatus.ENDED, view.version)
    assert ended.status is PlanStatus.ENDED
    assert ended.next_statuses == ()
    with pytest.raises(ValidationError):
        ctx.plans.set_status(supervisor, view.id, PlanStatus.DRAFT, ended.version)


def test_closed_case_is_refused_but_printable(
    ctx: AppContext, supervisor: Principal, consented: int, tmp_path: Path
) -> None:
    view = drafted(ctx, supervisor, consented)
    set_stage(ctx, consented, CaseStage.CLOSED)
    with pytest.raises(KnownError, match="終結"):
        ctx.plans.new_version(supervisor, consented)
    with pytest.raises(KnownError, match="終結"):
        ctx.plans.save_draft(supervisor, view.id, form(view), today=TODAY)
    with pytest.raises(KnownError, match="終結"):
        ctx.plans.set_status(supervisor, view.id, PlanStatus.ENDED, view.version)
    shown = ctx.plans.get(supervisor, consented, 1)
    assert not shown.editable
    assert shown.next_statuses == ()
    assert ctx.plans.print_plan(supervisor, consented, 1, tmp_path / "p.pdf").exists()


def test_scope_and_not_found(
    ctx: AppContext,
    supervisor: Principal,
    consented: int,
    new_user: Callable[..., Principal],
) -> None:
    outsider = new_user("tanaka", Role.COUNSELOR)
    view = drafted(ctx, supervisor, consented)
    for call in (
        lambda: ctx.plans.versions(outsider, consented),
        lambda: ctx.plans.get(outsider, consented, 1),
        lambda: ctx.plans.new_version(outsider, consented),
        lambda: ctx.plans.save_draft(outsider, view.id, form(view), today=TODAY),
        lambda: ctx.plans.compare(outsider, consented, 1, 1),
        lambda: ctx.plans.get(supervisor, consented, 5),
    ):
        with pytest.raises(NotFound):
            call()
    secretariat = new_user("jimu", Role.SECRETARIAT)
    with pytest.raises(PermissionDenied):
        ctx.plans.new_version(secretariat, consented)


def test_views_and_prints_are_audited(
    ctx: AppContext, supervisor: Principal, consented: int, tmp_path: Path
) -> None:
    view = drafted(ctx, supervisor, consented)
    ctx.plans.get(supervisor, consented, 1)
    out = ctx.plans.print_plan(supervisor, consented, 1, tmp_path / "plan.pdf")
    ctx.plans.record_output(supervisor, consented, view.id, to_file=True)
    actions = [(e.action, e.detail.get("form")) for e in events(ctx)]
    assert (AuditAction.VIEW, None) in actions
    assert (AuditAction.PRINT, "support_plan") in actions
    assert (AuditAction.EXPORT, "support_plan") in actions
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "支援計画書" in text
    assert "家で母と暮らし続けたい" in text
