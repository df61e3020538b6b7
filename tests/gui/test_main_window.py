"""The main window: the case list, its filters and sorting, keyboard use, case tabs."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.models.case_table_model import COL_KANA, COL_NAME
from welfaredesk.services.dto import Principal

Ime = Callable[[QWidget, str], None]


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_lists_the_cases(main_window: MainWindow) -> None:
    """The three cases are listed, newest first, with the count."""
    assert _names(main_window) == ["髙橋\u3000健一", "山田\u3000花子", "鈴木\u3000美咲"]
    assert main_window.ui.resultLabel.text() == "3件"


def test_status_bar_names_the_user(main_window: MainWindow) -> None:
    """The status bar shows who is logged in, with the role."""
    assert main_window.user_label.text() == "利用者: sato 職員（主任相談支援員）"


def test_status_bar_database_text(qtbot: QtBot, main_window: MainWindow, ctx: AppContext) -> None:
    """The database part shows the file and the number of cases."""
    location = ctx.system.database_info().location
    qtbot.waitUntil(lambda: location in main_window.database_label.text(), timeout=5000)
    assert main_window.database_label.text().endswith("（ケース 3件）")


def test_sorts_by_header_click(qtbot: QtBot, main_window: MainWindow) -> None:
    """Clicking a header re-runs the search sorted by that column (on the database)."""
    header = main_window.ui.caseTable.horizontalHeader()
    x = header.sectionViewportPosition(COL_KANA) + header.sectionSize(COL_KANA) // 2
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == COL_KANA
    kana = [
        main_window.model.data(main_window.model.index(r, COL_KANA))
        for r in range(main_window.model.rowCount())
    ]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert kana == sorted(kana, reverse=descending)
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    again = [
        main_window.model.data(main_window.model.index(r, COL_KANA))
        for r in range(main_window.model.rowCount())
    ]
    assert again == list(reversed(kana))


def test_filters_by_japanese_text(qtbot: QtBot, main_window: MainWindow, ime: Ime) -> None:
    """Typing a name (committed by the input method) narrows the list."""
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        ime(main_window.ui.searchEdit, "たかはし")
    assert _names(main_window) == ["髙橋\u3000健一"]
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        main_window.ui.searchEdit.clear()
    assert len(_names(main_window)) == 3


def test_filters_by_kanji_variant(qtbot: QtBot, main_window: MainWindow, ime: Ime) -> None:
    """高橋 finds 髙橋 (kanji variants are folded by the search)."""
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        ime(main_window.ui.searchEdit, "高橋")
    assert _names(main_window) == ["髙橋\u3000健一"]


def test_filters_by_phone_number(qtbot: QtBot, main_window: MainWindow) -> None:
    """Digits search the phone number; Enter searches at once."""
    qtbot.keyClicks(main_window.ui.searchEdit, "0312345678")
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        qtbot.keyClick(main_window.ui.searchEdit, Qt.Key.Key_Return)
    assert _names(main_window) == ["髙橋\u3000健一"]


def test_no_match_says_so(qtbot: QtBot, main_window: MainWindow, ime: Ime) -> None:
    """A search without result explains itself instead of showing an empty table only."""
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        ime(main_window.ui.searchEdit, "存在しない名前")
    assert main_window.model.rowCount() == 0
    assert "条件に合うケースはありません" in main_window.ui.noticeLabel.text()


def test_filters_by_stage(qtbot: QtBot, main_window: MainWindow) -> None:
    """The stage combo limits the list to one stage."""
    combo = main_window.ui.stageCombo
    assert combo.itemText(0) == "すべての段階"
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(CaseStage.ASSESSMENT))
    assert main_window.model.rowCount() == 0
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(CaseStage.INTAKE))
    assert main_window.model.rowCount() == 3


def test_mine_only_and_exclude_closed(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    """自分の担当のみ leaves out the cases of other workers; 終結を除く is on by default."""
    from welfaredesk.domain.enums import Role

    other = new_user("tanaka", Role.SUPERVISOR)
    case_factory(supervisor)
    case_factory(other, family_name="田中", family_kana="たなか")
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.show()
    assert window.ui.excludeClosedCheck.isChecked()
    assert window.model.rowCount() == 2
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.ui.mineOnlyCheck.setChecked(True)
    assert _names(window) == ["山田\u3000花子"]


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, main_window: MainWindow) -> None:
    """Ctrl+F moves the focus to the search box, from the list or from a case tab."""
    _activate(qtbot, main_window)
    main_window.ui.caseTable.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.focusWidget() is main_window.ui.searchEdit


def test_enter_opens_the_selected_case(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    """Enter on a row opens the case in a tab whose header names the client."""
    _activate(qtbot, main_window)
    table = main_window.ui.caseTable
    table.setFocus()
    table.setCurrentIndex(main_window.model.index(1, 0))
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [three_cases["山田"]]
    view = main_window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    assert view.ui.nameLabel.text() == "山田\u3000花子"
    tabs = main_window.ui.mainTabs
    assert tabs.tabText(tabs.indexOf(view)).endswith("山田\u3000花子")


def test_down_arrow_moves_from_search_to_list(qtbot: QtBot, main_window: MainWindow) -> None:
    """Down in the search box goes into the list."""
    _activate(qtbot, main_window)
    main_window.ui.searchEdit.setFocus()
    qtbot.keyClick(main_window.ui.searchEdit, Qt.Key.Key_Down)
    assert main_window.focusWidget() is main_window.ui.caseTable


def test_opening_twice_reuses_the_tab(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    """A case already open is shown again, not opened a second time."""
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        first = main_window.open_case(three_cases["鈴木"])
    again = main_window.open_case(three_cases["鈴木"])
    assert again is first
    assert main_window.case_views() == [first]


def test_ctrl_w_closes_the_case_tab(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    """Ctrl+W closes the current case tab, never the case list."""
    _activate(qtbot, main_window)
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        main_window.open_case(three_cases["鈴木"])
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.case_views() == []
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.case_views() == []


def test_closing_a_case_shows_the_next_case_or_the_list(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    """Closing the shown case tab shows a neighbouring case, else the case list (never the
    dashboard, which would count the whole caseload)."""
    tabs = main_window.ui.mainTabs
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        first = main_window.open_case(three_cases["鈴木"])
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        second = main_window.open_case(three_cases["山田"])
    main_window.close_tab(tabs.indexOf(second))
    assert tabs.currentWidget() is first
    main_window.close_tab(tabs.indexOf(first))
    assert tabs.currentIndex() == 0
    assert main_window.case_views() == []


def test_f5_refreshes(
    qtbot: QtBot,
    main_window: MainWindow,
    supervisor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """F5 runs the search again and shows a case added meanwhile."""
    _activate(qtbot, main_window)
    case_factory(supervisor, family_name="中村", family_kana="なかむら")
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        qtbot.keyClick(main_window, Qt.Key.Key_F5)
    assert main_window.model.rowCount() == 4


def test_tab_order_follows_the_filter_bar(main_window: MainWindow) -> None:
    """Tab goes search → stage → 終結を除く → 自分の担当のみ → list."""
    ui = main_window.ui
    chain = [ui.searchEdit, ui.stageCombo, ui.excludeClosedCheck, ui.mineOnlyCheck, ui.caseTable]
    for before, after in itertools.pairwise(chain):
        assert before.nextInFocusChain() is after or _next_focusable(before) is after


def _next_focusable(widget: QWidget) -> QWidget:
    nxt = widget.nextInFocusChain()
    while not nxt.focusPolicy() & Qt.FocusPolicy.TabFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_admin_sees_no_case_list(qtbot: QtBot, ctx: AppContext, admin: Principal) -> None:
    """An administrator's window explains that case records are not shown to the role."""
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.caseTable.isVisible()
    assert not window.ui.filterBar.isEnabled()
    # No empty search and view bars floating in the page: the notice stands at the top.
    assert not window.ui.filterBar.isVisible()
    assert not window.list_tools.bar.isVisible()
    assert window.ui.noticeLabel.geometry().top() < 60
    assert "「システム管理者」" in window.ui.noticeLabel.text()
    assert "メニュー" in window.ui.noticeLabel.text()
    qtbot.waitUntil(lambda: bool(window.database_label.text()), timeout=5000)


def test_status_bar_counts_only_the_cases_the_user_may_see(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, three_cases: dict[str, int]
) -> None:
    """A counselor's status bar counts their own cases, not the whole database (scope)."""
    window = MainWindow(ctx, counselor)
    qtbot.addWidget(window)
    location = ctx.system.database_info().location
    qtbot.waitUntil(lambda: location in window.database_label.text(), timeout=5000)
    assert ctx.system.database_info().case_count == 3
    assert window.database_label.text().endswith("（ケース 0件）")


def test_a_long_list_shows_its_first_page_then_the_rest(
    qtbot: QtBot,
    main_window: MainWindow,
    supervisor: Principal,
    case_factory: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first page comes with the total count and is shown at once; the rest of the ids
    follow and are appended, and a case selected beyond the first page stays selected."""
    monkeypatch.setattr("welfaredesk.gui.main_window.FIRST_PAGE", 2)
    for i, kana in enumerate(("あいだ", "いとう", "うえだ")):
        case_factory(supervisor, family_name=f"試験{i}", family_kana=kana)
    window = main_window
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.reload()
    table, model = window.ui.caseTable, window.model
    assert model.rowCount() == 6
    assert window.ui.resultLabel.text() == "6件"
    oldest = model.case_id(5)
    table.selectRow(5)
    pages: list[int] = []
    model.modelReset.connect(lambda: pages.append(model.rowCount()))
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000) as loaded:
        window.reload()
    assert pages == [2]  # the first page was shown on its own, with the total
    assert loaded.args == [6]
    assert model.rowCount() == 6
    assert model.case_id(table.currentIndex().row()) == oldest
    # A refresh that keeps the scroll position loads the whole list in one step.
    pages.clear()
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.reload(whole=True)
    assert pages == [6]
