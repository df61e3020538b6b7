"""The case view: a header with who the case is about, and one tab per workflow stage.

The first tab (基本情報・世帯) shows the case as :meth:`CaseService.get` returns it: the client,
the household, the contact slips and the recent progress notes. The second (連絡票) lists the
consultations with the household and consent, and prints the chosen one's contact slip through
a PDF preview. The third (課題分析・振り分け) is :class:`AssessmentTab` when the assessment
service is given, the fourth (同行支援・引継ぎ) :class:`ReferralTab` when the referral services
are given; overdue confirmations of referrals show as a badge in the header. The tabs of the
later stages say plainly that they come in a later version; they do not pretend to work.
"""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from welfaredesk import paths
from welfaredesk.domain.enums import label
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.wareki import format_wareki
from welfaredesk.gui.assessment_tab import AssessmentTab
from welfaredesk.gui.forms.ui_case_view import Ui_CaseView
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.gui.referral_tab import BADGE_STYLE, ReferralTab
from welfaredesk.gui.widgets.messages import set_message
from welfaredesk.services.agencies import AgencyService
from welfaredesk.services.assessments import AssessmentService
from welfaredesk.services.cases import CaseService
from welfaredesk.services.closures import ClosureService
from welfaredesk.services.consents import ConsentService
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import CaseDetail, ConsultationRow, Principal
from welfaredesk.services.forms import FormService
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.referrals import ReferralService

RECENT_NOTES = 20
"""How many progress notes the first tab shows (the 支援経過 tab will show them all)."""


def _short_datetime(value: dt.datetime) -> str:
    return f"{format_wareki(value.date(), style='short')} {value:%H:%M}"


def _long_date(value: dt.date | None) -> str:
    return format_wareki(value, style="western") if value else ""


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
    """

    loaded = Signal(object)
    load_failed = Signal(str)
    preview_opened = Signal(object)
    print_failed = Signal(str)

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
        drafts: DraftService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._cases = cases
        self._forms = forms
        self._principal = principal
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
        self.assessment_tab: AssessmentTab | None = None
        if assessments is not None and reference is not None:
            tab = AssessmentTab(
                assessments, reference, principal, case_id, self, forms=forms, drafts=drafts
            )
            tab.saved.connect(lambda _view: self.load())
            self.ui.assessmentLayout.addWidget(tab, 1)
            self.assessment_tab = tab
        # The header badge of overdue referral confirmations (set by the referral tab).
        self.overdueBadge = QLabel(self)
        self.overdueBadge.setObjectName("referralOverdueBadge")
        self.overdueBadge.setStyleSheet(BADGE_STYLE)
        self.ui.nameLayout.insertWidget(
            self.ui.nameLayout.indexOf(self.ui.complexLabel) + 1, self.overdueBadge
        )
        self.referral_tab: ReferralTab | None = None
        if (
            referrals is not None
            and consents is not None
            and closures is not None
            and agencies is not None
            and reference is not None
        ):
            referral_tab = ReferralTab(
                principal,
                case_id,
                self,
                referrals=referrals,
                consents=consents,
                closures=closures,
                agencies=agencies,
                reference=reference,
            )
            referral_tab.changed.connect(self.load)
            referral_tab.overdue_changed.connect(self._show_overdue)
            self.ui.referralLayout.addWidget(referral_tab, 1)
            self.referral_tab = referral_tab
        self._clear()

    def load(self) -> None:
        """Load (or reload) the case on the database worker."""
        set_message(self.ui.statusLabel, self.tr("Loading the case..."), kind="info")
        cases, principal, case_id = self._cases, self._principal, self.case_id
        run_op(self, lambda: cases.get(principal, case_id), self._show, self._failed)

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
        if self.assessment_tab is not None:
            self.assessment_tab.set_case(detail)
        if self.referral_tab is not None:
            self.referral_tab.set_case(detail)
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
        ui.caseNumberLabel.setText(
            self.tr("Case no. {number}   Opened {date}").format(
                number=d.case_number, date=format_wareki(d.opened_on)
            )
        )
        ui.stageValue.setText(label(d.stage))
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
        ui.closedValue.setText(_long_date(d.closed_on) or self.tr("Open"))
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
            head = "　".join(
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

        def build() -> tuple[tempfile.TemporaryDirectory[str], Path]:
            folder = tempfile.TemporaryDirectory(prefix="print-", dir=paths.data_dir())
            try:
                out = forms.contact_slip(
                    principal,
                    case_id,
                    Path(folder.name) / "contact_slip.pdf",
                    consultation_id=consultation_id,
                )
            except BaseException:
                folder.cleanup()
                raise
            return folder, out

        run_op(
            self,
            build,
            lambda result: self._open_preview(*result, name, consultation_id),
            self._print_failed,
        )

    def _print_failed(self, error: KnownError) -> None:
        set_message(self.ui.statusLabel, error.text(), kind="error")
        self._show_selected_concern()
        self.print_failed.emit(error.text())

    def _open_preview(
        self,
        folder: tempfile.TemporaryDirectory[str],
        pdf: Path,
        title: str,
        consultation_id: int,
    ) -> None:
        set_message(self.ui.statusLabel, "")
        self._show_selected_concern()
        dialog = PdfPreviewDialog(
            pdf, title, self, suggested_name=f"{title}.pdf", on_close=folder.cleanup
        )
        dialog.printed.connect(lambda _pages: self._record_output(consultation_id, to_file=False))
        dialog.saved.connect(lambda _path: self._record_output(consultation_id, to_file=True))
        dialog.open()
        self.preview_opened.emit(dialog)

    def _record_output(self, consultation_id: int, *, to_file: bool) -> None:
        """Audit what was done with the previewed slip (printed, or saved as a file)."""
        forms = self._forms
        if forms is None:
            return
        principal, case_id = self._principal, self.case_id
        run_op(
            self,
            lambda: forms.record_output(principal, case_id, consultation_id, to_file=to_file),
            lambda _none: None,
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
