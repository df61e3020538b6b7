"""Closure approval (終結の承認), design.md §2.

A closure waiting for approval (承認待ち) is approved by a supervisor, which closes the case,
or sent back (差し戻し) with a reason, which leaves the case open where it was. Writing closures
for other reasons comes with the closure tab (a later issue); a completed hand-over writes its
closure through :meth:`welfaredesk.services.referrals.ReferralService.change_status`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction, ClosureStatus
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.referrals import ClosureInfo, close_case, closure_info
from welfaredesk.services.security import load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Closure


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
        require(principal, Action.CASE_CLOSE_APPROVE)
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
        require(principal, Action.CASE_CLOSE_APPROVE)
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
