"""The agency directory (関係機関の一覧): search for every role, editing and CSV for editors.

Searches run on the database worker after typing pauses. Roles with
:attr:`Action.AGENCY_EDIT` also get the buttons to add, edit, deactivate, export and import;
the file choosers are attributes (:attr:`AgencyDirectoryDialog.save_path_chooser`,
:attr:`AgencyDirectoryDialog.open_path_chooser`), so tests never open a native dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AgencyKind
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.display import join_list
from welfaredesk.gui.forms.ui_agency_directory import Ui_AgencyDirectoryDialog
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.terms import add_categories, category_items
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.agencies import ISSUE_LIST, AgencyEdit
from welfaredesk.services.dto import (
    AgencyDetail,
    AgencyRow,
    AreaOption,
    ImportResult,
    PicklistEntry,
    Principal,
)

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
"""How long typing in the search box must pause before the directory is searched."""

CSV_BOM = "\ufeff"
"""Written before the exported CSV so that Excel reads it as UTF-8."""

PathChooser = Callable[[QWidget, str], str | None]
"""Asks for a file, given a parent and a suggested name; None when cancelled."""


def _native_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AgencyDirectoryDialog", "Export the agency directory"),
        suggested,
        QCoreApplication.translate("AgencyDirectoryDialog", "CSV files (*.csv)"),
    )
    return path or None


def _native_open_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AgencyDirectoryDialog", "Import the agency directory"),
        suggested,
        QCoreApplication.translate("AgencyDirectoryDialog", "CSV files (*.csv)"),
    )
    return path or None


class AgencyDirectoryDialog(QDialog):
    """Search the agency directory; editors may also change it.

    Signals:
        agencies_loaded(int): the table shows the result of a search (the number of rows).
        detail_loaded(int): the details of the selected agency are shown (its id).
        exported(str): the CSV was written (the path).
        imported(object): a CSV import was written (the :class:`ImportResult`).
        import_checked(QMessageBox): the dry run of an import is shown for confirmation.
        editor_opened(AgencyEditDialog): the edit form was opened.
    """

    agencies_loaded = Signal(int)
    detail_loaded = Signal(int)
    exported = Signal(str)
    imported = Signal(object)
    import_checked = Signal(object)
    editor_opened = Signal(object)

    COLUMNS = 7

    def __init__(self, ctx: AppContext, principal: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgencyDirectoryDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._ctx = ctx
        self._principal = principal
        self._can_edit = allowed(principal.role, Action.AGENCY_EDIT)
        self._generation = 0
        self._rows: list[AgencyRow] = []
        self._detail: AgencyDetail | None = None
        self._issues: list[PicklistEntry] = []
        self._areas: list[AreaOption] = []
        self.save_path_chooser: PathChooser = _native_save_path
        self.open_path_chooser: PathChooser = _native_open_path

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)

        self._setup_filters()
        self._setup_table()
        self._setup_buttons()
        set_message(self.ui.messageLabel, "")
        self._show_detail(None)
        self._load_reference()

    # --- setup ----------------------------------------------------------------------------

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.issueCombo.addItem(self.tr("All issues"), None)
        ui.issueCombo.setMinimumContentsLength(18)
        ui.issueCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.kindCombo.addItem(self.tr("All kinds"), None)
        for kind in AgencyKind:
            ui.kindCombo.addItem(label(kind), str(kind))
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.reload)
        ui.issueCombo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.inactiveCheck.toggled.connect(lambda _on: self.reload())
        ui.resultLabel.setProperty("role", "caption")

    def _setup_table(self) -> None:
        table = self.ui.agencyTable
        table.setColumnCount(self.COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kana"),
                self.tr("Kind"),
                self.tr("Section"),
                self.tr("Phone"),
                self.tr("Opening hours"),
                self.tr("Issues handled"),
            ]
        )
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 170, 110, 130, 110, 120)):
            header.resizeSection(column, width)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._selection_changed)
        table.activated.connect(lambda _index: self.edit_selected() if self._can_edit else None)

    def _setup_buttons(self) -> None:
        ui = self.ui
        for button in (
            ui.newButton,
            ui.editButton,
            ui.activeButton,
            ui.exportButton,
            ui.importButton,
        ):
            button.setVisible(self._can_edit)
            button.setAutoDefault(False)
        ui.closeButton.setAutoDefault(False)
        ui.newButton.clicked.connect(self.new_agency)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.exportButton.clicked.connect(self.export_csv)
        ui.importButton.clicked.connect(self.import_csv)
        ui.closeButton.clicked.connect(self.reject)
        self._update_buttons()

    def _load_reference(self) -> None:
        reference = self._ctx.reference

        def load() -> tuple[list[PicklistEntry], list[AreaOption]]:
            return reference.picklist(ISSUE_LIST), reference.areas()

        run_op(self, load, self._reference_loaded, self._failed)

    def _reference_loaded(self, loaded: tuple[list[PicklistEntry], list[AreaOption]]) -> None:
        self._issues, self._areas = loaded
        combo = self.ui.issueCombo
        combo.blockSignals(True)
        add_categories(combo, self._issues)
        combo.blockSignals(False)
        self.reload()

    # --- search ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Search again on the worker (a newer search supersedes an older one)."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        ui = self.ui
        text = ui.searchEdit.text()
        issue = ui.issueCombo.currentData()
        kind_code = ui.kindCombo.currentData()
        kind = AgencyKind(kind_code) if kind_code else None
        inactive = ui.inactiveCheck.isChecked()
        agencies, principal = self._ctx.agencies, self._principal
        run_op(
            self,
            lambda: agencies.search(
                principal, text, issue_code=issue, kind=kind, include_inactive=inactive
            ),
            lambda rows: self._show_rows(generation, rows),
            self._failed,
        )

    def _show_rows(self, generation: int, rows: list[AgencyRow]) -> None:
        if generation != self._generation:
            return
        table = self.ui.agencyTable
        current = self.selected_id()
        self._rows = rows
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = row.name if row.active else self.tr("{name} (inactive)").format(name=row.name)
            values = (
                name,
                row.kana,
                row.kind_label,
                row.section,
                row.phone,
                row.opening_hours,
                join_list(row.issue_labels),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                table.setItem(r, column, item)
        table.blockSignals(False)
        ids = [row.id for row in rows]
        if current in ids:
            table.selectRow(ids.index(current))
        elif rows:
            table.selectRow(0)
        self._selection_changed()
        self.ui.resultLabel.setText(self.tr("%n agency(ies)", "", len(rows)))
        if not rows:
            set_message(
                self.ui.messageLabel,
                self.tr("No agency matches. Check the spelling or clear the filters."),
                kind="info",
            )
        else:
            set_message(self.ui.messageLabel, "")
        self.agencies_loaded.emit(len(rows))

    def _failed(self, error: KnownError) -> None:
        set_message(self.ui.messageLabel, error.text(), kind="error")

    def selected_id(self) -> int | None:
        """The id of the selected agency, or None."""
        item = self.ui.agencyTable.item(self.ui.agencyTable.currentRow(), 0)
        if item is None or not self.ui.agencyTable.selectedItems():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def row_names(self) -> list[str]:
        """The names of the agencies shown, top to bottom."""
        return [row.name for row in self._rows]

    # --- details --------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        agency_id = self.selected_id()
        self._update_buttons()
        if agency_id is None:
            self._show_detail(None)
            return
        agencies, principal = self._ctx.agencies, self._principal
        run_op(self, lambda: agencies.get(principal, agency_id), self._detail_arrived, self._failed)

    def _detail_arrived(self, detail: AgencyDetail) -> None:
        if detail.id != self.selected_id():
            return
        self._show_detail(detail)
        self.detail_loaded.emit(detail.id)

    def _show_detail(self, detail: AgencyDetail | None) -> None:
        self._detail = detail
        ui = self.ui
        ui.detailGroup.setTitle(detail.name if detail else self.tr("Details"))
        ui.addressValue.setText(detail.address if detail else "")
        ui.contactValue.setText(detail.contact_person if detail else "")
        ui.areaValue.setText(detail.area_name if detail else "")
        ui.issuesValue.setText(join_list(detail.issue_labels) if detail else "")
        ui.notesValue.setText(detail.notes if detail else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_detail = self._detail is not None
        ui.editButton.setEnabled(has_detail)
        ui.activeButton.setEnabled(has_detail)
        if self._detail is not None and not self._detail.active:
            ui.activeButton.setText(self.tr("Reactivate"))
        else:
            ui.activeButton.setText(self.tr("Deactivate"))

    # --- editing --------------------------------------------------------------------------

    def new_agency(self) -> AgencyEditDialog:
        """Open the form for a new agency."""
        return self._open_editor(None)

    def edit_selected(self) -> AgencyEditDialog | None:
        """Open the form for the selected agency (None when nothing is selected)."""
        if self._detail is None:
            return None
        return self._open_editor(self._detail)

    def _open_editor(self, detail: AgencyDetail | None) -> AgencyEditDialog:
        dialog = AgencyEditDialog(
            self._ctx, self._principal, self._issues, self._areas, detail=detail, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.editor_opened.emit(dialog)
        return dialog

    def _saved(self, _saved_detail: AgencyDetail) -> None:
        self._detail = None
        self.reload()

    def toggle_active(self) -> None:
        """Deactivate the selected agency, or reactivate it (entries are never deleted)."""
        detail = self._detail
        if detail is None:
            return
        agencies, principal = self._ctx.agencies, self._principal
        run_op(
            self,
            lambda: agencies.set_active(principal, detail.id, not detail.active, detail.version),
            self._saved,
            self._failed,
        )

    # --- CSV ------------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Write the whole directory as CSV (UTF-8 with BOM) to a file the user chooses."""
        chosen = self.save_path_chooser(self, self.tr("agencies.csv"))
        if not chosen:
            return
        path = Path(chosen)
        agencies, principal = self._ctx.agencies, self._principal

        def write() -> str:
            text = agencies.export_csv(principal)
            path.write_text(CSV_BOM + text, encoding="utf-8", newline="")
            return str(path)

        run_op(self, write, self._exported, self._failed)

    def _exported(self, path: str) -> None:
        set_message(
            self.ui.messageLabel,
            self.tr("The directory was written to {path}.").format(path=path),
            kind="info",
        )
        self.exported.emit(path)

    def import_csv(self) -> None:
        """Read a CSV file, check it (dry run), and import it when the user confirms."""
        chosen = self.open_path_chooser(self, "")
        if not chosen:
            return
        try:
            text = Path(chosen).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            set_message(
                self.ui.messageLabel,
                self.tr("The file could not be read. Save it as CSV (UTF-8) and choose it again."),
            )
            return
        agencies, principal = self._ctx.agencies, self._principal
        run_op(
            self,
            lambda: agencies.import_csv(principal, text, dry_run=True),
            lambda result: self._confirm_import(text, result),
            self._failed,
        )

    def _confirm_import(self, text: str, result: ImportResult) -> None:
        counts = self.tr("New: {created}, changed: {updated}, unchanged: {unchanged}.").format(
            created=result.created, updated=result.updated, unchanged=result.unchanged
        )
        box = QMessageBox(self)
        box.setObjectName("importCheckBox")
        box.setWindowTitle(self.tr("Import CSV"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if result.errors:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("The file has errors; nothing was imported."))
            box.setInformativeText("\n".join(result.errors))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        else:
            box.setIcon(QMessageBox.Icon.Question)
            box.setText(self.tr("Import this file?"))
            box.setInformativeText(counts)
            ok = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(ok)
            ok.clicked.connect(lambda: self._run_import(text))
        box.open()
        self.import_checked.emit(box)

    def _run_import(self, text: str) -> None:
        agencies, principal = self._ctx.agencies, self._principal
        run_op(
            self,
            lambda: agencies.import_csv(principal, text),
            self._imported,
            self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        if result.errors:
            set_message(self.ui.messageLabel, "\n".join(result.errors))
        else:
            set_message(
                self.ui.messageLabel,
                self.tr("Imported. New: {created}, changed: {updated}.").format(
                    created=result.created, updated=result.updated
                ),
                kind="info",
            )
        self.imported.emit(result)
        self.reload()


class AgencyEditDialog(QDialog):
    """The form for one agency; saves on the worker and shows refusals inline.

    Signals:
        saved(AgencyDetail): the agency was saved (the dialog then closes).
        failed(str): the save was refused (the message shown).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        principal: Principal,
        issues: list[PicklistEntry],
        areas: list[AreaOption],
        *,
        detail: AgencyDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._principal = principal
        self._detail = detail
        self.setWindowTitle(self.tr("Edit agency") if detail else self.tr("New agency"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.kana_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in AgencyKind:
            self.kind_combo.addItem(label(kind), str(kind))
        self.section_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.hours_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("(none)"), None)
        for area in areas:
            self.area_combo.addItem(area.name, area.id)
        self.issue_list = QListWidget(self)
        for text, code, definition in category_items(issues):
            item = QListWidgetItem(text, self.issue_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(definition)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.network_check = QCheckBox(self.tr("Member of the support network"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.active_check = QCheckBox(self.tr("In use"), self)
        self.active_check.setChecked(True)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kana"), self.kana_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Section"), self.section_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Opening hours"), self.hours_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Area"), self.area_combo)
        form.addRow(self.tr("Issues handled"), self.issue_list)
        form.addRow("", self.network_check)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.active_check)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "kana": self.kana_edit,
            "kind": self.kind_combo,
            "section": self.section_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "opening_hours": self.hours_edit,
            "contact_person": self.contact_edit,
            "area_id": self.area_combo,
            "issue_codes": self.issue_list,
            "notes": self.notes_edit,
        }
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        set_message(self.message_label, "")
        if detail is not None:
            self._fill(detail)

    def _fill(self, detail: AgencyDetail) -> None:
        self.name_edit.setText(detail.name)
        self.kana_edit.setText(detail.kana)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(detail.kind)))
        self.section_edit.setText(detail.section)
        self.address_edit.setText(detail.address)
        self.phone_edit.setText(detail.phone)
        self.hours_edit.setText(detail.opening_hours)
        self.contact_edit.setText(detail.contact_person)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(detail.area_id)))
        for index in range(self.issue_list.count()):
            item = self.issue_list.item(index)
            on = item.data(Qt.ItemDataRole.UserRole) in detail.issue_codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.network_check.setChecked(detail.network_member)
        self.notes_edit.setPlainText(detail.notes)
        self.active_check.setChecked(detail.active)

    def edit(self) -> AgencyEdit:
        """The form as typed."""
        codes = []
        for index in range(self.issue_list.count()):
            item = self.issue_list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        area = self.area_combo.currentData()
        return AgencyEdit(
            id=self._detail.id if self._detail else None,
            version=self._detail.version if self._detail else None,
            name=self.name_edit.text(),
            kana=self.kana_edit.text(),
            kind=str(self.kind_combo.currentData()),
            section=self.section_edit.text(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            opening_hours=self.hours_edit.text(),
            contact_person=self.contact_edit.text(),
            area_id=int(area) if area is not None else None,
            issue_codes=tuple(codes),
            network_member=self.network_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            active=self.active_check.isChecked(),
        )

    def save(self) -> None:
        """Save on the worker; the dialog closes when the save succeeds."""
        edit = self.edit()
        for widget in self.fields.values():
            mark_invalid(widget, False)
        set_message(self.message_label, "")
        self.save_button.setEnabled(False)
        agencies, principal = self._ctx.agencies, self._principal
        run_op(self, lambda: agencies.save(principal, edit), self._saved, self._failed)

    def _saved(self, detail: AgencyDetail) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(detail)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.save_button.setEnabled(True)
        set_message(self.message_label, error.text())
        if isinstance(error, ValidationError) and error.field in self.fields:
            widget = self.fields[error.field]
            mark_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.failed.emit(error.text())
