"""Lists of texts joined for the screens, kept translatable (issue 11).

``"、".join(labels)`` gives a plain ``str`` the GUI cannot translate in English mode; these build
the same Japanese text as nested :func:`~welfaredesk.domain.text.msg` values, so each item and
the separator are translated (``"A、B、C"`` → ``"A, B, C"``).
"""

from __future__ import annotations

from collections.abc import Iterable

from welfaredesk.domain.text import msg


def join_list(items: Iterable[str]) -> str:
    """The items joined with ``、`` (empty text when there are none)."""
    result = ""
    for item in items:
        result = msg("{items}、{item}", items=result, item=item) if result else item
    return result


def join_dots(items: Iterable[str]) -> str:
    """The items joined with ``・`` (empty text when there are none)."""
    result = ""
    for item in items:
        result = msg("{items}・{item}", items=result, item=item) if result else item
    return result
