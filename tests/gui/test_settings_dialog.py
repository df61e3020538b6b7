"""The settings dialog (設定): this PC, the desk and its operation; who may change what.

Also the text size in the style sheet and the holiday window line of the dashboard.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from welfaredesk import local_settings
from welfaredesk.app import AppContext
from welfaredesk.domain.calendar import HolidayWindowRule, WindowKind, describe
from welfaredesk.domain.case_number import NumberStyle
from welfaredesk.gui.application import STYLE_FONT_SIZES, style_sheet, ui_point_size
from welfaredesk.gui.connection_dialog import ConnectionDialog
from welfaredesk.gui.dashboard_tab import DashboardTab, window_day_text
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.settings_dialog import SettingsDialog
from welfaredesk.local_settings import Display
from welfaredesk.services.dto import Principal
from welfaredesk.services.settings import DeskSettingsForm

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 22)
"""A Sunday: the next first open day is Tuesday 2026-12-01."""

Ime = Callable[[QWidget, str], None]


@pytest.fixture(autouse=True)
def display_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This PC's settings file of each test, in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("WELFAREDESK_HOME", str(home))
    return home


def _open(qtbot: QtBot, ctx: AppContext, principal: Principal) -> SettingsDialog:
    dialog = SettingsDialog(ctx, principal, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.ui.holidayPreview.text()), timeout=10_000)
    qtbot.waitUntil(lambda: bool(dialog.ui.numberExample.text()), timeout=10_000)
    return dialog


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.ui.saveButton.click()


def _refused(qtbot: QtBot, dialog: SettingsDialog) -> str:
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        dialog.ui.saveButton.click()
    return str(failed.args[0])


def _visible_texts(dialog: SettingsDialog) -> list[str]:
    """Every text the user can see on each tab (the database path left out: a file name)."""
    texts = [dialog.windowTitle()]
    tabs = dialog.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        texts.append(tabs.tabText(index))
        page = tabs.widget(index)
        texts += [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
        texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.title() for w in page.findChildren(QGroupBox) if w.isVisible()]
        texts += [w.currentText() for w in page.findChildren(QComboBox) if w.isVisible()]
        texts += [w.toolTip() for w in page.findChildren(QAbstractButton) if w.toolTip()]
    texts += [dialog.ui.saveButton.text(), dialog.ui.cancelButton.text()]
    path = dialog.ui.databaseValue.text()
    return [text for text in texts if text and text != path]


# --- opening --------------------------------------------------------------------------------


def test_opened_from_the_file_menu_with_ctrl_comma(qtbot: QtBot, main_window: MainWindow) -> None:
    action = main_window.ui.settingsAction
    assert action.text() == "設定(&S)…"
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.isEnabled()
    actions = main_window.ui.fileMenu.actions()
    assert actions.index(action) < actions.index(main_window.ui.userAdminAction)
    with qtbot.waitSignal(main_window.settings_opened, timeout=5_000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    assert dialog.windowTitle() == "設定"
    assert [dialog.ui.tabs.tabText(i) for i in range(3)] == ["このパソコン", "窓口", "運用"]
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_each_tab_shows_the_saved_settings(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, latin: Callable[..., list[str]]
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    # このパソコン
    assert ui.languageCombo.currentText() == "日本語"
    assert [ui.languageCombo.itemText(i) for i in range(2)] == ["日本語", "English"]
    assert ui.textSizeCombo.currentText() == "標準(100%)"
    assert [ui.textSizeCombo.itemText(i) for i in range(4)] == [
        "標準(100%)",
        "大きめ(115%)",
        "大(130%)",
        "特大(150%)",
    ]
    assert "次に起動したときから変わります" in ui.displayNote.text()
    assert ui.databaseValue.text() == str(ctx.db.url.database)
    # 窓口
    desk = ctx.settings.desk(supervisor)
    assert ui.nameEdit.text() == desk.name == "福祉総合相談窓口"
    assert not ui.nameEdit.isReadOnly()
    assert ui.eraRadio.isChecked()
    assert re.fullmatch(
        r"次のケースの受付番号：R8-\d{5}\(今あるケースの番号は変わりません\)",
        ui.numberExample.text(),
    )
    assert ui.firstOpenDayRadio.isChecked()
    assert ui.holidayPreview.text().startswith("毎月第1開庁日。次は12月1日(火)、1月4日(月)")
    for rule in (
        HolidayWindowRule(WindowKind.FIRST_OPEN_DAY),
        HolidayWindowRule(WindowKind.NTH_WEEKDAY, 2, 5),
        HolidayWindowRule(WindowKind.NTH_WEEKDAY, -1, 6),
        HolidayWindowRule(WindowKind.NONE),
    ):
        assert dialog.rule_text(rule) == describe(rule)
    labels = dict(desk.reason_choices)
    checks = {w.text(): w.isChecked() for w in ui.approvalGroup.findChildren(QAbstractButton)}
    assert checks == {labels[code]: code in desk.approval_reasons for code in labels}
    assert not ui.deskReason.isVisible()
    # 運用: supervisors see the idle lock, but may not change it; backups are not shown
    ui.tabs.setCurrentIndex(2)
    assert ui.idleSpin.value() == ctx.users.security_settings().idle_lock_minutes
    assert not ui.idleSpin.isEnabled()
    assert ui.operationsReason.text() == "この項目はシステム管理者だけが変更できます。"
    assert ui.backupNote.text() == "バックアップの設定はシステム管理者だけが見ることができます。"
    assert not ui.folderEdit.isVisible()
    bad = {t: w for t in _visible_texts(dialog) if (w := latin(t, also_allowed=("English",)))}
    assert not bad


def test_a_supervisor_saves_the_desk_settings(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    ui.tabs.setCurrentIndex(1)
    ui.nameEdit.clear()
    ime(ui.nameEdit, "こだいら福祉まるごと相談窓口")
    ime(ui.addressEdit, "架空県架空市中央1-2-3 市役所2階")
    qtbot.keyClicks(ui.phoneEdit, "042-000-1234")
    ui.westernRadio.setChecked(True)
    qtbot.waitUntil(lambda: "2026-" in ui.numberExample.text(), timeout=10_000)
    ui.nthWeekdayRadio.setChecked(True)
    ui.nthCombo.setCurrentIndex(ui.nthCombo.findData(2))
    ui.weekdayCombo.setCurrentIndex(ui.weekdayCombo.findData(5))
    moved = dialog.findChild(QAbstractButton, "reason_moved")
    assert moved is not None
    moved.setChecked(not moved.isChecked())
    assert dialog.changed_parts() == ["desk"]
    with qtbot.waitSignal(dialog.desk_saved, timeout=10_000):
        _save(qtbot, dialog)
    saved = ctx.settings.desk(supervisor)
    assert saved.name == "こだいら福祉まるごと相談窓口"
    assert saved.address == "架空県架空市中央1-2-3 市役所2階"
    assert saved.phone == "042-000-1234"
    assert saved.number_style is NumberStyle.WESTERN
    assert saved.holiday_window.kind is WindowKind.NTH_WEEKDAY
    assert (saved.holiday_window.nth, saved.holiday_window.weekday) == (2, 5)
    assert ("moved" in saved.approval_reasons) == moved.isChecked()
    assert not dialog.isVisible()
    assert local_settings.load() == {}  # nothing of this PC was written


def test_a_counselor_sees_the_desk_settings_read_only_with_the_reason(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, latin: Callable[..., list[str]]
) -> None:
    dialog = _open(qtbot, ctx, counselor)
    ui = dialog.ui
    ui.tabs.setCurrentIndex(1)
    assert ui.deskReason.isVisible()
    assert ui.deskReason.text() == "この項目は主任相談支援員とシステム管理者だけが変更できます。"
    assert ui.nameEdit.text() == "福祉総合相談窓口"
    assert ui.nameEdit.isReadOnly()
    assert ui.addressEdit.isReadOnly()
    assert ui.phoneEdit.isReadOnly()
    for widget in (ui.eraRadio, ui.westernRadio, ui.nthWeekdayRadio, ui.nthCombo):
        assert not widget.isEnabled()
    assert all(not w.isEnabled() for w in ui.approvalGroup.findChildren(QAbstractButton))
    assert ui.holidayPreview.text()  # the dates are shown to everyone
    ui.tabs.setCurrentIndex(0)
    assert not ui.connectionButton.isEnabled()
    assert "システム管理者だけ" in ui.connectionReason.text()
    assert dialog.open_connection() is None
    # This PC's own display settings are anyone's to change.
    assert ui.languageCombo.isEnabled()
    assert ui.textSizeCombo.isEnabled()
    bad = {t: w for t in _visible_texts(dialog) if (w := latin(t, also_allowed=("English",)))}
    assert not bad
    ui.textSizeCombo.setCurrentIndex(ui.textSizeCombo.findData(130))
    _save(qtbot, dialog)
    assert local_settings.saved_display() == Display(language="ja", text_scale=130)


def test_an_administrator_saves_the_idle_lock_and_the_backup_schedule(
    qtbot: QtBot, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    before = ctx.users.security_settings()
    with qtbot.waitSignal(window.settings_opened, timeout=5_000) as opened:
        window.ui.settingsAction.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    ui = dialog.ui
    ui.tabs.setCurrentIndex(2)
    assert not ui.operationsReason.isVisible()
    assert ui.idleSpin.isEnabled()
    assert ui.intervalSpin.isEnabled()
    assert ui.folderEdit.text() == str(ctx.backups.settings(admin).folder)
    assert ui.idleSpin.suffix() == " 分"
    folder = tmp_path / "自動バックアップ"
    dialog.folder_chooser = lambda _parent, _suggested: str(folder)
    ui.browseButton.click()
    assert ui.folderEdit.text() == str(folder)
    ui.idleSpin.setValue(25)
    ui.intervalSpin.setValue(3)
    ui.keepSpin.setValue(5)
    assert dialog.changed_parts() == ["security", "backup"]
    with (
        qtbot.waitSignal(dialog.security_saved, timeout=10_000),
        qtbot.waitSignal(dialog.backup_saved, timeout=10_000),
    ):
        _save(qtbot, dialog)
    after = ctx.users.security_settings()
    assert after == dataclasses.replace(before, idle_lock_minutes=25)
    backup = ctx.backups.settings(admin)
    assert (backup.folder, backup.interval_days, backup.keep) == (folder, 3, 5)
    assert folder.is_dir()
    # The running idle lock follows at once, and the status bar says it was saved.
    assert window.idle_lock.interval_ms == 25 * 60_000
    assert window.ui.statusBar.currentMessage() == "設定を保存しました。"


def test_a_refused_field_is_named_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext, admin: Principal, ime: Ime
) -> None:
    dialog = _open(qtbot, ctx, admin)
    ui = dialog.ui
    before_security = ctx.users.security_settings()
    before_desk = ctx.settings.desk(admin)
    ui.tabs.setCurrentIndex(2)
    ui.idleSpin.setValue(before_security.idle_lock_minutes + 5)
    ui.textSizeCombo.setCurrentIndex(ui.textSizeCombo.findData(150))
    ime(ui.addressEdit, "架空市役所")
    ime(ui.phoneEdit, "窓口直通")
    message = _refused(qtbot, dialog)
    assert message.startswith("窓口の電話番号：")
    assert ui.messageLabel.text() == message
    assert ui.messageLabel.isVisible()
    assert ui.tabs.currentWidget() is ui.deskTab  # the refused field is shown
    assert ui.phoneEdit.property("invalid") is True
    assert ui.phoneEdit.hasFocus()
    # What was typed stays, and nothing at all was written (the desk is saved first).
    assert ui.phoneEdit.text() == "窓口直通"
    assert ui.addressEdit.text() == "架空市役所"
    assert ui.idleSpin.value() == before_security.idle_lock_minutes + 5
    assert ctx.users.security_settings() == before_security
    assert ctx.settings.desk(admin).version == before_desk.version
    assert local_settings.saved_display() == Display()
    assert dialog.isVisible()
    # Corrected, the same form saves everything.
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "042-000-5678")
    _save(qtbot, dialog)
    assert ui.phoneEdit.property("invalid") is False
    assert ctx.settings.desk(admin).phone == "042-000-5678"
    assert ctx.users.security_settings().idle_lock_minutes == before_security.idle_lock_minutes + 5
    assert local_settings.saved_display().text_scale == 150


def test_a_relative_backup_folder_is_refused_before_anything_is_written(
    qtbot: QtBot, ctx: AppContext, admin: Principal, ime: Ime
) -> None:
    dialog = _open(qtbot, ctx, admin)
    ui = dialog.ui
    ime(ui.addressEdit, "架空市役所")
    ui.folderEdit.setText("backups")
    message = _refused(qtbot, dialog)
    assert message.startswith("バックアップの保存先フォルダー：")
    assert ui.tabs.currentWidget() is ui.operationsTab
    assert ui.folderEdit.property("invalid") is True
    assert ctx.settings.desk(admin).address == ""


def test_a_stale_save_gets_the_conflict_message_and_keeps_the_input(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    desk = ctx.settings.desk(supervisor)
    ctx.settings.save_desk(
        supervisor,
        DeskSettingsForm(
            name="別の職員が保存した名前",
            address=desk.address,
            phone=desk.phone,
            number_style=desk.number_style,
            holiday_window=desk.holiday_window,
            approval_reasons=desk.approval_reasons,
        ),
        desk.version,
    )
    ui = dialog.ui
    ui.nameEdit.clear()
    ime(ui.nameEdit, "私が入力した名前")
    message = _refused(qtbot, dialog)
    assert "ほかの利用者が先に窓口の設定を変更しました" in message
    assert ui.nameEdit.text() == "私が入力した名前"
    assert ctx.settings.desk(supervisor).name == "別の職員が保存した名前"


def test_language_and_text_size_go_to_this_pcs_settings_file(
    qtbot: QtBot, ctx: AppContext, counselor: Principal, display_home: Path
) -> None:
    dialog = _open(qtbot, ctx, counselor)
    ui = dialog.ui
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.textSizeCombo.setCurrentIndex(ui.textSizeCombo.findData(150))
    # The sample shows the chosen size now; the screens change from the next start.
    assert ui.sampleLabel.font().pointSizeF() == ui_point_size(150)
    assert dialog.changed_parts() == ["display"]
    with qtbot.waitSignal(dialog.display_saved) as saved:
        _save(qtbot, dialog)
    assert saved.args[0] == Display(language="en", text_scale=150)
    assert dialog.saved_message() == (
        "設定を保存しました。表示言語と文字の大きさは、次に起動したときから変わります。"
    )
    # What configure_application reads at the next start:
    assert local_settings.saved_display() == Display(language="en", text_scale=150)
    path = local_settings.settings_path()
    assert path.is_relative_to(display_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = _open(qtbot, ctx, counselor)
    assert again.ui.languageCombo.currentText() == "English"
    assert again.ui.textSizeCombo.currentData() == 150
    assert not again.has_changes()


def test_the_holiday_preview_follows_the_rule(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    with qtbot.waitSignal(dialog.holiday_previewed, timeout=10_000) as previewed:
        ui.nthWeekdayRadio.setChecked(True)
    with qtbot.waitSignal(dialog.holiday_previewed, timeout=10_000) as previewed:
        ui.nthCombo.setCurrentIndex(ui.nthCombo.findData(2))
    days = previewed.args[0]
    assert len(days) == 6
    assert all(day.weekday() == 5 and 8 <= day.day <= 14 for day in days)
    assert ui.holidayPreview.text().startswith("毎月第2土曜日。次は12月12日(土)")
    with qtbot.waitSignal(dialog.holiday_previewed, timeout=10_000) as previewed:
        ui.nthCombo.setCurrentIndex(ui.nthCombo.findData(-1))
    assert all(day.weekday() == 5 and day.day > 21 for day in previewed.args[0])
    assert ui.holidayPreview.text().startswith("毎月最終土曜日。")
    with qtbot.waitSignal(dialog.holiday_previewed, timeout=10_000) as previewed:
        ui.noHolidayRadio.setChecked(True)
    assert previewed.args[0] == ()
    assert ui.holidayPreview.text() == "休日窓口は設けていません。"
    assert not ui.nthCombo.isEnabled()


def test_cancel_with_changes_asks_first(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    ime(dialog.ui.addressEdit, "架空市役所")
    with qtbot.waitSignal(dialog.discard_asked) as asked:
        dialog.ui.cancelButton.click()
    box = asked.args[0]
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "変更を保存せずに閉じますか？"
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"破棄する", "入力を続ける"}
    buttons["入力を続ける"].click()
    assert dialog.isVisible()
    assert dialog.ui.addressEdit.text() == "架空市役所"
    with qtbot.waitSignal(dialog.discard_asked) as asked:
        dialog.close()
    discard = next(b for b in asked.args[0].buttons() if b.text() == "破棄する")
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.settings.desk(supervisor).address == ""


def test_unchanged_cancel_closes_at_once(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _open(qtbot, ctx, supervisor)
    assert not dialog.has_changes()
    dialog.ui.cancelButton.click()
    assert not dialog.isVisible()
    assert dialog.discard_box is None


def test_on_a_server_the_backup_schedule_is_off(
    qtbot: QtBot, ctx: AppContext, admin: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ctx.backups.settings

    def server_settings(principal: Principal):  # type: ignore[no-untyped-def]
        return dataclasses.replace(real(principal), automatic=False)

    monkeypatch.setattr(ctx.backups, "settings", server_settings)
    dialog = _open(qtbot, ctx, admin)
    ui = dialog.ui
    ui.tabs.setCurrentIndex(2)
    assert "サーバーの定期バックアップ" in ui.backupNote.text()
    assert not ui.intervalSpin.isEnabled()
    assert not ui.keepSpin.isEnabled()
    assert ui.idleSpin.isEnabled()


def test_an_administrator_opens_the_connection_dialog_from_it(
    qtbot: QtBot, ctx: AppContext, admin: Principal
) -> None:
    dialog = _open(qtbot, ctx, admin)
    assert dialog.ui.connectionButton.isEnabled()
    with qtbot.waitSignal(dialog.connection_opened) as opened:
        dialog.ui.connectionButton.click()
    connection = opened.args[0]
    assert isinstance(connection, ConnectionDialog)
    assert str(ctx.db.url.database) in connection.currentLabel.text()
    connection.close()


# --- the text size in the style sheet, the dashboard's line ----------------------------------


@pytest.mark.parametrize("scale", local_settings.TEXT_SCALES)
def test_the_style_sheets_own_font_sizes_follow_the_text_size(scale: int) -> None:
    qss = style_sheet(scale)
    assert "@" not in qss.replace("@media", "")
    sizes = [float(s) for s in re.findall(r"font-size:\s*([0-9.]+)pt", qss)]
    expected = sorted(round(points * scale / 100 * 2) / 2 for points in STYLE_FONT_SIZES.values())
    assert sorted(sizes) == expected
    assert ui_point_size(scale) == round(10 * scale / 100 * 2) / 2
    if scale == 150:
        assert "font-size: 21pt" in qss
        assert "font-size: 25.5pt" in qss


def test_window_days_are_written_with_the_weekday() -> None:
    assert window_day_text(dt.date(2026, 12, 1)) == "12月1日(火)"
    assert window_day_text(dt.date(2027, 1, 4)) == "1月4日(月)"


def test_the_dashboard_names_the_next_holiday_window(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    tab = DashboardTab(ctx.dashboard, supervisor)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.load()
    day = ctx.dashboard.summary(supervisor).next_holiday_window
    assert day is not None
    assert tab.holidayLabel.text() == f"次の休日窓口：{window_day_text(day)}"
