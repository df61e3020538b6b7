"""Small read helpers shared by the services (inside a caller's unit of work)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from sqlalchemy import BindParameter, ColumnElement, Connection, Select, and_, bindparam, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from welfaredesk.domain.names import name_key
from welfaredesk.storage.orm import Case, CaseIssue, HouseholdMember, PicklistItem


def picklist_labels(s: Session, list_name: str) -> dict[str, str]:
    """Code → label of one pick-list, inactive values included (old records use them)."""
    query = select(PicklistItem.code, PicklistItem.label).where(PicklistItem.list_name == list_name)
    return {code: text for code, text in s.execute(query)}


def picklist_label_maps(s: Session, list_names: Iterable[str]) -> dict[str, dict[str, str]]:
    """:func:`picklist_labels` of several pick-lists in one query, by list name."""
    names = tuple(list_names)
    found: dict[str, dict[str, str]] = {name: {} for name in names}
    for list_name, code, text in core(s).execute(_labels_statement(names)).all():
        found[list_name][code] = text
    return found


@functools.lru_cache(maxsize=64)
def _labels_statement(names: tuple[str, ...]) -> Select[str, str, str]:
    # Built once per set of lists (their names are the program's own constants), with one
    # bound value per name: an expanding IN would be rendered again on every execution.
    listed: list[BindParameter[str]] = [
        bindparam(f"list_{i}", name) for i, name in enumerate(names)
    ]
    return select(PicklistItem.list_name, PicklistItem.code, PicklistItem.label).where(
        PicklistItem.list_name.in_(listed)
    )


def core(s: Session) -> Connection:
    """The unit of work's connection, for a plain Core statement on a hot path.

    Pending ORM changes are flushed first, so the statement reads what the unit of work has
    written; the result skips the ORM's loading machinery (columns into DTOs).
    """
    s.flush()
    return s.connection()


def full_name(family: str, given: str) -> str:
    """A name as the desk writes it: family and given name with an ideographic space."""
    return f"{family}\u3000{given}" if given else family


def person_keys(
    family_name: str, given_name: str, family_kana: str, given_kana: str
) -> dict[str, str]:
    """The normalised search keys stored with a person (design.md §5)."""
    return {
        "name_key": name_key(family_name + given_name),
        "kana_key": name_key(family_kana + given_kana),
        "family_name_key": name_key(family_name),
        "family_kana_key": name_key(family_kana),
    }


def phone_digits(phone: str) -> str:
    """Only the digits of a phone number (full-width digits folded), for matching."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", phone) if "0" <= ch <= "9")


def household_person_ids(s: Session, case: Case) -> set[int]:
    """The case's client and the members of its household."""
    ids = {case.client_id}
    if case.household_id is not None:
        ids.update(
            s.scalars(
                select(HouseholdMember.person_id).where(
                    HouseholdMember.household_id == case.household_id
                )
            )
        )
    return ids


def add_case_issues(s: Session, case_id: int, codes: Iterable[str]) -> None:
    """Record that a case has these issue categories (``case_issue``; existing ones are kept).

    Called wherever a contact slip or an assessment is written, so the case list can filter
    by issue category.
    """
    wanted = {code for code in codes if code}
    if not wanted:
        return
    known = set(
        s.scalars(
            select(CaseIssue.issue_code).where(
                CaseIssue.case_id == case_id, CaseIssue.issue_code.in_(wanted)
            )
        )
    )
    for code in sorted(wanted - known):
        s.add(CaseIssue(case_id=case_id, issue_code=code))


BEYOND = "\U0010ffff"
"""Sorts after every other character: ``key <= text < key + BEYOND`` is "starts with key"."""


def starts_with(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range that an ordinary index serves.

    ``column.startswith()`` becomes ``LIKE 'prefix%'``, which SQLite answers by scanning
    the whole table unless the column is declared case-insensitive.
    """
    return and_(column >= prefix, column < prefix + BEYOND)
