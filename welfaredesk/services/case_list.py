"""The case list's tools: filter choices, saved views, bulk reassignment and CSV export.

The list itself (ids and rows) is :class:`welfaredesk.services.cases.CaseService`; everything
here acts on the same :func:`welfaredesk.services.cases.filtered_ids` select, so an export or
a reassignment covers exactly the cases the user sees, never a case outside their scope.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from welfaredesk.domain.enums import AuditAction, CaseStage, ConsentStatus, Role, label
from welfaredesk.domain.errors import KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.domain.wareki import era_of
from welfaredesk.domain.workflow import lead_worker_rule
from welfaredesk.services import audit
from welfaredesk.services.cases import SORT_KEYS, case_rows, filtered_ids
from welfaredesk.services.dto import CASE_FLAGS, CaseFilter, CaseRow, Principal
from welfaredesk.services.security import ensure_open, load_visible_case, require, visible_cases
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Area, Case, PicklistItem, SavedView, Team, User

log = logging.getLogger(__name__)

VIEW_NAME_MAX = 40
"""The longest name of a saved view."""

BUILTIN_VIEWS: tuple[tuple[str, str, CaseFilter], ...] = (
    ("mine", "自分の担当", CaseFilter(mine_only=True, open_only=True)),
    (
        "overdue",
        "期限超過",
        CaseFilter(overdue_only=True, sort_key="next_due_on", descending=False),
    ),
    (
        "attention",
        "要確認",
        CaseFilter(needs_attention=True, sort_key="last_contact_on", descending=False),
    ),
    ("coordinator", "包括化推進員主担当", CaseFilter(coordinator_lead=True, open_only=True)),
    ("all", "すべてのケース", CaseFilter()),
)
"""The views every user has: (key, name, filter)."""

FLAG_LABELS: dict[str, str] = {
    "complex_needs": "複合的課題",
    "economic_hardship": "経済的困窮",
    "urgent": "緊急",
    "did_not_know_where": "相談先が分からなかった",
    "restricted": "閲覧制限",
}

CSV_HEADER = (
    "受付番号",
    "氏名",
    "ふりがな",
    "年齢",
    "圏域",
    "段階",
    "主担当",
    "複合的課題",
    "同意",
    "最終接触からの日数",
    "次の期限",
    "受付日",
)

_ID_FIELDS = frozenset({"worker_ids", "lead_worker_ids", "team_ids", "area_ids", "fiscal_years"})
_WORKING_ROLES = (Role.COORDINATOR, Role.COUNSELOR, Role.SUPERVISOR)


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice of a filter: a key (an id or a code) and what the user sees."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the filter panel offers (every list is in display order)."""

    stages: tuple[Choice, ...]
    workers: tuple[Choice, ...]
    teams: tuple[Choice, ...]
    areas: tuple[Choice, ...]
    issues: tuple[Choice, ...]
    flags: tuple[Choice, ...]
    consents: tuple[Choice, ...]
    fiscal_years: tuple[Choice, ...]
    lead_candidates: tuple[Choice, ...]
    """Active staff a case can be reassigned to (label with the role)."""


@dataclass(frozen=True, slots=True)
class SavedViewRow:
    """A view of the list: built in (``key`` set, ``id`` None) or saved by the user."""

    id: int | None
    key: str
    name: str
    filter: CaseFilter
    builtin: bool


@dataclass(frozen=True, slots=True)
class ReassignResult:
    """What a bulk reassignment changed."""

    changed: int
    unchanged: int


@dataclass(frozen=True, slots=True)
class CsvExport:
    """The CSV text of the shown list (no BOM; the caller writes it with one) and its size."""

    text: str
    rows: int


def filter_to_json(flt: CaseFilter) -> dict[str, Any]:
    """A JSON-ready dict of the fields of ``flt`` that differ from the defaults."""
    default = CaseFilter()
    out: dict[str, Any] = {}
    for f in fields(CaseFilter):
        value = getattr(flt, f.name)
        if value == getattr(default, f.name):
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [str(v) if not isinstance(v, int) else v for v in value]
        out[f.name] = value
    return out


def filter_from_json(data: dict[str, Any]) -> CaseFilter:
    """The filter a :func:`filter_to_json` dict describes; unknown or bad entries are ignored.

    A view saved by an older or newer version of the program therefore still opens.
    """
    values: dict[str, Any] = {}
    default = CaseFilter()
    for f in fields(CaseFilter):
        if f.name not in data:
            continue
        raw = data[f.name]
        current = getattr(default, f.name)
        try:
            if f.name == "stages":
                values[f.name] = tuple(CaseStage(v) for v in raw)
            elif f.name == "consents":
                values[f.name] = tuple(ConsentStatus(v) for v in raw)
            elif f.name in {
                "worker_ids",
                "lead_worker_ids",
                "team_ids",
                "area_ids",
                "fiscal_years",
            }:
                values[f.name] = tuple(int(v) for v in raw)
            elif f.name == "flags":
                values[f.name] = tuple(str(v) for v in raw if v in CASE_FLAGS)
            elif isinstance(current, tuple):
                values[f.name] = tuple(str(v) for v in raw)
            elif f.name in {"opened_from", "opened_until"}:
                values[f.name] = dt.date.fromisoformat(raw) if raw else None
            elif isinstance(current, bool):
                values[f.name] = bool(raw)
            elif f.name == "sort_key":
                if raw in SORT_KEYS:
                    values[f.name] = raw
            else:
                values[f.name] = str(raw)
        except (TypeError, ValueError):
            log.info("saved view: ignored a bad %s entry", f.name)
    return CaseFilter(**values)


class CaseListService:
    """Filter choices, saved views, bulk reassignment and CSV export of the case list."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- choices --------------------------------------------------------------------------

    def choices(self, principal: Principal) -> FilterChoices:
        """What the filter panel offers this user (fiscal years: those of visible cases)."""
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            users = list(
                s.execute(
                    select(User.id, User.display_name, User.role, User.active)
                    .where(User.role.in_([str(r) for r in _WORKING_ROLES]))
                    .order_by(User.display_kana, User.id)
                )
            )
            teams = list(s.execute(select(Team.id, Team.name).order_by(Team.name, Team.id)))
            areas = list(
                s.execute(
                    select(Area.id, Area.name)
                    .where(Area.active.is_(True))
                    .order_by(Area.sort_order, Area.id)
                )
            )
            issues = list(
                s.execute(
                    select(PicklistItem.code, PicklistItem.label)
                    .where(
                        PicklistItem.list_name == "issue_category", PicklistItem.active.is_(True)
                    )
                    .order_by(PicklistItem.sort_order, PicklistItem.id)
                )
            )
            years = sorted(
                s.scalars(select(Case.fiscal_year).where(visible_cases(principal)).distinct()),
                reverse=True,
            )
        return FilterChoices(
            stages=tuple(Choice(str(stage), label(stage)) for stage in CaseStage),
            workers=tuple(
                Choice(str(uid), name if active else msg("{name}（無効）", name=name))
                for uid, name, _role, active in users
            ),
            teams=tuple(Choice(str(tid), name) for tid, name in teams),
            areas=tuple(Choice(str(aid), name) for aid, name in areas),
            issues=tuple(Choice(code, text) for code, text in issues),
            flags=tuple(Choice(key, FLAG_LABELS[key]) for key in CASE_FLAGS),
            consents=tuple(Choice(str(c), label(c)) for c in ConsentStatus),
            fiscal_years=tuple(Choice(str(y), _fiscal_year_label(y)) for y in years),
            lead_candidates=tuple(
                Choice(str(uid), msg("{name}（{role}）", name=name, role=label(Role(role))))
                for uid, name, role, active in sorted(
                    users, key=lambda u: (u[2] != str(Role.COORDINATOR),)
                )
                if active
            ),
        )

    # --- views ----------------------------------------------------------------------------

    def views(self, principal: Principal) -> list[SavedViewRow]:
        """The built-in views, then the user's own views by name."""
        require(principal, Action.CASE_READ, self._db)
        rows = [SavedViewRow(None, key, name, flt, True) for key, name, flt in BUILTIN_VIEWS]
        with self._db.read() as s:
            for view in s.scalars(
                select(SavedView)
                .where(SavedView.user_id == principal.user_id)
                .order_by(SavedView.name, SavedView.id)
            ):
                rows.append(
                    SavedViewRow(
                        view.id, f"user:{view.id}", view.name, filter_from_json(view.filter), False
                    )
                )
        return rows

    def save_view(
        self, principal: Principal, name: str, flt: CaseFilter, *, replace: bool = False
    ) -> SavedViewRow:
        """Save the list's filter under ``name`` for this user.

        Raises:
            ValidationError: on ``name`` when it is empty, too long, a built-in view's name,
                or (unless ``replace``) the name of one of the user's views.
        """
        require(principal, Action.CASE_READ, self._db)
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "表示の名前", "名前を入力してください。")
        if len(name) > VIEW_NAME_MAX:
            raise ValidationError(
                "name",
                "表示の名前",
                msg("{limit}文字以内で入力してください。", limit=VIEW_NAME_MAX),
            )
        if name in {builtin for _key, builtin, _flt in BUILTIN_VIEWS}:
            raise ValidationError(
                "name",
                "表示の名前",
                msg(
                    "「{name}」は最初から用意されている表示の名前です。別の名前にしてください。",
                    name=name,
                ),
            )
        data = filter_to_json(flt)
        data.pop("text", None)  # the search text is not part of a view (it may be a name)
        with self._db.write() as s:
            view = s.scalar(
                select(SavedView).where(
                    SavedView.user_id == principal.user_id, SavedView.name == name
                )
            )
            if view is not None and not replace:
                raise ValidationError(
                    "name",
                    "表示の名前",
                    msg(
                        "「{name}」という表示はすでにあります。別の名前にするか、"
                        "上書きしてください。",
                        name=name,
                    ),
                )
            if view is None:
                view = SavedView(user_id=principal.user_id, name=name, filter=data)
                s.add(view)
            else:
                view.filter = data
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE if replace else AuditAction.CREATE,
                "saved_view",
                view.id,
                detail={"fields": sorted(data)},
            )
            return SavedViewRow(
                view.id, f"user:{view.id}", view.name, filter_from_json(data), False
            )

    def delete_view(self, principal: Principal, view_id: int) -> None:
        """Delete one of the user's saved views (another user's view is not found)."""
        require(principal, Action.CASE_READ, self._db)
        with self._db.write() as s:
            view = s.get(SavedView, view_id)
            if view is None or view.user_id != principal.user_id:
                raise NotFound("この表示は見つかりません。一覧を更新してください。")
            s.delete(view)
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "saved_view",
                view_id,
                detail={"deleted": True},
            )

    # --- bulk reassignment ----------------------------------------------------------------

    def reassign(
        self,
        principal: Principal,
        case_ids: Sequence[int],
        lead_worker_id: int,
        *,
        reason: str = "",
    ) -> ReassignResult:
        """Make ``lead_worker_id`` the lead worker (主担当) of every case in ``case_ids``.

        All or nothing: a case that is closed, outside the user's scope or gone refuses the
        whole change with a message naming it. A complex case given a lead who is not a
        coordinator needs ``reason`` (it becomes the case's reason for the lead). The case's
        team follows the new lead's team. Each changed case gets its own audit event.

        Raises:
            PermissionDenied: the role may not reassign (supervisors may).
            ValidationError: on ``lead_worker_id`` (no such active staff member), on
                ``case_ids`` (nothing chosen, or a closed case) or on ``lead_reason``.
        """
        require(principal, Action.CASE_REASSIGN, self._db)
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            raise ValidationError(
                "case_ids", "対象のケース", "担当を変えるケースを一覧で選んでください。"
            )
        changed = unchanged = 0
        with self._db.write() as s:
            lead = s.get(User, lead_worker_id)
            if lead is None or not lead.active or Role(lead.role) not in _WORKING_ROLES:
                raise ValidationError(
                    "lead_worker_id",
                    "新しい主担当",
                    "主担当にできる職員（相談支援員・推進員・主任相談支援員）を選んでください。",
                )
            lead_role = Role(lead.role)
            for case_id in ids:
                case = load_visible_case(s, principal, case_id)
                try:
                    ensure_open(case, "担当の変更")
                except KnownError as error:
                    raise ValidationError(
                        "case_ids",
                        "対象のケース",
                        msg(
                            "{case_number} は終結しているため担当を変えられません。"
                            "終結したケースを選択から外してください。",
                            case_number=case.case_number,
                        ),
                    ) from error
                if case.lead_worker_id == lead.id:
                    unchanged += 1
                    continue
                lead_worker_rule(case.complex_needs, lead_role, reason)
                before = case.lead_worker_id
                case.lead_worker_id = lead.id
                if case.co_worker_id == lead.id:
                    case.co_worker_id = None
                if lead.team_id is not None:
                    case.team_id = lead.team_id
                if case.complex_needs and lead_role is not Role.COORDINATOR:
                    case.lead_reason = reason.strip()
                elif lead_role is Role.COORDINATOR:
                    case.lead_reason = ""
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "case",
                    case.id,
                    case_id=case.id,
                    detail={
                        "fields": ["lead_worker_id"],
                        "bulk": True,
                        "from": before,
                        "to": lead.id,
                    },
                )
                changed += 1
        log.info("reassigned %d cases (%d unchanged) to user %d", changed, unchanged, lead.id)
        return ReassignResult(changed, unchanged)

    # --- export ---------------------------------------------------------------------------

    def export_csv(
        self, principal: Principal, flt: CaseFilter, today: dt.date | None = None
    ) -> CsvExport:
        """The list as the user sees it (same filter, order and scope) as CSV text.

        Needs :attr:`Action.CASE_EXPORT` (supervisors): a list of names leaves the program.
        One audit event records the number of rows and which filters were set (never the
        search text, which may be a name).
        """
        require(principal, Action.CASE_EXPORT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            ids = list(s.scalars(filtered_ids(principal, flt, today)))
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(CSV_HEADER)
            for start in range(0, len(ids), 500):
                block = ids[start : start + 500]
                rows = case_rows(s, principal, block, today)
                for case_id in block:
                    row = rows.get(case_id)
                    if row is not None:
                        writer.writerow(_csv_cells(row))
            detail = {"rows": len(ids), "filters": sorted(filter_to_json(flt))}
            audit.record(s, principal.user_id, AuditAction.EXPORT, "case_list", detail=detail)
        log.info("case list exported: %d rows", len(ids))
        return CsvExport(out.getvalue(), len(ids))


def _csv_cells(row: CaseRow) -> list[str]:
    return [
        row.case_number,
        row.client_name,
        row.client_kana,
        "" if row.age is None else str(row.age),
        row.area,
        label(row.stage),
        row.lead_worker,
        "○" if row.complex_needs else "",
        label(row.consent),
        "" if row.days_since_contact is None else str(row.days_since_contact),
        row.next_due_on.isoformat() if row.next_due_on else "",
        row.opened_on.isoformat(),
    ]


def _fiscal_year_label(year: int) -> str:
    era = era_of(dt.date(year, 4, 1))
    era_year = year - era.start.year + 1
    return msg(
        "{era}{era_year}年度（{year}年度）",
        era=era.kanji,
        era_year="元" if era_year == 1 else era_year,
        year=year,
    )
