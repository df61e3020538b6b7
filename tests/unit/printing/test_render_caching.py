"""What makes the forms quick must not change what they print (issue 10).

A paragraph keeps the lines it broke for a width (:class:`FormParagraph`), the glyph check and
the escaping take a fast path for ordinary text, the fonts are registered once per process and
the streams are written without the ASCII85 layer. Each is checked against the plain way here.
"""

from __future__ import annotations

import ast
import dataclasses
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from welfaredesk.printing import common, fonts
from welfaredesk.printing.common import (
    FormParagraph,
    PageFurniture,
    build_form,
    form_styles,
    markup,
    printable,
)
from welfaredesk.printing.progress_record import (
    ProgressRecordDocument,
    ProgressRecordEntry,
    build_progress_record,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def long_record() -> ProgressRecordDocument:
    """Forty notes (synthetic), some longer than a page, so rows break across pages."""
    start = datetime(2025, 4, 1, 9, 0)
    entries = []
    for n in range(40):
        body = f"第{n + 1}回の記録。本人と面談し、生活の様子を聞き取った。" * (1 + n % 4)
        if n % 13 == 5:
            body = "\n".join(
                f"{k}行目：長い記録が続く。「体調」（通院）・家計。" for k in range(90)
            )
        entries.append(
            ProgressRecordEntry(
                noted_at=start + timedelta(days=3 * n, minutes=7 * n),
                method=("面談", "電話", "訪問")[n % 3],
                staff=("佐藤 一郎", "鈴木 次郎")[n % 2],
                minutes=None if n % 5 == 0 else 15 * (1 + n % 4),
                body=body,
                funding_programme="自立相談支援事業" if n % 2 else "",
                outreach=n % 3 == 2,
                next_action="関係機関に連絡する。" if n % 4 == 1 else "",
                next_action_on=date(2025, 8, 1) if n % 4 == 1 else None,
                needs_acknowledgement=n % 6 == 0,
                acknowledged_by="佐藤 一郎" if n % 12 == 0 else "",
                acknowledged_at=datetime(2025, 8, 2, 10, 0) if n % 12 == 0 else None,
            )
        )
    return ProgressRecordDocument(
        case_number="R7-000321",
        desk_name="架空市 福祉総合相談窓口",
        printed_by="髙橋 花子",
        printed_at=datetime(2025, 9, 1, 12, 0),
        client_name="山﨑 髙子",
        client_kana="ヤマサキ タカコ",
        lead_worker="佐藤 一郎",
        entries=tuple(entries),
    )


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page, laid out (so a line broken elsewhere would show)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    real = Paragraph.breakLinesCJK

    def counting(self: Paragraph, widths: Any) -> Any:
        calls.append(widths[0])
        return real(self, widths)

    monkeypatch.setattr(Paragraph, "breakLinesCJK", counting)
    paragraph = FormParagraph(
        markup("本人と面談し、生活の様子を聞き取った。" * 8), form_styles().body
    )
    first = paragraph.wrap(200, 800)
    assert paragraph.wrap(200, 300) == first  # the height available does not matter
    assert len(calls) == 1
    narrow = paragraph.wrap(120, 800)
    assert narrow[1] > first[1]
    assert len(calls) == 2
    assert paragraph.wrap(200, 800) == first  # a new width, so broken again
    assert len(calls) == 3


def test_a_split_paragraph_keeps_every_line() -> None:
    text = "\n".join(f"{n}行目の記録。" for n in range(30))
    paragraph = FormParagraph(markup(text), form_styles().body)
    _, height = paragraph.wrap(300, 10_000)
    lines = len(paragraph.blPara.lines)
    parts = paragraph.split(300, height / 2)
    assert len(parts) == 2
    assert all(isinstance(part, FormParagraph) for part in parts)
    heights = [part.wrap(300, 10_000)[1] for part in parts]
    assert sum(len(part.blPara.lines) for part in parts) == lines
    assert sum(heights) == pytest.approx(height)


@needs_poppler
def test_the_memo_prints_what_plain_reportlab_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = long_record()
    first = pdf_pages(build_progress_record(doc, tmp_path / "first.pdf"))
    again = pdf_pages(build_progress_record(doc, tmp_path / "again.pdf"))
    monkeypatch.setattr(FormParagraph, "wrap", Paragraph.wrap)  # no memo
    plain = pdf_pages(build_progress_record(doc, tmp_path / "plain.pdf"))
    assert len(first) > 5  # long enough that rows break across pages
    assert first == again == plain
    assert "89行目：長い記録が続く。" in "".join(first).replace(" ", "")


@needs_poppler
def test_a_note_longer_than_a_page_prints_on_as_few_pages_as_it_needs(tmp_path: Path) -> None:
    # A middle-aligned row longer than a page used to leave whole pages of empty rows under
    # the repeated heading; such a row is top-aligned, so its date starts with its text.
    long = "\n".join(f"{k}行目：長い記録が続く。" for k in range(200))
    entry = ProgressRecordEntry(
        noted_at=datetime(2025, 4, 16, 9, 35),
        method="訪問",
        staff="鈴木 次郎",
        minutes=90,
        body=long,
    )
    doc = dataclasses.replace(long_record(), entries=(entry,))
    pages = [page for page in pdf_pages(build_progress_record(doc, tmp_path / "one.pdf")) if page]
    assert len(pages) <= 5  # 200 lines of 13 pt: four pages of about 50 lines, and the outline
    for page in pages[1:]:
        assert "行目" in page, page  # no page of headings only
    first = pages[0].replace(" ", "")
    assert first.index("R7.4.16") < first.index("2行目")
    assert "199行目" in pages[-1]


def test_fonts_are_registered_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_progress_record(long_record(), tmp_path / "warm.pdf")
    registered: list[str] = []
    real = pdfmetrics.registerFont

    def spy(font: Any) -> Any:
        registered.append(font.fontName)
        return real(font)

    monkeypatch.setattr(pdfmetrics, "registerFont", spy)
    build_progress_record(long_record(), tmp_path / "second.pdf")
    assert fonts.register_fonts() == fonts.register_fonts()
    assert registered == []


@needs_poppler
def test_streams_are_binary_the_fonts_embedded_and_the_switch_put_back(tmp_path: Path) -> None:
    before = rl_config.useA85
    out = build_progress_record(long_record(), tmp_path / "record.pdf")
    assert rl_config.useA85 == before
    assert b"/ASCII85Decode" not in out.read_bytes()
    listing = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout
    mincho = [line for line in listing.splitlines() if "+BIZUDMincho-Regular" in line]
    assert mincho
    assert all(" yes yes " in line for line in mincho)  # embedded, subset


def test_the_switch_is_put_back_when_a_build_fails(tmp_path: Path) -> None:
    class Broken(Flowable):  # type: ignore[misc]  # reportlab is untyped
        def wrap(self, *_: float) -> tuple[float, float]:
            raise RuntimeError("broken")

    before = rl_config.useA85
    furniture = PageFurniture("帳票", "R7-1", "窓口", "職員", datetime(2025, 4, 1, 9, 0))
    with pytest.raises(RuntimeError):
        build_form(tmp_path / "broken.pdf", furniture, [Broken()])
    assert rl_config.useA85 == before


SAMPLES = [
    "",
    "   ",
    "本人と面談した。",
    "a < b & c > d \"quoted\" 'single'",
    "髙橋 﨑 山﨑",
    "𠮷野家で😢",
    "tab\there\x00nul\x7fdel\x85nel",
    "ゼロ幅\u200b結合\u200d異体字\ufe0f葛\U000e0100",
    "改行\r\nCRLF\rCR\n最後",
    "〓 ① ㈱ ℡ ヶ",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_fast_paths_give_what_the_character_loop_gives(text: str) -> None:
    # A character that forces the loop, appended, must print as itself after what the fast
    # path made of the rest.
    for fallback in (False, True):
        assert (
            printable(text + "\x01", fallback=fallback) == printable(text, fallback=fallback) + " "
        )
    name_kanji = "𠮷"
    assert name_kanji in common._fallback_chars()
    line = printable(text, fallback=True).replace("\n", " ")
    slow = common._with_fallback_font(line + name_kanji)
    assert slow.startswith(common._with_fallback_font(line))
    assert slow.endswith(f'<font face="{fonts.NAME_FALLBACK}">{name_kanji}</font>')


def test_every_form_makes_its_paragraphs_as_form_paragraphs() -> None:
    # A plain reportlab Paragraph would lay its lines out again at every page break.
    folder = Path(common.__file__).parent
    for source in sorted(folder.glob("*.py")):
        if source.name == "common.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                assert "Paragraph" not in {alias.name for alias in node.names}, source.name
