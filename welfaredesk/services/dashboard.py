"""The supervisor dashboard (集計): the desk's figures at a glance, each bar a case list.

:meth:`DashboardService.summary` counts, over the cases the user may see
(:func:`~welfaredesk.services.security.visible_cases`, so a restricted case the user is not
named on is never counted):

* **Stages** (段階別): open cases by stage; closed cases of this fiscal year are a number of
  their own (:attr:`Dashboard.closed_this_year`), since all closed cases would dwarf the rest.
* **New consultations** (新規相談): cases opened per month, April to March, of this fiscal
  year and the last one side by side.
* **Caseload** (担当件数): open cases per lead worker (主担当), and those with no lead.
* **Overdue** (期限超過): open cases past their next due date, and the overdue tasks of
  :mod:`welfaredesk.services.tasks` on open cases (referral confirmations, monitoring reviews,
  plan reviews) under the same rules, for every visible case rather than only the user's own.
* **Complex needs** (複合的な課題): open cases with the flag, and those led by a 包括化推進員.
* **Consent** (本人同意): open cases by consent status.
* **Referral outcomes** (つなぎの状況): referrals made this fiscal year by status.

Every :class:`Bar` carries the :class:`~welfaredesk.services.dto.CaseFilter` that lists the
cases it counts, or None where no filter can say exactly that (no lead worker; the overdue
tasks). A referral bar counts this year's referrals, and its filter lists every case with a
referral in that status (of any year). Everything is counted with GROUP BY in the database,
in one read unit (six queries; all figures about open cases come from one grouped pass); no
case row is loaded (about 0.25 s on the 100,000-case demo archive). Showing aggregates is
not audited (like the case list).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, extract, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import QueryableAttribute, Session

from welfaredesk.domain.dates import (
    MONTH_LABELS,
    fiscal_year,
    fiscal_year_bounds,
    fiscal_year_label,
)
from welfaredesk.domain.enums import (
    CaseStage,
    ConsentStatus,
    PlanStatus,
    ReferralStatus,
    Role,
    label,
)
from welfaredesk.domain.permissions import Action
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.security import require, visible_cases
from welfaredesk.services.settings import next_holiday_window
from welfaredesk.services.tasks import KIND_LABELS, TaskKind
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Case, MonitoringReview, Referral, SupportPlan, User

log = logging.getLogger(__name__)

OPEN_STAGES: tuple[CaseStage, ...] = tuple(s for s in CaseStage if s is not CaseStage.CLOSED)
"""The stages of an open case, in the order of the desk's flow."""

OVERDUE_CASES_LABEL = "確認予定日を過ぎたケース"
NO_LEAD_LABEL = "主担当なし"
INACTIVE_SUFFIX = "（利用停止）"
COMPLEX_LABEL = "複合的な課題のケース"
COORDINATOR_LEAD_LABEL = "うち包括化推進員が主担当"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart.

    Attributes:
        label: the category, in Japanese (a stage, a month, a worker ...).
        value: how many.
        filter: the case list behind the bar, or None when no filter says exactly that.
    """

    label: str
    value: int
    filter: CaseFilter | None


@dataclass(frozen=True, slots=True)
class Series:
    """A row of bars over the figure's categories (one per fiscal year, or just one)."""

    name: str
    bars: tuple[Bar, ...]

    @property
    def total(self) -> int:
        """The sum of the bars."""
        return sum(bar.value for bar in self.bars)


@dataclass(frozen=True, slots=True)
class Figure:
    """One chart: categories, and one or more series with a bar for each category."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """All figures of the dashboard, counted on ``today``."""

    today: dt.date
    fiscal_year: int
    open_cases: int
    closed_this_year: int
    stages: Figure
    monthly: Figure
    caseload: Figure
    overdue: Figure
    complex_needs: Figure
    consent: Figure
    referrals: Figure
    next_holiday_window: dt.date | None = None
    """The desk's next holiday window day on or after ``today`` (None: the desk has none)."""


class DashboardService:
    """The dashboard's figures (read-only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self, principal: Principal, today: dt.date | None = None) -> Dashboard:
        """Count the dashboard's figures over the cases the principal may see.

        Args:
            principal: the logged-in user.
            today: the day to count on (default: today); it sets the fiscal year.

        Raises:
            PermissionDenied: the role may not read cases.
        """
        require(principal, Action.CASE_READ, self._db)
        today = today or dt.date.today()
        year = fiscal_year(today)
        with self._db.read() as s:
            visible = visible_cases(principal)
            groups = _open_groups(s, visible, today)
            stages = _stages(groups)
            caseload, coordinator_led = _caseload(s, groups)
            result = Dashboard(
                today=today,
                fiscal_year=year,
                open_cases=stages.series[0].total,
                closed_this_year=_closed_this_year(s, visible, year),
                stages=stages,
                monthly=_monthly(s, visible, year),
                caseload=caseload,
                overdue=_overdue(s, visible, today, sum(g.overdue for g in groups)),
                complex_needs=_complex(groups, coordinator_led),
                consent=_consent(groups),
                referrals=_referrals(s, visible, year),
                next_holiday_window=next_holiday_window(s, today),
            )
        log.debug(
            "dashboard for user %s: %d open cases, %d workers",
            principal.user_id,
            result.open_cases,
            len(result.caseload.categories),
        )
        return result


# --- the queries ------------------------------------------------------------------------------


def _scan(column: QueryableAttribute[Any]) -> ColumnElement[Any]:
    """A date column the database should not look up by its index (``coalesce(x, x)``).

    Most review dates of a large archive are in the past: "before today" matches nearly every
    row, and reading those rows through the date index one by one is several times slower
    than reading the table in order (SQLite picks the index all the same).
    """
    return func.coalesce(column, column)


def _single(bars: tuple[Bar, ...]) -> Figure:
    return Figure(categories=tuple(bar.label for bar in bars), series=(Series("", bars),))


def _is_open() -> ColumnElement[bool]:
    return Case.stage != str(CaseStage.CLOSED)


@dataclass(frozen=True, slots=True)
class _Group:
    """Open cases of one stage, consent status and lead worker (one aggregated row)."""

    stage: str
    consent: str
    lead_id: int | None
    count: int
    complex_count: int
    overdue: int


def _open_groups(s: Session, visible: ColumnElement[bool], today: dt.date) -> list[_Group]:
    """The open cases counted by stage × consent × lead worker, in one pass over the cases.

    A few hundred rows at most, whatever the number of cases; every figure about open cases
    is summed from them.
    """
    query = (
        select(
            Case.stage,
            Case.consent_status,
            Case.lead_worker_id,
            func.count(),
            func.sum(when((Case.complex_needs.is_(True), 1), else_=0)),
            func.sum(when((Case.next_due_on < today, 1), else_=0)),
        )
        .where(visible, _is_open())
        .group_by(Case.stage, Case.consent_status, Case.lead_worker_id)
    )
    return [
        _Group(stage, consent, lead, count, int(complex_sum or 0), int(overdue_sum or 0))
        for stage, consent, lead, count, complex_sum, overdue_sum in s.execute(query)
    ]


def _stages(groups: list[_Group]) -> Figure:
    counts: dict[str, int] = {}
    for g in groups:
        counts[g.stage] = counts.get(g.stage, 0) + g.count
    return _single(
        tuple(
            Bar(label(stage), counts.get(str(stage), 0), CaseFilter(stages=(stage,)))
            for stage in OPEN_STAGES
        )
    )


def _consent(groups: list[_Group]) -> Figure:
    counts: dict[str, int] = {}
    for g in groups:
        counts[g.consent] = counts.get(g.consent, 0) + g.count
    return _single(
        tuple(
            Bar(
                label(status),
                counts.get(str(status), 0),
                CaseFilter(consents=(status,), open_only=True),
            )
            for status in ConsentStatus
        )
    )


def _caseload(s: Session, groups: list[_Group]) -> tuple[Figure, int]:
    """Open cases per lead worker (by kana); and the complex cases led by a coordinator."""
    loads: dict[int | None, int] = {}
    complex_by_lead: dict[int | None, int] = {}
    for g in groups:
        loads[g.lead_id] = loads.get(g.lead_id, 0) + g.count
        complex_by_lead[g.lead_id] = complex_by_lead.get(g.lead_id, 0) + g.complex_count
    users = list(
        s.execute(
            select(User.id, User.display_name, User.display_kana, User.role, User.active).where(
                User.id.in_([uid for uid in loads if uid is not None])
            )
        )
    )
    users.sort(key=lambda u: (u.display_kana or u.display_name, u.id))
    bars = [
        Bar(
            u.display_name + ("" if u.active else INACTIVE_SUFFIX),
            loads[u.id],
            CaseFilter(lead_worker_ids=(u.id,), open_only=True),
        )
        for u in users
    ]
    if None in loads:
        bars.append(Bar(NO_LEAD_LABEL, loads[None], None))
    coordinator = sum(complex_by_lead[u.id] for u in users if u.role == str(Role.COORDINATOR))
    return _single(tuple(bars)), coordinator


def _complex(groups: list[_Group], coordinator_led: int) -> Figure:
    return _single(
        (
            Bar(
                COMPLEX_LABEL,
                sum(g.complex_count for g in groups),
                CaseFilter(flags=("complex_needs",), open_only=True),
            ),
            Bar(
                COORDINATOR_LEAD_LABEL,
                coordinator_led,
                CaseFilter(flags=("complex_needs",), open_only=True, coordinator_lead=True),
            ),
        )
    )


def _closed_this_year(s: Session, visible: ColumnElement[bool], year: int) -> int:
    first, last = fiscal_year_bounds(year)
    query = select(func.count()).where(
        visible,
        Case.stage == str(CaseStage.CLOSED),
        Case.closed_on >= first,
        Case.closed_on <= last,
    )
    return s.scalar(query) or 0


_MONTHS = (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, following - dt.timedelta(days=1)


def _monthly(s: Session, visible: ColumnElement[bool], year: int) -> Figure:
    """Cases opened per month of last and this fiscal year."""
    first, _ = fiscal_year_bounds(year - 1)
    _, last = fiscal_year_bounds(year)
    y, m = extract("year", Case.opened_on), extract("month", Case.opened_on)
    query = (
        select(y, m, func.count())
        .where(visible, Case.opened_on >= first, Case.opened_on <= last)
        .group_by(y, m)
    )
    counts = {(int(yy), int(mm)): n for yy, mm, n in s.execute(query)}
    series = []
    for fy in (year - 1, year):
        bars = []
        for month in _MONTHS:
            calendar_year = fy if month >= 4 else fy + 1
            start, end = _month_bounds(calendar_year, month)
            bars.append(
                Bar(
                    MONTH_LABELS[month - 1],
                    counts.get((calendar_year, month), 0),
                    CaseFilter(opened_from=start, opened_until=end),
                )
            )
        series.append(Series(fiscal_year_label(fy), tuple(bars)))
    return Figure(categories=tuple(MONTH_LABELS[m - 1] for m in _MONTHS), series=tuple(series))


def _overdue(
    s: Session, visible: ColumnElement[bool], today: dt.date, overdue_cases: int
) -> Figure:
    """Open cases past their due date, and the overdue tasks (tasks.py rules) on open cases."""
    open_visible = and_(visible, _is_open())
    referrals = select(func.count(Referral.id)).join(Case, Case.id == Referral.case_id)
    referrals = referrals.where(
        open_visible,
        Referral.status.in_([str(ReferralStatus.PLANNED), str(ReferralStatus.DONE)]),
        Referral.confirmed_on.is_(None),
        Referral.confirmation_due_on < today,
    )
    reviews = (
        select(func.count(MonitoringReview.id))
        .join(Case, Case.id == MonitoringReview.case_id)
        .where(
            open_visible,
            MonitoringReview.reviewed_on.is_(None),
            _scan(MonitoringReview.due_on) < today,
        )
    )
    # As tasks.py: a review date is done once the plan was reviewed on or after it, or while
    # a monitoring review of the plan is pending (that review is the task then). A plan's
    # reviews are on its case: matching the case too lets the case_id index find them.
    reviewed = exists(
        select(MonitoringReview.id).where(
            MonitoringReview.case_id == SupportPlan.case_id,
            MonitoringReview.plan_id == SupportPlan.id,
            or_(
                MonitoringReview.reviewed_on.is_(None),
                MonitoringReview.reviewed_on >= SupportPlan.next_review_on,
            ),
        )
    )
    plans = (
        select(func.count(SupportPlan.id))
        .join(Case, Case.id == SupportPlan.case_id)
        .where(
            open_visible,
            SupportPlan.status == str(PlanStatus.DECIDED),
            _scan(SupportPlan.next_review_on) < today,
            ~reviewed,
        )
    )
    return _single(
        (
            Bar(OVERDUE_CASES_LABEL, overdue_cases, CaseFilter(overdue_only=True)),
            Bar(KIND_LABELS[TaskKind.REFERRAL], s.scalar(referrals) or 0, None),
            Bar(KIND_LABELS[TaskKind.MONITORING], s.scalar(reviews) or 0, None),
            Bar(KIND_LABELS[TaskKind.PLAN_REVIEW], s.scalar(plans) or 0, None),
        )
    )


def _referrals(s: Session, visible: ColumnElement[bool], year: int) -> Figure:
    """Referrals made this fiscal year, by status."""
    first, last = fiscal_year_bounds(year)
    query = (
        select(Referral.status, func.count(Referral.id))
        .join(Case, Case.id == Referral.case_id)
        .where(visible, Referral.referred_on >= first, Referral.referred_on <= last)
        .group_by(Referral.status)
    )
    counts = {status: n for status, n in s.execute(query)}
    return _single(
        tuple(
            Bar(
                label(status),
                counts.get(str(status), 0),
                CaseFilter(referral_statuses=(str(status),)),
            )
            for status in ReferralStatus
        )
    )
