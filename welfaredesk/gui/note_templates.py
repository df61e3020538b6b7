"""The template editor (定型文の管理) for supervisors and administrators.

Lists every template and stock phrase of progress notes, active or not, with the method it is
offered for (or every method); the chosen one is edited on the right. New adds one, Save
stores the form (the service checks the title, the body and the method), Deactivate stops
offering it (it is kept, and ticking Active brings it back). Every change is audited by the
service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.note_dialog import select_data
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.dto import PicklistEntry, Principal
from welfaredesk.services.notes import NoteService, TemplateInput, TemplateView

COL_METHOD, COL_TITLE, COL_STATE = range(3)


class NoteTemplateDialog(QDialog):
    """Add, edit and deactivate the templates and stock phrases of progress notes.

    Signals:
        loaded(int): the list was filled (the number of templates).
        saved(object): a template was saved or deactivated (its :class:`TemplateView`).
        save_failed(str): saving was refused (the message shown).
    """

    loaded = Signal(int)
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        notes: NoteService,
        principal: Principal,
        methods: list[PicklistEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteTemplateDialog")
        self.setWindowTitle(self.tr("Note templates and stock phrases"))
        self._notes = notes
        self._principal = principal
        self._methods = methods
        self._templates: list[TemplateView] = []
        self.current: TemplateView | None = None
        self._invalid: list[QWidget] = []
        self._build()
        self.resize(1000, 620)
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("templateMessageLabel")
        self.messageLabel.setWordWrap(True)
        outer.addWidget(self.messageLabel)
        set_message(self.messageLabel, "")
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("templateTable")
        self.table.setAccessibleName(self.tr("Note templates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Method"), self.tr("Title"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the editor's fields
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_METHOD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setMinimumWidth(420)
        body.addWidget(self.table, 1)

        editor = QVBoxLayout()
        form = QFormLayout()
        self.methodCombo = QComboBox(self)
        self.methodCombo.setObjectName("templateMethodCombo")
        self.methodCombo.addItem(self.tr("Every method"), None)
        for entry in self._methods:
            self.methodCombo.addItem(entry.label, entry.code)
        form.addRow(self.tr("&Method"), self.methodCombo)
        self.titleEdit = QLineEdit(self)
        self.titleEdit.setObjectName("templateTitleEdit")
        self.titleEdit.setMaxLength(100)
        form.addRow(self.tr("&Title"), self.titleEdit)
        self.bodyEdit = QPlainTextEdit(self)
        self.bodyEdit.setObjectName("templateBodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        form.addRow(self.tr("Te&xt"), self.bodyEdit)
        self.orderSpin = QSpinBox(self)
        self.orderSpin.setObjectName("templateOrderSpin")
        self.orderSpin.setRange(0, 999)
        form.addRow(self.tr("&Order"), self.orderSpin)
        self.activeCheck = QCheckBox(self.tr("&Active (offered in the note editor)"), self)
        self.activeCheck.setObjectName("templateActiveCheck")
        self.activeCheck.setChecked(True)
        form.addRow("", self.activeCheck)
        editor.addLayout(form, 1)
        buttons = QHBoxLayout()
        self.newButton = QPushButton(self.tr("&New"), self)
        self.newButton.setObjectName("newTemplateButton")
        self.newButton.setAutoDefault(False)
        self.newButton.clicked.connect(self.new_template)
        self.saveButton = QPushButton(self.tr("&Save"), self)
        self.saveButton.setObjectName("saveTemplateButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.clicked.connect(self.save)
        self.deactivateButton = QPushButton(self.tr("&Deactivate"), self)
        self.deactivateButton.setObjectName("deactivateTemplateButton")
        self.deactivateButton.setAutoDefault(False)
        self.deactivateButton.clicked.connect(self.deactivate)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setAutoDefault(False)
        self.closeButton.clicked.connect(self.accept)
        for button in (self.newButton, self.saveButton, self.deactivateButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        editor.addLayout(buttons)
        body.addLayout(editor, 1)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Load every template on the worker."""
        notes, principal = self._notes, self._principal
        run_op(
            self,
            lambda: notes.templates(principal, all_methods=True, include_inactive=True),
            lambda rows: self._arrived(rows, select_id),
            self._failed,
        )

    def _arrived(self, rows: list[TemplateView], select_id: int | None) -> None:
        self._templates = rows
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for row, template in enumerate(rows):
            values = (
                template.method_label or self.tr("Every method"),
                template.title,
                self.tr("Active") if template.active else self.tr("Not offered"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not template.active:
                    item.setForeground(Qt.GlobalColor.gray)
                if column == COL_TITLE:
                    item.setToolTip(template.body)
                table.setItem(row, column, item)
        table.blockSignals(False)
        wanted = select_id if select_id is not None else (self.current.id if self.current else None)
        ids = [t.id for t in rows]
        if wanted in ids:
            table.selectRow(ids.index(wanted))
        elif rows and self.current is None:
            table.selectRow(0)
        self._selection_changed()
        self.loaded.emit(len(rows))

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._update_buttons()
            return
        template = self._templates[rows[0].row()]
        self.current = template
        select_data(self.methodCombo, template.method_code)
        self.titleEdit.setText(template.title)
        self.bodyEdit.setPlainText(template.body)
        self.orderSpin.setValue(template.sort_order)
        self.activeCheck.setChecked(template.active)
        self._clear_invalid()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.deactivateButton.setEnabled(self.current is not None and self.current.active)

    # --- editing ----------------------------------------------------------------------------

    def new_template(self) -> None:
        """Empty the form for a new template."""
        self.table.clearSelection()
        self.current = None
        self.methodCombo.setCurrentIndex(0)
        self.titleEdit.clear()
        self.bodyEdit.clear()
        self.orderSpin.setValue(0)
        self.activeCheck.setChecked(True)
        self._clear_invalid()
        self._update_buttons()
        self.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def form_input(self) -> TemplateInput:
        """The form as the service's input."""
        return TemplateInput(
            title=self.titleEdit.text(),
            body=self.bodyEdit.toPlainText(),
            method_code=self.methodCombo.currentData(),
            sort_order=self.orderSpin.value(),
            active=self.activeCheck.isChecked(),
        )

    def save(self) -> None:
        """Save the form (a new template, or the chosen one) on the worker."""
        self._clear_invalid()
        notes, principal, form, current = (
            self._notes,
            self._principal,
            self.form_input(),
            self.current,
        )
        run_op(
            self,
            lambda: notes.save_template(
                principal,
                form,
                template_id=current.id if current else None,
                version=current.version if current else None,
            ),
            self._saved,
            self._save_failed,
        )

    def deactivate(self) -> None:
        """Stop offering the chosen template."""
        current = self.current
        if current is None:
            return
        notes, principal = self._notes, self._principal
        run_op(
            self,
            lambda: notes.deactivate_template(principal, current.id, current.version),
            self._saved,
            self._save_failed,
        )

    def _saved(self, view: TemplateView) -> None:
        set_message(self.messageLabel, self.tr("Saved."), kind="info")
        self.current = view
        self.saved.emit(view)
        self.reload(view.id)

    def _save_failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text(), kind="error")
        if isinstance(error, ValidationError):
            widget = {
                "title": self.titleEdit,
                "body": self.bodyEdit,
                "method_code": self.methodCombo,
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
