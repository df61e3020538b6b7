"""The settings dialog (設定): this PC's display and database, the desk, and its operation.

Opened from File → Settings... (Ctrl+,) by every role. Three tabs:

* このパソコン: the screens' language and text size (:mod:`welfaredesk.local_settings`, this
  PC only; they apply from the next start, and a sample shows the chosen size now), and the
  database this PC opens, with the button to the connection dialog (administrators).
* 窓口: the desk's name, address and phone for the printed forms, the style of new case
  numbers (with the next number as an example), the holiday window rule (with its next dates),
  and which closure reasons need a supervisor's approval
  (:class:`~welfaredesk.services.settings.SettingsService`; supervisors and administrators).
* 運用: the idle-lock minutes (the security settings) and the automatic backups (folder,
  interval, number to keep; administrators; on a PostgreSQL server the server's own backups
  apply and the schedule is off).

What a role may not change is shown read-only with a one-line reason, never hidden.

**Saving.** One 保存 saves what changed, each part through its own service call on the
database worker, in this order: the desk settings first (the part most likely to be refused
for bad input: a refusal there means nothing at all was written), then the idle lock and the
backups (their numbers are kept in range by the spin boxes and the backup folder is checked
here before anything is written, so they are refused only in rare cases: a folder that cannot
be created; the message then says that the parts before it were saved), and this PC's display
settings last (a local file). A refused field is marked, its tab shown, and everything typed
stays. The folder chooser is an attribute (:attr:`SettingsDialog.folder_chooser`), so tests
never open a native dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from welfaredesk import local_settings
from welfaredesk.app import AppContext
from welfaredesk.domain.calendar import LAST, MAX_NTH, HolidayWindowRule, WindowKind
from welfaredesk.domain.case_number import NumberStyle
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.application import UI_FONT_POINT_SIZE, ui_point_size
from welfaredesk.gui.backup_dialog import PathChooser, native_backup_folder
from welfaredesk.gui.connection_dialog import ConnectionDialog
from welfaredesk.gui.dashboard_tab import window_day_text
from welfaredesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.widgets.messages import ask_discard, mark_invalid, set_message
from welfaredesk.local_settings import Display, SettingsError
from welfaredesk.services.backup import (
    MAX_INTERVAL_DAYS,
    MAX_KEEP,
    BackupSettings,
    SettingsInput,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.settings import DeskSettings, DeskSettingsForm
from welfaredesk.services.users import SECURITY_RANGES, SecuritySettings

log = logging.getLogger(__name__)


LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
"""Each language named in itself (someone who cannot read the current one finds theirs)."""

PREVIEW_DAYS = 6
"""How many holiday window days the preview lists."""

REASON_COLUMNS = 4
"""The closure reasons' check boxes per row."""

Loaded = tuple[DeskSettings, SecuritySettings, BackupSettings | None]


def database_text(ctx: AppContext) -> str:
    """Where this program's database is: the file, or the server without a password."""
    url = ctx.db.url
    if ctx.db.dialect == "sqlite":
        return str(url.database)
    return f"PostgreSQL {url.username}@{url.host}:{url.port or 5432}/{url.database}"


class SettingsDialog(QDialog):
    """The settings of this PC, of the desk and of its operation.

    Signals:
        loaded(): the saved settings are shown.
        holiday_previewed(tuple): the holiday window preview shows these dates.
        number_example_shown(str): the case number example shows this number.
        desk_saved(DeskSettings): the desk settings were saved.
        security_saved(SecuritySettings): the security settings (idle lock) were saved.
        backup_saved(BackupSettings): the automatic-backup settings were saved.
        display_saved(Display): this PC's display settings were saved.
        saved(): everything changed was saved (the dialog then closes).
        save_failed(str): a save was refused (the message shown).
        discard_asked(QMessageBox): closing with unsaved changes asks first.
        connection_opened(ConnectionDialog): the database connection dialog was opened.
    """

    loaded = Signal()
    holiday_previewed = Signal(object)
    number_example_shown = Signal(str)
    desk_saved = Signal(object)
    security_saved = Signal(object)
    backup_saved = Signal(object)
    display_saved = Signal(object)
    saved = Signal()
    save_failed = Signal(str)
    discard_asked = Signal(object)
    connection_opened = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        self._principal = principal
        self._today = today
        self._can_security = allowed(principal.role, Action.USER_ADMIN)
        self._can_backup = allowed(principal.role, Action.BACKUP)
        self._can_connect = allowed(principal.role, Action.USER_ADMIN)
        self._desk: DeskSettings | None = None
        self._backup: BackupSettings | None = None
        self._security: SecuritySettings | None = None
        self._display = local_settings.saved_display()
        self._baseline: dict[str, object] = {}
        self._reason_checks: dict[str, QCheckBox] = {}
        self._invalid: list[QWidget] = []
        self._busy = False
        self._display_changed = False
        self._preview_generation = 0
        self._example_generation = 0
        self.discard_box: QMessageBox | None = None
        self.folder_chooser: PathChooser = native_backup_folder
        # Larger text (the text size setting) gets a larger dialog, within a 1280×800 screen.
        grow = max(1.0, QApplication.font().pointSizeF() / UI_FONT_POINT_SIZE)
        self.resize(round(760 * min(grow, 1.3)), round(min(620 * grow, 720)))

        self._setup_this_pc()
        self._setup_desk()
        self._setup_operations()
        ui = self.ui
        for label in (
            ui.displayNote,
            ui.deskReason,
            ui.operationsReason,
        ):
            label.setProperty("role", "note")
        for label in (
            ui.holidayNote,
            ui.approvalNote,
            ui.lockNote,
            ui.backupNote,
            ui.connectionReason,
        ):
            label.setProperty("role", "caption")
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        set_message(ui.messageLabel, "")
        self._set_desk_editable(False)
        ui.saveButton.setEnabled(False)
        self._load()

    # --- setup ----------------------------------------------------------------------------

    def _setup_this_pc(self) -> None:
        ui = self.ui
        for code in local_settings.LANGUAGES:
            ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        names = {
            100: self.tr("Standard ({percent}%)"),
            115: self.tr("Larger ({percent}%)"),
            130: self.tr("Large ({percent}%)"),
            150: self.tr("Extra large ({percent}%)"),
        }
        for scale in local_settings.TEXT_SCALES:
            ui.textSizeCombo.addItem(names[scale].format(percent=scale), scale)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(self._display.language)))
        ui.textSizeCombo.setCurrentIndex(
            max(0, ui.textSizeCombo.findData(self._display.text_scale))
        )
        ui.textSizeCombo.currentIndexChanged.connect(lambda _index: self._show_sample())
        self._show_sample()
        ui.databaseValue.setText(database_text(self._ctx))
        ui.connectionButton.clicked.connect(self.open_connection)
        ui.connectionButton.setEnabled(self._can_connect)
        if self._can_connect:
            ui.connectionReason.setText(
                self.tr("A new connection is used from the next start of the program.")
            )
        else:
            ui.connectionReason.setText(
                self.tr("Only a system administrator can change the database connection.")
            )

    def _setup_desk(self) -> None:
        ui = self.ui
        ui.nthCombo.addItem(self.tr("first"), 1)
        ui.nthCombo.addItem(self.tr("second"), 2)
        ui.nthCombo.addItem(self.tr("third"), 3)
        ui.nthCombo.addItem(self.tr("fourth"), 4)
        ui.nthCombo.addItem(self.tr("fifth"), MAX_NTH)
        ui.nthCombo.addItem(self.tr("last"), LAST)
        locale = QLocale()
        for weekday in range(7):  # Monday first, as datetime.date.weekday()
            ui.weekdayCombo.addItem(
                locale.dayName(weekday + 1, QLocale.FormatType.LongFormat), weekday
            )
        ui.firstOpenDayRadio.setChecked(True)
        for radio in (ui.firstOpenDayRadio, ui.nthWeekdayRadio, ui.noHolidayRadio):
            radio.toggled.connect(self._rule_toggled)
        ui.nthCombo.currentIndexChanged.connect(lambda _index: self._rule_changed())
        ui.weekdayCombo.currentIndexChanged.connect(lambda _index: self._rule_changed())
        ui.eraRadio.setChecked(True)
        ui.eraRadio.toggled.connect(lambda _on: self._show_number_example())
        ui.deskReason.setText(
            self.tr("Only a supervisor or a system administrator can change these settings.")
        )
        ui.deskReason.hide()
        self._update_rule_widgets()

    def _setup_operations(self) -> None:
        ui = self.ui
        low, high, _name = SECURITY_RANGES["idle_lock_minutes"]
        ui.idleSpin.setRange(low, high)
        ui.idleSpin.setSuffix(self.tr(" min"))
        ui.intervalSpin.setRange(1, MAX_INTERVAL_DAYS)
        ui.intervalSpin.setSuffix(self.tr(" day(s)"))
        ui.keepSpin.setRange(1, MAX_KEEP)
        ui.keepSpin.setSuffix(self.tr(" backup(s)"))
        ui.browseButton.clicked.connect(self._choose_folder)
        for spin in (ui.idleSpin, ui.intervalSpin, ui.keepSpin):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        ui.idleSpin.setEnabled(self._can_security)
        for field in (ui.folderEdit, ui.browseButton, ui.intervalSpin, ui.keepSpin):
            field.setEnabled(self._can_backup)
        if self._can_security and self._can_backup:
            ui.operationsReason.hide()
        else:
            ui.operationsReason.setText(
                self.tr("Only a system administrator can change these settings.")
            )
        if self._can_backup:
            ui.backupNote.setText(
                self.tr(
                    "When someone logs in and the last automatic backup is older than the "
                    "interval, a new one is made in this folder; the oldest beyond the number "
                    "to keep are deleted."
                )
            )
        else:  # the values are not read for other roles: the note says why they are missing
            ui.backupNote.setText(
                self.tr("Only a system administrator can see the backup settings.")
            )
            for widget in (
                ui.folderLabel,
                ui.folderEdit,
                ui.browseButton,
                ui.intervalLabel,
                ui.intervalSpin,
                ui.keepLabel,
                ui.keepSpin,
            ):
                widget.hide()

    # --- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        settings, users, backups = self._ctx.settings, self._ctx.users, self._ctx.backups
        principal, can_backup = self._principal, self._can_backup

        def load() -> Loaded:
            desk = settings.desk(principal)
            security = users.security_settings()
            backup = backups.settings(principal) if can_backup else None
            return desk, security, backup

        run_op(self, load, self._loaded, self._load_failed)

    def _loaded(self, loaded: Loaded) -> None:
        desk, security, backup = loaded
        self._show_desk(desk)
        self._show_security(security)
        if backup is not None:
            self._show_backup(backup)
        self._baseline = self._snapshot()
        self.ui.saveButton.setEnabled(True)
        self._rule_changed()
        self._show_number_example()
        self.loaded.emit()

    def _load_failed(self, error: KnownError) -> None:
        set_message(self.ui.messageLabel, error.text(), kind="error")

    def _show_desk(self, desk: DeskSettings) -> None:
        ui = self.ui
        self._desk = desk
        ui.nameEdit.setText(desk.name)
        ui.addressEdit.setText(desk.address)
        ui.phoneEdit.setText(desk.phone)
        radio = ui.westernRadio if desk.number_style is NumberStyle.WESTERN else ui.eraRadio
        radio.setChecked(True)
        self._show_rule(desk.holiday_window)
        self._fill_reasons(desk)
        self._set_desk_editable(desk.editable)
        ui.deskReason.setVisible(not desk.editable)

    def _show_rule(self, rule: HolidayWindowRule) -> None:
        ui = self.ui
        for widget in (ui.nthCombo, ui.weekdayCombo):
            widget.blockSignals(True)
        ui.nthCombo.setCurrentIndex(max(0, ui.nthCombo.findData(rule.nth)))
        ui.weekdayCombo.setCurrentIndex(max(0, ui.weekdayCombo.findData(rule.weekday)))
        for widget in (ui.nthCombo, ui.weekdayCombo):
            widget.blockSignals(False)
        radio = {
            WindowKind.FIRST_OPEN_DAY: ui.firstOpenDayRadio,
            WindowKind.NTH_WEEKDAY: ui.nthWeekdayRadio,
            WindowKind.NONE: ui.noHolidayRadio,
        }[rule.kind]
        radio.setChecked(True)
        self._update_rule_widgets()

    def _fill_reasons(self, desk: DeskSettings) -> None:
        grid = self.ui.reasonGrid
        for check in self._reason_checks.values():
            grid.removeWidget(check)
            check.deleteLater()
        self._reason_checks = {}
        previous: QWidget = self.ui.weekdayCombo  # Tab: the reasons follow the rule
        for index, (code, text) in enumerate(desk.reason_choices):
            check = QCheckBox(text, self.ui.approvalGroup)
            check.setObjectName(f"reason_{code}")
            check.setChecked(code in desk.approval_reasons)
            grid.addWidget(check, index // REASON_COLUMNS, index % REASON_COLUMNS)
            self._reason_checks[code] = check
            QWidget.setTabOrder(previous, check)
            previous = check

    def _set_desk_editable(self, editable: bool) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.addressEdit, ui.phoneEdit):
            edit.setReadOnly(not editable)
        for widget in (
            ui.eraRadio,
            ui.westernRadio,
            ui.firstOpenDayRadio,
            ui.nthWeekdayRadio,
            ui.noHolidayRadio,
            *self._reason_checks.values(),
        ):
            widget.setEnabled(editable)
        self._update_rule_widgets()

    def _show_security(self, security: SecuritySettings) -> None:
        self._security = security
        self.ui.idleSpin.setValue(security.idle_lock_minutes)

    def _show_backup(self, backup: BackupSettings) -> None:
        ui = self.ui
        self._backup = backup
        ui.folderEdit.setText(str(backup.folder))
        ui.intervalSpin.setValue(backup.interval_days)
        ui.keepSpin.setValue(backup.keep)
        if not backup.automatic:  # a server desk: the server's own backups do that job
            ui.backupNote.setText(
                self.tr(
                    "This desk's database is on a PostgreSQL server: the server's own "
                    "scheduled backups apply, and this program makes no automatic backups. "
                    "The folder is where backups made by hand are suggested."
                )
            )
            ui.intervalSpin.setEnabled(False)
            ui.keepSpin.setEnabled(False)

    # --- this PC --------------------------------------------------------------------------

    def display(self) -> Display:
        """The display settings as chosen."""
        language = self.ui.languageCombo.currentData()
        return Display(
            language="en" if language == "en" else "ja",
            text_scale=int(self.ui.textSizeCombo.currentData()),
        )

    def _show_sample(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(ui_point_size(int(self.ui.textSizeCombo.currentData())))
        self.ui.sampleLabel.setFont(font)

    def open_connection(self) -> ConnectionDialog | None:
        """The database connection dialog (administrators, as from the File menu)."""
        if not self._can_connect:
            return None
        dialog = ConnectionDialog(self, current=database_text(self._ctx))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.connection_opened.emit(dialog)
        return dialog

    # --- the desk -------------------------------------------------------------------------

    def rule(self) -> HolidayWindowRule:
        """The holiday window rule as chosen."""
        ui = self.ui
        if ui.noHolidayRadio.isChecked():
            return HolidayWindowRule(WindowKind.NONE)
        if ui.nthWeekdayRadio.isChecked():
            return HolidayWindowRule(
                WindowKind.NTH_WEEKDAY,
                int(ui.nthCombo.currentData()),
                int(ui.weekdayCombo.currentData()),
            )
        return HolidayWindowRule(WindowKind.FIRST_OPEN_DAY)

    def number_style(self) -> NumberStyle:
        """The case number style as chosen."""
        return NumberStyle.WESTERN if self.ui.westernRadio.isChecked() else NumberStyle.ERA

    def desk_form(self) -> DeskSettingsForm:
        """The desk settings as typed."""
        ui = self.ui
        return DeskSettingsForm(
            name=ui.nameEdit.text(),
            address=ui.addressEdit.text(),
            phone=ui.phoneEdit.text(),
            number_style=self.number_style(),
            holiday_window=self.rule(),
            approval_reasons=tuple(
                code for code, check in self._reason_checks.items() if check.isChecked()
            ),
        )

    def _rule_toggled(self, on: bool) -> None:
        if on:  # each change toggles two radios: preview once
            self._rule_changed()

    def _rule_changed(self) -> None:
        self._update_rule_widgets()
        if self._desk is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        rule = self.rule()
        settings, principal = self._ctx.settings, self._principal
        start = self._today or dt.date.today()
        run_op(
            self,
            lambda: settings.holiday_windows(principal, start, PREVIEW_DAYS, rule=rule),
            lambda days: self._show_preview(generation, rule, days),
            self._load_failed,
        )

    def _update_rule_widgets(self) -> None:
        ui = self.ui
        editable = self._desk is not None and self._desk.editable
        on = ui.nthWeekdayRadio.isChecked() and editable
        ui.nthCombo.setEnabled(on)
        ui.weekdayCombo.setEnabled(on)

    def rule_text(self, rule: HolidayWindowRule) -> str:
        """The rule in words (in Japanese as :func:`~welfaredesk.domain.calendar.describe`)."""
        if rule.kind is WindowKind.NONE:
            return self.tr("No holiday window")
        if rule.kind is WindowKind.FIRST_OPEN_DAY:
            return self.tr("The first open day of each month")
        ui = self.ui
        nth = ui.nthCombo.itemText(max(0, ui.nthCombo.findData(rule.nth)))
        weekday = ui.weekdayCombo.itemText(max(0, ui.weekdayCombo.findData(rule.weekday)))
        return self.tr("Every month on the {nth} {weekday}").format(nth=nth, weekday=weekday)

    def saved_message(self) -> str:
        """What the main window's status bar says after a save."""
        if self._display_changed:
            return self.tr(
                "The settings were saved. The language and the text size change from the next "
                "start of the program."
            )
        return self.tr("The settings were saved.")

    def _show_preview(
        self, generation: int, rule: HolidayWindowRule, days: tuple[dt.date, ...]
    ) -> None:
        if generation != self._preview_generation:
            return
        label = self.ui.holidayPreview
        if rule.kind is WindowKind.NONE:
            label.setText(self.tr("The desk holds no holiday consultation window."))
        elif not days:
            label.setText(
                self.tr("{rule}: no day in the coming months.").format(rule=self.rule_text(rule))
            )
        else:
            label.setText(
                self.tr("{rule}. Next: {days}.").format(
                    rule=self.rule_text(rule),
                    days=self.tr(", ").join(window_day_text(day) for day in days),
                )
            )
        self.holiday_previewed.emit(days)

    def _show_number_example(self) -> None:
        if self._desk is None:
            return
        self._example_generation += 1
        generation = self._example_generation
        style = self.number_style()
        settings, principal, today = self._ctx.settings, self._principal, self._today
        run_op(
            self,
            lambda: settings.case_number_example(principal, style, today),
            lambda number: self._show_example(generation, number),
            self._load_failed,
        )

    def _show_example(self, generation: int, number: str) -> None:
        if generation != self._example_generation:
            return
        self.ui.numberExample.setText(
            self.tr("The next case: {number} (existing cases keep their numbers)").format(
                number=number
            )
        )
        self.number_example_shown.emit(number)

    # --- operation ------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = self.folder_chooser(self, self.ui.folderEdit.text())
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def _backup_input(self) -> SettingsInput:
        ui = self.ui
        backup = self._backup
        folder = ui.folderEdit.text().strip()
        if backup is not None and backup.folder_is_default and folder == str(backup.folder):
            folder = ""  # keep following the default folder
        return SettingsInput(
            folder=folder,
            interval_days=ui.intervalSpin.value(),
            keep=ui.keepSpin.value(),
            version=backup.version if backup is not None else None,
        )

    # --- changes --------------------------------------------------------------------------

    def _snapshot(self) -> dict[str, object]:
        ui = self.ui
        snapshot: dict[str, object] = {"display": self.display()}
        if self._desk is not None:
            snapshot["desk"] = self.desk_form()
        if self._security is not None:
            snapshot["security"] = ui.idleSpin.value()
        if self._backup is not None:
            snapshot["backup"] = (
                ui.folderEdit.text().strip(),
                ui.intervalSpin.value(),
                ui.keepSpin.value(),
            )
        return snapshot

    def changed_parts(self) -> list[str]:
        """The parts changed since they were loaded or saved: display, desk, security, backup."""
        now = self._snapshot()
        baseline = self._baseline or {"display": self._display}
        return [part for part, value in now.items() if baseline.get(part) != value]

    def has_changes(self) -> bool:
        """Whether anything differs from what is saved."""
        return bool(self.changed_parts())

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Save what changed, on the worker, part by part (see the module doc)."""
        if self._busy:
            return
        self._clear_invalid()
        set_message(self.ui.messageLabel, "")
        parts = self.changed_parts()
        if "backup" in parts:
            folder = self.ui.folderEdit.text().strip()
            if folder and not Path(folder).expanduser().is_absolute():
                self._refuse(
                    ValidationError(
                        "folder",
                        self.tr("Backup folder"),
                        self.tr("Choose a folder that starts with a drive name (or /)."),
                    ),
                    [],
                )
                return
        steps: list[Callable[[list[str], Callable[[], None]], None]] = []
        if "desk" in parts and self._desk is not None and self._desk.editable:
            steps.append(self._save_desk)
        if "security" in parts and self._can_security:
            steps.append(self._save_security)
        if "backup" in parts and self._can_backup:
            steps.append(self._save_backup)
        self._set_busy(True)
        self._run(steps, [], "display" in parts)

    def _run(
        self,
        steps: list[Callable[[list[str], Callable[[], None]], None]],
        done: list[str],
        display: bool,
    ) -> None:
        if steps:
            first, rest = steps[0], steps[1:]
            first(done, lambda: self._run(rest, done, display))
            return
        self._display_changed = display
        if display:
            chosen = self.display()
            try:
                local_settings.save_display(chosen)
            except SettingsError as error:
                self._refuse(error, done)
                return
            self._display = chosen
            log.info("display settings saved")
            self.display_saved.emit(chosen)
        self._set_busy(False)
        self._baseline = self._snapshot()
        self.saved.emit()
        self.accept()

    def _save_desk(self, done: list[str], then: Callable[[], None]) -> None:
        assert self._desk is not None
        form, version = self.desk_form(), self._desk.version
        settings, principal = self._ctx.settings, self._principal

        def saved(desk: DeskSettings) -> None:
            self._desk = desk
            done.append("desk")
            self.desk_saved.emit(desk)
            then()

        run_op(
            self,
            lambda: settings.save_desk(principal, form, version),
            saved,
            lambda error: self._refuse(error, done),
        )

    def _save_security(self, done: list[str], then: Callable[[], None]) -> None:
        minutes = self.ui.idleSpin.value()
        users, principal = self._ctx.users, self._principal

        def op() -> SecuritySettings:
            # Only the idle lock is edited here: the other values are kept as saved now.
            current = users.security_settings()
            return users.update_security(
                principal, dataclasses.replace(current, idle_lock_minutes=minutes)
            )

        def saved(security: SecuritySettings) -> None:
            self._security = security
            done.append("security")
            self.security_saved.emit(security)
            then()

        run_op(self, op, saved, lambda error: self._refuse(error, done))

    def _save_backup(self, done: list[str], then: Callable[[], None]) -> None:
        form = self._backup_input()
        backups, principal = self._ctx.backups, self._principal

        def saved(backup: BackupSettings) -> None:
            self._backup = backup
            done.append("backup")
            self.backup_saved.emit(backup)
            then()

        run_op(
            self,
            lambda: backups.update_settings(principal, form),
            saved,
            lambda error: self._refuse(error, done),
        )

    def _refuse(self, error: KnownError, done: list[str]) -> None:
        self._set_busy(False)
        text = error.text()
        if done:
            text += "\n" + self.tr(
                "The changes on the other parts were saved; only this one was not."
            )
            self._rebaseline(done)
        set_message(self.ui.messageLabel, text, kind="error")
        if isinstance(error, ValidationError):
            widget = self._field_widget(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                self._invalid.append(widget)
                self._show_tab_of(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_failed.emit(text)

    def _rebaseline(self, done: list[str]) -> None:
        """Take the parts already saved as the new baseline (the others stay changed)."""
        now = self._snapshot()
        for part in done:
            self._baseline[part] = now[part]

    def _field_widget(self, field: str) -> QWidget | None:
        ui = self.ui
        reasons = list(self._reason_checks.values())
        rule_widget: QWidget = (
            ui.nthCombo if ui.nthWeekdayRadio.isChecked() else ui.firstOpenDayRadio
        )
        widgets: dict[str, QWidget | None] = {
            "name": ui.nameEdit,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "number_style": ui.eraRadio,
            "holiday_window": rule_widget,
            "approval_reasons": reasons[0] if reasons else None,
            "idle_lock_minutes": ui.idleSpin,
            "folder": ui.folderEdit,
            "interval_days": ui.intervalSpin,
            "keep": ui.keepSpin,
        }
        return widgets.get(field)

    def _show_tab_of(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                tabs.setCurrentIndex(index)
                return

    def _clear_invalid(self) -> None:
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid = []

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.saveButton.setEnabled(not busy)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Close without saving; with unsaved changes, ask first (Esc, Cancel, title bar)."""
        if self._busy:
            return
        if self.has_changes():
            self.discard_box = ask_discard(
                self,
                self.tr("Close without saving?"),
                self.tr(
                    "The settings you changed are not saved. Close without saving them? "
                    "To keep them, choose Continue editing and save."
                ),
                "discardSettingsBox",
                self._discard,
            )
            self.discard_asked.emit(self.discard_box)
            return
        self._discard()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        """Closing the window is cancelling."""
        event.ignore()
        self.reject()

    def _discard(self) -> None:
        super().reject()
