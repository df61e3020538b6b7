"""The referral slip (つなぎシート・紹介状) PDF: only shared sections print, furniture on all."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from welfaredesk.printing.common import MISSING_GLYPH
from welfaredesk.printing.referral_slip import (
    STATUTORY_NOTICE,
    WITHHELD_HEADING,
    ReferralSlipDocument,
    SlipIssue,
    SlipMember,
    build_referral_slip,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)

ADDRESS = "東京都小金井市本町六丁目6番3号 コーポ本町105"
PHONE = "042-387-1111"
DEBT_NOTE = "消費者金融2社から借入あり、返済が滞りがち"
RENT_NOTE = "家賃3か月分を滞納、大家さんから連絡あり"


def sample_document(**changes: object) -> ReferralSlipDocument:
    """A slip that shares every section (synthetic names only)."""
    doc = ReferralSlipDocument(
        case_number="R7-000456",
        desk_name="小金井市 福祉総合相談窓口",
        desk_address="東京都小金井市本町六丁目6番3号",
        desk_phone="042-387-9999",
        printed_by="佐藤 次郎",
        printed_at=datetime(2025, 6, 2, 9, 30),
        agency_name="地域包括支援センター きた",
        agency_section="総合相談係",
        agency_contact_person="鈴木 一郎",
        referral_date=date(2025, 6, 5),
        method="同行",
        staff_names=("佐藤 次郎", "田中 三郎"),
        purpose=(
            "ご本人の物忘れが目立ち、金銭管理が難しくなっています。\n"
            "介護保険の申請と、日常生活自立支援事業の利用についてご相談させてください。"
        ),
        handed_over="通院先は本町クリニック。午前中の訪問を希望されています。",
        client_name="山田 花子",
        client_kana="やまだ はなこ",
        client_birth_date=date(1946, 3, 14),
        client_age="79歳",
        client_sex="女性",
        contact=(ADDRESS, PHONE),
        household=(
            SlipMember(
                relation="長男",
                name="山田 太一",
                age="50歳",
                lives_together=False,
                situations="市外在住、月1回来訪",
            ),
            SlipMember(
                relation="夫",
                name="山田 一夫",
                age="82歳",
                lives_together=True,
                situations="要介護1",
            ),
        ),
        concern="電気代の督促状が届き、どうしたらよいか分からず来所。",
        issues=(SlipIssue("本人", "認知症", "同じ話を繰り返す。服薬の飲み忘れあり。"),),
        health=(SlipIssue("夫 山田 一夫", "身体", "膝が悪く外出が難しい"),),
        finances=(
            SlipIssue("本人", "債務", DEBT_NOTE),
            SlipIssue("世帯全体", "家賃滞納", RENT_NOTE),
        ),
        strengths=("近所の友人が見守ってくれている", "午後は疲れやすいので午前中の連絡がよい"),
        withheld=(),
        basis="consent",
        basis_text="本人同意（令和7年5月1日、署名）",
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


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
    pdf = build_referral_slip(sample_document(), tmp_path / "slip.pdf")
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
def test_every_shared_field_is_in_the_text(tmp_path: Path) -> None:
    doc = sample_document()
    text = squash(pdf_text(build_referral_slip(doc, tmp_path / "slip.pdf")))
    assert doc.household is not None
    assert doc.strengths is not None
    expected = [
        "つなぎシート（紹介状）",
        doc.case_number,
        "取扱注意",
        "印刷:佐藤次郎令和7年(2025年)6月2日09:30",
        "地域包括支援センターきた総合相談係",
        "鈴木一郎様",
        "令和7年(2025年)6月5日",
        doc.desk_name,
        doc.desk_address,
        doc.desk_phone,
        "佐藤次郎、田中三郎",
        "ご紹介いたします",
        doc.client_name,
        doc.client_kana,
        "昭和21年(1946年)3月14日（79歳）",
        doc.client_sex,
        ADDRESS,
        PHONE,
        doc.method,
        *doc.purpose.split(),
        doc.handed_over,
        "世帯の状況",
        *(m.name for m in doc.household),
        *(m.situations for m in doc.household),
        "同居",
        "別居",
        "相談の概要",
        doc.concern or "",
        "課題の状況",
        "認知症",
        "同じ話を繰り返す。服薬の飲み忘れあり。",
        "心身の状況",
        "膝が悪く外出が難しい",
        "経済状況・債務",
        DEBT_NOTE,
        RENT_NOTE,
        "世帯全体",
        "強み・支援上の留意点",
        *doc.strengths,
        "情報共有の根拠",
        doc.basis_text,
        "本人署名（同意の確認）",
        "担当職員",
        f"受理のご連絡（ご記入のうえ、{doc.desk_name}へご返送ください）",
        "受理日",
        "ご担当者",
        "今後の対応",
        "□受理□不受理□保留",
        "備考",
    ]
    missing = [field for field in expected if squash(field) not in text]
    assert missing == []
    assert squash(WITHHELD_HEADING) not in text  # nothing withheld
    assert squash(STATUTORY_NOTICE) not in text  # consent basis: no meeting notice
    assert MISSING_GLYPH not in text


@needs_poppler
def test_unshared_sections_print_nothing_but_their_heading(tmp_path: Path) -> None:
    doc = sample_document(
        contact=None,
        finances=None,
        household=None,
        withheld=("住所・電話番号", "経済状況・債務"),
    )
    text = squash(pdf_text(build_referral_slip(doc, tmp_path / "slip.pdf")))
    for secret in (ADDRESS, PHONE, DEBT_NOTE, RENT_NOTE, "山田太一", "市外在住", "家賃滞納"):
        assert squash(secret) not in text, secret
    listed = text.split(squash(WITHHELD_HEADING), 1)[1]
    # the given headings first, then the None section the caller forgot to list
    assert listed.startswith("住所・電話番号、経済状況・債務、世帯の状況")
    # the headings appear only in that list, never as a section with data
    assert text.count("経済状況・債務") == 1
    assert text.count("世帯の状況") == 1
    # still printed: the shared sections
    assert squash("膝が悪く外出が難しい") in text
    assert "認知症" in text


@needs_poppler
def test_a_heading_listed_as_withheld_wins_over_data(tmp_path: Path) -> None:
    doc = sample_document(withheld=("経済状況・債務",))
    text = squash(pdf_text(build_referral_slip(doc, tmp_path / "slip.pdf")))
    assert squash(DEBT_NOTE) not in text
    assert text.count("経済状況・債務") == 1


@needs_poppler
def test_statutory_basis_prints_the_confidentiality_notice_on_every_page(
    tmp_path: Path,
) -> None:
    purpose = "\n\n".join(
        f"{n}点目：家計と介護と住まいの課題が重なり、支援会議で役割分担を確認しました。" * 5
        for n in range(1, 30)
    )
    doc = sample_document(
        purpose=purpose,
        basis="statutory_meeting",
        basis_text=("生活困窮者自立支援法第9条に基づく支援会議（令和7年6月3日）での情報共有"),
    )
    texts = pages(build_referral_slip(doc, tmp_path / "long.pdf"))
    total = len(texts)
    assert total >= 3
    for number, page in enumerate(texts, start=1):
        flat = squash(page)
        assert squash(STATUTORY_NOTICE) in flat, number
        assert "つなぎシート（紹介状）" in flat
        assert "取扱注意" in flat
        assert "R7-000456" in flat
        assert f"{number}/{total}" in flat
        assert "印刷:佐藤次郎" in flat
    whole = squash("".join(texts))
    assert "29点目" in whole  # nothing lost at page breaks
    assert "受理のご連絡" in whole


@needs_poppler
def test_long_text_wraps_without_clipping(tmp_path: Path) -> None:
    long_note = "服薬管理が難しく、" * 40 + "末尾の確認文"
    unbroken = "あ" * 300 + "おわり"
    doc = sample_document(
        agency_name="社会福祉法人 小金井市社会福祉協議会 地域福祉推進課 権利擁護センター",
        issues=(SlipIssue("本人", "認知症", long_note),),
        handed_over=unbroken,
        strengths=(long_note, "特になし"),
    )
    pdf = build_referral_slip(doc, tmp_path / "wrap.pdf")
    text = squash(pdf_text(pdf))
    assert squash(long_note) in text
    assert unbroken in text
    assert "権利擁護センター" in text
    # no text line runs past the right margin (A4 is 595pt wide, margins 15mm ≈ 42.5pt),
    # except a closing 、。 that CJK line breaking hangs into the margin (ぶら下げ)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    assert words
    edge = 595.28 - 42.5
    for x_max, word in words:
        if float(x_max) > edge + 0.5:
            assert word[-1] in "、。", word
            assert float(x_max) <= edge + 10, word  # at most the one hanging character


@needs_poppler
def test_no_contact_person_addresses_the_agency(tmp_path: Path) -> None:
    doc = sample_document(agency_contact_person="", agency_section="")
    text = squash(pdf_text(build_referral_slip(doc, tmp_path / "slip.pdf")))
    assert "地域包括支援センターきた御中" in text
    assert "様" in text  # only in the reply's ご紹介した方 row
    assert "鈴木" not in text


def test_unknown_basis_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="basis"):
        build_referral_slip(sample_document(basis="oral"), tmp_path / "x.pdf")


@needs_poppler
def test_a_table_cell_longer_than_a_page_breaks_inside_the_row(tmp_path: Path) -> None:
    huge = "通院と服薬の状況について詳しく記録。" * 150 + "最後の一文"
    doc = sample_document(
        finances=(SlipIssue("本人", "債務", huge),),
        strengths=(huge, "留意点"),
    )
    texts = pages(build_referral_slip(doc, tmp_path / "huge.pdf"))
    assert squash("".join(texts)).count("最後の一文") == 2
    assert all("取扱注意" in page for page in texts)
