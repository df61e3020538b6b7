"""The 経過確認と評価 tab: the plan in force, the review form, decisions, overdue badge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Achievement, CaseStage, MonitoringDecision, PlanStatus
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.monitoring_tab import MonitoringTab, ReviewDialog
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import Case, PlanItem, SupportPlan

Ime = Callable[[QWidget, str], None]
Latin = Callable[..., list[str]]
STAFF_NAMES = ("sato", "suzuki", "admin")


def decided_plan(ctx: AppContext, case_id: int) -> tuple[int, list[int]]:
    """A decided plan with two items, written directly (no plan service needed)."""
    with ctx.db.write() as s:
        plan = SupportPlan(
            case_id=case_id,
            plan_no=1,
            status=str(PlanStatus.DECIDED),
            overall_goal="母と息子が安心して暮らせる",
            decided_on=dt.date(2025, 7, 15),
            next_review_on=dt.date(2025, 9, 15),
        )
        s.add(plan)
        s.flush()
        items = [
            PlanItem(plan_id=plan.id, sort_order=0, goal="介護保険サービスを使い始める"),
            PlanItem(plan_id=plan.id, sort_order=1, goal="家計を立て直す", frequency="月1回"),
        ]
        s.add_all(items)
        s.flush()
        s.get_one(Case, case_id).stage = str(CaseStage.SERVICE)
        return plan.id, [i.id for i in items]


@pytest.fixture
def case_id(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    return case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))


def open_view(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> CaseView:
    view = CaseView(
        ctx.cases,
        principal,
        case_id,
        reference=ctx.reference,
        closures=ctx.closures,
        agencies=ctx.agencies,
        monitoring=ctx.monitoring,
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = tab_of(view)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentWidget(view.ui.monitoringTab)
    return view


def tab_of(view: CaseView) -> MonitoringTab:
    assert view.monitoring_tab is not None
    return view.monitoring_tab


def open_review(qtbot: QtBot, tab: MonitoringTab) -> ReviewDialog:
    assert tab.recordButton.isVisible()
    assert tab.recordButton.isEnabled()
    with qtbot.waitSignal(tab.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.recordButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ReviewDialog)
    return dialog


def save_and_reload(qtbot: QtBot, view: CaseView, button: QAbstractButton) -> None:
    with qtbot.waitSignals([view.loaded, tab_of(view).loaded], timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return texts


def no_english(latin: Latin, texts: list[str]) -> None:
    english = [w for t in texts for w in latin(t, also_allowed=STAFF_NAMES)]
    assert not english, english


def stage_of(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def test_a_review_that_revises_the_plan_sends_the_case_back_to_plan_draft(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime, latin: Latin
) -> None:
    plan_id, items = decided_plan(ctx, case_id)
    ctx.monitoring.schedule(supervisor, case_id, dt.date.today().isoformat())
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.planTable.rowCount() == 2
    assert tab.planTable.item(1, 2).text() == "家計を立て直す"
    assert "予定" in tab.dueLabel.text()
    assert not view.monitoringBadge.isVisible()
    no_english(latin, visible_texts(tab))

    dialog = open_review(qtbot, tab)
    no_english(latin, visible_texts(dialog))
    dialog.set_achievement(items[0], Achievement.ACHIEVED)
    ime(dialog.commentEdits[items[0]], "デイサービスに週2回通い始めた")
    dialog.choose(MonitoringDecision.REVISE)
    assert "支援計画案" in dialog.decisionHelp.text()
    assert not dialog.nextEdit.isEnabled()
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert "家計を立て直す" in failed.args[0]
    assert "家計を立て直す" in dialog.messageLabel.text()

    dialog.set_achievement(items[1], Achievement.NOT_ACHIEVED)
    ime(dialog.deliveryEdit, "包括がケアプランを調整中")
    ime(dialog.adviceEdit, "家計の見直しを計画に加える")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()

    assert stage_of(ctx, case_id) is CaseStage.PLAN_DRAFT
    assert view.detail is not None
    assert view.detail.stage is CaseStage.PLAN_DRAFT
    with ctx.db.read() as s:
        assert s.get_one(SupportPlan, plan_id).status == PlanStatus.UNDER_REVIEW
    qtbot.waitUntil(lambda: "支援計画案" in tab.messageLabel.text(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.reviewTable.rowCount() == 1, timeout=10_000)
    assert tab.reviewTable.item(0, 2).text() == "見直し"
    assert "デイサービス" in tab.reviewBrowser.toPlainText()
    assert not tab.recordButton.isEnabled()
    no_english(latin, visible_texts(tab))


def test_the_overdue_badge_shows_before_the_monitoring_tab_is_built(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    """The stage tabs are built when first shown; the header's badge does not wait for it."""
    decided_plan(ctx, case_id)
    ctx.monitoring.schedule(supervisor, case_id, "2025-09-15")  # long past
    view = CaseView(ctx.cases, supervisor, case_id, monitoring=ctx.monitoring, load_now=True)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.monitoringBadge.isVisible, timeout=10_000)
    assert view.ui.monitoringLayout.count() == 1  # the tab's screen is still not built


def test_an_overdue_review_is_badged_and_continuing_schedules_the_next(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, latin: Latin
) -> None:
    _plan, items = decided_plan(ctx, case_id)
    ctx.monitoring.schedule(supervisor, case_id, "2025-09-15")  # long past
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    qtbot.waitUntil(view.monitoringBadge.isVisible, timeout=10_000)
    assert view.monitoringBadge.text() == "経過確認 期限超過"
    assert "期限を過ぎて" in tab.dueLabel.text()
    dialog = open_review(qtbot, tab)
    for item_id in items:
        dialog.set_achievement(item_id, Achievement.PARTLY)
    dialog.choose(MonitoringDecision.CONTINUE)
    assert dialog.nextEdit.isEnabled()
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert "次回の経過確認日" in failed.args[0]
    next_on = dt.date.today() + dt.timedelta(days=90)
    dialog.nextEdit.setText(next_on.isoformat())
    save_and_reload(qtbot, view, dialog.saveButton)
    qtbot.waitUntil(lambda: not view.monitoringBadge.isVisible(), timeout=10_000)
    assert stage_of(ctx, case_id) is CaseStage.MONITORING
    qtbot.waitUntil(tab.recordButton.isEnabled, timeout=10_000)
    overview = tab.overview
    assert overview is not None
    assert overview.pending is not None
    assert overview.pending.due_on == next_on
    no_english(latin, [view.monitoringBadge.toolTip(), *visible_texts(tab)])


def test_a_plan_without_a_review_can_be_scheduled_and_ending_the_support_says_what_is_left(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    _plan, items = decided_plan(ctx, case_id)
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.scheduleButton.isVisible()
    assert not tab.recordButton.isEnabled()
    tab.scheduleEdit.setText(dt.date.today().isoformat())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(tab.scheduleButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.recordButton.isEnabled, timeout=10_000)
    assert not tab.scheduleButton.isVisible()
    dialog = open_review(qtbot, tab)
    for item_id in items:
        dialog.set_achievement(item_id, Achievement.ACHIEVED)
    dialog.choose(MonitoringDecision.CLOSE)
    save_and_reload(qtbot, view, dialog.saveButton)
    qtbot.waitUntil(lambda: "終結タブ" in tab.messageLabel.text(), timeout=10_000)
    assert stage_of(ctx, case_id) is CaseStage.MONITORING
    assert not view.closedBadge.isVisible()


def test_a_closed_case_shows_its_reviews_read_only(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, latin: Latin
) -> None:
    decided_plan(ctx, case_id)
    ctx.monitoring.schedule(supervisor, case_id, "2025-09-15")
    with ctx.db.read() as s:
        version = s.get_one(Case, case_id).version
    ctx.closures.request(
        supervisor, case_id, ClosureInput("moved", "2025-09-30", "市外へ転居した。"), version
    )
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    qtbot.waitUntil(view.closedBadge.isVisible, timeout=10_000)
    assert tab.closedLabel.isVisible()
    assert not tab.recordButton.isEnabled()
    assert not view.monitoringBadge.isVisible()
    texts: list[Any] = [view.closedBadge.text(), *visible_texts(tab)]
    no_english(latin, texts)
