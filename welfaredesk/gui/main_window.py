"""The main window: the case list with its filter bar, and the open cases as tabs.

The list's id query runs on the database worker whenever the filter or the sort changes;
the rows come from the lazy :class:`CaseTableModel`. Keyboard: Ctrl+F goes to the search
box, Enter opens the selected case, Ctrl+W closes the case tab, F5 refreshes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage, ConsentStatus
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.about_dialog import AboutDialog
from welfaredesk.gui.agency_directory import AgencyDirectoryDialog
from welfaredesk.gui.approvals_tab import ApprovalsTab
from welfaredesk.gui.assessment_tab import DRAFT_FORM as ASSESSMENT_FORM
from welfaredesk.gui.audit_viewer import AuditViewerDialog
from welfaredesk.gui.backup_dialog import BackupDialog
from welfaredesk.gui.case_list_tools import CaseListTools
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.change_password_dialog import ChangePasswordDialog
from welfaredesk.gui.change_watcher import ChangeWatcher, refresh_case_view
from welfaredesk.gui.connection_banner import install_connection_banner, reconnect_probe
from welfaredesk.gui.connection_dialog import ConnectionDialog
from welfaredesk.gui.dashboard_tab import DashboardTab
from welfaredesk.gui.display import fmt_date
from welfaredesk.gui.forms.ui_main_window import Ui_MainWindow
from welfaredesk.gui.help_viewer import HelpDialog, page_for
from welfaredesk.gui.i18n import label
from welfaredesk.gui.idle_lock import IdleLock
from welfaredesk.gui.intake_dialog import FORM as INTAKE_FORM
from welfaredesk.gui.intake_dialog import IntakeDialog
from welfaredesk.gui.ledger_import_wizard import LEDGER_IMPORT_ACTIONS, LedgerImportWizard
from welfaredesk.gui.meetings import MeetingsDialog
from welfaredesk.gui.models.case_table_model import (
    BLOCK_SIZE,
    COL_AGE,
    COL_AREA,
    COL_COMPLEX,
    COL_CONSENT,
    COL_KANA,
    COL_LAST_CONTACT,
    COL_LEAD,
    COL_NAME,
    COL_NEXT_DUE,
    COL_NUMBER,
    COL_OPENED,
    COL_STAGE,
    COLUMNS,
    FIRST_PAGE,
    CaseTableModel,
)
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.report_dialog import ReportDialog
from welfaredesk.gui.search_tab import SearchTab
from welfaredesk.gui.settings_dialog import SettingsDialog
from welfaredesk.gui.tasks_tab import TasksTab
from welfaredesk.gui.user_admin import UserAdminDialog
from welfaredesk.gui.widgets.elided_label import ElidedLabel
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.drafts import DraftInfo
from welfaredesk.services.dto import (
    CaseDetail,
    CaseFilter,
    CasePage,
    DatabaseInfo,
    Principal,
)
from welfaredesk.services.intake import IntakeResult
from welfaredesk.services.meetings import DecisionResult

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300

"""How long typing in the search box must pause before the list is searched."""

# Text as wide as a column's widest usual content, for the initial column widths.
_SAMPLES = {
    COL_NUMBER: "R10-000000",
    COL_NAME: "あいう　かきく（閲覧制限）",
    COL_KANA: "アイウエオ　カキクケ",
    COL_AGE: "000",
    COL_AREA: "中央西圏域",
    COL_STAGE: "本人同意なし(支援会議)",
    COL_LEAD: "あいうえ　かきく",
    COL_COMPLEX: "●",
    COL_CONSENT: "同意あり",
    COL_LAST_CONTACT: "0000",
    COL_NEXT_DUE: "R10.12.31",
    COL_OPENED: "R10.12.31",
}


class MainWindow(QMainWindow):
    """The case list and the open cases.

    Signals:
        cases_loaded(int): the list shows the whole result of a search (the number of
            cases), after its first page and the rest of its ids have arrived.
        case_opened(int): a case tab finished loading (the case id).
        intake_opened(IntakeDialog): the intake dialog was opened (Ctrl+N).
        drafts_offered(QMessageBox): an unsaved intake from an earlier session is offered.
        agency_directory_opened(AgencyDirectoryDialog): the agency directory was opened.
        meetings_opened(MeetingsDialog): the meetings screen was opened.
        user_admin_opened(UserAdminDialog): the user administration was opened.
        password_dialog_opened(ChangePasswordDialog): the change-password dialog was opened.
        audit_viewer_opened(AuditViewerDialog): the audit trail viewer was opened.
        backup_opened(BackupDialog): the backup dialog was opened (administrators).
        ledger_import_opened(LedgerImportWizard): the ledger import wizard was opened.
        report_opened(ReportDialog): the statistics and reports screen was opened.
        connection_opened(ConnectionDialog): the database connection dialog was opened.
        settings_opened(SettingsDialog): the settings dialog was opened (File → Settings).
        help_opened(HelpDialog): the user guide was shown (Help → User guide, F1).
    """

    cases_loaded = Signal(int)
    case_opened = Signal(int)
    intake_opened = Signal(object)
    drafts_offered = Signal(object)
    agency_directory_opened = Signal(object)
    meetings_opened = Signal(object)
    user_admin_opened = Signal(object)
    password_dialog_opened = Signal(object)
    audit_viewer_opened = Signal(object)
    backup_opened = Signal(object)
    ledger_import_opened = Signal(object)
    report_opened = Signal(object)
    connection_opened = Signal(object)
    settings_opened = Signal(object)
    help_opened = Signal(object)

    def __init__(
        self, ctx: AppContext, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._ctx = ctx
        self._principal = principal
        self._can_read = allowed(principal.role, Action.CASE_READ)
        self._generation = 0
        self._pending_current: int | None = None
        self._page_current: int | None = None
        self._help: HelpDialog | None = None
        self._sort_key = "opened_on"
        self._descending = True
        self._focus_table_after_load = False
        self._applying_filter = False

        self.model = CaseTableModel(lambda ids: ctx.cases.fetch_rows(principal, ids), self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)

        self._setup_filter_bar()
        self._setup_table()
        self._setup_list_tools()
        self._setup_tabs()
        self._setup_approvals_tab()
        self._setup_tasks_tab()
        self._setup_search_and_dashboard()
        self._setup_status_bar()
        self._setup_actions()
        self._setup_idle_lock()
        # Other users' saves show without a restart (a poll of the change feed).
        self.change_watcher = ChangeWatcher(self, ctx.changes, principal, idle_lock=self.idle_lock)
        self.change_watcher.start()
        # Issue 9: a lost server connection shows a banner; saves wait and go through later.
        self.connection_banner = install_connection_banner(self, reconnect_probe(ctx, principal))

        if self._can_read:
            set_message(self.ui.noticeLabel, "")
            self.reload()
        else:
            # No case list: its bars go too, and the notice stands at the top of the page.
            self.ui.filterBar.setEnabled(False)
            self.ui.filterBar.hide()
            self.ui.caseTable.hide()
            set_message(
                self.ui.noticeLabel,
                self.tr(
                    "Case records are not shown to the role \u201c{role}\u201d. "
                    "Log in with a counselor's or supervisor's account to work with cases."
                ).format(role=label(principal.role))
                + "\n"
                + self.tr("Open the work of this account from the menus above."),
                kind="info",
            )
            self.ui.caseListLayout.addStretch(1)
            # Its own rule: the message style's padding is otherwise lost on this label.
            self.ui.noticeLabel.setStyleSheet("QLabel { padding: 6px 10px; }")
        # The database worker runs one job at a time, in order: the list first, so it
        # appears at once; then what the other tabs and the filter panel need. The
        # supervisor's queue loads when its tab is shown (it can hold thousands of items).
        if self._can_read:
            self.list_tools.load()
            if self.tasks_tab is not None:
                self.tasks_tab.load()
        self.refresh_status()
        if allowed(principal.role, Action.CASE_CREATE):
            self.check_pending_drafts()

    # --- setup ----------------------------------------------------------------------------

    def _setup_filter_bar(self) -> None:
        ui = self.ui
        ui.stageCombo.addItem(self.tr("All stages"), None)
        for stage in CaseStage:
            ui.stageCombo.addItem(label(stage), str(stage))
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.searchEdit.installEventFilter(self)
        ui.stageCombo.currentIndexChanged.connect(lambda _index: self._bar_changed())
        ui.excludeClosedCheck.toggled.connect(lambda _on: self._bar_changed())
        ui.mineOnlyCheck.toggled.connect(lambda _on: self._bar_changed())
        ui.resultLabel.setProperty("role", "caption")

    def _setup_table(self) -> None:
        table = self.ui.caseTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        header_metrics = header.fontMetrics()
        # Dates and the stage and consent labels as wide as they are in the screens' language.
        samples = dict(_SAMPLES)
        samples[COL_NEXT_DUE] = samples[COL_OPENED] = fmt_date(dt.date(2028, 12, 28), "short")
        for column, codes in ((COL_STAGE, CaseStage), (COL_CONSENT, ConsentStatus)):
            words = [samples[column], *(label(code) for code in codes)]
            samples[column] = max(words, key=metrics.horizontalAdvance)
        for column in range(len(COLUMNS)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(samples[column]),
                header_metrics.horizontalAdvance(title) + 18,  # room for the sort arrow
            )
            header.resizeSection(column, width + 12)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 10)
        header.setSortIndicator(COL_OPENED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        # Connected after enabling sorting: that call would otherwise run a first search.
        self.model.sort_requested.connect(self._sort)
        table.activated.connect(lambda index: self.open_case_at(index.row()))
        self.model.modelReset.connect(self._select_first_if_none)

    def _setup_list_tools(self) -> None:
        """Views, detailed filters, reassignment and CSV export (gui.case_list_tools)."""
        self.list_tools = CaseListTools(
            self._ctx.case_list, self._principal, self, self.ui.caseListLayout, self
        )
        self.list_tools.status.connect(lambda text: self.ui.statusBar.showMessage(text, 8000))
        if allowed(self._principal.role, Action.CASE_REASSIGN):
            self.ui.caseTable.setSelectionMode(self.ui.caseTable.SelectionMode.ExtendedSelection)
        if not self._can_read:
            self.list_tools.bar.setEnabled(False)
            self.list_tools.bar.hide()

    def _bar_changed(self) -> None:
        if self._applying_filter:
            return
        self.list_tools.conditions_changed()
        self.reload()

    def show_filter(self, flt: CaseFilter, *, view_key: str | None = None) -> None:
        """Show the case list with ``flt`` (a view, or a dashboard bar) and search."""
        ui = self.ui
        self._applying_filter = True
        try:
            ui.mainTabs.setCurrentIndex(0)
            ui.searchEdit.setText(flt.text)
            stage = str(flt.stages[0]) if len(flt.stages) == 1 else None
            ui.stageCombo.setCurrentIndex(max(ui.stageCombo.findData(stage), 0))
            ui.excludeClosedCheck.setChecked(flt.open_only)
            ui.mineOnlyCheck.setChecked(flt.mine_only)
            self.list_tools.show(flt, view_key)
            self._sort_key, self._descending = flt.sort_key, flt.descending
            column = next(
                (i for i, c in enumerate(COLUMNS) if c.sort_key == flt.sort_key), COL_OPENED
            )
            descending = flt.descending != COLUMNS[column].invert
            header = ui.caseTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                column,
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            header.viewport().update()
        finally:
            self._applying_filter = False
        self.reload()

    def selected_case_ids(self) -> list[int]:
        """The case ids of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.ui.caseTable.selectionModel().selectedRows())
        ids = (self.model.case_id(row) for row in rows)
        return [case_id for case_id in ids if case_id is not None]

    def _setup_tabs(self) -> None:
        tabs = self.ui.mainTabs
        bar = tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            bar.setTabButton(0, side, None)  # the case list stays open
        tabs.tabCloseRequested.connect(self.close_tab)

    def _setup_approvals_tab(self) -> None:
        """The supervisor's queue (承認・確認待ち), after the case list; supervisors only."""
        self.approvals_tab: ApprovalsTab | None = None
        if not allowed(self._principal.role, Action.CASE_CLOSE_APPROVE):
            return
        tab = ApprovalsTab(
            self._ctx.approvals, self._ctx.closures, self._ctx.notes, self._principal, self
        )
        tab.open_requested.connect(self._open_case_on)
        tab.changed.connect(self.refresh_cases)
        tabs = self.ui.mainTabs
        tabs.currentChanged.connect(lambda i: tab.reload() if tabs.widget(i) is tab else None)
        index = tabs.insertTab(1, tab, self.tr("Approvals and confirmations"))
        bar = tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            bar.setTabButton(index, side, None)  # stays open, like the case list
        self.approvals_tab = tab

    def _open_case_on(self, case_id: int, stage_tab: str) -> None:
        view = self.open_case(case_id)
        view.ui.stageTabs.setCurrentWidget(getattr(view.ui, stage_tab))

    def refresh_cases(self) -> None:
        """Search the case list again and reload the open case tabs (after a queue action)."""
        self.model.mark_stale()
        self.reload()
        for view in self.case_views():
            view.load()

    def _setup_tasks_tab(self) -> None:
        """My tasks (今日の仕事), right after the case list; for roles that work with cases."""
        self.tasks_tab: TasksTab | None = None
        if not self._can_read:
            return
        tab = TasksTab(self._ctx.tasks, self._principal, self, self)
        tab.setObjectName("tasksTab")
        tabs = self.ui.mainTabs
        index = tabs.insertTab(1, tab, self.tr("My tasks"))
        bar = tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            bar.setTabButton(index, side, None)  # stays open, like the case list
        tabs.currentChanged.connect(lambda i: tab.load() if tabs.widget(i) is tab else None)
        self.tasks_tab = tab

    def _setup_search_and_dashboard(self) -> None:
        """検索 (one box for every kind of record) and ダッシュボード, after the queues."""
        self.search_tab: SearchTab | None = None
        self.dashboard_tab: DashboardTab | None = None
        if not self._can_read:
            return
        tabs = self.ui.mainTabs
        bar = tabs.tabBar()
        search = SearchTab(self._ctx.search, self._principal, self)
        search.open_requested.connect(self._open_case_on)
        dashboard = DashboardTab(self._ctx.dashboard, self._principal, self)
        dashboard.filter_requested.connect(self.show_filter)
        for tab, title in (
            (search, self.tr("Search")),
            (dashboard, self.tr("Dashboard")),
        ):
            index = tabs.insertTab(tabs.count(), tab, title)
            for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
                bar.setTabButton(index, side, None)  # stays open, like the case list
        # The dashboard counts the whole caseload: only when it is looked at.
        tabs.currentChanged.connect(
            lambda i: dashboard.load() if tabs.widget(i) is dashboard else None
        )
        self.search_tab, self.dashboard_tab = search, dashboard
        action = QAction(self.tr("Search &everything"), self)
        action.setObjectName("searchEverythingAction")
        action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.open_search)
        self.ui.viewMenu.addAction(action)
        self.addAction(action)
        dashboard_action = QAction(self.tr("&Dashboard"), self)
        dashboard_action.setObjectName("dashboardAction")
        dashboard_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        dashboard_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        dashboard_action.triggered.connect(lambda: tabs.setCurrentWidget(dashboard))
        self.ui.viewMenu.addAction(dashboard_action)
        self.addAction(dashboard_action)

    def open_search(self) -> None:
        """Ctrl+Shift+F: the search tab, with its box focused."""
        if self.search_tab is None:
            return
        self.ui.mainTabs.setCurrentWidget(self.search_tab)
        self.search_tab.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_tab.searchEdit.selectAll()

    def _setup_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.database_label = ElidedLabel(self)  # a long path ends in … (larger text)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusBar.addWidget(self.user_label)
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(
                name=self._principal.display_name, role=label(self._principal.role)
            )
        )

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.quitAction.triggered.connect(self.close)
        ui.findAction.triggered.connect(self.focus_search)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.closeTabAction.triggered.connect(lambda: self.close_tab(ui.mainTabs.currentIndex()))
        ui.aboutAction.triggered.connect(lambda: self.about_box().open())
        ui.guideAction.triggered.connect(self.open_help)
        ui.guideAction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        ui.newIntakeAction.triggered.connect(self.new_intake)
        ui.agencyDirectoryAction.triggered.connect(self.open_agency_directory)
        ui.meetingsAction.triggered.connect(self.open_meetings)
        ui.changePasswordAction.triggered.connect(self.change_password)
        ui.settingsAction.triggered.connect(self.open_settings)
        ui.userAdminAction.triggered.connect(self.open_user_admin)
        ui.userAdminAction.setEnabled(allowed(self._principal.role, Action.USER_ADMIN))
        ui.auditTrailAction.triggered.connect(self.open_audit_viewer)
        for action in (
            ui.findAction,
            ui.refreshAction,
            ui.closeTabAction,
            ui.newIntakeAction,
            ui.agencyDirectoryAction,
            ui.meetingsAction,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        ui.findAction.setEnabled(self._can_read)
        ui.newIntakeAction.setEnabled(allowed(self._principal.role, Action.CASE_CREATE))
        ui.meetingsAction.setEnabled(
            allowed(self._principal.role, Action.MEETING_MANAGE) or self._can_read
        )
        ui.auditTrailAction.setEnabled(allowed(self._principal.role, Action.AUDIT_READ))
        ui.backupAction.triggered.connect(self.open_backup)
        ui.fileMenu.setToolTipsVisible(True)
        if not allowed(self._principal.role, Action.BACKUP):
            ui.backupAction.setEnabled(False)
            ui.backupAction.setToolTip(self.tr("Only a system administrator can make backups."))
        self.ledgerImportAction = QAction(self.tr("&Import a ledger..."), self)
        self.ledgerImportAction.setObjectName("ledgerImportAction")
        self.ledgerImportAction.triggered.connect(self.open_ledger_import)
        self.ledgerImportAction.setEnabled(
            all(allowed(self._principal.role, a) for a in LEDGER_IMPORT_ACTIONS)
        )
        self.reportAction = QAction(self.tr("&Statistics and reports..."), self)
        self.reportAction.setObjectName("reportAction")
        self.reportAction.triggered.connect(self.open_reports)
        self.reportAction.setEnabled(allowed(self._principal.role, Action.REPORT_AGGREGATE))
        ui.consultationMenu.addAction(self.reportAction)
        quit_at = ui.fileMenu.actions().index(ui.quitAction)
        ui.fileMenu.insertAction(
            ui.fileMenu.actions()[max(quit_at - 1, 0)], self.ledgerImportAction
        )
        self.connectionAction = QAction(self.tr("&Database connection..."), self)
        self.connectionAction.setObjectName("connectionAction")
        self.connectionAction.triggered.connect(self.open_connection_settings)
        if not allowed(self._principal.role, Action.USER_ADMIN):
            self.connectionAction.setEnabled(False)
            self.connectionAction.setToolTip(
                self.tr("Only a system administrator can change the database connection.")
            )
        after_backup = ui.fileMenu.actions().index(ui.backupAction) + 1
        ui.fileMenu.insertAction(ui.fileMenu.actions()[after_backup], self.connectionAction)

    # --- the list -------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        """The filter the bar describes, with the sort chosen by the header."""
        stage = self.ui.stageCombo.currentData()
        narrowed = self.list_tools.panel.narrow(
            CaseFilter(
                text=self.ui.searchEdit.text(),
                stages=(CaseStage(stage),) if stage else (),
                open_only=self.ui.excludeClosedCheck.isChecked(),
                mine_only=self.ui.mineOnlyCheck.isChecked(),
                sort_key=self._sort_key,
                descending=self._descending,
            )
        )
        if narrowed.closed_only and narrowed.open_only:
            # 終結のみ in the panel wins over 終結を除く in the bar
            narrowed = dataclasses.replace(narrowed, open_only=False)
        return narrowed

    def reload(self, *, whole: bool = False) -> None:
        """Run the search again on the worker (a newer search supersedes an older one).

        The first :data:`FIRST_PAGE` ids and their first rows come first, with how many
        cases match, and are shown at once; the rest of the ids follow from the worker and
        are appended (no reset: the selection and the scroll stay). ``whole`` shows the whole
        result in one step instead (a refresh that must keep a scroll position deep in it).
        """
        if not self._can_read:
            return
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        cases, principal = self._ctx.cases, self._principal
        limit = None if whole else FIRST_PAGE

        complete: list[bool] = []

        def search() -> CasePage:
            # The first screen's rows come with the ids, so the GUI thread fetches nothing
            # to show them (later blocks are fetched as the list scrolls).
            if limit is None:
                ids = cases.list_ids(principal, flt)
                first = ids[:BLOCK_SIZE]
                rows = cases.fetch_rows(principal, first) if first else {}
                page = CasePage(tuple(ids), len(ids), tuple(rows.get(i) for i in first))
            else:
                page = cases.list_page(principal, flt, limit, rows=BLOCK_SIZE)
            complete.append(page.complete)
            return page

        def rest() -> list[int] | None:
            # Queued right behind the page, before anything the tabs ask for (the worker
            # runs jobs in order, so the page has been read when this runs).
            if not complete or complete[-1]:
                return None
            return cases.list_ids(principal, flt)

        def arrived(ids: list[int] | None) -> None:
            if ids is not None:
                self._show_rest(generation, ids)

        run_op(self, search, lambda page: self._show_page(generation, page), self._search_failed)
        run_op(self, rest, arrived, self._search_failed)

    def _search_now(self) -> None:
        self._focus_table_after_load = True
        self.reload()

    def _sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.reload()

    def _show_page(self, generation: int, page: CasePage) -> None:
        """Show a search's first page (or whole result), unless a newer one is coming."""
        if generation != self._generation:
            return
        table = self.ui.caseTable
        current = self.model.case_id(table.currentIndex().row())
        if current is None:
            current = self._pending_current
        self.model.set_ids(page.ids, dict(zip(page.ids, page.rows, strict=False)))
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            table.selectRow(row)
        # A selected case beyond the first page is selected again when the rest arrives,
        # unless the user has moved from the first row selected meanwhile.
        self._pending_current = current if row is None and not page.complete else None
        self._page_current = self.model.case_id(table.currentIndex().row())
        self.ui.resultLabel.setText(self.tr("%n case(s)", "", page.total))
        if not page.ids and self.ui.searchEdit.text().strip():
            set_message(
                self.ui.noticeLabel,
                self.tr("No case matches the search. Check the spelling or clear the filters."),
                kind="info",
            )
        else:
            set_message(self.ui.noticeLabel, "")
        if self._focus_table_after_load and page.ids:
            table.setFocus()
        self._focus_table_after_load = False
        if page.complete:
            self._loaded(page.total)

    def _show_rest(self, generation: int, ids: list[int]) -> None:
        """Append the rest of a search's ids (or show the list anew if it changed)."""
        if generation != self._generation:
            return
        if not self.model.append_rest(ids):
            # Cases changed between the page and the rest: show the whole list at once.
            self._show_page(generation, CasePage(tuple(ids), len(ids)))
            return
        if self._pending_current is not None:
            table = self.ui.caseTable
            row = self.model.row_of(self._pending_current)
            if row is not None and self.model.case_id(table.currentIndex().row()) in {
                None,
                self._page_current,
            }:
                table.selectRow(row)
            self._pending_current = None
        self.ui.resultLabel.setText(self.tr("%n case(s)", "", len(ids)))
        self._loaded(len(ids))

    def _loaded(self, count: int) -> None:
        log.debug("case list shows %d cases", count)
        self.cases_loaded.emit(count)

    def _select_first_if_none(self) -> None:
        table = self.ui.caseTable
        if not table.currentIndex().isValid() and self.model.rowCount() > 0:
            table.setCurrentIndex(self.model.index(0, 0))

    def _search_failed(self, error: KnownError) -> None:
        set_message(self.ui.noticeLabel, error.text(), kind="error")

    def refresh_status(self) -> None:
        """Update the database part of the status bar on the worker.

        The case count is the number of cases this user may see (the same scope as the
        list), not the size of the whole database.
        """
        system, cases, principal = self._ctx.system, self._ctx.cases, self._principal
        can_read = self._can_read

        def status() -> tuple[DatabaseInfo, int | None]:
            return system.database_info(), cases.count(principal) if can_read else None

        run_op(self, status, self._show_database_info)

    def _show_database_info(self, status: tuple[DatabaseInfo, int | None]) -> None:
        info, count = status
        if count is None:
            text = self.tr("Database: {location}").format(location=info.location)
        else:
            text = self.tr("Database: {location} ({count} cases)").format(
                location=info.location, count=count
            )
        self.database_label.setText(text)

    def refresh(self) -> None:
        """F5: search again, drop cached rows, reload the case shown."""
        self.model.mark_stale()
        self.reload()
        self.refresh_status()
        view = self.ui.mainTabs.currentWidget()
        if isinstance(view, CaseView):
            view.load()
        if self.approvals_tab is not None:
            self.approvals_tab.reload()
        if self.tasks_tab is not None:
            self.tasks_tab.load()

    def focus_search(self) -> None:
        """Ctrl+F: go to the search box of the case list."""
        self.ui.mainTabs.setCurrentIndex(0)
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- intake --------------------------------------------------------------------------

    def check_pending_drafts(self) -> None:
        """After a crash, a power cut or a mistaken close, offer the unsaved intake back."""
        drafts, principal = self._ctx.drafts, self._principal
        run_op(self, lambda: drafts.pending(principal), self._offer_pending_drafts)

    def _offer_pending_drafts(self, pending: list[DraftInfo]) -> None:
        """Offer the newest unsaved intake, or else the newest unsaved assessment, back."""
        intake = [d for d in pending if d.form == INTAKE_FORM]
        assessment = [d for d in pending if d.form == ASSESSMENT_FORM and d.record_key.isdigit()]
        if intake:
            draft = intake[0]
            title = self.tr("Unsaved intake")
            text = self.tr(
                "An intake you were writing was not saved (last autosave {when}). "
                "Open it now to continue?"
            )
        elif assessment:
            draft = assessment[0]
            title = self.tr("Unsaved assessment")
            text = self.tr(
                "An assessment you were writing was not saved (last autosave {when}). "
                "Open the case now to continue?"
            )
        else:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text.format(
                when=fmt_date(draft.saved_at.date(), style="short")
                + draft.saved_at.strftime(" %H:%M")
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        if intake:
            open_button.clicked.connect(self.new_intake)
        else:
            case_id = int(draft.record_key)
            open_button.clicked.connect(lambda: self.resume_assessment(case_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.drafts_offered.emit(box)

    def resume_assessment(self, case_id: int) -> CaseView:
        """Open a case on its 課題分析 tab with the editor, which restores the unsaved draft."""
        view = self.open_case(case_id)
        tab = view.assessment_tab
        if tab is None:
            return view
        view.ui.stageTabs.setCurrentWidget(view.ui.assessmentTab)

        def start(_count: int) -> None:
            tab.history_loaded.disconnect(start)
            tab.new_assessment()

        tab.history_loaded.connect(start)
        return view

    def new_intake(self) -> IntakeDialog:
        """Ctrl+N: open the intake dialog (a new consultation)."""
        dialog = IntakeDialog(self._ctx, self._principal, self)
        dialog.setObjectName("intakeDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._intake_saved)
        # The keyboard comes back to this window (the desktop usually does it, not always).
        dialog.finished.connect(lambda _result: self.activateWindow())
        dialog.open()
        self.intake_opened.emit(dialog)
        return dialog

    def _intake_saved(self, result: IntakeResult) -> None:
        self.model.mark_stale()
        self.reload()
        self.refresh_status()
        already_open = any(v.case_id == result.case_id for v in self.case_views())
        view = self.open_case(result.case_id)
        # The keyboard goes to the new case's sections (Ctrl+Tab goes on) when the dialog closes.
        view.ui.stageTabs.setFocus(Qt.FocusReason.OtherFocusReason)
        if already_open:
            view.load()  # the tab shows the case as it was before this consultation

    # --- agency directory ----------------------------------------------------------------

    def open_agency_directory(self) -> AgencyDirectoryDialog:
        """Ctrl+Shift+A: open the agency directory (関係機関の一覧), for every role."""
        dialog = AgencyDirectoryDialog(self._ctx, self._principal, self)
        dialog.setObjectName("agencyDirectoryDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.agency_directory_opened.emit(dialog)
        return dialog

    def open_audit_viewer(self) -> AuditViewerDialog:
        """Open the audit trail viewer (操作記録の閲覧), for roles that may read it."""
        dialog = AuditViewerDialog(self._ctx, self._principal, self)
        dialog.setObjectName("auditViewerDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.audit_viewer_opened.emit(dialog)
        return dialog

    def open_backup(self) -> BackupDialog:
        """File → Backup: create, check and restore backups (administrators)."""
        dialog = BackupDialog(self._ctx, self._principal, self)
        dialog.setObjectName("backupDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.quit_requested.connect(self.close)
        dialog.resize(900, 760)
        dialog.open()
        self.backup_opened.emit(dialog)
        return dialog

    def open_connection_settings(self) -> ConnectionDialog:
        """File → Database connection: which database this PC opens (administrators)."""
        url = self._ctx.db.url
        current = (
            str(url.database)
            if self._ctx.db.dialect == "sqlite"
            else f"PostgreSQL {url.username}@{url.host}:{url.port or 5432}/{url.database}"
        )
        dialog = ConnectionDialog(self, current=current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.connection_opened.emit(dialog)
        return dialog

    def open_settings(self) -> SettingsDialog:
        """File → Settings (Ctrl+,): this PC, the desk and its operation; every role opens it."""
        dialog = SettingsDialog(self._ctx, self._principal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.security_saved.connect(
            lambda settings: self.idle_lock.set_interval_minutes(settings.idle_lock_minutes)
        )
        dialog.saved.connect(lambda: self.ui.statusBar.showMessage(dialog.saved_message(), 10_000))
        dialog.open()
        self.settings_opened.emit(dialog)
        return dialog

    def open_ledger_import(self) -> LedgerImportWizard:
        """File → Import a ledger: the 相談台帳 import wizard (主任相談支援員)."""
        wizard = LedgerImportWizard(self._ctx.ledger_import, self._principal, self)
        wizard.setObjectName("ledgerImportWizard")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _result: self.refresh_cases())
        wizard.open()
        self.ledger_import_opened.emit(wizard)
        return wizard

    def open_reports(self) -> ReportDialog:
        """Consultation → Statistics and reports: 年度の統計 (supervisors, the secretariat)."""
        dialog = ReportDialog(self._ctx.reports, self._principal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_opened.emit(dialog)
        return dialog

    def open_meetings(self) -> MeetingsDialog:
        """Ctrl+Shift+M: open the meetings screen (会議の一覧), for staff and the secretariat."""
        dialog = MeetingsDialog(self._ctx, self._principal, self)
        dialog.setObjectName("meetingsDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decision_recorded.connect(self._meeting_decided)
        dialog.open()
        self.meetings_opened.emit(dialog)
        return dialog

    def _meeting_decided(self, result: DecisionResult) -> None:
        """A decision may move a plan and its case on: show it on the open screens at once.

        The change watcher leaves this user's own saves out, so the case tabs of the meeting's
        cases and the case list are refreshed here (tabs with unsaved input are held back).
        """
        cases = {item.case_id for item in result.meeting.agenda if item.case_id is not None}
        for view in self.case_views():
            if view.case_id in cases:
                refresh_case_view(view)
        if result.case_stage is not None:
            self.change_watcher.refresh_list()

    # --- accounts and the screen lock -----------------------------------------------------

    def _setup_idle_lock(self) -> None:
        self.signed_out = False
        """Set when the user chose 別の利用者でログインする on the lock screen."""
        self.idle_lock = IdleLock(self, self._ctx.auth, self._principal)
        self.idle_lock.sign_out_requested.connect(self.sign_out)
        self.ui.lockScreenAction.triggered.connect(self.idle_lock.lock)
        self.ui.lockScreenAction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        users = self._ctx.users
        run_op(
            self,
            users.security_settings,
            lambda settings: self.idle_lock.set_interval_minutes(settings.idle_lock_minutes),
        )

    def open_user_admin(self) -> UserAdminDialog:
        """File → User administration: accounts and security settings (administrators)."""
        dialog = UserAdminDialog(self._ctx, self._principal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(
            lambda settings: self.idle_lock.set_interval_minutes(settings.idle_lock_minutes)
        )
        dialog.open()
        self.user_admin_opened.emit(dialog)
        return dialog

    def change_password(self) -> ChangePasswordDialog:
        """File → Change password: any logged-in user changes their own password."""
        dialog = ChangePasswordDialog(self._ctx.auth, self._principal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda: self.ui.statusBar.showMessage(
                self.tr("Your password was changed ({name}).").format(
                    name=self._principal.display_name
                ),
                10_000,
            )
        )
        dialog.open()
        self.password_dialog_opened.emit(dialog)
        return dialog

    def sign_out(self) -> None:
        """Close every window of the program so that someone else can log in."""
        self.signed_out = True
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible():
                window.close()
        self.close()

    # --- case tabs ------------------------------------------------------------------------

    def open_case_at(self, row: int) -> CaseView | None:
        """Open the case shown in a row of the list."""
        case_id = self.model.case_id(row)
        return None if case_id is None else self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseView:
        """Show a case in its tab (opening the tab, or switching to it if open)."""
        tabs = self.ui.mainTabs
        for index in range(1, tabs.count()):
            view = tabs.widget(index)
            if isinstance(view, CaseView) and view.case_id == case_id:
                tabs.setCurrentIndex(index)
                return view
        view = CaseView(
            self._ctx.cases,
            self._principal,
            case_id,
            tabs,
            forms=self._ctx.forms,
            assessments=self._ctx.assessments,
            reference=self._ctx.reference,
            referrals=self._ctx.referrals,
            consents=self._ctx.consents,
            closures=self._ctx.closures,
            meetings=self._ctx.meetings,
            timeline=self._ctx.timeline,
            case_export=self._ctx.case_export,
            agencies=self._ctx.agencies,
            monitoring=self._ctx.monitoring,
            drafts=self._ctx.drafts,
            notes=self._ctx.notes,
            plans=self._ctx.plans,
            audit_trail=self._ctx.audit_trail,
            access=self._ctx.access,
            changes=self._ctx.changes,
            load_now=True,
        )
        view.setObjectName(f"caseView{case_id}")
        index = tabs.addTab(view, view.tab_title())
        tabs.setCurrentIndex(index)
        view.loaded.connect(lambda detail, v=view: self._case_loaded(v, detail))
        return view

    def _case_loaded(self, view: CaseView, detail: CaseDetail) -> None:
        tabs = self.ui.mainTabs
        index = tabs.indexOf(view)
        if index >= 0:
            tabs.setTabText(index, view.tab_title())
            tabs.setTabToolTip(index, f"{detail.case_number} {detail.client_name}")
        self.case_opened.emit(detail.id)

    def close_tab(self, index: int) -> None:
        """Close a case tab (the case list itself stays)."""
        tabs = self.ui.mainTabs
        if index <= 0 or index >= tabs.count():
            return
        view = tabs.widget(index)
        if not isinstance(view, CaseView):
            return  # the case list and the queue stay open
        if tabs.currentIndex() == index:
            # Qt would show the neighbour, which after the last case is the dashboard (and
            # would count the whole caseload): show the next case, else the case list.
            nearby = [i for i in (index + 1, index - 1) if isinstance(tabs.widget(i), CaseView)]
            tabs.setCurrentIndex(nearby[0] if nearby else 0)
        tabs.removeTab(index)
        if view is not None:
            view.deleteLater()
        if tabs.currentIndex() == 0:
            self.ui.caseTable.setFocus()

    def case_views(self) -> list[CaseView]:
        """The open case tabs, left to right."""
        tabs = self.ui.mainTabs
        return [w for i in range(tabs.count()) if isinstance(w := tabs.widget(i), CaseView)]

    # --- about ----------------------------------------------------------------------------

    def open_help(self) -> HelpDialog:
        """F1: the user guide, at the page for the screen in use (one window, kept open)."""
        tabs = self.ui.mainTabs
        current = tabs.currentWidget()
        names = [current.objectName()] if current is not None else []
        if isinstance(current, CaseView):
            stage = current.ui.stageTabs.currentWidget()
            names = [stage.objectName() if stage is not None else "", "basicTab"]
        dialog = self._help
        if dialog is None:
            dialog = HelpDialog(self)
            self._help = dialog
        dialog.show_page(page_for(names))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.help_opened.emit(dialog)
        return dialog

    def about_box(self) -> AboutDialog:
        """The 'About WelfareDesk' dialog (not yet shown; deleted when closed)."""
        return AboutDialog(self._ctx, self)

    # --- Qt overrides ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Down in the search box moves into the list."""
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.ui.caseTable.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.ui.caseTable.currentIndex().isValid():
                self.ui.caseTable.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: stop a pending search and the screen lock."""
        if self.connection_banner.hold_close(self, event):  # saves wait for the server
            return
        self._search_timer.stop()
        self.idle_lock.stop()
        self.change_watcher.stop()
        super().closeEvent(event)
