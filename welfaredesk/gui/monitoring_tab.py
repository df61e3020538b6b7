"""The 経過確認と評価 tab of the case view: the plan in force, the next review, past reviews.

At the top, the decided plan (支援決定) with its items. Below, the pending review with its due
date (highlighted when it is past; the case view shows a badge in its header through
:attr:`MonitoringTab.overdue_changed`), or a field to schedule one; 経過確認を記録 opens
:class:`ReviewDialog`, where every item of the plan gets its achievement and a comment, the
agencies' delivery and the advice given are noted, and the decision (継続 / 見直し / 終結) is
chosen with what it does explained. The reviews already recorded are listed with their
details. Every service call runs on the database worker.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import Achievement, CaseStage, MonitoringDecision
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import fmt_date, fmt_date_input
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.dto import CaseDetail, Principal
from welfaredesk.services.monitoring import (
    ItemEvaluation,
    MonitoringOverview,
    MonitoringService,
    PlanInForce,
    ReviewInput,
    ReviewResult,
    ReviewView,
)

OVERDUE_STYLE = "QLabel { color: #8a1f1b; font-weight: bold; }"


def _date(value: dt.date | None) -> str:
    return fmt_date(value) if value else ""


def _text_edit(parent: QWidget, name: str, *, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


@dataclass(frozen=True)
class _Loaded:
    overview: MonitoringOverview


class MonitoringTab(QWidget):
    """The plan in force, the pending review and the reviews done of one case.

    Signals:
        loaded(object): the :class:`MonitoringOverview` arrived and is shown.
        overdue_changed(int): 1 when the pending review is past its date, else 0.
        changed(): data of the case changed (the case view reloads the case).
        dialog_opened(object): the review dialog is open.
    """

    loaded = Signal(object)
    overdue_changed = Signal(int)
    changed = Signal()
    dialog_opened = Signal(object)

    def __init__(
        self,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        monitoring: MonitoringService,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringTabWidget")
        self.case_id = case_id
        self.overview: MonitoringOverview | None = None
        self._monitoring = monitoring
        self._principal = principal
        self._can_edit = allowed(principal.role, Action.CASE_EDIT)
        self._notice = ""
        self._busy = False
        self._build()
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("monitoringMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        self.closedLabel = QLabel(
            self.tr(
                "This case is closed. Its reviews can be viewed, but not recorded. "
                "Reopen the case on the Closure tab to record more."
            ),
            self,
        )
        self.closedLabel.setObjectName("monitoringClosedLabel")
        self.closedLabel.setWordWrap(True)
        self.closedLabel.setProperty("role", "note")
        self.closedLabel.hide()
        outer.addWidget(self.closedLabel)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)

        plan_box = QGroupBox(self.tr("Support plan in force"), splitter)
        plan_box.setObjectName("planInForceBox")
        plan_layout = QVBoxLayout(plan_box)
        self.planLabel = QLabel(plan_box)
        self.planLabel.setObjectName("planInForceLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plan_layout.addWidget(self.planLabel)
        self.planTable = _table(
            plan_box,
            "planItemsTable",
            [
                self.tr("No."),
                self.tr("Issue"),
                self.tr("Goal"),
                self.tr("Support"),
                self.tr("Who"),
                self.tr("How often"),
            ],
        )
        header = self.planTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        plan_layout.addWidget(self.planTable, 1)
        splitter.addWidget(plan_box)

        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        next_box = QGroupBox(self.tr("Next monitoring review"), lower)
        next_box.setObjectName("nextReviewBox")
        row = QHBoxLayout(next_box)
        self.dueLabel = QLabel(next_box)
        self.dueLabel.setObjectName("reviewDueLabel")
        self.dueLabel.setWordWrap(True)
        row.addWidget(self.dueLabel, 1)
        self.scheduleCaption = QLabel(self.tr("Review &date"), next_box)
        self.scheduleEdit = QLineEdit(next_box)
        self.scheduleEdit.setObjectName("scheduleDateEdit")
        self.scheduleEdit.setMaximumWidth(220)
        self.scheduleCaption.setBuddy(self.scheduleEdit)
        self.scheduleButton = QPushButton(self.tr("&Schedule the review"), next_box)
        self.scheduleButton.setObjectName("scheduleReviewButton")
        self.scheduleButton.setAutoDefault(False)
        self.scheduleButton.clicked.connect(self.schedule)
        self.recordButton = QPushButton(self.tr("&Record the review"), next_box)
        self.recordButton.setObjectName("recordReviewButton")
        self.recordButton.setAutoDefault(False)
        self.recordButton.clicked.connect(self.record_review)
        for widget in (self.scheduleCaption, self.scheduleEdit, self.scheduleButton):
            row.addWidget(widget)
        row.addWidget(self.recordButton)
        lower_layout.addWidget(next_box)

        done_box = QGroupBox(self.tr("Reviews recorded"), lower)
        done_box.setObjectName("reviewsDoneBox")
        done_layout = QHBoxLayout(done_box)
        inner = QSplitter(Qt.Orientation.Horizontal, done_box)
        self.reviewTable = _table(
            inner,
            "reviewTable",
            [self.tr("Reviewed"), self.tr("Due"), self.tr("Decision"), self.tr("Reviewed by")],
        )
        self.reviewTable.horizontalHeader().setStretchLastSection(True)
        self.reviewTable.itemSelectionChanged.connect(self._show_selected)
        self.reviewBrowser = QTextBrowser(inner)
        self.reviewBrowser.setObjectName("reviewDetailBrowser")
        self.reviewTable.setAccessibleName(self.tr("Reviews recorded"))
        self.reviewBrowser.setAccessibleName(self.tr("The review's details"))
        inner.addWidget(self.reviewTable)
        inner.addWidget(self.reviewBrowser)
        inner.setStretchFactor(0, 2)
        inner.setStretchFactor(1, 3)
        inner.setSizes([420, 620])
        done_layout.addWidget(inner)
        lower_layout.addWidget(done_box, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        del detail
        self.reload()

    def reload(self) -> None:
        """Load the overview on the worker."""
        monitoring, principal, case_id = self._monitoring, self._principal, self.case_id
        run_op(
            self,
            lambda: _Loaded(monitoring.overview(principal, case_id)),
            self._arrived,
            self._failed,
        )

    def _arrived(self, loaded: _Loaded) -> None:
        overview = loaded.overview
        self.overview = overview
        set_message(self.messageLabel, self._notice, kind="info")
        self.closedLabel.setVisible(overview.closed)
        self._show_plan(overview.plan)
        self._show_pending(overview)
        self._fill_reviews(overview)
        self._update_buttons()
        self.overdue_changed.emit(overview.overdue)
        self.loaded.emit(overview)

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        self._busy = False
        self._update_buttons()

    def _show_plan(self, plan: PlanInForce | None) -> None:
        table = self.planTable
        if plan is None:
            self.planLabel.setText(
                self.tr(
                    "No support plan is in force. Reviews are made of a plan decided at a "
                    "coordination meeting."
                )
            )
            table.setRowCount(0)
            return
        parts = [
            self.tr("Plan no. {number} ({status}), decided {date}").format(
                number=plan.plan_no, status=plan.status_label, date=_date(plan.decided_on) or "—"
            )
        ]
        if plan.overall_goal.strip():
            parts.append(self.tr("Overall goal: {goal}").format(goal=plan.overall_goal.strip()))
        self.planLabel.setText("\n".join(parts))
        table.setRowCount(len(plan.items))
        for r, item in enumerate(plan.items):
            values = (
                str(item.number),
                item.issue_label,
                item.goal,
                item.action,
                item.responsible,
                item.frequency,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for c in (0, 1, 4, 5):
            header.resizeSection(c, min(header.sectionSize(c) + 12, 200))
        table.resizeRowsToContents()

    def _show_pending(self, overview: MonitoringOverview) -> None:
        pending = overview.pending
        if pending is None:
            text = self.tr("No review is scheduled.")
            if overview.plan is not None and overview.plan.next_review_on is not None:
                self.scheduleEdit.setText(_date(overview.plan.next_review_on))
            self.dueLabel.setStyleSheet("")
        elif pending.overdue and not overview.closed:
            text = self.tr("The review due on {date} is overdue.").format(
                date=_date(pending.due_on)
            )
            self.dueLabel.setStyleSheet(OVERDUE_STYLE)
        else:
            text = self.tr("Review due on {date}.").format(date=_date(pending.due_on))
            self.dueLabel.setStyleSheet("")
        self.dueLabel.setText(text)

    def _fill_reviews(self, overview: MonitoringOverview) -> None:
        table = self.reviewTable
        keep = self.selected_review()
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(overview.done))
        for r, view in enumerate(overview.done):
            values = (
                _date(view.reviewed_on),
                _date(view.due_on),
                view.decision_label,
                view.reviewer_name,
            )
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.blockSignals(False)
        ids = [v.id for v in overview.done]
        if ids:
            table.selectRow(ids.index(keep.id) if keep is not None and keep.id in ids else 0)
        self._show_selected()

    def selected_review(self) -> ReviewView | None:
        """The recorded review chosen in the list, or None."""
        if self.overview is None:
            return None
        rows = self.reviewTable.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        done = self.overview.done
        return done[row] if 0 <= row < len(done) else None

    def _show_selected(self) -> None:
        view = self.selected_review()
        if view is None:
            empty = self.tr("No review has been recorded yet.")
            self.reviewBrowser.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        self.reviewBrowser.setHtml(self.review_html(view))

    def review_html(self, v: ReviewView) -> str:
        """A recorded review as HTML for the detail browser."""

        def e(text: str) -> str:
            return html.escape(text).replace("\n", "<br>") if text.strip() else "—"

        cell = 'style="padding:3px 8px; vertical-align:top"'
        head = 'style="padding:3px 8px; background:#e9edf1; text-align:left; white-space:nowrap"'
        rows = [
            (self.tr("Reviewed on"), e(_date(v.reviewed_on))),
            (self.tr("Reviewed by"), e(v.reviewer_name)),
            (self.tr("Decision"), e(v.decision_label)),
            (self.tr("Delivery by the agencies"), e(v.delivery_status)),
            (self.tr("Advice given"), e(v.advice)),
        ]
        if v.note.strip():
            rows.append((self.tr("Note"), e(v.note)))
        parts = [
            '<table cellspacing="0" border="1" width="100%">',
            *(f"<tr><th {head}>{html.escape(k)}</th><td {cell}>{val}</td></tr>" for k, val in rows),
            "</table>",
        ]
        if v.items:
            title = html.escape(self.tr("Evaluation of the plan items"))
            columns = (self.tr("Goal"), self.tr("Achievement"), self.tr("Comment"))
            parts.append(f"<h4>{title}</h4>")
            parts.append('<table cellspacing="0" border="1" width="100%">')
            parts.append(
                "<tr>" + "".join(f"<th {head}>{html.escape(c)}</th>" for c in columns) + "</tr>"
            )
            parts.extend(
                f"<tr><td {cell}>{e(i.goal)}</td><td {cell}>{e(i.achievement_label)}</td>"
                f"<td {cell}>{e(i.comment)}</td></tr>"
                for i in v.items
            )
            parts.append("</table>")
        return "".join(parts)

    def _closed(self) -> bool:
        return self.overview is None or self.overview.stage is CaseStage.CLOSED

    def _update_buttons(self) -> None:
        overview = self.overview
        open_case = not self._closed() and not self._busy and self._can_edit
        pending = overview.pending if overview else None
        has_plan = overview is not None and overview.plan is not None
        for widget in (self.scheduleCaption, self.scheduleEdit, self.scheduleButton):
            widget.setVisible(self._can_edit and pending is None and has_plan)
        self.scheduleButton.setEnabled(open_case)
        self.scheduleEdit.setEnabled(open_case)
        self.recordButton.setVisible(self._can_edit)
        self.recordButton.setEnabled(open_case and pending is not None and has_plan)

    def _done(self, notice: str) -> None:
        self._busy = False
        self._notice = notice
        set_message(self.messageLabel, notice, kind="info")
        self.changed.emit()
        self.reload()

    # --- actions ----------------------------------------------------------------------------

    def schedule(self) -> None:
        """Schedule the next review at the date typed (empty: the plan's next review date)."""
        if self._closed() or self._busy:
            return
        self._busy = True
        self._update_buttons()
        monitoring, principal, case_id = self._monitoring, self._principal, self.case_id
        due = self.scheduleEdit.text()

        def scheduled(view: ReviewView) -> None:
            self._done(
                self.tr("The review was scheduled for {date}.").format(date=_date(view.due_on))
            )

        run_op(self, lambda: monitoring.schedule(principal, case_id, due), scheduled, self._failed)

    def record_review(self) -> None:
        """Open the review form on the pending review."""
        overview = self.overview
        if overview is None or overview.pending is None or overview.plan is None:
            return
        if self._closed() or not self._can_edit:
            return
        dialog = ReviewDialog(
            self._monitoring, self._principal, overview.pending, overview.plan, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._recorded)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _recorded(self, result: ReviewResult) -> None:
        self._done(self.result_notice(result))

    def result_notice(self, result: ReviewResult) -> str:
        """What recording a review did, in plain words."""
        decision = result.review.decision
        if decision is MonitoringDecision.CONTINUE and result.next_review is not None:
            return self.tr("The review was recorded. The next review is on {date}.").format(
                date=_date(result.next_review.due_on)
            )
        if decision is MonitoringDecision.REVISE:
            return self.tr(
                "The review was recorded. The plan is under review and the case is back at "
                "\u201c{stage}\u201d: write a revised plan for the next coordination meeting."
            ).format(stage=label(result.stage))
        return self.tr(
            "The review was recorded and the plan has ended. The case is not closed yet: "
            "write the closure on the Closure tab."
        )


# --- the review dialog ----------------------------------------------------------------------


class ReviewDialog(QDialog):
    """Record a pending review: every plan item evaluated, then the decision.

    Attributes:
        achievementCombos: one combo box per plan item (no choice at first).
        commentEdits: one comment field per plan item.
        decisionButtons: the radio button of each decision.

    Signals:
        saved(object): the review was recorded (the :class:`ReviewResult`).
        save_failed(str): recording was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        monitoring: MonitoringService,
        principal: Principal,
        review: ReviewView,
        plan: PlanInForce,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Record the monitoring review"))
        self._monitoring = monitoring
        self._principal = principal
        self._review = review
        self._plan = plan
        self._busy = False
        self._invalid: list[QWidget] = []
        self.achievementCombos: dict[int, QComboBox] = {}
        self.commentEdits: dict[int, QLineEdit] = {}
        self.decisionButtons: dict[MonitoringDecision, QRadioButton] = {}
        self._build()
        self._decision_changed()
        self.resize(1040, 660)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("reviewMessageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        summary = QLabel(
            self.tr("Review due on {date} of plan no. {number}").format(
                date=_date(self._review.due_on), number=self._plan.plan_no
            ),
            self,
        )
        summary.setObjectName("reviewSummaryLabel")
        outer.addWidget(summary)

        self.formScroll = QScrollArea(self)
        self.formScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.formScroll.setWidgetResizable(True)
        body = QWidget(self.formScroll)
        form_layout = QVBoxLayout(body)

        top = QFormLayout()
        self.dateEdit = QLineEdit(body)
        self.dateEdit.setObjectName("reviewDateEdit")
        self.dateEdit.setText(fmt_date_input(dt.date.today()))
        self.dateEdit.setMaximumWidth(260)
        top.addRow(self.tr("Review &date"), self.dateEdit)
        form_layout.addLayout(top)

        items_box = QGroupBox(self.tr("Evaluation of each plan item (all required)"), body)
        grid = QFormLayout(items_box)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.itemsBox = items_box
        for item in self._plan.items:
            caption = QLabel(f"{item.number}. {item.goal or item.action}", items_box)
            caption.setWordWrap(True)
            caption.setMinimumWidth(320)
            caption.setMaximumWidth(420)
            if item.action and item.goal:
                caption.setToolTip(item.action)
            combo = QComboBox(items_box)
            combo.setObjectName(f"achievementCombo{item.number}")
            combo.addItem(self.tr("(choose)"), None)
            for achievement in Achievement:
                combo.addItem(label(achievement), str(achievement))
            comment = QLineEdit(items_box)
            comment.setObjectName(f"achievementComment{item.number}")
            comment.setPlaceholderText(self.tr("How it went"))
            line = QHBoxLayout()
            line.addWidget(combo)
            line.addWidget(comment, 1)
            grid.addRow(caption, line)
            self.achievementCombos[item.id] = combo
            self.commentEdits[item.id] = comment
        form_layout.addWidget(items_box)

        more = QFormLayout()
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deliveryEdit = _text_edit(body, "deliveryStatusEdit")
        more.addRow(self.tr("Delivery by the &agencies"), self.deliveryEdit)
        self.adviceEdit = _text_edit(body, "adviceEdit")
        more.addRow(self.tr("Advice &given"), self.adviceEdit)
        form_layout.addLayout(more)

        decision_box = QGroupBox(self.tr("Decision"), body)
        decision_layout = QVBoxLayout(decision_box)
        buttons_row = QHBoxLayout()
        self.decisionGroup = QButtonGroup(self)
        texts = {
            MonitoringDecision.CONTINUE: self.tr("&Continue"),
            MonitoringDecision.REVISE: self.tr("Re&vise the plan"),
            MonitoringDecision.CLOSE: self.tr("&End the support"),
        }
        for decision, text in texts.items():
            button = QRadioButton(text, decision_box)
            button.setObjectName(f"decision_{decision}")
            button.toggled.connect(lambda _on: self._decision_changed())
            self.decisionGroup.addButton(button)
            self.decisionButtons[decision] = button
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        decision_layout.addLayout(buttons_row)
        self.decisionHelp = QLabel(decision_box)
        self.decisionHelp.setObjectName("decisionHelpLabel")
        self.decisionHelp.setWordWrap(True)
        decision_layout.addWidget(self.decisionHelp)
        next_row = QHBoxLayout()
        self.nextCaption = QLabel(self.tr("&Next review (required to continue)"), decision_box)
        self.nextEdit = QLineEdit(decision_box)
        self.nextEdit.setObjectName("nextReviewEdit")
        self.nextEdit.setMaximumWidth(260)
        self.nextCaption.setBuddy(self.nextEdit)
        next_row.addWidget(self.nextCaption)
        next_row.addWidget(self.nextEdit)
        next_row.addStretch(1)
        decision_layout.addLayout(next_row)
        form_layout.addWidget(decision_box)
        form_layout.addStretch(1)
        self.formScroll.setWidget(body)
        outer.addWidget(self.formScroll, 1)

        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("&Save"), self)
        self.saveButton.setObjectName("saveReviewButton")
        self.saveButton.setAutoDefault(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setAutoDefault(False)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        outer.addWidget(buttons)

    def decision(self) -> MonitoringDecision | None:
        """The decision chosen, or None."""
        for decision, button in self.decisionButtons.items():
            if button.isChecked():
                return decision
        return None

    def choose(self, decision: MonitoringDecision) -> None:
        """Choose a decision."""
        self.decisionButtons[decision].setChecked(True)

    def set_achievement(self, plan_item_id: int, achievement: Achievement) -> None:
        """Choose an item's achievement."""
        combo = self.achievementCombos[plan_item_id]
        combo.setCurrentIndex(combo.findData(str(achievement)))

    def _decision_changed(self) -> None:
        decision = self.decision()
        helps = {
            None: self.tr("Choose what happens next."),
            MonitoringDecision.CONTINUE: self.tr(
                "The plan continues as it is. The next review is scheduled at the date given, "
                "which becomes the case's next due date."
            ),
            MonitoringDecision.REVISE: self.tr(
                "The plan is put under review and the case goes back to \u201cSupport plan "
                "draft\u201d: write a revised plan and submit it to the next coordination meeting."
            ),
            MonitoringDecision.CLOSE: self.tr(
                "The plan ends. The case stays open until the closure (reason and, where "
                "required, the chief counselor's approval) is written on the Closure tab."
            ),
        }
        self.decisionHelp.setText(helps[decision])
        continuing = decision is MonitoringDecision.CONTINUE
        self.nextCaption.setEnabled(continuing)
        self.nextEdit.setEnabled(continuing)

    def form_input(self) -> ReviewInput:
        """The form as the service's input."""
        items = []
        for item_id, combo in self.achievementCombos.items():
            data = combo.currentData()
            items.append(
                ItemEvaluation(
                    item_id,
                    Achievement(data) if data else None,
                    self.commentEdits[item_id].text(),
                )
            )
        decision = self.decision()
        return ReviewInput(
            reviewed_on=self.dateEdit.text(),
            items=tuple(items),
            decision=decision,
            delivery_status=self.deliveryEdit.toPlainText(),
            advice=self.adviceEdit.toPlainText(),
            next_review_on=(
                self.nextEdit.text() if decision is MonitoringDecision.CONTINUE else ""
            ),
        )

    def submit(self) -> None:
        """Record the review on the worker; the dialog closes when it is saved."""
        if self._busy:
            return
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []
        form = self.form_input()
        self._busy = True
        self.saveButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        monitoring, principal = self._monitoring, self._principal
        review_id, version = self._review.id, self._review.version
        run_op(
            self,
            lambda: monitoring.record(principal, review_id, form, version),
            self._saved,
            self._refused,
        )

    def _saved(self, result: ReviewResult) -> None:
        self._busy = False
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget: QWidget | None
            if error.field.startswith("items."):
                widget = self.achievementCombos.get(int(error.field.split(".", 1)[1]))
            else:
                widget = {
                    "reviewed_on": self.dateEdit,
                    "decision": self.decisionButtons[MonitoringDecision.CONTINUE],
                    "next_review_on": self.nextEdit,
                }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                self.formScroll.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())
