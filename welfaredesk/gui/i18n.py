"""The GUI's language: translating what the services and the domain hand over (issue 11).

Services and the domain produce Japanese (printed forms and the command line stay Japanese).
In English mode the GUI translates what it receives, at a few central points, through Qt's
translation system in the context ``Data`` (the entries are generated into
``welfaredesk/gui/forms/data_catalog.py`` by ``scripts/build_qt.py``, so the ``.ts`` files stay
the one place for translations):

- :func:`welfaredesk.gui.ops.run_op` (and the other worker paths that hand service results to
  the screens) pass every result through :func:`translate_result`;
- ``KnownError.text()`` goes through the translator installed by ``configure_application``
  (:func:`welfaredesk.domain.text.set_translator`);
- screens that turn a code into words use :func:`label`.

In Japanese mode all of this returns its argument at once.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from welfaredesk.domain import enums
from welfaredesk.domain.text import DateText, FiscalYearText, Msg
from welfaredesk.gui.display import western

__all__ = [
    "DATA_CONTEXT",
    "english",
    "label",
    "tr_data",
    "translate_result",
    "translating_op",
]

T = TypeVar("T")

DATA_CONTEXT = "Data"
"""The translation context of the services' and the domain's texts."""

LANGUAGE_PROPERTY = "welfaredeskLanguage"
"""The application property holding the language of this run (``ja`` or ``en``)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; translated later (a typed Qt idiom)."""
    del context
    return text


def english() -> bool:
    """Whether the application runs in English (set by ``configure_application``)."""
    app = QCoreApplication.instance()
    return app is not None and app.property(LANGUAGE_PROPERTY) == "en"


def tr_data(text: str) -> str:
    """A service or domain text in the language of the screens.

    In English mode a :class:`Msg` has its template translated and filled with its values
    (each text value translated too); a plain text is looked up as it is. A text without a
    translation (people's data, say) comes back unchanged, as does everything in Japanese mode.
    """
    if not english():
        return text
    return _tr(text)


def translate_result(obj: T) -> T:
    """A service result with every text in it passed through :func:`tr_data` (English mode).

    Walks frozen dataclasses (rebuilt with ``dataclasses.replace``), named tuples, tuples,
    lists and dicts (their values), nested; leaves enum members, dates, numbers and anything
    else alone. Returns ``obj`` itself in Japanese mode and wherever nothing changed.

    An object of any other class passes untouched: an op whose result must stay Japanese
    (the data of an export or a printed form) wraps it in a plain class of its own.
    """
    if not english():
        return obj
    translated: T = _walk(obj)
    return translated


def translating_op(op: Callable[[], T]) -> Callable[[], T]:
    """``op`` with its result passed through :func:`translate_result` (English mode).

    Called on the GUI thread when the op is submitted; the wrapped op translates on the
    database worker, so the screens get the result ready. In Japanese mode: ``op`` itself.
    """
    if not english():
        return op

    def translated() -> T:
        result: T = _walk(op())
        return result

    return translated


def label(value: enum.StrEnum) -> str:
    """The words for a code (``domain.enums.label``) in the language of the screens."""
    return tr_data(enums.label(value))


def _tr(text: str) -> str:
    """:func:`tr_data` without the language check (English mode)."""
    if isinstance(text, Msg):
        return _tr_msg(text)
    if isinstance(text, DateText):
        return western(text.day)
    if isinstance(text, FiscalYearText):
        return f"FY{text.fiscal_year}"
    if not text or text.isascii():
        return text
    return QCoreApplication.translate(DATA_CONTEXT, str(text))


def _tr_msg(text: Msg) -> str:
    template = QCoreApplication.translate(DATA_CONTEXT, text.template)
    params = {
        key: _tr(value) if isinstance(value, str) and not isinstance(value, enum.Enum) else value
        for key, value in text.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a placeholder
        try:
            return text.template.format(**params)
        except (KeyError, IndexError, ValueError):
            return str(text)


_LEAVES = (enum.Enum, int, float, bytes, type(None))

FREE_TEXT_FIELDS = frozenset(
    {
        "acknowledgement_comment",
        "address",
        "advice",
        "agency_issue",
        "agency_issues",
        "basis_note",
        "body",
        "client_kana",
        "client_name",
        "client_wishes",
        "comment",
        "concern",
        "concerns",
        "consulter_contact",
        "consulter_name",
        "contact_person",
        "decision_note",
        "display_kana",
        "display_name",
        "evaluation",
        "excerpt",
        "family_kana",
        "family_name",
        "given_kana",
        "given_name",
        "goal",
        "goals",
        "household_notes",
        "kana",
        "lead_reason",
        "location",
        "measure",
        "next_action",
        "note",
        "outcome",
        "overall_goal",
        "person_name",
        "phone",
        "place",
        "presenting_concern",
        "reason",
        "reopen_reason",
        "responsible",
        "responsible_person",
        "return_reason",
        "risk",
        "risks",
        "short_goals",
        "short_term_goals",
        "snippet",
        "status_reason",
        "strengths",
        "triage_reason",
        "wishes",
    }
)
"""Fields of the services' results that hold what people typed (a note's body, a goal, a
reason): never translated, not even when the text happens to read exactly like a label
(a next action of just 「訪問」 must stay 「訪問」 on an English screen, and must not be saved back
as "Home visit" by an editor opened on it). Structured values in such a field (rows with
labels of their own) are still walked."""


PROGRAM_TEXT_FIELDS = frozenset(
    {("ConnectionReport", "advice"), ("LedgerProblem", "reason"), ("ReportTable", "note")}
)
"""(result class, field) pairs named like typed text that the program writes itself."""


def _typed_text(owner: object, name: str, value: Any) -> bool:
    """Whether ``value`` in field ``name`` of ``owner`` is what someone typed (kept as is).

    A :class:`~welfaredesk.domain.text.Msg` is always the program's own words. A field
    declared with ``metadata={"verbatim": True}`` (a file's own headings, the desk's name) is
    never translated at all (checked in :func:`_walk`).
    """
    if name not in FREE_TEXT_FIELDS or (type(owner).__name__, name) in PROGRAM_TEXT_FIELDS:
        return False
    if isinstance(value, str):
        return not isinstance(value, (enum.Enum, Msg))
    if isinstance(value, (tuple, list)):
        return all(isinstance(item, str) and not isinstance(item, Msg) for item in value)
    return False


def _walk(obj: Any) -> Any:
    if isinstance(obj, _LEAVES):
        return obj
    if isinstance(obj, str):
        return _tr(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for field in dataclasses.fields(obj):
            if not field.init:
                continue
            value = getattr(obj, field.name)
            if field.metadata.get("verbatim") or _typed_text(obj, field.name, value):
                continue
            new = _walk(value)
            if new is not value:
                changes[field.name] = new
        return dataclasses.replace(obj, **changes) if changes else obj
    if isinstance(obj, tuple):
        items = [_walk(item) for item in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        if hasattr(obj, "_fields") and hasattr(obj, "_make"):  # a NamedTuple
            items = [
                old if _typed_text(obj, name, old) else new
                for name, new, old in zip(obj._fields, items, obj, strict=True)
            ]
            return obj._make(items)
        return type(obj)(items) if type(obj) is not tuple else tuple(items)
    if isinstance(obj, list):
        items = [_walk(item) for item in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        return type(obj)(items) if type(obj) is not list else items
    if isinstance(obj, dict):
        values = {key: _walk(value) for key, value in obj.items()}
        if all(values[key] is value for key, value in obj.items()):
            return obj
        if type(obj) is dict:
            return values
        try:
            return type(obj)(values)
        except TypeError:
            return obj
    return obj


# --- dates (D3) ---
# Dates and the punctuation around data in the language of the screens. They live in
# welfaredesk.gui.display, which does not import this module (either may be imported first).
from welfaredesk.gui.display import (  # noqa: E402
    annotate,
    bullet,
    fmt_date,
    fmt_date_input,
    fmt_datetime,
    fmt_fiscal_year,
    join_list,
    join_parts,
    join_spaced,
    labelled,
)

__all__ += [
    "annotate",
    "bullet",
    "fmt_date",
    "fmt_date_input",
    "fmt_datetime",
    "fmt_fiscal_year",
    "join_list",
    "join_parts",
    "join_spaced",
    "labelled",
]
