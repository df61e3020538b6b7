"""The desk's calendar: 開庁日 (open days) and the monthly holiday window (休日相談窓口).

An open day (開庁日) is a weekday (Monday to Friday) that is neither a Japanese public holiday
nor in the year-end closure from December 29 to January 3. Public holidays come from the
`holidays <https://pypi.org/project/holidays/>`_ package, which keeps the 国民の祝日に関する法律
up to date, including 振替休日 (a holiday moved from a Sunday) and 国民の休日 (a day between
two holidays); this module never keeps its own list.

The holiday window is a day each month on which the desk holds an extra consultation
window. The desk chooses the rule (:class:`HolidayWindowRule`): the first open day of the month
(毎月第1開庁日, the default), the n-th (or last) given weekday of the month (毎月第2土曜日,
毎月最終日曜日), or none (設けない).

Stored shape (the JSON value of the ``holiday_window`` setting)::

    {"kind": "first_open_day"}
    {"kind": "nth_weekday", "nth": 2, "weekday": 5}     # nth 1–5 or -1 (last); 0 = Monday
    {"kind": "none"}

The first shape of the setting, ``{"rule": "first_business_day_of_month"}``, reads as
``first_open_day`` (:func:`rule_from_json`); anything unreadable reads as the default.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import holidays

YEAR_END_CLOSURE = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))
"""(month, day) of the year-end and new-year closure (年末年始の閉庁日)."""

WEEKDAY_NAMES = tuple("月火水木金土日")
"""The Japanese weekday names, Monday first (as :meth:`datetime.date.weekday`)."""

LAST = -1
"""``nth`` of the last such weekday of the month (最終)."""

MAX_NTH = 5
"""The largest ``nth`` (a weekday occurs at most five times in a month)."""

_LEGACY_FIRST_OPEN_DAY = "first_business_day_of_month"


class WindowKind(StrEnum):
    """How the monthly holiday window day is chosen."""

    FIRST_OPEN_DAY = "first_open_day"
    NTH_WEEKDAY = "nth_weekday"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class HolidayWindowRule:
    """The desk's rule for its monthly holiday window.

    ``nth`` (1–5, or :data:`LAST` = -1) and ``weekday`` (0 = Monday … 6 = Sunday) are used
    only for :attr:`WindowKind.NTH_WEEKDAY`.
    """

    kind: WindowKind = WindowKind.FIRST_OPEN_DAY
    nth: int = 1
    weekday: int = 5


DEFAULT_RULE = HolidayWindowRule()
"""毎月第1開庁日."""


@functools.lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("JP", years=year))


def is_public_holiday(day: dt.date) -> bool:
    """Whether ``day`` is a Japanese public holiday (祝日, 振替休日 or 国民の休日)."""
    return day in _public_holidays(day.year)


def is_year_end_closure(day: dt.date) -> bool:
    """Whether ``day`` falls in the year-end closure, December 29 to January 3."""
    return (day.month, day.day) in YEAR_END_CLOSURE


def is_open_day(day: dt.date) -> bool:
    """Whether the desk is open on ``day`` (開庁日).

    Monday to Friday, not a public holiday (including 振替休日 and 国民の休日), and not in the
    year-end closure (12/29–1/3).
    """
    return day.weekday() < 5 and not is_year_end_closure(day) and not is_public_holiday(day)


def next_open_day(day: dt.date) -> dt.date:
    """``day`` if the desk is open then, else the next open day after it."""
    while not is_open_day(day):
        day += dt.timedelta(days=1)
    return day


def first_open_day(year: int, month: int) -> dt.date:
    """The first open day of a month (第1開庁日): 2026-01-05 for January 2026."""
    return next_open_day(dt.date(year, month, 1))


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date | None:
    """The ``nth`` ``weekday`` of a month (``nth`` -1 = the last), or None if there is none.

    Holidays are not considered here: ``nth_weekday(2025, 5, 1, 5)`` is 2025-05-03.
    """
    days_in_month = _calendar.monthrange(year, month)[1]
    if nth == LAST:
        last = dt.date(year, month, days_in_month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
    return dt.date(year, month, day) if day <= days_in_month else None


def month_window_day(rule: HolidayWindowRule, year: int, month: int) -> dt.date | None:
    """The holiday window day of one month under ``rule``, or None if there is none.

    An :attr:`WindowKind.NTH_WEEKDAY` day that falls on a public holiday or in the year-end
    closure is skipped: that month has no window (it is not moved to another day).
    """
    if rule.kind is WindowKind.FIRST_OPEN_DAY:
        return first_open_day(year, month)
    if rule.kind is WindowKind.NTH_WEEKDAY:
        day = nth_weekday(year, month, rule.nth, rule.weekday)
        if day is None or is_public_holiday(day) or is_year_end_closure(day):
            return None
        return day
    return None


def window_days(rule: HolidayWindowRule, start: dt.date, count: int) -> list[dt.date]:
    """The next ``count`` holiday window days on or after ``start``.

    None for :attr:`WindowKind.NONE`. Under :attr:`WindowKind.NTH_WEEKDAY`, a month whose day
    falls on a public holiday (including 振替休日 and 国民の休日) or in the year-end closure
    (12/29–1/3), or that has no such day (a fifth Saturday), has no window: it is skipped, and
    the list goes on with the next month.
    """
    found: list[dt.date] = []
    if rule.kind is WindowKind.NONE or count <= 0:
        return found
    year, month = start.year, start.month
    for _ in range(count * 3 + 24):  # every rule has a day in most months
        day = month_window_day(rule, year, month)
        if day is not None and day >= start:
            found.append(day)
            if len(found) == count:
                break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def describe(rule: HolidayWindowRule) -> str:
    """The rule in Japanese: 毎月第1開庁日, 毎月第2土曜日, 毎月最終日曜日 or 設けない."""
    if rule.kind is WindowKind.FIRST_OPEN_DAY:
        return "毎月第1開庁日"
    if rule.kind is WindowKind.NTH_WEEKDAY:
        which = "最終" if rule.nth == LAST else f"第{rule.nth}"
        name = WEEKDAY_NAMES[rule.weekday] if 0 <= rule.weekday <= 6 else "?"
        return f"毎月{which}{name}曜日"
    return "設けない"


def rule_problem(rule: HolidayWindowRule) -> str | None:
    """What is wrong with ``rule``, in Japanese, or None if it can be used."""
    if rule.kind is WindowKind.NTH_WEEKDAY:
        if rule.nth != LAST and not 1 <= rule.nth <= MAX_NTH:
            return "「第何」は第1から第5、または最終から選んでください。"
        if not 0 <= rule.weekday <= 6:
            return "曜日を月曜日から日曜日の中から選んでください。"
    return None


def rule_from_json(value: Any) -> HolidayWindowRule:
    """Read the stored ``holiday_window`` setting (both shapes; see the module docstring)."""
    if not isinstance(value, Mapping):
        return DEFAULT_RULE
    if "kind" not in value:
        # The first shape, {"rule": "first_business_day_of_month"}, only named the default.
        return (
            HolidayWindowRule(WindowKind.FIRST_OPEN_DAY)
            if value.get("rule") == _LEGACY_FIRST_OPEN_DAY
            else DEFAULT_RULE
        )
    try:
        kind = WindowKind(value["kind"])
    except ValueError:
        return DEFAULT_RULE
    if kind is not WindowKind.NTH_WEEKDAY:
        return HolidayWindowRule(kind)
    nth, weekday = value.get("nth", 1), value.get("weekday", 5)
    if not isinstance(nth, int) or not isinstance(weekday, int):
        return DEFAULT_RULE
    rule = HolidayWindowRule(kind, nth, weekday)
    return DEFAULT_RULE if rule_problem(rule) is not None else rule


def rule_to_json(rule: HolidayWindowRule) -> dict[str, Any]:
    """The stored shape of ``rule`` (see the module docstring)."""
    if rule.kind is WindowKind.NTH_WEEKDAY:
        return {"kind": rule.kind.value, "nth": rule.nth, "weekday": rule.weekday}
    return {"kind": rule.kind.value}
