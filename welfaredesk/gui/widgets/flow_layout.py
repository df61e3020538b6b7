"""A layout that puts its widgets in a row and wraps them onto more rows when the row is full.

For rows of short items that must never be cut (the case header's stage bar): at a larger text
size or in a narrow window the row wraps instead of making the window wider than the screen.
A widget whose ``flowGlue`` property is true (an arrow between two steps) wraps together with
the widget after it, so no row ends with an arrow. A widget whose ``flowAlignRight`` property
is true keeps to the right end of its row (a group of buttons at the end of a tool row). An
item wider than the row (a group of widgets) gets the row's width, down to its minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapped onto further rows when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # --- QLayout ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items; the widget's minimum height follows the rows they take.

        (Not height-for-width: Qt narrows a window with such a layout to two thirds of the
        screen; a minimum height that follows the width grows the window's layout the same.)
        """
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        widget = self.parentWidget()
        if widget is not None and widget.layout() is self and widget.minimumHeight() != needed:
            widget.setMinimumHeight(needed)

    def height_for(self, width: int) -> int:
        """The height the items take in ``width`` pixels."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """All items in one row."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest unit (an arrow with the step after it) in a row of its own."""
        width = max((self._unit_width(unit, minimum=True) for unit in self._units()), default=0)
        height = max((i.minimumSize().height() for i in self._visible()), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    # --- arranging --------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _units(self) -> list[list[QLayoutItem]]:
        """The visible items, grouped into the units that wrap together."""
        units: list[list[QLayoutItem]] = []
        pending: list[QLayoutItem] = []
        for item in self._visible():
            pending.append(item)
            widget = item.widget()
            if widget is None or not widget.property("flowGlue"):
                units.append(pending)
                pending = []
        if pending:
            units.append(pending)
        return units

    def _unit_width(self, unit: list[QLayoutItem], *, minimum: bool = False) -> int:
        widths = [(i.minimumSize() if minimum else i.sizeHint()).width() for i in unit]
        return sum(widths) + self._spacing * (len(widths) - 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); returns the height needed."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for unit in self._units():
            width = self._unit_width(unit)
            if x > area.x() and x + width > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self._spacing, 0
            last = unit[-1].widget()
            if last is not None and last.property("flowAlignRight"):
                x = max(x, area.right() + 1 - width)
            for item in unit:
                hint = item.sizeHint()
                hint.setWidth(max(item.minimumSize().width(), min(hint.width(), area.width())))
                if move:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + self._spacing
                row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
