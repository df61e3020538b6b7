"""Starting the GUI: configuration, the smoke test and the screenshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from welfaredesk import cli, paths
from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    ConsentMethod,
    ConsentStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    SharedInfo,
    TriageDecision,
)
from welfaredesk.gui.application import (
    UI_FONT_FAMILY,
    WINDOW_SIZE,
    configure_application,
    screenshots,
    smoke_test,
    style_sheet,
)
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.assessments import AssessmentInput
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.forms import FormService
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.referrals import ReferralInput, StatusChange
from welfaredesk.storage.orm import Agency, Case


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


def test_cli_smoke_test_prints_only_its_ok_line(capsys: pytest.CaptureFixture[str]) -> None:
    """``welfaredesk --smoke-test`` (the installer's check) prints one line and nothing else.

    It makes its own database by the migrations, takes in a case, prints its contact slip
    with the bundled fonts and opens the GUI; installer/build.py relies on the single line.
    """
    assert cli.main(["--smoke-test"]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("smoke test ok\n", "")


@pytest.mark.parametrize(
    ("target", "replacement", "problem"),
    [
        (ReferenceService, {"picklist_names": lambda _self: []}, "reference data"),
        (
            FormService,
            {"contact_slip": lambda _self, _p, _c, out: _fake_pdf(out)},
            "bundled fonts",
        ),
    ],
)
def test_cli_smoke_test_fails_on_an_incomplete_bundle(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: type,
    replacement: dict[str, Callable[..., object]],
    problem: str,
) -> None:
    """Missing reference data or a form printed without the fonts fails, saying which."""
    for name, function in replacement.items():
        monkeypatch.setattr(target, name, function)
    assert cli.main(["--smoke-test"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("smoke test failed: ")
    assert problem in captured.err


def _fake_pdf(out: Path) -> Path:
    out.write_bytes(b"%PDF-1.4 without the fonts")
    return out


@pytest.mark.allow_log_errors
def test_smoke_test_fails_without_the_translations(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle without resources/i18n (or Qt's translations) fails the smoke test."""
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    assert smoke_test(ctx) == 1
    assert ctx.auth.needs_setup()  # it stopped before building anything


def _referral_in_progress(ctx: AppContext, principal: Principal, case_id: int) -> None:
    """Assess the case for a referral, record consent, and refer it to an agency (実施)."""
    today = dt.date(2025, 7, 1)
    with ctx.db.read() as s:
        agency = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
        version = s.get_one(Case, case_id).version
    assert agency is not None
    ctx.consents.record(
        principal,
        case_id,
        ConsentInput(
            version,
            ConsentStatus.GIVEN,
            "2025-04-10",
            ConsentMethod.SIGNATURE,
            (agency,),
            info_items=tuple(SharedInfo),
        ),
        today=today,
    )
    with ctx.db.read() as s:
        version = s.get_one(Case, case_id).version
    ctx.assessments.save(
        principal,
        case_id,
        AssessmentInput(
            assessed_on="2025-04-20",
            case_version=version,
            lead_worker_id=principal.user_id,
            strengths="自分から相談に来られた。",
            triage_decision=TriageDecision.REFERRAL,
            triage_reason="介護保険の申請が必要なため。",
        ),
        today=today,
    )
    view = ctx.referrals.save(
        principal,
        case_id,
        ReferralInput(agency, "2025-05-01", ReferralMethod.PHONE, "介護保険の申請のため。"),
        today=today,
    )
    ctx.referrals.change_status(
        principal,
        view.id,
        StatusChange(ReferralStatus.DONE, view.version, on="2025-05-01"),
        today=today,
    )


def test_screenshots(
    tmp_path: Path,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
) -> None:
    """Every screen is saved: dialogs, the case list, each case tab, about, crash, intake,
    the 連絡票 tab and its PDF preview, the directory, and the assessment and referral tabs
    with their dialogs and the referral slip's preview."""
    _referral_in_progress(ctx, supervisor, three_cases["鈴木"])
    saved = screenshots(ctx, tmp_path, supervisor)
    names = [p.stem.split("_", 1)[1] for p in saved]
    assert names == [
        "login",
        "login_demo_note",
        "login_wrong_password",
        "setup",
        "setup_validation",
        "main_window",
        "tasks",
        "approvals",
        "case_list_overdue",
        "case_list_filtered",
        "reassign_dialog",
        "search_results",
        "dashboard",
        "ledger_import_problems",
        "report_screen",
        "annual_draft",
        "case_basic",
        "case_contactSlip",
        "case_assessment",
        "case_referral",
        "case_plan",
        "case_meeting",
        "case_progress",
        "case_monitoring",
        "case_closure",
        "case_timeline",
        "case_changed_by_other",
        "conflict_dialog",
        "connection_lost",
        "connection_dialog",
        "about",
        "about_licences",
        *(["settings"] if hasattr(MainWindow, "open_settings") else []),
        "crash_dialog",
        "intake_empty",
        "intake_filled",
        "intake_filled_lower",
        "intake_duplicate",
        "intake_validation",
        "contact_slip",
        "pdf_preview",
        "agency_directory",
        "assessment",
        "referral",
        "consent_dialog",
        "referral_refused",
        "referral_status",
        "referral_slip_preview",
        "meetings",
        "meeting_agenda",
        "access_dialog",
        "anonymized_export",
        "audit_viewer",
        "lock_screen",
        "lock_dialog",
    ]
    main = QImage(str(saved[names.index("main_window")]))
    assert (main.width(), main.height()) == WINDOW_SIZE
    assert all(p.stat().st_size > 1000 for p in saved)
    # The screenshots' failed login used an unknown ID: no account counted a failure.
    assert ctx.auth.login("sato", "correct-horse-42").role is Role.SUPERVISOR


def test_screenshots_of_a_demo_caseload_cover_every_stage(tmp_path: Path, ctx: AppContext) -> None:
    """On the demo caseload the plan, notes, monitoring, timeline, closure and meeting screens
    and their printed forms are saved too."""
    from welfaredesk.services.demo import DEMO_ADMIN_LOGIN, DEMO_LOGIN, DEMO_PASSWORD, build_demo

    build_demo(ctx.db, cases=60, seed=3)
    demo = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
    admin = ctx.auth.login(DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
    names = [p.stem.split("_", 1)[1] for p in screenshots(ctx, tmp_path, demo, admin=admin)]
    for name in (
        "plan",
        "support_plan_preview",
        "notes",
        "note_editor",
        "progress_record_preview",
        "monitoring",
        "review_dialog",
        "timeline",
        "closure",
        "closure_record_preview",
        "meetings",
        "meeting_agenda",
        "meeting_minutes_preview",
        "user_admin",
        "backup_dialog",
    ):
        assert name in names, name
