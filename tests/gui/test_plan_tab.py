"""The 支援計画 tab: drafting with two rows, a refused field, submit, revise, compare, print."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, ConsentStatus, PlanStatus, label
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.gui.plan_tab import CompareDialog, PlanTab
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent, Case, SupportPlan

Ime = Callable[[QWidget, str], None]


@pytest.fixture
def case_id(supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """A case of 山田 花子 with recorded consent."""
    return case_factory(supervisor, consent=ConsentStatus.GIVEN)


def open_view(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> CaseView:
    view = CaseView(
        ctx.cases,
        principal,
        case_id,
        reference=ctx.reference,
        drafts=ctx.drafts,
        plans=ctx.plans,
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = view.plan_tab
    assert tab is not None
    with qtbot.waitSignal(tab.versions_loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentWidget(view.ui.planTab)
    return view


def open_tab(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> PlanTab:
    tab = PlanTab(ctx.plans, ctx.reference, principal, case_id, drafts=ctx.drafts)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    with qtbot.waitSignal(tab.versions_loaded, timeout=10_000):
        tab.set_case(ctx.cases.get(principal, case_id))
    return tab


def choose(combo: QWidget, data: object) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def line(tab: PlanTab, row: int, name: str) -> QLineEdit:
    widget = tab.item_widgets(row)[name]
    assert isinstance(widget, QLineEdit)
    return widget


def decide(ctx: AppContext, case_id: int) -> None:
    """What a meeting's 了承 does (the meetings service, outside this tab)."""
    with ctx.db.write() as s:
        plan = s.scalars(select(SupportPlan).where(SupportPlan.case_id == case_id)).one()
        plan.status = str(PlanStatus.DECIDED)
        s.get_one(Case, case_id).stage = str(CaseStage.SERVICE)


def answer(box: object, role_text: str) -> None:
    buttons = [b for b in box.buttons() if b.text() == role_text]  # type: ignore[attr-defined]
    assert buttons, role_text
    buttons[0].click()


def test_draft_refuse_submit_revise_compare_and_print(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_id: int,
    ime: Ime,
    latin: Callable[..., list[str]],
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = view.plan_tab
    assert tab is not None
    assert tab.versionList.count() == 0
    assert "まだ作成されていません" in tab.viewer.toPlainText()
    assert not tab.printButton.isEnabled()
    assert tab.newButton.text() == "新しい版を作成(&N)"

    # The first plan: a draft opens in the editor, the case moves to 支援計画案.
    with qtbot.waitSignals([tab.editor_opened, view.loaded], timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    assert tab.is_editing()
    assert view.ui.stageValue.text() == label(CaseStage.PLAN_DRAFT)
    ime(tab.wishesEdit, "母とこの家で暮らし続けたい。")
    ime(tab.goalEdit, "家計を立て直し、安心して暮らす。")
    qtbot.mouseClick(tab.addItemButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.addItemButton, Qt.MouseButton.LeftButton)
    assert tab.itemsTable.rowCount() == 2
    choose(tab.item_widgets(0)["issue_code"], "poverty")
    ime(line(tab, 0, "goal"), "家計の見通しを立てる")
    ime(line(tab, 0, "action"), "家計表を一緒に作る")
    choose(tab.item_widgets(0)["funding_programme_code"], "household_budget_support")
    ime(line(tab, 1, "action"), "ハローワークに同行する")

    # The second row has no goal: refused, named, focused, nothing lost.
    with qtbot.waitSignal(tab.save_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("2行目の目標：")
    assert line(tab, 1, "goal").property("invalid")
    assert tab.is_editing()
    assert tab.wishesEdit.toPlainText() == "母とこの家で暮らし続けたい。"
    assert line(tab, 1, "action").text() == "ハローワークに同行する"

    ime(line(tab, 1, "goal"), "就労先を見つける")
    agency = tab.item_widgets(1)["responsible_agency_id"]
    assert isinstance(agency, QComboBox)
    assert agency.count() > 1
    agency.setCurrentIndex(1)
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert not tab.is_editing()
    text = tab.viewer.toPlainText()
    assert "母とこの家で暮らし続けたい。" in text
    assert "家計表を一緒に作る" in text
    assert "家計改善支援事業" in text

    # Submit to the meeting: asked first; the case moves to 支援調整会議.
    qtbot.waitUntil(tab.submitButton.isEnabled, timeout=10_000)
    qtbot.mouseClick(tab.submitButton, Qt.MouseButton.LeftButton)
    assert tab.confirm_box is not None
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        answer(tab.confirm_box, "提出する")
    qtbot.waitUntil(
        lambda: view.ui.stageValue.text() == label(CaseStage.COORDINATION), timeout=10_000
    )
    assert tab.shown is not None
    assert tab.shown.status is PlanStatus.SUBMITTED
    assert not tab.editButton.isEnabled()
    assert tab.withdrawButton.isEnabled()

    assert tab.messageLabel.text() == "第1版は「会議提出」になりました。"

    # The meeting decides; a revision copies the plan and changes one row.
    decide(ctx, case_id)
    with qtbot.waitSignal(tab.versions_loaded, timeout=10_000):
        view.load()
    # What was said of version 1 is no longer true once the reload shows it decided.
    qtbot.waitUntil(lambda: tab.messageLabel.text() == "", timeout=10_000)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    assert tab.itemsTable.rowCount() == 2
    assert line(tab, 0, "goal").text() == "家計の見通しを立てる"
    line(tab, 1, "action").clear()
    ime(line(tab, 1, "action"), "求人票を一緒に読む")
    tab.itemsTable.setCurrentCell(1, 1)
    qtbot.mouseClick(tab.upButton, Qt.MouseButton.LeftButton)
    assert line(tab, 0, "goal").text() == "就労先を見つける"
    with qtbot.waitSignals([tab.saved, tab.versions_loaded], timeout=10_000):
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert tab.versionList.count() == 2
    assert tab.versionList.item(0).text().startswith("第2版")

    # Compare the two versions: the changed row is shown highlighted.
    qtbot.waitUntil(tab.compareButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.compare_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.compareButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, CompareDialog)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
    diff = dialog.comparison
    assert diff is not None
    assert (diff.plan_no_a, diff.plan_no_b) == (1, 2)
    assert [c.kind for c in diff.items] == ["changed"]
    compare_text = dialog.browser.toPlainText()
    assert "求人票を一緒に読む" in compare_text
    assert "ハローワークに同行する" in compare_text
    assert "#fff3c4" in dialog.browser.toHtml()

    # No English on the Japanese screens (staff names of the test accounts aside).
    texts: list[str] = [dialog.windowTitle(), compare_text]
    for widget in (*tab.findChildren(QWidget), *dialog.findChildren(QWidget)):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
            texts.append(widget.toolTip())
    for column in range(tab.itemsTable.columnCount()):
        texts.append(tab.itemsTable.horizontalHeaderItem(column).text())
    texts.extend(tab.versionList.item(i).text() for i in range(tab.versionList.count()))
    texts.append(tab.viewer.toPlainText())
    english = [w for t in texts for w in latin(t, also_allowed=("sato",))]
    assert not english
    dialog.close()

    # Print the shown version: the preview opens and the build is audited.
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as previewed:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    preview = previewed.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count() >= 1
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
        assert event.entity == "support_plan"
        assert event.detail == {"form": "support_plan"}
    preview.close()


def test_submitting_without_consent_is_refused(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    no_consent = case_factory(supervisor)
    tab = open_tab(qtbot, ctx, supervisor, no_consent)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    ime(tab.goalEdit, "暮らしを立て直す")
    tab.add_item()
    ime(line(tab, 0, "goal"), "家計を整える")
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.submitButton.isEnabled, timeout=10_000)
    tab.submit()
    assert tab.confirm_box is not None
    with qtbot.waitSignal(tab.action_failed, timeout=10_000) as failed:
        answer(tab.confirm_box, "提出する")
    assert "同意" in failed.args[0]
    assert "支援会議" in failed.args[0]
    assert tab.messageLabel.text() == failed.args[0]


def test_the_editor_is_autosaved_and_restored(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    tab = open_tab(qtbot, ctx, supervisor, case_id)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    ime(tab.wishesEdit, "ひとりで暮らしたい")
    tab.add_item()
    ime(line(tab, 0, "goal"), "住まいを探す")
    with qtbot.waitSignal(tab.draft_saved, timeout=10_000):
        tab.autosave()
    assert ctx.drafts.load(supervisor, "support_plan", str(case_id)) is not None
    tab.close()  # e.g. the case tab was closed, or the program crashed

    again = open_tab(qtbot, ctx, supervisor, case_id)
    qtbot.waitUntil(again.editButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(again.editor_opened, timeout=10_000):
        qtbot.mouseClick(again.editButton, Qt.MouseButton.LeftButton)
    assert again.wishesEdit.toPlainText() == "ひとりで暮らしたい"
    assert line(again, 0, "goal").text() == "住まいを探す"
    assert "復元" in again.messageLabel.text()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        qtbot.mouseClick(again.saveButton, Qt.MouseButton.LeftButton)
    assert ctx.drafts.load(supervisor, "support_plan", str(case_id)) is None


def test_cancelling_a_changed_editor_asks_first(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    tab = open_tab(qtbot, ctx, supervisor, case_id)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)  # unchanged: no question
    assert not tab.is_editing()
    assert tab.discard_box is None
    qtbot.waitUntil(tab.editButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.editButton, Qt.MouseButton.LeftButton)
    ime(tab.goalEdit, "書きかけ")
    with qtbot.waitSignal(tab.discard_asked, timeout=10_000) as asked:
        qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)
    assert tab.is_editing()
    answer(asked.args[0], "破棄する")
    assert not tab.is_editing()


def test_a_closed_case_can_only_be_read_and_printed(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    ctx.plans.new_version(supervisor, case_id)
    with ctx.db.write() as s:
        s.get_one(Case, case_id).stage = str(CaseStage.CLOSED)
    tab = open_tab(qtbot, ctx, supervisor, case_id)
    qtbot.waitUntil(lambda: tab.shown is not None, timeout=10_000)
    qtbot.waitUntil(tab.printButton.isEnabled, timeout=10_000)
    for button in (
        tab.newButton,
        tab.editButton,
        tab.submitButton,
        tab.withdrawButton,
        tab.endButton,
        tab.clientButton,
    ):
        assert not button.isEnabled(), button.objectName()
    assert "終結" in tab.newButton.toolTip()
