"""受付番号 (case numbers): ``R7-00012`` is the 12th case received in fiscal year 令和7年度.

A case number is the era letter and era year of the fiscal year (those of its April 1, see
:func:`~welfaredesk.domain.dates.fiscal_year_era`), a hyphen, and the serial number within the
fiscal year, zero-padded to five digits (more digits from 100000 on). A desk may choose the
western style instead (:class:`NumberStyle`): ``2025-00012``, the western year of the fiscal
year's April. Storage allocates the serials without gaps; this module only writes and reads the
text.

A case keeps the number it was given, so a desk that changes the style has numbers of both
styles: :func:`parse_case_number` reads both, and :func:`case_number_forms` gives the texts a
case with a given fiscal year and serial can have been stored under.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from welfaredesk.domain.dates import fiscal_year_bounds, fiscal_year_era
from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.text import msg
from welfaredesk.domain.wareki import EARLIEST_DATE, find_era

FIELD = "case_number"
"""The code name of the case number field, used in :class:`ValidationError`."""

LABEL = "受付番号"
"""The Japanese label of the case number field."""

SERIAL_DIGITS = 5
"""Serial numbers are zero-padded to this many digits."""

_CASE_NUMBER = re.compile("(?P<era>[MTSHR])(?P<year>[0-9]{1,4})-(?P<serial>[0-9]+)")
_WESTERN_NUMBER = re.compile("(?P<year>[0-9]{4})-(?P<serial>[0-9]+)")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))
_FORM_HINT = (
    "「R7-00012」のように元号の頭文字・年・ハイフン・番号で、"
    "または「2025-00012」のように西暦の年度・ハイフン・番号で入力してください。"
)


class NumberStyle(StrEnum):
    """How the desk writes the fiscal year in new case numbers."""

    ERA = "era"
    """``R7-00012`` (the default)."""
    WESTERN = "western"
    """``2025-00012``."""


STYLE_LABELS: dict[NumberStyle, str] = {
    NumberStyle.ERA: "和暦(R7-00012)",
    NumberStyle.WESTERN: "西暦(2025-00012)",
}
"""The Japanese name of each style, with an example."""


def format_case_number(fiscal_year: int, serial: int, style: NumberStyle = NumberStyle.ERA) -> str:
    """Write a case number.

    Args:
        fiscal_year: the western year of the fiscal year's April (2025 for 令和7年度).
        serial: the serial number within the fiscal year, 1 or more.
        style: era (the default) or western.

    Returns:
        ``R7-00001`` for ``(2025, 1)``; ``R7-123456`` for ``(2025, 123456)``; ``H31-00001`` for
        ``(2019, 1)`` because fiscal year 2019 began in 平成; ``2025-00001`` for
        ``(2025, 1, NumberStyle.WESTERN)``.

    Raises:
        ValueError: if ``serial`` is less than 1 or the fiscal year is outside the supported
            range (it must begin on or after 明治6年1月1日).
    """
    if serial < 1:
        raise ValueError(f"case serial must be 1 or more, not {serial}")
    era, era_year = fiscal_year_era(fiscal_year)  # also checks the supported range
    if style is NumberStyle.WESTERN:
        return f"{fiscal_year:04d}-{serial:0{SERIAL_DIGITS}d}"
    return f"{era.letter}{era_year}-{serial:0{SERIAL_DIGITS}d}"


def case_number_forms(fiscal_year: int, serial: int) -> tuple[str, ...]:
    """Every text a case of this fiscal year and serial can be stored under (one per style).

    A lookup by typed number matches any of them, so a desk that switched styles finds both
    its old and its new numbers, whichever style the user types.
    """
    return tuple(format_case_number(fiscal_year, serial, style) for style in NumberStyle)


def parse_case_number(text: str) -> tuple[int, int]:
    """Read a case number as typed.

    Full-width characters, a lower-case era letter, spaces and missing leading zeros are
    accepted: ``r7-12``, ``Ｒ７－００１２``, `` R7 - 12 `` all give ``(2025, 12)``. An era year that
    names the same fiscal year from the other era is accepted too (``R1-5`` is ``H31-00005``,
    fiscal year 2019), as long as the era was in force during that fiscal year. The western
    style is read too: ``2025-12`` and ``２０２５－００１２`` give ``(2025, 12)``.

    Args:
        text: what the user typed.

    Returns:
        ``(fiscal_year, serial)``.

    Raises:
        ValidationError: with field ``case_number`` and label ``受付番号``, if the text is empty,
            is not in the form ``R7-00012``, names an era year that does not exist for a fiscal
            year (``H32``, ``S64``), or has serial 0.
    """
    compact = "".join(unicodedata.normalize("NFKC", text).translate(_DASHES).upper().split())
    if not compact:
        raise ValidationError(
            FIELD, LABEL, msg("受付番号を入力してください。{hint}", hint=_FORM_HINT)
        )
    western = _WESTERN_NUMBER.fullmatch(compact)
    if western is not None:
        return _western(int(western["year"]), int(western["serial"]))
    match = _CASE_NUMBER.fullmatch(compact)
    if match is None:
        raise ValidationError(
            FIELD, LABEL, msg("受付番号として読み取れません。{hint}", hint=_FORM_HINT)
        )
    era = find_era(match["era"])
    if era is None:  # pragma: no cover - the pattern only matches known era letters
        raise ValidationError(
            FIELD, LABEL, msg("受付番号として読み取れません。{hint}", hint=_FORM_HINT)
        )
    era_year = int(match["year"])
    serial = int(match["serial"])
    fiscal_year = era.year_to_western(era_year)
    end = era.end
    valid_year = era_year >= 1 and 1 <= fiscal_year <= 9998
    if valid_year:
        first, last = fiscal_year_bounds(fiscal_year)
        valid_year = first >= EARLIEST_DATE and era.start <= last and (end is None or end >= first)
    if not valid_year:
        raise ValidationError(
            FIELD,
            LABEL,
            msg(
                "{era}{era_year}年度の受付番号はありません。元号と年を確かめてください。",
                era=era.kanji,
                era_year=era_year,
            ),
        )
    if serial < 1:
        raise ValidationError(FIELD, LABEL, msg("番号は1以上です。{hint}", hint=_FORM_HINT))
    return fiscal_year, serial


def _western(fiscal_year: int, serial: int) -> tuple[int, int]:
    valid_year = 1 <= fiscal_year <= 9998 and fiscal_year_bounds(fiscal_year)[0] >= EARLIEST_DATE
    if not valid_year:
        raise ValidationError(
            FIELD,
            LABEL,
            msg(
                "{fiscal_year}年度の受付番号はありません。年を確かめてください。",
                fiscal_year=fiscal_year,
            ),
        )
    if serial < 1:
        raise ValidationError(FIELD, LABEL, msg("番号は1以上です。{hint}", hint=_FORM_HINT))
    return fiscal_year, serial
