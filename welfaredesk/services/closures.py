"""Closure (終結), its approval and reopening (再開), design.md §2.

A closure is requested with a reason from the pick-list ``closure_reason`` (他機関への引継ぎ
needs the destination agency), its date and a summary. Where the desk's setting ``closure``
requires approval for the reason, it waits (承認待ち) until a supervisor approves it, which
closes the case, or sends it back (差し戻し) with a reason, which leaves the case open where it
was; a user who may approve closures closes the case at once. A completed hand-over writes its
closure through :meth:`welfaredesk.services.referrals.ReferralService.change_status`.

A closed case is read-only (every other service calls
:func:`~welfaredesk.services.security.ensure_open`) until it is reopened with a reason: the
closure keeps who reopened it, when and why, and the case goes back to 経過確認と評価 when its
plan is still decided, else to 課題分析・振り分け. The closure record (終結記録票) prints the
closure and the history of closures and reopenings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.dates import age_on, parse_date
from welfaredesk.domain.enums import AuditAction, CaseStage, ClosureStatus, label
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import date_text, msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import full_name
from welfaredesk.services.monitoring import plan_in_force
from welfaredesk.services.referrals import (
    ClosureInfo,
    _approval_required,
    close_case,
    closure_info,
)
from welfaredesk.services.security import ensure_open, load_visible_case, require
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    Case,
    Closure,
    MonitoringReview,
    Person,
    PicklistItem,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.closure_record import ClosureEntry, ClosureRecordDocument

# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClosureInput:
    """The closure form as typed (``destination_agency_id`` only for a hand-over)."""

    reason_code: str
    closed_on: str
    summary: str
    destination_agency_id: int | None = None


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClosureReason:
    """A closure reason of the pick-list, for the form."""

    code: str
    label: str
    help_text: str
    needs_destination: bool


@dataclass(frozen=True, slots=True)
class ClosureRecord:
    """A closure with its reopening, for the closure tab's history."""

    info: ClosureInfo
    reason_code: str
    destination_agency_id: int | None
    approved_at: dt.datetime | None
    reopened_on: dt.date | None
    reopened_by: str
    reopen_reason: str


@dataclass(frozen=True, slots=True)
class ClosureHistory:
    """Everything the closure tab shows: the case's state and every closure, newest first."""

    case_id: int
    case_version: int
    stage: CaseStage
    opened_on: dt.date
    closed_on: dt.date | None
    records: tuple[ClosureRecord, ...]
    reasons: tuple[ClosureReason, ...]
    plan_in_force: bool

    @property
    def closed(self) -> bool:
        """Whether the case is closed (read-only until reopened)."""
        return self.stage is CaseStage.CLOSED

    @property
    def latest(self) -> ClosureRecord | None:
        """The newest closure record, or None."""
        return self.records[0] if self.records else None

    @property
    def waiting(self) -> ClosureRecord | None:
        """The closure waiting for approval, or None."""
        latest = self.latest
        return latest if latest and latest.info.status is ClosureStatus.REQUESTED else None


@dataclass(frozen=True, slots=True)
class ClosureResult:
    """What a closure request did."""

    closure: ClosureInfo
    case_closed: bool


class ClosureService:
    """Approve or send back a closure that waits for a supervisor."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def approve(self, principal: Principal, closure_id: int, version: int) -> ClosureInfo:
        """Approve a requested closure; the case closes on the closure's date.

        Raises:
            PermissionDenied: the user may not approve closures.
            NotFound: the closure does not exist or its case is outside the user's scope.
            KnownError: the closure is not waiting for approval.
            ConflictError: the closure changed since it was shown.
        """
        require(principal, Action.CASE_CLOSE_APPROVE, self._db)
        with self._db.write() as s:
            closure = _pending(s, principal, closure_id, version)
            case = load_visible_case(s, principal, closure.case_id)
            closure.status = str(ClosureStatus.APPROVED)
            closure.approved_by_id = principal.user_id
            closure.approved_at = dt.datetime.now().replace(microsecond=0)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "closure",
                closure.id,
                case_id=case.id,
                detail={"status": closure.status},
            )
            close_case(s, principal, case, closure)
            return closure_info(s, closure)

    def send_back(
        self, principal: Principal, closure_id: int, version: int, reason: str
    ) -> ClosureInfo:
        """Send a requested closure back to the worker with a reason; the case stays open.

        Raises:
            PermissionDenied: the user may not approve closures.
            NotFound: the closure does not exist or its case is outside the user's scope.
            KnownError: the closure is not waiting for approval.
            ConflictError: the closure changed since it was shown.
            ValidationError: no reason given.
        """
        require(principal, Action.CASE_CLOSE_APPROVE, self._db)
        if not reason.strip():
            raise ValidationError(
                "return_reason", "差し戻しの理由", "差し戻す理由を入力してください。"
            )
        with self._db.write() as s:
            closure = _pending(s, principal, closure_id, version)
            closure.status = str(ClosureStatus.RETURNED)
            closure.return_reason = reason.strip()
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "closure",
                closure.id,
                case_id=closure.case_id,
                detail={"status": closure.status},
            )
            return closure_info(s, closure)

    def request(
        self,
        principal: Principal,
        case_id: int,
        form: ClosureInput,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> ClosureResult:
        """Write a closure: approved at once (the case closes) or waiting for a supervisor.

        It is approved at once when the user may approve closures or the desk's setting
        ``closure.approval_required_reasons`` does not name the reason.

        Args:
            version: the version of the case the form was opened on.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is closed, or a closure already waits for approval.
            ConflictError: the case changed since the form was opened.
            ValidationError: an unknown reason, a hand-over without its destination, a bad
                date or no summary.
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            if case.version != version:
                raise _case_conflict()
            ensure_open(case, "終結")
            waiting = s.scalar(
                select(Closure.id)
                .where(Closure.case_id == case.id, Closure.status == str(ClosureStatus.REQUESTED))
                .limit(1)
            )
            if waiting is not None:
                raise KnownError(
                    "このケースの終結はすでに承認待ちです。主任相談支援員の承認または"
                    "差し戻しを待ってください。"
                )
            reason = _reasons(s).get(form.reason_code)
            if reason is None:
                raise ValidationError("reason_code", "終結の理由", "終結の理由を選んでください。")
            destination: Agency | None = None
            if reason.needs_destination:
                destination = (
                    s.get(Agency, form.destination_agency_id)
                    if form.destination_agency_id is not None
                    else None
                )
                if destination is None:
                    raise ValidationError(
                        "destination_agency_id",
                        "引継ぎ先",
                        "他機関への引継ぎで終結する場合は、引継ぎ先の機関を選んでください。",
                    )
            closed_on = parse_date(
                form.closed_on, field="closed_on", label="終結日", today=today, allow_future=False
            )
            if closed_on < case.opened_on:
                raise ValidationError(
                    "closed_on",
                    "終結日",
                    msg(
                        "相談受付日（{date}）より前の日付は入力できません。",
                        date=date_text(case.opened_on),
                    ),
                )
            if not form.summary.strip():
                raise ValidationError(
                    "summary",
                    "終結に至る経過",
                    "どのような経過で支援を終えるのかを入力してください。",
                )
            approve_now = allowed(principal.role, Action.CASE_CLOSE_APPROVE) or not (
                _approval_required(s, reason.code)
            )
            closure = Closure(
                case_id=case.id,
                closed_on=closed_on,
                reason_code=reason.code,
                destination_agency_id=destination.id if destination else None,
                summary=form.summary.strip(),
                status=str(ClosureStatus.APPROVED if approve_now else ClosureStatus.REQUESTED),
                requested_by_id=principal.user_id,
                approved_by_id=principal.user_id if approve_now else None,
                approved_at=dt.datetime.now().replace(microsecond=0) if approve_now else None,
            )
            s.add(closure)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "closure",
                closure.id,
                case_id=case.id,
                detail={"reason": reason.code, "status": closure.status},
            )
            if approve_now:
                close_case(s, principal, case, closure)
            return ClosureResult(closure_info(s, closure), approve_now)

    def reopen(
        self,
        principal: Principal,
        case_id: int,
        reason: str,
        version: int,
        *,
        today: dt.date | None = None,
    ) -> ClosureInfo:
        """Reopen a closed case with a reason; the closure keeps the reopening.

        The case goes back to 経過確認と評価 when its plan is still decided, else to
        課題分析・振り分け; its closing date is cleared.

        Args:
            version: the version of the case as shown.

        Raises:
            PermissionDenied: the user may not edit cases.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is not closed.
            ConflictError: the case changed since it was shown.
            ValidationError: no reason given.
        """
        require(principal, Action.CASE_EDIT, self._db)
        today = today or dt.date.today()
        if not reason.strip():
            raise ValidationError(
                "reopen_reason", "再開の理由", "ケースを再開する理由を入力してください。"
            )
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            if case.version != version:
                raise _case_conflict()
            if case.stage != CaseStage.CLOSED:
                raise KnownError("このケースは終結していないため、再開できません。")
            closure = s.scalars(
                select(Closure)
                .where(Closure.case_id == case.id, Closure.status == str(ClosureStatus.APPROVED))
                .order_by(Closure.id.desc())
                .limit(1)
            ).first()
            if closure is None:
                raise KnownError(
                    "このケースには承認された終結の記録がありません。システム管理者に相談してください。"
                )
            closure.status = str(ClosureStatus.REOPENED)
            closure.reopened_on = max(today, closure.closed_on)
            closure.reopened_by_id = principal.user_id
            closure.reopen_reason = reason.strip()
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "closure",
                closure.id,
                case_id=case.id,
                detail={"status": closure.status},
            )
            stage = (
                CaseStage.MONITORING
                if plan_in_force(s, case.id) is not None
                else CaseStage.ASSESSMENT
            )
            pending_due = s.scalar(
                select(MonitoringReview.due_on)
                .where(
                    MonitoringReview.case_id == case.id,
                    MonitoringReview.reviewed_on.is_(None),
                )
                .order_by(MonitoringReview.due_on)
                .limit(1)
            )
            case.stage = str(stage)
            case.closed_on = None
            case.next_due_on = pending_due
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "case",
                case.id,
                case_id=case.id,
                detail={"fields": ["closed_on", "next_due_on", "stage"], "closure_id": closure.id},
            )
            return closure_info(s, closure)

    def history(self, principal: Principal, case_id: int) -> ClosureHistory:
        """The case's state and all its closures with their reopenings, newest first.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            return ClosureHistory(
                case_id=case.id,
                case_version=case.version,
                stage=CaseStage(case.stage),
                opened_on=case.opened_on,
                closed_on=case.closed_on,
                records=tuple(_records(s, case.id)),
                reasons=tuple(_reasons(s).values()),
                plan_in_force=plan_in_force(s, case.id) is not None,
            )

    def print_closure(
        self,
        principal: Principal,
        case_id: int,
        out: Path,
        *,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the case's closure record (終結記録票) to ``out``; audited.

        Raises:
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case has no closure record yet.
        """
        from welfaredesk.printing.closure_record import build_closure_record  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            records = _records(s, case.id)
            if not records:
                raise KnownError(
                    "このケースには終結の記録がまだありません。終結を記録してから印刷してください。"
                )
            build_closure_record(_document(s, principal, case, records, now), out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "closure",
                records[0].info.id,
                case_id=case.id,
                detail={"form": "closure_record", "closures": len(records)},
            )
        return out

    def record_output(self, principal: Principal, case_id: int, *, to_file: bool) -> None:
        """Audit that a previewed closure record went to the printer or was saved as a file."""
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            latest = s.scalar(
                select(Closure.id)
                .where(Closure.case_id == case.id)
                .order_by(Closure.id.desc())
                .limit(1)
            )
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                "closure",
                latest,
                case_id=case.id,
                detail={"form": "closure_record", "output": "file" if to_file else "printer"},
            )


def _pending(s: Session, principal: Principal, closure_id: int, version: int) -> Closure:
    closure = s.get(Closure, closure_id)
    if closure is None:
        raise NotFound("指定された終結の記録は見つかりません。")
    load_visible_case(s, principal, closure.case_id)
    if closure.version != version:
        raise ConflictError(
            "ほかの利用者が先にこの終結の記録を更新しました。画面を読み込み直してください。"
        )
    if closure.status != ClosureStatus.REQUESTED:
        raise KnownError("この終結は承認待ちではありません。画面を読み込み直してください。")
    return closure


def _case_conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残って"
        "います。最新の内容を確認してから、もう一度操作してください。"
    )


def _reasons(s: Session) -> dict[str, ClosureReason]:
    """The active closure reasons in display order."""
    rows = s.scalars(
        select(PicklistItem)
        .where(PicklistItem.list_name == "closure_reason", PicklistItem.active.is_(True))
        .order_by(PicklistItem.sort_order, PicklistItem.id)
    )
    return {
        row.code: ClosureReason(
            code=row.code,
            label=row.label,
            help_text=row.help_text,
            needs_destination=bool((row.extra or {}).get("needs_destination")),
        )
        for row in rows
    }


def _records(s: Session, case_id: int) -> list[ClosureRecord]:
    rows = s.scalars(
        select(Closure).where(Closure.case_id == case_id).order_by(Closure.id.desc())
    ).all()
    ids = {r.reopened_by_id for r in rows if r.reopened_by_id is not None}
    names = (
        dict(s.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
        if ids
        else {}
    )
    return [
        ClosureRecord(
            info=closure_info(s, row),
            reason_code=row.reason_code,
            destination_agency_id=row.destination_agency_id,
            approved_at=row.approved_at,
            reopened_on=row.reopened_on,
            reopened_by=names.get(row.reopened_by_id or 0, ""),
            reopen_reason=row.reopen_reason,
        )
        for row in rows
    ]


def _entry(record: ClosureRecord) -> ClosureEntry:
    from welfaredesk.printing.closure_record import ClosureEntry  # noqa: PLC0415 - reportlab loads only when printing

    info = record.info
    return ClosureEntry(
        status=info.status_label,
        reason=info.reason_label,
        destination=info.destination,
        closed_on=info.closed_on,
        summary=info.summary,
        requested_by=info.requested_by,
        approved_by=info.approved_by,
        approved_at=record.approved_at,
        return_reason=info.return_reason,
        reopened_on=record.reopened_on,
        reopened_by=record.reopened_by,
        reopen_reason=record.reopen_reason,
    )


def _document(
    s: Session,
    principal: Principal,
    case: Case,
    records: list[ClosureRecord],
    now: dt.datetime,
) -> ClosureRecordDocument:
    from welfaredesk.printing.closure_record import ClosureRecordDocument  # noqa: PLC0415 - reportlab loads only when printing

    client = s.get_one(Person, case.client_id)
    lead = s.get(User, case.lead_worker_id) if case.lead_worker_id is not None else None
    desk = desk_profile(s)
    current = records[0]
    on = current.info.closed_on
    birth = client.birth_date
    return ClosureRecordDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=principal.display_name,
        printed_at=now,
        client_name=full_name(client.family_name, client.given_name),
        client_kana=full_name(client.family_kana, client.given_kana),
        client_age=f"{age_on(birth, on)}歳" if birth is not None and birth <= on else "",
        lead_worker=lead.display_name if lead else "",
        opened_on=case.opened_on,
        case_closed_on=case.closed_on,
        stage=label(CaseStage(case.stage)),
        current=_entry(current),
        history=tuple(_entry(r) for r in reversed(records)),
    )
