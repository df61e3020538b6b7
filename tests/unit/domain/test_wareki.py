"""Tests for welfaredesk.domain.wareki: eras, conversion and formatting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfaredesk.domain.wareki import (
    EARLIEST_DATE,
    Era,
    InvalidDate,
    WarekiDate,
    ensure_supported,
    era_of,
    era_year_label,
    find_era,
    format_wareki,
    to_wareki,
    wareki_year_label,
)

supported_dates = st.dates(min_value=EARLIEST_DATE, max_value=date(2100, 12, 31))


class TestEra:
    """The era table."""

    @pytest.mark.parametrize(
        ("era", "kanji", "letter", "start"),
        [
            (Era.MEIJI, "明治", "M", date(1868, 10, 23)),
            (Era.TAISHO, "大正", "T", date(1912, 7, 30)),
            (Era.SHOWA, "昭和", "S", date(1926, 12, 25)),
            (Era.HEISEI, "平成", "H", date(1989, 1, 8)),
            (Era.REIWA, "令和", "R", date(2019, 5, 1)),
        ],
    )
    def test_attributes(self, era: Era, kanji: str, letter: str, start: date) -> None:
        """Each era has its name, letter and first day."""
        assert (era.kanji, era.letter, era.start) == (kanji, letter, start)

    @pytest.mark.parametrize(
        ("era", "end", "following"),
        [
            (Era.MEIJI, date(1912, 7, 29), Era.TAISHO),
            (Era.TAISHO, date(1926, 12, 24), Era.SHOWA),
            (Era.SHOWA, date(1989, 1, 7), Era.HEISEI),
            (Era.HEISEI, date(2019, 4, 30), Era.REIWA),
            (Era.REIWA, None, None),
        ],
    )
    def test_end_and_next(self, era: Era, end: date | None, following: Era | None) -> None:
        """An era ends the day before the next one starts; 令和 has no end."""
        assert era.end == end
        assert era.next is following

    def test_contains(self) -> None:
        """contains() is inclusive at both ends."""
        assert Era.HEISEI.contains(date(1989, 1, 8))
        assert Era.HEISEI.contains(date(2019, 4, 30))
        assert not Era.HEISEI.contains(date(2019, 5, 1))
        assert not Era.HEISEI.contains(date(1989, 1, 7))
        assert Era.REIWA.contains(date(2100, 1, 1))

    def test_year_to_western(self) -> None:
        """元年 is the western year of the era's first day."""
        assert Era.REIWA.year_to_western(1) == 2019
        assert Era.REIWA.year_to_western(7) == 2025
        assert Era.SHOWA.year_to_western(64) == 1989

    @pytest.mark.parametrize(
        ("text", "era"),
        [
            ("令和", Era.REIWA),
            ("令", Era.REIWA),
            ("R", Era.REIWA),
            ("r", Era.REIWA),
            (" h ", Era.HEISEI),
            ("昭和", Era.SHOWA),
            ("s", Era.SHOWA),
            ("T", Era.TAISHO),
            ("大", Era.TAISHO),
            ("m", Era.MEIJI),
            ("明治", Era.MEIJI),
        ],
    )
    def test_find_era(self, text: str, era: Era) -> None:
        """Eras are found by name, first kanji or letter in either case."""
        assert find_era(text) is era

    @pytest.mark.parametrize("text", ["", "X", "慶応", "令和和", "RR"])
    def test_find_era_unknown(self, text: str) -> None:
        """Anything else names no era."""
        assert find_era(text) is None


class TestToWareki:
    """Western dates to era dates."""

    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (date(1873, 1, 1), WarekiDate(Era.MEIJI, 6, 1, 1)),
            (date(1912, 7, 29), WarekiDate(Era.MEIJI, 45, 7, 29)),
            (date(1912, 7, 30), WarekiDate(Era.TAISHO, 1, 7, 30)),
            (date(1926, 12, 24), WarekiDate(Era.TAISHO, 15, 12, 24)),
            (date(1926, 12, 25), WarekiDate(Era.SHOWA, 1, 12, 25)),
            (date(1989, 1, 7), WarekiDate(Era.SHOWA, 64, 1, 7)),
            (date(1989, 1, 8), WarekiDate(Era.HEISEI, 1, 1, 8)),
            (date(2019, 4, 30), WarekiDate(Era.HEISEI, 31, 4, 30)),
            (date(2019, 5, 1), WarekiDate(Era.REIWA, 1, 5, 1)),
            (date(2025, 4, 1), WarekiDate(Era.REIWA, 7, 4, 1)),
        ],
    )
    def test_boundaries(self, day: date, expected: WarekiDate) -> None:
        """Each era boundary falls on the right day."""
        assert to_wareki(day) == expected
        assert era_of(day) is expected.era

    def test_before_gregorian_adoption_is_refused(self) -> None:
        """Dates before 明治6年1月1日 (lunisolar calendar) are refused with a message."""
        with pytest.raises(InvalidDate) as info:
            to_wareki(date(1872, 12, 31))
        assert "明治6年" in info.value.problem
        assert "旧暦" in info.value.problem

    def test_ensure_supported(self) -> None:
        """ensure_supported accepts 明治6年1月1日 and refuses the day before."""
        ensure_supported(EARLIEST_DATE)
        with pytest.raises(InvalidDate):
            ensure_supported(EARLIEST_DATE - timedelta(days=1))

    def test_wareki_date_is_frozen(self) -> None:
        """WarekiDate is immutable."""
        wareki = WarekiDate(Era.REIWA, 7, 4, 1)
        with pytest.raises(AttributeError):
            wareki.year = 8  # type: ignore[misc]

    @given(supported_dates)
    def test_round_trip(self, day: date) -> None:
        """to_wareki and to_date are inverses over the supported range."""
        wareki = to_wareki(day)
        assert wareki.to_date() == day
        assert wareki.era.contains(day)
        assert wareki.year >= 1

    @given(supported_dates)
    def test_era_year_matches_western_year(self, day: date) -> None:
        """The era year counts from the western year of the era's first day."""
        wareki = to_wareki(day)
        assert wareki.era.year_to_western(wareki.year) == day.year


class TestWarekiDateToDate:
    """Era dates that exist and those that do not."""

    @pytest.mark.parametrize(
        ("wareki", "expected"),
        [
            (WarekiDate(Era.HEISEI, 31, 4, 30), date(2019, 4, 30)),
            (WarekiDate(Era.REIWA, 1, 5, 1), date(2019, 5, 1)),
            (WarekiDate(Era.SHOWA, 64, 1, 7), date(1989, 1, 7)),
            (WarekiDate(Era.HEISEI, 1, 1, 8), date(1989, 1, 8)),
            (WarekiDate(Era.MEIJI, 6, 1, 1), date(1873, 1, 1)),
            (WarekiDate(Era.REIWA, 6, 2, 29), date(2024, 2, 29)),
        ],
    )
    def test_valid(self, wareki: WarekiDate, expected: date) -> None:
        """Dates on the edges of eras exist."""
        assert wareki.to_date() == expected

    @pytest.mark.parametrize(
        ("wareki", "fragments"),
        [
            (
                WarekiDate(Era.REIWA, 7, 2, 30),
                ["令和7年2月30日という日付はありません", "正しい日付"],
            ),
            (WarekiDate(Era.REIWA, 7, 13, 1), ["令和7年13月1日という日付はありません"]),
            (WarekiDate(Era.REIWA, 7, 2, 29), ["令和7年2月29日という日付はありません"]),
            (WarekiDate(Era.HEISEI, 32, 1, 1), ["平成32年という年はありません", "31年4月30日まで"]),
            (WarekiDate(Era.HEISEI, 31, 5, 1), ["平成31年5月1日", "翌日からは令和"]),
            (WarekiDate(Era.SHOWA, 64, 1, 8), ["昭和64年1月8日", "64年1月7日まで", "平成"]),
            (WarekiDate(Era.SHOWA, 65, 1, 1), ["昭和65年という年はありません"]),
            (WarekiDate(Era.REIWA, 1, 4, 30), ["令和元年4月30日", "元年5月1日から", "平成"]),
            (WarekiDate(Era.HEISEI, 1, 1, 7), ["平成元年1月7日", "前日までは昭和"]),
            (WarekiDate(Era.TAISHO, 15, 12, 25), ["大正15年12月25日", "翌日からは昭和"]),
            (WarekiDate(Era.MEIJI, 45, 7, 30), ["明治45年7月30日", "翌日からは大正"]),
            (WarekiDate(Era.MEIJI, 5, 12, 31), ["明治6年", "旧暦"]),
            (WarekiDate(Era.MEIJI, 1, 1, 1), ["旧暦"]),
            (WarekiDate(Era.REIWA, 0, 1, 1), ["令和0年という年はありません", "元年"]),
            (WarekiDate(Era.REIWA, -1, 1, 1), ["令和-1年という年はありません"]),
        ],
    )
    def test_invalid(self, wareki: WarekiDate, fragments: list[str]) -> None:
        """A date that does not exist raises InvalidDate saying why."""
        with pytest.raises(InvalidDate) as info:
            wareki.to_date()
        for fragment in fragments:
            assert fragment in info.value.problem
        assert str(info.value) == info.value.problem

    def test_str(self) -> None:
        """str() is the long form, with 元年."""
        assert str(WarekiDate(Era.REIWA, 7, 4, 1)) == "令和7年4月1日"
        assert str(WarekiDate(Era.REIWA, 1, 5, 1)) == "令和元年5月1日"


class TestFormat:
    """format_wareki and the year labels."""

    @pytest.mark.parametrize(
        ("day", "long", "short", "western"),
        [
            (date(2025, 4, 1), "令和7年4月1日", "R7.4.1", "令和7年(2025年)4月1日"),
            (date(2019, 5, 1), "令和元年5月1日", "R1.5.1", "令和元年(2019年)5月1日"),
            (date(2019, 4, 30), "平成31年4月30日", "H31.4.30", "平成31年(2019年)4月30日"),
            (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7", "昭和64年(1989年)1月7日"),
            (date(1970, 3, 2), "昭和45年3月2日", "S45.3.2", "昭和45年(1970年)3月2日"),
            (date(1912, 7, 30), "大正元年7月30日", "T1.7.30", "大正元年(1912年)7月30日"),
            (date(1873, 1, 1), "明治6年1月1日", "M6.1.1", "明治6年(1873年)1月1日"),
        ],
    )
    def test_styles(self, day: date, long: str, short: str, western: str) -> None:
        """The three styles, with 元年 in the long forms only."""
        assert format_wareki(day) == long
        assert format_wareki(day, style="long") == long
        assert format_wareki(day, style="short") == short
        assert format_wareki(day, style="western") == western

    def test_format_refuses_early_dates(self) -> None:
        """Formatting a date before 明治6年 raises InvalidDate."""
        with pytest.raises(InvalidDate):
            format_wareki(date(1800, 1, 1))

    @pytest.mark.parametrize(
        ("day", "label"),
        [
            (date(2025, 4, 1), "令和7年"),
            (date(2019, 5, 1), "令和元年"),
            (date(2019, 4, 30), "平成31年"),
            (date(1926, 12, 25), "昭和元年"),
        ],
    )
    def test_wareki_year_label(self, day: date, label: str) -> None:
        """The era year of a date, with 元年."""
        assert wareki_year_label(day) == label

    def test_era_year_label(self) -> None:
        """era_year_label writes 元年 for year 1 only."""
        assert era_year_label(Era.REIWA, 1) == "令和元年"
        assert era_year_label(Era.REIWA, 2) == "令和2年"
        assert era_year_label(Era.HEISEI, 31) == "平成31年"
