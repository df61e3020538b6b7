"""The wizard that imports an existing Excel or CSV ledger (相談台帳の取り込み).

Four pages drive :class:`~welfaredesk.services.ledger_import.LedgerImportService`:

1. the file (``.xlsx`` or ``.csv``), read by ``analyse``;
2. the column mapping: each column of the file with a combo of the fields, preset from the
   proposal, beside a few rows of the file;
3. the check (``validate``): every problem with its row, column and reason (sortable, Ctrl+C
   copies), and the rows whose person may already be known, each waiting for 「同じ人」 or
   「新しい人」; the user fixes the file (戻る) or chooses to import only the rows without
   problems;
4. the import (``run``), optionally as a dry run that keeps nothing.

Every service call runs on the database worker with the buttons disabled; the service
imports everything in one transaction or nothing. The file chooser is an attribute
(:attr:`LedgerImportWizard.open_path_chooser`), so tests never open a native dialog. Logs
carry counts only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.permissions import Action
from welfaredesk.gui.display import fmt_date, join_list
from welfaredesk.gui.i18n import tr_data
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.busy import BusyDialog
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.ledger_import import (
    FIELD_LABELS,
    SAMPLE_ROWS,
    LedgerAnalysis,
    LedgerCheck,
    LedgerField,
    LedgerImportService,
    LedgerMatch,
    LedgerProblem,
    LedgerResult,
)

log = logging.getLogger(__name__)

PathChooser = Callable[[QWidget], str | None]
"""Asks for the ledger file, given a parent; None when cancelled."""

LEDGER_IMPORT_ACTIONS = (Action.CASE_REASSIGN, Action.CASE_CREATE, Action.CASE_CLOSE_APPROVE)
"""What the service requires of the user (a 主任相談支援員's rights); the menu checks them."""

WRAP_LIMIT = 2000
"""Up to this many problems, the rows of the problem table grow to show the whole reason."""

PAGE_FILE, PAGE_MAPPING, PAGE_CHECK, PAGE_IMPORT = range(4)

UNDECIDED = -1
"""The data of 「未判断」 in a decision combo (None is 「新しい人」, a number a person id)."""

NEW_PERSON = 0
"""The data of 「新しい人」 in a decision combo (person ids start at 1)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerImportWizard", text)


def _native_open_path(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose the ledger to import"),
        "",
        _tr("Ledgers (*.xlsx *.csv)"),
    )
    return path or None


class ProblemTableModel(QAbstractTableModel):
    """The problems of the file: row (as Excel numbers it), column, reason."""

    COL_ROW, COL_COLUMN, COL_REASON = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[LedgerProblem, ...] = ()

    def set_problems(self, problems: tuple[LedgerProblem, ...]) -> None:
        """Show ``problems`` (in the service's order: by row)."""
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problem(self, row: int) -> LedgerProblem:
        """The problem shown on ``row`` of the model."""
        return self._problems[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ROW:
                return _tr("Row {row}").format(row=problem.row)
            return problem.column if column == self.COL_COLUMN else problem.reason
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            if column == self.COL_ROW:
                return problem.row
            return problem.column if column == self.COL_COLUMN else problem.reason
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return problem.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_tr("Row"), _tr("Column"), _tr("Reason"))
        return titles[section] if 0 <= section < len(titles) else None


class LedgerImportWizard(BusyDialog):
    """Import a 相談台帳 in four steps: file, column mapping, check, import.

    Signals:
        analysed(LedgerAnalysis): the file was read and the mapping page is ready.
        checked(LedgerCheck): the check page shows the result of a check.
        ran(LedgerResult): an import (or a dry run) ended.
        imported(LedgerResult): rows were imported and saved (not after a dry run).
    """

    analysed = Signal(object)
    checked = Signal(object)
    ran = Signal(object)
    imported = Signal(object)

    def __init__(
        self,
        service: LedgerImportService,
        principal: Principal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._principal = principal
        self._path: Path | None = None
        self._analysis: LedgerAnalysis | None = None
        self._check: LedgerCheck | None = None
        self._decisions: dict[int, int | None] = {}
        self._busy = False
        self._done = False
        self.open_path_chooser: PathChooser = _native_open_path
        self.setWindowTitle(self.tr("Import a ledger"))
        self.setModal(True)
        self.resize(1100, 720)

        layout = QVBoxLayout(self)
        self.stepLabel = QLabel(self)
        self.stepLabel.setObjectName("stepLabel")
        self.stepLabel.setProperty("role", "caption")
        layout.addWidget(self.stepLabel)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        layout.addLayout(self._buttons())

        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._import_page())
        set_message(self.messageLabel, "")
        self._go(PAGE_FILE)

    # --- building -------------------------------------------------------------------------

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backButton = QPushButton(self.tr("< &Back"), self)
        self.nextButton = QPushButton(self.tr("&Next >"), self)
        self.importButton = QPushButton(self.tr("&Import"), self)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.backButton.clicked.connect(self.back)
        self.nextButton.clicked.connect(self.next)
        self.importButton.clicked.connect(self.start_import)
        self.closeButton.clicked.connect(self.close)
        self.nextButton.setDefault(True)
        row.addStretch(1)
        for button in (self.backButton, self.nextButton, self.importButton, self.closeButton):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose the consultation ledger (an Excel file .xlsx, or a CSV file in UTF-8 "
                "or Shift_JIS) to import. The file is only read; nothing is saved until the "
                "last step."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.fileEdit = QLineEdit(page)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setReadOnly(True)
        self.fileEdit.setPlaceholderText(self.tr("No file chosen"))
        self.browseButton = QPushButton(self.tr("&Choose file..."), page)
        self.browseButton.clicked.connect(self.choose_file)
        row.addWidget(self.fileEdit, 1)
        row.addWidget(self.browseButton)
        layout.addLayout(row)
        self.fileInfoLabel = QLabel(page)
        self.fileInfoLabel.setObjectName("fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)
        layout.addWidget(self.fileInfoLabel)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose what each column of the file holds. Recognised headers are already "
                "set; columns set to \u201cDo not import\u201d are left out. The reception date "
                "and the name are required."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mappingTable = QTableWidget(page)
        self.mappingTable.setObjectName("mappingTable")
        self.mappingTable.verticalHeader().hide()
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.mappingTable, 1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.countsLabel = QLabel(page)
        self.countsLabel.setObjectName("countsLabel")
        self.countsLabel.setWordWrap(True)
        layout.addWidget(self.countsLabel)
        splitter = QSplitter(Qt.Orientation.Vertical, page)

        problems = QGroupBox(self.tr("Problems in the file"), splitter)
        box = QVBoxLayout(problems)
        self.problemModel = ProblemTableModel(self)
        self.problemProxy = QSortFilterProxyModel(self)
        self.problemProxy.setSourceModel(self.problemModel)
        self.problemProxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.problemTable = QTableView(problems)
        self.problemTable.setObjectName("problemTable")
        self.problemTable.setModel(self.problemProxy)
        self.problemTable.setSortingEnabled(True)
        self.problemTable.sortByColumn(ProblemTableModel.COL_ROW, Qt.SortOrder.AscendingOrder)
        self.problemProxy.layoutChanged.connect(lambda *_args: self._fit_problem_rows())
        self.problemTable.verticalHeader().hide()
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemTable.setWordWrap(True)
        header = self.problemTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(ProblemTableModel.COL_ROW, 80)
        header.resizeSection(ProblemTableModel.COL_COLUMN, 130)
        header.setStretchLastSection(True)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.problemTable)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_problems)
        box.addWidget(self.problemTable, 1)
        tools = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "Fix these rows in the file and check again, or import only the rows "
                "without problems."
            ),
            problems,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        tools.addWidget(hint, 1)
        self.copyButton = QPushButton(self.tr("Co&py the list"), problems)
        self.copyButton.clicked.connect(self.copy_problems)
        self.recheckButton = QPushButton(self.tr("Check &again"), problems)
        self.recheckButton.clicked.connect(self.run_check)
        tools.addWidget(self.copyButton)
        tools.addWidget(self.recheckButton)
        box.addLayout(tools)

        self.matchBox = QGroupBox(self.tr("People who may already be known"), splitter)
        mbox = QVBoxLayout(self.matchBox)
        explain = QLabel(
            self.tr(
                "The person on these rows may already have a case. Decide for each row: "
                "the same person (a new case for them) or a new person. Nobody is merged "
                "without a decision."
            ),
            self.matchBox,
        )
        explain.setWordWrap(True)
        mbox.addWidget(explain)
        self.matchTable = QTableWidget(self.matchBox)
        self.matchTable.setObjectName("matchTable")
        self.matchTable.setColumnCount(3)
        self.matchTable.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Possible matches"), self.tr("Decision")]
        )
        self.matchTable.verticalHeader().hide()
        self.matchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matchTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mheader = self.matchTable.horizontalHeader()
        mheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        mheader.resizeSection(0, 80)
        mheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        mheader.resizeSection(2, 300)
        mbox.addWidget(self.matchTable, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.onlyValidCheck = QCheckBox(
            self.tr(
                "Import only the rows without problems (rows with problems or without a "
                "decision are left out)"
            ),
            page,
        )
        self.onlyValidCheck.setObjectName("onlyValidCheck")
        self.onlyValidCheck.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.onlyValidCheck)
        return page

    def _import_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        summary = QGroupBox(self.tr("What will be imported"), page)
        box = QVBoxLayout(summary)
        self.summaryLabel = QLabel(summary)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.summaryLabel)
        self.dryRunCheck = QCheckBox(self.tr("&Try it first (nothing is saved)"), summary)
        self.dryRunCheck.setObjectName("dryRunCheck")
        box.addWidget(self.dryRunCheck)
        layout.addWidget(summary)
        self.resultLabel = QLabel(page)
        self.resultLabel.setProperty("role", "title")
        self.resultLabel.setObjectName("resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.resultLabel)
        layout.addStretch(1)
        return page

    # --- navigation -----------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        steps = (
            self.tr("1. File"),
            self.tr("2. Columns"),
            self.tr("3. Check"),
            self.tr("4. Import"),
        )
        self.stepLabel.setText(
            "  \u2192  ".join(f"[{s}]" if i == page else s for i, s in enumerate(steps))
        )
        if page == PAGE_IMPORT:
            self._show_summary()
        self._update_buttons()

    def current_page(self) -> int:
        """The page shown (``PAGE_FILE`` … ``PAGE_IMPORT``)."""
        return self.pages.currentIndex()

    def _update_buttons(self) -> None:
        page = self.current_page()
        idle = not self._busy
        self.backButton.setEnabled(idle and page > PAGE_FILE and not self._done)
        can_next = {
            PAGE_FILE: self._analysis is not None,
            PAGE_MAPPING: self._analysis is not None,
            PAGE_CHECK: self._importable(),
            PAGE_IMPORT: False,
        }[page]
        self.nextButton.setVisible(page != PAGE_IMPORT)
        self.nextButton.setEnabled(idle and can_next)
        self.importButton.setVisible(page == PAGE_IMPORT)
        self.importButton.setEnabled(idle and page == PAGE_IMPORT and not self._done)
        self.closeButton.setEnabled(idle)
        self.browseButton.setEnabled(idle)
        self.recheckButton.setEnabled(idle)
        self.matchTable.setEnabled(idle)
        self.onlyValidCheck.setEnabled(idle)
        self.dryRunCheck.setEnabled(idle and not self._done)

    def _importable(self) -> bool:
        check = self._check
        if check is None or check.ready_rows == 0:
            return False
        return not check.blocking or self.onlyValidCheck.isChecked()

    def back(self) -> None:
        """Go to the previous page (from the check: fix the mapping or the file)."""
        if self._busy or self.current_page() == PAGE_FILE:
            return
        set_message(self.messageLabel, "")
        self._go(self.current_page() - 1)

    def next(self) -> None:
        """Go to the next page; from the mapping, the rows are checked first."""
        if self._busy or not self.nextButton.isEnabled():
            return
        page = self.current_page()
        set_message(self.messageLabel, "")
        if page == PAGE_MAPPING:
            self._decisions = {}
            self.run_check()
        elif page < PAGE_IMPORT:
            self._go(page + 1)

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        if text:
            set_message(self.messageLabel, text, kind="info")
        else:
            set_message(self.messageLabel, "")
        self._update_buttons()

    # --- 1. the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the ledger file and read it."""
        path = self.open_path_chooser(self)
        if path:
            self.set_file(Path(path))

    def set_file(self, path: str | Path) -> None:
        """Read ``path`` on the worker; :attr:`analysed` when the mapping page is ready."""
        path = Path(path)
        self._path = path
        self._analysis = None
        self._check = None
        self._decisions = {}
        self.fileEdit.setText(str(path))
        self.fileInfoLabel.setText("")
        self._set_busy(self.tr("Reading the file..."))
        service, principal = self._service, self._principal
        run_op(
            self,
            lambda: service.analyse(principal, path),
            self._analysis_ready,
            self._failed,
        )

    def _analysis_ready(self, analysis: LedgerAnalysis) -> None:
        self._analysis = analysis
        encoding = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp932": self.tr("Shift_JIS")}.get(
            analysis.encoding or "", analysis.encoding or ""
        )
        kind = self.tr("Excel file") if analysis.format == "xlsx" else self.tr("CSV file")
        if encoding:
            kind = self.tr("{kind} ({encoding})").format(kind=kind, encoding=encoding)
        self.fileInfoLabel.setText(
            self.tr(
                "{file}: {kind}. Headers on row {header}, {rows} data rows, {columns} columns "
                "({known} recognised)."
            ).format(
                file=analysis.file_name,
                kind=kind,
                header=analysis.header_row,
                rows=analysis.row_count,
                columns=len(analysis.columns),
                known=len(analysis.proposed),
            )
        )
        self._fill_mapping(analysis)
        self._set_busy("")
        log.info("ledger wizard: %d columns, %d rows", len(analysis.columns), analysis.row_count)
        self._go(PAGE_MAPPING)
        self.analysed.emit(analysis)

    # --- 2. the mapping -------------------------------------------------------------------

    def _fill_mapping(self, analysis: LedgerAnalysis) -> None:
        table = self.mappingTable
        samples = analysis.sample_rows[:SAMPLE_ROWS]
        table.clear()
        table.setRowCount(len(analysis.columns))
        table.setColumnCount(2 + len(samples))
        table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Import as")]
            + [self.tr("Example {n}").format(n=n + 1) for n in range(len(samples))]
        )
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, 140)
        header.resizeSection(1, 190)
        for column in range(2, 2 + len(samples)):
            header.resizeSection(column, 140)
        header.setStretchLastSection(True)
        for row, name in enumerate(analysis.columns):
            table.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox(table)
            combo.setObjectName(f"mappingCombo{row}")
            combo.addItem(self.tr("Do not import"), None)
            for ledger_field in LedgerField:
                combo.addItem(tr_data(FIELD_LABELS[ledger_field]), ledger_field.value)
            proposed = analysis.proposed.get(name)
            combo.setCurrentIndex(combo.findData(proposed.value) if proposed is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            table.setCellWidget(row, 1, combo)
            for n, sample in enumerate(samples):
                text = sample[row] if row < len(sample) else ""
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                table.setItem(row, 2 + n, item)
        table.resizeRowsToContents()

    def mapping_combo(self, column: str) -> QComboBox:
        """The combo of the file's column named ``column`` (as the analysis names it)."""
        assert self._analysis is not None
        widget = self.mappingTable.cellWidget(self._analysis.columns.index(column), 1)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[str, LedgerField]:
        """The mapping the combos describe: column name → field."""
        if self._analysis is None:
            return {}
        result: dict[str, LedgerField] = {}
        for row, name in enumerate(self._analysis.columns):
            widget = self.mappingTable.cellWidget(row, 1)
            if isinstance(widget, QComboBox) and widget.currentData() is not None:
                result[name] = LedgerField(widget.currentData())
        return result

    def _mapping_changed(self) -> None:
        self._check = None
        self._decisions = {}
        set_message(self.messageLabel, "")

    # --- 3. the check ---------------------------------------------------------------------

    def run_check(self) -> None:
        """Check every row with the mapping and the decisions on the worker."""
        if self._path is None or self._analysis is None:
            return
        path, mapping, decisions = self._path, self.mapping(), dict(self._decisions)
        service, principal = self._service, self._principal
        self._set_busy(self.tr("Checking every row of the file..."))
        run_op(
            self,
            lambda: service.validate(principal, path, mapping, decisions=decisions),
            self._check_ready,
            self._failed,
        )

    def _check_ready(self, check: LedgerCheck) -> None:
        self._check = check
        self._set_busy("")
        self.problemModel.set_problems(check.problems)
        self._fill_matches(check)
        self.countsLabel.setText(self._counts_text(check))
        self.copyButton.setEnabled(bool(check.problems))
        self.onlyValidCheck.setVisible(check.blocking)
        if check.ready_rows == 0 and not check.undecided:
            set_message(self.messageLabel, self.tr("No row of the file can be imported."))
        log.info(
            "ledger wizard checked: %d rows, %d problems, %d to decide",
            check.total_rows,
            len(check.problems),
            len(check.undecided),
        )
        if self.current_page() != PAGE_CHECK:
            self._go(PAGE_CHECK)
        else:
            self._update_buttons()
        self._fit_problem_rows()
        self.checked.emit(check)

    def _fit_problem_rows(self) -> None:
        """Give a long reason the lines it needs (up to ``WRAP_LIMIT`` problems)."""
        table = self.problemTable
        rows = self.problemProxy.rowCount()
        if rows > WRAP_LIMIT:
            return
        metrics = table.fontMetrics()
        width = max(table.columnWidth(ProblemTableModel.COL_REASON) - 24, 100)
        single = table.verticalHeader().defaultSectionSize()
        for row in range(rows):
            text = str(self.problemProxy.index(row, ProblemTableModel.COL_REASON).data())
            needed = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
            ).height()
            table.setRowHeight(row, max(single, needed + 12))

    def _counts_text(self, check: LedgerCheck) -> str:
        text = self.tr(
            "{total} rows: {ready} can be imported, {problems} with problems, "
            "{undecided} waiting for a decision, {already} imported before."
        ).format(
            total=check.total_rows,
            ready=check.ready_rows,
            problems=check.problem_rows,
            undecided=len(check.undecided),
            already=check.already_imported,
        )
        if not check.blocking:
            return text + " " + self.tr("Every row is ready.")
        return text

    def _fill_matches(self, check: LedgerCheck) -> None:
        table = self.matchTable
        table.setRowCount(len(check.matches))
        self.matchBox.setVisible(bool(check.matches))
        for row, match in enumerate(check.matches):
            item = QTableWidgetItem(self.tr("Row {row}").format(row=match.row))
            table.setItem(row, 0, item)
            lines = [
                self.tr("{name} ({kana}, born {born}): cases {cases} ({reasons})").format(
                    name=c.name or self.tr("Person {id}").format(id=c.person_id),
                    kana=c.kana or "\u2015",
                    born=fmt_date(c.birth_date, style="western") if c.birth_date else "\u2015",
                    cases=join_list(c.case_numbers) or "\u2015",
                    reasons=join_list(c.reasons),
                )
                for c in match.candidates
            ]
            if match.notice:
                lines.append(match.notice)
            text_item = QTableWidgetItem("\n".join(lines))
            text_item.setToolTip("\n".join(lines))
            table.setItem(row, 1, text_item)
            combo = self._decision_combo(match)
            table.setCellWidget(row, 2, combo)
            spacing = table.fontMetrics().lineSpacing()
            table.setRowHeight(row, max(len(lines) * spacing, combo.sizeHint().height()) + 10)

    def _decision_combo(self, match: LedgerMatch) -> QComboBox:
        combo = QComboBox(self.matchTable)
        combo.setObjectName(f"decisionCombo{match.row}")
        combo.addItem(self.tr("Not decided yet"), UNDECIDED)
        for c in match.candidates:
            cases = join_list(c.case_numbers) or str(c.person_id)
            who = c.name or cases
            combo.addItem(self.tr("Same person ({who})").format(who=who), c.person_id)
        combo.addItem(self.tr("New person"), NEW_PERSON)
        if match.row in self._decisions:
            chosen = self._decisions[match.row]
            combo.setCurrentIndex(combo.findData(NEW_PERSON if chosen is None else chosen))
        combo.currentIndexChanged.connect(
            lambda _i, r=match.row, c=combo: self.decide(r, c.currentData())
        )
        return combo

    def decision_combo(self, row: int) -> QComboBox:
        """The decision combo of the file's ``row``."""
        combo = self.matchTable.findChild(QComboBox, f"decisionCombo{row}")
        assert combo is not None
        return combo

    def decide(self, row: int, choice: int) -> None:
        """Record the decision for ``row`` (a person id, ``NEW_PERSON`` or ``UNDECIDED``)."""
        if choice == UNDECIDED:
            self._decisions.pop(row, None)
        else:
            self._decisions[row] = None if choice == NEW_PERSON else choice
        self.run_check()

    def decisions(self) -> dict[int, int | None]:
        """The decisions made so far: row → person id (same person) or None (new person)."""
        return dict(self._decisions)

    def copy_problems(self) -> None:
        """Copy the selected problems (or all of them) as tab-separated text."""
        model = self.problemTable.model()
        rows = sorted({i.row() for i in self.problemTable.selectionModel().selectedIndexes()})
        if not rows:
            rows = list(range(model.rowCount()))
        lines = ["\t".join((self.tr("Row"), self.tr("Column"), self.tr("Reason")))]
        for row in rows:
            source = self.problemProxy.mapToSource(self.problemProxy.index(row, 0))
            problem = self.problemModel.problem(source.row())
            lines.append(f"{problem.row}\t{problem.column}\t{problem.reason}")
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        set_message(
            self.messageLabel,
            self.tr("Copied {count} problems.").format(count=len(rows)),
            kind="info",
        )

    # --- 4. the import --------------------------------------------------------------------

    def _show_summary(self) -> None:
        check = self._check
        if check is None or self._analysis is None:
            self.summaryLabel.setText("")
            return
        same = sum(1 for v in self._decisions.values() if v is not None)
        lines = [
            self.tr("File: {file}").format(file=self._analysis.file_name),
            self.tr("Rows to import: {count} (each becomes a case with a contact slip)").format(
                count=check.ready_rows
            ),
            self.tr("Of them, new cases for people already known: {count}").format(count=same),
        ]
        left_out = check.total_rows - check.ready_rows - check.already_imported
        if left_out:
            lines.append(
                self.tr("Rows left out (problems or no decision): {count}").format(count=left_out)
            )
        if check.already_imported:
            lines.append(
                self.tr("Rows imported before (skipped): {count}").format(
                    count=check.already_imported
                )
            )
        lines.append("")
        lines.append(
            self.tr(
                "All rows are saved together, or none. Press Import to start, or try it "
                "first without saving."
            )
        )
        self.summaryLabel.setText("\n".join(lines))

    def start_import(self) -> None:
        """Run the import (or the dry run) on the worker."""
        if self._busy or self._done or self._path is None or self._check is None:
            return
        path, mapping, decisions = self._path, self.mapping(), dict(self._decisions)
        only_valid = self.onlyValidCheck.isChecked()
        dry_run = self.dryRunCheck.isChecked()
        service, principal = self._service, self._principal
        self.resultLabel.setText("")
        self._set_busy(
            self.tr("Trying the import...") if dry_run else self.tr("Importing the rows...")
        )
        run_op(
            self,
            lambda: service.run(
                principal,
                path,
                mapping,
                decisions=decisions,
                only_valid=only_valid,
                dry_run=dry_run,
            ),
            self._import_done,
            self._failed,
        )

    def _import_done(self, result: LedgerResult) -> None:
        self._set_busy("")
        if result.refused:
            set_message(
                self.messageLabel,
                self.tr(
                    "Nothing was imported: the file has rows with problems or waiting for a "
                    "decision. Go back to the check."
                ),
            )
        elif result.dry_run:
            self.resultLabel.setText(
                self.tr(
                    "Trial run: {count} cases would be created. Nothing was saved; untick "
                    "the trial to import."
                ).format(count=result.imported)
            )
        else:
            self._done = True
            numbers = result.case_numbers
            span = f"{numbers[0]} \u301c {numbers[-1]}" if numbers else "\u2015"
            self.resultLabel.setText(
                self.tr("Imported. {count} cases were created ({numbers}).").format(
                    count=result.imported, numbers=span
                )
            )
        self._update_buttons()
        self.ran.emit(result)
        if not result.refused and not result.dry_run:
            self.imported.emit(result)

    # --- errors ---------------------------------------------------------------------------

    def _failed(self, error: KnownError) -> None:
        self._set_busy("")
        set_message(self.messageLabel, error.text())
        if self.current_page() == PAGE_FILE:
            self.fileInfoLabel.setText("")
