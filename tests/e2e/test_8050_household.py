"""End to end: an 8050 household, from the son's first visit to the handover of his case.

Three people of the desk work on it, each through the widgets of their own main window:

1. The counselor (相談支援員) takes the son's visit with Ctrl+N. The household's phone finds
   his mother, who consulted the desk last year; she is put in the household as herself
   (世帯員として登録), not as a second record. The son agrees to share his information with the
   地域包括支援センター and the ひきこもり支援窓口 and to be discussed at the 支援調整会議.
   The contact slip is printed.
2. The counselor's assessment finds complex needs (複合的課題): the coordinator
   (相談支援包括化推進員) becomes the lead, the counselor the second worker.
3. The coordinator accompanies the mother to the 地域包括支援センター (同行): the referral
   names her, the referral sheet (つなぎシート) is printed, and the centre takes her on.
4. The coordinator drafts the son's support plan, prints it and submits it; at the month's
   支援調整会議 it is approved, which starts the support (支援提供).
5. A home visit is written in the progress record; the monitoring review finds the goals
   reached and proposes to end the support.
6. The coordinator asks to close the case as a handover to the ひきこもり支援窓口; the
   supervisor (主任相談支援員) approves it in 承認・確認待ち; the closure record is printed.

Checked afterwards: the printed forms' text, the database (one record of the mother, the
referral names her, the plan decided, the case closed with its destination), and the audit
trail: who did what, in order, with no names, phone numbers or typed text in its details, and
an unbroken hash chain.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.e2e.widgets import click_row, click_tab
from tests.gui.conftest import type_in_cell
from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    Achievement,
    AgendaDecision,
    AgendaPurpose,
    AuditAction,
    CaseStage,
    MonitoringDecision,
    PlanStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    TriageDecision,
)
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.closure_tab import ClosureTab
from welfaredesk.gui.intake_dialog import IntakeDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.meetings import MeetingsDialog
from welfaredesk.gui.monitoring_tab import ReviewDialog
from welfaredesk.gui.note_dialog import NoteEditorDialog
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.gui.referral_tab import ReferralDialog, StatusDialog
from welfaredesk.services.audit import verify_chain
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import (
    Agency,
    AuditEvent,
    Case,
    Closure,
    HouseholdMember,
    Person,
    ProgressNote,
    Referral,
    SupportPlan,
    Team,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

Ime = Callable[[QWidget, str], None]
TIMEOUT = 15_000

# An obviously fictitious household.
FAMILY, SON, MOTHER = "架空", "一郎", "ハル"
FAMILY_KANA, SON_KANA, MOTHER_KANA = "かくう", "いちろう", "はる"
PHONE = "042-000-8050"
CONCERN = "母の物忘れがひどくなり、自分も長く働けていない。この先の暮らしが不安。"
HOUKATSU = "地域包括支援センター(小金井市)"
HIKIKOMORI = "ひきこもり支援窓口(小金井市)"
REFERRAL_PURPOSE = "母の介護保険の申請と、認知症の受診の相談のため。"
HANDED_OVER = "物忘れの経過と、長男が一人で介護していること。"
PLAN_WISH = "母の介護を続けながら、少しずつ外に出て働けるようになりたい。"
PLAN_GOAL = "母と本人が安心して暮らし、本人が社会とつながる。"
VISIT = "自宅を訪問した。母はデイサービスに通い始め、本人は居場所の見学に行った。"
CLOSING = "ひきこもり支援窓口が本人の支援を続けることになり、引き継いだ。"
# Pieces of personal content that must never appear in an audit event's details.
SECRETS = (
    FAMILY,
    SON,
    MOTHER,
    FAMILY_KANA,
    PHONE,
    "0420008050",
    "物忘れ",
    "介護保険",
    "デイサービス",
    "居場所",
    "引き継いだ",
)


def pdf_text(pdf: Path) -> str:
    """The text of a PDF, without whitespace (pdftotext breaks lines inside table cells)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def check_issue(qtbot: QtBot, dialog: IntakeDialog, code: str) -> None:
    """Tick an issue in the intake's tree with the keyboard (the item, then Space)."""
    tree = dialog.ui.issueTree
    found: list[QTreeWidgetItem] = []

    def walk(item: QTreeWidgetItem) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) == code:
            found.append(item)
        for i in range(item.childCount()):
            child = item.child(i)
            if child is not None:
                walk(child)

    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is not None:
            walk(top)
    assert found, code
    item = found[0]
    parent = item.parent()
    if parent is not None:
        parent.setExpanded(True)
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked


def agency_id(ctx: AppContext, name: str) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.name == name))
    assert found is not None, name
    return found


def open_window(qtbot: QtBot, ctx: AppContext, principal: Principal) -> MainWindow:
    window = MainWindow(ctx, principal)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=TIMEOUT):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    return window


def open_case(qtbot: QtBot, window: MainWindow, case_id: int) -> CaseView:
    """Open the case from the window's case list (its row clicked, then Enter)."""
    model = window.model
    qtbot.waitUntil(
        lambda: any(model.case_id(r) == case_id for r in range(model.rowCount())),
        timeout=TIMEOUT,
    )
    row = next(r for r in range(model.rowCount()) if model.case_id(r) == case_id)
    table = window.ui.caseTable
    click_row(qtbot, table, row, 1)
    with qtbot.waitSignal(window.case_opened, timeout=TIMEOUT):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=TIMEOUT)
    return view


def preview_text(qtbot: QtBot, signal: object, button: QWidget, title: str) -> str:
    """Press a print button; the preview opens; its PDF's text (the preview is closed)."""
    with qtbot.waitSignal(signal, timeout=20_000) as opened:
        click(qtbot, button)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert title in dialog.windowTitle(), dialog.windowTitle()
    assert dialog.page_count() >= 1
    text = pdf_text(dialog.pdf)
    dialog.close()
    return text


# --- 1. the son's visit ---------------------------------------------------------------------


def take_the_sons_visit(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, ime: Ime, mother_id: int
) -> CaseView:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(window.intake_opened, timeout=5000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitSignal(dialog.ready, timeout=TIMEOUT).wait()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    ui = dialog.ui
    choose(ui.channelCombo, "visit")
    choose(ui.consulterTypeCombo, "client")
    ime(ui.familyNameEdit, FAMILY)
    ime(ui.givenNameEdit, SON)
    ime(ui.familyKanaEdit, FAMILY_KANA)
    ime(ui.givenKanaEdit, SON_KANA)
    ui.birthDateEdit.setFocus()
    qtbot.keyClicks(ui.birthDateEdit, "S49.2.1")
    choose(ui.sexCombo, "male")

    # The household's phone finds the mother, who consulted before.
    with qtbot.waitSignal(dialog.candidates_shown, timeout=TIMEOUT) as shown:
        ui.phoneEdit.setFocus()
        qtbot.keyClicks(ui.phoneEdit, PHONE)
    assert shown.args[0] == 1
    candidate = ui.candidateList.item(0)
    assert candidate is not None
    assert f"{FAMILY}\u3000{MOTHER}" in candidate.text()
    assert "電話番号一致" in candidate.text()
    assert "相談中のケースなし" in candidate.text()
    click_row(qtbot, ui.candidateList, 0)
    # He is not her: registering the visit as hers is not what is wanted here.
    click(qtbot, ui.memberLinkButton)
    assert ui.memberTable.rowCount() == 1
    relation = ui.memberTable.cellWidget(0, 0)
    assert isinstance(relation, QComboBox)
    assert dialog.focusWidget() is relation
    choose(relation, "mother")
    name = ui.memberTable.item(0, 1)
    assert name is not None
    assert name.text() == FAMILY
    assert not name.flags() & Qt.ItemFlag.ItemIsEditable
    type_in_cell(qtbot, dialog.ui.memberTable, 0, 7, "認知症、要介護")
    assert dialog.intake_input().members[0].person_id == mother_id
    assert dialog.intake_input().members[0].situation_codes == ("dementia", "long_term_care")
    assert not dialog.ui.linkFrame.isVisible()  # the son is a new person

    ime(ui.concernEdit, CONCERN)
    for code in ("household_8050", "dementia", "social_withdrawal"):
        check_issue(qtbot, dialog, code)
    choose(ui.mostPressingCombo, "household_8050")
    ui.complexNeedsCheck.setFocus()
    qtbot.keyClick(ui.complexNeedsCheck, Qt.Key.Key_Space)
    assert ui.complexNeedsCheck.isChecked()

    # Consent: signed today, to the two agencies and the 支援調整会議.
    choose(ui.consentStatusCombo, "given")
    ui.consentDateEdit.clear()
    ui.consentDateEdit.setFocus()
    qtbot.keyClicks(ui.consentDateEdit, dt.date.today().isoformat())
    choose(ui.consentMethodCombo, "signature")
    listing = ui.consentAgencyList
    listing.setFocus()
    for wanted in (HOUKATSU, HIKIKOMORI):
        row = next(r for r in range(listing.count()) if listing.item(r).text() == wanted)
        listing.setCurrentRow(row)
        qtbot.keyClick(listing, Qt.Key.Key_Space)
    qtbot.keyClick(ui.consentCoordinationCheck, Qt.Key.Key_Space)
    assert ui.consentCoordinationCheck.isChecked()
    choose(ui.firstResponseCombo, "continuing_support")

    with (
        qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved,
        qtbot.waitSignal(window.case_opened, timeout=TIMEOUT),
    ):
        click(qtbot, ui.saveButton)
    assert saved.args[0].new_case
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=TIMEOUT)
    return view


def print_the_contact_slip(qtbot: QtBot, view: CaseView) -> str:
    view.ui.stageTabs.setCurrentWidget(view.ui.contactSlipTab)
    table = view.ui.slipConsultationsTable
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=TIMEOUT)
    click_row(qtbot, table, 0)
    qtbot.waitUntil(view.ui.printSlipButton.isEnabled, timeout=TIMEOUT)
    return preview_text(qtbot, view.preview_opened, view.ui.printSlipButton, "連絡票")


# --- 2. the assessment --------------------------------------------------------------------


def assess(
    qtbot: QtBot,
    view: CaseView,
    ime: Ime,
    counselor: Principal,
    coordinator: Principal,
    mother_id: int,
) -> None:
    tab = view.assessment_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.assessmentTab)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.editor_opened, timeout=TIMEOUT):
        click(qtbot, tab.newButton)
    assert tab.complexCheck.isChecked()  # from the contact slip
    # Complex needs: the coordinators are offered first, marked as proposed.
    proposed = tab.leadCombo.findData(coordinator.user_id)
    assert tab.leadCombo.itemText(proposed).endswith("（推奨）")
    choose(tab.leadCombo, coordinator.user_id)
    assert not tab.lead_reason_required()
    choose(tab.coWorkerCombo, counselor.user_id)
    detail = view.detail
    assert detail is not None
    click(qtbot, tab.addItemButton)
    click(qtbot, tab.addItemButton)
    person, category, _source, note = tab.item_widgets(0)
    choose(person, detail.client_id)
    choose(category, "social_withdrawal")
    ime(note, "十年ほど仕事をしていない")
    person, category, _source, note = tab.item_widgets(1)
    choose(person, mother_id)
    choose(category, "dementia")
    ime(note, "受診していない")
    ime(tab.strengthsEdit, "本人は母の世話を続けたいと思っている。")
    choose(tab.urgencyCombo, "medium")
    choose(tab.triageCombo, str(TriageDecision.PLAN))
    ime(tab.triageReasonEdit, "母の介護と本人の社会参加の課題が重なっているため。")
    with qtbot.waitSignals([view.loaded, tab.history_loaded], timeout=TIMEOUT):
        click(qtbot, tab.saveButton)
    assert view.ui.stageValue.text() == "支援計画案"
    assert view.ui.leadValue.text() == coordinator.display_name


# --- 3. the mother accompanied to the 地域包括支援センター ------------------------------


def accompany_the_mother(
    qtbot: QtBot, view: CaseView, ime: Ime, coordinator: Principal
) -> tuple[str, str]:
    tab = view.referral_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.referralTab)
    qtbot.waitUntil(lambda: tab.consent is not None, timeout=TIMEOUT)
    assert tab.consentStatusValue.text().startswith("同意あり")
    with qtbot.waitSignal(tab.dialog_opened, timeout=TIMEOUT) as opened:
        click(qtbot, tab.newButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ReferralDialog)
    mother = dialog.personCombo.findText(f"{FAMILY}\u3000{MOTHER}（母）")
    assert mother > 0
    dialog.personCombo.setCurrentIndex(mother)
    dialog.choose_agency(HOUKATSU)
    assert "同意の範囲" not in dialog.chosenLabel.text()
    choose(dialog.methodCombo, str(ReferralMethod.ACCOMPANIED))
    assert dialog.staff_ids() == (coordinator.user_id,)
    ime(dialog.purposeEdit, REFERRAL_PURPOSE)
    ime(dialog.handedOverEdit, HANDED_OVER)
    with qtbot.waitSignals([view.loaded, tab.loaded], timeout=TIMEOUT):
        click(qtbot, dialog.saveButton)
    assert tab.table.rowCount() == 1
    row = [tab.table.item(0, c).text() for c in range(4)]
    assert row[1] == f"{HOUKATSU}（{FAMILY}\u3000{MOTHER}（母））"
    assert row[2:] == ["同行", "予定"]
    tab.table.selectRow(0)
    sheet = preview_text(qtbot, tab.preview_opened, tab.printButton, "つなぎシート")

    # The visit took place, and the centre took her on: the son's case stays open.
    for status in (ReferralStatus.DONE, ReferralStatus.HANDED_OVER):
        with qtbot.waitSignal(tab.dialog_opened, timeout=TIMEOUT) as opened:
            click(qtbot, tab.statusButton)
        change = opened.args[0]
        assert isinstance(change, StatusDialog)
        change.choose(status)
        if status is ReferralStatus.HANDED_OVER:
            assert not change.closeCheck.isChecked()  # a member's handover: not by default
            ime(change.outcomeEdit, "センターが要介護認定の申請を受け付けた。")
        with qtbot.waitSignals([view.loaded, tab.loaded], timeout=TIMEOUT):
            click(qtbot, change.saveButton)
    assert tab.table.item(0, 3).text() == "引継ぎ完了"
    assert view.ui.stageValue.text() == "支援計画案"
    return sheet, tab.detailBrowser.toPlainText()


# --- 4. the plan and the 支援調整会議 -------------------------------------------------------


def draft_and_submit_the_plan(qtbot: QtBot, view: CaseView, ime: Ime) -> str:
    tab = view.plan_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.planTab)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.editor_opened, timeout=TIMEOUT):
        click(qtbot, tab.newButton)
    ime(tab.wishesEdit, PLAN_WISH)
    ime(tab.goalEdit, PLAN_GOAL)
    click(qtbot, tab.addItemButton)
    click(qtbot, tab.addItemButton)
    rows = (
        ("care", "母が介護保険のサービスを使い始める", "包括と一緒にケアプランを確認する"),
        ("social_withdrawal", "週1回、居場所に通う", "居場所の見学に同行する"),
    )
    for row, (issue, goal, action) in enumerate(rows):
        widgets = tab.item_widgets(row)
        issue_combo = widgets["issue_code"]
        assert isinstance(issue_combo, QComboBox)
        choose(issue_combo, issue)
        for name, text in (("goal", goal), ("action", action)):
            edit = widgets[name]
            assert isinstance(edit, QLineEdit)
            ime(edit, text)
    with qtbot.waitSignal(tab.saved, timeout=TIMEOUT):
        click(qtbot, tab.saveButton)
    plan = preview_text(qtbot, tab.preview_opened, tab.printButton, "支援計画")
    qtbot.waitUntil(tab.submitButton.isEnabled, timeout=TIMEOUT)
    click(qtbot, tab.submitButton)
    box = tab.confirm_box
    assert box is not None
    submit = next(b for b in box.buttons() if b.text() == "提出する")
    with qtbot.waitSignal(tab.changed, timeout=TIMEOUT):
        submit.click()
    qtbot.waitUntil(lambda: view.ui.stageValue.text() == "支援調整会議", timeout=TIMEOUT)
    return plan


def decide_at_the_meeting(
    qtbot: QtBot, window: MainWindow, coordinator: Principal, case_number: str
) -> tuple[int, str]:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(window.meetings_opened, timeout=5000) as shown:
        qtbot.keyClick(
            window,
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog: MeetingsDialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.typeCombo.count() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(dialog.newButton.isVisible, timeout=TIMEOUT)
    click(qtbot, dialog.newButton)
    choose(dialog.typeCombo, "coordination_regular")
    dialog.dateEdit.clear()
    QTest.keyClicks(dialog.dateEdit, dt.date.today().isoformat())
    dialog.timeEdit.clear()
    QTest.keyClicks(dialog.timeEdit, "09:00")
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=TIMEOUT) as loaded:
        click(qtbot, dialog.saveButton)
    meeting_id = int(loaded.args[0].id)

    dialog.detailTabs.setCurrentIndex(1)
    choose(dialog.staffCombo, coordinator.user_id)
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=TIMEOUT):
        click(qtbot, dialog.addStaffButton)
    dialog.attendeeTable.selectRow(0)
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=TIMEOUT):
        click(qtbot, dialog.presentButton)

    dialog.detailTabs.setCurrentIndex(2)
    QTest.keyClicks(dialog.caseNumberEdit, case_number)
    choose(dialog.purposeCombo, str(AgendaPurpose.PLAN_REVIEW))
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=TIMEOUT):
        click(qtbot, dialog.addItemButton)
    table = dialog.agendaTable
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == case_number
    assert table.item(0, 5).text() == "第1版（会議提出）"
    table.selectRow(0)
    choose(dialog.decisionCombo, str(AgendaDecision.APPROVED))
    with qtbot.waitSignal(dialog.decision_recorded, timeout=TIMEOUT) as recorded:
        click(qtbot, dialog.recordButton)
    assert recorded.args[0].case_stage is CaseStage.SERVICE
    assert table.item(0, 6).text() == "了承"
    minutes = preview_text(qtbot, dialog.preview_opened, dialog.printMinutesButton, "会議録")
    dialog.close()
    return meeting_id, minutes


# --- 5. support, and the monitoring review ----------------------------------------------


def write_the_home_visit(qtbot: QtBot, view: CaseView, ime: Ime) -> None:
    tab = view.notes_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.editor_opened, timeout=TIMEOUT) as opened:
        click(qtbot, tab.newButton)
    editor = opened.args[0]
    assert isinstance(editor, NoteEditorDialog)
    qtbot.waitUntil(lambda: editor.methodCombo.findData("home_visit") >= 0, timeout=TIMEOUT)
    choose(editor.methodCombo, "home_visit")
    ime(editor.bodyEdit, VISIT)
    editor.minutesSpin.setValue(60)
    editor.bodyEdit.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        qtbot.keyClick(editor.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.noteList.count() == 1, timeout=TIMEOUT)
    assert VISIT in tab.noteList.item(0).text()


def review_the_plan(qtbot: QtBot, ctx: AppContext, view: CaseView, ime: Ime) -> None:
    tab = view.monitoring_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.monitoringTab)
    qtbot.waitUntil(lambda: tab.planTable.rowCount() == 2, timeout=TIMEOUT)
    if not tab.recordButton.isEnabled():  # no review planned yet: plan one for today
        tab.scheduleEdit.clear()
        QTest.keyClicks(tab.scheduleEdit, dt.date.today().isoformat())
        with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
            click(qtbot, tab.scheduleButton)
        qtbot.waitUntil(tab.recordButton.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.dialog_opened, timeout=TIMEOUT) as opened:
        click(qtbot, tab.recordButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ReviewDialog)
    with ctx.db.read() as s:
        plan = s.scalars(select(SupportPlan).where(SupportPlan.case_id == view.case_id)).one()
        item_ids = [i.id for i in sorted(plan.items, key=lambda i: i.sort_order)]
    for item_id in item_ids:
        dialog.set_achievement(item_id, Achievement.ACHIEVED)
    ime(dialog.commentEdits[item_ids[0]], "デイサービスに週2回通っている")
    dialog.choose(MonitoringDecision.CLOSE)
    with qtbot.waitSignals([view.loaded, tab.loaded], timeout=TIMEOUT):
        click(qtbot, dialog.saveButton)
    qtbot.waitUntil(lambda: "終結タブ" in tab.messageLabel.text(), timeout=TIMEOUT)


# --- 6. the closure, and its approval ----------------------------------------------------


def ask_to_close(qtbot: QtBot, ctx: AppContext, view: CaseView, ime: Ime) -> ClosureTab:
    tab = view.closure_tab
    assert isinstance(tab, ClosureTab)
    view.ui.stageTabs.setCurrentWidget(view.ui.closureTab)
    qtbot.waitUntil(lambda: tab.reasonCombo.findData("handover") >= 0, timeout=TIMEOUT)
    qtbot.waitUntil(tab.submitButton.isEnabled, timeout=TIMEOUT)
    assert tab.submitButton.text() == "終結を申請(&Q)"  # a coordinator may not approve
    tab.choose_reason("handover")
    assert tab.destinationCombo.isVisible()
    tab.choose_destination(agency_id(ctx, HIKIKOMORI))
    ime(tab.summaryEdit, CLOSING)
    with qtbot.waitSignals([view.loaded, tab.loaded], timeout=TIMEOUT):
        click(qtbot, tab.submitButton)
    qtbot.waitUntil(lambda: "承認待ち" in tab.stateLabel.text(), timeout=TIMEOUT)
    assert not view.closedBadge.isVisible()
    return tab


def approve_the_closure(qtbot: QtBot, window: MainWindow, case_number: str) -> CaseView:
    """承認・確認待ち: the request is listed; the case is opened on its 終結 tab and approved."""
    approvals = window.approvals_tab
    assert approvals is not None
    with qtbot.waitSignal(approvals.loaded, timeout=TIMEOUT):
        click_tab(qtbot, window, approvals)
    qtbot.waitUntil(lambda: approvals.closureTable.rowCount() == 1, timeout=TIMEOUT)
    assert approvals.closureBox.title() == "終結の承認（1件）"
    model = approvals.closureTable.model()
    assert model is not None
    cells = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    assert case_number in cells
    click_row(qtbot, approvals.closureTable, 0)
    with qtbot.waitSignal(window.case_opened, timeout=TIMEOUT):
        click(qtbot, approvals.openClosureButton)
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    assert view.ui.stageTabs.currentWidget() is view.ui.closureTab
    tab = view.closure_tab
    assert isinstance(tab, ClosureTab)
    qtbot.waitUntil(lambda: "承認待ち" in tab.stateLabel.text(), timeout=TIMEOUT)
    assert HIKIKOMORI in tab.stateLabel.text()
    with qtbot.waitSignals([view.loaded, tab.loaded], timeout=TIMEOUT):
        click(qtbot, tab.approveButton)
    qtbot.waitUntil(view.closedBadge.isVisible, timeout=TIMEOUT)
    with qtbot.waitSignal(approvals.loaded, timeout=TIMEOUT):
        click_tab(qtbot, window, approvals)
    assert approvals.closureBox.title() == "終結の承認（0件）"
    return view


# --- the day -----------------------------------------------------------------------------


def test_an_8050_household_from_the_sons_visit_to_the_handover(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    with ctx.db.write() as s:
        team = Team(name="第一係")
        s.add(team)
        s.flush()
        team_id = team.id
    counselor = new_user("suzuki", Role.COUNSELOR, team_id=team_id)
    coordinator = new_user("kimura", Role.COORDINATOR, team_id=team_id)

    # Last year the mother called about her memory; that case was closed (情報提供のみ).
    mother_case = case_factory(
        counselor,
        family_name=FAMILY,
        given_name=MOTHER,
        family_kana=FAMILY_KANA,
        given_kana=MOTHER_KANA,
        birth_date=dt.date(1944, 5, 3),
        phone=PHONE,
        received_at=dt.datetime(2025, 9, 1, 10, 0),
        presenting_concern="物忘れが増えた気がする。",
    )
    with ctx.db.read() as s:
        mother_id = s.get_one(Case, mother_case).client_id
        version = s.get_one(Case, mother_case).version
        people_before = s.scalar(select(func.count()).select_from(Person)) or 0
    ctx.closures.request(
        counselor,
        mother_case,
        ClosureInput(reason_code="info_only", closed_on="2025-09-01", summary="窓口を案内した。"),
        version,
    )
    with ctx.db.read() as s:
        start = s.scalar(select(func.max(AuditEvent.id))) or 0
        assert s.get_one(Case, mother_case).stage == str(CaseStage.CLOSED)

    # 1. The counselor takes the son's visit and prints the contact slip.
    desk = open_window(qtbot, ctx, counselor)
    view = take_the_sons_visit(qtbot, ctx, desk, ime, mother_id)
    case_id = view.case_id
    detail = view.detail
    assert detail is not None
    case_number = detail.case_number
    assert view.ui.nameLabel.text() == f"{FAMILY}\u3000{SON}"
    members = {m.person_id: m for m in detail.members}
    assert members[mother_id].relation == "母"
    assert members[mother_id].situations == ("認知症", "要介護")
    slip = print_the_contact_slip(qtbot, view)
    assert "連絡票" in slip
    assert CONCERN in slip
    assert f"{FAMILY}{SON}" in slip
    assert f"{FAMILY}{MOTHER}" in slip  # the household, with the known mother
    assert "8050" in slip

    # 2. The assessment: complex needs; the coordinator leads, the counselor assists.
    assess(qtbot, view, ime, counselor, coordinator, mother_id)
    desk.close()

    # 3. The coordinator's day: the mother is accompanied to the centre.
    office = open_window(qtbot, ctx, coordinator)
    view = open_case(qtbot, office, case_id)
    assert view.ui.leadValue.text() == coordinator.display_name
    sheet, referral_detail = accompany_the_mother(qtbot, view, ime, coordinator)
    assert "つなぎシート" in sheet
    assert HOUKATSU in sheet
    assert f"{FAMILY}{MOTHER}" in sheet
    assert "同行" in sheet
    assert REFERRAL_PURPOSE in sheet
    assert HANDED_OVER in sheet
    assert "要介護認定の申請を受け付けた" in referral_detail

    # 4. The plan for the son, and the month's 支援調整会議.
    plan_pdf = draft_and_submit_the_plan(qtbot, view, ime)
    assert "支援計画" in plan_pdf
    assert PLAN_GOAL in plan_pdf
    assert "週1回、居場所に通う" in plan_pdf
    meeting_id, minutes = decide_at_the_meeting(qtbot, office, coordinator, case_number)
    assert "会議録" in minutes
    assert "支援調整会議" in minutes
    assert case_number in minutes
    assert "了承" in minutes
    qtbot.waitUntil(lambda: view.ui.stageValue.text() == "支援提供", timeout=TIMEOUT)

    # 5. A home visit; the review finds the goals reached.
    write_the_home_visit(qtbot, view, ime)
    review_the_plan(qtbot, ctx, view, ime)

    # 6. The closure as a handover waits for the supervisor, who approves it.
    ask_to_close(qtbot, ctx, view, ime)
    office.close()
    boss = open_window(qtbot, ctx, supervisor)
    view = approve_the_closure(qtbot, boss, case_number)
    click_tab(qtbot, boss, view)
    closure_tab = view.closure_tab
    assert isinstance(closure_tab, ClosureTab)
    qtbot.waitUntil(lambda: HIKIKOMORI in closure_tab.stateLabel.text(), timeout=TIMEOUT)
    qtbot.waitUntil(closure_tab.printButton.isEnabled, timeout=TIMEOUT)
    record = preview_text(qtbot, closure_tab.preview_opened, closure_tab.printButton, "終結記録票")
    assert "他機関への引継ぎ" in record
    assert HIKIKOMORI in record
    assert CLOSING in record

    # The database: one record of the mother, in both households; the referral names her.
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == people_before + 1
        assert (
            s.scalar(
                select(func.count())
                .select_from(HouseholdMember)
                .where(HouseholdMember.person_id == mother_id)
            )
            == 2
        )
        case = s.get_one(Case, case_id)
        assert CaseStage(case.stage) is CaseStage.CLOSED
        assert case.lead_worker_id == coordinator.user_id
        assert case.co_worker_id == counselor.user_id
        assert case.complex_needs
        referral = s.scalars(select(Referral).where(Referral.case_id == case_id)).one()
        assert referral.person_id == mother_id
        assert referral.agency_id == agency_id(ctx, HOUKATSU)
        assert referral.method == str(ReferralMethod.ACCOMPANIED)
        assert referral.status == str(ReferralStatus.HANDED_OVER)
        plan = s.scalars(select(SupportPlan).where(SupportPlan.case_id == case_id)).one()
        assert plan.status in {str(PlanStatus.DECIDED), str(PlanStatus.ENDED)}
        note = s.scalars(select(ProgressNote).where(ProgressNote.case_id == case_id)).one()
        assert note.method_code == "home_visit"
        closure = s.scalars(
            select(Closure).where(Closure.case_id == case_id, Closure.status == "approved")
        ).one()
        assert closure.reason_code == "handover"
        assert closure.destination_agency_id == agency_id(ctx, HIKIKOMORI)
        assert closure.requested_by_id == coordinator.user_id
        assert closure.approved_by_id == supervisor.user_id
        events = list(
            s.scalars(select(AuditEvent).where(AuditEvent.id > start).order_by(AuditEvent.id))
        )
        assert verify_chain(s).ok

    # The audit trail: who changed what, in order (views and searches aside).
    names = {
        counselor.user_id: "counselor",
        coordinator.user_id: "coordinator",
        supervisor.user_id: "supervisor",
    }
    changes = [
        (names.get(e.user_id, str(e.user_id)), str(e.action), e.entity)
        for e in events
        if e.action in (AuditAction.CREATE, AuditAction.UPDATE) and e.case_id == case_id
    ]
    firsts = list(dict.fromkeys(changes))
    expected_order = [
        ("counselor", "create", "case"),
        ("counselor", "create", "consultation"),
        ("counselor", "create", "assessment"),
        ("coordinator", "create", "referral"),
        ("coordinator", "create", "support_plan"),
        ("coordinator", "create", "agenda_item"),
        ("coordinator", "update", "agenda_item"),
        ("coordinator", "create", "progress_note"),
        ("coordinator", "create", "monitoring_review"),
        ("coordinator", "create", "closure"),
        ("supervisor", "update", "closure"),
    ]
    positions = [firsts.index(step) for step in expected_order]
    assert positions == sorted(positions), firsts
    printed = [
        (names.get(e.user_id), e.entity, e.detail.get("form"))
        for e in events
        if e.action == AuditAction.PRINT
    ]
    assert printed == [
        ("counselor", "consultation", "contact_slip"),
        ("coordinator", "referral", "referral_slip"),
        ("coordinator", "support_plan", "support_plan"),
        ("coordinator", "meeting", "meeting_minutes"),
        ("supervisor", "closure", "closure_record"),
    ]
    assert any(
        e.entity == "meeting" and e.entity_id == meeting_id and e.action == AuditAction.CREATE
        for e in events
    )
    intake = next(e for e in events if (e.action, e.entity) == (AuditAction.CREATE, "consultation"))
    assert intake.detail["known_members"] == 1  # the mother, as herself
    assert intake.detail["existing_person"] is False  # the son is new
    trail = json.dumps([e.detail for e in events], ensure_ascii=False)
    leaked = [secret for secret in SECRETS if secret in trail]
    assert not leaked, (leaked, trail)
