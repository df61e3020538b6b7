"""Several writer processes on one database at once (issue 9 §5 and "How it will be checked").

Two and then ten writer processes (``writer.py``) work on one database through the real
services: new intakes, edits of the same few notes, plan drafts and cases with optimistic
locking, and new notes on the shared cases. On PostgreSQL the server is stopped and started
again on the same port in the middle of the ten-writer run. Afterwards, from the writers'
result files and the database:

- no writer crashed (every error was a :class:`KnownError`) and every attempt has its line;
- every acknowledged save is present: each shared record holds the text of its newest
  acknowledged save, and its version went up by exactly the number of acknowledged saves (no
  save nobody was told about); every acknowledged new case, note and assessment exists;
- no lost update: no two acknowledged saves of a record were based on the same version;
- no refused save left a trace (its token is nowhere in the database);
- case numbers are unique and gap-free in each fiscal year;
- the audit chain verifies (``welfaredesk audit verify`` and ``audit.verify_chain``), and the
  audit trail has one update event per acknowledged edit;
- on PostgreSQL, writers were refused with ``ConnectionLost`` during the outage and every
  writer saved again after it.

Everything is bounded: at most ten processes on loopback, a few seconds a run, a timeout on
every wait, and the processes are killed whatever happens.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from tests.concurrency.writer import HASHER_PARAMS as HASHER
from tests.concurrency.writer import OPS
from tests.pg import PgServer
from welfaredesk.app import open_database
from welfaredesk.cli import main as cli_main
from welfaredesk.domain.enums import AuditAction, Role, Sex
from welfaredesk.services import audit
from welfaredesk.services.auth import NewUser
from welfaredesk.services.intake import IntakeInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput, PlanItemInput
from welfaredesk.storage.orm import (
    Assessment,
    AuditEvent,
    Case,
    Consultation,
    PlanItem,
    ProgressNote,
    SupportPlan,
)

log = logging.getLogger(__name__)

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("writer.py")
REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-42"

SHARED_CASES = 3
"""Cases whose note, plan draft and assessment every writer edits."""

RECEIVED_ON = ("2025-06-02", "2024-06-03")
"""Intake dates in two fiscal years (令和7年度 and 令和6年度): numbering is per year."""

REFUSALS = {"ConflictError", "ConnectionLost", "KnownError"}
"""The errors a writer may meet: a stale version, a lost server, a busy database."""

TOKEN = re.compile(r"\[[a-z]\w*-\d{5}\]")

START_TIMEOUT_S = 90.0
"""How long ten writers on two busy cores may take to import, open the database and log in."""

RUN_TIMEOUT_S = 30.0
"""How long the writers may take to reach the number of saves a step waits for."""

EXIT_TIMEOUT_S = 30.0

WRITER_LIMIT_S = 150
"""A writer stops by itself after this long, should the test not stop it (a safety net)."""

OUTAGE_S = 1.0
"""How long the PostgreSQL server stays down in the middle of the ten-writer run."""


# --- the shared records ------------------------------------------------------------------


@dataclass
class Desk:
    """The database, the writers' accounts and the records every writer edits."""

    location: str
    writers: list[str]
    shared_file: Path
    cases: list[int]
    notes: list[int]
    plans: list[tuple[int, int, int]]
    """(case id, plan number, plan id) of each shared draft."""
    versions: dict[tuple[str, int], int] = field(default_factory=dict)
    """The version of each shared record before the writers start: (op, record id) → version."""
    updates: dict[tuple[str, int], int] = field(default_factory=dict)
    """Audit update events of each shared record before the writers start."""
    parent_cases: int = 0


def _intake(concern: str) -> IntakeInput:
    return IntakeInput(
        received_on=RECEIVED_ON[0],
        received_time="9:00",
        channel_code="visit",
        consulter_type_code="client",
        family_name="共有",
        given_name="花子",
        family_kana="キョウユウ",
        given_kana="ハナコ",
        birth_date="1950-01-01",
        sex=Sex.FEMALE,
        presenting_concern=concern,
    )


def prepare(location: str, tmp_path: Path, writers: int) -> Desk:
    """Accounts and shared records, created through the services before any writer starts."""
    ctx = open_database(
        location, backup_dir=tmp_path / "backups", password_hasher=PasswordHasher(**HASHER)
    )
    try:
        admin = ctx.auth.setup("admin", "管理 太郎", PASSWORD)
        names = [f"w{n:02d}" for n in range(1, writers + 1)]
        for login in ["lead", *names]:
            ctx.auth.create_user(
                admin,
                NewUser(
                    login=login,
                    display_name=f"{login} 職員",
                    password=PASSWORD,
                    role=Role.SUPERVISOR,
                ),
            )
        lead = ctx.auth.login("lead", PASSWORD)
        cases, notes, plans = [], [], []
        for n in range(SHARED_CASES):
            case_id = ctx.intake.save(lead, _intake(f"共有のケース{n}")).case_id
            note = ctx.notes.save(
                lead,
                case_id,
                NoteInput(
                    noted_on="2025-06-03",
                    noted_time="10:00",
                    method_code="interview",
                    body="最初の記録",
                ),
            )
            plan = ctx.plans.new_version(lead, case_id)
            plan = ctx.plans.save_draft(
                lead,
                plan.id,
                PlanInput(
                    version=plan.version,
                    overall_goal="最初の目標",
                    items=(PlanItemInput(goal="最初の行"),),
                ),
            )
            cases.append(case_id)
            notes.append(note.id)
            plans.append((case_id, plan.plan_no, plan.id))
        desk = Desk(location, names, tmp_path / "shared.json", cases, notes, plans)
        desk.shared_file.write_text(
            json.dumps(
                {"cases": cases, "notes": notes, "plans": plans, "received_on": RECEIVED_ON}
            ),
            encoding="utf-8",
        )
        with ctx.db.read() as s:
            for note_id in notes:
                desk.versions["note_edit", note_id] = s.get_one(ProgressNote, note_id).version
            for _case_id, _no, plan_id in plans:
                desk.versions["plan_edit", plan_id] = s.get_one(SupportPlan, plan_id).version
            for case_id in cases:
                desk.versions["case_edit", case_id] = s.get_one(Case, case_id).version
            desk.updates = _update_events(s)
            desk.parent_cases = s.scalar(select(func.count(Case.id))) or 0
        return desk
    finally:
        ctx.close()


_ENTITIES = {"progress_note": "note_edit", "support_plan": "plan_edit", "case": "case_edit"}


def _update_events(s: Any) -> dict[tuple[str, int], int]:
    rows = s.execute(
        select(AuditEvent.entity, AuditEvent.entity_id, func.count(AuditEvent.id))
        .where(
            AuditEvent.action == str(AuditAction.UPDATE),
            AuditEvent.entity.in_(list(_ENTITIES)),
        )
        .group_by(AuditEvent.entity, AuditEvent.entity_id)
    ).all()
    return {(_ENTITIES[entity], int(eid)): int(n) for entity, eid, n in rows if eid is not None}


# --- the writer processes ----------------------------------------------------------------


class Writers:
    """Writer processes started together; killed on leaving the ``with`` block, come what may."""

    def __init__(self, desk: Desk, logins: list[str], folder: Path, tag: str) -> None:
        folder.mkdir()
        self.stop_file = folder / "stop"
        self.go_file = folder / "go"
        self.outs = {login: folder / f"{login}.jsonl" for login in logins}
        self.errs = {login: folder / f"{login}.err" for login in logins}
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        for seed, login in enumerate(logins, start=1):
            with self.errs[login].open("wb") as err:
                self.procs[login] = subprocess.Popen(
                    [
                        sys.executable,
                        str(WRITER),
                        "--url",
                        desk.location,
                        "--login",
                        login,
                        "--name",
                        f"{tag}{login}",
                        "--password",
                        PASSWORD,
                        "--shared",
                        str(desk.shared_file),
                        "--out",
                        str(self.outs[login]),
                        "--stop-file",
                        str(self.stop_file),
                        "--go-file",
                        str(self.go_file),
                        "--seed",
                        str(seed),
                        "--max-seconds",
                        str(WRITER_LIMIT_S),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    cwd=REPO,
                    env=env,
                )

    def __enter__(self) -> Writers:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.kill()
        for proc in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)

    def lines(self) -> list[dict[str, Any]]:
        """Every line the writers wrote so far (a line being written is left for later)."""
        found = []
        for path in self.outs.values():
            if not path.exists():
                continue
            for raw in path.read_text(encoding="utf-8").splitlines(keepends=True):
                if raw.endswith("\n"):
                    found.append(json.loads(raw))
        return found

    def wait_until(
        self, what: str, done: Callable[[list[dict[str, Any]]], bool], timeout: float
    ) -> None:
        """Poll the result files until ``done``; fail on timeout or when a writer ended early."""
        deadline = time.monotonic() + timeout
        while True:
            lines = self.lines()
            if done(lines):
                return
            ended = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
            if ended:
                pytest.fail(f"writers ended while waiting for {what}: {ended}\n{self.stderr()}")
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}\n{self.stderr()}")
            time.sleep(0.05)

    def go(self) -> None:
        """Wait until every writer has logged in, then let them all start at once."""
        self.wait_until("the writers to log in", _all_ready(len(self.procs)), START_TIMEOUT_S)
        self.go_file.touch()

    def finish(self) -> list[dict[str, Any]]:
        """Ask the writers to stop, wait for them (bounded) and return all their lines."""
        self.stop_file.touch()
        codes = {}
        for login, proc in self.procs.items():
            try:
                codes[login] = proc.wait(timeout=EXIT_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                pytest.fail(f"writer {login} did not stop (a hang)\n{self.stderr()}")
        lines = self.lines()
        crashes = [line for line in lines if line["outcome"] == "crash"]
        assert not crashes, "writers crashed (an error that is not a KnownError):\n" + "\n".join(
            f"{c['writer']} {c['op']}: {c['detail']}" for c in crashes
        )
        assert codes == dict.fromkeys(self.procs, 0), f"{codes}\n{self.stderr()}"
        return lines

    def stderr(self) -> str:
        """The end of each writer's error output, and the tracebacks of its crashes."""
        crashes = [line for line in self.lines() if line["outcome"] == "crash"]
        return "\n".join(
            [
                *(
                    f"--- {login}\n{path.read_text(encoding='utf-8', errors='replace')[-3000:]}"
                    for login, path in self.errs.items()
                    if path.exists()
                ),
                *(f"--- crash of {c['writer']} {c['op']}:\n{c['detail']}" for c in crashes),
            ]
        )


def _by_writer(lines: list[dict[str, Any]], outcome: str) -> Counter[str]:
    return Counter(line["writer"] for line in lines if line["outcome"] == outcome)


def _all_ready(writers: int) -> Callable[[list[dict[str, Any]]], bool]:
    def done(lines: list[dict[str, Any]]) -> bool:
        return sum(line["op"] == "start" for line in lines) == writers

    return done


def each_writer_has(count: int, writers: int, after: float = 0.0) -> Callable[..., bool]:
    """A ``wait_until`` test: every writer has ``count`` acknowledged saves after ``after``."""

    def done(lines: list[dict[str, Any]]) -> bool:
        acks = _by_writer([line for line in lines if line["t"] > after], "ack")
        return len(acks) == writers and min(acks.values()) >= count

    return done


# --- the checks --------------------------------------------------------------------------


def check(desk: Desk, lines: list[dict[str, Any]]) -> dict[str, int]:
    """Check the database against every writer's lines; returns counts for the report."""
    attempts = [line for line in lines if line["op"] not in ("start", "stop")]
    acks = [line for line in attempts if line["outcome"] == "ack"]
    refused = [line for line in attempts if line["outcome"] == "refused"]
    crashed = [line for line in attempts if line["outcome"] not in ("ack", "refused")]
    assert not crashed, f"attempts that were neither acknowledged nor refused: {crashed}"
    assert {line["error"] for line in refused} <= REFUSALS, Counter(
        line["error"] for line in refused
    )

    # Every attempt was reported: each writer's tokens run 1, 2, 3 … without a hole.
    numbers: dict[str, list[int]] = defaultdict(list)
    for line in attempts:
        numbers[line["writer"]].append(int(line["token"][-6:-1]))
    for writer, seen in numbers.items():
        assert seen == list(range(1, len(seen) + 1)), f"{writer}: attempts without a line"

    ctx = open_database(desk.location, password_hasher=PasswordHasher(**HASHER))
    try:
        with ctx.db.read() as s:
            _check_edits(desk, s, acks)
            _check_creations(s, acks)
            _check_no_trace(s, acks, refused)
            _check_numbers(desk, s, acks)
            chain = audit.verify_chain(s)
        assert chain.ok, f"audit chain broken at event {chain.first_broken_id}"
    finally:
        ctx.close()
    assert cli_main(["--db", desk.location, "audit", "verify"]) == 0
    return dict(Counter(f"{line['op']}:{line['outcome']}" for line in attempts))


def _check_edits(desk: Desk, s: Any, acks: list[dict[str, Any]]) -> None:
    """No lost update, no unreported save, the newest acknowledged text stored."""
    stored: dict[tuple[str, int], tuple[int, str]] = {}
    for note_id in desk.notes:
        note = s.get_one(ProgressNote, note_id)
        stored["note_edit", note_id] = (note.version, note.body)
    for _case_id, _no, plan_id in desk.plans:
        plan = s.get_one(SupportPlan, plan_id)
        goals = " ".join(s.scalars(select(PlanItem.goal).where(PlanItem.plan_id == plan_id)))
        stored["plan_edit", plan_id] = (plan.version, f"{plan.overall_goal} {goals}")
    for case_id in desk.cases:
        case = s.get_one(Case, case_id)
        stored["case_edit", case_id] = (case.version, case.lead_reason)
    updates = _update_events(s)

    for key, (version, text) in stored.items():
        mine = sorted(
            (line for line in acks if (line["op"], line["record"]) == key),
            key=lambda line: line["new_version"],
        )
        based_on = Counter(line["based_on"] for line in mine)
        lost = [v for v, n in based_on.items() if n > 1]
        assert not lost, f"{key}: lost update, several saves acknowledged on version {lost}"
        for line in mine:
            assert line["new_version"] == line["based_on"] + 1, line
        first = desk.versions[key]
        assert [line["new_version"] for line in mine] == list(
            range(first + 1, first + 1 + len(mine))
        ), f"{key}: acknowledged versions do not follow one another"
        assert version == first + len(mine), (
            f"{key}: version {version} after {len(mine)} acknowledged saves from {first}"
            " (a save nobody was told about, or one lost)"
        )
        if mine:
            assert set(TOKEN.findall(text)) == {mine[-1]["token"]}, (
                f"{key}: stored text is not the newest acknowledged save"
            )
        assert updates.get(key, 0) - desk.updates.get(key, 0) == len(mine), (
            f"{key}: audit update events do not match the acknowledged saves"
        )


def _check_creations(s: Any, acks: list[dict[str, Any]]) -> None:
    """Every acknowledged new case, note and assessment exists as acknowledged."""
    for line in acks:
        if line["op"] == "intake":
            case = s.get_one(Case, line["case_id"])
            assert case.case_number == line["case_number"], f"case number differs: {line}"
            concerns = s.scalars(
                select(Consultation.presenting_concern).where(Consultation.case_id == case.id)
            ).all()
            assert any(line["token"] in c for c in concerns), line
        elif line["op"] == "note_add":
            note = s.get_one(ProgressNote, line["note_id"])
            assert (note.case_id, note.version) == (line["record"], line["new_version"])
            assert line["token"] in note.body, line
        elif line["op"] == "case_edit":
            summary = s.scalar(
                select(Assessment.summary).where(
                    Assessment.case_id == line["record"], Assessment.sequence == line["sequence"]
                )
            )
            assert line["token"] in (summary or ""), line


def _check_no_trace(s: Any, acks: list[dict[str, Any]], refused: list[dict[str, Any]]) -> None:
    """Every token in the database belongs to an acknowledged save; refused ones left none."""
    texts = [
        *s.scalars(select(ProgressNote.body)),
        *s.scalars(select(SupportPlan.overall_goal)),
        *s.scalars(select(PlanItem.goal)),
        *s.scalars(select(Case.lead_reason)),
        *s.scalars(select(Assessment.summary)),
        *s.scalars(select(Consultation.presenting_concern)),
    ]
    present = {token for text in texts for token in TOKEN.findall(text)}
    acknowledged = {line["token"] for line in acks}
    unreported = present - acknowledged
    assert not unreported, f"saved but reported as refused or not at all: {sorted(unreported)}"
    traces = [line for line in refused if line["token"] in present]
    assert not traces, f"refused saves left a trace: {traces}"


def _check_numbers(desk: Desk, s: Any, acks: list[dict[str, Any]]) -> None:
    """Case numbers unique and gap-free per fiscal year; one new case per acknowledged intake."""
    rows = s.execute(select(Case.fiscal_year, Case.serial, Case.case_number)).all()
    numbers = [number for _fy, _serial, number in rows]
    assert len(numbers) == len(set(numbers)), "duplicate case numbers"
    serials: dict[int, list[int]] = defaultdict(list)
    for fy, serial, _number in rows:
        serials[fy].append(serial)
    for fy, seen in serials.items():
        assert sorted(seen) == list(range(1, len(seen) + 1)), f"gaps in fiscal year {fy}"
    intakes = [line for line in acks if line["op"] == "intake"]
    assert len({line["case_number"] for line in intakes}) == len(intakes)
    assert len(rows) == desk.parent_cases + len(intakes), "a case nobody was told about"


# --- the tests ---------------------------------------------------------------------------


def _two_writers(desk: Desk, folder: Path) -> list[dict[str, Any]]:
    with Writers(desk, desk.writers[:2], folder, "a") as run:
        run.go()
        run.wait_until("two writers' saves", each_writer_has(20, 2), RUN_TIMEOUT_S)
        return run.finish()


def _restart(server: PgServer) -> tuple[float, float]:
    """Stop the server (every session ends) and start it again on the same port and data.

    Returns when it went down and when it was back (``time.time()``).
    """
    down_at = time.time()
    try:
        server.stop_server("fast")
        time.sleep(OUTAGE_S)
    finally:  # the session's server must outlive this test, whatever happened
        server.start_server()
    return down_at, time.time()


@pytest.mark.timeout(180)
def test_two_then_ten_writers_on_postgresql_with_a_restart_in_the_middle(
    pg_server: PgServer, pg_database_url: str, tmp_path: Path
) -> None:
    began = time.monotonic()
    desk = prepare(pg_database_url, tmp_path, writers=10)
    log.info("shared records ready after %.1f s", time.monotonic() - began)
    lines = _two_writers(desk, tmp_path / "two")
    log.info("two writers done after %.1f s", time.monotonic() - began)

    with Writers(desk, desk.writers, tmp_path / "ten", "b") as run:
        run.go()
        run.wait_until("ten writers' saves", each_writer_has(3, 10), RUN_TIMEOUT_S)
        log.info("ten writers saving after %.1f s", time.monotonic() - began)
        down_at, back_at = _restart(pg_server)
        log.info(
            "server back after %.1f s (down %.1f s)", time.monotonic() - began, back_at - down_at
        )
        run.wait_until(
            "saves after the restart", each_writer_has(2, 10, after=back_at), RUN_TIMEOUT_S
        )
        ten = run.finish()
    log.info("ten writers done after %.1f s", time.monotonic() - began)

    lost = [line for line in ten if line.get("error") == "ConnectionLost"]
    met = {line["writer"] for line in lost if down_at <= line["t"] <= back_at + 1}
    assert len(met) >= 5, f"only {sorted(met)} met the outage: the restart was not hit"
    late = [line for line in lost if line["t0"] > back_at + 5]
    assert not late, f"refused with ConnectionLost long after the server was back: {late}"
    saved_after = _by_writer([line for line in ten if line.get("t0", 0) > back_at], "ack")
    assert len(saved_after) == 10, f"writers that saved nothing after the restart: {saved_after}"

    counts = check(desk, lines + ten)
    log.info("checked after %.1f s: %s", time.monotonic() - began, counts)
    assert {op for op in OPS if counts.get(f"{op}:ack")} == set(OPS), counts
    assert counts.get("note_edit:refused", 0) + counts.get("plan_edit:refused", 0) > 0, (
        "no conflicting saves at all: the writers did not contend"
    )


@pytest.mark.timeout(120)
def test_two_writers_on_sqlite(db_path: Path, tmp_path: Path) -> None:
    desk = prepare(str(db_path), tmp_path, writers=2)
    lines = _two_writers(desk, tmp_path / "two")
    assert not [line for line in lines if line.get("error") == "ConnectionLost"]
    counts = check(desk, lines)
    assert {op for op in OPS if counts.get(f"{op}:ack")} == set(OPS), counts
