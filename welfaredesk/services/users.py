"""User administration (利用者の管理): accounts, teams and the security settings.

Every call needs :attr:`Action.USER_ADMIN` except :meth:`UserService.security_settings`
(the idle lock of every user reads it). Accounts are never deleted: they are disabled.
Two rules protect the desk from locking itself out: an administrator cannot disable their
own account, and the last active システム管理者 can be neither disabled nor given another
role. Creating an account and resetting a password set ``must_change_password``, so the
person chooses their own password at the next login.

Passwords and login hashes are created through :class:`~welfaredesk.services.auth.AuthService`
(one hasher, one set of password rules). Audit events carry ids and field names only.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction, Role, label
from welfaredesk.domain.errors import ConflictError, KnownError, NotFound, ValidationError
from welfaredesk.domain.passwords import MIN_LENGTH_RANGE, check_password
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.auth import (
    SECURITY_DEFAULTS,
    SECURITY_KEY,
    AuthService,
    NewUser,
    security_policy,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Setting, Team, User

log = logging.getLogger(__name__)

TEMPORARY_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another when read aloud or copied."""

SECURITY_RANGES: dict[str, tuple[int, int, str]] = {
    "lockout_attempts": (3, 20, "ロックまでの失敗回数"),
    "lockout_minutes": (1, 1440, "ロック時間(分)"),
    "idle_lock_minutes": (1, 120, "自動ロックまでの時間(分)"),
    "password_min_length": (*MIN_LENGTH_RANGE, "パスワードの最小文字数"),
}
"""Allowed values of each security setting: (smallest, largest, Japanese label)."""

# --- data in and out ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserInput:
    """The account form as typed.

    ``password`` is the initial password (new accounts only); ``version`` is None for a new
    account, else the version the form was opened on.
    """

    login: str
    display_name: str
    display_kana: str
    role: Role
    team_id: int | None = None
    password: str = ""
    version: int | None = None


@dataclass(frozen=True, slots=True)
class UserAdminRow:
    """An account as the administration screen shows it (no secrets)."""

    id: int
    version: int
    login: str
    display_name: str
    display_kana: str
    role: Role
    role_label: str
    team_id: int | None
    team_name: str
    active: bool
    locked_until: dt.datetime | None
    """Set while the account is locked by failed logins (None when not locked now)."""
    last_login_at: dt.datetime | None
    must_change_password: bool

    @property
    def locked(self) -> bool:
        """Whether failed logins lock the account now."""
        return self.locked_until is not None


@dataclass(frozen=True, slots=True)
class TeamRow:
    """A team of staff."""

    id: int
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """The desk's security setting (``Setting "security"``)."""

    lockout_attempts: int
    lockout_minutes: int
    idle_lock_minutes: int
    password_min_length: int


# --- the service -------------------------------------------------------------------------


class UserService:
    """Accounts, teams and security settings for the システム管理者."""

    def __init__(self, db: Database, auth: AuthService) -> None:
        self._db = db
        self._auth = auth

    # --- accounts ------------------------------------------------------------------------

    def list_users(self, principal: Principal) -> list[UserAdminRow]:
        """Every account, active or not, in kana order."""
        require(principal, Action.USER_ADMIN)
        with self._db.read() as s:
            now = _now()
            teams = _team_names(s)
            users = s.scalars(select(User).order_by(User.display_kana, User.login, User.id))
            return [_row(u, teams, now) for u in users]

    def get(self, principal: Principal, user_id: int) -> UserAdminRow:
        """One account."""
        require(principal, Action.USER_ADMIN)
        with self._db.read() as s:
            return _row(_load(s, user_id), _team_names(s), _now())

    def create(self, principal: Principal, form: UserInput) -> UserAdminRow:
        """Create an account with an initial password the person must change at first login.

        Raises:
            ValidationError: a field is missing or wrong, the login ID is taken, or the
                initial password breaks a rule.
        """
        require(principal, Action.USER_ADMIN)
        _check_names(form)
        with self._db.write() as s:
            _check_team_exists(s, form.team_id)
            user = self._auth.add_user(
                s,
                NewUser(
                    login=form.login,
                    display_name=form.display_name,
                    password=form.password,
                    role=form.role,
                    display_kana=form.display_kana,
                    team_id=form.team_id,
                    must_change_password=True,
                ),
            )
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "app_user",
                user.id,
                detail={"role": str(form.role), "must_change_password": True},
            )
            log.info("user id %s created by user id %s", user.id, principal.user_id)
            return _row(user, _team_names(s), _now())

    def update(self, principal: Principal, user_id: int, form: UserInput) -> UserAdminRow:
        """Change an account's name, kana, role and team (optimistic locking).

        Raises:
            ConflictError: someone saved the account after the form was opened.
            KnownError: the change would leave the desk without an active administrator.
        """
        require(principal, Action.USER_ADMIN)
        _check_names(form)
        with self._db.write() as s:
            user = _load(s, user_id)
            if form.version is not None and user.version != form.version:
                raise _conflict()
            _check_team_exists(s, form.team_id)
            if user.role == Role.ADMIN and form.role != Role.ADMIN and user.active:
                _ensure_other_admin(s, user.id, "役割を変える")
            changes = {
                "display_name": form.display_name.strip(),
                "display_kana": form.display_kana.strip(),
                "role": str(form.role),
                "team_id": form.team_id,
            }
            fields = [name for name, value in changes.items() if getattr(user, name) != value]
            for name in fields:
                setattr(user, name, changes[name])
            if fields:
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "app_user",
                    user.id,
                    detail={"fields": fields},
                )
            return _row(user, _team_names(s), _now())

    def set_active(
        self, principal: Principal, user_id: int, active: bool, version: int | None = None
    ) -> UserAdminRow:
        """Disable an account (使用停止) or enable it again (使用再開).

        ``version`` is checked only when given: a login of the account changes its version,
        and switching an account off must not wait for that.

        Raises:
            KnownError: an administrator tried to disable their own account, or the last
                active administrator would be disabled.
            ConflictError: someone saved the account after the screen loaded it.
        """
        require(principal, Action.USER_ADMIN)
        with self._db.write() as s:
            user = _load(s, user_id)
            if version is not None and user.version != version:
                raise _conflict()
            if not active and user.id == principal.user_id:
                raise KnownError(
                    "自分のアカウントは使用停止にできません。"
                    "ほかのシステム管理者に依頼してください。"
                )
            if not active and user.active and user.role == Role.ADMIN:
                _ensure_other_admin(s, user.id, "使用停止にする")
            if user.active != active:
                user.active = active
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "app_user",
                    user.id,
                    detail={"fields": ["active"], "active": active},
                )
            return _row(user, _team_names(s), _now())

    def reset_password(self, principal: Principal, user_id: int) -> str:
        """Give an account a temporary password; returns it (shown once, never stored).

        The person must choose a new password at the next login; a lockout is cleared.
        """
        require(principal, Action.USER_ADMIN)
        with self._db.write() as s:
            user = _load(s, user_id)
            length = max(12, security_policy(s)["password_min_length"])
            temporary = _temporary_password(length, user.login)
            user.password_hash = self._auth.hash_password(temporary)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "app_user",
                user.id,
                detail={"fields": ["password", "must_change_password"], "reset": True},
            )
            log.info("password of user id %s reset by user id %s", user.id, principal.user_id)
            return temporary

    def unlock(self, principal: Principal, user_id: int) -> UserAdminRow:
        """Clear a lockout caused by failed logins."""
        require(principal, Action.USER_ADMIN)
        with self._db.write() as s:
            user = _load(s, user_id)
            if user.locked_until is not None or user.failed_logins:
                user.locked_until = None
                user.failed_logins = 0
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "app_user",
                    user.id,
                    detail={"fields": ["locked_until", "failed_logins"], "unlocked": True},
                )
            return _row(user, _team_names(s), _now())

    # --- teams ---------------------------------------------------------------------------

    def teams(self, principal: Principal) -> list[TeamRow]:
        """Every team, by name."""
        require(principal, Action.USER_ADMIN)
        with self._db.read() as s:
            return [
                TeamRow(t.id, t.name, t.active) for t in s.scalars(select(Team).order_by(Team.name))
            ]

    def create_team(self, principal: Principal, name: str) -> TeamRow:
        """Add a team.

        Raises:
            ValidationError: the name is empty, too long or already used.
        """
        require(principal, Action.USER_ADMIN)
        name = name.strip()
        if not name:
            raise ValidationError("team_name", "チーム名", "チーム名を入力してください。")
        if len(name) > 100:
            raise ValidationError("team_name", "チーム名", "100文字以内にしてください。")
        with self._db.write() as s:
            if s.scalar(select(func.count(Team.id)).where(Team.name == name)):
                raise ValidationError(
                    "team_name",
                    "チーム名",
                    msg("「{name}」はすでにあります。別の名前にしてください。", name=name),
                )
            team = Team(name=name)
            s.add(team)
            s.flush()
            audit.record(s, principal.user_id, AuditAction.CREATE, "team", team.id)
            return TeamRow(team.id, team.name, team.active)

    # --- security settings ---------------------------------------------------------------

    def security_settings(self) -> SecuritySettings:
        """The lockout, idle lock and password length settings (every user reads them)."""
        with self._db.read() as s:
            return SecuritySettings(**security_policy(s))

    def update_security(self, principal: Principal, settings: SecuritySettings) -> SecuritySettings:
        """Save the security settings after checking each value's range.

        Raises:
            ValidationError: a value is outside its range (the message names the setting).
        """
        require(principal, Action.USER_ADMIN)
        values = {
            "lockout_attempts": settings.lockout_attempts,
            "lockout_minutes": settings.lockout_minutes,
            "idle_lock_minutes": settings.idle_lock_minutes,
            "password_min_length": settings.password_min_length,
        }
        for key, value in values.items():
            low, high, name = SECURITY_RANGES[key]
            if not low <= value <= high:
                raise ValidationError(
                    key,
                    name,
                    msg(
                        "{low}から{high}までの数を入力してください(いま{value})。",
                        low=low,
                        high=high,
                        value=value,
                    ),
                )
        with self._db.write() as s:
            before = security_policy(s)
            setting = s.get(Setting, SECURITY_KEY)
            if setting is None:
                setting = Setting(key=SECURITY_KEY, value={})
                s.add(setting)
            merged = {**SECURITY_DEFAULTS, **(setting.value or {}), **values}
            setting.value = merged
            changed = [key for key in values if before.get(key) != values[key]]
            if changed:
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "setting",
                    detail={"key": SECURITY_KEY, "fields": changed},
                )
            return SecuritySettings(**security_policy(s))


# --- helpers -----------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _load(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("指定された利用者は見つかりません。一覧を更新してください。")
    return user


def _team_names(s: Session) -> dict[int, str]:
    return {team_id: name for team_id, name in s.execute(select(Team.id, Team.name))}


def _row(user: User, teams: dict[int, str], now: dt.datetime) -> UserAdminRow:
    until = user.locked_until
    locked = until if until is not None and until > now else None
    role = Role(user.role)
    return UserAdminRow(
        id=user.id,
        version=user.version,
        login=user.login,
        display_name=user.display_name,
        display_kana=user.display_kana,
        role=role,
        role_label=label(role),
        team_id=user.team_id,
        team_name=teams.get(user.team_id, "") if user.team_id is not None else "",
        active=user.active,
        locked_until=locked,
        last_login_at=user.last_login_at,
        must_change_password=user.must_change_password,
    )


def _check_names(form: UserInput) -> None:
    if not form.display_name.strip():
        raise ValidationError("display_name", "氏名", "氏名を入力してください。")
    if len(form.display_name.strip()) > 100:
        raise ValidationError("display_name", "氏名", "100文字以内にしてください。")
    if len(form.display_kana.strip()) > 100:
        raise ValidationError("display_kana", "ふりがな", "100文字以内にしてください。")


def _check_team_exists(s: Session, team_id: int | None) -> None:
    if team_id is not None and s.get(Team, team_id) is None:
        raise ValidationError(
            "team_id", "チーム", "選んだチームが見つかりません。一覧から選び直してください。"
        )


def _ensure_other_admin(s: Session, user_id: int, what: str) -> None:
    others = s.scalar(
        select(func.count(User.id)).where(
            User.role == str(Role.ADMIN), User.active.is_(True), User.id != user_id
        )
    )
    if not others:
        raise KnownError(
            msg(
                "有効なシステム管理者がこのアカウントだけなので、"
                "{what}ことはできません。"
                "先にほかの職員をシステム管理者にしてください。",
                what=what,
            )
        )


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこのアカウントを更新しました。入力した内容はそのまま残って"
        "います。一覧で最新の内容を確認してから、もう一度保存してください。"
    )


def _temporary_password(length: int, login: str) -> str:
    """A random password that passes the rules (letters and digits, easy to read out)."""
    while True:
        candidate = "".join(secrets.choice(TEMPORARY_PASSWORD_ALPHABET) for _ in range(length))
        try:
            check_password(candidate, login, length)
        except ValidationError:
            continue
        return candidate
