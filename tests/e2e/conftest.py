"""End-to-end fixtures: the GUI tests' application, input method and main window.

The scenarios drive the same main window as ``tests/gui``; its fixtures are shared from
there (``gui_app`` is autouse: fonts, translations, and no database worker left running).
"""

from __future__ import annotations

from tests.gui.conftest import gui_app, ime, latin, main_window, three_cases

__all__ = ["gui_app", "ime", "latin", "main_window", "three_cases"]
