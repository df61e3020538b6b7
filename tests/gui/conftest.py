"""GUI fixtures: a configured Japanese application, a few cases, the main window.

The database fixtures (``ctx``, ``supervisor``, ``case_factory`` ...) come from
``tests/conftest.py``; this file adds what only the GUI tests need.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Sex
from welfaredesk.gui.application import configure_application
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.ops import WORKER_THREAD_PREFIX, shutdown_worker
from welfaredesk.services.dto import Principal

# Latin words a Japanese screen may show: the product name, established tokens, and the
# example in the login ID hint (login IDs are ASCII).
ALLOWED_LATIN = ("WelfareDesk", "ID", "DV", "admin", "CSV")
_MNEMONIC = re.compile(r"\(&?[A-Za-z]\)")
_CASE_NUMBER = re.compile(r"[MTSHR]\d+-\d+")


def type_text(widget: QWidget, text: str) -> None:
    """Enter text as an input-method commit (``qtbot.keyClicks`` aborts on non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Edit a table cell as a user does: open its editor, type (ASCII as keys, anything else
    as an input-method commit), then Tab, which commits and moves on."""
    item = table.item(row, column)
    assert item is not None
    table.setCurrentCell(row, column)
    table.editItem(item)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.parent() is table.viewport()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def latin_words(text: str, *, also_allowed: tuple[str, ...] = ()) -> list[str]:
    """The runs of Latin letters in a UI text that are not allowed on a Japanese screen."""
    cleaned = _MNEMONIC.sub("", text).replace("&", "")
    cleaned = _CASE_NUMBER.sub("", cleaned)
    for token in (*also_allowed, *ALLOWED_LATIN):
        cleaned = cleaned.replace(token, "")
    return re.findall(r"[A-Za-z]+", cleaned)


@pytest.fixture
def ime() -> Callable[[QWidget, str], None]:
    """:func:`type_text`: type Japanese into a widget as an input-method commit."""
    return type_text


@pytest.fixture
def latin() -> Callable[..., list[str]]:
    """:func:`latin_words`: the Latin words a Japanese UI text should not contain."""
    return latin_words


@pytest.fixture(autouse=True)
def gui_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application with the program's fonts, translations and style sheet.

    After each test the database worker is stopped, and no worker thread may be left.
    """
    configure_application(qapp)
    yield qapp
    shutdown_worker()
    alive = [t.name for t in threading.enumerate() if t.name.startswith(WORKER_THREAD_PREFIX)]
    assert not alive, f"database worker threads left running: {alive}"


@pytest.fixture
def three_cases(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> dict[str, int]:
    """Three cases of the supervisor: 山田 花子, 髙橋 健一 and 鈴木 美咲 (by family name)."""
    return {
        "山田": case_factory(supervisor),
        "髙橋": case_factory(
            supervisor,
            family_name="髙橋",
            given_name="健一",
            family_kana="たかはし",
            given_kana="けんいち",
            birth_date=dt.date(1975, 1, 20),
            sex=Sex.MALE,
            received_at=dt.datetime(2025, 7, 1, 9, 0),
            phone="03-1234-5678",
            presenting_concern="失業して家賃を滞納している。",
            complex_needs=True,
        ),
        "鈴木": case_factory(
            supervisor,
            family_name="鈴木",
            given_name="美咲",
            family_kana="すずき",
            given_kana="みさき",
            birth_date=dt.date(1990, 8, 9),
            received_at=dt.datetime(2025, 4, 10, 14, 0),
            presenting_concern="生活費が足りない。",
        ),
    }


@pytest.fixture
def main_window(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, three_cases: dict[str, int]
) -> MainWindow:
    """The supervisor's main window, shown, with the first search done."""
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    # The first search was started by the constructor; its result comes through the event
    # loop, so waiting for it here cannot miss it.
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    return window
