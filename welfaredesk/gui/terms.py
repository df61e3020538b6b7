"""The definitions of the desk's terms, shown as help where a term is chosen (issue 12).

One place for each definition, so the intake and the assessment say the same thing as the
user guide (``docs/guide/terms.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from welfaredesk.domain.enums import MeetingKind, ReferralMethod, SharingBasis
from welfaredesk.gui.i18n import QT_TRANSLATE_NOOP
from welfaredesk.services.dto import PicklistEntry


def complex_needs_help() -> str:
    """複合的課題: what it means and what follows from it."""
    return QCoreApplication.translate(
        "Terms",
        "Complex needs: one household has several problems of different fields at once "
        "(older age, disability, children, poverty …). A case with difficult complex needs "
        "is led by an inclusive support coordinator and is taken to the coordination meeting.",
    )


def meeting_help(kind: MeetingKind) -> str:
    """What a meeting body is for, and whether it needs the person's consent."""
    texts = {
        MeetingKind.COORDINATION: QT_TRANSLATE_NOOP(
            "Terms",
            "Coordination meeting: the support plan of a case is examined and the roles of "
            "the city's offices and the agencies are settled. Only cases whose person has "
            "consented may be put on its agenda.",
        ),
        MeetingKind.STATUTORY: QT_TRANSLATE_NOOP(
            "Terms",
            "Support meeting (Article 9 of the Act on Self-Reliance Support for Needy "
            "Persons): the agencies share information on people who have not consented. "
            "No consent is needed; its members are bound to confidentiality, with penalties.",
        ),
        MeetingKind.NETWORK: QT_TRANSLATE_NOOP(
            "Terms",
            "Inclusive support promotion meeting: how the agencies work together; no "
            "individual case and no personal information is brought to it.",
        ),
        MeetingKind.OTHER: QT_TRANSLATE_NOOP(
            "Terms", "Other meetings the desk holds with the agencies."
        ),
    }
    return QCoreApplication.translate("Terms", texts[kind])


def no_consent_help() -> str:
    """同意なし: what may still be done for the person."""
    return QCoreApplication.translate(
        "Terms",
        "Without consent the case cannot go to the coordination meeting, and information is "
        "handed to an agency only when a support meeting (Article 9) decided to share it. "
        "Its members are bound to confidentiality.",
    )


def sharing_basis_help(basis: SharingBasis) -> str:
    """Why information about the person may be handed to an agency."""
    texts = {
        SharingBasis.CONSENT: QT_TRANSLATE_NOOP(
            "Terms",
            "Consent: the person agreed to share these kinds of information with this "
            "agency. Only what the recorded consent covers may be handed over.",
        ),
        SharingBasis.STATUTORY_MEETING: QT_TRANSLATE_NOOP(
            "Terms",
            "Support meeting: a support meeting (Article 9) decided to share the information "
            "without the person's consent. Name the meeting; what was learnt there stays "
            "confidential, with penalties.",
        ),
    }
    return QCoreApplication.translate("Terms", texts[basis])


def referral_method_help(method: ReferralMethod) -> str:
    """What each way of connecting a person to an agency means."""
    texts = {
        ReferralMethod.ACCOMPANIED: QT_TRANSLATE_NOOP(
            "Terms",
            "Accompanied: a worker of the desk goes with the person to the office or agency "
            "and hands the case over to its worker in person.",
        ),
        ReferralMethod.PHONE: QT_TRANSLATE_NOOP(
            "Terms",
            "Phone: the desk calls the agency, introduces the person and hands over what "
            "they agreed to share; the person goes on their own.",
        ),
        ReferralMethod.LETTER: QT_TRANSLATE_NOOP(
            "Terms", "Letter: the person takes the referral sheet (or it is sent) to the agency."
        ),
    }
    return QCoreApplication.translate("Terms", texts[method])


def explain_items(combo: QComboBox, texts: dict[object, str]) -> None:
    """Give the combo's items (by their data) their definitions, and show the chosen one's.

    The definition of each item is its tooltip in the open list; the closed combo shows the
    chosen item's as its own tooltip and tells screen readers.
    """
    for index in range(combo.count()):
        text = texts.get(combo.itemData(index))
        if text:
            combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
    if combo.property("explainsChoice") is None:
        combo.setProperty("explainsChoice", True)
        combo.currentIndexChanged.connect(lambda index: _explain_choice(combo, index))
    _explain_choice(combo, combo.currentIndex())


def explain(widget: QWidget, text: str) -> None:
    """Show ``text`` as the widget's tooltip and tell screen readers the same."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)


INDENT = "\u3000"
"""Put before a child issue category in the category combo boxes."""


def category_items(entries: Sequence[PicklistEntry]) -> list[tuple[str, str, str]]:
    """(text, code, definition) of the issue categories, each child indented under its parent.

    The definition is the pick-list's help text (8050, ダブルケア, 制度の狭間 …), or "".
    """
    children: dict[str, list[PicklistEntry]] = {}
    for entry in entries:
        if entry.parent_code:
            children.setdefault(entry.parent_code, []).append(entry)
    codes = {e.code for e in entries}
    items: list[tuple[str, str, str]] = []
    for entry in entries:
        if entry.parent_code and entry.parent_code in codes:
            continue
        items.append((entry.label, entry.code, entry.help_text))
        items.extend((INDENT + c.label, c.code, c.help_text) for c in children.get(entry.code, ()))
    return items


def add_categories(combo: QComboBox, entries: Sequence[PicklistEntry]) -> None:
    """Add the issue categories to ``combo`` (:func:`category_items`).

    Each item carries its definition as its tooltip, and the combo shows the chosen one's
    as its own.
    """
    definitions: dict[object, str] = {}
    for text, code, definition in category_items(entries):
        combo.addItem(text, code)
        definitions[code] = definition
    explain_items(combo, definitions)


def _explain_choice(combo: QComboBox, index: int) -> None:
    text = combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else None
    combo.setToolTip(text if isinstance(text, str) else "")
    combo.setAccessibleDescription(text if isinstance(text, str) else "")
