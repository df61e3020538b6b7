"""Run the screenshot tour (Japanese) and write the accessible name of every focusable control.

Used by ``test_accessibility.py`` in a fresh process (the language is chosen when the
application is first configured), and by hand to list the controls without a name::

    python tests/gui/accessibility_probe.py OUT.json [--cases N] [--lang ja|en]

Each record is ``{"screen", "widget", "class", "name"}``: a visible, enabled control of a
screen that takes keyboard focus with Tab, and the name Qt's accessibility layer gives a
screen reader for it. ``widget`` is ``Class:objectName`` (an unnamed control by its named
owner, with its place among the owner's controls).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests.gui.tour import run_tour


def _owner_path(widget: QWidget, top: QWidget) -> str:
    """``Class:name`` of a control; an unnamed one (or Qt's own ``qt_…``) by its named owner."""
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            if current is widget:
                return f"{type(widget).__name__}:{name}"
            return f"{type(widget).__name__}:{name}/…"
        if current is top:
            break
        current = current.parentWidget()
    return f"{type(widget).__name__}:{type(top).__name__}/…"


def _buddy_name(widget: QWidget) -> str:
    """What Qt takes as a control's name besides its accessibleName: a sibling label whose
    buddy it is, or the title of the group box it sits in (``buddyString`` in Qt)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget:
            return label.text()
    if isinstance(parent, QGroupBox):
        return parent.title()
    return ""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for a control.

    Qt's accessibility layer, except where its interface answers with something else: a
    combo box on Linux gives its current text as its name (the label is a relation there),
    and a tab bar, which announces its tabs, is named after its tab widget (empty when one of
    its tabs has no name).
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or _buddy_name(widget).replace("&", "")
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    if isinstance(widget, QTabBar):
        tabs = [interface.child(i) for i in range(interface.childCount())]
        if any(t is None or not t.text(QAccessible.Text.Name) for t in tabs):
            return ""
        parent = widget.parentWidget()
        if not widget.accessibleName() and isinstance(parent, QTabWidget):
            return parent.accessibleName()
    return interface.text(QAccessible.Text.Name) or ""


def _inside_another_control(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box (the outer one is checked)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def focusable_controls(top: QWidget) -> list[QWidget]:
    """The visible, enabled controls of ``top`` that Tab can reach."""
    found: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or _inside_another_control(widget):
            continue
        found.append(widget)
    return found


def names_of(top: QWidget, screen: str) -> list[dict[str, str]]:
    """A record of each focusable control of ``top``."""
    records = []
    for widget in focusable_controls(top):
        records.append(
            {
                "screen": screen,
                "widget": _owner_path(widget, top),
                "class": type(widget).__name__,
                "name": accessible_name(widget),
            }
        )
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=30)
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    records: list[dict[str, str]] = []

    def inspect(widget: QWidget, name: str) -> None:
        records.extend(names_of(widget, name))

    run_tour(inspect, cases=args.cases, language=args.lang, shots=args.shots)
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
