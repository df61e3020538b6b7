"""The bundled BIZ UD fonts render Japanese on a PC with no Japanese fonts installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel
from welfaredesk.gui.application import configure_application
app = QApplication([])
configure_application(app)
label = QLabel("福祉総合相談窓口 髙橋 﨑")
info = QFontInfo(label.font())
print(info.family())
generic = {"Monospace", "Sans Serif", "Serif"}  # fontconfig aliases, not fonts
bundled = {"BIZ UDGothic", "BIZ UDMincho", "WelfareDesk Name Mincho", "Symbola"}
print(sorted(set(QFontDatabase.families()) - bundled - generic))
"""


def test_the_ui_font_is_the_bundled_gothic_even_without_system_fonts(tmp_path: Path) -> None:
    # A fontconfig with no font folders: the machine has no fonts at all.
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(
        os.environ, FONTCONFIG_FILE=str(tmp_path / "fonts.conf"), QT_QPA_PLATFORM="offscreen"
    )
    out = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, env=env
    ).stdout.splitlines()
    assert out[0] == "BIZ UDGothic"
    assert out[1] == "[]"  # no system font could have rendered the Japanese instead
