"""Start the GUI: the application object, fonts, translations, style, sign-in, main window.

Public entry points (called from the command line in ``welfaredesk.cli``):

* :func:`run` — the program: first-start setup or login, then the main window.
* :func:`smoke_test` — builds everything once without a user and closes it (installer check).
* :func:`screenshots` — saves a PNG of every screen, for reviewing the look.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from welfaredesk import paths
from welfaredesk.app import AppContext
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui import crash
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.ops import shutdown_worker
from welfaredesk.gui.qtlog import routes_qt_messages
from welfaredesk.gui.setup_dialog import SetupDialog
from welfaredesk.services.dto import Principal

log = logging.getLogger(__name__)

UI_FONT_FAMILY = "BIZ UDGothic"
UI_FONT_POINT_SIZE = 10
WINDOW_SIZE = (1280, 800)
_CONFIGURED = "welfaredeskConfigured"


def _application() -> QApplication:
    """The QApplication of the process, created (and configured) on first use."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName("WelfareDesk")
        QApplication.setOrganizationName("WelfareDesk")
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    """Fonts, Japanese translations, locale and style sheet; safe to call more than once.

    Args:
        app: the application to configure.
    """
    if app.property(_CONFIGURED):
        return
    app.setApplicationName("WelfareDesk")
    app.setApplicationDisplayName("WelfareDesk")
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    load_fonts()
    app.setFont(QFont(UI_FONT_FAMILY, UI_FONT_POINT_SIZE))
    QLocale.setDefault(QLocale("ja_JP"))
    install_translators(app, "ja")
    app.setStyleSheet(style_sheet())
    app.setProperty(_CONFIGURED, True)


def style_sheet() -> str:
    """The application style sheet, with ``@ICONS@`` pointing at the bundled icons."""
    qss = paths.resources_dir() / "styles" / "app.qss"
    if not qss.exists():
        log.warning("style sheet missing: %s", qss.name)
        return ""
    icons = (paths.resources_dir() / "icons").as_posix()
    return qss.read_text(encoding="utf-8").replace("@ICONS@", icons)


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
        setup = SetupDialog(ctx.auth)
        setup.resize(setup.sizeHint().expandedTo(setup.minimumSize()))
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        return setup.principal
    login = LoginDialog(ctx.auth, demo_note=demo_note)
    if auto_login is not None:
        login.fill(*auto_login, submit=True)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.principal


@routes_qt_messages
def run(
    ctx: AppContext,
    *,
    auto_login: tuple[str, str] | None = None,
    demo_note: str | None = None,
) -> int:
    """Run the program until the main window is closed.

    Args:
        ctx: the open database.
        auto_login: login ID and password to fill in and submit at once (the demo).
        demo_note: a note shown in the login dialog (the demo's user and password).

    Returns:
        The exit code.
    """
    app = _application()
    crash.install_excepthook()
    # The dialogs close before the main window opens: that is not the end of the program.
    app.setQuitOnLastWindowClosed(False)
    try:
        principal = sign_in(ctx, auto_login=auto_login, demo_note=demo_note)
        if principal is None:
            return 0
        window = MainWindow(ctx, principal)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        return app.exec()
    finally:
        shutdown_worker()


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

    Without a principal, a throwaway administrator is created through first-start setup
    when the database has no account; if it has accounts, only the login dialog is built.

    Args:
        ctx: the open database (normally a temporary one).
        principal: the user to open the main window as.

    Returns:
        0 when everything was built and closed.
    """
    _offscreen_if_headless()
    _application()
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
def screenshots(ctx: AppContext, out_dir: Path, principal: Principal) -> list[Path]:
    """Save a PNG of every screen and dialog, for looking at the result.

    The login error is produced with an unknown login ID, so no account gets a failed
    login counted; it is recorded in the audit trail like any failed login.

    Args:
        ctx: a database with some cases the principal may see.
        out_dir: where to save the PNG files (created if missing).
        principal: the user whose main window is shown.

    Returns:
        The saved files, in the order they were taken.
    """
    _offscreen_if_headless()
    _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _settle()
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
            lambda: LoginDialog(ctx.auth, demo_note="デモ用の利用者: demo ／ パスワード: ********"),
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
            window.ui.mainTabs.setCurrentIndex(0)
        about = window.about_box()
        about.show()
        shot(about, "about")
        about.close()
        report = crash.crash_dialog(paths.log_dir() / "crash-20250401-093000.txt", window)
        report.show()
        shot(report, "crash_dialog")
        report.close()
        report.deleteLater()
        window.close()
        window.deleteLater()
        _settle()
    finally:
        shutdown_worker()
    log.info("%d screenshots saved", len(saved))
    return saved
