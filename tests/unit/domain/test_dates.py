"""Tests for welfaredesk.domain.dates: fiscal years, ages and reading typed dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfaredesk.domain.dates import (
    age_on,
    fiscal_year,
    fiscal_year_bounds,
    fiscal_year_era,
    fiscal_year_label,
    parse_date,
    parse_optional_date,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.wareki import EARLIEST_DATE, Era, format_wareki

TODAY = date(2025, 6, 15)
supported_dates = st.dates(min_value=EARLIEST_DATE, max_value=date(2100, 12, 31))
_FULL_WIDTH = str.maketrans(
    "0123456789/.-RSHTMrshtm", "０１２３４５６７８９／．－ＲＳＨＴＭｒｓｈｔｍ"
)


def parse(text: str, *, today: date = TODAY, allow_future: bool = True) -> date:
    """parse_date for a birth-date field."""
    return parse_date(
        text, field="birth_date", label="生年月日", today=today, allow_future=allow_future
    )


def parse_error(text: str, *, today: date = TODAY, allow_future: bool = True) -> ValidationError:
    """The ValidationError that parse_date raises for ``text``."""
    with pytest.raises(ValidationError) as info:
        parse(text, today=today, allow_future=allow_future)
    return info.value


class TestFiscalYear:
    """年度: April to March."""

    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (date(2026, 3, 31), 2025),
            (date(2026, 4, 1), 2026),
            (date(2025, 4, 1), 2025),
            (date(2025, 12, 31), 2025),
            (date(2026, 1, 1), 2025),
        ],
    )
    def test_fiscal_year(self, day: date, expected: int) -> None:
        """The fiscal year is named after the year of its April."""
        assert fiscal_year(day) == expected

    def test_bounds(self) -> None:
        """A fiscal year runs from April 1 to March 31, inclusive."""
        assert fiscal_year_bounds(2025) == (date(2025, 4, 1), date(2026, 3, 31))
        assert fiscal_year_bounds(2023) == (date(2023, 4, 1), date(2024, 3, 31))

    @pytest.mark.parametrize("year", [0, -1, 9999])
    def test_bounds_out_of_range(self, year: int) -> None:
        """Fiscal years outside what date can hold are refused."""
        with pytest.raises(ValueError, match="out of range"):
            fiscal_year_bounds(year)

    @pytest.mark.parametrize(
        ("year", "label", "with_western"),
        [
            (2025, "令和7年度", "令和7年度(2025年度)"),
            (2020, "令和2年度", "令和2年度(2020年度)"),
            (2019, "平成31年度", "平成31年度(2019年度)"),
            (2018, "平成30年度", "平成30年度(2018年度)"),
            (1989, "平成元年度", "平成元年度(1989年度)"),
            (1988, "昭和63年度", "昭和63年度(1988年度)"),
            (1873, "明治6年度", "明治6年度(1873年度)"),
        ],
    )
    def test_label(self, year: int, label: str, with_western: str) -> None:
        """The label uses the era of April 1 of the fiscal year."""
        assert fiscal_year_label(year) == label
        assert fiscal_year_label(year, with_western=True) == with_western

    def test_era(self) -> None:
        """fiscal_year_era gives the era and era year of April 1."""
        assert fiscal_year_era(2025) == (Era.REIWA, 7)
        assert fiscal_year_era(2019) == (Era.HEISEI, 31)
        assert fiscal_year_era(1989) == (Era.HEISEI, 1)

    def test_era_before_supported_range(self) -> None:
        """Fiscal years before 明治6年 have no label."""
        with pytest.raises(ValueError, match="supported"):
            fiscal_year_label(1872)

    @given(st.dates(min_value=date(1, 4, 1), max_value=date(9998, 12, 31)))
    def test_bounds_contain_the_day(self, day: date) -> None:
        """Every day lies within the bounds of its fiscal year."""
        first, last = fiscal_year_bounds(fiscal_year(day))
        assert first <= day <= last

    @given(st.integers(min_value=1873, max_value=9998))
    def test_bounds_are_the_fiscal_year(self, year: int) -> None:
        """The first and last day belong to the fiscal year; their neighbours do not."""
        first, last = fiscal_year_bounds(year)
        assert fiscal_year(first) == fiscal_year(last) == year
        assert fiscal_year(first - timedelta(days=1)) == year - 1
        if year < 9998:
            assert fiscal_year(last + timedelta(days=1)) == year + 1
        assert fiscal_year_label(year).endswith("年度")

    @given(supported_dates)
    def test_fiscal_year_is_year_or_year_before(self, day: date) -> None:
        """The fiscal year is the western year from April, the year before until March."""
        assert fiscal_year(day) == (day.year if day.month >= 4 else day.year - 1)


class TestAgeOn:
    """Ages in completed years."""

    @pytest.mark.parametrize(
        ("birth", "on", "age"),
        [
            (date(1970, 3, 2), date(2025, 3, 1), 54),
            (date(1970, 3, 2), date(2025, 3, 2), 55),
            (date(1970, 3, 2), date(1970, 3, 2), 0),
            (date(2000, 12, 31), date(2001, 12, 30), 0),
            (date(2000, 12, 31), date(2001, 12, 31), 1),
            # February 29: a year older on March 1 in common years, on February 29 in leap years
            (date(2000, 2, 29), date(2001, 2, 28), 0),
            (date(2000, 2, 29), date(2001, 3, 1), 1),
            (date(2000, 2, 29), date(2004, 2, 28), 3),
            (date(2000, 2, 29), date(2004, 2, 29), 4),
            (date(2000, 2, 29), date(2025, 2, 28), 24),
            (date(2000, 2, 29), date(2025, 3, 1), 25),
        ],
    )
    def test_examples(self, birth: date, on: date, age: int) -> None:
        """The age goes up on the birthday (March 1 for 2/29 in common years)."""
        assert age_on(birth, on) == age

    def test_before_birth(self) -> None:
        """A date before the birth is a programming error."""
        with pytest.raises(ValueError, match="before"):
            age_on(date(2000, 1, 2), date(2000, 1, 1))

    @given(supported_dates, st.integers(min_value=0, max_value=120))
    def test_birthday_properties(self, birth: date, years: int) -> None:
        """On the birthday the age is the difference in years; the day before, one less."""
        if birth.month == 2 and birth.day == 29:
            birth = birth - timedelta(days=1)
        birthday = birth.replace(year=birth.year + years)
        assert age_on(birth, birthday) == years
        if years > 0:
            assert age_on(birth, birthday - timedelta(days=1)) == years - 1

    @given(supported_dates, supported_dates)
    def test_monotonic(self, first: date, second: date) -> None:
        """Ages never go down as time passes."""
        birth = EARLIEST_DATE
        earlier, later = sorted((first, second))
        assert 0 <= age_on(birth, earlier) <= age_on(birth, later)


class TestParseDateForms:
    """Every way a counselor types a date."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # 和暦 with the era letter
            ("R7.4.1", date(2025, 4, 1)),
            ("r7.4.1", date(2025, 4, 1)),
            ("R07.04.01", date(2025, 4, 1)),
            ("R7/4/1", date(2025, 4, 1)),
            ("R7-4-1", date(2025, 4, 1)),
            ("R元.5.1", date(2019, 5, 1)),
            ("R1.5.1", date(2019, 5, 1)),
            ("S45/3/2", date(1970, 3, 2)),
            ("s45/3/2", date(1970, 3, 2)),
            ("H1.1.8", date(1989, 1, 8)),
            ("h31.4.30", date(2019, 4, 30)),
            ("S64.1.7", date(1989, 1, 7)),
            ("T1.7.30", date(1912, 7, 30)),
            ("t15.12.24", date(1926, 12, 24)),
            ("M6.1.1", date(1873, 1, 1)),
            ("m45.7.29", date(1912, 7, 29)),
            ("R070401", date(2025, 4, 1)),
            ("S450302", date(1970, 3, 2)),
            # 和暦 with the era name or its first kanji
            ("令和7年4月1日", date(2025, 4, 1)),
            ("令和元年5月1日", date(2019, 5, 1)),
            ("令和1年5月1日", date(2019, 5, 1)),
            ("昭和45年3月2日", date(1970, 3, 2)),
            ("平成31年4月30日", date(2019, 4, 30)),
            ("昭和64年1月7日", date(1989, 1, 7)),
            ("大正元年7月30日", date(1912, 7, 30)),
            ("明治6年1月1日", date(1873, 1, 1)),
            ("令和7年4月1", date(2025, 4, 1)),
            ("令和7.4.1", date(2025, 4, 1)),
            ("R7年4月1日", date(2025, 4, 1)),
            ("昭45.3.2", date(1970, 3, 2)),
            ("平1.1.8", date(1989, 1, 8)),
            ("令和7年(2025年)4月1日", date(2025, 4, 1)),
            ("令和元年（2019年）5月1日", date(2019, 5, 1)),
            ("㋿7.4.1", date(2025, 4, 1)),
            ("㍻31年4月30日", date(2019, 4, 30)),
            # western
            ("2025-04-01", date(2025, 4, 1)),
            ("2025/4/1", date(2025, 4, 1)),
            ("2025.4.1", date(2025, 4, 1)),
            ("2025年4月1日", date(2025, 4, 1)),
            ("2025年04月01日", date(2025, 4, 1)),
            ("20250401", date(2025, 4, 1)),
            ("2024/2/29", date(2024, 2, 29)),
            ("1873/1/1", date(1873, 1, 1)),
            # full width
            ("Ｒ７．４．１", date(2025, 4, 1)),
            ("ｒ７．４．１", date(2025, 4, 1)),
            ("２０２５／４／１", date(2025, 4, 1)),
            ("２０２５－０４－０１", date(2025, 4, 1)),
            ("２０２５０４０１", date(2025, 4, 1)),
            ("令和７年４月１日", date(2025, 4, 1)),
            ("２０２５ー０４ー０１", date(2025, 4, 1)),
            ("2025−04−01", date(2025, 4, 1)),
            # spaces
            (" R7.4.1 ", date(2025, 4, 1)),
            ("R 7 . 4 . 1", date(2025, 4, 1)),
            ("令和 7年 4月 1日", date(2025, 4, 1)),
            ("令和　７年　４月　１日", date(2025, 4, 1)),
            ("2025 / 4 / 1", date(2025, 4, 1)),
            # no era: the era current on today (令和 on 2025-06-15)
            ("7/4/1", date(2025, 4, 1)),
            ("7.4.1", date(2025, 4, 1)),
            ("07.04.01", date(2025, 4, 1)),
            ("7-4-1", date(2025, 4, 1)),
            ("7年4月1日", date(2025, 4, 1)),
            ("元年5月1日", date(2019, 5, 1)),
            ("７．４．１", date(2025, 4, 1)),
        ],
    )
    def test_accepted(self, text: str, expected: date) -> None:
        """The form is read as the expected date."""
        assert parse(text) == expected

    def test_no_era_uses_the_era_of_today(self) -> None:
        """Without an era, the year is one of the era current on ``today``."""
        assert parse("30.4.1", today=date(2019, 4, 30)) == date(2018, 4, 1)
        assert parse("31.4.30", today=date(2019, 4, 30)) == date(2019, 4, 30)
        assert parse("1.5.1", today=date(2019, 5, 1)) == date(2019, 5, 1)
        assert parse("63.4.1", today=date(1989, 1, 7)) == date(1988, 4, 1)

    def test_no_era_invalid_in_the_era_of_today(self) -> None:
        """A year without era that does not exist in today's era is refused."""
        error = parse_error("31.5.1", today=date(2019, 4, 30))
        assert "平成31年5月1日" in error.problem

    def test_leap_day(self) -> None:
        """February 29 exists in leap years only."""
        assert parse("R6.2.29") == date(2024, 2, 29)
        assert "令和7年2月29日という日付はありません" in parse_error("R7.2.29").problem

    def test_allow_future(self) -> None:
        """By default future dates are fine (appointments, deadlines)."""
        assert parse("R8.1.1") == date(2026, 1, 1)

    def test_today_is_not_future(self) -> None:
        """Today itself is allowed when the future is not."""
        assert parse("R7.6.15", allow_future=False) == TODAY


class TestParseDateErrors:
    """Every invalid input raises ValidationError naming the field."""

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            (
                "令和7年2月30日",
                "令和7年2月30日という日付はありません。正しい日付を入力してください。",
            ),
            ("R7.2.30", "令和7年2月30日という日付はありません"),
            ("R7.13.1", "令和7年13月1日という日付はありません"),
            ("R7.0.1", "令和7年0月1日という日付はありません"),
            ("R7.4.0", "令和7年4月0日という日付はありません"),
            ("平成32年1月1日", "平成32年という年はありません"),
            ("H32.1.1", "平成は31年4月30日まで"),
            ("平成31年5月1日", "平成31年5月1日という日付はありません"),
            ("H31.5.1", "翌日からは令和"),
            ("令和元年4月30日", "令和は元年5月1日から"),
            ("昭和64年1月8日", "昭和64年1月8日という日付はありません"),
            ("S65.1.1", "昭和65年という年はありません"),
            ("H0.1.1", "平成0年という年はありません"),
            ("T15.12.25", "翌日からは昭和"),
            ("M45.7.30", "翌日からは大正"),
            ("明治5年12月31日", "旧暦"),
            ("1872/12/31", "旧暦"),
            ("18721231", "旧暦"),
            ("2025/2/30", "2025年2月30日という日付はありません"),
            ("2025/13/1", "2025年13月1日という日付はありません"),
            ("20250230", "2025年2月30日という日付はありません"),
            ("0000/1/1", "0年1月1日という日付はありません"),
            ("令和7年(2024年)4月1日", "令和7年は2025年で、2024年ではありません"),
        ],
    )
    def test_date_that_does_not_exist(self, text: str, fragment: str) -> None:
        """A day that does not exist is refused, saying which and what to do."""
        error = parse_error(text)
        assert fragment in error.problem
        assert error.field == "birth_date"
        assert error.label == "生年月日"
        assert error.text().startswith("生年月日：")

    @pytest.mark.parametrize(
        "text",
        [
            "abc",
            "R7",
            "R7.4",
            "4/1",
            "2025/4",
            "2025-04-01T10:00",
            "123/4/1",
            "R123.4.1",
            "X7.4.1",
            "慶応4年1月1日",
            "R7.4.1.2",
            "202541",
            "2025040",
            "R7..4.1",
            "令和七年四月一日",
            "7/4/1/",
            "-7.4.1",
        ],
    )
    def test_garbage(self, text: str) -> None:
        """Text that is no date gets a message showing the accepted forms."""
        error = parse_error(text)
        assert error.field == "birth_date"
        assert "生年月日" in error.text()
        assert "日付として読み取れません" in error.problem
        assert "R7.4.1" in error.problem

    @pytest.mark.parametrize("text", ["", " ", "\u3000\u3000", "\t\n"])
    def test_empty(self, text: str) -> None:
        """An empty required field asks for a date."""
        error = parse_error(text)
        assert error.text().startswith("生年月日：日付を入力してください。")

    def test_future_refused_for_birth_dates(self) -> None:
        """allow_future=False refuses tomorrow, naming the date and today."""
        error = parse_error("R7.6.16", allow_future=False)
        assert error.field == "birth_date"
        assert "令和7年6月16日は未来の日付です" in error.problem
        assert "今日（令和7年6月15日）以前の日付を入力してください" in error.problem
        assert "元号を省略" not in error.problem

    def test_future_without_era_explains_the_era(self) -> None:
        """A future date typed without era hints that the era is today's."""
        error = parse_error("45.3.2", allow_future=False)
        assert "令和45年3月2日は未来の日付です" in error.problem
        assert "元号を省略すると令和の年として読みます" in error.problem

    def test_is_a_known_error(self) -> None:
        """The GUI shows it as a known error, not a crash."""
        assert isinstance(parse_error("abc"), KnownError)

    def test_other_field_names(self) -> None:
        """The field and label given are the ones in the error."""
        with pytest.raises(ValidationError) as info:
            parse_date("x", field="intake_date", label="受付日", today=TODAY)
        assert info.value.field == "intake_date"
        assert info.value.text().startswith("受付日：")


class TestParseOptionalDate:
    """An optional date field."""

    @pytest.mark.parametrize("text", [None, "", "  ", "\u3000"])
    def test_blank_is_none(self, text: str | None) -> None:
        """Blank gives None."""
        assert parse_optional_date(text, field="f", label="終結日", today=TODAY) is None

    def test_value(self) -> None:
        """Anything else is parsed like parse_date."""
        assert parse_optional_date("R7.4.1", field="f", label="終結日", today=TODAY) == date(
            2025, 4, 1
        )

    def test_error(self) -> None:
        """Bad text still raises, and allow_future is passed on."""
        with pytest.raises(ValidationError, match="終結日"):
            parse_optional_date("R7.2.30", field="f", label="終結日", today=TODAY)
        with pytest.raises(ValidationError, match="未来"):
            parse_optional_date(
                "R8.1.1", field="f", label="終結日", today=TODAY, allow_future=False
            )


class TestParseDateRoundTrip:
    """Whatever the app writes, it reads back."""

    @given(supported_dates)
    def test_wareki_styles(self, day: date) -> None:
        """Every format_wareki style parses back to the same date."""
        for style in ("long", "short", "western"):
            assert parse(format_wareki(day, style=style)) == day

    @given(supported_dates)
    def test_western_forms(self, day: date) -> None:
        """ISO, slashes, 年月日 and eight digits parse back to the same date."""
        y, m, d = day.year, day.month, day.day
        for text in (day.isoformat(), f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}{m:02}{d:02}"):
            assert parse(text) == day

    @given(supported_dates)
    def test_full_width_and_lower_case(self, day: date) -> None:
        """Full-width and lower-case forms of the short style parse too."""
        short = format_wareki(day, style="short")
        assert parse(short.lower()) == day
        assert parse(short.translate(_FULL_WIDTH)) == day
        assert parse(day.isoformat().translate(_FULL_WIDTH)) == day

    @given(supported_dates)
    def test_wareki_name_forms(self, day: date) -> None:
        """令和7年4月1日 and 令和7.4.1 with the era name, and R070401, parse back."""
        short = format_wareki(day, style="short")
        era_letter, rest = short[0], short[1:]
        year, month, dom = (int(part) for part in rest.split("."))
        era = next(era for era in Era if era.letter == era_letter)
        assert parse(f"{era.kanji}{year}年{month}月{dom}日") == day
        assert parse(f"{era.kanji}{year}.{month}.{dom}") == day
        if year < 100:
            assert parse(f"{era_letter}{year:02}{month:02}{dom:02}") == day

    @given(supported_dates, supported_dates)
    def test_no_era_form(self, day: date, today: date) -> None:
        """Without an era, a date in today's era parses to itself."""
        short = format_wareki(day, style="short")
        if (
            short[0] == format_wareki(today, style="short")[0]
            and int(short[1:].split(".")[0]) < 100
        ):
            assert parse(short[1:], today=today) == day


class TestSameWeekdayInMonths:
    def test_third_tuesday_follows_the_third_tuesday(self) -> None:
        from welfaredesk.domain.dates import same_weekday_in_months

        # 2025-04-15 is the third Tuesday of April 2025.
        assert same_weekday_in_months(date(2025, 4, 15), 3) == [
            date(2025, 5, 20),
            date(2025, 6, 17),
            date(2025, 7, 15),
        ]

    def test_a_missing_fifth_weekday_takes_the_last_one_and_years_roll_over(self) -> None:
        from welfaredesk.domain.dates import same_weekday_in_months

        # 2025-12-29 is the fifth Monday of December; January 2026 has only four.
        assert same_weekday_in_months(date(2025, 12, 29), 2) == [
            date(2026, 1, 26),
            date(2026, 2, 23),
        ]
        assert same_weekday_in_months(date(2025, 12, 29), 0) == []
