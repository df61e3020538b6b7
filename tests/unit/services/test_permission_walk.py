"""Every public service method refuses a case outside the user's scope, or a missing right.

The walk introspects every service on :class:`~welfaredesk.app.AppContext`. Each public method
needs an entry in :data:`WALK` (how to call it for a record of a hidden case, or which right
it needs) or in :data:`SKIP` (with the reason): a new method without an entry fails
:func:`test_every_public_service_method_has_an_entry`, so future methods are covered too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import inspect
import shutil
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import AgendaDecision, AgendaPurpose, PlanStatus, Role
from welfaredesk.domain.errors import NotFound, PermissionDenied
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import (
    AgendaItem,
    Assessment,
    Case,
    Closure,
    MonitoringReview,
    ProgressNote,
    Referral,
    SupportPlan,
    User,
)

from .test_leaks import add_user, demo_db, principal_of, rich_cases  # noqa: F401

HIDDEN = (NotFound, PermissionDenied)


@dataclasses.dataclass(frozen=True)
class Ids:
    """Records of the hidden case(s) the walk calls the methods with."""

    case_id: int
    number: str
    referral_id: int
    note_id: int
    review_id: int
    closure_id: int
    plan_id: int
    plan_no: int
    sequence: int
    agenda_item_id: int
    meeting_id: int
    out: Path


def dummy(cls: type) -> Any:
    """A form dataclass with every required field filled with a plain value."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            continue
        values[f.name] = _value(hints[f.name])
    return cls(**values)


def _value(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return None
    if hint is str:
        return ""
    if hint is bool:
        return False
    if hint is int:
        return 1
    if typing.get_origin(hint) is tuple:
        return ()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    return None


def _form(ctx: AppContext, method: Callable[..., Any], name: str) -> Any:
    hint = typing.get_type_hints(method)[name]
    return dummy(hint)


Call = Callable[[AppContext, Principal, Ids], Any]
"""Calls the method for the hidden case (expected: NotFound or PermissionDenied)."""

WALK: dict[str, Call | Action | tuple[Action, ...]] = {
    # an Action (or any of several): the method takes no case; roles without the right get
    # PermissionDenied
    "access.list_access": lambda c, p, i: c.access.list_access(p, i.case_id),
    "changes.last_change": lambda c, p, i: c.changes.last_change(p, i.case_id),
    "access.staff": lambda c, p, i: c.access.staff(p, i.case_id),
    "access.restrict": lambda c, p, i: c.access.restrict(p, i.case_id, "理由", [], 1),
    "access.lift": lambda c, p, i: c.access.lift(p, i.case_id, "理由", 1),
    "access.share": lambda c, p, i: c.access.share(p, i.case_id, p.user_id),
    "access.unshare": lambda c, p, i: c.access.unshare(p, i.case_id, p.user_id),
    "agencies.export_csv": Action.AGENCY_EDIT,
    "approvals.queue": Action.CASE_CLOSE_APPROVE,
    "case_list.export_csv": Action.CASE_EXPORT,
    "case_list.reassign": lambda c, p, i: c.case_list.reassign(p, [i.case_id], p.user_id),
    "agencies.import_csv": Action.AGENCY_EDIT,
    "agencies.save": Action.AGENCY_EDIT,
    "agencies.set_active": Action.AGENCY_EDIT,
    "assessments.get": lambda c, p, i: c.assessments.get(p, i.case_id, i.sequence),
    "assessments.history": lambda c, p, i: c.assessments.history(p, i.case_id),
    "assessments.lead_candidates": lambda c, p, i: c.assessments.lead_candidates(p, i.case_id),
    "assessments.save": lambda c, p, i: c.assessments.save(
        p, i.case_id, _form(c, c.assessments.save, "form")
    ),
    "auth.create_user": Action.USER_ADMIN,
    "cases.get": lambda c, p, i: c.cases.get(p, i.case_id),
    "closures.approve": lambda c, p, i: c.closures.approve(p, i.closure_id, 1),
    "closures.history": lambda c, p, i: c.closures.history(p, i.case_id),
    "closures.print_closure": lambda c, p, i: c.closures.print_closure(p, i.case_id, i.out),
    "closures.record_output": lambda c, p, i: c.closures.record_output(p, i.case_id, to_file=True),
    "closures.reopen": lambda c, p, i: c.closures.reopen(p, i.case_id, "理由", 1),
    "closures.request": lambda c, p, i: c.closures.request(
        p, i.case_id, _form(c, c.closures.request, "form"), 1
    ),
    "closures.send_back": lambda c, p, i: c.closures.send_back(p, i.closure_id, 1, "理由"),
    "consents.overview": lambda c, p, i: c.consents.overview(p, i.case_id),
    "consents.record": lambda c, p, i: c.consents.record(
        p, i.case_id, _form(c, c.consents.record, "form")
    ),
    "forms.assessment_id": lambda c, p, i: c.forms.assessment_id(p, i.case_id, i.sequence),
    "forms.assessment_sheet": lambda c, p, i: c.forms.assessment_sheet(
        p, i.case_id, i.sequence, i.out
    ),
    "forms.case_id_for_number": lambda c, p, i: c.forms.case_id_for_number(p, i.number),
    "forms.contact_slip": lambda c, p, i: c.forms.contact_slip(p, i.case_id, i.out),
    "forms.record_output": lambda c, p, i: c.forms.record_output(p, i.case_id, 1, to_file=True),
    "meetings.add_agenda_item": lambda c, p, i: c.meetings.add_agenda_item(
        p, i.meeting_id, i.number, AgendaPurpose.EVALUATION
    ),
    "meetings.cases_meetings": lambda c, p, i: c.meetings.cases_meetings(p, i.case_id),
    "meetings.record_decision": lambda c, p, i: c.meetings.record_decision(
        p, i.agenda_item_id, AgendaDecision.CONTINUE, "", 1
    ),
    "meetings.remove_agenda_item": lambda c, p, i: c.meetings.remove_agenda_item(
        p, i.agenda_item_id, 1
    ),
    "monitoring.get": lambda c, p, i: c.monitoring.get(p, i.review_id),
    "monitoring.overview": lambda c, p, i: c.monitoring.overview(p, i.case_id),
    "monitoring.record": lambda c, p, i: c.monitoring.record(
        p, i.review_id, _form(c, c.monitoring.record, "form"), 1
    ),
    "monitoring.schedule": lambda c, p, i: c.monitoring.schedule(p, i.case_id),
    "notes.acknowledge": lambda c, p, i: c.notes.acknowledge(p, i.note_id, "", 1),
    "notes.get": lambda c, p, i: c.notes.get(p, i.note_id),
    "notes.list": lambda c, p, i: c.notes.list(p, i.case_id),
    "notes.print_record": lambda c, p, i: c.notes.print_record(p, i.case_id, i.out),
    "notes.record_output": lambda c, p, i: c.notes.record_output(p, i.case_id, to_file=True),
    "notes.save": lambda c, p, i: c.notes.save(p, i.case_id, _form(c, c.notes.save, "form")),
    "notes.save_template": (Action.NOTE_ACKNOWLEDGE, Action.REFERENCE_EDIT),
    "notes.deactivate_template": (Action.NOTE_ACKNOWLEDGE, Action.REFERENCE_EDIT),
    "audit_trail.export_csv": Action.AUDIT_READ,
    "audit_trail.search": Action.AUDIT_READ,
    "audit_trail.users": Action.AUDIT_READ,
    "audit_trail.verify": Action.AUDIT_READ,
    "audit_trail.who_viewed": lambda c, p, i: c.audit_trail.who_viewed(p, i.case_id),
    "backups.create": Action.BACKUP,
    "backups.list_backups": Action.BACKUP,
    "backups.restore": Action.BACKUP,
    "backups.settings": Action.BACKUP,
    "backups.update_settings": Action.BACKUP,
    "backups.verify": Action.BACKUP,
    # importing a ledger creates, assigns and closes cases: supervisors only
    "ledger_import.analyse": Action.CASE_REASSIGN,
    "ledger_import.validate": Action.CASE_REASSIGN,
    "ledger_import.run": Action.CASE_REASSIGN,
    "case_export.build": lambda c, p, i: c.case_export.build(p, i.case_id),
    "case_export.save": lambda c, p, i: c.case_export.save(
        p, i.case_id, "x", i.out.with_suffix(".txt")
    ),
    "users.create": Action.USER_ADMIN,
    "users.create_team": Action.USER_ADMIN,
    "users.get": Action.USER_ADMIN,
    "users.list_users": Action.USER_ADMIN,
    "users.reset_password": Action.USER_ADMIN,
    "users.set_active": Action.USER_ADMIN,
    "users.teams": Action.USER_ADMIN,
    "users.unlock": Action.USER_ADMIN,
    "users.update": Action.USER_ADMIN,
    "users.update_security": Action.USER_ADMIN,
    "plans.compare": lambda c, p, i: c.plans.compare(p, i.case_id, i.plan_no, i.plan_no),
    "plans.confirm_by_client": lambda c, p, i: c.plans.confirm_by_client(
        p, i.plan_id, "2025-11-01", 1
    ),
    "plans.get": lambda c, p, i: c.plans.get(p, i.case_id, i.plan_no),
    "plans.new_version": lambda c, p, i: c.plans.new_version(p, i.case_id),
    "plans.print_plan": lambda c, p, i: c.plans.print_plan(p, i.case_id, i.plan_no, i.out),
    "plans.record_output": lambda c, p, i: c.plans.record_output(
        p, i.case_id, i.plan_id, to_file=True
    ),
    "plans.save_draft": lambda c, p, i: c.plans.save_draft(
        p, i.plan_id, _form(c, c.plans.save_draft, "form")
    ),
    "plans.set_status": lambda c, p, i: c.plans.set_status(p, i.plan_id, PlanStatus.SUBMITTED, 1),
    "plans.versions": lambda c, p, i: c.plans.versions(p, i.case_id),
    "referrals.change_status": lambda c, p, i: c.referrals.change_status(
        p, i.referral_id, _form(c, c.referrals.change_status, "change")
    ),
    "referrals.destinations": lambda c, p, i: c.referrals.destinations(p, i.case_id),
    "referrals.get": lambda c, p, i: c.referrals.get(p, i.referral_id),
    "referrals.overview": lambda c, p, i: c.referrals.overview(p, i.case_id),
    "referrals.print_slip": lambda c, p, i: c.referrals.print_slip(
        p, i.case_id, i.referral_id, i.out
    ),
    "referrals.record_output": lambda c, p, i: c.referrals.record_output(
        p, i.case_id, i.referral_id, to_file=True
    ),
    "referrals.save": lambda c, p, i: c.referrals.save(
        p, i.case_id, _form(c, c.referrals.save, "form")
    ),
    "reports.fiscal_year": Action.REPORT_AGGREGATE,
    "reports.period": Action.REPORT_AGGREGATE,
    "reports.export": Action.REPORT_AGGREGATE,
    "system.verify_audit_chain": Action.AUDIT_READ,
    "settings.save_desk": Action.SETTINGS_EDIT,
    "timeline.events": lambda c, p, i: c.timeline.events(p, i.case_id),
}

SKIP: dict[str, str] = {
    "auth.add_user": "helper inside UserService's unit of work (takes a Session, no principal)",
    "auth.hash_password": "helper for UserService; reads nothing",
    "auth.change_password": "the user's own account only",
    "auth.password_change_required": "the user's own account only",
    "backups.run_automatic": "the program's own scheduled backup (no case data returned)",
    "users.security_settings": "password policy for the login window (no personal data)",
    "auth.list_users": "staff names for pickers and the status bar; no case data",
    "auth.login": "takes no principal: it makes one",
    "auth.needs_setup": "first-run check; no data",
    "auth.setup": "first run only; refused once a user exists (test_auth)",
    "reference.agencies": "reference data (agency directory), no case data",
    "reference.areas": "reference data",
    "reference.ensure_loaded": "system start-up helper",
    "reference.picklist": "reference data",
    "reference.picklist_names": "reference data",
    "system.database_info": "status bar: dialect and file location only",
    "system.integrity_ok": "database check, returns a bool",
    "settings.desk": "the desk's own name, contact and rules (no personal data); every role",
    "settings.holiday_windows": "calendar days of the desk's rule; no data",
    "settings.case_number_example": "the next number of the fiscal year; no case data",
    "intake.validate": "pure validation of a form; reads no records",
    "intake.find_candidates": "takes no case; leaks are covered by test_leaks and test_access",
    "intake.save": "takes no case: opens a new one (existing people: test_intake, test_leaks)",
    "cases.list_ids": "a list filtered by scope: covered by test_leaks",
    "cases.list_page": "the first page of list_ids, filtered by the same scope: test_case_list",
    "cases.fetch_rows": "a list filtered by scope: covered by test_leaks",
    "cases.count": "a count filtered by scope: covered by test_leaks",
    "tasks.my_tasks": "the user's own cases within visible_cases: covered by test_tasks",
    "reports.write": "writes a report already made (no records read); export() checks and audits",
    "search.search": "a search filtered by scope: covered by test_leaks and test_search",
    "case_list.choices": "pick-list choices; fiscal years of visible cases only",
    "case_list.views": "the built-in views and the user's own views (keyed by user id)",
    "case_list.save_view": "the user's own views only (keyed by user id)",
    "case_list.delete_view": "the user's own views only (keyed by user id)",
    "dashboard.summary": "counts filtered by scope: covered by test_dashboard",
    "changes.changes_since": "ids of visible cases only, filtered by scope: test_changes",
    "changes.latest_marker": "the newest audit event id; no case data",
    "drafts.local_store": "the user's own local drafts (keyed by user id)",
    "drafts.sync": "the user's own local drafts only (keyed by user id)",
    "system.ping": "reconnect probe: SELECT 1, no data",
    "drafts.discard": "the user's own drafts only (keyed by user id)",
    "drafts.load": "the user's own drafts only (keyed by user id)",
    "drafts.pending": "the user's own drafts only (keyed by user id)",
    "drafts.save": "the user's own drafts only (keyed by user id)",
    "agencies.get": "agency directory (no case data); read by every role",
    "agencies.search": "agency directory (no case data); read by every role",
    "referrals.staff": "staff names for pickers",
    "notes.staff": "staff names for pickers",
    "notes.templates": "stock phrases, no case data",
    "plans.agency_choices": "agency names for pickers",
    "meetings.agencies": "agency names for pickers",
    "meetings.staff": "staff names for pickers",
    "meetings.meeting_types": "reference data",
    "meetings.list": "meeting list: no case names (agenda masking: test_leaks, test_meetings)",
    "meetings.get": "agenda masks hidden cases: test_leaks and test_meetings",
    "meetings.print_agenda": "masks hidden cases: test_leaks",
    "meetings.print_attendance": "attendance list: no case data",
    "meetings.print_minutes": "masks hidden cases: test_leaks",
    "meetings.save": "meetings themselves are not case records (MEETING_MANAGE: test_meetings)",
    "meetings.save_minutes": "meeting-level (MEETING_MANAGE: test_meetings)",
    "meetings.schedule_monthly": "meeting-level (MEETING_MANAGE: test_meetings)",
    "meetings.add_attendee": "meeting-level (MEETING_MANAGE: test_meetings)",
    "meetings.remove_attendee": "meeting-level (MEETING_MANAGE: test_meetings)",
    "meetings.set_attendance": "meeting-level (MEETING_MANAGE: test_meetings)",
    "meetings.record_output": "meeting-level audit of a print",
    "meetings.move_agenda_item": "reordering the agenda is meeting-level; a hidden case stays"
    " masked in the returned view (test_leaks)",
}


def public_methods(ctx: AppContext) -> list[str]:
    names = []
    for field in dataclasses.fields(ctx):
        service = getattr(ctx, field.name)
        if not type(service).__module__.startswith("welfaredesk.services"):
            continue
        for name, _member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_"):
                names.append(f"{field.name}.{name}")
    return sorted(names)


@pytest.fixture
def walk_ctx(demo_db: Path, tmp_path: Path, fast_hasher: PasswordHasher) -> Iterator[AppContext]:  # noqa: F811
    path = tmp_path / "desk.db"
    shutil.copyfile(demo_db, path)
    ctx = open_database(path, backup_dir=tmp_path / "backups", password_hasher=fast_hasher)
    yield ctx
    ctx.close()


def test_every_public_service_method_has_an_entry(ctx: AppContext) -> None:
    methods = set(public_methods(ctx))
    missing = sorted(methods - set(WALK) - set(SKIP))
    assert not missing, f"add these to WALK or SKIP in {__name__}: {missing}"
    stale = sorted((set(WALK) | set(SKIP)) - methods)
    assert not stale, f"no such methods any more: {stale}"
    assert not set(WALK) & set(SKIP)


def _ids(ctx: AppContext, case_ids: list[int], out: Path) -> Ids:
    with ctx.db.read() as s:

        def first(model: Any, column: Any = None) -> Any:
            col = column if column is not None else model.id
            return s.scalars(
                select(col).where(model.case_id.in_(case_ids)).order_by(model.id)
            ).first()

        plan = s.execute(
            select(SupportPlan.id, SupportPlan.plan_no, SupportPlan.case_id)
            .where(SupportPlan.case_id.in_(case_ids))
            .order_by(SupportPlan.id)
        ).first()
        assert plan is not None
        case = s.get_one(Case, plan.case_id)
        item = s.scalars(
            select(AgendaItem).where(AgendaItem.case_id.in_(case_ids)).order_by(AgendaItem.id)
        ).first()
        assert item is not None
        return Ids(
            case_id=case.id,
            number=case.case_number,
            referral_id=first(Referral),
            note_id=first(ProgressNote),
            review_id=first(MonitoringReview),
            closure_id=first(Closure),
            plan_id=plan.id,
            plan_no=plan.plan_no,
            sequence=s.scalars(
                select(Assessment.sequence).where(Assessment.case_id == case.id)
            ).first()
            or 1,
            agenda_item_id=item.id,
            meeting_id=item.meeting_id,
            out=out,
        )


@pytest.mark.slow
def test_every_role_is_refused_a_case_outside_its_scope(
    walk_ctx: AppContext, tmp_path: Path
) -> None:
    ctx = walk_ctx
    boss = principal_of(ctx, "demo")
    team = principal_of(ctx, "demo-soudan1").team_id
    assert team is not None
    cases = rich_cases(ctx, team)
    with ctx.db.read() as s:
        leads = {cid: s.get_one(Case, cid).lead_worker_id for cid in cases}
    for cid in cases:
        version = ctx.access.list_access(boss, cid).case_version
        ctx.access.restrict(boss, cid, "DV", [leads[cid] or boss.user_id], version)
    ids = _ids(ctx, cases, tmp_path / "out.pdf")
    walkers = {
        Role.SUPERVISOR: add_user(ctx, "walk-boss", Role.SUPERVISOR, None),
        Role.COORDINATOR: add_user(ctx, "walk-coord", Role.COORDINATOR, team),
        Role.COUNSELOR: add_user(ctx, "walk-couns", Role.COUNSELOR, team),
        Role.SECRETARIAT: principal_of(ctx, "demo-jimukyoku"),
        Role.ADMIN: principal_of(ctx, "demo-admin"),
    }
    with ctx.db.read() as s:
        assert all(s.get_one(User, p.user_id).active for p in walkers.values())
    failures: list[str] = []
    for name, entry in sorted(WALK.items()):
        for role, who in walkers.items():
            if isinstance(entry, (Action, tuple)):
                needed = (entry,) if isinstance(entry, Action) else entry
                if any(allowed(role, a) for a in needed):
                    continue
                service, method = name.split(".")
                call = getattr(getattr(ctx, service), method)
                try:
                    _call_global(call, who)
                except PermissionDenied:
                    continue
                failures.append(f"{name} / {role}: no PermissionDenied")
                continue
            try:
                entry(ctx, who, ids)
            except HIDDEN:
                continue
            except Exception as exc:
                failures.append(f"{name} / {role}: {type(exc).__name__}: {exc}")
                continue
            failures.append(f"{name} / {role}: no refusal")
    assert not failures, "\n".join(failures)


def _call_global(call: Callable[..., Any], who: Principal) -> Any:
    """Call a method that takes no case with placeholder arguments after the principal."""
    signature = inspect.signature(call)
    hints = typing.get_type_hints(call)
    args: list[Any] = [who]
    for param in list(signature.parameters.values())[1:]:
        if param.default is not inspect.Parameter.empty or param.kind is param.KEYWORD_ONLY:
            continue
        hint = hints[param.name]
        if dataclasses.is_dataclass(hint):
            args.append(dummy(hint))  # type: ignore[arg-type]
        else:
            args.append(_value(hint) if _value(hint) is not None else 1)
    return call(*args)


def test_dummy_fills_forms() -> None:
    @dataclasses.dataclass
    class Form:
        text: str
        when: dt.date | None
        count: int
        flags: tuple[int, ...]
        kind: Role
        more: str = "x"

    form = dummy(Form)
    assert (form.text, form.when, form.count, form.flags, form.kind) == (
        "",
        None,
        1,
        (),
        Role.COUNSELOR,
    )
