"""Printing the assessment sheet from the database: content, scope and the audit trail."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, InformationSource, Role, TriageDecision
from welfaredesk.domain.errors import NotFound
from welfaredesk.services.assessments import AssessmentInput, ItemInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import MemberInput
from welfaredesk.storage.orm import Assessment, AuditEvent, Case

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"\s+", "", out)


def _assessed_case(
    ctx: AppContext, principal: Principal, case_factory: Callable[..., int]
) -> tuple[int, int]:
    """A case with a son in the household and one saved assessment; (case id, assessment id)."""
    case_id = case_factory(
        principal,
        members=(
            MemberInput(
                relation_code="child",
                family_name="山田",
                given_name="一郎",
                family_kana="ヤマダ",
                given_kana="イチロウ",
            ),
        ),
    )
    detail = ctx.cases.get(principal, case_id)
    son = next(m for m in detail.members if m.name.endswith("一郎"))
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        client_id, version = case.client_id, case.version
    ctx.assessments.save(
        principal,
        case_id,
        AssessmentInput(
            assessed_on="2025-06-10",
            case_version=version,
            lead_worker_id=principal.user_id,
            strengths="近所に頼れる友人がいる。",
            risk="介護者の疲労。",
            urgency="high",
            complex_needs=True,
            lead_reason="推進員が不在のため。",
            items=(
                ItemInput(client_id, "dementia", InformationSource.CLIENT, "物忘れが増えた"),
                ItemInput(son.person_id, "parent_care", InformationSource.FAMILY, "介護疲れ"),
                ItemInput(None, "living_costs", InformationSource.AGENCY, "家賃滞納"),
            ),
            triage_decision=TriageDecision.PLAN,
            triage_reason="複数の課題があるため。",
            summary="支援計画を作る。",
        ),
        today=dt.date(2025, 7, 1),
    )
    with ctx.db.read() as s:
        assessment_id = s.scalars(select(Assessment.id).where(Assessment.case_id == case_id)).one()
    return case_id, assessment_id


def test_the_sheet_prints_the_version_and_is_audited(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int], tmp_path: Path
) -> None:
    case_id, assessment_id = _assessed_case(ctx, counselor, case_factory)
    out = ctx.forms.assessment_sheet(
        counselor, case_id, 1, tmp_path / "sheet.pdf", now=dt.datetime(2025, 7, 2, 9, 0)
    )
    text = _text(out)
    for expected in (
        "アセスメントシート",
        "R7-00001",
        "取扱注意",
        "令和7年(2025年)6月10日",
        "第1回",
        "山田花子",
        "山田一郎",
        "（子）",
        "世帯全体",
        "高齢／認知症",
        "生活困窮／生活費の困窮",
        "関係機関からの聞き取り",
        "介護疲れ",
        "近所に頼れる友人がいる。",
        "支援計画策定",
        "複数の課題があるため。",
        "推進員が不在のため。",
        "支援計画を作る。",
        "1/1",
    ):
        assert expected in text, expected
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
    assert (event.user_id, event.case_id, event.entity, event.entity_id, event.detail) == (
        counselor.user_id,
        case_id,
        "assessment",
        assessment_id,
        {"form": "assessment_sheet"},
    )


def test_record_output_audits_the_assessment_sheet(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]
) -> None:
    case_id, assessment_id = _assessed_case(ctx, counselor, case_factory)
    forms = ctx.forms
    forms.record_output(
        counselor,
        case_id,
        assessment_id,
        to_file=True,
        entity="assessment",
        form="assessment_sheet",
    )
    forms.record_output(
        counselor,
        case_id,
        assessment_id,
        to_file=False,
        entity="assessment",
        form="assessment_sheet",
    )
    with ctx.db.read() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.in_([AuditAction.EXPORT, AuditAction.PRINT]))
            .order_by(AuditEvent.id)
        ).all()
        got = [(e.action, e.entity, e.entity_id, e.detail) for e in events]
    assert got == [
        (
            AuditAction.EXPORT,
            "assessment",
            assessment_id,
            {"form": "assessment_sheet", "output": "file"},
        ),
        (
            AuditAction.PRINT,
            "assessment",
            assessment_id,
            {"form": "assessment_sheet", "output": "printer"},
        ),
    ]


def test_a_missing_version_or_a_case_out_of_scope_does_not_print(
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    case_id, _assessment_id = _assessed_case(ctx, counselor, case_factory)
    stranger = new_user("stranger", Role.COUNSELOR)
    with pytest.raises(NotFound):
        ctx.forms.assessment_sheet(counselor, case_id, 2, tmp_path / "none.pdf")
    with pytest.raises(NotFound):
        ctx.forms.assessment_sheet(stranger, case_id, 1, tmp_path / "stranger.pdf")
    assert not (tmp_path / "none.pdf").exists()
    assert not (tmp_path / "stranger.pdf").exists()
    with ctx.db.read() as s:
        assert not s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).all()
