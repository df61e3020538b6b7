"""A one-line label that shortens its text with … when it is narrower than the text.

For long texts of no fixed length in tight places (the database's path in the status bar):
at a larger text size the window stays within the screen, the text ends in …, and the whole
text is the label's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARACTERS = 12
"""The label is never narrower than this many average characters."""


class ElidedLabel(QLabel):
    """A plain-text label that elides its text (in the middle) rather than cutting it.

    ``text()`` is always the whole text; the tooltip shows it when it does not fit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elidesText", True)  # the large-text check allows it to be narrow
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.fontMetrics().averageCharWidth() * MIN_CHARACTERS
        return QSize(min(hint.width(), width), hint.height())

    def elided(self) -> bool:
        """Whether the text is shortened at the label's width."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")
