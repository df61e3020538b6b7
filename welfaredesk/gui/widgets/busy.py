"""A dialog that stays open while the database worker is busy for it."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class BusyDialog(QDialog):
    """A dialog whose result from the worker is awaited: it cannot be closed meanwhile.

    Subclasses set ``self._busy`` while a job of theirs runs (and clear it when the result or
    the error arrives); the window's close button and Escape do nothing until then.
    """

    _busy: bool = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QDialog.closeEvent: stay open while the worker is busy for the dialog."""
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Override QDialog.reject: Escape closes the dialog, except while it is busy."""
        if not self._busy:
            super().reject()
