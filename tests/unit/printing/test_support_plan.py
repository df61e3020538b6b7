"""The 支援計画書 PDF: the person's wishes, goals, rows, signature block, furniture, fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.support_plan import (
    CONSENT_STATEMENT,
    TITLE,
    SupportPlanDocument,
    SupportPlanItem,
    build_support_plan,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)

WISHES = "「母とこの家で暮らし続けたい。自分も働いて、母に心配をかけたくない。」"


def sample_document(**overrides: object) -> SupportPlanDocument:
    """A fully filled plan (synthetic data), with rare kanji in the names."""
    values: dict[str, object] = {
        "case_number": "R7-000123",
        "desk_name": "架空市 福祉総合相談窓口",
        "desk_phone": "042-000-0000",
        "printed_by": "髙橋 花子",
        "printed_at": datetime(2025, 7, 3, 16, 42),
        "client_name": "山﨑 髙子",
        "client_kana": "ヤマサキ タカコ",
        "client_age": "52歳",
        "plan_no": 2,
        "status": "決定",
        "created_on": date(2025, 6, 20),
        "author": "山田 太郎",
        "decided_on": date(2025, 7, 1),
        "decided_meeting": "支援調整会議 令和7年7月1日",
        "client_wishes": WISHES,
        "overall_goal": "母との暮らしを続けながら、収入を得て家計を安定させる。",
        "short_term_goals": "3か月以内に家賃の滞納を解消する。",
        "items": (
            SupportPlanItem(
                "生活費の困窮",
                "家計の見通しを立てる",
                "家計表を一緒に作る",
                "社会福祉協議会／鈴木",
                "月2回・3か月",
                "家計改善支援事業",
            ),
            SupportPlanItem(
                "就労",
                "就労先を見つける",
                "ハローワークへ同行する",
                "ハローワーク府中",
                "週1回",
                "自立相談支援事業",
            ),
        ),
        "next_review_on": date(2025, 10, 1),
        "lead_worker": "佐藤 一郎",
    }
    values.update(overrides)
    return SupportPlanDocument(**values)  # type: ignore[arg-type]


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_every_part_is_printed(tmp_path: Path) -> None:
    doc = sample_document()
    text = squash(pdf_text(build_support_plan(doc, tmp_path / "plan.pdf")))
    for value in (
        TITLE,
        "第2版",
        "決定",
        "山﨑髙子",
        "ヤマサキタカコ",
        "52歳",
        "本人の意向",
        squash(WISHES),
        "総合的な目標",
        squash(doc.overall_goal),
        "短期目標",
        squash(doc.short_term_goals),
        "令和7年(2025年)6月20日",
        "令和7年(2025年)7月1日",
        "支援調整会議令和7年7月1日",
        "次回見直し予定日",
        "令和7年(2025年)10月1日",
    ):
        assert value in text, value
    for header in ("課題", "目標", "支援内容", "担当（機関・担当者）", "頻度・期間", "事業区分"):
        assert header in text, header
    for item in doc.items:
        for value in (item.issue, item.goal, item.action, item.frequency, item.funding_programme):
            assert squash(value) in text, value
    assert "社会福祉協議会／鈴木" in text


@needs_poppler
def test_the_signature_block(tmp_path: Path) -> None:
    text = squash(pdf_text(build_support_plan(sample_document(), tmp_path / "plan.pdf")))
    assert CONSENT_STATEMENT in text
    assert "本人署名" in text
    assert "日付" in text
    assert "年月日" in text
    assert "担当者" in text
    assert "佐藤一郎" in text
    assert "架空市福祉総合相談窓口" in text


@needs_poppler
def test_an_undecided_draft(tmp_path: Path) -> None:
    doc = sample_document(
        status="案", decided_on=None, decided_meeting="", items=(), client_wishes=""
    )
    text = squash(pdf_text(build_support_plan(doc, tmp_path / "draft.pdf")))
    assert "（未決定）" in text
    assert "（記載なし）" in text
    assert "（支援内容の記載なし）" in text


@needs_poppler
def test_fonts_are_embedded(tmp_path: Path) -> None:
    out = build_support_plan(sample_document(), tmp_path / "plan.pdf")
    listing = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line for line in listing.splitlines() if "BIZUD" in line]
    assert any("Gothic" in row for row in rows)
    assert any("Mincho" in row for row in rows)
    for row in rows:
        assert row.split()[-5] == "yes", row


@needs_poppler
def test_a_long_plan_carries_the_furniture_on_every_page(tmp_path: Path) -> None:
    item = SupportPlanItem("就労", "目標。" * 20, "支援の内容。" * 40, "機関", "週1回", "")
    doc = sample_document(items=(item,) * 20, client_wishes="本人の言葉。" * 150)
    out = build_support_plan(doc, tmp_path / "long.pdf")
    pages = [page for page in pdf_text(out).split("\f") if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert TITLE in flat
        assert "R7-000123" in flat
        assert "取扱注意" in flat
        assert f"{number}/{len(pages)}" in flat
        assert "印刷:髙橋花子令和7年(2025年)7月3日16:42" in flat
    assert CONSENT_STATEMENT in squash(pages[-1])
