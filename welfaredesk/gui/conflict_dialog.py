"""The conflict dialog: a save was refused because someone else saved the record first.

Optimistic locking (design.md §5) refuses a stale save with a
:class:`~welfaredesk.domain.errors.ConflictError`. The editor then reads the record as it is
now and who saved it (:meth:`ChangeService.last_change`), and :class:`ConflictDialog` shows
who and when, and a table of the fields that differ: 項目 | 開いたときの内容 | ほかの職員が
保存した内容 | あなたの入力 (:func:`~welfaredesk.services.changes.diff_fields`, a pure function
over display snapshots). The user chooses:

- 自分の入力を残して最新版に重ねる (:attr:`Choice.REAPPLY`): the editor takes the newest
  version number and keeps the user's values, so the next 保存 is a deliberate overwrite;
- 最新の内容を表示 (:attr:`Choice.SHOW_LATEST`): the user's input goes to the clipboard and the
  editor shows the newest version;
- 閉じる: nothing changes; the input stays in the editor (and in its autosaved draft).

The user's text is never lost by this dialog.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.dates import parse_date
from welfaredesk.domain.errors import ValidationError
from welfaredesk.gui.display import fmt_date, fmt_datetime
from welfaredesk.services.changes import FieldDiff, LastChange, input_text

LONG_TEXT = 160
"""Cells longer than this (or of more than :data:`LONG_LINES` lines) scroll in a text box;
shorter ones wrap in the cell."""

LONG_LINES = 5

ROW_PADDING = 12
"""Room above and below a wrapped cell's text (pixels)."""

CELL_HEIGHT = 150
"""The height of a row with a scrolling text box (pixels)."""


class Choice(enum.Enum):
    """What the user chose in the conflict dialog."""

    REAPPLY = "reapply"
    SHOW_LATEST = "show_latest"
    CLOSE = "close"


def typed_date(text: str) -> str:
    """A typed date in the form a saved one is shown in (as typed when it is not a date)."""
    try:
        day = parse_date(text, field="date", label="date", today=dt.date.today())
    except ValidationError:
        return text.strip()
    return fmt_date(day)


def copy_to_clipboard(mine: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """Put the user's input on the clipboard as ``label：value`` lines; returns the text."""
    text = input_text(mine, labels)
    QGuiApplication.clipboard().setText(text)
    return text


class ConflictDialog(QDialog):
    """Who saved the record first, what differs, and what to do with the user's input.

    Attributes:
        choice: what the user chose (:attr:`Choice.CLOSE` until a button is pressed).
        diffs: the rows of the table.

    Signals:
        chosen(object): a button was pressed (the :class:`Choice`).
    """

    chosen = Signal(object)

    def __init__(
        self,
        what: str,
        last: LastChange | None,
        diffs: Sequence[FieldDiff],
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog (not yet shown).

        Args:
            what: what was being saved, already translated (「この支援経過」).
            last: who saved the record last and when, or None when the trail does not say.
            diffs: the fields that differ (from :func:`diff_fields`).
            parent: the editor.
        """
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved this first"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.choice = Choice.CLOSE
        self.diffs = list(diffs)
        layout = QVBoxLayout(self)

        self.headline = QLabel(self._headline(what, last), self)
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setProperty("role", "title")
        layout.addWidget(self.headline)
        explanation = QLabel(
            self.tr(
                "Your save was not made. What you typed is still in the editor and in its "
                "draft. Compare it with what was saved, then choose what to do."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("When you opened it"),
                self.tr("Saved by the other person"),
                self.tr("Your input"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fill()
        layout.addWidget(self.table, 1)
        self.emptyLabel = QLabel(
            self.tr(
                "The other person's save did not change the fields of this form "
                "(it changed something else, such as a confirmation or the case's stage)."
            ),
            self,
        )
        self.emptyLabel.setObjectName("conflictEmptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setVisible(not any(d.changed_by_them for d in self.diffs))
        self.table.setVisible(bool(self.diffs))
        layout.addWidget(self.emptyLabel)
        hint = QLabel(
            self.tr(
                "Bold: changed by the other person. Marked ★: you both changed it; "
                "saving your input replaces what they saved."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "note")
        hint.setVisible(bool(self.diffs))
        layout.addWidget(hint)

        buttons = QDialogButtonBox(self)
        self.reapplyButton = QPushButton(self.tr("&Keep my input on top of the latest"), self)
        self.reapplyButton.setObjectName("conflictReapplyButton")
        self.reapplyButton.setToolTip(
            self.tr(
                "Your input stays in the form. Check it and save again: it then replaces "
                "the latest version."
            )
        )
        self.latestButton = QPushButton(
            self.tr("Show the &latest (your input to the clipboard)"), self
        )
        self.latestButton.setObjectName("conflictShowLatestButton")
        self.latestButton.setToolTip(
            self.tr(
                "The form shows what was saved last. Your input is copied to the clipboard "
                "so you can paste what you still need."
            )
        )
        self.closeButton = QPushButton(self.tr("&Close"), self)
        self.closeButton.setObjectName("conflictCloseButton")
        buttons.addButton(self.reapplyButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.latestButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.closeButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.reapplyButton.clicked.connect(lambda: self._choose(Choice.REAPPLY))
        self.latestButton.clicked.connect(lambda: self._choose(Choice.SHOW_LATEST))
        self.closeButton.clicked.connect(self.reject)
        self.reapplyButton.setDefault(True)
        layout.addWidget(buttons)
        self.resize(1040, 500 if self.diffs else 300)

    # --- building ---------------------------------------------------------------------------

    def _headline(self, what: str, last: LastChange | None) -> str:
        if last is None:
            return self.tr("{what} was saved by someone else after you opened it.").format(
                what=what
            )
        when = self._when(last.at)
        if last.by_me:
            return self.tr(
                "{what} was saved on {when} with your account, in another window or on "
                "another PC, after you opened it."
            ).format(what=what, when=when)
        return self.tr("{what} was saved by {name} on {when}, after you opened it.").format(
            what=what, name=last.user_name or self.tr("another staff member"), when=when
        )

    @staticmethod
    def _when(at: dt.datetime) -> str:
        return fmt_datetime(at)

    def _fill(self) -> None:
        table = self.table
        bold = QFont(self.font())
        bold.setBold(True)
        table.setRowCount(len(self.diffs))
        for row, diff in enumerate(self.diffs):
            name = QTableWidgetItem(f"★ {diff.label}" if diff.clash else diff.label)
            name.setData(Qt.ItemDataRole.UserRole, diff.field)
            table.setItem(row, 0, name)
            for column, text in ((1, diff.opened), (2, diff.theirs), (3, diff.mine)):
                self._set_cell(
                    row, column, text, bold if column == 2 and diff.changed_by_them else None
                )
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as high as their text (after the columns got their width); long ones scroll."""
        table = self.table
        for row in range(table.rowCount()):
            if any(table.cellWidget(row, c) is not None for c in (1, 2, 3)):
                table.setRowHeight(row, CELL_HEIGHT)
            else:
                table.resizeRowToContents(row)
                table.setRowHeight(row, table.rowHeight(row) + ROW_PADDING)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        """Override QWidget.resizeEvent: the wrapped rows follow the columns' new width."""
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        """Override QWidget.showEvent: fit the rows once the columns have their width."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def _set_cell(self, row: int, column: int, text: str, font: QFont | None) -> None:
        shown = text if text.strip() else self.tr("(empty)")
        if text.strip().count("\n") >= LONG_LINES or len(text) > LONG_TEXT:
            box = QPlainTextEdit(self.table)
            box.setReadOnly(True)
            box.setPlainText(shown)
            box.setFrameShape(QPlainTextEdit.Shape.NoFrame)
            box.setObjectName(f"conflictCell_{row}_{column}")
            if font is not None:
                box.setFont(font)
            self.table.setCellWidget(row, column, box)
            return
        item = QTableWidgetItem(shown)
        item.setToolTip(text)
        if font is not None:
            item.setFont(font)
        if not text.strip():
            item.setForeground(self.palette().placeholderText())
        self.table.setItem(row, column, item)

    # --- answers ------------------------------------------------------------------------------

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell (from its item or its text box)."""
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()

    def reject(self) -> None:
        """閉じる, Esc or the title bar: nothing changes in the editor."""
        self.choice = Choice.CLOSE
        self.chosen.emit(Choice.CLOSE)
        super().reject()
