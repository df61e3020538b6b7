"""The case timeline: every kind of record, newest first, the kind filter and the scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    ConsentMethod,
    ConsentStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    TriageDecision,
)
from welfaredesk.domain.errors import NotFound
from welfaredesk.services.assessments import AssessmentInput
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.referrals import ReferralInput, StatusChange
from welfaredesk.services.timeline import EventKind
from welfaredesk.storage.orm import Agency, Case, ProgressNote

TODAY = dt.date(2025, 7, 1)


@pytest.fixture
def case_id(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """A case received 2025-06-02 10:30, consented 06-02, assessed 06-10, referred 06-20."""
    case_id = case_factory(supervisor)
    with ctx.db.read() as s:
        agency = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
        version = s.get_one(Case, case_id).version
    assert agency is not None
    ctx.consents.record(
        supervisor,
        case_id,
        ConsentInput(version, ConsentStatus.GIVEN, "2025-06-02", ConsentMethod.VERBAL, (agency,)),
        today=TODAY,
    )
    with ctx.db.read() as s:
        version = s.get_one(Case, case_id).version
    ctx.assessments.save(
        supervisor,
        case_id,
        AssessmentInput(
            assessed_on="2025-06-10",
            case_version=version,
            lead_worker_id=supervisor.user_id,
            triage_decision=TriageDecision.REFERRAL,
            triage_reason="介護保険の申請のため。",
        ),
        today=TODAY,
    )
    referral = ctx.referrals.save(
        supervisor,
        case_id,
        ReferralInput(agency, "2025-06-20", ReferralMethod.PHONE, "介護保険の申請"),
        today=TODAY,
    )
    ctx.referrals.change_status(
        supervisor,
        referral.id,
        StatusChange(ReferralStatus.DONE, referral.version, on="2025-06-20"),
        today=TODAY,
    )
    with ctx.db.write() as s:
        s.add(
            ProgressNote(
                case_id=case_id,
                noted_at=dt.datetime(2025, 6, 20, 15, 0),
                method_code="phone",
                staff_id=supervisor.user_id,
                body="地域包括支援センターに電話でつないだ。",
            )
        )
    return case_id


def test_every_record_is_on_the_timeline_newest_first(
    ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    events = ctx.timeline.events(supervisor, case_id)
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.NOTE,  # 06-20 15:00 (timed, before the date-only events of that day)
        EventKind.REFERRAL,  # 06-20
        EventKind.ASSESSMENT,  # 06-10
        EventKind.CONSULTATION,  # 06-02 10:30
        EventKind.CONSENT,  # 06-02
    ]
    assert events[1].title == "つなぎ：地域包括支援センター(小金井市)（実施）"
    assert events[2].title == "課題分析（第1回）：振り分け 同行支援・引継ぎ"
    assert events[3].summary.startswith("母の認知症")
    assert events[0].staff == supervisor.display_name


def test_the_timeline_filters_by_kind(ctx: AppContext, supervisor: Principal, case_id: int) -> None:
    events = ctx.timeline.events(supervisor, case_id, kinds=frozenset({EventKind.ASSESSMENT}))
    assert [e.kind for e in events] == [EventKind.ASSESSMENT]


def test_a_case_outside_the_scope_has_no_timeline(
    ctx: AppContext, case_id: int, new_user: Callable[..., Principal]
) -> None:
    outsider = new_user("outsider", Role.COUNSELOR)
    with pytest.raises(NotFound):
        ctx.timeline.events(outsider, case_id)
