"""Dates as the desk uses them: fiscal years (年度), ages, and reading typed dates.

The fiscal year (年度) runs from April 1 to March 31 and is named after the year of its April:
2026-03-31 is in fiscal year 2025 (令和7年度).

:func:`parse_date` reads the ways counselors type dates into a form field, western or 和暦, in
full or half width; see its docstring for the accepted forms. It never guesses silently between
two readings: a year of one or two digits without an era is the year of the era current today.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.text import FiscalYearText, date_text, msg
from welfaredesk.domain.wareki import (
    EARLIEST_DATE,
    Era,
    InvalidDate,
    WarekiDate,
    ensure_supported,
    era_of,
    era_year_label,
    find_era,
)

FISCAL_YEAR_START_MONTH = 4
"""The fiscal year starts on April 1 (and ends on March 31 of the next western year)."""


def fiscal_year(day: date) -> int:
    """The fiscal year (年度) a date belongs to, named by the western year of its April.

    Args:
        day: any date.

    Returns:
        ``day.year`` from April to December, ``day.year - 1`` from January to March
        (2026-03-31 → 2025, 2026-04-01 → 2026).
    """
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def fiscal_year_bounds(fiscal_year: int) -> tuple[date, date]:
    """The first and last day of a fiscal year, both inclusive.

    Args:
        fiscal_year: the western year of the fiscal year's April (2025 for 令和7年度).

    Returns:
        ``(April 1 of fiscal_year, March 31 of the next year)``.

    Raises:
        ValueError: if the fiscal year is outside 1 to 9998 (the range of :class:`date`).
    """
    if not 1 <= fiscal_year <= 9998:
        raise ValueError(f"fiscal year out of range: {fiscal_year}")
    return date(fiscal_year, 4, 1), date(fiscal_year + 1, 3, 31)


def fiscal_year_era(fiscal_year: int) -> tuple[Era, int]:
    """The era and era year that name a fiscal year: those of its first day, April 1.

    Fiscal year 2019 began on 平成31年4月1日, so it is 平成31年度 (and its case numbers start
    with ``H31``), although most of it fell in 令和.

    Args:
        fiscal_year: the western year of the fiscal year's April; 1873 or later.

    Returns:
        ``(era, era_year)``, e.g. ``(Era.REIWA, 7)`` for 2025.

    Raises:
        ValueError: if the fiscal year starts before 明治6年1月1日 (``EARLIEST_DATE``)
            or after 9998.
    """
    first, _ = fiscal_year_bounds(fiscal_year)
    if first < EARLIEST_DATE:
        raise ValueError(f"fiscal year before the supported range: {fiscal_year}")
    era = era_of(first)
    return era, fiscal_year - era.start.year + 1


MONTH_LABELS = (
    "1月",
    "2月",
    "3月",
    "4月",
    "5月",
    "6月",
    "7月",
    "8月",
    "9月",
    "10月",
    "11月",
    "12月",
)
"""The names of the months, January first (``MONTH_LABELS[month - 1]``)."""


def fiscal_year_label(fiscal_year: int, *, with_western: bool = False) -> str:
    """The Japanese name of a fiscal year.

    Args:
        fiscal_year: the western year of the fiscal year's April; 1873 or later.
        with_western: add the western year in parentheses.

    Returns:
        ``令和7年度`` (or ``令和7年度(2025年度)`` with ``with_western``); ``令和2年度`` for 2020,
        ``平成31年度`` for 2019 (see :func:`fiscal_year_era`).

    Raises:
        ValueError: if the fiscal year is outside the supported range.
    """
    era, era_year = fiscal_year_era(fiscal_year)
    year_text = "元" if era_year == 1 else era_year  # as era_year_label writes it
    if with_western:
        return msg(
            "{era}{era_year}年度({year}年度)", era=era.kanji, era_year=year_text, year=fiscal_year
        )
    # Remembers the western year: the English screens name it FY2025.
    return FiscalYearText(f"{era.kanji}{year_text}年度", fiscal_year)


def age_on(birth: date, on: date) -> int:
    """A person's age in completed years on a date, for display.

    This is the ordinary count: the age goes up on the birthday itself. (The 年齢計算ニ関スル
    法律 makes a person one year older at the end of the day *before* the birthday; that matters
    for legal deadlines, not for showing an age on screen or on a form.) A person born on
    February 29 turns a year older on March 1 in years without a February 29, and on February 29
    in leap years.

    Args:
        birth: the date of birth.
        on: the date to compute the age on; not before ``birth``.

    Returns:
        The age in completed years.

    Raises:
        ValueError: if ``on`` is before ``birth``.
    """
    if on < birth:
        raise ValueError("the date is before the date of birth")
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)


# --- Reading typed dates ---------------------------------------------------------------------

_ERA_PATTERN = "明治|大正|昭和|平成|令和|[明大昭平令MTSHRmtshr]"
_YEAR_SEP = "(?:年|[./-])"
_MONTH_SEP = "(?:月|[./-])"
_MONTH_DAY = f"(?P<month>[0-9]{{1,2}}){_MONTH_SEP}(?P<day>[0-9]{{1,2}})日?"

# 令和7年4月1日, R7.4.1, S45/3/2, H元-1-8, 令和7.4.1, and 令和7年(2025年)4月1日 as printed
_ERA_DATE = re.compile(
    f"(?P<era>{_ERA_PATTERN})(?P<year>元|[0-9]{{1,2}})"
    f"(?:年\\((?P<western>[0-9]{{4}})年?\\)|{_YEAR_SEP}){_MONTH_DAY}"
)
# R070401: era and six digits
_ERA_COMPACT = re.compile(
    f"(?P<era>{_ERA_PATTERN})(?P<year>[0-9]{{2}})(?P<month>[0-9]{{2}})(?P<day>[0-9]{{2}})"
)
# 2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日
_WESTERN_DATE = re.compile(f"(?P<year>[0-9]{{4}}){_YEAR_SEP}{_MONTH_DAY}")
# 20250401
_WESTERN_COMPACT = re.compile("(?P<year>[0-9]{4})(?P<month>[0-9]{2})(?P<day>[0-9]{2})")
# 7/4/1, 7.4.1, 7年4月1日, 元年5月1日: a year of the era current today
_ERALESS_DATE = re.compile(f"(?P<year>元|[0-9]{{1,2}}){_YEAR_SEP}{_MONTH_DAY}")

# Dashes and the long vowel mark, which an IME in kana mode types for a hyphen.
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))

_FORMS_HINT = "「令和7年4月1日」「R7.4.1」「2025/4/1」のように入力してください。"


def parse_date(
    text: str, *, field: str, label: str, today: date, allow_future: bool = True
) -> date:
    """Read a date typed into a form field.

    Accepted forms (full-width digits, letters and punctuation are read like half-width ones, and
    spaces anywhere are ignored):

    * 和暦 with the era name, its first kanji or its letter (M, T, S, H, R in either case):
      ``令和7年4月1日``, ``令和元年5月1日``, ``R7.4.1``, ``r7.4.1``, ``S45/3/2``, ``H1-1-8``,
      ``R元.5.1``, ``令和7.4.1``, ``R070401`` (era and six digits), ``㋿7.4.1``, and the
      printed form with the western year, ``令和7年(2025年)4月1日`` (the two years must agree);
    * western dates: ``2025-04-01``, ``2025/4/1``, ``2025.4.1``, ``2025年4月1日``, ``20250401``;
    * a year of one or two digits, or 元, without an era: ``7/4/1``, ``7.4.1``, ``7年4月1日``
      mean that year of the era current on ``today``.

    Args:
        text: what the user typed.
        field: the code name of the field, for :class:`ValidationError`.
        label: the Japanese label of the field (``生年月日``), named in messages.
        today: today's date (passed in, so that callers and tests control the clock).
        allow_future: if False, a date after ``today`` is refused (for dates of birth).

    Returns:
        The date.

    Raises:
        ValidationError: if ``text`` is empty, is not a date in one of the forms above, names a
            day that does not exist (令和7年2月30日, 平成31年5月1日, 平成32年1月1日), is before
            明治6年1月1日, or is in the future when ``allow_future`` is False. The message names
            the field and says what to do.
    """
    compact = _compact(text)
    if not compact:
        raise ValidationError(field, label, msg("日付を入力してください。{hint}", hint=_FORMS_HINT))
    try:
        result, era_omitted = _read(compact, today)
    except InvalidDate as exc:
        raise ValidationError(field, label, exc.problem) from None
    if not allow_future and result > today:
        hint = ""
        if era_omitted:
            hint = msg(
                "元号を省略すると{era}の年として読みます。"
                "ほかの元号の場合は「S45.3.2」のように元号を付けてください。",
                era=era_of(today).kanji,
            )
        raise ValidationError(
            field,
            label,
            msg(
                "{date}は未来の日付です。今日（{today}）以前の日付を入力してください。{hint}",
                date=date_text(result),
                today=date_text(today),
                hint=hint,
            ),
        )
    return result


def parse_optional_date(
    text: str | None, *, field: str, label: str, today: date, allow_future: bool = True
) -> date | None:
    """Like :func:`parse_date`, but an empty or blank field gives None instead of an error.

    Args:
        text: what the user typed, or None.
        field: the code name of the field.
        label: the Japanese label of the field.
        today: today's date.
        allow_future: if False, a date after ``today`` is refused.

    Returns:
        The date, or None if ``text`` is None, empty or only spaces.

    Raises:
        ValidationError: as :func:`parse_date`, for text that is not blank.
    """
    if text is None or not _compact(text):
        return None
    return parse_date(text, field=field, label=label, today=today, allow_future=allow_future)


def _compact(text: str) -> str:
    """NFKC (full width → half width), dashes unified, every space removed."""
    normalised = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(normalised.split())


def _read(compact: str, today: date) -> tuple[date, bool]:
    """The date in ``compact`` and whether its era was left out.

    Raises:
        InvalidDate: if the text is no date or names a day that does not exist.
    """
    match = _ERA_DATE.fullmatch(compact) or _ERA_COMPACT.fullmatch(compact)
    if match is not None:
        era = find_era(match["era"])
        if era is None:  # pragma: no cover - the pattern only matches known eras
            raise InvalidDate(msg("日付として読み取れません。{hint}", hint=_FORMS_HINT))
        return _from_era(era, match), False

    match = _WESTERN_DATE.fullmatch(compact) or _WESTERN_COMPACT.fullmatch(compact)
    if match is not None:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        try:
            result = date(year, month, day)
        except ValueError:
            raise InvalidDate(
                msg(
                    "{year}年{month}月{day}日という日付はありません。"
                    "正しい日付を入力してください。",
                    year=year,
                    month=month,
                    day=day,
                )
            ) from None
        ensure_supported(result)
        return result, False

    match = _ERALESS_DATE.fullmatch(compact)
    if match is not None:
        return _from_era(era_of(today), match), True

    raise InvalidDate(msg("日付として読み取れません。{hint}", hint=_FORMS_HINT))


def _from_era(era: Era, match: re.Match[str]) -> date:
    year = 1 if match["year"] == "元" else int(match["year"])
    wareki = WarekiDate(era, year, int(match["month"]), int(match["day"]))
    result = wareki.to_date()
    western = match.groupdict().get("western")
    if western is not None and int(western) != result.year:
        raise InvalidDate(
            msg(
                "{era_year}は{year}年で、{western}年ではありません。"
                "元号の年か西暦の年を確かめてください。",
                era_year=era_year_label(era, year),
                year=result.year,
                western=western,
            )
        )
    return result


def same_weekday_in_months(first: date, months: int) -> list[date]:
    """The dates of a monthly meeting after ``first``, on the same weekday of the month.

    A meeting on the third Tuesday is followed by the third Tuesday of each next month; when a
    month has no fifth such weekday, the last one is taken.

    Args:
        first: the date of the meeting the series follows.
        months: how many following months (0 or more).

    Returns:
        One date per following month, in order.
    """
    nth = (first.day - 1) // 7  # 0 for the first such weekday of the month
    result: list[date] = []
    year, month = first.year, first.month
    for _ in range(months):
        month += 1
        if month > 12:
            year, month = year + 1, 1
        first_of_month = date(year, month, 1)
        offset = (first.weekday() - first_of_month.weekday()) % 7
        day = 1 + offset + 7 * nth
        while True:
            try:
                result.append(date(year, month, day))
                break
            except ValueError:
                day -= 7
    return result
