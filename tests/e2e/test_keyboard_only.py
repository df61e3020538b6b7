"""A day at the desk without a mouse (issue 12, item 2): the main flow by keyboard only.

A counselor logs in (typing, Enter), opens the intake with Ctrl+N, fills the required fields
with keys only (Japanese as input-method commits on the focused field, ASCII typed, Tab to move,
Space for a check box, arrow keys in the pick-lists), saves with the Alt mnemonic, reaches the
new case, moves between the case's tabs with Ctrl+Tab and Ctrl+PgDown, writes a progress note
(Alt+N opens the editor, Ctrl+Enter saves it) and closes the case's tab with Ctrl+W. No slot is
called and nothing is clicked: every step is a key sent to the widget that has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.conftest import PASSWORD
from welfaredesk.app import AppContext
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.intake_dialog import IntakeDialog
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.note_dialog import NoteEditorDialog
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import Case, ProgressNote

Ime = Callable[[QWidget, str], None]

# An obviously fictitious client.
FAMILY, GIVEN = "架空", "花子"
FAMILY_KANA = "かくう"
CONCERN = "家賃の支払いが難しくなった。"
NOTE = "次回は家計の状況を一緒に確認する。"

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """A key to the focused widget; returns the widget that has the focus afterwards."""
    before = focused()
    qtbot.keyClick(before, key, modifier)
    return focused()


def tab_to(qtbot: QtBot, name: str, limit: int = 60) -> QWidget:
    """Tab until the widget named ``name`` has the focus."""
    for _ in range(limit):
        if focused().objectName() == name:
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; the focus is on {focused().objectName()}")


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A closed dialog gives the keyboard back to its window: the desktop's window manager
    activates the window again; the offscreen platform has none, so the test does that."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is not None


def choose_by_arrows(qtbot: QtBot, combo: QWidget, text: str) -> None:
    """Down arrow in a focused pick-list until it shows ``text``."""
    assert isinstance(combo, QComboBox)
    assert combo.hasFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def log_in(qtbot: QtBot, ctx: AppContext) -> Principal:
    dialog = LoginDialog(ctx.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.ui.loginEdit.hasFocus, timeout=5000)
    qtbot.keyClicks(focused(), "suzuki")
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.ui.passwordEdit
    qtbot.keyClicks(focused(), PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.principal is not None
    return dialog.principal


def take_the_intake(qtbot: QtBot, window: MainWindow, ime: Ime) -> CaseView:
    with qtbot.waitSignal(window.intake_opened, timeout=5000) as opened:
        press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = opened.args[0]
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitSignal(dialog.ready, timeout=10_000).wait()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    qtbot.waitUntil(
        lambda: dialog.isActiveWindow() and dialog.ui.receivedOnEdit.hasFocus(), timeout=5000
    )
    # 受付経路: the arrow keys in the pick-list.
    choose_by_arrows(qtbot, tab_to(qtbot, "channelCombo"), "来所")
    ime(tab_to(qtbot, "familyNameEdit"), FAMILY)
    ime(press(qtbot, Qt.Key.Key_Tab), GIVEN)
    ime(tab_to(qtbot, "familyKanaEdit"), FAMILY_KANA)
    ime(tab_to(qtbot, "concernEdit"), CONCERN)
    check = tab_to(qtbot, "economicHardshipCheck")
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.ui.economicHardshipCheck.isChecked()
    assert check is dialog.ui.economicHardshipCheck
    with (
        qtbot.waitSignal(dialog.saved, timeout=10_000),
        qtbot.waitSignal(window.case_opened, timeout=10_000),
    ):
        press(qtbot, Qt.Key.Key_S, ALT)
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    return view


def write_a_note(qtbot: QtBot, view: CaseView, ime: Ime) -> None:
    notes = view.notes_tab
    assert notes is not None
    qtbot.waitUntil(notes.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(notes.editor_opened, timeout=10_000) as opened:
        press(qtbot, Qt.Key.Key_N, ALT)
    editor = opened.args[0]
    assert isinstance(editor, NoteEditorDialog)
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: editor.methodCombo.count() > 1, timeout=10_000)
    ime(tab_to(qtbot, "noteBodyEdit"), NOTE)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: notes.noteList.count() == 1, timeout=10_000)
    back_to(qtbot, view.window())


def test_the_main_flow_by_keyboard_only(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, ime: Ime
) -> None:
    principal = log_in(qtbot, ctx)
    assert principal.user_id == counselor.user_id
    window = MainWindow(ctx, principal)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    view = take_the_intake(qtbot, window, ime)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert view.ui.nameLabel.text() == f"{FAMILY}\u3000{GIVEN}"

    # The case's tabs: Ctrl+Tab and Ctrl+PgDown to the next, Ctrl+Shift+Tab back.
    tabs = view.ui.stageTabs
    assert tabs.currentIndex() == 0
    assert tabs.isAncestorOf(focused()) or focused() is tabs.tabBar()
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == 1
    progress = tabs.indexOf(view.ui.progressTab)
    for _ in range(tabs.count()):
        if tabs.currentIndex() == progress:
            break
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentWidget() is view.ui.progressTab

    write_a_note(qtbot, view, ime)

    # Ctrl+W closes the case's tab; the case list is shown again.
    with qtbot.waitSignal(window.ui.mainTabs.currentChanged, timeout=5000):
        press(qtbot, Qt.Key.Key_W, CTRL)
    assert all(
        not isinstance(window.ui.mainTabs.widget(i), CaseView)
        for i in range(window.ui.mainTabs.count())
    )

    with ctx.db.read() as s:
        case = s.scalars(select(Case)).one()
        notes = s.scalars(select(ProgressNote).where(ProgressNote.case_id == case.id)).all()
        assert [n.body for n in notes] == [NOTE]
