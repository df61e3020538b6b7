"""Keyboard and screen-reader access (issue 12, item 2).

*Accessible names.* A fresh process runs the screenshot tour in Japanese on a small demo
database (``accessibility_probe.py``) and, on every screen, asks Qt's accessibility layer for
the name of every visible, enabled control that Tab can reach: line and text edits, combo
boxes, spin and date edits, buttons, check and radio boxes, item views, tab bars. A screen
reader announces that name when the control gets the focus, so it may not be empty, only a
mnemonic or a symbol, or English on the Japanese screens.

*Tab order.* Each form people type into is opened, the focus put on its first field, and Tab
pressed through the whole form: the fields come in the visual reading order (top to bottom,
then left to right, by each field's place in its window) and the focus never lands on a hidden
widget.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.accessibility_probe import accessible_name, focusable_controls
from tests.gui.test_monitoring_tab import decided_plan
from tests.gui.tour import run_probe
from welfaredesk.app import AppContext
from welfaredesk.gui.agency_directory import AgencyDirectoryDialog
from welfaredesk.gui.case_view import CaseView
from welfaredesk.gui.idle_lock import LockDialog
from welfaredesk.gui.intake_dialog import IntakeDialog
from welfaredesk.gui.login_dialog import LoginDialog
from welfaredesk.gui.main_window import MainWindow
from welfaredesk.gui.settings_dialog import SettingsDialog
from welfaredesk.gui.user_admin import UserAdminDialog
from welfaredesk.services.closures import ClosureInput
from welfaredesk.services.dto import Principal

PROBE = Path(__file__).with_name("accessibility_probe.py")

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff10-\uff5a]")
"""Kana, kanji and full-width letters and digits: a name a Japanese reader understands."""

LATIN_NAMES = frozenset({"OK", "WelfareDesk", "ID", "PDF", "CSV", "DV"})
"""Names (or words of names) that are the same on the Japanese screens."""


def name_problem(name: str) -> str | None:
    """Why an accessible name does not name its control on a Japanese screen, or None."""
    bare = re.sub(r"\(&.\)|&", "", name).strip()
    if not bare:
        return "no name"
    if not any(ch.isalnum() for ch in bare):
        return f"only symbols: {name!r}"
    if JAPANESE.search(bare):
        return None
    words = re.findall(r"[A-Za-z]+", bare)
    if words and not set(words) <= LATIN_NAMES:
        return f"English: {name!r}"
    return None


@pytest.fixture(scope="module")
def controls(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    """Every focusable control of the screenshot tour with its accessible name (Japanese)."""
    records: list[dict[str, str]] = run_probe(
        PROBE, tmp_path_factory.mktemp("a11y"), "--cases", "30"
    )
    return records


def test_name_problems_are_recognised() -> None:
    assert name_problem("") == "no name"
    assert name_problem("&") == "no name"
    assert name_problem("～") is not None
    assert name_problem("…") is not None
    assert name_problem("Case list") is not None
    assert name_problem("ケース一覧") is None
    assert name_problem("保存(&S)") is None
    assert name_problem("OK") is None
    assert name_problem("ログインID") is None


@pytest.mark.slow
def test_the_tour_reaches_the_controls(controls: list[dict[str, str]]) -> None:
    screens = {r["screen"] for r in controls}
    for screen in ("login", "main_window", "case_basic", "intake_filled", "note_editor"):
        assert screen in screens, screen
    classes = {r["class"] for r in controls}
    for kind in ("QLineEdit", "QComboBox", "QPushButton", "QCheckBox", "QTableView", "QTabBar"):
        assert kind in classes, kind
    assert len(controls) > 500


@pytest.mark.slow
def test_every_control_has_an_accessible_name(controls: list[dict[str, str]]) -> None:
    """Each control without a usable name: screen, Class:objectName, and why."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in controls:
        problem = name_problem(record["name"])
        if problem is not None:
            found[f"{record['widget']} ({record['class']})"].add(f"{record['screen']}: {problem}")
    assert dict(found) == {}


# --- tab order -----------------------------------------------------------------------------


def _position(widget: QWidget) -> tuple[int, int]:
    """(top, left) of a widget in its window."""
    point = widget.mapTo(widget.window(), QPoint(0, 0))
    return point.y(), point.x()


def _rows(widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, then left to right; widgets whose tops differ by less than half the
    shorter one's height sit in one row (a field beside a taller field)."""
    ordered = sorted(widgets, key=_position)
    rows: list[list[QWidget]] = []
    for widget in ordered:
        top = _position(widget)[0]
        if rows:
            last = rows[-1]
            row_top = min(_position(w)[0] for w in last)
            height = min(*(w.height() for w in last), widget.height())
            if top - row_top < max(height // 2, 8):
                last.append(widget)
                continue
        rows.append([widget])
    return [w for row in rows for w in sorted(row, key=lambda w: _position(w)[1])]


def _reading_order(widgets: list[QWidget], parent: QWidget | None = None) -> list[QWidget]:
    """The visual reading order of ``widgets``, panel by panel: the children of ``parent``
    that hold them are read in rows (:func:`_rows`), and each child's own controls before the
    next child's (a side panel after the form beside it, a group box's fields together)."""
    if parent is None:
        parent = widgets[0].window()
    groups: dict[QWidget, list[QWidget]] = {}
    for widget in widgets:
        child = widget
        while child.parentWidget() is not parent:
            upper = child.parentWidget()
            assert upper is not None, _name(widget)
            child = upper
        groups.setdefault(child, []).append(widget)
    ordered: list[QWidget] = []
    for child in _rows(list(groups)):
        members = groups[child]
        if child in members:
            ordered.append(child)
            members = [w for w in members if w is not child]
        if members:
            ordered.extend(_reading_order(members, child))
    return ordered


def _name(widget: QWidget) -> str:
    return widget.objectName() or f"{type(widget).__name__}<{accessible_name(widget)}>"


def first_field(container: QWidget) -> QWidget:
    """The control of ``container`` that comes first in reading order."""
    controls = focusable_controls(container)
    assert controls, container.objectName()
    return _reading_order(controls)[0]


def walk(qtbot: QtBot, container: QWidget) -> list[QWidget]:
    """Put the focus on the first field of ``container`` and press Tab until the focus comes
    back to it or leaves the container: the widgets that had the focus, in order. The focus
    landing on a hidden widget fails."""
    first = first_field(container)
    window = container.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=3000)
    seen: list[QWidget] = [first]
    for _step in range(300):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not current, f"Tab does not leave {_name(current)}"
        if now is None or now is first or now in seen:
            break
        if now is not container and not container.isAncestorOf(now):
            break
        assert now.isVisible(), f"the focus went to a hidden widget: {_name(now)}"
        seen.append(now)
    return seen


def assert_reading_order(qtbot: QtBot, container: QWidget) -> list[str]:
    """Tab goes through the form in its reading order, and each control it reaches has an
    accessible name; returns the object names."""
    visited = walk(qtbot, container)
    unnamed = {_name(w): problem for w in visited if (problem := name_problem(accessible_name(w)))}
    assert unnamed == {}, "controls without an accessible name"
    order = [_name(w) for w in visited]
    expected = [_name(w) for w in _reading_order(visited)]
    assert order == expected, f"\nTab:     {order}\nreading: {expected}"
    return order


# --- the forms people type into --------------------------------------------------------------


@pytest.fixture
def case_id(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    return case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))


def _shown(qtbot: QtBot, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)


def _opened(qtbot: QtBot, signal: Any, start: Callable[[], object]) -> Any:
    with qtbot.waitSignal(signal, timeout=10_000) as opened:
        start()
    dialog = opened.args[0]
    qtbot.waitExposed(dialog)
    return dialog


def _case_view(qtbot: QtBot, window: MainWindow, case_id: int, page: str) -> CaseView:
    """A case of the main window, on one of its pages, loaded."""
    view = window.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    view.ui.stageTabs.setCurrentWidget(getattr(view.ui, page))
    return view


def test_tab_order_of_the_login_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx.auth)
    _shown(qtbot, dialog)
    order = assert_reading_order(qtbot, dialog)
    assert order[:2] == ["loginEdit", "passwordEdit"]


def test_tab_order_of_the_lock_dialog(qtbot: QtBot, supervisor: Principal) -> None:
    dialog = LockDialog(supervisor)
    _shown(qtbot, dialog)
    order = assert_reading_order(qtbot, dialog)
    assert order[0] == "lockPasswordEdit"


def test_tab_order_of_the_intake_dialog(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = IntakeDialog(ctx, supervisor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.resize(1280, 800)
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_member()
    order = assert_reading_order(qtbot, dialog)
    for name in ("familyNameEdit", "givenNameEdit", "concernEdit", "saveButton"):
        assert name in order


def test_tab_order_of_the_settings_dialog(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    dialog = SettingsDialog(ctx, supervisor, today=dt.date(2025, 6, 2))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert_reading_order(qtbot, dialog)


@pytest.mark.parametrize(
    ("signal", "opener"),
    [("editor_opened", "new_note"), ("templates_opened", "open_templates")],
    ids=["note_editor", "note_templates"],
)
def test_tab_order_of_the_note_dialogs(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int], signal: str, opener: str
) -> None:
    view = _case_view(qtbot, main_window, three_cases["山田"], "progressTab")
    notes = view.notes_tab
    assert notes is not None
    qtbot.waitUntil(lambda: notes._choices is not None, timeout=10_000)
    dialog = _opened(qtbot, getattr(notes, signal), getattr(notes, opener))
    assert_reading_order(qtbot, dialog)
    QDialog.reject(dialog)


def test_tab_order_of_the_consent_and_referral_dialogs(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    view = _case_view(qtbot, main_window, three_cases["山田"], "referralTab")
    referral = view.referral_tab
    assert referral is not None
    qtbot.waitUntil(lambda: referral.overview is not None, timeout=10_000)
    consent = _opened(qtbot, referral.dialog_opened, referral.consentButton.click)
    assert_reading_order(qtbot, consent)
    QDialog.reject(consent)
    editor = _opened(qtbot, referral.dialog_opened, referral.newButton.click)
    assert_reading_order(qtbot, editor)
    QDialog.reject(editor)


def test_tab_order_of_the_closure_form(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    view = _case_view(qtbot, main_window, three_cases["山田"], "closureTab")
    closure = view.closure_tab
    assert closure is not None
    qtbot.waitUntil(lambda: closure.reasonCombo.count() > 1, timeout=10_000)
    closure.choose_reason("handover")
    assert_reading_order(qtbot, closure.formBox)


def test_tab_order_of_the_plan_editor(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    view = _case_view(qtbot, main_window, three_cases["山田"], "planTab")
    plan = view.plan_tab
    assert plan is not None
    qtbot.waitUntil(plan.newButton.isEnabled, timeout=10_000)
    with qtbot.waitSignal(plan.editor_opened, timeout=10_000):
        plan.new_version()
    plan.add_item_row()
    plan.add_item_row()
    editor = plan.stack.currentWidget()
    assert editor is not None
    assert_reading_order(qtbot, editor)


def test_tab_order_of_the_review_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    main_window: MainWindow,
    three_cases: dict[str, int],
) -> None:
    decided_plan(ctx, three_cases["山田"])
    ctx.monitoring.schedule(supervisor, three_cases["山田"], dt.date.today().isoformat())
    view = _case_view(qtbot, main_window, three_cases["山田"], "monitoringTab")
    monitoring = view.monitoring_tab
    assert monitoring is not None
    qtbot.waitUntil(monitoring.recordButton.isEnabled, timeout=10_000)
    dialog = _opened(qtbot, monitoring.dialog_opened, monitoring.recordButton.click)
    assert_reading_order(qtbot, dialog)
    QDialog.reject(dialog)


def test_tab_order_of_the_meeting_editor(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = _opened(qtbot, main_window.meetings_opened, main_window.ui.meetingsAction.trigger)
    qtbot.waitUntil(lambda: dialog.typeCombo.count() > 0, timeout=10_000)
    dialog.new_meeting()
    dialog.detailTabs.setCurrentIndex(0)
    page = dialog.detailTabs.currentWidget()
    assert page is not None
    assert_reading_order(qtbot, page)


def test_tab_order_of_the_agency_editor(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal
) -> None:
    directory = AgencyDirectoryDialog(ctx, supervisor)
    qtbot.addWidget(directory)
    with qtbot.waitSignal(directory.agencies_loaded, timeout=10_000):
        directory.resize(1100, 720)
        directory.show()
    editor = _opened(qtbot, directory.editor_opened, directory.ui.newButton.click)
    assert_reading_order(qtbot, editor)
    QDialog.reject(editor)


def test_tab_order_of_the_user_editor(qtbot: QtBot, ctx: AppContext, admin: Principal) -> None:
    users = UserAdminDialog(ctx, admin)
    qtbot.addWidget(users)
    with qtbot.waitSignal(users.users_loaded, timeout=10_000):
        users.show()
    editor = _opened(qtbot, users.editor_opened, users.newButton.click)
    assert_reading_order(qtbot, editor)
    QDialog.reject(editor)


# --- the dialogs the tour does not show -------------------------------------------------------


def test_tab_order_of_the_change_password_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = _opened(
        qtbot, main_window.password_dialog_opened, main_window.ui.changePasswordAction.trigger
    )
    assert_reading_order(qtbot, dialog)
    QDialog.reject(dialog)


def test_tab_order_of_the_restriction_editor(
    qtbot: QtBot, main_window: MainWindow, three_cases: dict[str, int]
) -> None:
    view = _case_view(qtbot, main_window, three_cases["山田"], "basicTab")
    access = _opened(qtbot, view.access_opened, view.open_access)
    qtbot.waitUntil(lambda: access.view is not None, timeout=10_000)
    editor = access.open_restrict()
    assert editor is not None
    qtbot.waitExposed(editor)
    assert_reading_order(qtbot, editor)
    QDialog.reject(editor)
    QDialog.reject(access)


def test_tab_order_of_the_reopen_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    main_window: MainWindow,
    three_cases: dict[str, int],
) -> None:
    case_id = three_cases["山田"]
    version = ctx.cases.get(supervisor, case_id).version
    ctx.closures.request(
        supervisor,
        case_id,
        ClosureInput(
            reason_code="independent", closed_on=dt.date.today().isoformat(), summary="自立した。"
        ),
        version,
    )
    view = _case_view(qtbot, main_window, case_id, "closureTab")
    closure = view.closure_tab
    assert closure is not None
    qtbot.waitUntil(closure.reopenButton.isVisible, timeout=10_000)
    dialog = _opened(qtbot, closure.dialog_opened, closure.reopenButton.click)
    assert_reading_order(qtbot, dialog)
    QDialog.reject(dialog)
