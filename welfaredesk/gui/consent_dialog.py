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
from collections.abc import Sequence

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

from welfaredesk.domain.enums import ConsentMethod, ConsentStatus, MeetingKind, SharedInfo
from welfaredesk.domain.errors import ConflictError, KnownError, ValidationError
from welfaredesk.gui.conflict_dialog import Choice, ConflictDialog, copy_to_clipboard, typed_date
from welfaredesk.gui.display import annotate, fmt_date, fmt_date_input, join_list, join_spaced
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.terms import explain, explain_items, meeting_help, no_consent_help
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.changes import ChangeService, LastChange, diff_fields
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

    The form is locked by the case's version: when someone else changed the case after the
    form was opened, the refused save opens the :class:`ConflictDialog` (who saved the case
    last, and how the consent differs); the input stays in the form.

    Signals:
        saved(object): the consent was recorded (the new :class:`ConsentOverview`).
        save_failed(str): recording was refused (the message shown).
        conflict_shown(object): a stale save's :class:`ConflictDialog` is open.
    """

    saved = Signal(object)
    save_failed = Signal(str)
    conflict_shown = Signal(object)

    def __init__(
        self,
        consents: ConsentService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        overview: ConsentOverview,
        agency_rows: list[AgencyRow],
        changes: ChangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record or change consent"))
        self._consents = consents
        self._principal = principal
        self._case_id = case_id
        self._overview = overview
        self._changes = changes
        self.conflict_dialog: ConflictDialog | None = None
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
        explain_items(self.statusCombo, {str(ConsentStatus.REFUSED): no_consent_help()})
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
        self.noConsentLabel = QLabel(
            no_consent_help()
            + "\n"
            + self.tr(
                "Without consent no date, method, agencies, meetings or information are "
                "recorded; what is ticked below is kept only in case you choose consent again."
            ),
            self,
        )
        self.noConsentLabel.setObjectName("noConsentLabel")
        self.noConsentLabel.setWordWrap(True)
        self.noConsentLabel.setProperty("role", "note")
        self.noConsentLabel.hide()
        outer.addWidget(self.noConsentLabel)
        self._typed_date = ""
        """The consent date typed before 同意なし was chosen (given back if it is undone)."""

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
            explain(check, meeting_help(kind))
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
        self.dateEdit.setText(fmt_date_input(dt.date.today()))
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
            text = annotate(row.name, row.section if row.section not in row.name else "")
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
        # 同意なし records no date: the field is emptied (and refilled if consent comes back).
        if not given and self.dateEdit.text():
            self._typed_date = self.dateEdit.text()
            self.dateEdit.clear()
        elif given and not self.dateEdit.text():
            self.dateEdit.setText(self._typed_date or fmt_date_input(dt.date.today()))
        self.noConsentLabel.setVisible(not given)

    # --- the form ---------------------------------------------------------------------------

    def agency_item(self, name: str) -> QListWidgetItem:
        """The checklist entry of an agency, found by its name."""
        for row in range(self.agencyList.count()):
            item = self.agencyList.item(row)
            if item.text() == name or item.text().startswith((f"{name}（", f"{name} (")):
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
        if isinstance(error, ConflictError):
            self._fetch_conflict()

    # --- a stale save (the case changed after the form was opened) ----------------------------

    def conflict_labels(self) -> dict[str, str]:
        """The consent's fields compared in the conflict dialog, in the form's order."""
        return {
            "status": self.tr("Consent status"),
            "recorded_on": self.tr("Date of consent"),
            "method": self.tr("Consent method"),
            "agencies": self.tr("Agencies the person agreed to"),
            "meetings": self.tr("Meetings"),
            "info": self.tr("Information that may be shared"),
            "notes": self.tr("Notes on the consent"),
        }

    def consent_values(self, view: ConsentView) -> dict[str, str]:
        """A recorded consent as the texts the conflict dialog compares."""
        given = view.status is ConsentStatus.GIVEN
        return {
            "status": view.status_label,
            "recorded_on": fmt_date(view.recorded_on) if view.recorded_on and given else "",
            "method": view.method_label if given else "",
            "agencies": "\n".join(self._agency_names(view.agency_ids)) if given else "",
            "meetings": join_list(label(k) for k in MEETING_KINDS if k in view.meeting_kinds)
            if given
            else "",
            "info": join_list(label(i) for i in SharedInfo if i in view.info_items)
            if given
            else "",
            "notes": view.notes,
        }

    def form_values(self) -> dict[str, str]:
        """The form as the texts the conflict dialog compares."""
        form = self.form_input()
        given = form.status is ConsentStatus.GIVEN
        return {
            "status": label(form.status),
            "recorded_on": typed_date(form.recorded_on) if form.recorded_on.strip() else "",
            "method": label(form.method) if form.method else "",
            "agencies": "\n".join(self._agency_names(form.agency_ids)) if given else "",
            "meetings": join_list(label(k) for k in MEETING_KINDS if k in form.meeting_kinds),
            "info": join_list(label(i) for i in SharedInfo if i in form.info_items),
            "notes": form.notes,
        }

    def _agency_names(self, agency_ids: Sequence[int]) -> list[str]:
        """The agencies' names as the checklist shows them, in its order."""
        wanted = set(agency_ids)
        names = []
        for row in range(self.agencyList.count()):
            item = self.agencyList.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) in wanted:
                names.append(item.text())
        return sorted(names)

    def _fetch_conflict(self) -> None:
        consents, changes, principal, case_id = (
            self._consents,
            self._changes,
            self._principal,
            self._case_id,
        )

        def load() -> tuple[ConsentOverview, LastChange | None]:
            latest = consents.overview(principal, case_id)
            last = changes.last_change(principal, case_id) if changes is not None else None
            return latest, last

        run_op(self, load, lambda result: self._show_conflict(*result))

    def _show_conflict(self, latest: ConsentOverview, last: LastChange | None) -> None:
        labels = self.conflict_labels()
        mine = self.form_values()
        opened = self.consent_values(self._overview.current)
        diffs = diff_fields(opened, self.consent_values(latest.current), mine, labels)
        dialog = ConflictDialog(self.tr("This case"), last, diffs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._conflict_chosen(choice, latest, mine))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _conflict_chosen(
        self, choice: Choice, latest: ConsentOverview, mine: dict[str, str]
    ) -> None:
        if choice is Choice.REAPPLY:
            # the form now holds the case's latest version: the next save is deliberate
            self._overview = latest
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
            self._overview = latest
            self._prefill(latest.current)
            current = latest.current
            consented = (
                set(current.agency_ids) if current.status is ConsentStatus.GIVEN else set[int]()
            )
            self.agencyList.blockSignals(True)
            for row in range(self.agencyList.count()):
                item = self.agencyList.item(row)
                checked = int(item.data(Qt.ItemDataRole.UserRole)) in consented
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.agencyList.blockSignals(False)
            self._count_agencies()
            self.notesEdit.clear()
            set_message(
                self.messageLabel,
                self.tr(
                    "The latest version is shown. Your input was copied to the clipboard: "
                    "paste what you still need."
                ),
                kind="info",
            )

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
            head = join_spaced(
                x
                for x in (
                    fmt_date(view.recorded_on) if view.recorded_on else "",
                    view.status_label,
                    view.method_label,
                    self.tr("Recorded by {name}").format(name=view.recorded_by)
                    if view.recorded_by
                    else "",
                )
                if x
            )
            rows = [
                (self.tr("Agencies"), join_list(view.agency_names) or none),
                (self.tr("Meetings"), join_list(label(k) for k in view.meeting_kinds) or none),
                (self.tr("Information"), join_list(view.info_labels) or none),
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
