"""The case list's views, detailed filters, bulk reassignment and CSV export, through widgets."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage, Role
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.models.case_table_model import COL_NAME
from welfaredesk.gui.reassign_dialog import ReassignDialog
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.storage.orm import Case


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(r, COL_NAME))) for r in range(model.rowCount())]


def _wait_views(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.list_tools.bar.view_combo.count() > 3, timeout=10_000)
    qtbot.waitUntil(lambda: window.list_tools.panel.issue_combo.count() > 1, timeout=10_000)


def _choose(qtbot: QtBot, window: MainWindow, combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def test_the_views_and_the_panel_are_japanese(
    qtbot: QtBot, main_window: MainWindow, latin: Callable[..., list[str]]
) -> None:
    _wait_views(qtbot, main_window)
    bar = main_window.list_tools.bar
    names = [bar.view_combo.itemText(i) for i in range(bar.view_combo.count())]
    assert names[:5] == ["自分の担当", "期限超過", "要確認", "包括化推進員主担当", "すべてのケース"]
    bar.filters_button.setChecked(True)
    panel = main_window.list_tools.panel
    assert panel.isVisible()
    texts = [w.text() for w in panel.findChildren(QLabel)]
    texts += [w.text() for w in panel.findChildren(QAbstractButton)]
    texts += [bar.view_combo.itemText(i) for i in range(bar.view_combo.count())]
    texts += [w.text() for w in bar.findChildren(QAbstractButton)]
    for combo in panel.findChildren(QComboBox):
        texts.append(combo.currentText())
    assert not [t for t in texts if latin(t)], texts


def test_overdue_view_and_issue_filter(
    qtbot: QtBot, ctx: AppContext, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    _wait_views(qtbot, main_window)
    with ctx.db.write() as s:
        s.get_one(Case, three_cases["鈴木"]).next_due_on = dt.date.today() - dt.timedelta(days=3)
        s.get_one(Case, three_cases["山田"]).next_due_on = dt.date.today() + dt.timedelta(days=3)
    _choose(qtbot, main_window, main_window.list_tools.bar.view_combo, "overdue")
    assert _names(main_window) == ["鈴木\u3000美咲"]
    _choose(qtbot, main_window, main_window.list_tools.bar.view_combo, "all")
    assert main_window.model.rowCount() == 3
    panel = main_window.list_tools.panel
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        panel.flag_checks["complex_needs"].setChecked(True)
    assert _names(main_window) == ["髙橋\u3000健一"]
    assert main_window.list_tools.bar.view_combo.currentText() == "（条件を指定）"
    assert "絞り込み条件" in main_window.list_tools.bar.filters_button.text()
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        panel.clear_button.click()
    assert main_window.model.rowCount() == 3


def test_a_dashboard_filter_shows_its_other_conditions_and_can_drop_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _wait_views(qtbot, main_window)
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        main_window.show_filter(
            CaseFilter(opened_from=dt.date(2025, 7, 1), opened_until=dt.date(2025, 7, 31))
        )
    assert _names(main_window) == ["髙橋\u3000健一"]
    panel = main_window.list_tools.panel
    assert panel.isVisible()
    assert "受付日 R7.7.1～R7.7.31" in panel.extra_label.text()
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        panel.extra_clear.click()
    assert main_window.model.rowCount() == 3
    assert not panel.extra_label.isVisible()


def test_save_and_delete_a_view(
    qtbot: QtBot, ctx: AppContext, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _wait_views(qtbot, main_window)
    tools = main_window.list_tools
    stage = main_window.ui.stageCombo
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        stage.setCurrentIndex(stage.findData(str(CaseStage.INTAKE)))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("受付中のケース", True))
    with qtbot.waitSignal(tools.views_loaded, timeout=10_000):
        tools.bar.save_button.click()
    assert tools.bar.view_combo.currentText() == "受付中のケース"
    assert tools.bar.delete_button.isEnabled()
    _choose(qtbot, main_window, tools.bar.view_combo, "all")
    assert stage.currentIndex() == 0
    view = next(v for v in tools.bar.views() if v.name == "受付中のケース")
    _choose(qtbot, main_window, tools.bar.view_combo, view.key)
    assert stage.currentData() == str(CaseStage.INTAKE)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tools.views_loaded, timeout=10_000):
        tools.bar.delete_button.click()
    assert "受付中のケース" not in [v.name for v in tools.bar.views()]


def test_bulk_reassignment_through_the_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    main_window: MainWindow,
    three_cases: dict[str, int],
    new_user: Callable[..., Principal],
) -> None:
    counselor = new_user("kato", Role.COUNSELOR)
    main_window.list_tools.load()
    qtbot.waitUntil(
        lambda: any(
            c.key == str(counselor.user_id)
            for c in (
                main_window.list_tools.choices.lead_candidates
                if main_window.list_tools.choices
                else ()
            )
        ),
        timeout=10_000,
    )
    table = main_window.ui.caseTable
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(main_window.model.rowCount()):
        selection.select(main_window.model.index(row, 0), flags)
    with qtbot.waitSignal(main_window.list_tools.reassign_opened, timeout=5_000) as opened:
        main_window.list_tools.bar.reassign_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ReassignDialog)
    dialog.lead_combo.setCurrentIndex(dialog.lead_combo.findData(counselor.user_id))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    # 髙橋 is a complex case: a counselor as lead needs a reason; the dialog keeps the choice
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "理由" in dialog.message.text()
    assert dialog.lead_combo.currentData() == counselor.user_id
    dialog.reason_edit.setPlainText("推進員の担当数を調整するため")
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        ok.click()
    with ctx.db.read() as s:
        leads = set(s.scalars(select(Case.lead_worker_id)))
    assert leads == {counselor.user_id}


def test_csv_export_of_what_is_shown(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, ime: Callable[..., None]
) -> None:
    _wait_views(qtbot, main_window)
    with qtbot.waitSignal(main_window.cases_loaded, timeout=10_000):
        ime(main_window.ui.searchEdit, "すずき")
    target = tmp_path / "一覧.csv"
    with qtbot.waitSignal(main_window.list_tools.exported, timeout=10_000) as done:
        main_window.list_tools.export(target)
    assert done.args == [1]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "受付番号"
    assert rows[1][1] == "鈴木\u3000美咲"


def test_counselors_get_neither_reassignment_nor_export(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    window = MainWindow(ctx, counselor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.show()
    assert not window.list_tools.bar.reassign_button.isVisible()
    assert not window.list_tools.bar.export_button.isVisible()
    assert window.ui.caseTable.selectionMode() == window.ui.caseTable.SelectionMode.SingleSelection


def test_the_search_tab_opens_a_case_and_the_dashboard_filters_the_list(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    window = main_window
    assert window.search_tab is not None
    assert window.dashboard_tab is not None
    titles = [window.ui.mainTabs.tabText(i) for i in range(window.ui.mainTabs.count())]
    assert titles[:5] == ["ケース一覧", "今日の仕事", "承認・確認待ち", "検索", "ダッシュボード"]
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.ui.mainTabs.currentWidget() is window.search_tab
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.search_tab.open_requested.emit(three_cases["鈴木"], "progressTab")
    view = window.ui.mainTabs.currentWidget()
    assert view.ui.stageTabs.currentWidget() is view.ui.progressTab
    with qtbot.waitSignal(window.dashboard_tab.loaded, timeout=10_000):
        window.ui.mainTabs.setCurrentWidget(window.dashboard_tab)
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.dashboard_tab.request(CaseFilter(flags=("complex_needs",), open_only=True))
    assert window.ui.mainTabs.currentIndex() == 0
    assert _names(window) == ["髙橋\u3000健一"]
    assert window.list_tools.panel.flag_checks["complex_needs"].isChecked()
