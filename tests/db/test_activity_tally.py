"""``activity_tally`` (revision 0011): the database keeps the per-day note counts right.

Every change a desk makes to notes (saved, edited, deleted) and to a case's 閲覧制限 must
leave the tally equal to counting the notes themselves; the report reads only the tally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select, update

from welfaredesk.app import AppContext
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import ActivityTally, Case, ProgressNote

NOW = dt.datetime(2025, 9, 30, 18, 0)


def counted_from_notes(db: Database) -> dict[tuple[Any, ...], tuple[int, int]]:
    with db.read() as s:
        rows = s.execute(
            select(
                ProgressNote.noted_at,
                Case.restricted,
                ProgressNote.method_code,
                ProgressNote.staff_id,
                ProgressNote.funding_programme_code,
                ProgressNote.outreach,
                ProgressNote.minutes,
            ).join(Case, Case.id == ProgressNote.case_id)
        ).all()
    counts: dict[tuple[Any, ...], tuple[int, int]] = {}
    for noted_at, restricted, method, staff, funding, outreach, minutes in rows:
        key = (noted_at.date(), bool(restricted), method, staff or 0, funding or "", outreach)
        n, m = counts.get(key, (0, 0))
        counts[key] = (n + 1, m + (minutes or 0))
    return counts


def tally(db: Database) -> dict[tuple[Any, ...], tuple[int, int]]:
    t = ActivityTally
    with db.read() as s:
        rows = s.execute(
            select(
                t.day,
                t.restricted,
                t.method_code,
                t.staff_id,
                t.funding_programme_code,
                t.outreach,
                t.notes,
                t.minutes,
            )
        ).all()
    return {
        (day, bool(restricted), method, staff, funding, bool(outreach)): (n, m)
        for day, restricted, method, staff, funding, outreach, n, m in rows
    }


def note(day: str, method: str = "interview", **extra: Any) -> NoteInput:
    values: dict[str, Any] = {"minutes": 30, "funding_programme_code": None, **extra}
    return NoteInput(noted_on=day, noted_time="10:00", method_code=method, body="面談", **values)


def test_the_tally_follows_every_change_to_notes_and_restrictions(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    first = case_factory(supervisor)
    second = case_factory(supervisor, family_name="佐藤", family_kana="サトウ")
    saved = [
        ctx.notes.save(supervisor, first, note("2025-07-01"), now=NOW),
        ctx.notes.save(supervisor, first, note("2025-07-01", minutes=None), now=NOW),
        ctx.notes.save(
            supervisor,
            first,
            note("2025-07-02", "phone", funding_programme_code="comprehensive_consultation"),
            now=NOW,
        ),
        ctx.notes.save(supervisor, second, note("2025-07-01", outreach=True), now=NOW),
        ctx.notes.save(supervisor, second, note("2025-08-15", minutes=45), now=NOW),
    ]
    assert tally(ctx.db) == counted_from_notes(ctx.db)
    assert sum(n for n, _m in tally(ctx.db).values()) >= len(saved)

    # An edit that moves the note to another day, method and minutes.
    edited = saved[2]
    ctx.notes.save(
        supervisor,
        first,
        note("2025-07-20", "home_visit", minutes=90, outreach=True),
        note_id=edited.id,
        version=edited.version,
        now=NOW,
    )
    assert tally(ctx.db) == counted_from_notes(ctx.db)
    # The day it left has no row at zero.
    assert all(n > 0 for n, _m in tally(ctx.db).values())

    # Restricting a case moves its notes to the restricted rows, and lifting moves them back.
    with ctx.db.read() as s:
        version = s.get_one(Case, second).version
    view = ctx.access.restrict(supervisor, second, "DVの避難中のため。", [], version)
    restricted = tally(ctx.db)
    assert restricted == counted_from_notes(ctx.db)
    assert sum(n for (_d, r, *_k), (n, _m) in restricted.items() if r) == 2
    with ctx.db.read() as s:
        version = s.get_one(Case, second).version
    ctx.access.lift(supervisor, second, "避難が終わったため。", version)
    assert tally(ctx.db) == counted_from_notes(ctx.db)
    assert not any(r for (_d, r, *_k) in tally(ctx.db))
    assert view.restricted

    # Writers outside the services (an import, a repair) are counted too: the database
    # itself keeps the tally, including deletes.
    with ctx.db.write() as s:
        s.execute(update(ProgressNote).where(ProgressNote.id == saved[0].id).values(minutes=5))
        s.execute(delete(ProgressNote).where(ProgressNote.id == saved[1].id))
    assert tally(ctx.db) == counted_from_notes(ctx.db)
    with ctx.db.write() as s:
        s.execute(delete(ProgressNote))
    assert tally(ctx.db) == {}
