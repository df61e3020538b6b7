"""The case list's views, detailed filters and list actions, wired to the main window.

:class:`CaseListTools` puts a :class:`~welfaredesk.gui.case_filter_panel.CaseViewsBar` above
the main window's filter bar and a :class:`~welfaredesk.gui.case_filter_panel.CaseFilterPanel`
below it, loads the choices and views on the database worker, and carries out the actions:
choosing, saving and deleting a view, the supervisors' 担当者の変更 (bulk reassignment) and
CSV出力 (the list as shown, written with a BOM so Excel reads it).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.gui.case_filter_panel import CaseFilterPanel, CaseViewsBar
from welfaredesk.gui.ops import run_op
from welfaredesk.gui.reassign_dialog import ReassignDialog
from welfaredesk.services.case_list import (
    CaseListService,
    CsvExport,
    FilterChoices,
    ReassignResult,
    SavedViewRow,
)
from welfaredesk.services.dto import CaseFilter, Principal

log = logging.getLogger(__name__)


class ListWindow(Protocol):
    """What the tools need from the main window."""

    def current_filter(self) -> CaseFilter:
        """The list's filter as shown."""
        ...

    def show_filter(self, flt: CaseFilter, *, view_key: str | None = None) -> None:
        """Show ``flt`` in the bar and the panel and search."""
        ...

    def selected_case_ids(self) -> list[int]:
        """The ids of the selected rows."""
        ...

    def refresh_cases(self) -> None:
        """Search again and reload open cases."""
        ...

    def reload(self) -> None:
        """Search again."""
        ...


class CaseListTools(QObject):
    """Views, filters and list actions of the case list.

    Signals:
        views_loaded(int): the views were (re)loaded (their number).
        reassign_opened(ReassignDialog): the reassignment dialog was opened.
        exported(int): a CSV export was written (the number of rows).
        status(str): a short message for the status bar.
    """

    views_loaded = Signal(int)
    reassign_opened = Signal(object)
    exported = Signal(int)
    status = Signal(str)

    def __init__(
        self,
        service: CaseListService,
        principal: Principal,
        window: QWidget,
        layout: QVBoxLayout,
        list_window: ListWindow,
    ) -> None:
        super().__init__(window)
        self._service = service
        self._principal = principal
        self._widget = window
        self._window = list_window
        self.choices: FilterChoices | None = None
        self.bar = CaseViewsBar(window)
        self.panel = CaseFilterPanel(window)
        self.panel.hide()
        layout.insertWidget(0, self.bar)
        layout.insertWidget(2, self.panel)
        self.bar.filters_button.toggled.connect(self._toggle_panel)
        self.bar.view_chosen.connect(self._view_chosen)
        self.bar.save_requested.connect(self.save_view)
        self.bar.delete_requested.connect(self.delete_view)
        self.panel.changed.connect(self._panel_changed)
        self.bar.reassign_button.clicked.connect(self.reassign)
        self.bar.export_button.clicked.connect(self.export)
        self.bar.reassign_button.setVisible(allowed(principal.role, Action.CASE_REASSIGN))
        self.bar.export_button.setVisible(allowed(principal.role, Action.CASE_EXPORT))
        self._update_filters_caption()

    # --- loading --------------------------------------------------------------------------

    def load(self, current_key: str | None = None) -> None:
        """Load the filter choices and the views on the worker."""
        service, principal = self._service, self._principal

        def both() -> tuple[FilterChoices, list[SavedViewRow]]:
            return service.choices(principal), service.views(principal)

        run_op(self._widget, both, lambda result: self._loaded(result, current_key))

    def _loaded(
        self, result: tuple[FilterChoices, list[SavedViewRow]], current_key: str | None
    ) -> None:
        choices, views = result
        self.choices = choices
        self.panel.set_choices(choices)
        key = current_key
        if key is None:
            view = self.bar.current_view()
            key = view.key if view is not None else None
        self.bar.set_views(views, key)
        self._update_filters_caption()
        self.views_loaded.emit(len(views))

    # --- views and filters ----------------------------------------------------------------

    def _toggle_panel(self, on: bool) -> None:
        self.panel.setVisible(on)

    def _view_chosen(self, view: SavedViewRow) -> None:
        self._window.show_filter(view.filter, view_key=view.key)

    def _panel_changed(self) -> None:
        self.bar.mark_custom()
        self._update_filters_caption()
        self._window.reload()

    def conditions_changed(self) -> None:
        """The filter bar changed (the list no longer follows a view)."""
        self.bar.mark_custom()

    def show(self, flt: CaseFilter, view_key: str | None) -> None:
        """Show ``flt`` in the panel; open the panel when it sets anything."""
        self.panel.apply(flt)
        if view_key is None:
            self.bar.mark_custom()
        else:
            index = self.bar.view_combo.findData(view_key)
            if index >= 0:
                self.bar.view_combo.setCurrentIndex(index)
        if self.panel.active_count() and not self.bar.filters_button.isChecked():
            self.bar.filters_button.setChecked(True)
        self._update_filters_caption()

    def _update_filters_caption(self) -> None:
        count = self.panel.active_count()
        self.bar.filters_button.setText(
            self.tr("&Filters ({count})").format(count=count) if count else self.tr("&Filters")
        )

    def save_view(self) -> None:
        """表示を保存: ask for a name and save the list's conditions under it."""
        name, ok = QInputDialog.getText(
            self._widget,
            self.tr("Save view"),
            self.tr("Name of the view (the search text is not saved):"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return
        flt = self._window.current_filter()
        existing = {v.name for v in self.bar.views() if not v.builtin}
        replace = False
        if " ".join(name.split()) in existing:
            answer = QMessageBox.question(
                self._widget,
                self.tr("Save view"),
                self.tr("A view named \u201c{name}\u201d exists. Replace it?").format(
                    name=" ".join(name.split())
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        service, principal = self._service, self._principal
        run_op(
            self._widget,
            lambda: service.save_view(principal, name, flt, replace=replace),
            lambda view: self.load(view.key),
            self._show_error(self.tr("Save view")),
        )

    def delete_view(self, view: SavedViewRow) -> None:
        """表示を削除: after a question, delete the user's view."""
        answer = QMessageBox.question(
            self._widget,
            self.tr("Delete view"),
            self.tr("Delete the view \u201c{name}\u201d? The cases are not changed.").format(
                name=view.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or view.id is None:
            return
        service, principal, view_id = self._service, self._principal, view.id
        run_op(
            self._widget,
            lambda: service.delete_view(principal, view_id),
            lambda _none: self.load("all"),
            self._show_error(self.tr("Delete view")),
        )

    # --- actions --------------------------------------------------------------------------

    def reassign(self) -> ReassignDialog | None:
        """担当者の変更 of the selected cases (supervisors)."""
        ids = self._window.selected_case_ids()
        if not ids:
            QMessageBox.information(
                self._widget,
                self.tr("Change the lead worker"),
                self.tr("Select the cases in the list first (Ctrl or Shift and click)."),
            )
            return None
        candidates = self.choices.lead_candidates if self.choices else ()
        dialog = ReassignDialog(self._service, self._principal, ids, candidates, self._widget)
        dialog.reassigned.connect(self._reassigned)
        dialog.open()
        self.reassign_opened.emit(dialog)
        return dialog

    def _reassigned(self, result: ReassignResult) -> None:
        self.status.emit(self.tr("Lead worker changed for %n case(s).", "", result.changed))
        self._window.refresh_cases()

    def export(self, path: Path | None = None) -> None:
        """CSV出力: write the list as shown (supervisors); ``path`` skips the file dialog."""
        if path is None:
            default = self.tr("case-list_{date}.csv").format(date=f"{dt.date.today():%Y%m%d}")
            chosen, _filter = QFileDialog.getSaveFileName(
                self._widget,
                self.tr("Export the list as CSV"),
                default,
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        flt = self._window.current_filter()
        service, principal = self._service, self._principal
        not_written = self.tr(
            "The CSV file could not be written. Check the folder, and that no other program "
            "has a file of the same name open."
        )

        def write() -> CsvExport:
            export = service.export_csv(principal, flt)
            try:
                target.write_text(export.text, encoding="utf-8-sig", newline="")
            except OSError as error:
                log.warning("case list CSV not written (%s)", type(error).__name__)
                raise KnownError(not_written) from error
            return export

        run_op(self._widget, write, self._exported, self._show_error(self.tr("Export")))

    def _exported(self, export: CsvExport) -> None:
        self.status.emit(self.tr("%n case(s) written to the CSV file.", "", export.rows))
        self.exported.emit(export.rows)

    def _show_error(self, title: str) -> Callable[[KnownError], None]:
        def show(error: KnownError) -> None:
            QMessageBox.warning(self._widget, title, error.text())

        return show
