"""The statistics report's writers: PDF, XLSX and CSV, read back as a person or Excel would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from welfaredesk.domain.reports import Report, ReportRow, ReportTable
from welfaredesk.printing.report_csv import write_report_csv
from welfaredesk.printing.report_pdf import build_report_pdf
from welfaredesk.printing.report_xlsx import INDEX_SHEET, sheet_name, write_report_xlsx

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

MONTHS = ("4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月")


def sample_report(*, suppressed_below: int | None = 3, months_repeat: int = 1) -> Report:
    """A report of four tables (synthetic figures), one with suppressed cells and hours."""
    month_rows = tuple(
        ReportRow(f"{m}" if months_repeat == 1 else f"{m}({n + 1})", (10 + i * 3, 8 + i))
        for n in range(months_repeat)
        for i, m in enumerate(MONTHS)
    )
    new_total = sum(r.values[0] or 0 for r in month_rows), sum(r.values[1] or 0 for r in month_rows)
    return Report(
        title="令和7年度 福祉総合相談窓口 実績報告",
        period_label="令和7年4月1日～令和8年3月31日",
        start=dt.date(2025, 4, 1),
        end=dt.date(2026, 3, 31),
        previous_start=dt.date(2024, 4, 1),
        previous_end=dt.date(2025, 3, 31),
        generated_at=dt.datetime(2026, 4, 10, 9, 30),
        scope_label="すべてのケース",
        suppressed_below=suppressed_below,
        tables=(
            ReportTable(
                key="new_by_month",
                title="月別の新規相談件数",
                row_header="月",
                columns=("令和7年度", "令和6年度"),
                rows=(*month_rows, ReportRow("合計", new_total, total=True)),
                note="受付日で数えています。",
            ),
            ReportTable(
                key="by_channel",
                title="相談経路別の新規相談件数",
                row_header="相談経路",
                columns=("令和7年度", "令和6年度"),
                rows=(
                    ReportRow("来所", (1234, 1100)),
                    ReportRow("電話", (87, 90)),
                    ReportRow("休日窓口", (None, 4)),
                    ReportRow("=関係機関からの紹介", (5, None)),
                    ReportRow("合計", (1328, 1200), total=True),
                ),
            ),
            ReportTable(
                key="activities_by_method",
                title="方法別の活動件数と時間(按分のための事業区分ごとの集計を含む長い表題の表)",
                row_header="方法",
                columns=("件数", "時間", "前年度の件数", "前年度の時間"),
                rows=(
                    ReportRow("面談", (320, 245.5, 300, 230.25)),
                    ReportRow("訪問(アウトリーチ)", (41, 60.0, 38, 55.5)),
                    ReportRow("合計", (361, 305.5, 338, 285.75), total=True),
                ),
                note="時間は支援経過に記録された分を時間に直したものです。",
            ),
            ReportTable(
                key="empty",
                title="月別の新規相談件数",  # the same title again: the sheet name must differ
                row_header="月",
                columns=("令和7年度",),
                rows=(),
            ),
        ),
    )


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- PDF -------------------------------------------------------------------------------------


@needs_poppler
def test_pdf_has_titles_numbers_totals_and_the_suppression_footnote(tmp_path: Path) -> None:
    out = build_report_pdf(sample_report(), tmp_path / "report.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    flat = squash(text)
    assert "令和7年度福祉総合相談窓口実績報告" in flat
    assert "令和7年4月1日～令和8年3月31日" in flat
    assert "すべてのケース" in flat
    assert "月別の新規相談件数" in flat
    assert "相談経路別の新規相談件数" in flat
    assert "1,234" in text  # thousands separators
    assert "1,328" in text
    assert "245.5" in text
    assert "*は3件未満のため表示していません" in flat
    assert "受付日で数えています。" in flat
    assert "(該当するものはありません)" in flat
    # the suppressed cells print as *, never as 0
    line = next(ln for ln in text.splitlines() if "休日窓口" in ln)
    assert line.split()[-2:] == ["*", "4"]
    assert "1 / 1" in text or "1 / 2" in text


@needs_poppler
def test_pdf_without_suppression_has_no_footnote(tmp_path: Path) -> None:
    report = sample_report(suppressed_below=None)
    tables = tuple(t for t in report.tables if t.key != "by_channel")
    out = build_report_pdf(Report(**{**_fields(report), "tables": tables}), tmp_path / "report.pdf")
    assert "表示していません" not in squash(pdf_text(out))


@needs_poppler
def test_a_long_table_breaks_across_pages_with_its_captions_repeated(tmp_path: Path) -> None:
    out = build_report_pdf(sample_report(months_repeat=6), tmp_path / "long.pdf")
    pages = pdf_text(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    assert "2 / " in pages[1]
    # the caption row of the monthly table is printed again at the top of page 2
    assert re.search(r"月\s+令和7年度\s+令和6年度", pages[1])


def _fields(report: Report) -> dict[str, object]:
    return {name: getattr(report, name) for name in Report.__dataclass_fields__}


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_has_an_index_and_one_sheet_per_table_with_numbers_as_numbers(
    tmp_path: Path,
) -> None:
    report = sample_report()
    out = write_report_xlsx(report, tmp_path / "report.xlsx")
    book = load_workbook(out)
    assert book.sheetnames[0] == INDEX_SHEET
    assert book.sheetnames[1:3] == ["月別の新規相談件数", "相談経路別の新規相談件数"]
    long_name = book.sheetnames[3]
    assert len(long_name) == 31
    assert not re.search(r"[\[\]:*?/\\]", long_name)
    assert book.sheetnames[4] == "月別の新規相談件数(2)"

    index = book[INDEX_SHEET]
    assert index["A1"].value == report.title
    listed = [index.cell(row=r, column=3).value for r in range(1, index.max_row + 1)]
    assert all(name in listed for name in book.sheetnames[1:])

    sheet = book["相談経路別の新規相談件数"]
    assert sheet["A1"].value == "相談経路別の新規相談件数"
    assert sheet["A1"].font.bold
    assert [sheet.cell(row=r, column=2).value for r in range(2, 5)] == [
        report.period_label,
        "すべてのケース",
        "2026-04-10 09:30",
    ]
    header = [c.value for c in sheet[6]]
    assert header == ["相談経路", "令和7年度", "令和6年度"]
    assert all(c.font.bold for c in sheet[6])
    assert sheet.freeze_panes == "B7"
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=7, max_row=11, values_only=True)}
    assert rows["来所"] == (1234, 1100)
    assert type(rows["来所"][0]) is int
    assert rows["休日窓口"] == ("*", 4)
    assert rows["=関係機関からの紹介"] == (5, "*")  # text stays text, never a formula
    assert sheet["A10"].data_type == "s"
    assert sheet["A11"].font.bold  # the total
    assert sheet["B7"].number_format == "#,##0"
    notes = [sheet.cell(row=r, column=1).value for r in range(12, sheet.max_row + 1)]
    assert "*は3件未満のため表示していません" in notes
    assert sheet.column_dimensions["A"].width >= 20  # 「=関係機関からの紹介」 is wide

    hours = book[long_name]
    assert hours["C7"].value == 245.5
    assert isinstance(hours["C7"].value, float)
    assert hours["C7"].number_format == "#,##0.0"


def test_sheet_names_are_valid_and_unique() -> None:
    taken = {INDEX_SHEET}
    assert sheet_name("課題[複合]:件数*?/\\", taken) == "課題_複合__件数____"
    assert sheet_name("目次", taken) == "目次(2)"
    long = "あ" * 40
    first = sheet_name(long, taken)
    second = sheet_name(long, taken)
    assert len(first) == 31
    assert len(second) == 31
    assert second.endswith("(2)")
    assert sheet_name("", taken) == "表"


# --- CSV -------------------------------------------------------------------------------------


def read_as_excel(path: Path) -> list[list[str]]:
    """Read a CSV as Excel does: the BOM says UTF-8; lines end in CRLF."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_one_file_holds_every_table_after_a_title_line(tmp_path: Path) -> None:
    report = sample_report()
    [out] = write_report_csv(report, tmp_path / "sub" / "report.csv")
    lines = read_as_excel(out)
    assert lines[0] == [report.title]
    assert ["期間", report.period_label] in lines
    assert ["範囲", "すべてのケース"] in lines
    assert ["秘匿", "*は3件未満のため表示していません"] in lines
    start = lines.index(["■相談経路別の新規相談件数"])
    assert lines[start - 1] == []
    assert lines[start + 1] == ["相談経路", "令和7年度", "令和6年度"]
    assert lines[start + 2] == ["来所", "1234", "1100"]
    assert lines[start + 4] == ["休日窓口", "*", "4"]
    assert lines[start + 5] == ["'=関係機関からの紹介", "5", "*"]
    assert ["面談", "320", "245.5", "300", "230.25"] in lines
    assert ["注", "受付日で数えています。"] in lines


def test_csv_folder_holds_one_plain_file_per_table(tmp_path: Path) -> None:
    report = sample_report()
    written = write_report_csv(report, tmp_path / "out")
    assert [p.name for p in written] == [f"{t.key}.csv" for t in report.tables]
    lines = read_as_excel(tmp_path / "out" / "new_by_month.csv")
    assert lines[0] == ["月", "令和7年度", "令和6年度"]
    assert lines[1] == ["4月", "10", "8"]
    assert lines[-1] == ["合計", str(sum(10 + i * 3 for i in range(12))), str(sum(range(8, 20)))]
    assert read_as_excel(tmp_path / "out" / "empty.csv") == [["月", "令和7年度"]]
