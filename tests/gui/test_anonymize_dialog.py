"""The anonymised export of a case (研修用に匿名化して書き出す): open, review, tick, save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.gui.anonymize_dialog import AnonymizeDialog
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]) -> CaseView:
    """The case of 髙橋 健一 (phone 03-1234-5678), opened by the supervisor."""
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        opened = main_window.open_case(three_cases["髙橋"])
    return opened


def _open(qtbot: QtBot, view: CaseView) -> AnonymizeDialog:
    assert view.anonymizeButton.isVisible()
    with qtbot.waitSignal(view.anonymize_opened, timeout=5_000) as opened:
        view.anonymizeButton.click()
    dialog = opened.args[0]
    assert isinstance(dialog, AnonymizeDialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=10_000)
    return dialog


def test_open_review_tick_and_save(
    qtbot: QtBot,
    ctx: AppContext,
    view: CaseView,
    tmp_path: Path,
    ime: Callable[[QWidget, str], None],
) -> None:
    assert view.anonymizeButton.text() == "研修用に匿名化して書き出す…"
    dialog = _open(qtbot, view)
    text = dialog.textEdit.toPlainText()
    assert "髙橋" not in text
    assert "健一" not in text
    assert "タカハシ" not in text
    assert "03-1234-5678" not in text
    assert "本人" in text
    assert "失業して家賃を滞納している。" in text
    assert dialog.reportLabel.text().startswith("伏せた内容: ")
    assert "日" in dialog.reportLabel.text()

    # saving is refused until the review is ticked
    assert not dialog.saveButton.isEnabled()
    out = tmp_path / "事例.md"
    dialog.save_path_chooser = lambda _parent, _suggested: str(out)
    dialog.save()
    assert dialog.messageLabel.isVisible()
    assert "内容を確認しました" in dialog.messageLabel.text()
    assert not out.exists()

    # the reviewer edits, ticks and saves
    dialog.textEdit.moveCursor(dialog.textEdit.textCursor().MoveOperation.End)
    ime(dialog.textEdit, "\n研修での問い: 最初に何を確かめるか。")
    dialog.checkedBox.setChecked(True)
    assert dialog.saveButton.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.saveButton.click()
    assert saved.args[0] == str(out)
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# 支援事例")
    assert "研修での問い: 最初に何を確かめるか。" in written
    assert "保存しました" in dialog.messageLabel.text()
    with ctx.db.read() as s:
        export = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).one()
    assert export.detail == {"form": "anonymised_case", "format": "md"}
    dialog.close()


def test_a_name_typed_back_in_is_refused_and_the_text_kept(
    qtbot: QtBot, view: CaseView, tmp_path: Path, ime: Callable[[QWidget, str], None]
) -> None:
    dialog = _open(qtbot, view)
    dialog.textEdit.moveCursor(dialog.textEdit.textCursor().MoveOperation.End)
    ime(dialog.textEdit, "\n髙橋さん")
    typed = dialog.textEdit.toPlainText()
    dialog.checkedBox.setChecked(True)
    out = tmp_path / "case.txt"
    dialog.save_path_chooser = lambda _parent, _suggested: str(out)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.saveButton.click()
    assert "氏名" in failed.args[0]
    assert dialog.messageLabel.text() == failed.args[0]
    assert dialog.textEdit.toPlainText() == typed
    assert not out.exists()
    assert dialog.saveButton.isEnabled()
    dialog.close()


def test_only_supervisors_see_the_button(
    qtbot: QtBot,
    ctx: AppContext,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    counselor = new_user("kato", Role.COUNSELOR)
    case_id = case_factory(counselor)
    view = CaseView(ctx.cases, counselor, case_id, case_export=ctx.case_export)
    qtbot.addWidget(view)
    view.show()
    assert not view.anonymizeButton.isVisible()
    assert view.open_anonymize() is None


def test_every_visible_string_is_japanese(
    qtbot: QtBot, view: CaseView, latin: Callable[..., list[str]]
) -> None:
    dialog = _open(qtbot, view)
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    bad = {t: words for t in texts if (words := latin(t, also_allowed=("A", "B")))}
    assert not bad
    dialog.close()
