"""The agency directory dialog: search, filters, role-dependent buttons, editing and CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.gui.agency_directory import AgencyDirectoryDialog, AgencyEditDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.agencies import CSV_COLUMNS
from welfaredesk.services.dto import Principal

pytestmark = pytest.mark.gui

EDIT_BUTTONS = ("newButton", "editButton", "activeButton", "exportButton", "importButton")


def _open(qtbot: QtBot, ctx: AppContext, principal: Principal) -> AgencyDirectoryDialog:
    dialog = AgencyDirectoryDialog(ctx, principal)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10_000):
        dialog.resize(1100, 720)
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _search(qtbot: QtBot, dialog: AgencyDirectoryDialog, act: Callable[[], None]) -> None:
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10_000):
        act()


def test_opens_from_the_menu_shortcut(qtbot: QtBot, main_window: MainWindow) -> None:
    """Ctrl+Shift+A opens the directory, filled in kana order."""
    with qtbot.waitSignal(main_window.agency_directory_opened, timeout=5_000) as opened:
        qtbot.keyClick(
            main_window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog = opened.args[0]
    assert isinstance(dialog, AgencyDirectoryDialog)
    qtbot.waitUntil(lambda: dialog.ui.agencyTable.rowCount() > 0, timeout=10_000)
    assert main_window.ui.agencyDirectoryAction.text() == "関係機関の一覧(&A)…"
    kana = [row.kana for row in dialog._rows]
    assert kana == sorted(kana)
    dialog.close()


def test_search_by_katakana_kana_finds_the_agency(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    ime: Callable[[QWidget, str], None],
) -> None:
    dialog = _open(qtbot, ctx, counselor)
    _search(qtbot, dialog, lambda: ime(dialog.ui.searchEdit, "コダイラ"))
    assert "権利擁護センターこだいら" in dialog.row_names()
    index = dialog.row_names().index("権利擁護センターこだいら")
    dialog.ui.agencyTable.clearSelection()
    dialog.ui.agencyTable.selectRow(index)
    qtbot.waitUntil(
        lambda: dialog.ui.detailGroup.title() == "権利擁護センターこだいら", timeout=10_000
    )


def test_filtering_by_an_issue_shows_only_matching_agencies(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    dialog = _open(qtbot, ctx, counselor)
    everything = len(dialog.row_names())
    combo = dialog.ui.issueCombo
    assert combo.itemText(0) == "すべての課題"
    dementia = combo.findData("dementia")
    assert combo.itemText(dementia).startswith("\u3000")  # indented under 高齢
    parent = combo.findData("elderly")
    assert parent < dementia
    assert all(combo.itemText(i).startswith("\u3000") for i in range(parent + 1, dementia + 1))
    _search(qtbot, dialog, lambda: combo.setCurrentIndex(combo.findData("poverty")))
    related = {"poverty"} | {
        e.code for e in ctx.reference.picklist("issue_category") if e.parent_code == "poverty"
    }
    assert 0 < len(dialog._rows) < everything
    assert all(related.intersection(row.issue_codes) for row in dialog._rows)


def test_counselor_sees_no_edit_buttons(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    dialog = _open(qtbot, ctx, counselor)
    for name in EDIT_BUTTONS:
        assert not dialog.findChild(QAbstractButton, name).isVisible(), name


def test_supervisor_sees_the_edit_buttons(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    for name in EDIT_BUTTONS:
        assert dialog.findChild(QAbstractButton, name).isVisible(), name


def test_export_writes_a_csv_with_bom_and_header(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    target = tmp_path / "関係機関.csv"
    asked: list[str] = []

    def chooser(_parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog.save_path_chooser = chooser
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.ui.exportButton.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    first = data.decode("utf-8-sig").split("\r\n")[0]
    assert first == ",".join(CSV_COLUMNS)
    assert asked == ["関係機関.csv"]


def test_edit_shows_a_validation_error_inline_and_saves(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Callable[[QWidget, str], None]
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    with qtbot.waitSignal(dialog.editor_opened, timeout=5_000) as opened:
        dialog.ui.newButton.click()
    editor = opened.args[0]
    assert isinstance(editor, AgencyEditDialog)
    ime(editor.name_edit, "さくら相談所")
    with qtbot.waitSignal(editor.failed, timeout=10_000):
        editor.save()
    assert "ふりがな" in editor.message_label.text()
    assert editor.kana_edit.hasFocus()
    ime(editor.kana_edit, "さくらそうだんしょ")
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10_000):
        editor.save()
    assert "さくら相談所" in dialog.row_names()


def test_a_stale_edit_shows_the_conflict(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    qtbot.waitUntil(lambda: dialog._detail is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.editor_opened, timeout=5_000) as opened:
        dialog.ui.editButton.click()
    editor = opened.args[0]
    detail = dialog._detail
    assert detail is not None
    ctx.agencies.set_active(supervisor, detail.id, not detail.active, detail.version)
    with qtbot.waitSignal(editor.failed, timeout=10_000):
        editor.save()
    assert "ほかの利用者" in editor.message_label.text()
    assert editor.isVisible()


def test_import_checks_first_then_imports_on_confirmation(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    source = tmp_path / "in.csv"
    row = ["ひまわり食堂", "ひまわりしょくどう", "地域の担い手"] + [""] * (len(CSV_COLUMNS) - 3)
    row[CSV_COLUMNS.index("有効")] = "1"
    source.write_text(
        "\ufeff" + ",".join(CSV_COLUMNS) + "\r\n" + ",".join(row) + "\r\n", encoding="utf-8"
    )
    dialog.open_path_chooser = lambda _parent, _suggested: str(source)
    with qtbot.waitSignal(dialog.import_checked, timeout=10_000) as checked:
        dialog.ui.importButton.click()
    box = checked.args[0]
    assert isinstance(box, QMessageBox)
    assert "新規 1 件" in box.informativeText()
    assert "ひまわり食堂" not in {r.name for r in ctx.agencies.search(supervisor)}
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        accept.click()
    assert "ひまわり食堂" in {r.name for r in ctx.agencies.search(supervisor)}


def test_every_visible_string_is_japanese(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, latin: Callable[..., list[str]]
) -> None:
    """Labels, buttons, combo items, headers and the title are Japanese (agency data aside)."""
    dialog = _open(qtbot, ctx, supervisor)
    data_labels = {"addressValue", "contactValue", "areaValue", "issuesValue", "notesValue"}
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        is_data = widget.objectName() in data_labels
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and not is_data):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    table = dialog.ui.agencyTable
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        assert header is not None
        texts.append(header.text())
    with qtbot.waitSignal(dialog.editor_opened, timeout=5_000) as opened:
        dialog.ui.newButton.click()
    editor = opened.args[0]
    texts.append(editor.windowTitle())
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    # 「CSV書き出し…」「CSV取り込み…」 are the wording the desk asked for.
    bad = {t: words for t in texts if (words := latin(t, also_allowed=("CSV",)))}
    assert not bad
    assert dialog.findChild(QGroupBox, "detailGroup") is not None
