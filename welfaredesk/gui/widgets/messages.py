"""Inline messages in forms: one label that shows an error, a hint or nothing.

The style sheet colours the label by its ``messageKind`` property, and a field named in a
validation error gets the ``invalid`` property, so the look stays in ``app.qss``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from welfaredesk.gui.widgets.fit import fit_to_contents

MessageKind = Literal["error", "info"]


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_message(label: QLabel, text: str, *, kind: MessageKind = "error") -> None:
    """Show ``text`` in ``label`` (hidden when empty), styled by ``kind``."""
    label.setText(text)
    label.setProperty("messageKind", kind)
    _restyle(label)
    label.setVisible(bool(text))
    window = label.window()
    if text and isinstance(window, QDialog) and window.isVisible():
        fit_to_contents(window)  # a dialog grows for the message rather than cut its form


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding a value the program refused (or clear the mark)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    _restyle(widget)


def ask_discard(
    parent: QWidget, title: str, text: str, object_name: str, on_discard: Callable[[], None]
) -> QMessageBox:
    """Ask whether to throw away unsaved input (window-modal, does not block).

    The safe answer, 入力を続ける (keep editing), is the default; 破棄する calls ``on_discard``.

    Args:
        parent: the editor asking.
        title: the box's title (already translated).
        text: what is unsaved and what the answers do (already translated).
        object_name: the box's object name (tests find it by it).
        on_discard: called when the user chooses to discard.

    Returns:
        The box, already open.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(object_name)
    discard = box.addButton(
        QCoreApplication.translate("Messages", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Messages", "Continue editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    discard.clicked.connect(on_discard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
