"""The issue categories carry their definitions wherever they are chosen (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from welfaredesk.gui.terms import INDENT, add_categories, category_items
from welfaredesk.services.dto import PicklistEntry

ENTRIES = [
    PicklistEntry("elderly", "高齢", None, ""),
    PicklistEntry("8050", "8050世帯", "withdrawal", "高齢の親と無職の子が同居する世帯の課題。"),
    PicklistEntry("withdrawal", "ひきこもり", None, "社会参加を避けて家にとどまる状態。"),
]


def test_children_are_indented_under_their_parent_with_their_definitions() -> None:
    assert category_items(ENTRIES) == [
        ("高齢", "elderly", ""),
        ("ひきこもり", "withdrawal", "社会参加を避けて家にとどまる状態。"),
        (INDENT + "8050世帯", "8050", "高齢の親と無職の子が同居する世帯の課題。"),
    ]


def test_the_combo_explains_each_item_and_the_chosen_one(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("(choose)", "")
    add_categories(combo, ENTRIES)
    assert combo.toolTip() == ""  # nothing chosen yet
    index = combo.findData("8050")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole).startswith("高齢の親")
    combo.setCurrentIndex(index)
    assert combo.toolTip().startswith("高齢の親")
    combo.setCurrentIndex(combo.findData("elderly"))  # no definition: no stale tooltip
    assert combo.toolTip() == ""
