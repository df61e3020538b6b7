"""End to end: a person who will not consent is discussed only at a 支援会議.

The day, driven through the widgets of the main window: the counselor records on the case that
the person refused consent (同意なし); the coordinator opens 会議の一覧, schedules a
支援調整会議 in the coming days and a 支援会議 today, tries to put the case on the 支援調整会議's
agenda (refused, with a Japanese message that gives the reason and what to do), puts it on the
支援会議's agenda instead (whose confidentiality duty is shown), records the decision and the
minutes, and prints the minutes, saved as a PDF from the preview.

Checked afterwards: the case is on no 支援調整会議 agenda, the 支援会議's agenda has it, the
saved PDF is the 支援会議's minutes with its confidentiality wording, and the audit trail has
the consent, agenda and print events, with no names in their details.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    ConsentStatus,
    MeetingKind,
)
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.meetings import MeetingsDialog
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AgendaItem, AuditEvent, Case, Meeting

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

Ime = Callable[[QWidget, str], None]

FAMILY, GIVEN = "架空", "太郎"
MINUTES = "本人は同意しないが、家賃滞納と孤立の情報を関係機関で共有した。次回は来月に確認する。"
DECISION_NOTE = "見守りを継続し、地域包括支援センターが訪問する。"


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _click(button: QWidget) -> None:
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _schedule(qtbot: QtBot, dialog: MeetingsDialog, type_code: str, day: dt.date) -> int:
    """新しい会議 → type, date, time → 会議を保存; the new meeting's id."""
    _click(dialog.newButton)
    _choose(dialog.typeCombo, type_code)
    dialog.dateEdit.clear()
    QTest.keyClicks(dialog.dateEdit, day.isoformat())
    dialog.timeEdit.clear()
    QTest.keyClicks(dialog.timeEdit, "10:00")
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000) as loaded:
        _click(dialog.saveButton)
    return int(loaded.args[0].id)


def _pick_meeting(qtbot: QtBot, dialog: MeetingsDialog, meeting_id: int) -> None:
    """Choose a meeting in the list and wait until the editor shows it."""
    if dialog.view is not None and dialog.view.id == meeting_id:
        return
    table = dialog.meetingTable
    row = next(
        r
        for r in range(table.rowCount())
        if (cell := table.item(r, 0)) is not None
        and cell.data(Qt.ItemDataRole.UserRole) == meeting_id
    )
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        table.selectRow(row)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _shown_kind(dialog: MeetingsDialog) -> MeetingKind | None:
    """The kind of the meeting the editor shows."""
    return dialog.view.kind if dialog.view is not None else None


def _pdf_text(pdf: Path) -> str:
    """The PDF's text without white space (pdftotext breaks long Japanese lines)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(text.split())


class _ToFile:
    """Stands in for the print dialog: the printer writes a PDF file, and OK is pressed."""

    def __init__(self, printer: QPrinter, out: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))

    def exec(self) -> int:
        return 1


def _events(ctx: AppContext, after: int) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.id > after).order_by(AuditEvent.id))
        )


def test_a_person_without_consent_goes_only_to_a_support_meeting(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    main_window: MainWindow,
    ime: Ime,
    tmp_path: Path,
) -> None:
    # Arranged: the person came in on an earlier day; consent was not yet confirmed.
    case_id = case_factory(
        supervisor,
        family_name=FAMILY,
        given_name=GIVEN,
        family_kana="カクウ",
        given_kana="タロウ",
        birth_date=dt.date(1968, 4, 1),
        phone="090-0000-0012",
        presenting_concern="家賃を滞納しているが、関係機関への情報提供には応じない。",
    )
    with ctx.db.read() as s:
        start = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0
    today = dt.date.today()

    # 1. On the case's 連携・同意 tab the counselor records that the person refused consent.
    view = main_window.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    assert view.detail is not None
    case_number = view.detail.case_number
    tab = view.referral_tab
    assert tab is not None
    view.ui.stageTabs.setCurrentWidget(view.ui.referralTab)
    qtbot.waitUntil(lambda: tab.consent is not None, timeout=10_000)
    assert tab.consentStatusValue.text() == "未確認"
    with qtbot.waitSignal(tab.dialog_opened, timeout=10_000) as opened:
        _click(tab.consentButton)
    consent_dialog = opened.args[0]
    _choose(consent_dialog.statusCombo, str(ConsentStatus.REFUSED))
    assert not consent_dialog.methodCombo.isEnabled()
    ime(consent_dialog.notesEdit, "関係機関への情報提供を拒まれた。")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        _click(consent_dialog.saveButton)
    qtbot.waitUntil(lambda: tab.consentStatusValue.text().startswith("同意なし"), timeout=10_000)

    # 2. 会議の一覧 (Ctrl+Shift+M): a 支援調整会議 in three days and a 支援会議 today.
    with qtbot.waitSignal(main_window.meetings_opened, timeout=5_000) as shown:
        main_window.ui.meetingsAction.trigger()
    dialog: MeetingsDialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.typeCombo.count() > 0, timeout=10_000)
    qtbot.waitUntil(dialog.newButton.isVisible, timeout=10_000)
    coordination_id = _schedule(qtbot, dialog, "coordination_ad_hoc", today + dt.timedelta(days=3))
    statutory_id = _schedule(qtbot, dialog, "statutory_meeting", today)
    qtbot.waitUntil(lambda: dialog.meetingTable.rowCount() == 2, timeout=10_000)

    # 3. The 支援調整会議 refuses the case: the reason is the consent, and it says what to do.
    _pick_meeting(qtbot, dialog, coordination_id)
    assert _shown_kind(dialog) is MeetingKind.COORDINATION
    dialog.detailTabs.setCurrentIndex(2)
    assert "同意" in dialog.ruleLabel.text()
    QTest.keyClicks(dialog.caseNumberEdit, case_number)
    _choose(dialog.purposeCombo, str(AgendaPurpose.INFORMATION_SHARING))
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refusal:
        _click(dialog.addItemButton)
    message = refusal.args[0]
    assert message.startswith("議題のケース：")
    assert "本人の同意が記録されていない" in message
    assert "支援会議（法第9条）で検討してください" in message
    assert dialog.messageLabel.text() == message
    assert dialog.caseNumberEdit.property("invalid") is True
    assert dialog.caseNumberEdit.text() == case_number  # what was typed is kept
    assert dialog.agendaTable.rowCount() == 0

    # 4. The 支援会議 takes it; its confidentiality duty is on the screen.
    _pick_meeting(qtbot, dialog, statutory_id)
    assert _shown_kind(dialog) is MeetingKind.STATUTORY
    dialog.detailTabs.setCurrentIndex(2)
    assert dialog.ruleLabel.isVisible()
    assert "守秘" in dialog.ruleLabel.text()
    dialog.caseNumberEdit.clear()
    QTest.keyClicks(dialog.caseNumberEdit, case_number)
    _choose(dialog.purposeCombo, str(AgendaPurpose.INFORMATION_SHARING))
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _click(dialog.addItemButton)
    table = dialog.agendaTable
    assert table.rowCount() == 1
    assert _cell(table, 0, 1) == case_number
    assert _cell(table, 0, 3) == "同意なし"

    # 5. The attendance: the coordinator was there.
    dialog.detailTabs.setCurrentIndex(1)
    _choose(dialog.staffCombo, supervisor.user_id)
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _click(dialog.addStaffButton)
    assert dialog.attendeeTable.rowCount() == 1
    dialog.attendeeTable.selectRow(0)
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _click(dialog.presentButton)
    assert _cell(dialog.attendeeTable, 0, 3) == "出席"

    # 6. The decision on the case, then the minutes.
    dialog.detailTabs.setCurrentIndex(2)
    table.selectRow(0)
    _choose(dialog.decisionCombo, str(AgendaDecision.CONTINUE))
    assert dialog.effectLabel.text() == "継続にすると支援計画とケースの段階はそのままです。"
    ime(dialog.noteEdit, DECISION_NOTE)
    with qtbot.waitSignal(dialog.decision_recorded, timeout=10_000):
        _click(dialog.recordButton)
    assert _cell(table, 0, 6) == "継続"
    dialog.detailTabs.setCurrentIndex(3)
    assert dialog.minutesBasisLabel.isVisible()
    assert "生活困窮者自立支援法第9条" in dialog.minutesBasisLabel.text()
    ime(dialog.minutesEdit, MINUTES)
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _click(dialog.saveMinutesButton)
    assert dialog.messageLabel.text() == "会議録を保存しました。"

    # 7. 会議録を印刷 → the preview → PDFとして保存.
    with qtbot.waitSignal(dialog.preview_opened, timeout=20_000) as previewed:
        _click(dialog.printMinutesButton)
    preview = previewed.args[0]
    assert "支援会議" in preview.windowTitle()
    assert "会議録" in preview.windowTitle()
    preview.save_path_chooser = lambda _parent, _suggested: str(tmp_path / "minutes")
    with qtbot.waitSignal(preview.saved, timeout=10_000):
        _click(preview.saveButton)
    pdf = tmp_path / "minutes.pdf"
    flat = _pdf_text(pdf)
    assert "会議録" in flat
    assert "支援会議" in flat
    assert "支援調整会議" not in flat
    assert "会議で知り得た秘密を漏らしてはなりません" in flat
    assert "生活困窮者自立支援法第9条" in flat
    assert "会議の事務に関して知り得た秘密を漏らしてはなりません" in flat
    assert "出席1名" in flat
    assert case_number in flat
    assert "見守りを継続し" in flat
    preview.closeButton.click()

    # 8. 次第を印刷 → the preview → 印刷 (the print dialog writes to a file here).
    with qtbot.waitSignal(dialog.preview_opened, timeout=20_000) as previewed:
        _click(dialog.printAgendaButton)
    preview = previewed.args[0]
    assert "次第" in preview.windowTitle()
    printed = tmp_path / "agenda.pdf"
    preview.print_dialog_factory = lambda printer, _parent: _ToFile(printer, printed)
    with qtbot.waitSignal(preview.printed, timeout=10_000):
        _click(preview.printButton)
    assert printed.stat().st_size > 1000
    # The printer gets page images; the words are read from the previewed file.
    agenda_text = _pdf_text(preview.pdf)
    assert "次第" in agenda_text
    assert "支援調整会議" not in agenda_text
    assert "会議で知り得た秘密を漏らしてはなりません" in agenda_text
    assert case_number in agenda_text
    preview.closeButton.click()

    # The database: on the 支援会議's agenda only, never on a 支援調整会議's.
    with ctx.db.read() as s:
        kinds = list(
            s.scalars(
                select(Meeting.kind)
                .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                .where(AgendaItem.case_id == case_id)
            )
        )
        assert kinds == [str(MeetingKind.STATUTORY)]
        assert s.get_one(Case, case_id).consent_status == str(ConsentStatus.REFUSED)
        item = s.scalars(select(AgendaItem).where(AgendaItem.case_id == case_id)).one()
        assert item.meeting_id == statutory_id
        assert item.decision == str(AgendaDecision.CONTINUE)

    # The audit trail: the consent, the agenda item, the decision, the print and the file.
    qtbot.waitUntil(
        lambda: (
            sum(
                e.entity == "meeting" and e.action in ("print", "export")
                for e in _events(ctx, start)
            )
            == 4
        ),
        timeout=10_000,
    )
    events = _events(ctx, start)
    changes = [
        (e.action, e.entity, e.entity_id, e.case_id)
        for e in events
        if e.action in ("create", "update", "print", "export")
    ]
    assert changes == [
        ("create", "consent", changes[0][2], case_id),
        ("create", "meeting", coordination_id, None),
        ("create", "meeting", statutory_id, None),
        ("create", "agenda_item", item.id, case_id),
        ("create", "meeting_attendee", changes[4][2], None),
        ("update", "meeting_attendee", changes[4][2], None),
        ("update", "agenda_item", item.id, case_id),
        ("update", "meeting", statutory_id, None),
        ("print", "meeting", statutory_id, None),
        ("export", "meeting", statutory_id, None),
        ("print", "meeting", statutory_id, None),
        ("print", "meeting", statutory_id, None),
    ]
    details = [e.detail for e in events if e.action in ("create", "update", "print", "export")]
    assert details[0]["status"] == "refused"
    assert details[1]["kind"] == "coordination_meeting"
    assert details[2]["kind"] == "statutory_meeting"
    assert details[3] == {
        "meeting_id": statutory_id,
        "purpose": "information_sharing",
        "plan_id": None,
    }
    assert details[4] == {
        "meeting_id": statutory_id,
        "user_id": supervisor.user_id,
        "agency_id": None,
    }
    assert details[5] == {"meeting_id": statutory_id, "fields": ["attended"]}
    assert details[6] == {"fields": ["decision", "decision_note"], "decision": "continue"}
    assert details[7] == {"fields": ["minutes"]}
    assert details[8:] == [
        {"form": "meeting_minutes", "items": 1},
        {"form": "meeting_minutes", "output": "file"},
        {"form": "meeting_agenda", "items": 1},
        {"form": "meeting_agenda", "output": "printer"},
    ]
    # Opening the case and the meetings is in the trail too (views).
    assert ("view", "case", case_id) in [(e.action, e.entity, e.entity_id) for e in events]
    assert ("view", "meeting", statutory_id) in [(e.action, e.entity, e.entity_id) for e in events]
    trail = json.dumps([e.detail for e in events], ensure_ascii=False)
    for secret in (FAMILY, GIVEN, "カクウ", "090-0000-0012", "家賃", "見守り", "同意しない"):
        assert secret not in trail
    dialog.close()

    # Back on the case, its 会議 tab shows the 支援会議 only.
    view.ui.stageTabs.setCurrentWidget(view.ui.meetingTab)
    history = view.meetings_tab
    assert history is not None
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10_000)
    assert [_cell(history.table, 0, c) for c in (1, 3, 4)] == ["支援会議", "情報共有", "継続"]
