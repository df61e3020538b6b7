"""和暦 (Japanese era dates): the five modern eras, conversion and formatting.

The app supports dates from 明治6年1月1日 (1873-01-01), the day Japan adopted the Gregorian
calendar. Earlier dates belong to the lunisolar calendar (旧暦), whose days do not map one-to-one
onto western dates, so they are refused rather than converted wrongly.

Era boundaries (first day of each era, as the law and the 官報 give them):

====  ======  ==========  =======================================
Era   Letter  First day   Last day
====  ======  ==========  =======================================
明治  M       1868-10-23  1912-07-29 (supported from 1873-01-01)
大正  T       1912-07-30  1926-12-24
昭和  S       1926-12-25  1989-01-07 (昭和64年1月7日)
平成  H       1989-01-08  2019-04-30 (平成31年4月30日)
令和  R       2019-05-01  —
====  ======  ==========  =======================================

Parsing what counselors type lives in :mod:`welfaredesk.domain.dates`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Literal

from welfaredesk.domain.text import msg

EARLIEST_DATE = date(1873, 1, 1)
"""The first supported date: 明治6年1月1日, when the Gregorian calendar was adopted."""

WarekiStyle = Literal["long", "short", "western"]
"""How :func:`format_wareki` writes a date.

* ``"long"``: ``令和7年4月1日`` (``令和元年5月1日`` for the first year of an era);
* ``"short"``: ``R7.4.1`` (the era letter, no 元);
* ``"western"``: ``令和7年(2025年)4月1日``, the long form with the western year.
"""


class InvalidDate(ValueError):
    """A date that does not exist or cannot be handled.

    Attributes:
        problem: what is wrong and what to do, in Japanese, ready to be the ``problem`` of a
            :class:`~welfaredesk.domain.errors.ValidationError`.
    """

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class Era(Enum):
    """The five modern Japanese eras (元号), oldest first.

    Attributes:
        kanji: the era name as written (``令和``).
        letter: the one-letter abbreviation used in short dates and case numbers (``R``).
        start: the first day of the era.
    """

    MEIJI = ("明治", "M", date(1868, 10, 23))
    TAISHO = ("大正", "T", date(1912, 7, 30))
    SHOWA = ("昭和", "S", date(1926, 12, 25))
    HEISEI = ("平成", "H", date(1989, 1, 8))
    REIWA = ("令和", "R", date(2019, 5, 1))

    def __init__(self, kanji: str, letter: str, start: date) -> None:
        self.kanji = kanji
        self.letter = letter
        self.start = start

    @property
    def next(self) -> Era | None:
        """The era that followed this one, or None for the current era."""
        members = list(Era)
        index = members.index(self)
        return members[index + 1] if index + 1 < len(members) else None

    @property
    def end(self) -> date | None:
        """The last day of the era, or None for the current era."""
        following = self.next
        return None if following is None else following.start - timedelta(days=1)

    def year_to_western(self, era_year: int) -> int:
        """The western year of an era year (元年 is 1), without checking that it exists.

        Args:
            era_year: the year of the era, 1 for 元年.

        Returns:
            The western (Gregorian) year.
        """
        return self.start.year + era_year - 1

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls within this era (ignoring :data:`EARLIEST_DATE`).

        Args:
            day: the date to check.

        Returns:
            True if the era was in force on ``day``.
        """
        end = self.end
        return self.start <= day and (end is None or day <= end)


_ERA_ALIASES: dict[str, Era] = {
    alias: era for era in Era for alias in (era.kanji, era.kanji[0], era.letter, era.letter.lower())
}


def find_era(text: str) -> Era | None:
    """Look an era up by the ways it is written.

    Args:
        text: the era name (``令和``), its first kanji (``令``) or its letter in either case
            (``R``, ``r``). Surrounding spaces are ignored.

    Returns:
        The era, or None if ``text`` names none.
    """
    return _ERA_ALIASES.get(text.strip())


def ensure_supported(day: date) -> None:
    """Refuse a date before :data:`EARLIEST_DATE`.

    Args:
        day: the date to check.

    Raises:
        InvalidDate: if ``day`` is before 明治6年1月1日 (the lunisolar calendar).
    """
    if day < EARLIEST_DATE:
        raise InvalidDate(
            "明治6年（1873年）1月1日より前の日付は旧暦のため扱えません。"
            "明治6年1月1日以降の日付を入力してください。"
        )


def era_of(day: date) -> Era:
    """The era in force on a date.

    Args:
        day: a date on or after :data:`EARLIEST_DATE`.

    Returns:
        The era of ``day``.

    Raises:
        InvalidDate: if ``day`` is before :data:`EARLIEST_DATE`.
    """
    ensure_supported(day)
    for era in reversed(Era):
        if era.start <= day:
            return era
    raise AssertionError("unreachable: EARLIEST_DATE is within 明治")  # pragma: no cover


def era_year_label(era: Era, era_year: int) -> str:
    """The year of an era as written in Japanese, with 元年 for the first year.

    Args:
        era: the era.
        era_year: the year of the era, 1 or more.

    Returns:
        ``令和元年`` for year 1, ``令和7年`` otherwise.
    """
    return f"{era.kanji}{'元' if era_year == 1 else era_year}年"


@dataclass(frozen=True, slots=True)
class WarekiDate:
    """A date written in an era: 令和7年4月1日 is ``WarekiDate(Era.REIWA, 7, 4, 1)``.

    A WarekiDate may describe a day that does not exist (平成32年1月1日); :meth:`to_date` checks.
    Instances made by :func:`to_wareki` always exist.

    Attributes:
        era: the era.
        year: the year of the era, 1 for 元年.
        month: the month, 1 to 12.
        day: the day of the month.
    """

    era: Era
    year: int
    month: int
    day: int

    def __str__(self) -> str:
        return f"{era_year_label(self.era, self.year)}{self.month}月{self.day}日"

    def to_date(self) -> date:
        """The western date, checking that this era date exists.

        Returns:
            The Gregorian date.

        Raises:
            InvalidDate: if the era year is 0 or less, the month or day does not exist, the
                date is outside the era (平成31年5月1日, 令和元年4月30日) or before
                :data:`EARLIEST_DATE`. The message says what to do.
        """
        era = self.era
        if self.year < 1:
            raise InvalidDate(
                msg(
                    "{era}{year}年という年はありません。"
                    "{era}の最初の年は元年（1年）です。"
                    "正しい年を入力してください。",
                    era=era.kanji,
                    year=self.year,
                )
            )
        end = era.end
        if end is not None and self.year > end.year - era.start.year + 1:
            raise InvalidDate(
                msg(
                    "{era}{year}年という年はありません。"
                    "{era}は{month_day}までです。"
                    "正しい年を入力してください。",
                    era=era.kanji,
                    year=self.year,
                    month_day=_month_day_in_era(end),
                )
            )
        western_year = era.year_to_western(self.year)
        try:
            result = date(western_year, self.month, self.day)
        except ValueError:
            raise InvalidDate(
                msg("{date}という日付はありません。正しい日付を入力してください。", date=self)
            ) from None
        ensure_supported(result)
        if result < era.start:
            previous = era_of(era.start - timedelta(days=1))
            raise InvalidDate(
                msg(
                    "{date}という日付はありません。"
                    "{era}は{month_day}からで、"
                    "前日までは{other_era}です。正しい日付を入力してください。",
                    date=self,
                    era=era.kanji,
                    month_day=_month_day_in_era(era.start),
                    other_era=previous.kanji,
                )
            )
        if end is not None and result > end:
            following = era_of(end + timedelta(days=1))
            raise InvalidDate(
                msg(
                    "{date}という日付はありません。"
                    "{era}は{month_day}までで、"
                    "翌日からは{other_era}です。正しい日付を入力してください。",
                    date=self,
                    era=era.kanji,
                    month_day=_month_day_in_era(end),
                    other_era=following.kanji,
                )
            )
        return result


def to_wareki(day: date) -> WarekiDate:
    """Convert a western date to its era date.

    Args:
        day: a date on or after :data:`EARLIEST_DATE`.

    Returns:
        The era date; 2019-05-01 gives 令和元年5月1日, 2019-04-30 gives 平成31年4月30日.

    Raises:
        InvalidDate: if ``day`` is before :data:`EARLIEST_DATE`.
    """
    era = era_of(day)
    return WarekiDate(era, day.year - era.start.year + 1, day.month, day.day)


def wareki_year_label(day: date) -> str:
    """The era year of a date (``令和7年``, ``令和元年``).

    Args:
        day: a date on or after :data:`EARLIEST_DATE`.

    Returns:
        The era and year, with 元年 for the first year.

    Raises:
        InvalidDate: if ``day`` is before :data:`EARLIEST_DATE`.
    """
    wareki = to_wareki(day)
    return era_year_label(wareki.era, wareki.year)


def format_wareki(day: date, *, style: WarekiStyle = "long") -> str:
    """Write a date in 和暦.

    Args:
        day: a date on or after :data:`EARLIEST_DATE`.
        style: ``"long"`` (``令和7年4月1日``, ``令和元年5月1日``), ``"short"`` (``R7.4.1``) or
            ``"western"`` (``令和7年(2025年)4月1日``). See :data:`WarekiStyle`.

    Returns:
        The formatted date.

    Raises:
        InvalidDate: if ``day`` is before :data:`EARLIEST_DATE`.
    """
    wareki = to_wareki(day)
    if style == "short":
        return f"{wareki.era.letter}{wareki.year}.{wareki.month}.{wareki.day}"
    if style == "western":
        year = era_year_label(wareki.era, wareki.year)
        return f"{year}({day.year}年){wareki.month}月{wareki.day}日"
    return str(wareki)


def _month_day_in_era(day: date) -> str:
    """``31年4月30日``, ``元年5月1日``: an era date without the era name, for messages."""
    wareki = to_wareki(day)
    year = "元" if wareki.year == 1 else str(wareki.year)
    return f"{year}年{wareki.month}月{wareki.day}日"
