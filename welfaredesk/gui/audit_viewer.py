"""The 操作記録 viewer (audit trail) and the case's "who viewed this case" dialog.

:class:`AuditViewerDialog` is opened from the main window's File menu by roles with
:attr:`Action.AUDIT_READ`: filters (user, case number, action, period), newest events first
with "Show more" paging, CSV export (the file chooser is the attribute
:attr:`AuditViewerDialog.save_path_chooser`, so tests never open a native dialog) and the
hash-chain check. :class:`WhoViewedDialog` lists who viewed, printed or exported one case;
anyone who may read the case may open it. Every service call runs on the database worker.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.dates import parse_optional_date
from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.display import fmt_datetime
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.audit_trail import (
    DEFAULT_PAGE,
    AuditFilter,
    AuditPage,
    AuditRow,
    AuditTrailService,
    ChainResult,
    Viewing,
    audit_action_choices,
)
from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

ALL = -1
"""The item data of "All users" / "All actions" (not None: a None item data is avoided)."""

PathChooser = Callable[[QWidget, str], str | None]
"""Asks for a file, given a parent and a suggested name; None when cancelled."""


def _native_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditViewerDialog", "Export the audit trail"),
        suggested,
        QCoreApplication.translate("AuditViewerDialog", "CSV files (*.csv)"),
    )
    return path or None


def _when(moment: dt.datetime) -> str:
    return fmt_datetime(moment, seconds=True)


class TextTableModel(QAbstractTableModel):
    """Rows of ready-made texts (a model, not item widgets: a page is filled in one step)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """The number of rows (none under a row)."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """The number of columns."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The text of a cell (also its tooltip, for long details)."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Add rows at the end."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def column(self, column: int) -> list[str]:
        """The texts of one column, top to bottom."""
        return [row[column] for row in self._rows]


def _table(parent: QWidget, model: TextTableModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(len(widths), QHeaderView.ResizeMode.Stretch)
    return view


class AuditViewerDialog(QDialog):
    """Search, export and verify the audit trail (操作記録).

    Signals:
        page_loaded(int): rows were shown (the number of rows now in the table).
        exported(str): the CSV was written (the path).
        verified(object): the chain check ended (the :class:`ChainResult`).
    """

    page_loaded = Signal(int)
    exported = Signal(str)
    verified = Signal(object)

    def __init__(self, ctx: AppContext, principal: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._principal = principal
        self._filter = AuditFilter()
        self._next_before: int | None = None
        self._generation = 0
        self.page_size = DEFAULT_PAGE
        """Events per page (and per "Show more")."""
        self.save_path_chooser: PathChooser = _native_save_path
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1180, 720)

        self.userCombo = QComboBox(self)
        self.userCombo.setObjectName("userCombo")
        self.userCombo.addItem(self.tr("All users"), ALL)
        self.userCombo.setMinimumWidth(200)
        self.caseEdit = QLineEdit(self)
        self.caseEdit.setObjectName("caseEdit")
        self.caseEdit.setPlaceholderText(self.tr("e.g. R7-00012"))
        self.caseEdit.setMaximumWidth(140)
        self.actionCombo = QComboBox(self)
        self.actionCombo.setObjectName("actionCombo")
        self.actionCombo.addItem(self.tr("All actions"), ALL)
        for value, text in audit_action_choices():
            self.actionCombo.addItem(text, str(value))
        self.fromEdit = QLineEdit(self)
        self.fromEdit.setObjectName("fromEdit")
        self.toEdit = QLineEdit(self)
        self.toEdit.setObjectName("toEdit")
        self.toEdit.setAccessibleName(self.tr("Period end"))
        for edit in (self.fromEdit, self.toEdit):
            edit.setPlaceholderText(self.tr("e.g. 2025-06-01"))
            edit.setMaximumWidth(130)
        self.searchButton = QPushButton(self.tr("&Search"), self)
        self.searchButton.setObjectName("searchButton")
        self.searchButton.setDefault(True)

        filter_bar = QWidget(self)
        filters = QHBoxLayout(filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        to_label = QLabel(self.tr("to"), self)
        user_label = QLabel(self.tr("&User"), self)
        user_label.setBuddy(self.userCombo)
        case_label = QLabel(self.tr("Case &number"), self)
        case_label.setBuddy(self.caseEdit)
        action_label = QLabel(self.tr("&Action"), self)
        action_label.setBuddy(self.actionCombo)
        period_label = QLabel(self.tr("&Period"), self)
        period_label.setBuddy(self.fromEdit)
        for widget in (
            user_label,
            self.userCombo,
            case_label,
            self.caseEdit,
            action_label,
            self.actionCombo,
            period_label,
            self.fromEdit,
            to_label,
            self.toEdit,
            self.searchButton,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = TextTableModel(
            [
                self.tr("Date and time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Target"),
                self.tr("Case number"),
                self.tr("Details"),
            ],
            self,
        )
        self.table = _table(self, self.model, (190, 170, 120, 140, 110))
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))

        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        self.moreButton = QPushButton(self.tr("Show &more"), self)
        self.moreButton.setObjectName("moreButton")
        self.moreButton.setEnabled(False)
        self.exportButton = QPushButton(self.tr("&Export CSV..."), self)
        self.exportButton.setObjectName("exportButton")
        self.verifyButton = QPushButton(self.tr("&Verify the chain"), self)
        self.verifyButton.setObjectName("verifyButton")
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        footer_bar = QWidget(self)
        footer = QHBoxLayout(footer_bar)
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.countLabel)
        footer.addWidget(self.moreButton)
        footer.addStretch(1)
        footer.addWidget(self.verifyButton)
        footer.addWidget(self.exportButton)

        layout = QVBoxLayout(self)
        layout.addWidget(filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(footer_bar)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)

        self.searchButton.clicked.connect(self.search)
        self.caseEdit.returnPressed.connect(self.search)
        self.moreButton.clicked.connect(self.show_more)
        self.exportButton.clicked.connect(self.export_csv)
        self.verifyButton.clicked.connect(self.verify)

        service = ctx.audit_trail
        run_op(self, lambda: service.users(principal), self._users_loaded, self._failed)
        self.search()

    # --- filters and paging ---------------------------------------------------------------

    def _users_loaded(self, users: list[tuple[int, str]]) -> None:
        for user_id, name in users:
            self.userCombo.addItem(name, user_id)

    def _read_filter(self) -> AuditFilter | None:
        """The filter as typed, or None after showing what is wrong."""
        today = dt.date.today()
        mark_invalid(self.fromEdit, False)
        mark_invalid(self.toEdit, False)
        try:
            start = parse_optional_date(
                self.fromEdit.text(), field="date_from", label=self.tr("Period (from)"), today=today
            )
        except ValidationError as exc:
            mark_invalid(self.fromEdit, True)
            set_message(self.messageLabel, exc.text())
            return None
        try:
            end = parse_optional_date(
                self.toEdit.text(), field="date_to", label=self.tr("Period (to)"), today=today
            )
        except ValidationError as exc:
            mark_invalid(self.toEdit, True)
            set_message(self.messageLabel, exc.text())
            return None
        action = self.actionCombo.currentData()
        user_id = self.userCombo.currentData()
        return AuditFilter(
            user_id=None if user_id == ALL else int(user_id),
            case_number=self.caseEdit.text().strip(),
            actions=() if action == ALL else (AuditAction(action),),
            date_from=start,
            date_to=end,
            limit=self.page_size,
        )

    def search(self) -> None:
        """Show the newest events that match the filters."""
        flt = self._read_filter()
        if flt is None:
            return
        mark_invalid(self.caseEdit, False)
        set_message(self.messageLabel, "", kind="info")
        self._filter = flt
        self._generation += 1
        self.model.set_rows([])
        self._load(flt, append=False)

    def show_more(self) -> None:
        """Append the next older page."""
        if self._next_before is None:
            return
        flt = AuditFilter(
            user_id=self._filter.user_id,
            case_number=self._filter.case_number,
            actions=self._filter.actions,
            date_from=self._filter.date_from,
            date_to=self._filter.date_to,
            before_id=self._next_before,
            limit=self.page_size,
        )
        self._load(flt, append=True)

    def _load(self, flt: AuditFilter, *, append: bool) -> None:
        generation = self._generation
        service, principal = self._ctx.audit_trail, self._principal
        self.moreButton.setEnabled(False)
        run_op(
            self,
            lambda: service.search(principal, flt),
            lambda page: self._show(page, generation, append=append),
            self._failed,
        )

    def _show(self, page: AuditPage, generation: int, *, append: bool) -> None:
        if generation != self._generation:
            return
        texts = [self._texts(row) for row in page.rows]
        if append:
            self.model.append_rows(texts)
        else:
            self.model.set_rows(texts)
        self._next_before = page.next_before_id
        self.moreButton.setEnabled(page.has_more)
        count = self.model.rowCount()
        if count == 0:
            self.countLabel.setText(self.tr("No event matches the filters."))
        elif page.has_more:
            text = self.tr("Showing the newest {count} events").format(count=count)
            self.countLabel.setText(text)
        else:
            self.countLabel.setText(self.tr("{count} events").format(count=count))
        self.page_loaded.emit(count)

    def _texts(self, row: AuditRow) -> tuple[str, ...]:
        target = row.entity_label
        if row.entity_id is not None:
            target = self.tr("{target} No. {id}").format(target=target, id=row.entity_id)
        return (
            _when(row.occurred_at),
            row.user_name,
            row.action_label,
            target,
            row.case_number,
            row.detail_summary,
        )

    # --- export and verify ----------------------------------------------------------------

    def export_csv(self) -> None:
        """Write every event that matches the filters as CSV (UTF-8 with BOM)."""
        flt = self._read_filter()
        if flt is None:
            return
        chosen = self.save_path_chooser(self, self.tr("audit-trail.csv"))
        if not chosen:
            return
        path = Path(chosen)
        service, principal = self._ctx.audit_trail, self._principal

        def write() -> str:
            path.write_bytes(service.export_csv(principal, flt))
            return str(path)

        run_op(self, write, self._exported, self._failed)

    def _exported(self, path: str) -> None:
        set_message(
            self.messageLabel,
            self.tr("The audit trail was written to {path}.").format(path=path),
            kind="info",
        )
        self.exported.emit(path)

    def verify(self) -> None:
        """Check that no event was changed or removed."""
        self.verifyButton.setEnabled(False)
        service, principal = self._ctx.audit_trail, self._principal
        run_op(self, lambda: service.verify(principal), self._verified, self._failed)

    def _verified(self, result: ChainResult) -> None:
        self.verifyButton.setEnabled(True)
        if result.ok:
            set_message(
                self.messageLabel,
                self.tr("The audit trail has not been tampered with ({count} events).").format(
                    count=result.events
                ),
                kind="info",
            )
        else:
            set_message(
                self.messageLabel,
                self.tr(
                    "The audit trail is broken at event No. {id}: that event or the one "
                    "before it was changed or removed. Tell the system administrator."
                ).format(id=result.first_broken_id),
            )
        self.verified.emit(result)

    def _failed(self, error: KnownError) -> None:
        self.verifyButton.setEnabled(True)
        if isinstance(error, ValidationError) and error.field == "case_number":
            mark_invalid(self.caseEdit, True)
        set_message(self.messageLabel, error.text())


class WhoViewedDialog(QDialog):
    """Who viewed, printed or exported one case, and when (newest first).

    Signals:
        loaded(int): the list is shown (the number of rows).
    """

    loaded = Signal(int)

    def __init__(
        self,
        service: AuditTrailService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who viewed this case"))
        self.resize(720, 480)
        self.note = QLabel(
            self.tr("Everyone who opened, printed or exported this case's records, newest first."),
            self,
        )
        self.note.setWordWrap(True)
        self.model = TextTableModel(
            [self.tr("Date and time"), self.tr("User"), self.tr("Action"), self.tr("What")],
            self,
        )
        self.table = _table(self, self.model, (190, 170, 90))
        self.table.setObjectName("whoViewedTable")
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)
        run_op(self, lambda: service.who_viewed(principal, case_id), self._show, self._failed)

    def _show(self, viewings: tuple[Viewing, ...]) -> None:
        self.model.set_rows(
            [(_when(v.occurred_at), v.user_name, v.action_label, v.what) for v in viewings]
        )
        if not viewings:
            set_message(self.messageLabel, self.tr("No one has viewed this case yet."), kind="info")
        self.loaded.emit(len(viewings))

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text())
