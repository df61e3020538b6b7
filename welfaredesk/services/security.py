"""The one permission check every service call goes through, and the record scope.

:func:`require` asks the role matrix (:mod:`welfaredesk.domain.permissions`);
:func:`visible_cases` is the SQL condition that every list, search, count, report, print and
export applies, so the rules hold at every entry point, not only on the record screen.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any, NoReturn, Protocol, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    bindparam,
    exists,
    false,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction, CaseStage
from welfaredesk.domain.errors import KnownError, NotFound, PermissionDenied
from welfaredesk.domain.permissions import ACTION_LABELS, Action, CaseScope, allowed, case_scope
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Case, CaseAccess

log = logging.getLogger(__name__)
_Ts = TypeVarTuple("_Ts")


def require(principal: Principal, action: Action, db: Database | Session | None = None) -> None:
    """Raise :class:`PermissionDenied` unless the principal's role allows ``action``.

    Args:
        principal: the logged-in user.
        action: what the user asked to do.
        db: where to record a refusal (the service's database, or the session of the open
            unit of work); the ``denied`` audit event is committed in its own short
            transaction, after the caller's rolled-back work. None records nothing.
    """
    if not allowed(principal.role, action):
        if db is not None:
            record_refusal(db, principal, action)
        raise PermissionDenied(
            msg(
                "「{action}」を行う権限がありません。"
                "必要な場合は主任相談支援員またはシステム管理者に相談してください。",
                action=ACTION_LABELS[action],
            )
        )


def visible_cases(principal: Principal) -> ColumnElement[bool]:
    """The condition on ``Case`` rows that ``principal`` may see.

    Not restricted: the role's scope (all cases, or own and team) plus the cases shared with
    the user (``CaseAccess``). Restricted (閲覧制限): only the users named on it
    (``CaseAccess``), whatever their role; a supervisor who is not named does not see it
    (:mod:`welfaredesk.services.access`). The expression is immutable and built once per
    scope and user (every service call asks for it).
    """
    return _visible_cases(case_scope(principal.role), principal.user_id, principal.team_id)


@functools.lru_cache(maxsize=256)
def _visible_cases(scope: CaseScope, user_id: int, team_id: int | None) -> ColumnElement[bool]:
    if scope is CaseScope.NONE:
        return false()
    named = exists(
        select(CaseAccess.case_id).where(
            CaseAccess.case_id == Case.id, CaseAccess.user_id == user_id
        )
    )
    if scope is CaseScope.ALL:
        in_scope: ColumnElement[bool] = true()
    else:
        mine = or_(Case.lead_worker_id == user_id, Case.co_worker_id == user_id)
        team = Case.team_id == team_id if team_id is not None else false()
        in_scope = or_(mine, team, named)
    # A restricted case (閲覧制限) is seen only by the users named on it.
    return and_(in_scope, or_(Case.restricted.is_(False), named))


def record_refusal(
    db: Database | Session, principal: Principal, action: Action, *, case_id: int | None = None
) -> None:
    """Write a ``denied`` audit event in its own transaction, whatever the caller's fate.

    With a session (or a database whose unit of work is open on this thread) the event is
    written just after that unit of work ends, so the refused work is rolled back but the
    refusal stays. ``detail`` holds the action code only.
    """
    database = db if isinstance(db, Database) else db.info.get("database")
    if not isinstance(database, Database):
        return
    user_id = principal.user_id

    def write() -> None:
        with database.write() as s:
            audit.record(
                s,
                user_id,
                AuditAction.DENIED,
                "case" if case_id is not None else "permission",
                case_id,
                case_id=case_id,
                detail={"action": str(action)},
            )

    log.info("refused %s for user %s", action, user_id)
    database.after_unit(write)


def load_visible_case(session: Session, principal: Principal, case_id: int) -> Case:
    """The case if the principal may see it; otherwise :class:`NotFound` (never a hint).

    A case that exists but is outside the principal's scope is a refusal: it is audited
    (``denied``, after the caller's unit of work) while the message stays the same.
    """
    require(principal, Action.CASE_READ, session)
    case = session.scalars(
        select(Case).where(Case.id == case_id, visible_cases(principal))
    ).one_or_none()
    if case is None:
        _not_visible(session, principal, case_id)
    return case


def visible_case_row(
    session: Session,
    principal: Principal,
    case_id: int,
    query: Select[*_Ts],
    params: Mapping[str, Any] | None = None,
) -> Row[*_Ts]:
    """:func:`load_visible_case` for a read that needs only some columns.

    ``query`` selects from ``case_file`` (and whatever it joins); the case's id and the
    principal's scope are added here; ``params`` are the values of any other bind parameters
    of ``query``. Loading no ORM object keeps the hot reads (opening a case, saving a note)
    lean; the refusal and its audit are the same.
    """
    require(principal, Action.CASE_READ, session)
    scoped = _scoped(query, case_scope(principal.role), principal.user_id, principal.team_id)
    session.flush()  # read what the unit of work has written so far, then one Core SELECT
    row = session.connection().execute(scoped, {**(params or {}), "visible_case_id": case_id})
    found = row.first()
    if found is None:
        _not_visible(session, principal, case_id)
    return found


@functools.lru_cache(maxsize=512)
def _scoped(
    query: Select[*_Ts], scope: CaseScope, user_id: int, team_id: int | None
) -> Select[*_Ts]:
    # Built (and its cache key computed) once per query and user, not on every call.
    visible = _visible_cases(scope, user_id, team_id)
    return query.where(Case.id == bindparam("visible_case_id"), visible)


def _not_visible(session: Session, principal: Principal, case_id: int) -> NoReturn:
    if session.scalar(select(Case.id).where(Case.id == case_id)) is not None:
        record_refusal(session, principal, Action.CASE_READ, case_id=case_id)
    raise NotFound("指定されたケースは見つからないか、閲覧する権限がありません。")


class _Staged(Protocol):
    stage: str


def ensure_open(case: _Staged, what: str) -> None:
    """Refuse to change a closed case: only reopening it is allowed (design.md §2).

    Args:
        case: the case about to be changed (or a row with its ``stage``).
        what: what the user wanted to record, in Japanese (``課題分析``, ``支援経過``).

    Raises:
        KnownError: the case is closed; the message says to reopen it first.
    """
    if case.stage == CaseStage.CLOSED:
        raise KnownError(
            msg(
                "このケースは終結しています。{what}を記録するには、先にケースを再開してください。",
                what=what,
            )
        )
