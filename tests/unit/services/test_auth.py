"""Accounts: first-run setup, Argon2id, login, lockout, audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import (
    AuthenticationFailed,
    KnownError,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.auth import NewUser
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent, User

PASSWORD = "correct-horse-42"
NewUserFactory = Callable[..., Principal]


def test_a_new_database_needs_setup_and_has_no_default_account(ctx: AppContext) -> None:
    assert ctx.auth.needs_setup()
    with pytest.raises(AuthenticationFailed):
        ctx.auth.login("admin", "admin")


def test_setup_creates_the_first_administrator_once(ctx: AppContext) -> None:
    principal = ctx.auth.setup("admin", "管理 太郎", PASSWORD)
    assert principal.role is Role.ADMIN
    assert not ctx.auth.needs_setup()
    with pytest.raises(KnownError, match="初期設定はすでに済んでいます"):
        ctx.auth.setup("admin2", "管理 花子", PASSWORD)


def test_passwords_are_stored_as_argon2id_hashes(ctx: AppContext, admin: Principal) -> None:
    with ctx.db.read() as s:
        stored = s.scalars(select(User.password_hash).where(User.id == admin.user_id)).one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


@pytest.mark.parametrize(
    ("password", "problem"),
    [("short", "10文字以上"), ("admin-login", "ログインIDと同じ"), ("aaaaaaaaaaaa", "繰り返し")],
)
def test_password_rules_name_the_field(ctx: AppContext, password: str, problem: str) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.auth.setup("admin-login", "管理 太郎", password)
    assert info.value.field == "password"
    assert info.value.text().startswith("パスワード：")
    assert problem in info.value.text()
    assert ctx.auth.needs_setup()  # nothing half-saved


def test_login_checks_the_password_and_is_audited(ctx: AppContext, admin: Principal) -> None:
    with pytest.raises(AuthenticationFailed, match="パスワードが違います"):
        ctx.auth.login("admin", "wrong-password")
    principal = ctx.auth.login("admin", PASSWORD)
    assert principal == admin
    with ctx.db.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-2:] == [AuditAction.LOGIN_FAILED, AuditAction.LOGIN]


def test_unknown_user_gets_the_same_message_as_a_wrong_password(
    ctx: AppContext, admin: Principal
) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        ctx.auth.login("nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        ctx.auth.login(admin.login, "wrong-password")
    assert unknown.value.text() == wrong.value.text()


def test_five_failures_lock_the_account_for_fifteen_minutes(
    ctx: AppContext, admin: Principal
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            ctx.auth.login("admin", "wrong-password")
    with pytest.raises(AuthenticationFailed, match="ロックされています"):
        ctx.auth.login("admin", PASSWORD)
    with ctx.db.write() as s:
        user = s.get_one(User, admin.user_id)
        assert user.locked_until is not None
        minutes = (user.locked_until - dt.datetime.now()).total_seconds() / 60
        assert 14 <= minutes <= 15
        user.locked_until = dt.datetime.now() - dt.timedelta(seconds=1)
    assert ctx.auth.login("admin", PASSWORD).user_id == admin.user_id


def test_only_administrators_create_users(ctx: AppContext, new_user: NewUserFactory) -> None:
    counselor = new_user("suzuki", Role.COUNSELOR)
    with pytest.raises(PermissionDenied, match="利用者の管理"):
        ctx.auth.create_user(
            counselor,
            NewUser(login="x", display_name="x", password=PASSWORD, role=Role.ADMIN),
        )


def test_duplicate_login_is_refused(new_user: NewUserFactory) -> None:
    new_user("suzuki", Role.COUNSELOR)
    with pytest.raises(ValidationError, match="すでに使われています"):
        new_user("suzuki", Role.COUNSELOR)


def test_disabled_accounts_cannot_log_in(ctx: AppContext, new_user: NewUserFactory) -> None:
    counselor = new_user("suzuki", Role.COUNSELOR)
    with ctx.db.write() as s:
        s.get_one(User, counselor.user_id).active = False
    with pytest.raises(AuthenticationFailed, match="使用停止"):
        ctx.auth.login("suzuki", PASSWORD)
