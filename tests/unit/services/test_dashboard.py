"""The dashboard (集計): every figure against hand-counted cases, the scope, the fiscal year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import update

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage, ConsentStatus, PlanStatus, ReferralStatus, Role
from welfaredesk.domain.errors import PermissionDenied
from welfaredesk.services.dashboard import Dashboard, Figure
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.tasks import TaskGroup, TaskKind
from welfaredesk.storage.orm import (
    Agency,
    Case,
    CaseAccess,
    MonitoringReview,
    Referral,
    SupportPlan,
)

TODAY = dt.date(2025, 7, 10)
"""Fiscal year 2025 (令和7年度); the last one is 2024."""

S = CaseStage
C = ConsentStatus
R = ReferralStatus


@dataclass
class Desk:
    """The staff and cases of the fixture (see :func:`desk`)."""

    supervisor: Principal
    counselor: Principal
    coordinator: Principal
    other: Principal
    cases: dict[str, int]


def values(figure: Figure, series: int = 0) -> dict[str, int]:
    return {bar.label: bar.value for bar in figure.series[series].bars}


def filters(figure: Figure, series: int = 0) -> dict[str, CaseFilter | None]:
    return {bar.label: bar.filter for bar in figure.series[series].bars}


def set_case(ctx: AppContext, case_id: int, **fields: Any) -> None:
    with ctx.db.write() as s:
        s.execute(update(Case).where(Case.id == case_id).values(**fields))


def add(ctx: AppContext, row: object) -> int:
    with ctx.db.write() as s:
        s.add(row)
        s.flush()
        return int(row.id)  # type: ignore[attr-defined]


def referral(
    case_id: int,
    agency_id: int,
    referred_on: dt.date,
    status: ReferralStatus,
    due_on: dt.date | None = None,
) -> Referral:
    return Referral(
        case_id=case_id,
        agency_id=agency_id,
        referred_on=referred_on,
        method="accompanied",
        status=status,
        basis="consent",
        confirmation_due_on=due_on,
    )


@pytest.fixture
def desk(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> Desk:
    """Eight cases, opened around the fiscal year boundary, and their records.

    ====  ==========  ===========  ==========  ========  =======  ==========================
    case  opened      stage        lead        consent   complex  other
    ====  ==========  ===========  ==========  ========  =======  ==========================
    c1    2025-04-01  intake       counselor   unconf.   no
    c2    2025-03-31  service      coordinator given     yes      due 07-09 (overdue)
    c3    2025-06-15  monitoring   counselor   given     yes      due 07-10 (today: not)
    c4    2024-04-10  closed       counselor   given     yes      closed 2025-05-01, due past
    c5    2024-05-20  closed       counselor   given     no       closed 2025-03-31
    c6    2025-07-01  assessment   (none)      refused   no       due 06-01 (overdue)
    c7    2025-07-02  intake       other       given     yes      restricted, only other named
    c8    2023-05-01  service      other       given     no
    ====  ==========  ===========  ==========  ========  =======  ==========================
    """
    coordinator = new_user("ito", Role.COORDINATOR)
    other = new_user("kato", Role.COUNSELOR)

    def case(opened: dt.date, stage: CaseStage, lead: Principal | None, **fields: Any) -> int:
        case_id = case_factory(supervisor, received_at=dt.datetime.combine(opened, dt.time(10)))
        values: dict[str, Any] = {
            "stage": stage,
            "lead_worker_id": lead.user_id if lead else None,
            "consent_status": C.GIVEN,
        }
        values.update(fields)
        set_case(ctx, case_id, **values)
        return case_id

    cases = {
        "c1": case(dt.date(2025, 4, 1), S.INTAKE, counselor, consent_status=C.UNCONFIRMED),
        "c2": case(
            dt.date(2025, 3, 31),
            S.SERVICE,
            coordinator,
            complex_needs=True,
            next_due_on=dt.date(2025, 7, 9),
        ),
        "c3": case(
            dt.date(2025, 6, 15),
            S.MONITORING,
            counselor,
            complex_needs=True,
            next_due_on=TODAY,
        ),
        "c4": case(
            dt.date(2024, 4, 10),
            S.CLOSED,
            counselor,
            complex_needs=True,
            closed_on=dt.date(2025, 5, 1),
            next_due_on=dt.date(2025, 1, 1),
        ),
        "c5": case(dt.date(2024, 5, 20), S.CLOSED, counselor, closed_on=dt.date(2025, 3, 31)),
        "c6": case(
            dt.date(2025, 7, 1),
            S.ASSESSMENT,
            None,
            consent_status=C.REFUSED,
            next_due_on=dt.date(2025, 6, 1),
        ),
        "c7": case(
            dt.date(2025, 7, 2),
            S.INTAKE,
            other,
            complex_needs=True,
            restricted=True,
            next_due_on=dt.date(2025, 7, 1),
        ),
        "c8": case(dt.date(2023, 5, 1), S.SERVICE, other),
    }
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=cases["c7"], user_id=other.user_id))
    agency = add(ctx, Agency(name="中央地域包括支援センター", kind="community_support"))
    c = cases
    # Referrals: this year 予定 ×2 (c1 overdue, c4 closed), 実施, 本人辞退; last year 引継ぎ完了;
    # the restricted case's 予定 (overdue) is not seen by the supervisor.
    add(ctx, referral(c["c1"], agency, dt.date(2025, 4, 1), R.PLANNED, dt.date(2025, 7, 1)))
    add(ctx, referral(c["c2"], agency, dt.date(2025, 3, 31), R.HANDED_OVER))
    add(ctx, referral(c["c3"], agency, dt.date(2025, 5, 1), R.DONE, dt.date(2025, 7, 20)))
    add(ctx, referral(c["c3"], agency, dt.date(2025, 6, 1), R.DECLINED))
    add(ctx, referral(c["c4"], agency, dt.date(2025, 4, 15), R.PLANNED, dt.date(2025, 5, 1)))
    add(ctx, referral(c["c7"], agency, dt.date(2025, 5, 1), R.PLANNED, dt.date(2025, 6, 1)))
    # Plans: c2's decided plan is past its review date with no review; c3's is past too but a
    # review of it is pending (that review is the overdue task); c1's draft does not count.
    add(
        ctx,
        SupportPlan(
            case_id=c["c2"],
            plan_no=1,
            status=PlanStatus.DECIDED,
            next_review_on=dt.date(2025, 7, 1),
        ),
    )
    plan3 = add(
        ctx,
        SupportPlan(
            case_id=c["c3"],
            plan_no=1,
            status=PlanStatus.DECIDED,
            next_review_on=dt.date(2025, 7, 5),
        ),
    )
    add(
        ctx,
        SupportPlan(
            case_id=c["c1"], plan_no=1, status=PlanStatus.DRAFT, next_review_on=dt.date(2025, 7, 1)
        ),
    )
    # Monitoring: c3's pending review is overdue; today's is not; a done one and a closed
    # case's do not count.
    add(ctx, MonitoringReview(case_id=c["c3"], plan_id=plan3, due_on=dt.date(2025, 7, 1)))
    add(ctx, MonitoringReview(case_id=c["c3"], due_on=TODAY))
    add(
        ctx,
        MonitoringReview(
            case_id=c["c2"], due_on=dt.date(2025, 6, 1), reviewed_on=dt.date(2025, 6, 2)
        ),
    )
    add(ctx, MonitoringReview(case_id=c["c4"], due_on=dt.date(2025, 4, 20)))
    return Desk(supervisor, counselor, coordinator, other, cases)


def summary(ctx: AppContext, principal: Principal, today: dt.date = TODAY) -> Dashboard:
    return ctx.dashboard.summary(principal, today=today)


def test_stages_and_totals(ctx: AppContext, desk: Desk) -> None:
    """Open cases by stage (the restricted one left out); closed this fiscal year apart."""
    result = summary(ctx, desk.supervisor)
    assert result.today == TODAY
    assert result.fiscal_year == 2025
    assert result.open_cases == 5
    assert result.closed_this_year == 1  # c4; c5 was closed on the last day of last year
    assert result.stages.categories == (
        "相談受付",
        "課題分析・振り分け",
        "同行支援・引継ぎ",
        "支援計画案",
        "支援調整会議",
        "支援提供",
        "経過確認と評価",
        "本人同意なし(支援会議)",
    )
    assert list(values(result.stages).values()) == [1, 1, 0, 0, 0, 2, 1, 0]
    assert filters(result.stages)["支援提供"] == CaseFilter(stages=(S.SERVICE,))


def test_new_consultations_per_month(ctx: AppContext, desk: Desk) -> None:
    """Cases opened per month, April to March, last year and this year; 3/31 vs 4/1."""
    monthly = summary(ctx, desk.supervisor).monthly
    assert monthly.categories == tuple(f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
    assert [s.name for s in monthly.series] == ["令和6年度", "令和7年度"]
    last, this = (values(monthly, i) for i in (0, 1))
    assert {k: v for k, v in last.items() if v} == {"4月": 1, "5月": 1, "3月": 1}
    assert {k: v for k, v in this.items() if v} == {"4月": 1, "6月": 1, "7月": 1}
    assert monthly.series[0].total == 3
    assert monthly.series[1].total == 3  # c7 (restricted) is not counted
    assert filters(monthly, 0)["3月"] == CaseFilter(
        opened_from=dt.date(2025, 3, 1), opened_until=dt.date(2025, 3, 31)
    )
    assert filters(monthly, 1)["4月"] == CaseFilter(
        opened_from=dt.date(2025, 4, 1), opened_until=dt.date(2025, 4, 30)
    )
    assert filters(monthly, 1)["2月"] == CaseFilter(
        opened_from=dt.date(2026, 2, 1), opened_until=dt.date(2026, 2, 28)
    )


def test_fiscal_year_boundary(ctx: AppContext, desk: Desk) -> None:
    """On 3/31 the year is the last one; on 4/1 the new one begins."""
    before = summary(ctx, desk.supervisor, dt.date(2025, 3, 31))
    assert before.fiscal_year == 2024
    assert [s.name for s in before.monthly.series] == ["令和5年度", "令和6年度"]
    assert values(before.monthly, 0)["5月"] == 1  # c8, 2023-05-01
    assert values(before.monthly, 1)["3月"] == 1  # c2, 2025-03-31
    assert before.monthly.series[1].total == 3
    assert before.closed_this_year == 1  # c5, closed 2025-03-31
    after = summary(ctx, desk.supervisor, dt.date(2025, 4, 1))
    assert after.fiscal_year == 2025
    assert values(after.monthly, 1)["4月"] == 1  # c1, 2025-04-01
    assert after.closed_this_year == 1  # c4, closed 2025-05-01
    # This year's referrals count from April 1: c2's 3/31 referral is last year's.
    assert values(before.referrals)["引継ぎ完了"] == 1
    assert values(after.referrals)["引継ぎ完了"] == 0


def test_caseload_per_lead_worker(ctx: AppContext, desk: Desk) -> None:
    """Open cases per lead worker, by kana (here the login), and those with no lead."""
    caseload = summary(ctx, desk.supervisor).caseload
    assert values(caseload) == {"ito 職員": 1, "kato 職員": 1, "suzuki 職員": 2, "主担当なし": 1}
    assert caseload.categories == ("ito 職員", "kato 職員", "suzuki 職員", "主担当なし")
    assert filters(caseload)["suzuki 職員"] == CaseFilter(
        lead_worker_ids=(desk.counselor.user_id,), open_only=True
    )
    assert filters(caseload)["主担当なし"] is None


def test_an_inactive_lead_is_marked(ctx: AppContext, desk: Desk, admin: Principal) -> None:
    """Cases led by someone who no longer works here stay counted, marked 利用停止."""
    ctx.users.set_active(admin, desk.coordinator.user_id, False)
    caseload = summary(ctx, desk.supervisor).caseload
    assert values(caseload)["ito 職員（利用停止）"] == 1


def test_overdue_counts(ctx: AppContext, desk: Desk) -> None:
    """Open cases past their due date, and the overdue tasks on open visible cases."""
    overdue = summary(ctx, desk.supervisor).overdue
    assert values(overdue) == {
        "確認予定日を過ぎたケース": 2,  # c2, c6 (c3 is due today, c4 is closed, c7 unseen)
        "つなぎの確認": 1,  # c1 (c4 is closed, c7 unseen, c3 due later)
        "モニタリング": 1,  # c3's review of 7/1 (today's is not late, c4 is closed)
        "計画の見直し": 1,  # c2 (c3's has a pending review; c1's is a draft)
    }
    assert filters(overdue) == {
        "確認予定日を過ぎたケース": CaseFilter(overdue_only=True),
        "つなぎの確認": None,
        "モニタリング": None,
        "計画の見直し": None,
    }


def test_overdue_tasks_follow_the_task_rules(ctx: AppContext, desk: Desk) -> None:
    """For a counselor's own cases, the overdue counts equal the overdue tasks of 今日の仕事."""
    for principal in (desk.counselor, desk.coordinator):
        overdue = values(summary(ctx, principal).overdue)
        tasks = [
            t for t in ctx.tasks.my_tasks(principal, today=TODAY) if t.group is TaskGroup.OVERDUE
        ]
        for kind, name in (
            (TaskKind.REFERRAL, "つなぎの確認"),
            (TaskKind.MONITORING, "モニタリング"),
            (TaskKind.PLAN_REVIEW, "計画の見直し"),
        ):
            assert overdue[name] == sum(t.kind is kind for t in tasks), (principal.login, kind)


def test_complex_cases(ctx: AppContext, desk: Desk) -> None:
    """Open cases with complex needs, and those led by a 包括化推進員."""
    figure = summary(ctx, desk.supervisor).complex_needs
    assert values(figure) == {"複合的な課題のケース": 2, "うち包括化推進員が主担当": 1}
    assert filters(figure) == {
        "複合的な課題のケース": CaseFilter(flags=("complex_needs",), open_only=True),
        "うち包括化推進員が主担当": CaseFilter(
            flags=("complex_needs",), open_only=True, coordinator_lead=True
        ),
    }


def test_consent_of_open_cases(ctx: AppContext, desk: Desk) -> None:
    figure = summary(ctx, desk.supervisor).consent
    assert values(figure) == {"同意あり": 3, "同意なし": 1, "未確認": 1}
    assert filters(figure)["同意なし"] == CaseFilter(consents=(C.REFUSED,), open_only=True)


def test_referral_outcomes_this_year(ctx: AppContext, desk: Desk) -> None:
    """Referrals made since April 1, by status, closed cases included."""
    figure = summary(ctx, desk.supervisor).referrals
    assert values(figure) == {
        "予定": 2,
        "実施": 1,
        "引継ぎ完了": 0,
        "不受理": 0,
        "保留": 0,
        "本人辞退": 1,
    }
    assert filters(figure)["本人辞退"] == CaseFilter(referral_statuses=("declined",))


def test_a_counselor_counts_only_own_cases(ctx: AppContext, desk: Desk) -> None:
    """A counselor with no team sees the cases they lead (c1, c3 open; c4, c5 closed)."""
    result = summary(ctx, desk.counselor)
    assert result.open_cases == 2
    assert result.closed_this_year == 1
    assert {k: v for k, v in values(result.stages).items() if v} == {
        "相談受付": 1,
        "経過確認と評価": 1,
    }
    assert values(result.caseload) == {"suzuki 職員": 2}
    assert values(result.consent) == {"同意あり": 1, "同意なし": 0, "未確認": 1}
    assert values(result.complex_needs) == {
        "複合的な課題のケース": 1,
        "うち包括化推進員が主担当": 0,
    }
    assert values(result.monthly, 1)["7月"] == 0
    assert values(result.overdue)["確認予定日を過ぎたケース"] == 0


def test_a_restricted_case_counts_only_for_those_named(ctx: AppContext, desk: Desk) -> None:
    """c7 is restricted to its lead: the supervisor never counts it, its lead does."""
    mine = summary(ctx, desk.other)
    assert mine.open_cases == 2  # c7 and c8
    assert values(mine.complex_needs)["複合的な課題のケース"] == 1
    assert values(mine.overdue)["確認予定日を過ぎたケース"] == 1
    assert values(mine.overdue)["つなぎの確認"] == 1
    assert values(mine.monthly, 1)["7月"] == 1
    assert values(mine.referrals)["予定"] == 1
    boss = summary(ctx, desk.supervisor)
    assert values(boss.caseload)["kato 職員"] == 1  # c8 only


def test_a_role_without_case_reading_is_refused(ctx: AppContext, admin: Principal) -> None:
    with pytest.raises(PermissionDenied):
        ctx.dashboard.summary(admin, today=TODAY)


def test_an_empty_desk(ctx: AppContext, supervisor: Principal) -> None:
    """No cases: every figure is there, with zeros."""
    result = summary(ctx, supervisor)
    assert result.open_cases == 0
    assert all(v == 0 for v in values(result.stages).values())
    assert result.caseload.categories == ()
    assert len(result.monthly.series) == 2
    assert all(v == 0 for v in values(result.referrals).values())


def test_every_bar_lists_exactly_the_cases_it_counts(ctx: AppContext, desk: Desk) -> None:
    """The case list of a bar's filter has as many cases as the bar says (both scopes).

    Referral bars count this year's referrals; their list is every case with a referral in
    that status, so it is checked only to hold the counted cases.
    """
    for principal in (desk.supervisor, desk.counselor, desk.other):
        result = summary(ctx, principal)
        for name in ("stages", "monthly", "caseload", "overdue", "complex_needs", "consent"):
            figure: Figure = getattr(result, name)
            for series in figure.series:
                for bar in series.bars:
                    if bar.filter is not None:
                        listed = ctx.cases.list_ids(principal, bar.filter, today=TODAY)
                        assert len(listed) == bar.value, (principal.login, name, bar.label)
        for bar in result.referrals.series[0].bars:
            assert bar.filter is not None
            listed = ctx.cases.list_ids(principal, bar.filter, today=TODAY)
            assert len(listed) >= min(bar.value, 1), (principal.login, bar.label)
