"""The 課題分析・振り分け tab: history, the editor and its rules, re-assessment, print."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, Role, TriageDecision, label
from welfaredesk.gui.assessment_tab import AssessmentTab
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import MemberInput
from welfaredesk.storage.orm import Assessment, AuditEvent

Ime = Callable[[QWidget, str], None]


@pytest.fixture
def coordinator(new_user: Callable[..., Principal]) -> Principal:
    """A 相談支援包括化推進員 (the proposed lead of a complex case)."""
    return new_user("kimura", Role.COORDINATOR)


@pytest.fixture
def case_id(supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """A complex case of 山田 花子 with her son 山田 一郎 in the household."""
    return case_factory(
        supervisor,
        complex_needs=True,
        members=(
            MemberInput(
                relation_code="child",
                family_name="山田",
                given_name="一郎",
                family_kana="ヤマダ",
                given_kana="イチロウ",
            ),
        ),
    )


def open_view(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> CaseView:
    view = CaseView(
        ctx.cases,
        principal,
        case_id,
        forms=ctx.forms,
        assessments=ctx.assessments,
        reference=ctx.reference,
    )
    qtbot.addWidget(view)
    view.resize(1280, 860)
    view.show()
    tab = view.assessment_tab
    assert tab is not None
    with qtbot.waitSignal(tab.history_loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentIndex(2)
    return view


def open_editor(qtbot: QtBot, tab: AssessmentTab) -> None:
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    assert tab.is_editing()


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def assessments(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(Assessment)) or 0


def test_assess_refuse_without_reason_save_reassess_and_print(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    coordinator: Principal,
    case_id: int,
    ime: Ime,
    latin: Callable[..., list[str]],
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = view.assessment_tab
    assert tab is not None
    assert view.ui.stageValue.text() == "相談受付"
    assert tab.historyList.count() == 0
    assert "まだ記録されていません" in tab.viewer.toPlainText()
    assert not tab.printButton.isEnabled()

    open_editor(qtbot, tab)
    # Coordinators first, marked as proposed; the current lead is chosen.
    assert tab.leadCombo.itemText(1) == "kimura 職員（相談支援包括化推進員）（推奨）"
    assert tab.leadCombo.currentData() == supervisor.user_id
    assert tab.complexCheck.isChecked()
    assert tab.dateEdit.text().startswith("令和")

    # Two issues: the client's and her son's.
    detail = view.detail
    assert detail is not None
    son = next(m for m in detail.members if m.name.endswith("一郎"))
    client = next(m for m in detail.members if m.relation == "本人")
    qtbot.mouseClick(tab.addItemButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.addItemButton, Qt.MouseButton.LeftButton)
    assert tab.itemsTable.rowCount() == 2
    person, category, source, note = tab.item_widgets(0)
    choose(person, client.person_id)
    choose(category, "dementia")
    ime(note, "物忘れが増えた")
    person, category, source, note = tab.item_widgets(1)
    choose(person, son.person_id)
    choose(category, "parent_care")
    choose(source, "family")
    ime(note, "介護疲れが強い")
    ime(tab.strengthsEdit, "近所に頼れる友人がいる。")
    choose(tab.urgencyCombo, "high")
    choose(tab.triageCombo, str(TriageDecision.PLAN))
    ime(tab.triageReasonEdit, "複数の課題が重なっているため。")

    # A non-coordinator lead of a complex case needs a reason: refused, nothing lost.
    choose(tab.leadCombo, counselor.user_id)
    assert tab.lead_reason_required()
    assert tab.leadReasonEdit.isVisible()
    assert tab.leadReasonLabel.text() == "主担当を推進員以外にする理由（必須）"
    with qtbot.waitSignal(tab.save_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("主担当を推進員以外にする理由：")
    assert tab.messageLabel.text() == blocker.args[0]
    assert tab.leadReasonEdit.property("invalid")
    assert assessments(ctx) == 0
    assert tab.is_editing()
    assert tab.strengthsEdit.toPlainText() == "近所に頼れる友人がいる。"
    assert tab.item_widgets(1)[3].text() == "介護疲れが強い"
    assert tab.itemsTable.rowCount() == 2

    # With the reason it saves; the case view reloads with the new stage and lead.
    ime(tab.leadReasonEdit, "推進員が長期休暇のため。")
    with qtbot.waitSignals([view.loaded, tab.history_loaded], timeout=10_000):
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert not tab.is_editing()
    assert assessments(ctx) == 1
    assert view.ui.stageValue.text() == label(CaseStage.PLAN_DRAFT)
    assert view.ui.leadValue.text() == counselor.display_name
    assert tab.historyList.count() == 1
    assert tab.messageLabel.isVisible()  # the triage notice, if any, or nothing
    first_text = tab.viewer.toPlainText()
    assert "近所に頼れる友人がいる。" in first_text
    assert "介護疲れが強い" in first_text

    # A re-assessment starts from the latest version.
    open_editor(qtbot, tab)
    assert tab.itemsTable.rowCount() == 2
    assert tab.item_widgets(1)[0].currentData() == son.person_id
    assert tab.strengthsEdit.toPlainText() == "近所に頼れる友人がいる。"
    assert tab.leadCombo.currentData() == counselor.user_id
    assert tab.leadReasonEdit.toPlainText() == "推進員が長期休暇のため。"
    tab.strengthsEdit.clear()
    ime(tab.strengthsEdit, "長男が協力的になった。")
    with qtbot.waitSignal(tab.history_loaded, timeout=10_000):
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert assessments(ctx) == 2
    assert tab.historyList.count() == 2
    assert tab.historyList.item(0).text().startswith("第2回")
    assert tab.historyList.item(1).text().startswith("第1回")

    # The first version is unchanged.
    with qtbot.waitSignal(tab.version_shown, timeout=10_000) as shown:
        tab.historyList.setCurrentRow(1)
    first = shown.args[0]
    assert first.sequence == 1
    assert first.strengths == "近所に頼れる友人がいる。"
    assert len(first.items) == 2
    assert "近所に頼れる友人がいる。" in tab.viewer.toPlainText()

    # No English on the Japanese screen (staff names of the test accounts aside).
    texts: list[str] = []
    for widget in tab.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
    for combo in (tab.urgencyCombo, tab.triageCombo, *tab.item_widgets(0)[:3]):
        texts.extend(combo.itemText(i) for i in range(combo.count()))
    for column in range(tab.itemsTable.columnCount()):
        texts.append(tab.itemsTable.horizontalHeaderItem(column).text())
    texts.append(tab.viewer.toPlainText())
    english = [w for t in texts for w in latin(t, also_allowed=("sato", "suzuki", "kimura"))]
    assert not english

    # Print the shown version: the preview opens and the build is audited.
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() >= 1
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
        assert event.entity == "assessment"
        assert event.detail == {"form": "assessment_sheet"}
    dialog.close()


def test_a_field_error_names_the_field_and_keeps_the_form(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = view.assessment_tab
    assert tab is not None
    open_editor(qtbot, tab)
    tab.dateEdit.clear()
    qtbot.keyClicks(tab.dateEdit, "2999-01-01")
    ime(tab.summaryEdit, "まとめの文章。")
    with qtbot.waitSignal(tab.save_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("課題分析日")
    assert tab.dateEdit.property("invalid")
    assert tab.summaryEdit.toPlainText() == "まとめの文章。"
    assert assessments(ctx) == 0
    # What was typed is not thrown away without asking.
    with qtbot.waitSignal(tab.discard_asked, timeout=5_000):
        qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)
    assert tab.is_editing()
    assert tab.discard_box is not None
    tab.discard_box.reject()
    assert tab.summaryEdit.toPlainText() == "まとめの文章。"


def test_roles_without_edit_rights_get_no_editor(
    qtbot: QtBot, ctx: AppContext, new_user: Callable[..., Principal], case_id: int
) -> None:
    """A role that may not edit cases (here the secretariat) is offered no editor."""
    secretariat = new_user("ito", Role.SECRETARIAT)
    tab = AssessmentTab(ctx.assessments, ctx.reference, secretariat, case_id, forms=ctx.forms)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.newButton.isHidden()
    tab.new_assessment()
    assert not tab.is_editing()


def open_tab_with_drafts(
    qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int
) -> AssessmentTab:
    tab = AssessmentTab(
        ctx.assessments, ctx.reference, principal, case_id, forms=ctx.forms, drafts=ctx.drafts
    )
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    with qtbot.waitSignal(tab.history_loaded, timeout=10_000):
        tab.set_case(ctx.cases.get(principal, case_id))
    return tab


def test_the_editor_is_autosaved_and_restored_after_the_tab_is_lost(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    tab = open_tab_with_drafts(qtbot, ctx, supervisor, case_id)
    open_editor(qtbot, tab)
    ime(tab.strengthsEdit, "近所に頼れる友人がいる")
    with qtbot.waitSignal(tab.draft_saved, timeout=10_000):
        tab.autosave()
    assert ctx.drafts.load(supervisor, "assessment", str(case_id)) is not None
    tab.close()  # e.g. the case tab was closed, or the program crashed

    again = open_tab_with_drafts(qtbot, ctx, supervisor, case_id)
    open_editor(qtbot, again)
    assert "近所に頼れる友人がいる" in again.strengthsEdit.toPlainText()
    assert "復元" in again.messageLabel.text()
    choose(again.triageCombo, None)
    again.complexCheck.setChecked(False)  # so the supervisor may stay the lead
    with qtbot.waitSignal(again.saved, timeout=10_000):
        qtbot.mouseClick(again.saveButton, Qt.MouseButton.LeftButton)
    # Saving removed the draft in the same unit of work.
    assert ctx.drafts.load(supervisor, "assessment", str(case_id)) is None


def test_cancelling_a_changed_editor_asks_and_discards_the_draft(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    tab = open_tab_with_drafts(qtbot, ctx, supervisor, case_id)
    open_editor(qtbot, tab)
    qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)  # unchanged: no question
    assert not tab.is_editing()
    assert tab.discard_box is None

    open_editor(qtbot, tab)
    ime(tab.riskEdit, "夜間の徘徊")
    with qtbot.waitSignal(tab.draft_saved, timeout=10_000):
        tab.autosave()
    with qtbot.waitSignal(tab.discard_asked, timeout=5_000):
        qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)
    box = tab.discard_box
    assert box is not None
    assert "保存されていません" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "入力を続ける")
    keep.click()
    assert tab.is_editing()
    assert "夜間の徘徊" in tab.riskEdit.toPlainText()

    with qtbot.waitSignal(tab.discard_asked, timeout=5_000):
        qtbot.mouseClick(tab.cancelButton, Qt.MouseButton.LeftButton)
    box = tab.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "破棄する")
    discard.click()
    assert not tab.is_editing()
    qtbot.waitUntil(
        lambda: ctx.drafts.load(supervisor, "assessment", str(case_id)) is None, timeout=5_000
    )


def test_a_closed_case_offers_no_new_assessment(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    from welfaredesk.storage.orm import Case

    with ctx.db.write() as s:
        s.get_one(Case, case_id).stage = str(CaseStage.CLOSED)
    tab = open_tab_with_drafts(qtbot, ctx, supervisor, case_id)
    assert not tab.newButton.isEnabled()
    assert "再開" in tab.newButton.toolTip()


def test_an_unsaved_assessment_is_offered_back_when_the_program_starts(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    from welfaredesk.gui.main_window import MainWindow

    ctx.drafts.save(supervisor, "assessment", str(case_id), {"strengths": "近所に頼れる友人がいる"})
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.drafts_offered, timeout=10_000) as offered:
        window.show()
    box = offered.args[0]
    assert "課題分析" in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "開く")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    view = window.case_views()[0]
    tab = view.assessment_tab
    assert tab is not None
    qtbot.waitUntil(tab.is_editing, timeout=10_000)
    assert view.ui.stageTabs.currentWidget() is view.ui.assessmentTab
    assert tab.strengthsEdit.toPlainText() == "近所に頼れる友人がいる"


def test_complex_needs_is_explained_where_it_is_chosen(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    """The assessment's 複合的課題 says the same as the intake's (one definition)."""
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = view.assessment_tab
    assert tab is not None
    open_editor(qtbot, tab)
    assert tab.complexCheck.toolTip().startswith("複合的課題：")
    assert "支援調整会議" in tab.complexCheck.toolTip()


def test_the_new_button_waits_for_the_pick_lists(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    """A click before the editor's pick-lists arrived did nothing; now it cannot happen."""
    view = CaseView(
        ctx.cases,
        supervisor,
        case_id,
        forms=ctx.forms,
        assessments=ctx.assessments,
        reference=ctx.reference,
    )
    qtbot.addWidget(view)
    view.show()
    tab = view.assessment_tab
    assert tab is not None
    enabled_when_the_case_came: list[bool] = []
    view.loaded.connect(
        lambda _detail: enabled_when_the_case_came.append(tab.newButton.isEnabled())
    )
    with qtbot.waitSignal(tab.history_loaded, timeout=10_000):
        view.load()
    assert enabled_when_the_case_came == [False]  # the case is there, the pick-lists not yet
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)


def test_ticking_complex_needs_marks_the_coordinators_as_proposed(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    coordinator: Principal,
    case_factory: Callable[..., int],
) -> None:
    """The 推奨 mark follows the box in the editor, not only the case's stored flag."""
    plain = case_factory(supervisor, family_name="単純")
    view = open_view(qtbot, ctx, supervisor, plain)
    tab = view.assessment_tab
    assert tab is not None
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=10_000)
    open_editor(qtbot, tab)
    assert not tab.complexCheck.isChecked()
    index = tab.leadCombo.findData(coordinator.user_id)
    assert not tab.leadCombo.itemText(index).endswith("（推奨）")
    tab.complexCheck.setChecked(True)
    assert tab.leadCombo.itemText(index) == "kimura 職員（相談支援包括化推進員）（推奨）"
    own = tab.leadCombo.findData(supervisor.user_id)
    assert not tab.leadCombo.itemText(own).endswith("（推奨）")
    tab.complexCheck.setChecked(False)
    assert not tab.leadCombo.itemText(index).endswith("（推奨）")
