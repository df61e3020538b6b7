"""The anonymised case export (研修用の匿名化事例): nothing identifying leaves the program.

Every name, address, phone number and date below is made up.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.anonymize import MaskKind
from welfaredesk.domain.enums import (
    AuditAction,
    ConsentStatus,
    InformationSource,
    ReferralMethod,
    Role,
    TriageDecision,
)
from welfaredesk.domain.errors import NotFound, PermissionDenied, ValidationError
from welfaredesk.services import audit
from welfaredesk.services.assessments import AssessmentInput, ItemInput
from welfaredesk.services.case_export import AnonymisedCase, ExportOptions
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import MemberInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput, PlanItemInput
from welfaredesk.services.referrals import ReferralInput
from welfaredesk.storage.orm import Agency, AuditEvent, Case, CaseAccess, HouseholdMember

CaseFactory = Callable[..., int]
UserFactory = Callable[..., Principal]
TODAY = dt.date(2025, 12, 1)
NOW = dt.datetime(2025, 12, 1, 17, 0)
OFFSET = 45

FORBIDDEN = (
    "山田",
    "花子",
    "太郎",
    "ヤマダ",
    "ハナコ",
    "タロウ",
    "やまだ",
    "はなこ",
    "ﾔﾏﾀﾞ",
    "小川町",
    "コーポ",
    "２番３号",
    "2番3号",
    "042-000-1234",
    "０４２",
    "090-0000-5678",
    "taro@example.jp",
    "1944",
    "5月3日",
    "近藤",
    "sato",
)


def version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def synthetic_case(ctx: AppContext, who: Principal, case_factory: CaseFactory) -> int:
    """A case whose free texts mention the household in every way people write names."""
    with ctx.db.read() as s:
        agency_id = s.scalars(select(Agency.id).order_by(Agency.id)).first()
    assert agency_id is not None
    case_id = case_factory(
        who,
        address="東京都小平市小川町１丁目２番３号　コーポ小川１０２号室",
        phone="042-000-1234",
        consent=ConsentStatus.GIVEN,
        consent_agency_ids=(agency_id,),
        members=(
            MemberInput(
                relation_code="child",
                family_name="山田",
                given_name="太郎",
                family_kana="ヤマダ",
                given_kana="タロウ",
                birth_date="1970-02-11",
            ),
        ),
        presenting_concern=(
            "山田花子さん(81)の物忘れが進み、長男の太郎さんが介護に疲れている。"
            "ハナコさんは小川町1丁目2番3号で太郎さんと同居。連絡先は太郎さんの090-0000-5678、"
            "メールは taro@example.jp。ﾔﾏﾀﾞ ﾀﾛｳ様からの電話相談。"
        ),
    )
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        number = case.case_number
        son_id = s.scalar(
            select(HouseholdMember.person_id).where(
                HouseholdMember.household_id == case.household_id,
                HouseholdMember.person_id != case.client_id,
            )
        )
    ctx.assessments.save(
        who,
        case_id,
        AssessmentInput(
            assessed_on="2025-06-09",
            case_version=version(ctx, case_id),
            lead_worker_id=who.user_id,
            strengths="やまだ たろう氏は協力的。",
            items=(
                ItemInput(son_id, "care", InformationSource.CLIENT, "タロウさんの介護疲れ"),
                ItemInput(None, "dementia", InformationSource.FAMILY, "花子さんの物忘れ"),
            ),
            triage_decision=TriageDecision.PLAN,
            triage_reason=f"{number}:山田さん宅は支援が必要。",
            summary="6月20日に再訪して山田 花子様と話す。",
        ),
        today=TODAY,
    )
    ctx.referrals.save(
        who,
        case_id,
        ReferralInput(
            agency_id=agency_id,
            referred_on="2025-06-10",
            method=ReferralMethod.PHONE,
            purpose="ハナコさんの要介護認定の申請",
            received_by="近藤 一郎",
        ),
        today=TODAY,
    )
    plan = ctx.plans.new_version(who, case_id)
    ctx.plans.save_draft(
        who,
        plan.id,
        PlanInput(
            version=plan.version,
            client_wishes="太郎と家で暮らしたい(花子さん)。",
            overall_goal="ヤマダさん親子が安心して暮らせる",
            short_term_goals="介護保険のサービスを使い始める",
            next_review_on="2025-08-01",
            items=(
                PlanItemInput(
                    goal="花子さんがデイサービスに通う",
                    action="近藤さんと申請に同行",
                    issue_code="care",
                    responsible_person="近藤 一郎",
                    frequency="月2回",
                ),
            ),
        ),
        today=TODAY,
    )
    for on, body in (
        ("2025-06-25", "山田 太郎さんと面談。2025年7月1日に再訪予定。TEL 042-000-1234。"),
        ("2025-07-03", "sato 職員が山田宅を訪問。やまだはなこさんは元気。電話090-0000-5678"),
    ):
        ctx.notes.save(
            who,
            case_id,
            NoteInput(noted_on=on, noted_time="10:00", method_code="home_visit", body=body),
            now=NOW,
        )
    return case_id


@pytest.fixture
def exported(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> tuple[int, AnonymisedCase]:
    case_id = synthetic_case(ctx, supervisor, case_factory)
    return case_id, ctx.case_export.build(supervisor, case_id, ExportOptions(offset_days=OFFSET))


def test_nothing_identifying_is_left(ctx: AppContext, exported: tuple[int, AnonymisedCase]) -> None:
    case_id, document = exported
    with ctx.db.read() as s:
        number = s.get_one(Case, case_id).case_number
    for word in (*FORBIDDEN, number):
        assert word not in document.text, word
    # and the content is still there, under pseudonyms
    assert "本人" in document.text
    assert "子" in document.text
    assert "小平市" in document.text
    assert "物忘れ" in document.text
    assert "80歳代" in document.text
    assert "〔電話番号〕" in document.text


def test_the_household_is_summarised_with_pseudonyms_and_ages(
    exported: tuple[int, AnonymisedCase],
) -> None:
    _case_id, document = exported
    assert [(p.label, p.age) for p in document.household] == [("本人", "80歳代"), ("子", "50歳代")]
    assert document.city == "小平市"
    assert document.assessments[0].items[0].person == "子"
    assert document.plans[0].items[0].responsible == "職員A"


def test_dates_move_consistently(exported: tuple[int, AnonymisedCase]) -> None:
    _case_id, document = exported
    shift = dt.timedelta(days=OFFSET)
    assert document.opened_on == dt.date(2025, 6, 2) + shift
    assert [n.noted_on for n in document.notes] == [
        dt.date(2025, 6, 25) + shift,
        dt.date(2025, 7, 3) + shift,
    ]
    assert document.consultations[0].received_on == dt.date(2025, 6, 2) + shift
    assert document.referrals[0].referred_on == dt.date(2025, 6, 10) + shift
    # dates inside free text move by the same offset
    assert "2025年8月15日に再訪予定" in document.notes[0].body
    assert "8月4日に再訪" in document.assessments[0].summary
    assert "2025年6月" not in document.text


def test_the_report_counts_what_was_masked(exported: tuple[int, AnonymisedCase]) -> None:
    _case_id, document = exported
    report = document.report
    assert report.date_offset_days == OFFSET
    assert report.count(MaskKind.NAME) >= 10
    assert report.count(MaskKind.PHONE) >= 3
    assert report.count(MaskKind.EMAIL) == 1
    assert report.count(MaskKind.CASE_NUMBER) >= 1
    assert report.count(MaskKind.BIRTH_DATE) == 2
    assert report.summary().endswith("日付を45日後ろへずらしました")


def test_a_random_offset_is_drawn_when_none_is_given(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(supervisor)
    offsets = {ctx.case_export.build(supervisor, case_id).report.date_offset_days for _ in range(5)}
    assert all(30 <= abs(o) <= 400 for o in offsets)


def test_only_supervisors_may_export(
    ctx: AppContext, new_user: UserFactory, case_factory: CaseFactory, tmp_path: Path
) -> None:
    counselor = new_user("c1", Role.COUNSELOR)
    coordinator = new_user("c2", Role.COORDINATOR)
    case_id = case_factory(counselor)
    for who in (counselor, coordinator):
        with pytest.raises(PermissionDenied):
            ctx.case_export.build(who, case_id)
        with pytest.raises(PermissionDenied):
            ctx.case_export.save(who, case_id, "本文", tmp_path / "x.txt")
    assert not (tmp_path / "x.txt").exists()


def test_a_restricted_case_is_not_found(
    ctx: AppContext, supervisor: Principal, new_user: UserFactory, case_factory: CaseFactory
) -> None:
    lead = new_user("lead", Role.COUNSELOR)
    case_id = case_factory(lead)
    with ctx.db.write() as s:
        s.get_one(Case, case_id).restricted = True
        s.add(CaseAccess(case_id=case_id, user_id=lead.user_id))
    with pytest.raises(NotFound):
        ctx.case_export.build(supervisor, case_id)


def test_save_writes_utf8_and_audits_without_content(
    ctx: AppContext,
    supervisor: Principal,
    exported: tuple[int, AnonymisedCase],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case_id, document = exported
    out = tmp_path / "事例.md"
    with caplog.at_level(logging.DEBUG, logger="welfaredesk"):
        ctx.case_export.save(supervisor, case_id, document.text + "\n追記: 研修で使う。", out)
    assert out.read_text(encoding="utf-8").startswith("# 支援事例")
    assert "追記: 研修で使う。" in out.read_text(encoding="utf-8")
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        ).all()
        assert audit.verify_chain(s).ok
    export = events[-1]
    assert export.action == AuditAction.EXPORT
    assert export.detail == {"form": "anonymised_case", "format": "md"}
    assert any(
        e.action == AuditAction.VIEW and e.detail == {"form": "anonymised_case"} for e in events
    )
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "研修" not in logged
    assert "本人" not in logged


def test_save_refuses_identifying_text_and_wrong_types(
    ctx: AppContext, supervisor: Principal, exported: tuple[int, AnonymisedCase], tmp_path: Path
) -> None:
    case_id, document = exported
    out = tmp_path / "case.txt"
    with pytest.raises(ValidationError) as caught:
        ctx.case_export.save(supervisor, case_id, document.text + "\n山田さん 090-0000-5678", out)
    assert "氏名" in caught.value.text()
    assert "電話番号" in caught.value.text()
    assert "山田" not in caught.value.text()
    with pytest.raises(ValidationError):
        ctx.case_export.save(supervisor, case_id, document.text, tmp_path / "case.pdf")
    with pytest.raises(ValidationError):
        ctx.case_export.save(supervisor, case_id, "  ", out)
    assert not out.exists()
    assert not (tmp_path / "case.pdf").exists()
    with ctx.db.read() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).all()
    assert exports == []
