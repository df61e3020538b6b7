"""The definitions of the desk's terms, shown as help where a term is chosen (issue 12).

One place for each definition, so the intake and the assessment say the same thing as the
user guide (``docs/guide/terms.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from welfaredesk.services.dto import PicklistEntry


def complex_needs_help() -> str:
    """複合的課題: what it means and what follows from it."""
    return QCoreApplication.translate(
        "Terms",
        "Complex needs: one household has several problems of different fields at once "
        "(older age, disability, children, poverty …). A case with difficult complex needs "
        "is led by an inclusive support coordinator and is taken to the coordination meeting.",
    )


def explain(widget: QWidget, text: str) -> None:
    """Show ``text`` as the widget's tooltip and tell screen readers the same."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)


INDENT = "\u3000"
"""Put before a child issue category in the category combo boxes."""


def category_items(entries: Sequence[PicklistEntry]) -> list[tuple[str, str, str]]:
    """(text, code, definition) of the issue categories, each child indented under its parent.

    The definition is the pick-list's help text (8050, ダブルケア, 制度の狭間 …), or "".
    """
    children: dict[str, list[PicklistEntry]] = {}
    for entry in entries:
        if entry.parent_code:
            children.setdefault(entry.parent_code, []).append(entry)
    codes = {e.code for e in entries}
    items: list[tuple[str, str, str]] = []
    for entry in entries:
        if entry.parent_code and entry.parent_code in codes:
            continue
        items.append((entry.label, entry.code, entry.help_text))
        items.extend((INDENT + c.label, c.code, c.help_text) for c in children.get(entry.code, ()))
    return items


def add_categories(combo: QComboBox, entries: Sequence[PicklistEntry]) -> None:
    """Add the issue categories to ``combo`` (:func:`category_items`).

    Each item carries its definition as its tooltip, and the combo shows the chosen one's
    as its own.
    """
    for text, code, definition in category_items(entries):
        combo.addItem(text, code)
        if definition:
            combo.setItemData(combo.count() - 1, definition, Qt.ItemDataRole.ToolTipRole)
    if combo.property("explainsChoice") is None:
        combo.setProperty("explainsChoice", True)
        combo.currentIndexChanged.connect(lambda index: _explain_choice(combo, index))
    _explain_choice(combo, combo.currentIndex())


def _explain_choice(combo: QComboBox, index: int) -> None:
    text = combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else None
    combo.setToolTip(text if isinstance(text, str) else "")
