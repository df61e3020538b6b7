"""The dashboard tab: charts and tables show the figures; bars and rows open the case list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage, ConsentStatus, Role
from welfaredesk.domain.wareki import format_wareki
from welfaredesk.gui import dashboard_tab
from welfaredesk.gui.dashboard_tab import FILTER_ROLE, PANELS, DashboardTab, wrap_label
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.storage.orm import Case

LOGINS = ("sato", "suzuki", "ito")
"""The test accounts' names are ``<login> 職員``: Latin the screen may show."""


@pytest.fixture
def cases(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> dict[str, int]:
    """Four open cases: two of the counselor, one of a coordinator, one with no lead."""
    coordinator = new_user("ito", Role.COORDINATOR)
    today = dt.datetime.combine(dt.date.today(), dt.time(9))
    ids = {
        "a": case_factory(counselor, received_at=today),
        "b": case_factory(counselor, received_at=today, complex_needs=True),
        "c": case_factory(coordinator, received_at=today, complex_needs=True),
        "d": case_factory(supervisor, received_at=today, consent=ConsentStatus.GIVEN),
    }
    with ctx.db.write() as s:
        s.execute(update(Case).where(Case.id == ids["d"]).values(lead_worker_id=None))
        s.execute(update(Case).where(Case.id == ids["b"]).values(stage=CaseStage.SERVICE))
    return ids


def _tab(qtbot: QtBot, ctx: AppContext, principal: Principal) -> DashboardTab:
    tab = DashboardTab(ctx.dashboard, principal)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    return tab


def _table(tab: DashboardTab, name: str) -> list[list[str]]:
    table = tab.panels[name].table
    return [
        [(table.item(r, c) or QTableWidgetItem()).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _categories(tab: DashboardTab, name: str) -> list[str]:
    chart = tab.panels[name].chart_view.chart()
    axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return list(axes[0].categories())


def test_shows_the_figures_in_charts_and_tables(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    cases: dict[str, int],
    latin: Callable[..., list[str]],
) -> None:
    """The header, every table and every chart carry the service's numbers, in Japanese."""
    tab = _tab(qtbot, ctx, supervisor)
    assert tab.objectName() == "dashboardTab"
    today = format_wareki(dt.date.today())
    assert tab.dateLabel.text().startswith(f"{today}現在")
    assert tab.summaryLabel.text().startswith("継続中のケース 4件")
    stages = _table(tab, "stages")
    assert stages[0] == ["相談受付", "3"]
    assert ["支援提供", "1"] in stages
    assert [c.text() for c in _header(tab, "stages")] == ["区分", "件数"]
    caseload = _table(tab, "caseload")
    assert ["suzuki 職員", "2"] in caseload
    assert ["主担当なし", "1"] in caseload
    assert _table(tab, "complex_needs") == [
        ["複合的な課題のケース", "2"],
        ["うち包括化推進員が主担当", "1"],
    ]
    assert _table(tab, "consent") == [["同意あり", "1"], ["同意なし", "0"], ["未確認", "3"]]
    monthly = _table(tab, "monthly")
    assert [row[0] for row in monthly] == [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12)] + [
        "1月",
        "2月",
        "3月",
        "合計",
    ]
    assert monthly[-1][2] == "4"  # this year's total
    # The charts: the stage chart reads top to bottom like its table.
    stage_set = tab.panels["stages"].bar_sets[0]
    assert [int(stage_set.at(i)) for i in range(stage_set.count())][::-1] == [
        int(row[1]) for row in stages
    ]
    assert _categories(tab, "consent") == ["同意あり", "同意なし", "未確認"]
    assert len(tab.panels["monthly"].bar_sets) == 2
    # Nothing English anywhere.
    shown = [tab.dateLabel.text(), tab.summaryLabel.text(), tab.hintLabel.text()]
    shown += [tab.reloadButton.text()]
    for name in PANELS:
        panel = tab.panels[name]
        shown += [panel.title(), panel.note_label.text()]
        shown += [h.text() for h in _header(tab, name)]
        shown += [cell for row in _table(tab, name) for cell in row]
        shown += _categories(tab, name)
        shown += [bar_set.label() for bar_set in panel.bar_sets]
    text = " ".join(shown).replace("<br>", "")
    assert latin(text, also_allowed=LOGINS) == []


def _header(tab: DashboardTab, name: str) -> list[QTableWidgetItem]:
    table = tab.panels[name].table
    items = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    return [item for item in items if item is not None]


def test_clicking_a_bar_asks_for_its_case_list(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, cases: dict[str, int]
) -> None:
    """A bar's click emits the filter of its cases (horizontal charts run top to bottom)."""
    tab = _tab(qtbot, ctx, supervisor)
    stage_set = tab.panels["stages"].bar_sets[0]
    last = stage_set.count() - 1  # the top bar: 相談受付
    with qtbot.waitSignal(tab.filter_requested, timeout=1000) as blocker:
        stage_set.clicked.emit(last)
    assert blocker.args == [CaseFilter(stages=(CaseStage.INTAKE,))]
    consent_set = tab.panels["consent"].bar_sets[0]
    with qtbot.waitSignal(tab.filter_requested, timeout=1000) as blocker:
        consent_set.clicked.emit(0)
    assert blocker.args == [CaseFilter(consents=(ConsentStatus.GIVEN,), open_only=True)]
    this_year = tab.panels["monthly"].bar_sets[1]
    month = dt.date.today().month
    index = (month - 4) % 12
    with qtbot.waitSignal(tab.filter_requested, timeout=1000) as blocker:
        this_year.clicked.emit(index)
    flt = blocker.args[0]
    assert isinstance(flt, CaseFilter)
    assert flt.opened_from == dt.date.today().replace(day=1)


def test_a_table_row_opens_the_list_by_keyboard_and_double_click(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    cases: dict[str, int],
) -> None:
    """Enter or a double-click on a number emits its filter; a row with no list does not."""
    tab = _tab(qtbot, ctx, supervisor)
    table = tab.panels["caseload"].table
    rows = _table(tab, "caseload")
    row = next(i for i, r in enumerate(rows) if r[0] == "suzuki 職員")
    tab.scrollArea.ensureWidgetVisible(table)
    table.setFocus()
    table.setCurrentCell(row, 1)
    with qtbot.waitSignal(tab.filter_requested, timeout=1000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [CaseFilter(lead_worker_ids=(counselor.user_id,), open_only=True)]
    complex_table = tab.panels["complex_needs"].table
    tab.scrollArea.ensureWidgetVisible(complex_table)
    item = complex_table.item(1, 1)
    assert item is not None
    rect = complex_table.visualItemRect(item)
    viewport = complex_table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.filter_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [
        CaseFilter(flags=("complex_needs",), open_only=True, coordinator_lead=True)
    ]
    # 主担当なし has no case list: nothing is emitted, and the tooltip says so.
    none_row = next(i for i, r in enumerate(rows) if r[0] == "主担当なし")
    none_item = table.item(none_row, 1)
    assert none_item is not None
    assert none_item.data(FILTER_ROLE) is None
    assert none_item.toolTip() == "この行からはケースの一覧を開けません。"
    with qtbot.assertNotEmitted(tab.filter_requested):
        table.itemActivated.emit(none_item)


def test_the_monthly_total_spans_the_year(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, cases: dict[str, int]
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    table = tab.panels["monthly"].table
    total = table.item(table.rowCount() - 1, 2)
    assert total is not None
    flt = total.data(FILTER_ROLE)
    assert isinstance(flt, CaseFilter)
    year = tab.dashboard.fiscal_year if tab.dashboard else 0
    assert (flt.opened_from, flt.opened_until) == (dt.date(year, 4, 1), dt.date(year + 1, 3, 31))


def test_fits_the_window_and_scrolls_only_downwards(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, cases: dict[str, int]
) -> None:
    """At 1280×800 no panel is squeezed below its size, and nothing scrolls sideways."""
    tab = _tab(qtbot, ctx, supervisor)
    # Laid out at once (no event needed): the panels grow with the figures just shown.
    assert tab.body.height() >= tab.body.minimumSizeHint().height()
    assert not tab.scrollArea.horizontalScrollBar().isVisible()
    for panel in tab.panels.values():
        assert panel.height() >= panel.minimumSizeHint().height()
        assert panel.chart_view.height() >= panel.chart_view.minimumHeight()
        assert panel.table.width() >= panel.table.horizontalHeader().length()


def test_a_refusal_is_shown_in_the_tab(
    qtbot: QtBot, ctx: AppContext, admin: Principal, latin: Callable[..., list[str]]
) -> None:
    """A role that may not read cases gets the Japanese refusal, not a crash."""
    tab = DashboardTab(ctx.dashboard, admin)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    qtbot.waitUntil(tab.messageLabel.isVisible, timeout=10_000)
    assert "権限" in tab.messageLabel.text()
    assert latin(tab.messageLabel.text()) == []
    assert tab.reloadButton.isEnabled()


def test_tables_pass_the_model_tester(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    cases: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    for name in PANELS:
        qtmodeltester.check(tab.panels[name].table.model())


def test_long_chart_labels_go_on_two_lines() -> None:
    assert wrap_label("相談受付") == "相談受付"
    assert wrap_label("本人同意なし(支援会議)") == "本人同意なし<br>(支援会議)"
    assert wrap_label("確認予定日を過ぎたケース") == "確認予定日を<br>過ぎたケース"
    assert wrap_label("課題分析・振り分け") == "課題分析・<br>振り分け"
    assert wrap_label("あいうえおかきくけこさしすせそ") == "あいうえおかき<br>くけこさしすせそ"
    assert wrap_label("A<B") == "A&lt;B"


def test_english_chart_labels_wrap_at_spaces() -> None:
    assert wrap_label("Intake") == "Intake"
    assert wrap_label("Support in progress") == "Support in<br>progress"
    assert wrap_label("Accompanied referral and handover") == (
        "Accompanied<br>referral and<br>handover"
    )
    assert wrap_label("Not confirmed") == "Not<br>confirmed"
    assert wrap_label("Overdue referral checks & more") == (
        "Overdue<br>referral<br>checks &amp;<br>more"
    )


def test_a_long_category_does_not_push_the_table_out(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """The category column is capped (English labels are long); the whole text is the tip."""
    tab = _tab(qtbot, ctx, supervisor)
    panel = tab.panels["stages"]
    figure = panel.figure
    assert figure is not None
    long = "A very long English category label that would not fit beside the chart"
    tab._fill(panel, dataclasses.replace(figure, categories=(long, *figure.categories[1:])))
    table = panel.table
    assert table.horizontalHeader().sectionSize(0) == dashboard_tab._FIRST_COLUMN_MAX
    assert table.item(0, 0).toolTip().startswith(long)
    # The next fill measures again.
    tab._fill(panel, figure)
    assert table.horizontalHeader().sectionSize(0) < dashboard_tab._FIRST_COLUMN_MAX
