"""The 事業実績 draft: its wording of the national figures and the one-sheet workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from welfaredesk.domain.reports import AnnualEntry, Report, ReportRow, ReportTable
from welfaredesk.printing.annual_xlsx import (
    COLUMNS,
    EVALUATION_SCALE,
    draft_results_text,
    is_fiscal_year,
    write_annual_xlsx,
)

NATIONAL = (
    ("新規相談受付件数", (1234, 98)),
    ("プラン作成件数", (40, 35)),
    ("プラン見直し件数", (12, 10)),
    ("他機関・制度へのつなぎ件数", (60, 51)),
    ("うち同行支援の件数", (15, 9)),
    ("つなぎを行ったケース数（実数）", (44, 40)),
    ("支援終了件数", (80, 70)),
    ("うち情報提供のみで終了した件数", (None, 5)),
    ("活動件数（支援経過記録）", (2500, 2100)),
    ("アウトリーチの活動件数", (300, 250)),
    ("支援調整会議の開催回数", (12, 12)),
    ("支援会議の開催回数", (4, 3)),
    ("相談支援包括化推進会議の開催回数", (2, 2)),
)


def _report(
    start: dt.date = dt.date(2025, 4, 1),
    end: dt.date = dt.date(2026, 3, 31),
    *,
    national: bool = True,
) -> Report:
    tables = (
        ReportTable(
            key="national",
            title="国への報告項目（主な指標）",
            row_header="指標",
            columns=("令和7年度", "令和6年度"),
            rows=tuple(ReportRow(label, values) for label, values in NATIONAL),
        ),
    )
    return Report(
        title="令和7年度 福祉総合相談窓口 実績報告",
        period_label="令和7年4月1日～令和8年3月31日",
        start=start,
        end=end,
        previous_start=start.replace(year=start.year - 1),
        previous_end=end.replace(year=end.year - 1),
        generated_at=dt.datetime(2026, 4, 10, 9, 0),
        scope_label="すべてのケース",
        suppressed_below=3,
        tables=tables if national else (),
    )


def test_draft_words_the_national_figures() -> None:
    text = draft_results_text(_report(), period_name="令和7年度")
    assert text.startswith("令和7年度は、新規相談受付 1,234件（前年度 98件）、")
    assert "プラン作成 40件（同 35件）" in text
    assert "他機関・制度へのつなぎ 60件（同 51件）（うち同行支援 15件）" in text
    assert "うち情報提供のみで終了 3件未満" in text  # a hidden cell is never a number
    assert "アウトリーチ 300件" in text
    assert "支援調整会議を 12回" in text
    assert "相談支援包括化推進会議を 2回開催しました。" in text


def test_a_date_range_is_compared_with_the_period_before() -> None:
    report = _report(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert not is_fiscal_year(report)
    assert "（前期間 98件）" in draft_results_text(report)
    assert is_fiscal_year(_report())


def test_no_national_table_gives_no_draft() -> None:
    assert draft_results_text(_report(national=False)) == ""


def test_workbook_has_the_sheet_columns_and_the_scale(tmp_path: Path) -> None:
    entry = AnnualEntry(
        title="令和7年度 事業実績・評価（下書き）",
        measure="相談支援体制の充実",
        project="福祉総合相談窓口の運営",
        department="地域福祉課",
        results="=新規相談受付 1,234件\n休日窓口を試行した。",
        evaluation="B",
        plan="アウトリーチを広げる。",
    )
    out = write_annual_xlsx(
        entry, tmp_path / "事業実績.xlsx", made_at=dt.datetime(2026, 4, 10, 9, 0)
    )
    book = load_workbook(out)
    assert book.sheetnames == ["事業実績・評価"]
    sheet = book.active
    assert sheet is not None
    assert sheet["A1"].value == "令和7年度 事業実績・評価（下書き）"
    assert tuple(c.value for c in sheet[4]) == COLUMNS
    row = [c.value for c in sheet[5]]
    assert row == [
        "相談支援体制の充実",
        "福祉総合相談窓口の運営",
        "地域福祉課",
        "=新規相談受付 1,234件\n休日窓口を試行した。",
        "B",
        "アウトリーチを広げる。",
    ]
    assert sheet["D5"].data_type == "s"  # text, never a formula
    assert sheet["D5"].alignment.wrap_text
    legend = [sheet.cell(row=r, column=1).value for r in range(7, 12)]
    assert legend[0] == "事業評価の基準"
    assert legend[1:] == [f"{grade}：{meaning}" for grade, meaning in EVALUATION_SCALE]
