"""The 連絡票 tab and the PDF preview: list, print (audited), save as, Japanese only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.storage.orm import AuditEvent


@pytest.fixture
def view(qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]) -> CaseView:
    """The case of 髙橋 健一 on its 連絡票 tab."""
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        opened = main_window.open_case(three_cases["髙橋"])
    opened.ui.stageTabs.setCurrentWidget(opened.ui.contactSlipTab)
    return opened


def _open_preview(qtbot: QtBot, view: CaseView) -> PdfPreviewDialog:
    with qtbot.waitSignal(view.preview_opened, timeout=15_000) as blocker:
        view.ui.printSlipButton.click()
    dialog = blocker.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    return dialog


def _print_events(ctx: AppContext) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "print")))


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisible():
            texts.append(child.text())
    return texts


def test_tab_lists_the_consultations(view: CaseView) -> None:
    """The tab shows the consultation, its full concern, the household and the consent."""
    ui = view.ui
    assert ui.stageTabs.tabText(1) == "連絡票"
    table = ui.slipConsultationsTable
    assert table.rowCount() == 1
    assert table.item(0, 0).text().startswith("R7.7.1")
    assert table.item(0, 4).text() == "失業して家賃を滞納している。"
    assert ui.slipConcernText.toPlainText() == "失業して家賃を滞納している。"
    assert ui.slipMembersTable.rowCount() == 1
    assert ui.slipMembersTable.item(0, 1).text() == "髙橋\u3000健一"
    assert ui.slipConsentLabel.text() == "同意：未確認"
    assert ui.printSlipButton.text() == "連絡票を印刷…"
    assert ui.printSlipButton.isEnabled()


def test_print_builds_an_audited_preview(
    qtbot: QtBot, ctx: AppContext, view: CaseView, tmp_path: Path
) -> None:
    """印刷 builds the PDF (a PRINT audit event) and shows it; printing renders its pages."""
    assert _print_events(ctx) == []
    dialog = _open_preview(qtbot, view)
    assert dialog.document.pageCount() >= 1
    assert dialog.pageLabel.text() == f"1 / {dialog.document.pageCount()} ページ"
    events = _print_events(ctx)
    assert len(events) == 1
    assert events[0].case_id == view.case_id

    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self) -> int:
            return 1

    dialog.print_dialog_factory = lambda printer, _parent: FakePrintDialog(printer)
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as blocker:
        assert dialog.print_document()
    assert blocker.args == [dialog.document.pageCount()]
    assert out.stat().st_size > 1000
    # Building the preview and sending it to the printer are both in the trail.
    qtbot.waitUntil(lambda: len(_print_events(ctx)) == 2, timeout=5000)
    assert _print_events(ctx)[1].detail == {"form": "contact_slip", "output": "printer"}


def test_save_as_copies_the_pdf_and_close_removes_the_temporary_file(
    qtbot: QtBot, ctx: AppContext, view: CaseView, tmp_path: Path
) -> None:
    """PDFとして保存 copies the file where the (substituted) file dialog says."""
    dialog = _open_preview(qtbot, view)
    asked: list[str] = []

    def choose(_parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "copy")

    dialog.save_path_chooser = choose
    saved = dialog.save_as()
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert view.detail is not None
    assert asked == [f"連絡票 {view.detail.case_number}.pdf"]

    def exports() -> list[AuditEvent]:
        with ctx.db.read() as s:
            return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "export")))

    qtbot.waitUntil(lambda: len(exports()) == 1, timeout=5000)  # saving is audited
    assert exports()[0].detail == {"form": "contact_slip", "output": "file"}
    temp_pdf = dialog.pdf
    assert temp_pdf.exists()
    dialog.closeButton.click()
    qtbot.waitUntil(lambda: not temp_pdf.parent.exists(), timeout=5_000)
    assert not temp_pdf.exists()


def test_save_as_cancelled_does_nothing(qtbot: QtBot, view: CaseView) -> None:
    """A cancelled file dialog saves nothing."""
    dialog = _open_preview(qtbot, view)
    dialog.save_path_chooser = lambda _parent, _suggested: None
    assert dialog.save_as() is None
    dialog.close()


def test_ctrl_p_prints_only_on_the_slip_tab(qtbot: QtBot, view: CaseView) -> None:
    """Ctrl+P opens the preview while the 連絡票 tab is shown."""
    with qtbot.waitSignal(view.preview_opened, timeout=15_000) as blocker:
        view.print_shortcut.activated.emit()
    assert isinstance(blocker.args[0], PdfPreviewDialog)
    blocker.args[0].close()


def test_every_visible_string_is_japanese(
    qtbot: QtBot, view: CaseView, latin: Callable[..., list[str]]
) -> None:
    """The tab and the preview show no English."""
    for text in _visible_texts(view.ui.contactSlipTab):
        assert latin(text) == [], text
    headers = [
        view.ui.slipConsultationsTable.horizontalHeaderItem(c).text()
        for c in range(view.ui.slipConsultationsTable.columnCount())
    ]
    for text in headers:
        assert latin(text) == [], text
    dialog = _open_preview(qtbot, view)
    qtbot.waitExposed(dialog)
    for text in _visible_texts(dialog):
        # 「PDFとして保存…」: PDF is the established name of the file format.
        assert latin(text, also_allowed=("PDF",)) == [], text
    dialog.close()
