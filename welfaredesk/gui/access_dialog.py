"""閲覧制限・共有: who may see a case and why; restricting, lifting, sharing.

Opened from the case view. Everyone who sees the case sees the list; supervisors restrict a
case to named staff (with a reason) and lift the restriction (with a reason); the lead worker
or a supervisor shares an unrestricted case with a named staff member. Every change runs on
the database worker (:func:`welfaredesk.gui.ops.run_op`) and is audited by the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui.display import annotate, fmt_datetime, join_list
from welfaredesk.gui.i18n import label
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import mark_invalid, set_message
from welfaredesk.services.access import AccessService, CaseAccessView, StaffChoice
from welfaredesk.services.dto import Principal


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return fmt_datetime(value, "short")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class AccessDialog(QDialog):
    """Who may see the case and why, and the restriction and sharing controls.

    Signals:
        loaded(object): a :class:`CaseAccessView` is shown.
        changed(object): the restriction or sharing changed (the case view reloads).
    """

    loaded = Signal(object)
    changed = Signal(object)

    def __init__(
        self,
        service: AccessService,
        principal: Principal,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._principal = principal
        self._case_id = case_id
        self.view: CaseAccessView | None = None
        self.staff: list[StaffChoice] = []
        self.setWindowTitle(self.tr("Access and sharing"))
        self.resize(760, 560)

        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("accessStateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setProperty("role", "title")
        self.reasonLabel = QLabel(self)
        self.reasonLabel.setObjectName("restrictionReasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("accessTable")
        self.table.setAccessibleName(self.tr("Who can see this case"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Staff"), self.tr("Role"), self.tr("Why they can see it"), self.tr("Granted")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((170, 170, 160)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.noteLabel = QLabel(self)
        self.noteLabel.setObjectName("accessNoteLabel")
        self.noteLabel.setWordWrap(True)

        # Sharing (unrestricted cases; lead worker or supervisor).
        self.shareBox = QGroupBox(self.tr("Share with a staff member"), self)
        self.shareCombo = QComboBox(self.shareBox)
        self.shareCombo.setObjectName("shareCombo")
        self.shareCombo.setMinimumWidth(320)
        self.shareButton = QPushButton(self.tr("&Share"), self.shareBox)
        self.shareButton.setObjectName("shareButton")
        self.shareButton.clicked.connect(self.share)
        self.unshareButton = QPushButton(self.tr("S&top sharing"), self.shareBox)
        self.unshareButton.setObjectName("unshareButton")
        self.unshareButton.clicked.connect(self.unshare)
        share_layout = QHBoxLayout(self.shareBox)
        share_layout.addWidget(self.shareCombo, 1)
        share_layout.addWidget(self.shareButton)
        share_layout.addWidget(self.unshareButton)

        # The restriction (supervisors).
        self.restrictBox = QGroupBox(self.tr("Viewing restriction"), self)
        self.restrictButton = QPushButton(self.tr("&Restrict..."), self.restrictBox)
        self.restrictButton.setObjectName("restrictButton")
        self.restrictButton.clicked.connect(self.open_restrict)
        self.liftButton = QPushButton(self.tr("&Lift the restriction..."), self.restrictBox)
        self.liftButton.setObjectName("liftButton")
        self.liftButton.clicked.connect(self.open_lift)
        restrict_layout = QHBoxLayout(self.restrictBox)
        restrict_layout.addWidget(self.restrictButton)
        restrict_layout.addWidget(self.liftButton)
        restrict_layout.addStretch(1)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stateLabel)
        layout.addWidget(self.reasonLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.noteLabel)
        layout.addWidget(self.shareBox)
        layout.addWidget(self.restrictBox)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)
        self.shareBox.hide()
        self.restrictBox.hide()
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load who may see the case, and the staff to choose from, on the worker."""
        service, principal, case_id = self._service, self._principal, self._case_id

        def load() -> tuple[CaseAccessView, list[StaffChoice]]:
            view = service.list_access(principal, case_id)
            return view, service.staff(principal, case_id)

        run_op(self, load, self._loaded, self._failed)

    def _loaded(self, result: tuple[CaseAccessView, list[StaffChoice]]) -> None:
        view, staff = result
        self.staff = staff
        self._show(view)

    def _show(self, view: CaseAccessView) -> None:
        self.view = view
        if view.restricted:
            self.stateLabel.setText(
                self.tr("Restricted: only the staff named below can see this case.")
            )
            parts = []
            if view.reason:
                parts.append(self.tr("Reason: {reason}").format(reason=view.reason))
            if view.restricted_by:
                parts.append(
                    self.tr("Restricted by {name} ({when})").format(
                        name=view.restricted_by, when=_when(view.restricted_at)
                    )
                )
            self.reasonLabel.setText("\n".join(parts))
            self.reasonLabel.setVisible(bool(parts))
        else:
            self.stateLabel.setText(self.tr("Not restricted."))
            self.reasonLabel.hide()
        self.table.setRowCount(len(view.entries))
        for row, entry in enumerate(view.entries):
            granted = (
                self.tr("{name} ({when})").format(
                    name=entry.granted_by, when=_when(entry.granted_at)
                )
                if entry.granted_by
                else ""
            )
            for column, text in enumerate(
                (entry.name, entry.role, join_list(entry.reasons), granted)
            ):
                item = _item(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.user_id)
                self.table.setItem(row, column, item)
        notes = []
        if view.team_note:
            notes.append(view.team_note)
        if view.hidden_from_lead:
            notes.append(self.tr("The lead worker is not named and cannot see this case."))
        self.noteLabel.setText("\n".join(notes))
        self.noteLabel.setVisible(bool(notes))
        # Offer only staff who do not see the case yet (supervisors see every unrestricted case).
        listed = {e.user_id for e in view.entries}
        self.shareCombo.clear()
        for choice in self.staff:
            if choice.user_id in listed or choice.role == label(Role.SUPERVISOR):
                continue
            self.shareCombo.addItem(annotate(choice.name, choice.role), choice.user_id)
            self.shareCombo.setItemData(
                self.shareCombo.count() - 1, choice.team, Qt.ItemDataRole.ToolTipRole
            )
        self.shareBox.setVisible(view.may_share)
        self.restrictBox.setVisible(view.may_restrict)
        self.restrictButton.setText(
            self.tr("&Change the named staff...") if view.restricted else self.tr("&Restrict...")
        )
        self.liftButton.setVisible(view.restricted)
        self._update_buttons()
        self.loaded.emit(view)

    def _update_buttons(self) -> None:
        view = self.view
        removable = False
        if view is not None:
            rows = {i.row() for i in self.table.selectedItems()}
            ids = {view.entries[r].user_id for r in rows if r < len(view.entries)}
            removable = any(e.removable for e in view.entries if e.user_id in ids)
        self.unshareButton.setEnabled(removable)
        self.shareButton.setEnabled(self.shareCombo.count() > 0)

    def _failed(self, error: KnownError) -> None:
        set_message(self.messageLabel, error.text())

    def _changed(self, view: CaseAccessView) -> None:
        set_message(self.messageLabel, self.tr("Saved."), kind="info")
        self._show(view)
        self.changed.emit(view)

    # --- sharing ----------------------------------------------------------------------------

    def share(self) -> None:
        """Share the case with the staff member chosen in the list."""
        user_id = self.shareCombo.currentData()
        if user_id is None:
            return
        service, principal, case_id = self._service, self._principal, self._case_id
        run_op(
            self,
            lambda: service.share(principal, case_id, int(user_id)),
            self._changed,
            self._failed,
        )

    def unshare(self) -> None:
        """Stop sharing the case with the selected staff member."""
        rows = sorted({i.row() for i in self.table.selectedItems()})
        if self.view is None or not rows:
            return
        user_id = self.view.entries[rows[0]].user_id
        service, principal, case_id = self._service, self._principal, self._case_id
        run_op(
            self, lambda: service.unshare(principal, case_id, user_id), self._changed, self._failed
        )

    # --- the restriction --------------------------------------------------------------------

    def open_restrict(self) -> RestrictionEditor | None:
        """Open the editor that restricts the case (or changes the named staff)."""
        view = self.view
        if view is None:
            return None
        checked = {e.user_id for e in view.entries}
        editor = RestrictionEditor(
            self, lift=False, staff=self.staff, checked=checked, me=self._principal.user_id
        )
        service, principal, case_id = self._service, self._principal, self._case_id

        def submit(reason: str, named: list[int]) -> Callable[[], CaseAccessView]:
            return lambda: service.restrict(principal, case_id, reason, named, view.case_version)

        editor.submit = submit
        editor.done_with.connect(self._changed)
        editor.open()
        return editor

    def open_lift(self) -> RestrictionEditor | None:
        """Open the editor that lifts the restriction (a reason is required)."""
        view = self.view
        if view is None or not view.restricted:
            return None
        editor = RestrictionEditor(
            self, lift=True, staff=[], checked=set(), me=self._principal.user_id
        )
        service, principal, case_id = self._service, self._principal, self._case_id

        def submit(reason: str, _named: list[int]) -> Callable[[], CaseAccessView]:
            return lambda: service.lift(principal, case_id, reason, view.case_version)

        editor.submit = submit
        editor.done_with.connect(self._changed)
        editor.open()
        return editor


class RestrictionEditor(QDialog):
    """The reason and (for restricting) the named staff; stays open with the text on errors.

    Signals:
        done_with(object): the service accepted the change (a :class:`CaseAccessView`).
    """

    done_with = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        *,
        lift: bool,
        staff: list[StaffChoice],
        checked: set[int],
        me: int,
    ) -> None:
        super().__init__(parent)
        self.submit: Callable[[str, list[int]], Callable[[], CaseAccessView]] | None = None
        self.setWindowTitle(
            self.tr("Lift the restriction") if lift else self.tr("Restrict the case")
        )
        self.resize(560, 520 if not lift else 280)
        intro = QLabel(
            self.tr(
                "Everyone in the role's scope will see the case again; named staff outside it "
                "will no longer see it. Why is it lifted?"
            )
            if lift
            else self.tr(
                "Only the staff you check can see the case; you are named automatically. "
                "Supervisors who are not named cannot see it either."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setPlaceholderText(self.tr("Reason (required)"))
        self.reasonEdit.setMaximumHeight(110)
        self.reasonEdit.setTabChangesFocus(True)  # Tab moves on; it does not type a tab
        self.reasonEdit.setAccessibleName(self.tr("Reason"))
        self.staffList = QListWidget(self)
        self.staffList.setObjectName("namedStaffList")
        self.staffList.setAccessibleName(self.tr("Staff who may see the case"))
        for choice in staff:
            text = annotate(
                choice.name, join_list([x for x in (choice.role, choice.team) if x], "・")
            )
            item = QListWidgetItem(text, self.staffList)
            item.setData(Qt.ItemDataRole.UserRole, choice.user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if choice.user_id in checked or choice.user_id == me
                else Qt.CheckState.Unchecked
            )
            if choice.user_id == me:
                # Whoever restricts is named automatically (the service adds them).
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.staffList.setVisible(not lift)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.okButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("Lift") if lift else self.tr("Restrict"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reasonEdit)
        if not lift:
            layout.addWidget(QLabel(self.tr("Staff who may see the case"), self))
            layout.addWidget(self.staffList, 1)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)

    def named(self) -> list[int]:
        """The checked staff."""
        result = []
        for row in range(self.staffList.count()):
            item = self.staffList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return result

    def save(self) -> None:
        """Send the change to the service; on success close, else show the message."""
        if self.submit is None:
            return
        op = self.submit(self.reasonEdit.toPlainText(), self.named())
        self.okButton.setEnabled(False)
        run_op(self, op, self._saved, self._failed)

    def _saved(self, view: CaseAccessView) -> None:
        self.okButton.setEnabled(True)
        self.done_with.emit(view)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.okButton.setEnabled(True)
        set_message(self.messageLabel, error.text())
        if isinstance(error, ValidationError) and error.field == "reason":
            mark_invalid(self.reasonEdit, True)
            self.reasonEdit.setFocus()
