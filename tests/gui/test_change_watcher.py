"""Other users' saves show without a restart: the case list, an open case, a held editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import ConsentStatus, Role
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.change_watcher import POLL_MS, ChangeWatcher
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.changes import ChangeFeed
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.plans import PlanInput

Ime = Callable[[QWidget, str], None]


def note_input(body: str) -> NoteInput:
    return NoteInput(noted_on="2025-06-10", noted_time="10:30", method_code="interview", body=body)


@pytest.fixture
def other(new_user: Callable[..., Principal]) -> Principal:
    """A second 主任相談支援員 at another PC."""
    return new_user("tanaka", Role.SUPERVISOR)


def ready(qtbot: QtBot, window: MainWindow) -> ChangeWatcher:
    watcher = window.change_watcher
    qtbot.waitUntil(lambda: watcher.marker is not None, timeout=10_000)
    assert watcher.active
    return watcher


def poll(qtbot: QtBot, watcher: ChangeWatcher) -> ChangeFeed:
    qtbot.waitUntil(lambda: not watcher.in_flight, timeout=10_000)
    with qtbot.waitSignal(watcher.polled, timeout=10_000) as polled:
        watcher.poll()
    feed = polled.args[0]
    assert isinstance(feed, ChangeFeed)
    return feed


def open_case(qtbot: QtBot, window: MainWindow, case_id: int) -> CaseView:
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        view = window.open_case(case_id)
    return view


def test_polls_at_a_constant_interval(qtbot: QtBot, main_window: MainWindow) -> None:
    watcher = ready(qtbot, main_window)
    assert watcher._timer.interval() == POLL_MS
    # never two polls at once
    watcher.poll()
    assert watcher.in_flight
    marker = watcher.marker
    watcher.poll()
    qtbot.waitUntil(lambda: not watcher.in_flight, timeout=10_000)
    assert watcher.marker == marker


def test_the_list_shows_another_users_new_case_keeping_selection_and_scroll(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    three_cases: dict[str, int],
    case_factory: Callable[..., int],
) -> None:
    window = main_window
    for day in range(1, 36):  # enough cases for the list to scroll
        case_factory(supervisor, received_at=dt.datetime(2025, 5, day % 28 + 1, 9, day))
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.reload()
    watcher = ready(qtbot, window)
    table = window.ui.caseTable
    takahashi = three_cases["髙橋"]
    row = window.model.row_of(takahashi)
    assert row is not None
    table.selectRow(row)
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    bar.setValue(bar.maximum() // 2 + 1)
    position = bar.value()
    assert position > 0

    new_case = case_factory(other, family_name="新井", family_kana="あらい")
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000) as loaded:
        feed = poll(qtbot, watcher)

    assert feed.list_changed
    assert loaded.args[0] == 3 + 35 + 1
    assert new_case in window.model.ids()
    assert window.model.case_id(table.currentIndex().row()) == takahashi
    assert bar.value() == position


def test_own_saves_and_views_do_not_refresh(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
) -> None:
    watcher = ready(qtbot, main_window)
    ctx.notes.save(supervisor, three_cases["山田"], note_input("自分の記録。"))
    ctx.notes.list(supervisor, three_cases["鈴木"])
    with qtbot.assertNotEmitted(main_window.cases_loaded, wait=200):
        feed = poll(qtbot, watcher)
    assert feed.empty


def test_an_open_case_view_reloads_when_another_user_writes(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    other: Principal,
    three_cases: dict[str, int],
) -> None:
    window = main_window
    watcher = ready(qtbot, window)
    view = open_case(qtbot, window, three_cases["山田"])
    untouched = open_case(qtbot, window, three_cases["鈴木"])

    ctx.notes.save(other, three_cases["山田"], note_input("長男と電話で話した。"))
    with (
        qtbot.waitSignal(view.loaded, timeout=10_000) as loaded,
        qtbot.assertNotEmitted(untouched.loaded, wait=100),
    ):
        feed = poll(qtbot, watcher)

    assert feed.case_ids == {three_cases["山田"]}
    assert any(n.body == "長男と電話で話した。" for n in loaded.args[0].notes)
    assert "長男と電話で話した。" in view.ui.notesBrowser.toPlainText()
    assert not view.changeNotice.isVisible()  # nothing was held back: no notice


def test_a_tab_with_unsaved_input_is_not_reloaded_and_shows_a_notice(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Callable[..., list[str]],
) -> None:
    window = main_window
    watcher = ready(qtbot, window)
    case_id = case_factory(supervisor, consent=ConsentStatus.GIVEN)
    draft = ctx.plans.new_version(supervisor, case_id)
    view = open_case(qtbot, window, case_id)
    tab = view.plan_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.planTab)
    qtbot.waitUntil(lambda: tab.shown is not None, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        tab.edit()
    ime(tab.wishesEdit, "母とこの家で暮らし続けたい。")
    assert tab.has_changes()

    ctx.plans.save_draft(other, draft.id, PlanInput(version=draft.version, overall_goal="別の目標"))
    with (
        qtbot.assertNotEmitted(tab.versions_loaded, wait=300),
        qtbot.waitSignal(view.loaded, timeout=10_000),
    ):
        poll(qtbot, watcher)

    notice = view.changeNotice
    assert notice.isVisible()
    assert notice.label.text().startswith("ほかの職員がこのケースを更新しました。")
    assert "支援計画" in notice.label.text()
    assert notice.reloadButton.text() == "再読み込み(&R)"
    assert not latin(notice.label.text())
    assert not latin(notice.reloadButton.toolTip())
    assert tab.is_editing()
    assert tab.wishesEdit.toPlainText() == "母とこの家で暮らし続けたい。"
    assert tab.goalEdit.toPlainText() == ""  # the other user's goal is not pushed in

    # 再読み込み: the tab's read-only part reloads; the editor keeps the input
    with qtbot.waitSignal(tab.versions_loaded, timeout=10_000):
        qtbot.mouseClick(notice.reloadButton, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert tab.is_editing()
    assert tab.wishesEdit.toPlainText() == "母とこの家で暮らし続けたい。"


def test_polling_pauses_while_the_screen_is_locked(qtbot: QtBot, main_window: MainWindow) -> None:
    watcher = ready(qtbot, main_window)
    with qtbot.waitSignal(main_window.idle_lock.locked, timeout=5_000):
        main_window.idle_lock.lock()
    assert not watcher.active
    watcher.poll()
    assert not watcher.in_flight
    main_window.close()
    assert not watcher.active


class _Refusing:
    """A change service whose database refuses every poll."""

    def changes_since(self, principal: Principal, marker: int) -> ChangeFeed:
        del principal, marker
        raise KnownError("データベースが使用中です。")


def test_a_failed_poll_is_quiet_and_tried_again(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext
) -> None:
    watcher = ready(qtbot, main_window)
    marker = watcher.marker
    watcher._changes = _Refusing()  # type: ignore[assignment]
    watcher.poll()
    qtbot.waitUntil(lambda: not watcher.in_flight, timeout=10_000)
    assert watcher.marker == marker
    assert not main_window.findChildren(QMessageBox)
    assert watcher.active
    watcher._changes = ctx.changes
    assert poll(qtbot, watcher).empty
