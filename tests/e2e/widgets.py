"""What a user does with the mouse in the scenarios: click a main-window tab or a table row."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.gui.main_window import MainWindow


def click_tab(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    """Click the main window's tab of ``page`` (its tab in the bar)."""
    tabs = window.ui.mainTabs
    bar: QTabBar = tabs.tabBar()
    index = tabs.indexOf(page)
    assert index >= 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a table or list, near the left of the cell."""
    model = view.model()
    assert model is not None
    rect = view.visualRect(model.index(row, column))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 5, rect.center().y())
    )
