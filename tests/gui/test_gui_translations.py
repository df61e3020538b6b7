"""The screens are Japanese: every form and every visible string of the main window."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from welfaredesk import paths
from welfaredesk.app import AppContext
from welfaredesk.gui.forms.ui_case_view import Ui_CaseView
from welfaredesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from welfaredesk.gui.forms.ui_main_window import Ui_MainWindow
from welfaredesk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal

Latin = Callable[..., list[str]]
ROOT = Path(__file__).resolve().parents[2]


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every user-visible string under ``top``."""
    texts: list[tuple[str, str]] = [("windowTitle", top.windowTitle())]
    for widget in top.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            texts.append((name, widget.text()))
            texts.append((f"{name}.toolTip", widget.toolTip()))
        elif isinstance(widget, QAbstractButton):
            texts.append((name, widget.text()))
        elif isinstance(widget, QLineEdit):
            texts.append((f"{name}.placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QComboBox):
            texts.extend((f"{name}[{i}]", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.extend((f"{name}[{i}]", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.append((name, widget.title()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                (f"{name}.header[{c}]", str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            )
        if isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(c)
                texts.append((f"{name}.header[{c}]", item.text() if item else ""))
    texts.extend((action.objectName(), action.text()) for action in top.findChildren(QAction))
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            texts.append(("menu", action.text()))
            menu = action.menu()
            if menu is not None:
                texts.extend((f"menu.{a.objectName()}", a.text()) for a in menu.actions())
    return [(where, text) for where, text in texts if text]


def _english(texts: list[tuple[str, str]], latin: Latin, *allowed: str) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts if latin(text, also_allowed=allowed)]


@pytest.mark.parametrize(
    "form",
    [Ui_LoginDialog, Ui_SetupDialog, Ui_MainWindow, Ui_CaseView],
    ids=lambda f: f.__name__,
)
def test_every_form_is_translated(qtbot: QtBot, form: type, latin: Latin) -> None:
    """Each compiled .ui form shows only Japanese once the translator is installed."""
    host: QWidget
    if form is Ui_MainWindow:
        host = QMainWindow()
    elif form is Ui_CaseView:
        host = QWidget()
    else:
        host = QDialog()
    qtbot.addWidget(host)
    ui = form()
    ui.setupUi(host)
    assert _english(visible_texts(host), latin) == []


def test_main_window_shows_no_english(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    supervisor: Principal,
    latin: Latin,
) -> None:
    """No English on the Japanese main window: labels, buttons, menus, tabs, headers."""
    location = ctx.system.database_info().location
    qtbot.waitUntil(lambda: location in main_window.database_label.text(), timeout=5000)
    texts = visible_texts(main_window)
    assert any(text == "ファイル(&F)" for _where, text in texts)
    assert any(text == "受付番号" for _where, text in texts)
    # The database path and the user's name are data, not UI text.
    assert _english(texts, latin, location, supervisor.display_name) == []


def test_case_view_shows_no_english(
    qtbot: QtBot,
    main_window: MainWindow,
    supervisor: Principal,
    three_cases: dict[str, int],
    latin: Latin,
) -> None:
    """The open case is Japanese too (case numbers and the staff's names are data)."""
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        view = main_window.open_case(three_cases["山田"])
    assert _english(visible_texts(view), latin, supervisor.display_name) == []


def test_qt_own_strings_are_japanese() -> None:
    """Qt's standard buttons are Japanese too (qtbase_ja from Qt's translations)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_ja.qm").exists():
        pytest.skip("this Qt build has no qtbase_ja.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"


def test_translation_sources_are_complete() -> None:
    """No message of the Japanese or English .ts file is left unfinished."""
    for language in ("ja", "en"):
        tree = ET.parse(paths.resources_dir() / "i18n" / f"welfaredesk_{language}.ts")
        unfinished = [
            m.findtext("source")
            for m in tree.getroot().iter("message")
            if m.find("translation") is not None
            and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        ]
        assert unfinished == [], language


def test_generated_files_are_current() -> None:
    """The committed forms, .ts and .qm files match what the sources produce."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_qt.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
