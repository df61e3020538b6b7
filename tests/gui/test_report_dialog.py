"""The statistics screen: a report made on the worker, its tables and chart, exports, the draft."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.reports import ReportRow, ReportTable
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.report_dialog import ReportDialog, ReportTableModel, chart_columns
from welfaredesk.services.dto import Principal

TODAY = dt.date(2025, 11, 1)
TIMEOUT = 20_000


@pytest.fixture
def five_cases(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> None:
    """Five new consultations in 令和7年度: four visits, one phone call."""
    for day in range(4):
        case_factory(supervisor, received_at=dt.datetime(2025, 6, 2 + day, 10, 0))
    case_factory(
        supervisor,
        family_name="佐藤",
        channel_code="phone",
        received_at=dt.datetime(2025, 7, 1, 9, 0),
    )


def _dialog(qtbot: QtBot, ctx: AppContext, principal: Principal) -> ReportDialog:
    dialog = ReportDialog(ctx.reports, principal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot: QtBot, dialog: ReportDialog) -> None:
    with qtbot.waitSignal(dialog.report_ready, timeout=TIMEOUT):
        dialog.run()


def _cells(model: ReportTableModel) -> dict[str, list[str]]:
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def test_defaults_to_the_current_fiscal_year(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    assert dialog.yearCombo.currentData() == 2025
    assert dialog.yearCombo.currentText() == "令和7年度(2025年度)"
    assert dialog.thresholdSpin.value() == 3
    assert not dialog.thresholdSpin.isEnabled()
    assert not dialog.xlsxButton.isEnabled()


def test_running_a_report_shows_its_tables_and_the_chosen_one(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    dialog.run()
    # the worker is busy: the buttons wait, the busy bar runs
    assert dialog.busy
    assert not dialog.runButton.isEnabled()
    assert not dialog.closeButton.isEnabled()
    assert dialog.progressBar.isVisible()
    assert dialog.messageLabel.text() == "集計しています…"
    qtbot.waitSignal(dialog.report_ready, timeout=TIMEOUT).wait()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    report = dialog.report
    assert report is not None
    assert dialog.tableList.count() == len(report.tables)
    assert dialog.tableList.item(0).text() == report.tables[0].title
    assert dialog.xlsxButton.isEnabled()
    assert not dialog.progressBar.isVisible()

    dialog.select_table("by_channel")
    model = dialog.model
    assert model.table is not None
    assert model.table.key == "by_channel"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "相談経路"
    cells = _cells(model)
    assert cells["来所"] == ["4", "0"]
    assert cells["電話"] == ["1", "0"]
    assert cells["合計"] == ["5", "0"]
    total_row = list(cells).index("合計")
    font = model.index(total_row, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    alignment = model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert dialog.noteLabel.text() == model.table.note
    assert not dialog.footnoteLabel.isVisible()
    chart = dialog.chartView.chart()
    assert chart.title() == model.table.title
    assert [s.count() for s in chart.series()] == [2]  # this year and the year before


def test_small_counts_are_hidden_for_outsiders(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    dialog.outsidersCheck.setChecked(True)
    assert dialog.thresholdSpin.isEnabled()
    _run(qtbot, dialog)
    dialog.select_table("by_channel")
    cells = _cells(dialog.model)
    assert cells["電話"][0] == "*"
    assert cells["来所"][0] == "*"  # hidden too, or 電話 could be computed from the total
    assert dialog.footnoteLabel.isVisible()
    assert "3件未満" in dialog.footnoteLabel.text()


def test_a_date_range_is_typed_in_wareki(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    dialog.rangeRadio.setChecked(True)
    dialog.fromEdit.setText("R7.6.1")
    dialog.toEdit.setText("2025/6/30")
    _run(qtbot, dialog)
    report = dialog.report
    assert report is not None
    assert (report.start, report.end) == (dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    national = {row.label: row.values for row in report.table("national").rows}
    assert national["新規相談受付件数"][0] == 4
    # The range is the report's title: the heading does not say it twice.
    heading = dialog.reportTitleLabel.text()
    assert heading.count(report.period_label) == 1
    assert heading.endswith(f"（対象: {report.scope_label}）")


def test_a_bad_date_is_refused_in_japanese(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    dialog.rangeRadio.setChecked(True)
    dialog.fromEdit.setText("令和7年2月30日")
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.run()
    assert "開始日" in failed.args[0]
    assert dialog.messageLabel.isVisible()
    assert dialog.fromEdit.property("invalid")
    assert dialog.fromEdit.text() == "令和7年2月30日"  # what was typed is kept
    assert not dialog.busy
    dialog.fromEdit.setText("R7.7.1")
    dialog.toEdit.setText("R7.6.1")
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as failed:
        dialog.run()
    assert "終了日" in failed.args[0]
    assert dialog.report is None


@pytest.mark.parametrize("kind", ["xlsx", "csv", "pdf"])
def test_export_writes_the_report(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    five_cases: None,
    tmp_path: Path,
    kind: str,
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    _run(qtbot, dialog)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as done:
        dialog.export(kind, tmp_path / "報告")  # type: ignore[arg-type]
    path = done.args[0]
    assert path == tmp_path / f"報告.{kind}"
    assert path.is_file()
    assert "保存しました" in dialog.messageLabel.text()
    assert str(path) in dialog.messageLabel.text()
    if kind == "xlsx":
        book = load_workbook(path)
        assert len(book.sheetnames) == 1 + len(dialog.report.tables)  # type: ignore[union-attr]
    elif kind == "csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert any(line[:2] == ["新規相談受付件数", "5"] for line in lines)
    else:
        assert path.read_bytes().startswith(b"%PDF")


def test_export_buttons_ask_for_a_path(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    _run(qtbot, dialog)
    asked: list[str] = []

    def chooser(_parent: QWidget, kind: str, suggested: str) -> str:
        asked.append(kind)
        assert suggested.endswith(".pdf")
        return str(tmp_path / "out.pdf")

    dialog.save_path_chooser = chooser
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        dialog.pdfButton.click()
    assert asked == ["pdf"]
    assert (tmp_path / "out.pdf").is_file()


def test_an_unwritable_path_is_reported_in_japanese(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    _run(qtbot, dialog)
    blocker = tmp_path / "ファイル"
    blocker.write_text("x")  # a file where the folder should be: nothing can be written
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as failed:
        dialog.export("xlsx", blocker / "報告.xlsx")
    assert "保存できませんでした" in failed.args[0]
    assert dialog.runButton.isEnabled()


def test_the_annual_draft_carries_the_figures_and_exports(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, five_cases: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    _run(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.xlsxButton.isVisible()  # the report's exports belong to the tables
    text = dialog.resultsEdit.toPlainText()
    assert text.startswith("令和7年度は、新規相談受付 5件（前年度 0件）")
    assert dialog.projectEdit.text() == "福祉総合相談窓口の運営"
    dialog.resultsEdit.setPlainText(text + "\n休日窓口を試行した。")
    dialog.evaluationCombo.setCurrentIndex(dialog.evaluationCombo.findData("B"))
    dialog.planEdit.setPlainText("アウトリーチを広げる。")
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as done:
        dialog.export_annual(tmp_path / "事業実績")
    path = done.args[0]
    assert path.suffix == ".xlsx"
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[4]] == [
        "施策",
        "【個別事業・取り組み】",
        "担当課",
        "事業実績",
        "事業評価",
        "今後の事業計画・展望",
    ]
    row = [c.value for c in sheet[5]]
    assert row[1] == "福祉総合相談窓口の運営"
    assert "新規相談受付 5件" in str(row[3])
    assert str(row[3]).endswith("休日窓口を試行した。")
    assert row[4] == "B"
    assert row[5] == "アウトリーチを広げる。"
    # a second report keeps the user's edited text
    _run(qtbot, dialog)
    assert dialog.resultsEdit.toPlainText().endswith("休日窓口を試行した。")
    dialog.fill_results()
    assert dialog.resultsEdit.toPlainText() == text


def test_the_menu_opens_the_screen_for_a_supervisor(qtbot: QtBot, main_window: MainWindow) -> None:
    assert main_window.reportAction.isEnabled()
    assert main_window.reportAction in main_window.ui.consultationMenu.actions()
    with qtbot.waitSignal(main_window.report_opened) as opened:
        main_window.reportAction.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ReportDialog)
    dialog.close()


def test_counselors_cannot_open_the_screen(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    window = MainWindow(ctx, counselor)
    qtbot.addWidget(window)
    assert not window.reportAction.isEnabled()


def test_a_refused_report_is_shown_in_japanese(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    dialog = _dialog(qtbot, ctx, counselor)
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as failed:
        dialog.run()
    assert failed.args[0]
    assert dialog.report is None
    assert dialog.runButton.isEnabled()


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ReportTableModel()
    model.set_table(
        ReportTable(
            key="t",
            title="表",
            row_header="経路",
            columns=("令和7年度", "令和6年度"),
            rows=(
                ReportRow("来所", (1234, None)),
                ReportRow("電話", (2.5, 0)),
                ReportRow("合計", (1236, 3), total=True),
            ),
        )
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "1,234"
    assert model.index(0, 2).data() == "*"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    model.set_table(None)
    qtmodeltester.check(model)


def test_chart_columns_pair_this_period_with_the_last() -> None:
    def table(columns: int) -> ReportTable:
        return ReportTable("t", "表", "行", tuple(f"列{i}" for i in range(columns)), ())

    assert chart_columns(table(2)) == (0, 1)
    assert chart_columns(table(4)) == (0, 2)  # (件数, 時間) of each period: the counts
    assert chart_columns(table(3)) == (0,)
    assert chart_columns(table(0)) == ()


def test_no_english_is_visible(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    five_cases: None,
    latin: Callable[..., list[str]],
) -> None:
    dialog = _dialog(qtbot, ctx, supervisor)
    _run(qtbot, dialog)
    texts = [dialog.windowTitle(), dialog.tabs.tabText(0), dialog.tabs.tabText(1)]
    texts += [dialog.thresholdSpin.suffix()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    texts.append(dialog.resultsEdit.placeholderText())
    for row in range(dialog.tableList.count()):
        dialog.tableList.setCurrentRow(row)
        model = dialog.model
        texts.extend(
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        )
        texts.append(dialog.chartView.chart().title())
    # The grades A–D are the city's scale; R7.4.1 is how a 和暦 date is typed.
    texts = [re.sub(r"(^|\n)[A-D][\u3000：]", r"\1", t) for t in texts]
    allowed = ("Excel", "CSV", "PDF", "R7.4.1")
    bad = {t: words for t in texts if (words := latin(t, also_allowed=allowed))}
    assert not bad
