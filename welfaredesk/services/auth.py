"""Accounts: first-run setup, login with lockout, users (design.md §1, §7 Security).

Passwords are hashed with Argon2id (argon2-cffi). A real database never has a default
password: the first start asks for the first administrator (:meth:`AuthService.setup`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import AuthenticationFailed, KnownError, ValidationError
from welfaredesk.domain.passwords import DEFAULT_MIN_LENGTH, check_password
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal, UserRow
from welfaredesk.services.security import require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Setting, User

log = logging.getLogger(__name__)

SECURITY_KEY = "security"
"""The key of the security setting (lockout, idle lock, password length)."""

SECURITY_DEFAULTS = {
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "idle_lock_minutes": 10,
    "password_min_length": DEFAULT_MIN_LENGTH,
}
_DEFAULTS = SECURITY_DEFAULTS


@dataclass(frozen=True, slots=True)
class NewUser:
    """What an administrator types to create an account."""

    login: str
    display_name: str
    password: str
    role: Role
    display_kana: str = ""
    team_id: int | None = None
    staff_role_code: str | None = None
    must_change_password: bool = False
    """Ask for a new password at the first login (an initial password set by someone else)."""


def _principal(user: User) -> Principal:
    return Principal(user.id, user.login, user.display_name, Role(user.role), user.team_id)


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.login,
        user.display_name,
        user.display_kana,
        Role(user.role),
        user.team_id,
        user.active,
    )


class AuthService:
    """Logins and accounts."""

    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self._db = db
        self._hasher = hasher or PasswordHasher()

    # --- first start --------------------------------------------------------------------

    def needs_setup(self) -> bool:
        """Whether the database has no account yet (first start)."""
        with self._db.read() as s:
            return s.scalar(select(func.count(User.id))) == 0

    def setup(self, login: str, display_name: str, password: str) -> Principal:
        """Create the first administrator; refused once any account exists."""
        with self._db.write() as s:
            if s.scalar(select(func.count(User.id))):
                raise KnownError("初期設定はすでに済んでいます。ログインしてください。")
            user = self._new_user(
                s,
                NewUser(login=login, display_name=display_name, password=password, role=Role.ADMIN),
            )
            audit.record(s, user.id, AuditAction.SETUP, "app_user", user.id)
            return _principal(user)

    # --- login --------------------------------------------------------------------------

    def login(self, login: str, password: str) -> Principal:
        """Check the password; lock the account after repeated failures.

        A failed attempt is committed (its audit event and the failure count) before the
        error is raised, so lockout cannot be dodged by the rollback.

        Raises:
            AuthenticationFailed: unknown user, wrong password, locked or disabled account.
        """
        with self._db.write() as s:
            outcome = self._attempt(s, login.strip(), password)
        if isinstance(outcome, AuthenticationFailed):
            raise outcome
        return outcome

    def _attempt(self, s: Session, login: str, password: str) -> Principal | AuthenticationFailed:
        wrong = AuthenticationFailed(
            "ログインIDまたはパスワードが違います。もう一度入力してください。"
        )
        policy = _security_policy(s)
        user = s.scalars(select(User).where(User.login == login)).one_or_none()
        if user is None:
            audit.record(s, None, AuditAction.LOGIN_FAILED, "app_user")
            return wrong
        now = dt.datetime.now().replace(microsecond=0)
        if not user.active:
            audit.record(
                s,
                user.id,
                AuditAction.LOGIN_FAILED,
                "app_user",
                user.id,
                detail={"reason": "disabled"},
            )
            return AuthenticationFailed(
                "このアカウントは使用停止されています。システム管理者に連絡してください。"
            )
        if user.locked_until is not None and user.locked_until > now:
            audit.record(
                s,
                user.id,
                AuditAction.LOGIN_FAILED,
                "app_user",
                user.id,
                detail={"reason": "locked"},
            )
            return AuthenticationFailed(
                msg(
                    "ログインの失敗が続いたため、"
                    "このアカウントは{hour}時{minute}分までロックされています。"
                    "時間をおいてから、もう一度お試しください。",
                    hour=f"{user.locked_until:%H}",
                    minute=f"{user.locked_until:%M}",
                )
            )
        if not self._verify(user.password_hash, password):
            user.failed_logins += 1
            detail: dict[str, Any] = {"failures": user.failed_logins}
            if user.failed_logins >= policy["lockout_attempts"]:
                user.locked_until = now + dt.timedelta(minutes=policy["lockout_minutes"])
                user.failed_logins = 0
                detail["locked"] = True
            audit.record(s, user.id, AuditAction.LOGIN_FAILED, "app_user", user.id, detail=detail)
            log.info("login failed for user id %s", user.id)
            return wrong
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if self._hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self._hasher.hash(password)
        audit.record(s, user.id, AuditAction.LOGIN, "app_user", user.id)
        log.info("user id %s logged in", user.id)
        return _principal(user)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    # --- one's own password -------------------------------------------------------------

    def password_change_required(self, principal: Principal) -> bool:
        """Whether the user must choose a new password before working (must_change_password)."""
        with self._db.read() as s:
            user = s.get(User, principal.user_id)
            return bool(user is not None and user.must_change_password)

    def change_password(self, principal: Principal, current: str, new: str, confirm: str) -> None:
        """Change one's own password (any logged-in user).

        Raises:
            ValidationError: the current password is wrong, the two new ones differ, or the
                new one breaks a rule (:func:`~welfaredesk.domain.passwords.check_password`).
        """
        with self._db.write() as s:
            user = s.get(User, principal.user_id)
            if user is None or not user.active:
                raise AuthenticationFailed(
                    "このアカウントは使用停止されています。システム管理者に連絡してください。"
                )
            if not self._verify(user.password_hash, current):
                audit.record(
                    s,
                    user.id,
                    AuditAction.UPDATE,
                    "app_user",
                    user.id,
                    detail={"fields": ["password"], "refused": "current_password"},
                )
                outcome: ValidationError | None = ValidationError(
                    "current_password",
                    "現在のパスワード",
                    "現在のパスワードが違います。もう一度入力してください。",
                )
            else:
                outcome = None
                if new != confirm:
                    raise ValidationError(
                        "confirm_password",
                        "新しいパスワード(確認)",
                        "新しいパスワードと同じものを、もう一度入力してください。",
                    )
                check_password(
                    new,
                    user.login,
                    _security_policy(s)["password_min_length"],
                    field="new_password",
                    label="新しいパスワード",
                )
                if self._verify(user.password_hash, new):
                    raise ValidationError(
                        "new_password",
                        "新しいパスワード",
                        "いまのパスワードと違うものにしてください。",
                    )
                user.password_hash = self._hasher.hash(new)
                user.must_change_password = False
                audit.record(
                    s,
                    user.id,
                    AuditAction.UPDATE,
                    "app_user",
                    user.id,
                    detail={"fields": ["password"]},
                )
                log.info("user id %s changed their password", user.id)
        if outcome is not None:
            raise outcome  # after the commit: the refused attempt stays in the audit trail

    def hash_password(self, password: str) -> str:
        """The Argon2id hash of a password (for the user administration service)."""
        return self._hasher.hash(password)

    # --- accounts -----------------------------------------------------------------------

    def create_user(self, principal: Principal, new: NewUser) -> UserRow:
        """Create an account (administrators only)."""
        require(principal, Action.USER_ADMIN, self._db)
        with self._db.write() as s:
            user = self._new_user(s, new)
            audit.record(
                s,
                principal.user_id,
                AuditAction.CREATE,
                "app_user",
                user.id,
                detail={"role": str(new.role)},
            )
            return _row(user)

    def list_users(self, *, active_only: bool = True) -> list[UserRow]:
        """Staff for pickers and the status bar (no secrets)."""
        with self._db.read() as s:
            query = select(User).order_by(User.display_kana, User.id)
            if active_only:
                query = query.where(User.active.is_(True))
            return [_row(u) for u in s.scalars(query)]

    def add_user(self, s: Session, new: NewUser) -> User:
        """Check and add an account inside the caller's unit of work (no audit, no permission).

        For :class:`~welfaredesk.services.users.UserService`, which checks both itself.
        """
        return self._new_user(s, new)

    def _new_user(self, s: Session, new: NewUser) -> User:
        login = new.login.strip()
        if not login:
            raise ValidationError("login", "ログインID", "ログインIDを入力してください。")
        if not login.isascii() or " " in login:
            raise ValidationError(
                "login", "ログインID", "ログインIDは半角英数字で、空白を入れずに入力してください。"
            )
        if not new.display_name.strip():
            raise ValidationError("display_name", "氏名", "氏名を入力してください。")
        check_password(new.password, login, _security_policy(s)["password_min_length"])
        if s.scalar(select(func.count(User.id)).where(User.login == login)):
            raise ValidationError(
                "login",
                "ログインID",
                msg("「{login}」はすでに使われています。別のIDにしてください。", login=login),
            )
        user = User(
            login=login,
            display_name=new.display_name.strip(),
            display_kana=new.display_kana.strip(),
            role=str(new.role),
            team_id=new.team_id,
            staff_role_code=new.staff_role_code,
            password_hash=self._hasher.hash(new.password),
            must_change_password=new.must_change_password,
        )
        s.add(user)
        s.flush()
        return user


def security_policy(s: Session) -> dict[str, int]:
    """The security setting's values, each falling back to :data:`SECURITY_DEFAULTS`."""
    return _security_policy(s)


def _security_policy(s: Session) -> dict[str, int]:
    setting = s.get(Setting, SECURITY_KEY)
    values = dict(_DEFAULTS)
    if setting is not None:
        for key in values:
            if isinstance(setting.value.get(key), int):
                values[key] = setting.value[key]
    return values
