"""Desk-wide settings: read, save, validation, conflicts, rights, audit, and their effects."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.calendar import LAST, HolidayWindowRule, WindowKind
from welfaredesk.domain.case_number import NumberStyle
from welfaredesk.domain.enums import AuditAction, ClosureStatus, Role
from welfaredesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.settings import DeskSettings, DeskSettingsForm
from welfaredesk.storage.orm import AuditEvent, Case, Setting

CaseFactory = Callable[..., int]
SECOND_SATURDAY = HolidayWindowRule(WindowKind.NTH_WEEKDAY, 2, 5)
ADDRESS = "架空県架空市中央一丁目2番3号 架空市役所本庁舎1階"


def form_of(settings: DeskSettings, **changes: Any) -> DeskSettingsForm:
    """The dialog's form as opened on ``settings``, with ``changes`` typed in."""
    form = DeskSettingsForm(
        name=settings.name,
        address=settings.address,
        phone=settings.phone,
        number_style=settings.number_style,
        holiday_window=settings.holiday_window,
        approval_reasons=settings.approval_reasons,
    )
    return dataclasses.replace(form, **changes)


def rows(ctx: AppContext) -> dict[str, Any]:
    with ctx.db.read() as s:
        return {row.key: (row.value, row.version) for row in s.scalars(select(Setting))}


def setting_events(ctx: AppContext) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "setting", AuditEvent.action == AuditAction.UPDATE)
                .order_by(AuditEvent.id)
            )
        )


def test_defaults_are_read_by_every_role(
    ctx: AppContext, admin: Principal, supervisor: Principal, counselor: Principal
) -> None:
    settings = ctx.settings.desk(counselor)
    assert (settings.name, settings.address, settings.phone) == ("福祉総合相談窓口", "", "")
    assert settings.number_style is NumberStyle.ERA
    assert settings.holiday_window == HolidayWindowRule(WindowKind.FIRST_OPEN_DAY)
    assert "independent" in settings.approval_reasons
    assert "info_only" not in settings.approval_reasons
    codes = [code for code, _label in settings.reason_choices]
    assert "handover" in codes
    assert "info_only" in codes
    assert all(label for _code, label in settings.reason_choices)
    assert not settings.editable
    assert ctx.settings.desk(supervisor).editable
    assert ctx.settings.desk(admin).editable
    assert ctx.settings.desk(admin).version == settings.version


def test_save_and_read_back(ctx: AppContext, supervisor: Principal, counselor: Principal) -> None:
    before = ctx.settings.desk(supervisor)
    saved = ctx.settings.save_desk(
        supervisor,
        form_of(
            before,
            name=" 架空市 福祉総合相談窓口（本庁舎） ",
            address=ADDRESS,
            phone="０４２（０００）１２３４",
            number_style=NumberStyle.WESTERN,
            holiday_window=SECOND_SATURDAY,
            approval_reasons=("moved", "handover", "moved"),
        ),
        before.version,
    )
    assert saved.name == "架空市 福祉総合相談窓口（本庁舎）"
    assert saved.address == ADDRESS
    assert saved.phone == "042(000)1234"  # NFKC
    assert saved.number_style is NumberStyle.WESTERN
    assert saved.holiday_window == SECOND_SATURDAY
    assert saved.approval_reasons == ("moved", "handover")
    assert saved.version != before.version
    assert ctx.settings.desk(counselor) == dataclasses.replace(saved, editable=False)
    stored = rows(ctx)
    assert stored["holiday_window"][0] == {"kind": "nth_weekday", "nth": 2, "weekday": 5}
    assert stored["case_number"][0] == {"format": "western"}
    # Saving again the same values changes nothing and records nothing more.
    events = len(setting_events(ctx))
    again = ctx.settings.save_desk(supervisor, form_of(saved), saved.version)
    assert again.version == saved.version
    assert len(setting_events(ctx)) == events


def test_empty_address_and_phone_are_allowed(ctx: AppContext, admin: Principal) -> None:
    before = ctx.settings.desk(admin)
    saved = ctx.settings.save_desk(
        admin,
        form_of(before, address="   ", phone="", holiday_window=HolidayWindowRule(WindowKind.NONE)),
        before.version,
    )
    assert (saved.address, saved.phone) == ("", "")
    assert saved.holiday_window.kind is WindowKind.NONE


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"name": "  "}, "name", "入力してください"),
        ({"name": "窓" * 61}, "name", "60文字以内"),
        ({"address": "所" * 121}, "address", "120文字以内"),
        ({"phone": "042-000-1234 内線5"}, "phone", "数字とハイフン"),
        ({"phone": "1" * 21}, "phone", "20文字以内"),
        ({"number_style": "roman"}, "number_style", "和暦か西暦"),
        (
            {"holiday_window": HolidayWindowRule(WindowKind.NTH_WEEKDAY, 6, 5)},
            "holiday_window",
            "第1から第5",
        ),
        (
            {"holiday_window": HolidayWindowRule(WindowKind.NTH_WEEKDAY, 0, 5)},
            "holiday_window",
            "第1から第5",
        ),
        (
            {"holiday_window": HolidayWindowRule(WindowKind.NTH_WEEKDAY, 2, 7)},
            "holiday_window",
            "曜日",
        ),
        ({"holiday_window": HolidayWindowRule("weekly", 1, 1)}, "holiday_window", "決め方"),  # type: ignore[arg-type]
        ({"approval_reasons": ("moved", "retired")}, "approval_reasons", "一覧にない"),
    ],
)
def test_every_bad_value_names_its_field_and_saves_nothing(
    ctx: AppContext,
    supervisor: Principal,
    changes: dict[str, Any],
    field: str,
    fragment: str,
) -> None:
    before = ctx.settings.desk(supervisor)
    stored = rows(ctx)
    # Another field is changed too: it must not be saved either.
    form = form_of(before, **{"address": ADDRESS, **changes})
    with pytest.raises(ValidationError) as caught:
        ctx.settings.save_desk(supervisor, form, before.version)
    assert caught.value.field == field
    assert fragment in caught.value.problem
    assert caught.value.label  # Japanese label of the field
    assert rows(ctx) == stored
    assert ctx.settings.desk(supervisor) == before
    assert not setting_events(ctx)


def test_a_stale_version_is_a_conflict(
    ctx: AppContext, supervisor: Principal, admin: Principal
) -> None:
    opened = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(admin, form_of(opened, phone="042-000-1234"), opened.version)
    stored = rows(ctx)
    with pytest.raises(ConflictError, match="入力した内容はそのまま"):
        ctx.settings.save_desk(supervisor, form_of(opened, name="別の名前"), opened.version)
    assert rows(ctx) == stored
    # A row added or changed elsewhere (the closure setting edited directly) counts too.
    current = ctx.settings.desk(supervisor)
    with ctx.db.write() as s:
        row = s.get_one(Setting, "closure")
        row.value = {"approval_required_reasons": ["moved"]}
    with pytest.raises(ConflictError):
        ctx.settings.save_desk(supervisor, form_of(current), current.version)


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.COORDINATOR, Role.SECRETARIAT])
def test_only_supervisors_and_administrators_save(
    ctx: AppContext, new_user: Callable[..., Principal], role: Role
) -> None:
    who = new_user("someone", role)
    settings = ctx.settings.desk(who)
    assert not settings.editable
    stored = rows(ctx)
    with pytest.raises(PermissionDenied, match="窓口の設定"):
        ctx.settings.save_desk(who, form_of(settings, name="乗っ取り"), settings.version)
    assert rows(ctx) == stored
    with ctx.db.read() as s:
        denied = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == AuditAction.DENIED, AuditEvent.user_id == who.user_id
            )
        ).one()
    assert denied.detail == {"action": "settings.edit"}


def test_the_audit_event_names_fields_not_values(ctx: AppContext, supervisor: Principal) -> None:
    before = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor,
        form_of(
            before,
            address=ADDRESS,
            phone="042-000-1234",
            number_style=NumberStyle.WESTERN,
            holiday_window=SECOND_SATURDAY,
            approval_reasons=("moved",),
        ),
        before.version,
    )
    (event,) = setting_events(ctx)
    assert event.user_id == supervisor.user_id
    assert event.detail == {
        "keys": ["desk", "case_number", "holiday_window", "closure"],
        "fields": ["address", "phone", "number_style", "holiday_window", "approval_reasons"],
    }
    text = json.dumps(event.detail, ensure_ascii=False)
    for value in (ADDRESS, "042-000-1234", "western", "nth_weekday", "moved", "架空"):
        assert value not in text


def test_new_cases_are_numbered_in_the_chosen_style_and_old_numbers_are_found(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    first = case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    assert (
        ctx.settings.case_number_example(supervisor, NumberStyle.WESTERN, dt.date(2025, 6, 3))
        == "2025-00002"
    )
    assert ctx.settings.case_number_example(supervisor, NumberStyle.ERA, dt.date(2025, 6, 3)) == (
        "R7-00002"
    )
    assert (
        ctx.settings.case_number_example(supervisor, NumberStyle.ERA, dt.date(2026, 4, 1))
        == "R8-00001"
    )
    before = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor, form_of(before, number_style=NumberStyle.WESTERN), before.version
    )
    second = case_factory(
        supervisor, family_name="川口", received_at=dt.datetime(2025, 6, 3, 10, 0)
    )
    with ctx.db.read() as s:
        numbers = {cid: s.get_one(Case, cid).case_number for cid in (first, second)}
    assert numbers == {first: "R7-00001", second: "2025-00002"}  # the first keeps its number
    # Typed in either style, both numbers are found.
    assert ctx.forms.case_id_for_number(supervisor, "R7-2") == second
    assert ctx.forms.case_id_for_number(supervisor, "2025-00002") == second
    assert ctx.forms.case_id_for_number(supervisor, "2025-1") == first
    assert ctx.forms.case_id_for_number(supervisor, "r7-00001") == first
    # In the case list's text filter, a western number is also read as a local phone number.
    listed = ctx.cases.list_ids(supervisor, CaseFilter(text="2025-00002"))
    assert listed == [second]
    assert ctx.cases.list_ids(supervisor, CaseFilter(text="R7-1")) == [first]
    local = case_factory(
        supervisor, family_name="市内", phone="0422-51-2025", received_at=dt.datetime(2025, 6, 4)
    )
    assert ctx.cases.list_ids(supervisor, CaseFilter(text="0422-51")) == [local]


def test_closure_approval_follows_the_saved_reasons(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    def close(reason: str, day: int) -> Any:
        case_id = case_factory(
            counselor, family_name=f"終結{day}", received_at=dt.datetime(2025, 6, day, 10, 0)
        )
        with ctx.db.read() as s:
            version = s.get_one(Case, case_id).version
        form = ClosureInput(reason_code=reason, closed_on="2025-09-30", summary="終結の経過。")
        return ctx.closures.request(counselor, case_id, form, version, today=dt.date(2025, 10, 1))

    assert close("moved", 2).closure.status is ClosureStatus.REQUESTED
    assert close("info_only", 3).closure.status is ClosureStatus.APPROVED
    before = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor, form_of(before, approval_reasons=("info_only",)), before.version
    )
    assert close("moved", 4).closure.status is ClosureStatus.APPROVED
    assert close("info_only", 5).closure.status is ClosureStatus.REQUESTED


def test_holiday_windows_of_the_saved_and_of_an_unsaved_rule(
    ctx: AppContext, supervisor: Principal, counselor: Principal
) -> None:
    start = dt.date(2025, 12, 15)
    assert ctx.settings.holiday_windows(counselor, start, 3) == (
        dt.date(2026, 1, 5),
        dt.date(2026, 2, 2),
        dt.date(2026, 3, 2),
    )
    last_sunday = HolidayWindowRule(WindowKind.NTH_WEEKDAY, LAST, 6)
    preview = ctx.settings.holiday_windows(counselor, dt.date(2025, 2, 1), 2, last_sunday)
    assert preview == (dt.date(2025, 3, 30), dt.date(2025, 4, 27))  # 2/23 is 天皇誕生日
    assert ctx.settings.desk(counselor).holiday_window.kind is WindowKind.FIRST_OPEN_DAY
    broken = HolidayWindowRule(WindowKind.NTH_WEEKDAY, 9, 5)
    assert ctx.settings.holiday_windows(counselor, start, 3, broken) == ()
    before = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor,
        form_of(before, holiday_window=HolidayWindowRule(WindowKind.NONE)),
        before.version,
    )
    assert ctx.settings.holiday_windows(counselor, start) == ()


def test_the_dashboard_shows_the_next_holiday_window(
    ctx: AppContext, supervisor: Principal, counselor: Principal
) -> None:
    assert ctx.dashboard.summary(counselor, dt.date(2025, 12, 2)).next_holiday_window == dt.date(
        2026, 1, 5
    )
    assert ctx.dashboard.summary(counselor, dt.date(2026, 1, 5)).next_holiday_window == dt.date(
        2026, 1, 5
    )
    before = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor,
        form_of(before, holiday_window=HolidayWindowRule(WindowKind.NONE)),
        before.version,
    )
    assert ctx.dashboard.summary(counselor, dt.date(2025, 12, 2)).next_holiday_window is None


def test_the_first_stored_shape_is_read_and_rewritten_on_save(
    ctx: AppContext, supervisor: Principal
) -> None:
    with ctx.db.write() as s:
        s.get_one(Setting, "holiday_window").value = {"rule": "first_business_day_of_month"}
    before = ctx.settings.desk(supervisor)
    assert before.holiday_window == HolidayWindowRule(WindowKind.FIRST_OPEN_DAY)
    ctx.settings.save_desk(supervisor, form_of(before, phone="042-000-1234"), before.version)
    assert rows(ctx)["holiday_window"][0] == {"kind": "first_open_day"}
    (event,) = setting_events(ctx)
    assert event.detail == {"keys": ["desk"], "fields": ["phone"]}  # the same rule: no change


def test_missing_rows_read_as_defaults_and_are_created_on_save(
    ctx: AppContext, supervisor: Principal
) -> None:
    with ctx.db.write() as s:
        for key in ("desk", "case_number", "holiday_window"):
            s.delete(s.get_one(Setting, key))
    before = ctx.settings.desk(supervisor)
    assert before.name == "福祉総合相談窓口"
    assert before.number_style is NumberStyle.ERA
    assert before.holiday_window.kind is WindowKind.FIRST_OPEN_DAY
    saved = ctx.settings.save_desk(supervisor, form_of(before, name="窓口"), before.version)
    assert saved.name == "窓口"
    assert {"desk", "case_number", "holiday_window"} <= set(rows(ctx))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_printed_forms_carry_the_saved_address_and_phone(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory, tmp_path: Path
) -> None:
    case_id = case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))

    def printed(name: str) -> str:
        out = ctx.forms.contact_slip(supervisor, case_id, tmp_path / f"{name}.pdf")
        return subprocess.run(
            ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
        ).stdout

    before = printed("before")
    assert "架空県" not in before
    assert "電話 042-000-1234" not in before
    settings = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor,
        form_of(settings, name="架空市 相談窓口", address=ADDRESS, phone="042-000-1234"),
        settings.version,
    )
    after = printed("after")
    assert "架空市 相談窓口" in after
    assert ADDRESS in after
    assert "電話 042-000-1234" in after
