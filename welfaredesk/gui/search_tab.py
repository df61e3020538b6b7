"""The one search box (検索): a tab of the main window.

One line edit takes a case number, a name in kanji or kana, a phone number or words of a
concern or a note (:mod:`welfaredesk.services.search` reads it). The search runs on the
database worker on Enter and after a short pause in typing; a newer search supersedes an
older one. The hits are listed in groups by kind, each group with its count, and the matched
part of each hit is highlighted. Enter or a double-click on a hit asks the main window to open
the case on the page that shows the record (:attr:`SearchTab.open_requested`).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.display import annotate, fmt_date, join_spaced
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.search import (
    QueryType,
    SearchGroup,
    SearchHit,
    SearchKind,
    SearchResults,
    SearchService,
    classify,
)

log = logging.getLogger(__name__)

COL_NUMBER, COL_CLIENT, COL_FOUND, COL_DATE, COL_MATCH = range(5)

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data role holding the :class:`SearchHit` of a hit row."""
_ROOT = QModelIndex()
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
"""Item data role holding the snippet as HTML, the matches marked (column :data:`COL_MATCH`)."""

PAUSE_MS = 350
"""Typing pause after which the search runs by itself."""
HIGHLIGHT_STYLE = "background-color:#ffe58a; color:#000000; font-weight:bold;"
"""How a match is marked in a snippet."""


def snippet_html(snippet: str, highlights: Sequence[tuple[int, int]]) -> str:
    """The snippet as HTML, every character escaped, the highlighted spans marked.

    Args:
        snippet: the text (it may hold anything the user or a record holds: ``<``, ``&``).
        highlights: ``(start, end)`` spans of ``snippet``, sorted and not overlapping.

    Returns:
        HTML with each span in a ``<span style=…>``.
    """
    parts: list[str] = []
    position = 0
    for start, end in highlights:
        parts.append(html.escape(snippet[position:start]))
        parts.append(f'<span style="{HIGHLIGHT_STYLE}">{html.escape(snippet[start:end])}</span>')
        position = end
    parts.append(html.escape(snippet[position:]))
    return "".join(parts)


class RowHeightDelegate(QStyledItemDelegate):
    """Gives every row the same comfortable height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


class HighlightDelegate(RowHeightDelegate):
    """Draws a cell's :data:`HTML_ROLE` text (one line, the matches marked)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not isinstance(markup, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:  # pragma: no cover - views always pass their widget
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        context.palette.setColor(opt.palette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left(), top)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsModel(QAbstractItemModel):
    """The hits of a search as a two-level tree: one row per group, its hits below it.

    A group row shows its title (with the count) in the first column; a hit row shows the
    case number, the client, what was found, the date and the snippet, and holds the
    :class:`SearchHit` (:data:`HIT_ROLE`) and the snippet as HTML (:data:`HTML_ROLE`).
    Only groups with hits are rows.
    """

    def __init__(
        self,
        headers: Sequence[str],
        group_title: Callable[[SearchGroup], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._group_title = group_title
        self._groups: list[SearchGroup] = []
        self._titles: list[str] = []
        self._markup: list[list[str]] = []

    def set_results(self, results: SearchResults | None) -> None:
        """Show a search's groups (None: nothing)."""
        self.beginResetModel()
        self._groups = [g for g in results.groups if g.hits] if results is not None else []
        self._titles = [self._group_title(g) for g in self._groups]
        self._markup = [
            [snippet_html(h.snippet, h.highlights) for h in g.hits] for g in self._groups
        ]
        self.endResetModel()

    def hit(self, index: QModelIndex | QPersistentModelIndex) -> SearchHit | None:
        """The hit of a row (None for a group row or an invalid index)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].hits[index.row()]

    # --- QAbstractItemModel ---------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = _ROOT,
    ) -> QModelIndex:
        if not 0 <= column < len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if row >= len(self._groups[group].hits):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...
    def parent(
        self, child: QModelIndex | QPersistentModelIndex | None = None
    ) -> QModelIndex | QObject | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        del parent  # every row has the same columns
        return len(self._headers)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        group = index.internalId() - 1
        hit = self._groups[group].hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cells(hit)[column]
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE and column == COL_MATCH:
            return self._markup[group][index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CLIENT:
            return hit.client_kana
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MATCH:
            return hit.snippet
        return None

    def _group_data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> object:
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _cells(hit: SearchHit) -> tuple[str, str, str, str, str]:
    found = annotate(hit.title, hit.subtitle)
    date = fmt_date(hit.occurred_on) if hit.occurred_on else ""
    return (hit.case_number, hit.client_name, found, date, hit.snippet)


class SearchTab(QWidget):
    """The search box and its grouped results.

    Signals:
        open_requested(int, str): open a case on a page of the case view (the case id and the
            page's objectName, e.g. ``progressTab``).
        searched(object): a search's results are shown (the :class:`SearchResults`).
    """

    open_requested = Signal(int, str)
    searched = Signal(object)

    def __init__(
        self, service: SearchService, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchTab")
        self._service = service
        self._principal = principal
        self._running = False
        self._pending: str | None = None
        self._generation = 0

        layout = QVBoxLayout(self)
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setAccessibleName(self.tr("Search"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(
            self.tr("Case no., name, kana, phone number, or words in concerns and notes")
        )
        self.searchEdit.setToolTip(
            self.tr(
                "Names match in any form: old or variant kanji, hiragana, katakana, half width."
            )
        )
        self.searchEdit.returnPressed.connect(self.search_now)
        self.searchEdit.textEdited.connect(self._typed)
        self.searchEdit.installEventFilter(self)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("searchSummaryLabel")
        self.summaryLabel.setProperty("role", "caption")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("searchMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        set_message(self.messageLabel, "")
        self.model = SearchResultsModel(
            [
                self.tr("Case no."),
                self.tr("Client of the case"),
                self.tr("Found record"),
                self.tr("Date"),
                self.tr("Matching text"),
            ],
            self._group_title,
            self,
        )
        self.tree = QTreeView(self)
        self.tree.setObjectName("searchResultsTree")
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegate(RowHeightDelegate(self.tree))
        self.tree.setItemDelegateForColumn(COL_MATCH, HighlightDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.tree.fontMetrics()
        for column, sample in (
            (COL_NUMBER, "R10-000000"),
            (COL_CLIENT, "あいうえ　かきくけ"),
            (COL_FOUND, "関係機関からのつなぎ（関係機関）"),
            (COL_DATE, "令和00年00月00日"),
        ):
            indent = self.tree.indentation() if column == COL_NUMBER else 0
            header.resizeSection(column, metrics.horizontalAdvance(sample) + indent + 24)
        self.tree.activated.connect(self.open_index)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._search_typed)
        layout.addWidget(self.searchEdit)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.searchEdit)
        self._show_hint()

    # --- searching ------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Put ``text`` in the box and search for it now (for programs and screenshots)."""
        self.searchEdit.setText(text)
        self.search_now()

    def search_now(self) -> None:
        """Search for the box's text now (Enter)."""
        self._timer.stop()
        self._start(self.searchEdit.text())

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search_typed(self) -> None:
        text = self.searchEdit.text()
        # One letter of a name or a word matches too much to be worth a search while typing;
        # Enter still searches for it.
        if classify(text) is QueryType.TEXT and len("".join(text.split())) < 2:
            return
        self._start(text)

    def _start(self, text: str) -> None:
        self._generation += 1
        if classify(text) is QueryType.EMPTY:
            self._pending = None
            self.model.set_results(None)
            self._show_hint()
            return
        if self._running:
            self._pending = text  # runs when the search under way is back
            return
        self._running = True
        self._pending = None
        generation = self._generation
        service, principal = self._service, self._principal
        run_op(
            self,
            lambda: service.search(principal, text),
            lambda results: self._show(generation, results),
            lambda error: self._failed(generation, error),
        )

    def _next(self) -> bool:
        """Start the search typed while one was running; True if one was started."""
        self._running = False
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)
            return True
        return False

    def _failed(self, generation: int, error: KnownError) -> None:
        if self._next() or generation != self._generation:
            return
        set_message(self.messageLabel, error.text(), kind="error")

    # --- showing --------------------------------------------------------------------------

    def _show_hint(self) -> None:
        self.summaryLabel.setText("")
        self.summaryLabel.setVisible(False)
        set_message(
            self.messageLabel,
            self.tr(
                "Type a case number such as R7-12, a name in kanji or kana, a phone number, "
                "or words from a concern or a progress note to search."
            ),
            kind="info",
        )

    def _group_title(self, group: SearchGroup) -> str:
        titles = {
            SearchKind.CASE_NUMBER: self.tr("Case numbers"),
            SearchKind.PERSON: self.tr("People by name or kana"),
            SearchKind.PHONE: self.tr("People by phone number"),
            SearchKind.CONCERN: self.tr("Concerns on contact slips"),
            SearchKind.NOTE: self.tr("Progress notes"),
        }
        if group.truncated:
            count = self.tr("first {count}").format(count=group.count)
        else:
            count = self.tr("{count} hits").format(count=group.count)
        return self.tr("{kind}: {count}").format(kind=titles[group.kind], count=count)

    def _show(self, generation: int, results: SearchResults) -> None:
        if self._next() or generation != self._generation:
            return  # superseded: a newer search is under way, or the box was emptied
        self.model.set_results(results)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        titles = [self._group_title(group) for group in results.groups]
        self.summaryLabel.setText(join_spaced(titles))
        self.summaryLabel.setVisible(True)
        if results.total == 0:
            set_message(self.messageLabel, self._nothing_found(results), kind="info")
        elif results.truncated:
            set_message(
                self.messageLabel,
                self.tr(
                    "Only the newest hits of each kind are shown. Add words to narrow the search."
                ),
                kind="info",
            )
        else:
            set_message(self.messageLabel, "")
        hits = self.hit_indexes()
        if hits:
            self.tree.setCurrentIndex(hits[0])
        log.debug("search tab shows %d hits", results.total)
        self.searched.emit(results)

    def _nothing_found(self, results: SearchResults) -> str:
        if results.query_type is QueryType.CASE_NUMBER:
            return self.tr("No case has this case number (or you may not see it).")
        if results.query_type is QueryType.PHONE:
            return self.tr("No phone number, concern or note matches these digits.")
        return self.tr(
            "Nothing found. Try fewer words, or type the name starting with the family name, "
            "in kanji or kana."
        )

    # --- opening --------------------------------------------------------------------------

    def hit_indexes(self) -> list[QModelIndex]:
        """The first-column indexes of the hit rows (not the group rows), top to bottom."""
        model = self.model
        indexes: list[QModelIndex] = []
        for group in range(model.rowCount()):
            parent = model.index(group, 0)
            indexes.extend(model.index(row, 0, parent) for row in range(model.rowCount(parent)))
        return indexes

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Ask to open the case of a hit on its page (a group row does nothing)."""
        hit = self.model.hit(index)
        if hit is not None:
            self.open_requested.emit(hit.case_id, hit.stage_tab)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Down arrow in the box moves to the first hit."""
        if (
            watched is self.searchEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.hit_indexes()
        ):
            self.tree.setFocus()
            if not self.tree.currentIndex().isValid():
                self.tree.setCurrentIndex(self.hit_indexes()[0])
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
