"""The 支援経過 tab of the case view: the case's progress notes, newest first.

The top row writes a new note (:class:`~welfaredesk.gui.note_dialog.NoteEditorDialog`; a note
left unsaved is restored from its draft), edits the chosen note (its author or a supervisor),
lets a supervisor confirm a note with a comment, prints the 支援経過記録票 for the period of
the filter through the PDF preview, and opens the template editor (supervisors). The filter
row narrows the list by method, staff, period, words in the text (full-text search) and notes
awaiting confirmation (確認待ち). Each note is shown in full. A closed case is read-only except
for printing. After a save or a confirmation :attr:`NotesTab.changed` is emitted, and the case
view reloads the case (its header shows the days since the last contact).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.dates import parse_optional_date
from welfaredesk.domain.enums import CaseStage
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import annotate, fmt_date, fmt_datetime, join_spaced
from welfaredesk.gui.note_dialog import AcknowledgeDialog, NoteChoices, NoteEditorDialog
from welfaredesk.gui.note_templates import NoteTemplateDialog
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.changes import ChangeService
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import CaseDetail, Principal
from welfaredesk.services.notes import (
    DRAFT_FORM,
    NoteFilter,
    NotePage,
    NoteService,
    NoteView,
    draft_key,
)
from welfaredesk.services.reference import ReferenceService

PAGE_SIZE = 100
"""How many notes are fetched at a time."""

FILTER_DELAY_MS = 300
"""How long the list waits after the last change of a filter before it reloads."""

AWAITING_BACKGROUND = QColor("#fff4d6")


class NotesTab(QWidget):
    """The progress notes of one case.

    Signals:
        loaded(int): the list was (re)filled (the number of notes shown).
        changed(): a note was saved or confirmed; the case view reloads the case.
        editor_opened(object): the note editor is open (the :class:`NoteEditorDialog`).
        acknowledge_opened(object): the confirmation dialog is open.
        templates_opened(object): the template editor is open.
        preview_opened(object): the progress record's :class:`PdfPreviewDialog` is open.
        print_failed(str): the progress record could not be built (the message shown).
    """

    loaded = Signal(int)
    changed = Signal()
    editor_opened = Signal(object)
    acknowledge_opened = Signal(object)
    templates_opened = Signal(object)
    preview_opened = Signal(object)
    print_failed = Signal(str)

    def __init__(
        self,
        notes: NoteService,
        reference: ReferenceService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
        *,
        drafts: DraftService | None = None,
        changes: ChangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesTabWidget")
        self.case_id = case_id
        self._notes = notes
        self._reference = reference
        self._principal = principal
        self._drafts = drafts
        self._changes = changes
        self._detail: CaseDetail | None = None
        self._choices: NoteChoices | None = None
        self._shown: list[NoteView] = []
        self._generation = 0
        self._total = 0
        self._busy = False
        self._can_write = allowed(principal.role, Action.NOTE_WRITE)
        self._can_acknowledge = allowed(principal.role, Action.NOTE_ACKNOWLEDGE)
        self._can_edit_templates = self._can_acknowledge or allowed(
            principal.role, Action.REFERENCE_EDIT
        )
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self._build()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.newButton = QPushButton(self.tr("&New note"), self)
        self.newButton.setObjectName("newNoteButton")
        self.editButton = QPushButton(self.tr("&Edit"), self)
        self.editButton.setObjectName("editNoteButton")
        self.acknowledgeButton = QPushButton(self.tr("Con&firm..."), self)
        self.acknowledgeButton.setObjectName("acknowledgeNoteButton")
        self.printButton = QPushButton(self.tr("&Print progress record"), self)
        self.printButton.setObjectName("printProgressRecordButton")
        self.templatesButton = QPushButton(self.tr("&Templates..."), self)
        self.templatesButton.setObjectName("noteTemplatesButton")
        self.newButton.clicked.connect(self.new_note)
        self.editButton.clicked.connect(self.edit_note)
        self.acknowledgeButton.clicked.connect(self.acknowledge)
        self.printButton.clicked.connect(self.print_record)
        self.templatesButton.clicked.connect(self.open_templates)
        for button in (self.newButton, self.editButton, self.acknowledgeButton):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.printButton, self.templatesButton):
            button.setAutoDefault(False)
            actions.addWidget(button)
        self.newButton.setVisible(self._can_write)
        self.editButton.setVisible(self._can_write)
        self.acknowledgeButton.setVisible(self._can_acknowledge)
        self.templatesButton.setVisible(self._can_edit_templates)
        outer.addLayout(actions)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("notesMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")

        filters = QHBoxLayout()
        self.methodFilter = QComboBox(self)
        self.methodFilter.setObjectName("noteMethodFilter")
        self.methodFilter.addItem(self.tr("All methods"), None)
        self.staffFilter = QComboBox(self)
        self.staffFilter.setObjectName("noteStaffFilter")
        self.staffFilter.addItem(self.tr("All staff"), None)
        self.fromEdit = QLineEdit(self)
        self.fromEdit.setObjectName("noteFromEdit")
        self.fromEdit.setPlaceholderText(self.tr("from (date)"))
        self.fromEdit.setMaximumWidth(150)
        self.toEdit = QLineEdit(self)
        self.toEdit.setObjectName("noteToEdit")
        self.toEdit.setPlaceholderText(self.tr("to (date)"))
        self.toEdit.setMaximumWidth(150)
        self.textFilter = QLineEdit(self)
        self.textFilter.setObjectName("noteTextFilter")
        self.textFilter.setPlaceholderText(self.tr("Words in the notes"))
        self.textFilter.setClearButtonEnabled(True)
        self.awaitingCheck = QCheckBox(self.tr("A&waiting confirmation"), self)
        self.awaitingCheck.setObjectName("awaitingFilter")
        self.methodFilter.setAccessibleName(self.tr("Filter by method"))
        self.staffFilter.setAccessibleName(self.tr("Filter by staff"))
        self.fromEdit.setAccessibleName(self.tr("From (date)"))
        self.toEdit.setAccessibleName(self.tr("To (date)"))
        self.textFilter.setAccessibleName(self.tr("Words in the notes"))
        for combo in (self.methodFilter, self.staffFilter):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        for edit in (self.fromEdit, self.toEdit, self.textFilter):
            edit.textChanged.connect(lambda _t: self._filter_changed())
        self.awaitingCheck.toggled.connect(lambda _on: self._filter_changed())
        filters.addWidget(self.methodFilter)
        filters.addWidget(self.staffFilter)
        filters.addWidget(self.fromEdit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.toEdit)
        filters.addWidget(self.textFilter, 1)
        filters.addWidget(self.awaitingCheck)
        outer.addLayout(filters)

        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("noteCountLabel")
        self.countLabel.setProperty("role", "caption")
        outer.addWidget(self.countLabel)

        self.noteList = QListWidget(self)
        self.noteList.setObjectName("noteList")
        self.noteList.setAccessibleName(self.tr("Progress notes"))
        self.noteList.setWordWrap(True)
        self.noteList.setSpacing(0)
        self.noteList.setStyleSheet(
            "QListWidget#noteList::item { padding: 6px 4px; border-bottom: 1px solid #d5dde5; }"
            "QListWidget#noteList::item:selected { background: #cfe1f5; color: #1f2328; }"
        )
        self.noteList.setAlternatingRowColors(True)
        self.noteList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.noteList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.noteList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.noteList.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.noteList.itemDoubleClicked.connect(lambda _item: self.edit_note())
        outer.addWidget(self.noteList, 1)

        self.moreButton = QPushButton(self.tr("Show &more"), self)
        self.moreButton.setObjectName("moreNotesButton")
        self.moreButton.setAutoDefault(False)
        self.moreButton.clicked.connect(self.load_more)
        self.moreButton.hide()
        outer.addWidget(self.moreButton, 0, Qt.AlignmentFlag.AlignHCenter)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail) -> None:
        """Show the case (called by the case view each time the case is (re)loaded)."""
        self._detail = detail
        self._update_buttons()
        if self._choices is None:
            self._load_choices()
        else:
            self.reload()

    def is_closed(self) -> bool:
        """Whether the case is closed (the tab is read-only but can print)."""
        return self._detail is not None and self._detail.stage is CaseStage.CLOSED

    def _load_choices(self) -> None:
        notes, reference, principal = self._notes, self._reference, self._principal
        drafts, key = self._drafts, draft_key(self.case_id)
        can_write = self._can_write

        def load() -> tuple[NoteChoices, bool]:
            choices = NoteChoices(
                methods=reference.picklist("note_method"),
                funding=reference.picklist("funding_programme"),
                staff=notes.staff(principal),
                templates=notes.templates(principal, all_methods=True) if can_write else [],
            )
            pending = drafts is not None and drafts.load(principal, DRAFT_FORM, key) is not None
            return choices, pending

        run_op(self, load, lambda result: self._choices_arrived(*result), self._failed)

    def _choices_arrived(self, choices: NoteChoices, pending_draft: bool) -> None:
        self._choices = choices
        for combo, items in (
            (self.methodFilter, [(e.label, e.code) for e in choices.methods]),
            (self.staffFilter, [(name, uid) for uid, name in choices.staff]),
        ):
            combo.blockSignals(True)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        if pending_draft and not self.is_closed():
            set_message(
                self.messageLabel,
                self.tr(
                    "A note you were writing on this case was not saved. "
                    "Choose New note to continue it."
                ),
                kind="info",
            )
        self.reload()

    def _filter_changed(self) -> None:
        self._filter_timer.start()

    def current_filter(self) -> NoteFilter | None:
        """The filter as set, or None when a date cannot be read (the field is marked)."""
        today = dt.date.today()
        dates: list[dt.date | None] = []
        for edit in (self.fromEdit, self.toEdit):
            try:
                dates.append(parse_optional_date(edit.text(), field="date", label="", today=today))
            except KnownError:
                mark_invalid(edit, True)
                return None
            mark_invalid(edit, False)
        return NoteFilter(
            method_code=self.methodFilter.currentData(),
            staff_id=self.staffFilter.currentData(),
            date_from=dates[0],
            date_to=dates[1],
            text=self.textFilter.text(),
            awaiting_acknowledgement=self.awaitingCheck.isChecked(),
        )

    def reload(self, select_id: int | None = None) -> None:
        """Load the first page of notes matching the filter on the worker."""
        self._filter_timer.stop()
        flt = self.current_filter()
        if flt is None:
            return
        notes, principal, case_id = self._notes, self._principal, self.case_id
        current = self.current_note()
        wanted = select_id if select_id is not None else (current.id if current else None)
        # Only the newest request is shown: a reload asked before a filter change (the case
        # view reloading after a save, say) must not overwrite the newer list when it lands.
        self._generation += 1
        generation = self._generation
        run_op(
            self,
            lambda: notes.list(principal, case_id, flt, limit=PAGE_SIZE),
            lambda page: self._page_arrived(page, wanted, append=False, generation=generation),
            self._failed,
        )

    def load_more(self) -> None:
        """Fetch the next page of notes and add it to the list."""
        flt = self.current_filter()
        if flt is None:
            return
        notes, principal, case_id = self._notes, self._principal, self.case_id
        offset = len(self._shown)
        generation = self._generation
        run_op(
            self,
            lambda: notes.list(principal, case_id, flt, limit=PAGE_SIZE, offset=offset),
            lambda page: self._page_arrived(page, None, append=True, generation=generation),
            self._failed,
        )

    def _page_arrived(
        self, page: NotePage, select_id: int | None, *, append: bool, generation: int
    ) -> None:
        if generation != self._generation:
            return  # a newer list is on its way
        if not append:
            self._shown = []
            self.noteList.clear()
        self._total = page.total
        self.noteList.blockSignals(True)
        for note in page.notes:
            self._shown.append(note)
            self.noteList.addItem(self._item(note))
        self.noteList.blockSignals(False)
        ids = [n.id for n in self._shown]
        if select_id in ids:
            self.noteList.setCurrentRow(ids.index(select_id))
        self._show_count()
        self._update_buttons()
        self.loaded.emit(len(self._shown))

    def _show_count(self) -> None:
        shown, total = len(self._shown), self._total
        if total == 0:
            text = self.tr("No progress notes match.")
        elif shown < total:
            text = self.tr("{shown} of {total} notes, newest first").format(
                shown=shown, total=total
            )
        else:
            text = self.tr("{total} notes, newest first").format(total=total)
        self.countLabel.setText(text)
        self.moreButton.setVisible(shown < total)

    def note_text(self, note: NoteView) -> str:
        """The whole note as the list shows it."""
        head = [
            fmt_datetime(note.noted_at, "short"),
            note.method_label,
        ]
        if note.minutes is not None:
            head.append(self.tr("{minutes} min").format(minutes=note.minutes))
        if note.staff_name:
            head.append(note.staff_name)
        if note.outreach:
            head.append(self.tr("Outreach"))
        if note.funding_programme_label:
            head.append(note.funding_programme_label)
        if note.awaiting_acknowledgement:
            head.append(self.tr("[Awaiting confirmation]"))
        lines = [join_spaced(head), note.body]
        if note.next_action or note.next_action_on:
            action = annotate(note.next_action, fmt_date(note.next_action_on, style="short"))
            lines.append(self.tr("Next: {action}").format(action=action))
        if note.acknowledged_at is not None:
            lines.append(
                self.tr("Confirmed by {name} on {date}").format(
                    name=note.acknowledged_by_name,
                    date=fmt_date(note.acknowledged_at.date(), style="short"),
                )
            )
            if note.acknowledgement_comment:
                lines.append(
                    self.tr("Comment: {comment}").format(comment=note.acknowledgement_comment)
                )
        return "\n".join(lines)

    def _item(self, note: NoteView) -> QListWidgetItem:
        item = QListWidgetItem(self.note_text(note))
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        if note.awaiting_acknowledgement:
            item.setBackground(AWAITING_BACKGROUND)
        return item

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    # --- selection and buttons --------------------------------------------------------------

    def current_note(self) -> NoteView | None:
        """The chosen note, or None."""
        row = self.noteList.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def select_note(self, note_id: int) -> None:
        """Choose a note of the list by id."""
        ids = [n.id for n in self._shown]
        if note_id in ids:
            self.noteList.setCurrentRow(ids.index(note_id))

    def _update_buttons(self) -> None:
        ready = self._detail is not None and self._choices is not None and not self._busy
        open_case = not self.is_closed()
        note = self.current_note()
        closed_tip = self.tr("The case is closed; reopen it to record progress notes.")
        self.newButton.setEnabled(ready and open_case)
        self.editButton.setEnabled(ready and open_case and note is not None and note.can_edit)
        self.acknowledgeButton.setEnabled(
            ready and open_case and note is not None and note.acknowledged_at is None
        )
        for button in (self.newButton, self.editButton, self.acknowledgeButton):
            button.setToolTip("" if open_case else closed_tip)
        self.printButton.setEnabled(self._detail is not None and not self._busy)

    # --- writing ----------------------------------------------------------------------------

    def new_note(self) -> None:
        """Open the editor for a new note (restoring an unsaved draft)."""
        self._open_editor(None)

    def edit_note(self) -> None:
        """Open the editor on the chosen note (its author or a supervisor)."""
        note = self.current_note()
        if note is None or not note.can_edit or not self.editButton.isEnabled():
            return
        self._open_editor(note)

    def _open_editor(self, note: NoteView | None) -> None:
        choices = self._choices
        if choices is None or self.is_closed() or not self._can_write:
            return
        drafts, principal = self._drafts, self._principal
        key = draft_key(self.case_id, note.id if note else None)

        def load() -> dict[str, Any] | None:
            return drafts.load(principal, DRAFT_FORM, key) if drafts else None

        run_op(self, load, lambda draft: self._show_editor(choices, note, draft), self._failed)

    def _show_editor(
        self, choices: NoteChoices, note: NoteView | None, draft: dict[str, Any] | None
    ) -> None:
        dialog = NoteEditorDialog(
            self._notes,
            self._principal,
            self.case_id,
            choices,
            self,
            note=note,
            drafts=self._drafts,
            draft=draft,
            changes=self._changes,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._note_saved)
        set_message(self.messageLabel, "")
        dialog.open()
        self.editor_opened.emit(dialog)

    def _note_saved(self, view: NoteView) -> None:
        set_message(self.messageLabel, self.tr("The note was saved."), kind="info")
        self.reload(view.id)
        self.changed.emit()

    def acknowledge(self) -> None:
        """Confirm the chosen note as a supervisor, with an optional comment."""
        note = self.current_note()
        if note is None or not self.acknowledgeButton.isEnabled():
            return
        dialog = AcknowledgeDialog(note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send_acknowledgement(note, dialog.comment()))
        dialog.open()
        self.acknowledge_opened.emit(dialog)

    def _send_acknowledgement(self, note: NoteView, comment: str) -> None:
        notes, principal = self._notes, self._principal
        run_op(
            self,
            lambda: notes.acknowledge(principal, note.id, comment, note.version),
            self._acknowledged,
            self._failed,
        )

    def _acknowledged(self, view: NoteView) -> None:
        set_message(self.messageLabel, self.tr("The note was confirmed."), kind="info")
        self.reload(view.id)
        self.changed.emit()

    def open_templates(self) -> None:
        """Open the template editor (supervisors and administrators)."""
        choices = self._choices
        if choices is None or not self._can_edit_templates:
            return
        dialog = NoteTemplateDialog(self._notes, self._principal, choices.methods, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._reload_templates())
        dialog.open()
        self.templates_opened.emit(dialog)

    def _reload_templates(self) -> None:
        notes, principal = self._notes, self._principal
        if self._choices is None or not self._can_write:
            return
        choices = self._choices

        def replace(templates: list[Any]) -> None:
            self._choices = NoteChoices(
                choices.methods, choices.funding, choices.staff, list(templates)
            )

        run_op(self, lambda: notes.templates(principal, all_methods=True), replace, self._failed)

    # --- printing ---------------------------------------------------------------------------

    def print_record(self) -> None:
        """Build the 支援経過記録票 for the filter's period on the worker, then preview it.

        Building the PDF is audited as printing (the preview can print or save it); what the
        user then does with the preview is audited through :meth:`NoteService.record_output`.
        """
        detail = self._detail
        flt = self.current_filter()
        if detail is None or flt is None:
            return
        self._busy = True
        self._update_buttons()
        set_message(self.messageLabel, self.tr("Preparing the progress record..."), kind="info")
        notes, principal, case_id = self._notes, self._principal, self.case_id
        name = self.tr("Progress record {number}").format(number=detail.case_number)

        def opened(dialog: PdfPreviewDialog) -> None:
            self._busy = False
            self._update_buttons()
            set_message(self.messageLabel, "")
            self.preview_opened.emit(dialog)

        preview_pdf(
            self,
            build=lambda out: notes.print_record(
                principal, case_id, out, date_from=flt.date_from, date_to=flt.date_to
            ),
            file_name="progress_record.pdf",
            title=name,
            record_output=lambda to_file: notes.record_output(principal, case_id, to_file=to_file),
            opened=opened,
            failed=self._print_failed,
        )

    def _print_failed(self, error: KnownError) -> None:
        self._busy = False
        self._update_buttons()
        set_message(self.messageLabel, error.text(), kind="error")
        self.print_failed.emit(error.text())
