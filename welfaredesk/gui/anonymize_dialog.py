"""Review and save a case anonymised for training and briefings (研修用の匿名化事例).

Opened from the case view's 基本情報・世帯 tab by users with :attr:`Action.CASE_EXPORT`. The
dialog asks :meth:`CaseExportService.build` for the anonymised text on the database worker,
shows it in an editable text box with what was masked, and saves it only after the user ticks
「内容を確認しました」. The file chooser is an attribute (:attr:`AnonymizeDialog.save_path_chooser`)
so tests never open a native dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.case_export import AnonymisedCase, CaseExportService
from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

PathChooser = Callable[[QWidget, str], str | None]
"""Asks for a file, given a parent and a suggested name; None when cancelled."""


def _native_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AnonymizeDialog", "Save the anonymised case"),
        suggested,
        QCoreApplication.translate("AnonymizeDialog", "Text files (*.md *.txt)"),
    )
    return path or None


class AnonymizeDialog(QDialog):
    """The anonymised text of one case, for review, editing and saving.

    Attributes:
        document: the anonymised case once built, else None.
        save_path_chooser: asks where to save (replaced in tests).

    Signals:
        loaded(object): the :class:`AnonymisedCase` arrived and is shown.
        saved(str): the reviewed text was written (the path).
        failed(str): building or saving failed (the message shown).
    """

    loaded = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        service: CaseExportService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("anonymizeDialog")
        self.setWindowTitle(self.tr("Anonymised case for training"))
        self._service = service
        self._principal = principal
        self.case_id = case_id
        self.document: AnonymisedCase | None = None
        self.save_path_chooser: PathChooser = _native_save_path

        self.warningLabel = QLabel(
            self.tr(
                "Names, addresses, phone numbers and case numbers are masked and every date is "
                "moved. Read the whole text before saving: people outside the household, rare "
                "details and places may still identify the family. Edit the text where needed."
            ),
            self,
        )
        self.warningLabel.setObjectName("warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty("messageKind", "error")
        self.reportLabel = QLabel(self.tr("Anonymising the case…"), self)
        self.reportLabel.setObjectName("reportLabel")
        self.reportLabel.setWordWrap(True)
        self.legendLabel = QLabel(
            self.tr(
                "People are shown by their relation to the client (本人, 母, 長男 …) or as A氏, "
                "B氏; staff as 職員A, 職員B. Agency names are kept: they are public bodies."
            ),
            self,
        )
        self.legendLabel.setObjectName("legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setProperty("role", "caption")

        self.textEdit = QPlainTextEdit(self)
        self.textEdit.setObjectName("textEdit")
        self.textEdit.setAccessibleName(self.tr("The anonymised export"))
        self.textEdit.setReadOnly(True)
        font = QFont(self.textEdit.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.textEdit.setFont(font)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        set_message(self.messageLabel, "")

        self.checkedBox = QCheckBox(self.tr("I have &checked the contents"), self)
        self.checkedBox.setObjectName("checkedBox")
        self.checkedBox.setEnabled(False)
        self.checkedBox.toggled.connect(self._update_buttons)
        self.saveButton = QPushButton(self.tr("&Save…"), self)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setObjectName("closeButton")
        self.closeButton.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.checkedBox)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.warningLabel)
        layout.addWidget(self.reportLabel)
        layout.addWidget(self.legendLabel)
        layout.addWidget(self.textEdit, 1)
        layout.addWidget(self.messageLabel)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self._update_buttons()
        self._build()

    # - building -

    def _build(self) -> None:
        service, principal, case_id = self._service, self._principal, self.case_id
        run_op(
            self,
            lambda: service.build(principal, case_id),
            self._show,
            self._build_failed,
        )

    def _show(self, document: AnonymisedCase) -> None:
        self.document = document
        self.textEdit.setPlainText(document.text)
        self.textEdit.setReadOnly(False)
        self.reportLabel.setText(self.tr("Masked: %1").replace("%1", document.report.summary()))
        self.checkedBox.setEnabled(True)
        self._update_buttons()
        self.loaded.emit(document)

    def _build_failed(self, error: KnownError) -> None:
        self.reportLabel.setText("")
        set_message(self.messageLabel, error.text())
        self.failed.emit(error.text())

    # - saving -

    def _update_buttons(self) -> None:
        ready = self.document is not None and self.checkedBox.isChecked()
        self.saveButton.setEnabled(ready)

    def save(self) -> None:
        """Ask where to save and write the reviewed text (only once the review is ticked)."""
        if self.document is None:
            return
        if not self.checkedBox.isChecked():
            set_message(
                self.messageLabel,
                self.tr("Read the whole text and tick the check box before saving."),
            )
            self.checkedBox.setFocus()
            return
        chosen = self.save_path_chooser(self, self.tr("anonymised-case.md"))
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(".md")
        text = self.textEdit.toPlainText()
        service, principal, case_id = self._service, self._principal, self.case_id
        self.saveButton.setEnabled(False)
        run_op(
            self,
            lambda: str(service.save(principal, case_id, text, out)),
            self._saved,
            self._save_failed,
        )

    def _saved(self, path: str) -> None:
        set_message(self.messageLabel, self.tr("Saved to %1.").replace("%1", path), kind="info")
        self._update_buttons()
        self.saved.emit(path)

    def _save_failed(self, error: KnownError) -> None:
        # The reviewed text stays as it is; the user fixes it and saves again.
        set_message(self.messageLabel, error.text())
        self._update_buttons()
        self.failed.emit(error.text())
