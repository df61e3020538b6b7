"""Reading the audit trail: refusals recorded, the viewer's filters, CSV, chain, who viewed."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from welfaredesk.app import AppContext
from welfaredesk.cli import main
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import NotFound, PermissionDenied, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.audit_trail import CSV_COLUMNS, AuditFilter, summarise
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import require
from welfaredesk.storage.orm import AuditEvent, Case, Setting


def _events(ctx: AppContext, action: AuditAction) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.action == str(action)).order_by(AuditEvent.id)
            )
        )


# --- refusals -----------------------------------------------------------------------------


def test_a_refused_service_call_leaves_a_denied_event(
    ctx: AppContext, counselor: Principal
) -> None:
    with pytest.raises(PermissionDenied):
        ctx.audit_trail.search(counselor, AuditFilter())
    denied = _events(ctx, AuditAction.DENIED)
    assert [(e.user_id, e.detail) for e in denied] == [
        (counselor.user_id, {"action": "audit.read"})
    ]
    with ctx.db.read() as s:
        assert audit.verify_chain(s).ok


def test_a_refusal_inside_a_unit_of_work_rolls_the_work_back_but_keeps_the_event(
    ctx: AppContext, counselor: Principal
) -> None:
    def refused_work() -> None:
        with ctx.db.write() as s:
            s.add(Setting(key="test.refused", value={"x": 1}))
            s.flush()
            require(counselor, Action.CASE_CLOSE_APPROVE, s)

    with pytest.raises(PermissionDenied):
        refused_work()
    with ctx.db.read() as s:
        assert s.get(Setting, "test.refused") is None
    assert [e.detail for e in _events(ctx, AuditAction.DENIED)] == [
        {"action": "case.close_approve"}
    ]


def test_a_counselor_submitting_a_plan_is_refused_and_recorded_and_nothing_changes(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    case_id = case_factory(counselor)
    with pytest.raises(PermissionDenied):
        ctx.closures.approve(counselor, 1, 1)
    assert _events(ctx, AuditAction.DENIED)[-1].detail == {"action": "case.close_approve"}
    with ctx.db.read() as s:
        assert s.get(Case, case_id) is not None


def test_an_out_of_scope_case_is_not_found_and_the_attempt_is_recorded(
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    other = new_user("tanaka", Role.COUNSELOR)
    case_id = case_factory(other)
    with pytest.raises(NotFound) as outside:
        ctx.cases.get(counselor, case_id)
    with pytest.raises(NotFound) as missing:
        ctx.cases.get(counselor, 99_999)
    assert outside.value.text() == missing.value.text()  # no hint that the case exists
    denied = _events(ctx, AuditAction.DENIED)
    assert [(e.user_id, e.case_id, e.detail) for e in denied] == [
        (counselor.user_id, case_id, {"action": "case.read"})
    ]


def test_a_role_without_audit_read_is_refused_everywhere(
    ctx: AppContext, new_user: Callable[..., Principal]
) -> None:
    for role in (Role.COUNSELOR, Role.COORDINATOR, Role.SECRETARIAT):
        who = new_user(f"user_{role}", role)
        with pytest.raises(PermissionDenied):
            ctx.audit_trail.search(who, AuditFilter())
        with pytest.raises(PermissionDenied):
            ctx.audit_trail.export_csv(who, AuditFilter())
        with pytest.raises(PermissionDenied):
            ctx.audit_trail.verify(who)
        with pytest.raises(PermissionDenied):
            ctx.audit_trail.users(who)


# --- the viewer ---------------------------------------------------------------------------


def test_search_is_newest_first_with_names_and_case_numbers_and_is_audited(
    ctx: AppContext, supervisor: Principal, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    case_id = case_factory(counselor)
    ctx.cases.get(counselor, case_id)
    page = ctx.audit_trail.search(supervisor, AuditFilter())
    ids = [r.id for r in page.rows]
    assert ids == sorted(ids, reverse=True)
    view = next(r for r in page.rows if r.action == AuditAction.VIEW and r.case_id == case_id)
    assert view.user_name == "suzuki 職員"
    assert view.action_label == "閲覧"
    assert view.entity_label == "ケース"
    assert view.case_number.startswith("R")
    last = _events(ctx, AuditAction.VIEW)[-1]
    assert (last.user_id, last.entity) == (supervisor.user_id, "audit_event")


def test_filters_by_user_action_case_and_period(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    first = case_factory(counselor)
    second = case_factory(counselor, family_name="佐藤")
    ctx.cases.get(counselor, first)
    ctx.cases.get(supervisor, second)
    with ctx.db.read() as s:
        number = s.scalar(select(Case.case_number).where(Case.id == first))
    assert number is not None

    mine = ctx.audit_trail.search(
        supervisor, AuditFilter(user_id=counselor.user_id, actions=(AuditAction.VIEW,))
    )
    assert [r.case_id for r in mine.rows] == [first]

    by_case = ctx.audit_trail.search(supervisor, AuditFilter(case_number=number.lower()))
    assert by_case.rows
    assert {r.case_id for r in by_case.rows} == {first}

    today = dt.date.today()
    assert ctx.audit_trail.search(supervisor, AuditFilter(date_from=today, date_to=today)).rows
    past = ctx.audit_trail.search(supervisor, AuditFilter(date_to=today - dt.timedelta(days=1)))
    assert past.rows == ()

    unknown = ctx.audit_trail.search(supervisor, AuditFilter(case_number="R1-99999"))
    assert unknown.rows == ()
    with pytest.raises(ValidationError) as bad:
        ctx.audit_trail.search(supervisor, AuditFilter(case_number="abc"))
    assert bad.value.field == "case_number"


def test_paging(ctx: AppContext, supervisor: Principal) -> None:
    for _ in range(5):
        ctx.audit_trail.verify(supervisor)
    first = ctx.audit_trail.search(supervisor, AuditFilter(limit=3))
    assert len(first.rows) == 3
    assert first.has_more
    assert first.next_before_id == first.rows[-1].id
    second = ctx.audit_trail.search(
        supervisor, AuditFilter(before_id=first.next_before_id, limit=3)
    )
    assert {r.id for r in first.rows}.isdisjoint(r.id for r in second.rows)
    assert max(r.id for r in second.rows) < min(r.id for r in first.rows)


def test_csv_export_has_a_bom_japanese_headers_and_is_audited(
    ctx: AppContext, admin: Principal, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    case_factory(counselor)
    data = ctx.audit_trail.export_csv(admin, AuditFilter(user_id=counselor.user_id))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) > 1
    assert {r[2] for r in rows[1:]} == {"suzuki 職員"}
    assert "ログイン" in {r[4] for r in rows[1:]}
    assert "母の認知症" not in data.decode("utf-8-sig")  # no case content
    export = _events(ctx, AuditAction.EXPORT)[-1]
    assert (export.user_id, export.entity) == (admin.user_id, "audit_event")
    assert export.detail == {"rows": len(rows) - 1, "filters": ["user"]}


def test_details_are_summarised_in_japanese() -> None:
    assert summarise({"fields": ["stage", "zzz"]}) == "変更した項目: 段階ほか1項目"
    assert summarise({"form": "contact_slip", "output": "file"}) == "帳票: 連絡票（PDFに保存）"
    assert summarise({"action": "audit.read"}) == "拒否した操作: 操作記録の閲覧"
    assert summarise({"rows": 3}) == "3件"
    assert summarise({"unknown": "x"}) == ""
    # The anonymised export names what it wrote; a discarded draft is not a printed form.
    assert summarise({"form": "anonymised_case"}) == "帳票: 研修用に匿名化したケース"
    assert (
        summarise({"form": "intake", "discarded": True}, entity="draft")
        == "破棄した下書き: 相談受付"
    )
    assert summarise({"form": "support_plan", "discarded": True}, entity="draft") == (
        "破棄した下書き: 支援計画"
    )


# --- the chain ----------------------------------------------------------------------------


def test_verify_reports_the_count_and_is_audited(ctx: AppContext, supervisor: Principal) -> None:
    with ctx.db.read() as s:
        count = s.scalar(select(func.count(AuditEvent.id)))
    result = ctx.audit_trail.verify(supervisor)
    assert result.ok
    assert result.events == count
    assert _events(ctx, AuditAction.VIEW)[-1].detail == {"verified": count, "ok": True}


def test_an_altered_detail_is_named(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    drop_audit_guard: Callable[..., None],
) -> None:
    case_factory(counselor)
    with ctx.db.write() as s:
        drop_audit_guard(s)
        target = s.scalars(
            select(AuditEvent.id).where(AuditEvent.action == str(AuditAction.CREATE))
        ).first()
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(detail={"x": 1}))
    result = ctx.audit_trail.verify(supervisor)
    assert not result.ok
    assert result.first_broken_id == target


def test_a_deleted_middle_row_names_the_next_one(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    drop_audit_guard: Callable[..., None],
) -> None:
    case_factory(counselor)
    with ctx.db.write() as s:
        drop_audit_guard(s)
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
        middle = ids[len(ids) // 2]
        s.execute(delete(AuditEvent).where(AuditEvent.id == middle))
    result = ctx.audit_trail.verify(supervisor)
    assert result.first_broken_id == ids[len(ids) // 2 + 1]


def test_the_verify_command_fails_naming_the_altered_event(
    database_location: str,
    ctx: AppContext,
    admin: Principal,
    capsys: pytest.CaptureFixture[str],
    drop_audit_guard: Callable[..., None],
) -> None:
    with ctx.db.write() as s:
        drop_audit_guard(s)
        target = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).first()
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(entity="edited"))
    ctx.close()
    assert main(["--db", database_location, "audit", "verify"]) != 0
    assert f"番号 {target} " in capsys.readouterr().err


# --- who viewed ---------------------------------------------------------------------------


def test_who_viewed_lists_views_and_prints_of_the_case_only(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    case_id = case_factory(counselor)
    other = case_factory(counselor, family_name="佐藤")
    ctx.cases.get(supervisor, case_id)
    ctx.cases.get(counselor, other)
    ctx.forms.contact_slip(counselor, case_id, tmp_path / "slip.pdf")
    viewings = ctx.audit_trail.who_viewed(counselor, case_id)
    assert [(v.user_name, v.action) for v in viewings] == [
        ("suzuki 職員", AuditAction.PRINT),
        ("sato 職員", AuditAction.VIEW),
    ]
    assert viewings[0].what == "連絡票"
    assert viewings[0].action_label == "印刷"
    assert viewings[1].what == "ケース"
    # Asking is recorded too, on the case, and shows up the next time.
    again = ctx.audit_trail.who_viewed(supervisor, case_id)
    assert again[0].user_name == "suzuki 職員"
    assert again[0].what == "操作記録（閲覧した人の一覧）"


def test_who_viewed_needs_the_case_to_be_visible(
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    admin: Principal,
    case_factory: Callable[..., int],
) -> None:
    case_id = case_factory(new_user("tanaka", Role.COUNSELOR))
    with pytest.raises(NotFound):
        ctx.audit_trail.who_viewed(counselor, case_id)
    with pytest.raises(PermissionDenied):
        ctx.audit_trail.who_viewed(admin, case_id)
