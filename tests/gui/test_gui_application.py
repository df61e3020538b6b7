"""Starting the GUI: configuration, the smoke test and the screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.gui.application import (
    UI_FONT_FAMILY,
    WINDOW_SIZE,
    configure_application,
    screenshots,
    smoke_test,
    style_sheet,
)
from welfaredesk.services.dto import Principal


def test_application_is_japanese(gui_app: QApplication) -> None:
    """Bundled font, Japanese translation and locale, and the style sheet are in place."""
    configure_application(gui_app)  # a second call changes nothing
    assert UI_FONT_FAMILY in QFontDatabase.families()
    assert gui_app.font().family() == UI_FONT_FAMILY
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
    assert QLocale().language() == QLocale.Language.Japanese
    assert gui_app.styleSheet() == style_sheet()
    assert "@ICONS@" not in style_sheet()


def test_smoke_test_on_a_new_database(ctx: AppContext) -> None:
    """The smoke test builds the windows on an empty database (creating an administrator)."""
    assert ctx.auth.needs_setup()
    assert smoke_test(ctx) == 0
    assert not ctx.auth.needs_setup()


def test_smoke_test_with_a_principal(
    ctx: AppContext, supervisor: Principal, three_cases: dict[str, int]
) -> None:
    """With a user, the smoke test opens that user's main window and its case list."""
    assert smoke_test(ctx, supervisor) == 0


def test_screenshots(
    tmp_path: Path,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
) -> None:
    """Every screen is saved: dialogs, the case list, each case tab, about, crash, intake,
    the 連絡票 tab and its PDF preview."""
    saved = screenshots(ctx, tmp_path, supervisor)
    names = [p.stem.split("_", 1)[1] for p in saved]
    assert names == [
        "login",
        "login_demo_note",
        "login_wrong_password",
        "setup",
        "setup_validation",
        "main_window",
        "case_basic",
        "case_contactSlip",
        "case_assessment",
        "case_referral",
        "case_plan",
        "case_meeting",
        "case_progress",
        "case_monitoring",
        "case_closure",
        "about",
        "crash_dialog",
        "intake_empty",
        "intake_filled",
        "intake_filled_lower",
        "intake_duplicate",
        "intake_validation",
        "contact_slip",
        "pdf_preview",
    ]
    main = QImage(str(saved[names.index("main_window")]))
    assert (main.width(), main.height()) == WINDOW_SIZE
    assert all(p.stat().st_size > 1000 for p in saved)
    # The screenshots' failed login used an unknown ID: no account counted a failure.
    assert ctx.auth.login("sato", "correct-horse-42").role is Role.SUPERVISOR
