"""Run the screenshot tour in English and write every visible text of every screen as JSON.

Used by ``test_english_screens.py`` in a fresh process (the language is chosen when the
application is first configured), and by hand to list the Japanese left on English screens::

    python tests/gui/english_screens_probe.py OUT.json [--cases N] [--shots DIR]

Each record is ``{"screen", "widget", "kind", "text", "column"}``; ``kind`` is what the text
is: ``title``, ``label``, ``button``, ``group``, ``tab``, ``tooltip``, ``placeholder``,
``header``, ``action``, ``menu`` (the chrome), or ``combo``, ``cell``, ``item``, ``text`` (what a
widget holds: pick-list values, table cells, list items, text fields). ``column`` is the
(English) header of a table's column for its ``header`` and ``cell`` records (the column number
when the column has no header; a tree's cells are read at its top level), empty otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from tests.gui.tour import run_tour, widget_path

CHROME = (
    "title",
    "label",
    "button",
    "group",
    "tab",
    "tooltip",
    "placeholder",
    "header",
    "action",
    "menu",
)
"""The kinds of text that are the program's own words (the rest is data)."""

_TAG = re.compile(r"<[^>]+>")
MAX_CELLS = 40
"""Cells read per table (enough to see which columns hold Japanese)."""


def _columns(model: QAbstractItemModel) -> int:
    """The model's column count (1 for a list model, whose columnCount is not public)."""
    try:
        return model.columnCount()
    except TypeError:
        return 1


def _plain(text: str) -> str:
    return _TAG.sub("", text) if "<" in text and ">" in text else text


def texts_of(top: QWidget) -> list[tuple[str, str, str, str]]:
    """(widget, kind, text, column) of every text shown by ``top`` and its visible children."""
    found: list[tuple[str, str, str, str]] = []

    def add(widget: QWidget, kind: str, text: str, column: str = "") -> None:
        text = _plain(text or "").strip()
        if text:
            found.append((widget_path(widget, top), kind, text, column))

    add(top, "title", top.windowTitle())
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
                add(widget, "tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
            add(widget, "text", widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            add(widget, "placeholder", widget.placeholderText())
            add(widget, "text", widget.toPlainText()[:200])
        elif isinstance(widget, QComboBox):
            add(widget, "combo", widget.currentText())
        elif isinstance(widget, QMenu):
            add(widget, "menu", widget.title())
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # read with its table
            and widget.model() is not None
        ):
            model = widget.model()
            names: dict[int, str] = {}
            if not isinstance(widget, QListWidget):
                for column in range(_columns(model)):
                    header = model.headerData(
                        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                    )
                    names[column] = _plain(str(header or "")).strip() or str(column)
                    if isinstance(widget, QTableWidget | QTreeWidget) or header is not None:
                        add(widget, "header", str(header or ""), names[column])
            kind = "item" if isinstance(widget, QListWidget) else "cell"
            for row in range(min(model.rowCount(), MAX_CELLS)):
                for column in range(_columns(model)):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        add(widget, kind, value, names.get(column, ""))
    for action in top.findChildren(QAction):
        add(top, "action", action.text())
        add(top, "tooltip", action.toolTip() if action.toolTip() != action.text() else "")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(top, "menu", action.text())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=30)
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    records: list[dict[str, str]] = []

    def inspect(widget: QWidget, name: str) -> None:
        for where, kind, text, column in texts_of(widget):
            records.append(
                {"screen": name, "widget": where, "kind": kind, "text": text, "column": column}
            )

    run_tour(inspect, cases=args.cases, language="en", shots=args.shots)
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
