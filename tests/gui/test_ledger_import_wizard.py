"""The ledger import wizard: file, column mapping, check with decisions, import and dry run.

The example files are in ``tests/data/ledger`` (fictitious people only); what each row of
``ledger_messy.csv`` tests is listed in ``tests/unit/services/test_ledger_import.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.gui.ledger_import_wizard import (
    NEW_PERSON,
    PAGE_CHECK,
    PAGE_IMPORT,
    PAGE_MAPPING,
    LedgerImportWizard,
    ProblemTableModel,
)
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal
from welfaredesk.services.ledger_import import LedgerField, LedgerProblem
from welfaredesk.storage.orm import Case, Person

DATA = Path(__file__).parents[1] / "data" / "ledger"
GOOD = DATA / "ledger_good.xlsx"
MESSY = DATA / "ledger_messy.csv"
TIMEOUT = 15_000

Latin = Callable[..., list[str]]


def _count(ctx: AppContext, model: type[object]) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _known_person(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """既存 花子, already known to the desk (row 9 of the messy ledger)."""
    case_id = case_factory(
        supervisor,
        family_name="既存",
        given_name="花子",
        family_kana="キソン",
        given_kana="ハナコ",
        birth_date=dt.date(1975, 3, 4),
        received_at=dt.datetime(2025, 4, 2, 9, 0),
    )
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).client_id


def _wizard(qtbot: QtBot, ctx: AppContext, principal: Principal, path: Path) -> LedgerImportWizard:
    wizard = LedgerImportWizard(ctx.ledger_import, principal)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.analysed, timeout=TIMEOUT):
        wizard.set_file(path)
    return wizard


def _check(qtbot: QtBot, wizard: LedgerImportWizard) -> None:
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    assert wizard.current_page() == PAGE_CHECK


def _problem_rows(wizard: LedgerImportWizard) -> list[tuple[str, str]]:
    model = wizard.problemTable.model()
    return [
        (str(model.index(r, 0).data()), str(model.index(r, 1).data()))
        for r in range(model.rowCount())
    ]


def _visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and (model := view.model()) is not None:
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
    return texts


def test_the_mapping_is_preset_from_the_headers_with_sample_rows(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    wizard = _wizard(qtbot, ctx, supervisor, GOOD)
    assert wizard.current_page() == PAGE_MAPPING
    assert wizard.mapping_combo("受付日").currentText() == "受付日"
    assert wizard.mapping_combo("フリガナ").currentData() == LedgerField.KANA.value
    assert wizard.mapping_combo("備考").currentText() == "取り込まない"
    assert wizard.mapping() == ctx.ledger_import.analyse(supervisor, GOOD).proposed
    table = wizard.mappingTable
    assert table.columnCount() == 2 + 4  # the column, the combo, the four rows of the file
    assert table.item(1, 2).text() == "2025-04-03"
    assert "4行" in wizard.fileInfoLabel.text()

    wizard.mapping_combo("備考").setCurrentIndex(0)
    wizard.mapping_combo("受付日").setCurrentIndex(0)  # 取り込まない: 受付日 is required
    wizard.next()
    qtbot.waitUntil(lambda: "受付日" in wizard.messageLabel.text(), timeout=TIMEOUT)
    assert wizard.current_page() == PAGE_MAPPING


def test_the_check_lists_the_problems_with_row_numbers_and_copies_them(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    wizard = _wizard(qtbot, ctx, supervisor, MESSY)
    _check(qtbot, wizard)
    rows = _problem_rows(wizard)
    assert rows[:3] == [("3行目", "受付日"), ("4行目", "受付日"), ("5行目", "受付日")]
    assert ("6行目", "相談経路") in rows
    assert ("7行目", "氏名") in rows
    assert len(rows) == 8
    assert "問題のある行 8" in wizard.countsLabel.text()
    # sorted by row number as numbers, descending: 13 before 8
    wizard.problemTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _problem_rows(wizard)[0][0] == "13行目"
    assert not wizard.nextButton.isEnabled()  # problems block until only valid rows are chosen
    wizard.copy_problems()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "行\t列\t理由"
    assert copied[1].startswith("13\t氏名\t")
    assert len(copied) == 9
    wizard.onlyValidCheck.setChecked(True)
    assert wizard.nextButton.isEnabled()


def test_an_uncertain_match_waits_for_a_decision(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    known = _known_person(ctx, supervisor, case_factory)
    wizard = _wizard(qtbot, ctx, supervisor, MESSY)
    _check(qtbot, wizard)
    assert wizard.matchBox.isVisibleTo(wizard)
    assert wizard.matchTable.rowCount() == 1
    assert wizard.matchTable.item(0, 0).text() == "9行目"
    assert "R7-00001" in wizard.matchTable.item(0, 1).text()
    combo = wizard.decision_combo(9)
    assert combo.currentText() == "未判断"
    assert "判断が必要な行 1" in wizard.countsLabel.text()
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT) as blocker:
        combo.setCurrentIndex(combo.findData(known))
    assert blocker.args[0].undecided == ()
    assert wizard.decisions() == {9: known}
    assert wizard.decision_combo(9).currentData() == known  # kept after the check
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.decision_combo(9).setCurrentIndex(wizard.decision_combo(9).findData(NEW_PERSON))
    assert wizard.decisions() == {9: None}


def test_importing_the_valid_rows_creates_cases_and_refreshes_the_list(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    main_window: MainWindow,
) -> None:
    known = _known_person(ctx, supervisor, case_factory)
    assert main_window.ledgerImportAction.isEnabled()
    with qtbot.waitSignal(main_window.ledger_import_opened) as opened:
        main_window.ledgerImportAction.trigger()
    wizard = opened.args[0]
    assert isinstance(wizard, LedgerImportWizard)
    with qtbot.waitSignal(wizard.analysed, timeout=TIMEOUT):
        wizard.set_file(MESSY)
    _check(qtbot, wizard)
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.decision_combo(9).setCurrentIndex(wizard.decision_combo(9).findData(known))
    wizard.onlyValidCheck.setChecked(True)
    wizard.next()
    assert wizard.current_page() == PAGE_IMPORT
    assert "取り込む行: 4行" in wizard.summaryLabel.text()
    cases, people = _count(ctx, Case), _count(ctx, Person)
    listed = main_window.model.rowCount()
    with (
        qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as done,
        qtbot.waitSignal(main_window.cases_loaded, timeout=TIMEOUT),
    ):
        qtbot.mouseClick(wizard.importButton, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.imported == 4
    assert _count(ctx, Case) == cases + 4
    assert _count(ctx, Person) == people + 3  # 既存 花子 got a new case, not a new person
    assert "取り込みました" in wizard.resultLabel.text()
    assert "4件" in wizard.resultLabel.text()
    assert not wizard.importButton.isEnabled()
    # the list was searched again: the three open imported cases (and 既存 花子's first case,
    # made after the window's first search) are shown; the closed one is filtered out
    assert main_window.model.rowCount() == listed + 1 + 3


def test_a_dry_run_creates_nothing(qtbot: QtBot, ctx: AppContext, supervisor: Principal) -> None:
    wizard = _wizard(qtbot, ctx, supervisor, GOOD)
    _check(qtbot, wizard)
    assert "すべての行を取り込めます" in wizard.countsLabel.text()
    assert not wizard.onlyValidCheck.isVisibleTo(wizard)
    wizard.next()
    wizard.dryRunCheck.setChecked(True)
    with qtbot.waitSignal(wizard.ran, timeout=TIMEOUT) as ran:
        wizard.start_import()
    assert ran.args[0].dry_run
    assert ran.args[0].imported == 4
    assert _count(ctx, Case) == 0
    assert "何も保存していません" in wizard.resultLabel.text()
    assert wizard.importButton.isEnabled()  # the real import may follow
    wizard.dryRunCheck.setChecked(False)
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        wizard.start_import()
    assert _count(ctx, Case) == 4


def test_buttons_are_disabled_while_the_worker_reads(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    wizard = LedgerImportWizard(ctx.ledger_import, supervisor)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.analysed, timeout=TIMEOUT):
        wizard.set_file(MESSY)
        assert not wizard.nextButton.isEnabled()
        assert not wizard.closeButton.isEnabled()
        assert "読んでいます" in wizard.messageLabel.text()
    assert wizard.closeButton.isEnabled()


def test_an_unreadable_file_gets_a_message(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    path = tmp_path / "台帳.xls"
    path.write_bytes(b"not a ledger")
    wizard = LedgerImportWizard(ctx.ledger_import, supervisor)
    qtbot.addWidget(wizard)
    wizard.open_path_chooser = lambda _parent: str(path)
    wizard.show()
    wizard.choose_file()
    qtbot.waitUntil(wizard.messageLabel.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(wizard.closeButton.isEnabled, timeout=TIMEOUT)
    assert ".xls" in wizard.messageLabel.text() or "読" in wizard.messageLabel.text()
    assert not wizard.nextButton.isEnabled()


def test_counselors_cannot_open_the_import(
    qtbot: QtBot, ctx: AppContext, counselor: Principal
) -> None:
    window = MainWindow(ctx, counselor)
    qtbot.addWidget(window)
    assert not window.ledgerImportAction.isEnabled()


@pytest.mark.parametrize("path", [GOOD, MESSY])
def test_no_english_is_visible(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    latin: Latin,
    path: Path,
) -> None:
    _known_person(ctx, supervisor, case_factory)
    wizard = _wizard(qtbot, ctx, supervisor, path)
    allowed = ("UTF", "Excel", "ledger_good.xlsx", "ledger_messy.csv", "LINE", "sato", "R7")
    pages = []
    pages.append(_visible_texts(wizard))
    _check(qtbot, wizard)
    pages.append(_visible_texts(wizard))
    pages.append([str(i.data()) for i in _all_indexes(wizard)])
    wizard.onlyValidCheck.setChecked(True)
    wizard.next()
    pages.append(_visible_texts(wizard))
    bad = {t: w for texts in pages for t in texts if (w := latin(t, also_allowed=allowed))}
    assert not bad, bad


def _all_indexes(wizard: LedgerImportWizard) -> list:  # type: ignore[type-arg]
    model = wizard.problemTable.model()
    return [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_the_problem_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ProblemTableModel()
    model.set_problems(
        (
            LedgerProblem(3, "受付日", "「4月頃」:日付として読み取れません。"),
            LedgerProblem(7, "氏名", "氏名が空欄です。"),
        )
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "3行目"
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == 7
