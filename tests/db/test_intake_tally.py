"""``intake_fact`` and ``intake_tally`` (revision 0012): the database keeps them right.

Whatever a desk changes that the new-consultation tables count by (the case, its contact
slips, its issues, its client's sex or birth date, its lead's role, its restriction), each
case's fact must equal computing it from the records, and the tally must equal counting the
facts; the report reads only these.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select, update

from welfaredesk.app import AppContext
from welfaredesk.domain.dates import age_on
from welfaredesk.domain.enums import Role
from welfaredesk.services.dto import Principal
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Case,
    CaseIssue,
    Consultation,
    IntakeFact,
    IntakeTally,
    Person,
    User,
)

SEPARATOR = "\x1f"


def expected_facts(db: Database) -> dict[int, tuple[Any, ...]]:
    """Each case's fact computed in Python from the records."""
    with db.read() as s:
        facts = {}
        for case in s.scalars(select(Case)):
            person = s.get_one(Person, case.client_id)
            first = s.scalars(
                select(Consultation)
                .where(Consultation.case_id == case.id)
                .order_by(Consultation.id)
                .limit(1)
            ).first()
            lead = s.get(User, case.lead_worker_id) if case.lead_worker_id else None
            codes = sorted(
                s.scalars(select(CaseIssue.issue_code).where(CaseIssue.case_id == case.id))
            )
            age = age_on(person.birth_date, case.opened_on) if person.birth_date else None
            if age is None and first is not None:
                age = first.stated_age
            coordinator = (
                None
                if lead is None
                else int(lead.role == "coordinator" or lead.staff_role_code == "coordinator")
            )
            facts[case.id] = (
                case.opened_on,
                bool(case.restricted),
                first.channel_code if first else None,
                first.consulter_type_code if first else None,
                bool(case.complex_needs),
                coordinator,
                case.area_id,
                person.sex,
                age,
                SEPARATOR.join(codes) if codes else None,
            )
    return facts


def stored_facts(db: Database) -> dict[int, tuple[Any, ...]]:
    f = IntakeFact
    with db.read() as s:
        rows = s.execute(
            select(
                f.case_id,
                f.day,
                f.restricted,
                f.channel,
                f.consulter,
                f.complex_needs,
                f.coordinator,
                f.area_id,
                f.sex,
                f.age,
                f.codes,
            )
        ).all()
    return {row[0]: (row[1], bool(row[2]), row[3], row[4], bool(row[5]), *row[6:]) for row in rows}


def tally_from(facts: dict[int, tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
    counts: Counter[tuple[Any, ...]] = Counter()
    for (
        day,
        restricted,
        channel,
        consulter,
        complex_needs,
        coord,
        area,
        sex,
        age,
        codes,
    ) in facts.values():
        for dimension, value in (
            ("channel", channel or ""),
            ("consulter", consulter or ""),
            ("complex_needs", "1" if complex_needs else "0"),
            ("coordinator", "" if coord is None else str(coord)),
            ("area", "" if area is None else str(area)),
            ("sex", sex or ""),
            ("age", "" if age is None else str(age)),
            ("codes", codes or ""),
        ):
            counts[f"{day:%Y-%m}", restricted, dimension, value] += 1
    return counts


def stored_tally(db: Database) -> Counter[tuple[Any, ...]]:
    t = IntakeTally
    with db.read() as s:
        rows = s.execute(select(t.month, t.restricted, t.dimension, t.value, t.cases)).all()
    return Counter({(month, bool(r), d, v): n for month, r, d, v, n in rows})


def check(db: Database) -> dict[int, tuple[Any, ...]]:
    facts = stored_facts(db)
    assert facts == expected_facts(db)
    assert stored_tally(db) == tally_from(facts)
    return facts


def test_the_intake_facts_and_tally_follow_every_change(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    db = ctx.db
    first = case_factory(supervisor, issue_codes=("dementia", "living_costs"))
    second = case_factory(
        supervisor,
        family_name="佐藤",
        family_kana="サトウ",
        birth_date=None,
        received_at=dt.datetime(2025, 7, 3, 9, 0),
        channel_code="phone",
    )
    facts = check(db)
    assert len(facts) == 2
    assert facts[first][-1] == SEPARATOR.join(sorted(("dementia", "living_costs")))

    coordinator = new_user("kato", Role.COORDINATOR)
    with db.write() as s:
        case = s.get_one(Case, first)
        client = case.client_id
        s.execute(
            update(Case)
            .where(Case.id == first)
            .values(lead_worker_id=coordinator.user_id, complex_needs=True)
        )
        s.execute(update(Case).where(Case.id == second).values(restricted=True))
    assert check(db)[first][5] == 1

    # The lead's role, the client's sex and birth date, the issues, the slips.
    with db.write() as s:
        s.execute(update(User).where(User.id == coordinator.user_id).values(role="counselor"))
        s.execute(
            update(Person)
            .where(Person.id == client)
            .values(sex="male", birth_date=dt.date(1950, 6, 3))
        )
        s.execute(
            delete(CaseIssue).where(CaseIssue.case_id == first, CaseIssue.issue_code == "dementia")
        )
        s.add(CaseIssue(case_id=second, issue_code="housing"))
    facts = check(db)
    assert facts[first][5] == 0
    assert facts[first][7] == "male"
    with db.write() as s:
        slip = s.scalars(select(Consultation.id).where(Consultation.case_id == first)).first()
        s.execute(update(Consultation).where(Consultation.id == slip).values(channel_code="mail"))
        s.execute(update(Consultation).where(Consultation.case_id == second).values(stated_age=47))
    facts = check(db)
    assert facts[first][2] == "mail"
    assert facts[second][8] == 47
    # Lifting the restriction moves the case's counts back; zero rows are removed.
    with db.write() as s:
        s.execute(update(Case).where(Case.id == second).values(restricted=False))
    check(db)
    assert all(n > 0 for n in stored_tally(db).values())
