"""Closure: requests with and without approval, hand-over destinations, reopening, read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentMethod,
    ConsentStatus,
    PlanStatus,
    ReferralMethod,
    Role,
)
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.assessments import AssessmentInput
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.referrals import ReferralInput
from welfaredesk.storage.orm import Agency, AuditEvent, Case, Setting, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 10, 1)


def version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def stage(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def houkatsu(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
    assert found is not None
    return found


def request(
    ctx: AppContext,
    principal: Principal,
    case_id: int,
    reason: str = "independent",
    *,
    closed_on: str = "令和7年9月30日",
    summary: str = "就労が決まり、家計も安定した。",
    destination: int | None = None,
) -> object:
    return ctx.closures.request(
        principal,
        case_id,
        ClosureInput(reason, closed_on, summary, destination),
        version(ctx, case_id),
        today=TODAY,
    )


@pytest.fixture
def case_id(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))


# --- requesting -----------------------------------------------------------------------------


def test_a_supervisor_closes_the_case_at_once(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    result = request(ctx, supervisor, case_id)
    assert result.case_closed  # type: ignore[attr-defined]
    info = result.closure  # type: ignore[attr-defined]
    assert info.status is ClosureStatus.APPROVED
    assert info.reason_label == "自立"
    assert info.approved_by == supervisor.display_name
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        assert case.stage == CaseStage.CLOSED
        assert case.closed_on == dt.date(2025, 9, 30)
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "closure").order_by(AuditEvent.id)
        ).all()
    assert events[0].action == AuditAction.CREATE
    assert events[0].detail == {"reason": "independent", "status": "approved"}
    history = ctx.closures.history(supervisor, case_id)
    assert history.closed
    assert history.closed_on == dt.date(2025, 9, 30)
    assert history.latest is not None
    assert history.latest.info.id == info.id


def test_a_counselors_closure_waits_for_approval_then_a_supervisor_approves(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    result = request(
        ctx, counselor, case_id, "client_request", summary="本人が支援の終了を希望した。"
    )
    assert not result.case_closed  # type: ignore[attr-defined]
    info = result.closure  # type: ignore[attr-defined]
    assert info.status is ClosureStatus.REQUESTED
    assert stage(ctx, case_id) is not CaseStage.CLOSED
    history = ctx.closures.history(counselor, case_id)
    assert history.waiting is not None
    with pytest.raises(KnownError, match="承認待ち"):
        request(ctx, counselor, case_id)
    approved = ctx.closures.approve(supervisor, info.id, info.version)
    assert approved.status is ClosureStatus.APPROVED
    assert stage(ctx, case_id) is CaseStage.CLOSED


def test_a_reason_without_approval_in_the_setting_closes_at_once_for_a_counselor(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    result = request(ctx, counselor, case_id, "info_only", summary="制度の情報を提供した。")
    assert result.case_closed  # type: ignore[attr-defined]
    with ctx.db.write() as s:
        setting = s.get_one(Setting, "closure")
        setting.value = {"approval_required_reasons": []}
    other = case_factory(counselor, received_at=dt.datetime(2025, 6, 3, 10, 0))
    assert request(ctx, counselor, other, "moved").case_closed  # type: ignore[attr-defined]


def test_a_handover_needs_its_destination(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        request(ctx, supervisor, case_id, "handover")
    assert caught.value.field == "destination_agency_id"
    result = request(ctx, supervisor, case_id, "handover", destination=houkatsu(ctx))
    assert result.closure.destination == "地域包括支援センター(小金井市)"  # type: ignore[attr-defined]
    reasons = {r.code: r for r in ctx.closures.history(supervisor, case_id).reasons}
    assert reasons["handover"].needs_destination
    assert not reasons["independent"].needs_destination
    assert reasons["independent"].help_text


def test_the_reason_date_and_summary_are_checked(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        request(ctx, supervisor, case_id, "no_such_reason")
    assert caught.value.field == "reason_code"
    with pytest.raises(ValidationError) as caught:
        request(ctx, supervisor, case_id, closed_on="令和7年10月2日")
    assert caught.value.field == "closed_on"
    with pytest.raises(ValidationError, match="相談受付日"):
        request(ctx, supervisor, case_id, closed_on="令和7年6月1日")
    with pytest.raises(ValidationError) as caught:
        request(ctx, supervisor, case_id, summary=" ")
    assert caught.value.field == "summary"
    with pytest.raises(ConflictError):
        ctx.closures.request(
            supervisor,
            case_id,
            ClosureInput("independent", "令和7年9月30日", "自立した。"),
            version(ctx, case_id) + 1,
            today=TODAY,
        )
    assert stage(ctx, case_id) is not CaseStage.CLOSED


# --- reopening ------------------------------------------------------------------------------


def test_reopen_keeps_the_history_and_returns_to_assessment(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    request(ctx, supervisor, case_id)
    with pytest.raises(ValidationError):
        ctx.closures.reopen(supervisor, case_id, " ", version(ctx, case_id), today=TODAY)
    with pytest.raises(ConflictError):
        ctx.closures.reopen(supervisor, case_id, "再相談", version(ctx, case_id) + 1, today=TODAY)
    info = ctx.closures.reopen(
        supervisor, case_id, "本人から再度の相談があった。", version(ctx, case_id), today=TODAY
    )
    assert info.status is ClosureStatus.REOPENED
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        assert case.stage == CaseStage.ASSESSMENT
        assert case.closed_on is None
    with pytest.raises(KnownError, match="終結していない"):
        ctx.closures.reopen(supervisor, case_id, "再相談", version(ctx, case_id), today=TODAY)
    request(ctx, supervisor, case_id, "moved", summary="市外へ転居した。")
    history = ctx.closures.history(supervisor, case_id)
    assert [r.info.status for r in history.records] == [
        ClosureStatus.APPROVED,
        ClosureStatus.REOPENED,
    ]
    reopened = history.records[1]
    assert reopened.reopened_on == TODAY
    assert reopened.reopened_by == supervisor.display_name
    assert reopened.reopen_reason == "本人から再度の相談があった。"


def test_reopen_goes_back_to_monitoring_when_the_plan_is_still_decided(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    with ctx.db.write() as s:
        s.add(SupportPlan(case_id=case_id, plan_no=1, status=str(PlanStatus.DECIDED)))
    request(ctx, supervisor, case_id)
    ctx.closures.reopen(supervisor, case_id, "再相談", version(ctx, case_id), today=TODAY)
    assert stage(ctx, case_id) is CaseStage.MONITORING


def test_a_counselor_may_reopen_but_not_approve(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    request(ctx, supervisor, case_id)
    ctx.closures.reopen(counselor, case_id, "再相談があった。", version(ctx, case_id), today=TODAY)
    assert stage(ctx, case_id) is CaseStage.ASSESSMENT


# --- a closed case is read-only -------------------------------------------------------------


def test_a_closed_case_is_read_only_across_services_until_reopened(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    request(ctx, supervisor, case_id)

    def assess() -> object:
        return ctx.assessments.save(
            supervisor,
            case_id,
            AssessmentInput(
                assessed_on="令和7年9月30日",
                case_version=version(ctx, case_id),
                lead_worker_id=supervisor.user_id,
            ),
            today=TODAY,
        )

    def consent() -> object:
        return ctx.consents.record(
            supervisor,
            case_id,
            ConsentInput(
                case_version=version(ctx, case_id),
                status=ConsentStatus.GIVEN,
                recorded_on="令和7年9月30日",
                method=ConsentMethod.SIGNATURE,
                agency_ids=(houkatsu(ctx),),
                info_items=(),
            ),
            today=TODAY,
        )

    def refer() -> object:
        return ctx.referrals.save(
            supervisor,
            case_id,
            ReferralInput(
                agency_id=houkatsu(ctx),
                referred_on="令和7年9月30日",
                method=ReferralMethod.PHONE,
                purpose="介護の相談",
            ),
            today=TODAY,
        )

    for action in (assess, consent, refer):
        with pytest.raises(KnownError, match="再開"):
            action()
    with pytest.raises(KnownError, match="終結"):
        request(ctx, supervisor, case_id)
    ctx.closures.reopen(supervisor, case_id, "再相談があった。", version(ctx, case_id), today=TODAY)
    assess()
    consent()
    assert refer() is not None


# --- scope, printing ----------------------------------------------------------------------


def test_scope_and_permissions(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_id: int,
    tmp_path: Path,
) -> None:
    stranger = new_user("tanaka", Role.COUNSELOR)
    with pytest.raises(NotFound):
        ctx.closures.history(stranger, case_id)
    with pytest.raises(NotFound):
        request(ctx, stranger, case_id)
    secretariat = new_user("jimu", Role.SECRETARIAT)
    with pytest.raises(PermissionDenied):
        request(ctx, secretariat, case_id)
    request(ctx, supervisor, case_id)
    with pytest.raises(NotFound):
        ctx.closures.print_closure(stranger, case_id, tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        ctx.closures.reopen(secretariat, case_id, "再相談", version(ctx, case_id), today=TODAY)


def test_printing_the_closure_record_is_audited(
    ctx: AppContext, supervisor: Principal, case_id: int, tmp_path: Path
) -> None:
    with pytest.raises(KnownError, match="終結の記録がまだありません"):
        ctx.closures.print_closure(supervisor, case_id, tmp_path / "none.pdf")
    request(ctx, supervisor, case_id)
    out = ctx.closures.print_closure(supervisor, case_id, tmp_path / "closure.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    ctx.closures.record_output(supervisor, case_id, to_file=True)
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "closure", AuditEvent.case_id == case_id)
            .order_by(AuditEvent.id)
        ).all()
    assert [e.action for e in events][-2:] == [AuditAction.PRINT, AuditAction.EXPORT]
    assert events[-2].detail == {"form": "closure_record", "closures": 1}
