"""Start the GUI: the application object, fonts, translations, style, sign-in, main window.

Public entry points (called from the command line in ``welfaredesk.cli``):

* :func:`run` — the program: first-start setup or login, then the main window.
* :func:`smoke_test` — builds everything once without a user and closes it (installer check).
* :func:`screenshots` — saves a PNG of every screen, for reviewing the look.

Start-up time (design.md §7): this module and what it imports at the top are what the login
window needs, nothing more (no services, no SQLAlchemy, no main window; tests/gui/test_start_up.py
checks it): given a function that opens the database instead of an open one, :func:`run` shows
the login window first and opens the database on the worker while the user types. The main
window's modules load after that.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from welfaredesk import local_settings, paths
from welfaredesk.domain.text import set_translator
from welfaredesk.gui import crash, i18n
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.ops import db_worker, shutdown_worker
from welfaredesk.gui.qtlog import routes_qt_messages

if TYPE_CHECKING:
    from welfaredesk.app import AppContext
    from welfaredesk.gui.agency_directory import AgencyDirectoryDialog
    from welfaredesk.gui.case_view import CaseView
    from welfaredesk.gui.intake_dialog import IntakeDialog
    from welfaredesk.gui.main_window import MainWindow
    from welfaredesk.gui.pdf_preview import PdfPreviewDialog
    from welfaredesk.services.auth import AuthService
    from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

UI_FONT_FAMILY = "BIZ UDGothic"
UI_FONT_POINT_SIZE = 10
WINDOW_SIZE = (1280, 800)
INTAKE_SIZE = (1240, 760)
_CONFIGURED = "welfaredeskConfigured"


def _application(language: str | None = None, text_scale: int | None = None) -> QApplication:
    """The QApplication of the process, created (and configured) on first use.

    Args:
        language: the screens' language for this run (``demo --lang``); None: this PC's
            display setting.
        text_scale: the text size for this run (percent); None: this PC's display setting.
    """
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName("WelfareDesk")
        QApplication.setOrganizationName("WelfareDesk")
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    configure_application(app, language, text_scale)
    return app


def configure_application(
    app: QApplication, language: str | None = None, text_scale: int | None = None
) -> None:
    """Fonts, translations, locale and style sheet; safe to call more than once.

    The language and the text size are this PC's display settings
    (:func:`welfaredesk.local_settings.saved_display`); they apply from the next start.

    Args:
        app: the application to configure.
        language: ``ja`` or ``en`` for this run, overriding the setting (None: the setting).
        text_scale: one of :data:`~welfaredesk.local_settings.TEXT_SCALES` for this run,
            overriding the setting (None: the setting; the screenshot tour at large text).
    """
    if app.property(_CONFIGURED):
        return
    display = local_settings.saved_display()
    language = language if language in local_settings.LANGUAGES else display.language
    if text_scale in local_settings.TEXT_SCALES:
        display = local_settings.Display(display.language, text_scale)
    app.setApplicationName("WelfareDesk")
    app.setApplicationDisplayName("WelfareDesk")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "welfaredesk.ico")))
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    load_fonts()
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(ui_point_size(display.text_scale))
    app.setFont(font)
    QLocale.setDefault(QLocale("ja_JP" if language == "ja" else "en_US"))
    install_translators(app, language)
    app.setStyleSheet(style_sheet(display.text_scale))
    app.setProperty("welfaredeskLanguage", language)
    # The services' and the domain's Japanese messages in the screens' language (issue 11).
    set_translator(i18n.tr_data if language == "en" else None)
    app.setProperty(_CONFIGURED, True)


def ui_point_size(text_scale: int) -> float:
    """The screens' font size for a text size setting (percent of :data:`UI_FONT_POINT_SIZE`)."""
    return round(UI_FONT_POINT_SIZE * text_scale / 100 * 2) / 2


STYLE_FONT_SIZES = {"@TITLE_PT@": 14, "@CASE_NAME_PT@": 17}
"""The larger type of the style sheet (placeholder: point size at the standard text size);
they grow with the text size setting like the rest of the screens."""


def style_sheet(text_scale: int = 100) -> str:
    """The application style sheet, with ``@ICONS@`` pointing at the bundled icons.

    Args:
        text_scale: the text size setting (percent); the style sheet's own font sizes
            (:data:`STYLE_FONT_SIZES`) are scaled by it like the screens' font.
    """
    qss = paths.resources_dir() / "styles" / "app.qss"
    if not qss.exists():
        log.warning("style sheet missing: %s", qss.name)
        return ""
    text = qss.read_text(encoding="utf-8")
    for placeholder, points in STYLE_FONT_SIZES.items():
        text = text.replace(placeholder, f"{round(points * text_scale / 100 * 2) / 2:g}")
    icons = (paths.resources_dir() / "icons").as_posix()
    return text.replace("@ICONS@", icons)


def load_fonts() -> list[str]:
    """Register the bundled TrueType fonts; returns the font families added."""
    families: list[str] = []
    for font in sorted(paths.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("font not loaded: %s", font.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install WelfareDesk's and Qt's own translations for ``language``.

    The translators are children of the application, which keeps them alive (a translator
    that is garbage-collected silently stops translating).

    Args:
        app: the application.
        language: ``ja`` (or ``en``, whose translation is the source text).

    Returns:
        The translators installed.
    """
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    ours_file = paths.resources_dir() / "i18n" / f"welfaredesk_{language}.qm"
    if ours.load(str(ours_file)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("translation not loaded: %s", ours_file.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed


def sign_in(
    ctx: AppContext,
    *,
    auto_login: tuple[str, str] | None = None,
    demo_note: str | None = None,
) -> Principal | None:
    """First-start setup or the login dialog; returns the user, or None if cancelled.

    Args:
        ctx: the open database.
        auto_login: login ID and password to fill in and submit at once (the demo).
        demo_note: a note shown in the login dialog (the demo's user and password).
    """
    if ctx.auth.needs_setup():
        from welfaredesk.gui.setup_dialog import SetupDialog  # noqa: PLC0415 - first start only

        setup = SetupDialog(ctx.auth)
        setup.resize(setup.sizeHint().expandedTo(setup.minimumSize()))
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        return setup.principal
    login = LoginDialog(ctx.auth, demo_note=demo_note)
    if _bench_exit_at_login(login):
        return None
    if auto_login is not None:
        login.fill(*auto_login, submit=True)
    else:  # the main window's modules load while the user types (start-up time, design.md §7)
        QTimer.singleShot(_PRELOAD_DELAY_MS, _preload_main_window)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.principal


def _bench_exit_at_login(login: LoginDialog) -> bool:
    """The benchmark's start-up timing (welfaredesk.bench): show the window, say so, stop."""
    if not os.environ.get("WELFAREDESK_BENCH_EXIT_AT_LOGIN"):
        return False
    login.show()
    QCoreApplication.processEvents()
    sys.stdout.write("welfaredesk-bench: login window shown\n")
    sys.stdout.flush()
    return True


class OpenFailed(Exception):
    """The database opened behind the login window could not be opened (see :func:`run`).

    Attributes:
        error: what opening it raised.
    """

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.error = error


class _Opening:
    """The database being opened on the worker while the login window is shown.

    Both methods run on the database worker only, one job after another, so they need no lock.
    """

    def __init__(self, open_context: Callable[[], AppContext]) -> None:
        self._open_context = open_context
        self.ctx: AppContext | None = None
        self.error: Exception | None = None

    def open(self) -> AppContext:
        """The open database, opened by the first call."""
        if self.ctx is None:
            self.ctx = self._open_context()
        return self.ctx

    def auth(self) -> AuthService:
        """The accounts service of the open database (for the login)."""
        return self.open().auth


def _sign_in_while_opening(opening: _Opening, *, demo_note: str | None = None) -> Principal | None:
    """The login window at once; the database opens on the worker while the user types.

    The caller has checked that the database is at this program's revision and has an account
    (``migrate.ready_to_log_in``), so it is the login and not the first-start setup. A login
    submitted before the open has ended waits for it on the worker.

    Raises:
        OpenFailed: the database could not be opened; the login window is closed.
    """
    login = LoginDialog(opening.auth, demo_note=demo_note)
    if _bench_exit_at_login(login):
        return None

    def failed(error: Exception) -> None:
        opening.error = error
        login.reject()

    def start_opening() -> None:
        # The main window's modules load once the services have (start-up time, design.md §7).
        db_worker().run(opening.open, lambda _ctx: _preload_main_window(), failed)

    QTimer.singleShot(0, login, start_opening)  # once the window is up
    accepted = login.exec() == QDialog.DialogCode.Accepted
    if opening.error is not None:
        raise OpenFailed(opening.error)
    return login.principal if accepted else None


_PRELOAD_DELAY_MS = 200
"""How long after the login dialog opens the main window's modules start loading."""


def _preload_main_window() -> None:
    """Import the main window and its tabs while the login dialog waits for the user."""
    importlib.import_module("welfaredesk.gui.main_window")


@routes_qt_messages
def start_up_failed(problem: str, *, fixed_by_command_line: bool = False) -> bool:
    """Say that the database could not be opened at start; offer to change the connection.

    Args:
        problem: what the connection check found (Japanese), shown in the box.
        fixed_by_command_line: the database was named by ``--db`` or
            ``$WELFAREDESK_DATABASE_URL``, which a saved setting does not override.

    Returns:
        True to try again (the user asked to, or a new connection was saved), False to quit.
    """
    from welfaredesk.gui.connection_dialog import ConnectionDialog  # noqa: PLC0415 - rare

    app = _application()
    crash.install_excepthook()
    text = QCoreApplication.translate("StartUp", "The database could not be opened.")
    text += "\n\n" + problem
    if fixed_by_command_line:
        text += "\n\n" + QCoreApplication.translate(
            "StartUp",
            "The database was named with --db or WELFAREDESK_DATABASE_URL: change it there.",
        )
    title = QCoreApplication.translate("StartUp", "WelfareDesk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setObjectName("startUpErrorBox")
    # A server that is restarting or briefly unreachable: trying again is the usual answer.
    retry = box.addButton(
        QCoreApplication.translate("StartUp", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    change = None
    if not fixed_by_command_line:
        change = box.addButton(
            QCoreApplication.translate("StartUp", "&Change the connection..."),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QCoreApplication.translate("StartUp", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    if box.clickedButton() is retry:
        return True
    if change is None or box.clickedButton() is not change:
        return False
    dialog = ConnectionDialog(restart_note=False)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    app.processEvents()
    if not saved:
        shutdown_worker()
    return saved


@routes_qt_messages
def run(
    ctx: AppContext | Callable[[], AppContext],
    *,
    auto_login: tuple[str, str] | None = None,
    demo_note: str | None = None,
) -> int:
    """Run the program until the main window is closed.

    Args:
        ctx: the open database; or a function that opens it, for a database the caller has
            found ready to log in to (``migrate.ready_to_log_in``): the login window is then
            shown first and the function runs on the database worker meanwhile; the database
            it opens is closed when this returns.
        auto_login: login ID and password to fill in and submit at once (the demo).
        demo_note: a note shown in the login dialog (the demo's user and password).

    Returns:
        The exit code.

    Raises:
        OpenFailed: the function could not open the database (its error is attached); the
            login window is closed and the caller says why, as for any start-up failure.
    """
    app = _application()
    crash.install_excepthook()
    # The dialogs close before the main window opens: that is not the end of the program.
    app.setQuitOnLastWindowClosed(False)
    opening = _Opening(ctx) if callable(ctx) else None
    opened = None if callable(ctx) else ctx
    try:
        while True:
            if opened is not None:
                principal = sign_in(opened, auto_login=auto_login, demo_note=demo_note)
            elif opening is not None:
                principal = _sign_in_while_opening(opening, demo_note=demo_note)
                opened = opening.ctx  # a login runs after the open, on the worker
            if principal is None:
                return 0
            if opened is None:  # pragma: no cover - a login needs the open database
                raise RuntimeError("logged in without an open database")
            # Imported only now, so the login window shows sooner (design.md §7, start-up).
            from welfaredesk.gui.backup_dialog import start_automatic_backup  # noqa: PLC0415
            from welfaredesk.gui.main_window import MainWindow  # noqa: PLC0415

            window = MainWindow(opened, principal)
            window.resize(*WINDOW_SIZE)
            window.show()
            start_automatic_backup(window, opened, principal)
            app.setQuitOnLastWindowClosed(True)
            code = app.exec()
            if not window.signed_out:
                return code
            # 別の利用者でログインする on the lock screen: back to the login dialog.
            app.setQuitOnLastWindowClosed(False)
            window.deleteLater()
            auto_login = None
    finally:
        shutdown_worker()  # waits for an open still running
        if opening is not None and opening.ctx is not None:
            opening.ctx.close()


def _offscreen_if_headless() -> None:
    if QApplication.instance() is None and sys.platform.startswith("linux"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(signal: SignalInstance, timeout_ms: int = 15_000) -> bool:
    """Process events until ``signal`` fires or the time is up; returns whether it fired."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def _settle() -> None:
    """Let pending layouts and paints happen."""
    for _ in range(3):
        QCoreApplication.processEvents()


@routes_qt_messages
def smoke_test(ctx: AppContext, principal: Principal | None = None) -> int:
    """Build the GUI once, open and close the main window; for the installer's check.

    First checks that the bundled UI font, WelfareDesk's Japanese and English translations
    and Qt's own Japanese translation load, and that the user guide (F1) is there (returns 1,
    logging which did not, otherwise).
    Without a principal, a throwaway administrator is created through first-start setup
    when the database has no account; if it has accounts, only the login dialog is built.

    Args:
        ctx: the open database (normally a temporary one).
        principal: the user to open the main window as.

    Returns:
        0 when everything was built and closed.
    """
    import secrets  # noqa: PLC0415 - the smoke test only

    from welfaredesk.domain.permissions import Action, allowed  # noqa: PLC0415 - after the login
    from welfaredesk.gui.main_window import MainWindow  # noqa: PLC0415 - after the login

    _offscreen_if_headless()
    _application()
    # The bundle's fonts and translations (ours and Qt's own), whatever language is chosen.
    ours, english, qtbase = QTranslator(), QTranslator(), QTranslator()
    i18n = paths.resources_dir() / "i18n"
    ours.load(str(i18n / "welfaredesk_ja.qm"))
    qtbase.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    missing = [
        name
        for name, present in (
            ("UI font", UI_FONT_FAMILY in QFontDatabase.families()),
            ("Japanese translation", ours.translate("MainWindow", "&File") == "ファイル(&F)"),
            ("English translation", english.load(str(i18n / "welfaredesk_en.qm"))),
            ("Qt's Japanese translation", not qtbase.isEmpty()),
            ("user guide", (paths.guide_dir() / "README.md").is_file()),
        )
        if not present
    ]
    if missing:
        log.error("GUI smoke test: not loaded: %s", ", ".join(missing))
        shutdown_worker()
        return 1
    try:
        login = LoginDialog(ctx.auth)
        login.show()
        _settle()
        login.close()
        login.deleteLater()
        if principal is None and ctx.auth.needs_setup():
            principal = ctx.auth.setup(
                "smoke-test", "動作確認", "Smoke-" + secrets.token_urlsafe(16)
            )
        if principal is not None:
            window = MainWindow(ctx, principal)
            window.resize(*WINDOW_SIZE)
            window.show()
            if allowed(principal.role, Action.CASE_READ):
                _wait(window.cases_loaded)
            _settle()
            window.close()
            window.deleteLater()
            _settle()
    finally:
        shutdown_worker()
    log.info("GUI smoke test passed")
    return 0


@routes_qt_messages
def screenshots(
    ctx: AppContext,
    out_dir: Path,
    principal: Principal,
    *,
    admin: Principal | None = None,
    language: str | None = None,
    text_scale: int | None = None,
    inspect: Callable[[QWidget, str], None] | None = None,
) -> list[Path]:
    """Save a PNG of every screen and dialog, for looking at the result.

    The login error is produced with an unknown login ID, so no account gets a failed
    login counted; it is recorded in the audit trail like any failed login.

    Args:
        ctx: a database with some cases the principal may see.
        out_dir: where to save the PNG files (created if missing).
        principal: the user whose main window is shown.
        admin: an administrator, for the screens only administrators open (user
            administration, backups); None to leave them out.
        language: the screens' language (``ja`` or ``en``); None: this PC's setting.
        text_scale: the text size (percent, one of ``local_settings.TEXT_SCALES``); None:
            this PC's setting (the test of the larger text runs the tour at 150 %).
        inspect: called with each screen just before it is saved, with its name (the test
            of the English screens reads their texts).

    Returns:
        The saved files, in the order they were taken.
    """
    from welfaredesk.domain.permissions import Action, allowed  # noqa: PLC0415 - after the login
    from welfaredesk.gui.main_window import MainWindow  # noqa: PLC0415 - after the login
    from welfaredesk.gui.setup_dialog import SetupDialog  # noqa: PLC0415 - after the login

    _offscreen_if_headless()
    _application(language, text_scale)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _settle()
        if widget.objectName() == "pdfPreviewDialog":
            for _round in range(25):  # QtPdf draws the page on a thread (longer at 2x DPI)
                time.sleep(0.02)
                _settle()
        if inspect is not None:
            inspect(widget, name)
        path = out_dir / f"{len(saved) + 1:02d}_{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        saved.append(path)

    def dialog(make: Callable[[], QDialog], name: str, prepare: Callable[[QDialog], None]) -> None:
        window = make()
        window.show()
        prepare(window)
        shot(window, name)
        window.close()
        window.deleteLater()

    try:
        dialog(lambda: LoginDialog(ctx.auth), "login", lambda _d: None)
        dialog(
            lambda: LoginDialog(
                ctx.auth,
                demo_note=QCoreApplication.translate(
                    "Screenshots", "Demo user: demo / password: ********"
                ),
            ),
            "login_demo_note",
            lambda _d: None,
        )

        def wrong_password(d: QDialog) -> None:
            assert isinstance(d, LoginDialog)
            d.fill("screenshot-unknown-user", "wrong-password")
            d.submit()
            _wait(d.failed)

        dialog(lambda: LoginDialog(ctx.auth), "login_wrong_password", wrong_password)
        dialog(lambda: SetupDialog(ctx.auth), "setup", lambda _d: None)

        def mismatch(d: QDialog) -> None:
            assert isinstance(d, SetupDialog)
            d.ui.loginEdit.setText("admin")
            d.ui.nameEdit.setText("福祉 太郎")
            d.ui.passwordEdit.setText("first-password-1")
            d.ui.confirmEdit.setText("second-password-2")
            d.submit()

        dialog(lambda: SetupDialog(ctx.auth), "setup_validation", mismatch)

        window = MainWindow(ctx, principal)
        window.resize(*WINDOW_SIZE)
        window.show()
        if allowed(principal.role, Action.CASE_READ):
            _wait(window.cases_loaded)
        shot(window, "main_window")
        for tab, name in ((window.tasks_tab, "tasks"), (window.approvals_tab, "approvals")):
            if tab is not None:
                window.ui.mainTabs.setCurrentWidget(tab)
                for _round in range(30):  # its lists arrive from the worker
                    time.sleep(0.02)
                    _settle()
                shot(window, name)
        if window.dashboard_tab is not None:
            _workspace_screenshots(window, shot)
        if window.ledgerImportAction.isEnabled():
            _ledger_screenshots(window, shot)
        if window.reportAction.isEnabled():
            _report_screenshots(window, shot)
        window.ui.mainTabs.setCurrentIndex(0)
        if window.model.rowCount() > 0:
            view = window.open_case_at(0)
            if view is not None:
                _wait(window.case_opened)
                tabs = view.ui.stageTabs
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    page = tabs.widget(index)
                    name = page.objectName() if page is not None else str(index)
                    shot(window, f"case_{name.removesuffix('Tab')}")
                _changes_screenshots(window, view, shot)
            window.ui.mainTabs.setCurrentIndex(0)
        _about_screenshots(window, shot)
        report = crash.crash_dialog(paths.log_dir() / "crash-20250401-093000.txt", window)
        report.show()
        shot(report, "crash_dialog")
        report.close()
        report.deleteLater()
        if allowed(principal.role, Action.CASE_CREATE):
            _intake_screenshots(ctx, principal, window, shot)
        _contact_slip_screenshots(window, shot)
        _directory_screenshots(window, shot)
        if allowed(principal.role, Action.CASE_EDIT):
            _workflow_screenshots(ctx, principal, window, shot)
            _later_stage_screenshots(ctx, principal, window, shot)
        if allowed(principal.role, Action.MEETING_MANAGE):
            _meeting_screenshots(window, shot)
        _protection_screenshots(ctx, principal, window, shot)
        window.close()
        window.deleteLater()
        _settle()
        if admin is not None:
            admin_window = MainWindow(ctx, admin)
            admin_window.resize(*WINDOW_SIZE)
            admin_window.show()
            _settle()
            _dialog_shot(
                admin_window.user_admin_opened, admin_window.open_user_admin, shot, "user_admin"
            )
            _dialog_shot(
                admin_window.backup_opened, admin_window.open_backup, shot, "backup_dialog"
            )
            admin_window.close()
            admin_window.deleteLater()
            _settle()
    finally:
        shutdown_worker()
    log.info("%d screenshots saved", len(saved))
    return saved


def _about_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The About dialog's two tabs (Qt's licence selected), and the settings dialog if any."""
    about = window.about_box()
    about.show()
    _wait(about.database_shown, 5_000)
    shot(about, "about")
    about.tabs.setCurrentIndex(1)
    about.select_component("qt")
    shot(about, "about_licences")
    about.close()
    _settle()
    if hasattr(window, "open_settings"):  # the settings dialog (issue 11), where it exists
        dialog = window.open_settings()
        if isinstance(dialog, QDialog):
            dialog.show()
            _settle()
            shot(dialog, "settings")
            QDialog.reject(dialog)
            dialog.deleteLater()
            _settle()


def _changes_screenshots(
    window: MainWindow, view: CaseView, shot: Callable[[QWidget, str], None]
) -> None:
    """Another user's save: the case view's notice line and the conflict dialog (made-up data)."""
    import datetime  # noqa: PLC0415

    from welfaredesk.gui.conflict_dialog import ConflictDialog  # noqa: PLC0415 - screenshots only
    from welfaredesk.gui.note_dialog import _minutes_text, note_field_labels  # noqa: PLC0415
    from welfaredesk.services.changes import FieldDiff, LastChange  # noqa: PLC0415

    view.ui.stageTabs.setCurrentWidget(view.ui.planTab)
    view.changeNotice.show_held([view.ui.stageTabs.tabText(view.ui.stageTabs.currentIndex())])
    shot(window, "case_changed_by_other")
    view.changeNotice.hide()
    opened = (
        "長男と面談した。母の物忘れが増え、夜間に外へ出ることがある。\n介護保険の申請を勧めた。"
    )
    labels = note_field_labels()  # the field names and the minutes as the real dialog has them
    forty, sixty = _minutes_text(40), _minutes_text(60)
    diffs = [
        FieldDiff("minutes", labels["minutes"], forty, forty, sixty),
        FieldDiff(
            "body",
            labels["body"],
            opened,
            opened + "\n地域包括支援センターに電話で連絡し、訪問日を調整した。",
            opened + "\n本人は通所の見学を希望。来週、一緒に見学する。",
        ),
        FieldDiff(
            "next_action", labels["next_action"], "包括へ連絡", "包括と同行訪問", "包括へ連絡"
        ),
    ]
    at = datetime.datetime(2025, 6, 10, 14, 5)
    last = LastChange(None, "北村　智也", at, by_me=False, fields=("body",))
    what = QCoreApplication.translate("NoteDialog", "This progress note")
    dialog = ConflictDialog(what, last, diffs, window)
    dialog.show()
    shot(dialog, "conflict_dialog")
    dialog.close()
    dialog.deleteLater()
    _connection_screenshots(window, shot)


def _connection_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The banner of a lost server connection, and the database connection dialog."""
    from welfaredesk.gui.connection_dialog import ConnectionDialog  # noqa: PLC0415 - screenshots only

    monitor = window.connection_banner.monitor
    db_worker().connection_lost.emit()  # as a job failing with ConnectionLost would
    _settle()
    shot(window, "connection_lost")
    monitor.state = "online"  # no probe needed: the database was never away
    monitor.changed.emit()
    dialog = ConnectionDialog(
        window, current="postgresql+psycopg://desk@db.example.lg.jp/welfaredesk"
    )
    dialog.serverRadio.setChecked(True)
    dialog.hostEdit.setText("db.example.lg.jp")
    dialog.userEdit.setText("desk")
    dialog.show()
    shot(dialog, "connection_dialog")
    dialog.close()
    dialog.deleteLater()


def _intake_screenshots(
    ctx: AppContext, principal: Principal, window: MainWindow, shot: Callable[[QWidget, str], None]
) -> None:
    """The intake dialog: empty, filled in (top and bottom), a duplicate suggestion, an error.

    The dialogs are closed without keeping a draft (screenshots are not the user's work).
    """
    from welfaredesk.gui.intake_dialog import IntakeDialog  # noqa: PLC0415 - after the login
    from welfaredesk.gui.models.case_table_model import COL_KANA, COL_NAME  # noqa: PLC0415 - after the login

    existing: tuple[str, str] | None = None
    if window.model.rowCount() > 0:
        name = str(window.model.data(window.model.index(0, COL_NAME)) or "")
        kana = str(window.model.data(window.model.index(0, COL_KANA)) or "")
        if "\u3000" in kana and name and "（" not in name:
            existing = (name.partition("\u3000")[0], kana)

    def intake(name: str, prepare: Callable[[IntakeDialog], None]) -> None:
        dialog = IntakeDialog(ctx, principal, window)
        dialog.resize(*INTAKE_SIZE)
        dialog.show()
        _wait(dialog.ready)
        prepare(dialog)
        shot(dialog, name)
        QDialog.reject(dialog)  # no question, no draft
        dialog.deleteLater()

    def fill(dialog: IntakeDialog, *, family_kana: str = "ふくし") -> None:
        ui = dialog.ui
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("phone"))
        ui.consulterTypeCombo.setCurrentIndex(ui.consulterTypeCombo.findData("family"))
        ui.consulterNameEdit.setText("福祉 次郎")
        ui.consulterRelationEdit.setText("長男")
        ui.consulterContactEdit.setText("090-0000-0000")
        ui.familyNameEdit.setText("福祉")
        ui.givenNameEdit.setText("花子")
        ui.familyKanaEdit.setText(family_kana)
        ui.givenKanaEdit.setText("はなこ")
        ui.birthDateEdit.setText("S19.5.3")
        ui.sexCombo.setCurrentIndex(1)
        ui.addressEdit.setText("中央区本町1-2-3 本町ハイツ101")
        ui.phoneEdit.setText("03-0000-0000")
        dialog.add_member(
            {
                "relation_code": "child",
                "family_name": "福祉",
                "given_name": "次郎",
                "family_kana": "ふくし",
                "given_kana": "じろう",
                "birth_date": "S48.2.1",
                "situation_codes": ["unemployed"],
            }
        )
        ui.concernEdit.setPlainText(
            "母の物忘れが進み、一人で生活するのが難しくなってきた。介護の負担が大きい。"
        )
        ui.complexNeedsCheck.setChecked(True)
        ui.formScroll.verticalScrollBar().setValue(0)

    def fill_lower(dialog: IntakeDialog) -> None:
        fill(dialog)
        ui = dialog.ui
        tree = ui.issueTree
        for index in range(min(tree.topLevelItemCount(), 2)):
            top = tree.topLevelItem(index)
            child = top.child(0) if top is not None else None
            if child is not None:
                child.setCheckState(0, Qt.CheckState.Checked)
        ui.mostPressingCombo.setCurrentIndex(1)
        ui.consentStatusCombo.setCurrentIndex(0)
        ui.consentDateEdit.setText(ui.receivedOnEdit.text())
        ui.consentMethodCombo.setCurrentIndex(1)
        ui.firstResponseCombo.setCurrentIndex(2)
        bar = ui.formScroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    intake("intake_empty", lambda _d: None)
    intake("intake_filled", fill)
    intake("intake_filled_lower", fill_lower)
    if existing is not None:
        family, kana = existing

        def duplicate(dialog: IntakeDialog) -> None:
            family_kana, _sep, given_kana = kana.partition("\u3000")
            dialog.ui.familyNameEdit.setText(family)
            dialog.ui.familyKanaEdit.setText(family_kana)
            dialog.ui.givenKanaEdit.setText(given_kana)
            dialog.search_candidates()
            _wait(dialog.candidates_shown)
            dialog.ui.candidateList.setCurrentRow(0)
            dialog.link_selected()

        intake("intake_duplicate", duplicate)

    def invalid(dialog: IntakeDialog) -> None:
        fill(dialog, family_kana="fukushi")
        dialog.submit()
        _wait(dialog.save_failed)

    intake("intake_validation", invalid)


def _wait_until(done: Callable[[], bool], timeout_s: float = 15.0) -> bool:
    """Process events until ``done()`` is true or the time is up; returns ``done()``."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        time.sleep(0.01)
        _settle()
    return done()


def _referral_case(ctx: AppContext, principal: Principal) -> int | None:
    """An open case in 同行支援・引継ぎ with a referral that can still move on."""
    from welfaredesk.domain.enums import CaseStage, ReferralStatus  # noqa: PLC0415 - after the login
    from welfaredesk.services.dto import CaseFilter  # noqa: PLC0415 - after the login

    flt = CaseFilter(stages=(CaseStage.REFERRAL,), open_only=True)
    for case_id in ctx.cases.list_ids(principal, flt)[:30]:
        overview = ctx.referrals.overview(principal, case_id)
        if any(r.status is ReferralStatus.DONE for r in overview.referrals):
            return case_id
    return None


def _workflow_screenshots(
    ctx: AppContext, principal: Principal, window: MainWindow, shot: Callable[[QWidget, str], None]
) -> None:
    """The assessment and referral tabs of a case in 同行支援・引継ぎ, with their dialogs.

    The dialogs are closed without saving; the referral refused by the consent gate saves
    nothing by design. Building the slip's preview prints it (audited like any print).
    """
    from welfaredesk.domain.enums import ReferralStatus  # noqa: PLC0415 - after the login
    from welfaredesk.gui.referral_tab import ReferralDialog, StatusDialog  # noqa: PLC0415 - after the login

    case_id = _referral_case(ctx, principal)
    if case_id is None:
        return
    view = window.open_case(case_id)
    window.ui.mainTabs.setCurrentWidget(view)
    assessment, referral = view.assessment_tab, view.referral_tab
    if assessment is None or referral is None:
        return
    _wait_until(lambda: view.detail is not None and referral.overview is not None)

    view.ui.stageTabs.setCurrentWidget(view.ui.assessmentTab)
    if _wait_until(lambda: assessment.historyList.count() > 0):
        assessment.historyList.setCurrentRow(0)
        _wait_until(lambda: assessment.shown is not None)
    shot(window, "assessment")

    view.ui.stageTabs.setCurrentWidget(view.ui.referralTab)
    overview = referral.overview
    assert overview is not None
    row = next((i for i, r in enumerate(overview.referrals) if r.status is ReferralStatus.DONE), 0)
    referral.table.selectRow(row)
    shot(window, "referral")

    def opened_dialog(button: QPushButton) -> QDialog | None:
        dialogs: list[QDialog] = []
        referral.dialog_opened.connect(dialogs.append)
        button.click()
        _wait_until(lambda: bool(dialogs))
        referral.dialog_opened.disconnect(dialogs.append)
        return dialogs[0] if dialogs else None

    consent = opened_dialog(referral.consentButton)
    if consent is not None:
        shot(consent, "consent_dialog")
        QDialog.reject(consent)

    refused = opened_dialog(referral.newButton)
    if isinstance(refused, ReferralDialog):
        _wait_until(lambda: bool(refused.destinations))
        outside = [d for d in refused.destinations if not d.consented]
        if not outside:
            refused.searchEdit.setText("支援")
            refused.search()
            _wait_until(lambda: any(not d.consented for d in refused.destinations))
            outside = [d for d in refused.destinations if not d.consented]
        if outside:
            refused.choose_agency(outside[0].name)
            refused.purposeEdit.setPlainText("家族の相談を続けてもらうため。")
            failures: list[str] = []
            refused.save_failed.connect(failures.append)
            refused.submit()
            _wait_until(lambda: bool(failures))
            shot(refused, "referral_refused")
        QDialog.reject(refused)

    status = opened_dialog(referral.statusButton)
    if isinstance(status, StatusDialog):
        if ReferralStatus.HANDED_OVER in status.offered():
            status.choose(ReferralStatus.HANDED_OVER)
        shot(status, "referral_status")
        QDialog.reject(status)

    previews: list[PdfPreviewDialog] = []
    referral.preview_opened.connect(previews.append)
    referral.print_slip()
    if _wait_until(lambda: bool(previews)):
        shot(previews[0], "referral_slip_preview")
        previews[0].close()
    window.ui.mainTabs.setCurrentIndex(0)


def _collect(signal: SignalInstance) -> list[object]:
    """A list that fills with the arguments of each emission of ``signal``."""
    got: list[object] = []
    signal.connect(lambda *args: got.append(args[0] if args else None))
    return got


def _preview(
    signal: SignalInstance,
    start: Callable[[], None],
    shot: Callable[[QWidget, str], None],
    name: str,
) -> None:
    """Start building a PDF, wait for its preview, save it and close it."""
    previews = _collect(signal)
    start()
    if _wait_until(lambda: bool(previews)) and isinstance(previews[0], QDialog):
        _settle()
        shot(previews[0], name)
        previews[0].close()


def _later_stage_screenshots(
    ctx: AppContext, principal: Principal, window: MainWindow, shot: Callable[[QWidget, str], None]
) -> None:
    """Plan, notes, monitoring and timeline of a case in service; closure of a closed case.

    Dialogs are closed without saving; building a preview prints the form (audited).
    """
    from welfaredesk.domain.enums import CaseStage  # noqa: PLC0415 - after the login
    from welfaredesk.services.dto import CaseFilter  # noqa: PLC0415 - after the login

    stages = (CaseStage.MONITORING, CaseStage.SERVICE)
    ids = ctx.cases.list_ids(principal, CaseFilter(stages=stages, open_only=True))
    if ids:
        view = window.open_case(ids[0])
        window.ui.mainTabs.setCurrentWidget(view)
        plan, notes, monitoring = view.plan_tab, view.notes_tab, view.monitoring_tab
        timeline = view.timeline_tab
        if plan is not None:
            loaded = _collect(plan.versions_loaded)
            _wait_until(lambda: bool(loaded))
            view.ui.stageTabs.setCurrentWidget(view.ui.planTab)
            shot(window, "plan")
            if plan.compareButton.isEnabled():
                compared = _collect(plan.compare_opened)
                plan.compare()
                if _wait_until(lambda: bool(compared)) and isinstance(compared[0], QDialog):
                    shot(compared[0], "plan_compare")
                    QDialog.reject(compared[0])
            _preview(plan.preview_opened, plan.print_plan, shot, "support_plan_preview")
        if notes is not None:
            view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
            _wait_until(lambda: notes.noteList.count() > 0)
            shot(window, "notes")
            editors = _collect(notes.editor_opened)
            notes.new_note()
            if _wait_until(lambda: bool(editors)) and isinstance(editors[0], QDialog):
                shot(editors[0], "note_editor")
                QDialog.reject(editors[0])
            _preview(notes.preview_opened, notes.print_record, shot, "progress_record_preview")
        if monitoring is not None:
            view.ui.stageTabs.setCurrentWidget(view.ui.monitoringTab)
            _settle()
            shot(window, "monitoring")
            if monitoring.recordButton.isEnabled():
                dialogs = _collect(monitoring.dialog_opened)
                monitoring.record_review()
                if _wait_until(lambda: bool(dialogs)) and isinstance(dialogs[0], QDialog):
                    shot(dialogs[0], "review_dialog")
                    QDialog.reject(dialogs[0])
        if timeline is not None:
            view.ui.stageTabs.setCurrentWidget(timeline)
            _wait_until(lambda: timeline.table.rowCount() > 0)
            shot(window, "timeline")
    closed = ctx.cases.list_ids(principal, CaseFilter(stages=(CaseStage.CLOSED,)))
    if closed:
        view = window.open_case(closed[0])
        window.ui.mainTabs.setCurrentWidget(view)
        closure = view.closure_tab
        if closure is not None:
            loaded = _collect(closure.loaded)
            _wait_until(lambda: bool(loaded))
            view.ui.stageTabs.setCurrentWidget(view.ui.closureTab)
            shot(window, "closure")
            _preview(closure.preview_opened, closure.print_record, shot, "closure_record_preview")
    window.ui.mainTabs.setCurrentIndex(0)


def _meeting_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The meetings screen on a held meeting: its details, agenda and minutes' preview."""
    from welfaredesk.gui.meetings import MeetingsDialog  # noqa: PLC0415 - after the login

    dialogs = _collect(window.meetings_opened)
    window.open_meetings()
    if not dialogs or not isinstance(dialogs[0], MeetingsDialog):
        return
    meetings = dialogs[0]
    meetings.resize(*INTAKE_SIZE)
    _wait_until(lambda: meetings.meetingTable.rowCount() > 0)
    table = meetings.meetingTable
    if table.rowCount() > 0:
        # A meeting with cases on its agenda shows the most; else the newest.
        row = next(
            (r for r in range(table.rowCount()) if (item := table.item(r, 3)) and item.text()),
            0,
        )
        shown = _collect(meetings.meeting_loaded)
        table.selectRow(row)
        _wait_until(lambda: bool(shown))
    shot(meetings, "meetings")
    meetings.detailTabs.setCurrentIndex(2)
    shot(meetings, "meeting_agenda")
    if meetings.view is not None:
        _preview(
            meetings.preview_opened,
            lambda: meetings.print_form("minutes"),
            shot,
            "meeting_minutes_preview",
        )
    meetings.close()
    meetings.deleteLater()


def _dialog_shot(
    signal: SignalInstance,
    start: Callable[[], object],
    shot: Callable[[QWidget, str], None],
    name: str,
    size: tuple[int, int] | None = None,
) -> None:
    """Open a dialog that announces itself on ``signal``, let it load, save it, close it."""
    opened = _collect(signal)
    start()
    if not _wait_until(lambda: bool(opened)) or not isinstance(opened[0], QDialog):
        return
    dialog = opened[0]
    if size is not None:
        dialog.resize(*size)
    for _round in range(30):  # its lists arrive from the worker
        time.sleep(0.02)
        _settle()
    shot(dialog, name)
    QDialog.reject(dialog)


def _protection_screenshots(
    ctx: AppContext, principal: Principal, window: MainWindow, shot: Callable[[QWidget, str], None]
) -> None:
    """Who may see a case and its anonymised export; the audit trail; the lock screen."""
    from welfaredesk.domain.permissions import Action, allowed  # noqa: PLC0415 - after the login
    from welfaredesk.services.dto import CaseFilter  # noqa: PLC0415 - after the login

    ids = ctx.cases.list_ids(principal, CaseFilter(open_only=True))
    if ids:
        view = window.open_case(ids[0])
        window.ui.mainTabs.setCurrentWidget(view)
        _wait_until(lambda: view.detail is not None)
        _dialog_shot(view.access_opened, view.open_access, shot, "access_dialog")
        if allowed(principal.role, Action.CASE_EXPORT):
            _dialog_shot(
                view.anonymize_opened, view.open_anonymize, shot, "anonymized_export", INTAKE_SIZE
            )
        window.ui.mainTabs.setCurrentIndex(0)
    if allowed(principal.role, Action.AUDIT_READ):
        _dialog_shot(
            window.audit_viewer_opened, window.open_audit_viewer, shot, "audit_viewer", INTAKE_SIZE
        )
    lock = window.idle_lock
    lock.lock()
    _settle()
    shot(window, "lock_screen")
    if lock.lock_dialog is not None:
        shot(lock.lock_dialog, "lock_dialog")
    lock.unlock()
    _settle()


def _workspace_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The case list with a view and with the filter panel, the reassignment dialog (for
    supervisors), the search tab with results, and the dashboard."""
    from welfaredesk.services.dto import CaseFilter  # noqa: PLC0415 - after the login

    tools = window.list_tools
    for _attempt in range(100):  # the views and the choices arrive from the worker
        if tools.choices is not None and tools.bar.view_combo.count() > 3:
            break
        time.sleep(0.02)
        _settle()
    overdue = next((v for v in tools.bar.views() if v.key == "overdue"), None)
    if overdue is not None:
        window.show_filter(overdue.filter, view_key=overdue.key)
        _wait(window.cases_loaded)
        shot(window, "case_list_overdue")
    window.show_filter(
        CaseFilter(open_only=True, issue_codes=("dementia",), flags=("complex_needs",))
    )
    _wait(window.cases_loaded)
    shot(window, "case_list_filtered")
    tools.panel.clear()
    tools.bar.filters_button.setChecked(False)
    _wait(window.cases_loaded)
    if tools.bar.reassign_button.isVisibleTo(window) and window.model.rowCount() >= 2:
        window.ui.caseTable.selectRow(0)
        window.ui.caseTable.selectionModel().select(
            window.model.index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        dialog = tools.reassign()
        if dialog is not None:
            _settle()
            shot(dialog, "reassign_dialog")
            dialog.close()
            dialog.deleteLater()
    search = window.search_tab
    if search is not None:
        window.ui.mainTabs.setCurrentWidget(search)
        search.search("認知症")
        _wait(search.searched)
        _settle()
        shot(window, "search_results")
    dashboard = window.dashboard_tab
    if dashboard is not None:
        window.ui.mainTabs.setCurrentWidget(dashboard)
        if dashboard.dashboard is None:
            _wait(dashboard.loaded)
        _settle()
        shot(window, "dashboard")


LEDGER_SAMPLE = (
    "受付番号,受付日,氏名,ふりがな,生年月日,性別,相談経路,相談者,主訴,課題\r\n"
    "901,R7.4.10,見本 一郎,みほん いちろう,S40.1.2,男,来所,本人,家賃が払えない,生活困窮\r\n"
    "902,4月頃,見本 二郎,みほん じろう,,男,電話,本人,仕事がない,就労\r\n"
    "903,R7.5.1,見本 三子,みほん みつこ,,女,LINE,本人,困っている,福祉\r\n"
    "904,R7.2.30,見本 四郎,みほん しろう,,男,来所,家族,住まいがない,住まい\r\n"
    "905,R7.5.2,,,,,来所,本人,名前を言わなかった,その他\r\n"
)
"""A small messy ledger (fictitious) for the import wizard's problem report."""


def _report_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The statistics screen with this fiscal year's report (a table and its chart shown),
    then its 事業実績 draft; the report is audited like any report."""
    dialog = window.open_reports()
    dialog.resize(*WINDOW_SIZE)
    dialog.run()  # the result comes through the event loop, so _wait cannot miss it
    if _wait(dialog.report_ready, 60_000):
        report = dialog.report
        keys = [t.key for t in report.tables] if report is not None else []
        if "by_issue" in keys:
            dialog.select_table("by_issue")
    shot(dialog, "report_screen")
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "annual_draft")
    dialog.close()
    dialog.deleteLater()
    _settle()


def _ledger_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The ledger import wizard's check page listing the problems of a messy CSV (CP932)."""
    import tempfile  # noqa: PLC0415 - only for the screenshots

    with tempfile.TemporaryDirectory(prefix="welfaredesk-ledger-") as folder:
        path = Path(folder) / "相談台帳.csv"
        path.write_bytes(LEDGER_SAMPLE.encode("cp932"))
        wizard = window.open_ledger_import()
        wizard.set_file(path)
        if _wait(wizard.analysed):
            wizard.next()
            _wait(wizard.checked)
        shot(wizard, "ledger_import_problems")
        wizard.close()
        wizard.deleteLater()
        _settle()


def _directory_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The agency directory answering "who handles 成年後見?", with one agency's details."""
    directories: list[AgencyDirectoryDialog] = []
    window.agency_directory_opened.connect(directories.append)
    window.open_agency_directory()
    if not directories:
        return
    directory = directories[0]
    directory.resize(*INTAKE_SIZE)
    _wait(directory.agencies_loaded)
    combo = directory.ui.issueCombo
    for _attempt in range(100):  # the pick-list arrives from the worker too
        if combo.count() > 1:
            break
        time.sleep(0.02)
        _settle()
    index = combo.findData("guardianship")
    if index >= 0:
        combo.setCurrentIndex(index)
        _wait(directory.agencies_loaded)
    if directory.ui.agencyTable.rowCount() > 0:
        directory.ui.agencyTable.selectRow(0)
        _wait(directory.detail_loaded)
    shot(directory, "agency_directory")
    directory.close()
    directory.deleteLater()


def _contact_slip_screenshots(window: MainWindow, shot: Callable[[QWidget, str], None]) -> None:
    """The 連絡票 tab of the first open case, and the preview of its contact slip.

    Building the preview prints the slip, so it is in the audit trail like any print.
    """
    views = window.case_views()
    if not views or views[0].detail is None or not views[0].detail.consultations:
        return
    view = views[0]
    window.ui.mainTabs.setCurrentWidget(view)
    view.ui.stageTabs.setCurrentWidget(view.ui.contactSlipTab)
    shot(window, "contact_slip")
    previews: list[PdfPreviewDialog] = []
    view.preview_opened.connect(previews.append)
    view.print_contact_slip()
    _wait(view.preview_opened)
    if previews:
        preview = previews[0]
        _settle()
        shot(preview, "pdf_preview")
        preview.close()
    window.ui.mainTabs.setCurrentIndex(0)
