"""The intake dialog: keyboard entry, search before create, validation, drafts, language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.conftest import type_in_cell, type_text
from welfaredesk.app import AppContext
from welfaredesk.gui.intake_dialog import FORM, IntakeDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import IntakeResult
from welfaredesk.storage.orm import Case, Consent, Consultation

Ime = Callable[[QWidget, str], None]
_WAREKI_SHORT = re.compile(r"[MTSHR]\d+\.\d+\.\d+")


def _open(qtbot: QtBot, ctx: AppContext, principal: Principal) -> IntakeDialog:
    dialog = IntakeDialog(ctx, principal)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.resize(1280, 800)
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _tab(qtbot: QtBot, dialog: IntakeDialog) -> QWidget:
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    after = dialog.focusWidget()
    assert after is not None
    return after


def _fill_required(dialog: IntakeDialog, ime: Ime, family_kana: str = "さとう") -> None:
    ui = dialog.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("visit"))
    ime(ui.familyNameEdit, "佐藤")
    ime(ui.givenNameEdit, "一郎")
    ime(ui.familyKanaEdit, family_kana)
    ime(ui.givenKanaEdit, "いちろう")
    ime(ui.concernEdit, "家賃を滞納している。")


def test_fill_by_keyboard_and_save(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """Ctrl+N opens the dialog; Tab walks the form in order; saving opens a new case."""
    before = ctx.cases.count(supervisor)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(main_window.intake_opened, timeout=5000) as opened:
        qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitSignal(dialog.ready, timeout=10_000).wait()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    ui = dialog.ui
    ui.receivedOnEdit.setFocus()
    assert re.fullmatch(r"R\d+\.\d+\.\d+", ui.receivedOnEdit.text())

    assert _tab(qtbot, dialog) is ui.receivedTimeEdit
    assert _tab(qtbot, dialog) is ui.channelCombo
    qtbot.keyClick(ui.channelCombo, Qt.Key.Key_Down)  # 来所
    assert _tab(qtbot, dialog) is ui.staffCombo
    assert ui.staffCombo.currentData() == supervisor.user_id  # the one typing, by default
    assert _tab(qtbot, dialog) is ui.consulterTypeCombo
    assert _tab(qtbot, dialog) is ui.referringAgencyCombo  # consulter fields are off for 本人
    qtbot.keyClick(ui.referringAgencyCombo, Qt.Key.Key_Down)
    agency_id = ui.referringAgencyCombo.currentData()
    assert isinstance(agency_id, int)
    assert _tab(qtbot, dialog) is ui.familyNameEdit
    ime(ui.familyNameEdit, "佐藤")
    # The client's block in reading order: 姓 名 性別 / ふりがな / 生年月日 電話 / 住所 圏域.
    assert _tab(qtbot, dialog) is ui.givenNameEdit
    ime(ui.givenNameEdit, "一郎")
    assert _tab(qtbot, dialog) is ui.sexCombo
    qtbot.keyClick(ui.sexCombo, Qt.Key.Key_Down)
    assert _tab(qtbot, dialog) is ui.familyKanaEdit
    ime(ui.familyKanaEdit, "さとう")
    assert _tab(qtbot, dialog) is ui.givenKanaEdit
    ime(ui.givenKanaEdit, "いちろう")
    assert _tab(qtbot, dialog) is ui.birthDateEdit
    qtbot.keyClicks(ui.birthDateEdit, "S50.1.20")
    assert ui.ageLabel.text().endswith("歳")
    assert _tab(qtbot, dialog) is ui.phoneEdit
    qtbot.keyClicks(ui.phoneEdit, "090-1234-5678")
    assert _tab(qtbot, dialog) is ui.addressEdit
    ime(ui.addressEdit, "中央区本町1-2-3")
    assert _tab(qtbot, dialog) is ui.areaCombo
    qtbot.keyClick(ui.areaCombo, Qt.Key.Key_Down)
    area_id = ui.areaCombo.currentData()
    assert isinstance(area_id, int)
    assert _tab(qtbot, dialog) is ui.memberTable
    assert _tab(qtbot, dialog) is ui.addMemberButton
    assert _tab(qtbot, dialog) is ui.removeMemberButton
    assert _tab(qtbot, dialog) is ui.concernEdit
    ime(ui.concernEdit, "失業して家賃を滞納している。")
    assert _tab(qtbot, dialog) is ui.issueTree
    qtbot.keyClick(ui.issueTree, Qt.Key.Key_Down)
    qtbot.keyClick(ui.issueTree, Qt.Key.Key_Space)
    assert len(dialog.values()["issue_codes"]) == 1
    assert ui.mostPressingCombo.currentData() == dialog.values()["issue_codes"][0]

    with (
        qtbot.waitSignal(dialog.saved, timeout=10_000) as saved,
        qtbot.waitSignal(main_window.case_opened, timeout=10_000),
    ):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    result = saved.args[0]
    assert isinstance(result, IntakeResult)
    assert result.new_case
    assert ctx.cases.count(supervisor) == before + 1
    assert ctx.drafts.load(supervisor, FORM, "") is None
    assert main_window.case_views()[-1].case_id == result.case_id
    with ctx.db.read() as s:
        slip = s.get_one(Consultation, result.consultation_id)
        case = s.get_one(Case, result.case_id)
        assert (slip.referring_agency_id, case.area_id) == (agency_id, area_id)


def test_duplicate_in_katakana_links_to_the_open_case(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    """A person stored in hiragana is suggested when typed in katakana; linking adds to the case."""
    case_id = case_factory(
        supervisor,
        family_name="佐藤",
        given_name="一郎",
        family_kana="さとう",
        given_kana="いちろう",
        birth_date=dt.date(1975, 1, 20),
    )
    before = ctx.cases.count(supervisor)
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("phone"))
    ime(ui.familyNameEdit, "佐藤")
    with qtbot.waitSignal(dialog.candidates_shown, timeout=10_000) as shown:
        ime(ui.familyKanaEdit, "サトウ")
        ime(ui.givenKanaEdit, "イチロウ")
    assert shown.args[0] >= 1
    first = ui.candidateList.item(0)
    assert first is not None
    assert "佐藤\u3000一郎" in first.text()
    assert "ふりがな一致" in first.text()
    assert not ui.linkButton.isEnabled()
    ui.candidateList.setCurrentRow(0)
    assert ui.linkButton.isEnabled()
    qtbot.mouseClick(ui.linkButton, Qt.MouseButton.LeftButton)
    assert ui.linkFrame.isVisible()
    assert ui.linkLabel.text().startswith("既存の人として登録します: 佐藤\u3000一郎")
    assert dialog.existing_person_id is not None
    ime(ui.concernEdit, "再度の相談。")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    result = saved.args[0]
    assert not result.new_case
    assert result.case_id == case_id
    assert ctx.cases.count(supervisor) == before


def test_unlink_registers_a_new_person_again(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    ime: Ime,
) -> None:
    """The banner's 解除 drops the chosen person; nothing was merged."""
    case_factory(supervisor, family_kana="さとう", given_kana="いちろう", family_name="佐藤")
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    with qtbot.waitSignal(dialog.candidates_shown, timeout=10_000):
        ime(ui.familyKanaEdit, "サトウ")
        ime(ui.givenKanaEdit, "イチロウ")
    ui.candidateList.setCurrentRow(0)
    dialog.link_selected()
    assert dialog.existing_person_id is not None
    qtbot.mouseClick(ui.unlinkButton, Qt.MouseButton.LeftButton)
    assert dialog.existing_person_id is None
    assert not ui.linkFrame.isVisible()


def test_bad_kana_is_shown_inline_and_keeps_the_input(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """Latin letters in ふりがな: the message names the field, focus goes there, nothing saved."""
    before = ctx.cases.count(supervisor)
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, ime, family_kana="sato")
    ime(ui.addressEdit, "中央区本町1-2-3")
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "ふりがな" in failed.args[0]
    assert ui.messageLabel.isVisible()
    assert ui.messageLabel.text() == failed.args[0]
    assert dialog.focusWidget() is ui.familyKanaEdit
    assert ui.familyKanaEdit.property("invalid")
    assert ui.familyNameEdit.text() == "佐藤"
    assert ui.familyKanaEdit.text() == "sato"
    assert ui.addressEdit.text() == "中央区本町1-2-3"
    assert ui.concernEdit.toPlainText() == "家賃を滞納している。"
    assert dialog.isVisible()
    assert ctx.cases.count(supervisor) == before


def test_member_error_selects_the_row(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """An error in a household member selects that member's row and cell."""
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, ime)
    dialog.add_member({"relation_code": "spouse", "family_name": "佐藤"})
    dialog.add_member({"relation_code": "mother", "family_name": ""})
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "世帯員2" in failed.args[0]
    assert ui.memberTable.currentRow() == 1
    assert ui.memberTable.currentColumn() == 1


def test_member_rows_are_saved(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """Members with their situations (labels separated by 、) are saved with the case."""
    dialog = _open(qtbot, ctx, supervisor)
    _fill_required(dialog, ime)
    row = dialog.add_member({"relation_code": "mother", "family_name": "佐藤"})
    item = dialog.ui.memberTable.item(row, 7)
    assert item is not None
    item.setText("要介護、認知症")
    assert dialog.intake_input().members[0].situation_codes == ("long_term_care", "dementia")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    detail = ctx.cases.get(supervisor, saved.args[0].case_id)
    assert len(detail.members) >= 1


def test_recovered_draft_restores_the_values(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """What was typed is autosaved; reopening offers it back and 復元する restores it."""
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, ime)
    ui.urgentCheck.setChecked(True)
    dialog.add_member({"relation_code": "spouse", "family_name": "佐藤", "given_name": "花"})
    with qtbot.waitSignal(dialog.draft_saved, timeout=10_000):
        dialog.autosave()
    dialog.close()

    again = IntakeDialog(ctx, supervisor)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.draft_offered, timeout=10_000):
        again.show()
    box = again.draft_box
    assert box is not None
    assert box.text() == "保存されていない入力があります。復元しますか？"
    restore = next(b for b in box.buttons() if b.text() == "復元する")
    assert any(b.text() == "破棄する" for b in box.buttons())
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert again.ui.familyNameEdit.text() == "佐藤"
    assert again.ui.familyKanaEdit.text() == "さとう"
    assert again.ui.concernEdit.toPlainText() == "家賃を滞納している。"
    assert again.ui.channelCombo.currentData() == "visit"
    assert again.ui.urgentCheck.isChecked()
    assert again.ui.memberTable.rowCount() == 1
    assert again.values()["members"][0]["given_name"] == "花"


def test_cancel_with_changes_asks_and_keeps_the_draft(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """Cancel asks first; closing keeps what was typed as a draft."""
    dialog = _open(qtbot, ctx, supervisor)
    ime(dialog.ui.familyNameEdit, "佐藤")
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    assert dialog.isVisible()
    close = next(b for b in box.buttons() if b.text() == "閉じる")
    with qtbot.waitSignal(dialog.draft_saved, timeout=10_000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    draft = ctx.drafts.load(supervisor, FORM, "")
    assert draft is not None
    assert draft["family_name"] == "佐藤"


def test_every_visible_string_is_japanese(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, latin: Callable[..., list[str]]
) -> None:
    """Labels, buttons, groups, combo items, headers, hints and the title are Japanese."""
    dialog = _open(qtbot, ctx, supervisor)
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.extend((widget.placeholderText(), widget.text()))
        if isinstance(widget, QComboBox):
            # The agency directory and the staff names are data, not the program's text
            # (「JOY! JOB KODAIRA」, test accounts); only "(none)" is the program's own.
            if widget is dialog.ui.staffCombo:
                continue
            count = 1 if widget is dialog.ui.referringAgencyCombo else widget.count()
            texts.extend(widget.itemText(i) for i in range(count))
        texts.append(widget.toolTip())
    table = dialog.ui.memberTable
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        assert header is not None
        texts.append(header.text())
    bad = {t: words for t in texts if (words := latin(_WAREKI_SHORT.sub("", t)))}
    assert not bad


def test_an_unsaved_intake_is_offered_back_when_the_program_starts(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """After a crash or power cut, the next start offers the draft; 開く reopens it."""
    ctx.drafts.save(supervisor, FORM, "", {"family_name": "佐藤", "family_kana": "さとう"})
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.drafts_offered, timeout=10_000) as offered:
        window.show()
    box = offered.args[0]
    assert "保存されていません" in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "開く")
    with qtbot.waitSignal(window.intake_opened, timeout=5000) as opened:
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    with qtbot.waitSignal(dialog.draft_offered, timeout=10_000):
        pass
    restore = next(b for b in dialog.draft_box.buttons() if b.text() == "復元する")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.ui.familyNameEdit.text() == "佐藤"


def test_nothing_is_offered_without_a_draft(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    window = MainWindow(ctx, supervisor)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.drafts_offered, wait=500):
        window.show()


def test_consent_scope_is_chosen_by_keyboard_and_saved(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, ime: Ime
) -> None:
    """同意あり enables the scope: agencies (space bar) and meetings; they are stored."""
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, ime)
    assert not ui.consentAgencyList.isEnabled()
    ui.consentStatusCombo.setCurrentIndex(ui.consentStatusCombo.findData("given"))
    assert ui.consentAgencyList.isEnabled()
    qtbot.keyClicks(ui.consentDateEdit, "R7.6.2")
    ui.consentMethodCombo.setCurrentIndex(ui.consentMethodCombo.findData("signature"))
    ui.consentAgencyList.setFocus()
    ui.consentAgencyList.setCurrentRow(1)
    qtbot.keyClick(ui.consentAgencyList, Qt.Key.Key_Space)
    chosen = ui.consentAgencyList.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(ui.consentCoordinationCheck, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        consent = s.scalars(select(Consent).where(Consent.case_id == saved.args[0].case_id)).one()
        assert (consent.status, consent.method) == ("given", "signature")
        assert [int(a) for a in consent.agency_ids] == [chosen]
        assert consent.meeting_kinds == ["coordination_meeting"]


def test_complex_needs_is_explained_where_it_is_chosen(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    """複合的課題 carries its definition as help (tooltip and screen-reader description)."""
    dialog = _open(qtbot, ctx, supervisor)
    check = dialog.ui.complexNeedsCheck
    assert check.toolTip().startswith("複合的課題：")
    assert "包括化推進員" in check.toolTip()
    assert check.accessibleDescription() == check.toolTip()


def test_a_member_typed_in_the_household_is_found_and_used_as_herself(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """8050: the son comes in; his mother, typed as a member, is found and not made twice."""
    mother_case = case_factory(
        supervisor,
        family_name="山田",
        given_name="花子",
        family_kana="やまだ",
        given_kana="はなこ",
        birth_date=dt.date(1944, 5, 3),
    )
    mother_id = ctx.cases.get(supervisor, mother_case).client_id
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, type_text)
    qtbot.mouseClick(ui.addMemberButton, Qt.MouseButton.LeftButton)
    relation = ui.memberTable.cellWidget(0, 0)
    assert isinstance(relation, QComboBox)
    relation.setCurrentIndex(relation.findData("mother"))
    type_in_cell(qtbot, dialog.ui.memberTable, 0, 1, "山田")
    with qtbot.waitSignal(dialog.candidates_shown, timeout=10_000) as shown:
        type_in_cell(qtbot, dialog.ui.memberTable, 0, 2, "花子")
    assert shown.args[0] == 1
    assert ui.candidateGroup.title() == "登録済みの人の候補(世帯員1)"
    candidate = ui.candidateList.item(0)
    assert candidate is not None
    assert "山田\u3000花子" in candidate.text()
    ui.candidateList.setCurrentRow(0)
    assert not ui.linkButton.isEnabled()  # she is not the one consulting
    assert ui.memberLinkButton.isEnabled()
    assert ui.memberLinkButton.text() == "世帯員として登録(&U)"
    qtbot.mouseClick(ui.memberLinkButton, Qt.MouseButton.LeftButton)
    family = ui.memberTable.item(0, 1)
    assert family is not None
    assert family.text() == "山田"
    assert not family.flags() & Qt.ItemFlag.ItemIsEditable
    assert family.toolTip() == "すでに登録されている方です。登録済みの記録を使います。"
    assert dialog.intake_input().members[0].person_id == mother_id
    assert dialog.values()["members"][0]["person_id"] == mother_id  # kept in the draft
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    result: IntakeResult = saved.args[0]
    assert result.new_case
    assert result.person_id != mother_id
    detail = ctx.cases.get(supervisor, result.case_id)
    assert [(m.person_id, m.relation) for m in detail.members if m.person_id == mother_id] == [
        (mother_id, "母")
    ]


def test_a_known_person_found_by_the_clients_phone_is_added_as_a_new_member_row(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
) -> None:
    """The household's phone finds the mother; 世帯員として登録 adds her row, a draft keeps it."""
    mother_case = case_factory(
        supervisor, family_name="山田", given_name="花子", phone="03-0000-1111"
    )
    mother_id = ctx.cases.get(supervisor, mother_case).client_id
    dialog = _open(qtbot, ctx, supervisor)
    ui = dialog.ui
    _fill_required(dialog, type_text)
    with qtbot.waitSignal(dialog.candidates_shown, timeout=10_000):
        ui.phoneEdit.setFocus()
        qtbot.keyClicks(ui.phoneEdit, "03-0000-1111")
    assert ui.candidateGroup.title() == "登録済みの人の候補"
    ui.candidateList.setCurrentRow(0)
    assert ui.linkButton.isEnabled()
    qtbot.mouseClick(ui.memberLinkButton, Qt.MouseButton.LeftButton)
    assert ui.memberTable.rowCount() == 1
    assert dialog.focusWidget() is ui.memberTable.cellWidget(0, 0)  # the relation comes next
    payload = dialog.values()
    again = _open(qtbot, ctx, supervisor)
    again.restore(payload)
    restored = again.ui.memberTable.item(0, 1)
    assert restored is not None
    assert not restored.flags() & Qt.ItemFlag.ItemIsEditable
    assert again.intake_input().members[0].person_id == mother_id
