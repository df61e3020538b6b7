"""One writer process of the concurrency tests (issue 9): a desk PC saving as fast as it can.

Run as ``python tests/concurrency/writer.py --url … --login … --shared shared.json --out
w01.jsonl --stop-file stop`` with the repository on ``PYTHONPATH``; it needs no pytest. The
parent (``test_concurrent_writers.py``) has migrated the database and created the account and
the shared records first.

The writer logs in, waits for the go file (so that all writers start at once, none slowed
down by the others still starting) and, until the stop file appears (or ``--max-seconds`` /
``--max-ops``), does a random mix through the real services:

- ``intake``: a new intake, which opens a new case and takes the next case number;
- ``note_edit`` / ``plan_edit`` / ``case_edit``: an edit of one of the few progress notes,
  support plan drafts and cases that every writer edits, with the version it read just before
  (optimistic locking; ``case_edit`` is an assessment, which changes the case's 主担当の理由);
- ``note_add``: a new progress note on a shared case.

Every text it saves carries a token unique to the attempt (``[w03-00017]``). For every attempt
it appends one JSON line to its result file, flushed at once: the operation, the record, the
version it saved against, the token and the outcome: ``ack`` with what the service returned,
``refused`` with the error's class name (``ConflictError``, ``ConnectionLost``, ``KnownError``
…), or ``crash`` for anything that is not a :class:`KnownError` (a bug: the writer stops with
exit code 3). After ``ConnectionLost`` it waits briefly and goes on: once the server is back
the next attempts must succeed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from argon2 import PasswordHasher

from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import Sex
from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.services.assessments import AssessmentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import IntakeInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput, PlanItemInput

HASHER_PARAMS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
"""The test accounts' Argon2 cost (tests/conftest.py ``fast_hasher``): no rehash at login."""

OPS = ("intake", "note_edit", "plan_edit", "case_edit", "note_add")
WEIGHTS = (2, 3, 2, 2, 2)

NOTE_DATE = "2025-06-10"
"""The date of every note and assessment (after the shared cases were opened)."""

RECONNECT_PAUSE_S = 0.2
"""How long to wait after ``ConnectionLost`` before the next attempt."""


class Crash(Exception):
    """An error that is not a KnownError: a bug of the program."""


class Writer:
    """The writer's state: the services, the account, the shared records, the result file."""

    def __init__(
        self, ctx: AppContext, principal: Principal, shared: dict[str, Any], out: TextIO, seed: int
    ) -> None:
        self.ctx = ctx
        self.me = principal
        self.shared = shared
        self.out = out
        self.rng = random.Random(seed)
        self.name = str(shared["writer"])
        self.seq = 0
        self.acked: Counter[str] = Counter()

    # --- the result file ----------------------------------------------------------------

    def emit(self, line: dict[str, Any]) -> None:
        line = {"writer": self.name, "t": time.time(), **line}
        self.out.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.out.flush()

    def attempt(
        self,
        op: str,
        record: int | None,
        token: str,
        save: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> None:
        """Run one save and write its line.

        ``save`` gets a dict to note what it read (``based_on``: the version it saves
        against), kept on the line whatever the outcome, and returns what the service
        acknowledged.
        """
        line: dict[str, Any] = {"op": op, "record": record, "token": token, "t0": time.time()}
        state: dict[str, Any] = {}
        try:
            result = save(state)
        except KnownError as exc:
            self.emit({**line, **state, "outcome": "refused", "error": type(exc).__name__})
            if isinstance(exc, ConnectionLost):
                time.sleep(RECONNECT_PAUSE_S)
            return
        except Exception as exc:
            self.emit(
                {
                    **line,
                    **state,
                    "outcome": "crash",
                    "error": type(exc).__name__,
                    "detail": traceback.format_exc(),
                }
            )
            raise Crash from exc
        self.emit({**line, **state, **result, "outcome": "ack"})
        self.acked[op] += 1

    def token(self) -> str:
        self.seq += 1
        return f"[{self.name}-{self.seq:05d}]"

    def pause(self) -> None:
        """A moment between reading a record and saving it (someone typing)."""
        time.sleep(self.rng.uniform(0, 0.03))

    # --- the operations -----------------------------------------------------------------

    def step(self) -> None:
        """One attempt: an operation this writer has not had acknowledged yet, else any."""
        untried = [op for op in OPS if not self.acked[op]]
        if untried and self.rng.random() < 0.5:
            op = self.rng.choice(untried)
        else:
            op = self.rng.choices(OPS, WEIGHTS)[0]
        getattr(self, op)()

    def intake(self) -> None:
        token = self.token()
        received_on = self.rng.choice(self.shared["received_on"])

        def save(_state: dict[str, Any]) -> dict[str, Any]:
            form = IntakeInput(
                received_on=received_on,
                received_time="10:30",
                channel_code="visit",
                consulter_type_code="client",
                family_name="並行",
                given_name="太郎",
                family_kana="ヘイコウ",
                given_kana="タロウ",
                birth_date="1960-04-01",
                sex=Sex.MALE,
                presenting_concern=f"同時に保存する試験の相談 {token}",
            )
            result = self.ctx.intake.save(self.me, form)
            return {"case_id": result.case_id, "case_number": result.case_number}

        self.attempt("intake", None, token, save)

    def note_edit(self) -> None:
        note_id = int(self.rng.choice(self.shared["notes"]))
        token = self.token()

        def save(state: dict[str, Any]) -> dict[str, Any]:
            current = self.ctx.notes.get(self.me, note_id)
            state["based_on"] = current.version
            self.pause()
            form = NoteInput(
                noted_on=NOTE_DATE,
                noted_time="10:30",
                method_code="interview",
                body=f"共有の記録を編集した {token}",
                minutes=30,
            )
            saved = self.ctx.notes.save(
                self.me, current.case_id, form, note_id=note_id, version=current.version
            )
            return {"new_version": saved.version}

        self.attempt("note_edit", note_id, token, save)

    def plan_edit(self) -> None:
        case_id, plan_no, plan_id = self.rng.choice(self.shared["plans"])
        token = self.token()

        def save(state: dict[str, Any]) -> dict[str, Any]:
            current = self.ctx.plans.get(self.me, int(case_id), int(plan_no))
            state["based_on"] = current.version
            self.pause()
            form = PlanInput(
                version=current.version,
                client_wishes="自宅で暮らし続けたい。",
                overall_goal=f"生活を立て直す {token}",
                items=(PlanItemInput(goal=f"家計を見直す {token}", action="家計相談"),),
            )
            saved = self.ctx.plans.save_draft(self.me, int(plan_id), form)
            return {"new_version": saved.version}

        self.attempt("plan_edit", int(plan_id), token, save)

    def case_edit(self) -> None:
        case_id = int(self.rng.choice(self.shared["cases"]))
        token = self.token()

        def save(state: dict[str, Any]) -> dict[str, Any]:
            current = self.ctx.cases.get(self.me, case_id)
            state["based_on"] = current.version
            self.pause()
            form = AssessmentInput(
                assessed_on=NOTE_DATE,
                case_version=current.version,
                lead_worker_id=current.lead_worker_id,
                lead_reason=f"主担当の理由 {token}",
                summary=f"課題分析のまとめ {token}",
            )
            saved = self.ctx.assessments.save(self.me, case_id, form)
            return {
                "new_version": saved.case.version,
                "sequence": saved.sequence,
            }

        self.attempt("case_edit", case_id, token, save)

    def note_add(self) -> None:
        case_id = int(self.rng.choice(self.shared["cases"]))
        token = self.token()

        def save(_state: dict[str, Any]) -> dict[str, Any]:
            form = NoteInput(
                noted_on=NOTE_DATE,
                noted_time="11:00",
                method_code="phone",
                body=f"電話で様子を聞いた {token}",
                minutes=10,
            )
            saved = self.ctx.notes.save(self.me, case_id, form)
            return {"note_id": saved.id, "new_version": saved.version}

        self.attempt("note_add", case_id, token, save)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the database (URL or SQLite file)")
    parser.add_argument("--login", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--name", help="the writer's name in tokens and lines (the login)")
    parser.add_argument("--shared", required=True, type=Path, help="JSON: the shared records")
    parser.add_argument("--out", required=True, type=Path, help="the result file (JSON lines)")
    parser.add_argument("--stop-file", required=True, type=Path, help="stop when it exists")
    parser.add_argument(
        "--go-file", type=Path, help="after logging in, wait until it exists (a common start)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=60.0)
    parser.add_argument("--max-ops", type=int, default=100_000)
    args = parser.parse_args(argv)

    shared = json.loads(args.shared.read_text(encoding="utf-8"))
    shared["writer"] = args.name or args.login
    deadline = time.monotonic() + args.max_seconds
    ctx = open_database(args.url, password_hasher=PasswordHasher(**HASHER_PARAMS))
    try:
        with args.out.open("a", encoding="utf-8") as out:
            principal = ctx.auth.login(args.login, args.password)
            writer = Writer(ctx, principal, shared, out, args.seed)
            writer.emit({"op": "start", "outcome": "ready", "pid": os.getpid()})
            while args.go_file is not None and not args.go_file.exists():
                if time.monotonic() > deadline or args.stop_file.exists():
                    break
                time.sleep(0.02)
            ops = 0
            try:
                while ops < args.max_ops and time.monotonic() < deadline:
                    if args.stop_file.exists():
                        break
                    writer.step()
                    ops += 1
            except Crash:
                return 3
            writer.emit({"op": "stop", "outcome": "done", "ops": ops})
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
