"""The benchmark of design.md §7: each interaction timed beside a hand-written raw-SQL baseline.

``welfaredesk bench [--cases N] [--seed S] [--repeat K] [--json FILE] [--archive-dir DIR]``

1. The generated archive (:func:`welfaredesk.services.demo.build_demo`) is built once per size
   and seed into the user cache folder (``bench-{cases}-{seed}.db``) and reused while its
   schema revision is the program's; otherwise it is built again.
2. Every interaction of :data:`INTERACTIONS` is prepared (inputs chosen outside the timing),
   run once to warm up, then ``K`` times alternating with its baseline; the medians are
   compared with the target and with each other (the 2× rule: "each query within 2× of the
   same query written by hand in raw SQL").
3. The peak memory is measured in a separate process that opens the real main window with
   the case list loaded (``ru_maxrss``), so the archive build and the other interactions do
   not count.

Interactions go through the real services and the real case table model (offscreen Qt); the
baselines use :mod:`sqlite3` directly on the same file. Writes (saving a note, the audit events
of opening a case and printing) go into the archive itself through the services' own
transactions, so the timings include the commit; each run adds a few notes and audit events
(the audit hash chain stays valid: the baselines extend it the same way).

Adding an interaction is one function decorated with :func:`interaction` that returns a
:class:`Pair` (the measured callable and its baseline); :func:`pending` lists one that is not
built yet, so the table says so instead of leaving it out.

Timings are asserted only here (the pass/fail column), never by the test suite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
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
    """

    measured: Callable[[], Any]
    baseline: Callable[[], Any] | None
    same: Callable[[Any, Any], bool] | None = None
    note: str = ""
    query: Callable[[], Any] | None = None


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
    """

    key: str
    title: str
    target_ms: float
    prepare: Callable[[Rig], Pair] | None
    ratio_rule: bool = True
    pending: str = ""


INTERACTIONS: list[Interaction] = []
"""Every interaction, in table order."""


def interaction(
    key: str, title: str, target_ms: float, *, ratio_rule: bool = True
) -> Callable[[Callable[[Rig], Pair]], Callable[[Rig], Pair]]:
    """Register the decorated ``prepare(rig) -> Pair`` function as an interaction."""

    def register(prepare: Callable[[Rig], Pair]) -> Callable[[Rig], Pair]:
        INTERACTIONS.append(Interaction(key, title, target_ms, prepare, ratio_rule))
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


def _first_screen(rig: Rig, flt: CaseFilter, id_sql: str, params: dict[str, Any]) -> Pair:
    """list_ids → CaseTableModel.set_ids → data() for every cell of the first screen."""
    from welfaredesk.gui.bench_probes import first_screen_numbers
    from welfaredesk.gui.models.case_table_model import BLOCK_SIZE

    cases, principal = rig.ctx.cases, rig.principal

    def fetch(block: Sequence[int]) -> dict[int, CaseRow]:
        return cases.fetch_rows(principal, block)

    def measured() -> tuple[list[int], list[str]]:
        ids = cases.list_ids(principal, flt)
        return ids, first_screen_numbers(fetch, ids, SCREEN_ROWS)

    def query() -> int:
        ids = cases.list_ids(principal, flt)
        return len(cases.fetch_rows(principal, ids[:BLOCK_SIZE]))

    def baseline() -> tuple[list[int], list[str]]:
        ids = [r[0] for r in rig.raw.execute(id_sql, {"user": principal.user_id, **params})]
        block = ids[:BLOCK_SIZE]
        rows = {
            r[0]: r
            for r in rig.raw.execute(_ROW_SQL.format(marks=",".join("?" * len(block))), block)
        }
        return ids, [rows[i][1] for i in ids[:SCREEN_ROWS]]

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
    return _first_screen(rig, flt, sql, {})


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


@interaction("open_case", "ケースを開く(支援経過の多いケース)", 150)
def _open_case(rig: Rig) -> Pair:
    case_id = _busiest_case(rig)
    user = rig.principal.user_id
    notes = rig.scalar("SELECT count(*) FROM progress_note WHERE case_id = ?", case_id)

    def measured() -> list[int]:
        return [n.id for n in rig.ctx.cases.get(rig.principal, case_id).notes]

    def baseline() -> list[int]:
        conn = rig.raw
        with _transaction(conn):
            case = conn.execute(
                "SELECT c.*, p.*, a.name FROM case_file c JOIN person p ON p.id = c.client_id"
                " LEFT JOIN area a ON a.id = c.area_id WHERE c.id = ?",
                (case_id,),
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


@interaction("save_note", "支援経過の保存(操作記録・索引を含む)", 50)
def _save_note(rig: Rig) -> Pair:
    from welfaredesk.services.notes import SEARCH_KIND, NoteInput

    case_id = _open_case_id(rig)
    method = rig.scalar("SELECT method_code FROM progress_note LIMIT 1")
    user = rig.principal.user_id
    form = NoteInput(
        noted_on=rig.today.isoformat(), noted_time="10:00", method_code=method, body=NOTE_BODY
    )

    def measured() -> int:
        return rig.ctx.notes.save(rig.principal, case_id, form).id

    def baseline() -> int:
        conn = rig.raw
        now = dt.datetime.now().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")
        noted_at = f"{rig.today.isoformat()} 10:00:00.000000"
        with _transaction(conn):
            conn.execute("SELECT stage FROM case_file WHERE id = ?", (case_id,)).fetchone()
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


@interaction("contact_slip_pdf", "連絡票のPDF", 150, ratio_rule=False)
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


@interaction("fiscal_year_report", "年度の報告", 1000)
def _fiscal_year_report(rig: Rig) -> Pair:
    from welfaredesk.domain.dates import fiscal_year, fiscal_year_bounds

    year = fiscal_year(rig.today)
    start, end = fiscal_year_bounds(year)
    prev_start, _prev_end = fiscal_year_bounds(year - 1)
    user = rig.principal.user_id

    def measured() -> int:
        report = rig.ctx.reports.fiscal_year(rig.principal, year)
        return len(report.tables)

    def baseline() -> int:
        # The report's heaviest passes written by hand: new cases by month and by the first
        # slip's channel, and the activities (notes) by method with their minutes, both
        # periods at once; the rest of the tables are small beside these.
        conn = rig.raw
        first, last = prev_start.isoformat(), end.isoformat()
        split = start.isoformat()
        with _transaction(conn):
            conn.execute(
                "SELECT strftime('%m', opened_on), SUM(opened_on >= ?), SUM(opened_on < ?)"
                " FROM case_file WHERE opened_on BETWEEN ? AND ? GROUP BY 1",
                (split, split, first, last),
            ).fetchall()
            conn.execute(
                "SELECT s.channel_code, SUM(c.opened_on >= ?), SUM(c.opened_on < ?)"
                " FROM case_file c JOIN consultation s ON s.id ="
                " (SELECT MIN(id) FROM consultation WHERE case_id = c.id)"
                " WHERE c.opened_on BETWEEN ? AND ? GROUP BY 1",
                (split, split, first, last),
            ).fetchall()
            conn.execute(
                "SELECT method_code, SUM(noted_at >= ?), SUM(noted_at < ?),"
                " SUM(CASE WHEN noted_at >= ? THEN minutes END)"
                " FROM progress_note WHERE noted_at >= ? AND noted_at < ? GROUP BY 1",
                (split, split, split, first, (end + dt.timedelta(days=1)).isoformat()),
            ).fetchall()
            _raw_audit(conn, user, "view", "report", None, None, {"fiscal_year": year})
        return 22

    return Pair(
        measured,
        baseline,
        None,
        note="基準: 月別・経路別の新規相談と方法別の活動件数(支援経過)を直接SQLで",
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


@interaction("start_to_login", "起動からログイン画面まで", 1500, ratio_rule=False)
def _start_to_login(rig: Rig) -> Pair:
    env = _child_env(rig)
    program = [sys.executable, "-m", "welfaredesk", "--db", str(rig.archive)]
    program_env = {**env, BENCH_EXIT_AT_LOGIN: "1"}
    bare = [sys.executable, "-c", _BARE_DIALOG]
    return Pair(
        lambda: _time_until_line(program, program_env, LOGIN_SHOWN),
        lambda: _time_until_line(bare, env, LOGIN_SHOWN),
        None,
        note="別プロセス。基準: 空のダイアログを出すだけの PySide6",
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


def ensure_archive(
    cases: int, seed: int, folder: Path | None = None, *, say: Callable[[str], None] = print
) -> tuple[Path, float | None]:
    """Build the archive unless a current one exists; returns (path, build seconds or None)."""
    from welfaredesk.app import open_database
    from welfaredesk.services.demo import build_demo
    from welfaredesk.storage import migrate

    path = archive_path(cases, seed, folder)
    if path.exists() and _revision_of(path) == migrate.head_revision():
        say(f"既存の測定用データを使います: {path}")
        return path, None
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
    measured_value = pair.measured()
    baseline_value = pair.baseline() if pair.baseline is not None else None
    same = None
    if pair.same is not None and pair.baseline is not None:
        same = bool(pair.same(measured_value, baseline_value))
    if pair.query is not None:
        pair.query()
    samples: list[float] = []
    query_samples: list[float] = []
    baseline_samples: list[float] = []
    for _ in range(repeat):
        samples.append(_timed(pair.measured)[0])
        if pair.query is not None:
            query_samples.append(_timed(pair.query)[0])
        if pair.baseline is not None:
            baseline_samples.append(_timed(pair.baseline)[0])
    median = statistics.median(samples)
    query_median = statistics.median(query_samples) if query_samples else median
    base = statistics.median(baseline_samples) if baseline_samples else None
    ratio = query_median / base if base else None
    failed_on = []
    if median > item.target_ms:
        failed_on.append("target")
    if item.ratio_rule and ratio is not None and ratio > RATIO_LIMIT:
        failed_on.append("ratio")
    return Result(
        key=item.key,
        title=item.title,
        target_ms=item.target_ms,
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
            rig = Rig(archive, ctx, ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD), raw, work_dir)
            counts = _archive_counts(raw)
            for item in INTERACTIONS:
                if only and item.key not in only:
                    continue
                say(f"測定中: {item.title}")
                results.append(measure(item, rig, repeat))
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
    memory_note = f"一覧 {memory['rows_in_list']:,}件; " + (
        f"画面の一覧表示まで {waited:.1f}秒"
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
