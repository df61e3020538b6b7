"""The desk's terms carry their definitions wherever they are chosen (issue 12).

The issue categories, the ways of connecting a person (同行), the basis for sharing, the
meetings a person may agree to, and what 同意なし means.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.gui.test_referral_tab import open_dialog
from tests.gui.test_referral_tab import open_view as referral_view
from welfaredesk.app import AppContext
from welfaredesk.domain.enums import ConsentStatus, MeetingKind, ReferralMethod, SharingBasis
from welfaredesk.gui.consent_dialog import ConsentDialog
from welfaredesk.gui.referral_tab import ReferralDialog
from welfaredesk.gui.terms import INDENT, add_categories, category_items
from welfaredesk.services.dto import PicklistEntry, Principal

ENTRIES = [
    PicklistEntry("elderly", "高齢", None, ""),
    PicklistEntry("8050", "8050世帯", "withdrawal", "高齢の親と無職の子が同居する世帯の課題。"),
    PicklistEntry("withdrawal", "ひきこもり", None, "社会参加を避けて家にとどまる状態。"),
]


def test_children_are_indented_under_their_parent_with_their_definitions() -> None:
    assert category_items(ENTRIES) == [
        ("高齢", "elderly", ""),
        ("ひきこもり", "withdrawal", "社会参加を避けて家にとどまる状態。"),
        (INDENT + "8050世帯", "8050", "高齢の親と無職の子が同居する世帯の課題。"),
    ]


def test_the_combo_explains_each_item_and_the_chosen_one(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("(choose)", "")
    add_categories(combo, ENTRIES)
    assert combo.toolTip() == ""  # nothing chosen yet
    index = combo.findData("8050")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole).startswith("高齢の親")
    combo.setCurrentIndex(index)
    assert combo.toolTip().startswith("高齢の親")
    combo.setCurrentIndex(combo.findData("elderly"))  # no definition: no stale tooltip
    assert combo.toolTip() == ""


def test_the_referral_explains_its_methods_and_the_basis_for_sharing(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    """同行 and 支援会議 are explained where they are chosen in the referral form."""
    case_id = case_factory(supervisor, consent=ConsentStatus.GIVEN)
    view = referral_view(qtbot, ctx, supervisor, case_id)
    tab = view.referral_tab
    assert tab is not None
    dialog = open_dialog(qtbot, tab, tab.newButton)
    assert isinstance(dialog, ReferralDialog)
    methods = dialog.methodCombo
    accompanied = methods.findData(str(ReferralMethod.ACCOMPANIED))
    assert methods.itemData(accompanied, Qt.ItemDataRole.ToolTipRole).startswith("同行: 窓口の職員")
    methods.setCurrentIndex(methods.findData(str(ReferralMethod.PHONE)))
    assert methods.toolTip().startswith("電話: ")
    assert methods.accessibleDescription() == methods.toolTip()
    basis = dialog.basisCombo
    basis.setCurrentIndex(basis.findData(str(SharingBasis.STATUTORY_MEETING)))
    assert "支援会議(法第9条)" in basis.toolTip()
    assert "守秘義務" in basis.toolTip()
    dialog.close()


def test_the_consent_dialog_explains_the_meetings_and_what_no_consent_means(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    case_id = case_factory(supervisor)
    view = referral_view(qtbot, ctx, supervisor, case_id)
    tab = view.referral_tab
    assert tab is not None
    dialog = open_dialog(qtbot, tab, tab.consentButton)
    assert isinstance(dialog, ConsentDialog)
    statutory = dialog.meetingChecks[MeetingKind.STATUTORY]
    assert statutory.toolTip().startswith("支援会議(生活困窮者自立支援法第9条)")
    assert "本人の同意は要りません" in statutory.toolTip()
    assert "本人の同意があるケースだけ" in dialog.meetingChecks[MeetingKind.COORDINATION].toolTip()
    assert dialog.statusCombo.toolTip() == ""  # 同意あり needs no warning
    typed = dialog.dateEdit.text()
    assert typed  # today, for a consent being recorded
    assert not dialog.noConsentLabel.isVisible()
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(str(ConsentStatus.REFUSED)))
    assert dialog.statusCombo.toolTip().startswith("同意がないときは、支援調整会議の")
    # 同意なし records no date: none is shown; what it means is said on the dialog.
    assert dialog.dateEdit.text() == ""
    assert dialog.noConsentLabel.isVisible()
    assert "記録されません" in dialog.noConsentLabel.text()
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(str(ConsentStatus.GIVEN)))
    assert dialog.dateEdit.text() == typed
    assert not dialog.noConsentLabel.isVisible()
    dialog.close()
