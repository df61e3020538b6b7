"""Reading the audit trail: the 操作記録 viewer, its CSV export, the chain check, "who viewed".

The trail itself is written by :mod:`welfaredesk.services.audit`; this service only reads it.
Rows carry user names, case numbers, codes and field names, never case content. Reading the
trail is itself an audit event (``view`` / ``export`` of ``audit_event``).

Who may read what:

- :meth:`AuditTrailService.search`, :meth:`~AuditTrailService.export_csv` and
  :meth:`~AuditTrailService.verify` need :attr:`Action.AUDIT_READ` (主任相談支援員 and
  システム管理者).
- :meth:`AuditTrailService.who_viewed` needs only that the user may read the case: whoever
  may see a case may see who else viewed, printed or exported it (the people the record is
  about ask that question of any worker on the case), but nothing else of the trail.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from welfaredesk.domain.case_number import case_number_forms, parse_case_number
from welfaredesk.domain.enums import LABELS, AuditAction, Role, label
from welfaredesk.domain.joins import join_list
from welfaredesk.domain.permissions import ACTION_LABELS, Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import AuditEvent, Case, User

DEFAULT_PAGE = 200
"""Rows per page of :meth:`AuditTrailService.search`."""

CSV_COLUMNS = (
    "番号",
    "日時",
    "利用者",
    "ログインID",
    "操作",
    "対象",
    "対象の番号",
    "受付番号",
    "詳細",
)

VIEWER_ACTIONS = (AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT)
"""What :meth:`AuditTrailService.who_viewed` lists."""

ENTITY_LABELS: dict[str, str] = {
    "database": "データベース",
    "case": "ケース",
    "consultation": "相談",
    "consent": "本人同意",
    "assessment": "課題分析",
    "referral": "同行支援・引継ぎ",
    "support_plan": "支援計画",
    "monitoring_review": "経過確認",
    "progress_note": "支援経過",
    "closure": "終結",
    "meeting": "会議",
    "meeting_attendee": "会議の出席者",
    "agenda_item": "会議の議題",
    "agency": "関係機関",
    "note_template": "定型文",
    "reference_data": "選択肢",
    "draft": "下書き",
    "app_user": "利用者",
    "permission": "権限",
    "audit_event": "操作記録",
    "demo": "デモデータ",
    "backup": "バックアップ",
    "search": "検索",
    "case_list": "ケース一覧",
    "saved_view": "一覧の表示",
    "": "システム",
}

FORM_LABELS: dict[str, str] = {
    "contact_slip": "連絡票",
    "referral_slip": "つなぎシート",
    "closure_record": "終結記録票",
    "support_plan": "支援計画書",
    "progress_record": "支援経過記録票",
    "assessment_sheet": "課題分析シート",
    "meeting_agenda": "会議の次第",
    "meeting_attendance": "出席者名簿",
    "meeting_minutes": "会議録",
    "anonymised_case": "研修用に匿名化したケース",
}

DRAFT_LABELS: dict[str, str] = {
    "intake": "相談受付",
    "assessment": "課題分析",
    "support_plan": "支援計画",
    "progress_note": "支援経過",
}
"""The forms whose unsaved input is kept as a draft (``Draft.form``)."""

FIELD_LABELS: dict[str, str] = {
    "stage": "段階",
    "status": "状態",
    "password": "パスワード",
    "active": "有効・無効",
    "role": "役割",
    "lead_worker_id": "主担当",
    "co_worker_id": "副担当",
    "team_id": "チーム",
    "restricted": "閲覧制限",
    "closed_on": "終結日",
    "next_due_on": "次回の確認予定日",
    "decision": "決定",
    "decision_note": "決定の内容",
    "attended": "出欠",
    "client_confirmed_on": "本人確認日",
    "consent_status": "同意の状況",
    "address": "住所",
    "phone": "電話番号",
    "name": "名称",
    "notes": "備考",
    "body": "本文",
    "display_name": "氏名",
}

_REASONS = {"locked": "ロック中のアカウント", "disabled": "無効のアカウント"}


# --- data in / out -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer asks for. Empty fields do not filter.

    ``case_number`` is as typed (``R7-00001``); ``date_to`` includes the whole day.
    """

    user_id: int | None = None
    case_number: str = ""
    actions: tuple[AuditAction, ...] = ()
    entity: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    before_id: int | None = None
    """Paging: only events older than this one (the previous page's ``next_before_id``)."""
    limit: int = DEFAULT_PAGE


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One event as the viewer shows it."""

    id: int
    occurred_at: dt.datetime
    user_id: int | None
    user_name: str
    login: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    case_id: int | None
    case_number: str
    detail_summary: str
    """The detail JSON in Japanese (fields changed, form printed, action refused …)."""


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of :meth:`AuditTrailService.search`, newest first.

    Paging goes by event id, not by offset, so events written meanwhile (reading the trail
    writes one) never shift the next page.
    """

    rows: tuple[AuditRow, ...]
    next_before_id: int | None
    """Pass as ``before_id`` for the next page (None: this was the last page)."""

    @property
    def has_more(self) -> bool:
        """Whether older events match too."""
        return self.next_before_id is not None


@dataclass(frozen=True, slots=True)
class ChainResult:
    """The chain check: how many events, and the first one that does not fit (if any)."""

    events: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        """Whether no event was changed or removed."""
        return self.first_broken_id is None


@dataclass(frozen=True, slots=True)
class Viewing:
    """One view, print or export of a case: who, when, what."""

    occurred_at: dt.datetime
    user_name: str
    action: AuditAction
    action_label: str
    what: str
    """What was seen, in Japanese (``支援経過``, ``印刷: 連絡票（PDFに保存）``)."""


# --- the service --------------------------------------------------------------------------


class AuditTrailService:
    """Use cases of the 操作記録 viewer and the case's "who viewed" panel."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def users(self, principal: Principal) -> list[tuple[int, str]]:
        """Every account (disabled ones too), for the viewer's user filter."""
        require(principal, Action.AUDIT_READ, self._db)
        with self._db.read() as s:
            rows = s.execute(select(User.id, User.display_name, User.login).order_by(User.id))
            return [
                (uid, msg("{name}（{login}）", name=name, login=login)) for uid, name, login in rows
            ]

    def search(self, principal: Principal, flt: AuditFilter) -> AuditPage:
        """One page of events matching ``flt``, newest first.

        Raises:
            PermissionDenied: the user may not read the audit trail.
        """
        require(principal, Action.AUDIT_READ, self._db)
        limit = max(1, min(flt.limit, 1000))
        with self._db.write() as s:
            query = _query(s, flt)
            if query is None:
                events: list[AuditEvent] = []
            else:
                events = list(s.scalars(query.order_by(AuditEvent.id.desc()).limit(limit + 1)))
            has_more = len(events) > limit
            rows = _rows(s, events[:limit])
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "audit_event",
                detail={
                    "shown": len(rows),
                    "before_id": flt.before_id,
                    "filters": _filter_names(flt),
                },
            )
            return AuditPage(rows=rows, next_before_id=rows[-1].id if has_more else None)

    def export_csv(self, principal: Principal, flt: AuditFilter) -> bytes:
        """Every event matching ``flt`` (paging ignored) as CSV: UTF-8 with a BOM, for Excel.

        Raises:
            PermissionDenied: the user may not read the audit trail.
        """
        require(principal, Action.AUDIT_READ, self._db)
        with self._db.write() as s:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            count = 0
            query = _query(s, flt)
            if query is not None:
                batch: list[AuditEvent] = []
                for event in s.scalars(query.order_by(AuditEvent.id.desc())).yield_per(2000):
                    batch.append(event)
                    if len(batch) >= 2000:
                        count += _write_rows(writer, _rows(s, batch))
                        batch = []
                count += _write_rows(writer, _rows(s, batch))
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT,
                "audit_event",
                detail={"rows": count, "filters": _filter_names(flt)},
            )
            return out.getvalue().encode("utf-8-sig")

    def verify(self, principal: Principal) -> ChainResult:
        """Check the hash chain: the number of events and the first broken one.

        Raises:
            PermissionDenied: the user may not read the audit trail.
        """
        require(principal, Action.AUDIT_READ, self._db)
        with self._db.write() as s:
            check = audit.verify_chain(s)
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "audit_event",
                detail={"verified": check.events, "ok": check.ok},
            )
            return ChainResult(check.events, check.first_broken_id)

    def who_viewed(self, principal: Principal, case_id: int) -> tuple[Viewing, ...]:
        """Who viewed, printed or exported the case, and when (newest first).

        Anyone who may read the case may ask; the question is itself recorded.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            events = list(
                s.scalars(
                    select(AuditEvent)
                    .where(
                        AuditEvent.case_id == case.id,
                        AuditEvent.action.in_([str(a) for a in VIEWER_ACTIONS]),
                    )
                    .order_by(AuditEvent.id.desc())
                )
            )
            names = _user_names(s, {e.user_id for e in events if e.user_id is not None})
            result = tuple(
                Viewing(
                    occurred_at=event.occurred_at,
                    user_name=names.get(event.user_id or 0, "（不明）"),
                    action=AuditAction(event.action),
                    action_label=label(AuditAction(event.action)),
                    what=_what(event),
                )
                for event in events
            )
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "audit_event",
                case_id=case.id,
                detail={"shown": len(result), "who_viewed": True},
            )
            return result


# --- helpers ------------------------------------------------------------------------------


def _query(s: Session, flt: AuditFilter) -> Select[Any] | None:
    """The filtered query, or None when the filter cannot match (an unknown case number).

    Raises:
        ValidationError: the case number cannot be read (field ``case_number``).
    """
    query = select(AuditEvent)
    if flt.before_id is not None:
        query = query.where(AuditEvent.id < flt.before_id)
    if flt.user_id is not None:
        query = query.where(AuditEvent.user_id == flt.user_id)
    number = flt.case_number.strip()
    if number:
        case_id = s.scalar(
            select(Case.id).where(
                Case.case_number.in_(case_number_forms(*parse_case_number(number)))
            )
        )
        if case_id is None:
            return None
        query = query.where(AuditEvent.case_id == case_id)
    if flt.actions:
        query = query.where(AuditEvent.action.in_([str(a) for a in flt.actions]))
    if flt.entity:
        query = query.where(AuditEvent.entity == flt.entity)
    if flt.date_from is not None:
        query = query.where(AuditEvent.occurred_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEvent.occurred_at < end)
    return query


def _filter_names(flt: AuditFilter) -> list[str]:
    names = []
    if flt.user_id is not None:
        names.append("user")
    if flt.case_number.strip():
        names.append("case_number")
    if flt.actions:
        names.append("action")
    if flt.entity:
        names.append("entity")
    if flt.date_from is not None or flt.date_to is not None:
        names.append("period")
    return names


def _user_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {uid: name for uid, name in rows}


def _rows(s: Session, events: list[AuditEvent]) -> tuple[AuditRow, ...]:
    if not events:
        return ()
    user_ids = {e.user_id for e in events if e.user_id is not None}
    users: dict[int, tuple[str, str]] = {}
    if user_ids:
        for uid, name, login in s.execute(
            select(User.id, User.display_name, User.login).where(User.id.in_(sorted(user_ids)))
        ):
            users[uid] = (name, login)
    case_ids = sorted({e.case_id for e in events if e.case_id is not None})
    numbers: dict[int, str] = {}
    if case_ids:
        found = s.execute(select(Case.id, Case.case_number).where(Case.id.in_(case_ids)))
        numbers = {cid: number for cid, number in found}
    rows = []
    for event in events:
        name, login = users.get(event.user_id or 0, ("", ""))
        rows.append(
            AuditRow(
                id=event.id,
                occurred_at=event.occurred_at,
                user_id=event.user_id,
                user_name=name if event.user_id is not None else "（システム）",
                login=login,
                action=event.action,
                action_label=action_label(event.action),
                entity=event.entity,
                entity_label=ENTITY_LABELS.get(event.entity, "その他"),
                entity_id=event.entity_id,
                case_id=event.case_id,
                case_number=numbers.get(event.case_id or 0, ""),
                detail_summary=summarise(event.detail or {}, entity=event.entity),
            )
        )
    return tuple(rows)


def _write_rows(writer: Any, rows: Iterable[AuditRow]) -> int:
    count = 0
    for row in rows:
        writer.writerow(
            [
                row.id,
                row.occurred_at.strftime("%Y-%m-%d %H:%M:%S"),
                row.user_name,
                row.login,
                row.action_label,
                row.entity_label,
                "" if row.entity_id is None else row.entity_id,
                row.case_number,
                row.detail_summary,
            ]
        )
        count += 1
    return count


def action_label(code: str) -> str:
    """The Japanese label of an audit action code (unknown codes: その他)."""
    try:
        return label(AuditAction(code))
    except ValueError:
        return "その他"


def _what(event: AuditEvent) -> str:
    entity = ENTITY_LABELS.get(event.entity, "その他")
    detail = event.detail or {}
    form = detail.get("form")
    if isinstance(form, str):
        return _form_text(form, detail)
    if event.entity == "audit_event":
        return "操作記録（閲覧した人の一覧）"
    return entity


def _form_text(form: str, detail: Mapping[str, Any]) -> str:
    text = FORM_LABELS.get(form, "帳票")
    output = detail.get("output")
    if output == "file":
        return msg("{form}（PDFに保存）", form=text)
    if output == "printer":
        return msg("{form}（プリンターへ）", form=text)
    return text


def _any_label(code: str) -> str | None:
    for (_cls, value), text in LABELS.items():
        if value == code:
            return text
    return None


def summarise(detail: Mapping[str, Any], *, entity: str = "") -> str:
    """The detail JSON of an event in Japanese, e.g. ``変更した項目: 段階、状態``.

    Only codes, counts and field names are ever in ``detail``; unknown keys are left out.
    ``entity`` tells a draft's form (破棄した下書き) from a printed form (帳票).
    """
    parts: list[str] = []
    if entity == "draft":
        form = detail.get("form")
        text = DRAFT_LABELS.get(form, "その他") if isinstance(form, str) else "その他"
        if detail.get("discarded"):
            return msg("破棄した下書き: {form}", form=text)
        return msg("下書き: {form}", form=text)
    action = detail.get("action")
    if isinstance(action, str):
        try:
            parts.append(msg("拒否した操作: {action}", action=ACTION_LABELS[Action(action)]))
        except ValueError:
            parts.append("拒否した操作: その他")
    form = detail.get("form")
    if isinstance(form, str):
        parts.append(msg("帳票: {form}", form=_form_text(form, detail)))
    fields = detail.get("fields")
    if isinstance(fields, list) and fields:
        known = [FIELD_LABELS[f] for f in fields if isinstance(f, str) and f in FIELD_LABELS]
        others = len(fields) - len(known)
        text = join_list(known)
        if others:
            text = (
                msg("{text}ほか{others}項目", text=text, others=others)
                if text
                else msg("{others}項目", others=others)
            )
        parts.append(msg("変更した項目: {text}", text=text))
    if "plan_no" in detail:
        parts.append(msg("第{plan_no}版", plan_no=detail["plan_no"]))
    status = detail.get("status")
    if isinstance(status, str):
        parts.append(msg("状態: {status}", status=_any_label(status) or "その他"))
    role = detail.get("role")
    if isinstance(role, str):
        with contextlib.suppress(ValueError):
            parts.append(msg("役割: {role}", role=label(Role(role))))
    reason = detail.get("reason")
    if isinstance(reason, str) and reason in _REASONS:
        parts.append(_REASONS[reason])
    if "rows" in detail:
        parts.append(msg("{count}件", count=detail["rows"]))
    if "shown" in detail:
        parts.append(msg("{count}件を表示", count=detail["shown"]))
    if "verified" in detail:
        result = "異常なし" if detail.get("ok") else "改ざんあり"
        parts.append(
            msg("連鎖の検証: {count}件、{result}", count=detail["verified"], result=result)
        )
    if detail.get("who_viewed"):
        parts.append("閲覧した人の一覧")
    return join_list(parts)


def audit_action_choices() -> list[tuple[AuditAction, str]]:
    """Every audit action with its Japanese label, for the viewer's action filter."""
    return [(value, label(value)) for value in AuditAction]
