"""My tasks (今日の仕事): the tab lists the user's tasks and opens them on the right tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.tasks_tab import COL_CLIENT, COL_KIND, TasksTab
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import MonitoringReview


def _window(qtbot: QtBot, ctx: AppContext, principal: Principal) -> tuple[MainWindow, TasksTab]:
    window = MainWindow(ctx, principal)
    qtbot.addWidget(window)
    tab = window.tasks_tab
    assert tab is not None
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    return window, tab


@pytest.fixture
def review_case(ctx: AppContext, counselor: Principal, case_factory: Callable[..., int]) -> int:
    """The counselor's case with a monitoring review due today."""
    case_id = case_factory(counselor)
    with ctx.db.write() as s:
        s.add(MonitoringReview(case_id=case_id, due_on=dt.date.today()))
    return case_id


def test_lists_the_task_in_japanese(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    review_case: int,
    latin: Callable[..., list[str]],
) -> None:
    """The tab after the case list shows today's review under 今日, all in Japanese."""
    window, tab = _window(qtbot, ctx, counselor)
    tabs = window.ui.mainTabs
    assert tabs.indexOf(tab) == 1
    assert tabs.tabText(1) == "今日の仕事"
    items = tab.task_items()
    assert len(items) == 1
    assert items[0].text(COL_KIND) == "モニタリング"
    assert items[0].text(COL_CLIENT) == "山田\u3000花子"
    group = tab.tree.topLevelItem(0)
    assert group is not None
    assert group.text(0) == "今日（1件）"
    assert "期限超過（0件）" in tab.summary_label.text()
    header = tab.tree.headerItem()
    texts = [header.text(c) for c in range(tab.tree.columnCount())]
    assert texts == ["期限", "種類", "受付番号", "本人", "内容"]
    shown = [tab.summary_label.text(), group.text(0), *texts]
    shown += [items[0].text(c) for c in range(tab.tree.columnCount())]
    assert latin(" ".join(shown)) == []
    assert not tab.notice_label.isVisible()


def test_double_click_opens_the_case_on_its_tab(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, review_case: int
) -> None:
    """Double-clicking a task opens the case on the tab where the task is done."""
    window, tab = _window(qtbot, ctx, counselor)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        window.ui.mainTabs.setCurrentWidget(tab)  # showing the tab loads it again
    item: QTreeWidgetItem = tab.task_items()[0]
    tab.tree.scrollToItem(item)
    rect = tab.tree.visualItemRect(item)
    viewport = tab.tree.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.case_opened, timeout=10_000) as blocker:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [review_case]
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    assert view.ui.stageTabs.currentWidget() is view.ui.monitoringTab


def test_enter_on_an_intake_draft_opens_the_intake(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    """Enter on an unsaved intake opens the intake dialog."""
    ctx.drafts.save(counselor, "intake", "", {"family_name": "田中"})
    window, tab = _window(qtbot, ctx, counselor)
    # The main window also offers the draft back at start; this test uses the tab.
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        window.ui.mainTabs.setCurrentWidget(tab)
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.task_items()[0])
    with qtbot.waitSignal(window.intake_opened, timeout=10_000) as blocker:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    blocker.args[0].close()


def test_empty_state(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, latin: Callable[..., list[str]]
) -> None:
    """Without tasks the tab says so."""
    _main, tab = _window(qtbot, ctx, counselor)
    assert tab.task_items() == []
    assert tab.notice_label.text() == "今日の仕事はありません"
    assert latin(tab.summary_label.text()) == []


def test_a_supervisor_finds_a_closure_to_approve_and_opens_it_on_its_tab(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """The morning list gathers the closures waiting for approval (as 承認・確認待ち does);
    Enter opens the case on its 終結 tab."""
    case_id = case_factory(counselor)
    version = ctx.cases.get(counselor, case_id).version
    ctx.closures.request(
        counselor,
        case_id,
        ClosureInput(
            reason_code="independent",
            closed_on=dt.date.today().isoformat(),
            summary="就労が決まった。",
        ),
        version,
    )
    window, tab = _window(qtbot, ctx, supervisor)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        window.ui.mainTabs.setCurrentWidget(tab)
    items = [i for i in tab.task_items() if i.text(COL_KIND) == "終結の承認"]
    assert len(items) == 1
    tab.tree.setFocus()
    tab.tree.setCurrentItem(items[0])
    with qtbot.waitSignal(window.case_opened, timeout=10_000) as blocker:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert blocker.args == [case_id]
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    assert view.ui.stageTabs.currentWidget() is view.ui.closureTab
