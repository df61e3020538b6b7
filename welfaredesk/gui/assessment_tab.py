"""The 課題分析・振り分け tab of the case view: dated assessment versions and the editor.

The left side lists the case's assessment versions, newest first
(:meth:`AssessmentService.history`); the chosen one is shown read-only
(:meth:`AssessmentService.get`) and can be printed as an アセスメントシート through the PDF
preview. Users who may edit cases get 新しい課題分析, an editor prefilled from the latest
version and the case's current lead and co-worker. Saving runs on the database worker; a
refused field is named in the message, focused, and nothing typed is lost: the editor is
autosaved as a draft every few seconds and restored when the editor is next opened on the case
(after a crash, a power cut or a closed tab); saving deletes the draft in the same unit of
work, and cancelling a changed editor asks first.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import CaseStage, InformationSource, Role, TriageDecision
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.workflow import proposed_lead_role
from welfaredesk.gui.display import annotate, fmt_date, fmt_date_input
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.terms import add_categories, complex_needs_help, explain
from welfaredesk.gui.widgets.drafts import forget_draft
from welfaredesk.gui.widgets.messages import ask_discard, mark_invalid, set_message
from welfaredesk.services.assessments import (
    AssessmentInput,
    AssessmentService,
    AssessmentSummary,
    AssessmentView,
    ItemInput,
    LeadCandidate,
)
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import CaseDetail, PicklistEntry, Principal
from welfaredesk.services.forms import FormService
from welfaredesk.services.reference import ReferenceService

DRAFT_FORM = "assessment"
"""The editor's code name for drafts (the record key is the case id)."""

AUTOSAVE_MS = 5000
"""How often a changed editor is saved as a draft."""

COL_PERSON, COL_CATEGORY, COL_SOURCE, COL_NOTE = range(4)
_ITEM_COLUMNS = {
    "person_id": COL_PERSON,
    "category_code": COL_CATEGORY,
    "source": COL_SOURCE,
    "note": COL_NOTE,
}


@dataclass(frozen=True)
class _Reference:
    categories: list[PicklistEntry]
    urgency: list[PicklistEntry]


@dataclass(frozen=True)
class _EditorData:
    candidates: list[LeadCandidate]
    latest: AssessmentView | None
    draft: dict[str, Any] | None = None


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class AssessmentTab(QWidget):
    """Assessment history, read-only view, editor and print of one case.

    Attributes:
        case_id: the case shown.
        shown: the version shown read-only, or None.

    Signals:
        history_loaded(int): the history list was filled (the number of versions).
        version_shown(object): a version is shown read-only (its :class:`AssessmentView`).
        editor_opened(): the editor is ready for typing.
        saved(object): a new version was saved (its :class:`AssessmentView`); the case view
            reloads the case.
        save_failed(str): saving was refused (the message shown).
        preview_opened(object): the assessment sheet's :class:`PdfPreviewDialog` is open.
        print_failed(str): the assessment sheet could not be built (the message shown).
        draft_saved(): an autosave of the editor finished.
        discard_asked(object): cancelling a changed editor asks first (the QMessageBox).
    """

    history_loaded = Signal(int)
    version_shown = Signal(object)
    editor_opened = Signal()
    saved = Signal(object)
    save_failed = Signal(str)
    preview_opened = Signal(object)
    print_failed = Signal(str)
    draft_saved = Signal()
    discard_asked = Signal(object)

    def __init__(
        self,
        assessments: AssessmentService,
        reference: ReferenceService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        forms: FormService | None = None,
        drafts: DraftService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTabWidget")
        self._drafts = drafts
        self._baseline: dict[str, Any] = {}
        self._last_draft: dict[str, Any] = {}
        self.discard_box: QMessageBox | None = None
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self.case_id = case_id
        self.shown: AssessmentView | None = None
        self._assessments = assessments
        self._reference_service = reference
        self._forms = forms
        self._principal = principal
        self._can_edit = allowed(principal.role, Action.CASE_EDIT)
        self._detail: CaseDetail | None = None
        self._reference: _Reference | None = None
        self._history: list[AssessmentSummary] = []
        self._candidates: list[LeadCandidate] = []
        self._invalid: list[QWidget] = []
        self._busy = False
        self._build()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("assessmentMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        side = QVBoxLayout()
        history_caption = QLabel(self.tr("Versions"), self)
        history_caption.setProperty("role", "caption")
        side.addWidget(history_caption)
        self.historyList = QListWidget(self)
        self.historyList.setObjectName("assessmentHistoryList")
        self.historyList.setAccessibleName(self.tr("Assessment versions"))
        self.historyList.setMinimumWidth(240)
        self.historyList.setMaximumWidth(320)
        self.historyList.setWordWrap(True)
        self.historyList.setSpacing(3)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.historyList.currentRowChanged.connect(self._history_row_changed)
        side.addWidget(self.historyList, 1)
        self.newButton = QPushButton(self.tr("&New assessment"), self)
        self.newButton.setObjectName("newAssessmentButton")
        self.newButton.setAutoDefault(False)
        self.newButton.setVisible(self._can_edit)
        self.newButton.clicked.connect(self.new_assessment)
        side.addWidget(self.newButton)
        self.printButton = QPushButton(self.tr("&Print assessment sheet"), self)
        self.printButton.setObjectName("printAssessmentButton")
        self.printButton.setAutoDefault(False)
        self.printButton.setVisible(self._forms is not None)
        self.printButton.setEnabled(False)
        self.printButton.clicked.connect(self.print_sheet)
        side.addWidget(self.printButton)
        body.addLayout(side)

        self.stack = QStackedWidget(self)
        self.viewer = QTextBrowser(self)
        self.viewer.setObjectName("assessmentViewer")
        self.viewer.setAccessibleName(self.tr("The chosen assessment"))
        self.viewer.setOpenLinks(False)
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self._build_editor())
        body.addWidget(self.stack, 1)

    def _build_editor(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("assessmentEditorPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.editorScroll = QScrollArea(page)
        self.editorScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.editorScroll.setWidgetResizable(True)
        form_widget = QWidget(self.editorScroll)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.dateEdit = QLineEdit(form_widget)
        self.dateEdit.setObjectName("assessedOnEdit")
        self.dateEdit.setPlaceholderText(self.tr("e.g. 2025-06-10"))
        form.addRow(self.tr("Assessment &date"), self.dateEdit)

        items_box = QWidget(form_widget)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        self.itemsTable = QTableWidget(0, 4, items_box)
        self.itemsTable.setObjectName("assessmentItemsTable")
        self.itemsTable.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Issue"), self.tr("Source"), self.tr("Note")]
        )
        header = self.itemsTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_PERSON, 170)
        header.resizeSection(COL_CATEGORY, 230)
        header.resizeSection(COL_SOURCE, 190)
        self.itemsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.itemsTable.verticalHeader().setDefaultSectionSize(34)
        self.itemsTable.setMinimumHeight(180)
        items_layout.addWidget(self.itemsTable)
        row_buttons = QHBoxLayout()
        self.addItemButton = QPushButton(self.tr("&Add issue"), items_box)
        self.addItemButton.setObjectName("addItemButton")
        self.addItemButton.setAutoDefault(False)
        self.addItemButton.clicked.connect(lambda _checked: self.add_item_row())
        self.removeItemButton = QPushButton(self.tr("R&emove issue"), items_box)
        self.removeItemButton.setObjectName("removeItemButton")
        self.removeItemButton.setAutoDefault(False)
        self.removeItemButton.clicked.connect(self.remove_item_row)
        row_buttons.addWidget(self.addItemButton)
        row_buttons.addWidget(self.removeItemButton)
        row_buttons.addStretch(1)
        items_layout.addLayout(row_buttons)
        form.addRow(self.tr("Household issues"), items_box)

        self.strengthsEdit = self._text_edit(form_widget, "strengthsEdit")
        form.addRow(self.tr("Stren&gths"), self.strengthsEdit)
        self.riskEdit = self._text_edit(form_widget, "riskEdit")
        form.addRow(self.tr("Ris&k"), self.riskEdit)
        self.urgencyCombo = QComboBox(form_widget)
        self.urgencyCombo.setObjectName("urgencyCombo")
        form.addRow(self.tr("&Urgency"), self.urgencyCombo)
        self.coordinationCheck = QCheckBox(self.tr("Coord&ination with agencies needed"))
        self.coordinationCheck.setObjectName("coordinationCheck")
        form.addRow("", self.coordinationCheck)
        self.complexCheck = QCheckBox(self.tr("&Complex needs"), form_widget)
        self.complexCheck.setObjectName("complexCheck")
        explain(self.complexCheck, complex_needs_help())
        self.complexCheck.toggled.connect(lambda _on: self._update_lead_reason())
        self.complexCheck.toggled.connect(lambda _on: self._mark_proposed())
        form.addRow("", self.complexCheck)
        self.triageCombo = QComboBox(form_widget)
        self.triageCombo.setObjectName("triageCombo")
        form.addRow(self.tr("&Triage"), self.triageCombo)
        self.triageReasonEdit = self._text_edit(form_widget, "triageReasonEdit")
        form.addRow(self.tr("Reason for the t&riage"), self.triageReasonEdit)
        self.leadCombo = QComboBox(form_widget)
        self.leadCombo.setObjectName("leadCombo")
        self.leadCombo.currentIndexChanged.connect(lambda _index: self._update_lead_reason())
        form.addRow(self.tr("&Lead worker"), self.leadCombo)
        self.coWorkerCombo = QComboBox(form_widget)
        self.coWorkerCombo.setObjectName("coWorkerCombo")
        form.addRow(self.tr("C&o-worker"), self.coWorkerCombo)
        self.leadReasonLabel = QLabel(
            self.tr("Reason the lead is not a coordinator (required)"), form_widget
        )
        self.leadReasonLabel.setWordWrap(True)
        self.leadReasonEdit = self._text_edit(form_widget, "leadReasonEdit")
        self.leadReasonLabel.setBuddy(self.leadReasonEdit)
        form.addRow(self.leadReasonLabel, self.leadReasonEdit)
        self.summaryEdit = self._text_edit(form_widget, "summaryEdit", height=90)
        form.addRow(self.tr("Su&mmary"), self.summaryEdit)

        self.editorScroll.setWidget(form_widget)
        page_layout.addWidget(self.editorScroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saveButton = QPushButton(self.tr("&Save"), page)
        self.saveButton.setObjectName("saveAssessmentButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.clicked.connect(self.save)
        self.cancelButton = QPushButton(self.tr("Cancel"), page)
        self.cancelButton.setObjectName("cancelAssessmentButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.clicked.connect(self.cancel)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.cancelButton)
        page_layout.addLayout(buttons)
        return page

    @staticmethod
    def _text_edit(parent: QWidget, name: str, *, height: int = 64) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        self._detail = detail
        self._update_new_button()
        self.reload()

    def _update_new_button(self) -> None:
        detail = self._detail
        closed = detail is not None and detail.stage is CaseStage.CLOSED
        # The editor needs the pick-lists: the button waits for them (a click before they
        # arrive would do nothing).
        ready = self._reference is not None
        self.newButton.setEnabled(not self.is_editing() and not closed and ready)
        self.newButton.setToolTip(
            self.tr("The case is closed; reopen it to record an assessment.") if closed else ""
        )

    def is_editing(self) -> bool:
        """Whether the editor is shown."""
        return self.stack.currentIndex() == 1

    def reload(self, select_sequence: int | None = None) -> None:
        """Load the history (and the pick-lists the first time) on the worker."""
        assessments, reference = self._assessments, self._reference_service
        principal, case_id = self._principal, self.case_id
        need_reference = self._reference is None

        def load() -> tuple[_Reference | None, list[AssessmentSummary]]:
            loaded = (
                _Reference(reference.picklist("issue_category"), reference.picklist("urgency"))
                if need_reference
                else None
            )
            return loaded, assessments.history(principal, case_id)

        run_op(
            self,
            load,
            lambda result: self._history_arrived(*result, select_sequence),
            self._failed,
        )

    def _history_arrived(
        self,
        reference: _Reference | None,
        history: list[AssessmentSummary],
        select_sequence: int | None,
    ) -> None:
        if reference is not None:
            self._reference = reference
            self._fill_static_combos(reference)
            self._update_new_button()
        self._history = history
        current = self.shown.sequence if self.shown else None
        wanted = select_sequence or current
        lst = self.historyList
        lst.blockSignals(True)
        lst.clear()
        for entry in history:
            line = self.tr("No. {sequence}  {date}").format(
                sequence=entry.sequence, date=fmt_date(entry.assessed_on, style="short")
            )
            item = QListWidgetItem(
                f"{line}\n{entry.assessor_name}" if entry.assessor_name else line
            )
            item.setToolTip(entry.triage_label)
            item.setData(Qt.ItemDataRole.UserRole, entry.sequence)
            lst.addItem(item)
        lst.blockSignals(False)
        if not history:
            self.shown = None
            empty = self.tr("No assessment has been recorded for this case yet.")
            self.viewer.setHtml(f"<p>{html.escape(empty)}</p>")
            self._update_print()
        else:
            sequences = [e.sequence for e in history]
            row = sequences.index(wanted) if wanted in sequences else 0
            lst.setCurrentRow(row)
        self.history_loaded.emit(len(history))

    def _fill_static_combos(self, reference: _Reference) -> None:
        self.urgencyCombo.clear()
        self.urgencyCombo.addItem(self.tr("(not chosen)"), "")
        for entry in reference.urgency:
            self.urgencyCombo.addItem(entry.label, entry.code)
        self.triageCombo.clear()
        self.triageCombo.addItem(self.tr("(not decided)"), None)
        for decision in TriageDecision:
            self.triageCombo.addItem(label(decision), str(decision))

    def _history_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._history):
            return
        sequence = self._history[row].sequence
        if self.shown is not None and self.shown.sequence == sequence:
            return  # already shown (a version never changes)
        self.show_version(sequence)

    def show_version(self, sequence: int) -> None:
        """Load one version on the worker and show it read-only."""
        assessments, principal, case_id = self._assessments, self._principal, self.case_id
        run_op(
            self,
            lambda: assessments.get(principal, case_id, sequence),
            self._version_arrived,
            self._failed,
        )

    def _version_arrived(self, view: AssessmentView) -> None:
        self.shown = view
        self.viewer.setHtml(self._version_html(view))
        if not self.is_editing():
            self._show_notices(view)
        self._update_print()
        self.version_shown.emit(view)

    def _show_notices(self, view: AssessmentView) -> None:
        set_message(self.messageLabel, "\n".join(view.notices), kind="info")

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _version_html(self, v: AssessmentView) -> str:
        def e(text: str) -> str:
            return html.escape(text).replace("\n", "<br>") if text.strip() else "—"

        yes, no = self.tr("Yes"), self.tr("No")
        title = self.tr("Assessment no. {sequence} ({date})").format(
            sequence=v.sequence, date=fmt_date(v.assessed_on)
        )
        rows = [
            (self.tr("Assessor"), e(v.assessor_name)),
            (self.tr("Strengths"), e(v.strengths)),
            (self.tr("Risk"), e(v.risk)),
            (self.tr("Urgency"), e(v.urgency_label)),
            (self.tr("Coordination needed"), yes if v.coordination_needed else no),
            (self.tr("Complex needs"), yes if v.complex_needs else no),
            (self.tr("Triage"), e(v.triage_label) if v.triage_label else self.tr("Not decided")),
            (self.tr("Reason for the triage"), e(v.triage_reason)),
            (self.tr("Summary"), e(v.summary)),
        ]
        cell = 'style="padding:3px 8px; vertical-align:top"'
        head = 'style="padding:3px 8px; background:#e9edf1; text-align:left"'
        parts = [f"<h3>{html.escape(title)}</h3>", '<table cellspacing="0" border="1">']
        parts.extend(
            f"<tr><th {head}>{html.escape(k)}</th><td {cell}>{val}</td></tr>" for k, val in rows
        )
        parts.append("</table>")
        parts.append(f"<h4>{html.escape(self.tr('Household issues'))}</h4>")
        if not v.items:
            parts.append(f"<p>{html.escape(self.tr('No issues recorded.'))}</p>")
        else:
            headers = (self.tr("Person"), self.tr("Issue"), self.tr("Source"), self.tr("Note"))
            parts.append('<table cellspacing="0" border="1"><tr>')
            parts.extend(f"<th {head}>{html.escape(h)}</th>" for h in headers)
            parts.append("</tr>")
            for item in v.items:
                values = (item.person_name, item.category_label, item.source_label, item.note)
                parts.append("<tr>" + "".join(f"<td {cell}>{e(x)}</td>" for x in values) + "</tr>")
            parts.append("</table>")
        return "".join(parts)

    # --- the editor -------------------------------------------------------------------------

    def new_assessment(self) -> None:
        """Open the editor, prefilled from the latest version and the case's current values."""
        detail = self._detail
        if not self._can_edit or detail is None or self._reference is None:
            return
        self.newButton.setEnabled(False)
        assessments, principal, case_id = self._assessments, self._principal, self.case_id
        latest = self._history[0].sequence if self._history else None
        drafts = self._drafts

        def load() -> _EditorData:
            candidates = assessments.lead_candidates(principal, case_id)
            view = assessments.get(principal, case_id, latest) if latest is not None else None
            draft = drafts.load(principal, DRAFT_FORM, str(case_id)) if drafts else None
            return _EditorData(candidates, view, draft)

        def failed(error: KnownError) -> None:
            self.newButton.setEnabled(True)
            self._failed(error)

        run_op(self, load, self._open_editor, failed)

    def _open_editor(self, data: _EditorData) -> None:
        detail = self._detail
        assert detail is not None
        self._candidates = data.candidates
        self._clear_invalid()
        set_message(self.messageLabel, "")
        latest = data.latest
        self.dateEdit.setText(fmt_date_input(dt.date.today()))
        self.itemsTable.setRowCount(0)
        for item in latest.items if latest else ():
            self.add_item_row(item.person_id, item.category_code, item.source, item.note)
        self.strengthsEdit.setPlainText(latest.strengths if latest else "")
        self.riskEdit.setPlainText(latest.risk if latest else "")
        _select_data(self.urgencyCombo, latest.urgency if latest else "")
        self.coordinationCheck.setChecked(latest.coordination_needed if latest else False)
        self.complexCheck.setChecked(detail.complex_needs)
        decision = latest.triage_decision if latest else None
        _select_data(self.triageCombo, str(decision) if decision else None)
        self.triageReasonEdit.setPlainText(latest.triage_reason if latest else "")
        self.summaryEdit.setPlainText(latest.summary if latest else "")
        self._fill_worker_combos(detail)
        self.leadReasonEdit.setPlainText(detail.lead_reason)
        self._update_lead_reason()
        self._baseline = self.draft_payload()
        self._last_draft = self._baseline
        if data.draft is not None:
            self.restore_draft(data.draft)
            set_message(
                self.messageLabel,
                self.tr(
                    "The assessment you were writing was not saved; it has been restored. "
                    "Check it and save."
                ),
                kind="info",
            )
        self.stack.setCurrentIndex(1)
        self.historyList.setEnabled(False)
        self.printButton.setEnabled(False)
        self._set_busy(False)
        if self._drafts is not None:
            self._autosave_timer.start()
        self.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor_opened.emit()

    def _candidate_text(self, candidate: LeadCandidate, *, proposed: bool = False) -> str:
        text = self.tr("{name} ({role})").format(name=candidate.name, role=candidate.role_label)
        if proposed:
            text = self.tr("{text} (proposed)").format(text=text)
        return text

    def _mark_proposed(self) -> None:
        """Mark the lead candidates of the role the editor's 複合的課題 calls for (推奨).

        The service proposes by the case's stored flag; ticking the box in the editor moves
        the mark at once, before anything is saved.
        """
        role = proposed_lead_role(self.complexCheck.isChecked())
        by_id = {c.user_id: c for c in self._candidates}
        for index in range(self.leadCombo.count()):
            candidate = by_id.get(self.leadCombo.itemData(index))
            if candidate is not None:
                text = self._candidate_text(candidate, proposed=candidate.role is role)
                self.leadCombo.setItemText(index, text)

    def _fill_worker_combos(self, detail: CaseDetail) -> None:
        self.leadCombo.blockSignals(True)
        self.leadCombo.clear()
        self.leadCombo.addItem(self.tr("(not chosen)"), None)
        self.coWorkerCombo.clear()
        self.coWorkerCombo.addItem(self.tr("(none)"), None)
        for candidate in self._candidates:
            self.leadCombo.addItem(self._candidate_text(candidate), candidate.user_id)
            self.coWorkerCombo.addItem(self._candidate_text(candidate), candidate.user_id)
        self._mark_proposed()
        _select_data(self.leadCombo, detail.lead_worker_id)
        _select_data(self.coWorkerCombo, detail.co_worker_id)
        self.leadCombo.blockSignals(False)

    def _lead_role(self) -> Role | None:
        wanted = self.leadCombo.currentData()
        for candidate in self._candidates:
            if candidate.user_id == wanted:
                return candidate.role
        return None

    def lead_reason_required(self) -> bool:
        """Whether the form needs a reason for the lead (complex case, lead not a coordinator)."""
        role = self._lead_role()
        return self.complexCheck.isChecked() and role is not None and role is not Role.COORDINATOR

    def _update_lead_reason(self) -> None:
        required = self.lead_reason_required()
        visible = required or bool(self.leadReasonEdit.toPlainText().strip())
        self.leadReasonLabel.setVisible(visible)
        self.leadReasonEdit.setVisible(visible)

    def _person_choices(self) -> list[tuple[str, int | None]]:
        choices: list[tuple[str, int | None]] = []
        if self._detail is not None:
            for member in self._detail.members:
                text = annotate(member.name, member.relation)
                choices.append((text, member.person_id))
        choices.append((self.tr("Whole household"), None))
        return choices

    def add_item_row(
        self,
        person_id: int | None = None,
        category_code: str = "",
        source: InformationSource = InformationSource.CLIENT,
        note: str = "",
    ) -> int:
        """Add a row to the issue matrix (the client by default); returns its index."""
        table = self.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        person = QComboBox(table)
        for text, pid in self._person_choices():
            person.addItem(text, pid)
        if person_id is None and category_code:
            person.setCurrentIndex(person.count() - 1)  # the whole household
        else:
            _select_data(person, person_id)
        category = QComboBox(table)
        category.addItem(self.tr("(choose)"), "")
        add_categories(category, self._reference.categories if self._reference else [])
        _select_data(category, category_code)
        source_combo = QComboBox(table)
        for value in InformationSource:
            source_combo.addItem(label(value), str(value))
        _select_data(source_combo, str(source))
        note_edit = QLineEdit(table)
        note_edit.setText(note)
        note_edit.setCursorPosition(0)
        for column, widget in enumerate((person, category, source_combo, note_edit)):
            table.setCellWidget(row, column, widget)
        table.setCurrentCell(row, COL_CATEGORY)
        return row

    def remove_item_row(self) -> None:
        """Remove the chosen row of the issue matrix."""
        row = self.itemsTable.currentRow()
        if 0 <= row < self.itemsTable.rowCount():
            self.itemsTable.removeRow(row)

    def item_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QComboBox, QLineEdit]:
        """The editors of one row: person, category, source, note."""
        table = self.itemsTable
        person = table.cellWidget(row, COL_PERSON)
        category = table.cellWidget(row, COL_CATEGORY)
        source = table.cellWidget(row, COL_SOURCE)
        note = table.cellWidget(row, COL_NOTE)
        assert isinstance(person, QComboBox)
        assert isinstance(category, QComboBox)
        assert isinstance(source, QComboBox)
        assert isinstance(note, QLineEdit)
        return person, category, source, note

    def form_input(self) -> AssessmentInput:
        """The editor's content as the service's input."""
        detail = self._detail
        assert detail is not None
        items = []
        for row in range(self.itemsTable.rowCount()):
            person, category, source, note = self.item_widgets(row)
            items.append(
                ItemInput(
                    person_id=person.currentData(),
                    category_code=category.currentData() or "",
                    source=InformationSource(source.currentData()),
                    note=note.text(),
                )
            )
        triage = self.triageCombo.currentData()
        return AssessmentInput(
            assessed_on=self.dateEdit.text(),
            case_version=detail.version,
            lead_worker_id=self.leadCombo.currentData(),
            co_worker_id=self.coWorkerCombo.currentData(),
            lead_reason=self.leadReasonEdit.toPlainText(),
            strengths=self.strengthsEdit.toPlainText(),
            risk=self.riskEdit.toPlainText(),
            urgency=self.urgencyCombo.currentData() or "",
            coordination_needed=self.coordinationCheck.isChecked(),
            complex_needs=self.complexCheck.isChecked(),
            items=tuple(items),
            triage_decision=TriageDecision(triage) if triage else None,
            triage_reason=self.triageReasonEdit.toPlainText(),
            summary=self.summaryEdit.toPlainText(),
        )

    # --- drafts ---------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        """The editor's content as JSON values (the draft payload)."""
        form = self.form_input()
        return {
            "assessed_on": form.assessed_on,
            "lead_worker_id": form.lead_worker_id,
            "co_worker_id": form.co_worker_id,
            "lead_reason": form.lead_reason,
            "strengths": form.strengths,
            "risk": form.risk,
            "urgency": form.urgency,
            "coordination_needed": form.coordination_needed,
            "complex_needs": form.complex_needs,
            "items": [
                {
                    "person_id": item.person_id,
                    "category_code": item.category_code,
                    "source": str(item.source),
                    "note": item.note,
                }
                for item in form.items
            ],
            "triage_decision": str(form.triage_decision) if form.triage_decision else None,
            "triage_reason": form.triage_reason,
            "summary": form.summary,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft's values back into the editor (unknown values are left as they are)."""
        self.dateEdit.setText(str(payload.get("assessed_on", self.dateEdit.text())))
        items = payload.get("items")
        if isinstance(items, list):
            self.itemsTable.setRowCount(0)
            for item in items:
                if not isinstance(item, dict):
                    continue
                source = str(item.get("source") or InformationSource.CLIENT)
                self.add_item_row(
                    item.get("person_id"),
                    str(item.get("category_code") or ""),
                    InformationSource(source)
                    if source in set(InformationSource)
                    else InformationSource.CLIENT,
                    str(item.get("note") or ""),
                )
        for key, edit in (
            ("strengths", self.strengthsEdit),
            ("risk", self.riskEdit),
            ("triage_reason", self.triageReasonEdit),
            ("summary", self.summaryEdit),
            ("lead_reason", self.leadReasonEdit),
        ):
            if key in payload:
                edit.setPlainText(str(payload[key] or ""))
        if "urgency" in payload:
            _select_data(self.urgencyCombo, payload["urgency"] or "")
        self.coordinationCheck.setChecked(bool(payload.get("coordination_needed")))
        self.complexCheck.setChecked(bool(payload.get("complex_needs")))
        if "triage_decision" in payload:
            _select_data(self.triageCombo, payload["triage_decision"])
        if "lead_worker_id" in payload:
            _select_data(self.leadCombo, payload["lead_worker_id"])
        if "co_worker_id" in payload:
            _select_data(self.coWorkerCombo, payload["co_worker_id"])
        self._update_lead_reason()

    def autosave(self) -> None:
        """Save the editor as a draft on the worker, if it changed since the last save."""
        drafts = self._drafts
        if drafts is None or not self.is_editing() or self._busy:
            return
        payload = self.draft_payload()
        if payload == self._last_draft:
            return
        self._last_draft = payload
        principal, key = self._principal, str(self.case_id)
        run_op(
            self,
            lambda: drafts.save(principal, DRAFT_FORM, key, payload),
            lambda _none: self.draft_saved.emit(),
        )

    def has_changes(self) -> bool:
        """Whether the open editor differs from what it was opened with."""
        return self.is_editing() and self.draft_payload() != self._baseline

    def save(self) -> None:
        """Save the editor as a new version on the worker."""
        if self._busy or not self.is_editing():
            return
        self._clear_invalid()
        form = self.form_input()
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        assessments, principal, case_id = self._assessments, self._principal, self.case_id
        draft = (DRAFT_FORM, str(case_id)) if self._drafts is not None else None
        run_op(
            self,
            lambda: assessments.save(principal, case_id, form, draft=draft),
            self._saved,
            self._save_failed,
        )

    def _saved(self, view: AssessmentView) -> None:
        self._set_busy(False)
        self._close_editor()
        self.shown = view
        self.viewer.setHtml(self._version_html(view))
        self._show_notices(view)
        self.saved.emit(view)

    def _save_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            self._focus_field(error.field)
        self.save_failed.emit(error.text())

    def _focus_field(self, field: str) -> None:
        widget: QWidget | None
        if field.startswith("items["):
            index, _sep, name = field.removeprefix("items[").partition("].")
            row = int(index) if index.isdigit() else 0
            column = _ITEM_COLUMNS.get(name, COL_CATEGORY)
            self.itemsTable.setCurrentCell(row, column)
            widget = self.itemsTable.cellWidget(row, column)
        else:
            if field == "lead_reason":
                self.leadReasonLabel.setVisible(True)
                self.leadReasonEdit.setVisible(True)
            widget = {
                "assessed_on": self.dateEdit,
                "urgency": self.urgencyCombo,
                "triage_decision": self.triageCombo,
                "triage_reason": self.triageReasonEdit,
                "lead_worker_id": self.leadCombo,
                "co_worker_id": self.coWorkerCombo,
                "lead_reason": self.leadReasonEdit,
            }.get(field)
        if widget is None:
            return
        mark_invalid(widget, True)
        self._invalid.append(widget)
        self.editorScroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.saveButton.setEnabled(not busy)
        self.cancelButton.setEnabled(not busy)

    def cancel(self) -> None:
        """Close the editor without saving; a changed editor asks first."""
        if self._busy:
            return
        if self.has_changes():
            self._ask_discard()
            return
        self._discard()

    def _ask_discard(self) -> None:
        self.discard_box = ask_discard(
            self,
            self.tr("Discard the assessment?"),
            self.tr(
                "The assessment you are writing is not saved. Discard what you typed? "
                "To keep it, choose Continue and save."
            ),
            "discardAssessmentBox",
            self._discard,
        )
        self.discard_asked.emit(self.discard_box)

    def _discard(self) -> None:
        forget_draft(self, self._drafts, self._principal, DRAFT_FORM, str(self.case_id))
        self._close_editor()
        set_message(self.messageLabel, "")
        if self.shown is not None:
            self._show_notices(self.shown)

    def _close_editor(self) -> None:
        self._autosave_timer.stop()
        self._clear_invalid()
        self.stack.setCurrentIndex(0)
        self.historyList.setEnabled(True)
        self._update_new_button()
        self._update_print()

    # --- printing ---------------------------------------------------------------------------

    def _update_print(self) -> None:
        self.printButton.setEnabled(
            self._forms is not None and self.shown is not None and not self.is_editing()
        )

    def print_sheet(self) -> None:
        """Build the shown version's assessment sheet on the worker, then preview it.

        Building the PDF is audited as printing (the preview can print or save it); what the
        user then does with the preview is audited through :meth:`FormService.record_output`.
        """
        forms, shown, detail = self._forms, self.shown, self._detail
        if forms is None or shown is None or detail is None:
            return
        self.printButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Preparing the assessment sheet..."), kind="info")
        principal, case_id, sequence = self._principal, self.case_id, shown.sequence
        name = self.tr("Assessment sheet {number} no. {sequence}").format(
            number=detail.case_number, sequence=sequence
        )

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.messageLabel, "")
            self._update_print()
            self.preview_opened.emit(dialog)

        def record(to_file: bool) -> None:
            assessment_id = forms.assessment_id(principal, case_id, sequence)
            forms.record_output(
                principal,
                case_id,
                assessment_id,
                to_file=to_file,
                entity="assessment",
                form="assessment_sheet",
            )

        preview_pdf(
            self,
            build=lambda out: forms.assessment_sheet(principal, case_id, sequence, out),
            file_name="assessment_sheet.pdf",
            title=name,
            record_output=record,
            opened=opened,
            failed=self._print_failed,
        )

    def _print_failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._update_print()
        self.print_failed.emit(error.text())
