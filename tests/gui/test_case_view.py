"""The case view: header, stage bar, the 基本情報・世帯 tab, every stage tab and the timeline."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal

PLACEHOLDER = "この画面は次の版で作成します。現在は基本情報・世帯タブで内容を確認できます。"


@pytest.fixture
def view(qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]) -> CaseView:
    """The case of 髙橋 健一, opened from the main window."""
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        opened = main_window.open_case(three_cases["髙橋"])
    return opened


def test_header_names_the_client(view: CaseView) -> None:
    """The header shows name, kana, age, case number, stage, lead worker and consent."""
    ui = view.ui
    assert ui.nameLabel.text() == "髙橋\u3000健一"
    assert ui.kanaLabel.text() == "タカハシ\u3000ケンイチ"
    assert ui.ageLabel.text().endswith("歳")
    assert ui.caseNumberLabel.text().startswith("受付番号 R7-")
    assert "受付日 令和7年7月1日" in ui.caseNumberLabel.text()
    assert ui.stageValue.text() == "相談受付"
    assert ui.leadValue.text() == "sato 職員"
    assert ui.consentValue.text() == "未確認"
    assert ui.complexLabel.isVisible()
    assert not ui.restrictedLabel.isVisible()


def test_basic_tab_shows_client_household_and_slips(view: CaseView) -> None:
    """The first tab works: client details, household members, the contact slip."""
    ui = view.ui
    assert ui.stageTabs.currentIndex() == 0
    assert ui.stageTabs.tabText(0) == "基本情報・世帯"
    assert ui.birthValue.text().startswith("昭和50年(1975年)1月20日")
    assert ui.phoneValue.text() == "03-1234-5678"
    assert ui.flagsValue.text() == "複合的課題"
    assert ui.membersTable.rowCount() == 1
    assert ui.membersTable.item(0, 1).text() == "髙橋\u3000健一"
    assert ui.slipsTable.rowCount() == 1
    assert ui.slipsTable.item(0, 4).text() == "失業して家賃を滞納している。"
    assert "支援経過の記録はまだありません" in ui.notesBrowser.toPlainText()


def test_every_stage_tab_holds_its_working_screen(qtbot: QtBot, view: CaseView) -> None:
    """Each stage has its screen (no placeholder is left), the timeline comes last."""
    tabs = view.ui.stageTabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == [
        "基本情報・世帯",
        "連絡票",
        "課題分析・振り分け",
        "同行支援・引継ぎ",
        "支援計画",
        "会議",
        "支援経過",
        "経過確認・評価",
        "終結",
        "時系列",
    ]
    screens = [
        view.assessment_tab,
        view.referral_tab,
        view.plan_tab,
        view.meetings_tab,
        view.notes_tab,
        view.monitoring_tab,
        view.closure_tab,
    ]
    for index, screen in enumerate(screens, start=2):
        assert screen is not None, titles[index]
        assert tabs.widget(index).isAncestorOf(screen), titles[index]
    assert tabs.widget(tabs.count() - 1) is view.timeline_tab
    for index in range(tabs.count()):
        texts = [label.text() for label in tabs.widget(index).findChildren(type(view.ui.nameLabel))]
        assert PLACEHOLDER not in texts, titles[index]


def test_the_stage_bar_and_the_timeline_show_where_the_case_stands(
    qtbot: QtBot, view: CaseView
) -> None:
    """A new case is at 相談受付 on the bar; its contact slip is on the timeline."""
    steps = [step.text() for step in view.stageBar.steps]
    assert steps[:3] == ["相談受付", "課題分析・振り分け", "支援計画案"]
    assert steps[-1] == "終結"
    assert view.stageBar.steps[0].property("stageState") == "current"
    assert view.stageBar.steps[1].property("stageState") == "todo"
    timeline = view.timeline_tab
    assert timeline is not None
    view.ui.stageTabs.setCurrentWidget(timeline)  # its events load when it is first shown
    qtbot.waitUntil(lambda: timeline.table.rowCount() == 1, timeout=10_000)
    assert timeline.table.item(0, 1).text() == "相談受付"
    assert "家賃を滞納" in timeline.table.item(0, 2).text()
    timeline.table.setCurrentCell(0, 2)
    timeline._activate(0)
    assert view.ui.stageTabs.currentWidget() is view.ui.contactSlipTab


def test_case_out_of_scope_shows_the_message(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    new_user: object,
    three_cases: dict[str, int],
) -> None:
    """A case the user may not see shows the service's message, not a crash."""
    assert callable(new_user)
    counselor = new_user("kato", Role.COUNSELOR)
    view = CaseView(ctx.cases, counselor, three_cases["山田"])
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.load_failed, timeout=10_000) as blocker:
        view.load()
    assert view.ui.statusLabel.text() == blocker.args[0]
    assert not view.ui.stageTabs.isEnabled()
    assert view.detail is None


def test_stage_tabs_are_built_when_first_shown(qtbot: QtBot, view: CaseView) -> None:
    """Opening a case builds the header and the first tabs; a stage's screen (and its
    records) comes when its tab is first shown, with the case already on it."""
    ui = view.ui
    for page in (ui.assessmentTab, ui.planTab, ui.progressTab, ui.closureTab):
        assert page.layout().count() == 1, page.objectName()  # only the title so far
    ui.stageTabs.setCurrentWidget(ui.planTab)
    assert ui.planLayout.count() == 2
    plan = view.plan_tab
    assert plan is not None
    assert ui.planTab.isAncestorOf(plan)
    assert ui.assessmentLayout.count() == 1  # the others are still not built
    notes = view.notes_tab  # asking for a screen builds it too
    assert notes is not None
    assert ui.progressTab.isAncestorOf(notes)
    assert view.notes_tab is notes  # built once
