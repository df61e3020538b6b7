"""The supervisor's queue tab: shown to supervisors only; approve, confirm, open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage
from welfaredesk.gui.approvals_tab import ApprovalsTab
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.note_dialog import AcknowledgeDialog
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.orm import Case

TODAY = dt.date(2025, 7, 10)


def _version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def _stage(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def _waiting_work(ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]) -> int:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    ctx.closures.request(
        counselor,
        case_id,
        ClosureInput("client_request", "令和7年7月1日", "本人が支援の終了を希望した。"),
        _version(ctx, case_id),
        today=TODAY,
    )
    other = case_factory(counselor, family_name="髙橋", given_name="健一")
    ctx.notes.save(
        counselor,
        other,
        NoteInput(
            noted_on="2025-07-01",
            noted_time="10:30",
            method_code="interview",
            body="長男と面談した。\n二行目",
            minutes=30,
            funding_programme_code="comprehensive_consultation",
            needs_acknowledgement=True,
        ),
        now=dt.datetime(2025, 7, 1, 17, 0),
    )
    return case_id


def _window(qtbot: QtBot, ctx: AppContext, principal: Principal) -> MainWindow:
    window = MainWindow(ctx, principal)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab(qtbot: QtBot, window: MainWindow) -> ApprovalsTab:
    tab = window.approvals_tab
    assert tab is not None
    window.ui.mainTabs.setCurrentWidget(tab)  # the queue loads when its tab is shown
    qtbot.waitUntil(lambda: tab.closureTable.rowCount() > 0, timeout=10_000)
    return tab


def test_the_tab_is_shown_only_to_supervisors(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, counselor: Principal
) -> None:
    counselor_window = _window(qtbot, ctx, counselor)
    assert counselor_window.approvals_tab is None
    tabs = counselor_window.ui.mainTabs
    assert all(not isinstance(tabs.widget(i), ApprovalsTab) for i in range(tabs.count()))
    window = _window(qtbot, ctx, supervisor)
    assert window.approvals_tab is not None
    index = window.ui.mainTabs.indexOf(window.approvals_tab)
    assert window.ui.mainTabs.tabText(index) == "承認・確認待ち"
    window.close_tab(index)  # stays open
    assert window.ui.mainTabs.indexOf(window.approvals_tab) == index


def test_approving_a_closure_from_the_tab_closes_the_case(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    latin: Callable[..., list[str]],
) -> None:
    case_id = _waiting_work(ctx, counselor, case_factory)
    window = _window(qtbot, ctx, supervisor)
    tab = _tab(qtbot, window)
    assert tab.closureBox.title() == "終結の承認（1件）"
    assert tab.noteBox.title() == "支援経過の確認（1件）"
    assert tab.planBox.title() == "会議に提出された支援計画（0件）"
    texts = [tab.closureBox.title(), tab.noteBox.title(), tab.planBox.title()]
    texts += [w.text() for w in tab.findChildren(QPushButton)]
    texts += [w.text() for w in tab.findChildren(QLabel)]
    for table in tab.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert not latin(" ".join(texts))
    # The person column names the client (本人), as every other screen does.
    for table in (tab.closureTable, tab.noteTable, tab.planTable):
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert "本人" in headers
        assert "相談者" not in headers
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.approveButton.click()
    assert _stage(ctx, case_id) is CaseStage.CLOSED
    assert tab.closureTable.rowCount() == 0
    assert tab.closureBox.title() == "終結の承認（0件）"
    assert "承認しました" in tab.messageLabel.text()


def test_acknowledging_a_note_removes_it_and_open_shows_the_stage_tab(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    _waiting_work(ctx, counselor, case_factory)
    window = _window(qtbot, ctx, supervisor)
    tab = _tab(qtbot, window)
    assert tab.noteTable.rowCount() == 1
    assert tab.noteTable.item(0, 5).text() == "長男と面談した。"
    with qtbot.waitSignal(tab.dialog_opened) as opened:
        tab.acknowledgeButton.click()
    dialog = opened.args[0]
    assert isinstance(dialog, AcknowledgeDialog)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dialog.confirmButton.click()
    assert tab.noteTable.rowCount() == 0
    assert tab.noteBox.title() == "支援経過の確認（0件）"

    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        tab.openClosureButton.click()
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    assert view.ui.stageTabs.currentWidget() is view.ui.closureTab
