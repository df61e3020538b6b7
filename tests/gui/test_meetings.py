"""The meetings screen: schedule, agenda with the consent gate, decision, papers; the case tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AgendaDecision,
    AgendaPurpose,
    CaseStage,
    ConsentStatus,
    PlanStatus,
)
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.meetings import MeetingsDialog
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import Case, Meeting, SupportPlan

CaseFactory = Callable[..., int]


def _submitted_plan(ctx: AppContext, case_id: int) -> int:
    with ctx.db.write() as s:
        plan = SupportPlan(case_id=case_id, plan_no=1, status=str(PlanStatus.SUBMITTED))
        s.add(plan)
        s.flush()
        return plan.id


def _number(ctx: AppContext, case_id: int) -> str:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).case_number


def _open(qtbot: QtBot, window: MainWindow) -> MeetingsDialog:
    with qtbot.waitSignal(window.meetings_opened, timeout=5_000) as opened:
        window.ui.meetingsAction.trigger()
    dialog: MeetingsDialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.typeCombo.count() > 0, timeout=10_000)
    return dialog


def _schedule(qtbot: QtBot, dialog: MeetingsDialog, type_code: str, day: dt.date) -> None:
    dialog.new_meeting()
    dialog.typeCombo.setCurrentIndex(dialog.typeCombo.findData(type_code))
    dialog.dateEdit.clear()
    qtbot.keyClicks(dialog.dateEdit, day.isoformat())
    dialog.timeEdit.setText("14:00")
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        dialog.saveButton.click()


def _add(qtbot: QtBot, dialog: MeetingsDialog, number: str, purpose: AgendaPurpose) -> None:
    dialog.detailTabs.setCurrentIndex(2)
    dialog.caseNumberEdit.setText(number)
    dialog.purposeCombo.setCurrentIndex(dialog.purposeCombo.findData(str(purpose)))
    dialog.addItemButton.click()


def test_schedule_add_cases_decide_and_print(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: CaseFactory,
    main_window: MainWindow,
) -> None:
    consented = case_factory(supervisor, family_name="森", consent=ConsentStatus.GIVEN)
    refused = case_factory(supervisor, family_name="林", consent=ConsentStatus.REFUSED)
    _submitted_plan(ctx, consented)
    assert main_window.ui.meetingsAction.shortcut().toString() == "Ctrl+Shift+M"
    assert main_window.ui.meetingsAction.text() == "会議の一覧(&M)…"
    dialog = _open(qtbot, main_window)

    _schedule(qtbot, dialog, "coordination_regular", dt.date.today())
    view = dialog.view
    assert view is not None
    assert view.type_label == "支援調整会議(定例)"
    assert dialog.regularCheck.isChecked()
    qtbot.waitUntil(lambda: dialog.meetingTable.rowCount() == 1, timeout=10_000)
    assert "支援調整会議" in dialog.ruleLabel.text()

    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _add(qtbot, dialog, _number(ctx, consented), AgendaPurpose.PLAN_REVIEW)
    table = dialog.agendaTable
    assert table.rowCount() == 1
    assert table.item(0, 5).text() == "第1版（会議提出）"

    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refusal:
        _add(qtbot, dialog, _number(ctx, refused), AgendaPurpose.EVALUATION)
    message = refusal.args[0]
    assert message.startswith("議題のケース：")
    assert "本人の同意が記録されていない" in message
    assert dialog.messageLabel.text() == message
    assert dialog.caseNumberEdit.property("invalid") is True
    assert table.rowCount() == 1

    table.selectRow(0)
    dialog.decisionCombo.setCurrentIndex(
        dialog.decisionCombo.findData(str(AgendaDecision.APPROVED))
    )
    assert "了承すると支援計画は決定（支援決定）になり" in dialog.effectLabel.text()
    assert dialog.recordButton.isEnabled()
    with qtbot.waitSignal(dialog.decision_recorded, timeout=10_000) as recorded:
        dialog.recordButton.click()
    result = recorded.args[0]
    assert result.case_stage is CaseStage.SERVICE
    assert table.item(0, 6).text() == "了承"
    assert "支援提供" in dialog.messageLabel.text()

    with qtbot.waitSignal(dialog.preview_opened, timeout=15_000) as opened:
        dialog.printMinutesButton.click()
    preview = opened.args[0]
    assert "会議録" in preview.windowTitle()
    preview.close()
    dialog.close()

    view_tab = main_window.open_case(consented)
    qtbot.waitUntil(lambda: view_tab.detail is not None, timeout=10_000)
    assert view_tab.ui.stageValue.text() == "支援提供"
    assert view_tab.meetings_tab is not None
    history = view_tab.meetings_tab.table
    qtbot.waitUntil(lambda: history.rowCount() == 1, timeout=10_000)
    assert [history.item(0, c).text() for c in (1, 3, 4)] == [
        "支援調整会議(定例)",
        "プラン検討",
        "了承",
    ]


def test_a_future_meeting_says_decisions_wait(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: CaseFactory,
    main_window: MainWindow,
) -> None:
    consented = case_factory(supervisor, consent=ConsentStatus.GIVEN)
    dialog = _open(qtbot, main_window)
    _schedule(qtbot, dialog, "coordination_ad_hoc", dt.date.today() + dt.timedelta(days=7))
    assert not dialog.regularCheck.isChecked()
    with qtbot.waitSignal(dialog.meeting_loaded, timeout=10_000):
        _add(qtbot, dialog, _number(ctx, consented), AgendaPurpose.EVALUATION)
    dialog.agendaTable.selectRow(0)
    assert not dialog.recordButton.isEnabled()
    assert "会議が開かれてから" in dialog.effectLabel.text()


def test_every_visible_string_is_japanese(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    main_window: MainWindow,
    latin: Callable[..., list[str]],
) -> None:
    dialog = _open(qtbot, main_window)
    _schedule(qtbot, dialog, "statutory_meeting", dt.date.today())
    texts = [dialog.windowTitle()]
    texts.extend(dialog.detailTabs.tabText(i) for i in range(dialog.detailTabs.count()))
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox) and widget.objectName() != "agencyCombo":
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                assert header is not None
                texts.append(header.text())
    # Staff names of the test accounts are their ASCII login IDs.
    bad = {t: w for t in texts if (w := latin(t, also_allowed=("sato", "admin")))}
    assert not bad
    assert dialog.legalBasisEdit.text() == "生活困窮者自立支援法第9条"
    assert "守秘" in dialog.ruleLabel.text()
    qtbot.waitUntil(lambda: dialog.meetingTable.rowCount() == 1, timeout=10_000)
    cell = dialog.meetingTable.item(0, 1)
    assert cell is not None
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "支援会議"


def test_a_regular_meeting_is_scheduled_for_the_following_months(
    qtbot: QtBot, ctx: AppContext, main_window: MainWindow
) -> None:
    dialog = _open(qtbot, main_window)
    _schedule(qtbot, dialog, "coordination_regular", dt.date(2025, 7, 15))  # third Tuesday
    assert dialog.seriesButton.isVisible()
    assert dialog.seriesButton.text() == "翌月以降も予定する(&F)"
    dialog.monthsSpin.setValue(2)
    with qtbot.waitSignal(dialog.series_scheduled, timeout=10_000) as done:
        dialog.seriesButton.click()
    assert done.args[0] == 2
    assert dialog.messageLabel.text() == "2件の会議を予定しました。"
    with ctx.db.read() as s:
        days = sorted(
            m.held_at
            for m in s.scalars(
                select(Meeting).where(Meeting.meeting_type_code == "coordination_regular")
            )
        )
    assert days == [
        dt.datetime(2025, 7, 15, 14, 0),
        dt.datetime(2025, 8, 19, 14, 0),
        dt.datetime(2025, 9, 16, 14, 0),
    ]
    _schedule(qtbot, dialog, "coordination_ad_hoc", dt.date(2025, 7, 20))
    assert not dialog.seriesButton.isVisible()


def test_a_saved_meeting_shows_its_date_as_typed_and_a_new_one_starts_clean(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The date comes back in 和暦 like every other date field; the last message is cleared."""
    dialog = _open(qtbot, main_window)
    _schedule(qtbot, dialog, "coordination_ad_hoc", dt.date(2026, 12, 15))
    assert dialog.dateEdit.text() == "令和8年12月15日"
    assert dialog.messageLabel.text()  # 会議を保存しました。
    dialog.new_meeting()
    assert dialog.messageLabel.text() == ""
    assert dialog.dateEdit.text() == ""
