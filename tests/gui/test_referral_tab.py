"""The 同行支援・引継ぎ tab: consent, the consent gate, referrals, status, closure, slip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentMethod,
    ConsentStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    SharedInfo,
    label,
)
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.consent_dialog import ConsentDialog, ConsentHistoryDialog
from welfaredesk.gui.pdf_preview import PdfPreviewDialog
from welfaredesk.gui.referral_tab import ReferralDialog, ReferralTab, StatusDialog
from welfaredesk.services.consents import ConsentInput
from welfaredesk.services.dto import Principal
from welfaredesk.services.referrals import ReferralInput, StatusChange
from welfaredesk.storage.orm import Agency, AuditEvent, Case, Person, Referral

Ime = Callable[[QWidget, str], None]
Latin = Callable[..., list[str]]
HOUKATSU = "地域包括支援センター(小金井市)"
HIKIKOMORI = "ひきこもり支援窓口(小金井市)"
STAFF_NAMES = ("sato", "suzuki", "admin")


def agency_id(ctx: AppContext, name: str) -> int:
    with ctx.db.read() as s:
        found = s.scalar(select(Agency.id).where(Agency.name == name))
    assert found is not None, name
    return found


def referral_count(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(Referral)) or 0


def give_consent(ctx: AppContext, principal: Principal, case_id: int) -> None:
    with ctx.db.read() as s:
        version = s.get_one(Case, case_id).version
    ctx.consents.record(
        principal,
        case_id,
        ConsentInput(
            case_version=version,
            status=ConsentStatus.GIVEN,
            recorded_on="2025-06-02",
            method=ConsentMethod.SIGNATURE,
            agency_ids=(agency_id(ctx, HOUKATSU),),
            info_items=tuple(SharedInfo),
        ),
    )


def make_referral(ctx: AppContext, principal: Principal, case_id: int, **overrides: Any) -> int:
    values: dict[str, Any] = {
        "agency_id": agency_id(ctx, HOUKATSU),
        "referred_on": "2025-06-10",
        "method": ReferralMethod.PHONE,
        "purpose": "介護保険の申請の相談のため。",
        "shared_items": (SharedInfo.CONTACT, SharedInfo.HEALTH),
        "confirmation_due_on": "2025-06-20",
    }
    values.update(overrides)
    return ctx.referrals.save(principal, case_id, ReferralInput(**values)).id


@pytest.fixture
def case_id(supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """A case of 山田 花子 with issues both agencies of the test handle."""
    return case_factory(supervisor, issue_codes=("dementia", "hikikomori"))


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
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = view.referral_tab
    assert tab is not None
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.load()
    view.ui.stageTabs.setCurrentIndex(3)
    return view


def tab_of(view: CaseView) -> ReferralTab:
    assert view.referral_tab is not None
    return view.referral_tab


def open_dialog(qtbot: QtBot, tab: ReferralTab, button: QAbstractButton) -> Any:
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(tab.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return opened.args[0]


def closed(dialog: QWidget) -> bool:
    """Whether a dialog was closed (dialogs of the tab delete themselves on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def save_and_reload(qtbot: QtBot, view: CaseView, button: QAbstractButton) -> None:
    """Click a dialog's save button and wait until the case and the tab are reloaded."""
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


def change_status(
    qtbot: QtBot, view: CaseView, status: ReferralStatus, offered: list[ReferralStatus]
) -> StatusDialog:
    tab = tab_of(view)
    dialog = open_dialog(qtbot, tab, tab.statusButton)
    assert isinstance(dialog, StatusDialog)
    assert dialog.offered() == offered
    dialog.choose(status)
    return dialog


def test_consent_gate_referral_status_and_closure(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_id: int,
    ime: Ime,
    latin: Latin,
) -> None:
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.consentStatusValue.text() == "未確認"
    assert tab.table.rowCount() == 0
    assert "まだ記録されていません" in tab.detailBrowser.toPlainText()
    assert not tab.printButton.isEnabled()
    assert not view.overdueBadge.isVisible()

    # (a) Record the consent: 地域包括支援センター, contact, issues and health.
    dialog = open_dialog(qtbot, tab, tab.consentButton)
    assert isinstance(dialog, ConsentDialog)
    assert dialog.statusCombo.currentText() == "同意あり"
    ime(dialog.agencyFilterEdit, "地域包括")
    item = dialog.agency_item(HOUKATSU)
    assert not item.isHidden()
    assert dialog.agency_item(HIKIKOMORI).isHidden()
    item.setCheckState(Qt.CheckState.Checked)
    for kind in (SharedInfo.CONTACT, SharedInfo.ISSUES, SharedInfo.HEALTH):
        dialog.infoChecks[kind].setChecked(True)
    ime(dialog.notesEdit, "署名をもらった。")
    # Without the method it is refused, naming the field; nothing is lost.
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith("同意の方法：")
    assert dialog.isVisible()
    assert dialog.methodCombo.hasFocus()
    assert dialog.agency_ids() == [agency_id(ctx, HOUKATSU)]
    assert dialog.notesEdit.toPlainText() == "署名をもらった。"
    no_english(latin, visible_texts(dialog))
    choose(dialog.methodCombo, str(ConsentMethod.SIGNATURE))
    save_and_reload(qtbot, view, dialog.saveButton)
    assert closed(dialog)
    assert tab.consentStatusValue.text().startswith("同意あり")
    assert "署名" in tab.consentStatusValue.text()
    assert tab.consentAgenciesValue.text() == HOUKATSU
    assert tab.consentInfoValue.text() == "住所・電話番号、課題の状況、心身の状況"
    assert view.ui.consentValue.text() == "同意あり"
    assert tab.messageLabel.text() == "本人同意を記録しました。"
    # The earlier consents can be looked at.
    history = open_dialog(qtbot, tab, tab.consentHistoryButton)
    assert isinstance(history, ConsentHistoryDialog)
    assert HOUKATSU in history.browser.toPlainText()
    assert "署名をもらった。" in history.browser.toPlainText()
    no_english(latin, [*visible_texts(history), history.browser.toPlainText()])
    history.close()

    # (b) A referral to an agency outside the consent is refused with the reason.
    dialog = open_dialog(qtbot, tab, tab.newButton)
    assert isinstance(dialog, ReferralDialog)
    assert dialog.issueCombo.currentText() == "このケースの課題"
    names = [dialog.agencyTable.item(r, 1).text() for r in range(dialog.agencyTable.rowCount())]
    assert names[0] == HOUKATSU  # consented first
    assert HIKIKOMORI in names
    assert dialog.agencyTable.item(0, 0).text() == "同意あり"
    assert dialog.agencyTable.item(names.index(HIKIKOMORI), 0).text() == ""
    outside = dialog.infoChecks[SharedInfo.FINANCES]
    assert outside.text() == "経済状況・債務（同意の範囲外）"
    assert dialog.infoChecks[SharedInfo.CONTACT].text() == "住所・電話番号"
    assert dialog.staff_ids() == (supervisor.user_id,)
    # The search box finds it too.
    with qtbot.waitSignal(dialog.destinations_loaded, timeout=10_000):
        ime(dialog.searchEdit, "ひきこもり")
    found = [dialog.agencyTable.item(r, 1).text() for r in range(dialog.agencyTable.rowCount())]
    assert HIKIKOMORI in found
    assert HOUKATSU not in found
    dialog.choose_agency(HIKIKOMORI)
    assert "同意の範囲に含まれていません" in dialog.chosenLabel.text()
    ime(dialog.purposeEdit, "長男のひきこもりの相談のため。")
    ime(dialog.handedOverEdit, "これまでの相談の経過")
    dialog.infoChecks[SharedInfo.CONTACT].setChecked(True)
    ime(dialog.receivedByEdit, "田中 相談員")
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    message = refused.args[0]
    assert message.startswith("つなぎ先：本人の同意の範囲に「ひきこもり支援窓口(小金井市)」")
    assert "つなぐことができません" in message
    assert dialog.messageLabel.text() == message
    assert dialog.messageLabel.isVisible()
    assert dialog.agencyTable.hasFocus()
    assert dialog.agencyTable.property("invalid")
    assert referral_count(ctx) == 0
    assert dialog.isVisible()
    assert dialog.purposeEdit.toPlainText() == "長男のひきこもりの相談のため。"
    assert dialog.handedOverEdit.toPlainText() == "これまでの相談の経過"
    assert dialog.receivedByEdit.text() == "田中 相談員"
    assert dialog.infoChecks[SharedInfo.CONTACT].isChecked()
    no_english(latin, visible_texts(dialog))

    # (c) The same form, now to the consented agency, accompanied by the user.
    dialog.searchEdit.clear()
    with qtbot.waitSignal(dialog.destinations_loaded, timeout=10_000):
        ime(dialog.searchEdit, "地域包括")
    dialog.choose_agency(HOUKATSU)
    assert "同意の範囲" not in dialog.chosenLabel.text()
    assert dialog.methodCombo.currentText() == "同行"
    save_and_reload(qtbot, view, dialog.saveButton)
    assert referral_count(ctx) == 1
    assert tab.table.rowCount() == 1
    row = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert row[1] == HOUKATSU
    assert row[2] == "同行"
    assert row[3] == "予定"
    assert row[4].startswith("令和")
    detail = tab.detailBrowser.toPlainText()
    assert "長男のひきこもりの相談のため。" in detail
    assert supervisor.display_name in detail
    assert "田中 相談員" in detail
    assert tab.printButton.isEnabled()
    assert tab.editButton.isEnabled()
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["予定日", "つなぎ先", "方法", "状況", "確認予定日", "確認日"]

    # (f) Only the statuses the flow allows are offered.
    dialog = change_status(
        qtbot,
        view,
        ReferralStatus.DONE,
        [ReferralStatus.DONE, ReferralStatus.ON_HOLD, ReferralStatus.DECLINED],
    )
    assert dialog.dateLabel.text() == "実施日(&D)"
    assert dialog.confirmEdit.isVisible()
    assert not dialog.closeCheck.isVisible()
    dialog.choose(ReferralStatus.ON_HOLD)
    assert dialog.reasonEdit.isVisible()
    assert dialog.dateLabel.text() == "日付(&D)"
    dialog.choose(ReferralStatus.DONE)
    no_english(latin, visible_texts(dialog))
    save_and_reload(qtbot, view, dialog.saveButton)
    assert tab.table.item(0, 3).text() == "実施"
    assert not tab.editButton.isEnabled()

    # (d) 引継ぎ完了 with the outcome closes the case (a supervisor may approve it).
    dialog = change_status(
        qtbot,
        view,
        ReferralStatus.HANDED_OVER,
        [
            ReferralStatus.HANDED_OVER,
            ReferralStatus.REJECTED,
            ReferralStatus.ON_HOLD,
            ReferralStatus.DECLINED,
        ],
    )
    assert dialog.dateLabel.text() == "確認日(&D)"
    assert dialog.closeCheck.isChecked()
    assert dialog.closeCheck.text() == "このケースを終結する（他機関への引継ぎ）(&C)"
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith("確認した結果：")
    assert dialog.outcomeEdit.hasFocus()
    ime(dialog.outcomeEdit, "介護保険の申請を受け付けてもらった。")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert view.ui.stageValue.text() == label(CaseStage.CLOSED) == "終結"
    assert tab.table.item(0, 3).text() == "引継ぎ完了"
    assert "このケースを終結しました" in tab.messageLabel.text()
    assert tab.closedLabel.isVisible()
    assert "終結（他機関への引継ぎ：地域包括支援センター(小金井市)）" in tab.closureLabel.text()
    # A closed case: everything that changes data is disabled; viewing and printing work.
    for button in (tab.newButton, tab.editButton, tab.statusButton, tab.consentButton):
        assert not button.isEnabled(), button.objectName()
    assert tab.printButton.isEnabled()
    assert tab.consentHistoryButton.isEnabled()

    # No English on the tab.
    texts = visible_texts(tab)
    texts.extend(tab.table.item(0, c).text() for c in range(6))
    texts.append(tab.detailBrowser.toPlainText())
    no_english(latin, texts)


def test_a_counselors_handover_waits_and_a_supervisor_approves_from_the_banner(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
    latin: Latin,
) -> None:
    case_id = case_factory(counselor, issue_codes=("dementia",))
    give_consent(ctx, counselor, case_id)
    referral_id = make_referral(ctx, counselor, case_id, confirmation_due_on="")
    view_ = ctx.referrals.get(counselor, referral_id)
    ctx.referrals.change_status(
        counselor,
        referral_id,
        StatusChange(status=ReferralStatus.DONE, version=view_.version, on="2025-06-10"),
    )

    view = open_view(qtbot, ctx, counselor, case_id)
    tab = tab_of(view)
    dialog = change_status(
        qtbot,
        view,
        ReferralStatus.HANDED_OVER,
        [
            ReferralStatus.HANDED_OVER,
            ReferralStatus.REJECTED,
            ReferralStatus.ON_HOLD,
            ReferralStatus.DECLINED,
        ],
    )
    ime(dialog.outcomeEdit, "支援が始まったことを電話で確認した。")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert view.ui.stageValue.text() != "終結"
    assert "承認待ち" in tab.messageLabel.text()
    assert tab.closureBanner.isVisible()
    assert tab.closureLabel.text().startswith(
        "終結（他機関への引継ぎ：地域包括支援センター(小金井市)）は主任相談支援員の承認待ちです。"
    )
    assert not tab.approveButton.isVisible()  # a counselor may not approve
    assert not tab.sendBackButton.isVisible()
    no_english(latin, visible_texts(tab))
    view.close()

    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.closureBanner.isVisible()
    assert tab.approveButton.isVisible()
    assert tab.sendBackButton.isVisible()
    assert tab.approveButton.text() == "承認(&A)"
    save_and_reload(qtbot, view, tab.approveButton)
    assert view.ui.stageValue.text() == "終結"
    assert not tab.approveButton.isVisible()
    assert "終結を承認しました" in tab.messageLabel.text()


def test_a_supervisor_sends_a_closure_back_with_a_reason(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    case_id = case_factory(counselor)
    give_consent(ctx, counselor, case_id)
    referral_id = make_referral(ctx, counselor, case_id, confirmation_due_on="")
    for status, values in (
        (ReferralStatus.DONE, {"on": "2025-06-10"}),
        (ReferralStatus.HANDED_OVER, {"on": "2025-06-12", "outcome": "受理された。"}),
    ):
        version = ctx.referrals.get(counselor, referral_id).version
        ctx.referrals.change_status(
            counselor, referral_id, StatusChange(status=status, version=version, **values)
        )
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    dialog = open_dialog(qtbot, tab, tab.sendBackButton)
    # The caption sits right above the reason (no empty band left by a fixed size).
    caption = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.reasonEdit)
    gap = dialog.reasonEdit.geometry().top() - caption.geometry().bottom()
    assert gap < 20
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith("差し戻しの理由：")
    ime(dialog.reasonEdit, "本人への説明の記録がありません。")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert view.ui.stageValue.text() != "終結"
    assert tab.closureLabel.text() == (
        "終結（他機関への引継ぎ：地域包括支援センター(小金井市)）は差し戻されました。"
        "理由：本人への説明の記録がありません。"
    )
    assert not tab.approveButton.isVisible()


def test_print_opens_the_preview_and_is_audited(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    give_consent(ctx, supervisor, case_id)
    make_referral(ctx, supervisor, case_id, confirmation_due_on="")
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert tab.printButton.text() == "つなぎシートを印刷(&P)"
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(tab.printButton, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() >= 1
    assert "つなぎシート" in dialog.windowTitle()
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
        assert event.entity == "referral"
        assert event.detail["form"] == "referral_slip"
    dialog.close()
    # Ctrl+P while the tab is shown prints too.
    with qtbot.waitSignal(tab.preview_opened, timeout=15_000) as opened:
        tab.print_shortcut.activated.emit()
    opened.args[0].close()


def test_an_overdue_confirmation_is_highlighted_and_badged(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, latin: Latin
) -> None:
    give_consent(ctx, supervisor, case_id)
    make_referral(ctx, supervisor, case_id)  # confirm by 2025-06-20, long past
    make_referral(
        ctx,
        supervisor,
        case_id,
        referred_on=(dt.date.today()).isoformat(),
        confirmation_due_on="",
    )
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    assert view.overdueBadge.isVisible()
    assert view.overdueBadge.text() == "つなぎ確認 期限超過 1件"
    assert tab.overdueLabel.isVisible()
    assert "確認期限を過ぎたつなぎが1件あります" in tab.overdueLabel.text()
    assert tab.table.rowCount() == 2
    assert tab.table.item(1, 4).text() == "令和7年6月20日 確認期限超過"
    assert "確認期限超過" not in tab.table.item(0, 4).text()
    tab.table.selectRow(1)
    assert "確認期限超過" in tab.detailBrowser.toPlainText()
    no_english(latin, [view.overdueBadge.text(), view.overdueBadge.toolTip()])


def test_the_overdue_badge_shows_before_the_referral_tab_is_built(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int
) -> None:
    """The stage tabs are built when first shown; the header's badge does not wait for it."""
    give_consent(ctx, supervisor, case_id)
    make_referral(ctx, supervisor, case_id)  # confirm by 2025-06-20, long past
    view = CaseView(
        ctx.cases,
        supervisor,
        case_id,
        assessments=ctx.assessments,
        reference=ctx.reference,
        referrals=ctx.referrals,
        consents=ctx.consents,
        closures=ctx.closures,
        agencies=ctx.agencies,
        load_now=True,
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.overdueBadge.isVisible, timeout=10_000)
    assert view.overdueBadge.text() == "つなぎ確認 期限超過 1件"
    assert view.ui.referralLayout.count() == 1  # the tab's screen is still not built


def test_a_planned_referral_can_be_edited(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    give_consent(ctx, supervisor, case_id)
    make_referral(ctx, supervisor, case_id)
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    dialog = open_dialog(qtbot, tab, tab.editButton)
    assert isinstance(dialog, ReferralDialog)
    assert dialog.windowTitle() == "つなぎの内容を変更"
    assert dialog.purposeEdit.toPlainText() == "介護保険の申請の相談のため。"
    assert dialog.chosen is not None
    assert dialog.chosen.name == HOUKATSU
    assert dialog.methodCombo.currentText() == "電話でつなぐ"
    assert not dialog.staffList.isEnabled()
    ime(dialog.receivedByEdit, "山本 保健師")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert referral_count(ctx) == 1
    assert "山本 保健師" in tab.detailBrowser.toPlainText()


def test_a_handover_leaves_the_case_open_while_other_referrals_are_open(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_id: int, ime: Ime
) -> None:
    give_consent(ctx, supervisor, case_id)
    make_referral(ctx, supervisor, case_id, confirmation_due_on="")
    second = make_referral(ctx, supervisor, case_id, referred_on="2025-06-11")
    version = ctx.referrals.get(supervisor, second).version
    ctx.referrals.change_status(
        supervisor,
        second,
        StatusChange(status=ReferralStatus.DONE, version=version, on="2025-06-11"),
    )
    view = open_view(qtbot, ctx, supervisor, case_id)
    tab = tab_of(view)
    chosen = tab.selected_referral()
    assert chosen is not None
    assert chosen.id == second  # newest first
    dialog = change_status(
        qtbot,
        view,
        ReferralStatus.HANDED_OVER,
        [
            ReferralStatus.HANDED_OVER,
            ReferralStatus.REJECTED,
            ReferralStatus.ON_HOLD,
            ReferralStatus.DECLINED,
        ],
    )
    ime(dialog.outcomeEdit, "受理された。")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert view.ui.stageValue.text() != "終結"
    message = tab.messageLabel.text()
    assert "次の理由で、ケースは終結していません" in message
    assert f"・{HOUKATSU}へのつなぎが「予定」です。" in message
    assert not tab.closureBanner.isVisible()


def test_users_who_may_not_edit_get_no_buttons_that_change_data(
    qtbot: QtBot, ctx: AppContext, new_user: Callable[..., Principal], case_id: int
) -> None:
    secretariat = new_user("ito", Role.SECRETARIAT)
    tab = ReferralTab(
        secretariat,
        case_id,
        referrals=ctx.referrals,
        consents=ctx.consents,
        closures=ctx.closures,
        agencies=ctx.agencies,
        reference=ctx.reference,
    )
    qtbot.addWidget(tab)
    tab.show()
    for button in (tab.newButton, tab.editButton, tab.statusButton, tab.consentButton):
        assert button.isHidden(), button.objectName()
    assert not tab.printButton.isHidden()
    tab.new_referral()
    tab.record_consent()
    tab.change_status()


def test_a_household_member_is_referred_from_the_clients_case(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    """8050: the son is the client; his mother is the one taken to the 地域包括支援センター."""
    from welfaredesk.services.intake import MemberInput

    son_case = case_factory(
        supervisor,
        family_name="山田",
        given_name="一郎",
        family_kana="ヤマダ",
        given_kana="イチロウ",
        members=(
            MemberInput(
                relation_code="mother",
                family_name="山田",
                given_name="ハル",
                family_kana="ヤマダ",
                given_kana="ハル",
            ),
        ),
    )
    give_consent(ctx, supervisor, son_case)
    view = open_view(qtbot, ctx, supervisor, son_case)
    tab = tab_of(view)
    dialog = open_dialog(qtbot, tab, tab.newButton)
    assert isinstance(dialog, ReferralDialog)
    people = [dialog.personCombo.itemText(i) for i in range(dialog.personCombo.count())]
    assert people[0].startswith("山田\u3000一郎")  # the client comes first
    assert dialog.personCombo.currentData() is None
    mother = dialog.personCombo.findText("山田\u3000ハル（母）")
    assert mother > 0
    dialog.personCombo.setCurrentIndex(mother)
    dialog.choose_agency(HOUKATSU)
    ime(dialog.purposeEdit, "母の介護保険の申請のため。")
    save_and_reload(qtbot, view, dialog.saveButton)
    assert "（山田\u3000ハル（母））" in tab.table.item(0, 1).text()
    assert "ハル（母）" in tab.detailBrowser.toPlainText()


def test_handing_over_a_household_member_does_not_offer_to_close_by_default(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    from welfaredesk.services.intake import MemberInput

    son_case = case_factory(
        supervisor,
        family_name="山田",
        given_name="一郎",
        family_kana="ヤマダ",
        given_kana="イチロウ",
        members=(MemberInput(relation_code="mother", family_name="山田", given_name="ハル"),),
    )
    with ctx.db.read() as s:
        mother = s.scalars(select(Person.id).where(Person.given_name == "ハル")).one()
    give_consent(ctx, supervisor, son_case)
    referral_id = make_referral(ctx, supervisor, son_case, person_id=mother)
    view = ctx.referrals.get(supervisor, referral_id)
    ctx.referrals.change_status(
        supervisor,
        referral_id,
        StatusChange(ReferralStatus.DONE, view.version),
    )
    case_view = open_view(qtbot, ctx, supervisor, son_case)
    tab = tab_of(case_view)
    dialog = open_dialog(qtbot, tab, tab.statusButton)
    assert isinstance(dialog, StatusDialog)
    dialog.choose(ReferralStatus.HANDED_OVER)
    assert not dialog.closeCheck.isChecked()
