"""Recording a change of the person's consent (本人同意), and the history of earlier ones.

:class:`ConsentDialog` records a new consent through :meth:`ConsentService.record`: whether
the person agreed, when and how, and the scope (the agencies, the meetings and the kinds of
information). The agency checklist lists every active agency (read by the caller with
:meth:`AgencyService.search`), with the consented ones checked and a filter box. A refused
field is named in the message and focused; nothing typed is lost.
:class:`ConsentHistoryDialog` lists every consent recorded on the case, newest first.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import (
    ConsentMethod,
    ConsentStatus,
    MeetingKind,
    SharedInfo,
    label,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.wareki import format_wareki
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.consents import (
    ConsentInput,
    ConsentOverview,
    ConsentService,
    ConsentView,
)
from welfaredesk.services.dto import AgencyRow, Principal

MEETING_KINDS = tuple(k for k in MeetingKind if k is not MeetingKind.NETWORK)
"""The meetings a person may agree to (a 相談支援包括化推進会議 never carries a case)."""


class ConsentDialog(QDialog):
    """Record the person's consent (a new version; earlier ones stay in the history).

    Signals:
        saved(object): the consent was recorded (the new :class:`ConsentOverview`).
        save_failed(str): recording was refused (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        consents: ConsentService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        overview: ConsentOverview,
        agency_rows: list[AgencyRow],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record or change consent"))
        self._consents = consents
        self._principal = principal
        self._case_id = case_id
        self._overview = overview
        self._invalid: list[QWidget] = []
        self._busy = False
        self._build()
        self._prefill(overview.current)
        self._fill_agencies(agency_rows)
        self.resize(900, 700)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("consentMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("consentStatusCombo")
        for status in (ConsentStatus.GIVEN, ConsentStatus.REFUSED):
            self.statusCombo.addItem(label(status), str(status))
        self.statusCombo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        form.addRow(self.tr("Con&sent"), self.statusCombo)
        line = QHBoxLayout()
        self.dateEdit = QLineEdit(self)
        self.dateEdit.setObjectName("consentDateEdit")
        self.dateEdit.setPlaceholderText(self.tr("e.g. 2025-06-10"))
        line.addWidget(self.dateEdit, 1)
        method_label = QLabel(self.tr("&Method"), self)
        self.methodCombo = QComboBox(self)
        self.methodCombo.setObjectName("consentMethodCombo")
        self.methodCombo.addItem(self.tr("(not chosen)"), None)
        for method in ConsentMethod:
            self.methodCombo.addItem(label(method), str(method))
        method_label.setBuddy(self.methodCombo)
        line.addSpacing(12)
        line.addWidget(method_label)
        line.addWidget(self.methodCombo, 1)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.dateEdit)
        form.addRow(date_label, line)
        outer.addLayout(form)

        scope = QHBoxLayout()
        self.agencyBox = QGroupBox(self.tr("Agencies the person agreed to"), self)
        agency_layout = QVBoxLayout(self.agencyBox)
        self.agencyFilterEdit = QLineEdit(self.agencyBox)
        self.agencyFilterEdit.setObjectName("consentAgencyFilterEdit")
        self.agencyFilterEdit.setPlaceholderText(self.tr("Filter by name or section"))
        self.agencyFilterEdit.setClearButtonEnabled(True)
        self.agencyFilterEdit.textChanged.connect(self._filter_agencies)
        agency_layout.addWidget(self.agencyFilterEdit)
        self.agencyList = QListWidget(self.agencyBox)
        self.agencyList.setObjectName("consentAgencyList")
        self.agencyList.setSpacing(1)
        self.agencyList.itemChanged.connect(lambda _item: self._count_agencies())
        agency_layout.addWidget(self.agencyList, 1)
        self.agencyCountLabel = QLabel(self.agencyBox)
        self.agencyCountLabel.setProperty("role", "caption")
        agency_layout.addWidget(self.agencyCountLabel)
        scope.addWidget(self.agencyBox, 3)

        right = QVBoxLayout()
        self.meetingBox = QGroupBox(self.tr("Meetings"), self)
        meeting_layout = QVBoxLayout(self.meetingBox)
        self.meetingChecks: dict[MeetingKind, QCheckBox] = {}
        for kind in MEETING_KINDS:
            check = QCheckBox(label(kind), self.meetingBox)
            check.setObjectName(f"consentMeeting_{kind}")
            meeting_layout.addWidget(check)
            self.meetingChecks[kind] = check
        right.addWidget(self.meetingBox)
        self.infoBox = QGroupBox(self.tr("Information that may be shared"), self)
        info_layout = QVBoxLayout(self.infoBox)
        self.infoChecks: dict[SharedInfo, QCheckBox] = {}
        for item in SharedInfo:
            check = QCheckBox(label(item), self.infoBox)
            check.setObjectName(f"consentInfo_{item}")
            info_layout.addWidget(check)
            self.infoChecks[item] = check
        right.addWidget(self.infoBox)
        right.addStretch(1)
        scope.addLayout(right, 2)
        outer.addLayout(scope, 1)

        notes_label = QLabel(self.tr("&Notes"), self)
        self.notesEdit = QPlainTextEdit(self)
        self.notesEdit.setObjectName("consentNotesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setFixedHeight(64)
        notes_label.setBuddy(self.notesEdit)
        outer.addWidget(notes_label)
        outer.addWidget(self.notesEdit)

        buttons = QDialogButtonBox(self)
        self.saveButton = QPushButton(self.tr("Sa&ve"), self)
        self.saveButton.setObjectName("saveConsentButton")
        self.saveButton.setDefault(True)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        outer.addWidget(buttons)

    def _prefill(self, current: ConsentView) -> None:
        given = current.status is ConsentStatus.GIVEN
        self.statusCombo.setCurrentIndex(1 if current.status is ConsentStatus.REFUSED else 0)
        self.dateEdit.setText(format_wareki(dt.date.today()))
        if given:
            index = self.methodCombo.findData(str(current.method) if current.method else None)
            self.methodCombo.setCurrentIndex(max(index, 0))
            for kind, check in self.meetingChecks.items():
                check.setChecked(kind in current.meeting_kinds)
            for item, check in self.infoChecks.items():
                check.setChecked(item in current.info_items)
        self._update_enabled()

    def _fill_agencies(self, rows: list[AgencyRow]) -> None:
        current = self._overview.current
        consented = set(current.agency_ids) if current.status is ConsentStatus.GIVEN else set[int]()
        self.agencyList.blockSignals(True)
        # The agencies consented to first, then the others (each in kana order).
        for row in sorted(rows, key=lambda r: r.id not in consented):
            if not row.active and row.id not in consented:
                continue
            text = (
                f"{row.name}（{row.section}）"
                if row.section and row.section not in row.name
                else row.name
            )
            item = QListWidgetItem(text, self.agencyList)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{row.name} {row.kana} {row.section}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in consented else Qt.CheckState.Unchecked
            )
        self.agencyList.blockSignals(False)
        self._count_agencies()

    def _filter_agencies(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.agencyList.count()):
            item = self.agencyList.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(bool(needle) and needle not in haystack)

    def _count_agencies(self) -> None:
        self.agencyCountLabel.setText(
            self.tr("{count} agencies chosen").format(count=len(self.agency_ids()))
        )

    def _update_enabled(self) -> None:
        given = self.statusCombo.currentData() == str(ConsentStatus.GIVEN)
        for widget in (
            self.dateEdit,
            self.methodCombo,
            self.agencyBox,
            self.meetingBox,
            self.infoBox,
        ):
            widget.setEnabled(given)

    # --- the form ---------------------------------------------------------------------------

    def agency_item(self, name: str) -> QListWidgetItem:
        """The checklist entry of an agency, found by its name."""
        for row in range(self.agencyList.count()):
            item = self.agencyList.item(row)
            if item.text() == name or item.text().startswith(f"{name}（"):
                return item
        raise LookupError(name)

    def agency_ids(self) -> list[int]:
        """The checked agencies."""
        return [
            int(self.agencyList.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.agencyList.count())
            if self.agencyList.item(row).checkState() == Qt.CheckState.Checked
        ]

    def form_input(self) -> ConsentInput:
        """The form as the service's input (the scope only when consent was given)."""
        status = ConsentStatus(self.statusCombo.currentData())
        given = status is ConsentStatus.GIVEN
        method = self.methodCombo.currentData()
        return ConsentInput(
            case_version=self._overview.case_version,
            status=status,
            recorded_on=self.dateEdit.text() if given else "",
            method=ConsentMethod(method) if method and given else None,
            agency_ids=tuple(self.agency_ids()) if given else (),
            meeting_kinds=(
                tuple(k for k, c in self.meetingChecks.items() if c.isChecked()) if given else ()
            ),
            info_items=(
                tuple(i for i, c in self.infoChecks.items() if c.isChecked()) if given else ()
            ),
            notes=self.notesEdit.toPlainText(),
        )

    def submit(self) -> None:
        """Record the consent on the worker; the dialog closes when it is saved."""
        if self._busy:
            return
        self._clear_invalid()
        form = self.form_input()
        self._busy = True
        self.saveButton.setEnabled(False)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        consents, principal, case_id = self._consents, self._principal, self._case_id
        run_op(self, lambda: consents.record(principal, case_id, form), self._saved, self._refused)

    def _saved(self, overview: ConsentOverview) -> None:
        self._busy = False
        self.saved.emit(overview)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self._busy = False
        self.saveButton.setEnabled(True)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget: QWidget | None = {
                "consent_status": self.statusCombo,
                "consent_scope": self.statusCombo,
                "consent_date": self.dateEdit,
                "consent_method": self.methodCombo,
                "consent_agency_ids": self.agencyList,
                "consent_meeting_kinds": next(iter(self.meetingChecks.values())),
            }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []


class ConsentHistoryDialog(QDialog):
    """Every consent recorded on the case, newest first (read-only)."""

    def __init__(self, overview: ConsentOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentHistoryDialog")
        self.setWindowTitle(self.tr("Consent history"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("consentHistoryBrowser")
        self.browser.setHtml(self._html(overview))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _html(self, overview: ConsentOverview) -> str:
        if not overview.history:
            empty = self.tr("No consent has been recorded for this case yet.")
            return f"<p>{html.escape(empty)}</p>"
        parts = []
        none = self.tr("None")
        for view in overview.history:
            head = "　".join(
                x
                for x in (
                    format_wareki(view.recorded_on) if view.recorded_on else "",
                    view.status_label,
                    view.method_label,
                    self.tr("Recorded by {name}").format(name=view.recorded_by)
                    if view.recorded_by
                    else "",
                )
                if x
            )
            rows = [
                (self.tr("Agencies"), "、".join(view.agency_names) or none),
                (self.tr("Meetings"), "、".join(label(k) for k in view.meeting_kinds) or none),
                (self.tr("Information"), "、".join(view.info_labels) or none),
                (self.tr("Notes"), view.notes or none),
            ]
            parts.append(f"<h4>{html.escape(head)}</h4><table cellspacing='0'>")
            parts.extend(
                f"<tr><th align='left' style='padding:2px 10px 2px 0'>{html.escape(k)}</th>"
                f"<td style='padding:2px 0'>{html.escape(v)}</td></tr>"
                for k, v in rows
            )
            parts.append("</table>")
        return "".join(parts)
