"""The case view: a header with who the case is about, and one tab per workflow stage.

The header names the person, shows badges (complex needs, restricted, overdue referral
confirmations and monitoring reviews, closed and read-only), the days since the last contact
and a stage bar (:class:`StageBar`) with where the case stands on the desk's flow.

The first tab (基本情報・世帯) shows the case as :meth:`CaseService.get` returns it: the client,
the household, the contact slips and the recent progress notes. The second (連絡票) lists the
consultations and prints the chosen one's contact slip through a PDF preview. Each later tab
is the working screen of its stage when its services are given: :class:`AssessmentTab`,
:class:`ReferralTab`, :class:`PlanTab`, the case's meetings (:class:`CaseMeetingsWidget`),
:class:`NotesTab`, :class:`MonitoringTab` and :class:`ClosureTab`; the last tab
(:class:`TimelineTab`) lists everything that happened on the case in order.

Opening a case builds the header and the first two tabs only: each stage screen is built (and
loads its records) when its tab is first shown, or when asked for through its property
(``view.plan_tab``). The header's overdue badges are read for the case meanwhile, so they do
not wait for the referral and monitoring tabs.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from welfaredesk.domain.enums import CaseStage
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.access_dialog import AccessDialog
from welfaredesk.gui.anonymize_dialog import AnonymizeDialog
from welfaredesk.gui.assessment_tab import AssessmentTab
from welfaredesk.gui.audit_viewer import WhoViewedDialog
from welfaredesk.gui.change_watcher import ChangeNotice
from welfaredesk.gui.closure_tab import ClosureTab
from welfaredesk.gui.display import fmt_date, fmt_datetime, join_spaced
from welfaredesk.gui.forms.ui_case_view import Ui_CaseView
from welfaredesk.gui.i18n import label
from welfaredesk.gui.meetings import CaseMeetingsWidget
from welfaredesk.gui.monitoring_tab import MonitoringTab
from welfaredesk.gui.notes_tab import NotesTab
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.plan_tab import PlanTab
from welfaredesk.gui.referral_tab import BADGE_STYLE, ReferralTab
from welfaredesk.gui.timeline_tab import StageBar, TimelineTab
from welfaredesk.gui.widgets.fit import scroll_contents
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.access import AccessService
from welfaredesk.services.agencies import AgencyService
from welfaredesk.services.assessments import AssessmentService
from welfaredesk.services.audit_trail import AuditTrailService
from welfaredesk.services.case_export import CaseExportService
from welfaredesk.services.cases import CaseService
from welfaredesk.services.changes import ChangeService
from welfaredesk.services.closures import ClosureService
from welfaredesk.services.consents import ConsentService
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import CaseDetail, ConsultationRow, Principal
from welfaredesk.services.forms import FormService
from welfaredesk.services.meetings import MeetingService
from welfaredesk.services.monitoring import MonitoringService
from welfaredesk.services.notes import NoteService
from welfaredesk.services.plans import PlanService
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.referrals import ReferralService
from welfaredesk.services.timeline import TimelineService

CLOSED_BADGE_STYLE = (
    "QLabel { color: #ffffff; background: #4d5b69; border-radius: 3px; padding: 2px 8px; }"
)
"""The look of the case header's badge of a closed (read-only) case."""

STALE_CONTACT_DAYS = 30
"""After this many days without contact the header highlights the last contact."""

RECENT_NOTES = 20
"""How many progress notes the first tab shows (the 支援経過 tab will show them all)."""


def _short_datetime(value: dt.datetime) -> str:
    return fmt_datetime(value, "short")


def _long_date(value: dt.date | None) -> str:
    return fmt_date(value, style="western") if value else ""


class CaseView(QWidget):
    """One open case, shown as a tab of the main window.

    Attributes:
        case_id: the case shown.
        detail: the case's data once loaded, else None.
        print_shortcut: Ctrl+P, active while the 連絡票 tab is shown.

    Signals:
        loaded(object): the case's :class:`CaseDetail` arrived and is shown.
        load_failed(str): the case could not be opened (the message shown).
        preview_opened(object): the contact slip's :class:`PdfPreviewDialog` is open.
        print_failed(str): the contact slip could not be built (the message shown).
        anonymize_opened(object): the :class:`AnonymizeDialog` (研修用に匿名化) is open.
    """

    loaded = Signal(object)
    load_failed = Signal(str)
    preview_opened = Signal(object)
    print_failed = Signal(str)
    anonymize_opened = Signal(object)
    access_opened = Signal(object)

    def __init__(
        self,
        cases: CaseService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        forms: FormService | None = None,
        assessments: AssessmentService | None = None,
        reference: ReferenceService | None = None,
        referrals: ReferralService | None = None,
        consents: ConsentService | None = None,
        closures: ClosureService | None = None,
        agencies: AgencyService | None = None,
        monitoring: MonitoringService | None = None,
        drafts: DraftService | None = None,
        notes: NoteService | None = None,
        plans: PlanService | None = None,
        meetings: MeetingService | None = None,
        timeline: TimelineService | None = None,
        case_export: CaseExportService | None = None,
        audit_trail: AuditTrailService | None = None,
        access: AccessService | None = None,
        changes: ChangeService | None = None,
        load_now: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        # A stage's page scrolls rather than make the window taller than the screen (at a
        # larger text size, or with a notice shown above it).
        for index in range(self.ui.stageTabs.count()):
            if (page := self.ui.stageTabs.widget(index)) is not None:
                scroll_contents(page)
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._changes = changes
        self._held: tuple[QWidget, ...] = ()
        # 「ほかの職員がこのケースを更新しました。」 (gui.change_watcher), under the header
        self.changeNotice = ChangeNotice(self)
        self.changeNotice.reload_requested.connect(self.load)
        self.ui.mainLayout.insertWidget(
            self.ui.mainLayout.indexOf(self.ui.statusLabel) + 1, self.changeNotice
        )
        self._cases = cases
        self._forms = forms
        self._principal = principal
        # The stage tabs' screens are built when first shown (or asked for): opening a case
        # builds only the header and the first tab. Each builder fills its page's layout.
        self._builders: dict[QWidget, Callable[[], QWidget]] = {}
        self._badge_services: tuple[ReferralService | None, MonitoringService | None] = (
            None,
            None,
        )
        if load_now:
            # The header's query goes to the database worker before the tabs' own, so the
            # case's name and stage appear first (the result arrives after construction).
            self.load()
        self.ui.stageTabs.setCurrentIndex(0)
        self.ui.nameLabel.setProperty("role", "caseName")
        self.ui.kanaLabel.setProperty("role", "kana")
        for caption in (self.ui.stageCaption, self.ui.leadCaption, self.ui.consentCaption):
            caption.setProperty("role", "caption")
        self.ui.restrictedLabel.setToolTip(
            self.tr("Restricted case: only the staff named on it can see it.")
        )
        for table in (
            self.ui.membersTable,
            self.ui.slipsTable,
            self.ui.slipConsultationsTable,
            self.ui.slipMembersTable,
        ):
            table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for placeholder in (
            self.ui.contactSlipTitle,
            self.ui.assessmentTitle,
            self.ui.referralTitle,
            self.ui.planTitle,
            self.ui.meetingTitle,
            self.ui.progressTitle,
            self.ui.monitoringTitle,
            self.ui.closureTitle,
        ):
            placeholder.setProperty("role", "title")
        self._setup_slip_tab()
        self._setup_tab_keys()
        self._setup_export_button(case_export)
        # Who viewed, printed or exported this case (操作記録), for whoever may read it.
        self._audit_trail = audit_trail
        self.whoViewedButton = QPushButton(self.tr("Who viewed this case..."), self)
        self.whoViewedButton.setObjectName("whoViewedButton")
        self.whoViewedButton.setVisible(audit_trail is not None)
        self.whoViewedButton.clicked.connect(self.show_who_viewed)
        self.ui.householdLayout.addWidget(self.whoViewedButton, 0, Qt.AlignmentFlag.AlignRight)
        # 閲覧制限・共有: who may see the case and why (AccessDialog).
        self._access = access
        self.accessButton = QPushButton(self.tr("Access and sharing..."), self)
        self.accessButton.setObjectName("accessButton")
        self.accessButton.setVisible(access is not None)
        self.accessButton.clicked.connect(self.open_access)
        self.ui.householdLayout.addWidget(self.accessButton, 0, Qt.AlignmentFlag.AlignRight)
        self._assessment_tab: AssessmentTab | None = None
        if assessments is not None and reference is not None:

            def build_assessment() -> QWidget:
                tab = AssessmentTab(
                    assessments, reference, principal, case_id, self, forms=forms, drafts=drafts
                )
                tab.saved.connect(lambda _view: self.load())
                self.ui.assessmentLayout.addWidget(tab, 1)
                self._assessment_tab = tab
                return tab

            self._builders[self.ui.assessmentTab] = build_assessment
        # The header badge of overdue referral confirmations (set by the referral tab).
        self.overdueBadge = QLabel(self)
        self.overdueBadge.setObjectName("referralOverdueBadge")
        self.overdueBadge.setStyleSheet(BADGE_STYLE)
        self.ui.nameLayout.insertWidget(
            self.ui.nameLayout.indexOf(self.ui.complexLabel) + 1, self.overdueBadge
        )
        self._referral_tab: ReferralTab | None = None
        if (
            referrals is not None
            and consents is not None
            and closures is not None
            and agencies is not None
            and reference is not None
        ):
            referral_services = (referrals, consents, closures, agencies, reference)

            def build_referral() -> QWidget:
                referral_tab = _referral_tab(principal, case_id, self, referral_services, changes)
                referral_tab.changed.connect(self.load)
                referral_tab.overdue_changed.connect(self._show_overdue)
                self.ui.referralLayout.addWidget(referral_tab, 1)
                self._referral_tab = referral_tab
                return referral_tab

            self._builders[self.ui.referralTab] = build_referral
            self._badge_services = (referrals, None)
        self._plan_tab: PlanTab | None = None
        if plans is not None and reference is not None:

            def build_plan() -> QWidget:
                plan_tab = PlanTab(
                    plans, reference, principal, case_id, self, drafts=drafts, changes=changes
                )
                plan_tab.changed.connect(self.load)
                self.ui.planLayout.addWidget(plan_tab, 1)
                self._plan_tab = plan_tab
                return plan_tab

            self._builders[self.ui.planTab] = build_plan
        self._embed_monitoring_and_closure(principal, case_id, monitoring, closures, agencies)
        self._embed_notes(principal, case_id, notes, reference, drafts)
        self._meetings_tab: CaseMeetingsWidget | None = None
        if meetings is not None:

            def build_meetings() -> QWidget:
                self._meetings_tab = CaseMeetingsWidget(meetings, principal, case_id, self)
                self.ui.meetingLayout.addWidget(self._meetings_tab, 1)
                return self._meetings_tab

            self._builders[self.ui.meetingTab] = build_meetings
        # The stage bar under the case number: where the case stands on the desk's flow.
        self.stageBar = StageBar(self)
        self.ui.identityLayout.insertWidget(
            self.ui.identityLayout.indexOf(self.ui.caseNumberLabel) + 1, self.stageBar
        )
        # The timeline is its own page (a light widget): its events load when first shown.
        self.timeline_tab: TimelineTab | None = None
        self._timeline_shown = False
        if timeline is not None:
            self.timeline_tab = TimelineTab(timeline, principal, case_id, self)
            self.timeline_tab.open_requested.connect(self._open_kind)
            self.ui.stageTabs.addTab(self.timeline_tab, self.tr("Timeline"))
            self._builders[self.timeline_tab] = self._show_timeline_first
        self.ui.stageTabs.currentChanged.connect(
            lambda index: self._build(self.ui.stageTabs.widget(index))
        )
        self._clear()

    # --- the stage tabs, built when first shown ---------------------------------------------

    def _build(self, page: QWidget | None) -> None:
        """Build the screen of a stage tab's page if not yet built; show the case on it."""
        builder = self._builders.pop(page, None) if page is not None else None
        if builder is None:
            return
        screen = builder()
        if self.detail is not None:
            self._show_on(screen, self.detail)

    def _show_on(self, screen: QWidget, detail: CaseDetail) -> None:
        """Show the loaded case on one built stage screen (they load their own records)."""
        if isinstance(
            screen, AssessmentTab | ReferralTab | PlanTab | MonitoringTab | ClosureTab | NotesTab
        ):
            screen.set_case(detail)
        elif isinstance(screen, CaseMeetingsWidget):
            screen.load()
        elif isinstance(screen, TimelineTab):
            screen.reload()

    def _show_timeline_first(self) -> QWidget:
        assert self.timeline_tab is not None  # registered only with a timeline
        self._timeline_shown = True
        return self.timeline_tab

    def _screens(self) -> list[QWidget]:
        """The stage screens built so far."""
        screens: list[QWidget | None] = [
            self._assessment_tab,
            self._referral_tab,
            self._plan_tab,
            self._monitoring_tab,
            self._closure_tab,
            self._notes_tab,
            self._meetings_tab,
            self.timeline_tab if self._timeline_shown else None,
        ]
        return [s for s in screens if s is not None]

    @property
    def assessment_tab(self) -> AssessmentTab | None:
        """The 課題分析・振り分け screen (built on first use), or None without its services."""
        self._build(self.ui.assessmentTab)
        return self._assessment_tab

    @property
    def referral_tab(self) -> ReferralTab | None:
        """The 同行支援・引継ぎ screen (built on first use), or None without its services."""
        self._build(self.ui.referralTab)
        return self._referral_tab

    @property
    def plan_tab(self) -> PlanTab | None:
        """The 支援計画 screen (built on first use), or None without its services."""
        self._build(self.ui.planTab)
        return self._plan_tab

    @property
    def meetings_tab(self) -> CaseMeetingsWidget | None:
        """The 会議 screen (built on first use), or None without its service."""
        self._build(self.ui.meetingTab)
        return self._meetings_tab

    @property
    def notes_tab(self) -> NotesTab | None:
        """The 支援経過 screen (built on first use), or None without its services."""
        self._build(self.ui.progressTab)
        return self._notes_tab

    @property
    def monitoring_tab(self) -> MonitoringTab | None:
        """The 経過確認・評価 screen (built on first use), or None without its service."""
        self._build(self.ui.monitoringTab)
        return self._monitoring_tab

    @property
    def closure_tab(self) -> ClosureTab | None:
        """The 終結 screen (built on first use), or None without its service."""
        self._build(self.ui.closureTab)
        return self._closure_tab

    def _load_badges(self) -> None:
        """The header's overdue badges, while the tabs that keep them are not built yet."""
        referrals = self._badge_services[0] if self._referral_tab is None else None
        monitoring = self._badge_services[1] if self._monitoring_tab is None else None
        if referrals is None and monitoring is None:
            return
        principal, case_id = self._principal, self.case_id

        def counts() -> tuple[int | None, int | None]:
            return (
                referrals.overview(principal, case_id).overdue if referrals else None,
                monitoring.overview(principal, case_id).overdue if monitoring else None,
            )

        run_op(self, counts, self._show_badges, lambda _error: None)

    def _show_badges(self, counts: tuple[int | None, int | None]) -> None:
        referral_overdue, monitoring_overdue = counts
        if referral_overdue is not None and self._referral_tab is None:
            self._show_overdue(referral_overdue)
        if monitoring_overdue is not None and self._monitoring_tab is None:
            self.monitoringBadge.setVisible(monitoring_overdue > 0)

    def _setup_export_button(self, case_export: CaseExportService | None) -> None:
        """The 「研修用に匿名化して書き出す…」 button under the household, for CASE_EXPORT."""
        self._case_export = case_export
        self._can_export = case_export is not None and allowed(
            self._principal.role, Action.CASE_EXPORT
        )
        self.anonymizeButton = QPushButton(self.tr("Export anonymised for training..."), self)
        self.anonymizeButton.setObjectName("anonymizeButton")
        self.anonymizeButton.setVisible(self._can_export)
        self.anonymizeButton.clicked.connect(self.open_anonymize)
        self.ui.householdLayout.addWidget(self.anonymizeButton, 0, Qt.AlignmentFlag.AlignRight)

    def open_access(self) -> AccessDialog | None:
        """Open who may see this case (閲覧制限・共有); a change reloads the header."""
        if self._access is None:
            return None
        dialog = AccessDialog(self._access, self._principal, self.case_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _view: self.load())
        dialog.show()
        self.access_opened.emit(dialog)
        return dialog

    def open_anonymize(self) -> AnonymizeDialog | None:
        """Open the anonymised export of this case for review (window-modal)."""
        if self._case_export is None or not self._can_export:
            return None
        dialog = AnonymizeDialog(self._case_export, self._principal, self.case_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.anonymize_opened.emit(dialog)
        return dialog

    def _open_kind(self, kind: str) -> None:
        """Show the tab that holds a record chosen on the timeline."""
        ui = self.ui
        page = {
            "consultation": ui.contactSlipTab,
            "consent": ui.referralTab,
            "assessment": ui.assessmentTab,
            "referral": ui.referralTab,
            "plan": ui.planTab,
            "meeting": ui.meetingTab,
            "note": ui.progressTab,
            "review": ui.monitoringTab,
            "closure": ui.closureTab,
        }.get(kind)
        if page is not None:
            ui.stageTabs.setCurrentWidget(page)

    def _embed_monitoring_and_closure(
        self,
        principal: Principal,
        case_id: int,
        monitoring: MonitoringService | None,
        closures: ClosureService | None,
        agencies: AgencyService | None,
    ) -> None:
        """The 経過確認と評価 and 終結 tabs, and their header badges."""
        self.monitoringBadge = QLabel(self.tr("Monitoring review overdue"), self)
        self.monitoringBadge.setObjectName("monitoringOverdueBadge")
        self.monitoringBadge.setStyleSheet(BADGE_STYLE)
        self.monitoringBadge.setToolTip(
            self.tr("Record the review on the Monitoring and review tab.")
        )
        self.closedBadge = QLabel(self.tr("Closed (read-only)"), self)
        self.closedBadge.setObjectName("closedBadge")
        self.closedBadge.setStyleSheet(CLOSED_BADGE_STYLE)
        self.closedBadge.setToolTip(
            self.tr("This case is closed. Reopen it on the Closure tab to record anything more.")
        )
        at = self.ui.nameLayout.indexOf(self.overdueBadge) + 1
        self.ui.nameLayout.insertWidget(at, self.monitoringBadge)
        self.ui.nameLayout.insertWidget(at + 1, self.closedBadge)
        self._monitoring_tab: MonitoringTab | None = None
        if monitoring is not None:

            def build_monitoring() -> QWidget:
                monitoring_tab = MonitoringTab(principal, case_id, self, monitoring=monitoring)
                monitoring_tab.changed.connect(self.load)
                monitoring_tab.overdue_changed.connect(
                    lambda count: self.monitoringBadge.setVisible(count > 0)
                )
                self.ui.monitoringLayout.addWidget(monitoring_tab, 1)
                self._monitoring_tab = monitoring_tab
                return monitoring_tab

            self._builders[self.ui.monitoringTab] = build_monitoring
            self._badge_services = (self._badge_services[0], monitoring)
        self._closure_tab: ClosureTab | None = None
        if closures is not None:

            def build_closure() -> QWidget:
                closure_tab = ClosureTab(
                    principal, case_id, self, closures=closures, agencies=agencies
                )
                closure_tab.changed.connect(self.load)
                self.ui.closureLayout.addWidget(closure_tab, 1)
                self._closure_tab = closure_tab
                return closure_tab

            self._builders[self.ui.closureTab] = build_closure

    def _embed_notes(
        self,
        principal: Principal,
        case_id: int,
        notes: NoteService | None,
        reference: ReferenceService | None,
        drafts: DraftService | None,
    ) -> None:
        """The 支援経過 tab, and the header's days since the last contact."""
        self.lastContactCaption = QLabel(self.tr("Last contact"), self)
        self.lastContactCaption.setProperty("role", "caption")
        self.lastContactValue = QLabel(self)
        self.lastContactValue.setObjectName("lastContactLabel")
        row = self.ui.factsLayout.rowCount()
        self.ui.factsLayout.addWidget(self.lastContactCaption, row, 0)
        self.ui.factsLayout.addWidget(self.lastContactValue, row, 1)
        self._notes_tab: NotesTab | None = None
        if notes is not None and reference is not None:

            def build_notes() -> QWidget:
                notes_tab = NotesTab(
                    notes, reference, principal, case_id, self, drafts=drafts, changes=self._changes
                )
                notes_tab.changed.connect(self.load)
                self.ui.progressLayout.addWidget(notes_tab, 1)
                self._notes_tab = notes_tab
                return notes_tab

            self._builders[self.ui.progressTab] = build_notes

    def _show_last_contact(self, d: CaseDetail) -> None:
        """「最終接触 12日前」, highlighted when the last contact is over 30 days ago."""
        days = d.days_since_contact
        label = self.lastContactValue
        if days is None:
            label.setText(self.tr("None recorded"))
        elif days <= 0:
            label.setText(self.tr("Today"))
        else:
            label.setText(self.tr("{days} days ago").format(days=days))
        overdue = days is not None and days > STALE_CONTACT_DAYS
        label.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if overdue else "")
        label.setToolTip(
            self.tr("No contact for more than {days} days.").format(days=STALE_CONTACT_DAYS)
            if overdue
            else ""
        )

    def load(self) -> None:
        """Load (or reload) the case on the database worker."""
        self._held = ()
        self.changeNotice.hide()
        set_message(self.ui.statusLabel, self.tr("Loading the case..."), kind="info")
        cases, principal, case_id = self._cases, self._principal, self.case_id
        run_op(self, lambda: cases.get(principal, case_id), self._show, self._failed)

    def load_keeping_edits(self) -> list[str]:
        """Reload quietly after another user's save, except the tabs with unsaved input.

        Returns:
            The titles of the tabs held back (their editors hold input not yet saved).
        """
        editable = (self._assessment_tab, self._plan_tab)  # a tab not built holds no input
        held = tuple(t for t in editable if t is not None and t.has_changes())
        self._held = held
        cases, principal, case_id = self._cases, self._principal, self.case_id
        run_op(self, lambda: cases.get(principal, case_id), self._show, self._failed)
        tabs = self.ui.stageTabs
        pages = {self._assessment_tab: self.ui.assessmentTab, self._plan_tab: self.ui.planTab}
        return [tabs.tabText(tabs.indexOf(pages[t])).replace("&", "") for t in held]

    def tab_title(self) -> str:
        """The title of the case's tab: case number and client name."""
        if self.detail is None:
            return self.tr("Loading...")
        return f"{self.detail.case_number} {self.detail.client_name}"

    def _clear(self) -> None:
        for widget in (
            self.ui.kanaLabel,
            self.ui.nameLabel,
            self.ui.ageLabel,
            self.ui.caseNumberLabel,
            self.ui.stageValue,
            self.ui.leadValue,
            self.ui.consentValue,
        ):
            widget.setText("")
        self.ui.restrictedLabel.hide()
        self.ui.complexLabel.hide()
        self.overdueBadge.hide()
        self.monitoringBadge.hide()
        self.closedBadge.hide()

    def _failed(self, error: KnownError) -> None:
        set_message(self.ui.statusLabel, error.text(), kind="error")
        self.ui.stageTabs.setEnabled(False)
        self.load_failed.emit(error.text())

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        set_message(self.ui.statusLabel, "")
        self.ui.stageTabs.setEnabled(True)
        self._show_header(detail)
        self._show_client(detail)
        self._show_members(detail)
        self._show_slips(detail)
        self._show_notes(detail)
        self._show_slip_tab(detail)
        held, self._held = self._held, ()  # tabs with unsaved input (load_keeping_edits)
        self._show_last_contact(detail)
        for screen in self._screens():  # the stage tabs built so far; the rest when shown
            if screen not in held:
                self._show_on(screen, detail)
        self._load_badges()
        self.loaded.emit(detail)

    def _show_overdue(self, count: int) -> None:
        """Show (or hide) the header badge of overdue referral confirmations."""
        self.overdueBadge.setText(
            self.tr("Referral check overdue: {count}").format(count=count) if count else ""
        )
        self.overdueBadge.setToolTip(
            self.tr(
                "Confirm on the Accompanied referral and handover tab that the person was taken on."
            )
        )
        self.overdueBadge.setVisible(count > 0)

    def _show_header(self, d: CaseDetail) -> None:
        ui = self.ui
        ui.kanaLabel.setText(d.client_kana)
        ui.nameLabel.setText(d.client_name)
        ui.ageLabel.setText("" if d.age is None else self.tr("{age} years old").format(age=d.age))
        ui.restrictedLabel.setVisible(d.restricted)
        ui.complexLabel.setVisible(d.complex_needs)
        self.closedBadge.setVisible(d.stage is CaseStage.CLOSED)
        ui.caseNumberLabel.setText(
            self.tr("Case no. {number}   Opened {date}").format(
                number=d.case_number, date=fmt_date(d.opened_on)
            )
        )
        ui.stageValue.setText(label(d.stage))
        self.stageBar.set_stage(d.stage)
        ui.leadValue.setText(d.lead_worker or self.tr("Not assigned"))
        ui.consentValue.setText(label(d.consent))

    def _show_client(self, d: CaseDetail) -> None:
        ui = self.ui
        missing = self.tr("Not recorded")
        if d.birth_date is None:
            ui.birthValue.setText(missing)
        elif d.age is None:
            ui.birthValue.setText(_long_date(d.birth_date))
        else:
            ui.birthValue.setText(
                self.tr("{date} (age {age})").format(date=_long_date(d.birth_date), age=d.age)
            )
        ui.sexValue.setText(d.sex or missing)
        ui.addressValue.setText(d.address or missing)
        ui.phoneValue.setText(d.phone or missing)
        ui.areaValue.setText(d.area or missing)
        ui.openedValue.setText(_long_date(d.opened_on))
        ui.closedValue.setText(_long_date(d.closed_on) or self.tr("Still open"))
        ui.coWorkerValue.setText(d.co_worker or self.tr("Not assigned"))
        flags = [
            text
            for on, text in (
                (d.complex_needs, self.tr("Complex needs")),
                (d.economic_hardship, self.tr("Economic hardship")),
                (d.urgent, self.tr("Urgent")),
                (d.restricted, self.tr("Restricted")),
            )
            if on
        ]
        ui.flagsValue.setText(self.tr(", ").join(flags) if flags else self.tr("None"))

    def _show_members(self, d: CaseDetail) -> None:
        rows = [
            (
                m.relation,
                m.name,
                m.kana,
                "" if m.age is None else str(m.age),
                self.tr("Yes") if m.lives_together else self.tr("No"),
                self.tr(", ").join(m.situations),
            )
            for m in d.members
        ]
        _fill(self.ui.membersTable, rows, right_aligned={3})

    def _show_slips(self, d: CaseDetail) -> None:
        rows = [
            (
                _short_datetime(c.received_at),
                c.channel,
                c.consulter_type,
                c.staff,
                " ".join(c.presenting_concern.split()),
            )
            for c in d.consultations
        ]
        _fill(
            self.ui.slipsTable, rows, tooltips={4: [c.presenting_concern for c in d.consultations]}
        )

    def _show_notes(self, d: CaseDetail) -> None:
        if not d.notes:
            empty = self.tr("No progress notes have been recorded yet.")
            self.ui.notesBrowser.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        parts = []
        for note in d.notes[:RECENT_NOTES]:
            head = join_spaced(
                html.escape(x)
                for x in (_short_datetime(note.noted_at), note.method, note.staff)
                if x
            )
            body = html.escape(note.body).replace("\n", "<br>")
            parts.append(f"<p><b>{head}</b><br>{body}</p>")
        if len(d.notes) > RECENT_NOTES:
            more = self.tr("The {count} most recent notes are shown.").format(count=RECENT_NOTES)
            parts.append(f"<p><i>{html.escape(more)}</i></p>")
        self.ui.notesBrowser.setHtml("".join(parts))

    def show_who_viewed(self) -> WhoViewedDialog | None:
        """Open the list of who viewed, printed or exported this case, and when."""
        if self._audit_trail is None:
            return None
        dialog = WhoViewedDialog(self._audit_trail, self._principal, self.case_id, self)
        dialog.setObjectName("whoViewedDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _setup_tab_keys(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous section of the case (as Ctrl+Tab and
        Ctrl+Shift+Tab do), wherever the focus is in the case."""
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._step_section(s))

    def _step_section(self, step: int) -> None:
        """Show the next (1) or previous (-1) section that is shown and enabled."""
        tabs = self.ui.stageTabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                return

    # --- the 連絡票 tab ----------------------------------------------------------------------

    def _setup_slip_tab(self) -> None:
        ui = self.ui
        ui.slipConsultationsTable.itemSelectionChanged.connect(self._show_selected_concern)
        ui.printSlipButton.clicked.connect(self.print_contact_slip)
        ui.printSlipButton.setVisible(self._forms is not None)
        ui.printSlipButton.setEnabled(False)
        # Active only while the 連絡票 tab is the one shown (its page is visible).
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), ui.contactSlipTab)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._print_shortcut)
        self.print_shortcut = shortcut

    def _show_slip_tab(self, d: CaseDetail) -> None:
        ui = self.ui
        rows = [
            (
                _short_datetime(c.received_at),
                c.channel,
                c.consulter_type,
                c.staff,
                c.presenting_concern.strip().splitlines()[0] if c.presenting_concern else "",
            )
            for c in d.consultations
        ]
        _fill(ui.slipConsultationsTable, rows)
        members = [
            (
                m.relation,
                m.name,
                "" if m.age is None else str(m.age),
                self.tr("Yes") if m.lives_together else self.tr("No"),
            )
            for m in d.members
        ]
        _fill(ui.slipMembersTable, members, right_aligned={2})
        ui.slipConsentLabel.setText(self.tr("Consent: {status}").format(status=label(d.consent)))
        if d.consultations:
            ui.slipConsultationsTable.selectRow(0)
        self._show_selected_concern()

    def selected_consultation(self) -> ConsultationRow | None:
        """The consultation chosen on the 連絡票 tab, or None."""
        if self.detail is None:
            return None
        row = self.ui.slipConsultationsTable.currentRow()
        selected = self.ui.slipConsultationsTable.selectionModel().selectedRows()
        if not selected or not 0 <= row < len(self.detail.consultations):
            return None
        return self.detail.consultations[row]

    def _show_selected_concern(self) -> None:
        chosen = self.selected_consultation()
        self.ui.slipConcernText.setPlainText(chosen.presenting_concern if chosen else "")
        self.ui.printSlipButton.setEnabled(chosen is not None and self._forms is not None)

    def _print_shortcut(self) -> None:
        if self.ui.printSlipButton.isVisible() and self.ui.printSlipButton.isEnabled():
            self.print_contact_slip()

    def print_contact_slip(self) -> None:
        """Build the chosen consultation's contact slip on the worker, then preview it.

        Building the PDF for the preview counts as printing: the form service records the
        PRINT audit event when it writes the file, because the preview can print or save it.
        The file lives in a private temporary folder under the user's data folder, removed
        when the preview closes.
        """
        chosen = self.selected_consultation()
        forms, detail = self._forms, self.detail
        if chosen is None or forms is None or detail is None:
            return
        self.ui.printSlipButton.setEnabled(False)
        set_message(self.ui.statusLabel, self.tr("Preparing the contact slip..."), kind="info")
        principal, case_id, consultation_id = self._principal, self.case_id, chosen.id
        name = self.tr("Contact slip {number}").format(number=detail.case_number)

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.ui.statusLabel, "")
            self._show_selected_concern()
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: forms.contact_slip(
                principal, case_id, out, consultation_id=consultation_id
            ),
            file_name="contact_slip.pdf",
            title=name,
            record_output=lambda to_file: forms.record_output(
                principal, case_id, consultation_id, to_file=to_file
            ),
            opened=opened,
            failed=self._print_failed,
        )

    def _print_failed(self, error: KnownError) -> None:
        set_message(self.ui.statusLabel, error.text(), kind="error")
        self._show_selected_concern()
        self.print_failed.emit(error.text())


def _referral_tab(
    principal: Principal,
    case_id: int,
    parent: QWidget,
    services: tuple[
        ReferralService, ConsentService, ClosureService, AgencyService, ReferenceService
    ],
    changes: ChangeService | None,
) -> ReferralTab:
    referrals, consents, closures, agencies, reference = services
    return ReferralTab(
        principal,
        case_id,
        parent,
        referrals=referrals,
        consents=consents,
        closures=closures,
        agencies=agencies,
        reference=reference,
        changes=changes,
    )


def _fill(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    right_aligned: set[int] | None = None,
    tooltips: dict[int, list[str]] | None = None,
) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if right_aligned and c in right_aligned:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tooltips and c in tooltips:
                item.setToolTip(tooltips[c][r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for c in range(last):
        header.resizeSection(c, min(header.sectionSize(c) + 12, 220))
