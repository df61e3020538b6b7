"""The 支援計画 tab of the case view: plan versions, the editor, status moves, compare, print.

The left side lists the versions of the case's plan (第N版, status, dates), newest first
(:meth:`PlanService.versions`); the chosen one is shown read-only (:meth:`PlanService.get`),
with the person's wishes (本人の意向) first. Buttons under the list act on the chosen version
as the service allows: start a new version (the first plan or a revision copying the latest),
edit a draft (案), submit it to a meeting, withdraw it, end it, record the day the person
confirmed a decided plan, compare two versions side by side, and print the 支援計画書 through
the PDF preview (also Ctrl+P while the tab is shown).

The editor autosaves a draft every few seconds (form ``support_plan``, keyed by the case id),
restores it when the editor is next opened on the case, and deletes it in the unit of work that
saves the plan; cancelling a changed editor asks first. A refused field is named in the message
and focused, and what was typed stays. On a closed case only reading and printing remain.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from welfaredesk.domain.enums import CaseStage, PlanStatus
from welfaredesk.domain.errors import ConflictError, KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.conflict_dialog import Choice, ConflictDialog, copy_to_clipboard, typed_date
from welfaredesk.gui.display import annotate, fmt_date, fmt_date_input, join_parts, join_spaced
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.terms import add_categories
from welfaredesk.gui.widgets.drafts import forget_draft
from welfaredesk.gui.widgets.messages import ask_discard, mark_invalid, set_message
from welfaredesk.services.changes import ChangeService, LastChange, diff_fields
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import CaseDetail, PicklistEntry, Principal
from welfaredesk.services.plans import (
    PlanComparison,
    PlanInput,
    PlanItemInput,
    PlanService,
    PlanSummary,
    PlanView,
)
from welfaredesk.services.reference import ReferenceService

DRAFT_FORM = "support_plan"
"""The editor's code name for drafts (the record key is the case id)."""

AUTOSAVE_MS = 5000
"""How often a changed editor is saved as a draft."""

(
    COL_ISSUE,
    COL_GOAL,
    COL_ACTION,
    COL_AGENCY,
    COL_PERSON,
    COL_FREQUENCY,
    COL_FUNDING,
) = range(7)
_ITEM_COLUMNS = {
    "issue_code": COL_ISSUE,
    "goal": COL_GOAL,
    "action": COL_ACTION,
    "responsible_agency_id": COL_AGENCY,
    "responsible_person": COL_PERSON,
    "frequency": COL_FREQUENCY,
    "funding_programme_code": COL_FUNDING,
}

CHANGED_STYLE = "background:#fff3c4"
ADDED_STYLE = "background:#dff3e1"
REMOVED_STYLE = "background:#fbe3e3; text-decoration:line-through"
CELL = 'style="padding:4px 8px; vertical-align:top"'
HEAD = 'style="padding:4px 8px; background:#e9edf1; text-align:left; vertical-align:top"'


@dataclass(frozen=True)
class _Reference:
    issues: list[PicklistEntry]
    funding: list[PicklistEntry]
    agencies: list[tuple[int, str]]


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>") if text.strip() else "—"


def _date(day: dt.date | None) -> str:
    return fmt_date(day) if day else ""


def _text_edit(parent: QWidget, name: str, *, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class PlanTab(QWidget):
    """Versions, read-only view, editor, status moves, comparison and print of one case's plan.

    Attributes:
        case_id: the case shown.
        shown: the version shown read-only, or None.
        editing: the draft open in the editor, or None.
        confirm_box: the last confirmation asked (submit, withdraw, end), or None.
        discard_box: the last "discard the changes?" question, or None.

    Signals:
        versions_loaded(int): the version list was filled (the number of versions).
        version_shown(object): a version is shown read-only (its :class:`PlanView`).
        editor_opened(): the editor is ready for typing.
        saved(object): the draft was saved (its :class:`PlanView`).
        save_failed(str): saving was refused (the message shown).
        changed(): something changed the case (stage, versions): the case view reloads.
        action_failed(str): a status move, a new version or a confirmation was refused.
        confirm_asked(object): a confirmation box is open (the QMessageBox).
        discard_asked(object): cancelling a changed editor asks first (the QMessageBox).
        client_dialog_opened(object): the 本人確認日 dialog is open.
        compare_opened(object): the comparison dialog is open.
        preview_opened(object): the 支援計画書's :class:`PdfPreviewDialog` is open.
        print_failed(str): the 支援計画書 could not be built (the message shown).
        draft_saved(): an autosave of the editor finished.
        conflict_shown(object): a stale save's :class:`ConflictDialog` is open.
    """

    versions_loaded = Signal(int)
    version_shown = Signal(object)
    editor_opened = Signal()
    saved = Signal(object)
    save_failed = Signal(str)
    changed = Signal()
    action_failed = Signal(str)
    confirm_asked = Signal(object)
    discard_asked = Signal(object)
    client_dialog_opened = Signal(object)
    compare_opened = Signal(object)
    preview_opened = Signal(object)
    print_failed = Signal(str)
    draft_saved = Signal()
    conflict_shown = Signal(object)

    def __init__(
        self,
        plans: PlanService,
        reference: ReferenceService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        drafts: DraftService | None = None,
        changes: ChangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planTabWidget")
        self.case_id = case_id
        self.shown: PlanView | None = None
        self.editing: PlanView | None = None
        self.confirm_box: QMessageBox | None = None
        self.discard_box: QMessageBox | None = None
        self._plans = plans
        self._reference_service = reference
        self._drafts = drafts
        self._changes = changes
        self.conflict_dialog: ConflictDialog | None = None
        self._principal = principal
        self._can_write = allowed(principal.role, Action.PLAN_WRITE)
        self._detail: CaseDetail | None = None
        self._reference: _Reference | None = None
        self._versions: list[PlanSummary] = []
        self._announced: tuple[int, PlanStatus] | None = None
        """The version and status the message last announced (cleared when it is stale)."""
        self._invalid: list[QWidget] = []
        self._busy = False
        self._baseline: dict[str, Any] = {}
        self._last_draft: dict[str, Any] = {}
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._build()
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._print_shortcut)
        self.print_shortcut = shortcut
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("planMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.sidePanel = QWidget(self)
        self.sidePanel.setObjectName("planSidePanel")
        side = QVBoxLayout(self.sidePanel)
        side.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Versions"), self)
        caption.setProperty("role", "caption")
        side.addWidget(caption)
        self.versionList = QListWidget(self)
        self.versionList.setObjectName("planVersionList")
        self.versionList.setAccessibleName(self.tr("Plan versions"))
        self.versionList.setMinimumWidth(240)
        self.versionList.setMaximumWidth(300)
        self.versionList.setWordWrap(True)
        self.versionList.setSpacing(3)
        self.versionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versionList.currentRowChanged.connect(self._version_row_changed)
        side.addWidget(self.versionList, 1)
        self.newButton = self._button(self.tr("&New version"), "newPlanButton", self.new_version)
        self.editButton = self._button(self.tr("&Edit"), "editPlanButton", self.edit)
        self.submitButton = self._button(
            self.tr("Su&bmit to the meeting"), "submitPlanButton", self.submit
        )
        self.withdrawButton = self._button(
            self.tr("&Withdraw the submission"), "withdrawPlanButton", self.withdraw
        )
        self.endButton = self._button(self.tr("End the p&lan"), "endPlanButton", self.end)
        self.clientButton = self._button(
            self.tr("Record the client's c&onfirmation"), "clientConfirmButton", self.confirm_client
        )
        self.compareButton = self._button(
            self.tr("Co&mpare versions"), "comparePlansButton", self.compare
        )
        self.printButton = self._button(self.tr("&Print plan"), "printPlanButton", self.print_plan)
        for button in (
            self.newButton,
            self.editButton,
            self.submitButton,
            self.withdrawButton,
            self.endButton,
            self.clientButton,
        ):
            button.setVisible(self._can_write)
            side.addWidget(button)
        side.addWidget(self.compareButton)
        side.addWidget(self.printButton)
        body.addWidget(self.sidePanel)

        self.stack = QStackedWidget(self)
        self.viewer = QTextBrowser(self)
        self.viewer.setObjectName("planViewer")
        self.viewer.setAccessibleName(self.tr("The chosen plan"))
        self.viewer.setOpenLinks(False)
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self._build_editor())
        body.addWidget(self.stack, 1)

    def _build_editor(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("planEditorPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.editorTitle = QLabel(page)
        self.editorTitle.setObjectName("planEditorTitle")
        self.editorTitle.setProperty("role", "caption")
        page_layout.addWidget(self.editorTitle)
        self.editorScroll = QScrollArea(page)
        self.editorScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.editorScroll.setWidgetResizable(True)
        form_widget = QWidget(self.editorScroll)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.wishesEdit = _text_edit(form_widget, "clientWishesEdit", height=80)
        self.wishesEdit.setPlaceholderText(self.tr("In the person's own words"))
        form.addRow(self.tr("&Client's wishes"), self.wishesEdit)
        self.goalEdit = _text_edit(form_widget, "overallGoalEdit")
        form.addRow(self.tr("O&verall goal"), self.goalEdit)
        self.shortGoalsEdit = _text_edit(form_widget, "shortTermGoalsEdit")
        form.addRow(self.tr("S&hort-term goals"), self.shortGoalsEdit)

        items_box = QWidget(form_widget)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        self.itemsTable = QTableWidget(0, 7, items_box)
        self.itemsTable.setObjectName("planItemsTable")
        self.itemsTable.setAccessibleName(self.tr("Plan items"))
        self.itemsTable.setTabKeyNavigation(False)  # Tab goes through the rows' fields
        self.itemsTable.setHorizontalHeaderLabels(
            [
                self.tr("Issue"),
                self.tr("Goal"),
                self.tr("Support"),
                self.tr("Agency"),
                self.tr("Person in charge"),
                self.tr("Frequency and period"),
                self.tr("Funding programme"),
            ]
        )
        header = self.itemsTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (COL_ISSUE, 140),
            (COL_GOAL, 170),
            (COL_ACTION, 190),
            (COL_AGENCY, 190),
            (COL_PERSON, 100),
            (COL_FREQUENCY, 110),
            (COL_FUNDING, 170),
        ):
            header.resizeSection(column, width)
        for column in (COL_GOAL, COL_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.itemsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.itemsTable.verticalHeader().setDefaultSectionSize(34)
        self.itemsTable.setMinimumHeight(200)
        items_layout.addWidget(self.itemsTable)
        row_buttons = QHBoxLayout()
        self.addItemButton = self._button(self.tr("&Add row"), "addPlanItemButton", self.add_item)
        self.removeItemButton = self._button(
            self.tr("&Remove row"), "removePlanItemButton", self.remove_item_row
        )
        self.upButton = self._button(self.tr("Move &up"), "planItemUpButton", self.move_up)
        self.downButton = self._button(self.tr("Move &down"), "planItemDownButton", self.move_down)
        for button in (self.addItemButton, self.removeItemButton, self.upButton, self.downButton):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        items_layout.addLayout(row_buttons)
        items_caption = QLabel(self.tr("Support"), form_widget)
        form.addRow(items_caption)
        form.addRow(items_box)

        self.reviewEdit = QLineEdit(form_widget)
        self.reviewEdit.setObjectName("nextReviewEdit")
        self.reviewEdit.setPlaceholderText(self.tr("e.g. 2025-10-01"))
        form.addRow(self.tr("Next rev&iew"), self.reviewEdit)

        self.editorScroll.setWidget(form_widget)
        page_layout.addWidget(self.editorScroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saveButton = self._button(self.tr("&Save"), "savePlanButton", self.save)
        self.cancelButton = self._button(self.tr("Cancel"), "cancelPlanButton", self.cancel)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.cancelButton)
        page_layout.addLayout(buttons)
        return page

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        self._detail = detail
        self._update_buttons()
        self.reload()

    def is_editing(self) -> bool:
        """Whether the editor is shown."""
        return self.stack.currentIndex() == 1

    def _closed(self) -> bool:
        return self._detail is not None and self._detail.stage is CaseStage.CLOSED

    def reload(self, select_plan_no: int | None = None) -> None:
        """Load the versions (and the pick-lists the first time) on the worker."""
        plans, reference = self._plans, self._reference_service
        principal, case_id = self._principal, self.case_id
        need_reference = self._reference is None
        can_write = self._can_write

        def load() -> tuple[_Reference | None, list[PlanSummary]]:
            loaded = (
                _Reference(
                    reference.picklist("issue_category"),
                    reference.picklist("funding_programme"),
                    plans.agency_choices(principal) if can_write else [],
                )
                if need_reference
                else None
            )
            return loaded, plans.versions(principal, case_id)

        run_op(
            self,
            load,
            lambda result: self._versions_arrived(*result, select_plan_no),
            self._failed,
        )

    def _versions_arrived(
        self,
        reference: _Reference | None,
        versions: list[PlanSummary],
        select_plan_no: int | None,
    ) -> None:
        if reference is not None:
            self._reference = reference
        self._versions = versions
        if self._announced is not None:  # 「第1版は「会議提出」になりました」 once it is decided
            number, status = self._announced
            if any(v.plan_no == number and v.status is not status for v in versions):
                set_message(self.messageLabel, "")
                self._announced = None
        wanted = select_plan_no or (self.shown.plan_no if self.shown else None)
        lst = self.versionList
        lst.blockSignals(True)
        lst.clear()
        for entry in versions:
            line = self.tr("Version {number}  {status}").format(
                number=entry.plan_no, status=entry.status_label
            )
            if entry.decided_on is not None:
                second = self.tr("Decided {date}").format(date=fmt_date(entry.decided_on))
            else:
                second = self.tr("Created {date}").format(date=fmt_date(entry.created_on))
            item = QListWidgetItem(f"{line}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, entry.plan_no)
            lst.addItem(item)
        numbers = [v.plan_no for v in versions]
        row = numbers.index(wanted) if wanted in numbers else 0
        if versions:
            lst.setCurrentRow(row)
        lst.blockSignals(False)
        if not versions:
            self.shown = None
            empty = self.tr("No support plan has been made for this case yet.")
            self.viewer.setHtml(f"<p>{html.escape(empty)}</p>")
        else:
            self.show_version(numbers[row])
        self._update_buttons()
        self.versions_loaded.emit(len(versions))

    def _version_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._versions):
            return
        plan_no = self._versions[row].plan_no
        if self.shown is not None and self.shown.plan_no == plan_no:
            return
        self.show_version(plan_no)

    def show_version(self, plan_no: int) -> None:
        """Load one version on the worker and show it read-only."""
        plans, principal, case_id = self._plans, self._principal, self.case_id
        run_op(
            self,
            lambda: plans.get(principal, case_id, plan_no),
            self._version_arrived,
            self._failed,
        )

    def _version_arrived(self, view: PlanView) -> None:
        self.shown = view
        self.viewer.setHtml(self.version_html(view))
        self._update_buttons()
        self.version_shown.emit(view)

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _has_pending(self) -> bool:
        return any(v.status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED) for v in self._versions)

    def _update_buttons(self) -> None:
        shown, editing, closed = self.shown, self.is_editing(), self._closed()
        ready = self._detail is not None and not editing and not self._busy
        nexts = shown.next_statuses if shown else ()
        self.newButton.setEnabled(ready and not closed and not self._has_pending())
        self.editButton.setEnabled(ready and shown is not None and shown.editable)
        self.submitButton.setEnabled(ready and PlanStatus.SUBMITTED in nexts)
        self.withdrawButton.setEnabled(
            ready
            and shown is not None
            and shown.status is PlanStatus.SUBMITTED
            and PlanStatus.DRAFT in nexts
        )
        self.endButton.setEnabled(ready and PlanStatus.ENDED in nexts)
        self.clientButton.setEnabled(
            ready and not closed and shown is not None and shown.status is PlanStatus.DECIDED
        )
        self.compareButton.setEnabled(ready and len(self._versions) >= 2)
        self.printButton.setEnabled(ready and shown is not None)
        self.versionList.setEnabled(not editing)
        self.sidePanel.setVisible(not editing)
        tip = self.tr("The case is closed; reopen it to change the plan.") if closed else ""
        for button in (self.newButton, self.editButton, self.endButton, self.clientButton):
            button.setToolTip(tip)
        if not closed and self._has_pending():
            self.newButton.setToolTip(
                self.tr("A draft or a submitted version exists; only one can be in progress.")
            )
        if not closed and shown is not None and shown.status is PlanStatus.DRAFT:
            self.submitButton.setToolTip(
                ""
                if PlanStatus.SUBMITTED in nexts
                else self.tr("Coordinators and supervisors submit plans to the meeting.")
            )

    def version_html(self, v: PlanView) -> str:
        """The read-only view of a version (HTML)."""
        title = self.tr("Support plan version {number} ({status})").format(
            number=v.plan_no, status=v.status_label
        )
        parts = [f"<h3>{html.escape(title)}</h3>"]
        wishes = html.escape(self.tr("Client's wishes"))
        parts.append(
            '<table cellspacing="0" cellpadding="8" width="98%" '
            'style="background:#f6f3e8; border:1px solid #8c8c8c">'
            f"<tr><td><b>{wishes}</b><br>"
            f'<span style="font-size:large">{_e(v.client_wishes)}</span></td></tr></table>'
        )
        decided = _date(v.decided_on)
        if decided and v.decided_meeting:
            decided = annotate(decided, v.decided_meeting)
        rows = [
            (self.tr("Overall goal"), _e(v.overall_goal)),
            (self.tr("Short-term goals"), _e(v.short_term_goals)),
            (self.tr("Next review"), _e(_date(v.next_review_on))),
            (
                self.tr("Created"),
                _e(join_spaced(x for x in (_date(v.created_on), v.author_name) if x)),
            ),
            (self.tr("Decided"), _e(decided)),
            (self.tr("Confirmed by the client"), _e(_date(v.client_confirmed_on))),
        ]
        if v.supersedes_no is not None:
            rows.append(
                (
                    self.tr("Revises"),
                    html.escape(self.tr("Version {number}").format(number=v.supersedes_no)),
                )
            )
        parts.append('<table cellspacing="0" border="1" width="98%">')
        parts.extend(
            f"<tr><th {HEAD} width='22%'>{html.escape(k)}</th><td {CELL}>{val}</td></tr>"
            for k, val in rows
        )
        parts.append("</table>")
        support, no_rows = self.tr("Support"), self.tr("No rows yet.")
        parts.append(f"<h4>{html.escape(support)}</h4>")
        if not v.items:
            parts.append(f"<p>{html.escape(no_rows)}</p>")
        else:
            headers = (
                self.tr("Issue"),
                self.tr("Goal"),
                self.tr("Support"),
                self.tr("In charge"),
                self.tr("Frequency and period"),
                self.tr("Funding programme"),
            )
            parts.append('<table cellspacing="0" border="1" width="98%"><tr>')
            parts.extend(f"<th {HEAD}>{html.escape(h)}</th>" for h in headers)
            parts.append("</tr>")
            for item in v.items:
                values = (
                    item.issue_label,
                    item.goal,
                    item.action,
                    item.responsible,
                    item.frequency,
                    item.funding_label,
                )
                parts.append("<tr>" + "".join(f"<td {CELL}>{_e(x)}</td>" for x in values) + "</tr>")
            parts.append("</table>")
        return "".join(parts)

    # --- new versions and the editor --------------------------------------------------------

    def new_version(self) -> None:
        """Start a new version on the worker (the first plan or a revision), then edit it."""
        if not self._can_write or self._busy:
            return
        self._set_busy(True)
        plans, principal, case_id = self._plans, self._principal, self.case_id

        def created(view: PlanView) -> None:
            self._set_busy(False)
            self.shown = view
            self.changed.emit()
            self._open_editor(view)

        run_op(self, lambda: plans.new_version(principal, case_id), created, self._action_failed)

    def edit(self) -> None:
        """Open the editor on the shown draft."""
        shown = self.shown
        if shown is None or not shown.editable or self._busy:
            return
        plans, principal, case_id, plan_no = (
            self._plans,
            self._principal,
            self.case_id,
            shown.plan_no,
        )
        run_op(
            self, lambda: plans.get(principal, case_id, plan_no), self._open_editor, self._failed
        )

    def _open_editor(self, view: PlanView) -> None:
        drafts = self._drafts
        if drafts is None:
            self._show_editor(view, None)
            return
        principal, key = self._principal, str(self.case_id)
        run_op(
            self,
            lambda: drafts.load(principal, DRAFT_FORM, key),
            lambda payload: self._show_editor(view, payload),
            self._failed,
        )

    def _show_editor(self, view: PlanView, draft: dict[str, Any] | None) -> None:
        self.editing = view
        self._clear_invalid()
        set_message(self.messageLabel, "")
        self.editorTitle.setText(
            self.tr("Editing version {number} (draft)").format(number=view.plan_no)
        )
        self.wishesEdit.setPlainText(view.client_wishes)
        self.goalEdit.setPlainText(view.overall_goal)
        self.shortGoalsEdit.setPlainText(view.short_term_goals)
        self.reviewEdit.setText(fmt_date_input(view.next_review_on) if view.next_review_on else "")
        self.itemsTable.setRowCount(0)
        for item in view.items:
            self.add_item_row(
                {
                    "issue_code": item.issue_code,
                    "goal": item.goal,
                    "action": item.action,
                    "responsible_agency_id": item.responsible_agency_id,
                    "responsible_person": item.responsible_person,
                    "frequency": item.frequency,
                    "funding_programme_code": item.funding_programme_code,
                }
            )
        self._baseline = self.draft_payload()
        self._last_draft = self._baseline
        if draft is not None and draft.get("plan_id") in (None, view.id):
            self.restore_draft(draft)
            set_message(
                self.messageLabel,
                self.tr(
                    "The plan you were writing was not saved; it has been restored. "
                    "Check it and save."
                ),
                kind="info",
            )
        self.stack.setCurrentIndex(1)
        self._set_busy(False)
        if self._drafts is not None:
            self._autosave_timer.start()
        self.wishesEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor_opened.emit()

    def add_item(self) -> None:
        """Add an empty row to the plan and put the cursor on its goal."""
        row = self.add_item_row()
        widget = self.itemsTable.cellWidget(row, COL_GOAL)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_item_row(self, values: dict[str, Any] | None = None) -> int:
        """Add a row to the items table (empty by default); returns its index."""
        table = self.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        reference = self._reference
        issue = QComboBox(table)
        issue.addItem(self.tr("(choose)"), None)
        add_categories(issue, reference.issues if reference else [])
        agency = QComboBox(table)
        agency.addItem(self.tr("(none)"), None)
        for agency_id, name in reference.agencies if reference else []:
            agency.addItem(name, agency_id)
        agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        agency.setMinimumContentsLength(8)
        funding = QComboBox(table)
        funding.addItem(self.tr("(none)"), None)
        for entry in reference.funding if reference else []:
            funding.addItem(entry.label, entry.code)
        widgets: dict[int, QWidget] = {
            COL_ISSUE: issue,
            COL_GOAL: QLineEdit(table),
            COL_ACTION: QLineEdit(table),
            COL_AGENCY: agency,
            COL_PERSON: QLineEdit(table),
            COL_FREQUENCY: QLineEdit(table),
            COL_FUNDING: funding,
        }
        last = max(widgets)
        previous: QWidget = (table.cellWidget(row - 1, last) if row else None) or table
        for column, widget in sorted(widgets.items()):
            table.setCellWidget(row, column, widget)
            header = table.horizontalHeaderItem(column)
            widget.setAccessibleName(header.text() if header is not None else "")
            # Tab goes along the row, then to the next row (the order of the table).
            QWidget.setTabOrder(previous, widget)
            previous = widget
        if values:
            self._set_row(row, values)
        table.setCurrentCell(row, COL_GOAL)
        return row

    def item_widgets(self, row: int) -> dict[str, QWidget]:
        """The editors of one row by field name."""
        result: dict[str, QWidget] = {}
        for name, column in _ITEM_COLUMNS.items():
            widget = self.itemsTable.cellWidget(row, column)
            assert widget is not None
            result[name] = widget
        return result

    def _row(self, row: int) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.item_widgets(row).items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return values

    def _set_row(self, row: int, values: dict[str, Any]) -> None:
        for name, widget in self.item_widgets(row).items():
            if name not in values:
                continue
            if isinstance(widget, QComboBox):
                _select_data(widget, values[name])
            elif isinstance(widget, QLineEdit):
                widget.setText(str(values[name] or ""))
                widget.setCursorPosition(0)

    def remove_item_row(self) -> None:
        """Remove the chosen row."""
        row = self.itemsTable.currentRow()
        if 0 <= row < self.itemsTable.rowCount():
            self.itemsTable.removeRow(row)

    def _swap(self, row: int, other: int) -> None:
        table = self.itemsTable
        if not (0 <= row < table.rowCount() and 0 <= other < table.rowCount()):
            return
        first, second = self._row(row), self._row(other)
        self._set_row(row, second)
        self._set_row(other, first)
        table.setCurrentCell(other, max(table.currentColumn(), 0))

    def move_up(self) -> None:
        """Move the chosen row one place up."""
        row = self.itemsTable.currentRow()
        self._swap(row, row - 1)

    def move_down(self) -> None:
        """Move the chosen row one place down."""
        row = self.itemsTable.currentRow()
        self._swap(row, row + 1)

    def form_input(self) -> PlanInput:
        """The editor's content as the service's input."""
        editing = self.editing
        assert editing is not None
        items = []
        for row in range(self.itemsTable.rowCount()):
            values = self._row(row)
            items.append(
                PlanItemInput(
                    goal=values["goal"],
                    action=values["action"],
                    issue_code=values["issue_code"],
                    responsible_agency_id=values["responsible_agency_id"],
                    responsible_person=values["responsible_person"],
                    frequency=values["frequency"],
                    funding_programme_code=values["funding_programme_code"],
                )
            )
        return PlanInput(
            version=editing.version,
            client_wishes=self.wishesEdit.toPlainText(),
            overall_goal=self.goalEdit.toPlainText(),
            short_term_goals=self.shortGoalsEdit.toPlainText(),
            next_review_on=self.reviewEdit.text(),
            items=tuple(items),
        )

    # --- drafts ---------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        """The editor's content as JSON values (the draft payload)."""
        return {
            "plan_id": self.editing.id if self.editing else None,
            "client_wishes": self.wishesEdit.toPlainText(),
            "overall_goal": self.goalEdit.toPlainText(),
            "short_term_goals": self.shortGoalsEdit.toPlainText(),
            "next_review_on": self.reviewEdit.text(),
            "items": [self._row(row) for row in range(self.itemsTable.rowCount())],
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft's values back into the editor (unknown values are left as they are)."""
        for key, edit in (
            ("client_wishes", self.wishesEdit),
            ("overall_goal", self.goalEdit),
            ("short_term_goals", self.shortGoalsEdit),
        ):
            if key in payload:
                edit.setPlainText(str(payload[key] or ""))
        if "next_review_on" in payload:
            self.reviewEdit.setText(str(payload["next_review_on"] or ""))
        items = payload.get("items")
        if isinstance(items, list):
            self.itemsTable.setRowCount(0)
            for item in items:
                if isinstance(item, dict):
                    self.add_item_row(item)

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

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Save the editor on the worker."""
        editing = self.editing
        if self._busy or not self.is_editing() or editing is None:
            return
        self._clear_invalid()
        form = self.form_input()
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        plans, principal, plan_id = self._plans, self._principal, editing.id
        draft = (DRAFT_FORM, str(self.case_id)) if self._drafts is not None else None
        run_op(
            self,
            lambda: plans.save_draft(principal, plan_id, form, draft=draft),
            self._saved,
            self._save_failed,
        )

    def _saved(self, view: PlanView) -> None:
        self._set_busy(False)
        self._close_editor()
        self.shown = view
        self.viewer.setHtml(self.version_html(view))
        set_message(self.messageLabel, self.tr("The plan was saved."), kind="info")
        self._update_buttons()
        self.saved.emit(view)
        self.changed.emit()

    def _save_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            self._focus_field(error.field)
        self.save_failed.emit(error.text())
        if isinstance(error, ConflictError) and self.editing is not None:
            self._fetch_conflict(self.editing)

    # --- a stale save -------------------------------------------------------------------------

    def conflict_labels(self) -> dict[str, str]:
        """The plan's fields compared in the conflict dialog, in the editor's order."""
        return {
            "client_wishes": self.tr("Client's wishes"),
            "overall_goal": self.tr("Overall goal"),
            "short_term_goals": self.tr("Short-term goals"),
            "next_review_on": self.tr("Next review"),
            "items": self.tr("Plan rows"),
        }

    def _items_text(self, rows: list[dict[str, Any]]) -> str:
        """The plan rows as lines ``1. 課題／目標／支援内容／機関／担当者／頻度／事業``."""
        reference = self._reference
        issues = {e.code: e.label for e in reference.issues} if reference else {}
        funding = {e.code: e.label for e in reference.funding} if reference else {}
        agencies = dict(reference.agencies) if reference else {}
        lines = []
        for number, row in enumerate(rows, start=1):
            parts = [
                issues.get(row.get("issue_code") or "", ""),
                str(row.get("goal") or "").strip(),
                str(row.get("action") or "").strip(),
                agencies.get(row.get("responsible_agency_id") or 0, ""),
                str(row.get("responsible_person") or "").strip(),
                str(row.get("frequency") or "").strip(),
                funding.get(row.get("funding_programme_code") or "", ""),
            ]
            lines.append(f"{number}. " + join_parts(p for p in parts if p))
        return "\n".join(lines)

    def plan_values(self, view: PlanView) -> dict[str, str]:
        """A saved version as the texts the conflict dialog compares."""
        rows = [
            {
                "issue_code": item.issue_code,
                "goal": item.goal,
                "action": item.action,
                "responsible_agency_id": item.responsible_agency_id,
                "responsible_person": item.responsible_person,
                "frequency": item.frequency,
                "funding_programme_code": item.funding_programme_code,
            }
            for item in view.items
        ]
        return {
            "client_wishes": view.client_wishes,
            "overall_goal": view.overall_goal,
            "short_term_goals": view.short_term_goals,
            "next_review_on": fmt_date(view.next_review_on) if view.next_review_on else "",
            "items": self._items_text(rows),
        }

    def form_values(self) -> dict[str, str]:
        """The editor's content as the texts the conflict dialog compares."""
        review = self.reviewEdit.text()
        return {
            "client_wishes": self.wishesEdit.toPlainText(),
            "overall_goal": self.goalEdit.toPlainText(),
            "short_term_goals": self.shortGoalsEdit.toPlainText(),
            "next_review_on": typed_date(review) if review.strip() else "",
            "items": self._items_text(
                [self._row(row) for row in range(self.itemsTable.rowCount())]
            ),
        }

    def _fetch_conflict(self, opened: PlanView) -> None:
        """Read the version as saved now and who saved it, then show the conflict dialog."""
        plans, changes, principal = self._plans, self._changes, self._principal
        case_id, plan_no, plan_id = self.case_id, opened.plan_no, opened.id

        def load() -> tuple[PlanView, LastChange | None]:
            latest = plans.get(principal, case_id, plan_no)
            last = (
                changes.last_change(principal, case_id, "support_plan", plan_id)
                if changes is not None
                else None
            )
            return latest, last

        run_op(self, load, lambda result: self._show_conflict(opened, *result), self._failed)

    def _show_conflict(self, opened: PlanView, latest: PlanView, last: LastChange | None) -> None:
        if not self.is_editing():
            return
        labels = self.conflict_labels()
        mine = self.form_values()
        diffs = diff_fields(self.plan_values(opened), self.plan_values(latest), mine, labels)
        what = self.tr("Support plan version {number}").format(number=latest.plan_no)
        dialog = ConflictDialog(what, last, diffs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._conflict_chosen(choice, latest, mine))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _conflict_chosen(self, choice: Choice, latest: PlanView, mine: dict[str, str]) -> None:
        if not self.is_editing():
            return
        if choice is Choice.REAPPLY:
            # the editor now holds the latest version: the next save is a deliberate overwrite
            self.editing = latest
            set_message(
                self.messageLabel,
                self.tr(
                    "Your input is kept on top of the latest version. Check it and save: "
                    "it then replaces what the other person saved."
                ),
                kind="info",
            )
        elif choice is Choice.SHOW_LATEST:
            copy_to_clipboard(mine, self.conflict_labels())
            self._show_editor(latest, None)
            set_message(
                self.messageLabel,
                self.tr(
                    "The latest version is shown. Your input was copied to the clipboard: "
                    "paste what you still need."
                ),
                kind="info",
            )

    def _focus_field(self, field: str) -> None:
        widget: QWidget | None
        if field.startswith("items["):
            index, _sep, name = field.removeprefix("items[").partition("].")
            row = int(index) if index.isdigit() else 0
            column = _ITEM_COLUMNS.get(name, COL_GOAL)
            self.itemsTable.setCurrentCell(row, column)
            widget = self.itemsTable.cellWidget(row, column)
        else:
            widget = {
                "client_wishes": self.wishesEdit,
                "overall_goal": self.goalEdit,
                "short_term_goals": self.shortGoalsEdit,
                "next_review_on": self.reviewEdit,
                "items": self.itemsTable,
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
        self._update_buttons()

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
            self.tr("Discard the changes?"),
            self.tr(
                "The changes to the plan are not saved. Discard what you typed? "
                "To keep it, choose Continue editing and save."
            ),
            "discardPlanBox",
            self._discard,
        )
        self.discard_asked.emit(self.discard_box)

    def _discard(self) -> None:
        forget_draft(self, self._drafts, self._principal, DRAFT_FORM, str(self.case_id))
        self._close_editor()
        set_message(self.messageLabel, "")

    def _close_editor(self) -> None:
        self._autosave_timer.stop()
        self._clear_invalid()
        self.editing = None
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    # --- status moves -----------------------------------------------------------------------

    def submit(self) -> None:
        """Ask, then submit the shown draft to the meeting (会議提出)."""
        self._ask_status(
            PlanStatus.SUBMITTED,
            self.tr("Submit the plan to the meeting?"),
            self.tr(
                "Version {number} goes to the coordination meeting and can no longer be "
                "edited (unless the submission is withdrawn)."
            ),
            self.tr("Submit"),
        )

    def withdraw(self) -> None:
        """Ask, then take the shown plan back from the meeting (back to 案)."""
        self._ask_status(
            PlanStatus.DRAFT,
            self.tr("Withdraw the submission?"),
            self.tr(
                "Version {number} is taken off the meeting and becomes a draft again; "
                "the case goes back to plan drafting."
            ),
            self.tr("Withdraw"),
        )

    def end(self) -> None:
        """Ask, then end the shown version (終了)."""
        self._ask_status(
            PlanStatus.ENDED,
            self.tr("End the plan?"),
            self.tr("Version {number} is ended. An ended plan cannot be changed again."),
            self.tr("End the plan"),
        )

    def _ask_status(self, wanted: PlanStatus, title: str, text: str, action: str) -> None:
        shown = self.shown
        if shown is None or self._busy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text.format(number=shown.plan_no),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("planStatusBox")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Do not change"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        yes.clicked.connect(lambda _checked=False: self.set_status(wanted))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        self.confirm_asked.emit(box)

    def set_status(self, wanted: PlanStatus) -> None:
        """Move the shown version to ``wanted`` on the worker (no question asked)."""
        shown = self.shown
        if shown is None:
            return
        self._set_busy(True)
        plans, principal = self._plans, self._principal
        plan_id, version = shown.id, shown.version

        def done(view: PlanView) -> None:
            self._set_busy(False)
            self.shown = view
            self.viewer.setHtml(self.version_html(view))
            set_message(
                self.messageLabel,
                self.tr("Version {number} is now \u201c{status}\u201d.").format(
                    number=view.plan_no, status=view.status_label
                ),
                kind="info",
            )
            self._announced = (view.plan_no, view.status)
            self._update_buttons()
            self.changed.emit()

        run_op(
            self,
            lambda: plans.set_status(principal, plan_id, wanted, version),
            done,
            self._action_failed,
        )

    def _action_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        self.action_failed.emit(error.text())

    def confirm_client(self) -> None:
        """Open the dialog that records the day the person signed the plan."""
        shown = self.shown
        if shown is None or shown.status is not PlanStatus.DECIDED:
            return
        dialog = ClientConfirmDialog(self._plans, self._principal, shown, self)
        dialog.saved.connect(self._client_confirmed)
        dialog.open()
        self.client_dialog_opened.emit(dialog)

    def _client_confirmed(self, view: PlanView) -> None:
        self.shown = view
        self.viewer.setHtml(self.version_html(view))
        self._update_buttons()
        self.changed.emit()

    def compare(self) -> None:
        """Open the comparison of the shown version with the one before it."""
        if len(self._versions) < 2:
            return
        numbers = [v.plan_no for v in self._versions]
        b = self.shown.plan_no if self.shown else numbers[0]
        older = [n for n in numbers if n < b]
        a = older[0] if older else numbers[-1]
        if a == b:
            a, b = numbers[1], numbers[0]
        dialog = CompareDialog(
            self._plans, self._principal, self.case_id, self, versions=self._versions, a=a, b=b
        )
        dialog.open()
        self.compare_opened.emit(dialog)

    # --- printing ---------------------------------------------------------------------------

    def _print_shortcut(self) -> None:
        if self.isVisible() and self.printButton.isEnabled():
            self.print_plan()

    def print_plan(self) -> None:
        """Build the shown version's 支援計画書 on the worker, then preview it."""
        shown, detail = self.shown, self._detail
        if shown is None or detail is None:
            return
        self.printButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Preparing the support plan..."), kind="info")
        plans, principal, case_id, plan_no = (
            self._plans,
            self._principal,
            self.case_id,
            shown.plan_no,
        )
        plan_id = shown.id
        name = self.tr("Support plan {number} version {plan}").format(
            number=detail.case_number, plan=plan_no
        )

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.messageLabel, "")
            self._update_buttons()
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: plans.print_plan(principal, case_id, plan_no, out),
            file_name="support_plan.pdf",
            title=name,
            record_output=lambda to_file: plans.record_output(
                principal, case_id, plan_id, to_file=to_file
            ),
            opened=opened,
            failed=self._print_failed,
        )

    def _print_failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._update_buttons()
        self.print_failed.emit(error.text())


class ClientConfirmDialog(QDialog):
    """Record the day the person confirmed (signed) a decided plan.

    Signals:
        saved(object): the day was recorded (the plan's new :class:`PlanView`).
        save_failed(str): it was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self, plans: PlanService, principal: Principal, view: PlanView, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientConfirmDialog")
        self.setWindowTitle(self.tr("Client's confirmation"))
        self._plans = plans
        self._principal = principal
        self._view = view
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        explain = QLabel(
            self.tr("Enter the day the person signed the printed plan of version {number}.").format(
                number=view.plan_no
            ),
            self,
        )
        explain.setWordWrap(True)
        outer.addWidget(explain)
        form = QFormLayout()
        self.dateEdit = QLineEdit(self)
        self.dateEdit.setObjectName("clientConfirmedEdit")
        day = view.client_confirmed_on or dt.date.today()
        self.dateEdit.setText(fmt_date_input(day))
        form.addRow(self.tr("&Date signed"), self.dateEdit)
        outer.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("&Record"), self)
        self.saveButton.setObjectName("clientConfirmSaveButton")
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(520, 200)

    def save(self) -> None:
        """Record the day on the worker."""
        plans, principal, view, text = (
            self._plans,
            self._principal,
            self._view,
            self.dateEdit.text(),
        )
        self.saveButton.setEnabled(False)

        def done(result: PlanView) -> None:
            self.saved.emit(result)
            self.accept()

        def failed(error: KnownError) -> None:
            self.saveButton.setEnabled(True)
            set_message(self.messageLabel, error.text(), kind="error")
            mark_invalid(self.dateEdit, True)
            self.dateEdit.setFocus()
            self.save_failed.emit(error.text())

        run_op(
            self,
            lambda: plans.confirm_by_client(principal, view.id, text, view.version),
            done,
            failed,
        )


class CompareDialog(QDialog):
    """Two versions of a plan side by side: changed fields and rows highlighted.

    Signals:
        compared(object): a comparison arrived and is shown (its :class:`PlanComparison`).
    """

    compared = Signal(object)

    def __init__(
        self,
        plans: PlanService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        versions: list[PlanSummary],
        a: int,
        b: int,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparePlansDialog")
        self.setWindowTitle(self.tr("Compare plan versions"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._plans = plans
        self._principal = principal
        self._case_id = case_id
        self.comparison: PlanComparison | None = None
        outer = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.aCombo = QComboBox(self)
        self.aCombo.setObjectName("compareACombo")
        self.bCombo = QComboBox(self)
        self.bCombo.setObjectName("compareBCombo")
        for entry in sorted(versions, key=lambda v: v.plan_no):
            text = self.tr("Version {number} ({status})").format(
                number=entry.plan_no, status=entry.status_label
            )
            self.aCombo.addItem(text, entry.plan_no)
            self.bCombo.addItem(text, entry.plan_no)
        _select_data(self.aCombo, a)
        _select_data(self.bCombo, b)
        before = QLabel(self.tr("&Before:"), self)
        before.setBuddy(self.aCombo)
        after = QLabel(self.tr("&After:"), self)
        after.setBuddy(self.bCombo)
        choose.addWidget(before)
        choose.addWidget(self.aCombo)
        choose.addSpacing(16)
        choose.addWidget(after)
        choose.addWidget(self.bCombo)
        choose.addStretch(1)
        outer.addLayout(choose)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compareBrowser")
        outer.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setAutoDefault(False)
        self.closeButton.clicked.connect(self.accept)
        buttons.addWidget(self.closeButton)
        outer.addLayout(buttons)
        self.aCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 640)
        self.refresh()

    def refresh(self) -> None:
        """Compare the chosen versions on the worker."""
        a, b = self.aCombo.currentData(), self.bCombo.currentData()
        if a is None or b is None:
            return
        plans, principal, case_id = self._plans, self._principal, self._case_id
        run_op(
            self,
            lambda: plans.compare(principal, case_id, a, b),
            self._show,
            lambda error: set_message(self.messageLabel, error.text(), kind="error"),
        )

    def _show(self, diff: PlanComparison) -> None:
        self.comparison = diff
        self.browser.setHtml(self.comparison_html(diff))
        self.compared.emit(diff)

    def comparison_html(self, diff: PlanComparison) -> str:
        """The comparison as HTML: one table for the fields, one for the rows."""
        a_title = self.tr("Version {number} ({status})").format(
            number=diff.plan_no_a, status=diff.status_a
        )
        b_title = self.tr("Version {number} ({status})").format(
            number=diff.plan_no_b, status=diff.status_b
        )
        parts = [f"<h3>{html.escape(a_title)} → {html.escape(b_title)}</h3>"]
        if diff.identical:
            same = self.tr("The two versions have the same content.")
            parts.append(f"<p>{html.escape(same)}</p>")
            return "".join(parts)
        legend = self.tr("Yellow: changed. Green: added. Red: removed.")
        parts.append(f"<p>{html.escape(legend)}</p>")
        item_head, no_changes = self.tr("Item"), self.tr("No changes.")
        plan_head, rows_head = self.tr("Plan"), self.tr("Support rows")
        head = (
            f"<tr><th {HEAD}>{html.escape(item_head)}</th>"
            f"<th {HEAD}>{html.escape(a_title)}</th><th {HEAD}>{html.escape(b_title)}</th></tr>"
        )
        parts.append(f"<h4>{html.escape(plan_head)}</h4>")
        if not diff.fields:
            parts.append(f"<p>{html.escape(no_changes)}</p>")
        else:
            parts.append('<table cellspacing="0" border="1" width="98%">' + head)
            for change in diff.fields:
                parts.append(
                    f"<tr><th {HEAD} width='18%'>{html.escape(change.label)}</th>"
                    f"<td {CELL}>{_e(change.before)}</td>"
                    f'<td style="{CHANGED_STYLE}; padding:4px 8px; vertical-align:top">'
                    f"{_e(change.after)}</td></tr>"
                )
            parts.append("</table>")
        parts.append(f"<h4>{html.escape(rows_head)}</h4>")
        if not diff.items:
            parts.append(f"<p>{html.escape(no_changes)}</p>")
        else:
            parts.append('<table cellspacing="0" border="1" width="98%">' + head)
            kinds = {
                "added": (self.tr("Added: row {b}"), ADDED_STYLE),
                "removed": (self.tr("Removed: row {a}"), REMOVED_STYLE),
                "changed": (self.tr("Changed: row {a} → row {b}"), CHANGED_STYLE),
            }
            for item in diff.items:
                text, style = kinds[item.kind]
                caption = text.format(a=item.number_a or "", b=item.number_b or "")
                parts.append(
                    f'<tr><td colspan="3" style="{style}; padding:4px 8px">'
                    + join_spaced((f"<b>{html.escape(caption)}</b>", html.escape(item.title)))
                    + "</td></tr>"
                )
                marked = f'style="{style}; padding:4px 8px; vertical-align:top"'
                for change in item.changes:
                    before_cell = marked if item.kind == "removed" else CELL
                    after_cell = CELL if item.kind == "removed" else marked
                    parts.append(
                        f"<tr><th {HEAD}>{html.escape(change.label)}</th>"
                        f"<td {before_cell}>{_e(change.before)}</td>"
                        f"<td {after_cell}>{_e(change.after)}</td></tr>"
                    )
            parts.append("</table>")
        if diff.unchanged_items:
            same = self.tr("{count} other rows are unchanged.").format(count=diff.unchanged_items)
            parts.append(f"<p>{html.escape(same)}</p>")
        return "".join(parts)
