"""A day at the desk (issue 12): a supervisor's morning, through the widgets only.

What earlier days left is arranged with the services: two counselors with open cases, one of
them overdue (its 次回の確認予定日 has passed), a progress note waiting for confirmation since
an earlier day, and a closure requested for a reason the desk's setting sends for approval.
Then the supervisor (主任相談支援員), by clicks and the keyboard only: 今日の仕事 lists the
waiting note as overdue; the case list's 期限超過 view shows the overdue case; 担当者の変更
gives it to the other counselor; 承認・確認待ち approves the closure, which closes the case;
統計・実績報告 counts the fiscal year and exports it as CSV and Excel. The exported files are
read back, and the audit trail of the morning is checked: the reassignment, the approval and
the exports are there, and no detail carries a name or typed text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.e2e.widgets import click_row, click_tab
from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, Role
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.models.case_table_model import COL_NAME
from welfaredesk.gui.reassign_dialog import ReassignDialog
from welfaredesk.gui.report_dialog import ReportDialog
from welfaredesk.services.audit import verify_chain
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.orm import AuditEvent, Case, Closure

TIMEOUT = 15_000
FISCAL_YEAR = 2025  # the cases below were received in 令和7年度

# Obviously fictitious people; the morning's audit details must name none of them.
OVERDUE = ("架空", "一郎", "かくう", "いちろう")
CLOSING = ("仮名", "花子", "かめい", "はなこ")
OTHERS = (("見本", "次郎"), ("試験", "三郎"), ("例示", "四郎"))
CLOSURE_SUMMARY = "本人が支援の終了を希望した。"
NOTE_BODY = "長男と面談し、家計の状況を確認した。"
NAMES = (*OVERDUE, *CLOSING, *(part for name in OTHERS for part in name))
SECRETS = (
    *NAMES,
    "希望",
    "面談",
    "家計",
)


def _case(
    factory: Callable[..., int], owner: Principal, names: tuple[str, ...], day: int, **extra: object
) -> int:
    family, given = names[0], names[1]
    kana = {"family_kana": names[2], "given_kana": names[3]} if len(names) > 2 else {}
    return factory(
        owner,
        family_name=family,
        given_name=given,
        received_at=dt.datetime(2025, 6, day, 10, 0),
        **kana,
        **extra,
    )


def _version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def _list_names(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(r, COL_NAME))) for r in range(model.rowCount())]


def test_a_supervisors_morning(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    # --- what earlier days left (arranged with the services) ------------------------------
    other_counselor = new_user("kato", Role.COUNSELOR)
    overdue_id = _case(case_factory, counselor, OVERDUE, 2)
    closing_id = _case(case_factory, counselor, CLOSING, 3)
    _case(case_factory, counselor, OTHERS[0], 4)
    _case(case_factory, other_counselor, OTHERS[1], 5)
    _case(case_factory, other_counselor, OTHERS[2], 6, channel_code="phone")
    # The check planned for last week was not made. (On a real desk the monitoring schedule of
    # a decided plan sets this date; building a plan here would only slow the scenario.)
    with ctx.db.write() as s:
        s.get_one(Case, overdue_id).next_due_on = dt.date.today() - dt.timedelta(days=7)
    ctx.notes.save(
        counselor,
        overdue_id,
        NoteInput(
            noted_on="2025-07-01",
            noted_time="10:30",
            method_code="interview",
            body=NOTE_BODY,
            minutes=30,
            funding_programme_code="comprehensive_consultation",
            needs_acknowledgement=True,
        ),
        now=dt.datetime(2025, 7, 1, 17, 0),
    )
    ctx.closures.request(  # 本人の希望による終結: the desk's setting sends it for approval
        counselor,
        closing_id,
        ClosureInput("client_request", "令和7年7月1日", CLOSURE_SUMMARY),
        _version(ctx, closing_id),
        today=dt.date(2025, 7, 10),
    )
    with ctx.db.read() as s:
        first_event = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0
        assert s.get_one(Case, closing_id).stage != CaseStage.CLOSED

    # --- the supervisor's main window -----------------------------------------------------
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cases_loaded, timeout=TIMEOUT):
        window.resize(1280, 800)
        window.show()
    qtbot.waitExposed(window)

    # 今日の仕事: the note waiting for confirmation since an earlier day is overdue
    tasks = window.tasks_tab
    assert tasks is not None
    with qtbot.waitSignal(tasks.loaded, timeout=TIMEOUT):
        click_tab(qtbot, window, tasks)
    groups = [tasks.tree.topLevelItem(i).text(0) for i in range(tasks.tree.topLevelItemCount())]
    assert groups[0] == "期限超過（1件）", groups
    overdue_task = tasks.task_items()[0]
    assert overdue_task.text(2).startswith("R"), overdue_task.text(2)
    assert overdue_task.text(3) == f"{OVERDUE[0]}\u3000{OVERDUE[1]}"
    assert "確認する" in overdue_task.text(4)

    # the case list's 期限超過 view: only the overdue case
    click_tab(qtbot, window, window.ui.mainTabs.widget(0))
    combo = window.list_tools.bar.view_combo
    qtbot.waitUntil(lambda: combo.findData("overdue") >= 0, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: any(
            c.key == str(other_counselor.user_id)
            for c in (
                window.list_tools.choices.lead_candidates if window.list_tools.choices else ()
            )
        ),
        timeout=TIMEOUT,
    )
    with qtbot.waitSignal(window.cases_loaded, timeout=TIMEOUT):
        index = combo.findData("overdue")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # what choosing an item with the mouse sends
    assert combo.currentText() == "期限超過"
    assert _list_names(window) == [f"{OVERDUE[0]}\u3000{OVERDUE[1]}"]

    # 担当者の変更: the overdue case goes to the other counselor
    click_row(qtbot, window.ui.caseTable, 0)
    assert window.selected_case_ids() == [overdue_id]
    with qtbot.waitSignal(window.list_tools.reassign_opened, timeout=5_000) as opened:
        qtbot.mouseClick(window.list_tools.bar.reassign_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ReassignDialog)
    lead = dialog.lead_combo
    lead.setFocus()
    target = lead.findData(other_counselor.user_id)
    assert target > 0
    while lead.currentIndex() != target:  # the arrow keys walk the staff list
        qtbot.keyClick(lead, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.cases_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert not dialog.isVisible()
    with ctx.db.read() as s:
        assert s.get_one(Case, overdue_id).lead_worker_id == other_counselor.user_id

    # 承認・確認待ち: approve the requested closure; the case closes
    approvals = window.approvals_tab
    assert approvals is not None
    with qtbot.waitSignal(approvals.loaded, timeout=TIMEOUT):
        click_tab(qtbot, window, approvals)
    qtbot.waitUntil(lambda: approvals.closureTable.rowCount() == 1, timeout=TIMEOUT)
    assert approvals.closureBox.title() == "終結の承認（1件）"
    click_row(qtbot, approvals.closureTable, 0)
    assert approvals.selected_closure() is not None
    with qtbot.waitSignal(approvals.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(approvals.approveButton, Qt.MouseButton.LeftButton)
    assert approvals.closureBox.title() == "終結の承認（0件）"
    assert "承認しました" in approvals.messageLabel.text()
    with ctx.db.read() as s:
        assert CaseStage(s.get_one(Case, closing_id).stage) is CaseStage.CLOSED
        closure = s.scalars(select(Closure).where(Closure.case_id == closing_id)).one()
        assert closure.status == "approved"
        assert closure.approved_by_id == supervisor.user_id

    # 統計・実績報告: count the fiscal year and export it
    with qtbot.waitSignal(window.report_opened, timeout=5_000) as opened:
        window.reportAction.trigger()
    report = opened.args[0]
    assert isinstance(report, ReportDialog)
    qtbot.waitExposed(report)
    year = report.yearCombo
    year.setFocus()
    while year.currentData() != FISCAL_YEAR:  # newest first: Down walks back in time
        qtbot.keyClick(year, Qt.Key.Key_Down)
    assert year.currentText() == "令和7年度(2025年度)"
    with qtbot.waitSignal(report.report_ready, timeout=TIMEOUT):
        qtbot.mouseClick(report.runButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not report.busy, timeout=TIMEOUT)

    asked: list[str] = []

    def chooser(_parent: QWidget, kind: str, suggested: str) -> str:
        asked.append(kind)
        return str(tmp_path / f"統計.{kind}")

    report.save_path_chooser = chooser
    with qtbot.waitSignal(report.exported, timeout=TIMEOUT):
        qtbot.mouseClick(report.csvButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not report.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(report.exported, timeout=TIMEOUT):
        qtbot.mouseClick(report.xlsxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not report.busy, timeout=TIMEOUT)
    assert asked == ["csv", "xlsx"]

    csv_text = (tmp_path / "統計.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(csv_text)))
    by_channel = _csv_table(rows, "相談経路別の新規相談件数")
    assert (by_channel["来所"], by_channel["電話"], by_channel["合計"]) == (
        ["4", "0"],
        ["1", "0"],
        ["5", "0"],
    ), by_channel
    closures = _csv_table(rows, "終結理由別の終結件数")
    assert (closures["本人の希望"], closures["合計"]) == (["1", "0"], ["1", "0"]), closures
    # the year-end caseload counts each case under its lead worker as of this morning
    caseload = _csv_table(rows, "職員別の担当件数（期間末に継続中のケース）")
    assert caseload == {"kato 職員": ["3", "0"], "suzuki 職員": ["1", "0"], "合計": ["4", "0"]}
    workbook = load_workbook(tmp_path / "統計.xlsx")
    sheet = {
        row[0]: row[1:] for row in workbook["相談経路別の新規相談件数"].iter_rows(values_only=True)
    }
    assert (sheet["来所"], sheet["電話"]) == ((4, 0), (1, 0)), sheet
    sheet = {
        row[0]: row[1:] for row in workbook["終結理由別の終結件数"].iter_rows(values_only=True)
    }
    assert sheet["本人の希望"] == (1, 0), sheet
    cells = [
        str(c) for ws in workbook.worksheets for r in ws.iter_rows(values_only=True) for c in r
    ]
    text = " ".join(cells) + csv_text
    assert not [name for name in NAMES if name in text]  # counts only, never a person

    # --- the audit trail of the morning ---------------------------------------------------
    with ctx.db.read() as s:
        events = list(
            s.scalars(select(AuditEvent).where(AuditEvent.id > first_event).order_by(AuditEvent.id))
        )
        assert verify_chain(s).ok
    mine = [(e.action, e.entity, e.entity_id, e.case_id, e.detail) for e in events]
    assert all(e.user_id == supervisor.user_id for e in events), mine
    reassigned = [
        m
        for m in mine
        if m[:2] == (AuditAction.UPDATE, "case") and "lead_worker_id" in m[4].get("fields", ())
    ]
    assert [m[3] for m in reassigned] == [overdue_id], mine
    assert reassigned[0][4]["fields"] == ["lead_worker_id"]
    assert reassigned[0][4]["from"] == counselor.user_id
    assert reassigned[0][4]["to"] == other_counselor.user_id
    approved = [m for m in mine if m[:2] == (AuditAction.UPDATE, "closure")]
    assert [(m[2], m[3], m[4]["status"]) for m in approved] == [
        (closure.id, closing_id, "approved")
    ], mine
    exported = [m[4]["format"] for m in mine if m[:2] == (AuditAction.EXPORT, "report")]
    assert exported == ["csv", "xlsx"], mine
    details = json.dumps([m[4] for m in mine], ensure_ascii=False)
    leaked = [secret for secret in SECRETS if secret in details]
    assert not leaked, (leaked, details)
    assert [(m[0], m[1]) for m in mine] == [
        (AuditAction.UPDATE, "case"),  # the lead worker changed
        (AuditAction.UPDATE, "closure"),  # approved
        (AuditAction.UPDATE, "case"),  # closed
        (AuditAction.VIEW, "report"),  # the statistics counted
        (AuditAction.EXPORT, "report"),
        (AuditAction.EXPORT, "report"),
    ], mine
    report.close()


def _csv_table(rows: list[list[str]], title: str) -> dict[str, list[str]]:
    """The CSV table titled ``■title``: its row label → its counts (this year, the year before)."""
    start = next(i for i, row in enumerate(rows) if row == [f"■{title}"])
    table: dict[str, list[str]] = {}
    for row in rows[start + 2 :]:  # after the title and the column headings
        if not row or not row[0] or row[0] == "注":
            break
        table[row[0]] = row[1:]
    return table
