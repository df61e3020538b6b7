"""The 終結 tab: closing, approval, sending back, reopening, the read-only case, the record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.closure_tab import ClosureTab, ReopenDialog
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.gui.referral_tab import SendBackDialog
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import Agency, AuditEvent, Case

Ime = Callable[[QWidget, str], None]
Latin = Callable[..., list[str]]
STAFF_NAMES = ("sato", "suzuki", "admin")


@pytest.fixture
def case_id(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    return case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))


def open_view(qtbot: QtBot, ctx: AppContext, principal: Principal, case_id: int) -> CaseView:
    view = CaseView(
        ctx.cases,
        principal,
        case_id,
        forms=ctx.forms,
        assessments=ctx.assessments,
        reference=ctx.reference,
        referrals=ctx.referrals,
        consents=ctx.consents,
        closures=ctx.closures,
        agencies=ctx.agencies,
        monitoring=ctx.monitoring,
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = tab_of(view)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentWidget(view.ui.closureTab)
    qtbot.waitUntil(lambda: tab.reasonCombo.count() > 1, timeout=10_000)
    return view


def tab_of(view: CaseView) -> ClosureTab:
    assert view.closure_tab is not None
    return view.closure_tab


def click_and_reload(qtbot: QtBot, view: CaseView, button: QAbstractButton) -> None:
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignals([view.loaded, tab_of(view).loaded], timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return texts


def no_english(latin: Latin, texts: list[str]) -> None:
    english = [w for t in texts for w in latin(t, also_allowed=STAFF_NAMES)]
    assert not english, english


def stage_of(ctx: AppContext, case_id: int) -> CaseStage:
    with ctx.db.read() as s:
        return CaseStage(s.get_one(Case, case_id).stage)


def close_as_independent(qtbot: QtBot, view: CaseView, ime: Ime) -> None:
    tab = tab_of(view)
    tab.choose_reason("independent")
    assert "自立" in tab.reasonHelp.text()
    assert not tab.destinationCombo.isVisible()
    tab.dateEdit.setText(dt.date.today().isoformat())
    ime(tab.summaryEdit, "就労が決まり、家計も安定したため支援を終えた。")
    click_and_reload(qtbot, view, tab.submitButton)


def test_a_supervisor_closes_the_case_as_independent_and_it_becomes_read_only(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime, latin: Latin
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.submitButton.text() == "終結する(&C)"
    assert not view.closedBadge.isVisible()
    no_english(latin, visible_texts(tab))
    close_as_independent(qtbot, view, ime)
    assert stage_of(ctx, case_id) is CaseStage.CLOSED
    qtbot.waitUntil(view.closedBadge.isVisible, timeout=10_000)
    assert view.closedBadge.text() == "終結（閲覧のみ）"
    qtbot.waitUntil(lambda: not tab.formBox.isVisible(), timeout=10_000)
    assert "自立" in tab.stateLabel.text()
    assert "閲覧のみ" in tab.stateLabel.text()
    assert tab.reopenButton.isVisible()
    assert tab.historyTable.rowCount() == 1
    # The other tabs refuse changes.
    assert view.referral_tab is not None
    qtbot.waitUntil(
        lambda: (
            view.referral_tab is not None
            and view.referral_tab.closedLabel.isVisibleTo(view.referral_tab)
        ),
        timeout=10_000,
    )
    assert not view.referral_tab.newButton.isEnabled()
    no_english(latin, [view.closedBadge.toolTip(), *visible_texts(tab)])


def test_a_handover_asks_for_the_destination(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime, latin: Latin
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    tab.choose_reason("handover")
    assert tab.destinationCombo.isVisible()
    assert tab.destinationCombo.count() > 0
    ime(tab.summaryEdit, "包括支援センターへ引き継いだ。")
    with qtbot.waitSignal(tab.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(tab.submitButton, Qt.MouseButton.LeftButton)
    assert "引継ぎ先" in failed.args[0]
    with ctx.db.read() as s:
        agency = s.scalar(select(Agency.id).where(Agency.name == "地域包括支援センター(小金井市)"))
    assert agency is not None
    tab.choose_destination(agency)
    click_and_reload(qtbot, view, tab.submitButton)
    assert stage_of(ctx, case_id) is CaseStage.CLOSED
    qtbot.waitUntil(lambda: "地域包括支援センター" in tab.stateLabel.text(), timeout=10_000)
    no_english(latin, visible_texts(tab))


def test_a_closed_case_is_reopened_with_a_reason(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime, latin: Latin
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    close_as_independent(qtbot, view, ime)
    qtbot.waitUntil(tab.reopenButton.isVisible, timeout=10_000)
    with qtbot.waitSignal(tab.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.reopenButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ReopenDialog)
    no_english(latin, visible_texts(dialog))
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert "再開の理由" in failed.args[0]
    ime(dialog.reasonEdit, "本人から再度の相談があった。")
    click_and_reload(qtbot, view, dialog.saveButton)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert stage_of(ctx, case_id) is CaseStage.ASSESSMENT
    qtbot.waitUntil(lambda: not view.closedBadge.isVisible(), timeout=10_000)
    qtbot.waitUntil(tab.formBox.isVisible, timeout=10_000)
    assert tab.historyTable.item(0, 2).text() == "再開"
    assert tab.historyTable.item(0, 5).text() == "本人から再度の相談があった。"
    assert "再開" in tab.messageLabel.text()


def test_a_counselors_request_waits_and_a_supervisor_approves_it(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    view = open_view(qtbot, ctx, counselor, case_id)
    tab = tab_of(view)
    assert tab.submitButton.text() == "終結を申請(&Q)"
    close_as_independent(qtbot, view, ime)
    assert stage_of(ctx, case_id) is not CaseStage.CLOSED
    qtbot.waitUntil(lambda: "承認待ち" in tab.stateLabel.text(), timeout=10_000)
    assert not tab.formBox.isVisible()
    assert not tab.approveButton.isVisible()
    assert not view.closedBadge.isVisible()
    no_english(latin, visible_texts(tab))

    chief = open_view(qtbot, ctx, supervisor, case_id)
    chief_tab = tab_of(chief)
    qtbot.waitUntil(chief_tab.approveButton.isVisible, timeout=10_000)
    assert chief_tab.sendBackButton.isVisible()
    no_english(latin, visible_texts(chief_tab))
    click_and_reload(qtbot, chief, chief_tab.approveButton)
    assert stage_of(ctx, case_id) is CaseStage.CLOSED
    qtbot.waitUntil(chief.closedBadge.isVisible, timeout=10_000)
    assert chief.closedBadge.text() == "終結（閲覧のみ）"


def test_a_supervisor_sends_a_request_back(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(counselor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    view = open_view(qtbot, ctx, counselor, case_id)
    close_as_independent(qtbot, view, ime)
    chief = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(chief)
    qtbot.waitUntil(tab.sendBackButton.isVisible, timeout=10_000)
    with qtbot.waitSignal(tab.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(tab.sendBackButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, SendBackDialog)
    ime(dialog.reasonEdit, "息子さんの支援が残っている。")
    click_and_reload(qtbot, chief, dialog.saveButton)
    qtbot.waitUntil(lambda: "差し戻" in tab.stateLabel.text(), timeout=10_000)
    assert "息子さん" in tab.stateLabel.text()
    assert tab.formBox.isVisible()
    assert stage_of(ctx, case_id) is not CaseStage.CLOSED


def test_the_closure_record_is_previewed_and_audited(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert not tab.printButton.isEnabled()
    close_as_independent(qtbot, view, ime)
    qtbot.waitUntil(tab.printButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() >= 1
    assert "終結記録票" in dialog.windowTitle()
    with ctx.db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == AuditAction.PRINT, AuditEvent.entity == "closure"
            )
        ).one()
    assert event.detail["form"] == "closure_record"
    dialog.close()
