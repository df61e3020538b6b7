"""Dialogs grow to show their whole form, within the screen.

A dialog's first size is given in pixels for the standard text size; at a larger text size
(the display setting) its labels and fields need more room, and a message shown later (a
validation error) needs more height. Qt does not grow a window for the height its wrapped
labels need, nor to its layout's minimum width when a minimum width was set by hand:
:func:`fit_to_contents` does, never beyond the available screen (the dialogs call it when
they are built; :func:`~welfaredesk.gui.widgets.messages.set_message` when a message shows).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def needed_size(window: QWidget) -> QSize:
    """The size ``window``'s layout needs at (at least) its current width."""
    layout = window.layout()
    if layout is None:
        return window.size()
    width = max(window.width(), layout.totalMinimumSize().width())
    height = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    return QSize(width, height)


def fit_to_contents(window: QWidget) -> None:
    """Grow ``window`` (never shrink it) to what its layout needs, within its screen."""
    window.ensurePolished()  # the style sheet's fonts and paddings count
    needed = needed_size(window).expandedTo(window.size())
    screen = window.screen()
    if screen is not None:
        frame = window.frameGeometry().size() - window.size()
        needed = needed.boundedTo(screen.availableGeometry().size() - frame)
    if needed != window.size() and needed.expandedTo(window.size()) == needed:
        window.resize(needed)


def scroll_contents(page: QWidget) -> QScrollArea | None:
    """Put what ``page`` shows into a frameless scroll area filling it.

    The page keeps its identity (tabs still find it, its layout still takes widgets added
    later); only its contents move into the scroll area. When the page is large enough
    nothing changes; when it is not (a larger text size, a short screen) its contents scroll
    instead of making the window taller than the screen.

    Returns:
        The scroll area, or None when the page has no layout.
    """
    layout = page.layout()
    if layout is None:
        return None
    contents = QWidget()
    contents.setObjectName(f"{page.objectName()}Contents")
    contents.setLayout(layout)  # Qt takes the layout (and its widgets) off the page
    area = QScrollArea(page)
    area.setObjectName(f"{page.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tab order goes through its contents
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields (it scrolls to them)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(contents)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
