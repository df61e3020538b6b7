"""The desk's calendar: open days (開庁日) and the monthly holiday window, on real dates."""

from __future__ import annotations

import datetime as dt

import pytest

from welfaredesk.domain.calendar import (
    DEFAULT_RULE,
    LAST,
    HolidayWindowRule,
    WindowKind,
    describe,
    first_open_day,
    is_open_day,
    is_public_holiday,
    month_window_day,
    nth_weekday,
    rule_from_json,
    rule_problem,
    rule_to_json,
    window_days,
)

D = dt.date
FIRST = HolidayWindowRule()
SECOND_SATURDAY = HolidayWindowRule(WindowKind.NTH_WEEKDAY, 2, 5)
LAST_SUNDAY = HolidayWindowRule(WindowKind.NTH_WEEKDAY, LAST, 6)
NONE = HolidayWindowRule(WindowKind.NONE)


class TestOpenDays:
    """is_open_day and first_open_day."""

    @pytest.mark.parametrize(
        "day",
        [
            D(2025, 12, 29),  # Monday, year-end closure
            D(2025, 12, 31),
            D(2026, 1, 1),  # 元日
            D(2026, 1, 2),  # Friday, closure
            D(2026, 1, 3),
            D(2026, 1, 4),  # Sunday
            D(2025, 5, 3),  # 憲法記念日 (Saturday)
            D(2025, 5, 5),  # こどもの日
            D(2025, 5, 6),  # 振替休日 for みどりの日 on Sunday 5/4
            D(2025, 2, 24),  # 振替休日 for 天皇誕生日 on Sunday 2/23
            D(2025, 11, 24),  # 振替休日 for 勤労感謝の日
            D(2026, 9, 22),  # 国民の休日 between 敬老の日 and 秋分の日
            D(2025, 7, 19),  # Saturday
        ],
    )
    def test_closed(self, day: dt.date) -> None:
        """Weekends, public holidays (振替休日, 国民の休日 included) and 12/29–1/3 are closed."""
        assert not is_open_day(day)

    @pytest.mark.parametrize(
        "day", [D(2025, 12, 26), D(2026, 1, 5), D(2025, 5, 7), D(2025, 5, 2), D(2026, 9, 24)]
    )
    def test_open(self, day: dt.date) -> None:
        """Ordinary weekdays are open, right next to closures and holidays too."""
        assert is_open_day(day)

    def test_the_holidays_come_from_the_library(self) -> None:
        """振替休日 and 国民の休日 are public holidays; ordinary days are not."""
        assert is_public_holiday(D(2025, 5, 6))
        assert is_public_holiday(D(2026, 9, 22))
        assert not is_public_holiday(D(2025, 12, 29))  # a closure, not a holiday
        assert not is_public_holiday(D(2025, 6, 2))

    @pytest.mark.parametrize(
        ("year", "month", "expected"),
        [
            (2026, 1, D(2026, 1, 5)),  # 1/1–1/3 closed, 1/4 Sunday
            (2025, 5, D(2025, 5, 1)),  # golden week comes after
            (2025, 6, D(2025, 6, 2)),  # 6/1 Sunday
            (2025, 11, D(2025, 11, 4)),  # 11/1 Sat, 11/2 Sun, 11/3 文化の日
            (2026, 5, D(2026, 5, 1)),
            (2027, 1, D(2027, 1, 4)),  # 1/1–1/3 closed (Fri–Sun)
        ],
    )
    def test_first_open_day(self, year: int, month: int, expected: dt.date) -> None:
        """The first open day of the month."""
        assert first_open_day(year, month) == expected


class TestWindow:
    """window_days, nth_weekday, month_window_day."""

    def test_first_open_day_rule(self) -> None:
        """The default rule: the first open day of each month from the start on."""
        assert window_days(FIRST, D(2025, 12, 15), 3) == [
            D(2026, 1, 5),
            D(2026, 2, 2),
            D(2026, 3, 2),
        ]
        assert window_days(FIRST, D(2026, 1, 5), 1) == [D(2026, 1, 5)]  # on the start day

    def test_nth_weekday(self) -> None:
        """The second Saturday, and the last Sunday of a month."""
        assert nth_weekday(2025, 5, 2, 5) == D(2025, 5, 10)
        assert nth_weekday(2025, 5, 1, 5) == D(2025, 5, 3)  # holidays aside
        assert nth_weekday(2025, 8, LAST, 6) == D(2025, 8, 31)
        assert nth_weekday(2025, 9, LAST, 6) == D(2025, 9, 28)
        assert nth_weekday(2025, 2, 5, 5) is None  # February 2025 has four Saturdays
        assert nth_weekday(2025, 3, 5, 5) == D(2025, 3, 29)

    def test_a_holiday_skips_the_month(self) -> None:
        """A rule day on a holiday or in the closure gives that month no window."""
        first_saturday = HolidayWindowRule(WindowKind.NTH_WEEKDAY, 1, 5)
        assert month_window_day(first_saturday, 2025, 5) is None  # 5/3 憲法記念日
        assert window_days(first_saturday, D(2025, 5, 1), 2) == [D(2025, 6, 7), D(2025, 7, 5)]
        # The last Sunday of February 2025 is 2/23, 天皇誕生日.
        assert window_days(LAST_SUNDAY, D(2025, 2, 1), 2) == [D(2025, 3, 30), D(2025, 4, 27)]
        last_wednesday = HolidayWindowRule(WindowKind.NTH_WEEKDAY, LAST, 2)
        assert month_window_day(last_wednesday, 2025, 12) is None  # 12/31, the closure
        fifth_saturday = HolidayWindowRule(WindowKind.NTH_WEEKDAY, 5, 5)
        assert window_days(fifth_saturday, D(2025, 1, 1), 2) == [D(2025, 3, 29), D(2025, 5, 31)]

    def test_second_saturday(self) -> None:
        """The next second Saturdays, from a start after this month's."""
        assert window_days(SECOND_SATURDAY, D(2025, 5, 11), 3) == [
            D(2025, 6, 14),
            D(2025, 7, 12),
            D(2025, 8, 9),
        ]

    def test_none_and_zero(self) -> None:
        """No window: no days; no days asked: none given."""
        assert window_days(NONE, D(2025, 1, 1), 6) == []
        assert window_days(FIRST, D(2025, 1, 1), 0) == []


class TestRule:
    """describe, rule_problem and the stored shapes."""

    @pytest.mark.parametrize(
        ("rule", "text"),
        [
            (FIRST, "毎月第1開庁日"),
            (SECOND_SATURDAY, "毎月第2土曜日"),
            (LAST_SUNDAY, "毎月最終日曜日"),
            (HolidayWindowRule(WindowKind.NTH_WEEKDAY, 3, 0), "毎月第3月曜日"),
            (NONE, "設けない"),
        ],
    )
    def test_describe(self, rule: HolidayWindowRule, text: str) -> None:
        """The rule in Japanese."""
        assert describe(rule) == text

    @pytest.mark.parametrize(
        ("nth", "weekday", "fragment"),
        [(0, 5, "第1から第5"), (6, 5, "第1から第5"), (-2, 5, "第1から第5"), (1, 7, "曜日")],
    )
    def test_problems(self, nth: int, weekday: int, fragment: str) -> None:
        """nth must be 1–5 or last; weekday 0–6."""
        problem = rule_problem(HolidayWindowRule(WindowKind.NTH_WEEKDAY, nth, weekday))
        assert problem is not None
        assert fragment in problem
        assert rule_problem(LAST_SUNDAY) is None
        assert rule_problem(HolidayWindowRule(WindowKind.NONE, 0, 9)) is None  # unused fields

    @pytest.mark.parametrize("rule", [FIRST, SECOND_SATURDAY, LAST_SUNDAY, NONE])
    def test_round_trip(self, rule: HolidayWindowRule) -> None:
        """Stored and read back, a rule is the same rule."""
        assert rule_from_json(rule_to_json(rule)) == rule

    def test_the_first_shape_reads_as_the_first_open_day(self) -> None:
        """The seeded value of older databases."""
        assert rule_from_json({"rule": "first_business_day_of_month"}) == HolidayWindowRule(
            WindowKind.FIRST_OPEN_DAY
        )
        assert rule_to_json(FIRST) == {"kind": "first_open_day"}
        assert rule_to_json(SECOND_SATURDAY) == {"kind": "nth_weekday", "nth": 2, "weekday": 5}

    @pytest.mark.parametrize(
        "value",
        [
            None,
            [],
            {},
            {"kind": "every_day"},
            {"kind": "nth_weekday", "nth": 9, "weekday": 5},
            {"kind": "nth_weekday", "nth": "2", "weekday": 5},
        ],
    )
    def test_unreadable_values_read_as_the_default(self, value: object) -> None:
        """A broken stored value never stops the program: it reads as the default."""
        assert rule_from_json(value) == DEFAULT_RULE
