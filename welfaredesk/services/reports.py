"""Statistics reports (年度の統計・実績報告): the desk's counts for a period beside the last.

:class:`ReportService` fills a :class:`~welfaredesk.domain.reports.Report` for a fiscal year
(compared with the previous fiscal year) or any date range (compared with the range of the
same length just before it). Every figure is counted with GROUP BY in the database, each
query counting both periods in one pass; no case row is loaded.

**Who may ask, and which cases count.** The right is
:attr:`~welfaredesk.domain.permissions.Action.REPORT_AGGREGATE` (主任相談支援員, 会議事務局,
システム管理者). Counts respect the user's record scope: a role with a case scope counts the
cases :func:`~welfaredesk.services.security.visible_cases` lets it see (a supervisor: every
case, but a restricted case (閲覧制限) only when named on it). The 会議事務局 and the
administrator have no case scope at all; aggregate counts are the point of their right, so,
as the 推進会議 papers do (:mod:`welfaredesk.services.meetings`), they count the whole desk,
except the restricted cases they are not named on (a restricted case is counted only by the
users named on it, whatever their role; so the supervisor's and the secretariat's figures
agree). No client's name or other personal field is read; staff names label the rows of
``activities_by_staff`` and ``caseload``.

**Speed.** About 20 grouped queries, each returning a few hundred rows at most; nothing is
read row by row into Python. The one big pass is over the two years' progress notes (1.2-1.7
million on the 100,000-case demo archive): one pass for both periods, counted from the
covering index ``ix_progress_note_activity`` (method, staff, funding, outreach, ``noted_at``,
minutes) in its own order, so SQLite neither reads the note table nor sorts; the notes of
the few restricted cases the user may not count are counted apart and taken off. The cases
opened in the two periods are joined to their client, first slip and lead once (a CTE
counted two ways), their issue categories in one pass in case order, and the national table
reuses the other tables' counts.

**Counting rules** (also written in each table's note):

* 新規相談 (``new_by_month`` and the breakdowns ``by_channel`` … ``by_sex``): cases opened
  (``case_file.opened_on``) in the period; channel and consulter type are those of the case's
  first consultation (連絡票); age at the opening date; issue categories are the top-level
  categories of the case's issues (a case with several counts once in each, so the rows add
  up to more than the total, which is the number of cases).
* 活動件数 (``activities_*``, ``outreach``): progress notes (支援経過) dated in the period;
  hours are the recorded minutes ÷ 60, to 0.01 h (notes without minutes add no hours).
* つなぎ (``referrals_*``): referrals whose referral date falls in the period; the outcome
  is the referral's present status.
* 支援計画 (``plans``): plans decided (``decided_on``) in the period; plan no. 1 of a case is
  作成, a later number is 見直し.
* 会議 (``meetings``): meetings held in the period by type, with the agenda items about a
  case (延べ件数) the user's scope lets them count.
* 終結 (``closures``): closures approved with a closing date in the period (a closure later
  reopened still counts: the case did end then).
* 担当件数 and 段階 (``caseload``, ``open_by_stage``): cases open at the period's last day
  (opened on or before it, not closed by it). Lead worker and stage are the present ones; the
  database keeps no history of them, so a case closed since then is shown as such.

**Small-cell suppression** (``outsiders=True``): every count from 1 to ``threshold - 1`` is
replaced by None (0 is shown: it singles no one out). A column with a total row must not give
a hidden cell back by subtraction, so while the hidden cells of a column add up to less than
the threshold, the smallest visible non-zero cell is hidden too; if none is left, the total
is hidden. An hours cell is hidden with the count on its row. The threshold comes from the
``report`` setting (``{"suppression_threshold": n}``) or is 3.

Every report writes one audit event (``view``, entity ``report``) naming the period, the
options and the table keys: no names, no counts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    cast,
    exists,
    extract,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from welfaredesk.domain.dates import MONTH_LABELS, fiscal_year_bounds, fiscal_year_label
from welfaredesk.domain.enums import (
    AgencyKind,
    AuditAction,
    CaseStage,
    ClosureStatus,
    MeetingStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    Sex,
    label,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, CaseScope, case_scope
from welfaredesk.domain.reports import AnnualEntry, Report, ReportRow, ReportTable
from welfaredesk.domain.text import date_text, msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import require, visible_cases
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    ActivityTally,
    Agency,
    AgendaItem,
    Area,
    Case,
    CaseAccess,
    CaseIssue,
    Closure,
    Consultation,
    IntakeFact,
    IntakeTally,
    Meeting,
    Person,
    PicklistItem,
    ProgressNote,
    Referral,
    Setting,
    SupportPlan,
    User,
)

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 3
"""Counts below this are hidden in a report for outsiders, unless the setting says otherwise."""

THRESHOLD_SETTING = "report"
"""The setting whose ``suppression_threshold`` overrides :data:`DEFAULT_THRESHOLD`."""

MAX_PERIOD_DAYS = 366 * 5
"""The longest date range a report may cover."""

TOTAL = "合計"
UNKNOWN = "不明"
NO_LEAD = "主担当なし"
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0～17歳", 0, 17),
    ("18～39歳", 18, 39),
    ("40～64歳", 40, 64),
    ("65～74歳", 65, 74),
    ("75歳以上", 75, None),
)
COORDINATOR_STAFF_ROLE = "coordinator"
"""The ``staff_role`` code of a 相談支援包括化推進員."""
INFO_ONLY_REASON = "info_only"
"""The ``closure_reason`` code of 情報提供のみで終了."""
OUTREACH_CHANNEL = "outreach"
"""The ``intake_channel`` code of 訪問(アウトリーチ)."""

_CODE_SEPARATOR = "\x1f"
"""Joins a case's issue codes in one string (the ASCII unit separator: never in a code)."""

Counts = dict[object, list[float]]
"""A grouped result: key → values (this period first, then the previous one)."""


@dataclass(frozen=True, slots=True)
class _Span:
    start: dt.date
    end: dt.date

    @property
    def after(self) -> dt.date:
        return self.end + dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Periods:
    this: _Span
    prev: _Span
    columns: tuple[str, str]
    fiscal: bool

    def split(
        self, column: Any, *, datetime: bool
    ) -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[bool]]:
        """Conditions: in this period, in the previous one, in either (for WHERE)."""

        def within(lo: dt.date, hi_exclusive: dt.date) -> ColumnElement[bool]:
            if datetime:
                low: object = dt.datetime.combine(lo, dt.time())
                high: object = dt.datetime.combine(hi_exclusive, dt.time())
            else:
                low, high = lo, hi_exclusive
            return and_(column >= low, column < high)

        return (
            within(self.this.start, self.this.after),
            within(self.prev.start, self.prev.after),
            within(self.prev.start, self.this.after),
        )


def _sum_if(condition: ColumnElement[bool], value: object = 1) -> ColumnElement[float]:
    return func.coalesce(func.sum(when((condition, value), else_=0)), 0)


@dataclass(frozen=True, slots=True)
class _DateParts:
    """The year, month and month-day of a date column, as cheaply as the backend allows.

    SQLite stores dates as ISO text (``YYYY-MM-DD``): cutting the text is several times
    cheaper than ``strftime`` (a parse per call), which on a year of new cases was a tenth
    of the report. PostgreSQL extracts from its date type.
    """

    dialect: str

    def year(self, column: Any) -> ColumnElement[int]:
        if self.dialect == "sqlite":
            return cast(func.substr(column, 1, 4), Integer)
        return cast(extract("year", column), Integer)

    def month(self, column: Any) -> ColumnElement[int]:
        if self.dialect == "sqlite":
            return cast(func.substr(column, 6, 2), Integer)
        return cast(extract("month", column), Integer)

    def month_day(self, column: Any) -> ColumnElement[Any]:
        """Orders as (month, day) does: ``MM-DD`` text, or month * 100 + day."""
        if self.dialect == "sqlite":
            return func.substr(column, 6, 5)
        return extract("month", column) * 100 + extract("day", column)


def _whole_months(start: dt.date, after: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The months entirely within [start, after): (``YYYY-MM``, first day, next month's)."""
    months = []
    first = start if start.day == 1 else _next_month(start)
    while (following := _next_month(first)) <= after:
        months.append((f"{first:%Y-%m}", first, following))
        first = following
    return months


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _uncovered(
    start: dt.date, after: dt.date, covered: Sequence[tuple[dt.date, dt.date]]
) -> list[tuple[dt.date, dt.date]]:
    """The spans of [start, after) outside the sorted, non-overlapping ``covered`` spans."""
    spans, at = [], start
    for lo, hi in sorted(covered):
        if lo > at:
            spans.append((at, lo))
        at = max(at, hi)
    if at < after:
        spans.append((at, after))
    return spans


class ReportService:
    """Statistics for a fiscal year or a date range (design.md §4: one read unit per call)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def fiscal_year(
        self,
        principal: Principal,
        year: int,
        *,
        outsiders: bool = False,
        threshold: int | None = None,
        now: dt.datetime | None = None,
    ) -> Report:
        """The report of fiscal year ``year`` (2025 for 令和7年度) beside the year before.

        Args:
            principal: the logged-in user (needs 集計表の作成).
            year: the western year of the fiscal year's April.
            outsiders: hide small counts (see the module notes).
            threshold: the smallest count shown to outsiders; None takes the setting.
            now: the time the report is made (tests).

        Raises:
            PermissionDenied: the role may not make reports.
            ValidationError: the year is out of range.
        """
        require(principal, Action.REPORT_AGGREGATE, self._db)
        try:
            start, end = fiscal_year_bounds(year)
            prev_start, prev_end = fiscal_year_bounds(year - 1)
            this_label, prev_label = fiscal_year_label(year), fiscal_year_label(year - 1)
        except ValueError as exc:
            raise ValidationError(
                "year", "年度", "対象の年度を西暦（例：2025）で正しく入力してください。"
            ) from exc
        periods = _Periods(
            _Span(start, end), _Span(prev_start, prev_end), (this_label, prev_label), fiscal=True
        )
        return self._report(
            principal,
            periods,
            title_stem=this_label,
            detail={"fiscal_year": year},
            outsiders=outsiders,
            threshold=threshold,
            now=now,
        )

    @staticmethod
    def write(
        report: Report,
        kind: str,
        out: Path,
        *,
        printed_by: str = "",
        annual: AnnualEntry | None = None,
    ) -> Path:
        """Write the file only (no permission check, no audit: :meth:`export` does both).

        Raises:
            KnownError: the file could not be written (a Japanese message saying what to do).
        """
        try:
            if annual is not None:
                from welfaredesk.printing.annual_xlsx import write_annual_xlsx  # noqa: PLC0415

                return write_annual_xlsx(annual, out)
            if kind == "xlsx":
                from welfaredesk.printing.report_xlsx import write_report_xlsx  # noqa: PLC0415

                out.parent.mkdir(parents=True, exist_ok=True)
                return write_report_xlsx(report, out)
            if kind == "csv":
                from welfaredesk.printing.report_csv import write_report_csv  # noqa: PLC0415

                return write_report_csv(report, out)[0]
            from welfaredesk.printing.report_pdf import build_report_pdf  # noqa: PLC0415

            out.parent.mkdir(parents=True, exist_ok=True)
            return build_report_pdf(report, out, printed_by=printed_by)
        except OSError as error:
            log.info("report export failed (%s)", type(error).__name__)
            raise KnownError(
                "ファイルを保存できませんでした。ほかのアプリで開いていないか、"
                "保存先のフォルダーに書き込めるかを確かめてください。"
            ) from error

    def export(
        self,
        principal: Principal,
        report: Report,
        kind: Literal["xlsx", "csv", "pdf"],
        out: Path,
        *,
        annual: AnnualEntry | None = None,
    ) -> Path:
        """Write ``report`` (or, with ``annual``, the 事業実績 draft) to ``out``; audited.

        The file leaves the program, so each export is one ``export`` audit event with the
        format, the period and whether small counts were hidden (never a figure or a name).

        Raises:
            PermissionDenied: the role may not make reports.
            KnownError: the file could not be written (a Japanese message saying what to do).
        """
        require(principal, Action.REPORT_AGGREGATE, self._db)
        written = self.write(report, kind, out, printed_by=principal.display_name, annual=annual)
        with self._db.write() as s:
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT,
                "report",
                detail={
                    "format": "annual_xlsx" if annual is not None else kind,
                    "start": report.start.isoformat(),
                    "end": report.end.isoformat(),
                    "suppressed_below": report.suppressed_below,
                    "tables": len(report.tables),
                },
            )
        log.info("report exported by user %s as %s", principal.user_id, kind)
        return written

    def period(
        self,
        principal: Principal,
        start: dt.date,
        end: dt.date,
        *,
        outsiders: bool = False,
        threshold: int | None = None,
        now: dt.datetime | None = None,
    ) -> Report:
        """The report of ``start``..``end`` (inclusive) beside the same length just before.

        Raises:
            PermissionDenied: the role may not make reports.
            ValidationError: the end is before the start, or the range is too long.
        """
        require(principal, Action.REPORT_AGGREGATE, self._db)
        if end < start:
            raise ValidationError(
                "end", "終了日", "終了日は開始日と同じ日かそれより後の日付にしてください。"
            )
        length = (end - start).days + 1
        if length > MAX_PERIOD_DAYS:
            raise ValidationError(
                "end", "終了日", "期間は5年以内にしてください。開始日か終了日を見直してください。"
            )
        prev_end = start - dt.timedelta(days=1)
        prev_start = prev_end - dt.timedelta(days=length - 1)
        try:
            this_label = _range_label(start, end, style="short")
            prev_label = _range_label(prev_start, prev_end, style="short")
        except ValueError as exc:
            raise ValidationError(
                "start", "開始日", "明治6年以降の日付を入力してください。"
            ) from exc
        periods = _Periods(
            _Span(start, end), _Span(prev_start, prev_end), (this_label, prev_label), fiscal=False
        )
        return self._report(
            principal,
            periods,
            title_stem=_range_label(start, end, style="long"),
            detail={"start": start.isoformat(), "end": end.isoformat()},
            outsiders=outsiders,
            threshold=threshold,
            now=now,
        )

    # -- the report ------------------------------------------------------------------------

    def _report(
        self,
        principal: Principal,
        periods: _Periods,
        *,
        title_stem: str,
        detail: dict[str, object],
        outsiders: bool,
        threshold: int | None,
        now: dt.datetime | None,
    ) -> Report:
        if threshold is not None and threshold < 1:
            raise ValidationError("threshold", "非表示にする件数", "1以上の数を入力してください。")
        generated = (now or dt.datetime.now()).replace(microsecond=0)
        whole_desk = case_scope(principal.role) is CaseScope.NONE
        scope: ColumnElement[bool] = (
            or_(Case.restricted.is_(False), _named(principal))
            if whole_desk
            else visible_cases(principal)
        )
        with self._db.read() as s:
            limit = (threshold or _setting_threshold(s)) if outsiders else None
            builder = _Builder(
                s,
                periods,
                scope,
                few_hidden=whole_desk or case_scope(principal.role) is CaseScope.ALL,
            )
            tables = builder.tables()
            desk_name = desk_profile(s).name
        if limit is not None:
            tables = tuple(_suppress(table, limit) for table in tables)
        report = Report(
            title=msg("{title} {desk} 実績報告", title=title_stem, desk=desk_name),
            period_label=_range_label(periods.this.start, periods.this.end, style="long"),
            start=periods.this.start,
            end=periods.this.end,
            previous_start=periods.prev.start,
            previous_end=periods.prev.end,
            generated_at=generated,
            scope_label=_scope_label(principal, whole_desk),
            suppressed_below=limit,
            tables=tables,
            desk_name=desk_name,
        )
        with self._db.write() as s:
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "report",
                detail={
                    **detail,
                    "start": periods.this.start.isoformat(),
                    "end": periods.this.end.isoformat(),
                    "outsiders": outsiders,
                    "suppressed_below": limit,
                    "tables": [t.key for t in tables],
                },
            )
        log.info(
            "report made by user %s: %s..%s, %d tables, outsiders %s",
            principal.user_id,
            periods.this.start,
            periods.this.end,
            len(tables),
            outsiders,
        )
        return report


def _range_label(start: dt.date, end: dt.date, *, style: Literal["short", "long"]) -> str:
    fmt = style
    return msg("{start}～{end}", start=date_text(start, style=fmt), end=date_text(end, style=fmt))


def _named(principal: Principal) -> ColumnElement[bool]:
    """The case names the user (閲覧制限の指名), as in :func:`visible_cases`."""
    return exists(
        select(CaseAccess.case_id).where(
            CaseAccess.case_id == Case.id, CaseAccess.user_id == principal.user_id
        )
    )


def _scope_label(principal: Principal, whole_desk: bool) -> str:
    if whole_desk:
        return "窓口全体（閲覧制限のケースは指名されたもののみ）"
    if case_scope(principal.role) is CaseScope.ALL:
        return "すべてのケース（閲覧制限のケースは指名されたもののみ）"
    return "自分と係のケース"


def _setting_threshold(s: Session) -> int:
    setting = s.get(Setting, THRESHOLD_SETTING)
    value = (setting.value if setting else {}).get("suppression_threshold")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return DEFAULT_THRESHOLD


class _Builder:
    """Runs the grouped queries of one report inside one read unit."""

    def __init__(
        self, s: Session, periods: _Periods, scope: ColumnElement[bool], *, few_hidden: bool
    ) -> None:
        self.s = s
        self.p = periods
        self.scope = scope
        self.few_hidden = few_hidden
        """Only restricted cases fall outside the scope (the whole-desk and all-case roles)."""
        self.columns = periods.columns
        self.notes: tuple[float, ...] = (0, 0, 0, 0)
        """Activities and outreach activities (this, previous), kept for the national table."""
        self.opened: Sequence[float] = (0, 0)
        """New consultations (this, previous), kept for the issue and national tables."""
        self.outreach_intake: Sequence[float] = (0, 0)
        """New consultations whose first slip came by outreach, kept for ``outreach``."""
        self.national_plans: Sequence[float] = (0, 0, 0, 0)
        """Plans no. 1 and later plans (this, previous), kept for the national table."""
        self.national_referrals: Sequence[float] = (0, 0, 0, 0)
        """Referrals and accompanied referrals (this, previous), kept for the same."""
        self.national_closures: Sequence[float] = (0, 0, 0, 0)
        """Closures and info-only closures (this, previous), kept for the same."""
        self.by_month: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        """New consultations by month key (year * 12 + month), counted by ``_opened``."""
        self.by_codes: list[tuple[int, str, int]] = []
        self._add_restricted: bool | None = None
        """(period, a case's issue codes joined, cases), counted by ``_opened``."""

    def tables(self) -> tuple[ReportTable, ...]:
        opened = self._opened()
        activities = self._activities()
        referrals = self._referrals()
        plans = self._plans()
        meetings = self._meetings()
        closures = self._closures()
        return (
            self._new_by_month(),
            *opened,
            self._by_issue(),
            *activities,
            *referrals,
            plans,
            meetings,
            closures,
            *self._open_at_end(),
            self._national(),
        )

    # -- helpers ---------------------------------------------------------------------------

    def counted(self, case_id: Any) -> ColumnElement[bool]:
        """The rows (referrals, plans, agenda items, closures) of the cases the user counts.

        For the roles that count the whole desk, only restricted cases fall outside the
        scope: the rows are those not of a hidden case (a short list, read once), so no case
        is looked up per row. Other scopes: the rows of their visible cases.
        """
        if self.few_hidden:
            hidden = select(Case.id).where(Case.restricted.is_(True), not_(self.scope))
            return case_id.not_in(hidden)  # type: ignore[no-any-return]
        return case_id.in_(select(Case.id).where(self.scope))  # type: ignore[no-any-return]

    def labels(self, list_name: str) -> dict[str, str]:
        rows = self.s.execute(
            select(PicklistItem.code, PicklistItem.label)
            .where(PicklistItem.list_name == list_name)
            .order_by(PicklistItem.sort_order, PicklistItem.id)
        ).all()
        return {code: text for code, text in rows}

    def table(
        self,
        key: str,
        title: str,
        row_header: str,
        lines: Iterable[tuple[str, Sequence[float]]],
        *,
        note: str,
        total: Sequence[float] | None = None,
        columns: tuple[str, ...] | None = None,
        hours: bool = False,
    ) -> ReportTable:
        rows = [
            ReportRow(text, tuple(_number(v, hours, i) for i, v in enumerate(values)))
            for text, values in lines
        ]
        if total is not None:
            rows.append(
                ReportRow(
                    TOTAL, tuple(_number(v, hours, i) for i, v in enumerate(total)), total=True
                )
            )
        return ReportTable(
            key=key,
            title=title,
            row_header=row_header,
            columns=columns or self.columns,
            rows=tuple(rows),
            note=note,
        )

    def coded_lines(
        self, counts: Counts, labels: Mapping[str, str], *, unknown: str = UNKNOWN, width: int = 2
    ) -> list[tuple[str, list[float]]]:
        """Rows in pick-list order (every item, zeros included), then unknown codes, then None."""
        lines = [(text, counts.get(code, [0] * width)) for code, text in labels.items()]
        for code in sorted((k for k in counts if k is not None and k not in labels), key=str):
            lines.append((str(code), counts[code]))
        if None in counts:
            lines.append((unknown, counts[None]))
        return lines

    # -- 1. new consultations by month -----------------------------------------------------

    def _new_by_month(self) -> ReportTable:
        # Counted by :meth:`_opened` (its month key: year * 12 + month).
        this_base = self.p.this.start.year * 12 + self.p.this.start.month
        prev_base = self.p.prev.start.year * 12 + self.p.prev.start.month
        months = (self.p.this.end.year * 12 + self.p.this.end.month) - this_base + 1
        values = [[0, 0] for _ in range(months)]
        for key, (n_this, n_prev) in self.by_month.items():
            if n_this and 0 <= key - this_base < months:
                values[key - this_base][0] += n_this
            if n_prev and 0 <= key - prev_base < months:
                values[key - prev_base][1] += n_prev
        lines = []
        for offset in range(months):
            year, month0 = divmod(this_base + offset - 1, 12)
            text = (
                MONTH_LABELS[month0]
                if self.p.fiscal
                else msg("{year}年{month}", year=year, month=MONTH_LABELS[month0])
            )
            lines.append((text, values[offset]))
        note = "ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。"
        if not self.p.fiscal:
            note = (
                "ケースを開いた日（受付日）で数えた新規相談の件数（新規相談受付件数）。"
                "前期間の欄は、前期間の同じ順番の月の件数です。"
            )
        return self.table(
            "new_by_month",
            "月別の新規相談件数",
            "月",
            lines,
            total=[sum(v[0] for v in values), sum(v[1] for v in values)],
            note=note,
        )

    # -- 2. breakdowns of the new consultations --------------------------------------------

    def _opened(self) -> tuple[ReportTable, ...]:
        per, ages, totals = self._opened_tally() if self.few_hidden else self._opened_cases()
        return self._opened_tables(per, ages, totals)

    def restricted_side(self) -> tuple[int, Select[Any]]:
        """The restricted cases read case by case, and the sign they are counted with.

        When the user counts at most half of the restricted cases (few_hidden roles), those
        are added to the open cases' tallies (+1); otherwise the others are taken off the
        whole desk's (-1). Either way the smaller side is read case by case.
        """
        if self._add_restricted is None:
            restricted, counted = self.s.execute(
                select(func.count(), func.count().filter(self.scope)).where(
                    Case.restricted.is_(True)
                )
            ).one()
            self._add_restricted = int(counted) * 2 <= int(restricted)
        if self._add_restricted:
            return 1, select(Case.id).where(Case.restricted.is_(True), self.scope)
        return -1, select(Case.id).where(Case.restricted.is_(True), not_(self.scope))

    def _opened_tally(self) -> tuple[list[Counts], Counts, list[int]]:
        """The new consultations' breakdowns from ``intake_tally`` (revision 0012).

        The tally counts by month: the whole months of each period are read from it (the open
        cases' rows, or every row when the user counts most restricted cases, with the
        restricted cases added or taken off from ``intake_fact``); the days of a part month
        (a period that does not start or end with a month) from ``intake_fact``. One
        statement, so every part sees the same data.
        """
        t, f = IntakeTally, IntakeFact
        dialect = self.s.get_bind().dialect.name
        sign, cases = self.restricted_side()
        add = sign == 1
        this_months = _whole_months(self.p.this.start, self.p.this.after)
        prev_months = _whole_months(self.p.prev.start, self.p.prev.after)
        whole = [(lo, hi) for _key, lo, hi in (*this_months, *prev_months)]
        parts_of_months = _uncovered(self.p.prev.start, self.p.this.after, whole)
        tally_period = when((t.month.in_([key for key, _lo, _hi in this_months]), 0), else_=1)
        r = (
            select(
                tally_period.label("period"),
                t.dimension.label("dimension"),
                t.value.label("value"),
                t.month.label("month"),
                t.cases.label("cases"),
            )
            .where(
                t.month.in_([key for key, _lo, _hi in (*this_months, *prev_months)]),
                *([t.restricted.is_(False)] if add else []),
            )
            .subquery()
        )
        # Grouped outside a subquery that names the period (PostgreSQL does not match an
        # expression with bound values in GROUP BY to the same one in SELECT).
        parts: list[Select[*tuple[Any, ...]]] = [
            select(literal(1), r.c.period, r.c.dimension, r.c.value, func.sum(r.c.cases)).group_by(
                r.c.period, r.c.dimension, r.c.value
            ),
            select(literal(1), r.c.period, literal("month"), r.c.month, func.sum(r.c.cases))
            .where(r.c.dimension == "complex_needs")
            .group_by(r.c.period, r.c.month),
        ]
        month = (
            func.to_char(f.day, "YYYY-MM") if dialect == "postgresql" else func.substr(f.day, 1, 7)
        )
        values: dict[str, Any] = {
            "channel": func.coalesce(f.channel, ""),
            "consulter": func.coalesce(f.consulter, ""),
            "complex_needs": when((f.complex_needs.is_(True), "1"), else_="0"),
            "coordinator": func.coalesce(cast(f.coordinator, String), ""),
            "area": func.coalesce(cast(f.area_id, String), ""),
            "sex": func.coalesce(f.sex, ""),
            "age": func.coalesce(cast(f.age, String), ""),
            "codes": func.coalesce(f.codes, ""),
            "month": month,
        }

        def days(spans: Sequence[tuple[dt.date, dt.date]]) -> ColumnElement[bool]:
            return or_(false(), *(and_(f.day >= lo, f.day < hi) for lo, hi in spans))

        restricted_counted = f.case_id.in_(cases) if add else not_(f.case_id.in_(cases))
        visible = or_(f.restricted.is_(False), restricted_counted)
        for row_sign, where in (
            (sign, and_(days(whole), f.case_id.in_(cases))),  # the restricted, whole months
            (1, and_(days(parts_of_months), visible)),  # every visible case, part months
        ):
            facts = (
                select(
                    when((f.day >= self.p.this.start, 0), else_=1).label("period"),
                    *(v.label(k) for k, v in values.items()),
                )
                .where(where)
                .subquery()
            )
            for name in values:
                column = facts.c[name]
                parts.append(
                    select(
                        literal(row_sign), facts.c.period, literal(name), column, func.count()
                    ).group_by(facts.c.period, column)
                )
        counted: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for row_sign, j, dimension, value, n in self.s.execute(union_all(*parts)).all():
            counted[str(dimension), str(value)][int(j)] += int(row_sign) * int(n or 0)
        names = ("channel", "consulter", "complex_needs", "coordinator", "area", "sex")
        per: list[Counts] = [defaultdict(lambda: [0, 0]) for _ in names]
        ages: Counts = defaultdict(lambda: [0, 0])
        totals = [0, 0]
        for (dimension, value), n in counted.items():
            if not (n[0] or n[1]):
                continue
            key: object = value or None
            if dimension == "complex_needs":
                totals = [totals[0] + n[0], totals[1] + n[1]]
                key = value == "1"
            elif dimension in {"coordinator", "area"}:
                key = int(value) if value else None
            elif dimension == "age":
                band = ages[_age_band(int(value) if value else None)]
                band[0], band[1] = band[0] + n[0], band[1] + n[1]
                continue
            elif dimension == "month":
                year, month_no = value.split("-")
                key_n = self.by_month[int(year) * 12 + int(month_no)]
                key_n[0], key_n[1] = key_n[0] + n[0], key_n[1] + n[1]
                continue
            elif dimension == "codes":
                for j in range(2):
                    if value and n[j]:
                        self.by_codes.append((j, value, n[j]))
                continue
            per[names.index(dimension)][key] = [n[0], n[1]]
        return per, ages, totals

    def _opened_cases(self) -> tuple[list[Counts], Counts, list[int]]:
        """The new consultations' breakdowns counted from the cases (team scopes)."""
        this, _prev, either = self.p.split(Case.opened_on, datetime=False)
        first = (
            select(func.min(Consultation.id))
            .where(Consultation.case_id == Case.id)
            .correlate(Case)
            .scalar_subquery()
        )
        lead = User.__table__.alias("lead")
        dates = _DateParts(self.s.get_bind().dialect.name)
        age = (
            dates.year(Case.opened_on)
            - dates.year(Person.birth_date)
            - when(
                (dates.month_day(Case.opened_on) < dates.month_day(Person.birth_date), 1), else_=0
            )
        )
        coordinator = when(
            (Case.lead_worker_id.is_(None), None),
            (
                or_(
                    lead.c.role == str(Role.COORDINATOR),
                    lead.c.staff_role_code == COORDINATOR_STAFF_ROLE,
                ),
                1,
            ),
            else_=0,
        )
        # One row per case opened in either period (the joins done once), then counted four
        # ways in one statement: by the breakdowns, by exact age (banded here), by month (for
        # the monthly table) and by the case's issue codes joined into one string (a few
        # thousand combinations, mapped to their categories by the issue table). A CTE used
        # more than once is materialised by SQLite (3.35+) and PostgreSQL (12+) alike.
        # The age: from the birth date; without one, the age told at the first consultation.
        opened = (
            select(
                when((this, 0), else_=1).label("period"),
                Consultation.channel_code.label("channel"),
                Consultation.consulter_type_code.label("consulter"),
                Case.complex_needs.label("complex_needs"),
                coordinator.label("coordinator"),
                Case.area_id.label("area_id"),
                Person.sex.label("sex"),
                func.coalesce(age, Consultation.stated_age).label("age"),
                (dates.year(Case.opened_on) * 12 + dates.month(Case.opened_on)).label("month"),
                select(func.aggregate_strings(CaseIssue.issue_code, _CODE_SEPARATOR))
                .where(CaseIssue.case_id == Case.id)
                .correlate(Case)
                .scalar_subquery()
                .label("codes"),
            )
            .select_from(Case)
            .join(Person, Person.id == Case.client_id)
            .outerjoin(Consultation, Consultation.id == first)
            .outerjoin(lead, lead.c.id == Case.lead_worker_id)
            .where(either, self.scope)
            .cte("opened_case")
        )
        o = opened.c
        dims = (o.channel, o.consulter, o.complex_needs, o.coordinator, o.area_id, o.sex)
        count = func.count()
        none = [null() for _ in dims]
        # Typed NULLs: PostgreSQL matches a UNION's column types pair by pair.
        no_age, no_month = cast(null(), o.age.type), cast(null(), o.month.type)
        no_codes = cast(null(), o.codes.type)
        by_dims = select(
            literal(0).label("kind"), o.period, *dims, no_age, no_month, no_codes, count
        )
        by_age = select(literal(1), o.period, *none, o.age, no_month, no_codes, count)
        by_month = select(literal(2), o.period, *none, no_age, o.month, no_codes, count)
        by_codes = select(literal(3), o.period, *none, no_age, no_month, o.codes, count)
        rows = self.s.execute(
            union_all(
                by_dims.group_by(o.period, *dims),
                by_age.group_by(o.period, o.age),
                by_month.group_by(o.period, o.month),
                by_codes.group_by(o.period, o.codes),
            )
        ).all()
        per: list[Counts] = [defaultdict(lambda: [0, 0]) for _ in dims]
        ages: Counts = defaultdict(lambda: [0, 0])
        totals = [0, 0]
        for kind, period, *keys, years, month, codes, n in rows:
            j, n = int(period), int(n)  # noqa: PLW2901 - the count's SQL value
            if kind == 1:
                ages[_age_band(None if years is None else int(years))][j] += n
                continue
            if kind == 2:
                self.by_month[int(month)][j] += n
                continue
            if kind == 3:
                if codes is not None:
                    self.by_codes.append((j, str(codes), n))
                continue
            totals[j] += n
            for i, key in enumerate(keys):
                key = bool(key) if i == 2 else key  # noqa: PLW2901 - the flag's SQL value
                per[i][key][j] += n
        return per, ages, totals

    def _opened_tables(
        self, per: list[Counts], ages: Counts, totals: list[int]
    ) -> tuple[ReportTable, ...]:
        channel, consulter, complex_needs, coord, area, sex = per
        self.opened = totals
        self.outreach_intake = channel.get(OUTREACH_CHANNEL, [0, 0])
        first_note = (
            "期間内に開いたケース（新規相談）を数えています。最初の相談受付票の内容によります。"
        )
        areas = dict(
            self.s.execute(select(Area.id, Area.name).order_by(Area.sort_order, Area.id)).all()
        )
        return (
            self.table(
                "by_channel",
                "相談経路別の新規相談件数",
                "相談経路",
                self.coded_lines(channel, self.labels("intake_channel")),
                total=totals,
                note=first_note,
            ),
            self.table(
                "by_consulter",
                "相談者別の新規相談件数",
                "相談者",
                self.coded_lines(consulter, self.labels("consulter_type")),
                total=totals,
                note=first_note,
            ),
            self.table(
                "by_complex_needs",
                "複合的な課題の有無別の新規相談件数",
                "複合的な課題",
                [("あり", complex_needs[True]), ("なし", complex_needs[False])],
                total=totals,
                note=(
                    "期間内に開いたケース（新規相談）を数えています。"
                    "ケースの「複合的な課題」の印によります。"
                ),
            ),
            self.table(
                "by_lead_kind",
                "主担当の職種別の新規相談件数",
                "主担当",
                [
                    ("相談支援包括化推進員", coord[1]),
                    ("その他の職員", coord[0]),
                    (NO_LEAD, coord[None]),
                ],
                total=totals,
                note=(
                    "期間内に開いたケース（新規相談）を数えています。"
                    "現在の主担当が包括化推進員（権限または職種）かどうかで分けています。"
                ),
            ),
            self.table(
                "by_area",
                "地区別の新規相談件数",
                "地区",
                self.coded_lines(area, {k: str(v) for k, v in areas.items()}),  # type: ignore[misc]
                total=totals,
                note=(
                    "期間内に開いたケース（新規相談）を数えています。"
                    "ケースの地区によります。地区のないケースは「不明」です。"
                ),
            ),
            self.table(
                "by_age",
                "年齢層別の新規相談件数",
                "年齢層",
                [
                    *((text, ages[i]) for i, (text, _lo, _hi) in enumerate(AGE_BANDS)),
                    (UNKNOWN, ages[None]),
                ],
                total=totals,
                note=(
                    "期間内に開いたケース（新規相談）を数えています。"
                    "本人の受付日時点の年齢です(生年月日がなければ最初の相談で聞いた年齢)。"
                    "どちらもない人は「不明」です。"
                ),
            ),
            self.table(
                "by_sex",
                "性別の新規相談件数",
                "性別",
                [
                    *((label(value), sex[str(value)]) for value in Sex),
                    *(
                        (str(k), v)
                        for k, v in sex.items()
                        if k is not None and k not in {str(x) for x in Sex}
                    ),
                    (UNKNOWN, sex[None]),
                ],
                total=totals,
                note=("期間内に開いたケース（新規相談）を数えています。本人の性別です。"),
            ),
        )

    def _by_issue(self) -> ReportTable:
        """Cases opened in the period by top-level issue category (each case once per category).

        :meth:`_opened` joined each case's codes into one string and counted the cases by
        period and that string, a few thousand combinations at most; each combination is
        mapped to its categories here (a set, so two codes of one category count once). A
        code missing from the pick-list is its own category.
        """
        parents = {
            code: parent
            for code, parent in self.s.execute(
                select(PicklistItem.code, PicklistItem.parent_code).where(
                    PicklistItem.list_name == "issue_category",
                    PicklistItem.parent_code.is_not(None),
                )
            ).all()
        }
        counts: Counts = defaultdict(lambda: [0, 0])
        with_issue = [0, 0]
        for j, codes, n in self.by_codes:
            with_issue[j] += n
            for category in {parents.get(code, code) for code in codes.split(_CODE_SEPARATOR)}:
                counts[category][j] += n
        total = self.opened
        counts[None] = [int(total[0]) - with_issue[0], int(total[1]) - with_issue[1]]
        top = {
            code: text
            for code, text in self.s.execute(
                select(PicklistItem.code, PicklistItem.label)
                .where(
                    PicklistItem.list_name == "issue_category", PicklistItem.parent_code.is_(None)
                )
                .order_by(PicklistItem.sort_order, PicklistItem.id)
            ).all()
        }
        return self.table(
            "by_issue",
            "課題の分類別の新規相談件数",
            "課題の分類",
            self.coded_lines(counts, top, unknown="課題の記録なし"),
            total=[int(total[0]), int(total[1])],
            note="期間内に開いたケースの課題を大分類で数えています。1件のケースが複数の分類に"
            "入るため、各行の和は合計（ケース数）と一致しません。",
        )

    # -- 3. activities ---------------------------------------------------------------------

    def _note_counts(self) -> dict[tuple[object, ...], list[int]]:
        """The notes of both periods by (method, staff, funding, outreach).

        Values: count and minutes this period, count and minutes the previous one. For the
        roles that count the whole desk, only restricted cases fall outside the scope, so the
        notes are read from ``activity_tally`` (per day, kept by the database; a few hundred
        rows a day instead of every note): the open cases' rows plus the notes of the
        restricted cases the user is named on, or, when they are named on most of them, all
        rows less the notes of the restricted cases they are not named on (the smaller side
        read from the notes, through the case index). Other scopes count the notes of their
        visible cases.
        """
        this_start = dt.datetime.combine(self.p.this.start, dt.time())
        first = dt.datetime.combine(self.p.prev.start, dt.time())
        after = dt.datetime.combine(self.p.this.after, dt.time())
        dims = (
            ProgressNote.method_code,
            ProgressNote.staff_id,
            ProgressNote.funding_programme_code,
            ProgressNote.outreach,
        )
        this = ProgressNote.noted_at >= this_start
        minutes = func.sum(ProgressNote.minutes)

        def from_notes(sign: int, *where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
            return (
                select(
                    literal(sign),
                    *dims,
                    func.count().filter(this),
                    minutes.filter(this),
                    func.count(),
                    minutes,
                )
                .where(ProgressNote.noted_at >= first, ProgressNote.noted_at < after, *where)
                .group_by(*dims)
            )

        if self.few_hidden:
            # The restricted cases the user counts (named) and those they do not: the smaller
            # side is read from its notes, added to the open cases' tally or taken off the
            # whole desk's.
            sign, cases = self.restricted_side()
            add = sign == 1
            t = ActivityTally
            tally_this = t.day >= self.p.this.start
            from_tally = (
                select(
                    literal(1),
                    t.method_code,
                    func.nullif(t.staff_id, 0),
                    func.nullif(t.funding_programme_code, ""),
                    t.outreach,
                    func.sum(t.notes).filter(tally_this),
                    func.sum(t.minutes).filter(tally_this),
                    func.sum(t.notes),
                    func.sum(t.minutes),
                )
                .where(
                    t.day >= self.p.prev.start,
                    t.day < self.p.this.after,
                    *([t.restricted.is_(False)] if add else []),
                )
                .group_by(t.method_code, t.staff_id, t.funding_programme_code, t.outreach)
            )
            # One statement, so both parts see the same data (PostgreSQL reads committed).
            part = from_notes(sign, ProgressNote.case_id.in_(cases))
            stmt: Any = union_all(from_tally, part)
        else:
            stmt = from_notes(1, ProgressNote.case_id.in_(select(Case.id).where(self.scope)))
        counts: dict[tuple[object, ...], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for sign, method, staff, funding, outreach, n_this, m_this, n_all, m_all in self.s.execute(
            stmt
        ).all():
            n = counts[method, staff, funding, bool(outreach)]
            n[0] += sign * int(n_this or 0)
            n[1] += sign * int(m_this or 0)
            n[2] += sign * (int(n_all or 0) - int(n_this or 0))
            n[3] += sign * (int(m_all or 0) - int(m_this or 0))
        return {key: n for key, n in counts.items() if n[0] or n[2]}

    def _activities(self) -> tuple[ReportTable, ...]:
        per: list[Counts] = [defaultdict(lambda: [0, 0, 0, 0]) for _ in range(4)]
        totals = [0, 0, 0, 0]
        for keys, n in self._note_counts().items():
            for j in range(4):
                totals[j] += n[j]
            for i, key in enumerate(keys):
                key = bool(key) if i == 3 else key  # noqa: PLW2901 - the flag's SQL value
                for j in range(4):
                    per[i][key][j] += n[j]
        method, staff, funding, outreach = per
        counts_only = [0, 2]
        self.notes = (totals[0], totals[2], outreach[True][0], outreach[True][2])
        hour_columns = (
            msg("{period} 件数", period=self.columns[0]),
            msg("{period} 時間", period=self.columns[0]),
            msg("{period} 件数", period=self.columns[1]),
            msg("{period} 時間", period=self.columns[1]),
        )
        staff_names: dict[object, str] = dict(
            self.s.execute(
                select(User.id, User.display_name).where(User.id.in_([k for k in staff if k]))
            ).all()
        )
        note = "期間内の支援経過記録を1件ずつ数えています（活動件数）。"
        hours_note = (
            "期間内の支援経過記録を1件ずつ数えています（活動件数）。"
            "時間は記録された所要時間（分）の合計を時間にしたものです。"
        )

        def pick(values: Sequence[float]) -> list[float]:
            return [values[j] for j in counts_only]

        staff_lines = sorted(
            ((staff_names.get(k, UNKNOWN), v) for k, v in staff.items() if k is not None),
            key=lambda item: (-item[1][0], item[0]),
        )
        if None in staff:
            staff_lines.append(("記録者なし", staff[None]))
        return (
            self.table(
                "activities_by_method",
                "方法別の活動件数",
                "方法",
                [
                    (t, pick(v))
                    for t, v in self.coded_lines(method, self.labels("note_method"), width=4)
                ],
                total=pick(totals),
                note=note,
            ),
            self.table(
                "activities_by_staff",
                "職員別の活動件数と時間",
                "職員",
                staff_lines,
                total=totals,
                columns=hour_columns,
                hours=True,
                note=hours_note,
            ),
            self.table(
                "activities_by_funding",
                "事業区分別の活動件数と時間（按分用）",
                "事業区分",
                self.coded_lines(
                    funding, self.labels("funding_programme"), unknown="事業区分なし", width=4
                ),
                total=totals,
                columns=hour_columns,
                hours=True,
                note=(
                    "期間内の支援経過記録を1件ずつ数えています（活動件数）。"
                    "時間は記録された所要時間（分）の合計を時間にしたものです。"
                    "事業区分の記録がない活動は「事業区分なし」です。"
                ),
            ),
            self.table(
                "outreach",
                "アウトリーチの件数",
                "区分",
                [
                    ("アウトリーチの活動件数", pick(outreach[True])),
                    ("訪問（アウトリーチ）で受け付けた新規相談", self.outreach_intake),
                ],
                note="活動件数は「アウトリーチ」の印がある支援経過記録の件数、新規相談は最初の"
                "相談受付票の相談経路が訪問（アウトリーチ）のケースの件数です。",
            ),
        )

    # -- 4. referrals ----------------------------------------------------------------------

    def _referrals(self) -> tuple[ReportTable, ...]:
        this, prev, either = self.p.split(Referral.referred_on, datetime=False)
        dims = (Agency.kind, Referral.status, Referral.method)
        rows = self.s.execute(
            select(*dims, _sum_if(this), _sum_if(prev))
            .select_from(Referral)
            .join(Agency, Agency.id == Referral.agency_id)
            .where(either, self.counted(Referral.case_id))
            .group_by(*dims)
        ).all()
        per: list[Counts] = [defaultdict(lambda: [0, 0]) for _ in dims]
        totals = [0, 0]
        for row in rows:
            n = (int(row[3]), int(row[4]))
            totals[0] += n[0]
            totals[1] += n[1]
            for i, key in enumerate(row[:3]):
                per[i][key][0] += n[0]
                per[i][key][1] += n[1]
        kind, status, method = per
        accompanied = method.get(str(ReferralMethod.ACCOMPANIED), [0, 0])
        self.national_referrals = (*totals, *accompanied)
        note = (
            "つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、"
            "つなぎ先1か所につき1件で数えています。"
        )
        return (
            self.table(
                "referrals_by_destination",
                "つなぎ先の種類別のつなぎ件数",
                "つなぎ先の種類",
                self.coded_lines(kind, {str(k): label(k) for k in AgencyKind}),
                total=totals,
                note=note,
            ),
            self.table(
                "referrals_by_method",
                "方法別のつなぎ件数（同行支援）",
                "方法",
                self.coded_lines(method, {str(k): label(k) for k in ReferralMethod}),
                total=totals,
                note=(
                    "つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、"
                    "つなぎ先1か所につき1件で数えています。"
                    "「同行」が同行支援の件数です。"
                ),
            ),
            self.table(
                "referrals_by_outcome",
                "結果別のつなぎ件数",
                "結果",
                self.coded_lines(status, {str(k): label(k) for k in ReferralStatus}),
                total=totals,
                note=(
                    "つなぎ日が期間内のつなぎ（同行支援・引継ぎを含む）を、"
                    "つなぎ先1か所につき1件で数えています。"
                    "結果は現在の状況です。"
                ),
            ),
        )

    # -- 5. plans, meetings, closures, caseload, stages ------------------------------------

    def _plans(self) -> ReportTable:
        this, prev, either = self.p.split(SupportPlan.decided_on, datetime=False)
        # 1: a later plan (見直し); 0: plan no. 1; 2: any other number (counted as 作成 here,
        # but not as プラン作成 in the national table, which asks for plan no. 1).
        revised = when((SupportPlan.plan_no > 1, 1), (SupportPlan.plan_no == 1, 0), else_=2)
        rows = self.s.execute(
            select(revised, _sum_if(this), _sum_if(prev))
            .select_from(SupportPlan)
            .where(either, self.counted(SupportPlan.case_id))
            .group_by(revised)
        ).all()
        counts: dict[int, list[float]] = {int(k): [int(a), int(b)] for k, a, b in rows}
        first, again, other = (counts.get(k, [0, 0]) for k in range(3))
        made = [first[0] + other[0], first[1] + other[1]]
        self.national_plans = (*first, *again)
        return self.table(
            "plans",
            "支援計画の作成・見直し件数",
            "区分",
            [("作成（初回の計画）", made), ("見直し（2回目以降の計画）", again)],
            total=[made[0] + again[0], made[1] + again[1]],
            note="決定日が期間内の支援計画を数えています。ケースの最初の計画を作成、"
            "2回目以降の計画を見直しとしています。",
        )

    def _meetings(self) -> ReportTable:
        this, prev, either = self.p.split(Meeting.held_at, datetime=True)
        held = and_(either, Meeting.status == str(MeetingStatus.HELD))
        meeting_rows = self.s.execute(
            select(Meeting.meeting_type_code, _sum_if(this), _sum_if(prev))
            .where(held)
            .group_by(Meeting.meeting_type_code)
        ).all()
        item_rows = self.s.execute(
            select(Meeting.meeting_type_code, _sum_if(this), _sum_if(prev))
            .select_from(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(held, AgendaItem.case_id.is_not(None), self.counted(AgendaItem.case_id))
            .group_by(Meeting.meeting_type_code)
        ).all()
        counts: Counts = defaultdict(lambda: [0, 0, 0, 0])
        for code, a, b in meeting_rows:
            counts[code][0], counts[code][2] = int(a), int(b)
        for code, a, b in item_rows:
            counts[code][1], counts[code][3] = int(a), int(b)
        totals = [sum(v[j] for v in counts.values()) for j in range(4)]
        columns = (
            msg("{period} 開催回数", period=self.columns[0]),
            msg("{period} 検討ケース", period=self.columns[0]),
            msg("{period} 開催回数", period=self.columns[1]),
            msg("{period} 検討ケース", period=self.columns[1]),
        )
        return self.table(
            "meetings",
            "種類別の会議の開催回数と検討したケース数",
            "会議の種類",
            self.coded_lines(counts, self.labels("meeting_type"), width=4),
            total=totals,
            columns=columns,
            note="期間内に開催済みの会議の回数と、その議題のうちケースについてのものの"
            "延べ件数です（中止・予定の会議は数えません）。",
        )

    def _closures(self) -> ReportTable:
        this, prev, either = self.p.split(Closure.closed_on, datetime=False)
        rows = self.s.execute(
            select(Closure.reason_code, _sum_if(this), _sum_if(prev))
            .select_from(Closure)
            .where(
                either,
                self.counted(Closure.case_id),
                Closure.status.in_([str(ClosureStatus.APPROVED), str(ClosureStatus.REOPENED)]),
            )
            .group_by(Closure.reason_code)
        ).all()
        counts: Counts = {code: [int(a), int(b)] for code, a, b in rows}
        info_only = counts.get(INFO_ONLY_REASON, [0, 0])
        self.national_closures = (
            sum(v[0] for v in counts.values()),
            sum(v[1] for v in counts.values()),
            *info_only,
        )
        return self.table(
            "closures",
            "終結理由別の終結件数",
            "終結理由",
            self.coded_lines(counts, self.labels("closure_reason")),
            total=[sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values())],
            note="終結日が期間内の、承認された終結を数えています（その後再開したケースを含みます）。",
        )

    def _open_at_end(self) -> tuple[ReportTable, ...]:
        def open_on(day: dt.date) -> ColumnElement[bool]:
            return and_(Case.opened_on <= day, or_(Case.closed_on.is_(None), Case.closed_on > day))

        at_this, at_prev = open_on(self.p.this.end), open_on(self.p.prev.end)
        dims = (Case.lead_worker_id, Case.stage)
        rows = self.s.execute(
            select(*dims, _sum_if(at_this), _sum_if(at_prev))
            .where(or_(at_this, at_prev), self.scope)
            .group_by(*dims)
        ).all()
        lead: Counts = defaultdict(lambda: [0, 0])
        stage: Counts = defaultdict(lambda: [0, 0])
        totals = [0, 0]
        for worker, stage_code, a, b in rows:
            n = (int(a), int(b))
            for j in range(2):
                totals[j] += n[j]
                lead[worker][j] += n[j]
                stage[stage_code][j] += n[j]
        names: dict[object, str] = dict(
            self.s.execute(
                select(User.id, User.display_name).where(User.id.in_([k for k in lead if k]))
            ).all()
        )
        worker_lines = sorted(
            ((names.get(k, UNKNOWN), v) for k, v in lead.items() if k is not None),
            key=lambda item: (-item[1][0], item[0]),
        )
        if None in lead:
            worker_lines.append((NO_LEAD, lead[None]))
        columns = (
            msg("{period}末", period=self.columns[0]),
            msg("{period}末", period=self.columns[1]),
        )
        stage_labels = {str(s): label(s) for s in CaseStage if s is not CaseStage.CLOSED}
        stage_labels[str(CaseStage.CLOSED)] = "その後終結したケース"
        return (
            self.table(
                "caseload",
                "職員別の担当件数（期間末に継続中のケース）",
                "主担当",
                worker_lines,
                total=totals,
                columns=columns,
                note="期間の末日に継続中だったケースを、現在の主担当で数えています。",
            ),
            self.table(
                "open_by_stage",
                "段階別の継続中のケース（期間末）",
                "段階",
                self.coded_lines(stage, stage_labels),
                total=totals,
                columns=columns,
                note="期間の末日に継続中だったケースを現在の段階で数えています（段階の履歴は"
                "残らないため）。その後終結したケースは別の行です。",
            ),
        )

    # -- 6. national indicators ------------------------------------------------------------

    def _national(self) -> ReportTable:
        """The national indicators: mostly figures of the other tables, kept when counted."""
        s, p = self.s, self.p
        plans, closed = self.national_plans, self.national_closures
        this, prev, either = p.split(Referral.referred_on, datetime=False)
        cases = s.execute(
            select(
                func.count(func.distinct(when((this, Referral.case_id), else_=None))),
                func.count(func.distinct(when((prev, Referral.case_id), else_=None))),
            ).where(either, self.counted(Referral.case_id))
        ).one()
        refs = (*self.national_referrals, *cases)
        notes = self.notes
        this, prev, either = p.split(Meeting.held_at, datetime=True)
        kinds = s.execute(
            select(Meeting.kind, _sum_if(this), _sum_if(prev))
            .where(either, Meeting.status == str(MeetingStatus.HELD))
            .group_by(Meeting.kind)
        ).all()
        meetings: Counts = {kind: [int(a), int(b)] for kind, a, b in kinds}
        zero = [0, 0]

        def pair(row: Sequence[object], i: int) -> list[float]:
            return [int(row[i] or 0), int(row[i + 1] or 0)]  # type: ignore[call-overload]

        lines = [
            ("新規相談受付件数", self.opened),
            ("プラン作成件数", pair(plans, 0)),
            ("プラン見直し件数", pair(plans, 2)),
            ("他機関・制度へのつなぎ件数", pair(refs, 0)),
            ("うち同行支援の件数", pair(refs, 2)),
            ("つなぎを行ったケース数（実数）", pair(refs, 4)),
            ("支援終了件数", pair(closed, 0)),
            ("うち情報提供のみで終了した件数", pair(closed, 2)),
            ("活動件数（支援経過記録）", pair(notes, 0)),
            ("アウトリーチの活動件数", pair(notes, 2)),
            ("支援調整会議の開催回数", meetings.get("coordination_meeting", zero)),
            ("支援会議の開催回数", meetings.get("statutory_meeting", zero)),
            ("相談支援包括化推進会議の開催回数", meetings.get("network_meeting", zero)),
        ]
        return self.table(
            "national",
            "国への報告項目（主な指標）",
            "指標",
            lines,
            note="新規相談受付件数：期間内に開いたケース。プラン作成件数：決定日が期間内の初回の"
            "支援計画。プラン見直し件数：決定日が期間内の2回目以降の計画。つなぎ件数：つなぎ日が"
            "期間内のつなぎ（つなぎ先1か所につき1件）。支援終了件数：終結日が期間内の承認された"
            "終結。情報提供のみで終了：そのうち終結理由が「情報提供のみ」のもの。活動件数："
            "日時が期間内の支援経過記録。会議の開催回数：期間内に開催済みの会議。",
        )


def _age_band(age: int | None) -> int | None:
    """The index in :data:`AGE_BANDS` of an age (None: no birth date)."""
    if age is None:
        return None
    for index, (_text, _low, high) in enumerate(AGE_BANDS):
        if high is None or age <= high:
            return index
    return None


def _number(value: float, hours: bool, index: int) -> int | float:
    """A cell: counts as int; in an hours table every odd column is minutes → hours."""
    if hours and index % 2 == 1:
        return round(float(value) / 60, 2)
    return int(value)


# -- small-cell suppression ----------------------------------------------------------------


def _suppress(table: ReportTable, threshold: int) -> ReportTable:
    """Hide small counts of ``table`` so that none can be recovered (see the module notes)."""
    paired = _is_hours_table(table)
    count_columns = range(0, len(table.columns), 2) if paired else range(len(table.columns))
    hidden: set[tuple[int, int]] = set()
    total_rows = [i for i, row in enumerate(table.rows) if row.total]
    body = [i for i, row in enumerate(table.rows) if not row.total]
    for col in count_columns:

        def value(i: int, col: int = col) -> float:
            v = table.rows[i].values[col]
            return 0 if v is None else v

        primary = [i for i in (*body, *total_rows) if 0 < value(i) < threshold]
        hidden.update((i, col) for i in primary)
        if not total_rows or not any(i in body for i in primary):
            continue
        hidden_body = [i for i in body if (i, col) in hidden]
        while sum(value(i) for i in hidden_body) < threshold or len(hidden_body) < 2:
            rest = sorted(
                (i for i in body if (i, col) not in hidden and value(i) > 0),
                key=lambda i: (value(i), i),
            )
            if not rest:
                hidden.update((i, col) for i in total_rows)
                break
            hidden.add((rest[0], col))
            hidden_body.append(rest[0])
    if paired:
        hidden |= {(i, col + 1) for i, col in hidden}
    rows = tuple(
        ReportRow(
            row.label,
            tuple(None if (i, c) in hidden else v for c, v in enumerate(row.values)),
            row.total,
        )
        for i, row in enumerate(table.rows)
    )
    return ReportTable(
        key=table.key,
        title=table.title,
        row_header=table.row_header,
        columns=table.columns,
        rows=rows,
        note=table.note,
    )


HOURS_TABLES = frozenset({"activities_by_staff", "activities_by_funding"})
"""The tables whose columns come in pairs: a count, then its hours."""


def _is_hours_table(table: ReportTable) -> bool:
    return table.key in HOURS_TABLES
