"""The benchmark of design.md §7: each interaction timed beside a hand-written raw-SQL baseline.

``welfaredesk bench [--cases N | --scale N,N,...] [--seed S] [--repeat K] [--json FILE]
[--archive-dir DIR] [--only KEY,...] [--cold drop|first] [--ledger-rows N]``

1. The generated archive (:func:`welfaredesk.services.demo.build_demo`) is built once per size
   and seed into the user cache folder (``bench-{cases}-{seed}.db``) and reused; an archive at
   an older schema revision this program knows is upgraded in place (no backup copy: it can
   be generated again), one at an unknown revision or unreadable is built again.
2. Every interaction of :data:`INTERACTIONS` (design.md §7 and issue 10: start-up cold and
   warm, the list's first screen, filters, views and sorts, name and full-text search, a case
   with 200 notes, saving a note, every printed form, the fiscal-year report, a 10,000-row
   ledger import, a backup) is prepared (inputs chosen outside the timing), run once to warm
   up, then ``K`` times alternating with its baseline; the medians are compared with the
   target and with each other (the 2× rule: "each query within 2× of the same query written
   by hand in raw SQL"). Targets §7 does not name are chosen, with the reason, beside their
   interactions (:data:`PDF_TARGET_MS`, :data:`LEDGER_TARGET_MS`, :data:`BACKUP_MS_PER_GB`).
3. The peak memory is measured in a separate process that opens the real main window with
   the case list loaded (``VmHWM``), so the archive build and the other interactions do not
   count.
4. ``--scale`` runs all of it at each size and adds the scaling table (:func:`scaling_rows`):
   each median by size, the growth per step as a factor and an exponent, flagging growth
   faster than linear and indexed interactions that are not near flat.

Interactions go through the real services and the real case table model (offscreen Qt); the
baselines use :mod:`sqlite3` directly on the same file. Writes (saving a note, the audit events
of opening a case and printing) go into the archive itself through the services' own
transactions, so the timings include the commit; each run adds a few notes and audit events
(the audit hash chain stays valid: the baselines extend it the same way). The ledger import
goes into a working copy that is removed afterwards.

Adding an interaction is one function decorated with :func:`interaction` that returns a
:class:`Pair` (the measured callable and its baseline); :func:`pending` lists one that is not
built yet, so the table says so instead of leaving it out.

Timings are asserted only here (the pass/fail column), never by the test suite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from welfaredesk import paths
from welfaredesk.domain.enums import CaseStage
from welfaredesk.domain.names import name_key
from welfaredesk.domain.search_text import index_text, match_query
from welfaredesk.gui.bench_probes import LIST_WAIT_S
from welfaredesk.services.dto import CaseFilter, CaseRow, Principal

if TYPE_CHECKING:
    from welfaredesk.app import AppContext

BENCH_EXIT_AT_LOGIN = "WELFAREDESK_BENCH_EXIT_AT_LOGIN"
"""Set in the start-up child: the program prints :data:`LOGIN_SHOWN` and exits at the login."""
LOGIN_SHOWN = "welfaredesk-bench: login window shown"
"""The line the start-up child prints when the login window is on screen."""

SCREEN_ROWS = 40
"""The rows of the first screen of the case list (1280×800)."""
RATIO_LIMIT = 2.0
"""A query may take at most this many times its hand-written baseline."""
MEMORY_TARGET_MB = 400.0
FULL_TEXT_TERM = "ホームヘルプ"
"""A phrase that occurs in many generated notes (so the limit of 100 hits matters)."""
NOTE_BODY = "ベンチマークの記録。本人に電話し、近況を確認した。"
DEFAULT_FILTER = CaseFilter(open_only=True)
"""The main window's filter after login: closed cases left out, newest first."""
_CHILD_TIMEOUT_S = 300
PDF_TARGET_MS = 150.0
"""design.md §7 names the contact slip (≤ 150 ms); every other one-case form is held to it."""
MEETING_PDF_TARGET_MS = 300.0
"""A meeting paper lists every case on the agenda (a dozen or more): twice the one-case form."""


# --- the registry ------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """What one interaction times.

    Attributes:
        measured: the interaction through the real services (and table model); its median
            is held to the target.
        baseline: the same result by hand-written SQL, or None when there is none.
        same: compares the two results (warm-up run); None when they cannot be compared.
        note: what was measured, for the table's reader (e.g. the search text).
        query: the service calls alone, when ``measured`` also does other work (the table
            model's cells); its median is the one compared with the baseline (the 2× rule
            is about queries). None: ``measured`` is the service call itself.
        target_ms: a target worked out from the archive (a backup: per GB), instead of the
            interaction's own.
        before: run (untimed) before every timed run of either side (dropping the page
            cache for a cold start).
        warm_up: run each side once untimed first (False: the first run is a timed one).
        repeat: at most this many timed runs, fewer than ``--repeat`` (a cold start without
            the right to drop the cache has only one first run; a ledger import or a backup
            of a big archive takes minutes: :data:`SLOW_REPEAT`).
    """

    measured: Callable[[], Any]
    baseline: Callable[[], Any] | None
    same: Callable[[Any, Any], bool] | None = None
    note: str = ""
    query: Callable[[], Any] | None = None
    target_ms: float | None = None
    before: Callable[[], None] | None = None
    warm_up: bool = True
    repeat: int | None = None


@dataclass(frozen=True)
class Interaction:
    """One line of the benchmark table.

    Attributes:
        key: a stable identifier (the JSON's key).
        title: the Japanese label shown in the table.
        target_ms: the design.md §7 target.
        prepare: builds the :class:`Pair` on an open :class:`Rig` (not timed); None when the
            feature does not exist yet.
        ratio_rule: whether the 2× rule applies (queries; not the process start or the PDF).
        pending: why the interaction is not measured (when ``prepare`` is None).
        indexed: its work does not depend on the archive's size (an index lookup of one
            case, one person, one form), so in the scaling table its time must stay near
            flat; otherwise it may grow, but not faster than linearly.
    """

    key: str
    title: str
    target_ms: float
    prepare: Callable[[Rig], Pair] | None
    ratio_rule: bool = True
    pending: str = ""
    indexed: bool = False


INTERACTIONS: list[Interaction] = []
"""Every interaction, in table order."""


def interaction(
    key: str, title: str, target_ms: float, *, ratio_rule: bool = True, indexed: bool = False
) -> Callable[[Callable[[Rig], Pair]], Callable[[Rig], Pair]]:
    """Register the decorated ``prepare(rig) -> Pair`` function as an interaction."""

    def register(prepare: Callable[[Rig], Pair]) -> Callable[[Rig], Pair]:
        INTERACTIONS.append(
            Interaction(key, title, target_ms, prepare, ratio_rule, indexed=indexed)
        )
        return prepare

    return register


def pending(key: str, title: str, target_ms: float, reason: str) -> None:
    """Register an interaction that cannot be measured yet (shown as n/a with the reason)."""
    INTERACTIONS.append(Interaction(key, title, target_ms, None, pending=reason))


# --- what the interactions run on ---------------------------------------------------------


@dataclass
class Rig:
    """The open archive: the services, a raw connection, the logged-in supervisor."""

    archive: Path
    ctx: AppContext
    principal: Principal
    raw: sqlite3.Connection
    work_dir: Path
    today: dt.date = field(default_factory=dt.date.today)
    drop_caches: bool = True
    """Whether a cold start may empty the page cache (``--cold drop``; else ``first``)."""
    ledger_rows: int = 10_000
    """The rows of each imported ledger file."""
    closers: list[Callable[[], None]] = field(default_factory=list)
    """Run (last first) when the measuring ends: working copies, their connections."""

    def close(self) -> None:
        """Run the closers."""
        while self.closers:
            self.closers.pop()()

    def qt(self) -> None:
        """Make sure an offscreen QApplication exists (configured like the program's)."""
        from welfaredesk.gui.bench_probes import qt_application

        qt_application()

    def scalar(self, sql: str, *params: Any) -> Any:
        """One value by raw SQL (for choosing inputs; not timed)."""
        row = self.raw.execute(sql, params).fetchone()
        return None if row is None else row[0]


def raw_connection(path: Path) -> sqlite3.Connection:
    """A stdlib connection with the program's pragmas (WAL, synchronous NORMAL)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _raw_audit(  # noqa: PLR0917 - the event's fields
    conn: sqlite3.Connection,
    user_id: int,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    detail: dict[str, Any],
) -> None:
    """Append an audit event by hand, extending the hash chain exactly as the services do."""
    row = conn.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else "0" * 64
    now = dt.datetime.now().replace(microsecond=0)
    payload = [prev, now.isoformat(), user_id, action, entity, entity_id, case_id, detail]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO audit_event (occurred_at, user_id, action, entity, entity_id, case_id,"
        " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now.strftime("%Y-%m-%d %H:%M:%S.%f"),
            user_id,
            action,
            entity,
            entity_id,
            case_id,
            json.dumps(detail),
            prev,
            digest,
        ),
    )


# --- the case list ------------------------------------------------------------------------

_VISIBLE = (
    "(c.restricted = 0 OR EXISTS (SELECT 1 FROM case_access x"
    " WHERE x.case_id = c.id AND x.user_id = :user))"
)
"""A supervisor's scope (all cases) minus the restricted ones the user is not named on."""

_ROW_SQL = (
    "SELECT c.id, c.case_number, p.family_name, p.given_name, p.family_kana, p.given_kana,"
    " p.birth_date, a.name, u.display_name, c.stage, c.complex_needs, c.consent_status,"
    " c.last_contact_on, c.next_due_on, c.opened_on, c.restricted"
    " FROM case_file c JOIN person p ON p.id = c.client_id"
    " LEFT JOIN area a ON a.id = c.area_id LEFT JOIN app_user u ON u.id = c.lead_worker_id"
    " WHERE c.id IN ({marks})"
)


def _first_screen(
    rig: Rig, flt: CaseFilter, id_sql: str, params: dict[str, Any], count_sql: str | None = None
) -> Pair:
    """What the user waits for: the list's first page of ids with the total count and its
    first rows (``list_page``, as the main window asks for them), shown in
    ``CaseTableModel`` with every cell of the first screen read. The rest of the ids follow
    on the worker while the first screen is already shown (not timed here; the memory
    probe opens the whole list)."""
    from welfaredesk.gui.bench_probes import first_screen_numbers
    from welfaredesk.gui.models.case_table_model import BLOCK_SIZE, FIRST_PAGE

    cases, principal = rig.ctx.cases, rig.principal

    def measured() -> tuple[list[int], int, list[str]]:
        page = cases.list_page(principal, flt, FIRST_PAGE, rows=BLOCK_SIZE)
        ready = {row.id: row for row in page.rows if row is not None}

        def fetch(block: Sequence[int]) -> dict[int, CaseRow]:
            missing = [i for i in block if i not in ready]
            return {**ready, **(cases.fetch_rows(principal, missing) if missing else {})}

        ids = list(page.ids)
        return ids, page.total, first_screen_numbers(fetch, ids, SCREEN_ROWS)

    def query() -> int:
        return len(cases.list_page(principal, flt, FIRST_PAGE, rows=BLOCK_SIZE).ids)

    if count_sql is None:
        count_sql = f"SELECT count(*) FROM ({id_sql.split(' ORDER BY ', maxsplit=1)[0]})"

    def baseline() -> tuple[list[int], int, list[str]]:
        values = {"user": principal.user_id, **params}
        ids = [r[0] for r in rig.raw.execute(f"{id_sql} LIMIT {FIRST_PAGE}", values)]
        total = len(ids)
        if total == FIRST_PAGE:
            total = rig.raw.execute(count_sql, values).fetchone()[0]
        block = ids[:BLOCK_SIZE]
        rows = {
            r[0]: r
            for r in rig.raw.execute(_ROW_SQL.format(marks=",".join("?" * len(block))), block)
        }
        return ids, total, [rows[i][1] for i in ids[:SCREEN_ROWS]]

    return Pair(measured, baseline, lambda m, b: bool(m == b), _count_note(rig, flt), query)


def _count_note(rig: Rig, flt: CaseFilter) -> str:
    return f"{len(rig.ctx.cases.list_ids(rig.principal, flt)):,}件"


@interaction("list_first_screen", "ケース一覧の最初の画面(ログイン後)", 500)
def _list_first_screen(rig: Rig) -> Pair:
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed'"
        " ORDER BY c.opened_on DESC, c.id DESC"
    )
    return _first_screen(rig, DEFAULT_FILTER, sql, {})


@interaction("filter_stage", "絞り込みの変更(段階)", 150)
def _filter_stage(rig: Rig) -> Pair:
    stage = rig.scalar(
        "SELECT stage FROM case_file WHERE stage != 'closed' GROUP BY stage"
        " ORDER BY count(*) DESC LIMIT 1"
    )
    flt = dataclasses.replace(DEFAULT_FILTER, stages=(CaseStage(stage),))
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage = :stage"
        " AND c.stage != 'closed' ORDER BY c.opened_on DESC, c.id DESC"
    )
    pair = _first_screen(rig, flt, sql, {"stage": stage})
    return dataclasses.replace(pair, note=f"{stage}: {pair.note}")


@interaction("sort_kana", "並べ替えの変更(ふりがな)", 150)
def _sort_kana(rig: Rig) -> Pair:
    flt = dataclasses.replace(DEFAULT_FILTER, sort_key="client_kana", descending=False)
    sql = (
        f"SELECT c.id FROM case_file c JOIN person p ON p.id = c.client_id WHERE {_VISIBLE}"
        " AND c.stage != 'closed' ORDER BY p.kana_key, c.id"
    )
    if _has_column(rig.raw, "case_file", "client_kana_key"):  # migration 0010: on the case
        sql = (
            f"SELECT c.id FROM case_file c WHERE {_VISIBLE}"
            " AND c.stage != 'closed' ORDER BY c.client_kana_key, c.id"
        )
    return _first_screen(rig, flt, sql, {})


def _top(rig: Rig, sql: str) -> Any:
    """The most frequent value by ``sql`` (a GROUP BY … ORDER BY count(*) DESC query)."""
    return rig.scalar(sql)


@interaction("filter_worker", "絞り込みの変更(担当者)", 150)
def _filter_worker(rig: Rig) -> Pair:
    worker = int(
        _top(
            rig,
            "SELECT lead_worker_id FROM case_file WHERE stage != 'closed'"
            " AND lead_worker_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
        )
    )
    flt = dataclasses.replace(DEFAULT_FILTER, worker_ids=(worker,))
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed'"
        " AND (c.lead_worker_id = :worker OR c.co_worker_id = :worker)"
        " ORDER BY c.opened_on DESC, c.id DESC"
    )
    pair = _first_screen(rig, flt, sql, {"worker": worker})
    return dataclasses.replace(pair, note=f"職員 {worker}: {pair.note}")


@interaction("view_overdue", "表示の切り替え(期限超過)", 150)
def _view_overdue(rig: Rig) -> Pair:
    from welfaredesk.services.case_list import BUILTIN_VIEWS

    flt = next(f for key, _name, f in BUILTIN_VIEWS if key == "overdue")
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed'"
        " AND c.next_due_on < :today ORDER BY c.next_due_on ASC NULLS LAST, c.id ASC"
    )
    return _first_screen(rig, flt, sql, {"today": rig.today.isoformat()})


@interaction("filter_issue", "絞り込みの変更(課題の分類)", 150)
def _filter_issue(rig: Rig) -> Pair:
    code = str(
        _top(rig, "SELECT issue_code FROM case_issue GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
    )
    flt = dataclasses.replace(DEFAULT_FILTER, issue_codes=(code,))
    # By hand as the service does it: the page walks the newest cases testing each for the
    # issue (EXISTS, cut short by the LIMIT); the count lists the issue's cases once (IN).
    where = f"FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed' AND "
    sql = (
        f"SELECT c.id {where}EXISTS (SELECT 1 FROM case_issue i WHERE i.case_id = c.id"
        " AND i.issue_code = :code) ORDER BY c.opened_on DESC, c.id DESC"
    )
    count = (
        f"SELECT count(*) {where}c.id IN"
        " (SELECT i.case_id FROM case_issue i WHERE i.issue_code = :code)"
    )
    pair = _first_screen(rig, flt, sql, {"code": code}, count)
    return dataclasses.replace(pair, note=f"{code}: {pair.note}")


@interaction("sort_last_contact", "並べ替えの変更(最終接触日)", 150)
def _sort_last_contact(rig: Rig) -> Pair:
    flt = dataclasses.replace(DEFAULT_FILTER, sort_key="last_contact_on", descending=False)
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed'"
        " ORDER BY c.last_contact_on ASC NULLS LAST, c.id ASC"
    )
    return _first_screen(rig, flt, sql, {})


@interaction("sort_due", "並べ替えの変更(次回期限)", 150)
def _sort_due(rig: Rig) -> Pair:
    flt = dataclasses.replace(DEFAULT_FILTER, sort_key="next_due_on", descending=False)
    sql = (
        f"SELECT c.id FROM case_file c WHERE {_VISIBLE} AND c.stage != 'closed'"
        " ORDER BY c.next_due_on ASC NULLS LAST, c.id ASC"
    )
    return _first_screen(rig, flt, sql, {})


# A name search is a range scan of the name indexes, but not of one person: the same reading
# is shared by more people as the archive grows (マスダ: 123 people in 10,000 cases, 1,243 in
# 100,000, 4,003 in 300,000), and every one of their cases is a candidate for the newest
# hits. Its work grows with the matches, as the hand-written SQL's does, so it is judged
# like the lists (at most linear), not as flat; the list's text filter likewise.


@interaction("name_search", "氏名の検索(検索欄)", 100)
def _name_search(rig: Rig) -> Pair:
    kana = _middle_client_kana(rig)
    return _search_pair(rig, kana, note=f"SearchService: {kana}")


@interaction("list_text_filter", "一覧の文字での絞り込み(氏名)", 150)
def _list_text_filter(rig: Rig) -> Pair:
    kana = _middle_client_kana(rig)
    flt = dataclasses.replace(DEFAULT_FILTER, text=kana)
    # By hand: a prefix is a range on the indexed keys.
    sql = (
        "SELECT c.id FROM case_file c JOIN person p ON p.id = c.client_id"
        f" WHERE {_VISIBLE} AND c.stage != 'closed' AND {_NAME_MATCH}"
        " ORDER BY c.opened_on DESC, c.id DESC"
    )
    pair = _first_screen(rig, flt, sql, {"key": name_key(kana)})
    return dataclasses.replace(pair, note=f"CaseFilter(text={kana}): {pair.note}")


def _middle_client_kana(rig: Rig) -> str:
    """The family name (kana) of the client of an open case in the middle of the archive."""
    middle = rig.scalar("SELECT max(id) / 2 FROM case_file")
    return str(
        rig.scalar(
            "SELECT p.family_kana FROM case_file c JOIN person p ON p.id = c.client_id"
            " WHERE c.id >= ? AND c.restricted = 0 AND c.stage != 'closed'"
            " ORDER BY c.id LIMIT 1",
            middle,
        )
    )


_PREFIX = "(p.{col} >= :key AND p.{col} < :key || char(1114111))"
_NAME_MATCH = f"({_PREFIX.format(col='name_key')} OR {_PREFIX.format(col='kana_key')})"
_PEOPLE_CASES_SQL = (
    "WITH found AS (SELECT p.id FROM person p WHERE " + _NAME_MATCH + ")"
    " SELECT c.id FROM case_file c WHERE " + _VISIBLE + " AND (c.client_id IN found"
    " OR c.household_id IN (SELECT m.household_id FROM household_member m"
    " WHERE m.person_id IN found)) ORDER BY c.opened_on DESC, c.id DESC LIMIT :limit"
)
_PEOPLE_PAIRS_SQL = (
    "SELECT c.id, p.id, p.family_name, p.given_name, p.family_kana, p.given_kana,"
    " c.case_number, c.stage FROM case_file c JOIN person p ON p.id = c.client_id"
    " WHERE c.id IN ({marks}) AND " + _NAME_MATCH + " UNION"
    " SELECT c.id, p.id, p.family_name, p.given_name, p.family_kana, p.given_kana,"
    " c.case_number, c.stage FROM case_file c"
    " JOIN household_member m ON m.household_id = c.household_id"
    " JOIN person p ON p.id = m.person_id WHERE c.id IN ({marks}) AND " + _NAME_MATCH
)
_DOCUMENTS_SQL = (
    "SELECT d.record_id, d.case_id, r.{text}, r.{at}, c.case_number, c.stage"
    " FROM search_fts f JOIN search_document d ON d.id = f.rowid"
    " JOIN case_file c ON c.id = d.case_id JOIN {table} r ON r.id = d.record_id"
    " WHERE search_fts MATCH :q AND d.kind = :kind AND "
    + _VISIBLE
    + " ORDER BY f.rowid DESC LIMIT :limit"
)


def _search_pair(rig: Rig, text: str, *, note: str) -> Pair:
    """SearchService.search beside its groups by hand: people by name, concerns, notes.

    The baseline gives each group's hits (the ``limit`` newest visible ones, with the text
    or names a hit shows) and writes the search's audit event, as the service does; the two
    are compared by the number of hits per group.
    """
    from welfaredesk.services.search import SearchService

    service = SearchService(rig.ctx.db)
    principal, limit = rig.principal, 100
    terms = match_query(text).terms
    phrase = " AND ".join('"' + " ".join(t.tokens) + '"' for t in terms)
    key = name_key(text)
    user = principal.user_id

    def baseline() -> list[int]:
        conn = rig.raw
        counts = []
        with _transaction(conn):
            args = {"key": key, "user": user, "limit": limit + 1}
            case_ids = [r[0] for r in conn.execute(_PEOPLE_CASES_SQL, args)]
            pairs: list[Any] = []
            if case_ids:
                marks = ",".join(str(int(i)) for i in case_ids)
                pairs = conn.execute(_PEOPLE_PAIRS_SQL.format(marks=marks), {"key": key}).fetchall()
            counts.append(min(len(pairs), limit))
            for kind, table, column, at in (
                ("consultation", "consultation", "presenting_concern", "received_at"),
                ("note", "progress_note", "body", "noted_at"),
            ):
                sql = _DOCUMENTS_SQL.format(table=table, text=column, at=at)
                args = {"q": phrase, "kind": kind, "user": user, "limit": limit + 1}
                counts.append(min(len(conn.execute(sql, args).fetchall()), limit))
            _raw_audit(conn, user, "view", "search", None, None, {"query_type": "text"})
        return counts

    def measured() -> list[int]:
        return [group.count for group in service.search(principal, text, limit=limit).groups]

    return Pair(measured, baseline, lambda m, b: bool(m == b), note)


# --- search -------------------------------------------------------------------------------


@interaction("full_text", "全文検索(最初の100件)", 300)
def _full_text(rig: Rig) -> Pair:
    phrase = " AND ".join('"' + " ".join(t.tokens) + '"' for t in match_query(FULL_TEXT_TERM).terms)
    total = rig.scalar("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", phrase)
    return _search_pair(rig, FULL_TEXT_TERM, note=f"SearchService: {FULL_TEXT_TERM}({total:,}件中)")


# --- one case -----------------------------------------------------------------------------


def _busiest_case(rig: Rig) -> int:
    return int(
        rig.scalar(
            "SELECT n.case_id FROM progress_note n JOIN case_file c ON c.id = n.case_id"
            " WHERE c.restricted = 0 GROUP BY n.case_id ORDER BY count(*) DESC, n.case_id"
            " LIMIT 1"
        )
    )


OPEN_CASE_NOTES = 200
"""The notes of the case that is opened (design.md §7: "opening a case with 200 notes")."""


def _case_with_notes(rig: Rig, notes: int = OPEN_CASE_NOTES) -> int:
    """The busiest unrestricted case, topped up to ``notes`` notes by raw SQL (not timed).

    The generator gives a case at most a few dozen notes; the missing ones are added once,
    with their search index rows, a day apart (so their order is the same by either path),
    and stay in the archive: the next run finds the case already full.
    """
    case_id = _busiest_case(rig)
    have = int(rig.scalar("SELECT count(*) FROM progress_note WHERE case_id = ?", case_id))
    if have >= notes:
        return case_id
    from welfaredesk.services.notes import SEARCH_KIND

    method = rig.scalar("SELECT method_code FROM progress_note LIMIT 1")
    staff = rig.scalar("SELECT lead_worker_id FROM case_file WHERE id = ?", case_id)
    first = rig.scalar("SELECT min(noted_at) FROM progress_note WHERE case_id = ?", case_id)
    start = dt.datetime.fromisoformat(str(first)[:19]) if first else dt.datetime(2020, 4, 1)
    now = dt.datetime.now().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")
    body = "ベンチマークのために加えた支援経過。本人と面談し、生活の様子を聞き取った。"
    with _transaction(rig.raw) as conn:
        for k in range(notes - have):
            noted = (start - dt.timedelta(days=k + 1, minutes=k)).strftime("%Y-%m-%d %H:%M:%S.%f")
            cursor = conn.execute(
                "INSERT INTO progress_note (case_id, noted_at, method_code, staff_id, minutes,"
                " outreach, body, next_action, needs_acknowledgement, version, created_at,"
                " updated_at, acknowledgement_comment)"
                " VALUES (?, ?, ?, ?, 30, 0, ?, '', 0, 1, ?, ?, '')",
                (case_id, noted, method, staff, body, now, now),
            )
            conn.execute(
                "INSERT INTO search_document (kind, record_id, case_id, tokens)"
                " VALUES (?, ?, ?, ?)",
                (SEARCH_KIND, cursor.lastrowid, case_id, index_text(body)),
            )
    return case_id


@interaction("open_case", "ケースを開く(支援経過200件)", 150, indexed=True)
def _open_case(rig: Rig) -> Pair:
    case_id = _case_with_notes(rig)
    user = rig.principal.user_id
    notes = rig.scalar("SELECT count(*) FROM progress_note WHERE case_id = ?", case_id)

    def measured() -> list[int]:
        return [n.id for n in rig.ctx.cases.get(rig.principal, case_id).notes]

    def baseline() -> list[int]:
        conn = rig.raw
        with _transaction(conn):
            # The same work as the service: the case only within the user's scope.
            case = conn.execute(
                "SELECT c.*, p.*, a.name FROM case_file c JOIN person p ON p.id = c.client_id"
                " LEFT JOIN area a ON a.id = c.area_id WHERE c.id = :case AND " + _VISIBLE,
                {"case": case_id, "user": user},
            ).fetchone()
            conn.execute("SELECT id, display_name FROM app_user").fetchall()
            conn.execute("SELECT * FROM picklist_item").fetchall()
            conn.execute(
                "SELECT m.*, p.* FROM household_member m JOIN person p ON p.id = m.person_id"
                " WHERE m.household_id = (SELECT household_id FROM case_file WHERE id = ?)"
                " ORDER BY m.sort_order, m.id",
                (case_id,),
            ).fetchall()
            conn.execute(
                "SELECT * FROM consultation WHERE case_id = ? ORDER BY received_at DESC",
                (case_id,),
            ).fetchall()
            rows = conn.execute(
                "SELECT id, noted_at, method_code, staff_id, body FROM progress_note"
                " WHERE case_id = ? ORDER BY noted_at DESC LIMIT 200",
                (case_id,),
            ).fetchall()
            _raw_audit(conn, user, "view", "case", case[0], case[0], {})
        return [r[0] for r in rows]

    return Pair(measured, baseline, lambda m, b: m == b, note=f"支援経過 {notes:,}件")


def _open_case_id(rig: Rig) -> int:
    """An open, unrestricted case with a contact slip, in the middle of the archive."""
    middle = rig.scalar("SELECT max(id) / 2 FROM case_file")
    return int(
        rig.scalar(
            "SELECT c.id FROM case_file c WHERE c.id >= ? AND c.restricted = 0"
            " AND c.stage NOT IN ('closed') AND EXISTS"
            " (SELECT 1 FROM consultation k WHERE k.case_id = c.id) ORDER BY c.id LIMIT 1",
            middle,
        )
    )


@interaction("save_note", "支援経過の保存(操作記録・索引を含む)", 50, indexed=True)
def _save_note(rig: Rig) -> Pair:
    from welfaredesk.services.notes import SEARCH_KIND, NoteInput

    case_id = _open_case_id(rig)
    method = rig.scalar("SELECT method_code FROM progress_note LIMIT 1")
    user = rig.principal.user_id
    form = NoteInput(
        noted_on=rig.today.isoformat(), noted_time="10:00", method_code=method, body=NOTE_BODY
    )

    _remove_bench_notes(rig.raw, case_id)  # left by a run that ended before its closers ran
    rig.closers.append(lambda: _remove_bench_notes(rig.raw, case_id))

    def measured() -> int:
        return rig.ctx.notes.save(rig.principal, case_id, form).id

    def baseline() -> int:
        conn = rig.raw
        now = dt.datetime.now().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")
        noted_at = f"{rig.today.isoformat()} 10:00:00.000000"
        with _transaction(conn):
            # The same checks as the service: the case within the user's scope and still open,
            # the method a current pick-list entry (its label for the returned view).
            conn.execute(
                "SELECT c.stage, c.version FROM case_file c WHERE c.id = :case AND " + _VISIBLE,
                {"case": case_id, "user": user},
            ).fetchone()
            conn.execute(
                "SELECT label FROM picklist_item WHERE list_name = 'note_method' AND code = ?",
                (method,),
            ).fetchone()
            cursor = conn.execute(
                "INSERT INTO progress_note (case_id, noted_at, method_code, staff_id, minutes,"
                " outreach, body, next_action, needs_acknowledgement, version, created_at,"
                " updated_at, acknowledgement_comment)"
                " VALUES (?, ?, ?, ?, NULL, 0, ?, '', 0, 1, ?, ?, '')",
                (case_id, noted_at, method, user, NOTE_BODY, now, now),
            )
            note_id = int(cursor.lastrowid or 0)
            conn.execute(
                "INSERT INTO search_document (kind, record_id, case_id, tokens)"
                " VALUES (?, ?, ?, ?)",
                (SEARCH_KIND, note_id, case_id, index_text(NOTE_BODY)),
            )
            conn.execute(
                "UPDATE case_file SET last_contact_on = ? WHERE id = ?"
                " AND (last_contact_on IS NULL OR last_contact_on < ?)",
                (rig.today.isoformat(), case_id, rig.today.isoformat()),
            )
            _raw_audit(
                conn,
                user,
                "create",
                "progress_note",
                note_id,
                case_id,
                {"fields": ["body"], "method": method},
            )
        return note_id

    return Pair(measured, baseline, None, note="新しい記録を1件(索引・操作記録つき)")


def _remove_bench_notes(conn: sqlite3.Connection, case_id: int) -> None:
    """Delete the notes the note-saving interaction wrote (and their search rows).

    Without this every run would add its notes to the same case on the same day, until that
    case became the busiest one, which the case-opening and the progress-record interactions
    then measure instead (their audit events stay: the trail is append-only).
    """
    from welfaredesk.services.notes import SEARCH_KIND

    with _transaction(conn):
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM progress_note WHERE case_id = ? AND body = ?", (case_id, NOTE_BODY)
            )
        ]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            conn.execute(
                f"DELETE FROM search_document WHERE kind = ? AND record_id IN ({marks})",
                (SEARCH_KIND, *chunk),
            )
            conn.execute(f"DELETE FROM progress_note WHERE id IN ({marks})", chunk)


@interaction("contact_slip_pdf", "連絡票のPDF", PDF_TARGET_MS, indexed=True)
def _contact_slip_pdf(rig: Rig) -> Pair:
    from sqlalchemy import select

    from welfaredesk.printing.contact_slip import build_contact_slip
    from welfaredesk.services import forms as forms_module
    from welfaredesk.storage.orm import Case, Consultation

    case_id = _open_case_id(rig)
    user = rig.principal.user_id
    out, raw_out = rig.work_dir / "slip.pdf", rig.work_dir / "slip-raw.pdf"
    with rig.ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        consultation = s.scalars(
            select(Consultation)
            .where(Consultation.case_id == case_id)
            .order_by(Consultation.received_at.desc(), Consultation.id.desc())
        ).first()
        assert consultation is not None
        slip = consultation.id
        document = forms_module._contact_slip_document(
            s, case, consultation, rig.principal, dt.datetime.now()
        )

    def measured() -> int:
        rig.ctx.forms.contact_slip(rig.principal, case_id, out)
        return out.stat().st_size

    def baseline() -> int:
        conn = rig.raw
        with _transaction(conn):
            conn.execute(
                "SELECT c.*, p.* FROM case_file c JOIN person p ON p.id = c.client_id"
                " WHERE c.id = ?",
                (case_id,),
            ).fetchone()
            conn.execute(
                "SELECT * FROM consultation WHERE case_id = ?"
                " ORDER BY received_at DESC, id DESC LIMIT 1",
                (case_id,),
            ).fetchone()
            conn.execute(
                "SELECT m.*, p.* FROM household_member m JOIN person p ON p.id = m.person_id"
                " WHERE m.household_id = (SELECT household_id FROM case_file WHERE id = ?)",
                (case_id,),
            ).fetchall()
            conn.execute("SELECT id, display_name FROM app_user").fetchall()
            conn.execute("SELECT * FROM picklist_item").fetchall()
            build_contact_slip(document, raw_out)
            _raw_audit(conn, user, "print", "consultation", slip, case_id, {"form": "contact_slip"})
        return raw_out.stat().st_size

    return Pair(measured, baseline, None, note="基準: 直接SQLの読み出し+同じ帳票の描画")


# --- the printed forms --------------------------------------------------------------------
#
# Every form is printed by its service (load, check the scope, build the document, render it
# with reportlab, audit). The baseline does the same work by hand: the form's rows read with
# raw SQL, the same document rendered by the same printing function, the audit event appended
# by hand. The document the baseline renders is the one the service built in the (untimed)
# preparation, caught on its way to the printing function; so the ratio is the cost of the
# service's reading and checking over reading by hand, with the rendering on both sides.
# Rendering is most of the time, so the 2× rule holds them to the same work (ratio_rule=True).


def _caught_document(module_name: str, function: str, call: Callable[[], Any]) -> Any:
    """Run ``call`` (a service's print) and return the document it gave ``function``."""
    import importlib

    module = importlib.import_module(module_name)
    real = getattr(module, function)
    caught: list[Any] = []

    def spy(document: Any, out: Path, *args: Any, **kwargs: Any) -> Any:
        caught.append(document)
        return real(document, out, *args, **kwargs)

    setattr(module, function, spy)
    try:
        call()
    finally:
        setattr(module, function, real)
    if not caught:
        raise RuntimeError(f"{module_name}.{function} was not called")
    return caught[0]


_CASE_SQL = (
    "SELECT c.*, p.* FROM case_file c JOIN person p ON p.id = c.client_id"
    " LEFT JOIN area a ON a.id = c.area_id WHERE c.id = :case"
)
_MEMBERS_SQL = (
    "SELECT m.*, p.* FROM household_member m JOIN person p ON p.id = m.person_id"
    " WHERE m.household_id = (SELECT household_id FROM case_file WHERE id = :case)"
    " ORDER BY m.sort_order, m.id"
)
_LOOKUPS = ("SELECT id, display_name FROM app_user", "SELECT * FROM picklist_item")


def _pdf_pair(  # noqa: PLR0917 - one form's parts
    rig: Rig,
    name: str,
    module: str,
    function: str,
    service_print: Callable[[Path], Any],
    reads: Sequence[str],
    params: dict[str, Any],
    audit_args: tuple[str, int | None, int | None, dict[str, Any]],
    note: str,
) -> Pair:
    """A form printed by its service beside the same form by hand (see above)."""
    out, raw_out = rig.work_dir / f"{name}.pdf", rig.work_dir / f"{name}-raw.pdf"
    document = _caught_document(module, function, lambda: service_print(out))
    render = getattr(__import__(module, fromlist=[function]), function)
    user = rig.principal.user_id

    def measured() -> int:
        service_print(out)
        return out.stat().st_size

    def baseline() -> int:
        conn = rig.raw
        with _transaction(conn):
            for sql in (*reads, *_LOOKUPS):
                conn.execute(sql, {k: v for k, v in params.items() if f":{k}" in sql}).fetchall()
            render(document, raw_out)
            entity, entity_id, case_id, detail = audit_args
            _raw_audit(conn, user, "print", entity, entity_id, case_id, detail)
        return raw_out.stat().st_size

    return Pair(measured, baseline, None, note=note)


def _middle_row(rig: Rig, sql: str) -> tuple[Any, ...]:
    """The first row of ``sql`` (ordered by id) at or after the middle of its table's ids.

    ``sql`` has one ``?``: the id to start from; the row is chosen among unrestricted cases.
    """
    row = rig.raw.execute(sql, (0,)).fetchone()
    if row is None:
        raise LookupError("no row to print")
    top = rig.raw.execute(sql.replace("ORDER BY", "ORDER BY 1 DESC,", 1), (0,)).fetchone()
    middle = rig.raw.execute(sql, ((int(row[0]) + int(top[0])) // 2,)).fetchone()
    return tuple(middle or row)


@interaction("referral_slip_pdf", "つなぎシート(紹介状)のPDF", PDF_TARGET_MS, indexed=True)
def _referral_slip_pdf(rig: Rig) -> Pair:
    referral_id, case_id = _middle_row(
        rig,
        "SELECT r.id, r.case_id FROM referral r JOIN case_file c ON c.id = r.case_id"
        " WHERE r.id >= ? AND c.restricted = 0 ORDER BY r.id LIMIT 1",
    )
    reads = (
        _CASE_SQL,
        _MEMBERS_SQL,
        "SELECT r.*, g.* FROM referral r JOIN agency g ON g.id = r.agency_id WHERE r.id = :id",
        "SELECT * FROM consent WHERE case_id = :case ORDER BY id DESC",
        "SELECT * FROM consultation WHERE case_id = :case ORDER BY received_at DESC",
    )
    return _pdf_pair(
        rig,
        "referral",
        "welfaredesk.printing.referral_slip",
        "build_referral_slip",
        lambda out: rig.ctx.referrals.print_slip(rig.principal, case_id, referral_id, out),
        reads,
        {"case": case_id, "id": referral_id},
        ("referral", referral_id, case_id, {"form": "referral_slip"}),
        f"つなぎ {referral_id}",
    )


@interaction("assessment_sheet_pdf", "アセスメントシートのPDF", PDF_TARGET_MS, indexed=True)
def _assessment_sheet_pdf(rig: Rig) -> Pair:
    assessment_id, case_id, sequence = _middle_row(
        rig,
        "SELECT a.id, a.case_id, a.sequence FROM assessment a JOIN case_file c"
        " ON c.id = a.case_id WHERE a.id >= ? AND c.restricted = 0 ORDER BY a.id LIMIT 1",
    )
    reads = (
        _CASE_SQL,
        _MEMBERS_SQL,
        "SELECT * FROM assessment WHERE id = :id",
        "SELECT * FROM assessment_item WHERE assessment_id = :id",
        "SELECT * FROM consultation WHERE case_id = :case ORDER BY received_at DESC",
    )
    return _pdf_pair(
        rig,
        "assessment",
        "welfaredesk.printing.assessment_sheet",
        "build_assessment_sheet",
        lambda out: rig.ctx.forms.assessment_sheet(rig.principal, case_id, sequence, out),
        reads,
        {"case": case_id, "id": assessment_id},
        ("assessment", assessment_id, case_id, {"form": "assessment_sheet"}),
        f"第{sequence}回",
    )


@interaction("support_plan_pdf", "支援計画書のPDF", PDF_TARGET_MS, indexed=True)
def _support_plan_pdf(rig: Rig) -> Pair:
    plan_id, case_id, plan_no = _middle_row(
        rig,
        "SELECT s.id, s.case_id, s.plan_no FROM support_plan s JOIN case_file c"
        " ON c.id = s.case_id WHERE s.id >= ? AND c.restricted = 0 ORDER BY s.id LIMIT 1",
    )
    reads = (
        _CASE_SQL,
        _MEMBERS_SQL,
        "SELECT * FROM support_plan WHERE id = :id",
        "SELECT i.*, g.name FROM plan_item i LEFT JOIN agency g ON g.id = i.responsible_agency_id"
        " WHERE i.plan_id = :id",
    )
    return _pdf_pair(
        rig,
        "plan",
        "welfaredesk.printing.support_plan",
        "build_support_plan",
        lambda out: rig.ctx.plans.print_plan(rig.principal, case_id, plan_no, out),
        reads,
        {"case": case_id, "id": plan_id},
        ("support_plan", plan_id, case_id, {"form": "support_plan"}),
        f"第{plan_no}版",
    )


@interaction("progress_record_pdf", "支援経過記録票のPDF(期間指定)", PDF_TARGET_MS, indexed=True)
def _progress_record_pdf(rig: Rig) -> Pair:
    case_id = _case_with_notes(rig)
    dates = [
        dt.date.fromisoformat(str(r[0])[:10])
        for r in rig.raw.execute(
            "SELECT noted_at FROM progress_note WHERE case_id = ? ORDER BY noted_at", (case_id,)
        )
    ]
    date_from, date_to = dates[len(dates) // 2], dates[-1]
    period = {
        "case": case_id,
        "start": date_from.isoformat(),
        "end": (date_to + dt.timedelta(days=1)).isoformat(),
    }
    reads = (
        _CASE_SQL,
        "SELECT * FROM progress_note WHERE case_id = :case AND noted_at >= :start"
        " AND noted_at < :end ORDER BY noted_at, id",
    )
    count = sum(date_from <= d <= date_to for d in dates)
    return _pdf_pair(
        rig,
        "progress",
        "welfaredesk.printing.progress_record",
        "build_progress_record",
        lambda out: rig.ctx.notes.print_record(rig.principal, case_id, out, date_from, date_to),
        reads,
        period,
        ("case", case_id, case_id, {"form": "progress_record", "notes": count}),
        f"{date_from:%Y-%m-%d}〜{date_to:%Y-%m-%d}: 支援経過 {count}件",
    )


@interaction("closure_record_pdf", "終結記録票のPDF", PDF_TARGET_MS, indexed=True)
def _closure_record_pdf(rig: Rig) -> Pair:
    closure_id, case_id = _middle_row(
        rig,
        "SELECT k.id, k.case_id FROM closure k JOIN case_file c ON c.id = k.case_id"
        " WHERE k.id >= ? AND c.restricted = 0 ORDER BY k.id LIMIT 1",
    )
    reads = (
        _CASE_SQL,
        "SELECT * FROM closure WHERE case_id = :case ORDER BY id DESC",
        "SELECT * FROM support_plan WHERE case_id = :case ORDER BY plan_no DESC LIMIT 1",
        "SELECT * FROM referral WHERE case_id = :case",
    )
    return _pdf_pair(
        rig,
        "closure",
        "welfaredesk.printing.closure_record",
        "build_closure_record",
        lambda out: rig.ctx.closures.print_closure(rig.principal, case_id, out),
        reads,
        {"case": case_id},
        ("closure", closure_id, case_id, {"form": "closure_record"}),
        f"ケース {case_id}",
    )


def _busiest_meeting(rig: Rig) -> int:
    return int(
        rig.scalar(
            "SELECT meeting_id FROM agenda_item GROUP BY meeting_id"
            " ORDER BY count(*) DESC, meeting_id LIMIT 1"
        )
    )


def _meeting_pdf(rig: Rig, form: str, function: str) -> Pair:
    meeting_id = _busiest_meeting(rig)
    items = rig.scalar("SELECT count(*) FROM agenda_item WHERE meeting_id = ?", meeting_id)
    printer = getattr(rig.ctx.meetings, f"print_{form}")
    reads = (
        "SELECT * FROM meeting WHERE id = :id",
        "SELECT i.*, c.case_number, p.family_name, p.given_name, p.family_kana, p.given_kana"
        " FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id"
        " LEFT JOIN person p ON p.id = c.client_id WHERE i.meeting_id = :id"
        " ORDER BY i.sort_order, i.id",
        "SELECT * FROM meeting_attendee WHERE meeting_id = :id ORDER BY id",
    )
    return _pdf_pair(
        rig,
        f"meeting-{form}",
        "welfaredesk.printing.meeting_forms",
        function,
        lambda out: printer(rig.principal, meeting_id, out),
        reads,
        {"id": meeting_id},
        ("meeting", meeting_id, None, {"form": f"meeting_{form}", "items": items}),
        f"会議 {meeting_id}: 議題 {items}件",
    )


@interaction("meeting_agenda_pdf", "会議の次第のPDF", MEETING_PDF_TARGET_MS)
def _meeting_agenda_pdf(rig: Rig) -> Pair:
    return _meeting_pdf(rig, "agenda", "build_meeting_agenda")


@interaction("meeting_minutes_pdf", "会議録のPDF", MEETING_PDF_TARGET_MS)
def _meeting_minutes_pdf(rig: Rig) -> Pair:
    return _meeting_pdf(rig, "minutes", "build_meeting_minutes")


@interaction("meeting_attendance_pdf", "会議の出席者名簿のPDF", MEETING_PDF_TARGET_MS)
def _meeting_attendance_pdf(rig: Rig) -> Pair:
    return _meeting_pdf(rig, "attendance", "build_attendance_list")


def _months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """(year, month) from ``first``'s month to ``last``'s."""
    months, (year, month) = [], (first.year, first.month)
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@interaction("fiscal_year_report", "年度の報告", 1000)
def _fiscal_year_report(rig: Rig) -> Pair:
    from welfaredesk.domain.dates import fiscal_year, fiscal_year_bounds

    year = fiscal_year(rig.today)
    start, end = fiscal_year_bounds(year)
    prev_start, _prev_end = fiscal_year_bounds(year - 1)
    next_start = end + dt.timedelta(days=1)
    user = rig.principal.user_id

    def measured() -> int:
        report = rig.ctx.reports.fiscal_year(rig.principal, year)
        return len(report.tables)

    def baseline() -> int:
        # Every pass of the report written by hand, with the same scope (open cases and the
        # restricted cases the user is named on) and both periods at once: the new cases
        # from the monthly tally, the activities from the per-day tally less
        # the unnamed restricted cases' notes, referrals, plans, meetings, closures, the
        # open cases at each period's end and the national table's two extra counts. The
        # label look-ups (pick-lists, names) are left out: a few rows each.
        conn = rig.raw
        first, split, after = prev_start.isoformat(), start.isoformat(), next_start.isoformat()
        prev_end, this_end = (start - dt.timedelta(days=1)).isoformat(), end.isoformat()
        spans = (split, after, first, split, first, after)
        times = tuple(f"{d} 00:00:00.000000" for d in spans)
        visible = (
            "(c.restricted = 0 OR EXISTS (SELECT 1 FROM case_access a"
            " WHERE a.case_id = c.id AND a.user_id = :user))"
        )
        two = (
            "SUM(CASE WHEN {0} >= ? AND {0} < ? THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN {0} >= ? AND {0} < ? THEN 1 ELSE 0 END)"
        )
        with _transaction(conn):
            # The new cases from the monthly tally (migration 0012: a fiscal year is whole
            # months) and, case by case, the restricted cases the user may not count.
            months = [f"{y:04d}-{m:02d}" for y, m in _months_between(prev_start, end)]
            marks = ",".join("?" * len(months))
            split_month = split[:7]
            conn.execute(
                "SELECT month < ?, dimension, value, SUM(cases) FROM intake_tally"
                f" WHERE month IN ({marks}) GROUP BY 1, 2, 3",
                (split_month, *months),
            ).fetchall()
            conn.execute(
                "SELECT month < ?, month, SUM(cases) FROM intake_tally"
                f" WHERE month IN ({marks}) AND dimension = 'complex_needs' GROUP BY 1, 2",
                (split_month, *months),
            ).fetchall()
            conn.execute(
                "SELECT f.* FROM intake_fact f WHERE f.day >= :first AND f.day < :after"
                " AND f.case_id IN (SELECT c.id FROM case_file c WHERE c.restricted = 1"
                f" AND NOT {visible})",
                {"first": first, "after": after, "user": user},
            ).fetchall()
            conn.execute(
                "SELECT 1, method_code, staff_id, funding_programme_code, outreach,"
                " SUM(notes) FILTER (WHERE day >= :split),"
                " SUM(minutes) FILTER (WHERE day >= :split), SUM(notes), SUM(minutes)"
                " FROM activity_tally WHERE day >= :first AND day < :after"
                " GROUP BY 2, 3, 4, 5 UNION ALL"
                " SELECT -1, method_code, staff_id, funding_programme_code, outreach,"
                " COUNT(*) FILTER (WHERE noted_at >= :split_t),"
                " SUM(minutes) FILTER (WHERE noted_at >= :split_t), COUNT(*), SUM(minutes)"
                " FROM progress_note WHERE noted_at >= :first_t AND noted_at < :after_t"
                " AND case_id IN (SELECT c.id FROM case_file c WHERE c.restricted = 1"
                f" AND NOT {visible}) GROUP BY 2, 3, 4, 5",
                {
                    "split": split,
                    "first": first,
                    "after": after,
                    "split_t": times[0],
                    "first_t": times[2],
                    "after_t": times[1],
                    "user": user,
                },
            ).fetchall()
            scoped = visible.replace(":user", "?")
            for sql, values in (
                (
                    f"SELECT g.kind, r.status, r.method, {two.format('r.referred_on')}"
                    " FROM referral r JOIN case_file c ON c.id = r.case_id"
                    " JOIN agency g ON g.id = r.agency_id WHERE r.referred_on >= ?"
                    f" AND r.referred_on < ? AND {scoped} GROUP BY 1, 2, 3",
                    (*spans, user),
                ),
                (
                    "SELECT MIN(x.plan_no, 2), "
                    f"{two.format('x.decided_on')} FROM support_plan x JOIN case_file c"
                    " ON c.id = x.case_id WHERE x.decided_on >= ? AND x.decided_on < ?"
                    f" AND {scoped} GROUP BY 1",
                    (*spans, user),
                ),
                (
                    f"SELECT meeting_type_code, {two.format('held_at')} FROM meeting"
                    " WHERE held_at >= ? AND held_at < ? AND status = 'held' GROUP BY 1",
                    times,
                ),
                (
                    f"SELECT m.meeting_type_code, {two.format('m.held_at')} FROM agenda_item i"
                    " JOIN meeting m ON m.id = i.meeting_id JOIN case_file c ON c.id = i.case_id"
                    " WHERE m.held_at >= ? AND m.held_at < ? AND m.status = 'held'"
                    f" AND {scoped} GROUP BY 1",
                    (*times, user),
                ),
                (
                    f"SELECT x.reason_code, {two.format('x.closed_on')} FROM closure x"
                    " JOIN case_file c ON c.id = x.case_id WHERE x.closed_on >= ?"
                    f" AND x.closed_on < ? AND {scoped}"
                    " AND x.status IN ('approved', 'reopened') GROUP BY 1",
                    (*spans, user),
                ),
                (
                    "SELECT c.lead_worker_id, c.stage,"
                    " SUM(c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?)),"
                    " SUM(c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?))"
                    " FROM case_file c WHERE (c.opened_on <= ? AND (c.closed_on IS NULL"
                    " OR c.closed_on > ?) OR c.opened_on <= ? AND (c.closed_on IS NULL"
                    f" OR c.closed_on > ?)) AND {scoped} GROUP BY 1, 2",
                    (this_end, this_end, prev_end, prev_end) * 2 + (user,),
                ),
                (
                    "SELECT COUNT(DISTINCT CASE WHEN r.referred_on >= ? THEN r.case_id END),"
                    " COUNT(DISTINCT CASE WHEN r.referred_on < ? THEN r.case_id END)"
                    " FROM referral r JOIN case_file c ON c.id = r.case_id"
                    f" WHERE r.referred_on >= ? AND r.referred_on < ? AND {scoped}",
                    (split, split, first, after, user),
                ),
                (
                    f"SELECT kind, {two.format('held_at')} FROM meeting"
                    " WHERE held_at >= ? AND held_at < ? AND status = 'held' GROUP BY 1",
                    times,
                ),
            ):
                conn.execute(sql, values).fetchall()
            _raw_audit(conn, user, "view", "report", None, None, {"fiscal_year": year})
        return 22

    return Pair(
        measured,
        baseline,
        None,
        note="基準: 報告の集計をすべて直接SQLで(新規相談・活動・つなぎ・計画・会議・終結・年度末)",
    )


# --- a ledger import and a backup (on the whole archive) ----------------------------------

LEDGER_ROWS = 10_000
"""The rows of each imported ledger (issue 10); ``--ledger-rows`` changes it (the tests)."""
LEDGER_TARGET_MS = 60_000.0
"""Importing a desk's old 相談台帳 is done once, on the database worker with a progress bar:
a minute for 10,000 rows (6 ms a row: the checks, the same-person lookup, the case, its slip,
consent, search index and the import key) keeps it a short wait, not a lunch break."""
SLOW_REPEAT = 2
"""At most this many timed runs of the ledger import and the backup, without a warm-up run:
each takes from seconds to minutes on a big archive, where a warm-up has nothing to warm
and more runs add little but time (the cold start has its own rule)."""
BACKUP_MS_PER_GB = 15_000.0
"""A backup is a page copy of the whole file (SQLite's online backup): the target is 15 s per
GB of archive (≈ 70 MB/s, well under a laptop SSD's sequential write), at least 2 s."""

_LEDGER_HEADERS = (
    "受付番号", "受付日", "氏名", "フリガナ", "生年月日", "性別", "住所", "電話", "相談経路",
    "相談者", "相談内容", "課題", "状況",
)  # fmt: skip


def _readings(kanji: str, kana: str) -> tuple[tuple[str, str], ...]:
    """Each kanji with its reading (``kana`` is space-separated)."""
    return tuple(zip(kanji, kana.split(), strict=True))


_FAMILY_1 = _readings(
    "架試仮模例虚幻夢雲霞蛍鶴亀鷺萩桐柊楓椿菖",
    "カ シ カリ モ レイ キョ ゲン ユメ クモ カスミ ホタル ツル カメ サギ ハギ キリ ヒイラギ カエデ"
    " ツバキ ショウ",
)
_FAMILY_2 = _readings("沢谷畑崎浦瀬淵堀塚坂", "サワ タニ ハタ サキ ウラ セ フチ ホリ ツカ サカ")
_GIVEN_1 = _readings(
    "光和正信明幸恵智秀清隆典美直悠",
    "ミツ カズ マサ ノブ アキ ユキ メグ トモ ヒデ キヨ タカ ノリ ヨシ ナオ ハル",
)
_GIVEN_2 = _readings("之久太平吉介治助弥蔵", "ユキ ヒサ タ ヘイ キチ スケ ジ ノスケ ヤ ゾウ")
_GIVEN_3 = _readings("郎子彦江代", "ロウ コ ヒコ エ ヨ")


def _ledger_name(n: int) -> tuple[str, str, str, str]:
    """The ``n``-th fictitious name (family, given, their kana): 150,000 distinct ones, so that
    no row of one run's files is the "same person" as another (which would wait for a
    decision instead of being imported)."""
    parts = []
    for table in (_FAMILY_1, _FAMILY_2, _GIVEN_1, _GIVEN_2, _GIVEN_3):
        n, k = divmod(n, len(table))
        parts.append(table[k])
    (f1, k1), (f2, k2), (g1, j1), (g2, j2), (g3, j3) = parts
    return f1 + f2, g1 + g2 + g3, k1 + k2, j1 + j2 + j3


def _ledger_rows(batch: int, rows: int, today: dt.date) -> list[list[str]]:
    """``rows`` fictitious ledger rows (README 「相談台帳の取り込み」), unique to ``batch``."""
    out = []
    for i in range(rows):
        family, given, family_kana, given_kana = _ledger_name(batch * rows + i)
        born = dt.date(1940, 1, 1) + dt.timedelta(days=(i * 37 + batch * 11) % 20_000)
        received = today - dt.timedelta(days=1 + (i * 7) % 700)
        out.append(
            [
                f"B{batch}-{i + 1}",
                received.isoformat(),
                f"{family} {given}",
                f"{family_kana} {given_kana}",
                born.isoformat(),
                "男" if i % 2 else "女",
                f"架空市本町{i % 9 + 1}-{i % 30 + 1}",
                f"090-{batch % 10000:04d}-{i % 10000:04d}",
                "来所",
                "本人",
                "家賃を滞納している。仕事が見つからない。",
                "生活困窮、就労",
                "対応中",
            ]
        )
    return out


def _write_ledger(path: Path, rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(_LEDGER_HEADERS)
        writer.writerows(rows)
    return path


def _working_copy(rig: Rig, name: str) -> Path:
    """A copy of the archive in the work folder (the cached archive stays as it is)."""
    import shutil

    rig.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = rig.work_dir / name
    shutil.copyfile(rig.archive, copy)
    wal = Path(f"{rig.archive}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    return copy


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


_LEDGER_INSERTS = {
    "person": "INSERT INTO person (id, family_name, given_name, family_kana, given_kana, name_key,"
    " kana_key, family_name_key, family_kana_key, birth_date, sex, address, phone, phone_digits,"
    " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
    "household": "INSERT INTO household (id, address, phone, notes, version, created_at,"
    " updated_at) VALUES (?, ?, ?, '', 1, ?, ?)",
    "household_member": "INSERT INTO household_member (id, household_id, person_id,"
    " relation_code, lives_together, situation_codes, sort_order, version)"
    " VALUES (?, ?, ?, 'client', 1, '[]', 0, 1)",
    "case_file": "INSERT INTO case_file (id, case_number, fiscal_year, serial, client_id,"
    " household_id, stage, opened_on, last_contact_on, lead_reason, complex_needs,"
    " economic_hardship, urgent, did_not_know_where, consent_status, restricted, created_by_id,"
    " version, created_at, updated_at{extra}) VALUES (?, ?, ?, ?, ?, ?, 'intake', ?, ?, '',"
    " 0, 0, 0, 0, 'unconfirmed', 0, ?, 1, ?, ?{marks})",
    "consultation": "INSERT INTO consultation (id, case_id, received_at, channel_code, staff_id,"
    " consulter_type_code, consulter_name, consulter_relation, consulter_contact,"
    " presenting_concern, issue_codes, complex_needs, economic_hardship, urgent,"
    " did_not_know_where, version, created_at, updated_at) VALUES (?, ?, ?, 'visit', ?, 'self',"
    " '', '', '', ?, '[\"poverty\", \"employment\"]', 0, 0, 0, 0, 1, ?, ?)",
    "consent": "INSERT INTO consent (id, case_id, status, agency_ids, meeting_kinds, notes,"
    " recorded_by_id, version, created_at, updated_at, info_items)"
    " VALUES (?, ?, 'unconfirmed', '[]', '[]', '', ?, 1, ?, ?, '[]')",
    "search_document": "INSERT INTO search_document (id, kind, record_id, case_id, tokens)"
    " VALUES (?, 'consultation', ?, ?, ?)",
    "case_issue": "INSERT INTO case_issue (case_id, issue_code) VALUES (?, ?)",
    "ledger_import_row": "INSERT INTO ledger_import_row (key_hash, consultation_id, imported_at,"
    " imported_by_id) VALUES (?, ?, ?, ?)",
    "case_number_counter": "INSERT INTO case_number_counter (fiscal_year, last_serial)"
    " VALUES (?, ?) ON CONFLICT (fiscal_year) DO UPDATE SET last_serial = excluded.last_serial",
}


def _raw_ledger_insert(
    conn: sqlite3.Connection, rows: list[list[str]], user: int, *, kana_key: bool
) -> None:
    """The ledger rows inserted by hand: ids given up front, one ``executemany`` per table."""
    from welfaredesk.services.lookups import person_keys

    def first_id(table: str) -> int:
        return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    person, home, member = first_id("person"), first_id("household"), first_id("household_member")
    case, slip, consent = first_id("case_file"), first_id("consultation"), first_id("consent")
    doc = first_id("search_document")
    serials = dict(conn.execute("SELECT fiscal_year, last_serial FROM case_number_counter"))
    now = dt.datetime.now().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")
    batch: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _LEDGER_INSERTS}
    for k, r in enumerate(rows):
        (family, given), (family_kana, given_kana) = r[2].split(" "), r[3].split(" ")
        keys = person_keys(family, given, family_kana, given_kana)
        received = dt.date.fromisoformat(r[1])
        fy = received.year - (1 if received.month < 4 else 0)
        serials[fy] = serials.get(fy, 0) + 1
        sex = "male" if r[5] == "男" else "female"
        digits = r[7].replace("-", "")
        names = (family, given, family_kana, given_kana, *keys.values())
        batch["person"].append((person + k, *names, r[4], sex, r[6], r[7], digits, now, now))
        batch["household"].append((home + k, r[6], r[7], now, now))
        batch["household_member"].append((member + k, home + k, person + k))
        number = f"R{fy - 2018}-{serials[fy]:05d}"
        extra = (keys["kana_key"],) if kana_key else ()
        batch["case_file"].append(
            (
                case + k,
                number,
                fy,
                serials[fy],
                person + k,
                home + k,
                r[1],
                r[1],
                user,
                now,
                now,
                *extra,
            )
        )
        received_at = f"{r[1]} 00:00:00.000000"
        batch["consultation"].append((slip + k, case + k, received_at, user, r[10], now, now))
        batch["consent"].append((consent + k, case + k, user, now, now))
        batch["search_document"].append((doc + k, slip + k, case + k, index_text(r[10])))
        batch["case_issue"] += [(case + k, "poverty"), (case + k, "employment")]
        key = hashlib.sha256(f"{r[0]}|{r[1]}|{r[2]}".encode()).hexdigest()
        batch["ledger_import_row"].append((key, slip + k, now, user))
    batch["case_number_counter"] = list(serials.items())
    for table, sql in _LEDGER_INSERTS.items():
        conn.executemany(
            sql.format(
                extra=", client_kana_key" if kana_key else "", marks=", ?" if kana_key else ""
            )
            if table == "case_file"
            else sql,
            batch[table],
        )


@interaction("ledger_import", "台帳の取り込み(1万行)", LEDGER_TARGET_MS)
def _ledger_import(rig: Rig) -> Pair:
    """LedgerImportService (analyse + run) on a working copy, beside executemany by hand.

    Each run imports a new file of ``rig.ledger_rows`` (:data:`LEDGER_ROWS`) rows (new
    ledger numbers and names, so none is "already imported" or waits for a decision); the
    baseline inserts the same kinds of rows (person, household and member, case with its
    number, contact slip, consent, search index, case issues, import key) with
    ``executemany`` in one transaction, through the audit event.
    """
    from welfaredesk.app import open_database
    from welfaredesk.services.demo import DEMO_LOGIN, DEMO_PASSWORD

    copy = _working_copy(rig, "ledger-copy.db")
    ctx = open_database(copy, backup_dir=rig.work_dir / "backups")
    raw = raw_connection(copy)
    rig.closers.extend([raw.close, ctx.close, lambda: _remove_database(copy)])
    principal = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
    batches = iter(range(1, 10_000))
    first = _write_ledger(
        rig.work_dir / "ledger-0.csv", _ledger_rows(0, rig.ledger_rows, rig.today)
    )
    mapping = ctx.ledger_import.analyse(principal, first).proposed
    kana_key = _has_column(raw, "case_file", "client_kana_key")

    def measured() -> int:
        batch = next(batches)
        path = _write_ledger(
            rig.work_dir / f"ledger-{batch}.csv", _ledger_rows(batch, rig.ledger_rows, rig.today)
        )
        ctx.ledger_import.analyse(principal, path)
        result = ctx.ledger_import.run(principal, path, mapping, only_valid=True)
        return len(result.case_numbers)

    def baseline() -> int:
        rows = _ledger_rows(next(batches), rig.ledger_rows, rig.today)
        with _transaction(raw) as conn:
            _raw_ledger_insert(conn, rows, principal.user_id, kana_key=kana_key)
            _raw_audit(
                conn, principal.user_id, "create", "ledger_import", None, None, {"rows": len(rows)}
            )
        return len(rows)

    return Pair(
        measured,
        baseline,
        lambda m, b: bool(m == b),
        note=f"{rig.ledger_rows:,}行のCSV; 作業用の複製に取り込み(ファイルの作成を含む)",
        warm_up=False,
        repeat=SLOW_REPEAT,
    )


@interaction("backup", "バックアップの作成", BACKUP_MS_PER_GB)
def _backup(rig: Rig) -> Pair:
    """BackupService.create beside sqlite3's own ``Connection.backup`` into a file."""
    from welfaredesk.services.demo import DEMO_ADMIN_LOGIN, DEMO_PASSWORD

    admin = rig.ctx.auth.login(DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
    out, raw_out = rig.work_dir / "backup.db", rig.work_dir / "backup-raw.db"
    rig.closers.extend([lambda: _remove_database(out), lambda: _remove_database(raw_out)])
    size_gb = rig.archive.stat().st_size / 1024**3

    def measured() -> int:
        return rig.ctx.backups.create(admin, out).size

    def baseline() -> int:
        _remove_database(raw_out)
        source = sqlite3.connect(rig.archive)
        try:
            target = sqlite3.connect(raw_out)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        return raw_out.stat().st_size

    return Pair(
        measured,
        baseline,
        None,
        note=f"{size_gb:.2f} GB; 目標 {BACKUP_MS_PER_GB / 1000:g}秒/GB",
        target_ms=max(2000.0, BACKUP_MS_PER_GB * size_gb),
        warm_up=False,
        repeat=SLOW_REPEAT,
    )


# --- start-up and memory (separate processes) ---------------------------------------------


def _child_env(rig: Rig) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WELFAREDESK_HOME"] = str(rig.work_dir / "home")
    env.pop("WELFAREDESK_DATABASE_URL", None)
    return env


def _time_until_line(command: Sequence[str], env: dict[str, str], mark: str) -> str:
    """Run a child until it prints ``mark``; returns the line (timed by the caller)."""
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == mark:
                break
        else:
            raise RuntimeError(f"the child did not print {mark!r} (exit {child.wait()})")
        child.stdout.read()
        child.wait(_CHILD_TIMEOUT_S)
    return mark


_BARE_DIALOG = (
    f"from welfaredesk.gui.bench_probes import bare_dialog\nbare_dialog({LOGIN_SHOWN!r})\n"
)


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (Linux, as root); False where that is not permitted."""
    try:
        os.sync()
        DROP_CACHES.write_text("1\n", encoding="ascii")
    except OSError:
        return False
    return True


def _drop_quietly() -> None:
    drop_page_cache()


def _start_pair(rig: Rig) -> tuple[Callable[[], Any], Callable[[], Any]]:
    env = _child_env(rig)
    program = [sys.executable, "-m", "welfaredesk", "--db", str(rig.archive)]
    program_env = {**env, BENCH_EXIT_AT_LOGIN: "1"}
    bare = [sys.executable, "-c", _BARE_DIALOG]
    return (
        lambda: _time_until_line(program, program_env, LOGIN_SHOWN),
        lambda: _time_until_line(bare, env, LOGIN_SHOWN),
    )


# Start-up is a fresh process (`python -m welfaredesk --db ARCHIVE`) timed until the login
# window is on screen. Its baseline is a bare PySide6 dialog in a fresh process: not the same
# work (the program also opens and checks the database and builds its dialog), so the ratio
# is shown but not judged (ratio_rule=False).
#
# "Cold" is the first start after the program's and the archive's files have left memory, as
# after a reboot or a night: where the bench may empty the page cache (root on Linux writing
# /proc/sys/vm/drop_caches), every timed run of either side starts after emptying it, and the
# cold time is their median. Where it may not, "cold" is the first start of this bench run,
# timed without a warm-up (repeat 1; the files may still be cached from earlier work), and
# the note says so. "Warm" is the median of ordinary starts after a warm-up start.


@interaction(
    "start_to_login_cold",
    "起動からログイン画面まで(初回・キャッシュなし)",
    1500,
    ratio_rule=False,
    indexed=True,
)
def _start_to_login_cold(rig: Rig) -> Pair:
    measured, baseline = _start_pair(rig)
    if rig.drop_caches and drop_page_cache():
        return Pair(
            measured,
            baseline,
            None,
            note="別プロセス。毎回ページキャッシュを空にしてから。基準: 空のダイアログの PySide6",
            before=_drop_quietly,
            warm_up=False,
        )
    why = "キャッシュを空にできないため" if rig.drop_caches else "--cold first:"
    return Pair(
        measured,
        baseline,
        None,
        note=f"別プロセス。{why}この実行の最初の1回(基準も最初の1回)",
        warm_up=False,
        repeat=1,
    )


@interaction(
    "start_to_login", "起動からログイン画面まで(2回目以降)", 1500, ratio_rule=False, indexed=True
)
def _start_to_login(rig: Rig) -> Pair:
    measured, baseline = _start_pair(rig)
    return Pair(
        measured, baseline, None, note="別プロセス。基準: 空のダイアログを出すだけの PySide6"
    )


def measure_memory(archive: Path, work_dir: Path) -> dict[str, Any]:
    """Peak RSS (MB) of a fresh process with the main window's case list open."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WELFAREDESK_HOME=str(work_dir / "home"))
    code = (
        "import sys\nfrom welfaredesk.gui.bench_probes import memory_probe\n"
        "memory_probe(sys.argv[1])\n"
    )
    memory: dict[str, Any] = {"target_mb": MEMORY_TARGET_MB}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(archive)],
            env=env,
            capture_output=True,
            text=True,
            timeout=_CHILD_TIMEOUT_S,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        return {**memory, "peak_rss_mb": None, "rows_in_list": 0, "status": "fail",
                "window_list_seconds": None, "error": type(exc).__name__}  # fmt: skip
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    peak = result["max_rss_kb"] / scale
    return {
        **memory,
        "peak_rss_mb": round(peak, 1),
        "rows_in_list": result["rows"],
        "window_list_seconds": result["window_list_seconds"],
        "window_whole_list_seconds": result.get("window_whole_list_seconds"),
        "status": "pass" if peak <= MEMORY_TARGET_MB else "fail",
    }


# --- the archive --------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where archives are kept (``WELFAREDESK_HOME/cache`` or the user cache folder)."""
    home = os.environ.get("WELFAREDESK_HOME")
    if home:
        return Path(home) / "cache"
    return Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False))


def archive_path(cases: int, seed: int, folder: Path | None = None) -> Path:
    """The archive file of a size and seed."""
    return (folder or cache_dir()) / f"bench-{cases}-{seed}.db"


def _revision_of(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def upgrade_archive(path: Path) -> bool:
    """Upgrade an archive at an older known revision in place; False when that fails.

    This is :func:`welfaredesk.storage.migrate.upgrade` without its backup copy (the archive
    is regenerable, and copying 7 GB would cost more than the migration): Alembic's
    ``upgrade head`` on one connection, as ``migrate`` runs it, then a WAL checkpoint so the
    file is whole again. A file that fails to migrate (broken, half-written) is rebuilt by
    the caller.
    """
    from alembic import command

    from welfaredesk.storage import migrate
    from welfaredesk.storage.engine import database_url, make_engine

    cfg = migrate.alembic_config()
    engine = make_engine(database_url(path))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception:
        return False
    finally:
        engine.dispose()
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return _revision_of(path) == migrate.head_revision()


def ensure_archive(
    cases: int, seed: int, folder: Path | None = None, *, say: Callable[[str], None] = print
) -> tuple[Path, float | None]:
    """Build the archive unless a usable one exists; returns (path, build seconds or None).

    An archive at the program's revision is reused; one at an older revision this program
    knows is upgraded in place (:func:`upgrade_archive`; a new migration costs seconds, a
    rebuild minutes); one at an unknown or newer revision, or unreadable, is built again.
    """
    from welfaredesk.app import open_database
    from welfaredesk.services.demo import build_demo
    from welfaredesk.storage import migrate

    path = archive_path(cases, seed, folder)
    revision = _revision_of(path) if path.exists() else None
    if revision is not None and revision == migrate.head_revision():
        say(f"既存の測定用データを使います: {path}")
        return path, None
    if revision is not None and migrate.is_known_revision(revision):
        say(f"測定用データを版 {revision} から更新しています: {path}")
        started = time.perf_counter()
        if upgrade_archive(path):
            say(f"更新しました({time.perf_counter() - started:.1f}秒)")
            return path, None
        say("更新できなかったため、作り直します")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(path.name + ".partial")
    _remove_database(partial)
    say(f"測定用データを作成しています({cases:,}件、seed {seed}): {path}")
    started = time.perf_counter()
    ctx = open_database(partial, backup_dir=path.parent / "backups")
    try:
        build_demo(ctx.db, cases=cases, seed=seed)
    finally:
        ctx.close()
    conn = sqlite3.connect(partial)
    try:
        # No ANALYZE: the program never runs it, so the archive must not have statistics either.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _remove_database(path)
    os.replace(partial, path)
    _remove_database(partial)
    seconds = time.perf_counter() - started
    say(f"作成しました({seconds:.1f}秒)")
    return path, seconds


# --- running ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One measured (or pending) interaction."""

    key: str
    title: str
    target_ms: float
    median_ms: float | None
    query_ms: float | None
    baseline_ms: float | None
    ratio: float | None
    ratio_rule: bool
    status: str
    same_result: bool | None
    failed_on: tuple[str, ...] = ()
    samples_ms: tuple[float, ...] = ()
    baseline_samples_ms: tuple[float, ...] = ()
    note: str = ""


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn()
    return (time.perf_counter() - started) * 1000.0, value


def measure(item: Interaction, rig: Rig, repeat: int) -> Result:
    """Warm up once, then time ``repeat`` runs of the interaction and its baseline, alternating."""
    if item.prepare is None:
        return Result(
            item.key, item.title, item.target_ms, None, None, None, None, item.ratio_rule,
            "n/a", None, note=item.pending,
        )  # fmt: skip
    pair = item.prepare(rig)
    same = None
    if pair.warm_up:
        measured_value = pair.measured()
        baseline_value = pair.baseline() if pair.baseline is not None else None
        if pair.same is not None and pair.baseline is not None:
            same = bool(pair.same(measured_value, baseline_value))
        if pair.query is not None:
            pair.query()
    samples: list[float] = []
    query_samples: list[float] = []
    baseline_samples: list[float] = []

    def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
        if pair.before is not None:
            pair.before()
        return _timed(fn)

    for run in range(min(pair.repeat or repeat, repeat)):
        ms, measured_value = timed(pair.measured)
        samples.append(ms)
        if pair.query is not None:
            query_samples.append(timed(pair.query)[0])
        if pair.baseline is not None:
            ms, baseline_value = timed(pair.baseline)
            baseline_samples.append(ms)
            if run == 0 and not pair.warm_up and pair.same is not None:
                same = bool(pair.same(measured_value, baseline_value))
    median = statistics.median(samples)
    query_median = statistics.median(query_samples) if query_samples else median
    base = statistics.median(baseline_samples) if baseline_samples else None
    ratio = query_median / base if base else None
    target = pair.target_ms or item.target_ms
    failed_on = []
    if median > target:
        failed_on.append("target")
    if item.ratio_rule and ratio is not None and ratio > RATIO_LIMIT:
        failed_on.append("ratio")
    return Result(
        key=item.key,
        title=item.title,
        target_ms=round(target, 1),
        median_ms=round(median, 2),
        query_ms=round(query_median, 2),
        baseline_ms=None if base is None else round(base, 2),
        ratio=None if ratio is None else round(ratio, 2),
        ratio_rule=item.ratio_rule,
        status="fail" if failed_on else "pass",
        same_result=same,
        failed_on=tuple(failed_on),
        samples_ms=tuple(round(x, 2) for x in samples),
        baseline_samples_ms=tuple(round(x, 2) for x in baseline_samples),
        note=pair.note,
    )


def machine() -> dict[str, Any]:
    """What the benchmark ran on."""
    cpu = ""
    memory_gb = None
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    from importlib.metadata import version

    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu or platform.processor(),
        "memory_gb": memory_gb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("sqlalchemy"),
        "pyside6": version("PySide6"),
    }


def _archive_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {"cases": "case_file", "people": "person", "notes": "progress_note"}
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for name, table in tables.items()
    }


def run(
    *,
    cases: int,
    seed: int = 7,
    repeat: int = 5,
    archive_dir: Path | None = None,
    json_path: Path | None = None,
    only: Sequence[str] = (),
    cold: str = "drop",
    ledger_rows: int = LEDGER_ROWS,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Build or reuse the archive, measure every interaction, print the table, write the JSON.

    Args:
        cases: the archive's size.
        seed: the archive's random seed.
        repeat: timed runs per interaction (after one warm-up).
        archive_dir: where archives are kept (default: :func:`cache_dir`).
        json_path: where to write the report, or None.
        only: measure only these interaction keys (all when empty).
        cold: ``drop`` (a cold start empties the page cache where permitted) or ``first``
            (the first start of the run, never touching the cache).
        ledger_rows: the rows of each imported ledger file.
        say: where progress and the table go.

    Returns:
        The report (what the JSON holds).
    """
    from welfaredesk.app import open_database
    from welfaredesk.services.demo import DEMO_LOGIN, DEMO_PASSWORD

    if repeat < 1:
        raise ValueError(f"repeat must be 1 or more, not {repeat}")
    archive, build_s = ensure_archive(cases, seed, archive_dir, say=say)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="welfaredesk-bench-") as tmp:
        work_dir = Path(tmp)
        ctx = open_database(archive, backup_dir=work_dir / "backups")
        raw = raw_connection(archive)
        try:
            rig = Rig(
                archive,
                ctx,
                ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD),
                raw,
                work_dir,
                drop_caches=cold == "drop",
                ledger_rows=ledger_rows,
            )
            counts = _archive_counts(raw)
            try:
                for item in INTERACTIONS:
                    if only and item.key not in only:
                        continue
                    say(f"測定中: {item.title}")
                    results.append(measure(item, rig, repeat))
            finally:
                rig.close()
        finally:
            raw.close()
            ctx.close()
        say("測定中: メモリ(一覧を開いた状態)")
        memory = measure_memory(archive, work_dir)
    report: dict[str, Any] = {
        "generated_at": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "archive": {
            "path": str(archive),
            "cases": cases,
            "seed": seed,
            "built_seconds": None if build_s is None else round(build_s, 1),
            "counts": counts,
        },
        "repeat": repeat,
        "cold": cold,
        "ledger_rows": ledger_rows,
        "ratio_limit": RATIO_LIMIT,
        "interactions": [dataclasses.asdict(r) for r in results],
        "memory": memory,
    }
    say("")
    say(format_table(report))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        say(f"結果を保存しました: {json_path}")
    return report


# --- the table ----------------------------------------------------------------------------

_STATUS = {"pass": "合格", "fail": "不合格", "n/a": "未測定"}
_FAILED_ON = {"target": "目標", "ratio": "比"}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def format_table(report: dict[str, Any]) -> str:
    """The report as a Markdown table (aligned for a terminal), then memory and the machine."""
    header = ("操作", "中央値 ms", "うちサービス ms", "直接SQL ms", "比", "目標 ms", "判定", "備考")
    rows: list[tuple[str, ...]] = []
    for r in report["interactions"]:
        mark = "" if r["ratio_rule"] else "*"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}{mark}"
        status = _STATUS[r["status"]]
        if r.get("failed_on"):
            status += "(" + "・".join(_FAILED_ON[x] for x in r["failed_on"]) + ")"
        if r["same_result"] is False:
            status += "(結果不一致)"
        note = r["note"]
        rows.append(
            (
                r["title"],
                _ms(r["median_ms"]),
                "〃" if r["query_ms"] == r["median_ms"] is not None else _ms(r["query_ms"]),
                _ms(r["baseline_ms"]),
                ratio,
                f"{r['target_ms']:,.0f}",
                status,
                note,
            )
        )
    memory = report["memory"]
    peak = memory["peak_rss_mb"]
    waited = memory.get("window_list_seconds")
    whole = memory.get("window_whole_list_seconds")
    memory_note = f"一覧 {memory['rows_in_list']:,}件; " + (
        f"画面の一覧表示まで {waited:.1f}秒" + (f"(全件 {whole:.1f}秒)" if whole else "")
        if waited is not None
        else f"画面の一覧が{LIST_WAIT_S:g}秒で出ず、直接読み込み"
    )
    if "error" in memory:
        memory_note = f"測定できず({memory['error']})"
    rows.append(
        (
            "メモリ(一覧を開いた状態の最大RSS)",
            "—" if peak is None else f"{peak:,.1f} MB",
            "—",
            "—",
            "—",
            f"{memory['target_mb']:,.0f} MB",
            _STATUS[memory["status"]],
            memory_note,
        )
    )
    widths = [max(_width(row[i]) for row in (header, *rows)) for i in range(len(header))]
    numeric = {1, 2, 3, 4, 5}

    def line(cells: Sequence[str]) -> str:
        padded = [_pad(c, widths[i], right=i in numeric) for i, c in enumerate(cells)]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if i in numeric else "-" * (w + 2) for i, w in enumerate(widths)
    ) + "|"  # fmt: skip
    m, a = report["machine"], report["archive"]
    counts = a["counts"]
    lines = [line(header), rule, *(line(r) for r in rows)]
    lines.append("")
    lines.append(
        f"比 = サービスの中央値 ÷ 直接SQL(上限 {report['ratio_limit']:g} 倍; * は比を判定に"
        "使わない操作)。「うちサービス」は表のセル描画を除いたサービス呼び出しだけの時間"
        "(〃 = 中央値と同じ)。"
        f"各 {report['repeat']} 回の中央値(ほかに準備の1回)。"
    )
    lines.append(
        f"データ: ケース {counts['cases']:,}件、人 {counts['people']:,}人、"
        f"支援経過 {counts['notes']:,}件(seed {a['seed']})。"
    )
    lines.append(
        f"測定環境: {m['cpu_model']}、{m['cpus']} コア、メモリ {m['memory_gb']} GB、"
        f"{m['platform']}、Python {m['python']}、SQLite {m['sqlite']}、"
        f"SQLAlchemy {m['sqlalchemy']}、PySide6 {m['pyside6']}"
    )
    return "\n".join(lines)


# --- scaling ------------------------------------------------------------------------------

FLAT_EXPONENT = 0.2
"""An indexed interaction is "near flat" when time grows at most like size**0.2 (×1.6 for 10×
the cases, ×1.25 for 3×): a B-tree lookup gains a level now and then, and the caches hold a
smaller share of a bigger file."""
LINEAR_EXPONENT = 1.15
"""Growing faster than size**1.15 (×14 for 10×, ×3.5 for 3×) counts as faster than linear."""
NOISE_MS = 2.0
"""Differences below this are timer and scheduler noise on a shared 2-core machine: a step
whose larger median is under it (or within it of the smaller) is not flagged."""


def parse_sizes(text: str) -> list[int]:
    """``"10000,100000,300000"`` (also ``10k``, ``1e5``) → sorted distinct sizes ≥ 1."""
    sizes = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        number, scale = (part[:-1], 1000) if part[-1].lower() == "k" else (part, 1)
        try:
            value = int(float(number) * scale)
        except ValueError as exc:
            raise ValueError(f"not a size: {part!r}") from exc
        if value < 1:
            raise ValueError(f"a size must be 1 or more, not {value}")
        sizes.add(value)
    if not sizes:
        raise ValueError("no sizes given")
    return sorted(sizes)


def _step(size_a: int, size_b: int, ms_a: float | None, ms_b: float | None) -> dict[str, Any]:
    """The growth from one size to the next: factor, exponent (growth = size ratio ** e)."""
    import math

    step: dict[str, Any] = {"from": size_a, "to": size_b, "size_factor": round(size_b / size_a, 2)}
    if ms_a is None or ms_b is None or ms_a <= 0 or ms_b <= 0:
        return {**step, "growth": None, "exponent": None, "noise": True}
    growth = ms_b / ms_a
    exponent = math.log(growth) / math.log(size_b / size_a)
    noise = ms_b < NOISE_MS or abs(ms_b - ms_a) < NOISE_MS
    return {**step, "growth": round(growth, 2), "exponent": round(exponent, 2), "noise": noise}


def scaling_rows(reports: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each interaction's median at each size, the growth per step and what is flagged.

    Flags: ``superlinear`` (a step's exponent above :data:`LINEAR_EXPONENT`) and, for an
    indexed interaction, ``not_flat`` (above :data:`FLAT_EXPONENT`); steps within
    :data:`NOISE_MS` are not judged.
    """
    sizes = [r["archive"]["cases"] for r in reports]
    indexed = {i.key: i.indexed for i in INTERACTIONS}
    keys: list[str] = []
    titles: dict[str, str] = {}
    medians: dict[str, dict[int, float | None]] = {}
    baselines: dict[str, dict[int, float | None]] = {}
    for report, size in zip(reports, sizes, strict=True):
        for r in report["interactions"]:
            if r["key"] not in medians:
                keys.append(r["key"])
                titles[r["key"]] = r["title"]
                medians[r["key"]] = {}
                baselines[r["key"]] = {}
            medians[r["key"]][size] = r["median_ms"]
            baselines[r["key"]][size] = r.get("baseline_ms")
        memory = report["memory"]
        medians.setdefault("memory", {})[size] = memory["peak_rss_mb"]
    keys.append("memory")
    titles["memory"] = "メモリ(一覧を開いた状態の最大RSS, MB)"
    rows = []
    for key in keys:
        values = [medians[key].get(size) for size in sizes]
        base = [baselines.get(key, {}).get(size) for size in sizes]
        steps = []
        for i in range(len(sizes) - 1):
            step = _step(sizes[i], sizes[i + 1], values[i], values[i + 1])
            # The baseline's growth over the same step: when it grows as much, the cost is
            # in the data (the rows the query must touch), not in the program.
            by_hand = _step(sizes[i], sizes[i + 1], base[i], base[i + 1])
            steps.append({**step, "baseline_growth": by_hand["growth"]})
        flags = []
        judged = [s for s in steps if not s["noise"]] if key != "memory" else steps
        if any(s["exponent"] is not None and s["exponent"] > LINEAR_EXPONENT for s in judged):
            flags.append("superlinear")
        if indexed.get(key) and any(
            s["exponent"] is not None and s["exponent"] > FLAT_EXPONENT for s in judged
        ):
            flags.append("not_flat")
        rows.append(
            {
                "key": key,
                "title": titles[key],
                "indexed": bool(indexed.get(key)),
                "medians": {str(size): value for size, value in zip(sizes, values, strict=True)},
                "baseline_medians": {
                    str(size): value for size, value in zip(sizes, base, strict=True)
                },
                "steps": steps,
                "flags": flags,
            }
        )
    return rows


_FLAGS = {"superlinear": "線形より速く増加", "not_flat": "索引の操作なのに増加"}


def _size_label(size: int) -> str:
    if size >= 10_000 and size % 10_000 == 0:
        return f"{size // 10_000}万件"
    return f"{size:,}件"


def format_scaling(scale: dict[str, Any]) -> str:
    """The scaling table: medians by size, growth per step (×factor, exponent), judgement."""
    sizes = scale["sizes"]
    header = (
        "操作",
        "種類",
        *(f"{_size_label(n)} ms" for n in sizes),
        *(f"{_size_label(a)}→{_size_label(b)}" for a, b in itertools.pairwise(sizes)),
        "判定",
    )
    rows = []
    for row in scale["rows"]:
        cells = [row["title"], "索引" if row["indexed"] else "件数に比例可"]
        cells += [_ms(row["medians"][str(n)]) for n in sizes]
        for step in row["steps"]:
            if step["growth"] is None:
                cells.append("—")
            else:
                mark = "(誤差内)" if step["noise"] and row["key"] != "memory" else ""
                by_hand = step.get("baseline_growth")
                hand = "" if by_hand is None else f"; 直接SQL ×{by_hand:.2f}"
                cells.append(f"×{step['growth']:.2f} (指数{step['exponent']:.2f}{hand}){mark}")
        cells.append("・".join(_FLAGS[f] for f in row["flags"]) or "合格")
        rows.append(tuple(cells))
    widths = [max(_width(r[i]) for r in (header, *rows)) for i in range(len(header))]
    numeric = set(range(2, len(header) - 1))

    def line(cells: Sequence[str]) -> str:
        padded = [_pad(c, widths[i], right=i in numeric) for i, c in enumerate(cells)]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if i in numeric else "-" * (w + 2) for i, w in enumerate(widths)
    ) + "|"  # fmt: skip
    lines = [line(header), rule, *(line(r) for r in rows), ""]
    lines.append(
        "×倍率 = 大きい方の中央値 ÷ 小さい方、指数 = log(倍率) ÷ log(件数の比)(1 = 件数に比例、"
        f"0 = 一定)。索引の操作は指数 {FLAT_EXPONENT:g} 以下(ほぼ一定)、どの操作も "
        f"{LINEAR_EXPONENT:g} 以下(線形まで)で合格。差が {NOISE_MS:g} ms 未満の段は判定しません。"
        "「直接SQL ×」は同じ段での直接SQL の倍率"
        "(同じだけ増えていれば、増えた分はデータの量による)。"
    )
    return "\n".join(lines)


def run_scale(
    sizes: Sequence[int],
    *,
    seed: int = 7,
    repeat: int = 5,
    archive_dir: Path | None = None,
    json_path: Path | None = None,
    only: Sequence[str] = (),
    cold: str = "drop",
    ledger_rows: int = LEDGER_ROWS,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """:func:`run` at every size (smallest first), then the scaling table.

    Returns:
        ``{"sizes", "reports" (one :func:`run` report per size), "rows"
        (:func:`scaling_rows`), "generated_at", "machine"}`` — what the JSON holds.
    """
    reports = []
    for size in sorted(sizes):
        say(f"=== {_size_label(size)} ===")
        reports.append(
            run(
                cases=size,
                seed=seed,
                repeat=repeat,
                archive_dir=archive_dir,
                only=only,
                cold=cold,
                ledger_rows=ledger_rows,
                say=say,
            )
        )
    scale: dict[str, Any] = {
        "generated_at": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "sizes": sorted(sizes),
        "repeat": repeat,
        "reports": reports,
        "rows": scaling_rows(reports),
    }
    say("")
    say(format_scaling(scale))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(scale, ensure_ascii=False, indent=2), encoding="utf-8")
        say(f"結果を保存しました: {json_path}")
    return scale


def failed(report: dict[str, Any]) -> bool:
    """Whether a :func:`run` report missed a target or a ratio (or its memory target)."""
    return any(r["status"] == "fail" for r in report["interactions"]) or (
        report["memory"]["status"] == "fail"
    )


def scale_failed(scale: dict[str, Any]) -> bool:
    """Whether any size failed, or any interaction grew too fast (:func:`scaling_rows`)."""
    return any(failed(r) for r in scale["reports"]) or any(row["flags"] for row in scale["rows"])
