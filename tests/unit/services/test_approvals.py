"""The supervisor's queue: closures, notes and submitted plans, scope, refusal, counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    ConsentStatus,
    PlanStatus,
    Role,
)
from welfaredesk.domain.errors import PermissionDenied
from welfaredesk.services.approvals import EXCERPT_LENGTH, excerpt
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.meetings import MeetingInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.orm import Case, CaseAccess, SupportPlan

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 7, 10)


def version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def request_closure(ctx: AppContext, principal: Principal, case_id: int) -> Any:
    form = ClosureInput("client_request", "令和7年7月1日", "本人が支援の終了を希望した。")
    return ctx.closures.request(principal, case_id, form, version(ctx, case_id), today=TODAY)


def ask_confirmation(ctx: AppContext, principal: Principal, case_id: int, body: str) -> Any:
    form = NoteInput(
        noted_on="2025-07-01",
        noted_time="10:30",
        method_code="interview",
        body=body,
        minutes=30,
        funding_programme_code="comprehensive_consultation",
        needs_acknowledgement=True,
    )
    return ctx.notes.save(principal, case_id, form, now=dt.datetime(2025, 7, 1, 17, 0))


def add_plan(
    ctx: AppContext, case_id: int, status: PlanStatus = PlanStatus.SUBMITTED, plan_no: int = 1
) -> int:
    with ctx.db.write() as s:
        plan = SupportPlan(case_id=case_id, plan_no=plan_no, status=str(status))
        s.add(plan)
        s.flush()
        return plan.id


def restrict_to(ctx: AppContext, case_id: int, user_id: int) -> None:
    with ctx.db.write() as s:
        s.get_one(Case, case_id).restricted = True
        s.add(CaseAccess(case_id=case_id, user_id=user_id))


@pytest.fixture
def counselor_case(ctx: AppContext, counselor: Principal, case_factory: CaseFactory) -> int:
    return case_factory(
        counselor, received_at=dt.datetime(2025, 6, 2, 10, 0), consent=ConsentStatus.GIVEN
    )


def test_a_requested_closure_waits_until_approved_or_sent_back(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    counselor_case: int,
    case_factory: CaseFactory,
) -> None:
    assert ctx.approvals.queue(supervisor, TODAY).closure_count == 0
    info = request_closure(ctx, counselor, counselor_case).closure
    queue = ctx.approvals.queue(supervisor, TODAY)
    assert queue.closure_count == 1
    item = queue.closures[0]
    assert item.case_id == counselor_case
    assert item.case_number.startswith("R")
    assert "山田" in item.client_name
    assert item.closure.id == info.id
    assert item.closure.version == info.version
    assert item.closure.reason_label
    assert item.closure.requested_by
    ctx.closures.approve(supervisor, item.closure.id, item.closure.version)
    assert ctx.approvals.queue(supervisor, TODAY).closures == ()

    other = case_factory(counselor, family_name="髙橋", given_name="健一")
    request_closure(ctx, counselor, other)
    waiting = ctx.approvals.queue(supervisor, TODAY).closures[0]
    ctx.closures.send_back(supervisor, waiting.closure.id, waiting.closure.version, "記録不足")
    assert ctx.approvals.queue(supervisor, TODAY).closure_count == 0


def test_a_note_waits_until_acknowledged(
    ctx: AppContext, supervisor: Principal, counselor: Principal, counselor_case: int
) -> None:
    long_line = "長男と面談した。" * 20
    saved = ask_confirmation(ctx, counselor, counselor_case, f"\n{long_line}\n二行目")
    ask_confirmation(ctx, counselor, counselor_case, "短い記録")
    queue = ctx.approvals.queue(supervisor, TODAY)
    assert queue.note_count == 2
    first = next(n for n in queue.notes if n.note.id == saved.id)
    assert len(first.excerpt) == EXCERPT_LENGTH
    assert "二行目" not in first.excerpt
    assert first.note.method_label
    assert first.note.staff_name
    assert first.note.version == saved.version
    ctx.notes.acknowledge(supervisor, saved.id, "", first.note.version)
    left = ctx.approvals.queue(supervisor, TODAY)
    assert [n.excerpt for n in left.notes] == ["短い記録"]


def test_a_submitted_plan_shows_its_meeting_until_decided(
    ctx: AppContext, supervisor: Principal, counselor: Principal, counselor_case: int
) -> None:
    plan_id = add_plan(ctx, counselor_case)
    add_plan(ctx, counselor_case, PlanStatus.DRAFT, plan_no=2)
    queue = ctx.approvals.queue(supervisor, TODAY)
    assert queue.plan_count == 1
    assert queue.plans[0].plan_id == plan_id
    assert not queue.plans[0].on_agenda
    meeting = ctx.meetings.save(
        supervisor,
        MeetingInput(
            type_code="coordination_regular",
            held_on="2025-07-08",
            held_time="14:00",
            place="会議室",
            chair="課長",
        ),
        today=TODAY,
    )
    number = queue.plans[0].case_number
    view = ctx.meetings.add_agenda_item(
        supervisor, meeting.id, number, AgendaPurpose.PLAN_REVIEW, today=TODAY
    )
    on_agenda = ctx.approvals.queue(supervisor, TODAY).plans[0]
    assert on_agenda.on_agenda
    assert on_agenda.meeting_on == dt.date(2025, 7, 8)
    item = view.agenda[0]
    ctx.meetings.record_decision(
        supervisor, item.id, AgendaDecision.APPROVED, "", item.version, today=TODAY
    )
    assert ctx.approvals.queue(supervisor, TODAY).plans == ()


def test_restricted_cases_appear_only_to_named_supervisors(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    counselor_case: int,
    new_user: Callable[..., Principal],
) -> None:
    request_closure(ctx, counselor, counselor_case)
    ask_confirmation(ctx, counselor, counselor_case, "制限のある記録")
    add_plan(ctx, counselor_case)
    named = new_user("boss", Role.SUPERVISOR)
    restrict_to(ctx, counselor_case, counselor.user_id)
    restrict_to(ctx, counselor_case, named.user_id)
    hidden = ctx.approvals.queue(supervisor, TODAY)
    assert (hidden.closure_count, hidden.note_count, hidden.plan_count, hidden.total) == (
        0,
        0,
        0,
        0,
    )
    shown = ctx.approvals.queue(named, TODAY)
    assert (shown.closure_count, shown.note_count, shown.plan_count, shown.total) == (1, 1, 1, 3)


def test_only_supervisors_read_the_queue(
    ctx: AppContext, counselor: Principal, admin: Principal
) -> None:
    with pytest.raises(PermissionDenied):
        ctx.approvals.queue(counselor)
    with pytest.raises(PermissionDenied):
        ctx.approvals.queue(admin)


def test_excerpt_takes_the_first_line() -> None:
    assert excerpt("\n  一行目  \n二行目") == "一行目"
    assert excerpt("") == ""
    assert excerpt("あ" * 100).endswith("…")
