"""The desk's address and phone in the footer of every page (issue 11, desk settings)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from welfaredesk.printing.common import (
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    FormParagraph,
    PageFurniture,
    build_form,
    form_styles,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

ADDRESS = "架空県架空市中央一丁目2番3号 架空市役所本庁舎1階"
PHONE = "042-000-1234"
BELOW_THE_NAME = PAGE_HEIGHT - 8 * mm
"""Words whose bottom is lower than this (from the top) are under the desk's name."""


def furniture(address: str = "", phone: str = "") -> PageFurniture:
    return PageFurniture(
        title="連絡票",
        case_number="R7-00012",
        desk_name="福祉総合相談窓口",
        printed_by="試験 太郎",
        printed_at=datetime(2025, 7, 1, 10, 0),
        desk_address=address,
        desk_phone=phone,
    )


def two_pages(tmp_path: Path, furn: PageFurniture) -> Path:
    styles = form_styles()
    story = [
        FormParagraph("一枚目", styles.body),
        PageBreak(),
        FormParagraph("二枚目", styles.body),
    ]
    return build_form(tmp_path / "form.pdf", furn, story)


def words(pdf: Path) -> list[tuple[int, str, float, float, float]]:
    """(page, word, xMin, xMax, yMax) of every word, y measured from the top of the page."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    root = ET.fromstring(xhtml)
    found = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append(
                (
                    number,
                    word.text or "",
                    float(word.attrib["xMin"]),
                    float(word.attrib["xMax"]),
                    float(word.attrib["yMax"]),
                )
            )
    return found


def footer_contact(pdf: Path, page: int) -> str:
    return "".join(text for p, text, _x0, _x1, y in words(pdf) if p == page and y > BELOW_THE_NAME)


def test_address_and_phone_are_printed_on_every_page(tmp_path: Path) -> None:
    pdf = two_pages(tmp_path, furniture(ADDRESS, PHONE))
    for page in (1, 2):
        line = footer_contact(pdf, page)
        assert ADDRESS.replace(" ", "") in line
        assert f"電話{PHONE}" in line


@pytest.mark.parametrize(
    ("address", "phone", "expected"),
    [(ADDRESS, "", ADDRESS.replace(" ", "")), ("", PHONE, f"電話{PHONE}")],
)
def test_either_alone(tmp_path: Path, address: str, phone: str, expected: str) -> None:
    pdf = two_pages(tmp_path, furniture(address, phone))
    assert footer_contact(pdf, 1) == expected


def test_nothing_is_printed_when_neither_is_set(tmp_path: Path) -> None:
    pdf = two_pages(tmp_path, furniture("  ", ""))
    assert footer_contact(pdf, 1) == ""
    assert footer_contact(pdf, 2) == ""
    assert any(text == "福祉総合相談窓口" for _p, text, *_rest in words(pdf))


def test_a_long_address_is_condensed_not_cut_off(tmp_path: Path) -> None:
    address = ("架空県架空市中央一丁目二番三号架空市役所本庁舎一階福祉総合相談窓口" * 5)[:120]
    phone = "(0420)000-1234-5678"
    pdf = two_pages(tmp_path, furniture(address, phone))
    footer = [w for w in words(pdf) if w[0] == 1 and w[4] > BELOW_THE_NAME]
    assert "".join(w[1] for w in footer) == f"{address}電話{phone}"
    assert min(w[2] for w in footer) >= MARGIN_X - 1
    assert max(w[3] for w in footer) <= PAGE_WIDTH - MARGIN_X + 1


def test_a_long_desk_name_keeps_clear_of_the_page_number(tmp_path: Path) -> None:
    long_name = ("架空市健康福祉部福祉総合相談窓口" * 4)[:60]
    furn = PageFurniture(
        title="連絡票",
        case_number="R7-00012",
        desk_name=long_name,
        printed_by="試験 太郎",
        printed_at=datetime(2025, 7, 1, 10, 0),
    )
    pdf = two_pages(tmp_path, furn)
    found = words(pdf)
    name = [w for w in found if w[0] == 1 and w[1] == long_name]
    (page_number,) = [w for w in found if w[0] == 1 and w[1] == "1"]
    assert name
    assert name[0][3] < page_number[2] - 5 * mm
