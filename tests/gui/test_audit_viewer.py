"""The 操作記録 viewer: filters, paging, CSV export, the chain check; "who viewed this case"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction
from welfaredesk.gui.audit_viewer import AuditViewerDialog, WhoViewedDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import AuditEvent

pytestmark = pytest.mark.gui


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The dialogs' parent, released on the GUI thread at teardown.

    A parentless dialog whose last reference is a result callback could be destroyed on the
    database worker thread when the test drops it; a parent owns it on the GUI thread.
    """
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _open(qtbot: QtBot, ctx: AppContext, principal: Principal, host: QWidget) -> AuditViewerDialog:
    dialog = AuditViewerDialog(ctx, principal, host)
    with qtbot.waitSignal(dialog.page_loaded, timeout=10_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.userCombo.count() > 1, timeout=10_000)
    return dialog


def _column(dialog: AuditViewerDialog | WhoViewedDialog, column: int) -> list[str]:
    return dialog.model.column(column)


def test_opens_from_the_file_menu_for_supervisors_only(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext, counselor: Principal
) -> None:
    action = main_window.ui.auditTrailAction
    assert action.isEnabled()
    assert action.text() == "操作記録の閲覧(&T)…"
    with qtbot.waitSignal(main_window.audit_viewer_opened, timeout=5_000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, AuditViewerDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    dialog.close()
    other = MainWindow(ctx, counselor)
    qtbot.addWidget(other)
    assert not other.ui.auditTrailAction.isEnabled()


def test_filter_by_user_and_action(
    qtbot: QtBot,
    host: QWidget,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
) -> None:
    case_id = case_factory(counselor)
    ctx.cases.get(counselor, case_id)
    dialog = _open(qtbot, ctx, supervisor, host)
    dialog.userCombo.setCurrentIndex(dialog.userCombo.findData(counselor.user_id))
    dialog.actionCombo.setCurrentIndex(dialog.actionCombo.findData(str(AuditAction.VIEW)))
    with qtbot.waitSignal(dialog.page_loaded, timeout=10_000):
        dialog.searchButton.click()
    assert dialog.model.rowCount() == 1
    assert _column(dialog, 1) == ["suzuki 職員"]
    assert _column(dialog, 2) == ["閲覧"]
    assert _column(dialog, 4)[0].startswith("R")
    assert dialog.countLabel.text() == "1件"


def test_a_bad_case_number_is_named(
    qtbot: QtBot, host: QWidget, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = _open(qtbot, ctx, supervisor, host)
    qtbot.keyClicks(dialog.caseEdit, "xyz")
    dialog.searchButton.click()
    qtbot.waitUntil(lambda: "受付番号" in dialog.messageLabel.text(), timeout=10_000)
    assert dialog.caseEdit.text() == "xyz"


def test_show_more_appends_older_events(
    qtbot: QtBot, host: QWidget, ctx: AppContext, supervisor: Principal
) -> None:
    for _ in range(5):
        ctx.audit_trail.verify(supervisor)
    dialog = _open(qtbot, ctx, supervisor, host)
    dialog.page_size = 3
    with qtbot.waitSignal(dialog.page_loaded, timeout=10_000):
        dialog.searchButton.click()
    assert dialog.model.rowCount() == 3
    assert dialog.countLabel.text() == "新しい順に 3件を表示"
    first_ids = _column(dialog, 0)
    assert dialog.moreButton.isEnabled()
    with qtbot.waitSignal(dialog.page_loaded, timeout=10_000):
        dialog.moreButton.click()
    assert dialog.model.rowCount() == 6
    assert _column(dialog, 0)[:3] == first_ids


def test_export_writes_csv_with_bom(
    qtbot: QtBot, host: QWidget, ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, supervisor, host)
    target = tmp_path / "trail.csv"
    dialog.save_path_chooser = lambda _parent, _name: str(target)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.exportButton.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["番号", "日時", "利用者"]
    assert "書き出しました" in dialog.messageLabel.text()


def test_verify_shows_the_count_or_the_broken_event(
    qtbot: QtBot,
    host: QWidget,
    ctx: AppContext,
    supervisor: Principal,
    drop_audit_guard: Callable[..., None],
) -> None:
    dialog = _open(qtbot, ctx, supervisor, host)
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as done:
        dialog.verifyButton.click()
    assert done.args[0].ok
    assert dialog.messageLabel.text().startswith("操作記録は改ざんされていません（")
    with ctx.db.write() as s:
        drop_audit_guard(s)
        target = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).first()
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(detail={"x": 1}))
    with qtbot.waitSignal(dialog.verified, timeout=10_000):
        dialog.verifyButton.click()
    assert f"番号 {target} " in dialog.messageLabel.text()


def test_no_english_is_visible(
    qtbot: QtBot,
    host: QWidget,
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: Callable[..., int],
    latin: Callable[..., list[str]],
) -> None:
    case_id = case_factory(counselor)
    ctx.cases.get(counselor, case_id)
    dialog = _open(qtbot, ctx, supervisor, host)
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox) and widget is not dialog.userCombo:  # names: data
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    texts.append(dialog.userCombo.itemText(0))
    model = dialog.model
    texts.extend(model.headerData(c, Qt.Orientation.Horizontal) for c in range(6))
    for column in (2, 3, 5):
        texts.extend(_column(dialog, column))
    bad = {t: words for t in texts if (words := latin(t, also_allowed=("CSV", "ID")))}
    assert not bad


def test_who_viewed_from_the_case_view(
    qtbot: QtBot,
    main_window: MainWindow,
    ctx: AppContext,
    three_cases: dict[str, int],
    latin: Callable[..., list[str]],
) -> None:
    case_id = three_cases["山田"]
    with qtbot.waitSignal(main_window.case_opened, timeout=10_000):
        view = main_window.open_case(case_id)
    assert view.whoViewedButton.isVisible()
    dialog = view.show_who_viewed()
    assert isinstance(dialog, WhoViewedDialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as done:
        pass
    assert done.args[0] >= 1
    assert "閲覧" in _column(dialog, 2)
    texts = [dialog.windowTitle(), dialog.note.text()]
    texts.extend(_column(dialog, 2) + _column(dialog, 3))
    assert not {t: w for t in texts if (w := latin(t))}
    dialog.close()
