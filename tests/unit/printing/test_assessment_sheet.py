"""The assessment sheet (アセスメントシート) PDF: every item printed, furniture on every page."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.assessment_sheet import (
    TITLE,
    AssessmentSheetDocument,
    AssessmentSheetItem,
    build_assessment_sheet,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def sample_document(**overrides: object) -> AssessmentSheetDocument:
    """A fully filled sheet (synthetic data), with rare kanji in the names."""
    values: dict[str, object] = {
        "case_number": "R7-000123",
        "desk_name": "架空市 福祉総合相談窓口",
        "printed_by": "髙橋 花子",
        "printed_at": datetime(2025, 7, 3, 16, 42),
        "sequence": 2,
        "assessed_on": date(2025, 7, 1),
        "assessor": "山田 太郎",
        "client_name": "山﨑 髙子",
        "client_kana": "ヤマサキ タカコ",
        "client_age": "81歳",
        "items": (
            AssessmentSheetItem("山﨑 髙子", "本人", "高齢／認知症", "本人", "物忘れが増えた"),
            AssessmentSheetItem("山﨑 正", "夫", "介護／親の介護", "家族", "介護疲れが強い"),
            AssessmentSheetItem(
                "世帯全体", "", "生活困窮／生活費の困窮", "関係機関からの聞き取り", "家賃滞納"
            ),
            AssessmentSheetItem(
                "山﨑 髙子", "本人", "福祉／セルフネグレクト", "訪問時の観察", "室内にごみが多い"
            ),
        ),
        "strengths": "近所に頼れる友人がいる。",
        "risk": "介護者の疲労による共倒れ。",
        "urgency": "高",
        "coordination_needed": True,
        "complex_needs": True,
        "triage": "支援計画策定",
        "triage_reason": "複数の課題が絡み合っているため。",
        "lead_worker": "佐藤 一郎",
        "co_worker": "鈴木 次郎",
        "lead_reason": "推進員が長期不在のため。",
        "summary": "夫の介護と家計の課題が重なっている。\n\n次回は地域包括支援センターと同行する。",
    }
    values.update(overrides)
    return AssessmentSheetDocument(**values)  # type: ignore[arg-type]


def pdf_text(pdf: Path) -> str:
    """The text in reading order (not ``-layout``: wrapped table cells stay together)."""
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_every_field_is_printed_in_japanese(tmp_path: Path) -> None:
    out = build_assessment_sheet(sample_document(), tmp_path / "sheet.pdf")
    text = squash(pdf_text(out))
    for expected in (
        TITLE,
        "R7-000123",
        "取扱注意",
        "令和7年(2025年)7月1日",
        "第2回",
        "山田太郎",
        "山﨑髙子",
        "ヤマサキタカコ",
        "81歳",
        "近所に頼れる友人がいる。",
        "介護者の疲労による共倒れ。",
        "緊急度",
        "高",
        "■あり",
        "支援計画策定",
        "複数の課題が絡み合っているため。",
        "佐藤一郎",
        "鈴木次郎",
        "推進員が長期不在のため。",
        "次回は地域包括支援センターと同行する。",
    ):
        assert expected in text, expected
    for item in sample_document().items:
        for value in (item.category, item.source, item.note):
            assert squash(value) in text, value
    assert "世帯全体" in text
    assert "（夫）" in text


@needs_poppler
def test_fonts_are_embedded(tmp_path: Path) -> None:
    out = build_assessment_sheet(sample_document(), tmp_path / "sheet.pdf")
    assert b"/FontFile2" in out.read_bytes()
    listing = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line for line in listing.splitlines() if "BIZUD" in line]
    assert any("Gothic" in row for row in rows)
    assert any("Mincho" in row for row in rows)
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


@needs_poppler
def test_a_long_sheet_carries_the_furniture_on_every_page(tmp_path: Path) -> None:
    item = AssessmentSheetItem("山田 花子", "本人", "就労", "本人", "長いメモ。" * 30)
    doc = sample_document(items=(item,) * 25, summary="まとめの文章。" * 200)
    out = build_assessment_sheet(doc, tmp_path / "long.pdf")
    pages = pdf_text(out).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert TITLE in flat
        assert "R7-000123" in flat
        assert "取扱注意" in flat
        assert f"{number}/{len(pages)}" in flat
        assert "印刷:髙橋花子令和7年(2025年)7月3日16:42" in flat


@needs_poppler
def test_an_empty_assessment_still_prints(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        sample_document(),
        items=(),
        strengths="",
        risk="",
        urgency="",
        triage="",
        triage_reason="",
        lead_worker="",
        co_worker="",
        lead_reason="",
        summary="",
        complex_needs=False,
        coordination_needed=False,
    )
    text = squash(pdf_text(build_assessment_sheet(doc, tmp_path / "empty.pdf")))
    assert "（課題の記載なし）" in text
    assert "（未決定）" in text
    assert "□なし" in text
    assert "主担当を推進員以外にする理由" not in text
