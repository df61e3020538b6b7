"""User administration: accounts, the last administrator, lockout settings, own password."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import (
    AuthenticationFailed,
    ConflictError,
    KnownError,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.users import SecuritySettings, UserInput
from welfaredesk.storage.orm import AuditEvent, User

PASSWORD = "correct-horse-42"
INITIAL = "first-day-pass-7"


def _form(login: str = "tanaka", **overrides: object) -> UserInput:
    values: dict[str, object] = {
        "login": login,
        "display_name": "田中 一郎",
        "display_kana": "たなか いちろう",
        "role": Role.COUNSELOR,
        "password": INITIAL,
    }
    values.update(overrides)
    return UserInput(**values)  # type: ignore[arg-type]


def _events(ctx: AppContext) -> list[AuditEvent]:
    with ctx.db.read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        s.expunge_all()
        return events


def test_create_lists_the_account_with_labels_and_asks_for_a_new_password(
    ctx: AppContext, admin: Principal
) -> None:
    team = ctx.users.create_team(admin, "第1チーム")
    row = ctx.users.create(admin, _form(team_id=team.id))
    assert row.role_label == "相談支援員"
    assert row.team_name == "第1チーム"
    assert row.active
    assert not row.locked
    assert row.must_change_password
    listed = {r.login: r for r in ctx.users.list_users(admin)}
    assert set(listed) == {"admin", "tanaka"}
    principal = ctx.auth.login("tanaka", INITIAL)
    assert ctx.auth.password_change_required(principal)
    assert listed["admin"].last_login_at is None or isinstance(
        listed["admin"].last_login_at, dt.datetime
    )


def test_create_checks_fields_and_the_password_rules(ctx: AppContext, admin: Principal) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.users.create(admin, _form(display_name=" "))
    assert info.value.field == "display_name"
    with pytest.raises(ValidationError) as info:
        ctx.users.create(admin, _form(password="1234567890123"))
    assert info.value.field == "password"
    assert "数字だけ" in info.value.text()
    with pytest.raises(ValidationError) as info:
        ctx.users.create(admin, _form(login="admin"))
    assert info.value.field == "login"
    assert [r.login for r in ctx.users.list_users(admin)] == ["admin"]


def test_the_minimum_length_setting_applies_to_new_passwords(
    ctx: AppContext, admin: Principal
) -> None:
    ctx.users.update_security(admin, SecuritySettings(5, 15, 10, 20))
    with pytest.raises(ValidationError, match="20文字以上"):
        ctx.users.create(admin, _form())


def test_update_uses_optimistic_locking_and_audits_field_names(
    ctx: AppContext, admin: Principal
) -> None:
    row = ctx.users.create(admin, _form())
    updated = ctx.users.update(
        admin, row.id, _form(display_name="田中 一朗", role=Role.SUPERVISOR, version=row.version)
    )
    assert updated.display_name == "田中 一朗"
    assert updated.role is Role.SUPERVISOR
    with pytest.raises(ConflictError):
        ctx.users.update(admin, row.id, _form(display_name="古い版", version=row.version))
    detail = _events(ctx)[-1].detail
    assert detail == {"fields": ["display_name", "role"]}


def test_an_administrator_cannot_disable_themself(ctx: AppContext, admin: Principal) -> None:
    me = next(r for r in ctx.users.list_users(admin) if r.id == admin.user_id)
    with pytest.raises(KnownError, match="自分のアカウントは使用停止にできません"):
        ctx.users.set_active(admin, admin.user_id, False, me.version)


def test_the_last_active_administrator_cannot_be_disabled_or_demoted(
    ctx: AppContext, admin: Principal
) -> None:
    second = ctx.users.create(admin, _form("kanri2", role=Role.ADMIN))
    other = ctx.auth.login("kanri2", INITIAL)
    me = ctx.users.get(admin, admin.user_id)
    # Two administrators: one may be demoted; then the other is the last one.
    ctx.users.set_active(other, admin.user_id, False, me.version)
    with pytest.raises(KnownError, match="有効なシステム管理者がこのアカウントだけ"):
        ctx.users.update(
            other,
            second.id,
            _form("kanri2", role=Role.COUNSELOR, version=ctx.users.get(other, second.id).version),
        )
    assert ctx.users.get(other, second.id).role is Role.ADMIN


def test_disable_and_enable(ctx: AppContext, admin: Principal) -> None:
    row = ctx.users.create(admin, _form())
    off = ctx.users.set_active(admin, row.id, False, row.version)
    assert not off.active
    with pytest.raises(AuthenticationFailed, match="使用停止"):
        ctx.auth.login("tanaka", INITIAL)
    on = ctx.users.set_active(admin, row.id, True, off.version)
    assert on.active
    ctx.auth.login("tanaka", INITIAL)


def test_lockout_settings_change_login_and_unlock_clears_it(
    ctx: AppContext, admin: Principal
) -> None:
    ctx.users.update_security(admin, SecuritySettings(3, 30, 10, 10))
    row = ctx.users.create(admin, _form())
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            ctx.auth.login("tanaka", "wrong-password-1")
    with pytest.raises(AuthenticationFailed, match="ロックされています"):
        ctx.auth.login("tanaka", INITIAL)
    locked = ctx.users.get(admin, row.id)
    assert locked.locked
    assert locked.locked_until is not None
    assert locked.locked_until > dt.datetime.now() + dt.timedelta(minutes=25)
    assert not ctx.users.unlock(admin, row.id).locked
    ctx.auth.login("tanaka", INITIAL)


def test_reset_password_gives_a_temporary_password_and_clears_the_lockout(
    ctx: AppContext, admin: Principal
) -> None:
    row = ctx.users.create(admin, _form())
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            ctx.auth.login("tanaka", "wrong-password-1")
    temporary = ctx.users.reset_password(admin, row.id)
    assert len(temporary) >= 12
    principal = ctx.auth.login("tanaka", temporary)
    assert ctx.auth.password_change_required(principal)
    text = json.dumps([e.detail for e in _events(ctx)], ensure_ascii=False)
    assert temporary not in text
    assert INITIAL not in text


def test_security_settings_are_checked_and_audited(ctx: AppContext, admin: Principal) -> None:
    assert ctx.users.security_settings() == SecuritySettings(5, 15, 10, 10)
    with pytest.raises(ValidationError) as info:
        ctx.users.update_security(admin, SecuritySettings(5, 15, 0, 10))
    assert info.value.field == "idle_lock_minutes"
    assert "自動ロックまでの時間(分)" in info.value.text()
    with pytest.raises(ValidationError, match="パスワードの最小文字数"):
        ctx.users.update_security(admin, SecuritySettings(5, 15, 10, 4))
    saved = ctx.users.update_security(admin, SecuritySettings(6, 20, 3, 12))
    assert saved == SecuritySettings(6, 20, 3, 12)
    event = _events(ctx)[-1]
    assert event.entity == "setting"
    assert event.detail == {
        "key": "security",
        "fields": [
            "lockout_attempts",
            "lockout_minutes",
            "idle_lock_minutes",
            "password_min_length",
        ],
    }


def test_change_own_password_and_the_must_change_flow(ctx: AppContext, admin: Principal) -> None:
    ctx.users.create(admin, _form())
    me = ctx.auth.login("tanaka", INITIAL)
    with pytest.raises(ValidationError) as info:
        ctx.auth.change_password(me, "wrong-current-1", "new-secret-77", "new-secret-77")
    assert info.value.field == "current_password"
    with pytest.raises(ValidationError) as info:
        ctx.auth.change_password(me, INITIAL, "new-secret-77", "new-secret-78")
    assert info.value.field == "confirm_password"
    with pytest.raises(ValidationError) as info:
        ctx.auth.change_password(me, INITIAL, "short", "short")
    assert info.value.field == "new_password"
    assert "新しいパスワード" in info.value.text()
    with pytest.raises(ValidationError, match="いまのパスワードと違う"):
        ctx.auth.change_password(me, INITIAL, INITIAL, INITIAL)
    ctx.auth.change_password(me, INITIAL, "new-secret-77", "new-secret-77")
    assert not ctx.auth.password_change_required(me)
    with pytest.raises(AuthenticationFailed):
        ctx.auth.login("tanaka", INITIAL)
    ctx.auth.login("tanaka", "new-secret-77")
    text = json.dumps([e.detail for e in _events(ctx)], ensure_ascii=False)
    assert "new-secret-77" not in text
    assert "wrong-current-1" not in text


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COUNSELOR, Role.SECRETARIAT])
def test_only_administrators_may_administer(
    ctx: AppContext, admin: Principal, new_user: Callable[..., Principal], role: Role
) -> None:
    someone = new_user("someone", role)
    row = ctx.users.get(admin, admin.user_id)
    calls: list[Callable[[], object]] = [
        lambda: ctx.users.list_users(someone),
        lambda: ctx.users.create(someone, _form()),
        lambda: ctx.users.update(someone, row.id, _form("admin", version=row.version)),
        lambda: ctx.users.set_active(someone, row.id, False, row.version),
        lambda: ctx.users.reset_password(someone, row.id),
        lambda: ctx.users.unlock(someone, row.id),
        lambda: ctx.users.teams(someone),
        lambda: ctx.users.create_team(someone, "第2チーム"),
        lambda: ctx.users.update_security(someone, SecuritySettings(5, 15, 10, 10)),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied, match="利用者の管理"):
            call()
    # Everybody reads the security setting (the idle lock).
    assert ctx.users.security_settings().idle_lock_minutes == 10


def test_admin_actions_are_audited_without_secrets(ctx: AppContext, admin: Principal) -> None:
    row = ctx.users.create(admin, _form())
    ctx.users.reset_password(admin, row.id)
    ctx.users.unlock(admin, row.id)
    with ctx.db.read() as s:
        users = s.scalars(select(User)).all()
        hashes = [u.password_hash for u in users]
    events = [e for e in _events(ctx) if e.user_id == admin.user_id and e.entity == "app_user"]
    assert {e.action for e in events} >= {str(AuditAction.CREATE), str(AuditAction.UPDATE)}
    text = json.dumps([e.detail for e in events], ensure_ascii=False)
    assert "田中" not in text
    assert INITIAL not in text
    assert not any(h in text for h in hashes)
