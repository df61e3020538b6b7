"""Two users save the same note, plan or consent: the stale save shows who changed what and
keeps the input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import ConsentMethod, ConsentStatus, Role
from welfaredesk.gui.conflict_dialog import Choice, ConflictDialog
from welfaredesk.gui.consent_dialog import ConsentDialog
from welfaredesk.gui.note_dialog import NoteChoices, NoteEditorDialog
from welfaredesk.gui.plan_tab import PlanTab
from welfaredesk.services.changes import FieldDiff, LastChange
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput, NoteView
from welfaredesk.services.plans import PlanInput

Ime = Callable[[QWidget, str], None]
Latin = Callable[..., list[str]]
BODY = "長男と面談した。介護保険の申請を勧めた。"
THEIRS = "長男と面談した。介護保険の申請を勧めた。地域包括支援センターに連絡済み。"


def note_input(body: str, minutes: int = 30) -> NoteInput:
    return NoteInput(
        noted_on="2025-06-10",
        noted_time="10:30",
        method_code="interview",
        body=body,
        minutes=minutes,
    )


def texts(root: QWidget) -> list[str]:
    found = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and isinstance(widget, (QLabel, QAbstractButton)):
            found.extend((widget.text(), widget.toolTip()))
    return found


def open_note_editor(
    qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int, note: NoteView
) -> NoteEditorDialog:
    choices = NoteChoices(
        methods=ctx.reference.picklist("note_method"),
        funding=ctx.reference.picklist("funding_programme"),
        staff=ctx.notes.staff(principal),
        templates=[],
    )
    dialog = NoteEditorDialog(
        ctx.notes,
        principal,
        case_id,
        choices,
        note=note,
        drafts=ctx.drafts,
        changes=ctx.changes,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_into_conflict(qtbot: QtBot, button: QAbstractButton, signal: object) -> ConflictDialog:
    with qtbot.waitSignal(signal, timeout=10_000) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert isinstance(dialog, ConflictDialog)
    return dialog


def row_of(dialog: ConflictDialog, field: str) -> int:
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == field:
            return row
    raise AssertionError(field)


@pytest.fixture
def other(new_user: Callable[..., Principal]) -> Principal:
    """A second 主任相談支援員 (display name 「tanaka 職員」) working on the same cases."""
    return new_user("tanaka", Role.SUPERVISOR)


def test_a_stale_note_save_shows_who_changed_what_and_keeps_the_input(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(supervisor)
    note = ctx.notes.save(supervisor, case_id, note_input(BODY))
    editor = open_note_editor(qtbot, ctx, supervisor, case_id, note)
    editor.bodyEdit.moveCursor(editor.bodyEdit.textCursor().MoveOperation.End)
    ime(editor.bodyEdit, "次回は自宅を訪問する。")
    mine = editor.bodyEdit.toPlainText()
    # user B saves the same note while A's editor is open
    ctx.notes.save(other, case_id, note_input(THEIRS, 45), note_id=note.id, version=note.version)

    dialog = save_into_conflict(qtbot, editor.saveButton, editor.conflict_shown)

    assert "tanaka 職員さん" in dialog.headline.text()
    assert "この支援経過の記録" in dialog.headline.text()
    body = row_of(dialog, "body")
    assert dialog.cell_text(body, 1) == BODY
    assert dialog.cell_text(body, 2) == THEIRS
    assert dialog.cell_text(body, 3) == mine
    assert dialog.table.item(body, 0).text() == "★ 内容"  # type: ignore[union-attr]
    minutes = row_of(dialog, "minutes")
    assert dialog.cell_text(minutes, 2) == "45分"
    assert dialog.cell_text(minutes, 3) == "30分"
    fields = {
        dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    }
    assert fields == {"body", "minutes"}  # only what differs
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]  # type: ignore[union-attr]
    assert headers == ["項目", "開いたときの内容", "ほかの職員が保存した内容", "あなたの入力"]
    assert dialog.reapplyButton.text() == "自分の入力を残して最新版に重ねる(&K)"
    english = [w for t in texts(dialog) for w in latin(t, also_allowed=("tanaka",))]
    assert not english, english
    assert editor.bodyEdit.toPlainText() == mine  # nothing lost
    assert editor.messageLabel.text().startswith("ほかの利用者が先にこの記録を更新しました。")

    # 自分の入力を残して最新版に重ねる, then 保存: a deliberate overwrite that succeeds
    qtbot.mouseClick(dialog.reapplyButton, Qt.MouseButton.LeftButton)
    assert editor.note is not None
    assert editor.note.version > note.version
    assert editor.bodyEdit.toPlainText() == mine
    assert editor.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args[0].body == mine
    assert ctx.notes.get(supervisor, note.id).body == mine


def test_show_the_latest_puts_the_input_on_the_clipboard(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(supervisor)
    note = ctx.notes.save(supervisor, case_id, note_input(BODY))
    editor = open_note_editor(qtbot, ctx, supervisor, case_id, note)
    editor.bodyEdit.clear()
    ime(editor.bodyEdit, "書き直した記録。")
    ctx.notes.save(other, case_id, note_input(THEIRS), note_id=note.id, version=note.version)
    QGuiApplication.clipboard().clear()

    dialog = save_into_conflict(qtbot, editor.saveButton, editor.conflict_shown)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.latestButton, Qt.MouseButton.LeftButton)

    assert chosen.args[0] is Choice.SHOW_LATEST
    assert editor.bodyEdit.toPlainText() == THEIRS
    assert "内容：書き直した記録。" in QGuiApplication.clipboard().text()
    assert not editor.has_changes()
    assert "クリップボード" in editor.messageLabel.text()


def test_closing_the_dialog_keeps_everything(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(supervisor)
    note = ctx.notes.save(supervisor, case_id, note_input(BODY))
    editor = open_note_editor(qtbot, ctx, supervisor, case_id, note)
    ime(editor.nextActionEdit, "訪問")
    ctx.notes.save(other, case_id, note_input(THEIRS), note_id=note.id, version=note.version)

    dialog = save_into_conflict(qtbot, editor.saveButton, editor.conflict_shown)
    qtbot.mouseClick(dialog.closeButton, Qt.MouseButton.LeftButton)

    assert editor.nextActionEdit.text() == "訪問"
    assert editor.note is not None
    assert editor.note.version == note.version  # still stale: saving again asks again
    dialog = save_into_conflict(qtbot, editor.saveButton, editor.conflict_shown)
    assert dialog.isVisible()


def test_a_stale_plan_save_shows_the_dialog_and_reapplying_saves(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(supervisor, consent=ConsentStatus.GIVEN)
    draft = ctx.plans.new_version(supervisor, case_id)
    tab = PlanTab(
        ctx.plans, ctx.reference, supervisor, case_id, drafts=ctx.drafts, changes=ctx.changes
    )
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    with qtbot.waitSignal(tab.versions_loaded, timeout=10_000):
        tab.set_case(ctx.cases.get(supervisor, case_id))
    qtbot.waitUntil(lambda: tab.shown is not None, timeout=10_000)
    with qtbot.waitSignal(tab.editor_opened, timeout=10_000):
        tab.edit()
    ime(tab.wishesEdit, "母とこの家で暮らし続けたい。")
    # user B saves the same draft first
    ctx.plans.save_draft(
        other,
        draft.id,
        PlanInput(version=draft.version, overall_goal="家計を立て直す。"),
    )

    dialog = save_into_conflict(qtbot, tab.saveButton, tab.conflict_shown)

    assert "支援計画の第1版" in dialog.headline.text()
    assert "tanaka 職員さん" in dialog.headline.text()
    goal = row_of(dialog, "overall_goal")
    assert dialog.cell_text(goal, 2) == "家計を立て直す。"
    assert dialog.cell_text(goal, 3) == "(空欄)"
    wishes = row_of(dialog, "client_wishes")
    assert dialog.cell_text(wishes, 3) == "母とこの家で暮らし続けたい。"
    assert tab.wishesEdit.toPlainText() == "母とこの家で暮らし続けたい。"

    qtbot.mouseClick(dialog.reapplyButton, Qt.MouseButton.LeftButton)
    assert tab.is_editing()
    with qtbot.waitSignal(tab.saved, timeout=10_000) as saved:
        qtbot.mouseClick(tab.saveButton, Qt.MouseButton.LeftButton)
    view = saved.args[0]
    assert view.client_wishes == "母とこの家で暮らし続けたい。"
    assert view.overall_goal == ""  # the deliberate overwrite


def test_dialog_without_differences_or_author(qtbot: QtBot) -> None:
    empty = ConflictDialog("この記録", None, [])
    qtbot.addWidget(empty)
    assert empty.emptyLabel.isVisibleTo(empty)
    assert not empty.table.isVisibleTo(empty)
    assert "ほかの職員が保存しました" in empty.headline.text()
    last = LastChange(1, "佐藤", dt.datetime(2025, 6, 10, 9, 5), True, ())
    long_text = "長い記録。" * 40
    mine = ConflictDialog("この記録", last, [FieldDiff("body", "内容", "", long_text, "短い")])
    qtbot.addWidget(mine)
    assert "あなたのアカウント" in mine.headline.text()
    assert "令和7年6月10日 09:05" in mine.headline.text()
    assert mine.cell_text(0, 2) == long_text  # a long text scrolls in its own box
    assert mine.table.cellWidget(0, 2) is not None
    assert mine.cell_text(0, 1) == "(空欄)"


def test_a_stale_consent_shows_what_the_other_person_agreed_and_keeps_the_form(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    other: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(supervisor)
    rows = ctx.agencies.search(supervisor)
    houkatsu = next(r for r in rows if r.name.startswith("地域包括支援センター"))
    dialog = ConsentDialog(
        ctx.consents,
        supervisor,
        case_id,
        overview=ctx.consents.overview(supervisor, case_id),
        agency_rows=rows,
        changes=ctx.changes,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(str(ConsentStatus.GIVEN)))
    dialog.dateEdit.setText("2025-06-10")
    dialog.methodCombo.setCurrentIndex(dialog.methodCombo.findData(str(ConsentMethod.VERBAL)))
    ime(dialog.notesEdit, "電話で本人に確認した。")
    # user B records a consent first (the case's version moves on)
    ctx.consents.record(
        other,
        case_id,
        ConsentInput(
            case_version=ctx.consents.overview(other, case_id).case_version,
            status=ConsentStatus.GIVEN,
            recorded_on="2025-06-09",
            method=ConsentMethod.SIGNATURE,
            agency_ids=(houkatsu.id,),
        ),
    )

    conflict = save_into_conflict(qtbot, dialog.saveButton, dialog.conflict_shown)

    assert "このケースは" in conflict.headline.text()
    assert "tanaka 職員さん" in conflict.headline.text()
    agencies = row_of(conflict, "agencies")
    assert houkatsu.name in conflict.cell_text(agencies, 2)
    assert conflict.cell_text(agencies, 3) == "(空欄)"
    method = row_of(conflict, "method")
    assert conflict.cell_text(method, 2) == "署名"
    assert conflict.cell_text(method, 3) == "口頭"
    assert dialog.notesEdit.toPlainText() == "電話で本人に確認した。"

    qtbot.mouseClick(conflict.reapplyButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    current = saved.args[0].current
    assert current.method is ConsentMethod.VERBAL
    assert current.agency_ids == ()  # the deliberate overwrite
    assert current.notes == "電話で本人に確認した。"
