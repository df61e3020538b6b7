"""The statistics report: every figure against a small desk counted by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import or_, select, update

from welfaredesk.app import AppContext
from welfaredesk.domain.dates import fiscal_year
from welfaredesk.domain.enums import (
    AgendaPurpose,
    AuditAction,
    CaseStage,
    ClosureStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    Sex,
)
from welfaredesk.domain.errors import KnownError, PermissionDenied, ValidationError
from welfaredesk.domain.reports import Report, ReportTable
from welfaredesk.services.dto import Principal
from welfaredesk.services.reports import _suppress
from welfaredesk.services.settings import DeskSettingsForm
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Area,
    AuditEvent,
    Case,
    CaseAccess,
    CaseIssue,
    Closure,
    Meeting,
    Person,
    ProgressNote,
    Referral,
    Setting,
    SupportPlan,
)

NOW = dt.datetime(2026, 11, 1, 9, 0)


@dataclasses.dataclass(frozen=True)
class Desk:
    """The hand-counted desk: case ids and the staff who lead them."""

    supervisor: Principal
    counselor: Principal
    coordinator: Principal
    c1: int
    c2: int
    c4: int
    c5: int
    c6: int
    c7: int
    c8: int
    west: int


@pytest.fixture
def desk(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> Desk:
    """Cases of fiscal years 2024-2026 with notes, referrals, plans, meetings and closures.

    FY2025 (2025-04-01..2026-03-31), as the supervisor may count it:
    c1 2025-04-01 visit/client/female/80/coordinator/complex/west, issues elderly+poverty;
    c2 2026-03-31 phone/family/male/26/counselor, issues poverty (two codes);
    c6 2025-06-10 outreach/agency/female/64/supervisor; c7 2025-06-10 visit/client/female/65.
    Outside: c4 2025-03-31 (FY2024, holiday window, no birth date, no sex); c8 2026-04-01
    (FY2026); c5 2025-06-02 restricted, nobody named.
    """
    coordinator = new_user("kato", Role.COORDINATOR)
    with ctx.db.read() as s:
        west = s.scalars(select(Area.id).where(Area.code == "west")).one()

    def opened(who: Principal, at: dt.datetime, **kw: Any) -> int:
        return case_factory(who, family_name=f"試験{at:%m%d%H}", received_at=at, **kw)

    c1 = opened(
        coordinator,
        dt.datetime(2025, 4, 1, 9, 0),
        birth_date=dt.date(1944, 5, 3),
        complex_needs=True,
        area_id=west,
        issue_codes=("dementia", "living_costs"),
    )
    c2 = opened(
        counselor,
        dt.datetime(2026, 3, 31, 17, 0),
        channel_code="phone",
        consulter_type_code="family",
        consulter_name="試験 家族",
        sex=Sex.MALE,
        birth_date=dt.date(2000, 1, 1),
        issue_codes=("living_costs", "multiple_debt"),
    )
    c4 = opened(
        supervisor,
        dt.datetime(2025, 3, 31, 10, 0),
        channel_code="holiday_window",
        birth_date=None,
        sex=None,
    )
    c5 = opened(supervisor, dt.datetime(2025, 6, 2, 10, 0))
    c6 = opened(
        supervisor,
        dt.datetime(2025, 6, 10, 10, 0),
        channel_code="outreach",
        consulter_type_code="agency",
        consulter_name="試験機関",
        birth_date=dt.date(1960, 6, 11),
    )
    c7 = opened(counselor, dt.datetime(2025, 6, 10, 11, 0), birth_date=dt.date(1960, 6, 10))
    c8 = opened(supervisor, dt.datetime(2026, 4, 1, 9, 0))
    with ctx.db.write() as s:
        s.execute(update(Case).where(Case.id == c5).values(restricted=True))
        s.execute(update(Case).where(Case.id == c1).values(stage=str(CaseStage.SERVICE)))
        s.execute(update(Case).where(Case.id == c6).values(stage=str(CaseStage.ASSESSMENT)))
        for case_id, day, reason in (
            (c2, dt.date(2026, 3, 31), "info_only"),
            (c7, dt.date(2025, 12, 1), "independent"),
        ):
            s.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(stage=str(CaseStage.CLOSED), closed_on=day)
            )
            s.add(
                Closure(
                    case_id=case_id,
                    closed_on=day,
                    reason_code=reason,
                    status=str(ClosureStatus.APPROVED),
                )
            )
        s.add(
            Closure(
                case_id=c6,
                closed_on=dt.date(2025, 9, 1),
                reason_code="independent",
                status=str(ClosureStatus.REQUESTED),
            )
        )
        s.add(
            Closure(
                case_id=c4,
                closed_on=dt.date(2024, 12, 1),
                reason_code="handover",
                status=str(ClosureStatus.REOPENED),
            )
        )

        def note(case_id: int, at: dt.datetime, method: str, staff: Principal, **kw: Any) -> None:
            s.add(
                ProgressNote(
                    case_id=case_id,
                    noted_at=at,
                    method_code=method,
                    staff_id=staff.user_id,
                    **kw,
                )
            )

        note(c1, dt.datetime(2025, 5, 1, 10), "interview", coordinator, minutes=30,
             funding_programme_code="self_reliance_consultation")  # fmt: skip
        note(c1, dt.datetime(2025, 5, 2, 10), "home_visit", coordinator, minutes=90,
             funding_programme_code="outreach_support", outreach=True)  # fmt: skip
        note(c2, dt.datetime(2026, 3, 31, 23, 59), "phone", counselor)
        note(c2, dt.datetime(2026, 4, 1, 0, 0), "phone", counselor)
        note(c5, dt.datetime(2025, 7, 1, 10), "interview", supervisor, minutes=60)
        note(c4, dt.datetime(2025, 3, 31, 12), "phone", supervisor, minutes=15)

        city = Agency(name="試験市 福祉課", kind="city_department")
        group = Agency(name="試験地区 見守りの会", kind="community")
        s.add_all([city, group])
        s.flush()

        def referral(case_id: int, agency: Agency, day: dt.date, method: str, status: str) -> None:
            s.add(
                Referral(
                    case_id=case_id,
                    agency_id=agency.id,
                    referred_on=day,
                    method=method,
                    status=status,
                    basis="consent",
                )
            )

        accompanied, phone = str(ReferralMethod.ACCOMPANIED), str(ReferralMethod.PHONE)
        referral(c1, city, dt.date(2025, 5, 10), accompanied, str(ReferralStatus.DONE))
        referral(c1, group, dt.date(2025, 5, 11), phone, str(ReferralStatus.HANDED_OVER))
        referral(c6, group, dt.date(2026, 3, 31), phone, str(ReferralStatus.PLANNED))
        referral(c5, city, dt.date(2025, 7, 1), accompanied, str(ReferralStatus.DONE))
        referral(c4, city, dt.date(2025, 3, 31), accompanied, str(ReferralStatus.DONE))

        def plan(case_id: int, no: int, day: dt.date) -> None:
            s.add(
                SupportPlan(
                    case_id=case_id, plan_no=no, status=str(PlanStatus.DECIDED), decided_on=day
                )
            )

        plan(c1, 1, dt.date(2025, 6, 1))
        plan(c1, 2, dt.date(2025, 9, 1))
        plan(c6, 1, dt.date(2026, 4, 1))
        plan(c4, 1, dt.date(2025, 3, 31))
        plan(c5, 1, dt.date(2025, 7, 1))

        def meeting(code: str, kind: MeetingKind, at: dt.datetime, status: MeetingStatus) -> int:
            m = Meeting(kind=str(kind), meeting_type_code=code, held_at=at, status=str(status))
            s.add(m)
            s.flush()
            return m.id

        held = meeting(
            "coordination_regular",
            MeetingKind.COORDINATION,
            dt.datetime(2025, 6, 15, 14),
            MeetingStatus.HELD,
        )
        for order, case_id in enumerate((c1, c6, c5)):
            s.add(
                AgendaItem(
                    meeting_id=held,
                    case_id=case_id,
                    sort_order=order,
                    purpose=str(AgendaPurpose.PLAN_REVIEW),
                )
            )
        meeting("coordination_regular", MeetingKind.COORDINATION, dt.datetime(2025, 7, 1, 14),
                MeetingStatus.CANCELLED)  # fmt: skip
        meeting("statutory_meeting", MeetingKind.STATUTORY, dt.datetime(2024, 10, 1, 14),
                MeetingStatus.HELD)  # fmt: skip
    return Desk(supervisor, counselor, coordinator, c1, c2, c4, c5, c6, c7, c8, west)


def rows(table: ReportTable) -> dict[str, tuple[int | float | None, ...]]:
    return {row.label: row.values for row in table.rows}


@pytest.fixture
def report(ctx: AppContext, desk: Desk) -> Report:
    return ctx.reports.fiscal_year(desk.supervisor, 2025, now=NOW)


def test_report_header(report: Report) -> None:
    assert report.title.startswith("令和7年度")
    assert report.start == dt.date(2025, 4, 1)
    assert report.end == dt.date(2026, 3, 31)
    assert (report.previous_start, report.previous_end) == (
        dt.date(2024, 4, 1),
        dt.date(2025, 3, 31),
    )
    assert report.period_label == "令和7年4月1日～令和8年3月31日"
    assert report.generated_at == NOW
    assert report.suppressed_below is None
    assert report.table("new_by_month").columns == ("令和7年度", "令和6年度")
    assert [t.key for t in report.tables] == [
        "new_by_month",
        "by_channel",
        "by_consulter",
        "by_complex_needs",
        "by_lead_kind",
        "by_area",
        "by_age",
        "by_sex",
        "by_issue",
        "activities_by_method",
        "activities_by_staff",
        "activities_by_funding",
        "outreach",
        "referrals_by_destination",
        "referrals_by_method",
        "referrals_by_outcome",
        "plans",
        "meetings",
        "closures",
        "caseload",
        "open_by_stage",
        "national",
    ]
    assert all(t.note for t in report.tables)


def test_new_by_month_counts_fiscal_year_boundaries(report: Report) -> None:
    table = report.table("new_by_month")
    assert [r.label for r in table.rows] == [
        *(f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)),
        "合計",
    ]
    got = rows(table)
    # 4/1 and 3/31 belong to this year; 2025-03-31 to the last; 2026-04-01 to neither.
    assert got["4月"] == (1, 0)
    assert got["6月"] == (2, 0)
    assert got["3月"] == (1, 1)
    assert got["合計"] == (4, 1)
    assert table.rows[-1].total


def test_breakdowns_of_new_consultations(report: Report) -> None:
    channel = rows(report.table("by_channel"))
    assert channel["来所"] == (2, 0)
    assert channel["電話"] == (1, 0)
    assert channel["訪問(アウトリーチ)"] == (1, 0)
    assert channel["休日窓口"] == (0, 1)
    assert channel["合計"] == (4, 1)
    consulter = rows(report.table("by_consulter"))
    assert consulter["本人"] == (2, 1)
    assert consulter["家族"] == (1, 0)
    assert consulter["関係機関"] == (1, 0)
    assert rows(report.table("by_complex_needs")) == {
        "あり": (1, 0),
        "なし": (3, 1),
        "合計": (4, 1),
    }
    lead = rows(report.table("by_lead_kind"))
    assert lead["相談支援包括化推進員"] == (1, 0)
    assert lead["その他の職員"] == (3, 1)
    area = rows(report.table("by_area"))
    assert area["西圏域"] == (1, 0)
    assert area["不明"] == (3, 1)
    age = rows(report.table("by_age"))
    assert age == {
        "0～17歳": (0, 0),
        "18～39歳": (1, 0),
        "40～64歳": (1, 0),  # 64 the day before the 65th birthday
        "65～74歳": (1, 0),  # 65 on the birthday itself
        "75歳以上": (1, 0),
        "不明": (0, 1),
        "合計": (4, 1),
    }
    sex = rows(report.table("by_sex"))
    assert sex["女性"] == (3, 0)
    assert sex["男性"] == (1, 0)
    assert sex["不明"] == (0, 1)
    issue = rows(report.table("by_issue"))
    assert issue["高齢"] == (1, 0)
    assert issue["生活困窮"] == (2, 0)  # c2's two poverty codes count once
    assert issue["課題の記録なし"] == (2, 1)
    assert issue["合計"] == (4, 1)


def test_activities(report: Report, desk: Desk) -> None:
    method = rows(report.table("activities_by_method"))
    assert method["面談"] == (1, 0)  # the restricted case's interview is not counted
    assert method["訪問"] == (1, 0)
    assert method["電話"] == (1, 1)  # 3/31 23:59 counts, 4/1 00:00 does not
    assert method["合計"] == (3, 1)
    staff = rows(report.table("activities_by_staff"))
    assert staff["kato 職員"] == (2, 2.0, 0, 0.0)
    assert staff["suzuki 職員"] == (1, 0.0, 0, 0.0)
    assert staff["sato 職員"] == (0, 0.0, 1, 0.25)
    assert staff["合計"] == (3, 2.0, 1, 0.25)
    assert report.table("activities_by_staff").columns == (
        "令和7年度 件数",
        "令和7年度 時間",
        "令和6年度 件数",
        "令和6年度 時間",
    )
    funding = rows(report.table("activities_by_funding"))
    assert funding["自立相談支援事業"] == (1, 0.5, 0, 0.0)
    assert funding["アウトリーチ等継続的支援事業"] == (1, 1.5, 0, 0.0)
    assert funding["事業区分なし"] == (1, 0.0, 1, 0.25)
    outreach = rows(report.table("outreach"))
    assert outreach["アウトリーチの活動件数"] == (1, 0)
    assert outreach["訪問（アウトリーチ）で受け付けた新規相談"] == (1, 0)


def test_referrals(report: Report) -> None:
    destination = rows(report.table("referrals_by_destination"))
    assert destination["庁内関係課"] == (1, 1)
    assert destination["地域の担い手"] == (2, 0)
    assert destination["合計"] == (3, 1)
    method = rows(report.table("referrals_by_method"))
    assert method["同行"] == (1, 1)
    outcome = rows(report.table("referrals_by_outcome"))
    assert outcome["実施"] == (1, 1)
    assert outcome["引継ぎ完了"] == (1, 0)
    assert outcome["予定"] == (1, 0)


def test_plans_meetings_closures(report: Report) -> None:
    assert rows(report.table("plans")) == {
        "作成（初回の計画）": (1, 1),
        "見直し（2回目以降の計画）": (1, 0),
        "合計": (2, 1),
    }
    meetings = rows(report.table("meetings"))
    # Held once with three items; the restricted case's item is not counted; the
    # cancelled meeting is not counted.
    assert meetings["支援調整会議(定例)"] == (1, 2, 0, 0)
    assert meetings["支援会議"] == (0, 0, 1, 0)
    assert meetings["合計"] == (1, 2, 1, 0)
    closures = rows(report.table("closures"))
    assert closures["自立"] == (1, 0)  # the requested closure is not counted
    assert closures["情報提供のみ"] == (1, 0)
    assert closures["他機関への引継ぎ"] == (0, 1)  # reopened later: it still ended then
    assert closures["合計"] == (2, 1)


def test_caseload_and_stages_at_period_end(report: Report) -> None:
    # Open on 2026-03-31: c1 (coordinator), c6 and c4 (supervisor); c2 closed that day.
    caseload = rows(report.table("caseload"))
    assert caseload["kato 職員"] == (1, 0)
    assert caseload["sato 職員"] == (2, 1)
    assert caseload["合計"] == (3, 1)
    assert report.table("caseload").columns == ("令和7年度末", "令和6年度末")
    stages = rows(report.table("open_by_stage"))
    assert stages["支援提供"] == (1, 0)
    assert stages["課題分析・振り分け"] == (1, 0)
    assert stages["相談受付"] == (1, 1)
    assert stages["合計"] == (3, 1)


def test_national_indicators(report: Report) -> None:
    national = rows(report.table("national"))
    assert national["新規相談受付件数"] == (4, 1)
    assert national["プラン作成件数"] == (1, 1)
    assert national["プラン見直し件数"] == (1, 0)
    assert national["他機関・制度へのつなぎ件数"] == (3, 1)
    assert national["うち同行支援の件数"] == (1, 1)
    assert national["つなぎを行ったケース数（実数）"] == (2, 1)
    assert national["支援終了件数"] == (2, 1)
    assert national["うち情報提供のみで終了した件数"] == (1, 0)
    assert national["活動件数（支援経過記録）"] == (3, 1)
    assert national["アウトリーチの活動件数"] == (1, 0)
    assert national["支援調整会議の開催回数"] == (1, 0)
    assert national["支援会議の開催回数"] == (0, 1)
    assert "新規相談受付件数" in report.table("national").note


def test_period_compares_the_same_length_before(ctx: AppContext, desk: Desk) -> None:
    report = ctx.reports.period(desk.supervisor, dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert (report.previous_start, report.previous_end) == (
        dt.date(2025, 5, 2),
        dt.date(2025, 5, 31),
    )
    assert rows(report.table("new_by_month")) == {"2025年6月": (2, 0), "合計": (2, 0)}
    method = rows(report.table("activities_by_method"))
    assert method["訪問"] == (0, 1)  # 5/2 is in the previous period
    assert method["面談"] == (0, 0)  # 5/1 is in neither
    with pytest.raises(ValidationError) as err:
        ctx.reports.period(desk.supervisor, dt.date(2025, 6, 30), dt.date(2025, 6, 1))
    assert err.value.field == "end"


def test_restricted_case_counts_for_a_named_user(ctx: AppContext, desk: Desk) -> None:
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=desk.c5, user_id=desk.supervisor.user_id))
    report = ctx.reports.fiscal_year(desk.supervisor, 2025)
    assert rows(report.table("new_by_month"))["合計"] == (5, 1)
    assert rows(report.table("activities_by_method"))["面談"] == (2, 0)
    assert rows(report.table("meetings"))["支援調整会議(定例)"] == (1, 3, 0, 0)


def test_activities_count_only_the_named_restricted_cases_whichever_side_is_read(
    ctx: AppContext, desk: Desk
) -> None:
    """The activity tables read the per-day tally plus or minus the restricted cases' notes.

    Named on few restricted cases, their notes are added to the open cases' tally; named on
    most, the notes of the others are taken off the whole desk's. Both must equal counting
    the visible notes one by one.
    """
    sup = desk.supervisor.user_id

    def expected() -> tuple[int, int]:
        visible = or_(
            Case.restricted.is_(False),
            Case.id.in_(select(CaseAccess.case_id).where(CaseAccess.user_id == sup)),
        )
        with ctx.db.read() as s:
            days = s.execute(
                select(ProgressNote.noted_at)
                .join(Case, Case.id == ProgressNote.case_id)
                .where(visible)
            ).scalars()
            years = [fiscal_year(d.date()) for d in days]
        return years.count(2025), years.count(2024)

    with ctx.db.write() as s:
        for case_id in (desk.c6, desk.c7):
            at = dt.datetime(2025, 7, 1, 10, 0)
            s.add(ProgressNote(case_id=case_id, noted_at=at, method_code="phone", staff_id=sup))
        s.execute(update(Case).where(Case.id.in_([desk.c6, desk.c7])).values(restricted=True))
        s.add(CaseAccess(case_id=desk.c6, user_id=sup))
    # Named on one of three restricted cases: the tally of open cases plus c6's notes.
    few = rows(ctx.reports.fiscal_year(desk.supervisor, 2025).table("activities_by_method"))
    assert few["合計"] == expected()
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=desk.c5, user_id=sup))
    # Named on two of three: the whole desk's tally less c7's notes.
    most = rows(ctx.reports.fiscal_year(desk.supervisor, 2025).table("activities_by_method"))
    assert most["合計"] == expected()
    assert most["合計"] != few["合計"]


def test_secretariat_counts_the_whole_desk_but_no_restricted_case(
    ctx: AppContext, desk: Desk, new_user: Callable[..., Principal]
) -> None:
    secretariat = new_user("jimu", Role.SECRETARIAT)
    report = ctx.reports.fiscal_year(secretariat, 2025)
    assert rows(report.table("new_by_month"))["合計"] == (4, 1)
    assert "閲覧制限" in report.scope_label
    # Named on the restricted case: now it counts for them too.
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=desk.c5, user_id=secretariat.user_id))
    assert rows(ctx.reports.fiscal_year(secretariat, 2025).table("new_by_month"))["合計"] == (5, 1)


def test_scope_of_a_team_role_is_applied(
    ctx: AppContext, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were a counselor-scope role given the right, it would count its own cases only."""
    from welfaredesk.domain import permissions

    monkeypatch.setitem(
        permissions.MATRIX,
        Role.COUNSELOR,
        permissions.MATRIX[Role.COUNSELOR] | {permissions.Action.REPORT_AGGREGATE},
    )
    report = ctx.reports.fiscal_year(desk.counselor, 2025)
    assert rows(report.table("new_by_month"))["合計"] == (2, 0)  # c2 and c7
    assert report.scope_label == "自分と係のケース"


def test_notes_of_a_restricted_case_leave_no_row_behind(
    ctx: AppContext, desk: Desk, new_user: Callable[..., Principal]
) -> None:
    """A worker whose only notes are on a restricted case gets no row from the unnamed."""
    hidden_worker = new_user("mori", Role.COUNSELOR)
    with ctx.db.write() as s:
        s.add(
            ProgressNote(
                case_id=desk.c5,
                noted_at=dt.datetime(2026, 3, 31, 23, 59),
                method_code="accompany",
                staff_id=hidden_worker.user_id,
                minutes=45,
                funding_programme_code="unlisted_programme",
            )
        )
    report = ctx.reports.fiscal_year(desk.supervisor, 2025)
    assert "mori 職員" not in rows(report.table("activities_by_staff"))
    assert "unlisted_programme" not in rows(report.table("activities_by_funding"))
    assert rows(report.table("activities_by_method"))["合計"] == (3, 1)
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=desk.c5, user_id=desk.supervisor.user_id))
    named = ctx.reports.fiscal_year(desk.supervisor, 2025)
    assert rows(named.table("activities_by_staff"))["mori 職員"] == (1, 0.75, 0, 0.0)
    assert rows(named.table("activities_by_funding"))["unlisted_programme"] == (1, 0.75, 0, 0.0)
    assert rows(named.table("activities_by_method"))["合計"] == (5, 1)


def test_activities_of_a_team_role_count_its_own_cases_only(
    ctx: AppContext, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welfaredesk.domain import permissions

    monkeypatch.setitem(
        permissions.MATRIX,
        Role.COUNSELOR,
        permissions.MATRIX[Role.COUNSELOR] | {permissions.Action.REPORT_AGGREGATE},
    )
    report = ctx.reports.fiscal_year(desk.counselor, 2025)
    # c2's phone call of 3/31 23:59 (its call of 4/1 00:00 is the next year's).
    assert rows(report.table("activities_by_method"))["電話"] == (1, 0)
    assert rows(report.table("activities_by_method"))["合計"] == (1, 0)
    assert rows(report.table("national"))["活動件数（支援経過記録）"] == (1, 0)


def test_issue_codes_outside_the_pick_list_are_their_own_category(
    ctx: AppContext, desk: Desk
) -> None:
    with ctx.db.write() as s:
        s.add_all(
            [
                CaseIssue(case_id=desk.c7, issue_code="retired_code"),
                CaseIssue(case_id=desk.c6, issue_code="retired_code"),
                CaseIssue(case_id=desk.c6, issue_code="dementia"),
                CaseIssue(case_id=desk.c4, issue_code="retired_code"),
                CaseIssue(case_id=desk.c5, issue_code="retired_code"),  # restricted
            ]
        )
    issue = rows(ctx.reports.fiscal_year(desk.supervisor, 2025).table("by_issue"))
    assert issue["retired_code"] == (2, 1)
    assert issue["高齢"] == (2, 0)
    assert issue["生活困窮"] == (2, 0)
    assert issue["課題の記録なし"] == (0, 0)
    assert issue["合計"] == (4, 1)
    labels = list(issue)
    assert labels.index("retired_code") > labels.index("生活困窮")


def test_counselor_is_refused(ctx: AppContext, desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        ctx.reports.fiscal_year(desk.counselor, 2025)
    with pytest.raises(PermissionDenied):
        ctx.reports.period(desk.counselor, dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    with ctx.db.read() as s:
        denied = s.scalars(
            select(AuditEvent).where(AuditEvent.action == str(AuditAction.DENIED))
        ).all()
    assert denied[-1].detail == {"action": "report.aggregate"}


def test_bad_year_is_a_validation_error(ctx: AppContext, desk: Desk) -> None:
    with pytest.raises(ValidationError) as err:
        ctx.reports.fiscal_year(desk.supervisor, 0)
    assert err.value.field == "year"


def test_audit_event_names_the_period_and_tables_only(
    ctx: AppContext, desk: Desk, report: Report
) -> None:
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        names = [
            text
            for person in s.scalars(select(Person)).all()
            for text in (person.family_name, person.given_name)
            if text
        ]
    assert event.action == str(AuditAction.VIEW)
    assert event.entity == "report"
    assert event.user_id == desk.supervisor.user_id
    assert event.detail["fiscal_year"] == 2025
    assert event.detail["start"] == "2025-04-01"
    assert event.detail["tables"] == [t.key for t in report.tables]
    text = repr(event.detail)
    assert not any(name in text for name in names)
    assert "職員" not in text  # no staff names either
    assert set(event.detail) == {
        "fiscal_year",
        "start",
        "end",
        "outsiders",
        "suppressed_below",
        "tables",
    }


# -- small-cell suppression ----------------------------------------------------------------


def test_outsiders_report_hides_small_cells(ctx: AppContext, desk: Desk) -> None:
    report = ctx.reports.fiscal_year(desk.supervisor, 2025, outsiders=True)
    assert report.suppressed_below == 3
    month = rows(report.table("new_by_month"))
    # Every month of either year is 0, 1 or 2: the ones and twos are hidden, zeros shown,
    # and the totals 4 and 1: 4 stays (the hidden cells add up to 4 ≥ 3), 1 is hidden.
    assert month["4月"] == (None, 0)
    assert month["6月"] == (None, 0)
    assert month["5月"] == (0, 0)
    assert month["合計"] == (4, None)
    sex = rows(report.table("by_sex"))
    # 女性 3 is shown; 男性 1 hidden; lest 4 - 3 give it back, 女性 is hidden too.
    assert sex["男性"][0] is None
    assert sex["女性"][0] is None
    assert sex["合計"][0] == 4
    staff = rows(report.table("activities_by_staff"))
    assert staff["kato 職員"] == (None, None, 0, 0.0)  # hours go with their count


def test_threshold_setting_and_argument(ctx: AppContext, desk: Desk) -> None:
    with ctx.db.write() as s:
        s.add(Setting(key="report", value={"suppression_threshold": 2}))
    report = ctx.reports.fiscal_year(desk.supervisor, 2025, outsiders=True)
    assert report.suppressed_below == 2
    assert rows(report.table("by_channel"))["来所"][0] == 2
    report = ctx.reports.fiscal_year(desk.supervisor, 2025, outsiders=True, threshold=5)
    assert report.suppressed_below == 5
    assert rows(report.table("new_by_month"))["合計"] == (None, None)
    # Not for outsiders: nothing is hidden whatever the setting.
    assert ctx.reports.fiscal_year(desk.supervisor, 2025).suppressed_below is None


def _table(*lines: tuple[str, int], total: bool = True) -> ReportTable:
    from welfaredesk.domain.reports import ReportRow

    body = [ReportRow(text, (n,)) for text, n in lines]
    if total:
        body.append(ReportRow("合計", (sum(n for _t, n in lines),), total=True))
    return ReportTable("t", "t", "t", ("c",), tuple(body))


def _values(table: ReportTable) -> list[int | float | None]:
    return [row.values[0] for row in table.rows]


def test_suppression_rule_one_small_cell_hides_the_next_smallest() -> None:
    table = _suppress(_table(("a", 10), ("b", 1), ("c", 5), ("d", 0)), 3)
    assert _values(table) == [10, None, None, 0, 16]


def test_suppression_rule_hidden_cells_must_add_up_to_the_threshold() -> None:
    # 1 + 1 = 2 could only be 1 and 1: a third cell is hidden as well.
    table = _suppress(_table(("a", 1), ("b", 1), ("c", 4), ("d", 9)), 3)
    assert _values(table) == [None, None, None, 9, 15]


def test_suppression_rule_hides_the_total_when_nothing_else_can_be() -> None:
    table = _suppress(_table(("a", 1), ("b", 0)), 3)
    assert _values(table) == [None, 0, None]


def test_suppression_without_a_total_hides_only_small_cells() -> None:
    table = _suppress(_table(("a", 1), ("b", 5), total=False), 3)
    assert _values(table) == [None, 5]


def test_no_suppressed_cell_can_be_recovered_by_subtraction(ctx: AppContext, desk: Desk) -> None:
    report = ctx.reports.fiscal_year(desk.supervisor, 2025, outsiders=True)
    for table in report.tables:
        totals = [row for row in table.rows if row.total]
        if not totals:
            continue
        for col in range(len(table.columns)):
            hidden = [r for r in table.rows if not r.total and r.values[col] is None]
            if totals[0].values[col] is None:
                continue
            # One hidden cell in a column with a visible total could be recovered.
            assert len(hidden) != 1, (table.key, col)


def test_each_export_is_audited_without_figures(
    ctx: AppContext, desk: Desk, report: Report, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    written = ctx.reports.export(desk.supervisor, report, "xlsx", tmp_path / "r.xlsx")
    assert load_workbook(written).sheetnames[0] == "目次"
    ctx.reports.export(desk.supervisor, report, "csv", tmp_path / "r.csv")
    ctx.reports.export(desk.supervisor, report, "pdf", tmp_path / "r.pdf")
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == str(AuditAction.EXPORT))
        ).all()
    assert [e.detail["format"] for e in events] == ["xlsx", "csv", "pdf"]
    assert all(e.entity == "report" and e.user_id == desk.supervisor.user_id for e in events)
    assert set(events[0].detail) == {"format", "start", "end", "suppressed_below", "tables"}
    with pytest.raises(PermissionDenied):
        ctx.reports.export(desk.counselor, report, "pdf", tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")  # a file where the folder should be
    with pytest.raises(KnownError):
        ctx.reports.export(desk.supervisor, report, "xlsx", blocker / "r.xlsx")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2025, 5, 15), dt.date(2025, 11, 20)),  # part months at both ends
        (dt.date(2025, 6, 1), dt.date(2025, 6, 30)),  # one whole month; May before it
        (dt.date(2025, 6, 2), dt.date(2025, 6, 10)),  # a few days inside one month
        (dt.date(2024, 4, 1), dt.date(2026, 3, 31)),  # two fiscal years, whole months
    ],
)
def test_the_monthly_tally_and_the_cases_give_the_same_breakdowns(
    ctx: AppContext, desk: Desk, start: dt.date, end: dt.date
) -> None:
    """The new consultations read from the monthly tally (and the facts of part months and of
    restricted cases) equal the same counted from the cases, for any period."""
    from welfaredesk.services import reports as module

    sup = desk.supervisor
    with ctx.db.write() as s:
        s.add(CaseAccess(case_id=desk.c5, user_id=sup.user_id))
    length = (end - start).days + 1
    prev_end = start - dt.timedelta(days=1)
    prev = module._Span(prev_end - dt.timedelta(days=length - 1), prev_end)
    periods = module._Periods(module._Span(start, end), prev, ("a", "b"), fiscal=False)
    scope = or_(Case.restricted.is_(False), module._named(sup))
    results = []
    with ctx.db.read() as s:
        for tally in (True, False):
            builder = module._Builder(s, periods, scope, few_hidden=True)
            per, ages, totals = builder._opened_tally() if tally else builder._opened_cases()
            results.append(
                (
                    [{k: list(v) for k, v in d.items() if v[0] or v[1]} for d in per],
                    {k: list(v) for k, v in ages.items() if v[0] or v[1]},
                    list(totals),
                    {k: list(v) for k, v in builder.by_month.items() if v[0] or v[1]},
                    sorted(builder.by_codes),
                )
            )
    assert results[0] == results[1]
    assert results[0][2] != [0, 0] or start.year == 2024


def test_the_pdf_footer_names_the_desk_from_its_settings(
    ctx: AppContext, desk: Desk, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    settings = ctx.settings.desk(desk.supervisor)
    form = DeskSettingsForm(
        name="架空市くらし相談窓口",
        address=settings.address,
        phone=settings.phone,
        number_style=settings.number_style,
        holiday_window=settings.holiday_window,
        approval_reasons=settings.approval_reasons,
    )
    ctx.settings.save_desk(desk.supervisor, form, settings.version)
    report = ctx.reports.fiscal_year(desk.supervisor, 2025, now=NOW)
    assert report.desk_name == "架空市くらし相談窓口"
    assert "架空市くらし相談窓口" in report.title
    pdf = ctx.reports.export(desk.supervisor, report, "pdf", tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    footer_lines = [line for line in text.stdout.splitlines() if "架空市くらし相談窓口" in line]
    # the title on the first page and the footer of every page
    pages = text.stdout.count("\f")
    assert len(footer_lines) >= pages + 1
    assert "福祉総合相談窓口" not in text.stdout
