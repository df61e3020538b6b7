"""The 閲覧制限・共有 dialog: who may see a case, restricting, lifting, sharing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.gui.access_dialog import AccessDialog, RestrictionEditor
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal


def _open(qtbot: QtBot, ctx: AppContext, who: Principal, case_id: int) -> AccessDialog:
    dialog = AccessDialog(ctx.access, who, case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    dialog.show()
    return dialog


def test_a_supervisor_restricts_and_lifts_with_a_reason(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
    ime: Callable[[QWidget, str], None],
) -> None:
    other = new_user("other", Role.COUNSELOR)
    case_id = case_factory(counselor)
    dialog = _open(qtbot, ctx, supervisor, case_id)
    assert dialog.restrictBox.isVisible()
    assert not dialog.liftButton.isVisible()
    editor = dialog.open_restrict()
    assert isinstance(editor, RestrictionEditor)
    # the lead worker is checked already; without a reason the editor stays open
    assert counselor.user_id in editor.named()
    editor.okButton.click()
    qtbot.waitUntil(lambda: "理由" in editor.messageLabel.text(), timeout=10_000)
    assert editor.isVisible()
    ime(editor.reasonEdit, "DV被害の申出のため")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        editor.okButton.click()
    view = dialog.view
    assert view is not None
    assert view.restricted
    assert {e.user_id for e in view.entries} == {supervisor.user_id, counselor.user_id}
    assert "DV被害の申出のため" in dialog.reasonLabel.text()
    assert dialog.liftButton.isVisible()
    assert not dialog.shareBox.isVisible()
    assert ctx.cases.get(counselor, case_id).restricted
    assert other.user_id not in {e.user_id for e in view.entries}

    lift = dialog.open_lift()
    assert lift is not None
    ime(lift.reasonEdit, "危険がなくなった")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        lift.okButton.click()
    assert dialog.view is not None
    assert not dialog.view.restricted
    assert dialog.shareBox.isVisible()


def test_the_lead_worker_shares_and_unshares(
    qtbot: QtBot,
    ctx: AppContext,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
) -> None:
    friend = new_user("friend", Role.COORDINATOR)
    case_id = case_factory(counselor)
    dialog = _open(qtbot, ctx, counselor, case_id)
    assert not dialog.restrictBox.isVisible()
    assert dialog.shareBox.isVisible()
    index = dialog.shareCombo.findData(friend.user_id)
    assert index >= 0
    dialog.shareCombo.setCurrentIndex(index)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.shareButton.click()
    assert dialog.view is not None
    row = next(i for i, e in enumerate(dialog.view.entries) if e.user_id == friend.user_id)
    assert "共有" in dialog.table.item(row, 2).text()
    dialog.table.selectRow(row)
    assert dialog.unshareButton.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.unshareButton.click()
    assert friend.user_id not in {e.user_id for e in dialog.view.entries}


def test_the_case_view_button_opens_it_and_the_badge_follows(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    ime: Callable[[QWidget, str], None],
) -> None:
    case_id = three_cases["山田"]
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        view = main_window.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    assert view.accessButton.isVisible()
    assert not view.ui.restrictedLabel.isVisible()
    dialog = view.open_access()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    editor = dialog.open_restrict()
    assert editor is not None
    ime(editor.reasonEdit, "DV")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        editor.okButton.click()
    assert view.ui.restrictedLabel.isVisible()
    dialog.close()


def test_no_english_is_visible(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    latin: Callable[..., list[str]],
) -> None:
    case_id = case_factory(counselor)
    dialog = _open(qtbot, ctx, supervisor, case_id)
    editor = dialog.open_restrict()
    assert editor is not None
    texts = [dialog.windowTitle(), editor.windowTitle()]
    for root in (dialog, editor):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
    table = dialog.table
    texts.extend(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))
    texts.extend(table.item(r, 2).text() for r in range(table.rowCount()))
    texts.append(dialog.restrictBox.title())
    texts.append(dialog.shareBox.title())
    texts.append(editor.reasonEdit.placeholderText())
    bad = {t: words for t in texts if (words := latin(t))}
    assert not bad
    editor.reject()
