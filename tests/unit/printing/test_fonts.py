"""The bundled fonts embed in a PDF and render Japanese."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from welfaredesk.printing import fonts


def test_fonts_register_once_and_embed(tmp_path: Path) -> None:
    assert fonts.register_fonts() == fonts.register_fonts()
    out = tmp_path / "sample.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(fonts.MINCHO, 12)
    canvas.drawString(72, 760, "連絡票 令和7年4月1日 髙橋 﨑 取扱注意")
    canvas.setFont(fonts.GOTHIC, 12)
    canvas.drawString(72, 740, "福祉総合相談窓口")
    canvas.save()
    data = out.read_bytes()
    assert b"/FontFile2" in data  # TrueType embedded
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "連絡票" in text
    assert "福祉総合相談窓口" in text
