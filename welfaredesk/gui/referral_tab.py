"""The 同行支援・引継ぎ tab of the case view: consent, referrals, status, closure, slip.

At the top, the person's current consent (本人同意) with a button to record a change
(:class:`~welfaredesk.gui.consent_dialog.ConsentDialog`) and the history. Below, the case's
referrals (:meth:`ReferralService.overview`), newest first; a confirmation past its date is
highlighted and counted, and the case view shows the count as a badge in its header. The
chosen referral is shown read-only and can be edited while planned or held
(:class:`ReferralDialog`), moved on (:class:`StatusDialog`) or printed as a つなぎシート
through the PDF preview. A completed hand-over may close the case at once or wait for a
supervisor; a closure that waits is shown as a banner, with 承認 and 差し戻し for those who may
approve closures. Every service call runs on the database worker.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain import referrals as rules
from welfaredesk.domain.enums import (
    CaseStage,
    ClosureStatus,
    ConsentStatus,
    ReferralMethod,
    ReferralStatus,
    SharedInfo,
    SharingBasis,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.consent_dialog import ConsentDialog, ConsentHistoryDialog
from welfaredesk.gui.display import (
    annotate,
    bullet,
    fmt_date,
    fmt_date_input,
    join_list,
    join_spaced,
    labelled,
)
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.terms import (
    add_categories,
    explain_items,
    referral_method_help,
    sharing_basis_help,
)
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.agencies import AgencyService
from welfaredesk.services.changes import ChangeService
from welfaredesk.services.closures import ClosureService
from welfaredesk.services.consents import ConsentOverview, ConsentService
from welfaredesk.services.dto import AgencyRow, CaseDetail, PicklistEntry, Principal
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.referrals import (
    ClosureInfo,
    Destination,
    ReferralInput,
    ReferralOverview,
    ReferralService,
    ReferralView,
    StatusChange,
    StatusResult,
)

COLUMNS = 6
COL_DATE, COL_AGENCY, COL_METHOD, COL_STATUS, COL_DUE, COL_CONFIRMED = range(COLUMNS)
OVERDUE_TEXT = QColor("#8a1f1b")
OVERDUE_BACKGROUND = QColor("#fcefee")
BANNER_STYLE = (
    "QFrame#closureBanner { background: #fdf3dc; border: 1px solid #e7cf8f; border-radius: 4px; }"
)
BADGE_STYLE = (
    "QLabel { color: #ffffff; background: #b3261e; border-radius: 3px; padding: 2px 8px; }"
)
"""The look of the case header's badge of overdue confirmations."""


def _date(value: dt.date | None) -> str:
    return fmt_date(value) if value else ""


def agency_text(name: str, section: str) -> str:
    """An agency's name with its section, unless the name already says it."""
    return annotate(name, section if section not in name else "")


def _text_edit(parent: QWidget, name: str, *, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


@dataclass(frozen=True)
class _Loaded:
    overview: ReferralOverview
    consent: ConsentOverview
    categories: list[PicklistEntry] | None


@dataclass(frozen=True)
class _EditorData:
    destinations: list[Destination]
    staff: list[tuple[int, str]]


# --- the tab ------------------------------------------------------------------------------


class ReferralTab(QWidget):
    """Consent, referrals, status changes, closure approval and slips of one case.

    Attributes:
        case_id: the case shown.
        overview: the referrals as last loaded, else None.
        consent: the consent as last loaded, else None.
        print_shortcut: Ctrl+P, active while this tab is shown.

    Signals:
        loaded(object): the :class:`ReferralOverview` arrived and is shown.
        overdue_changed(int): how many confirmations are overdue (after each load).
        changed(): data of the case changed (the case view reloads the case).
        dialog_opened(object): a dialog of the tab is open (consent, referral, status ...).
        preview_opened(object): the referral slip's :class:`PdfPreviewDialog` is open.
        print_failed(str): the referral slip could not be built (the message shown).
    """

    loaded = Signal(object)
    overdue_changed = Signal(int)
    changed = Signal()
    dialog_opened = Signal(object)
    preview_opened = Signal(object)
    print_failed = Signal(str)

    def __init__(
        self,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        referrals: ReferralService,
        consents: ConsentService,
        closures: ClosureService,
        agencies: AgencyService,
        reference: ReferenceService,
        changes: ChangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralTabWidget")
        self.case_id = case_id
        self.overview: ReferralOverview | None = None
        self.consent: ConsentOverview | None = None
        self._referrals = referrals
        self._consents = consents
        self._closures = closures
        self._agencies = agencies
        self._reference = reference
        self._changes = changes
        self._principal = principal
        self._can_edit = allowed(principal.role, Action.CASE_EDIT)
        self._can_approve = allowed(principal.role, Action.CASE_CLOSE_APPROVE)
        self._detail: CaseDetail | None = None
        self._categories: list[PicklistEntry] | None = None
        self._notice = ""
        self._busy = False
        self._build()
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._print_shortcut)
        self.print_shortcut = shortcut
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("referralMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        self.closedLabel = QLabel(
            self.tr(
                "This case is closed. Its referrals and consent can be viewed and printed, "
                "but not changed. Reopen the case to record more."
            ),
            self,
        )
        self.closedLabel.setObjectName("referralClosedLabel")
        self.closedLabel.setWordWrap(True)
        self.closedLabel.setProperty("role", "note")
        self.closedLabel.hide()
        outer.addWidget(self.closedLabel)

        self.closureBanner = QFrame(self)
        self.closureBanner.setObjectName("closureBanner")
        self.closureBanner.setStyleSheet(BANNER_STYLE)
        banner = QHBoxLayout(self.closureBanner)
        self.closureLabel = QLabel(self.closureBanner)
        self.closureLabel.setObjectName("closureLabel")
        self.closureLabel.setWordWrap(True)
        banner.addWidget(self.closureLabel, 1)
        self.approveButton = QPushButton(self.tr("&Approve"), self.closureBanner)
        self.approveButton.setObjectName("approveClosureButton")
        self.approveButton.setAutoDefault(False)
        self.approveButton.clicked.connect(self.approve_closure)
        self.sendBackButton = QPushButton(self.tr("Send &back"), self.closureBanner)
        self.sendBackButton.setObjectName("sendBackClosureButton")
        self.sendBackButton.setAutoDefault(False)
        self.sendBackButton.clicked.connect(self.send_back_closure)
        banner.addWidget(self.approveButton)
        banner.addWidget(self.sendBackButton)
        self.closureBanner.hide()
        outer.addWidget(self.closureBanner)

        outer.addWidget(self._build_consent_panel())

        self.overdueLabel = QLabel(self)
        self.overdueLabel.setObjectName("overdueLabel")
        self.overdueLabel.setWordWrap(True)
        outer.addWidget(self.overdueLabel)
        set_message(self.overdueLabel, "")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, COLUMNS, splitter)
        self.table.setObjectName("referralTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Planned"),
                self.tr("Referred to"),
                self.tr("Method"),
                self.tr("Status"),
                self.tr("Confirm by"),
                self.tr("Confirmed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_AGENCY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemDoubleClicked.connect(lambda _item: self._double_clicked())
        self.detailBrowser = QTextBrowser(splitter)
        self.detailBrowser.setObjectName("referralDetailBrowser")
        self.detailBrowser.setAccessibleName(self.tr("The referral's details"))
        self.detailBrowser.setOpenLinks(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detailBrowser)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 400])
        outer.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.newButton = QPushButton(self.tr("&Record a referral"), self)
        self.newButton.setObjectName("newReferralButton")
        self.newButton.clicked.connect(self.new_referral)
        self.editButton = QPushButton(self.tr("&Edit referral"), self)
        self.editButton.setObjectName("editReferralButton")
        self.editButton.clicked.connect(self.edit_referral)
        self.statusButton = QPushButton(self.tr("Change &status"), self)
        self.statusButton.setObjectName("changeStatusButton")
        self.statusButton.clicked.connect(self.change_status)
        self.printButton = QPushButton(self.tr("&Print referral sheet"), self)
        self.printButton.setObjectName("printReferralButton")
        self.printButton.clicked.connect(self.print_slip)
        for button in (self.newButton, self.editButton, self.statusButton):
            button.setAutoDefault(False)
            button.setVisible(self._can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.printButton.setAutoDefault(False)
        buttons.addWidget(self.printButton)
        outer.addLayout(buttons)

    def _build_consent_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent to share information"), self)
        box.setObjectName("consentPanel")
        layout = QHBoxLayout(box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.consentStatusValue = QLabel(box)
        self.consentStatusValue.setObjectName("consentStatusValue")
        self.consentAgenciesValue = QLabel(box)
        self.consentAgenciesValue.setObjectName("consentAgenciesValue")
        self.consentMeetingsValue = QLabel(box)
        self.consentMeetingsValue.setObjectName("consentMeetingsValue")
        self.consentInfoValue = QLabel(box)
        self.consentInfoValue.setObjectName("consentInfoValue")
        for row, (caption, value) in enumerate(
            (
                (self.tr("Consent"), self.consentStatusValue),
                (self.tr("Agencies"), self.consentAgenciesValue),
                (self.tr("Meetings"), self.consentMeetingsValue),
                (self.tr("Information"), self.consentInfoValue),
            )
        ):
            caption_label = QLabel(caption, box)
            caption_label.setProperty("role", "caption")
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption_label, row, 0)
            grid.addWidget(value, row, 1)
        layout.addLayout(grid, 1)
        side = QVBoxLayout()
        self.consentButton = QPushButton(self.tr("Record or change c&onsent"), box)
        self.consentButton.setObjectName("recordConsentButton")
        self.consentButton.setAutoDefault(False)
        self.consentButton.setVisible(self._can_edit)
        self.consentButton.clicked.connect(self.record_consent)
        self.consentHistoryButton = QPushButton(self.tr("Consent histor&y"), box)
        self.consentHistoryButton.setObjectName("consentHistoryButton")
        self.consentHistoryButton.setAutoDefault(False)
        self.consentHistoryButton.clicked.connect(self.show_consent_history)
        side.addWidget(self.consentButton)
        side.addWidget(self.consentHistoryButton)
        side.addStretch(1)
        layout.addLayout(side)
        return box

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        self._detail = detail
        self.reload()

    def reload(self) -> None:
        """Load the referrals and the consent (and the issue categories once) on the worker."""
        referrals, consents, reference = self._referrals, self._consents, self._reference
        principal, case_id = self._principal, self.case_id
        need_categories = self._categories is None

        def load() -> _Loaded:
            return _Loaded(
                referrals.overview(principal, case_id),
                consents.overview(principal, case_id),
                reference.picklist("issue_category") if need_categories else None,
            )

        run_op(self, load, self._arrived, self._failed)

    def _arrived(self, loaded: _Loaded) -> None:
        if loaded.categories is not None:
            self._categories = loaded.categories
        selected = self.selected_referral()
        self.overview = loaded.overview
        self.consent = loaded.consent
        set_message(self.messageLabel, self._notice, kind="info")
        self._show_consent(loaded.consent)
        self._show_closure(loaded.overview)
        self._fill_table(loaded.overview, selected.id if selected else None)
        overdue = loaded.overview.overdue
        set_message(
            self.overdueLabel,
            self.tr(
                "{count} referrals are past their confirmation date: check that the person "
                "was taken on."
            ).format(count=overdue)
            if overdue
            else "",
        )
        self._update_buttons()
        self.overdue_changed.emit(overdue)
        self.loaded.emit(loaded.overview)

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._busy = False
        self._update_buttons()

    def _show_consent(self, consent: ConsentOverview) -> None:
        current = consent.current
        none = self.tr("None")
        parts = [current.status_label]
        if current.recorded_on is not None:
            parts.append(fmt_date(current.recorded_on))
        if current.method_label:
            parts.append(current.method_label)
        self.consentStatusValue.setText(join_spaced(parts))
        given = current.status is ConsentStatus.GIVEN
        names = list(dict.fromkeys(n for n in current.agency_names if n))
        self.consentAgenciesValue.setText(join_list(names) if given and names else none)
        self.consentMeetingsValue.setText(
            join_list(label(k) for k in current.meeting_kinds)
            if given and current.meeting_kinds
            else none
        )
        self.consentInfoValue.setText(
            join_list(current.info_labels) if given and current.info_labels else none
        )
        self.consentHistoryButton.setEnabled(bool(consent.history))

    def _show_closure(self, overview: ReferralOverview) -> None:
        closure = overview.closure
        closed = overview.stage is CaseStage.CLOSED
        self.closedLabel.setVisible(closed)
        waiting = closure is not None and closure.status is ClosureStatus.REQUESTED
        self.approveButton.setVisible(waiting and self._can_approve)
        self.sendBackButton.setVisible(waiting and self._can_approve)
        text = self._closure_text(closure, closed) if closure is not None else ""
        self.closureLabel.setText(text)
        self.closureBanner.setVisible(bool(text))

    def _closure_text(self, closure: ClosureInfo, closed: bool) -> str:
        what = self._closure_name(closure)
        if closure.status is ClosureStatus.REQUESTED:
            text = self.tr("{closure} is waiting for the chief counselor's approval.").format(
                closure=what
            )
            if closure.requested_by:
                text += self.tr(" (requested by {name})").format(name=closure.requested_by)
            return text
        if closure.status is ClosureStatus.RETURNED:
            return self.tr("{closure} was sent back. Reason: {reason}").format(
                closure=what, reason=closure.return_reason
            )
        if closure.status is ClosureStatus.APPROVED and closed:
            return self.tr("{closure} was approved (closed on {date}).").format(
                closure=what, date=_date(closure.closed_on)
            )
        return ""

    def _closure_name(self, closure: ClosureInfo) -> str:
        reason = (
            labelled(closure.reason_label, closure.destination)
            if closure.destination
            else closure.reason_label
        )
        return self.tr("The closure ({reason})").format(reason=reason)

    def _fill_table(self, overview: ReferralOverview, keep: int | None) -> None:
        table = self.table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(overview.referrals))
        overdue_text = self.tr("{date} (overdue)")
        for r, view in enumerate(overview.referrals):
            due = _date(view.confirmation_due_on)
            values = (
                _date(view.referred_on),
                # A household member referred (not the client) is named beside the agency.
                view.agency_name
                if view.person_id is None
                else annotate(view.agency_name, view.person_name),
                view.method_label,
                view.status_label,
                overdue_text.format(date=due) if view.overdue else due,
                _date(view.confirmed_on),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, view.id)
                if c == COL_AGENCY:
                    item.setToolTip(agency_text(view.agency_name, view.agency_section))
                if view.overdue:
                    item.setForeground(QBrush(OVERDUE_TEXT))
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                    item.setToolTip(self.tr("The confirmation is overdue."))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for c in range(COLUMNS):
            if c != COL_AGENCY:
                header.resizeSection(c, header.sectionSize(c) + 12)
        table.blockSignals(False)
        ids = [v.id for v in overview.referrals]
        if ids:
            table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_selected()

    # --- the chosen referral ----------------------------------------------------------------

    def selected_referral(self) -> ReferralView | None:
        """The referral chosen in the list, or None."""
        if self.overview is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        views = self.overview.referrals
        return views[row] if 0 <= row < len(views) else None

    def _show_selected(self) -> None:
        view = self.selected_referral()
        if view is None:
            empty = (
                self.tr("No referral has been recorded for this case yet.")
                if self.overview is not None and not self.overview.referrals
                else ""
            )
            self.detailBrowser.setHtml(f"<p>{html.escape(empty)}</p>" if empty else "")
        else:
            self.detailBrowser.setHtml(self._detail_html(view))
        self._update_buttons()

    def _detail_html(self, v: ReferralView) -> str:
        def e(text: str) -> str:
            return html.escape(text).replace("\n", "<br>") if text.strip() else "—"

        agency = agency_text(v.agency_name, v.agency_section)
        basis = v.basis_label
        if v.basis is SharingBasis.STATUTORY_MEETING and v.basis_note:
            basis = join_spaced((basis, v.basis_note))
        status = v.status_label
        if v.status_reason:
            status = self.tr("{status} (reason: {reason})").format(
                status=status, reason=v.status_reason
            )
        rows = [
            (self.tr("Referred to"), e(agency)),
            (self.tr("Person referred"), e(v.person_name)),
            (self.tr("Planned date"), e(_date(v.referred_on))),
            (self.tr("Method"), e(v.method_label)),
            (self.tr("Accompanying staff"), e(join_list(v.staff_names))),
            (self.tr("Received by"), e(v.received_by)),
            (self.tr("Reason and request"), e(v.purpose)),
            (self.tr("Handed over"), e(v.handed_over)),
            (self.tr("Information shared"), e(join_list(v.shared_labels))),
            (self.tr("Basis for sharing"), e(basis)),
            (self.tr("Status"), e(status)),
            (self.tr("Date referred"), e(_date(v.done_on))),
            (self.tr("Confirm by"), e(_date(v.confirmation_due_on))),
            (self.tr("Confirmed on"), e(_date(v.confirmed_on))),
            (self.tr("Outcome confirmed"), e(v.outcome)),
            # The number the administrator's command line asks for (print referral-slip).
            (self.tr("Referral no."), str(v.id)),
        ]
        cell = 'style="padding:3px 8px; vertical-align:top"'
        head = 'style="padding:3px 8px; background:#e9edf1; text-align:left; white-space:nowrap"'
        parts = [f"<h3>{html.escape(v.agency_name)}</h3>"]
        if v.overdue:
            warning = self.tr("The confirmation is overdue.")
            parts.append(f'<p style="color:#8a1f1b"><b>{html.escape(warning)}</b></p>')
        parts.append('<table cellspacing="0" border="1" width="100%">')
        parts.extend(
            f"<tr><th {head}>{html.escape(k)}</th><td {cell}>{val}</td></tr>" for k, val in rows
        )
        parts.append("</table>")
        return "".join(parts)

    def _closed(self) -> bool:
        return self.overview is None or self.overview.stage is CaseStage.CLOSED

    def _update_buttons(self) -> None:
        view = self.selected_referral()
        open_case = not self._closed() and not self._busy
        self.newButton.setEnabled(open_case and self._categories is not None)
        self.editButton.setEnabled(
            open_case
            and view is not None
            and view.status in (ReferralStatus.PLANNED, ReferralStatus.ON_HOLD)
        )
        self.statusButton.setEnabled(open_case and view is not None and bool(view.next_statuses))
        self.consentButton.setEnabled(open_case and self.consent is not None)
        self.printButton.setEnabled(view is not None and not self._busy)
        self.approveButton.setEnabled(not self._busy)
        self.sendBackButton.setEnabled(not self._busy)

    def _double_clicked(self) -> None:
        if self.editButton.isVisible() and self.editButton.isEnabled():
            self.edit_referral()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _done(self, notice: str) -> None:
        """After a change: show what happened (kept over the reload) and reload the case."""
        self._notice = notice
        set_message(self.messageLabel, notice, kind="info")
        self.changed.emit()

    # --- consent ----------------------------------------------------------------------------

    def record_consent(self) -> None:
        """Open the consent dialog (the agency list is read on the worker first)."""
        consent = self.consent
        if not self._can_edit or consent is None or self._closed():
            return
        self._set_busy(True)
        agencies, principal = self._agencies, self._principal

        def opened(rows: list[AgencyRow]) -> None:
            self._set_busy(False)
            dialog = ConsentDialog(
                self._consents,
                principal,
                self.case_id,
                self.window(),
                overview=consent,
                agency_rows=rows,
                changes=self._changes,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(lambda _overview: self._done(self.tr("The consent was recorded.")))
            dialog.open()
            self.dialog_opened.emit(dialog)

        run_op(self, lambda: agencies.search(principal), opened, self._failed)

    def show_consent_history(self) -> None:
        """Show every consent recorded on the case."""
        if self.consent is None:
            return
        dialog = ConsentHistoryDialog(self.consent, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- referrals --------------------------------------------------------------------------

    def new_referral(self) -> None:
        """Open the referral dialog for a new referral."""
        self._open_referral(None)

    def edit_referral(self) -> None:
        """Open the referral dialog on the chosen planned or held referral."""
        view = self.selected_referral()
        if view is not None and view.status in (ReferralStatus.PLANNED, ReferralStatus.ON_HOLD):
            self._open_referral(view)

    def _open_referral(self, existing: ReferralView | None) -> None:
        overview, categories = self.overview, self._categories
        if not self._can_edit or overview is None or categories is None or self._closed():
            return
        self._set_busy(True)
        referrals, principal, case_id = self._referrals, self._principal, self.case_id

        def load() -> _EditorData:
            return _EditorData(
                referrals.destinations(principal, case_id), referrals.staff(principal)
            )

        def opened(data: _EditorData) -> None:
            self._set_busy(False)
            dialog = ReferralDialog(
                referrals,
                principal,
                case_id,
                self.window(),
                overview=overview,
                categories=categories,
                destinations=data.destinations,
                staff=data.staff,
                existing=existing,
                people=self._people(),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(self._referral_saved)
            dialog.open()
            self.dialog_opened.emit(dialog)

        run_op(self, load, opened, self._failed)

    def _people(self) -> list[tuple[str, int | None]]:
        """Who may be referred: the client first (None), then the household members."""
        detail = self._detail
        if detail is None:
            return []
        people: list[tuple[str, int | None]] = []
        for member in detail.members:
            is_client = member.person_id == detail.client_id
            text = annotate(member.name, member.relation)
            people.append((text, None if is_client else member.person_id))
        people.sort(key=lambda pair: pair[1] is not None)
        return people

    def _referral_saved(self, view: ReferralView) -> None:
        self._done(
            self.tr("The referral to {agency} was saved ({status}).").format(
                agency=view.agency_name, status=view.status_label
            )
        )

    def change_status(self) -> None:
        """Open the status dialog for the chosen referral."""
        view = self.selected_referral()
        if not self._can_edit or view is None or not view.next_statuses or self._closed():
            return
        dialog = StatusDialog(self._referrals, self._principal, view, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._status_changed)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _status_changed(self, result: StatusResult) -> None:
        self._done(self.status_notice(result))

    def status_notice(self, result: StatusResult) -> str:
        """What a status change did, in plain words."""
        view = result.referral
        if view.status is not ReferralStatus.HANDED_OVER:
            return self.tr("The referral to {agency} is now \u201c{status}\u201d.").format(
                agency=view.agency_name, status=view.status_label
            )
        done = self.tr("The handover to {agency} is complete.").format(agency=view.agency_name)
        closure = result.closure
        if result.case_closed and closure is not None:
            return " ".join((done, self.tr("The case was closed.")))
        if closure is not None and closure.status is ClosureStatus.REQUESTED:
            return " ".join(
                (done, self.tr("The closure is waiting for the chief counselor's approval."))
            )
        if result.closure_blockers:
            lines = "\n".join(bullet(b) for b in result.closure_blockers)
            return "\n".join((done, self.tr("The case stays open for these reasons:"), lines))
        return " ".join((done, self.tr("The case stays open.")))

    # --- closure approval -------------------------------------------------------------------

    def approve_closure(self) -> None:
        """Approve the closure waiting on the case (the case closes)."""
        overview = self.overview
        closure = overview.closure if overview else None
        if not self._can_approve or closure is None:
            return
        if closure.status is not ClosureStatus.REQUESTED:
            return
        self._set_busy(True)
        closures, principal = self._closures, self._principal
        closure_id, version = closure.id, closure.version

        def approved(_info: ClosureInfo) -> None:
            self._set_busy(False)
            self._done(self.tr("The closure was approved. The case is closed."))

        run_op(
            self, lambda: closures.approve(principal, closure_id, version), approved, self._failed
        )

    def send_back_closure(self) -> None:
        """Ask for a reason, then send the waiting closure back (the case stays open)."""
        overview = self.overview
        closure = overview.closure if overview else None
        if not self._can_approve or closure is None:
            return
        if closure.status is not ClosureStatus.REQUESTED:
            return
        dialog = SendBackDialog(self._closures, self._principal, closure, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _info: self._done(self.tr("The closure was sent back. The case stays open."))
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- printing ---------------------------------------------------------------------------

    def _print_shortcut(self) -> None:
        if self.isVisible() and self.printButton.isEnabled():
            self.print_slip()

    def print_slip(self) -> None:
        """Build the chosen referral's slip on the worker, then preview it.

        Building the PDF is audited as printing by the service (the preview can print or
        save it); what the user then does with the preview is audited through
        :meth:`ReferralService.record_output`. The file lives in a private temporary folder
        under the user's data folder, removed when the preview closes.
        """
        view = self.selected_referral()
        if view is None:
            return
        self.printButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Preparing the referral sheet..."), kind="info")
        referrals, principal, case_id, referral_id = (
            self._referrals,
            self._principal,
            self.case_id,
            view.id,
        )
        number = self._detail.case_number if self._detail else ""
        title = self.tr("Referral sheet {number} {agency}").format(
            number=number, agency=view.agency_name
        )

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.messageLabel, self._notice, kind="info")
            self._update_buttons()
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: referrals.print_slip(principal, case_id, referral_id, out),
            file_name="referral_slip.pdf",
            title=title,
            record_output=lambda to_file: referrals.record_output(
                principal, case_id, referral_id, to_file=to_file
            ),
            opened=opened,
            failed=self._print_refused,
        )

    def _print_refused(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._update_buttons()
        self.print_failed.emit(error.text())


# --- the referral dialog ------------------------------------------------------------------


class ReferralDialog(QDialog):
    """Record a new referral, or change a planned or held one.

    The destination is chosen from the agencies that handle the case's issues (or an issue
    chosen in the combo box, or a text search); agencies the person consented to come first
    and are marked. Saving runs :meth:`ReferralService.save` on the worker; a refusal (the
    consent gate above all) is shown in full, its field focused, and nothing typed is lost.

    Signals:
        destinations_loaded(int): the agency list was refilled (the number of agencies).
        saved(object): the referral was saved (its :class:`ReferralView`).
        save_failed(str): saving was refused (the message shown).
    """

    destinations_loaded = Signal(int)
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        referrals: ReferralService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        overview: ReferralOverview,
        categories: list[PicklistEntry],
        destinations: list[Destination],
        staff: list[tuple[int, str]],
        existing: ReferralView | None = None,
        people: list[tuple[str, int | None]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self._people = people or []
        self.setWindowTitle(
            self.tr("Edit referral") if existing is not None else self.tr("Record a referral")
        )
        self._referrals = referrals
        self._principal = principal
        self._case_id = case_id
        self._overview = overview
        self._existing = existing
        self._destinations: list[Destination] = []
        self.chosen: Destination | None = None
        self._invalid: list[QWidget] = []
        self._busy = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.search)
        self._build(categories, staff)
        if existing is not None:
            self.chosen = Destination(
                agency_id=existing.agency_id,
                name=existing.agency_name,
                section=existing.agency_section,
                kind_label="",
                phone="",
                matched_issues=(),
                consented=existing.agency_id in overview.consented_agency_ids,
            )
        self._fill_destinations(destinations)
        self._prefill(existing)
        self.resize(1200, 740)

    # --- building ---------------------------------------------------------------------------

    def _build(self, categories: list[PicklistEntry], staff: list[tuple[int, str]]) -> None:
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("referralDialogMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        box = QGroupBox(self.tr("Destination"), self)
        left = QVBoxLayout(box)
        search_line = QHBoxLayout()
        self.issueCombo = QComboBox(box)
        self.issueCombo.setObjectName("issueCombo")
        self.issueCombo.addItem(self.tr("Issues of this case"), None)
        add_categories(self.issueCombo, categories)
        self.issueCombo.currentIndexChanged.connect(lambda _i: self.search())
        issue_label = QLabel(self.tr("&Issue"), box)
        issue_label.setBuddy(self.issueCombo)
        search_line.addWidget(issue_label)
        search_line.addWidget(self.issueCombo, 1)
        left.addLayout(search_line)
        self.searchEdit = QLineEdit(box)
        self.searchEdit.setObjectName("agencySearchEdit")
        self.searchEdit.setPlaceholderText(self.tr("Search by agency name or section"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        left.addWidget(self.searchEdit)
        self.agencyTable = QTableWidget(0, 4, box)
        self.agencyTable.setObjectName("agencyTable")
        self.agencyTable.setHorizontalHeaderLabels(
            [self.tr("Consent"), self.tr("Agency"), self.tr("Section"), self.tr("Issues")]
        )
        self.agencyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agencyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agencyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agencyTable.verticalHeader().hide()
        header = self.agencyTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.agencyTable.setWordWrap(True)
        self.agencyTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agencyTable.itemSelectionChanged.connect(self._agency_selected)
        left.addWidget(self.agencyTable, 1)
        self.chosenLabel = QLabel(box)
        self.chosenLabel.setObjectName("chosenAgencyLabel")
        self.chosenLabel.setWordWrap(True)
        left.addWidget(self.chosenLabel)
        body.addWidget(box, 11)

        self.formScroll = QScrollArea(self)
        self.formScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self.formScroll)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.personCombo = QComboBox(page)
        self.personCombo.setObjectName("personCombo")
        for text, person_id in self._people:
            self.personCombo.addItem(text, person_id)
        self.personCombo.setToolTip(
            self.tr("Who is referred: the client or a member of the household.")
        )
        form.addRow(self.tr("&Person referred"), self.personCombo)

        self.dateEdit = QLineEdit(page)
        self.dateEdit.setObjectName("referredOnEdit")
        self.dateEdit.setPlaceholderText(self.tr("e.g. 2025-06-10"))
        form.addRow(self.tr("Planned &date"), self.dateEdit)
        self.methodCombo = QComboBox(page)
        self.methodCombo.setObjectName("methodCombo")
        for method in ReferralMethod:
            self.methodCombo.addItem(label(method), str(method))
        self.methodCombo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        explain_items(self.methodCombo, {str(m): referral_method_help(m) for m in ReferralMethod})
        form.addRow(self.tr("&Method"), self.methodCombo)
        self.staffList = QListWidget(page)
        self.staffList.setObjectName("staffList")
        self.staffList.setFixedHeight(112)
        self.staffList.setSpacing(1)
        for user_id, name in staff:
            item = QListWidgetItem(name, self.staffList)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        staff_label = QLabel(self.tr("Accompanying s&taff"), page)
        staff_label.setBuddy(self.staffList)
        form.addRow(staff_label, self.staffList)
        self.receivedByEdit = QLineEdit(page)
        self.receivedByEdit.setObjectName("receivedByEdit")
        form.addRow(self.tr("Contact at the a&gency"), self.receivedByEdit)
        self.purposeEdit = _text_edit(page, "purposeEdit", height=76)
        form.addRow(self.tr("&Reason and request"), self.purposeEdit)
        self.handedOverEdit = _text_edit(page, "handedOverEdit", height=60)
        form.addRow(self.tr("&Handed over"), self.handedOverEdit)

        self.infoBox = QWidget(page)
        self.infoBox.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        info_grid = QGridLayout(self.infoBox)
        info_grid.setContentsMargins(0, 0, 0, 0)
        info_grid.setVerticalSpacing(2)
        self.infoChecks: dict[SharedInfo, QCheckBox] = {}
        for index, kind in enumerate(SharedInfo):
            check = QCheckBox(label(kind), self.infoBox)
            check.setObjectName(f"sharedInfo_{kind}")
            info_grid.addWidget(check, index // 2, index % 2)
            self.infoChecks[kind] = check
        form.addRow(self.tr("Information shared"), self.infoBox)
        self.basisCombo = QComboBox(page)
        self.basisCombo.setObjectName("basisCombo")
        for basis in SharingBasis:
            self.basisCombo.addItem(label(basis), str(basis))
        self.basisCombo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        explain_items(self.basisCombo, {str(b): sharing_basis_help(b) for b in SharingBasis})
        form.addRow(self.tr("&Basis for sharing"), self.basisCombo)
        self.basisNoteEdit = QLineEdit(page)
        self.basisNoteEdit.setObjectName("basisNoteEdit")
        self.basisNoteEdit.setPlaceholderText(self.tr("Which support meeting decided it (date)"))
        form.addRow(self.tr("Support meeti&ng"), self.basisNoteEdit)
        self.confirmEdit = QLineEdit(page)
        self.confirmEdit.setObjectName("confirmByEdit")
        self.confirmEdit.setPlaceholderText(
            self.tr("Empty: {days} days after the planned date").format(
                days=rules.DEFAULT_CONFIRM_DAYS
            )
        )
        form.addRow(self.tr("C&onfirm by"), self.confirmEdit)
        self.formScroll.setWidget(page)
        body.addWidget(self.formScroll, 9)

        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("Sa&ve"), self)
        self.saveButton.setObjectName("saveReferralButton")
        self.saveButton.setAutoDefault(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setAutoDefault(False)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        outer.addWidget(buttons)

    def _prefill(self, existing: ReferralView | None) -> None:
        if existing is None:
            self.dateEdit.setText(fmt_date_input(dt.date.today()))
            for row in range(self.staffList.count()):
                item = self.staffList.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == self._principal.user_id:
                    item.setCheckState(Qt.CheckState.Checked)
        else:
            self.dateEdit.setText(fmt_date_input(existing.referred_on))
            _select_data(self.personCombo, existing.person_id)
            _select_data(self.methodCombo, str(existing.method))
            for row in range(self.staffList.count()):
                item = self.staffList.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in existing.staff_ids:
                    item.setCheckState(Qt.CheckState.Checked)
            self.receivedByEdit.setText(existing.received_by)
            self.purposeEdit.setPlainText(existing.purpose)
            self.handedOverEdit.setPlainText(existing.handed_over)
            for kind, check in self.infoChecks.items():
                check.setChecked(kind in existing.shared_items)
            _select_data(self.basisCombo, str(existing.basis))
            self.basisNoteEdit.setText(existing.basis_note)
            if existing.confirmation_due_on is not None:
                self.confirmEdit.setText(fmt_date_input(existing.confirmation_due_on))
        self._update_enabled()
        self._show_chosen()

    # --- the destination --------------------------------------------------------------------

    def search(self) -> None:
        """Refill the agency list for the chosen issue and search text, on the worker."""
        self._search_timer.stop()
        referrals, principal, case_id = self._referrals, self._principal, self._case_id
        issue = self.issueCombo.currentData()
        text = self.searchEdit.text()
        run_op(
            self,
            lambda: referrals.destinations(principal, case_id, issue_code=issue, text=text),
            self._fill_destinations,
            self._failed,
        )

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _fill_destinations(self, destinations: list[Destination]) -> None:
        self._destinations = destinations
        table = self.agencyTable
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(destinations))
        consented = self.tr("Consented")
        for r, d in enumerate(destinations):
            values = (
                consented if d.consented else "",
                d.name,
                d.section,
                join_list(d.matched_issues),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(join_spaced(x for x in (d.kind_label, d.phone) if x))
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        for c, widest in ((0, 90), (1, 220), (2, 120)):
            table.resizeColumnToContents(c)
            header.resizeSection(c, min(header.sectionSize(c) + 12, widest))
        table.resizeRowsToContents()
        chosen = self.chosen
        if chosen is not None:
            ids = [d.agency_id for d in destinations]
            if chosen.agency_id in ids:
                table.selectRow(ids.index(chosen.agency_id))
        table.blockSignals(False)
        self.destinations_loaded.emit(len(destinations))

    def _agency_selected(self) -> None:
        rows = self.agencyTable.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self._destinations):
            self.chosen = self._destinations[rows[0].row()]
            self._show_chosen()

    @property
    def destinations(self) -> tuple[Destination, ...]:
        """The agencies listed now, in the list's order."""
        return tuple(self._destinations)

    def choose_agency(self, name: str) -> None:
        """Select an agency of the list by its name."""
        for r, d in enumerate(self._destinations):
            if d.name == name:
                self.agencyTable.selectRow(r)
                return
        raise LookupError(name)

    def _show_chosen(self) -> None:
        chosen = self.chosen
        if chosen is None:
            self.chosenLabel.setText(self.tr("Choose the agency from the list."))
            self.chosenLabel.setProperty("role", "caption")
        else:
            name = agency_text(chosen.name, chosen.section)
            text = self.tr("Referred to: {agency}").format(agency=name)
            if not chosen.consented and self._basis() is SharingBasis.CONSENT:
                text += "\n" + self.tr(
                    "This agency is outside the person's consent. Update the consent, or "
                    "record the sharing under a support meeting."
                )
            self.chosenLabel.setText(text)
            self.chosenLabel.setProperty("role", "")
        style = self.chosenLabel.style()
        style.unpolish(self.chosenLabel)
        style.polish(self.chosenLabel)

    # --- the form ---------------------------------------------------------------------------

    def _basis(self) -> SharingBasis:
        return SharingBasis(self.basisCombo.currentData())

    def _update_enabled(self) -> None:
        accompanied = self.methodCombo.currentData() == str(ReferralMethod.ACCOMPANIED)
        self.staffList.setEnabled(accompanied)
        meeting = self._basis() is SharingBasis.STATUTORY_MEETING
        self.basisNoteEdit.setEnabled(meeting)
        consented = self._overview.consented_items
        for item, check in self.infoChecks.items():
            if meeting or item in consented:
                check.setText(label(item))
                check.setToolTip("")
            else:
                check.setText(self.tr("{item} (outside the consent)").format(item=label(item)))
                check.setToolTip(self.tr("The person has not agreed to share this."))
        self._show_chosen()

    def staff_ids(self) -> tuple[int, ...]:
        """The checked accompanying staff."""
        return tuple(
            int(self.staffList.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.staffList.count())
            if self.staffList.item(r).checkState() == Qt.CheckState.Checked
        )

    def form_input(self) -> ReferralInput:
        """The form as the service's input (no staff unless accompanied)."""
        method = ReferralMethod(self.methodCombo.currentData())
        basis = self._basis()
        return ReferralInput(
            agency_id=self.chosen.agency_id if self.chosen else None,
            referred_on=self.dateEdit.text(),
            method=method,
            purpose=self.purposeEdit.toPlainText(),
            accompanying_staff_ids=(
                self.staff_ids() if method is ReferralMethod.ACCOMPANIED else ()
            ),
            received_by=self.receivedByEdit.text(),
            handed_over=self.handedOverEdit.toPlainText(),
            shared_items=tuple(i for i, c in self.infoChecks.items() if c.isChecked()),
            basis=basis,
            basis_note=self.basisNoteEdit.text() if basis is SharingBasis.STATUTORY_MEETING else "",
            confirmation_due_on=self.confirmEdit.text(),
            version=self._existing.version if self._existing else None,
            person_id=self.personCombo.currentData(),
        )

    def submit(self) -> None:
        """Save on the worker; the dialog closes when the referral is saved."""
        if self._busy:
            return
        self._clear_invalid()
        form = self.form_input()
        self._busy = True
        self.saveButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        referrals, principal, case_id = self._referrals, self._principal, self._case_id
        referral_id = self._existing.id if self._existing else None
        run_op(
            self,
            lambda: referrals.save(principal, case_id, form, referral_id=referral_id),
            self._saved,
            self._refused,
        )

    def _saved(self, view: ReferralView) -> None:
        self._busy = False
        self.saved.emit(view)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            self._focus_field(error.field)
        self.save_failed.emit(error.text())

    def _focus_field(self, field: str) -> None:
        widget: QWidget | None
        if field == "shared_items":
            consented = self._overview.consented_items
            outside = [
                c for i, c in self.infoChecks.items() if c.isChecked() and i not in consented
            ]
            widget = outside[0] if outside else next(iter(self.infoChecks.values()))
        else:
            widget = {
                "agency_id": self.agencyTable,
                "person_id": self.personCombo,
                "referred_on": self.dateEdit,
                "method": self.methodCombo,
                "accompanying_staff_ids": self.staffList,
                "purpose": self.purposeEdit,
                "basis_note": self.basisNoteEdit,
                "confirmation_due_on": self.confirmEdit,
            }.get(field)
        if widget is None:
            return
        mark_invalid(widget, True)
        self._invalid.append(widget)
        if widget is not self.agencyTable:
            self.formScroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []


# --- the status dialog --------------------------------------------------------------------


class StatusDialog(QDialog):
    """Move a referral on: only the statuses the flow allows next are offered.

    Signals:
        saved(object): the status was changed (the :class:`StatusResult`).
        save_failed(str): the change was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        referrals: ReferralService,
        principal: Principal,
        view: ReferralView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("Change the status of the referral"))
        self._referrals = referrals
        self._principal = principal
        self._view = view
        self._invalid: list[QWidget] = []
        self._busy = False
        self._build()
        self._update_rows()
        self.resize(680, 420)

    def _build(self) -> None:
        view = self._view
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("statusMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        summary = QLabel(
            self.tr("{agency} (planned {date}), now \u201c{status}\u201d").format(
                agency=view.agency_name, date=_date(view.referred_on), status=view.status_label
            ),
            self,
        )
        summary.setObjectName("statusSummaryLabel")
        summary.setWordWrap(True)
        outer.addWidget(summary)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("statusCombo")
        for status in view.next_statuses:
            self.statusCombo.addItem(label(status), str(status))
        self.statusCombo.currentIndexChanged.connect(lambda _i: self._update_rows())
        form.addRow(self.tr("&New status"), self.statusCombo)
        self.dateLabel = QLabel(self)
        self.dateEdit = QLineEdit(self)
        self.dateEdit.setObjectName("statusDateEdit")
        self.dateEdit.setText(fmt_date_input(dt.date.today()))
        self.dateLabel.setBuddy(self.dateEdit)
        form.addRow(self.dateLabel, self.dateEdit)
        self.reasonLabel = QLabel(self.tr("&Reason (required)"), self)
        self.reasonEdit = _text_edit(self, "statusReasonEdit")
        self.reasonLabel.setBuddy(self.reasonEdit)
        form.addRow(self.reasonLabel, self.reasonEdit)
        self.outcomeLabel = QLabel(self)
        self.outcomeEdit = _text_edit(self, "outcomeEdit", height=76)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        form.addRow(self.outcomeLabel, self.outcomeEdit)
        self.receivedByEdit = QLineEdit(self)
        self.receivedByEdit.setObjectName("statusReceivedByEdit")
        self.receivedByEdit.setText(view.received_by)
        form.addRow(self.tr("Contact at the a&gency"), self.receivedByEdit)
        self.confirmLabel = QLabel(self.tr("Confirm &by"), self)
        self.confirmEdit = QLineEdit(self)
        self.confirmEdit.setObjectName("statusConfirmByEdit")
        self.confirmEdit.setPlaceholderText(
            self.tr("Empty: {days} days after the date referred").format(
                days=rules.DEFAULT_CONFIRM_DAYS
            )
        )
        if view.confirmation_due_on is not None:
            self.confirmEdit.setText(fmt_date_input(view.confirmation_due_on))
        self.confirmLabel.setBuddy(self.confirmEdit)
        form.addRow(self.confirmLabel, self.confirmEdit)
        self.closeCheck = QCheckBox(self.tr("&Close this case (handed over to another agency)"))
        self.closeCheck.setObjectName("closeCaseCheck")
        # Handing the client over ends the desk's work; handing over a household member (the
        # mother of an 8050 household) usually does not, so the case stays open by default.
        self.closeCheck.setChecked(self._view.person_id is None)
        form.addRow("", self.closeCheck)
        outer.addLayout(form)
        outer.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("Sa&ve"), self)
        self.saveButton.setObjectName("saveStatusButton")
        self.saveButton.setAutoDefault(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setAutoDefault(False)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        outer.addWidget(buttons)

    def status(self) -> ReferralStatus:
        """The status chosen."""
        return ReferralStatus(self.statusCombo.currentData())

    def choose(self, status: ReferralStatus) -> None:
        """Choose one of the offered statuses."""
        index = self.statusCombo.findData(str(status))
        if index < 0:
            raise LookupError(status)
        self.statusCombo.setCurrentIndex(index)

    def offered(self) -> list[ReferralStatus]:
        """The statuses offered."""
        return [
            ReferralStatus(self.statusCombo.itemData(i)) for i in range(self.statusCombo.count())
        ]

    def _update_rows(self) -> None:
        status = self.status()
        if status is ReferralStatus.DONE:
            self.dateLabel.setText(self.tr("&Date referred"))
        elif status in (ReferralStatus.HANDED_OVER, ReferralStatus.REJECTED):
            self.dateLabel.setText(self.tr("&Date confirmed"))
        else:
            self.dateLabel.setText(self.tr("&Date"))
        handed_over = status is ReferralStatus.HANDED_OVER
        self.outcomeLabel.setText(
            self.tr("&Outcome confirmed (required)") if handed_over else self.tr("&Outcome")
        )
        form = self.form
        form.setRowVisible(self.reasonEdit, status in rules.NEEDS_REASON)
        form.setRowVisible(
            self.outcomeEdit, status in (ReferralStatus.HANDED_OVER, ReferralStatus.REJECTED)
        )
        form.setRowVisible(self.confirmEdit, status is ReferralStatus.DONE)
        form.setRowVisible(self.closeCheck, handed_over)

    def form_input(self) -> StatusChange:
        """The form as the service's input (only the fields the status uses)."""
        status = self.status()
        return StatusChange(
            status=status,
            version=self._view.version,
            on=self.dateEdit.text(),
            reason=self.reasonEdit.toPlainText() if status in rules.NEEDS_REASON else "",
            outcome=(
                self.outcomeEdit.toPlainText()
                if status in (ReferralStatus.HANDED_OVER, ReferralStatus.REJECTED)
                else ""
            ),
            received_by=self.receivedByEdit.text(),
            confirmation_due_on=(self.confirmEdit.text() if status is ReferralStatus.DONE else ""),
            close_case=self.closeCheck.isChecked(),
        )

    def submit(self) -> None:
        """Change the status on the worker; the dialog closes when it is saved."""
        if self._busy:
            return
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []
        change = self.form_input()
        self._busy = True
        self.saveButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        referrals, principal, referral_id = self._referrals, self._principal, self._view.id
        run_op(
            self,
            lambda: referrals.change_status(principal, referral_id, change),
            self._saved,
            self._refused,
        )

    def _saved(self, result: StatusResult) -> None:
        self._busy = False
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget: QWidget | None = {
                "status": self.statusCombo,
                "on": self.dateEdit,
                "confirmed_on": self.dateEdit,
                "status_reason": self.reasonEdit,
                "outcome": self.outcomeEdit,
                "confirmation_due_on": self.confirmEdit,
            }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())


# --- sending a closure back ---------------------------------------------------------------


class SendBackDialog(QDialog):
    """Ask why a waiting closure is sent back, then send it back on the worker.

    Signals:
        saved(object): the closure was sent back (its :class:`ClosureInfo`).
        save_failed(str): sending back was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        closures: ClosureService,
        principal: Principal,
        closure: ClosureInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendBackDialog")
        self.setWindowTitle(self.tr("Send the closure back"))
        self._closures = closures
        self._principal = principal
        self._closure = closure
        self._busy = False
        layout = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        caption = QLabel(self.tr("&Reason for sending it back"), self)
        self.reasonEdit = _text_edit(self, "returnReasonEdit", height=96)
        caption.setBuddy(self.reasonEdit)
        layout.addWidget(caption)
        layout.addWidget(self.reasonEdit)
        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("Send &back"), self)
        self.saveButton.setObjectName("confirmSendBackButton")
        self.saveButton.setAutoDefault(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setAutoDefault(False)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())  # no empty band above the caption

    def submit(self) -> None:
        """Send the closure back with the reason typed."""
        if self._busy:
            return
        self._busy = True
        self.saveButton.setEnabled(False)
        closures, principal = self._closures, self._principal
        closure_id, version = self._closure.id, self._closure.version
        reason = self.reasonEdit.toPlainText()
        run_op(
            self,
            lambda: closures.send_back(principal, closure_id, version, reason),
            self._saved,
            self._refused,
        )

    def _saved(self, info: ClosureInfo) -> None:
        self._busy = False
        self.saved.emit(info)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        self.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())
