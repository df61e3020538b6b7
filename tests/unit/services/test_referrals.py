"""Referrals: the consent gate, every status transition, hand-over closing the case, the slip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain import referrals as rules
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentMethod,
    ConsentStatus,
    InformationSource,
    ReferralMethod,
    ReferralStatus,
    SharedInfo,
    SharingBasis,
)
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.assessments import AssessmentInput, ItemInput
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.referrals import ReferralInput, StatusChange
from welfaredesk.storage.orm import Agency, AuditEvent, Case, Closure, Person, Setting

CaseFactory = Callable[..., int]
TODAY = dt.date(2025, 7, 1)
ALL = tuple(SharedInfo)


def agency_id(ctx: AppContext, name: str) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.name == name))
    assert found is not None, name
    return found


def houkatsu(ctx: AppContext) -> int:
    return agency_id(ctx, "地域包括支援センター(小金井市)")


def hikikomori(ctx: AppContext) -> int:
    return agency_id(ctx, "ひきこもり支援窓口(小金井市)")


def case_version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def give_consent(
    ctx: AppContext,
    principal: Principal,
    case_id: int,
    agencies: tuple[int, ...],
    items: tuple[SharedInfo, ...] = ALL,
) -> None:
    ctx.consents.record(
        principal,
        case_id,
        ConsentInput(
            case_version=case_version(ctx, case_id),
            status=ConsentStatus.GIVEN,
            recorded_on="2025-06-02",
            method=ConsentMethod.SIGNATURE,
            agency_ids=agencies,
            info_items=items,
        ),
        today=TODAY,
    )


def referral_form(ctx: AppContext, principal: Principal, **overrides: Any) -> ReferralInput:
    values: dict[str, Any] = {
        "agency_id": houkatsu(ctx),
        "referred_on": "令和7年6月20日",
        "method": ReferralMethod.ACCOMPANIED,
        "purpose": "母の介護保険の申請と、認知症の相談のため。",
        "accompanying_staff_ids": (principal.user_id,),
        "received_by": "佐藤 相談員",
        "handed_over": "これまでの相談の経過",
        "shared_items": (SharedInfo.CONTACT, SharedInfo.HEALTH),
    }
    values.update(overrides)
    return ReferralInput(**values)


@pytest.fixture
def consented_case(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> int:
    case_id = case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),))
    return case_id


def change(ctx: AppContext, principal: Principal, referral_id: int, **values: Any) -> Any:
    view = ctx.referrals.get(principal, referral_id, today=TODAY)
    return ctx.referrals.change_status(
        principal, referral_id, StatusChange(version=view.version, **values), today=TODAY
    )


# --- the consent gate ---------------------------------------------------------------------


def test_a_referral_within_the_consent_is_recorded_as_planned_and_audited(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    view = ctx.referrals.save(
        supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY
    )
    assert view.status is ReferralStatus.PLANNED
    assert view.status_label == "予定"
    assert view.method_label == "同行"
    assert view.staff_names == (supervisor.display_name,)
    assert view.shared_labels == ("住所・電話番号", "心身の状況")
    assert view.confirmation_due_on == dt.date(2025, 7, 4)  # 14 days after the planned date
    assert view.next_statuses == (
        ReferralStatus.DONE,
        ReferralStatus.ON_HOLD,
        ReferralStatus.DECLINED,
    )
    with ctx.db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "referral").order_by(AuditEvent.id)
        ).first()
    assert event is not None
    assert event.action == AuditAction.CREATE
    assert event.case_id == consented_case


def test_an_agency_outside_the_consent_is_refused_with_a_message_saying_why(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(
            supervisor,
            consented_case,
            referral_form(ctx, supervisor, agency_id=hikikomori(ctx)),
            today=TODAY,
        )
    assert caught.value.field == "agency_id"
    assert "ひきこもり支援窓口(小金井市)" in caught.value.text()
    assert "同意の範囲" in caught.value.text()
    assert ctx.referrals.overview(supervisor, consented_case).referrals == ()


def test_information_outside_the_consent_is_refused(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(supervisor)
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),), (SharedInfo.CONTACT,))
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(
            supervisor,
            case_id,
            referral_form(ctx, supervisor, shared_items=(SharedInfo.CONTACT, SharedInfo.FINANCES)),
            today=TODAY,
        )
    assert caught.value.field == "shared_items"
    assert "経済状況・債務" in caught.value.text()


def test_without_consent_a_referral_needs_the_support_meeting_basis_and_its_note(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(supervisor, consent=ConsentStatus.REFUSED)
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(supervisor, case_id, referral_form(ctx, supervisor), today=TODAY)
    assert caught.value.field == "agency_id"
    statutory = referral_form(ctx, supervisor, basis=SharingBasis.STATUTORY_MEETING)
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(supervisor, case_id, statutory, today=TODAY)
    assert caught.value.field == "basis_note"
    view = ctx.referrals.save(
        supervisor,
        case_id,
        dataclasses.replace(statutory, basis_note="令和7年6月15日の支援会議で共有を決定"),
        today=TODAY,
    )
    assert view.basis is SharingBasis.STATUTORY_MEETING
    assert view.basis_note.startswith("令和7年6月15日")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"agency_id": None}, "agency_id"),
        ({"referred_on": "2025-13-40"}, "referred_on"),
        ({"referred_on": "2025-05-01"}, "referred_on"),  # before the case was opened
        ({"accompanying_staff_ids": ()}, "accompanying_staff_ids"),
        ({"purpose": "  "}, "purpose"),
        ({"confirmation_due_on": "2025-06-01"}, "confirmation_due_on"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    overrides: dict[str, Any],
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(
            supervisor, consented_case, referral_form(ctx, supervisor, **overrides), today=TODAY
        )
    assert caught.value.field == field
    assert ctx.referrals.overview(supervisor, consented_case).referrals == ()


def test_a_phone_referral_needs_no_accompanying_staff(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    view = ctx.referrals.save(
        supervisor,
        consented_case,
        referral_form(ctx, supervisor, method=ReferralMethod.PHONE, accompanying_staff_ids=()),
        today=TODAY,
    )
    assert view.method_label == "電話でつなぐ"


def test_editing_a_planned_referral_uses_optimistic_locking(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    form = referral_form(ctx, supervisor)
    view = ctx.referrals.save(supervisor, consented_case, form, today=TODAY)
    edited = ctx.referrals.save(
        supervisor,
        consented_case,
        dataclasses.replace(form, purpose="介護保険の申請", version=view.version),
        referral_id=view.id,
        today=TODAY,
    )
    assert edited.purpose == "介護保険の申請"
    with pytest.raises(ConflictError):
        ctx.referrals.save(
            supervisor,
            consented_case,
            dataclasses.replace(form, version=view.version),
            referral_id=view.id,
            today=TODAY,
        )


# --- the status machine -------------------------------------------------------------------

LEGAL = [(a, b) for a, after in rules.TRANSITIONS.items() for b in after]
ILLEGAL = [(a, b) for a in ReferralStatus for b in ReferralStatus if b not in rules.TRANSITIONS[a]]

_FACTS: dict[ReferralStatus, dict[str, Any]] = {
    ReferralStatus.DONE: {"on": "2025-06-20"},
    ReferralStatus.HANDED_OVER: {"on": "2025-06-25", "outcome": "介護保険の申請を受理された。"},
    ReferralStatus.REJECTED: {"on": "2025-06-25", "reason": "対象外と判断された。"},
    ReferralStatus.ON_HOLD: {"reason": "本人の体調不良のため。"},
    ReferralStatus.DECLINED: {"reason": "本人が行きたくないと言った。"},
    ReferralStatus.PLANNED: {},
}

_PATH_TO: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    ReferralStatus.PLANNED: (),
    ReferralStatus.DONE: (ReferralStatus.DONE,),
    ReferralStatus.ON_HOLD: (ReferralStatus.ON_HOLD,),
    ReferralStatus.HANDED_OVER: (ReferralStatus.DONE, ReferralStatus.HANDED_OVER),
    ReferralStatus.REJECTED: (ReferralStatus.DONE, ReferralStatus.REJECTED),
    ReferralStatus.DECLINED: (ReferralStatus.DECLINED,),
}


def _referral_in(
    ctx: AppContext, principal: Principal, case_id: int, status: ReferralStatus
) -> int:
    view = ctx.referrals.save(principal, case_id, referral_form(ctx, principal), today=TODAY)
    for step in _PATH_TO[status]:
        change(ctx, principal, view.id, status=step, close_case=False, **_FACTS[step])
    return view.id


@pytest.mark.parametrize(("current", "wanted"), LEGAL, ids=str)
def test_every_legal_transition_is_accepted(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    current: ReferralStatus,
    wanted: ReferralStatus,
) -> None:
    referral_id = _referral_in(ctx, supervisor, consented_case, current)
    result = change(ctx, supervisor, referral_id, status=wanted, close_case=False, **_FACTS[wanted])
    assert result.referral.status is wanted


@pytest.mark.parametrize(("current", "wanted"), ILLEGAL, ids=str)
def test_every_illegal_transition_is_refused(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    current: ReferralStatus,
    wanted: ReferralStatus,
) -> None:
    referral_id = _referral_in(ctx, supervisor, consented_case, current)
    with pytest.raises(ValidationError) as caught:
        change(ctx, supervisor, referral_id, status=wanted, **_FACTS[wanted])
    assert caught.value.field == "status"
    assert ctx.referrals.get(supervisor, referral_id).status is current


@pytest.mark.parametrize(
    ("status", "missing", "field"),
    [
        (ReferralStatus.ON_HOLD, "reason", "status_reason"),
        (ReferralStatus.DECLINED, "reason", "status_reason"),
        (ReferralStatus.REJECTED, "reason", "status_reason"),
        (ReferralStatus.HANDED_OVER, "outcome", "outcome"),
    ],
)
def test_a_status_without_its_reason_or_outcome_is_refused(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    status: ReferralStatus,
    missing: str,
    field: str,
) -> None:
    start = (
        ReferralStatus.PLANNED
        if status in rules.TRANSITIONS[ReferralStatus.PLANNED]
        else (ReferralStatus.DONE)
    )
    referral_id = _referral_in(ctx, supervisor, consented_case, start)
    facts = {k: v for k, v in _FACTS[status].items() if k != missing}
    with pytest.raises(ValidationError) as caught:
        change(ctx, supervisor, referral_id, status=status, **facts)
    assert caught.value.field == field


def test_a_confirmation_not_done_by_its_date_is_overdue_on_the_case(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    view = ctx.referrals.save(
        supervisor,
        consented_case,
        referral_form(ctx, supervisor, confirmation_due_on="2025-06-28"),
        today=TODAY,
    )
    change(ctx, supervisor, view.id, status=ReferralStatus.DONE, on="2025-06-20")
    overview = ctx.referrals.overview(supervisor, consented_case, today=TODAY)
    assert overview.overdue == 1
    assert overview.referrals[0].overdue
    on_time = ctx.referrals.overview(supervisor, consented_case, today=dt.date(2025, 6, 28))
    assert on_time.overdue == 0


def test_done_sets_a_default_confirm_by_date(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    view = ctx.referrals.save(
        supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY
    )
    result = change(ctx, supervisor, view.id, status=ReferralStatus.DONE, on="2025-06-22")
    assert result.referral.done_on == dt.date(2025, 6, 22)
    assert result.referral.confirmation_due_on == dt.date(2025, 7, 4)


# --- hand-over closes the case ------------------------------------------------------------


def _done(ctx: AppContext, principal: Principal, case_id: int, **overrides: Any) -> int:
    view = ctx.referrals.save(
        principal, case_id, referral_form(ctx, principal, **overrides), today=TODAY
    )
    change(ctx, principal, view.id, status=ReferralStatus.DONE, on="2025-06-20")
    return view.id


def test_a_supervisors_handover_closes_the_case_in_one_step(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    referral_id = _done(ctx, supervisor, consented_case)
    result = change(
        ctx,
        supervisor,
        referral_id,
        **_FACTS[ReferralStatus.HANDED_OVER],
        status=ReferralStatus.HANDED_OVER,
    )
    assert result.case_closed
    assert result.closure is not None
    assert result.closure.status is ClosureStatus.APPROVED
    assert result.closure.reason_label == "他機関への引継ぎ"
    assert result.closure.destination == "地域包括支援センター(小金井市)"
    with ctx.db.read() as s:
        case = s.get_one(Case, consented_case)
        assert case.stage == CaseStage.CLOSED
        assert case.closed_on == dt.date(2025, 6, 25)
        closure = s.scalars(select(Closure).where(Closure.case_id == consented_case)).one()
        assert closure.destination_agency_id == houkatsu(ctx)
    with pytest.raises(KnownError):
        ctx.referrals.save(supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY)


def test_a_counselors_handover_waits_for_a_supervisors_approval(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(counselor)
    give_consent(ctx, counselor, case_id, (houkatsu(ctx),))
    referral_id = _done(ctx, counselor, case_id)
    result = change(
        ctx,
        counselor,
        referral_id,
        status=ReferralStatus.HANDED_OVER,
        **_FACTS[ReferralStatus.HANDED_OVER],
    )
    assert not result.case_closed
    assert result.closure is not None
    assert result.closure.status is ClosureStatus.REQUESTED
    assert ctx.referrals.overview(counselor, case_id).stage is not CaseStage.CLOSED
    with pytest.raises(PermissionDenied):
        ctx.closures.approve(counselor, result.closure.id, result.closure.version)
    approved = ctx.closures.approve(supervisor, result.closure.id, result.closure.version)
    assert approved.status is ClosureStatus.APPROVED
    assert approved.approved_by == supervisor.display_name
    assert ctx.referrals.overview(counselor, case_id).stage is CaseStage.CLOSED


def test_a_supervisor_can_send_a_closure_back_with_a_reason(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(counselor)
    give_consent(ctx, counselor, case_id, (houkatsu(ctx),))
    referral_id = _done(ctx, counselor, case_id)
    closure = change(
        ctx,
        counselor,
        referral_id,
        status=ReferralStatus.HANDED_OVER,
        **_FACTS[ReferralStatus.HANDED_OVER],
    ).closure
    with pytest.raises(ValidationError):
        ctx.closures.send_back(supervisor, closure.id, closure.version, " ")
    returned = ctx.closures.send_back(
        supervisor, closure.id, closure.version, "息子さんの支援が残っているため。"
    )
    assert returned.status is ClosureStatus.RETURNED
    overview = ctx.referrals.overview(counselor, case_id)
    assert overview.stage is not CaseStage.CLOSED
    assert overview.closure is not None
    assert overview.closure.return_reason


def test_without_the_approval_rule_a_counselors_handover_closes_the_case(
    ctx: AppContext, counselor: Principal, case_factory: CaseFactory
) -> None:
    with ctx.db.write() as s:
        setting = s.get_one(Setting, "closure")
        setting.value = {"approval_required_reasons": ["other"]}
    case_id = case_factory(counselor)
    give_consent(ctx, counselor, case_id, (houkatsu(ctx),))
    referral_id = _done(ctx, counselor, case_id)
    result = change(
        ctx,
        counselor,
        referral_id,
        status=ReferralStatus.HANDED_OVER,
        **_FACTS[ReferralStatus.HANDED_OVER],
    )
    assert result.case_closed


def test_a_handover_leaves_the_case_open_while_another_referral_is_open(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    give_consent(ctx, supervisor, consented_case, (houkatsu(ctx), hikikomori(ctx)))
    first = _done(ctx, supervisor, consented_case)
    ctx.referrals.save(
        supervisor,
        consented_case,
        referral_form(ctx, supervisor, agency_id=hikikomori(ctx)),
        today=TODAY,
    )
    result = change(
        ctx,
        supervisor,
        first,
        status=ReferralStatus.HANDED_OVER,
        **_FACTS[ReferralStatus.HANDED_OVER],
    )
    assert not result.case_closed
    assert result.closure is None
    assert any("ひきこもり支援窓口" in b for b in result.closure_blockers)


# --- destinations, scope ------------------------------------------------------------------


def test_destinations_follow_the_case_issues_with_consented_agencies_first(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(supervisor, issue_codes=("dementia",))
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),))
    found = ctx.referrals.destinations(supervisor, case_id)
    assert found[0].name == "地域包括支援センター(小金井市)"
    assert found[0].consented
    assert all(not d.consented for d in found[1:])
    assert "地域包括支援センターけやきの郷" in [d.name for d in found]
    assert "保護司" not in [d.name for d in found]
    guardianship = ctx.referrals.destinations(supervisor, case_id, issue_code="guardianship")
    assert "小金井市権利擁護センター(ふくしネットこがねい)" in [d.name for d in guardianship]


def test_referrals_of_a_case_outside_the_scope_are_not_found(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    new_user: Callable[..., Principal],
) -> None:
    from welfaredesk.domain.enums import Role

    view = ctx.referrals.save(
        supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY
    )
    outsider = new_user("outsider", Role.COUNSELOR)
    with pytest.raises(NotFound):
        ctx.referrals.get(outsider, view.id)
    with pytest.raises(NotFound):
        ctx.referrals.overview(outsider, consented_case)


# --- the referral slip --------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _assess(ctx: AppContext, principal: Principal, case_id: int) -> None:
    with ctx.db.read() as s:
        client_id = s.get_one(Case, case_id).client_id
    ctx.assessments.save(
        principal,
        case_id,
        AssessmentInput(
            assessed_on="2025-06-10",
            case_version=case_version(ctx, case_id),
            lead_worker_id=principal.user_id,
            strengths="近所に頼れる友人がいる。",
            risk="夜間の徘徊。",
            items=(
                ItemInput(client_id, "dementia", InformationSource.FAMILY, "同じ話を繰り返す"),
                ItemInput(None, "multiple_debt", InformationSource.CLIENT, "カードローン3社"),
                ItemInput(
                    None, "social_isolation", InformationSource.OBSERVATION, "近所づきあいなし"
                ),
            ),
        ),
        today=TODAY,
    )


def test_the_slip_carries_only_what_the_consent_covers_and_is_audited(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory, tmp_path: Path
) -> None:
    case_id = case_factory(supervisor, address="東京都小金井市本町1-2-3", phone="042-000-1234")
    _assess(ctx, supervisor, case_id)
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),), (SharedInfo.HEALTH, SharedInfo.ISSUES))
    view = ctx.referrals.save(
        supervisor,
        case_id,
        referral_form(ctx, supervisor, shared_items=(SharedInfo.HEALTH, SharedInfo.ISSUES)),
        today=TODAY,
    )
    out = ctx.referrals.print_slip(supervisor, case_id, view.id, tmp_path / "slip.pdf")
    text = _pdf_text(out)
    assert "地域包括支援センター(小金井市)" in text
    assert "山田" in text
    assert "花子" in text
    assert "同じ話を繰り返す" in text  # 心身の状況: shared
    assert "近所づきあいなし" in text  # 課題の状況: shared
    assert "カードローン3社" not in text  # 経済状況・債務: not consented
    assert "本町1-2-3" not in text
    assert "042-000-1234" not in text  # contact: not consented
    assert "記載していない項目" in text
    with ctx.db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "referral", AuditEvent.action == AuditAction.PRINT
            )
        ).one()
    assert event.detail["form"] == "referral_slip"


def test_the_slip_follows_a_consent_narrowed_after_the_referral(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory, tmp_path: Path
) -> None:
    case_id = case_factory(supervisor, address="東京都小金井市本町1-2-3")
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),))
    view = ctx.referrals.save(supervisor, case_id, referral_form(ctx, supervisor), today=TODAY)
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),), (SharedInfo.HEALTH,))
    text = _pdf_text(ctx.referrals.print_slip(supervisor, case_id, view.id, tmp_path / "s.pdf"))
    assert "本町1-2-3" not in text


def test_printing_a_referral_of_another_case_is_not_found(
    ctx: AppContext,
    supervisor: Principal,
    consented_case: int,
    case_factory: CaseFactory,
    tmp_path: Path,
) -> None:
    view = ctx.referrals.save(
        supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY
    )
    other = case_factory(supervisor, family_name="鈴木", family_kana="スズキ")
    with pytest.raises(NotFound):
        ctx.referrals.print_slip(supervisor, other, view.id, tmp_path / "x.pdf")


def test_consent_history_is_kept_and_the_case_status_follows(
    ctx: AppContext, supervisor: Principal, consented_case: int
) -> None:
    ctx.consents.record(
        supervisor,
        consented_case,
        ConsentInput(
            case_version=case_version(ctx, consented_case),
            status=ConsentStatus.REFUSED,
            recorded_on="2025-06-30",
            notes="本人が撤回した",
        ),
        today=TODAY,
    )
    overview = ctx.consents.overview(supervisor, consented_case)
    assert overview.current.status is ConsentStatus.REFUSED
    assert [v.status for v in overview.history][:2] == [
        ConsentStatus.REFUSED,
        ConsentStatus.GIVEN,
    ]
    with ctx.db.read() as s:
        assert s.get_one(Case, consented_case).consent_status == ConsentStatus.REFUSED
        assert s.get_one(Person, s.get_one(Case, consented_case).client_id) is not None
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(supervisor, consented_case, referral_form(ctx, supervisor), today=TODAY)
    assert caught.value.field == "agency_id"


def test_an_8050_household_refers_the_mother_while_the_son_is_the_client(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory, tmp_path: Path
) -> None:
    from welfaredesk.services.intake import MemberInput

    case_id = case_factory(
        supervisor,
        family_name="山田",
        given_name="一郎",
        family_kana="ヤマダ",
        given_kana="イチロウ",
        birth_date=dt.date(1975, 3, 1),
        address="東京都小金井市本町1-2-3",
        members=(
            MemberInput(
                relation_code="mother",
                family_name="山田",
                given_name="ハル",
                family_kana="ヤマダ",
                given_kana="ハル",
                birth_date="1945-04-01",
            ),
        ),
    )
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        mother = next(p.id for p in s.scalars(select(Person).where(Person.given_name == "ハル")))
        client_id = case.client_id
    ctx.assessments.save(
        supervisor,
        case_id,
        AssessmentInput(
            assessed_on="2025-06-10",
            case_version=case_version(ctx, case_id),
            lead_worker_id=supervisor.user_id,
            items=(
                ItemInput(mother, "dementia", InformationSource.FAMILY, "同じ話を繰り返す"),
                ItemInput(client_id, "social_withdrawal", InformationSource.CLIENT, "外出しない"),
            ),
        ),
        today=TODAY,
    )
    give_consent(ctx, supervisor, case_id, (houkatsu(ctx),))
    view = ctx.referrals.save(
        supervisor,
        case_id,
        referral_form(
            ctx,
            supervisor,
            person_id=mother,
            shared_items=(SharedInfo.CONTACT, SharedInfo.HOUSEHOLD, SharedInfo.HEALTH),
        ),
        today=TODAY,
    )
    assert view.person_id == mother
    assert view.person_name == "山田\u3000ハル（母）"
    text = _pdf_text(ctx.referrals.print_slip(supervisor, case_id, view.id, tmp_path / "s.pdf"))
    assert "ハル" in text  # the one introduced
    assert "相談者" in text  # the son, named from the mother's side
    assert "本町1-2-3" in text  # she lives with him: his address
    assert "同じ話を繰り返す" in text
    # Someone outside the household cannot be referred from this case.
    other = case_factory(supervisor, family_name="鈴木", family_kana="スズキ")
    with ctx.db.read() as s:
        stranger = s.get_one(Case, other).client_id
    with pytest.raises(ValidationError) as caught:
        ctx.referrals.save(
            supervisor, case_id, referral_form(ctx, supervisor, person_id=stranger), today=TODAY
        )
    assert caught.value.field == "person_id"
