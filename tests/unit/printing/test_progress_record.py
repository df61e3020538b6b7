"""The progress record (支援経過記録票) PDF: every note in date order, furniture on every page."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.progress_record import (
    TITLE,
    ProgressRecordDocument,
    ProgressRecordEntry,
    build_progress_record,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def sample_document(**overrides: object) -> ProgressRecordDocument:
    """A record of three notes (synthetic data), with rare kanji in the names."""
    values: dict[str, object] = {
        "case_number": "R7-000123",
        "desk_name": "架空市 福祉総合相談窓口",
        "printed_by": "髙橋 花子",
        "printed_at": datetime(2025, 7, 3, 16, 42),
        "client_name": "山﨑 髙子",
        "client_kana": "ヤマサキ タカコ",
        "lead_worker": "佐藤 一郎",
        "date_from": date(2025, 6, 1),
        "date_to": None,
        "entries": (
            ProgressRecordEntry(
                noted_at=datetime(2025, 6, 2, 10, 30),
                method="面談",
                staff="佐藤 一郎",
                minutes=45,
                body="【相談内容】\n夫の介護で疲れている。",
                funding_programme="自立相談支援事業",
                next_action="地域包括支援センターに連絡する。",
                next_action_on=date(2025, 6, 5),
            ),
            ProgressRecordEntry(
                noted_at=datetime(2025, 6, 5, 14, 0),
                method="訪問",
                staff="鈴木 次郎",
                minutes=60,
                body="【訪問時の様子】\n室内にごみが多い。",
                outreach=True,
                needs_acknowledgement=True,
                acknowledged_by="佐藤 一郎",
                acknowledged_at=datetime(2025, 6, 6, 9, 0),
                acknowledgement_comment="次回は二人で訪問すること。",
            ),
            ProgressRecordEntry(
                noted_at=datetime(2025, 6, 9, 9, 15),
                method="電話",
                staff="佐藤 一郎",
                minutes=None,
                body="折り返しの連絡を待つ。",
                needs_acknowledgement=True,
            ),
        ),
    }
    values.update(overrides)
    return ProgressRecordDocument(**values)  # type: ignore[arg-type]


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_every_note_is_printed_in_date_order(tmp_path: Path) -> None:
    out = build_progress_record(sample_document(), tmp_path / "record.pdf")
    text = squash(pdf_text(out))
    for expected in (
        TITLE,
        "R7-000123",
        "取扱注意",
        "山﨑髙子",
        "ヤマサキタカコ",
        "佐藤一郎",
        "令和7年6月1日〜現在まで",
        "3件（記録された時間の合計105分）",
        "日時",
        "方法",
        "職員",
        "時間(分)",
        "R7.6.2",
        "10:30",
        "夫の介護で疲れている。",
        "自立相談支援事業",
        "【次回】地域包括支援センターに連絡する。（R7.6.5）",
        "（アウトリーチ）",
        "■確認済佐藤一郎R7.6.6",
        "「次回は二人で訪問すること。」",
        "□確認待ち",
    ):
        assert expected in text, expected
    assert text.index("夫の介護") < text.index("室内にごみ") < text.index("折り返し")


@needs_poppler
def test_a_long_record_carries_the_furniture_on_every_page(tmp_path: Path) -> None:
    entry = ProgressRecordEntry(
        noted_at=datetime(2025, 6, 2, 10, 30),
        method="面談",
        staff="佐藤 一郎",
        minutes=30,
        body="長い記録。" * 120,
    )
    out = build_progress_record(sample_document(entries=(entry,) * 12), tmp_path / "long.pdf")
    pages = [page for page in pdf_text(out).split("\f") if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert TITLE in flat
        assert "R7-000123" in flat
        assert "取扱注意" in flat
        assert f"{number}/{len(pages)}" in flat
        assert "印刷:髙橋花子令和7年(2025年)7月3日16:42" in flat


@needs_poppler
def test_an_empty_period_still_prints(tmp_path: Path) -> None:
    doc = dataclasses.replace(sample_document(), entries=(), date_from=None, lead_worker="")
    text = squash(pdf_text(build_progress_record(doc, tmp_path / "empty.pdf")))
    assert "（この期間の記録はありません）" in text
    assert "全期間" in text
    assert "（未定）" in text
