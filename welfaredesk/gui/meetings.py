"""The meetings screen (会議の一覧) and the case view's 会議 tab.

:class:`MeetingsDialog` lists meetings by period, kind and status; the chosen meeting is edited
on four pages: the meeting itself (type, date and time, place, chair, status, 定例/随時, legal
basis), its attendees (staff, an agency's person, guests; 出席/欠席 after the meeting), the
agenda with the decisions, and the minutes (会議録). Adding a case goes through the consent
gate of the meeting kind in the service; its message, which names the field, is shown under the
case number. Before a decision is recorded the screen says what it will do to the plan and the
case. The 次第, 出席者名簿 and 会議録 open in the PDF preview; printing or saving is audited.

:class:`CaseMeetingsWidget` shows one case's agenda history (date, meeting, purpose, decision).
Every service call runs on the database worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AgendaDecision, AgendaPurpose, MeetingKind, MeetingStatus
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import annotate, fmt_date_input, fmt_datetime, join_spaced
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.dto import Principal
from welfaredesk.services.meetings import (
    DECISION_EFFECTS,
    AgendaItemView,
    AttendeeInput,
    CaseMeetingRow,
    DecisionResult,
    MeetingInput,
    MeetingRow,
    MeetingService,
    MeetingType,
    MeetingView,
)

PAST_DAYS = 183
"""How far back the list looks by default."""
AHEAD_DAYS = 92
"""How far ahead the list looks by default."""


def _when(moment: dt.datetime) -> str:
    return fmt_datetime(moment, "short")


def _item(text: str, data: object = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


class MeetingsDialog(QDialog):
    """The meeting list and the editor of the chosen meeting.

    Signals:
        meetings_loaded(int): the list shows a search result (its number of rows).
        meeting_loaded(object): a :class:`MeetingView` is shown in the editor.
        decision_recorded(object): a :class:`DecisionResult` came back.
        refused(str): the service refused something (the message shown).
        preview_opened(object): the :class:`PdfPreviewDialog` of a paper is open.
    """

    meetings_loaded = Signal(int)
    meeting_loaded = Signal(object)
    decision_recorded = Signal(object)
    refused = Signal(str)
    preview_opened = Signal(object)
    series_scheduled = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meetings"))
        self.resize(1240, 760)
        self._meetings: MeetingService = ctx.meetings
        self._principal = principal
        self._can_manage = allowed(principal.role, Action.MEETING_MANAGE)
        self._today = today or dt.date.today()
        self._types: list[MeetingType] = []
        self._rows: list[MeetingRow] = []
        self.view: MeetingView | None = None
        self._new = False
        self._build()
        self._load_reference()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addLayout(self._filter_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.meetingTable = _table(
            self,
            "meetingTable",
            [self.tr("Date and time"), self.tr("Meeting"), self.tr("Status"), self.tr("Cases")],
        )
        # The date column fits a date and time in the screens' language (English is longer).
        sample = _when(dt.datetime(2026, 12, 28, 14, 0))
        when_width = max(112, self.fontMetrics().horizontalAdvance(sample) + 16)
        for column, width in enumerate((when_width, 160, 70)):
            self.meetingTable.horizontalHeader().resizeSection(column, width)
        self.meetingTable.setAccessibleName(self.tr("Meetings"))
        self.meetingTable.itemSelectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.meetingTable)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 770])
        outer.addWidget(splitter, 1)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        self._show(None)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.fromEdit = QDateEdit(self)
        self.toEdit = QDateEdit(self)
        for edit, day in (
            (self.fromEdit, self._today - dt.timedelta(days=PAST_DAYS)),
            (self.toEdit, self._today + dt.timedelta(days=AHEAD_DAYS)),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(lambda _d: self.reload())
        self.fromEdit.setObjectName("fromEdit")
        self.toEdit.setObjectName("toEdit")
        self.kindFilter = QComboBox(self)
        self.kindFilter.setObjectName("kindFilter")
        self.kindFilter.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kindFilter.addItem(label(kind), str(kind))
        self.statusFilter = QComboBox(self)
        self.statusFilter.setObjectName("statusFilter")
        self.statusFilter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.statusFilter.addItem(label(status), str(status))
        self.kindFilter.currentIndexChanged.connect(lambda _i: self.reload())
        self.statusFilter.currentIndexChanged.connect(lambda _i: self.reload())
        self.newButton = QPushButton(self.tr("&New meeting"), self)
        self.newButton.setObjectName("newButton")
        self.newButton.setVisible(self._can_manage)
        self.newButton.clicked.connect(self.new_meeting)
        period = QLabel(self.tr("Period"), self)
        period.setBuddy(self.fromEdit)
        until = QLabel(self.tr("to"), self)
        kind_label = QLabel(self.tr("Kind"), self)
        status_label = QLabel(self.tr("Status"), self)
        self.toEdit.setAccessibleName(self.tr("Period end"))
        kind_label.setBuddy(self.kindFilter)
        status_label.setBuddy(self.statusFilter)
        for widget in (period, self.fromEdit, until, self.toEdit, kind_label, self.kindFilter):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(status_label)
        bar.addWidget(self.statusFilter)
        bar.addStretch(1)
        bar.addWidget(self.newButton)
        return bar

    def _detail(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.titleLabel = QLabel(panel)
        self.titleLabel.setObjectName("meetingTitle")
        self.titleLabel.setProperty("role", "title")
        layout.addWidget(self.titleLabel)
        self.detailTabs = QTabWidget(panel)
        self.detailTabs.setObjectName("detailTabs")
        self.detailTabs.setAccessibleName(self.tr("Meeting details"))
        self.detailTabs.addTab(self._meeting_page(), self.tr("Meeting"))
        self.detailTabs.addTab(self._attendee_page(), self.tr("Attendees"))
        self.detailTabs.addTab(self._agenda_page(), self.tr("Agenda and decisions"))
        self.detailTabs.addTab(self._minutes_page(), self.tr("Minutes"))
        layout.addWidget(self.detailTabs, 1)
        prints = QHBoxLayout()
        self.printAgendaButton = QPushButton(self.tr("Print &agenda..."), panel)
        self.printAttendanceButton = QPushButton(self.tr("Print attendance &list..."), panel)
        self.printMinutesButton = QPushButton(self.tr("Print minu&tes..."), panel)
        for button, form in (
            (self.printAgendaButton, "agenda"),
            (self.printAttendanceButton, "attendance"),
            (self.printMinutesButton, "minutes"),
        ):
            button.setObjectName(f"print_{form}_button")
            button.clicked.connect(lambda _c=False, f=form: self.print_form(f))
            prints.addWidget(button)
        prints.addStretch(1)
        layout.addLayout(prints)
        return panel

    def _meeting_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.typeCombo = QComboBox(page)
        self.typeCombo.setObjectName("typeCombo")
        self.typeCombo.currentIndexChanged.connect(self._type_changed)
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.typeCombo.setMinimumWidth(260)
        self.typeHelp = QLabel(page)
        self.typeHelp.setWordWrap(True)
        self.typeHelp.setProperty("role", "caption")
        self.typeHelp.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dateEdit = QLineEdit(page)
        self.dateEdit.setObjectName("dateEdit")
        self.dateEdit.setPlaceholderText(self.tr("e.g. 2025-06-10"))
        self.timeEdit = QLineEdit(page)
        self.timeEdit.setObjectName("timeEdit")
        self.timeEdit.setPlaceholderText(self.tr("e.g. 14:00"))
        self.dateEdit.setAccessibleName(self.tr("Meeting date"))
        self.timeEdit.setAccessibleName(self.tr("Start time"))
        when = QHBoxLayout()
        when.addWidget(self.dateEdit, 2)
        when.addWidget(self.timeEdit, 1)
        self.placeEdit = QLineEdit(page)
        self.placeEdit.setObjectName("placeEdit")
        self.chairEdit = QLineEdit(page)
        self.chairEdit.setObjectName("chairEdit")
        self.statusCombo = QComboBox(page)
        self.statusCombo.setObjectName("statusCombo")
        self.statusCombo.setMinimumWidth(140)
        for status in MeetingStatus:
            self.statusCombo.addItem(label(status), str(status))
        self.regularCheck = QCheckBox(self.tr("Regular meeting (not ad hoc)"), page)
        self.regularCheck.setObjectName("regularCheck")
        self.legalBasisEdit = QLineEdit(page)
        self.legalBasisEdit.setObjectName("legalBasisEdit")
        self.legalBasisLabel = QLabel(self.tr("Legal basis"), page)
        self.saveButton = QPushButton(self.tr("&Save meeting"), page)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save_meeting)
        self.monthsSpin = QSpinBox(page)
        self.monthsSpin.setObjectName("monthsSpin")
        self.monthsSpin.setRange(1, 12)
        self.monthsSpin.setValue(11)
        self.monthsSpin.setSuffix(self.tr(" months"))
        self.monthsSpin.setAccessibleName(self.tr("Number of following months"))
        self.seriesButton = QPushButton(self.tr("Schedule the &following months"), page)
        self.seriesButton.setObjectName("seriesButton")
        self.seriesButton.setToolTip(
            self.tr(
                "Schedules this regular meeting on the same weekday of each following month "
                "(e.g. every third Tuesday); months that already have one are skipped."
            )
        )
        self.seriesButton.clicked.connect(lambda: self.schedule_monthly(self.monthsSpin.value()))
        form.addRow(self.tr("Meeting type"), self.typeCombo)
        form.addRow("", self.typeHelp)
        form.addRow(self.tr("Date and time"), when)
        form.addRow(self.tr("Place"), self.placeEdit)
        form.addRow(self.tr("Chair"), self.chairEdit)
        form.addRow(self.tr("Status"), self.statusCombo)
        form.addRow("", self.regularCheck)
        form.addRow(self.legalBasisLabel, self.legalBasisEdit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.monthsSpin)
        buttons.addWidget(self.seriesButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        form.addRow(buttons)
        return page

    def _attendee_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.attendeeTable = _table(
            page,
            "attendeeTable",
            [self.tr("Affiliation"), self.tr("Name"), self.tr("Type"), self.tr("Attendance")],
        )
        for column, width in enumerate((300, 160, 90)):
            self.attendeeTable.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.attendeeTable, 1)
        marks = QHBoxLayout()
        self.presentButton = QPushButton(self.tr("Mark &present"), page)
        self.absentButton = QPushButton(self.tr("Mark a&bsent"), page)
        self.removeAttendeeButton = QPushButton(self.tr("&Remove from the list"), page)
        self.presentButton.clicked.connect(lambda: self._attendance(True))
        self.absentButton.clicked.connect(lambda: self._attendance(False))
        self.removeAttendeeButton.clicked.connect(self._remove_attendee)
        for button in (self.presentButton, self.absentButton, self.removeAttendeeButton):
            marks.addWidget(button)
        marks.addStretch(1)
        layout.addLayout(marks)
        box = QGroupBox(self.tr("Add an attendee"), page)
        grid = QGridLayout(box)
        self.staffCombo = QComboBox(box)
        self.staffCombo.setObjectName("staffCombo")
        self.addStaffButton = QPushButton(self.tr("Add staff"), box)
        self.agencyCombo = QComboBox(box)
        self.agencyCombo.setObjectName("agencyCombo")
        self.agencyCombo.setMinimumContentsLength(24)
        self.agencyCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agencyPersonEdit = QLineEdit(box)
        self.agencyPersonEdit.setObjectName("agencyPersonEdit")
        self.agencyPersonEdit.setPlaceholderText(self.tr("Person's name"))
        self.addAgencyButton = QPushButton(self.tr("Add agency"), box)
        self.guestEdit = QLineEdit(box)
        self.guestEdit.setObjectName("guestEdit")
        self.guestEdit.setPlaceholderText(self.tr("Name and affiliation"))
        self.addGuestButton = QPushButton(self.tr("Add guest"), box)
        grid.addWidget(QLabel(self.tr("Staff"), box), 0, 0)
        grid.addWidget(self.staffCombo, 0, 1, 1, 2)
        grid.addWidget(self.addStaffButton, 0, 3)
        grid.addWidget(QLabel(self.tr("Agency"), box), 1, 0)
        grid.addWidget(self.agencyCombo, 1, 1)
        grid.addWidget(self.agencyPersonEdit, 1, 2)
        grid.addWidget(self.addAgencyButton, 1, 3)
        grid.addWidget(QLabel(self.tr("Guest"), box), 2, 0)
        grid.addWidget(self.guestEdit, 2, 1, 1, 2)
        grid.addWidget(self.addGuestButton, 2, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.addStaffButton.clicked.connect(
            lambda: self._add_attendee(AttendeeInput(user_id=self.staffCombo.currentData()))
        )
        self.addAgencyButton.clicked.connect(
            lambda: self._add_attendee(
                AttendeeInput(
                    agency_id=self.agencyCombo.currentData(), name=self.agencyPersonEdit.text()
                )
            )
        )
        self.addGuestButton.clicked.connect(
            lambda: self._add_attendee(AttendeeInput(name=self.guestEdit.text()))
        )
        layout.addWidget(box)
        return page

    def _agenda_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.ruleLabel = QLabel(page)
        self.ruleLabel.setObjectName("ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setProperty("role", "note")
        layout.addWidget(self.ruleLabel)
        add = QHBoxLayout()
        self.caseNumberEdit = QLineEdit(page)
        self.caseNumberEdit.setObjectName("caseNumberEdit")
        self.caseNumberEdit.setPlaceholderText(self.tr("Case number, e.g. R7-00012"))
        self.purposeCombo = QComboBox(page)
        self.purposeCombo.setObjectName("purposeCombo")
        for purpose in AgendaPurpose:
            self.purposeCombo.addItem(label(purpose), str(purpose))
        self.addItemButton = QPushButton(self.tr("Add to the a&genda"), page)
        self.addItemButton.setObjectName("addItemButton")
        self.addItemButton.clicked.connect(self.add_case)
        self.caseNumberEdit.returnPressed.connect(self.add_case)
        case_label = QLabel(self.tr("Case"), page)
        case_label.setBuddy(self.caseNumberEdit)
        purpose_label = QLabel(self.tr("Purpose"), page)
        purpose_label.setBuddy(self.purposeCombo)
        add.addWidget(case_label)
        add.addWidget(self.caseNumberEdit, 1)
        add.addWidget(purpose_label)
        add.addWidget(self.purposeCombo)
        add.addWidget(self.addItemButton)
        layout.addLayout(add)
        self.agendaTable = _table(
            page,
            "agendaTable",
            [
                self.tr("Order"),
                self.tr("Case number"),
                self.tr("Client"),
                self.tr("Consent"),
                self.tr("Purpose"),
                self.tr("Plan"),
                self.tr("Meeting decision"),
            ],
        )
        header = self.agendaTable.horizontalHeader()
        for column, width in enumerate((40, 100, 150, 80, 90, 140)):
            # At least as wide as the column's title (English titles are longer).
            title = self.agendaTable.horizontalHeaderItem(column)
            needed = header.fontMetrics().horizontalAdvance(title.text()) + 16 if title else 0
            header.resizeSection(column, max(width, needed))
        self.agendaTable.setAccessibleName(self.tr("Agenda"))
        self.agendaTable.itemSelectionChanged.connect(self._item_changed)
        layout.addWidget(self.agendaTable, 1)
        order = QHBoxLayout()
        self.upButton = QPushButton(self.tr("Move &up"), page)
        self.downButton = QPushButton(self.tr("Move &down"), page)
        self.removeItemButton = QPushButton(self.tr("Remo&ve from the agenda"), page)
        self.upButton.clicked.connect(lambda: self._move(-1))
        self.downButton.clicked.connect(lambda: self._move(1))
        self.removeItemButton.clicked.connect(self._remove_item)
        for button in (self.upButton, self.downButton, self.removeItemButton):
            order.addWidget(button)
        order.addStretch(1)
        layout.addLayout(order)
        box = QGroupBox(self.tr("Decision on the chosen case"), page)
        self.decisionBox = box
        grid = QGridLayout(box)
        self.decisionCombo = QComboBox(box)
        self.decisionCombo.setObjectName("decisionCombo")
        for decision in AgendaDecision:
            self.decisionCombo.addItem(label(decision), str(decision))
        self.decisionCombo.currentIndexChanged.connect(lambda _i: self._show_effect())
        self.effectLabel = QLabel(box)
        self.effectLabel.setObjectName("effectLabel")
        self.effectLabel.setWordWrap(True)
        self.effectLabel.setProperty("role", "note")
        self.noteEdit = QPlainTextEdit(box)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setPlaceholderText(self.tr("What was decided: roles, next review"))
        self.noteEdit.setFixedHeight(64)
        self.recordButton = QPushButton(self.tr("Re&cord decision"), box)
        self.recordButton.setObjectName("recordButton")
        self.recordButton.clicked.connect(self.record_decision)
        grid.addWidget(QLabel(self.tr("Meeting decision"), box), 0, 0)
        grid.addWidget(self.decisionCombo, 0, 1)
        grid.addWidget(self.effectLabel, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Decision note"), box), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.noteEdit, 1, 1, 1, 2)
        grid.addWidget(self.recordButton, 1, 3, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)
        return page

    def _minutes_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.minutesBasisLabel = QLabel(page)
        self.minutesBasisLabel.setObjectName("minutesBasisLabel")
        self.minutesBasisLabel.setWordWrap(True)
        self.minutesBasisLabel.setProperty("role", "note")
        layout.addWidget(self.minutesBasisLabel)
        self.minutesEdit = QPlainTextEdit(page)
        self.minutesEdit.setObjectName("minutesEdit")
        self.minutesEdit.setPlaceholderText(
            self.tr("The record of the meeting: what was discussed and agreed")
        )
        layout.addWidget(self.minutesEdit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saveMinutesButton = QPushButton(self.tr("Save the &minutes"), page)
        self.saveMinutesButton.setObjectName("saveMinutesButton")
        self.saveMinutesButton.clicked.connect(self.save_minutes)
        buttons.addWidget(self.saveMinutesButton)
        layout.addLayout(buttons)
        return page

    # --- loading --------------------------------------------------------------------------

    def _load_reference(self) -> None:
        meetings, principal, manage = self._meetings, self._principal, self._can_manage

        def load() -> tuple[list[MeetingType], list[tuple[int, str]], list[tuple[int, str]]]:
            types = meetings.meeting_types(principal)
            if not manage:
                return types, [], []
            return types, meetings.staff(principal), meetings.agencies(principal)

        run_op(self, load, self._reference_loaded, self._refused)

    def _reference_loaded(
        self, result: tuple[list[MeetingType], list[tuple[int, str]], list[tuple[int, str]]]
    ) -> None:
        types, staff, agencies = result
        self._types = types
        self.typeCombo.blockSignals(True)
        self.typeCombo.clear()
        for mtype in types:
            self.typeCombo.addItem(mtype.label, mtype.code)
        self.typeCombo.blockSignals(False)
        self.staffCombo.clear()
        for user_id, name in staff:
            self.staffCombo.addItem(name, user_id)
        self.agencyCombo.clear()
        for agency_id, name in agencies:
            self.agencyCombo.addItem(name, agency_id)
        self.reload()

    def reload(self, *, select_id: int | None = None) -> None:
        """Search the meetings again (keeping the chosen one chosen, if it is still listed)."""
        meetings, principal = self._meetings, self._principal
        kind_code = self.kindFilter.currentData()
        status_code = self.statusFilter.currentData()
        date_from: dt.date = self.fromEdit.date().toPython()  # type: ignore[assignment]
        date_to: dt.date = self.toEdit.date().toPython()  # type: ignore[assignment]
        kind = MeetingKind(kind_code) if kind_code else None
        status = MeetingStatus(status_code) if status_code else None
        keep = select_id if select_id is not None else (self.view.id if self.view else None)
        run_op(
            self,
            lambda: meetings.list(
                principal, date_from=date_from, date_to=date_to, kind=kind, status=status
            ),
            lambda rows: self._listed(rows, keep),
            self._refused,
        )

    def _listed(self, rows: list[MeetingRow], keep: int | None) -> None:
        self._rows = rows
        table = self.meetingTable
        table.blockSignals(True)
        table.setRowCount(len(rows))
        chosen = -1
        for index, row in enumerate(rows):
            kind = row.type_label
            table.setItem(index, 0, _item(_when(row.held_at), row.id))
            table.setItem(index, 1, _item(kind))
            table.setItem(index, 2, _item(row.status_label))
            count = (
                self.tr("Cases: {n}, decided: {d}").format(n=row.agenda_count, d=row.decided_count)
                if row.agenda_count
                else ""
            )
            table.setItem(index, 3, _item(count))
            if row.id == keep:
                chosen = index
        table.blockSignals(False)
        if chosen >= 0:
            table.selectRow(chosen)
        self.meetings_loaded.emit(len(rows))

    def _selection_changed(self) -> None:
        rows = self.meetingTable.selectionModel().selectedRows()
        if not rows:
            return
        cell = self.meetingTable.item(rows[0].row(), 0)
        if cell is None:
            return
        meeting_id = cell.data(Qt.ItemDataRole.UserRole)
        if self.view is not None and self.view.id == meeting_id and not self._new:
            return
        self.open_meeting(int(meeting_id))

    def open_meeting(self, meeting_id: int) -> None:
        """Load a meeting into the editor."""
        meetings, principal = self._meetings, self._principal
        run_op(self, lambda: meetings.get(principal, meeting_id), self._show, self._refused)

    # --- showing --------------------------------------------------------------------------

    def _show(self, view: MeetingView | None) -> None:
        self.view = view
        self._new = False
        self._clear_marks()
        has = view is not None
        manage = self._can_manage and (view.can_manage if view else True)
        for page in (1, 2, 3):
            self.detailTabs.setTabEnabled(page, has)
        for button in (
            self.printAgendaButton,
            self.printAttendanceButton,
            self.printMinutesButton,
        ):
            button.setEnabled(has)
        for widget in (
            self.typeCombo,
            self.dateEdit,
            self.timeEdit,
            self.placeEdit,
            self.chairEdit,
            self.statusCombo,
            self.regularCheck,
            self.legalBasisEdit,
            self.minutesEdit,
        ):
            widget.setEnabled(manage and has)
        regular = has and view is not None and view.regular and not self._new
        self.seriesButton.setVisible(manage and regular)
        self.monthsSpin.setVisible(manage and regular)
        for button in (
            self.saveButton,
            self.saveMinutesButton,
            self.presentButton,
            self.absentButton,
            self.removeAttendeeButton,
            self.addItemButton,
            self.upButton,
            self.downButton,
            self.removeItemButton,
        ):
            button.setVisible(manage)
        self.decisionBox.setVisible(manage)
        if view is None:
            self.titleLabel.setText(self.tr("Choose a meeting from the list"))
            self._fill_form(None)
            self.attendeeTable.setRowCount(0)
            self.agendaTable.setRowCount(0)
            self.minutesEdit.setPlainText("")
            return
        self.titleLabel.setText(
            annotate(
                join_spaced((view.type_label, fmt_datetime(view.held_at))),
                view.status_label,
                spaced=True,
            )
        )
        self._fill_form(view)
        self._fill_attendees(view)
        self._fill_agenda(view)
        self.minutesEdit.setPlainText(view.minutes)
        self._show_rule(view)
        self.meeting_loaded.emit(view)

    def _fill_form(self, view: MeetingView | None) -> None:
        if view is None:
            for edit in (self.dateEdit, self.timeEdit, self.placeEdit, self.chairEdit):
                edit.clear()
            self.legalBasisEdit.clear()
            self._type_changed()
            return
        index = self.typeCombo.findData(view.type_code)
        self.typeCombo.blockSignals(True)
        self.typeCombo.setCurrentIndex(max(index, 0))
        self.typeCombo.blockSignals(False)
        self.dateEdit.setText(fmt_date_input(view.held_at.date()))
        self.timeEdit.setText(f"{view.held_at:%H:%M}")
        self.placeEdit.setText(view.place)
        self.chairEdit.setText(view.chair)
        self.statusCombo.setCurrentIndex(max(self.statusCombo.findData(str(view.status)), 0))
        self.regularCheck.setChecked(view.regular)
        self.legalBasisEdit.setText(view.legal_basis)
        self._type_changed(keep_values=True)

    def _current_type(self) -> MeetingType | None:
        code = self.typeCombo.currentData()
        return next((t for t in self._types if t.code == code), None)

    def _type_changed(self, _index: int = 0, *, keep_values: bool = False) -> None:
        mtype = self._current_type()
        self.typeHelp.setText(mtype.help_text if mtype else "")
        statutory = mtype is not None and mtype.kind is MeetingKind.STATUTORY
        self.legalBasisLabel.setVisible(statutory)
        self.legalBasisEdit.setVisible(statutory)
        coordination = mtype is not None and mtype.kind is MeetingKind.COORDINATION
        # 定例 / 随時 of a 支援調整会議 is its type (two types in the list).
        self.regularCheck.setEnabled(not coordination and self.typeCombo.isEnabled())
        if mtype is not None and not keep_values:
            self.regularCheck.setChecked(mtype.regular)
            if statutory and not self.legalBasisEdit.text().strip():
                self.legalBasisEdit.setText(mtype.legal_basis)

    def _show_rule(self, view: MeetingView) -> None:
        rules = {
            MeetingKind.COORDINATION: self.tr(
                "Support coordination meeting: only cases with the person's recorded consent."
            ),
            MeetingKind.STATUTORY: self.tr(
                "Support meeting (Article 9): cases without consent, for sharing information "
                "between agencies. Members must keep what they learn confidential."
            ),
            MeetingKind.NETWORK: self.tr(
                "Network promotion meeting: no individual cases; its papers print "
                "aggregate numbers only."
            ),
            MeetingKind.OTHER: self.tr("Other meeting."),
        }
        self.ruleLabel.setText(rules[view.kind])
        network = view.kind is MeetingKind.NETWORK
        for widget in (self.caseNumberEdit, self.purposeCombo, self.addItemButton):
            widget.setEnabled(not network)
        if view.kind is MeetingKind.STATUTORY:
            self.minutesBasisLabel.setText(
                self.tr("Legal basis: {basis}. Members must not disclose what they learn.").format(
                    basis=view.legal_basis
                )
            )
            self.minutesBasisLabel.show()
        else:
            self.minutesBasisLabel.hide()

    def _fill_attendees(self, view: MeetingView) -> None:
        table = self.attendeeTable
        table.setRowCount(len(view.attendees))
        for row, person in enumerate(view.attendees):
            if person.attended is None:
                mark = ""
            else:
                mark = self.tr("Present") if person.attended else self.tr("Absent")
            table.setItem(row, 0, _item(person.affiliation, person.id))
            table.setItem(row, 1, _item(person.name))
            table.setItem(row, 2, _item(person.kind_label))
            table.setItem(row, 3, _item(mark))

    def _fill_agenda(self, view: MeetingView) -> None:
        table = self.agendaTable
        keep = self._selected_item_id()
        table.blockSignals(True)
        table.setRowCount(len(view.agenda))
        chosen = -1
        for row, item in enumerate(view.agenda):
            table.setItem(row, 0, _item(str(item.sort_order), item.id))
            table.setItem(row, 1, _item(item.case_number))
            table.setItem(row, 2, _item(item.client_name))
            table.setItem(row, 3, _item(item.consent_label))
            table.setItem(row, 4, _item(item.purpose_label))
            table.setItem(row, 5, _item(item.plan_label))
            table.setItem(row, 6, _item(item.decision_label))
            if item.id == keep:
                chosen = row
        table.blockSignals(False)
        if chosen >= 0:
            table.selectRow(chosen)
        self._item_changed()

    def _selected_item_id(self) -> int | None:
        rows = self.agendaTable.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.agendaTable.item(rows[0].row(), 0)
        return int(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    def _selected_item(self) -> AgendaItemView | None:
        item_id = self._selected_item_id()
        if self.view is None or item_id is None:
            return None
        return next((i for i in self.view.agenda if i.id == item_id), None)

    def _item_changed(self) -> None:
        item = self._selected_item()
        has = item is not None
        visible = bool(item and item.visible)
        for button in (self.upButton, self.downButton):
            button.setEnabled(has)
        self.removeItemButton.setEnabled(visible and item is not None and item.decision is None)
        can_decide = bool(self.view and self.view.decisions_open and visible)
        for widget in (self.decisionCombo, self.noteEdit, self.recordButton):
            widget.setEnabled(can_decide)
        if item is not None and item.decision is not None:
            self.decisionCombo.setCurrentIndex(self.decisionCombo.findData(str(item.decision)))
            self.noteEdit.setPlainText(item.decision_note)
        elif item is not None:
            self.noteEdit.setPlainText("")
        self._show_effect()

    def _show_effect(self) -> None:
        item = self._selected_item()
        if self.view is not None and not self.view.decisions_open:
            text = self.tr(
                "Decisions can be recorded once the meeting has been held (or its day has come)."
            )
        elif item is None:
            text = self.tr("Choose a case on the agenda to record the meeting's decision.")
        elif not item.visible:
            text = self.tr("You may not see this case.")
        elif item.decision is not None:
            text = self.tr("Decision recorded: {decision}. Only its note can be changed.").format(
                decision=item.decision_label
            )
        else:
            decision = AgendaDecision(self.decisionCombo.currentData())
            text = DECISION_EFFECTS[decision]
        self.effectLabel.setText(text)

    # --- actions --------------------------------------------------------------------------

    def new_meeting(self) -> None:
        """Clear the editor for a new meeting (saved with 会議を保存)."""
        self.meetingTable.clearSelection()
        self._show(None)
        self._new = True
        set_message(self.messageLabel, "")  # what was said about the last meeting
        self.titleLabel.setText(self.tr("New meeting"))
        for widget in (
            self.typeCombo,
            self.dateEdit,
            self.timeEdit,
            self.placeEdit,
            self.chairEdit,
            self.statusCombo,
            self.regularCheck,
            self.legalBasisEdit,
        ):
            widget.setEnabled(True)
        self.typeCombo.setCurrentIndex(0)
        self.statusCombo.setCurrentIndex(0)
        self.timeEdit.setText("14:00")
        self._type_changed()
        self.detailTabs.setCurrentIndex(0)
        self.typeCombo.setFocus()

    def save_meeting(self) -> None:
        """Save the meeting form (a new meeting, or the one shown)."""
        meetings, principal = self._meetings, self._principal
        view = None if self._new else self.view
        form = MeetingInput(
            type_code=str(self.typeCombo.currentData() or ""),
            held_on=self.dateEdit.text(),
            held_time=self.timeEdit.text(),
            place=self.placeEdit.text(),
            chair=self.chairEdit.text(),
            status=MeetingStatus(self.statusCombo.currentData()),
            regular=self.regularCheck.isChecked(),
            legal_basis=self.legalBasisEdit.text(),
            version=view.version if view else None,
        )
        meeting_id = view.id if view else None
        self._call(
            lambda: meetings.save(principal, form, meeting_id=meeting_id),
            self.tr("The meeting was saved."),
            relist=True,
        )

    def schedule_monthly(self, months: int) -> None:
        """Schedule the shown regular meeting for the following ``months`` months."""
        view = self.view
        if view is None or self._new:
            return
        meetings, principal, meeting_id = self._meetings, self._principal, view.id

        def done(made: list[MeetingView]) -> None:
            set_message(
                self.messageLabel,
                self.tr("{count} meetings were scheduled.").format(count=len(made))
                if made
                else self.tr("Every month already has this meeting; nothing was added."),
                kind="info",
            )
            self.reload(select_id=meeting_id)
            self.series_scheduled.emit(len(made))

        run_op(
            self,
            lambda: meetings.schedule_monthly(principal, meeting_id, months),
            done,
            self._refused,
        )

    def save_minutes(self) -> None:
        """Save the minutes (会議録)."""
        view = self.view
        if view is None:
            return
        meetings, principal, text = self._meetings, self._principal, self.minutesEdit.toPlainText()
        self._call(
            lambda: meetings.save_minutes(principal, view.id, text, view.version),
            self.tr("The minutes were saved."),
        )

    def add_case(self) -> None:
        """Put the typed case number on the agenda with the chosen purpose."""
        view = self.view
        if view is None:
            return
        meetings, principal = self._meetings, self._principal
        number = self.caseNumberEdit.text()
        purpose = AgendaPurpose(self.purposeCombo.currentData())

        def done(result: MeetingView) -> None:
            self.caseNumberEdit.clear()
            self._saved(result, self.tr("The case was added to the agenda."))

        mark_invalid(self.caseNumberEdit, False)
        run_op(
            self,
            lambda: meetings.add_agenda_item(principal, view.id, number, purpose),
            done,
            self._refused,
        )

    def record_decision(self) -> None:
        """Record the chosen decision on the chosen agenda item."""
        item = self._selected_item()
        if item is None:
            return
        meetings, principal = self._meetings, self._principal
        decision = AgendaDecision(self.decisionCombo.currentData())
        note = self.noteEdit.toPlainText()

        def done(result: DecisionResult) -> None:
            parts = [self.tr("The decision was recorded.")]
            if result.plan_status is not None:
                parts.append(self.tr("Plan: {status}.").format(status=label(result.plan_status)))
            if result.case_stage is not None:
                parts.append(self.tr("Case: {stage}.").format(stage=label(result.case_stage)))
            self._saved(result.meeting, " ".join(parts))
            self.decision_recorded.emit(result)

        run_op(
            self,
            lambda: meetings.record_decision(principal, item.id, decision, note, item.version),
            done,
            self._refused,
        )

    def _move(self, step: int) -> None:
        item_id = self._selected_item_id()
        if item_id is None:
            return
        meetings, principal = self._meetings, self._principal
        self._call(lambda: meetings.move_agenda_item(principal, item_id, step), "")

    def _remove_item(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        meetings, principal = self._meetings, self._principal
        self._call(
            lambda: meetings.remove_agenda_item(principal, item.id, item.version),
            self.tr("The case was taken off the agenda."),
        )

    def _selected_attendee(self) -> tuple[int, int] | None:
        rows = self.attendeeTable.selectionModel().selectedRows()
        if not rows or self.view is None:
            return None
        cell = self.attendeeTable.item(rows[0].row(), 0)
        attendee_id = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        found = next((a for a in self.view.attendees if a.id == attendee_id), None)
        return (found.id, found.version) if found else None

    def _attendance(self, attended: bool) -> None:
        chosen = self._selected_attendee()
        if chosen is None:
            return
        meetings, principal = self._meetings, self._principal
        attendee_id, version = chosen
        self._call(lambda: meetings.set_attendance(principal, attendee_id, attended, version), "")

    def _remove_attendee(self) -> None:
        chosen = self._selected_attendee()
        if chosen is None:
            return
        meetings, principal = self._meetings, self._principal
        attendee_id, version = chosen
        self._call(lambda: meetings.remove_attendee(principal, attendee_id, version), "")

    def _add_attendee(self, form: AttendeeInput) -> None:
        view = self.view
        if view is None:
            return
        meetings, principal = self._meetings, self._principal

        def done(result: MeetingView) -> None:
            self.guestEdit.clear()
            self.agencyPersonEdit.clear()
            self._saved(result, self.tr("The attendee was added."))

        run_op(self, lambda: meetings.add_attendee(principal, view.id, form), done, self._refused)

    def _call(self, op: Callable[[], MeetingView], message: str, *, relist: bool = False) -> None:
        self._clear_marks()

        def done(result: MeetingView) -> None:
            self._saved(result, message)
            if relist:
                self.reload(select_id=result.id)

        run_op(self, op, done, self._refused)

    def _saved(self, view: MeetingView, message: str) -> None:
        self._show(view)
        set_message(self.messageLabel, message, kind="info")
        self._update_list_row(view)

    def _update_list_row(self, view: MeetingView) -> None:
        for index in range(self.meetingTable.rowCount()):
            cell = self.meetingTable.item(index, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == view.id:
                decided = sum(1 for i in view.agenda if i.decision is not None)
                count = (
                    self.tr("Cases: {n}, decided: {d}").format(n=len(view.agenda), d=decided)
                    if view.agenda
                    else ""
                )
                self.meetingTable.setItem(index, 2, _item(view.status_label))
                self.meetingTable.setItem(index, 3, _item(count))

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "type_code": self.typeCombo,
            "held_on": self.dateEdit,
            "held_time": self.timeEdit,
            "place": self.placeEdit,
            "status": self.statusCombo,
            "legal_basis": self.legalBasisEdit,
            "case_id": self.caseNumberEdit,
            "case_number": self.caseNumberEdit,
            "purpose": self.purposeCombo,
            "decision": self.decisionCombo,
            "user_id": self.staffCombo,
            "agency_id": self.agencyCombo,
            "name": self.guestEdit,
        }.get(field)

    def _clear_marks(self) -> None:
        for field in ("type_code", "held_on", "held_time", "place", "case_id", "purpose"):
            widget = self._field_widget(field)
            if widget is not None:
                mark_invalid(widget, False)

    def _refused(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget = self._field_widget(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                widget.setFocus()
        self.refused.emit(error.text())

    # --- printing -------------------------------------------------------------------------

    def print_form(self, form: str) -> None:
        """Build one of the meeting papers and show it in the PDF preview."""
        view = self.view
        if view is None:
            return
        meetings, principal = self._meetings, self._principal
        names = {
            "agenda": self.tr("Agenda"),
            "attendance": self.tr("Attendance list"),
            "minutes": self.tr("Minutes"),
        }
        title = f"{view.type_label} {names[form]} {view.held_at:%Y-%m-%d}"
        printer = {
            "agenda": meetings.print_agenda,
            "attendance": meetings.print_attendance,
            "minutes": meetings.print_minutes,
        }[form]
        set_message(self.messageLabel, self.tr("Preparing the document..."), kind="info")

        meeting_id = view.id

        def opened(dialog: PdfPreviewDialog) -> None:
            set_message(self.messageLabel, "")
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: printer(principal, meeting_id, out),
            file_name=f"meeting_{form}.pdf",
            title=title,
            record_output=lambda to_file: meetings.record_output(
                principal, meeting_id, form, to_file=to_file
            ),
            opened=opened,
            failed=self._refused,
        )


class CaseMeetingsWidget(QWidget):
    """The case view's 会議 tab: the meetings the case was on, newest first.

    Signals:
        loaded(int): the history is shown (its number of rows).
    """

    loaded = Signal(int)

    def __init__(
        self,
        meetings: MeetingService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._principal = principal
        self.case_id = case_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.caption = QLabel(
            self.tr(
                "Meetings this case was discussed at, with the purpose and the decision. "
                "Meetings are scheduled and decided on the meetings screen (Consultation menu)."
            ),
            self,
        )
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "caption")
        layout.addWidget(self.caption)
        self.table = _table(
            self,
            "caseMeetingTable",
            [
                self.tr("Date and time"),
                self.tr("Meeting"),
                self.tr("Status"),
                self.tr("Purpose"),
                self.tr("Meeting decision"),
                self.tr("Decision note"),
            ],
        )
        for column, width in enumerate((150, 190, 90, 100, 120)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Meetings of this case"))
        layout.addWidget(self.table, 1)
        self.emptyLabel = QLabel(self.tr("This case has not been on a meeting's agenda."), self)
        self.emptyLabel.setProperty("role", "note")
        layout.addWidget(self.emptyLabel)
        self.emptyLabel.hide()

    def load(self) -> None:
        """Load the history on the database worker."""
        meetings, principal, case_id = self._meetings, self._principal, self.case_id
        run_op(self, lambda: meetings.cases_meetings(principal, case_id), self._show)

    def _show(self, rows: list[CaseMeetingRow]) -> None:
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self.table.setItem(index, 0, _item(_when(row.held_at), row.meeting_id))
            self.table.setItem(index, 1, _item(row.type_label or row.kind_label))
            self.table.setItem(index, 2, _item(row.status_label))
            self.table.setItem(index, 3, _item(row.purpose_label))
            self.table.setItem(index, 4, _item(row.decision_label or self.tr("Not decided")))
            self.table.setItem(index, 5, _item(row.decision_note))
        self.emptyLabel.setVisible(not rows)
        self.loaded.emit(len(rows))
