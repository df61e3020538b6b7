"""The case list's table model: ids only, rows fetched in blocks (Anki's browser ``DataModel``).

The list can hold every case of a city (100,000 and more), so the model keeps the ordered
ids the search returned and a cache of rendered rows. ``data()`` fetches a missing row
together with its block of neighbours (one ``WHERE id IN (...)`` by primary key) on the GUI
thread; the id query itself (filtering and sorting) runs on the database worker, and its
result arrives through :meth:`CaseTableModel.set_ids`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.display import fmt_date
from welfaredesk.gui.i18n import QT_TRANSLATE_NOOP, label, translate_result
from welfaredesk.services.dto import CaseRow

log = logging.getLogger(__name__)


_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "CaseTableModel"

BLOCK_SIZE = 100
"""How many rows one fetch loads around a missing row."""

FIRST_PAGE = 500
"""The ids a new search shows at once (several screens); the rest follow from the worker
and are appended (:meth:`CaseTableModel.append_rest`)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the case list.

    Attributes:
        title: the header, an English source string translated in context ``CaseTableModel``.
        sort_key: the :data:`welfaredesk.services.cases.SORT_KEYS` entry the column sorts by.
        invert: whether an ascending click sorts the key descending (days since contact
            grow as the date of the last contact goes back).
        align_right: numbers are right-aligned.
    """

    title: str
    sort_key: str
    invert: bool = False
    align_right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Case no."), "case_number"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Name"), "client_kana"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Kana"), "client_kana"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Age"), "age", align_right=True),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Area"), "area"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Stage"), "stage"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Lead worker"), "lead_worker"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Complex"), "complex_needs"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Consent"), "consent"),
    Column(
        QT_TRANSLATE_NOOP("CaseTableModel", "Last contact (days)"),
        "last_contact_on",
        invert=True,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Next due"), "next_due_on"),
    Column(QT_TRANSLATE_NOOP("CaseTableModel", "Opened"), "opened_on"),
)

(
    COL_NUMBER,
    COL_NAME,
    COL_KANA,
    COL_AGE,
    COL_AREA,
    COL_STAGE,
    COL_LEAD,
    COL_COMPLEX,
    COL_CONSENT,
    COL_LAST_CONTACT,
    COL_NEXT_DUE,
    COL_OPENED,
) = range(len(COLUMNS))

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, CASE_ID_ROLE)`` is the case id of the row."""

_OVERDUE = QColor("#a12622")
_MUTED = QColor("#6b6f76")

RowFetcher = Callable[[Sequence[int]], dict[int, CaseRow]]
"""Fetches the rows of a block of ids (``CaseService.fetch_rows`` bound to a principal)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def short_date(day: dt.date | None) -> str:
    """``R7.4.1`` (empty for no date)."""
    return fmt_date(day, style="short") if day else ""


def long_date(day: dt.date | None) -> str:
    """``令和7年(2025年)4月1日`` (empty for no date)."""
    return fmt_date(day, style="western") if day else ""


class CaseTableModel(QAbstractTableModel):
    """The case list: holds ids only; rows are fetched in blocks and cached.

    Sorting is done by the database: :meth:`sort` only emits ``sort_requested``, and the
    owner runs the id query on the worker and calls :meth:`set_ids` with the result.

    Signals:
        sort_requested(str, bool): the user asked for a sort (sort key, descending).
    """

    sort_requested = Signal(str, bool)

    def __init__(
        self,
        fetch_rows: RowFetcher,
        parent: Any = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._today = today
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow | None] = {}

    # --- the model's own interface --------------------------------------------------------

    def set_ids(self, ids: Sequence[int], rows: Mapping[int, CaseRow | None] | None = None) -> None:
        """Show these cases, in this order (a new search or sort).

        Args:
            ids: the cases, in order.
            rows: rows already fetched (on the database worker, with the ids: the first
                screen then needs no fetch on the GUI thread); None marks a case gone.
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = dict(rows) if rows else {}
        self.endResetModel()

    def append_rest(self, ids: Sequence[int]) -> bool:
        """Append the rest of a list whose first page is shown (no reset: selection, scroll
        position and cached rows stay).

        Returns:
            False, changing nothing, when ``ids`` no longer start with the page shown
            (cases changed in between); the owner then shows ``ids`` with :meth:`set_ids`.
        """
        shown = len(self._ids)
        if len(ids) < shown or list(ids[:shown]) != self._ids:
            return False
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = list(ids)
            self.endInsertRows()
        return True

    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return list(self._ids)

    def case_id(self, row: int) -> int | None:
        """The case id of a row, or None outside the list."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        """The row showing a case, or None."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def mark_stale(self) -> None:
        """Forget the cached rows; the view refetches the visible ones (no reset)."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def cached_row(self, row: int) -> CaseRow | None:
        """The row if it is already cached (never fetches)."""
        case_id = self.case_id(row)
        return None if case_id is None else self._rows.get(case_id)

    def sort_key(self, column: int) -> str:
        """The service's sort key of a column."""
        return COLUMNS[column].sort_key

    def _row(self, row: int) -> CaseRow | None:
        case_id = self._ids[row]
        if case_id not in self._rows:
            self._fetch_block(row)
        return self._rows.get(case_id)

    def _fetch_block(self, row: int) -> None:
        start = row - row % BLOCK_SIZE
        wanted = [i for i in self._ids[start : start + BLOCK_SIZE] if i not in self._rows]
        try:
            # English mode: the rows' texts (area names) like every other service result.
            fetched = translate_result(self._fetch_rows(wanted))
        except KnownError as exc:
            # A permission change or a locked database: show empty rows, not a crash.
            log.warning("case rows not fetched (%d ids): %s", len(wanted), type(exc).__name__)
            fetched = {}
        for case_id in wanted:
            # None marks a case that vanished or left the user's scope since the search.
            self._rows[case_id] = fetched.get(case_id)

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Override QAbstractItemModel.headerData: translated column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].align_right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: rows are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        # Only the cache is asked here, so selecting all rows fetches nothing (Anki).
        case_id = self._ids[index.row()]
        if case_id not in self._rows or self._rows[case_id] is not None:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        row = self._row(index.row())
        column = index.column()
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and column == COL_NAME:
                return self.tr("(not available)")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[column].align_right:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column == COL_COMPLEX:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_NEXT_DUE and self._overdue(row):
                return QBrush(_OVERDUE)
            if column == COL_STAGE and row.stage == "closed":
                return QBrush(_MUTED)
        return None

    # --- cells ----------------------------------------------------------------------------

    def _display(self, row: CaseRow, column: int) -> str:
        values: dict[int, Callable[[], str]] = {
            COL_NUMBER: lambda: row.case_number,
            COL_NAME: lambda: (
                row.client_name + self.tr(" (restricted)") if row.restricted else row.client_name
            ),
            COL_KANA: lambda: row.client_kana,
            COL_AGE: lambda: "" if row.age is None else str(row.age),
            COL_AREA: lambda: row.area,
            COL_STAGE: lambda: label(row.stage),
            COL_LEAD: lambda: row.lead_worker,
            COL_COMPLEX: lambda: "●" if row.complex_needs else "",
            COL_CONSENT: lambda: label(row.consent),
            COL_LAST_CONTACT: lambda: (
                "" if row.days_since_contact is None else str(row.days_since_contact)
            ),
            COL_NEXT_DUE: lambda: short_date(row.next_due_on),
            COL_OPENED: lambda: short_date(row.opened_on),
        }
        return values[column]()

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == COL_NEXT_DUE and row.next_due_on is not None:
            text = long_date(row.next_due_on)
            return text + self.tr(" (overdue)") if self._overdue(row) else text
        if column == COL_OPENED:
            return long_date(row.opened_on)
        if column == COL_LAST_CONTACT and row.days_since_contact is not None:
            return self.tr("{days} days since the last contact").format(days=row.days_since_contact)
        if column == COL_COMPLEX and row.complex_needs:
            return self.tr("Complex needs")
        if column == COL_NAME and row.restricted:
            return self.tr("Restricted case: only the staff named on it can see it.")
        return None

    def _overdue(self, row: CaseRow) -> bool:
        return (
            row.next_due_on is not None
            and row.stage != "closed"
            and row.next_due_on < self._today()
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel.sort: ask the owner to re-run the search sorted."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if COLUMNS[column].invert:
            descending = not descending
        self.sort_requested.emit(COLUMNS[column].sort_key, descending)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)
