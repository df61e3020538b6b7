"""The crash handler: a report without personal data, saved where the dialog says."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from welfaredesk import paths
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.gui import crash

SECRET = "山田花子 福祉市中央町1-2-3"


def _raise_known() -> None:
    raise ValidationError("address", "住所", SECRET)


def _raise_chained() -> None:
    try:
        _raise_known()
    except KnownError as exc:
        raise RuntimeError(f"while saving {SECRET}") from exc


def _exc_info(fn: object) -> tuple[type[BaseException], BaseException, object]:
    try:
        fn()  # type: ignore[operator]
    except Exception:
        kind, exc, tb = sys.exc_info()
        assert kind is not None
        assert exc is not None
        return kind, exc, tb
    raise AssertionError("no exception")


def test_report_has_types_and_frames_but_no_messages() -> None:
    """The report names the exceptions and the code path, never the user's text."""
    kind, exc, tb = _exc_info(_raise_chained)
    report = crash.format_report(kind, exc, tb, now=dt.datetime(2025, 4, 1, 9, 30))  # type: ignore[arg-type]
    assert SECRET not in report
    assert "山田" not in report
    assert "welfaredesk.domain.errors.ValidationError" in report
    assert "builtins.RuntimeError" in report
    assert "in _raise_known" in report
    assert "direct cause" in report
    assert "time: 2025-04-01 09:30:00" in report
    assert report.index("ValidationError") < report.index("builtins.RuntimeError")


def test_report_paths_do_not_name_the_home_folder() -> None:
    """Frames are shown from the package or tests folder on, not from the user's home."""
    kind, exc, tb = _exc_info(_raise_known)
    report = crash.format_report(kind, exc, tb)  # type: ignore[arg-type]
    assert 'File "tests/gui/test_crash.py"' in report or 'File "tests' in report
    assert str(paths.bundle_dir()) not in report


def test_report_is_saved_in_the_log_folder() -> None:
    """Reports go to the user's log folder; a second one in the same second is kept too."""
    when = dt.datetime(2025, 4, 1, 9, 30)
    first = crash.save_report("one", now=when)
    second = crash.save_report("two", now=when)
    assert first.parent == paths.log_dir()
    assert first.name == "crash-20250401-093000.txt"
    assert second != first
    assert second.read_text(encoding="utf-8") == "two"


@pytest.mark.allow_log_errors
def test_excepthook_saves_and_shows_where(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook saves a report and opens the dialog that names the file."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    kind, exc, tb = _exc_info(_raise_chained)
    before = set(paths.log_dir().glob("crash-*.txt"))
    crash.handle_exception(kind, exc, tb)  # type: ignore[arg-type]
    created = set(paths.log_dir().glob("crash-*.txt")) - before
    assert len(created) == 1
    report = created.pop()
    assert SECRET not in report.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert str(report) in shown[0]
    assert "個人情報は含みません" in shown[0]


@pytest.mark.allow_log_errors
@pytest.mark.parametrize("stderr", ["none", "stream"])
def test_without_windows_the_report_is_saved_and_named_where_it_can_be(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stderr: str
) -> None:
    """Before any window (or in the windowed Windows build, where stderr is None) no dialog
    is shown: the report is still saved, and stderr names it when there is one."""
    monkeypatch.setattr(crash.QApplication, "instance", staticmethod(lambda: None))
    if stderr == "none":
        monkeypatch.setattr(sys, "stderr", None)
    kind, exc, tb = _exc_info(_raise_chained)
    before = set(paths.log_dir().glob("crash-*.txt"))
    crash.handle_exception(kind, exc, tb)  # type: ignore[arg-type]
    created = set(paths.log_dir().glob("crash-*.txt")) - before
    assert len(created) == 1
    if stderr == "stream":
        assert created.pop().name in capsys.readouterr().err


def test_install_sets_the_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    """install_excepthook routes uncaught exceptions to the crash handler."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook()
    assert sys.excepthook is crash.handle_exception
