"""The 支援経過 tab: writing a note with a template, Ctrl+Enter, the list and its filters, the
header's last contact, drafts, a supervisor's confirmation, templates, print, closed cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.note_dialog import AcknowledgeDialog, NoteEditorDialog
from welfaredesk.gui.note_templates import NoteTemplateDialog
from welfaredesk.gui.notes_tab import NotesTab
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.orm import AuditEvent, Case, ProgressNote

Ime = Callable[[QWidget, str], None]
Latin = Callable[..., list[str]]
ALSO_ALLOWED = ("sato", "suzuki", "Ctrl", "Enter")


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.extend((widget.text(), widget.toolTip()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return texts


def no_english(latin: Latin, root: QWidget) -> None:
    english = [w for t in visible_texts(root) for w in latin(t, also_allowed=ALSO_ALLOWED)]
    assert not english, english


def open_view(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> CaseView:
    view = CaseView(
        ctx.cases,
        principal,
        case_id,
        reference=ctx.reference,
        drafts=ctx.drafts,
        notes=ctx.notes,
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = view.notes_tab
    assert tab is not None
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
    return view


def tab_of(view: CaseView) -> NotesTab:
    assert view.notes_tab is not None
    return view.notes_tab


def open_editor(qtbot: QtBot, tab: NotesTab) -> NoteEditorDialog:
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.newButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, NoteEditorDialog)
    return dialog


def test_write_a_note_with_a_template_and_ctrl_enter(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(counselor)
    view = open_view(qtbot, ctx, counselor, case_id)
    tab = tab_of(view)
    assert tab.noteList.count() == 0
    assert tab.countLabel.text() == "該当する支援経過はありません。"
    # the case was opened long ago: the header highlights the last contact
    assert view.lastContactValue.text().endswith("日前")
    assert "#b3261e" in view.lastContactValue.styleSheet()
    assert not tab.acknowledgeButton.isVisible()  # counselors do not confirm notes
    assert not tab.templatesButton.isVisible()
    no_english(latin, tab)

    dialog = open_editor(qtbot, tab)
    assert dialog.dateEdit.text().startswith("令和")
    assert dialog.staffCombo.currentData() == counselor.user_id
    dialog.methodCombo.setCurrentIndex(dialog.methodCombo.findData("interview"))
    titles = dialog.template_titles()
    assert titles[0] == "面談の記録"
    assert "次回面談の日程調整" in titles
    assert "訪問の記録" not in titles
    no_english(latin, dialog)

    dialog.templateCombo.activated.emit(1)  # 面談の記録, inserted at the cursor
    assert dialog.bodyEdit.toPlainText().startswith("【相談内容】")
    ime(dialog.bodyEdit, "家賃の滞納について相談を受けた。")
    assert "【相談内容】\n家賃の滞納について相談を受けた。" in dialog.bodyEdit.toPlainText()
    dialog.minutesSpin.setValue(40)
    dialog.bodyEdit.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.noteList.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: view.lastContactValue.text() == "今日", timeout=10_000)
    assert view.lastContactValue.styleSheet() == ""
    text = tab.noteList.item(0).text()
    assert "面談" in text
    assert "40分" in text
    assert "家賃の滞納について相談を受けた。" in text
    assert tab.countLabel.text() == "1件(新しい順)"

    # the text filter is the full-text search
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        ime(tab.textFilter, "滞納")
    assert tab.noteList.count() == 1
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.textFilter.setText("債務")
    assert tab.noteList.count() == 0

    with ctx.db.read() as s:
        note = s.scalars(select(ProgressNote)).one()
        assert note.minutes == 40
        assert note.staff_id == counselor.user_id


def test_validation_keeps_the_text_and_focuses_the_field(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    view = open_view(qtbot, ctx, counselor, case_factory(counselor))
    dialog = open_editor(qtbot, tab_of(view))
    dialog.timeEdit.setText("25:99")
    ime(dialog.bodyEdit, "電話で様子を聞いた。")
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert "時刻" in failed.args[0]
    assert dialog.timeEdit.hasFocus()
    assert dialog.bodyEdit.toPlainText() == "電話で様子を聞いた。"
    assert dialog.isVisible()


def test_an_unsaved_note_is_restored_from_its_draft(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(counselor)
    view = open_view(qtbot, ctx, counselor, case_id)
    dialog = open_editor(qtbot, tab_of(view))
    ime(dialog.bodyEdit, "書きかけの記録")
    with qtbot.waitSignal(dialog.draft_saved, timeout=10_000):
        dialog.autosave()
    view.close()
    view.deleteLater()

    again = open_view(qtbot, ctx, counselor, case_id)
    tab = tab_of(again)
    assert "保存されていません" in tab.messageLabel.text()
    restored = open_editor(qtbot, tab)
    assert restored.bodyEdit.toPlainText() == "書きかけの記録"
    assert "復元しました" in restored.messageLabel.text()

    # cancelling changed text asks first
    with qtbot.waitSignal(restored.discard_asked, timeout=5_000) as asked:
        qtbot.mouseClick(restored.cancelButton, Qt.MouseButton.LeftButton)
    box = asked.args[0]
    assert restored.isVisible()
    box.close()


def test_a_supervisor_confirms_a_note_with_a_comment(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(counselor)
    today = dt.date.today() - dt.timedelta(days=1)
    ctx.notes.save(
        counselor,
        case_id,
        NoteInput(today.isoformat(), "09:00", "home_visit", "訪問した。", minutes=60),
    )
    asked = ctx.notes.save(
        counselor,
        case_id,
        NoteInput(
            today.isoformat(),
            "10:00",
            "phone",
            "長男から電話があった。",
            needs_acknowledgement=True,
        ),
    )
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.noteList.count() == 2
    assert "［確認待ち］" in tab.noteList.item(0).text()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.awaitingCheck.setChecked(True)
    assert tab.noteList.count() == 1
    tab.select_note(asked.id)
    assert tab.acknowledgeButton.isEnabled()
    assert tab.editButton.isEnabled()  # a supervisor may correct a counselor's note
    no_english(latin, tab)

    with qtbot.waitSignal(tab.acknowledge_opened, timeout=5_000) as opened:
        qtbot.mouseClick(tab.acknowledgeButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, AcknowledgeDialog)
    no_english(latin, dialog)
    ime(dialog.commentEdit, "次回は同行すること。")
    dialog.accept()
    # The tab and the case view both reload after the acknowledgement: wait for the state,
    # not for one particular reload.
    qtbot.waitUntil(lambda: tab.noteList.count() == 0, timeout=10_000)  # no longer awaiting
    tab.awaitingCheck.setChecked(False)
    qtbot.waitUntil(lambda: tab.noteList.count() == 2, timeout=10_000)
    text = tab.noteList.item(0).text()
    assert "確認済み: sato 職員" in text
    assert "コメント: 次回は同行すること。" in text
    with ctx.db.read() as s:
        row = s.get_one(ProgressNote, asked.id)
        assert row.acknowledged_by_id == supervisor.user_id


def test_templates_editor_print_and_closed_case(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(supervisor)
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.templatesButton.isVisible()
    with qtbot.waitSignal(tab.templates_opened, timeout=5_000) as opened:
        qtbot.mouseClick(tab.templatesButton, Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    assert isinstance(editor, NoteTemplateDialog)
    qtbot.waitUntil(lambda: editor.table.rowCount() >= 16, timeout=10_000)
    no_english(latin, editor)
    editor.new_template()
    editor.methodCombo.setCurrentIndex(editor.methodCombo.findData("phone"))
    ime(editor.titleEdit, "不在着信")
    ime(editor.bodyEdit, "不在着信があったため、折り返した。")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.title == "不在着信")
    editor.accept()
    assert "不在着信" in [t.title for t in ctx.notes.templates(supervisor, "phone")]

    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as previewed:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    preview = previewed.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    preview.close()
    with ctx.db.read() as s:
        printed = s.scalars(
            select(AuditEvent).where(AuditEvent.action == str(AuditAction.PRINT))
        ).all()
    assert [e.detail.get("form") for e in printed] == ["progress_record"]

    with ctx.db.write() as s:
        s.get_one(Case, case_id).stage = str(CaseStage.CLOSED)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.load()
    assert not tab.newButton.isEnabled()
    assert "終結" in tab.newButton.toolTip()
    assert tab.printButton.isEnabled()


@pytest.mark.parametrize("days", [0, 12])
def test_header_days_since_contact(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    days: int,
) -> None:
    case_id = case_factory(counselor)
    with ctx.db.write() as s:
        s.get_one(Case, case_id).last_contact_on = dt.date.today() - dt.timedelta(days=days)
    view = open_view(qtbot, ctx, counselor, case_id)
    expected = "今日" if days == 0 else f"{days}日前"
    assert view.lastContactValue.text() == expected
    assert view.lastContactValue.styleSheet() == ""


def test_the_selected_note_stays_readable(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    """The chosen note is drawn highlighted with dark text (it was white on white)."""
    case_id = case_factory(supervisor)
    today = dt.date.today().isoformat()
    for body in ("一件目の記録。", "二件目の記録。"):
        ctx.notes.save(supervisor, case_id, NoteInput(today, "09:00", "interview", body))
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.noteList.count() == 2
    tab.noteList.setCurrentRow(0)
    image = tab.noteList.viewport().grab().toImage()
    rect = tab.noteList.visualItemRect(tab.noteList.item(0))
    dark = sum(
        1
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
        if image.pixelColor(x, y).lightness() < 120
    )
    assert dark > 20, "the selected note's text is not visible"
    background = image.pixelColor(rect.right() - 4, rect.top() + 3)
    assert background.name() == "#cfe1f5"
