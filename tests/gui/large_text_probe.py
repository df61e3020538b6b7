"""Run the screenshot tour at a larger text size and list every widget whose text is cut.

Used by ``test_large_text.py`` in a fresh process (the text size is chosen when the application
is first configured), and by hand to look at the screens::

    python tests/gui/large_text_probe.py OUT.json [--scale 150] [--lang ja|en] [--shots DIR]

OUT.json is ``{"screens": [...], "problems": [...]}``; each problem is
``{"screen", "widget", "kind", "text", "size", "needed"}`` where ``kind`` says what is cut:

* ``label``: a label without word wrap narrower than its size hint (its text is cut; a label
  whose ``elidesText`` property is true ends in … by design and is not checked);
* ``wrapped``: a word-wrapped label lower than its height for its width (lines are cut);
* ``button``: a push/tool button, check box or radio button smaller than its size hint (its
  minimum size hint when its ``elidesText`` property is true); Qt's own buttons of tab bars
  and line edits are sized by them;
* ``group``: a group box whose title is wider than the box;
* ``field``: a line edit, combo box, spin box or date field lower than its size hint (the text
  is cut at the bottom);
* ``dialog``: a window larger than the 1280×800 screen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from tests.gui.tour import run_tour, widget_path

SCREEN = (1280, 800)
"""The smallest screen the desk's PCs have (px)."""

SLACK = 1
"""Pixels a widget may lack before its text counts as cut (rounding of the layouts)."""

FIELD_SLACK = 2
"""Pixels a field may lack in height: a field marked invalid has a 2 px border (app.qss)
that its size hint counts and that does not cut its text."""


def _group_title_width(box: QGroupBox) -> int:
    """The room the group box's title needs, from the style's own title rectangle."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    style = box.style()
    rect = style.subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    text = box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))
    return max(rect.right() + 1, rect.left() + text)


def _qt_own_button(widget: QWidget) -> bool:
    """Qt's own buttons of a tab bar (close, scroll) or a line edit (clear): sized by it."""
    return isinstance(widget.parentWidget(), QTabBar | QLineEdit)


def problems_of(top: QWidget) -> list[tuple[str, str, str, str, str]]:
    """(widget, kind, text, size, needed) of every text ``top`` shows cut."""
    found: list[tuple[str, str, str, str, str]] = []

    def add(widget: QWidget, kind: str, text: str, size: str, needed: str) -> None:
        found.append((widget_path(widget, top), kind, text[:60], size, needed))

    if top.isWindow() and (top.width() > SCREEN[0] or top.height() > SCREEN[1]):
        add(top, "dialog", top.windowTitle(), f"{top.width()}x{top.height()}", "1280x800")
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        width, height = widget.width(), widget.height()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.property("elidesText"):
                continue  # ends in … by design (ElidedLabel), the whole text in its tooltip
            if widget.wordWrap():
                need = widget.heightForWidth(width)
                if need > height + SLACK:
                    add(widget, "wrapped", text, f"{width}x{height}", f"h{need}")
            else:
                hint = widget.sizeHint()
                if hint.width() > width + SLACK or hint.height() > height + SLACK:
                    add(
                        widget,
                        "label",
                        text,
                        f"{width}x{height}",
                        f"{hint.width()}x{hint.height()}",
                    )
        elif isinstance(widget, QAbstractButton):
            if _qt_own_button(widget) or not (widget.text() or not widget.icon().isNull()):
                continue
            hint = widget.sizeHint()
            if widget.property("elidesText"):
                hint = widget.minimumSizeHint()
            if hint.width() > width + SLACK or hint.height() > height + SLACK:
                add(
                    widget,
                    "button",
                    widget.text(),
                    f"{width}x{height}",
                    f"{hint.width()}x{hint.height()}",
                )
        elif (
            isinstance(widget, QGroupBox)
            and widget.title()
            and _group_title_width(widget) > width + SLACK
        ):
            add(widget, "group", widget.title(), f"{width}", f"{_group_title_width(widget)}")
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), QComboBox | QAbstractSpinBox
            ):
                continue  # the field of a combo box or spin box: sized by it
            need = widget.sizeHint().height()
            if need > height + FIELD_SLACK:
                text = widget.currentText() if isinstance(widget, QComboBox) else ""
                add(widget, "field", text, f"{width}x{height}", f"h{need}")
    return found


def explain(top: QWidget, indent: int = 0, depth: int = 12) -> None:
    """Print the visible widgets under ``top`` with their minimum sizes (to find what makes a
    window larger than the screen); by hand only (``--explain``)."""
    for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow():
            continue
        low = child.minimumSizeHint().expandedTo(child.minimumSize())
        if child.layout() is not None:
            low = low.expandedTo(child.layout().minimumSize())
        print(  # noqa: T201 - a report for the person running it by hand
            f"{'  ' * indent}{widget_path(child, child)} min {low.width()}x{low.height()}"
            f" size {child.width()}x{child.height()}"
            f"{'' if child.isVisibleTo(top) else ' (hidden)'}",
            file=sys.stderr,
        )
        if depth:
            explain(child, indent + 1, depth - 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=30)
    parser.add_argument("--scale", type=int, default=150)
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--explain", help="print the minimum sizes of this screen's widgets")
    args = parser.parse_args()

    screens: list[str] = []
    problems: list[dict[str, str]] = []

    def inspect(widget: QWidget, name: str) -> None:
        screens.append(name)
        if name == args.explain:
            explain(widget)
        for where, kind, text, size, needed in problems_of(widget):
            problems.append(
                {
                    "screen": name,
                    "widget": where,
                    "kind": kind,
                    "text": text,
                    "size": size,
                    "needed": needed,
                }
            )

    run_tour(inspect, cases=args.cases, language=args.lang, shots=args.shots, text_scale=args.scale)
    out = {"screens": screens, "problems": problems}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
