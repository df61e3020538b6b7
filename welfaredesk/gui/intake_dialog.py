"""The intake dialog (相談受付・連絡票): a new consultation, with search before create.

The pick-lists and any unsaved draft are loaded on the database worker when the dialog opens;
the dialog signals :attr:`IntakeDialog.ready` once its combo boxes are filled. While the name,
ふりがな, birth date or phone are typed, people already known to the desk are looked up (after a
short pause) and listed beside the form; a candidate is used only when the user picks it.
Everything typed is autosaved as a draft every few seconds, so closing by mistake loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.dates import age_on, parse_optional_date
from welfaredesk.domain.enums import ConsentMethod, ConsentStatus, MeetingKind, Sex
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import fmt_date, fmt_date_input, join_list
from welfaredesk.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.terms import (
    complex_needs_help,
    explain,
    explain_items,
    meeting_help,
    no_consent_help,
)
from welfaredesk.gui.widgets.drafts import forget_draft
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.dto import (
    AgencyOption,
    AreaOption,
    PicklistEntry,
    Principal,
    UserRow,
)
from welfaredesk.services.intake import (
    DuplicateCandidate,
    IntakeInput,
    IntakeResult,
    MemberInput,
)

log = logging.getLogger(__name__)

FORM = "intake"
"""The form's code name for drafts."""
SEARCH_DELAY_MS = 400
"""How long typing must pause before people already known are looked up."""
AUTOSAVE_MS = 5000
"""How often a changed form is saved as a draft."""

PICKLISTS = (
    "intake_channel",
    "consulter_type",
    "relation",
    "household_situation",
    "issue_category",
    "first_response",
)

COL_RELATION, COL_FAMILY, COL_GIVEN, COL_FAMILY_KANA, COL_GIVEN_KANA = 0, 1, 2, 3, 4
COL_BIRTH, COL_TOGETHER, COL_SITUATION = 5, 6, 7
_MEMBER_TEXT_COLUMNS = {
    "family_name": COL_FAMILY,
    "given_name": COL_GIVEN,
    "family_kana": COL_FAMILY_KANA,
    "given_kana": COL_GIVEN_KANA,
    "birth_date": COL_BIRTH,
}
_MEMBER_COLUMNS = {
    "relation_code": COL_RELATION,
    **_MEMBER_TEXT_COLUMNS,
    "situation_codes": COL_SITUATION,
}
_SEPARATORS = ("、", "，", ",", "・")


@dataclass(frozen=True, slots=True)
class _Loaded:
    picklists: dict[str, list[PicklistEntry]]
    draft: dict[str, Any] | None
    agencies: list[AgencyOption]
    areas: list[AreaOption]
    staff: list[UserRow]


def _now_text() -> tuple[str, str]:
    now = dt.datetime.now()
    return fmt_date_input(now.date(), style="short"), f"{now.hour}:{now.minute:02d}"


class IntakeDialog(QDialog):
    """The intake form.

    Signals:
        ready(): the pick-lists are loaded (and a pending draft, if any, was offered).
        draft_offered(): a pending draft was found; :attr:`draft_box` asks what to do.
        candidates_shown(int): the candidate list shows a search result (number of entries).
        draft_saved(): an autosave finished.
        save_failed(str): saving was refused (the message shown).
        saved(IntakeResult): the intake was saved; the dialog closes.
    """

    ready = Signal()
    draft_offered = Signal()
    candidates_shown = Signal(int)
    draft_saved = Signal()
    save_failed = Signal(str)
    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        explain(self.ui.complexNeedsCheck, complex_needs_help())
        explain(self.ui.consentCoordinationCheck, meeting_help(MeetingKind.COORDINATION))
        explain(self.ui.consentOtherMeetingsCheck, meeting_help(MeetingKind.OTHER))
        self._ctx = ctx
        self._principal = principal
        self._labels: dict[str, dict[str, str]] = {}
        self._relations: list[PicklistEntry] = []
        self._situations: dict[str, str] = {}
        self._existing: DuplicateCandidate | None = None
        self._candidates: list[DuplicateCandidate] = []
        self._restoring = False
        self._dirty = False
        self._changed = False
        self._busy = False
        self._closing = False
        self._search_generation = 0
        self._search_row: QTableWidgetItem | None = None
        """The member row (its surname cell) the candidates are looked up for; None: the client."""
        self._invalid: list[QWidget] = []
        self.draft_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_candidates)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)

        set_message(self.ui.messageLabel, "")
        self.ui.linkFrame.hide()
        self.ui.linkFrame.setProperty("role", "note")
        self.ui.candidateIntroLabel.setProperty("role", "caption")
        self.ui.situationHintLabel.setProperty("role", "caption")
        self.ui.linkButton.setEnabled(False)
        self.ui.memberLinkButton.setEnabled(False)
        self.ui.candidateList.setSpacing(4)
        self._setup_fixed_choices()
        self._setup_table()
        received_on, received_time = _now_text()
        self.ui.receivedOnEdit.setText(received_on)
        self.ui.receivedTimeEdit.setText(received_time)
        self._connect()
        self.setEnabled(False)
        self.ui.receivedOnEdit.setFocus()

        reference, drafts, auth = ctx.reference, ctx.drafts, ctx.auth

        def load() -> _Loaded:
            lists = {name: reference.picklist(name) for name in PICKLISTS}
            staff = [u for u in auth.list_users() if allowed(u.role, Action.CASE_CREATE)]
            return _Loaded(
                lists,
                drafts.load(principal, FORM, ""),
                reference.agencies(),
                reference.areas(),
                staff,
            )

        run_op(self, load, self._loaded)

    # --- setup ----------------------------------------------------------------------------

    def _setup_fixed_choices(self) -> None:
        ui = self.ui
        ui.sexCombo.addItem(self.tr("(not chosen)"), None)
        for sex in Sex:
            ui.sexCombo.addItem(label(sex), str(sex))
        for status in (ConsentStatus.GIVEN, ConsentStatus.REFUSED, ConsentStatus.UNCONFIRMED):
            ui.consentStatusCombo.addItem(label(status), str(status))
        ui.consentStatusCombo.setCurrentIndex(2)
        explain_items(ui.consentStatusCombo, {str(ConsentStatus.REFUSED): no_consent_help()})
        ui.consentMethodCombo.addItem(self.tr("(not chosen)"), None)
        for method in ConsentMethod:
            ui.consentMethodCombo.addItem(label(method), str(method))
        ui.mostPressingCombo.addItem(self.tr("(not chosen)"), None)

    def _setup_table(self) -> None:
        table = self.ui.memberTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        for column, sample in enumerate(
            (
                "配偶者（内縁）",
                "あいうえ",
                "あいうえ",
                "あいうえお",
                "あいうえお",
                "R10.12.31",
                "同居",
            )
        ):
            header_item = table.horizontalHeaderItem(column)
            title = header_item.text() if header_item is not None else ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 24)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _connect(self) -> None:
        ui = self.ui
        for edit in self.findChildren(QLineEdit):
            if edit.parent() is not ui.memberTable.viewport():
                edit.textChanged.connect(self._mark_changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._mark_changed)
        for check in self.findChildren(QCheckBox):
            check.toggled.connect(self._mark_changed)
        ui.concernEdit.textChanged.connect(self._mark_changed)
        ui.memberTable.itemChanged.connect(self._mark_changed)
        ui.consentAgencyList.itemChanged.connect(self._mark_changed)
        ui.issueTree.itemChanged.connect(self._issue_changed)
        for edit in (
            ui.familyNameEdit,
            ui.givenNameEdit,
            ui.familyKanaEdit,
            ui.givenKanaEdit,
            ui.birthDateEdit,
            ui.phoneEdit,
        ):
            edit.textChanged.connect(self._search_for_client)
        ui.memberTable.itemChanged.connect(self._search_for_member)
        ui.birthDateEdit.textChanged.connect(self._show_age)
        ui.consulterTypeCombo.currentIndexChanged.connect(self._update_enabled)
        ui.consentStatusCombo.currentIndexChanged.connect(self._update_enabled)
        ui.addMemberButton.clicked.connect(self._add_empty_member)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        ui.candidateList.currentItemChanged.connect(self._candidate_selected)
        ui.candidateList.itemActivated.connect(lambda _item: self.link_selected())
        ui.linkButton.clicked.connect(self.link_selected)
        ui.memberLinkButton.clicked.connect(self.use_as_member)
        ui.unlinkButton.clicked.connect(self.unlink)
        ui.saveButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        self._update_enabled()

    def _loaded(self, loaded: _Loaded) -> None:
        lists = loaded.picklists
        self._labels = {name: {e.code: e.label for e in lists[name]} for name in PICKLISTS}
        self._restoring = True
        ui = self.ui
        for combo, name in (
            (ui.channelCombo, "intake_channel"),
            (ui.consulterTypeCombo, "consulter_type"),
        ):
            for entry in lists[name]:
                combo.addItem(entry.label, entry.code)
        ui.channelCombo.insertItem(0, self.tr("(not chosen)"), None)
        ui.channelCombo.setCurrentIndex(0)
        for user in loaded.staff:
            ui.staffCombo.addItem(user.display_name, user.id)
        ui.staffCombo.setCurrentIndex(max(ui.staffCombo.findData(self._principal.user_id), 0))
        ui.referringAgencyCombo.addItem(self.tr("(none)"), None)
        for agency in loaded.agencies:
            ui.referringAgencyCombo.addItem(agency.name, agency.id)
            shared = QListWidgetItem(agency.name, ui.consentAgencyList)
            shared.setData(Qt.ItemDataRole.UserRole, agency.id)
            shared.setFlags(shared.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shared.setCheckState(Qt.CheckState.Unchecked)
        ui.areaCombo.addItem(self.tr("(not chosen)"), None)
        for area in loaded.areas:
            ui.areaCombo.addItem(area.name, area.id)
        ui.firstResponseCombo.addItem(self.tr("(not chosen)"), None)
        for entry in lists["first_response"]:
            ui.firstResponseCombo.addItem(entry.label, entry.code)
        self._relations = [e for e in lists["relation"] if e.code != "client"]
        self._situations = {e.label: e.code for e in lists["household_situation"]}
        ui.situationHintLabel.setToolTip(join_list(self._situations))
        # Two situations as examples, in the language of the screens.
        by_code = {e.code: e.label for e in lists["household_situation"]}
        examples = [by_code[c] for c in ("long_term_care", "dementia") if c in by_code]
        if len(examples) == 2:
            ui.situationHintLabel.setText(
                self.tr("Situation: separate several with commas (e.g. {examples}).").format(
                    examples=join_list(examples)
                )
            )
        parents: dict[str, QTreeWidgetItem] = {}
        # One update of the 最も困っていること choices after the tree is built, not one per
        # item (each update reads every item of the tree).
        ui.issueTree.blockSignals(True)
        for entry in lists["issue_category"]:
            parent = parents.get(entry.parent_code or "")
            item = QTreeWidgetItem([entry.label]) if parent is None else QTreeWidgetItem(parent)
            item.setText(0, entry.label)
            item.setData(0, Qt.ItemDataRole.UserRole, entry.code)
            item.setToolTip(0, entry.help_text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent is None:
                ui.issueTree.addTopLevelItem(item)
                parents[entry.code] = item
        ui.issueTree.blockSignals(False)
        self._issue_changed(None, 0)
        ui.issueTree.expandAll()
        self._restoring = False
        self._update_enabled()
        self.setEnabled(True)
        ui.receivedOnEdit.setFocus()
        self._autosave_timer.start()
        log.debug("intake dialog ready (draft pending: %s)", loaded.draft is not None)
        if loaded.draft is not None:
            self._offer_draft(loaded.draft)
        self.ready.emit()

    # --- changes --------------------------------------------------------------------------

    def _mark_changed(self, *_args: object) -> None:
        if not self._restoring:
            self._dirty = True
            self._changed = True

    def has_changes(self) -> bool:
        """Whether anything was typed or chosen since the dialog opened."""
        return self._changed

    def _update_enabled(self, *_args: object) -> None:
        ui = self.ui
        other = (ui.consulterTypeCombo.currentData() or "client") != "client"
        for widget in (
            ui.consulterNameEdit,
            ui.consulterRelationEdit,
            ui.consulterContactEdit,
        ):
            widget.setEnabled(other)
        given = ui.consentStatusCombo.currentData() == str(ConsentStatus.GIVEN)
        ui.consentDateEdit.setEnabled(given)
        ui.consentMethodCombo.setEnabled(given)
        ui.consentAgencyList.setEnabled(given)
        ui.consentCoordinationCheck.setEnabled(given)
        ui.consentOtherMeetingsCheck.setEnabled(given)

    def _show_age(self, text: str) -> None:
        try:
            birth = parse_optional_date(text, field="", label="", today=dt.date.today())
        except KnownError:
            birth = None
        if birth is None or birth > dt.date.today():
            self.ui.ageLabel.setText("")
        else:
            self.ui.ageLabel.setText(
                self.tr("Age {age}").format(age=age_on(birth, dt.date.today()))
            )

    def _issue_changed(self, _item: QTreeWidgetItem | None, _column: int) -> None:
        combo = self.ui.mostPressingCombo
        current = combo.currentData()
        checked = self._checked_issues()
        was_restoring = self._restoring
        self._restoring = True
        combo.clear()
        combo.addItem(self.tr("(not chosen)"), None)
        for code, text in checked:
            combo.addItem(text, code)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        if len(checked) == 1:
            combo.setCurrentIndex(1)
        self._restoring = was_restoring
        self._mark_changed()

    def _issue_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.issueTree
        items: list[QTreeWidgetItem] = []
        for index in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(index)
            if top is None:
                continue
            items.append(top)
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                if child is not None:
                    items.append(child)
        return items

    def _checked_issues(self) -> list[tuple[str, str]]:
        return [
            (str(item.data(0, Qt.ItemDataRole.UserRole)), item.text(0))
            for item in self._issue_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    # --- household members ----------------------------------------------------------------

    def add_member(self, values: dict[str, Any] | None = None) -> int:
        """Add a row to the household table (filled from ``values``); returns the row."""
        table = self.ui.memberTable
        values = values or {}
        row = table.rowCount()
        was_restoring = self._restoring
        self._restoring = True
        table.insertRow(row)
        combo = QComboBox(table)
        combo.setAccessibleName(self.tr("Relation"))
        combo.addItem(self.tr("(not chosen)"), None)
        for entry in self._relations:
            combo.addItem(entry.label, entry.code)
        combo.setCurrentIndex(max(combo.findData(values.get("relation_code")), 0))
        combo.currentIndexChanged.connect(self._mark_changed)
        table.setCellWidget(row, COL_RELATION, combo)
        # Tab: the relations of the rows right after the table (a new row's after the last).
        above = table.cellWidget(row - 1, COL_RELATION) if row else None
        QWidget.setTabOrder(above or table, combo)
        for key, column in _MEMBER_TEXT_COLUMNS.items():
            table.setItem(row, column, QTableWidgetItem(str(values.get(key, ""))))
        together = QTableWidgetItem()
        together.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        together.setCheckState(
            Qt.CheckState.Checked if values.get("lives_together", True) else Qt.CheckState.Unchecked
        )
        table.setItem(row, COL_TOGETHER, together)
        labels = self._labels.get("household_situation", {})
        situation = join_list(labels.get(c, c) for c in values.get("situation_codes", []))
        situation_item = QTableWidgetItem(situation)
        situation_item.setToolTip(join_list(self._situations))
        table.setItem(row, COL_SITUATION, situation_item)
        person_id = values.get("person_id")
        if isinstance(person_id, int):
            self._bind_member(row, person_id)
        self._restoring = was_restoring
        self._mark_changed()
        if not values:
            combo.setFocus()
            table.setCurrentCell(row, COL_RELATION)
        return row

    def _add_empty_member(self) -> None:
        self.add_member()

    def remove_member(self) -> None:
        """Remove the selected row of the household table."""
        table = self.ui.memberTable
        row = table.currentRow()
        if row < 0:
            return
        if row == self._member_row():
            self._search_row = None
        table.removeRow(row)
        self._mark_changed()

    def _member_values(self, row: int) -> dict[str, Any]:
        table = self.ui.memberTable
        combo = table.cellWidget(row, COL_RELATION)
        relation = combo.currentData() if isinstance(combo, QComboBox) else None
        values: dict[str, Any] = {"relation_code": relation or ""}
        for key, column in _MEMBER_TEXT_COLUMNS.items():
            item = table.item(row, column)
            values[key] = item.text() if item is not None else ""
        together = table.item(row, COL_TOGETHER)
        values["lives_together"] = (
            together is None or together.checkState() == Qt.CheckState.Checked
        )
        situation = table.item(row, COL_SITUATION)
        text = situation.text() if situation is not None else ""
        for sep in _SEPARATORS:
            text = text.replace(sep, ",")
        words = [w.strip() for w in text.split(",") if w.strip()]
        values["situation_codes"] = [self._situations.get(w, w) for w in words]
        surname = table.item(row, COL_FAMILY)
        person_id = surname.data(Qt.ItemDataRole.UserRole) if surname is not None else None
        values["person_id"] = person_id if isinstance(person_id, int) else None
        return values

    def _bind_member(self, row: int, person_id: int) -> None:
        """Make a member row stand for a known person: their names are shown, not edited."""
        table = self.ui.memberTable
        tip = self.tr("An existing person: their stored record is used.")
        for column in _MEMBER_TEXT_COLUMNS.values():
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(row, column, item)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(tip)
        surname = table.item(row, COL_FAMILY)
        if surname is not None:
            surname.setData(Qt.ItemDataRole.UserRole, person_id)

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """All the form's values as JSON values (the draft payload)."""
        ui = self.ui
        return {
            "received_on": ui.receivedOnEdit.text(),
            "received_time": ui.receivedTimeEdit.text(),
            "channel_code": ui.channelCombo.currentData(),
            "staff_id": ui.staffCombo.currentData(),
            "consulter_type_code": ui.consulterTypeCombo.currentData(),
            "consulter_name": ui.consulterNameEdit.text(),
            "consulter_relation": ui.consulterRelationEdit.text(),
            "consulter_contact": ui.consulterContactEdit.text(),
            "referring_agency_id": ui.referringAgencyCombo.currentData(),
            "family_name": ui.familyNameEdit.text(),
            "given_name": ui.givenNameEdit.text(),
            "family_kana": ui.familyKanaEdit.text(),
            "given_kana": ui.givenKanaEdit.text(),
            "birth_date": ui.birthDateEdit.text(),
            "sex": ui.sexCombo.currentData(),
            "address": ui.addressEdit.text(),
            "area_id": ui.areaCombo.currentData(),
            "phone": ui.phoneEdit.text(),
            "members": [self._member_values(r) for r in range(ui.memberTable.rowCount())],
            "presenting_concern": ui.concernEdit.toPlainText(),
            "issue_codes": [code for code, _text in self._checked_issues()],
            "most_pressing_code": ui.mostPressingCombo.currentData(),
            "complex_needs": ui.complexNeedsCheck.isChecked(),
            "economic_hardship": ui.economicHardshipCheck.isChecked(),
            "urgent": ui.urgentCheck.isChecked(),
            "did_not_know_where": ui.didNotKnowCheck.isChecked(),
            "consent_status": ui.consentStatusCombo.currentData(),
            "consent_date": ui.consentDateEdit.text(),
            "consent_method": ui.consentMethodCombo.currentData(),
            "consent_agency_ids": self._consent_agency_ids(),
            "consent_meeting_kinds": [
                str(kind) for kind, check in self._meeting_checks().items() if check.isChecked()
            ],
            "first_response_code": ui.firstResponseCombo.currentData(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        """Put saved values (a draft payload) back into the widgets."""
        ui = self.ui
        self._restoring = True
        try:
            for key, edit in self._line_edits().items():
                edit.setText(str(values.get(key, edit.text())))
            for key, combo in self._combos().items():
                if key in values:
                    combo.setCurrentIndex(max(combo.findData(values[key]), 0))
            ui.concernEdit.setPlainText(str(values.get("presenting_concern", "")))
            self._search_row = None
            ui.memberTable.setRowCount(0)
            for member in values.get("members", []):
                if isinstance(member, dict):
                    self.add_member(member)
            codes = set(values.get("issue_codes", []))
            for item in self._issue_items():
                checked = item.data(0, Qt.ItemDataRole.UserRole) in codes
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            combo = ui.mostPressingCombo
            combo.setCurrentIndex(max(combo.findData(values.get("most_pressing_code")), 0))
            for key, check in self._checks().items():
                check.setChecked(bool(values.get(key, False)))
            kinds = set(values.get("consent_meeting_kinds", []))
            for kind, check in self._meeting_checks().items():
                check.setChecked(str(kind) in kinds)
            agencies = set(values.get("consent_agency_ids", []))
            listing = ui.consentAgencyList
            for row in range(listing.count()):
                shared = listing.item(row)
                if shared is not None:
                    chosen = shared.data(Qt.ItemDataRole.UserRole) in agencies
                    state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
                    shared.setCheckState(state)
        finally:
            self._restoring = False
        self._update_enabled()
        self._changed = True

    def _line_edits(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "received_on": ui.receivedOnEdit,
            "received_time": ui.receivedTimeEdit,
            "consulter_name": ui.consulterNameEdit,
            "consulter_relation": ui.consulterRelationEdit,
            "consulter_contact": ui.consulterContactEdit,
            "family_name": ui.familyNameEdit,
            "given_name": ui.givenNameEdit,
            "family_kana": ui.familyKanaEdit,
            "given_kana": ui.givenKanaEdit,
            "birth_date": ui.birthDateEdit,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "consent_date": ui.consentDateEdit,
        }

    def _combos(self) -> dict[str, QComboBox]:
        ui = self.ui
        return {
            "channel_code": ui.channelCombo,
            "staff_id": ui.staffCombo,
            "consulter_type_code": ui.consulterTypeCombo,
            "referring_agency_id": ui.referringAgencyCombo,
            "sex": ui.sexCombo,
            "area_id": ui.areaCombo,
            "consent_status": ui.consentStatusCombo,
            "consent_method": ui.consentMethodCombo,
            "first_response_code": ui.firstResponseCombo,
        }

    def _checks(self) -> dict[str, QCheckBox]:
        ui = self.ui
        return {
            "complex_needs": ui.complexNeedsCheck,
            "economic_hardship": ui.economicHardshipCheck,
            "urgent": ui.urgentCheck,
            "did_not_know_where": ui.didNotKnowCheck,
        }

    def intake_input(self) -> IntakeInput:
        """The form as the intake service takes it."""
        v = self.values()
        members = tuple(
            MemberInput(
                relation_code=m["relation_code"],
                family_name=m["family_name"],
                given_name=m["given_name"],
                family_kana=m["family_kana"],
                given_kana=m["given_kana"],
                birth_date=m["birth_date"],
                lives_together=m["lives_together"],
                situation_codes=tuple(m["situation_codes"]),
                person_id=m.get("person_id"),
            )
            for m in v["members"]
        )
        method = v["consent_method"]
        given = v["consent_status"] == str(ConsentStatus.GIVEN)
        return IntakeInput(
            received_on=v["received_on"],
            received_time=v["received_time"],
            channel_code=v["channel_code"] or "",
            staff_id=v["staff_id"],
            consulter_type_code=v["consulter_type_code"] or "client",
            consulter_name=v["consulter_name"],
            consulter_relation=v["consulter_relation"],
            consulter_contact=v["consulter_contact"],
            referring_agency_id=v["referring_agency_id"],
            family_name=v["family_name"],
            given_name=v["given_name"],
            family_kana=v["family_kana"],
            given_kana=v["given_kana"],
            birth_date=v["birth_date"],
            sex=Sex(v["sex"]) if v["sex"] else None,
            address=v["address"],
            area_id=v["area_id"],
            phone=v["phone"],
            members=members,
            presenting_concern=v["presenting_concern"],
            issue_codes=tuple(v["issue_codes"]),
            most_pressing_code=v["most_pressing_code"],
            complex_needs=v["complex_needs"],
            economic_hardship=v["economic_hardship"],
            urgent=v["urgent"],
            did_not_know_where=v["did_not_know_where"],
            consent_status=ConsentStatus(v["consent_status"]),
            consent_date=v["consent_date"] if given else "",
            consent_method=ConsentMethod(method) if method and given else None,
            consent_agency_ids=tuple(v["consent_agency_ids"]) if given else (),
            consent_meeting_kinds=tuple(MeetingKind(k) for k in v["consent_meeting_kinds"])
            if given
            else (),
            first_response_code=v["first_response_code"],
        )

    def _consent_agency_ids(self) -> list[int]:
        listing = self.ui.consentAgencyList
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (listing.item(row) for row in range(listing.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _meeting_checks(self) -> dict[MeetingKind, QCheckBox]:
        return {
            MeetingKind.COORDINATION: self.ui.consentCoordinationCheck,
            MeetingKind.OTHER: self.ui.consentOtherMeetingsCheck,
        }

    # --- drafts ---------------------------------------------------------------------------

    def _offer_draft(self, payload: dict[str, Any]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved intake"),
            self.tr("There is input that was not saved. Restore it?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("draftBox")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        restore.clicked.connect(lambda: self.restore(payload))
        discard.clicked.connect(self._discard_draft)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.draft_box = box
        box.open()
        self.draft_offered.emit()

    def _discard_draft(self) -> None:
        forget_draft(self, self._ctx.drafts, self._principal, FORM, "")

    def autosave(self) -> None:
        """Save the form as a draft on the worker, if it changed since the last save."""
        if not self._dirty or self._busy:
            return
        self._dirty = False
        payload = self.values()
        drafts, principal = self._ctx.drafts, self._principal
        run_op(
            self,
            lambda: drafts.save(principal, FORM, "", payload),
            lambda _none: self.draft_saved.emit(),
        )

    # --- search before create -------------------------------------------------------------

    def _search_for_client(self, _text: str = "") -> None:
        self._search_row = None
        self._search_timer.start()

    def _search_for_member(self, item: QTableWidgetItem) -> None:
        """A member's name, ふりがな or birth date was typed: look them up too."""
        if self._restoring or item.column() not in _MEMBER_TEXT_COLUMNS.values():
            return
        surname = self.ui.memberTable.item(item.row(), COL_FAMILY)
        if surname is None or surname.data(Qt.ItemDataRole.UserRole) is not None:
            return  # a known person's row: nothing to look up
        self._search_row = surname
        self._search_timer.start()

    def _member_row(self) -> int:
        """The row the candidates were looked up for (-1: the client's fields)."""
        item = self._search_row
        return self.ui.memberTable.row(item) if item is not None else -1

    def search_candidates(self) -> None:
        """Look up people already known who match the name, ふりがな, birth date or phone.

        The fields are the client's, or those of the household member row typed in last.
        """
        self._search_timer.stop()
        ui = self.ui
        self._search_generation += 1
        generation = self._search_generation
        row = self._member_row()
        if row >= 0:
            member = self._member_values(row)
            keys = ("family_name", "given_name", "family_kana", "given_kana", "birth_date")
            args = (*(str(member[key]) for key in keys), "")
            ui.candidateGroup.setTitle(
                self.tr("Already known? (household member {number})").format(number=row + 1)
            )
        else:
            args = (
                ui.familyNameEdit.text(),
                ui.givenNameEdit.text(),
                ui.familyKanaEdit.text(),
                ui.givenKanaEdit.text(),
                ui.birthDateEdit.text(),
                ui.phoneEdit.text(),
            )
            ui.candidateGroup.setTitle(self.tr("Already known?"))
        intake, principal = self._ctx.intake, self._principal
        run_op(
            self,
            lambda: intake.find_candidates(principal, *args),
            lambda found: self._show_candidates(generation, found),
        )

    def _show_candidates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self._search_generation:
            return
        view = self.ui.candidateList
        view.clear()
        for candidate in found:
            item = QListWidgetItem(self._candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.person_id)
            if candidate.is_hint:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            view.addItem(item)
        self._candidates = found
        self.ui.linkButton.setEnabled(False)
        self.ui.memberLinkButton.setEnabled(False)
        self.candidates_shown.emit(len(found))

    def _candidate_text(self, c: DuplicateCandidate) -> str:
        if c.is_hint:
            return c.notice
        lines = [self.tr("{name} ({kana})").format(name=c.name, kana=c.kana)]
        if c.birth_date is not None:
            lines.append(
                self.tr("Born {date} (age {age})").format(
                    date=fmt_date(c.birth_date, style="short"), age=c.age
                )
            )
        if c.phone:
            lines.append(self.tr("Phone {phone}").format(phone=c.phone))
        if c.open_cases:
            numbers = join_list(ref.case_number for ref in c.open_cases)
            lines.append(self.tr("Open cases: {numbers}").format(numbers=numbers))
        else:
            lines.append(self.tr("No open case"))
        lines.append(self.tr("Matches: {reasons}").format(reasons=join_list(c.reasons)))
        return "\n".join(lines)

    def _selected_candidate(self) -> DuplicateCandidate | None:
        row = self.ui.candidateList.currentRow()
        found = self._candidates
        if 0 <= row < len(found) and not found[row].is_hint:
            return found[row]
        return None

    def _candidate_selected(self, *_args: object) -> None:
        chosen = self._selected_candidate() is not None
        # A candidate found for a member row is not the client.
        self.ui.linkButton.setEnabled(chosen and self._member_row() < 0)
        self.ui.memberLinkButton.setEnabled(chosen)

    def use_as_member(self) -> None:
        """Put the selected candidate in the household: in the row looked up for, or a new row.

        The member is saved as that known person (no second record); their relation to the
        client is still chosen in the row.
        """
        candidate = self._selected_candidate()
        if candidate is None or candidate.person_id is None:
            return
        table = self.ui.memberTable
        row = self._member_row()
        if row < 0:
            row = self.add_member({"lives_together": True})
        was_restoring = self._restoring
        self._restoring = True
        family, _sep, given = candidate.name.partition("\u3000")
        family_kana, _sep, given_kana = candidate.kana.partition("\u3000")
        birth = fmt_date(candidate.birth_date, style="short") if candidate.birth_date else ""
        for column, text in (
            (COL_FAMILY, family),
            (COL_GIVEN, given),
            (COL_FAMILY_KANA, family_kana),
            (COL_GIVEN_KANA, given_kana),
            (COL_BIRTH, birth),
        ):
            item = table.item(row, column)
            if item is None:
                table.setItem(row, column, QTableWidgetItem(text))
            else:
                item.setText(text)
        self._bind_member(row, candidate.person_id)
        self._restoring = was_restoring
        self._search_row = None
        self.ui.memberLinkButton.setEnabled(False)
        self._mark_changed()
        table.setCurrentCell(row, COL_RELATION)
        combo = table.cellWidget(row, COL_RELATION)
        (combo or table).setFocus()

    def link_selected(self) -> None:
        """Register the consultation for the selected candidate (never merges by itself)."""
        candidate = self._selected_candidate()
        if candidate is None:
            return
        self._existing = candidate
        numbers = join_list(ref.case_number for ref in candidate.open_cases)
        if numbers:
            text = self.tr("Registering for an existing person: {name} ({numbers})").format(
                name=candidate.name, numbers=numbers
            )
        else:
            text = self.tr(
                "Registering for an existing person: {name} (no open case; a new case is opened)"
            ).format(name=candidate.name)
        self.ui.linkLabel.setText(text)
        self.ui.linkFrame.show()
        self._mark_changed()

    def unlink(self) -> None:
        """Register as a new person again."""
        self._existing = None
        self.ui.linkFrame.hide()
        self.ui.linkLabel.setText("")
        self._mark_changed()

    @property
    def existing_person_id(self) -> int | None:
        """The person the consultation is registered for, or None for a new person."""
        return None if self._existing is None else self._existing.person_id

    # --- saving ---------------------------------------------------------------------------

    def submit(self) -> None:
        """Save the intake on the worker."""
        if self._busy:
            return
        self._set_busy(True)
        self._clear_invalid()
        set_message(self.ui.messageLabel, self.tr("Saving..."), kind="info")
        form = self.intake_input()
        intake = self._ctx.intake
        principal, person_id = self._principal, self.existing_person_id

        def save() -> IntakeResult:
            return intake.save(principal, form, existing_person_id=person_id, draft=(FORM, ""))

        run_op(self, save, self._saved, self._save_failed)

    def _saved(self, result: IntakeResult) -> None:
        self._busy = False
        self._autosave_timer.stop()
        log.info("intake saved: case %d, consultation %d", result.case_id, result.consultation_id)
        self.saved.emit(result)
        self._closing = True
        self.accept()

    def _save_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.ui.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            self._focus_field(error.field)
        self.save_failed.emit(error.text())

    def _focus_field(self, field: str) -> None:
        ui = self.ui
        widget: QWidget | None = None
        if field.startswith("members["):
            index, _sep, name = field.removeprefix("members[").partition("].")
            row = int(index) if index.isdigit() else 0
            column = _MEMBER_COLUMNS.get(name, COL_FAMILY)
            ui.memberTable.setCurrentCell(row, column)
            widget = ui.memberTable.cellWidget(row, column) or ui.memberTable
        else:
            targets: dict[str, QWidget] = {
                **self._line_edits(),
                **self._combos(),
                "consent_scope": ui.consentStatusCombo,
                "presenting_concern": ui.concernEdit,
                "issue_codes": ui.issueTree,
                "most_pressing_code": ui.mostPressingCombo,
            }
            widget = targets.get(field)
        if widget is None:
            return
        if widget is not ui.memberTable:
            mark_invalid(widget, True)
            self._invalid.append(widget)
        ui.formScroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.saveButton.setEnabled(not busy)
        self.ui.cancelButton.setEnabled(not busy)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Override QDialog.reject: with changes, ask first; the draft is kept."""
        if self._closing or not self._changed:
            self._close_now()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the intake"),
            self.tr(
                "The intake is not saved. Close it? What you typed is kept as a draft and "
                "offered again next time."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmCloseBox")
        close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        close.clicked.connect(self._close_now)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def _close_now(self) -> None:
        self._dirty = self._dirty or (self._changed and not self._closing)
        if not self._closing:
            self.autosave()
        self._closing = True
        self._autosave_timer.stop()
        self._search_timer.stop()
        super().reject()
