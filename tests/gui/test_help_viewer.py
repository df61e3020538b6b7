"""The user guide inside the program (ヘルプ → 利用の手引き, F1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from welfaredesk.gui.help_viewer import IMAGE_WIDTH, INDEX, PAGES, HelpDialog, guide_dir
from welfaredesk.gui.main_window import MainWindow


@pytest.fixture
def guide(qtbot: QtBot) -> HelpDialog:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("target", sorted(set(PAGES.values())))
def test_every_screen_has_its_page_and_heading(
    qtbot: QtBot, guide: HelpDialog, target: str
) -> None:
    """F1's pages exist and their headings are found (a heading renamed in the guide fails)."""
    with qtbot.waitSignal(guide.page_shown, timeout=5000) as shown:
        guide.show_page(target)
    assert shown.args[0] == target
    if "#" in target:
        assert guide.browser.verticalScrollBar().value() > 0


def test_links_between_pages_and_back(qtbot: QtBot, guide: HelpDialog) -> None:
    with qtbot.waitSignal(guide.page_shown, timeout=5000):
        guide.show_page(INDEX)
    text = guide.browser.toPlainText()
    assert "WelfareDesk 利用の手引き" in text
    assert guide.windowTitle() == "WelfareDesk 利用の手引き"
    assert not guide.backButton.isEnabled()
    with qtbot.waitSignal(guide.page_shown, timeout=5000) as shown:
        guide.browser.anchorClicked.emit(QUrl("10-trouble.md#4-ログインできないとき"))
    assert shown.args[0] == "10-trouble.md#4-ログインできないとき"
    assert "ログインできない" in guide.browser.toPlainText()
    assert guide.backButton.isEnabled()
    with qtbot.waitSignal(guide.page_shown, timeout=5000) as back:
        qtbot.mouseClick(guide.backButton, Qt.MouseButton.LeftButton)
    assert back.args[0] == INDEX
    with qtbot.waitSignal(guide.page_shown, timeout=5000) as terms:
        guide.browser.anchorClicked.emit(QUrl("terms.md"))
    assert terms.args[0] == "terms.md"
    with qtbot.waitSignal(guide.page_shown, timeout=5000) as home:
        qtbot.mouseClick(guide.homeButton, Qt.MouseButton.LeftButton)
    assert home.args[0] == INDEX


def test_screenshots_are_scaled_to_the_window(qtbot: QtBot, guide: HelpDialog) -> None:
    with qtbot.waitSignal(guide.page_shown, timeout=5000):
        guide.show_page(INDEX)
    image = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/main_window.png")
    )
    assert isinstance(image, QImage)
    assert QImage(str(guide_dir() / "images" / "main_window.png")).width() > IMAGE_WIDTH
    assert image.width() == IMAGE_WIDTH


def test_f1_opens_the_page_of_the_screen_in_use(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=5000)
    assert main_window.ui.guideAction.shortcut().toString() == "F1"
    assert main_window.ui.guideAction.text() == "利用の手引き(&U)"
    with qtbot.waitSignal(main_window.help_opened, timeout=5000) as opened:
        qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog: HelpDialog = opened.args[0]
    assert dialog.current == "03-daily-work.md#1-ケース一覧"
    # On a case's 支援経過 section, F1 explains writing progress notes.
    view = main_window.open_case_at(0)
    assert view is not None
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    view.ui.stageTabs.setCurrentWidget(view.ui.progressTab)
    with qtbot.waitSignal(main_window.help_opened, timeout=5000) as again:
        main_window.ui.guideAction.trigger()
    assert again.args[0] is dialog  # one guide window, kept
    assert dialog.current == "07-plan-to-closure.md#5-支援経過を記録する"
