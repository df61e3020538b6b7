"""Who may see a case: 閲覧制限 (restricted cases) and sharing a case with a named user.

The rule (:func:`welfaredesk.services.security.visible_cases`, the one condition every list,
search, count, print and export applies):

- a case that is not restricted is seen by the role's scope (supervisors: all cases; counselors
  and coordinators: their own cases and their team's) and by the users it is shared with;
- a restricted case (閲覧制限, e.g. DV) is seen **only** by the users named on it. A supervisor
  who is not named does not see it either: whoever restricts a case is named automatically, and
  the supervisor chooses the other named staff, so oversight is a deliberate choice that is
  recorded, not a side door (design.md §7 "invisible to those without access").

Both kinds of grant are :class:`~welfaredesk.storage.orm.CaseAccess` rows: while the case is
restricted they are the named users, otherwise the users it is shared with. Restricting a case
replaces the rows by exactly the chosen users (existing shares end unless chosen again);
lifting the restriction removes them, so the case goes back to the role scope alone.

The reason for restricting, changing the named users or lifting is case content: each step is
an append-only :class:`~welfaredesk.storage.orm.CaseRestriction` row of the case, shown only to
those who see the case (the whole history only to those who may restrict cases); the audit
events carry ids only.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction, Role, label
from welfaredesk.domain.errors import ConflictError, KnownError, PermissionDenied, ValidationError
from welfaredesk.domain.permissions import Action, CaseScope, allowed, case_scope
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import load_visible_case, require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Case, CaseAccess, CaseRestriction, Team, User

log = logging.getLogger(__name__)

REASON_MAX = 1000
"""Longest reason for setting or lifting a restriction."""

RESTRICT = "restrict"
CHANGE = "change"
LIFT = "lift"
"""The steps of a restriction (``CaseRestriction.action``)."""

_STEP_LABELS = {RESTRICT: "閲覧制限", CHANGE: "指名の変更", LIFT: "解除"}


class Why:
    """Why someone may see a case (the Japanese labels of :class:`AccessEntry`)."""

    LEAD = "担当"
    CO_WORKER = "副担当"
    SHARED = "共有"
    NAMED = "閲覧制限で指名"


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One staff member who may see the case, and why (one or more reasons)."""

    user_id: int
    name: str
    role: str
    reasons: tuple[str, ...]
    granted_by: str = ""
    granted_at: dt.datetime | None = None
    removable: bool = False
    """Whether the user may end this share (a share of an unrestricted case)."""


@dataclass(frozen=True, slots=True)
class StaffChoice:
    """A staff member who can be named on or shared a case."""

    user_id: int
    name: str
    role: str
    team: str


@dataclass(frozen=True, slots=True)
class RestrictionStep:
    """One step of a case's restriction: restricted, named users changed, or lifted."""

    action: str
    """:data:`RESTRICT`, :data:`CHANGE` or :data:`LIFT`."""
    label: str
    """Japanese label of the step (閲覧制限 / 指名の変更 / 解除)."""
    reason: str
    by: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class CaseAccessView:
    """Who may see a case and why; what the user may change."""

    case_id: int
    case_version: int
    restricted: bool
    reason: str
    restricted_by: str
    restricted_at: dt.datetime | None
    entries: tuple[AccessEntry, ...]
    hidden_from_lead: bool
    """A restricted case whose lead worker is not named (they cannot see it)."""
    may_restrict: bool
    may_share: bool
    team_note: str = ""
    """For an unrestricted case: who else sees it by role (all supervisors, the team)."""
    history: tuple[RestrictionStep, ...] = ()
    """Every step of the restriction, oldest first; only for users who may restrict cases."""


# --- the service --------------------------------------------------------------------------


class AccessService:
    """Use cases of the 閲覧制限・共有 dialog."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_access(self, principal: Principal, case_id: int) -> CaseAccessView:
        """Who may see the case and why.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            return _view(s, principal, case)

    def staff(self, principal: Principal, case_id: int) -> list[StaffChoice]:
        """Active staff who can see cases at all (candidates to name or share with).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        with self._db.read() as s:
            load_visible_case(s, principal, case_id)
            rows = s.scalars(
                select(User)
                .where(User.active.is_(True), User.role.in_([str(r) for r in _CASE_ROLES]))
                .order_by(User.display_kana, User.id)
            ).all()
            return [
                StaffChoice(
                    user_id=u.id,
                    name=u.display_name,
                    role=label(Role(u.role)),
                    team=u.team.name if u.team is not None else "",
                )
                for u in rows
            ]

    def restrict(
        self,
        principal: Principal,
        case_id: int,
        reason: str,
        named_user_ids: Iterable[int],
        version: int,
    ) -> CaseAccessView:
        """Restrict the case (閲覧制限) to the named users, or change who is named.

        The user who restricts is named automatically. Existing shares end unless the user is
        named again.

        Raises:
            PermissionDenied: the user may not restrict cases.
            NotFound: the case does not exist or is outside the user's scope.
            ConflictError: someone else changed the case after it was shown.
            ValidationError: no reason, or a named user who cannot see cases.
        """
        require(principal, Action.CASE_RESTRICT)
        text = _check_reason(reason, "閲覧制限の理由", "なぜ閲覧を制限するのか")
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            _check_version(case, version)
            wanted = set(_check_staff(s, named_user_ids, "named_user_ids", "指名する職員"))
            wanted.add(principal.user_id)
            before = _granted(s, case.id)
            was_restricted = case.restricted
            _replace(s, case.id, wanted, before, principal.user_id)
            case.restricted = True
            action = CHANGE if was_restricted else RESTRICT
            _record(s, case.id, action, text, principal.user_id, named=wanted)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "case_restriction",
                case.id,
                case_id=case.id,
                detail={
                    "change": "named_changed" if was_restricted else "restricted",
                    "named_user_ids": sorted(wanted),
                    "removed_user_ids": sorted(set(before) - wanted),
                },
            )
            log.info("case %d restricted: %d named users", case.id, len(wanted))
            return _view(s, principal, case)

    def lift(self, principal: Principal, case_id: int, reason: str, version: int) -> CaseAccessView:
        """Lift the restriction: the case goes back to the role scope; named users are removed.

        Raises:
            PermissionDenied: the user may not restrict cases.
            NotFound: the case does not exist or is outside the user's scope.
            ConflictError: someone else changed the case after it was shown.
            KnownError: the case is not restricted.
            ValidationError: no reason.
        """
        require(principal, Action.CASE_RESTRICT)
        text = _check_reason(reason, "解除の理由", "なぜ閲覧制限を解除するのか")
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            _check_version(case, version)
            if not case.restricted:
                raise KnownError("このケースには閲覧制限がありません。")
            before = _granted(s, case.id)
            s.execute(delete(CaseAccess).where(CaseAccess.case_id == case.id))
            case.restricted = False
            _record(s, case.id, LIFT, text, principal.user_id)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "case_restriction",
                case.id,
                case_id=case.id,
                detail={"change": "lifted", "removed_user_ids": sorted(before)},
            )
            log.info("case %d restriction lifted", case.id)
            return _view(s, principal, case)

    def share(self, principal: Principal, case_id: int, user_id: int) -> CaseAccessView:
        """Share an unrestricted case with a named staff member (lead worker or supervisor).

        Raises:
            PermissionDenied: the user is neither the lead worker nor a supervisor.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is restricted (name the user on the restriction instead).
            ValidationError: the staff member cannot see cases or already shares the case.
        """
        with self._db.write() as s:
            case = _load_for_sharing(s, principal, case_id)
            (uid,) = _check_staff(s, [user_id], "user_id", "共有する職員")
            if uid in _granted(s, case.id):
                raise ValidationError(
                    "user_id", "共有する職員", "この職員とはすでに共有しています。"
                )
            s.add(CaseAccess(case_id=case.id, user_id=uid, granted_by_id=principal.user_id))
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "case_share",
                case.id,
                case_id=case.id,
                detail={"change": "shared", "user_id": uid},
            )
            return _view(s, principal, case)

    def unshare(self, principal: Principal, case_id: int, user_id: int) -> CaseAccessView:
        """End the sharing of an unrestricted case with a staff member.

        Raises:
            PermissionDenied: the user is neither the lead worker nor a supervisor.
            NotFound: the case does not exist or is outside the user's scope.
            KnownError: the case is restricted, or not shared with that staff member.
        """
        with self._db.write() as s:
            case = _load_for_sharing(s, principal, case_id)
            row = s.get(CaseAccess, (case.id, user_id))
            if row is None:
                raise KnownError("このケースはその職員と共有していません。")
            s.delete(row)
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "case_share",
                case.id,
                case_id=case.id,
                detail={"change": "unshared", "user_id": user_id},
            )
            return _view(s, principal, case)


# --- helpers ------------------------------------------------------------------------------

_CASE_ROLES = tuple(r for r in Role if case_scope(r) is not CaseScope.NONE)


def restriction_contacts(s: Session, case_ids: Sequence[int]) -> list[str]:
    """Whom to ask about hidden restricted cases: 「氏名（主任相談支援員）」, no case details.

    The supervisor who restricted each case if still active, else the active supervisors
    named on it. A staff member's name is not client data; the named counselors are not
    given, since who works a DV case is itself sensitive.
    """
    names: dict[int, str] = {}
    for case_id in case_ids:
        step = _latest(s, case_id)
        by = step.by_id if step is not None and step.action != LIFT else None
        candidates: list[User] = []
        if by is not None:
            user = s.get(User, by)
            if user is not None:
                candidates = [user]
        if not candidates or not _is_active_supervisor(candidates[0]):
            candidates = list(
                s.scalars(
                    select(User)
                    .join(CaseAccess, CaseAccess.user_id == User.id)
                    .where(CaseAccess.case_id == case_id)
                    .order_by(User.display_kana, User.id)
                )
            )
        for user in candidates:
            if _is_active_supervisor(user):
                names[user.id] = msg(
                    "{name}（{role}）", name=user.display_name, role=label(Role.SUPERVISOR)
                )
                break
    return list(dict.fromkeys(names.values()))


def _is_active_supervisor(user: User) -> bool:
    return user.active and allowed(Role(user.role), Action.CASE_RESTRICT)


def _check_reason(reason: str, field_label: str, what: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError("reason", field_label, msg("{what}を入力してください。", what=what))
    if len(text) > REASON_MAX:
        raise ValidationError(
            "reason",
            field_label,
            msg(
                "{limit}文字以内で入力してください(いま{count}文字)。",
                limit=REASON_MAX,
                count=len(text),
            ),
        )
    return text


def _check_version(case: Case, version: int) -> None:
    if case.version != version:
        raise ConflictError(
            "ほかの利用者が先にこのケースを更新しました。入力した内容はそのまま残っています。"
            "最新の内容を確認してから、もう一度操作してください。"
        )


def _check_staff(s: Session, user_ids: Iterable[int], field: str, field_label: str) -> list[int]:
    result: list[int] = []
    for uid in dict.fromkeys(user_ids):
        user = s.get(User, uid)
        if user is None or not user.active:
            raise ValidationError(
                field, field_label, "選んだ職員は見つからないか、利用が停止されています。"
            )
        if case_scope(Role(user.role)) is CaseScope.NONE:
            raise ValidationError(
                field,
                field_label,
                msg(
                    "{role}はケースを閲覧できないため選べません。"
                    "相談支援員・包括化推進員・主任相談支援員から選んでください。",
                    role=label(Role(user.role)),
                ),
            )
        result.append(user.id)
    return result


def _load_for_sharing(s: Session, principal: Principal, case_id: int) -> Case:
    case = load_visible_case(s, principal, case_id)
    if not (allowed(principal.role, Action.CASE_RESTRICT) or _is_lead(principal, case)):
        raise PermissionDenied(
            "ケースを共有できるのは、主担当の職員と主任相談支援員です。"
            "必要な場合は主任相談支援員に相談してください。"
        )
    if case.restricted:
        raise KnownError(
            "閲覧制限のあるケースは共有できません。"
            "見られる職員を変えるには、主任相談支援員が閲覧制限の指名を変更してください。"
        )
    return case


def _is_lead(principal: Principal, case: Case) -> bool:
    return case.lead_worker_id == principal.user_id and allowed(principal.role, Action.CASE_EDIT)


def _granted(s: Session, case_id: int) -> list[int]:
    return list(s.scalars(select(CaseAccess.user_id).where(CaseAccess.case_id == case_id)))


def _replace(
    s: Session, case_id: int, wanted: set[int], before: list[int], granted_by: int
) -> None:
    gone = set(before) - wanted
    if gone:
        s.execute(
            delete(CaseAccess).where(CaseAccess.case_id == case_id, CaseAccess.user_id.in_(gone))
        )
    s.add_all(
        CaseAccess(case_id=case_id, user_id=uid, granted_by_id=granted_by)
        for uid in sorted(wanted - set(before))
    )


def _record(
    s: Session, case_id: int, action: str, reason: str, user_id: int, *, named: Iterable[int] = ()
) -> None:
    s.add(
        CaseRestriction(
            case_id=case_id,
            action=action,
            reason=reason,
            named_user_ids=[str(uid) for uid in sorted(named)],
            by_id=user_id,
            at=dt.datetime.now().replace(microsecond=0),
        )
    )


def _latest(s: Session, case_id: int) -> CaseRestriction | None:
    """The last step of the case's restriction (rows are append-only: the highest id)."""
    return s.scalars(
        select(CaseRestriction)
        .where(CaseRestriction.case_id == case_id)
        .order_by(CaseRestriction.id.desc())
        .limit(1)
    ).first()


def _history(s: Session, case_id: int) -> tuple[RestrictionStep, ...]:
    steps = list(
        s.scalars(
            select(CaseRestriction)
            .where(CaseRestriction.case_id == case_id)
            .order_by(CaseRestriction.id)
        )
    )
    by_ids = {step.by_id for step in steps if step.by_id is not None}
    names = (
        {
            uid: name
            for uid, name in s.execute(
                select(User.id, User.display_name).where(User.id.in_(by_ids))
            )
        }
        if by_ids
        else {}
    )
    return tuple(
        RestrictionStep(
            action=step.action,
            label=_STEP_LABELS.get(step.action, step.action),
            reason=step.reason,
            by=names.get(step.by_id, "") if step.by_id is not None else "",
            at=step.at,
        )
        for step in steps
    )


def _view(s: Session, principal: Principal, case: Case) -> CaseAccessView:
    grants = {
        row.user_id: row
        for row in s.scalars(select(CaseAccess).where(CaseAccess.case_id == case.id))
    }
    people = {
        u.id: u
        for u in s.scalars(
            select(User).where(
                User.id.in_(
                    {
                        *grants,
                        *(g.granted_by_id for g in grants.values() if g.granted_by_id),
                        *(i for i in (case.lead_worker_id, case.co_worker_id) if i),
                    }
                )
            )
        )
    }
    reasons: dict[int, list[str]] = {}
    if not case.restricted:
        if case.lead_worker_id is not None:
            reasons.setdefault(case.lead_worker_id, []).append(Why.LEAD)
        if case.co_worker_id is not None:
            reasons.setdefault(case.co_worker_id, []).append(Why.CO_WORKER)
    for uid in grants:
        reasons.setdefault(uid, []).append(Why.NAMED if case.restricted else Why.SHARED)
    may_share = not case.restricted and (
        allowed(principal.role, Action.CASE_RESTRICT) or _is_lead(principal, case)
    )
    entries = []
    for uid, why in reasons.items():
        user = people.get(uid)
        if user is None:
            continue
        grant = grants.get(uid)
        by = people.get(grant.granted_by_id) if grant and grant.granted_by_id else None
        entries.append(
            AccessEntry(
                user_id=uid,
                name=user.display_name,
                role=label(Role(user.role)),
                reasons=tuple(why),
                granted_by=by.display_name if by is not None else "",
                granted_at=grant.granted_at if grant is not None else None,
                removable=may_share and grant is not None,
            )
        )
    entries.sort(key=lambda e: (_ORDER.get(e.reasons[0], 9), people[e.user_id].display_kana))
    restricted_by = ""
    restricted_at: dt.datetime | None = None
    reason = ""
    step = _latest(s, case.id) if case.restricted else None
    if step is not None and step.action != LIFT:
        by_user = s.get(User, step.by_id) if step.by_id is not None else None
        restricted_by = by_user.display_name if by_user is not None else ""
        restricted_at = step.at
        reason = step.reason
    may_restrict = allowed(principal.role, Action.CASE_RESTRICT)
    team_note = ""
    if not case.restricted:
        team = s.get(Team, case.team_id) if case.team_id is not None else None
        if team is not None:
            team_note = msg(
                "このほか、{role}は全員と「{team}」の職員が見られます。",
                role=label(Role.SUPERVISOR),
                team=team.name,
            )
        else:
            team_note = msg("このほか、{role}は全員が見られます。", role=label(Role.SUPERVISOR))
    return CaseAccessView(
        case_id=case.id,
        case_version=case.version,
        restricted=case.restricted,
        reason=reason,
        restricted_by=restricted_by,
        restricted_at=restricted_at,
        entries=tuple(entries),
        hidden_from_lead=case.restricted
        and case.lead_worker_id is not None
        and case.lead_worker_id not in grants,
        may_restrict=may_restrict,
        may_share=may_share,
        team_note=team_note,
        history=_history(s, case.id) if may_restrict else (),
    )


_ORDER = {Why.LEAD: 0, Why.CO_WORKER: 1, Why.NAMED: 2, Why.SHARED: 3}
