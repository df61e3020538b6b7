"""The About dialog (WelfareDesk について): version, environment and the bundled licences.

The first tab shows the program, its version and the versions of Python, Qt, PySide6 and
SQLite, and whether the database is a file or a server (asked on the worker). The second
lists every bundled component (:mod:`welfaredesk.licences`) with its version and licence; the
selected one's licence text is shown read-only below the list.
"""

from __future__ import annotations

import platform
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import welfaredesk
from welfaredesk import licences, paths
from welfaredesk.app import AppContext
from welfaredesk.domain.errors import KnownError
from welfaredesk.gui.ops import run_op
from welfaredesk.licences import Component, Kind
from welfaredesk.services.dto import DatabaseInfo

ICON_SIZE = 72
"""The program's icon on the first tab, in pixels."""


class AboutDialog(QDialog):
    """About WelfareDesk.

    Signals:
        database_shown(str): the kind of database is shown (its dialect).
    """

    database_shown = Signal(str)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About WelfareDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = ctx
        # Qt's own answer where a frozen build carries no metadata for the Qt distributions.
        running = {"qt": qVersion(), "pyside6": pyside_version}
        self.components = [(c, v or running.get(c.key, "")) for c, v in licences.bundled()]

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.setAccessibleName(self.tr("About WelfareDesk"))
        self.tabs.addTab(self._build_general(), self.tr("&General"))
        self.tabs.addTab(self._build_licences(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(860, 620)

        if self.componentTable.rowCount() > 0:
            self.componentTable.selectRow(0)
        if ctx is not None:
            run_op(self, ctx.system.database_info, self._show_database, self._database_failed)

    # --- the first tab ------------------------------------------------------------------

    def _build_general(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("generalPage")
        icon = QLabel(page)
        icon.setObjectName("iconLabel")
        pixmap = QPixmap(str(paths.resources_dir() / "icons" / "welfaredesk.png"))
        if not pixmap.isNull():
            ratio = self.devicePixelRatioF()
            pixmap = pixmap.scaled(
                round(ICON_SIZE * ratio),
                round(ICON_SIZE * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap.setDevicePixelRatio(ratio)
            icon.setPixmap(pixmap)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel("WelfareDesk", page)
        title.setObjectName("productLabel")
        title.setProperty("role", "title")
        self.versionLabel = QLabel(
            self.tr("Version {version}").format(version=welfaredesk.__version__), page
        )
        self.versionLabel.setObjectName("versionLabel")
        description = QLabel(
            self.tr(
                "Case records for a municipal general welfare consultation desk: intake, "
                "assessment, referrals, support plans, meetings, monitoring and closure."
            ),
            page,
        )
        description.setObjectName("descriptionLabel")
        description.setWordWrap(True)
        copyright_label = QLabel(self.tr("Copyright © 2026 the WelfareDesk authors."), page)
        copyright_label.setObjectName("copyrightLabel")
        copyright_label.setProperty("role", "caption")

        heading = QVBoxLayout()
        heading.setSpacing(6)
        for widget in (title, self.versionLabel, description, copyright_label):
            heading.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setObjectName("environmentForm")
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(16)
        self.databaseValue = QLabel(self.tr("Checking..."), page)
        self.databaseValue.setObjectName("databaseValue")
        rows = (
            (self.tr("Python:"), platform.python_version()),
            (self.tr("Qt:"), qVersion()),
            (self.tr("PySide6:"), pyside_version),
            (self.tr("SQLite:"), sqlite3.sqlite_version),
            (self.tr("Operating system:"), platform.platform(terse=True)),
        )
        for text, value in rows:
            label = QLabel(value, page)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, label)
        form.addRow(self.tr("Database:"), self.databaseValue)

        environment = QLabel(self.tr("Environment"), page)
        environment.setObjectName("environmentHeading")
        bold = QFont(environment.font())
        bold.setBold(True)
        environment.setFont(bold)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(environment)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _show_database(self, info: DatabaseInfo) -> None:
        if info.dialect == "sqlite":
            text = self.tr("A file on this PC (SQLite)")
        elif info.dialect == "postgresql":
            text = self.tr("A server (PostgreSQL)")
        else:
            text = info.dialect
        self.databaseValue.setText(text)
        self.database_shown.emit(info.dialect)

    def _database_failed(self, _error: KnownError) -> None:
        self.databaseValue.setText(self.tr("Could not be checked."))
        self.database_shown.emit("")

    # --- the licences tab ---------------------------------------------------------------

    def _build_licences(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("licencesPage")
        intro = QLabel(
            self.tr(
                "WelfareDesk includes the following software and fonts. Select one to read "
                "its licence."
            ),
            page,
        )
        intro.setObjectName("licencesIntro")
        intro.setWordWrap(True)

        table = QTableWidget(len(self.components), 4, page)
        table.setObjectName("componentTable")
        table.setAccessibleName(self.tr("Bundled components"))
        table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Kind")]
        )
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        for row, (component, version) in enumerate(self.components):
            texts = (
                component.name,
                version,
                self.licence_name(component),
                self.kind_label(component.kind),
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._show_selected)
        self.componentTable = table

        self.licenceText = QPlainTextEdit(page)
        self.licenceText.setObjectName("licenceText")
        self.licenceText.setAccessibleName(self.tr("Licence text"))
        self.licenceText.setReadOnly(True)
        self.licenceText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.setObjectName("licenceSplitter")
        splitter.addWidget(table)
        splitter.addWidget(self.licenceText)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        return page

    def kind_label(self, kind: Kind) -> str:
        """The name of a kind of component, translated."""
        return {
            Kind.PROGRAM: self.tr("Program"),
            Kind.RUNTIME: self.tr("Runtime"),
            Kind.LIBRARY: self.tr("Library"),
            Kind.FONT: self.tr("Font"),
        }[kind]

    def licence_name(self, component: Component) -> str:
        """The licence's name as shown: its SPDX identifier, or words where there is none."""
        words = {
            "": self.tr("Not stated"),
            "Public domain": self.tr("Public domain"),
            "IPA": self.tr("IPA Font License v1.0"),
            "Symbola licence (free for any use)": self.tr("Free for any use"),
        }
        return words.get(component.licence, component.licence)

    def note(self, component: Component) -> str:
        """What the dialog says about a component before its licence text."""
        if component.key == "welfaredesk":
            return self.tr(
                "No licence is stated for this program in its source. Ask whoever gave you "
                "this copy about the terms of use."
            )
        if component.replaceable:
            return self.tr(
                "Qt and PySide6 are used as shared libraries under the GNU Lesser General "
                "Public License version 3 (LGPL-3.0): you may replace them with a modified "
                "version. Their source code is available from {urls}."
            ).format(urls=" / ".join(licences.QT_SOURCE_URLS))
        if component.key == "name_mincho":
            return self.tr(
                "A subset of IPAmj Mincho, renamed as its licence requires "
                "(resources/fonts/README.md says how to use the original font instead)."
            )
        if component.key == "sqlite":
            return self.tr("SQLite is part of the Python runtime.")
        return ""

    def select_component(self, key: str) -> bool:
        """Select a component by its key (:attr:`Component.key`); False if it is not listed."""
        for row, (component, _version) in enumerate(self.components):
            if component.key == key:
                self.componentTable.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        rows = self.componentTable.selectionModel().selectedRows()
        if not rows:
            self.licenceText.clear()
            return
        component, version = self.components[rows[0].row()]
        lines = [f"{component.name} {version}".strip()]
        lines.append(self.tr("Licence: {licence}").format(licence=self.licence_name(component)))
        if component.url:
            lines.append(component.url)
        note = self.note(component)
        if note:
            lines += ["", note]
        text = licences.licence_text(component)
        if text:
            lines += ["", "-" * 72, "", text]
        self.licenceText.setPlainText("\n".join(lines))
        self.licenceText.moveCursor(self.licenceText.textCursor().MoveOperation.Start)
