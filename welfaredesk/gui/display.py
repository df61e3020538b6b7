"""Dates, and the punctuation the screens put around data, in the application's language.

Issue 11.

Japanese (the default): 和暦, exactly as :func:`welfaredesk.domain.wareki.format_wareki` writes
it (``令和8年11月6日``, ``R8.11.6``, ``令和8年(2026年)11月6日``). English: western dates
(``6 Nov 2026``, ``6 Nov 2026 09:40``) and fiscal years as ``FY2026``; a date put into a field
for the user to edit is ISO (``2026-11-06``), which :func:`welfaredesk.domain.dates.parse_date`
reads back.

The GUI formats every date it shows through these helpers, never with ``format_wareki``
directly. Printed forms (the printing package) stay Japanese.

The same goes for the punctuation the screens add around data: Japanese joins a list with
``、`` or ``・``, adds a note in full-width parentheses (``相談支援課（福祉係）``), puts ``：``
after a label and an ideographic space between the parts of a line; English writes ``, ``,
`` (…)``, ``: `` and `` · ``. The data itself is left as it is.

Everything here is re-exported by :mod:`welfaredesk.gui.i18n` (section "dates (D3)").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from welfaredesk.domain.dates import fiscal_year_label
from welfaredesk.domain.wareki import WarekiStyle, format_wareki

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English month abbreviations (fixed, not the system locale's: the screens are predictable)."""

LANGUAGE_PROPERTY = "welfaredeskLanguage"
"""The QApplication property that holds the screens' language (set when it is configured)."""


def english() -> bool:
    """Whether the screens are in English (the application's language property is ``en``)."""
    app = QCoreApplication.instance()
    return app is not None and app.property(LANGUAGE_PROPERTY) == "en"


def western(day: dt.date) -> str:
    """``6 Nov 2026``: a date in English, day first, without a leading zero."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def fmt_date(day: dt.date | None, style: WarekiStyle = "long") -> str:
    """A date for display; empty for None.

    Args:
        day: the date, or None.
        style: the 和暦 style of the Japanese screens (``"long"``: ``令和8年11月6日``,
            ``"short"``: ``R8.11.6``, ``"western"``: ``令和8年(2026年)11月6日``). English screens
            always show ``6 Nov 2026``.

    Returns:
        The formatted date.
    """
    if day is None:
        return ""
    if english():
        return western(day)
    return format_wareki(day, style=style)


def fmt_datetime(
    moment: dt.datetime | None, style: WarekiStyle = "long", *, seconds: bool = False
) -> str:
    """A date and time: ``令和8年11月6日 09:40`` / ``6 Nov 2026 09:40``; empty for None.

    Args:
        moment: the moment, or None.
        style: the 和暦 style of the date on Japanese screens (see :func:`fmt_date`).
        seconds: add the seconds (``09:40:05``).

    Returns:
        The date, a space and the time on the 24-hour clock.
    """
    if moment is None:
        return ""
    time = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{fmt_date(moment.date(), style)} {time}"


def fmt_date_input(day: dt.date | None, style: WarekiStyle = "long") -> str:
    """A date put into a text field for the user to edit; empty for None.

    Japanese: 和暦 in ``style`` (as the counselors type it); English: ISO ``2026-11-06``. Both
    are read back by :func:`welfaredesk.domain.dates.parse_date`.
    """
    if day is None:
        return ""
    if english():
        return day.isoformat()
    return format_wareki(day, style=style)


def fmt_fiscal_year(fiscal_year: int, *, with_western: bool = False) -> str:
    """A fiscal year: ``令和8年度`` (``令和8年度(2026年度)`` with ``with_western``) / ``FY2026``.

    Args:
        fiscal_year: the western year of the fiscal year's April.
        with_western: on Japanese screens, add the western year in parentheses.

    Returns:
        The fiscal year's name.
    """
    if english():
        return f"FY{fiscal_year}"
    return fiscal_year_label(fiscal_year, with_western=with_western)


JAPANESE_GAP = "\u3000"
"""The ideographic space between the parts of a line on Japanese screens."""

ENGLISH_GAP = " \u00b7 "
"""A middle dot between the parts of a line on English screens."""


def join_list(items: Iterable[str], japanese: str = "、") -> str:
    """Items of a list on one line: ``a、b`` (or ``a・b`` with ``japanese="・"``) / ``a, b``."""
    return (", " if english() else japanese).join(items)


def join_parts(items: Iterable[str]) -> str:
    """The parts of one entry: ``目標／支援内容`` / ``goal / action``."""
    return (" / " if english() else "／").join(items)


def join_spaced(items: Iterable[str]) -> str:
    """The parts of a line, spaced apart: ``a\u3000b`` / ``a · b``."""
    return (ENGLISH_GAP if english() else JAPANESE_GAP).join(items)


def annotate(main: str, note: str, *, spaced: bool = False) -> str:
    """A text with a note in parentheses: ``相談支援課（福祉係）`` / ``相談支援課 (福祉係)``.

    An empty note gives ``main`` alone; an empty ``main`` gives the note in parentheses.
    ``spaced`` puts an ideographic space before the parentheses on Japanese screens
    (``…　（開催済み）``).
    """
    if not note:
        return main
    if english():
        return f"{main} ({note})" if main else f"({note})"
    return f"{main}{JAPANESE_GAP if spaced and main else ''}（{note}）"


def labelled(label: str, value: str) -> str:
    """A label and its value: ``理由：転居`` / ``Reason: Moved away``."""
    return f"{label}: {value}" if english() else f"{label}：{value}"


def bullet(text: str) -> str:
    """An item of a list of lines: ``・…`` / ``• …``."""
    return f"\u2022 {text}" if english() else f"・{text}"
