"""The demo caseload: complete, consistent with the desk's rules, and reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from welfaredesk.domain.case_number import format_case_number
from welfaredesk.domain.dates import age_on, fiscal_year
from welfaredesk.domain.enums import (
    AgendaDecision,
    CaseStage,
    ConsentStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    Role,
)
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.names import name_key, validate_kana
from welfaredesk.domain.search_text import index_text
from welfaredesk.services.auth import AuthService
from welfaredesk.services.cases import CaseService
from welfaredesk.services.demo import DEMO_LOGIN, DEMO_PASSWORD, DemoResult, build_demo
from welfaredesk.storage import migrate, search
from welfaredesk.storage.engine import CACHE_KIB, Database, database_url
from welfaredesk.storage.orm import (
    AgendaItem,
    Assessment,
    AssessmentItem,
    AuditEvent,
    Case,
    CaseAccess,
    CaseNumberCounter,
    Closure,
    Consent,
    Consultation,
    HouseholdMember,
    Meeting,
    Person,
    ProgressNote,
    SearchDocument,
    SupportPlan,
    User,
)
from welfaredesk.storage.reference import load_reference_data

TODAY = dt.date(2026, 11, 20)
CASES = 300


def _new_db(path: Path) -> Database:
    db = Database(database_url(path))
    migrate.upgrade(db.engine)
    with db.write() as s:
        load_reference_data(s)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoResult]]:
    """A database with 300 demo cases (built once for the module)."""
    db = _new_db(tmp_path_factory.mktemp("demo") / "demo.db")
    calls: list[tuple[int, int]] = []
    result = build_demo(db, cases=CASES, seed=7, today=TODAY, progress=lambda *a: calls.append(a))
    assert calls[0] == (0, CASES)
    assert calls[-1] == (CASES, CASES)
    yield db, result
    db.dispose()


def _count(s: Session, model: type) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


def test_counts_match_the_database(demo: tuple[Database, DemoResult]) -> None:
    db, result = demo
    with db.read() as s:
        assert _count(s, Case) == result.cases == CASES
        assert _count(s, Person) == result.people
        assert _count(s, HouseholdMember) == result.household_members
        assert _count(s, ProgressNote) == result.notes
        assert _count(s, Consultation) == result.consultations == CASES
        assert _count(s, Consent) == result.consents == CASES
        assert _count(s, SupportPlan) == result.support_plans
        assert _count(s, Meeting) == result.meetings
        assert _count(s, AgendaItem) == result.agenda_items
        assert _count(s, Closure) == result.closures
        assert _count(s, SearchDocument) == result.search_documents == CASES + result.notes
        roles = Counter(s.scalars(select(User.role)))
    assert result.users == sum(roles.values())
    assert 8 <= result.users <= 10
    assert roles[str(Role.COORDINATOR)] == 2
    assert roles[str(Role.SUPERVISOR)] == 1
    assert roles[str(Role.SECRETARIAT)] == 1
    assert roles[str(Role.ADMIN)] == 1
    assert result.teams == 2
    # about three people per case and twenty notes per case, varying from 2 to 60
    assert 2.5 <= result.people / CASES <= 3.5
    assert 15 <= result.notes / CASES <= 25


def test_every_stage_is_present_with_a_realistic_spread(
    demo: tuple[Database, DemoResult],
) -> None:
    db, result = demo
    stages = dict(result.stages)
    assert set(stages) == set(CaseStage)
    assert all(count > 0 for count in stages.values())
    assert stages[CaseStage.CLOSED] > CASES * 0.3
    assert stages[CaseStage.SERVICE] + stages[CaseStage.MONITORING] > CASES * 0.2
    with db.read() as s:
        assert dict(Counter(s.scalars(select(Case.stage)))) == {
            str(stage): count for stage, count in stages.items()
        }


def test_case_numbers_are_gap_free_per_fiscal_year_and_counters_continue_them(
    demo: tuple[Database, DemoResult],
) -> None:
    db, result = demo
    with db.read() as s:
        rows = s.execute(
            select(Case.case_number, Case.fiscal_year, Case.serial, Case.opened_on)
        ).all()
        counters = {
            fy: last
            for fy, last in s.execute(
                select(CaseNumberCounter.fiscal_year, CaseNumberCounter.last_serial)
            )
        }
    serials: dict[int, list[int]] = defaultdict(list)
    for number, fy, serial, opened in rows:
        assert number == format_case_number(fy, serial)
        assert fy == fiscal_year(opened)
        serials[fy].append(serial)
    assert len({number for number, *_ in rows}) == len(rows)
    for serial_list in serials.values():
        assert sorted(serial_list) == list(range(1, len(serial_list) + 1))
    assert counters == {fy: len(serial_list) for fy, serial_list in serials.items()}
    assert dict(result.fiscal_years) == counters
    # three fiscal years up to today
    assert sorted(counters) == [fiscal_year(TODAY) - 2, fiscal_year(TODAY) - 1, fiscal_year(TODAY)]
    assert max(opened for *_, opened in rows) <= TODAY


def test_consent_follows_the_stage(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        rows = s.execute(
            select(Case.stage, Case.consent_status, Consent.status).join(
                Consent, Consent.case_id == Case.id
            )
        ).all()
    for stage, case_status, consent_status in rows:
        assert case_status == consent_status
        if stage == CaseStage.NO_CONSENT:
            assert case_status == ConsentStatus.REFUSED
        if stage in (CaseStage.COORDINATION, CaseStage.SERVICE, CaseStage.MONITORING):
            assert case_status == ConsentStatus.GIVEN


def test_meetings_respect_the_consent_rules(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        agenda = s.execute(
            select(Meeting.kind, Meeting.status, Case.consent_status, AgendaItem.decision)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .join(Case, Case.id == AgendaItem.case_id)
        ).all()
        statutory_basis = set(
            s.scalars(select(Meeting.legal_basis).where(Meeting.kind == MeetingKind.STATUTORY))
        )
        network_items = s.scalar(
            select(func.count())
            .select_from(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.kind == MeetingKind.NETWORK)
        )
    kinds = Counter(kind for kind, *_ in agenda)
    assert kinds[str(MeetingKind.COORDINATION)] > 0
    assert kinds[str(MeetingKind.STATUTORY)] > 0
    assert network_items == 0
    assert statutory_basis == {"生活困窮者自立支援法第9条"}
    for kind, status, consent, decision in agenda:
        if kind == MeetingKind.COORDINATION:
            assert consent == ConsentStatus.GIVEN
        else:
            assert consent == ConsentStatus.REFUSED
        if status == MeetingStatus.SCHEDULED:
            assert decision is None


def test_plans_are_decided_only_at_held_meetings(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        plans = s.execute(
            select(SupportPlan, Case.stage)
            .join(Case, Case.id == SupportPlan.case_id)
            .order_by(SupportPlan.id)
        ).all()
        meetings = {m.id: m for m in s.scalars(select(Meeting))}
        approvals = {
            (plan_id, meeting_id)
            for plan_id, meeting_id in s.execute(
                select(AgendaItem.plan_id, AgendaItem.meeting_id).where(
                    AgendaItem.decision.in_(
                        [AgendaDecision.APPROVED, AgendaDecision.APPROVED_WITH_CHANGES]
                    )
                )
            )
        }
    latest: dict[int, tuple[int, str]] = {}
    for plan, stage in plans:
        if plan.decided_on is not None:
            meeting = meetings[plan.decided_meeting_id or 0]
            assert meeting.kind == MeetingKind.COORDINATION
            assert meeting.status == MeetingStatus.HELD
            assert meeting.held_at.date() == plan.decided_on
            assert (plan.id, meeting.id) in approvals
        if plan.case_id not in latest or plan.plan_no > latest[plan.case_id][0]:
            latest[plan.case_id] = (plan.plan_no, plan.status)
        if stage == CaseStage.CLOSED:
            assert plan.status == PlanStatus.ENDED
    with db.read() as s:
        for case_id, stage in s.execute(select(Case.id, Case.stage)):
            status = latest.get(case_id, (0, None))[1]
            if stage in (CaseStage.SERVICE, CaseStage.MONITORING):
                assert status == PlanStatus.DECIDED
            elif stage == CaseStage.COORDINATION:
                assert status == PlanStatus.SUBMITTED
            elif stage == CaseStage.PLAN_DRAFT:
                assert status == PlanStatus.DRAFT
            elif stage in (CaseStage.INTAKE, CaseStage.ASSESSMENT, CaseStage.REFERRAL):
                assert status is None


def test_complex_cases_are_led_by_a_coordinator_or_say_why(
    demo: tuple[Database, DemoResult],
) -> None:
    db, _ = demo
    with db.read() as s:
        rows = s.execute(
            select(Case.complex_needs, Case.lead_reason, User.role).join(
                User, User.id == Case.lead_worker_id
            )
        ).all()
    assert any(complex_needs for complex_needs, *_ in rows)
    for complex_needs, reason, role in rows:
        assert role in (Role.COORDINATOR, Role.COUNSELOR)
        if complex_needs and role != Role.COORDINATOR:
            assert reason


def test_restricted_dv_cases_name_their_users(demo: tuple[Database, DemoResult]) -> None:
    db, result = demo
    with db.read() as s:
        restricted = s.execute(
            select(Case.id, Case.lead_worker_id).where(Case.restricted.is_(True))
        ).all()
        access = {
            (case_id, user_id)
            for case_id, user_id in s.execute(select(CaseAccess.case_id, CaseAccess.user_id))
        }
        demo_id = s.scalar(select(User.id).where(User.login == DEMO_LOGIN))
        dv_issue = s.execute(
            select(Case.restricted, Consultation.issue_codes).join(
                Consultation, Consultation.case_id == Case.id
            )
        ).all()
    assert len(restricted) == result.restricted_cases > 0
    for case_id, lead in restricted:
        assert (case_id, lead) in access
        assert (case_id, demo_id) in access
    for is_restricted, issues in dv_issue:
        assert is_restricted == ("domestic_violence" in issues)


def _households(s: Session) -> dict[int, list[tuple[str, int, list[str], bool]]]:
    """Members per case: (relation, age at intake, situations, lives together)."""
    rows = s.execute(
        select(
            Case.id,
            Case.opened_on,
            HouseholdMember.relation_code,
            Person.birth_date,
            HouseholdMember.situation_codes,
            HouseholdMember.lives_together,
        )
        .join(HouseholdMember, HouseholdMember.household_id == Case.household_id)
        .join(Person, Person.id == HouseholdMember.person_id)
        .order_by(Case.id, HouseholdMember.sort_order)
    )
    households: dict[int, list[tuple[str, int, list[str], bool]]] = defaultdict(list)
    for case_id, opened, relation, birth, situations, together in rows:
        assert birth is not None
        households[case_id].append((relation, age_on(birth, opened), situations, together))
    return households


def test_8050_double_care_and_young_carer_households_exist(
    demo: tuple[Database, DemoResult],
) -> None:
    db, _ = demo
    with db.read() as s:
        households = _households(s)
    found: Counter[str] = Counter()
    for members in households.values():
        client = members[0]
        assert client[0] == "client"
        ages = [age for _, age, _, together in members if together]
        situations = {code for _, _, codes, _ in members for code in codes}
        # 8050: a parent of 78-92 and an out-of-work child of 48-58 under one roof
        if any(78 <= age <= 92 for age in ages) and any(
            48 <= age <= 58 and ({"hikikomori", "unemployed"} & set(codes))
            for _, age, codes, together in members
            if together
        ):
            found["8050"] += 1
        # double care: a client of 35-45 with a young child and a parent needing care
        if (
            35 <= client[1] <= 45
            and any(rel == "child" and age < 10 for rel, age, _, _ in members)
            and any(
                rel in ("mother", "father") and {"long_term_care", "dementia"} & set(codes)
                for rel, _, codes, _ in members
            )
        ):
            found["double_care"] += 1
        # young carer: a client of 12-18 with a parent who is ill or disabled
        if 12 <= client[1] <= 18 and any(
            rel in ("mother", "father")
            and {"mental_disability", "intractable_disease", "physical_disability"} & set(codes)
            for rel, _, codes, _ in members
        ):
            found["young_carer"] += 1
        assert 1 <= len(members) <= 5
        assert situations <= {
            "long_term_care",
            "support_needed",
            "dementia",
            "physical_disability",
            "intellectual_disability",
            "mental_disability",
            "intractable_disease",
            "in_school",
            "infant",
            "employed",
            "unemployed",
            "hikikomori",
        }
    assert found["8050"] >= 5
    assert found["double_care"] >= 3
    assert found["young_carer"] >= 3


def test_assessments_cover_every_household_member(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        members: dict[int, set[int]] = defaultdict(set)
        for case_id, person_id in s.execute(
            select(Case.id, HouseholdMember.person_id).join(
                HouseholdMember, HouseholdMember.household_id == Case.household_id
            )
        ):
            members[case_id].add(person_id)
        assessed: dict[int, set[int | None]] = defaultdict(set)
        for assessed_case, assessed_person in s.execute(
            select(Assessment.case_id, AssessmentItem.person_id).join(
                AssessmentItem, AssessmentItem.assessment_id == Assessment.id
            )
        ):
            assessed[assessed_case].add(assessed_person)
        stages = dict(s.execute(select(Case.id, Case.stage)).all())
    assert assessed
    for case_id, stage in stages.items():
        if stage == CaseStage.INTAKE:
            assert case_id not in assessed
        else:
            assert members[case_id] | {None} == assessed[case_id]


def test_people_are_synthetic_with_katakana_readings_and_folded_keys(
    demo: tuple[Database, DemoResult],
) -> None:
    db, _ = demo
    with db.read() as s:
        people = list(s.scalars(select(Person)))
    family_names = {p.family_name for p in people}
    assert {"髙橋", "山﨑", "渡邉", "齋藤"} & family_names
    for person in people:
        assert validate_kana(person.family_kana, field="f", label="l") == person.family_kana
        assert validate_kana(person.given_kana, field="g", label="l") == person.given_kana
        assert person.name_key == name_key(person.family_name + person.given_name)
        assert person.kana_key == name_key(person.family_kana + person.given_kana)
        if person.address:
            assert person.address.startswith("小平市")
        if person.phone:
            assert re.fullmatch(r"090-0000-\d{4}|042-000-\d{4}", person.phone)
            assert person.phone_digits == person.phone.replace("-", "")
    # variant kanji fold onto the common form
    assert name_key("髙橋") == name_key("高橋")


def test_notes_and_dates_are_consistent(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        cases = {c.id: c for c in s.scalars(select(Case))}
        notes = s.execute(
            select(ProgressNote.case_id, ProgressNote.noted_at, ProgressNote.minutes)
        ).all()
        closures = s.execute(
            select(Closure.case_id, Closure.closed_on, Closure.status, Closure.reason_code)
        ).all()
    per_case: dict[int, list[dt.datetime]] = defaultdict(list)
    for case_id, noted_at, minutes in notes:
        per_case[case_id].append(noted_at)
        assert minutes is not None
        assert minutes > 0
    assert set(per_case) == set(cases)
    for case_id, stamps in per_case.items():
        case = cases[case_id]
        end = case.closed_on or TODAY
        assert 2 <= len(stamps) <= 60
        assert all(case.opened_on <= t.date() <= end for t in stamps)
        assert all(t.weekday() < 5 for t in stamps)
        assert case.last_contact_on == max(stamps).date()
        if case.stage == CaseStage.CLOSED:
            assert case.closed_on is not None
            assert case.next_due_on is None
        else:
            assert case.closed_on is None
            assert case.next_due_on is not None
    approved = {
        case_id: (closed_on, reason)
        for case_id, closed_on, status, reason in closures
        if status == "approved"
    }
    for case in cases.values():
        if case.stage == CaseStage.CLOSED:
            assert approved[case.id][0] == case.closed_on
        else:
            assert case.id not in approved
    overdue = [c for c in cases.values() if c.next_due_on is not None and c.next_due_on < TODAY]
    assert overdue


def test_search_index_covers_slips_and_notes(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        pairs = s.execute(
            select(ProgressNote.body, SearchDocument.tokens).join(
                SearchDocument,
                (SearchDocument.kind == "note") & (SearchDocument.record_id == ProgressNote.id),
            )
        ).all()
        slips = s.execute(
            select(Consultation.presenting_concern, SearchDocument.tokens).join(
                SearchDocument,
                (SearchDocument.kind == "consultation")
                & (SearchDocument.record_id == Consultation.id),
            )
        ).all()
        hits = search.search(s, "介護", limit=10)
        one_char = search.search(s, "母", limit=10)
        trigger = s.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_ai'")
        )
    assert len(slips) == CASES
    for body, tokens in [*pairs, *slips]:
        assert tokens == index_text(body)
    assert len(hits) == 10
    assert len(one_char) == 10
    assert trigger == 1  # the insert trigger is back after the bulk load


def test_database_is_intact(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with db.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "demo")).one()
    assert event.detail["cases"] == CASES
    assert all(isinstance(value, int) for value in event.detail.values())


def test_the_build_leaves_the_connection_settings_alone(
    demo: tuple[Database, DemoResult],
) -> None:
    db, _ = demo
    with db.read() as s:
        assert s.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
        assert s.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB  # the engine's
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_demo_user_logs_in_and_sees_every_case(demo: tuple[Database, DemoResult]) -> None:
    db, result = demo
    principal = AuthService(db).login(result.demo_login, result.demo_password)
    assert (result.demo_login, result.demo_password) == (DEMO_LOGIN, DEMO_PASSWORD)
    assert principal.role is Role.SUPERVISOR
    assert CaseService(db).count(principal) == CASES


def test_a_second_fill_is_refused(demo: tuple[Database, DemoResult]) -> None:
    db, _ = demo
    with pytest.raises(KnownError, match="すでにケースが登録されている"):
        build_demo(db, cases=5, today=TODAY)
    with db.read() as s:
        assert _count(s, Case) == CASES


def _digest(db: Database) -> str:
    """A digest of every row of the main tables (the password hash has a random salt)."""
    digest = hashlib.sha256()
    tables = [
        cast(Table, model.__table__)
        for model in (
            User,
            Person,
            HouseholdMember,
            Case,
            CaseAccess,
            Consultation,
            Consent,
            SupportPlan,
            Meeting,
            AgendaItem,
            ProgressNote,
            Closure,
            SearchDocument,
            CaseNumberCounter,
        )
    ]
    with db.read() as s:
        for table in tables:
            columns = [c for c in table.columns if c.name != "password_hash"]
            for row in s.execute(select(*columns).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


class _PortableDatabase(Database):
    """A SQLite database that the demo writes through its portable (Core) path."""

    @property
    def dialect(self) -> str:
        return "portable"


def test_the_sqlite_fast_path_writes_what_core_would(tmp_path: Path) -> None:
    fast = _new_db(tmp_path / "fast.db")
    portable = _PortableDatabase(database_url(tmp_path / "portable.db"))
    migrate.upgrade(portable.engine)
    with portable.write() as s:
        load_reference_data(s)
    try:
        build_demo(fast, cases=120, seed=5, today=TODAY)
        build_demo(portable, cases=120, seed=5, today=TODAY)
        assert _digest(fast) == _digest(portable)
        with portable.read() as s:
            assert search.search(s, "介護", limit=5)  # indexed by the trigger instead
    finally:
        fast.dispose()
        portable.dispose()


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    first = _new_db(tmp_path / "a.db")
    second = _new_db(tmp_path / "b.db")
    other = _new_db(tmp_path / "c.db")
    try:
        build_demo(first, cases=200, seed=11, today=TODAY)
        build_demo(second, cases=200, seed=11, today=TODAY)
        build_demo(other, cases=200, seed=12, today=TODAY)
        assert _digest(first) == _digest(second)
        assert _digest(first) != _digest(other)
    finally:
        for db in (first, second, other):
            db.dispose()


def test_on_postgresql_new_records_get_fresh_ids_after_the_build(
    pg_empty_url: str, fast_hasher: PasswordHasher
) -> None:
    """The demo writes its own ids; the sequences must move past them (issue 9)."""
    from welfaredesk.app import open_database
    from welfaredesk.services.intake import IntakeInput

    db = _new_db(pg_empty_url)  # type: ignore[arg-type] - a URL works as well as a path
    try:
        build_demo(db, cases=20, seed=7, today=TODAY)
    finally:
        db.dispose()
    ctx = open_database(pg_empty_url, password_hasher=fast_hasher)
    try:
        with ctx.db.read() as s:
            largest = s.scalar(select(func.max(Person.id))) or 0
        principal = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
        form = IntakeInput(
            received_on=TODAY.isoformat(),
            received_time="10:00",
            family_name="新井",
            given_name="陽子",
            family_kana="アライ",
            given_kana="ヨウコ",
            channel_code="visit",
            consulter_type_code="client",
            presenting_concern="家計の相談。",
        )
        saved = ctx.intake.save(principal, form)
        with ctx.db.read() as s:
            client = s.scalar(select(Case.client_id).where(Case.id == saved.case_id))
        assert client is not None
        assert client > largest
    finally:
        ctx.close()
