"""The progress note editor (支援経過の記録) and the supervisor's confirmation dialog.

:class:`NoteEditorDialog` writes a new note or edits one: date and time (now by default),
method, minutes, staff (the user by default), funding programme, outreach, a template or
stock phrase for the chosen method inserted at the cursor, the content, the next action and
its date, and 確認を依頼 (ask a supervisor to confirm). Ctrl+Enter saves. The editor is
autosaved as a draft every few seconds, so a crash or a closed window loses nothing; saving
deletes the draft in the same unit of work, and cancelling a changed editor asks first.

:class:`AcknowledgeDialog` asks a supervisor for an optional comment when confirming a note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import ConflictError, KnownError, ValidationError
from welfaredesk.gui.conflict_dialog import Choice, ConflictDialog, copy_to_clipboard, typed_date
from welfaredesk.gui.display import fmt_date, fmt_date_input, fmt_datetime
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.drafts import forget_draft
from welfaredesk.gui.widgets.messages import ask_discard, mark_invalid, set_message
from welfaredesk.services.changes import ChangeService, LastChange, diff_fields
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import PicklistEntry, Principal
from welfaredesk.services.notes import (
    DRAFT_FORM,
    MAX_MINUTES,
    NoteInput,
    NoteService,
    NoteView,
    TemplateView,
    draft_key,
)

AUTOSAVE_MS = 5000
"""How often a changed editor is saved as a draft."""


@dataclass(frozen=True)
class NoteChoices:
    """The pick-lists of the editor, loaded once per tab."""

    methods: list[PicklistEntry]
    funding: list[PicklistEntry]
    staff: list[tuple[int, str]]
    templates: list[TemplateView]


def note_field_labels() -> dict[str, str]:
    """The note's fields compared in the conflict dialog, in the editor's order."""
    return {
        "noted_at": QCoreApplication.translate("NoteEditorDialog", "Date and time"),
        "method": QCoreApplication.translate("NoteEditorDialog", "Method"),
        "minutes": QCoreApplication.translate("NoteEditorDialog", "Minutes spent"),
        "outreach": QCoreApplication.translate("NoteEditorDialog", "Outreach"),
        "staff": QCoreApplication.translate("NoteEditorDialog", "Staff"),
        "funding": QCoreApplication.translate("NoteEditorDialog", "Programme"),
        "body": QCoreApplication.translate("NoteEditorDialog", "Content"),
        "next_action": QCoreApplication.translate("NoteEditorDialog", "Next action"),
        "next_action_on": QCoreApplication.translate("NoteEditorDialog", "Next action date"),
        "acknowledgement": QCoreApplication.translate(
            "NoteEditorDialog", "Ask a supervisor to confirm"
        ),
    }


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("NoteEditorDialog", "Yes")
        if value
        else QCoreApplication.translate("NoteEditorDialog", "No")
    )


def _minutes_text(minutes: int | None) -> str:
    if not minutes:
        return ""
    return QCoreApplication.translate("NoteEditorDialog", "{minutes} min").format(minutes=minutes)


def note_values(note: NoteView) -> dict[str, str]:
    """A saved note as the texts the conflict dialog compares (see :func:`note_field_labels`)."""
    return {
        "noted_at": fmt_datetime(note.noted_at),
        "method": note.method_label,
        "minutes": _minutes_text(note.minutes),
        "outreach": _yes_no(note.outreach),
        "staff": note.staff_name,
        "funding": note.funding_programme_label if note.funding_programme_code else "",
        "body": note.body,
        "next_action": note.next_action,
        "next_action_on": fmt_date(note.next_action_on) if note.next_action_on else "",
        "acknowledgement": _yes_no(note.needs_acknowledgement),
    }


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is ``value`` (the first item if there is none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class NoteEditorDialog(QDialog):
    """Write a new progress note, or edit one.

    A stale save (someone else saved the note after the editor was opened) opens the
    :class:`ConflictDialog` with who saved it and what differs; the input stays in the editor.

    Signals:
        saved(object): the note was saved (its :class:`NoteView`).
        save_failed(str): saving was refused (the message shown).
        draft_saved(): an autosave finished.
        discard_asked(object): cancelling a changed editor asks first (the QMessageBox).
        conflict_shown(object): the :class:`ConflictDialog` of a stale save is open.
    """

    saved = Signal(object)
    save_failed = Signal(str)
    draft_saved = Signal()
    discard_asked = Signal(object)
    conflict_shown = Signal(object)

    def __init__(
        self,
        notes: NoteService,
        principal: Principal,
        case_id: int,
        choices: NoteChoices,
        parent: QWidget | None = None,
        *,
        note: NoteView | None = None,
        drafts: DraftService | None = None,
        draft: dict[str, Any] | None = None,
        changes: ChangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditorDialog")
        self.setWindowTitle(self.tr("Edit progress note") if note else self.tr("New progress note"))
        self._notes = notes
        self._principal = principal
        self._case_id = case_id
        self._choices = choices
        self._drafts = drafts
        self._changes = changes
        self.conflict_dialog: ConflictDialog | None = None
        self.note = note
        self.draft_key = draft_key(case_id, note.id if note else None)
        self._busy = False
        self._invalid: list[QWidget] = []
        self.discard_box: QMessageBox | None = None
        self._build()
        self._fill(note)
        self._baseline = self.draft_payload()
        self._last_draft = self._baseline
        if draft is not None:
            self.restore_draft(draft)
            set_message(
                self.messageLabel,
                self.tr(
                    "The note you were writing was not saved; it has been restored. "
                    "Check it and save."
                ),
                kind="info",
            )
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        if drafts is not None:
            self._timer.start()
        self.resize(760, 720)
        self.bodyEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("noteMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form, 1)

        when = QHBoxLayout()
        self.dateEdit = QLineEdit(self)
        self.dateEdit.setObjectName("notedOnEdit")
        self.dateEdit.setPlaceholderText(self.tr("e.g. 2025-06-10"))
        self.timeEdit = QLineEdit(self)
        self.timeEdit.setObjectName("notedTimeEdit")
        self.timeEdit.setPlaceholderText(self.tr("e.g. 10:30"))
        self.timeEdit.setMaximumWidth(90)
        time_label = QLabel(self.tr("T&ime"), self)
        time_label.setBuddy(self.timeEdit)
        self.dateEdit.setMaximumWidth(240)
        when.addWidget(self.dateEdit, 1)
        when.addWidget(time_label)
        when.addWidget(self.timeEdit)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.dateEdit)
        form.addRow(date_label, when)

        how = QHBoxLayout()
        self.methodCombo = QComboBox(self)
        self.methodCombo.setObjectName("methodCombo")
        for entry in self._choices.methods:
            self.methodCombo.addItem(entry.label, entry.code)
        self.methodCombo.currentIndexChanged.connect(lambda _i: self._fill_templates())
        self.minutesSpin = QSpinBox(self)
        self.minutesSpin.setObjectName("minutesSpin")
        self.minutesSpin.setRange(0, MAX_MINUTES)
        self.minutesSpin.setSingleStep(5)
        self.minutesSpin.setSpecialValueText(self.tr("not recorded"))
        self.minutesSpin.setSuffix(self.tr(" min"))
        self.minutesSpin.setMinimumWidth(110)
        minutes_label = QLabel(self.tr("Minu&tes"), self)
        minutes_label.setBuddy(self.minutesSpin)
        self.outreachCheck = QCheckBox(self.tr("O&utreach"), self)
        self.outreachCheck.setObjectName("outreachCheck")
        how.addWidget(self.methodCombo, 1)
        how.addWidget(minutes_label)
        how.addWidget(self.minutesSpin)
        how.addWidget(self.outreachCheck)
        method_label = QLabel(self.tr("&Method"), self)
        method_label.setBuddy(self.methodCombo)
        form.addRow(method_label, how)

        who = QHBoxLayout()
        self.staffCombo = QComboBox(self)
        self.staffCombo.setObjectName("staffCombo")
        for user_id, name in self._choices.staff:
            self.staffCombo.addItem(name, user_id)
        self.fundingCombo = QComboBox(self)
        self.fundingCombo.setObjectName("fundingCombo")
        self.fundingCombo.addItem(self.tr("(not chosen)"), None)
        for entry in self._choices.funding:
            self.fundingCombo.addItem(entry.label, entry.code)
        self.fundingCombo.setMinimumContentsLength(16)
        funding_label = QLabel(self.tr("&Programme"), self)
        funding_label.setBuddy(self.fundingCombo)
        who.addWidget(self.staffCombo, 1)
        who.addWidget(funding_label)
        who.addWidget(self.fundingCombo, 2)
        staff_label = QLabel(self.tr("St&aff"), self)
        staff_label.setBuddy(self.staffCombo)
        form.addRow(staff_label, who)

        self.templateCombo = QComboBox(self)
        self.templateCombo.setObjectName("templateCombo")
        self.templateCombo.setToolTip(
            self.tr("Inserts the chosen template or stock phrase at the cursor.")
        )
        self.templateCombo.activated.connect(self.insert_template)
        template_label = QLabel(self.tr("Tem&plate"), self)
        template_label.setBuddy(self.templateCombo)
        form.addRow(template_label, self.templateCombo)

        self.bodyEdit = QPlainTextEdit(self)
        self.bodyEdit.setObjectName("noteBodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setMinimumHeight(240)
        body_label = QLabel(self.tr("&Content"), self)
        body_label.setBuddy(self.bodyEdit)
        form.addRow(body_label, self.bodyEdit)

        nxt = QHBoxLayout()
        self.nextActionEdit = QLineEdit(self)
        self.nextActionEdit.setObjectName("nextActionEdit")
        self.nextActionEdit.setPlaceholderText(self.tr("e.g. visit together with the care centre"))
        self.nextDateEdit = QLineEdit(self)
        self.nextDateEdit.setObjectName("nextActionOnEdit")
        self.nextDateEdit.setPlaceholderText(self.tr("date"))
        self.nextDateEdit.setMaximumWidth(170)
        next_date_label = QLabel(self.tr("&On"), self)
        next_date_label.setBuddy(self.nextDateEdit)
        nxt.addWidget(self.nextActionEdit, 1)
        nxt.addWidget(next_date_label)
        nxt.addWidget(self.nextDateEdit)
        next_label = QLabel(self.tr("&Next action"), self)
        next_label.setBuddy(self.nextActionEdit)
        form.addRow(next_label, nxt)

        self.ackCheck = QCheckBox(self.tr("As&k a supervisor to confirm this note"), self)
        self.ackCheck.setObjectName("askConfirmationCheck")
        form.addRow("", self.ackCheck)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Enter saves."), self)
        hint.setProperty("role", "note")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        self.saveButton = QPushButton(self.tr("&Save"), self)
        self.saveButton.setObjectName("saveNoteButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.clicked.connect(self.save)
        self.cancelButton = QPushButton(self.tr("Cancel"), self)
        self.cancelButton.setObjectName("cancelNoteButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.clicked.connect(self.reject)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.cancelButton)
        outer.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def _fill(self, note: NoteView | None) -> None:
        now = dt.datetime.now()
        if note is None:
            self.dateEdit.setText(fmt_date_input(now.date()))
            self.timeEdit.setText(f"{now:%H:%M}")
            select_data(self.staffCombo, self._principal.user_id)
            self._fill_templates()
            return
        self.dateEdit.setText(fmt_date_input(note.noted_at.date()))
        self.timeEdit.setText(f"{note.noted_at:%H:%M}")
        select_data(self.methodCombo, note.method_code)
        self.minutesSpin.setValue(note.minutes or 0)
        if note.staff_id is not None and self.staffCombo.findData(note.staff_id) < 0:
            self.staffCombo.addItem(note.staff_name, note.staff_id)
        select_data(self.staffCombo, note.staff_id)
        select_data(self.fundingCombo, note.funding_programme_code)
        self.outreachCheck.setChecked(note.outreach)
        self.bodyEdit.setPlainText(note.body)
        self.nextActionEdit.setText(note.next_action)
        self.nextDateEdit.setText(fmt_date_input(note.next_action_on))
        self.ackCheck.setChecked(note.needs_acknowledgement)
        self._fill_templates()

    def _fill_templates(self) -> None:
        method = self.methodCombo.currentData()
        combo = self.templateCombo
        combo.clear()
        combo.addItem(self.tr("(insert a template or stock phrase)"), None)
        for template in self._choices.templates:
            if template.method_code in (None, method):
                combo.addItem(template.title, template.id)
                combo.setItemData(combo.count() - 1, template.body, Qt.ItemDataRole.ToolTipRole)

    def template_titles(self) -> list[str]:
        """The templates offered for the chosen method (without the prompt item)."""
        return [self.templateCombo.itemText(i) for i in range(1, self.templateCombo.count())]

    def insert_template(self, index: int) -> None:
        """Insert the template at ``index`` of the template combo at the content's cursor."""
        template_id = self.templateCombo.itemData(index)
        template = next((t for t in self._choices.templates if t.id == template_id), None)
        self.templateCombo.setCurrentIndex(0)
        if template is None:
            return
        cursor = self.bodyEdit.textCursor()
        text = template.body
        # a stock phrase continues the line; a multi-line template starts on its own line
        if "\n" in text.strip() and cursor.positionInBlock() > 0:
            text = "\n" + text
        cursor.insertText(text)
        self.bodyEdit.setTextCursor(cursor)
        if "\n" in text.strip():
            # put the cursor after the first heading, where the writing starts
            start = cursor.position() - len(text)
            first_break = text.find("\n", 1 if text.startswith("\n") else 0)
            if first_break >= 0:
                cursor.setPosition(start + first_break)
                cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
                self.bodyEdit.setTextCursor(cursor)
        self.bodyEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the form -------------------------------------------------------------------------

    def form_input(self) -> NoteInput:
        """The editor's content as the service's input."""
        minutes = self.minutesSpin.value()
        return NoteInput(
            noted_on=self.dateEdit.text(),
            noted_time=self.timeEdit.text(),
            method_code=self.methodCombo.currentData() or "",
            body=self.bodyEdit.toPlainText(),
            minutes=minutes or None,
            staff_id=self.staffCombo.currentData(),
            funding_programme_code=self.fundingCombo.currentData(),
            outreach=self.outreachCheck.isChecked(),
            next_action=self.nextActionEdit.text(),
            next_action_on=self.nextDateEdit.text(),
            needs_acknowledgement=self.ackCheck.isChecked(),
        )

    def draft_payload(self) -> dict[str, Any]:
        """The editor's content as JSON values (the draft payload)."""
        form = self.form_input()
        return {
            "noted_on": form.noted_on,
            "noted_time": form.noted_time,
            "method_code": form.method_code,
            "body": form.body,
            "minutes": form.minutes,
            "staff_id": form.staff_id,
            "funding_programme_code": form.funding_programme_code,
            "outreach": form.outreach,
            "next_action": form.next_action,
            "next_action_on": form.next_action_on,
            "needs_acknowledgement": form.needs_acknowledgement,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft's values back into the editor (unknown values are left as they are)."""
        for key, edit in (
            ("noted_on", self.dateEdit),
            ("noted_time", self.timeEdit),
            ("next_action", self.nextActionEdit),
            ("next_action_on", self.nextDateEdit),
        ):
            if key in payload:
                edit.setText(str(payload[key] or ""))
        if "method_code" in payload:
            select_data(self.methodCombo, payload["method_code"])
        if "staff_id" in payload:
            select_data(self.staffCombo, payload["staff_id"])
        if "funding_programme_code" in payload:
            select_data(self.fundingCombo, payload["funding_programme_code"])
        minutes = payload.get("minutes")
        self.minutesSpin.setValue(minutes if isinstance(minutes, int) else 0)
        self.outreachCheck.setChecked(bool(payload.get("outreach")))
        self.ackCheck.setChecked(bool(payload.get("needs_acknowledgement")))
        if "body" in payload:
            self.bodyEdit.setPlainText(str(payload["body"] or ""))
            self.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)

    def has_changes(self) -> bool:
        """Whether the editor differs from what it was opened with."""
        return self.draft_payload() != self._baseline

    def autosave(self) -> None:
        """Save the editor as a draft on the worker, if it changed since the last save."""
        drafts = self._drafts
        if drafts is None or self._busy:
            return
        payload = self.draft_payload()
        if payload == self._last_draft:
            return
        self._last_draft = payload
        principal, key = self._principal, self.draft_key
        run_op(
            self,
            lambda: drafts.save(principal, DRAFT_FORM, key, payload),
            lambda _none: self.draft_saved.emit(),
        )

    def save(self) -> None:
        """Save the note on the worker."""
        if self._busy:
            return
        self._clear_invalid()
        form = self.form_input()
        self._set_busy(True)
        set_message(self.messageLabel, self.tr("Saving..."), kind="info")
        notes, principal, case_id, note = self._notes, self._principal, self._case_id, self.note
        draft = (DRAFT_FORM, self.draft_key) if self._drafts is not None else None
        run_op(
            self,
            lambda: notes.save(
                principal,
                case_id,
                form,
                note_id=note.id if note else None,
                version=note.version if note else None,
                draft=draft,
            ),
            self._saved,
            self._save_failed,
        )

    def _saved(self, view: NoteView) -> None:
        self._set_busy(False)
        self._timer.stop()
        self.saved.emit(view)
        self.accept()

    def _save_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget = {
                "noted_on": self.dateEdit,
                "noted_time": self.timeEdit,
                "method_code": self.methodCombo,
                "minutes": self.minutesSpin,
                "staff_id": self.staffCombo,
                "funding_programme_code": self.fundingCombo,
                "body": self.bodyEdit,
                "next_action": self.nextActionEdit,
                "next_action_on": self.nextDateEdit,
            }.get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(error.text())
        if isinstance(error, ConflictError) and self.note is not None:
            self._fetch_conflict(self.note)

    # --- a stale save -------------------------------------------------------------------------

    def form_values(self) -> dict[str, str]:
        """The editor's content as the texts the conflict dialog compares."""
        staff = self.staffCombo.currentText() if self.staffCombo.currentData() is not None else ""
        funding = (
            self.fundingCombo.currentText() if self.fundingCombo.currentData() is not None else ""
        )
        next_on = self.nextDateEdit.text()
        return {
            "noted_at": f"{typed_date(self.dateEdit.text())} {self.timeEdit.text().strip()}",
            "method": self.methodCombo.currentText(),
            "minutes": _minutes_text(self.minutesSpin.value()),
            "outreach": _yes_no(self.outreachCheck.isChecked()),
            "staff": staff,
            "funding": funding,
            "body": self.bodyEdit.toPlainText(),
            "next_action": self.nextActionEdit.text(),
            "next_action_on": typed_date(next_on) if next_on.strip() else "",
            "acknowledgement": _yes_no(self.ackCheck.isChecked()),
        }

    def _fetch_conflict(self, opened: NoteView) -> None:
        """Read the note as saved now and who saved it, then show the conflict dialog."""
        notes, changes, principal = self._notes, self._changes, self._principal
        case_id, note_id = self._case_id, opened.id

        def load() -> tuple[NoteView, LastChange | None]:
            latest = notes.get(principal, note_id)
            last = (
                changes.last_change(principal, case_id, "progress_note", note_id)
                if changes is not None
                else None
            )
            return latest, last

        run_op(self, load, lambda result: self._show_conflict(opened, *result))

    def _show_conflict(self, opened: NoteView, latest: NoteView, last: LastChange | None) -> None:
        labels = note_field_labels()
        mine = self.form_values()
        diffs = diff_fields(note_values(opened), note_values(latest), mine, labels)
        dialog = ConflictDialog(self.tr("This progress note"), last, diffs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._conflict_chosen(choice, latest, mine))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _conflict_chosen(self, choice: Choice, latest: NoteView, mine: dict[str, str]) -> None:
        if choice is Choice.REAPPLY:
            # the next save is a deliberate overwrite of the latest version
            self.note = latest
            set_message(
                self.messageLabel,
                self.tr(
                    "Your input is kept on top of the latest version. Check it and save: "
                    "it then replaces what the other person saved."
                ),
                kind="info",
            )
        elif choice is Choice.SHOW_LATEST:
            copy_to_clipboard(mine, note_field_labels())
            self.note = latest
            self._fill(latest)
            self._baseline = self.draft_payload()
            set_message(
                self.messageLabel,
                self.tr(
                    "The latest version is shown. Your input was copied to the clipboard: "
                    "paste what you still need."
                ),
                kind="info",
            )
        self.bodyEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.saveButton.setEnabled(not busy)
        self.cancelButton.setEnabled(not busy)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Close without saving; a changed editor asks first (Esc, Cancel, the title bar)."""
        if self._busy:
            return
        if self.has_changes():
            self._ask_discard()
            return
        self._discard()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        """Closing the window is cancelling."""
        event.ignore()
        self.reject()

    def _ask_discard(self) -> None:
        self.discard_box = ask_discard(
            self,
            self.tr("Discard the note?"),
            self.tr(
                "The note you are writing is not saved. Discard what you typed? "
                "To keep it, choose Continue and save."
            ),
            "discardNoteBox",
            self._discard,
        )
        self.discard_asked.emit(self.discard_box)

    def _discard(self) -> None:
        self._timer.stop()
        owner = self.parentWidget() or self  # outlives this dialog, which closes now
        forget_draft(owner, self._drafts, self._principal, DRAFT_FORM, self.draft_key)
        super().reject()


class AcknowledgeDialog(QDialog):
    """A supervisor confirms a note, with an optional comment."""

    def __init__(self, note: NoteView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("Confirm the progress note"))
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("{date} {method} by {staff}").format(
                date=fmt_date(note.noted_at.date()),
                method=note.method_label,
                staff=note.staff_name or self.tr("(unknown)"),
            ),
            self,
        )
        layout.addWidget(summary)
        caption = QLabel(self.tr("&Comment (optional)"), self)
        layout.addWidget(caption)
        self.commentEdit = QPlainTextEdit(self)
        self.commentEdit.setObjectName("acknowledgementCommentEdit")
        self.commentEdit.setTabChangesFocus(True)
        caption.setBuddy(self.commentEdit)
        layout.addWidget(self.commentEdit, 1)
        buttons = QDialogButtonBox(self)
        self.confirmButton = buttons.addButton(
            self.tr("Con&firm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirmButton.setObjectName("confirmNoteButton")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def comment(self) -> str:
        """The comment typed."""
        return self.commentEdit.toPlainText()
