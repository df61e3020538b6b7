"""`welfaredesk report`: log in, have the report service make the report, write XLSX/CSV/PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from welfaredesk import cli
from welfaredesk.app import AppContext
from welfaredesk.cli import main
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.reports import Report, ReportRow, ReportTable
from welfaredesk.services.dto import Principal
from welfaredesk.services.reports import ReportService

PASSWORD = "correct-horse-42"


def fixed_report(start: dt.date, end: dt.date, threshold: int | None) -> Report:
    return Report(
        title="令和7年度 福祉総合相談窓口 実績報告",
        period_label=f"{start:%Y-%m-%d}～{end:%Y-%m-%d}",
        start=start,
        end=end,
        previous_start=start.replace(year=start.year - 1),
        previous_end=end.replace(year=end.year - 1),
        generated_at=dt.datetime(2026, 4, 10, 9, 30),
        scope_label="すべてのケース",
        suppressed_below=threshold,
        tables=(
            ReportTable(
                key="by_channel",
                title="相談経路別の新規相談件数",
                row_header="相談経路",
                columns=("今期", "前期"),
                rows=(
                    ReportRow("来所", (1234, 1100)),
                    ReportRow("休日窓口", (None, 4)),
                    ReportRow("合計", (1236, 1104), total=True),
                ),
            ),
        ),
    )


class FakeReports:
    """Stands in for ReportService: records the calls, returns a fixed report."""

    def __init__(self, refuse: bool = False) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.refuse = refuse

    def fiscal_year(
        self, principal: Principal, year: int, outsiders: bool = False, threshold: int | None = None
    ) -> Report:
        self.calls.append(("fiscal_year", (principal.login, year, outsiders, threshold)))
        if self.refuse:
            raise KnownError("この操作を行う権限がありません。")
        return fixed_report(
            dt.date(year, 4, 1), dt.date(year + 1, 3, 31), (threshold or 3) if outsiders else None
        )

    def period(
        self,
        principal: Principal,
        start: dt.date,
        end: dt.date,
        outsiders: bool = False,
        threshold: int | None = None,
    ) -> Report:
        self.calls.append(("period", (principal.login, start, end, outsiders, threshold)))
        return fixed_report(start, end, (threshold or 3) if outsiders else None)

    def export(self, principal: Principal, report: Report, kind: str, out: Path) -> Path:
        """Write with the real writers, as the service does (the audit is the service's)."""
        return ReportService.write(report, kind, out, printed_by=principal.display_name)


@pytest.fixture
def database(ctx: AppContext, counselor: Principal, monkeypatch: pytest.MonkeyPatch) -> str:
    location = ctx.system.database_info().location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", PASSWORD)
    return location


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeReports:
    reports = FakeReports()
    monkeypatch.setattr(cli, "_report_service", lambda _ctx: reports)
    return reports


def test_fiscal_year_report_to_xlsx(
    database: str,
    counselor: Principal,
    fake: FakeReports,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out" / "report.xlsx"
    args = ["--db", database, "report", "--fiscal-year", "2025", "--format", "xlsx"]
    assert main([*args, "-o", str(out), "--user", counselor.login]) == 0
    assert fake.calls == [("fiscal_year", (counselor.login, 2025, False, None))]
    assert "報告を保存しました" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["目次", "相談経路別の新規相談件数"]
    assert book["相談経路別の新規相談件数"]["B7"].value == 1234


def test_period_report_for_outsiders_to_csv_with_the_format_from_the_suffix(
    database: str, counselor: Principal, fake: FakeReports, tmp_path: Path
) -> None:
    out = tmp_path / "report.csv"
    args = ["--db", database, "report", "--from", "2025-04-01", "--to", "R7.9.30"]
    assert main([*args, "-o", str(out), "--threshold", "5", "--user", counselor.login]) == 0
    assert fake.calls == [
        ("period", (counselor.login, dt.date(2025, 4, 1), dt.date(2025, 9, 30), True, 5))
    ]
    text = out.read_bytes().decode("utf-8-sig")
    assert "休日窓口,*,4\r\n" in text
    assert "*は5件未満のため表示していません" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_report_to_pdf(
    database: str, counselor: Principal, fake: FakeReports, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    args = ["--db", database, "report", "--fiscal-year", "2025", "--outsiders", "-o", str(out)]
    assert main([*args, "--user", counselor.login]) == 0
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "相談経路別の新規相談件数" in text
    assert "1,234" in text
    assert "3件未満" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--fiscal-year", "2025", "--format", "docx"], None),  # argparse refuses it (exit 2)
        (["--fiscal-year", "2025"], "--format"),  # report.txt: no known suffix
        ([], "--fiscal-year"),
        (["--fiscal-year", "2025", "--from", "2025-04-01", "--to", "2025-05-01"], "どちらか"),
        (["--from", "2025-04-01"], "--from と --to の両方"),
        (["--from", "2025-06-01", "--to", "2025-05-01"], "前の日"),
        (["--from", "2025-13-45", "--to", "2025-05-01"], "--from"),
        (["--fiscal-year", "2025", "--threshold", "0"], "1以上"),
        (["--fiscal-year", "2025", "--format", "csv"], "フォルダー"),  # -o report.txt
    ],
)
def test_bad_arguments_exit_2_with_a_japanese_message(
    database: str,
    counselor: Principal,
    fake: FakeReports,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str | None,
) -> None:
    out = tmp_path / ("report.txt" if message in {"--format", "フォルダー"} else "report.xlsx")
    args = ["--db", database, "report", *extra, "-o", str(out), "--user", counselor.login]
    if message is None:
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 2
        return
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert fake.calls == []
    assert not out.exists()


def test_a_refusal_prints_the_message_and_exits_2(
    database: str,
    counselor: Principal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    refusing = FakeReports(refuse=True)
    monkeypatch.setattr(cli, "_report_service", lambda _ctx: refusing)
    out = tmp_path / "report.xlsx"
    args = ["--db", database, "report", "--fiscal-year", "2025", "-o", str(out)]
    assert main([*args, "--user", counselor.login]) == 2
    assert "権限がありません" in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_password_writes_nothing(
    database: str,
    counselor: Principal,
    fake: FakeReports,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "wrong-password")
    out = tmp_path / "report.xlsx"
    args = ["--db", database, "report", "--fiscal-year", "2025", "-o", str(out)]
    assert main([*args, "--user", counselor.login]) == 2
    assert "パスワードが違います" in capsys.readouterr().err
    assert fake.calls == []
    assert not out.exists()


def test_end_to_end_with_the_real_service(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_factory(counselor)  # received 2025-06-02: fiscal year 2025 (令和7年度)
    year = 2025
    database = ctx.system.database_info().location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", PASSWORD)
    base = ["--db", database, "report", "--fiscal-year", str(year)]
    xlsx = tmp_path / "report.xlsx"
    assert main([*base, "-o", str(xlsx), "--user", supervisor.login]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames[0] == "目次"
    sheet = book[book.sheetnames[1]]  # 月別の新規相談件数
    total = next(r for r in sheet.iter_rows(min_row=7, values_only=True) if r[0] == "合計")
    assert total[1] == 1
    assert type(total[1]) is int
    csv_out = tmp_path / "report.csv"
    assert main([*base, "--outsiders", "-o", str(csv_out), "--user", supervisor.login]) == 0
    text = csv_out.read_bytes().decode("utf-8-sig")
    assert "件未満のため表示していません" in text
    pdf = tmp_path / "report.pdf"
    assert main([*base, "-o", str(pdf), "--user", supervisor.login]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    # a counselor may not make the desk's statistics: refused, nothing written
    refused = tmp_path / "refused.xlsx"
    assert main([*base, "-o", str(refused), "--user", counselor.login]) == 2
    assert "エラー" in capsys.readouterr().err
    assert not refused.exists()
