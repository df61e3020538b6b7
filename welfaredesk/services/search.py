"""One search box (検索): case numbers, names, phone numbers and the words of concerns and notes.

What the user typed is read once and searched where it can match:

* a **case number** (``R7-00012``, ``r7-12``, ``R7-``, ``Ｒ７－１２``): that case first, then the
  cases whose number starts with what was typed; a number in the western style
  (``2025-00012``, ``2025-``) is searched as a case number and as a phone number. Either
  style finds a case stored in the other (a desk that changed its style, issue 11);
* a **phone number** (digits, with or without hyphens, spaces or brackets, at least
  :data:`MIN_PHONE_DIGITS` digits): people whose phone number starts with or contains the
  digits, and the words of concerns and notes (``8050`` is a word there too);
* **anything else**: people by name or ふりがな (clients and household members, found through
  :func:`~welfaredesk.domain.names.name_key`, so 渡辺 finds 渡邉 and 渡邊 and ﾀｶﾊｼ finds 髙橋's
  たかはし), and the words of contact-slip concerns (連絡票の相談内容) and progress notes
  (支援経過), through the bigram full-text index (:mod:`welfaredesk.storage.search`).

A person found by name or phone stands for every case of their households, each a hit with the
person's relation (本人, 母, 長男 ...). Every hit is inside
:func:`~welfaredesk.services.security.visible_cases`: a restricted case (閲覧制限) the user is
not named on never appears, not even in a count. Each search is audited with the number of
hits per kind, never with the words searched for.

Each hit carries a short snippet of the matching text and the spans to highlight in it; the
spans are found on the normalised text (NFKC, lower case, kana and kanji variants folded for
names) and mapped back to the characters of the original, so a half-width ｶﾅ or a full-width
ＤＶ is highlighted where it stands.

Order: within each group the newest first (cases by number, people's cases by opening date,
slips by reception date, notes by date). A full-text group takes the ``limit`` most recently
recorded matches (the index hands them over in that order, so a common word costs no more
than a rare one) and shows them by their own date, newest first; a note written days after
the visit it records is among the most recently recorded.

Speed (design.md §7: each search within twice the same query written by hand): every group is
one statement that stops at ``limit`` + 1 rows, and the statements are built once per user and
shape with the words as parameters (none is kept in them).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Row,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BindParameter, TextClause

from welfaredesk.domain.case_number import case_number_forms, parse_case_number
from welfaredesk.domain.enums import AuditAction, CaseStage, label
from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.names import name_key
from welfaredesk.domain.permissions import Action, CaseScope, case_scope
from welfaredesk.domain.search_text import match_query, normalise_for_search
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import (
    BEYOND,
    full_name,
    phone_digits,
    picklist_label_maps,
    starts_with,
)
from welfaredesk.services.security import require, visible_cases
from welfaredesk.storage import search as fulltext
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Case,
    Consultation,
    HouseholdMember,
    Person,
    ProgressNote,
    SearchDocument,
    User,
)

log = logging.getLogger(__name__)

SNIPPET_CHARS = 60
"""About how many characters of the original text a snippet shows."""
SNIPPET_LEAD = 20
"""How many characters before the first match a snippet starts (when there are that many)."""
MIN_PHONE_DIGITS = 3
"""A query of digits (and phone punctuation) with at least this many digits is a phone number."""
PHONE_CONTAINS_DIGITS = 4
"""With at least this many digits, a phone number matches anywhere, not only at the start."""
PERSON_LOOKUP_LIMIT = 5000
"""With fewer matching people than this, their cases are looked up by person; with more, and
a user who sees every case, the cases are read newest first (:func:`_person_hits`)."""
ELLIPSIS = "…"

CONCERN_DOCUMENT = "consultation"
"""The ``search_document.kind`` of a contact slip's presenting concern (services/intake.py)."""
NOTE_DOCUMENT = "note"
"""The ``search_document.kind`` of a progress note (services/notes.py)."""

_CLIENT_RELATION = "client"
_BEYOND = BEYOND  # sorts after every other character: key ≤ text < key + _BEYOND
_CASE_NUMBER_LIKE = re.compile(r"(?P<era>[MTSHR])(?P<year>[0-9]{1,4})(?:-(?P<serial>[0-9]*))?")
_WESTERN_NUMBER_LIKE = re.compile(r"(?P<year>(?:19|20)[0-9]{2})-(?P<serial>[0-9]{0,7})")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ーｰ", "-"))
_PHONE_LIKE = re.compile(r"[0-9()+\- ]+")
_WHITESPACE = re.compile(r"\s")


class SearchKind(StrEnum):
    """The kinds of hit, in the order the groups are shown."""

    CASE_NUMBER = "case_number"
    PERSON = "person"
    PHONE = "phone"
    CONCERN = "concern"
    NOTE = "note"


KIND_ORDER = tuple(SearchKind)
"""The groups in display order."""

STAGE_TABS: dict[SearchKind, str] = {
    SearchKind.CASE_NUMBER: "basicTab",
    SearchKind.PERSON: "basicTab",
    SearchKind.PHONE: "basicTab",
    SearchKind.CONCERN: "contactSlipTab",
    SearchKind.NOTE: "progressTab",
}
"""Which page of the case view (``ui/case_view.ui`` objectName) shows a hit's record."""


class QueryType(StrEnum):
    """What a query was read as (:func:`classify`)."""

    EMPTY = "empty"
    CASE_NUMBER = "case_number"
    PHONE = "phone"
    TEXT = "text"


SEARCHED_KINDS: dict[QueryType, tuple[SearchKind, ...]] = {
    QueryType.EMPTY: (),
    QueryType.CASE_NUMBER: (SearchKind.CASE_NUMBER,),
    QueryType.PHONE: (SearchKind.PHONE, SearchKind.CONCERN, SearchKind.NOTE),
    QueryType.TEXT: (SearchKind.PERSON, SearchKind.CONCERN, SearchKind.NOTE),
}
"""The kinds searched for each type of query."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One thing found, always inside one visible case.

    Attributes:
        kind: what matched.
        case_id: the case to open.
        case_number: its 受付番号.
        client_name: the case's client (本人), family and given name.
        client_kana: the client's ふりがな.
        stage: the case's stage.
        title: what the hit is: the client's name (case number), the person found (name,
            phone), the slip's channel (concern: 来所, 電話 ...) or the note's method (note).
        subtitle: more about it: the stage (case number), the person's relation to the
            client (name, phone: 本人, 母 ...), who consulted (concern: 本人, 家族 ...) or the
            staff (note).
        occurred_on: the case's opening date, the slip's reception date or the note's date.
        snippet: the matching text, cut to about :data:`SNIPPET_CHARS` characters around the
            first match (``…`` where cut), on one line.
        highlights: the matched parts of ``snippet`` as ``(start, end)`` character offsets,
            end exclusive, sorted and not overlapping.
        record_id: the record found: the case, the person, the contact slip or the note.
        stage_tab: the objectName of the case-view page that shows the record.
    """

    kind: SearchKind
    case_id: int
    case_number: str
    client_name: str
    client_kana: str
    stage: CaseStage
    title: str
    subtitle: str
    occurred_on: dt.date | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    record_id: int
    stage_tab: str


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The hits of one kind, newest first.

    Attributes:
        kind: what the hits are.
        hits: at most the ``limit`` of the search.
        truncated: True if there are more hits than shown.
    """

    kind: SearchKind
    hits: tuple[SearchHit, ...]
    truncated: bool

    @property
    def count(self) -> int:
        """How many hits are shown."""
        return len(self.hits)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The result of one search.

    Attributes:
        query: the text searched for, as typed.
        query_type: what the text was read as.
        searched: the kinds searched, in display order.
        groups: one group per kind searched, in display order (empty groups included).
    """

    query: str
    query_type: QueryType
    searched: tuple[SearchKind, ...]
    groups: tuple[SearchGroup, ...]

    @property
    def truncated(self) -> bool:
        """Whether any group has more hits than shown."""
        return any(group.truncated for group in self.groups)

    @property
    def total(self) -> int:
        """How many hits are shown, all groups together."""
        return sum(group.count for group in self.groups)

    def group(self, kind: SearchKind) -> SearchGroup | None:
        """The group of a kind, or None if that kind was not searched."""
        return next((g for g in self.groups if g.kind is kind), None)


# --- reading the query ----------------------------------------------------------------------


def classify(text: str) -> QueryType:
    """What a query is read as.

    Args:
        text: what the user typed.

    Returns:
        ``CASE_NUMBER`` for ``R7-00012``, ``r7-12``, ``R7-`` or ``R7`` (full width too);
        ``PHONE`` for digits with phone punctuation (``-``, spaces, brackets, ``+``) and at
        least :data:`MIN_PHONE_DIGITS` digits (``090-1234``, ``０３（１２３４）``);
        ``EMPTY`` for nothing to search for; ``TEXT`` otherwise.
    """
    if _case_number_match(text) is not None:
        return QueryType.CASE_NUMBER
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    if _PHONE_LIKE.fullmatch(folded) and len(phone_digits(folded)) >= MIN_PHONE_DIGITS:
        return QueryType.PHONE
    if not normalise_for_search(text):  # no letters or digits: not a name or a word either
        return QueryType.EMPTY
    return QueryType.TEXT


def _case_number_match(text: str) -> re.Match[str] | None:
    return _CASE_NUMBER_LIKE.fullmatch(_compact(text))


def _western_number_match(text: str) -> re.Match[str] | None:
    """``2025-00012`` or ``2025-``: a case number in the western style (also read as a phone)."""
    return _WESTERN_NUMBER_LIKE.fullmatch(_compact(text))


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).translate(_DASHES).upper().split())


# --- highlighting ---------------------------------------------------------------------------


def _units(text: str) -> list[tuple[int, int]]:
    """The text cut into characters with their combining marks: ``(start, end)`` spans."""
    return list(_iter_units(text))


def _iter_units(text: str) -> Iterator[tuple[int, int]]:
    """:func:`_units`, one at a time (a unit is given when the next one starts)."""
    start = -1
    for index, char in enumerate(text):
        joins = unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Mc")
        if start >= 0 and (joins or char in "\uff9e\uff9f"):  # ﾞ ﾟ go with the kana before
            continue
        if start >= 0:
            yield start, index
        start = index
    if start >= 0:
        yield start, len(text)


def _folded(text: str, fold: Callable[[str], str]) -> tuple[str, list[tuple[int, int]]]:
    """The folded text and, for each of its characters, the original span it came from.

    ``fold`` is applied to each character (with its combining marks) on its own; a space in
    its result stands for a separator, and runs of separators are collapsed to one.
    """
    chars: list[str] = []
    origin: list[tuple[int, int]] = []
    for start, end in _units(text):
        for char in fold(text[start:end]):
            if char == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(char)
            origin.append((start, end))
    return "".join(chars), origin


def _fold_words(unit: str) -> str:
    """What :func:`normalise_for_search` does, for one character and its marks."""
    normalised = unicodedata.normalize("NFKC", unit).lower()
    return "".join(c if unicodedata.category(c)[0] in "LNM" else " " for c in normalised)


_PLAIN_RUN = re.compile(
    "[\t\n\r\x20-\x7e\u3000-\u3029\u3030-\u3098\u309d\u309e\u30a0-\u30fe\u4e00-\u9fff"
    "\uff01-\uff5e\uff61-\uff9d]+"
)
"""Runs of characters that NFKC and lower case turn into exactly one character each, none of
them a combining mark nor able to combine with a neighbour: ASCII, Japanese punctuation, kana,
kanji, full-width ASCII and half-width katakana (not ﾞ ﾟ). A run of them folds all at once,
character for character (tests/unit/services/test_search.py checks every one)."""


def _word_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """What ``_find_spans(text, terms, _fold_words)`` finds, without folding one by one.

    ``terms`` are words of :func:`normalise_for_search` (letters, digits and marks only, no
    separators). The plain runs of ``text`` (:data:`_PLAIN_RUN`) are folded whole, with each
    character standing for itself; the rest, and the last character before it (which may take
    a following mark, ``ｶﾞ``), are folded one unit at a time as :func:`_folded` does. Runs of
    separators are not collapsed (a separator is a space there, and stays as it is in a plain
    run): a term never contains one.
    """
    if _PLAIN_RUN.fullmatch(text):  # the usual case: each character stands for itself
        folded = unicodedata.normalize("NFKC", text).lower()
        return _merged(
            [(at, at + len(term)) for term in terms for at in _occurrences(folded, term)]
        )
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def fold_units(start: int, end: int) -> None:
        if start >= end:
            return
        for unit_start, unit_end in _units(text[start:end]):
            for char in _fold_words(text[start + unit_start : start + unit_end]):
                pieces.append(char)
                starts.append(start + unit_start)
                ends.append(start + unit_end)

    done = 0
    for run in _PLAIN_RUN.finditer(text):
        start, end = run.span()
        if end < len(text):
            end -= 1  # the character before a mark is folded with it
        if start >= end:
            continue
        fold_units(done, start)
        pieces.append(unicodedata.normalize("NFKC", text[start:end]).lower())
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
        done = end
    fold_units(done, len(text))
    folded = "".join(pieces)
    return _merged(
        [
            (starts[at], ends[at + len(term) - 1])
            for term in terms
            for at in _occurrences(folded, term)
        ]
    )


def _occurrences(folded: str, term: str) -> Iterator[int]:
    """Where ``term`` starts in ``folded``, left to right, not overlapping."""
    if not term:
        return
    at = folded.find(term)
    while at >= 0:
        yield at
        at = folded.find(term, at + len(term))


@lru_cache(maxsize=4096)
def _fold_name(unit: str) -> str:
    return name_key(unit)


@lru_cache(maxsize=256)
def _fold_digits(unit: str) -> str:
    return phone_digits(unit)


def _find_spans(
    text: str, needles: Iterable[str], fold: Callable[[str], str], *, prefix_only: bool = False
) -> list[tuple[int, int]]:
    """Where the folded needles occur in the text, as spans of the original characters."""
    folded, origin = _folded(text, fold)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        if not needle:
            continue
        at = folded.find(needle)
        while at >= 0:
            spans.append((origin[at][0], origin[at + len(needle) - 1][1]))
            if prefix_only:
                break
            at = folded.find(needle, at + len(needle))
        if prefix_only:
            break
    return _merged(spans)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def make_snippet(
    text: str, spans: Sequence[tuple[int, int]], *, width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut a text to about ``width`` characters around its first match.

    Args:
        text: the original text.
        spans: matched spans of ``text`` (``(start, end)``, sorted).
        width: about how many characters to keep.

    Returns:
        The snippet (line breaks and tabs as spaces, ``…`` where the text was cut) and the
        matched spans inside it, shifted to the snippet's offsets.
    """
    first = spans[0] if spans else (0, 0)
    start = max(0, first[0] - SNIPPET_LEAD)
    if len(text) - start < width:
        start = max(0, len(text) - width)
    end = min(len(text), max(start + width, first[1]))
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    body = _WHITESPACE.sub(" ", text[start:end])
    shift = len(lead) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return lead + body + tail, inside


# --- the service ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scope:
    """The cases a search may find.

    Attributes:
        principal: the user searching.
        visible: the condition on ``Case`` (:func:`~welfaredesk.services.security.visible_cases`).
        everything: whether the user's role sees every case (but restricted ones it is not
            named on), so that most cases read newest first are visible.
    """

    principal: Principal
    visible: ColumnElement[bool]
    everything: bool


@dataclass(frozen=True, slots=True)
class _CaseInfo:
    case_number: str
    client_name: str
    client_kana: str
    stage: CaseStage
    opened_on: dt.date


class SearchService:
    """The one search box of the main window."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(
        self,
        principal: Principal,
        text: str,
        *,
        limit: int = 100,
        today: dt.date | None = None,
    ) -> SearchResults:
        """Search everything the principal may see for what was typed.

        Args:
            principal: the logged-in user (needs the case-read permission).
            text: what was typed in the search box.
            limit: the most hits per group.
            today: unused by the search itself; accepted so callers can pass the day they
                show (kept for symmetry with the other list services).

        Returns:
            The groups of the kinds searched for the query's type (:data:`SEARCHED_KINDS`),
            each newest first and at most ``limit`` long. An empty query searches nothing
            and is not audited.
        """
        require(principal, Action.CASE_READ, self._db)
        del today
        query_type = classify(text)
        kinds = SEARCHED_KINDS[query_type]
        if query_type is QueryType.PHONE and _western_number_match(text) is not None:
            # 2025-00012 is a case number in the western style as well as a phone number
            kinds = (SearchKind.CASE_NUMBER, *kinds)
        if not kinds:
            return SearchResults(text, query_type, (), ())
        limit = max(1, limit)
        with self._db.write() as s:
            scope = _Scope(
                principal, visible_cases(principal), case_scope(principal.role) is CaseScope.ALL
            )
            groups: list[SearchGroup] = []
            for kind in kinds:
                hits = self._search_kind(s, kind, text, scope, limit + 1)
                groups.append(SearchGroup(kind, tuple(hits[:limit]), len(hits) > limit))
            counts = {str(group.kind): group.count for group in groups}
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "search",
                detail={"query_type": str(query_type), "counts": counts},
            )
        log.info("search (%s) by user %s: %s", query_type, principal.user_id, counts)
        return SearchResults(text, query_type, kinds, tuple(groups))

    def _search_kind(
        self, s: Session, kind: SearchKind, text: str, scope: _Scope, limit: int
    ) -> list[SearchHit]:
        if kind is SearchKind.CASE_NUMBER:
            return _case_numbers(s, text, scope.visible, limit)
        if kind is SearchKind.PERSON:
            return _people(s, text, scope, limit)
        if kind is SearchKind.PHONE:
            return _phones(s, text, scope, limit)
        return _full_text(s, kind, text, scope, limit)


# --- case numbers ---------------------------------------------------------------------------


def _case_numbers(
    s: Session, text: str, visible: ColumnElement[bool], limit: int
) -> list[SearchHit]:
    match = _case_number_match(text)
    western = _western_number_match(text) if match is None else None
    if match is not None:
        era, year, serial = match["era"], str(int(match["year"])), match["serial"]
        written = f"{era}{year}-{serial}"
        typed = f"{era}{year}-{serial or ''}"
    elif western is not None:
        serial = western["serial"]
        written = typed = f"{western['year']}-{serial}"
    else:  # pragma: no cover - the search only asks for case numbers when one was typed
        return []
    # The stored number in either style: a desk that changed its style finds the old ones.
    exact: tuple[str, ...] = ()
    if serial:
        try:
            exact = case_number_forms(*parse_case_number(written))
        except (ValidationError, ValueError):
            exact = ()
    base = (
        select(
            Case.id,
            Case.case_number,
            Case.stage,
            Case.opened_on,
            Person.family_name,
            Person.given_name,
            Person.family_kana,
            Person.given_kana,
        )
        .join(Person, Person.id == Case.client_id)
        .where(visible)
        # One fiscal year: the number's text sorts like the serial (five digits, padded), and
        # the unique index on it is read backwards instead of sorting.
        .order_by(Case.case_number.desc())
    )
    connection = s.connection()
    rows: list[Row[int, str, str, dt.date, str, str, str, str]] = []
    if exact:
        rows.extend(connection.execute(base.where(Case.case_number.in_(exact))).all())
    others = base.where(starts_with(Case.case_number, typed))
    if exact:
        others = others.where(Case.case_number.not_in(exact))
    rows.extend(connection.execute(others.limit(limit - len(rows))).all())
    stages = {stage: label(stage) for stage in CaseStage}
    hits = []
    for case_id, number, stage_code, opened_on, family, given, family_kana, given_kana in rows:
        matched = len(number) if number in exact else min(len(typed), len(number))
        spans = [(0, matched)]
        snippet, highlights = make_snippet(number, spans)
        stage = CaseStage(stage_code)
        client = full_name(family, given)
        hits.append(
            SearchHit(
                kind=SearchKind.CASE_NUMBER,
                case_id=case_id,
                case_number=number,
                client_name=client,
                client_kana=full_name(family_kana, given_kana),
                stage=stage,
                title=client,
                subtitle=stages[stage],
                occurred_on=opened_on,
                snippet=snippet,
                highlights=highlights,
                record_id=case_id,
                stage_tab=STAGE_TABS[SearchKind.CASE_NUMBER],
            )
        )
    return hits


# --- people ---------------------------------------------------------------------------------


class _Match(StrEnum):
    """How people are matched (:func:`_condition`)."""

    NAME = "name"
    """The name or the reading starts with ``:key``."""
    PHONE_START = "phone_start"
    """The phone number's digits start with ``:key``."""
    PHONE_ANYWHERE = "phone_anywhere"
    """The phone number's digits contain ``:key`` (read through the whole table)."""


class _Plan(StrEnum):
    """How the cases of the matching people are found (:func:`_person_hits`)."""

    BY_PERSON = "by_person"
    """Through the indexes from the matching people, tested again inside the statement."""
    BY_ID = "by_id"
    """Through the indexes from the ids of the matching people (``:ids``)."""
    BY_DATE = "by_date"
    """The cases newest first, each one's people tested, until enough match."""


_KEY = bindparam("key", type_=String())
_KEY_END = bindparam("key_end", type_=String())


def _condition(match: _Match) -> ColumnElement[bool]:
    """Which people match, with the key (and the key + :data:`_BEYOND`) as parameters."""
    if match is _Match.NAME:
        return or_(
            and_(Person.name_key >= _KEY, Person.name_key < _KEY_END),
            and_(Person.kana_key >= _KEY, Person.kana_key < _KEY_END),
        )
    start = and_(Person.phone_digits >= _KEY, Person.phone_digits < _KEY_END)
    if match is _Match.PHONE_START:
        return start
    return or_(start, Person.phone_digits.contains(_KEY))  # digits only: no LIKE wildcards


def _people(s: Session, text: str, scope: _Scope, limit: int) -> list[SearchHit]:
    key = name_key(text)
    if not key:
        return []
    return _person_hits(s, SearchKind.PERSON, _Match.NAME, scope, limit=limit, key=key)


def _phones(s: Session, text: str, scope: _Scope, limit: int) -> list[SearchHit]:
    digits = phone_digits(text)
    if len(digits) < MIN_PHONE_DIGITS:
        return []
    match = _Match.PHONE_ANYWHERE if len(digits) >= PHONE_CONTAINS_DIGITS else _Match.PHONE_START
    return _person_hits(s, SearchKind.PHONE, match, scope, limit=limit, key=digits)


class _Person(NamedTuple):
    """What a hit shows of a person."""

    id: int
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    phone: str


_PERSON_COLUMNS = tuple(getattr(Person, field) for field in _Person._fields)


@lru_cache(maxsize=64)
def _people_statement(match: _Match, most: int) -> Select[int]:
    """The ids of the first ``most`` matching people."""
    return select(Person.id).where(_condition(match)).limit(most)


@lru_cache(maxsize=64)
def _count_statement(match: _Match, most: int) -> Select[int]:
    """How many people match, up to ``most``."""
    return select(func.count()).select_from(_people_statement(match, most).subquery())


@lru_cache(maxsize=64)
def _cases_statement(
    principal: Principal, match: _Match, plan: _Plan, limit: int
) -> CompoundSelect[Any]:
    """The ``limit`` newest visible cases of the matching people, with who in them matched.

    Built once per user and shape, with the key (and the ids) as parameters, so that a
    search does not build (and the engine does not fingerprint) the statement again. Rows:
    case id, relation, whether the person matched, case number, stage and opening date (all
    three None for a household member), then :class:`_Person`. Every client comes (with
    the case); of the household members only those who match.
    """
    condition = _condition(match)
    if plan is _Plan.BY_DATE:
        # Read the cases in opening order (ix_case_file_opened_on) and test each one's few
        # people, until enough cases match.
        in_case = or_(
            exists().where(Person.id == Case.client_id, condition),
            exists().where(
                HouseholdMember.household_id == Case.household_id,
                Person.id == HouseholdMember.person_id,
                condition,
            ),
        )
    else:
        ids: ColumnElement[Any] | Select[int]
        if plan is _Plan.BY_ID:
            ids = bindparam("ids", expanding=True)
        else:
            found = select(Person.id).where(condition).cte("found")
            ids = select(found.c.id)
        households = select(HouseholdMember.household_id).where(HouseholdMember.person_id.in_(ids))
        in_case = or_(Case.client_id.in_(ids), Case.household_id.in_(households))
    chosen = (
        select(Case.id, Case.case_number, Case.stage, Case.opened_on, Case.client_id)
        .where(visible_cases(principal), in_case)
        .order_by(Case.opened_on.desc(), Case.id.desc())
        .limit(limit)
        .cte("chosen")
    )
    as_client = (
        select(
            chosen.c.id,
            literal(_CLIENT_RELATION),
            condition,
            chosen.c.case_number,
            chosen.c.stage,
            chosen.c.opened_on,
            *_PERSON_COLUMNS,
        )
        .select_from(chosen)
        .join(Person, Person.id == chosen.c.client_id)
    )
    as_member = (
        select(
            chosen.c.id,
            HouseholdMember.relation_code,
            literal(True),
            null(),
            null(),
            null(),
            *_PERSON_COLUMNS,
        )
        .select_from(chosen)
        .join(Case, Case.id == chosen.c.id)
        .join(HouseholdMember, HouseholdMember.household_id == Case.household_id)
        .join(Person, Person.id == HouseholdMember.person_id)
        .where(condition)
    )
    return union_all(as_client, as_member)


def _person_hits(
    s: Session,
    kind: SearchKind,
    match: _Match,
    scope: _Scope,
    *,
    limit: int,
    key: str,
) -> list[SearchHit]:
    """The visible cases of the households of the people matching ``key``, newest first.

    A person is in a case as its client or as a member of its household. Their cases are
    looked up through the indexes (``client_id``, ``household_member.person_id``,
    ``household_id``) and sorted: the cost grows with the number of matching people. With
    :data:`PERSON_LOOKUP_LIMIT` or more of them (a common family name, one kana) and a user
    who sees every case, the cases are read newest first instead until ``limit`` of them
    match, which stops early (a few in a hundred cases match); a user who sees only some
    cases would read too many of them that way, so for them the indexes are used whatever
    the number. A match served by an index is cheaper to test again inside the statement
    than to send the ids of the people found; one that reads the whole table (digits
    anywhere in a phone number) is read once.
    """
    connection = s.connection()
    params: dict[str, Any] = {"key": key, "key_end": key + _BEYOND}
    indexed = match is not _Match.PHONE_ANYWHERE
    most = PERSON_LOOKUP_LIMIT
    found: list[int] = []
    if indexed:  # how many, up to the limit: a walk along the index, no rows sent
        count = int(connection.scalar(_count_statement(match, most), params) or 0)
    else:
        found = list(connection.scalars(_people_statement(match, most), params))
        count = len(found)
    if not count:
        return []
    plan = _Plan.BY_PERSON if indexed else _Plan.BY_ID
    if count >= most:
        plan = _Plan.BY_DATE if scope.everything else _Plan.BY_PERSON
    if plan is _Plan.BY_ID:
        params["ids"] = found
    statement = _cases_statement(scope.principal, match, plan, limit)
    rows = connection.execute(statement, params).all()
    relations_found: dict[tuple[int, int], str] = {}
    persons: dict[int, _Person] = {}
    cases: dict[int, _CaseInfo] = {}
    members: list[tuple[int, str, _Person]] = []
    for case_id, relation, matched, number, stage, opened_on, *columns in rows:
        person = _Person(*columns)
        if number is None:  # a household member
            members.append((case_id, relation, person))
            continue
        cases[case_id] = _CaseInfo(
            case_number=number,
            client_name=full_name(person.family_name, person.given_name),
            client_kana=full_name(person.family_kana, person.given_kana),
            stage=CaseStage(stage),
            opened_on=opened_on,
        )
        if matched:
            relations_found[(case_id, person.id)] = _CLIENT_RELATION
            persons[person.id] = person
    if not cases:
        return []
    for case_id, relation, person in members:
        if (case_id, person.id) not in relations_found:  # the client, as a member too
            relations_found[(case_id, person.id)] = relation
            persons[person.id] = person
    # The cases newest first; in a case, the client first, then the members by id.
    position = {
        case_id: index
        for index, case_id in enumerate(
            sorted(cases, key=lambda case_id: (cases[case_id].opened_on, case_id), reverse=True)
        )
    }
    pairs = sorted(
        relations_found,
        key=lambda pair: (
            position[pair[0]],
            relations_found[pair] != _CLIENT_RELATION,
            pair[1],
        ),
    )[:limit]
    (labels,) = _labels(s, "relation")
    snippets: dict[int, tuple[str, tuple[tuple[int, int], ...]]] = {}
    hits = []
    for case_id, person_id in pairs:
        info, person = cases[case_id], persons[person_id]
        relation_code = relations_found[(case_id, person_id)]
        if person_id not in snippets:  # a person may be in several of the cases
            if kind is SearchKind.PHONE:
                spans = _find_spans(person.phone, [key], _fold_digits, prefix_only=True)
                snippets[person_id] = make_snippet(person.phone, spans)
            else:
                snippets[person_id] = _name_snippet(person, key)
        snippet, highlights = snippets[person_id]
        hits.append(
            SearchHit(
                kind=kind,
                case_id=case_id,
                case_number=info.case_number,
                client_name=info.client_name,
                client_kana=info.client_kana,
                stage=info.stage,
                title=full_name(person.family_name, person.given_name),
                subtitle=labels.get(relation_code, relation_code),
                occurred_on=info.opened_on,
                snippet=snippet,
                highlights=highlights,
                record_id=person_id,
                stage_tab=STAGE_TABS[kind],
            )
        )
    return hits


def _labels(s: Session, *list_names: str) -> list[dict[str, str]]:
    """Code → label of some pick-lists, inactive values included, in one statement."""
    labels = picklist_label_maps(s, list_names)
    return [labels[name] for name in list_names]


def _name_snippet(person: _Person, key: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``氏名（ふりがな）`` with the matched start of the name or of the reading highlighted."""
    name = full_name(person.family_name, person.given_name)
    kana = " ".join(part for part in (person.family_kana, person.given_kana) if part)
    snippet = msg("{name}（{kana}）", name=name, kana=kana) if kana else name
    span = _prefix_span(name, key, _fold_name)
    if span is None and kana:
        offset = len(name) + 1
        span = _prefix_span(kana, key, _fold_name)
        span = None if span is None else (span[0] + offset, span[1] + offset)
    return snippet, () if span is None else (span,)


def _prefix_span(text: str, key: str, fold: Callable[[str], str]) -> tuple[int, int] | None:
    """The characters of ``text`` whose folded form is ``key``, if the text starts with it.

    What ``_find_spans(text, [key], fold)`` finds at the start, folding only as many
    characters as the key needs (the name keys match at the start).
    """
    folded = ""
    first = 0
    for start, end in _iter_units(text):
        piece = fold(text[start:end])
        if not piece:
            continue
        if not folded:
            first = start
        folded += piece
        if len(folded) >= len(key):
            return (first, end) if folded.startswith(key) else None
    return None


# --- full text ------------------------------------------------------------------------------


_FULL_TEXT_STATEMENTS: dict[tuple[object, ...], Select[Any]] = {}
_FULL_TEXT_STATEMENTS_KEPT = 64


def _full_text_statement(
    matching: Select[Any], kind: SearchKind, visible: ColumnElement[bool], limit: int
) -> Select[Any]:
    """The visible documents of one kind among ``matching``, most recently indexed first.

    Rows: record id, date, title code, subtitle code (or the note's staff), text, the
    note's next action (empty for a concern), case id, case number, stage, and the client's
    family name, given name and their readings.
    """
    matches = matching.subquery()
    match_id = matches.c[0]
    concern = kind is SearchKind.CONCERN
    statement: Select[*tuple[Any, ...]]
    if concern:
        statement = select(
            Consultation.id,
            Consultation.received_at,
            Consultation.channel_code,
            Consultation.consulter_type_code,
            Consultation.presenting_concern,
            literal(""),
        )
    else:
        statement = select(
            ProgressNote.id,
            ProgressNote.noted_at,
            ProgressNote.method_code,
            User.display_name,
            ProgressNote.body,
            ProgressNote.next_action,
        )
    record: type[Consultation] | type[ProgressNote] = Consultation if concern else ProgressNote
    statement = (
        statement.add_columns(
            Case.id,
            Case.case_number,
            Case.stage,
            Person.family_name,
            Person.given_name,
            Person.family_kana,
            Person.given_kana,
        )
        .select_from(matches)
        .join(SearchDocument, SearchDocument.id == match_id)
        .join(Case, Case.id == SearchDocument.case_id)
        .join(record, record.id == SearchDocument.record_id)
        .join(Person, Person.id == Case.client_id)
        .where(SearchDocument.kind == (CONCERN_DOCUMENT if concern else NOTE_DOCUMENT), visible)
        .order_by(match_id.desc())
        .limit(limit)
    )
    if not concern:
        statement = statement.outerjoin(User, User.id == ProgressNote.staff_id)
    return statement


def _full_text(
    s: Session, kind: SearchKind, text: str, scope: _Scope, limit: int
) -> list[SearchHit]:
    """The ``limit`` most recently recorded visible matches of one kind, newest first.

    One statement walks the full-text matches from the most recently indexed one down (the
    engine hands them over in that order, so a common word does not make the whole index
    sort), keeps those of the kind in visible cases and stops at ``limit``; the record, its
    case and the case's client come with each. Those few are then shown by their own date.
    """
    query = match_query(text)
    if query.is_empty:
        return []
    matching = fulltext.adapter_for(s.get_bind().dialect.name).matching_ids(query)
    # The statement is kept per user and shape of the match (its SQL, without the words);
    # the words go in as parameters.
    words = {
        element.key: element.value
        for element in visitors.iterate(matching)
        if isinstance(element, BindParameter)
    }
    where = matching.whereclause  # the adapters' condition is one text clause: its SQL
    shape = (
        scope.principal,
        kind,
        limit,
        where.text if isinstance(where, TextClause) else str(where),
    )
    statement = _FULL_TEXT_STATEMENTS.get(shape)
    if statement is None:
        if len(_FULL_TEXT_STATEMENTS) >= _FULL_TEXT_STATEMENTS_KEPT:
            _FULL_TEXT_STATEMENTS.clear()
        blank = matching.params(dict.fromkeys(words))  # no words kept in the statement
        statement = _full_text_statement(blank, kind, scope.visible, limit)
        _FULL_TEXT_STATEMENTS[shape] = statement
    concern = kind is SearchKind.CONCERN
    found = s.connection().execute(statement, words).all()
    if not found:
        return []
    if concern:
        titles, subtitles = _labels(s, "intake_channel", "consulter_type")
    else:
        (titles,), subtitles = _labels(s, "note_method"), {}
    # The most recent by their own date (a note may be written days after the visit).
    rows = sorted(found, key=lambda row: (row[1], row[0]), reverse=True)
    terms = normalise_for_search(text).split()
    hits = []
    for (
        record_id,
        at,
        title,
        subtitle,
        body,
        next_action,
        case_id,
        number,
        stage,
        *client,
    ) in rows:
        # A note's indexed text (services/notes.py): the body, then the next action.
        shown = f"{body}\n{next_action}" if next_action else body
        snippet, highlights = make_snippet(shown, _word_spans(shown, terms))
        hits.append(
            SearchHit(
                kind=kind,
                case_id=case_id,
                case_number=number,
                client_name=full_name(client[0], client[1]),
                client_kana=full_name(client[2], client[3]),
                stage=CaseStage(stage),
                title=titles.get(title, title),
                subtitle=subtitles.get(subtitle, subtitle or ""),
                occurred_on=at.date(),
                snippet=snippet,
                highlights=highlights,
                record_id=record_id,
                stage_tab=STAGE_TABS[kind],
            )
        )
    return hits


__all__ = [
    "KIND_ORDER",
    "STAGE_TABS",
    "QueryType",
    "SearchGroup",
    "SearchHit",
    "SearchKind",
    "SearchResults",
    "SearchService",
    "classify",
    "make_snippet",
]
