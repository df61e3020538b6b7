"""The user guide inside the program (ヘルプ → 利用の手引き, F1).

The guide is the Markdown of ``docs/guide`` (bundled with the program), shown in a
:class:`QTextBrowser`: its links between pages and to headings work, its screenshots are
scaled to the window's width, and F1 opens the page (and heading) for the screen in use.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfaredesk import paths

log = logging.getLogger(__name__)

INDEX = "README.md"
"""The guide's first page (its table of contents)."""

PAGES: dict[str, str] = {
    # The main window's tabs (object names) and the case's sections.
    "caseListTab": "03-daily-work.md#1-ケース一覧",
    "tasksTab": "03-daily-work.md#2-今日の仕事",
    "approvalsTab": "03-daily-work.md#3-承認確認待ち主任相談支援員",
    "searchTab": "03-daily-work.md#4-検索",
    "dashboardTab": "03-daily-work.md#5-ダッシュボード",
    "basicTab": "02-case-screen.md",
    "contactSlipTab": "01-intake.md",
    "assessmentTab": "06-assessment-referral.md#1-課題分析を記録する",
    "referralTab": "06-assessment-referral.md#3-つなぎを記録する",
    "planTab": "07-plan-to-closure.md#1-支援計画の案を作る",
    "meetingTab": "04-meetings.md#9-ケースの会議タブで結果を見る",
    "progressTab": "07-plan-to-closure.md#5-支援経過を記録する",
    "monitoringTab": "07-plan-to-closure.md#6-経過確認と評価",
    "closureTab": "07-plan-to-closure.md#9-終結",
    "timelineTab": "07-plan-to-closure.md#7-時系列",
}
"""Which page (and heading) explains a screen, by the screen's object name."""


def guide_dir() -> Path:
    """Where the guide's pages are (docs/guide in a checkout, bundled in an installation)."""
    return paths.guide_dir()


def heading_anchor(text: str) -> str:
    """The anchor of a heading, as GitHub makes it (the guide's links are written so)."""
    lowered = text.strip().lower()
    kept = "".join(ch for ch in lowered if ch in " -_" or unicodedata.category(ch)[0] in "LMN")
    return kept.replace(" ", "-")


def heading_anchors(headings: Iterable[str]) -> list[str]:
    """The anchors of a page's headings in order; a repeated one gets ``-1``, ``-2`` …."""
    seen: dict[str, int] = {}
    anchors = []
    for text in headings:
        anchor = heading_anchor(text)
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        anchors.append(anchor if count == 0 else f"{anchor}-{count}")
    return anchors


IMAGE_WIDTH = 900
"""Pixels: the screenshots (1280 wide) are shown at most this wide, to fit the window."""


class _GuideBrowser(QTextBrowser):
    """A text browser that hands out the guide's screenshots scaled to fit its window."""

    def loadResource(self, type_: int, name: QUrl | str) -> object:
        """Override QTextBrowser.loadResource: wide images come back scaled down."""
        if type_ == QTextDocument.ResourceType.ImageResource.value:
            url = self.source().resolved(QUrl(name) if isinstance(name, str) else name)
            image = QImage(url.toLocalFile()) if url.isLocalFile() else QImage()
            if not image.isNull():
                if image.width() > IMAGE_WIDTH:
                    image = image.scaledToWidth(
                        IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(type_, name)


class HelpDialog(QDialog):
    """A window showing the guide; modeless, so it can stay beside the program.

    Signals:
        page_shown(str): a page was shown (its file name and heading, as ``page#heading``).
    """

    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("WelfareDesk user guide"))
        self.resize(980, 760)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.backButton = QPushButton(self.tr("&Back"), self)
        self.backButton.setObjectName("helpBackButton")
        self.backButton.setEnabled(False)
        self.homeButton = QPushButton(self.tr("&Contents"), self)
        self.homeButton.setObjectName("helpHomeButton")
        bar.addWidget(self.backButton)
        bar.addWidget(self.homeButton)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.browser = _GuideBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.backwardAvailable.connect(self.backButton.setEnabled)
        self.backButton.clicked.connect(self.browser.backward)
        self.homeButton.clicked.connect(lambda: self.show_page(INDEX))
        self.browser.sourceChanged.connect(self._after_load)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._fragment = ""
        self.current = ""
        """The page shown, as ``file#heading`` (the heading part may be empty)."""

    def show_page(self, target: str) -> None:
        """Show a page of the guide: ``"03-daily-work.md#2-今日の仕事"`` or just a file name."""
        name, _sep, fragment = target.partition("#")
        path = guide_dir() / (name or INDEX)
        if not path.is_file():
            log.warning("guide page missing: %s", path.name)
            path = guide_dir() / INDEX
            fragment = ""
        self._fragment = fragment
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() == url:
            self._after_load(url)
        else:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _follow(self, url: QUrl) -> None:
        """A link: another page or heading of the guide here; addresses outside in a browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        resolved = self.browser.source().resolved(url)
        local = Path(resolved.toLocalFile()) if resolved.isLocalFile() else None
        if local is None or local.suffix.lower() != ".md":
            return  # only the guide's own pages are opened here
        self.show_page(f"{local.name}#{resolved.fragment()}")

    def _after_load(self, url: QUrl) -> None:
        fragment = self._fragment
        self._fragment = ""
        page = Path(url.toLocalFile()).name
        if fragment and not self._scroll_to_heading(fragment):
            log.debug("guide heading not found on %s", page)
            fragment = ""
        if not fragment:
            self.browser.verticalScrollBar().setValue(0)
        self.current = f"{page}#{fragment}" if fragment else page
        self.page_shown.emit(self.current)

    def _scroll_to_heading(self, fragment: str) -> bool:
        """Scroll so that the heading whose anchor is ``fragment`` is at the top."""
        wanted = QUrl.fromPercentEncoding(fragment.encode())
        document = self.browser.document()
        blocks = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                blocks.append(block)
            block = block.next()
        anchors = heading_anchors(b.text() for b in blocks)
        if wanted not in anchors:
            return False
        heading = blocks[anchors.index(wanted)]
        top = int(document.documentLayout().blockBoundingRect(heading).top())
        self.browser.verticalScrollBar().setValue(top)
        return True


def page_for(object_names: list[str]) -> str:
    """The guide page for the screen in use: the first of its object names with a page."""
    for name in object_names:
        if name in PAGES:
            return PAGES[name]
    return INDEX
