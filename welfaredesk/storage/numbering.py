"""Gap-free case numbers per fiscal year, safe when two intakes are saved at once.

The counter row is incremented inside the intake's own transaction: if the intake rolls
back, so does the number, and no serial is skipped. SQLite serialises writers (BEGIN
IMMEDIATE); on PostgreSQL the UPDATE takes the row lock, and a first-of-year INSERT race is
retried on the unique key.
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from welfaredesk.storage.orm import CaseNumberCounter


def next_serial(session: Session, fiscal_year: int) -> int:
    """Take the next serial of ``fiscal_year`` (1, 2, 3 … with no gaps)."""
    return allocate_serials(session, fiscal_year, 1)


def allocate_serials(session: Session, fiscal_year: int, count: int) -> int:
    """Take ``count`` consecutive serials of ``fiscal_year`` at once; return the first.

    One counter update for a whole block (a ledger import): the serials ``first … first +
    count - 1`` belong to the caller's transaction, gap-free like :func:`next_serial`.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    for _attempt in range(3):
        last = session.execute(
            update(CaseNumberCounter)
            .where(CaseNumberCounter.fiscal_year == fiscal_year)
            .values(last_serial=CaseNumberCounter.last_serial + count)
            .returning(CaseNumberCounter.last_serial)
        ).scalar_one_or_none()
        if last is not None:
            return last - count + 1
        try:
            with session.begin_nested():
                session.execute(
                    insert(CaseNumberCounter).values(fiscal_year=fiscal_year, last_serial=count)
                )
        except IntegrityError:
            continue  # another PC opened the year's counter first: take the UPDATE path
        return 1
    raise RuntimeError("could not allocate case numbers")  # pragma: no cover
