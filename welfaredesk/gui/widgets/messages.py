"""Inline messages in forms: one label that shows an error, a hint or nothing.

The style sheet colours the label by its ``messageKind`` property, and a field named in a
validation error gets the ``invalid`` property, so the look stays in ``app.qss``.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QLabel, QWidget

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


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding a value the program refused (or clear the mark)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    _restyle(widget)
