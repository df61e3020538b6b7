"""The administrators' command line (no GUI)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from welfaredesk import __version__
from welfaredesk.app import AppContext
from welfaredesk.cli import main
from welfaredesk.services.dto import Principal
from welfaredesk.storage import migrate


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"WelfareDesk {__version__}"


def test_db_upgrade_creates_then_reports_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.db"
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    assert f"新規作成 → {migrate.head_revision()}" in capsys.readouterr().out
    assert main(["db", "upgrade", "--db", str(path)]) == 0  # --db after the command too
    assert "すでに最新の版です" in capsys.readouterr().out
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM picklist_item").fetchone()[0] > 100
        assert con.execute("SELECT count(*) FROM app_user").fetchone() == (0,)
    finally:
        con.close()


def test_a_too_new_database_is_refused_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.db"
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(path), "db", "upgrade"]) == 2
    assert "より新しい版" in capsys.readouterr().err


def test_print_contact_slip_logs_in_and_writes_the_pdf(
    database_location: str,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_factory(counselor)
    database = database_location
    ctx.close()
    out = tmp_path / "out" / "slip.pdf"
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "wrong-password")
    args = ["--db", database, "print", "contact-slip", "--case", "R7-00001", "-o", str(out)]
    assert main([*args, "--user", counselor.login]) == 2
    assert "パスワードが違います" in capsys.readouterr().err
    assert not out.exists()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    assert main([*args, "--user", counselor.login]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main([*args[:5], "R7-00099", *args[6:], "--user", counselor.login]) == 2
    assert "R7-00099" in capsys.readouterr().err


def test_print_referral_slip_writes_the_pdf_and_names_a_wrong_referral(
    database_location: str,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import datetime as dt

    from sqlalchemy import select

    from welfaredesk.domain.enums import ConsentMethod, ConsentStatus, ReferralMethod
    from welfaredesk.services.consents import ConsentInput
    from welfaredesk.services.referrals import ReferralInput
    from welfaredesk.storage.orm import Agency, Case

    case_id = case_factory(counselor)
    with ctx.db.read() as s:
        agency = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
        version = s.get_one(Case, case_id).version
    assert agency is not None
    today = dt.date(2025, 7, 1)
    ctx.consents.record(
        counselor,
        case_id,
        ConsentInput(version, ConsentStatus.GIVEN, "2025-06-02", ConsentMethod.VERBAL, (agency,)),
        today=today,
    )
    referral = ctx.referrals.save(
        counselor,
        case_id,
        ReferralInput(agency, "2025-06-20", ReferralMethod.PHONE, "介護保険の申請のため"),
        today=today,
    )
    database = database_location
    ctx.close()
    out = tmp_path / "referral.pdf"
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    args = ["--db", database, "print", "referral-slip", "--case", "R7-00001", "-o", str(out)]
    assert main([*args, "--referral", str(referral.id), "--user", counselor.login]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "つなぎシート" in capsys.readouterr().out
    assert main([*args, "--referral", "999", "--user", counselor.login]) == 2
    assert "999" in capsys.readouterr().err


def test_print_support_plan_writes_the_pdf_and_names_a_wrong_version(
    database_location: str,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from welfaredesk.services.plans import PlanInput, PlanItemInput

    case_id = case_factory(counselor)
    plan = ctx.plans.new_version(counselor, case_id)
    ctx.plans.save_draft(
        counselor,
        plan.id,
        PlanInput(
            plan.version,
            client_wishes="家で暮らし続けたい。",
            overall_goal="生活を立て直す",
            items=(PlanItemInput(goal="家計を整える"),),
        ),
    )
    database = database_location
    ctx.close()
    out = tmp_path / "plan.pdf"
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    args = ["--db", database, "print", "support-plan", "--case", "R7-00001", "-o", str(out)]
    assert main([*args, "--plan", "1", "--user", counselor.login]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "支援計画書" in capsys.readouterr().out
    assert main([*args, "--plan", "7", "--user", counselor.login]) == 2
    assert "第7版" in capsys.readouterr().err


def test_print_closure_record_writes_the_pdf_of_a_closed_case(
    database_location: str,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import datetime as dt

    from welfaredesk.services.closures import ClosureInput
    from welfaredesk.storage.orm import Case

    case_id = case_factory(supervisor)
    with ctx.db.read() as s:
        version = s.get_one(Case, case_id).version
    ctx.closures.request(
        supervisor,
        case_id,
        ClosureInput("independent", "2025-07-01", "就労が決まり、支援を終えた。"),
        version,
        today=dt.date(2025, 7, 1),
    )
    other = case_factory(supervisor, family_name="鈴木")
    assert other
    database = database_location
    ctx.close()
    out = tmp_path / "closure.pdf"
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    args = ["--db", database, "print", "closure-record", "-o", str(out), "--user", supervisor.login]
    assert main([*args, "--case", "R7-00001"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "終結記録票" in capsys.readouterr().out
    assert main([*args, "--case", "R7-00002"]) == 2
    assert "終結の記録がまだありません" in capsys.readouterr().err


def test_print_progress_record_writes_the_pdf_for_a_period(
    database_location: str,
    ctx: AppContext,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import select

    from welfaredesk.services.notes import NoteInput
    from welfaredesk.storage.orm import AuditEvent

    case_id = case_factory(counselor)
    ctx.notes.save(
        counselor,
        case_id,
        NoteInput("2025-06-10", "10:30", "interview", "家計について面談した。", minutes=30),
    )
    database = database_location
    out = tmp_path / "notes.pdf"
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    args = ["--db", database, "print", "progress-record", "--case", "R7-00001", "-o", str(out)]
    ctx.close()
    period = ["--from", "2025-06-01", "--to", "R7.6.30"]
    assert main([*args, *period, "--user", counselor.login]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "支援経過記録票" in capsys.readouterr().out
    assert main([*args, "--from", "いつか", "--user", counselor.login]) == 2
    assert "--from" in capsys.readouterr().err
    with ctx.db.read() as s:
        printed = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert [e.detail for e in printed] == [{"form": "progress_record", "notes": 1}]


def test_print_meeting_papers_write_the_pdfs_and_name_a_wrong_meeting(
    database_location: str,
    ctx: AppContext,
    supervisor: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import datetime as dt

    from welfaredesk.services.meetings import MeetingInput

    meeting = ctx.meetings.save(
        supervisor,
        MeetingInput("statutory_meeting", "2025-07-08", "14:00"),
        today=dt.date(2025, 7, 10),
    )
    database = database_location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    for form, title in (
        ("meeting-agenda", "次第"),
        ("meeting-attendance", "出席者名簿"),
        ("meeting-minutes", "会議録"),
    ):
        out = tmp_path / f"{form}.pdf"
        args = ["--db", database, "print", form, "--meeting", str(meeting.id), "-o", str(out)]
        assert main([*args, "--user", supervisor.login]) == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert title in capsys.readouterr().out
    args = ["--db", database, "print", "meeting-minutes", "--meeting", "999"]
    assert main([*args, "-o", str(tmp_path / "x.pdf"), "--user", supervisor.login]) == 2
    assert "999" in capsys.readouterr().err


def test_backup_create_verify_and_restore_from_the_command_line(
    database_location: str,
    ctx: AppContext,
    admin: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    backend: str,
    request: pytest.FixtureRequest,
) -> None:
    database = database_location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    monkeypatch.setenv("WELFAREDESK_BACKUP_PASSPHRASE", "kagi-no-kotoba-77")
    out = tmp_path / "b.wdbk"
    base = ["--db", database, "backup"]
    assert main([*base, "create", "--encrypt", "-o", str(out), "--user", "admin"]) == 0
    assert "暗号化したバックアップを作成しました" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"WDBK1")
    assert main([*base, "verify", str(out), "--user", "admin"]) == 0
    assert "バックアップは正常です" in capsys.readouterr().out
    if backend == "postgresql":
        # The server's database is never overwritten: a restore needs an empty one (--to).
        assert main([*base, "restore", str(out), "--user", "admin"]) == 2
        assert "--to" in capsys.readouterr().err
        into = str(request.getfixturevalue("pg_empty_url"))
        assert main([*base, "restore", str(out), "--user", "admin", "--to", into]) == 0
        assert "各パソコンの接続先を復元先に切り替えて" in capsys.readouterr().out
        assert main(["--db", into, "audit", "verify"]) == 0
    else:
        assert main([*base, "restore", str(out), "--user", "admin"]) == 0
        assert "復元前のデータベース" in capsys.readouterr().out
    monkeypatch.setenv("WELFAREDESK_BACKUP_PASSPHRASE", "wrong-passphrase")
    assert main([*base, "verify", str(out), "--user", "admin"]) == 2
    assert "パスフレーズが違います" in capsys.readouterr().err


def test_backup_is_refused_to_a_supervisor_with_exit_code_2(
    database_location: str,
    ctx: AppContext,
    supervisor: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = database_location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    out = tmp_path / "b.db"
    args = ["--db", database, "backup", "create", "-o", str(out), "--user", supervisor.login]
    assert main(args) == 2
    assert "バックアップ" in capsys.readouterr().err
    assert not out.exists()
