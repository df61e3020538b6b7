"""The About dialog (Help → About) and the application icon (issue 11, application identity)."""

from __future__ import annotations

import platform
import struct
from collections.abc import Callable

from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

import welfaredesk
from tests.gui.test_gui_translations import visible_texts
from welfaredesk import licences, paths
from welfaredesk.app import AppContext
from welfaredesk.gui.about_dialog import AboutDialog
from welfaredesk.gui.main_window import MainWindow

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def _dialog(qtbot: QtBot, ctx: AppContext) -> AboutDialog:
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.database_shown, timeout=10_000) as shown:
        dialog.show()
    assert shown.args == ["sqlite"]
    return dialog


def test_help_about_opens_the_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.ui.aboutAction.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(AboutDialog)), timeout=5000)
    dialog = main_window.findChildren(AboutDialog)[0]
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.close()  # deleted when closed


def test_general_tab_shows_version_environment_and_database_kind(
    qtbot: QtBot, ctx: AppContext, latin: Callable[..., list[str]]
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.windowTitle() == "WelfareDesk について"
    assert welfaredesk.__version__ in dialog.versionLabel.text()
    assert dialog.databaseValue.text() == "このパソコンのファイル(SQLite)"
    texts = visible_texts(dialog)
    shown = {text for _where, text in texts}
    assert platform.python_version() in shown
    assert "概要(&G)" in shown
    assert "ライセンス(&L)" in shown
    # Product names, versions and the operating system's name are data, not UI text.
    english = [
        f"{where}: {text!r}"
        for where, text in texts
        if latin(
            text,
            also_allowed=(
                platform.platform(terse=True),
                "Copyright",
                "Python",
                "PySide",
                "Qt",
                "SQLite",
                "OS",
            ),
        )
    ]
    # The licence list (names, licence identifiers, texts) is data too.
    english = [e for e in english if not e.startswith(("licenceText", "componentTable"))]
    assert english == []


def test_licences_tab_lists_every_bundled_component(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.componentTable
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    expected = [c.name for c, _version in licences.bundled()]
    assert names == expected
    assert names[0] == "WelfareDesk"
    for required in ("Python", "Qt 6", "PySide6 / shiboken6", "SQLAlchemy", "BIZ UDGothic"):
        assert required in names
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["名前", "バージョン", "ライセンス", "種別"]
    assert table.item(0, 2).text() == "記載なし"  # the program states no licence


def test_selecting_qt_shows_the_lgpl_and_where_the_source_is(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.select_component("qt")
    text = dialog.licenceText.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "https://download.qt.io/" in text
    assert "https://code.qt.io/" in text
    assert "置き換える" in text  # the user may replace the shared libraries
    assert dialog.licenceText.isReadOnly()
    assert dialog.select_component("biz_ud_gothic")
    assert "SIL OPEN FONT LICENSE" in dialog.licenceText.toPlainText().upper()
    assert not dialog.select_component("no-such-component")


def test_about_dialog_has_two_tabs(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    tabs = dialog.findChild(QTabWidget, "aboutTabs")
    assert tabs is not None
    assert tabs.count() == 2


def test_the_application_has_the_program_icon(gui_app: QApplication) -> None:
    assert not gui_app.windowIcon().isNull()
    icon = QIcon(str(paths.resources_dir() / "icons" / "welfaredesk.ico"))
    assert sorted(s.width() for s in icon.availableSizes()) == ICO_SIZES
    png = QImage(str(paths.resources_dir() / "icons" / "welfaredesk.png"))
    assert (png.width(), png.height()) == (256, 256)


def test_the_ico_file_holds_every_size_as_png() -> None:
    data = (paths.resources_dir() / "icons" / "welfaredesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        sizes.append(width or 256)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
    assert sizes == ICO_SIZES
