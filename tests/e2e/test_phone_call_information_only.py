"""A day at the desk (issue 12): a phone call answered with information only, closed the same day.

A counselor (相談支援員) takes a call through the widgets only: 新規受付 (Ctrl+N) as a phone
call from the person (本人), 初回対応 情報提供; a progress note of the call; the contact slip
printed; the case closed the same day as 情報提供のみ (a reason the desk's setting does not send
for approval, so the counselor closes it at once); the closure record printed. The printed
forms are read back with pdftotext, and the audit trail is checked: the events of this case
are there, and none of them carries the caller's name, phone number, concern or note text.
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
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.closure_tab import ClosureTab
from welfaredesk.gui.intake_dialog import IntakeDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.models.case_table_model import COL_NAME
from welfaredesk.gui.note_dialog import NoteEditorDialog
from welfaredesk.gui.notes_tab import NotesTab
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.services.audit import verify_chain
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent, Case, Closure, Consultation, ProgressNote

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

Ime = Callable[[QWidget, str], None]

# An obviously fictitious caller.
FAMILY, GIVEN = "架空", "太郎"
FAMILY_KANA, GIVEN_KANA = "かくう", "たろう"
PHONE = "090-0000-1234"
CONCERN = "国民健康保険料の減免制度について知りたい。"
NOTE = "保険料の減免申請の窓口と必要書類を電話で案内した。"
SUMMARY = "制度の情報を提供し、本人が自分で申請するとのことで終了した。"
# Pieces of personal content that must never appear in an audit event's details.
SECRETS = (FAMILY, GIVEN, FAMILY_KANA, GIVEN_KANA, PHONE, "0900000", "減免", "案内", "申請")


def pdf_text(pdf: Path) -> str:
    """The text of a PDF, without whitespace (pdftotext breaks lines inside table cells)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


def take_the_call(qtbot: QtBot, window: MainWindow, ime: Ime) -> CaseView:
    """Ctrl+N, the intake filled as a phone call from the person, saved: the case opens."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(window.intake_opened, timeout=5000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitSignal(dialog.ready, timeout=10_000).wait()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    ui = dialog.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("phone"))
    assert ui.channelCombo.currentText() == "電話"
    ui.consulterTypeCombo.setCurrentIndex(ui.consulterTypeCombo.findData("client"))
    assert ui.consulterTypeCombo.currentText() == "本人"
    ime(ui.familyNameEdit, FAMILY)
    ime(ui.givenNameEdit, GIVEN)
    ime(ui.familyKanaEdit, FAMILY_KANA)
    ime(ui.givenKanaEdit, GIVEN_KANA)
    ui.phoneEdit.setFocus()
    qtbot.keyClicks(ui.phoneEdit, PHONE)
    ime(ui.concernEdit, CONCERN)
    ui.firstResponseCombo.setCurrentIndex(ui.firstResponseCombo.findData("information"))
    assert ui.firstResponseCombo.currentText() == "情報提供"
    with (
        qtbot.waitSignal(dialog.saved, timeout=10_000),
        qtbot.waitSignal(window.case_opened, timeout=10_000),
    ):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    view = window.ui.mainTabs.currentWidget()
    assert isinstance(view, CaseView)
    return view


def write_the_note(qtbot: QtBot, view: CaseView, ime: Ime) -> None:
    """支援経過: a note of the phone call, saved with Ctrl+Enter."""
    tab = view.notes_tab
    assert isinstance(tab, NotesTab)
    view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
    qtbot.waitUntil(tab.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    assert isinstance(editor, NoteEditorDialog)
    qtbot.waitUntil(lambda: editor.methodCombo.findData("phone") >= 0, timeout=10_000)
    editor.methodCombo.setCurrentIndex(editor.methodCombo.findData("phone"))
    assert editor.methodCombo.currentText() == "電話"
    ime(editor.bodyEdit, NOTE)
    editor.minutesSpin.setValue(15)
    editor.bodyEdit.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.noteList.count() == 1, timeout=10_000)
    text = tab.noteList.item(0).text()
    assert "電話" in text
    assert NOTE in text


def print_the_contact_slip(qtbot: QtBot, view: CaseView) -> str:
    """連絡票: the consultation chosen, 印刷 opens the preview; returns the PDF's text."""
    view.ui.stageTabs.setCurrentWidget(view.ui.contactSlipTab)
    table = view.ui.slipConsultationsTable
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)
    table.selectRow(0)
    qtbot.waitUntil(view.ui.printSlipButton.isEnabled, timeout=10_000)
    assert view.ui.slipConcernText.toPlainText() == CONCERN
    with qtbot.waitSignal(view.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(view.ui.printSlipButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() >= 1
    text = pdf_text(dialog.pdf)
    dialog.close()
    return text


def close_the_case(qtbot: QtBot, view: CaseView, ime: Ime) -> ClosureTab:
    """終結: 情報提供のみ, today, a summary; the counselor's request closes the case at once."""
    tab = view.closure_tab
    assert isinstance(tab, ClosureTab)
    view.ui.stageTabs.setCurrentWidget(view.ui.closureTab)
    qtbot.waitUntil(lambda: tab.reasonCombo.findData("info_only") >= 0, timeout=10_000)
    qtbot.waitUntil(tab.submitButton.isEnabled, timeout=10_000)
    assert tab.submitButton.text() == "終結を申請(&Q)"  # a counselor may not approve closures
    tab.reasonCombo.setCurrentIndex(tab.reasonCombo.findData("info_only"))
    assert tab.reasonCombo.currentText() == "情報提供のみ"
    assert not tab.destinationCombo.isVisible()
    assert tab.dateEdit.text()  # today, by default
    ime(tab.summaryEdit, SUMMARY)
    with qtbot.waitSignals([view.loaded, tab.loaded], timeout=10_000):
        qtbot.mouseClick(tab.submitButton, Qt.MouseButton.LeftButton)
    # 情報提供のみ is not among the desk's approval_required_reasons: no 承認待ち.
    qtbot.waitUntil(view.closedBadge.isVisible, timeout=10_000)
    assert view.closedBadge.text() == "終結（閲覧のみ）"
    assert "承認待ち" not in tab.stateLabel.text()
    assert "情報提供のみ" in tab.stateLabel.text()
    return tab


def print_the_closure_record(qtbot: QtBot, tab: ClosureTab) -> str:
    qtbot.waitUntil(tab.printButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert "終結記録票" in dialog.windowTitle()
    text = pdf_text(dialog.pdf)
    dialog.close()
    return text


def test_a_phone_call_answered_with_information_and_closed_the_same_day(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, ime: Ime
) -> None:
    started = dt.date.today()
    window = MainWindow(ctx, counselor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 0

    view = take_the_call(qtbot, window, ime)
    case_id = view.case_id
    # The new case is in the counselor's list.
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.data(model.index(0, COL_NAME)) == f"{FAMILY}\u3000{GIVEN}"
    assert view.ui.nameLabel.text() == f"{FAMILY}\u3000{GIVEN}"

    write_the_note(qtbot, view, ime)
    slip = print_the_contact_slip(qtbot, view)
    assert CONCERN in slip
    assert "電話" in slip
    assert "情報提供" in slip
    assert f"{FAMILY}{GIVEN}" in slip

    tab = close_the_case(qtbot, view, ime)
    record = print_the_closure_record(qtbot, tab)
    assert "終結記録票" in record
    assert "情報提供のみ" in record
    assert SUMMARY in record

    today = dt.date.today()
    with ctx.db.read() as s:
        case = s.get_one(Case, case_id)
        assert CaseStage(case.stage) is CaseStage.CLOSED
        consultation = s.scalars(select(Consultation).where(Consultation.case_id == case_id)).one()
        assert consultation.channel_code == "phone"
        assert consultation.first_response_code == "information"
        assert consultation.presenting_concern == CONCERN
        note = s.scalars(select(ProgressNote).where(ProgressNote.case_id == case_id)).one()
        assert note.method_code == "phone"
        closure = s.scalars(select(Closure).where(Closure.case_id == case_id)).one()
        assert closure.reason_code == "info_only"
        assert closure.closed_on in {started, today}  # the same day (a run across midnight)
        assert case.closed_on == closure.closed_on
        assert closure.approved_by_id == counselor.user_id
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        ).all()
        trail = [(e.action, e.entity, e.user_id, e.detail) for e in events]
        assert verify_chain(s).ok

    assert {user for _, _, user, _ in trail} == {counselor.user_id}
    done = {(action, entity) for action, entity, _, _ in trail}
    assert (AuditAction.CREATE, "case") in done
    assert (AuditAction.CREATE, "consultation") in done
    assert (AuditAction.CREATE, "progress_note") in done
    assert (AuditAction.CREATE, "closure") in done
    printed = {(entity, d.get("form")) for act, entity, _, d in trail if act == AuditAction.PRINT}
    assert printed == {("consultation", "contact_slip"), ("closure", "closure_record")}
    updates = [d for act, entity, _, d in trail if (act, entity) == (AuditAction.UPDATE, "case")]
    assert any("stage" in d.get("fields", []) and d.get("closure_id") for d in updates)
    details = json.dumps([d for _, _, _, d in trail], ensure_ascii=False)
    leaked = [secret for secret in SECRETS if secret in details]
    assert not leaked, (leaked, details)
