"""A preview of a printed form: the PDF on screen, with 印刷… and PDFとして保存….

The PDF is shown with QtPdf. Printing renders each page into the printer with a
:class:`QPainter`; saving copies the file. The print dialog and the file dialog are made by
replaceable attributes (:attr:`PdfPreviewDialog.print_dialog_factory`,
:attr:`PdfPreviewDialog.save_path_chooser`), so tests never open a native dialog.

Building the PDF for the preview already counts as printing: the service that builds it
writes the PRINT audit event, because the preview can be printed or saved from here.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfPageNavigator
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk import paths
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message

PREVIEW_SIZE = (900, 760)
"""The preview's first size: an A4 page at a readable width, within a 1280×800 screen."""

MAX_PRINT_DPI = 300
"""Pages are rendered for the printer at most at this resolution (keeps the images small)."""

ZOOM_STEP = 1.25
"""How much one zoom in or out changes the scale."""


class ExecDialog(Protocol):
    """What printing needs from a print dialog: run it modally, tell whether it was accepted."""

    def exec(self) -> int:
        """Run the dialog; returns ``QDialog.DialogCode.Accepted`` (1) when confirmed."""
        ...


PrintDialogFactory = Callable[[QPrinter, QWidget], ExecDialog]
"""Makes the print dialog for a printer and a parent."""

SavePathChooser = Callable[[QWidget, str], str | None]
"""Asks where to save, given a parent and a suggested file name; None when cancelled."""


def _native_print_dialog(printer: QPrinter, parent: QWidget) -> ExecDialog:
    return QPrintDialog(printer, parent)


def _native_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfPreviewDialog", "Save as PDF"),
        suggested,
        QCoreApplication.translate("PdfPreviewDialog", "PDF files (*.pdf)"),
    )
    return path or None


class PdfPreviewDialog(QDialog):
    """Shows a PDF file and lets the user print it or save a copy.

    The dialog deletes itself when closed; ``on_close`` (for example removing the temporary
    folder holding the file) runs after the document is closed.

    Attributes:
        pdf: the file shown.
        document: the loaded PDF.
        view: the page view.
        print_dialog_factory: makes the print dialog (replace it in tests).
        save_path_chooser: asks for the file to save to (replace it in tests).

    Signals:
        printed(int): pages were sent to the printer (the number of pages).
        saved(str): the PDF was copied to this path.
    """

    printed = Signal(int)
    saved = Signal(str)

    def __init__(
        self,
        pdf: Path,
        title: str,
        parent: QWidget | None = None,
        *,
        suggested_name: str = "",
        on_close: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(*PREVIEW_SIZE)
        self.print_dialog_factory: PrintDialogFactory = _native_print_dialog
        self.save_path_chooser: SavePathChooser = _native_save_path
        self.pdf = pdf
        self._suggested = suggested_name or pdf.name
        self._on_close = on_close
        self._closed = False

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview of the printed form"))
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.previousButton = QPushButton(self.tr("Previous page"), self)
        self.nextButton = QPushButton(self.tr("Next page"), self)
        self.pageLabel = QLabel(self)
        self.zoomOutButton = QPushButton(self.tr("Zoom out"), self)
        self.zoomInButton = QPushButton(self.tr("Zoom in"), self)
        self.fitWidthButton = QPushButton(self.tr("Fit width"), self)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        set_message(self.statusLabel, "")
        self.buttons = QDialogButtonBox(self)
        self.printButton = self.buttons.addButton(
            self.tr("Print..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.saveButton = self.buttons.addButton(
            self.tr("Save as PDF..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.closeButton = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.printButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.printButton.setDefault(True)

        bar = QHBoxLayout()
        for widget in (self.previousButton, self.pageLabel, self.nextButton):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoomOutButton, self.zoomInButton, self.fitWidthButton):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.buttons)

        self.previousButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoomInButton.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fitWidthButton.clicked.connect(self.fit_width)
        self.printButton.clicked.connect(self.print_document)
        self.saveButton.clicked.connect(self.save_as)
        self.closeButton.clicked.connect(self.reject)
        self.finished.connect(self._release)
        self._navigator().currentPageChanged.connect(self._update_page)

        self.document.load(str(pdf))
        self._update_page()

    # --- pages and zoom ---------------------------------------------------------------------

    def _navigator(self) -> QPdfPageNavigator:
        return self.view.pageNavigator()

    def page_count(self) -> int:
        """The number of pages of the document (0 when it could not be read)."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self._navigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show a page (counted from 0); out-of-range pages are ignored."""
        if 0 <= page < self.page_count():
            self._navigator().jump(page, QPointF(), self._navigator().currentZoom())
            self._update_page()

    def zoom_by(self, factor: float) -> None:
        """Change the scale by ``factor`` (leaves fit-width mode)."""
        zoom = self.view.zoomFactor() if self._is_custom_zoom() else self._fitted_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, zoom * factor)))

    def fit_width(self) -> None:
        """Scale the page to the width of the view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _is_custom_zoom(self) -> bool:
        return self.view.zoomMode() == QPdfView.ZoomMode.Custom

    def _fitted_zoom(self) -> float:
        if self.page_count() == 0:
            return 1.0
        points = self.document.pagePointSize(self.current_page())
        width_px = points.width() * self.logicalDpiX() / 72.0
        return self.view.viewport().width() / width_px if width_px > 0 else 1.0

    def _update_page(self) -> None:
        count = self.page_count()
        if count == 0:
            self.pageLabel.setText("")
            set_message(self.statusLabel, self.tr("The PDF could not be shown."), kind="error")
        else:
            self.pageLabel.setText(
                self.tr("Page {page} of {count}").format(page=self.current_page() + 1, count=count)
            )
        self.previousButton.setEnabled(self.current_page() > 0)
        self.nextButton.setEnabled(self.current_page() < count - 1)
        self.printButton.setEnabled(count > 0)
        self.saveButton.setEnabled(count > 0)

    # --- print and save ---------------------------------------------------------------------

    def print_document(self) -> bool:
        """Ask for a printer and print the pages chosen there.

        Returns:
            Whether anything was printed (False when the dialog was cancelled).
        """
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        printer.setFromTo(1, max(1, self.page_count()))
        if self.print_dialog_factory(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        pages = self.print_to(printer)
        set_message(
            self.statusLabel,
            self.tr("Sent {count} page(s) to the printer.").format(count=pages),
            kind="info",
        )
        self.printed.emit(pages)
        return pages > 0

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages into ``printer`` (its from/to range, else all).

        Returns:
            The number of pages printed.
        """
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        pages = list(range(first - 1, min(last, count)))
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            set_message(
                self.statusLabel, self.tr("The printer could not be started."), kind="error"
            )
            return 0
        try:
            for n, page in enumerate(pages):
                if n > 0:
                    printer.newPage()
                self._paint_page(painter, printer, page)
        finally:
            painter.end()
        return len(pages)

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        area = painter.viewport()
        points = self.document.pagePointSize(page)
        if points.isEmpty() or area.isEmpty():
            return
        scale = min(area.width() / points.width(), area.height() / points.height())
        target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        painter.drawImage(target, self.document.render(page, size))

    def save_as(self) -> Path | None:
        """Ask where to save and copy the PDF there.

        Returns:
            The saved file, or None when cancelled or the copy failed.
        """
        chosen = self.save_path_chooser(self, self._suggested)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf, target)
        except OSError as exc:
            set_message(
                self.statusLabel,
                self.tr("The file could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                ),
                kind="error",
            )
            return None
        set_message(
            self.statusLabel, self.tr("Saved to {path}.").format(path=str(target)), kind="info"
        )
        self.saved.emit(str(target))
        return target

    def _release(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.document.close()
        if self._on_close is not None:
            self._on_close()


def preview_pdf(
    owner: QWidget,
    *,
    build: Callable[[Path], object],
    file_name: str,
    title: str,
    record_output: Callable[[bool], None] | None,
    opened: Callable[[PdfPreviewDialog], None],
    failed: Callable[[KnownError], None],
) -> None:
    """Build a printed form on the database worker, then show it in a :class:`PdfPreviewDialog`.

    The form is written into a private temporary folder under the user's data folder, removed
    when the preview closes. Building it is audited as printing by the service that builds it;
    what the user then does with the preview (print it, save it as a file) is audited through
    ``record_output(to_file)``, which also runs on the worker.

    Args:
        owner: the widget the work belongs to (and the preview's parent).
        build: writes the PDF to the path it is given (runs on the worker).
        file_name: the file's name inside the temporary folder.
        title: the preview's title; the suggested name when saving is ``{title}.pdf``.
        record_output: audits printing (False) or saving (True); None when not audited.
        opened: called with the preview once it is open.
        failed: called with the error when the form could not be built.
    """

    def make() -> tuple[tempfile.TemporaryDirectory[str], Path]:
        folder = tempfile.TemporaryDirectory(prefix="print-", dir=paths.data_dir())
        try:
            out = Path(folder.name) / file_name
            build(out)
        except BaseException:
            folder.cleanup()
            raise
        return folder, out

    def show(result: tuple[tempfile.TemporaryDirectory[str], Path]) -> None:
        folder, pdf = result
        dialog = PdfPreviewDialog(
            pdf, title, owner, suggested_name=f"{title}.pdf", on_close=folder.cleanup
        )
        if record_output is not None:
            audit = record_output

            def output(to_file: bool) -> None:
                run_op(owner, lambda: audit(to_file), lambda _none: None)

            dialog.printed.connect(lambda _pages: output(False))
            dialog.saved.connect(lambda _path: output(True))
        dialog.open()
        opened(dialog)

    run_op(owner, make, show, failed)
