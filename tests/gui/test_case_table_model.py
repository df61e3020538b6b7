"""The case list model: ids only, rows in blocks, translated headers, 和暦 dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import CaseStage, ConsentStatus
from welfaredesk.gui.models.case_table_model import (
    BLOCK_SIZE,
    CASE_ID_ROLE,
    COL_COMPLEX,
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_DUE,
    COL_NUMBER,
    COL_OPENED,
    COL_STAGE,
    COLUMNS,
    CaseTableModel,
)
from welfaredesk.services.dto import CaseRow, Principal

TODAY = dt.date(2025, 6, 1)


def _row(case_id: int, **changes: object) -> CaseRow:
    values: dict[str, object] = {
        "id": case_id,
        "case_number": f"R7-{case_id:05d}",
        "client_name": "山田\u3000花子",
        "client_kana": "やまだ\u3000はなこ",
        "age": 81,
        "area": "中央圏域",
        "stage": CaseStage.INTAKE,
        "lead_worker": "佐藤 恵子",
        "complex_needs": False,
        "consent": ConsentStatus.GIVEN,
        "days_since_contact": 3,
        "next_due_on": dt.date(2025, 6, 10),
        "opened_on": dt.date(2025, 4, 1),
        "restricted": False,
    }
    values.update(changes)
    return CaseRow(**values)  # type: ignore[arg-type]


class FakeRows:
    """A fetcher that records which blocks of ids were asked for."""

    def __init__(self, rows: dict[int, CaseRow] | None = None) -> None:
        self.rows = rows
        self.calls: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> dict[int, CaseRow]:
        self.calls.append(list(ids))
        if self.rows is not None:
            return {i: self.rows[i] for i in ids if i in self.rows}
        return {i: _row(i) for i in ids}


def _model(fetch: FakeRows, ids: Sequence[int]) -> CaseTableModel:
    model = CaseTableModel(fetch, today=lambda: TODAY)
    model.set_ids(ids)
    return model


def test_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    """The model obeys Qt's model rules (pytest-qt's model tester)."""
    rows = {
        1: _row(1),
        2: _row(2, age=None, next_due_on=None, days_since_contact=None, complex_needs=True),
        3: _row(3, restricted=True, stage=CaseStage.CLOSED, next_due_on=dt.date(2025, 5, 1)),
    }
    model = _model(FakeRows(rows), [1, 2, 3, 4])  # 4 has vanished since the search
    qtmodeltester.check(model)


def test_passes_qtmodeltester_on_the_database(
    qtmodeltester: ModelTester,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
) -> None:
    """The model over the real service obeys Qt's model rules too."""
    model = CaseTableModel(lambda ids: ctx.cases.fetch_rows(supervisor, ids))
    model.set_ids(list(three_cases.values()))
    qtmodeltester.check(model)
    assert model.data(model.index(0, COL_NUMBER)).startswith("R7-")


def test_headers_are_japanese() -> None:
    """The column titles are the Japanese translations of the English sources."""
    model = _model(FakeRows(), [])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == [
        "受付番号",
        "氏名",
        "ふりがな",
        "年齢",
        "圏域",
        "段階",
        "主担当",
        "複合",
        "同意",
        "最終接触(日)",
        "次回期限",
        "受付日",
    ]


def test_rows_are_fetched_in_blocks() -> None:
    """A missing row loads its whole block once; cached rows are not fetched again."""
    fetch = FakeRows()
    model = _model(fetch, list(range(1, 251)))
    assert fetch.calls == []
    model.data(model.index(5, COL_NAME))
    assert fetch.calls == [list(range(1, BLOCK_SIZE + 1))]
    model.data(model.index(99, COL_NUMBER))
    assert len(fetch.calls) == 1
    model.data(model.index(150, COL_NAME))
    assert fetch.calls[-1] == list(range(BLOCK_SIZE + 1, 2 * BLOCK_SIZE + 1))
    model.mark_stale()
    model.data(model.index(5, COL_NAME))
    assert len(fetch.calls) == 3


def test_flags_do_not_fetch() -> None:
    """Selecting rows (flags) asks only the cache (Anki's shortcut for Ctrl+A)."""
    fetch = FakeRows()
    model = _model(fetch, list(range(1, 1001)))
    for row in range(1000):
        assert model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert fetch.calls == []


def test_dates_are_short_wareki_with_full_tooltip() -> None:
    """Dates show as R7.4.1, with the long form (and the western year) as the tooltip."""
    model = _model(FakeRows(), [1])
    opened = model.index(0, COL_OPENED)
    assert model.data(opened) == "R7.4.1"
    assert model.data(opened, Qt.ItemDataRole.ToolTipRole) == "令和7年(2025年)4月1日"


def test_cells_are_japanese() -> None:
    """Stage and consent show their Japanese labels; complex needs a mark."""
    model = _model(FakeRows({1: _row(1, complex_needs=True)}), [1])
    assert model.data(model.index(0, COL_STAGE)) == "相談受付"
    assert model.data(model.index(0, COL_COMPLEX)) == "●"
    assert model.data(model.index(0, COL_COMPLEX), Qt.ItemDataRole.ToolTipRole) == "複合的課題"
    assert (
        model.data(model.index(0, COL_LAST_CONTACT), Qt.ItemDataRole.ToolTipRole)
        == "最後の接触から3日"
    )


def test_overdue_due_date_is_marked() -> None:
    """A due date in the past is red with a tooltip that says so."""
    model = _model(FakeRows({1: _row(1, next_due_on=dt.date(2025, 5, 20))}), [1])
    index = model.index(0, COL_NEXT_DUE)
    assert "期限を過ぎています" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None


def test_restricted_case_is_marked() -> None:
    """A restricted case says so next to the name."""
    model = _model(FakeRows({1: _row(1, restricted=True)}), [1])
    assert model.data(model.index(0, COL_NAME)).endswith("（閲覧制限）")


def test_vanished_case_is_a_disabled_row() -> None:
    """A case gone from the user's scope since the search shows as unavailable."""
    model = _model(FakeRows({}), [7])
    index = model.index(0, COL_NAME)
    assert model.data(index) == "(表示できません)"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(index, CASE_ID_ROLE) == 7


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (COL_NUMBER, Qt.SortOrder.AscendingOrder, ("case_number", False)),
        (COL_NAME, Qt.SortOrder.DescendingOrder, ("client_kana", True)),
        # More days since the last contact means an older date: the key sorts the other way.
        (COL_LAST_CONTACT, Qt.SortOrder.AscendingOrder, ("last_contact_on", True)),
    ],
)
def test_sort_asks_the_owner(
    qtbot: QtBot, column: int, order: Qt.SortOrder, expected: tuple[str, bool]
) -> None:
    """``sort`` does not sort in memory: it asks for a new search with the service's key."""
    model = _model(FakeRows(), [1, 2])
    with qtbot.waitSignal(model.sort_requested, timeout=1000) as blocker:
        model.sort(column, order)
    assert tuple(blocker.args) == expected


def test_the_rest_of_a_list_is_appended_without_a_reset(qtbot: QtBot) -> None:
    """After a first page, the rest of the ids are inserted below it: no reset, so the
    selection, the scroll position and the rows already fetched stay."""
    fetch = FakeRows()
    model = _model(fetch, [5, 4, 3])
    model.data(model.index(0, COL_NAME))
    fetched = len(fetch.calls)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        assert model.append_rest([5, 4, 3, 2, 1])
    assert inserted.args[1:] == [3, 4]
    assert model.ids() == [5, 4, 3, 2, 1]
    assert model.data(model.index(0, COL_NAME)) == "山田\u3000花子"
    assert len(fetch.calls) == fetched  # the first block was kept
    assert model.append_rest([5, 4, 3, 2, 1])  # nothing more: nothing changes
    assert resets == []
    # The list changed between the page and the rest: nothing is appended.
    assert not model.append_rest([5, 3, 4, 2, 1, 0])
    assert not model.append_rest([5, 4])
    assert model.ids() == [5, 4, 3, 2, 1]
