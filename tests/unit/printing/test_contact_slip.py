"""The contact slip (連絡票) PDF: fonts embedded, every field printed, furniture on every page."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.common import MISSING_GLYPH, printable
from welfaredesk.printing.contact_slip import (
    ChecklistItem,
    ContactSlipDocument,
    ContactSlipMember,
    build_contact_slip,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def sample_document(concern: str | None = None) -> ContactSlipDocument:
    """A fully filled slip, with rare kanji in the names."""
    return ContactSlipDocument(
        case_number="R7-000123",
        desk_name="小金井市 福祉総合相談窓口",
        printed_by="髙橋 花子",
        printed_at=datetime(2025, 4, 3, 16, 42),
        received_at=datetime(2025, 4, 1, 10, 5),
        channel="関係機関からの連絡",
        staff_name="山田 太郎",
        consulter_type="家族",
        consulter_name="吉田 一郎",
        consulter_relation="長男",
        consulter_contact="090-1234-5678（日中）",
        referring_agency="地域包括支援センター きた",
        client_name="山﨑 髙子",
        client_kana="やまさき たかこ",
        client_birth_date=date(1944, 5, 3),
        client_age="80歳",
        client_sex="女性",
        client_address="東京都小金井市本町六丁目6番3号 メゾン本町201",
        client_area="本町地区（市内在住）",
        client_phone="042-387-0000",
        members=(
            ContactSlipMember(
                relation="夫",
                name="山﨑 正",
                kana="やまさき ただし",
                birth_date=date(1940, 11, 20),
                age="84歳",
                lives_together=True,
                situations="要介護2、デイサービス週2回",
            ),
            ContactSlipMember(
                relation="長男",
                name="吉田 一郎",
                kana="よしだ いちろう",
                birth_date=None,
                age="52歳",
                lives_together=False,
                situations="市外在住、就労中",
            ),
        ),
        presenting_concern=concern
        if concern is not None
        else (
            "夫の介護で疲れており、家賃の支払いが遅れている。\n"
            "長男は遠方で頻繁には来られない。\n\n"
            "年金だけでは生活費が足りず、どこに相談すればよいか分からなかった。"
        ),
        checklist=(
            ChecklistItem("健康・介護", "病気や健康・障害", checked=False),
            ChecklistItem("健康・介護", "介護", checked=True),
            ChecklistItem("生活・経済", "住まい", checked=False),
            ChecklistItem("生活・経済", "収入・生活費", checked=True, most_pressing=True),
            ChecklistItem("生活・経済", "家賃やローン", checked=True),
            ChecklistItem("家族・地域", "家族との関係", checked=False),
            ChecklistItem("家族・地域", "地域との関係", checked=True),
        ),
        complex_needs_suspected=True,
        economic_hardship=True,
        urgent=False,
        did_not_know_where_to_ask=True,
        consent_status="同意あり（書面）",
        consent_date=date(2025, 4, 1),
        consent_method="書面",
        consent_agencies=("地域包括支援センター きた", "生活福祉課"),
        consent_meetings=("支援調整会議",),
        first_response="関係機関へつなぎ",
        first_response_note="地域包括支援センターと同行訪問を調整",
    )


def pdf_text(pdf: Path) -> str:
    """The text of a PDF, pages separated by form feeds."""
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    """Text without whitespace, so wrapped lines still match."""
    return re.sub(r"\s+", "", text)


def pages(pdf: Path) -> list[str]:
    """The text of each page."""
    return [page for page in pdf_text(pdf).split("\f") if page.strip()]


def test_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = build_contact_slip(sample_document(), tmp_path / "slip.pdf")
    assert b"/FontFile2" in pdf.read_bytes()
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    listing = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line for line in listing.splitlines() if "BIZUD" in line]
    assert any("Gothic" in row for row in rows)
    assert any("Mincho" in row for row in rows)
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


@needs_poppler
def test_every_printed_field_is_in_the_text(tmp_path: Path) -> None:
    doc = sample_document()
    text = squash(pdf_text(build_contact_slip(doc, tmp_path / "slip.pdf")))
    expected = [
        "連絡票",
        doc.case_number,
        "取扱注意",
        doc.desk_name,
        "印刷:髙橋花子令和7年(2025年)4月3日16:42",
        "令和7年(2025年)4月1日10:05",
        doc.channel,
        doc.staff_name,
        doc.consulter_type,
        doc.consulter_name,
        doc.consulter_relation,
        doc.consulter_contact,
        doc.referring_agency,
        doc.client_name,
        doc.client_kana,
        "昭和19年(1944年)5月3日",
        doc.client_age,
        doc.client_sex,
        doc.client_address,
        doc.client_area,
        doc.client_phone,
        "昭和15年(1940年)11月20日",
        "同居",
        "別居",
        *(m.name for m in doc.members),
        *(m.kana for m in doc.members),
        *(m.relation for m in doc.members),
        *(m.age for m in doc.members),
        *(m.situations for m in doc.members),
        *doc.presenting_concern.split(),
        *(item.category for item in doc.checklist),
        *(item.item for item in doc.checklist),
        "◎収入・生活費",
        "○介護",
        "○家賃やローン",
        "□住まい",
        "複合的課題の疑い",
        "経済的困窮",
        "緊急性",
        "相談先が不明だった",
        doc.consent_status,
        doc.consent_method,
        *doc.consent_agencies,
        *doc.consent_meetings,
        "令和7年(2025年)4月1日",
        "署名",
        "日付",
        doc.first_response,
        doc.first_response_note,
    ]
    missing = [field for field in expected if squash(field) not in text]
    assert missing == []


@needs_poppler
def test_furniture_on_every_page_and_rare_kanji(tmp_path: Path) -> None:
    pdf = build_contact_slip(sample_document(), tmp_path / "slip.pdf")
    texts = pages(pdf)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        page = squash(text)
        for part in (
            "取扱注意",
            "R7-000123",
            f"{number}/{total}",
            "印刷:",
            "小金井市福祉総合相談窓口",
        ):
            assert part in page
    assert "山﨑髙子" in squash(texts[0])


@needs_poppler
def test_long_concern_flows_with_furniture_on_every_page(tmp_path: Path) -> None:
    concern = "\n\n".join(
        f"{n}回目の相談内容：家計と介護と住まいの悩みが重なり、日々の暮らしが苦しい。" * 6
        for n in range(1, 40)
    )
    pdf = build_contact_slip(sample_document(concern), tmp_path / "long.pdf")
    texts = pages(pdf)
    total = len(texts)
    assert total >= 2
    for number, page in enumerate(texts, start=1):
        flat = squash(page)
        assert "取扱注意" in flat
        assert "R7-000123" in flat
        assert "連絡票" in flat
        assert f"{number}/{total}" in flat
        assert "印刷:髙橋花子" in flat
    whole = squash("".join(texts))
    assert "39回目の相談内容" in whole
    assert "署名" in whole


@needs_poppler
def test_name_kanji_and_emoji_print_from_the_fallback_fonts(tmp_path: Path) -> None:
    """𠮷 prints from the bundled MJ subset, emoji from Symbola; nothing becomes 〓."""
    doc = dataclasses.replace(
        sample_document("体調が悪い😢\u200dとのこと。<b>&</b>"),
        client_name="𠮷田 髙子",
        consulter_name="山﨑 👨‍👩‍👧",
    )
    pdf = build_contact_slip(doc, tmp_path / "emoji.pdf")
    text = squash(pdf_text(pdf))
    assert MISSING_GLYPH not in text
    # reportlab's ToUnicode map cannot name a character beyond U+FFFF, so the extracted text
    # shows another character for 𠮷 and the emoji; the glyphs come from the fallback fonts.
    assert "田髙子" in text
    assert "<b>&</b>" in text
    listing = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert "WelfareDeskNameMincho" in listing
    assert "Symbola" in listing


def test_printable_keeps_what_the_fonts_have() -> None:
    assert printable("髙﨑 令和 ◎○") == "髙﨑 令和 ◎○"
    assert printable("𠮷😀") == MISSING_GLYPH * 2  # one font per canvas string
    assert printable("𠮷😀\U000f0000", fallback=True) == "𠮷😀" + MISSING_GLYPH
    assert printable("葛\U000e0100城\tA") == "葛城 A"


@needs_poppler
def test_the_name_kanji_font_is_embedded_only_when_used(tmp_path: Path) -> None:
    plain = build_contact_slip(sample_document(), tmp_path / "plain.pdf")
    rare = build_contact_slip(
        dataclasses.replace(sample_document(), client_name="𠮷田 花子"), tmp_path / "rare.pdf"
    )
    listing = subprocess.run(
        ["pdffonts", str(rare)], check=True, capture_output=True, text=True
    ).stdout
    assert "WelfareDeskNameMincho" in listing
    assert (
        "WelfareDeskNameMincho"
        not in subprocess.run(
            ["pdffonts", str(plain)], check=True, capture_output=True, text=True
        ).stdout
    )
    assert rare.stat().st_size < plain.stat().st_size + 200_000  # a subset, not the font
