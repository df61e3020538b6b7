"""The closure record (終結記録票) PDF: reason, approval, reopening history, furniture."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.closure_record import (
    TITLE,
    ClosureEntry,
    ClosureRecordDocument,
    build_closure_record,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

FIRST = ClosureEntry(
    status="再開",
    reason="自立",
    destination="",
    closed_on=date(2025, 3, 31),
    summary="就労が決まり、支援を終えた。",
    requested_by="山田 太郎",
    approved_by="佐藤 主任",
    approved_at=datetime(2025, 4, 1, 16, 30),
    reopened_on=date(2025, 5, 10),
    reopened_by="山田 太郎",
    reopen_reason="本人から再度の相談があった。",
)
SECOND = ClosureEntry(
    status="承認待ち",
    reason="他機関への引継ぎ",
    destination="地域包括支援センター(架空市)",
    closed_on=date(2025, 9, 30),
    summary="母の介護は包括へ引き継いだ。\n息子の就労も安定した。",
    requested_by="山田 太郎",
)


def sample(**overrides: object) -> ClosureRecordDocument:
    values: dict[str, object] = {
        "case_number": "R7-000123",
        "desk_name": "架空市 福祉総合相談窓口",
        "printed_by": "髙橋 花子",
        "printed_at": datetime(2025, 10, 1, 9, 15),
        "client_name": "山﨑 髙子",
        "client_kana": "ヤマサキ タカコ",
        "client_age": "81歳",
        "lead_worker": "山田 太郎",
        "opened_on": date(2024, 11, 5),
        "case_closed_on": None,
        "stage": "経過確認と評価",
        "current": SECOND,
        "history": (FIRST, SECOND),
    }
    values.update(overrides)
    return ClosureRecordDocument(**values)  # type: ignore[arg-type]


def text_of(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return re.sub(r"[ \t]+", " ", result.stdout)


def test_a_pdf_is_written(tmp_path: Path) -> None:
    out = build_closure_record(sample(), tmp_path / "closure.pdf")
    assert out.read_bytes().startswith(b"%PDF")


@needs_poppler
def test_the_reason_destination_approval_and_reopening_are_printed(tmp_path: Path) -> None:
    text = text_of(build_closure_record(sample(), tmp_path / "closure.pdf"))
    compact = text.replace(" ", "").replace("\n", "")
    for expected in (
        TITLE,
        "R7-000123",
        "取扱注意",
        "山﨑髙子",
        "他機関への引継ぎ",
        "地域包括支援センター(架空市)",
        "承認待ち",
        "母の介護は包括へ引き継いだ。",
        "本人から再度の相談があった。",
        "佐藤主任",
        "令和7年5月10日",
        "1/1",
        "髙橋花子",
    ):
        assert expected.replace(" ", "") in compact, expected


@needs_poppler
def test_an_approved_closure_prints_who_approved_and_when(tmp_path: Path) -> None:
    approved = dataclasses.replace(
        SECOND,
        status="終結",
        approved_by="佐藤 主任",
        approved_at=datetime(2025, 10, 1, 10, 5),
    )
    doc = sample(current=approved, history=(approved,), case_closed_on=date(2025, 9, 30))
    compact = text_of(build_closure_record(doc, tmp_path / "c.pdf")).replace(" ", "")
    assert "10:05" in compact
    assert "承認待ち" not in compact
    assert "上記の1件" in compact.replace("\n", "")


def test_a_long_summary_flows_onto_more_pages(tmp_path: Path) -> None:
    long = dataclasses.replace(SECOND, summary="経過を記録する。" * 600)
    out = build_closure_record(sample(current=long), tmp_path / "long.pdf")
    assert out.stat().st_size > 0
