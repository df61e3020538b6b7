"""Texts the services and the domain hand to the screens, and their translation hook (issue 11).

Japanese is the canonical language: services, the domain, printed forms and the CLI produce
Japanese. The GUI translates what it receives, in English mode only, at a few central points
(``welfaredesk.gui.i18n``). A text built from a template and values is made with :func:`msg`:
it *is* the Japanese text (a ``str``), and it remembers the template and the values, so the GUI
can translate the template and fill in the (translated) values again.

The domain has no Qt: the GUI installs the translation function with :func:`set_translator`,
and :func:`translate` (used by ``KnownError.text()``) is the identity until it does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from welfaredesk.domain.wareki import WarekiStyle

__all__ = ["DateText", "Msg", "date_text", "msg", "set_translator", "translate"]


class Msg(str):
    """The Japanese text, remembering the template and parameters it was made from.

    Attributes:
        template: the Japanese template with ``{name}`` placeholders (a catalogue entry).
        params: the values put into the placeholders (read-only).
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object]) -> Msg:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params)))

    def __repr__(self) -> str:
        return f"msg({self.template!r}, **{dict(self.params)!r})"


def _rebuild(template: str, params: dict[str, object]) -> Msg:
    return Msg(template, params)


class DateText(str):
    """A date written in 和暦 (a value in a message or a DTO), remembering the date.

    The English screens write the date their own way (``6 Nov 2026``) instead.

    Attributes:
        day: the date.
    """

    day: date

    def __new__(cls, text: str, day: date) -> DateText:
        self = super().__new__(cls, text)
        self.day = day
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (DateText, (str(self), self.day))


class FiscalYearText(str):
    """A fiscal year named in 和暦 (``令和8年度``), remembering its western year.

    The English screens name it their own way (``FY2026``) instead.

    Attributes:
        fiscal_year: the western year of the fiscal year's April.
    """

    fiscal_year: int

    def __new__(cls, text: str, fiscal_year: int) -> FiscalYearText:
        self = super().__new__(cls, text)
        self.fiscal_year = fiscal_year
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (FiscalYearText, (str(self), self.fiscal_year))


def date_text(day: date, *, style: WarekiStyle = "long") -> DateText:
    """``format_wareki(day, style=style)``, remembering the date for the English screens.

    ``msg("相談受付日（{date}）より前の日付は入力できません。", date=date_text(opened_on))``
    """
    # Imported here: wareki imports this module (for msg).
    from welfaredesk.domain.wareki import format_wareki  # noqa: PLC0415

    return DateText(format_wareki(day, style=style), day)


def msg(template: str, /, **params: object) -> Msg:
    """A text made from a Japanese template and values.

    ``msg("相談受付日（{date}）より前の日付は入力できません。", date="2026-04-01")`` equals the
    formatted Japanese text; the template must be a string literal so that the catalogue
    (``scripts/build_qt.py``) finds it.
    """
    return Msg(template, params)


_installed: list[Callable[[str], str]] = []
"""The translator, if one is installed (a list: no ``global`` statement)."""


def set_translator(fn: Callable[[str], str] | None) -> None:
    """Install the function that translates service and domain texts (None: no translation)."""
    _installed.clear()
    if fn is not None:
        _installed.append(fn)


def translate(text: str) -> str:
    """``text`` translated by the installed translator; unchanged when none is installed."""
    if not _installed:
        return text
    return _installed[0](text)


def translating() -> bool:
    """Whether a translator is installed (the GUI runs in a language other than Japanese)."""
    return bool(_installed)
