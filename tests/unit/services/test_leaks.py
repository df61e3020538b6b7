"""A restricted case and another team's case are absent from every entry point.

Runs over a demo database (so every kind of record exists) and walks every service that
takes a case or a record of a case: lists, counts, name/number/full-text search, the intake
duplicate check, the timeline, every tab, every print, and the command line. Each gives
NotFound / PermissionDenied, leaves the case out, or shows the neutral placeholder, and the
person's name appears nowhere.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from welfaredesk import cli
from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import NotFound, PermissionDenied
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.services.auth import NewUser
from welfaredesk.services.demo import build_demo
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.services.meetings import HIDDEN_CASE
from welfaredesk.services.notes import NoteFilter
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url
from welfaredesk.storage.orm import (
    AgendaItem,
    Assessment,
    Case,
    Closure,
    Consultation,
    MonitoringReview,
    Person,
    ProgressNote,
    Referral,
    SupportPlan,
    User,
)
from welfaredesk.storage.reference import load_reference_data

TODAY = dt.date(2025, 11, 20)
PASSWORD = "leak-test-password-42"
HIDDEN = (NotFound, PermissionDenied)
Probe = Callable[[Principal], None]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leaks") / "demo.db"
    db = Database(database_url(path))
    migrate.upgrade(db.engine)
    with db.write() as s:
        load_reference_data(s)
    build_demo(db, cases=120, seed=7, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path, fast_hasher: PasswordHasher) -> Iterator[AppContext]:
    path = tmp_path / "desk.db"
    shutil.copyfile(demo_db, path)
    ctx = open_database(path, backup_dir=tmp_path / "backups", password_hasher=fast_hasher)
    yield ctx
    ctx.close()


def principal_of(ctx: AppContext, login: str) -> Principal:
    with ctx.db.read() as s:
        user = s.scalars(select(User).where(User.login == login)).one()
        return Principal(user.id, user.login, user.display_name, Role(user.role), user.team_id)


def add_user(ctx: AppContext, login: str, role: Role, team_id: int | None) -> Principal:
    admin = principal_of(ctx, "demo-admin")
    ctx.auth.create_user(
        admin,
        NewUser(
            login=login, display_name=f"{login} 職員", password=PASSWORD, role=role, team_id=team_id
        ),
    )
    return principal_of(ctx, login)


def rich_cases(ctx: AppContext, team_id: int) -> list[int]:
    """Unrestricted cases of a team that together hold every kind of record."""
    kinds = (Referral, SupportPlan, Closure, MonitoringReview, AgendaItem, Assessment)
    chosen: list[int] = []
    with ctx.db.read() as s:
        for model in kinds:
            have = s.scalars(
                select(Case.id)
                .where(
                    Case.team_id == team_id,
                    Case.restricted.is_(False),
                    Case.id.in_(select(model.case_id)),
                    Case.id.in_(select(ProgressNote.case_id)),
                    Case.id.in_(select(Assessment.case_id)),
                )
                .order_by(Case.id)
            ).all()
            if not set(have) & set(chosen):
                chosen.append(have[0])
    return chosen


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def probes(ctx: AppContext, case_id: int, tmp: Path) -> dict[str, Probe]:
    """Every entry point for one case: each passes when the case is hidden from the user."""
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        number = case.case_number
        person = s.get_one(Person, case.client_id)
        name = f"{person.family_name}{person.given_name}"
        family, given, fk, gk = (
            person.family_name,
            person.given_name,
            person.family_kana,
            person.given_kana,
        )
        birth = person.birth_date.isoformat() if person.birth_date else ""

        def ids(model: type) -> list[int]:
            return list(s.scalars(select(model.id).where(model.case_id == case_id)))  # type: ignore[attr-defined]

        referral_ids = ids(Referral)
        note_ids = ids(ProgressNote)
        review_ids = ids(MonitoringReview)
        closure_ids = ids(Closure)
        consultation_ids = ids(Consultation)
        seqs = list(s.scalars(select(Assessment.sequence).where(Assessment.case_id == case_id)))
        plans = list(
            s.execute(
                select(SupportPlan.id, SupportPlan.plan_no).where(SupportPlan.case_id == case_id)
            )
        )
        meeting_ids = list(
            s.scalars(select(AgendaItem.meeting_id).where(AgendaItem.case_id == case_id).distinct())
        )
        note_word = (
            s.scalars(select(ProgressNote.body).where(ProgressNote.case_id == case_id)).first()
            or ""
        )[:6]

    def raises(call: Callable[[], object]) -> None:
        with pytest.raises(HIDDEN):
            call()

    def not_listed(who: Principal) -> None:
        if not allowed(who.role, Action.CASE_READ):
            raises(lambda: ctx.cases.list_ids(who, CaseFilter()))
            raises(lambda: ctx.cases.list_page(who, CaseFilter(), 10))
            raises(lambda: ctx.cases.count(who))
            return
        for text in ("", number, name, family, fk, note_word):
            found = ctx.cases.list_ids(who, CaseFilter(text=text))
            assert case_id not in found, text
            page = ctx.cases.list_page(who, CaseFilter(text=text), 1000, rows=1000)
            assert case_id not in page.ids, text
            assert page.total == len(found), text
        assert case_id not in ctx.cases.fetch_rows(who, [case_id], today=TODAY)
        assert ctx.cases.count(who) == len(ctx.cases.list_ids(who, CaseFilter()))

    def intake(who: Principal) -> None:
        if not allowed(who.role, Action.CASE_CREATE):
            raises(lambda: ctx.intake.find_candidates(who, family, given, fk, gk, birth, ""))
            return
        for c in ctx.intake.find_candidates(who, family, given, fk, gk, birth, "", today=TODAY):
            assert c.person_id != person.id
            assert name not in c.notice
            assert number not in c.notice

    def meeting_views(who: Principal) -> None:
        for mid in meeting_ids:
            try:
                view = ctx.meetings.get(who, mid, today=TODAY)
            except HIDDEN:
                continue
            for item in view.agenda:
                if item.case_id == case_id:
                    pytest.fail("agenda shows the hidden case")
                assert name not in item.client_name
                assert number != item.case_number
            assert HIDDEN_CASE in {item.client_name for item in view.agenda}
            for printer in (ctx.meetings.print_agenda, ctx.meetings.print_minutes):
                out = printer(who, mid, tmp / f"m{mid}.pdf", now=dt.datetime(2025, 11, 20, 9))
                text = pdf_text(out).replace(" ", "")
                assert name not in text
                assert number not in text

    def cli_print(who: Principal) -> None:
        env = {"WELFAREDESK_PASSWORD": PASSWORD}
        mp = pytest.MonkeyPatch()
        try:
            for key, value in env.items():
                mp.setenv(key, value)
            db = str(ctx.db.engine.url.database)
            runs = [
                ["print", "contact-slip", "--case", number],
                ["print", "closure-record", "--case", number],
                ["print", "progress-record", "--case", number],
            ]
            runs += [
                ["print", "support-plan", "--case", number, "--plan", str(n)] for _i, n in plans
            ]
            runs += [
                ["print", "referral-slip", "--case", number, "--referral", str(r)]
                for r in referral_ids
            ]
            for run in runs:
                out = tmp / "cli.pdf"
                code = cli.main(
                    ["--db", db, *run[:2], "-o", str(out), "--user", who.login, *run[2:]]
                )
                assert code == 2, run
                assert not out.exists()
        finally:
            mp.undo()

    def search_box(who: Principal) -> None:
        if not allowed(who.role, Action.CASE_READ):
            raises(lambda: ctx.search.search(who, name))
            return
        for text in (number, name, fk, note_word or "介護"):
            for group in ctx.search.search(who, text).groups:
                for hit in group.hits:
                    if hit.case_id == case_id:
                        pytest.fail(f"the search box shows the hidden case for {text!r}")

    def case_list_tools(who: Principal) -> None:
        if not allowed(who.role, Action.CASE_READ):
            raises(lambda: ctx.case_list.views(who))
            return
        for view in ctx.case_list.views(who):
            assert case_id not in ctx.cases.list_ids(who, view.filter, today=TODAY), view.key
        if allowed(who.role, Action.CASE_EXPORT):
            text = ctx.case_list.export_csv(who, CaseFilter(), today=TODAY).text
            assert number not in text
        if allowed(who.role, Action.CASE_REASSIGN):
            raises(lambda: ctx.case_list.reassign(who, [case_id], who.user_id))

    out = tmp / "out.pdf"
    table: dict[str, Probe] = {
        "cases": not_listed,
        "cases.get": lambda p: raises(lambda: ctx.cases.get(p, case_id)),
        "intake": intake,
        "timeline": lambda p: raises(lambda: ctx.timeline.events(p, case_id)),
        "assessments.history": lambda p: raises(lambda: ctx.assessments.history(p, case_id)),
        "assessments.lead_candidates": lambda p: raises(
            lambda: ctx.assessments.lead_candidates(p, case_id)
        ),
        "consents": lambda p: raises(lambda: ctx.consents.overview(p, case_id)),
        "referrals.overview": lambda p: raises(lambda: ctx.referrals.overview(p, case_id)),
        "referrals.destinations": lambda p: raises(lambda: ctx.referrals.destinations(p, case_id)),
        "plans.versions": lambda p: raises(lambda: ctx.plans.versions(p, case_id)),
        "meetings.cases_meetings": lambda p: raises(
            lambda: ctx.meetings.cases_meetings(p, case_id)
        ),
        "meetings.get": meeting_views,
        "notes.list": lambda p: raises(lambda: ctx.notes.list(p, case_id)),
        "notes.search": lambda p: raises(
            lambda: ctx.notes.list(p, case_id, NoteFilter(text=note_word or "介護"))
        ),
        "notes.print": lambda p: raises(lambda: ctx.notes.print_record(p, case_id, out)),
        "monitoring.overview": lambda p: raises(lambda: ctx.monitoring.overview(p, case_id)),
        "closures.history": lambda p: raises(lambda: ctx.closures.history(p, case_id)),
        "closures.print": lambda p: raises(lambda: ctx.closures.print_closure(p, case_id, out)),
        "forms.case_id_for_number": lambda p: raises(
            lambda: ctx.forms.case_id_for_number(p, number)
        ),
        "forms.contact_slip": lambda p: raises(lambda: ctx.forms.contact_slip(p, case_id, out)),
        "access.list_access": lambda p: raises(lambda: ctx.access.list_access(p, case_id)),
        "cli": cli_print,
        "search": search_box,
        "case_list": case_list_tools,
    }
    for seq in seqs:
        table[f"assessments.get {seq}"] = lambda p, q=seq: raises(
            lambda: ctx.assessments.get(p, case_id, q)
        )
        table[f"forms.assessment_sheet {seq}"] = lambda p, q=seq: raises(
            lambda: ctx.forms.assessment_sheet(p, case_id, q, out)
        )
        table[f"forms.assessment_id {seq}"] = lambda p, q=seq: raises(
            lambda: ctx.forms.assessment_id(p, case_id, q)
        )
    for rid in referral_ids:
        table[f"referrals.get {rid}"] = lambda p, r=rid: raises(lambda: ctx.referrals.get(p, r))
        table[f"referrals.print_slip {rid}"] = lambda p, r=rid: raises(
            lambda: ctx.referrals.print_slip(p, case_id, r, out)
        )
    for _pid, plan_no in plans:
        table[f"plans.get {plan_no}"] = lambda p, n=plan_no: raises(
            lambda: ctx.plans.get(p, case_id, n)
        )
        table[f"plans.print {plan_no}"] = lambda p, n=plan_no: raises(
            lambda: ctx.plans.print_plan(p, case_id, n, out)
        )
    for nid in note_ids[:3]:
        table[f"notes.get {nid}"] = lambda p, n=nid: raises(lambda: ctx.notes.get(p, n))
    for rid in review_ids[:3]:
        table[f"monitoring.get {rid}"] = lambda p, r=rid: raises(
            lambda: ctx.monitoring.get(p, r, today=TODAY)
        )
    for cid in consultation_ids[:2]:
        table[f"forms.contact_slip {cid}"] = lambda p, c=cid: raises(
            lambda: ctx.forms.contact_slip(p, case_id, out, consultation_id=c)
        )
    assert closure_ids is not None
    return table


def assert_hidden(ctx: AppContext, who: Principal, case_ids: list[int], tmp: Path) -> None:
    for case_id in case_ids:
        for key, probe in probes(ctx, case_id, tmp).items():
            try:
                probe(who)
            except AssertionError as exc:  # pragma: no cover - the message names the leak
                raise AssertionError(f"{who.login} / case {case_id} / {key}: {exc}") from exc


def assert_visible(ctx: AppContext, who: Principal, case_ids: list[int]) -> None:
    for case_id in case_ids:
        ctx.cases.get(who, case_id)
        ctx.timeline.events(who, case_id)
        ctx.notes.list(who, case_id)
        assert case_id in ctx.cases.list_ids(who, CaseFilter())


def _team_of(ctx: AppContext, login: str) -> int:
    team = principal_of(ctx, login).team_id
    assert team is not None
    return team


@pytest.mark.slow
def test_restricted_cases_leak_nowhere(demo: AppContext, tmp_path: Path) -> None:
    ctx = demo
    boss = principal_of(ctx, "demo")
    team = _team_of(ctx, "demo-soudan1")
    targets = rich_cases(ctx, team)
    assert len(targets) >= 2
    with ctx.db.read() as s:
        leads = {cid: s.get_one(Case, cid).lead_worker_id for cid in targets}
        users = {
            u.id: Principal(u.id, u.login, u.display_name, Role(u.role), u.team_id)
            for u in s.scalars(select(User))
        }
    mate = add_user(ctx, "mate", Role.COUNSELOR, team)
    other_boss = add_user(ctx, "other-boss", Role.SUPERVISOR, None)
    # the same team and every supervisor see them before the restriction
    assert_visible(ctx, mate, targets)
    assert_visible(ctx, other_boss, targets)
    for cid in targets:
        version = ctx.access.list_access(boss, cid).case_version
        ctx.access.restrict(boss, cid, "DV被害の申出", [leads[cid] or boss.user_id], version)
    for who in (mate, other_boss, users[principal_of(ctx, "demo-jimukyoku").user_id]):
        assert_hidden(ctx, who, targets, tmp_path)
    # the named users see them
    for cid in targets:
        lead = leads[cid]
        if lead is not None:
            assert_visible(ctx, users[lead], [cid])
    assert_visible(ctx, boss, targets)
    # after lifting, everyone in scope sees them again
    for cid in targets:
        version = ctx.access.list_access(boss, cid).case_version
        ctx.access.lift(boss, cid, "危険が去った", version)
    assert_visible(ctx, mate, targets)
    assert_visible(ctx, other_boss, targets)


@pytest.mark.slow
def test_another_teams_cases_leak_nowhere_until_shared(demo: AppContext, tmp_path: Path) -> None:
    ctx = demo
    boss = principal_of(ctx, "demo")
    team = _team_of(ctx, "demo-soudan1")
    other_team = _team_of(ctx, "demo-soudan2")
    assert team != other_team
    targets = rich_cases(ctx, team)
    outsider = principal_of(ctx, "demo-soudan2")
    coordinator = principal_of(ctx, "demo-suishin2")
    admin = principal_of(ctx, "demo-admin")
    for who in (outsider, coordinator, admin):
        assert_hidden(ctx, who, targets, tmp_path)
    ctx.access.share(boss, targets[0], outsider.user_id)
    assert_visible(ctx, outsider, targets[:1])
    assert_hidden(ctx, outsider, targets[1:], tmp_path)
    assert_hidden(ctx, coordinator, targets[:1], tmp_path)
    ctx.access.unshare(boss, targets[0], outsider.user_id)
    assert_hidden(ctx, outsider, targets[:1], tmp_path)


def test_demo_restricted_cases_are_hidden_from_unnamed_supervisors(demo: AppContext) -> None:
    ctx = demo
    other_boss = add_user(ctx, "other-boss", Role.SUPERVISOR, None)
    with ctx.db.read() as s:
        restricted = list(s.scalars(select(Case.id).where(Case.restricted.is_(True))))
        total = s.scalar(select(func.count(Case.id))) or 0
    assert restricted
    assert ctx.cases.count(other_boss) == total - len(restricted)
    for cid in restricted:
        with pytest.raises(NotFound):
            ctx.cases.get(other_boss, cid)
