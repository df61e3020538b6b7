"""The definitions of the desk's terms, shown as help where a term is chosen (issue 12).

One place for each definition, so the intake and the assessment say the same thing as the
user guide (``docs/guide/terms.md``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def complex_needs_help() -> str:
    """複合的課題: what it means and what follows from it."""
    return QCoreApplication.translate(
        "Terms",
        "Complex needs: one household has several problems of different fields at once "
        "(older age, disability, children, poverty …). A case with difficult complex needs "
        "is led by an inclusive support coordinator and is taken to the coordination meeting.",
    )


def explain(widget: QWidget, text: str) -> None:
    """Show ``text`` as the widget's tooltip and tell screen readers the same."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)
