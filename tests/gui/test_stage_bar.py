"""The case header's stage bar (相談受付 › 課題分析・振り分け › … › 終結)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from welfaredesk.domain.enums import CaseStage
from welfaredesk.gui.timeline_tab import StageBar


def test_a_new_stage_shows_at_once(qtbot: QtBot) -> None:
    """The old steps vanish and the new ones show in the same call, without waiting for the
    event loop: a window grabbed or read right after a reload shows the stage it says."""
    bar = StageBar()
    qtbot.addWidget(bar)
    bar.set_stage(CaseStage.INTAKE)
    bar.resize(bar.sizeHint())  # one row (a window alone is made narrower; the steps wrap)
    bar.show()
    qtbot.waitExposed(bar)
    old = list(bar.steps)
    bar.set_stage(CaseStage.CLOSED)  # no event processing in between
    assert all(not chip.isVisible() for chip in old)
    assert all(chip.isVisible() for chip in bar.steps)
    current = [c for c in bar.steps if c.property("stageState") == "current"]
    assert [c.objectName() for c in current] == ["stageStep_closed"]
    visible = [c for c in bar.findChildren(QLabel) if c.isVisible() and c in bar.steps]
    assert len(visible) == 3  # 相談受付 › 課題分析・振り分け › 終結
    xs = [c.geometry().x() for c in bar.steps]
    assert xs == sorted(xs)
    assert bar.steps[-1].geometry().right() < bar.width() // 2  # laid out, not spread
