"""Tests for welfaredesk.domain.case_number: 受付番号 R7-00012."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfaredesk.domain.case_number import (
    FIELD,
    LABEL,
    NumberStyle,
    case_number_forms,
    format_case_number,
    parse_case_number,
)
from welfaredesk.domain.errors import ValidationError


class TestFormat:
    """format_case_number."""

    @pytest.mark.parametrize(
        ("fiscal_year", "serial", "text"),
        [
            (2025, 1, "R7-00001"),
            (2025, 12, "R7-00012"),
            (2025, 99999, "R7-99999"),
            (2025, 100000, "R7-100000"),
            (2025, 1234567, "R7-1234567"),
            (2020, 5, "R2-00005"),
            (2019, 1, "H31-00001"),  # fiscal year 2019 began on 平成31年4月1日
            (2018, 1, "H30-00001"),
            (1989, 1, "H1-00001"),
            (1988, 1, "S63-00001"),
            (1926, 1, "T15-00001"),
            (1912, 1, "M45-00001"),
            (1873, 1, "M6-00001"),
        ],
    )
    def test_examples(self, fiscal_year: int, serial: int, text: str) -> None:
        """Era letter and year of April 1, hyphen, serial padded to five digits."""
        assert format_case_number(fiscal_year, serial) == text

    @pytest.mark.parametrize("serial", [0, -1])
    def test_bad_serial(self, serial: int) -> None:
        """Serials start at 1."""
        with pytest.raises(ValueError, match="serial"):
            format_case_number(2025, serial)

    def test_bad_fiscal_year(self) -> None:
        """Fiscal years before 明治6年 have no case numbers."""
        with pytest.raises(ValueError, match="supported"):
            format_case_number(1872, 1)


class TestParse:
    """parse_case_number."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("R7-00012", (2025, 12)),
            ("r7-12", (2025, 12)),
            ("R7-12", (2025, 12)),
            ("R07-012", (2025, 12)),
            ("Ｒ７－０００１２", (2025, 12)),
            ("ｒ７－１２", (2025, 12)),
            (" R7 - 12 ", (2025, 12)),
            ("R7\u3000-\u300012", (2025, 12)),
            ("R7ー12", (2025, 12)),
            ("R7−12", (2025, 12)),
            ("R7-100000", (2025, 100000)),
            ("H31-00001", (2019, 1)),
            ("R1-5", (2019, 5)),  # the same fiscal year, named by the era of its end
            ("H30-1", (2018, 1)),
            ("H1-1", (1989, 1)),
            ("S63-1", (1988, 1)),
            ("T15-1", (1926, 1)),
            ("S1-1", (1926, 1)),
            ("M45-1", (1912, 1)),
            ("T1-1", (1912, 1)),
            ("M6-1", (1873, 1)),
            ("R123-1", (2141, 1)),
        ],
    )
    def test_accepted(self, text: str, expected: tuple[int, int]) -> None:
        """Full width, lower case, spaces and missing zeros are all fine."""
        assert parse_case_number(text) == expected

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("", "受付番号を入力してください"),
            ("   ", "受付番号を入力してください"),
            ("R7", "読み取れません"),
            ("R7-", "読み取れません"),
            ("R-12", "読み取れません"),
            ("712", "読み取れません"),
            ("R700012", "読み取れません"),
            ("X7-12", "読み取れません"),
            ("R7-12a", "読み取れません"),
            ("令和7-12", "読み取れません"),
            ("R12345-1", "読み取れません"),
            ("R0-1", "令和0年度の受付番号はありません"),
            ("H32-1", "平成32年度の受付番号はありません"),
            ("S64-1", "昭和64年度の受付番号はありません"),
            ("M5-1", "明治5年度の受付番号はありません"),
            ("R7-0", "番号は1以上です"),
            ("R7-00000", "番号は1以上です"),
        ],
    )
    def test_refused(self, text: str, fragment: str) -> None:
        """Bad case numbers raise ValidationError for the case_number field."""
        with pytest.raises(ValidationError) as info:
            parse_case_number(text)
        error = info.value
        assert (error.field, error.label) == (FIELD, LABEL) == ("case_number", "受付番号")
        assert fragment in error.problem
        assert error.text().startswith("受付番号：")

    def test_message_shows_the_form(self) -> None:
        """A malformed number gets an example of the right form."""
        with pytest.raises(ValidationError, match="R7-00012"):
            parse_case_number("abc")

    @given(st.integers(min_value=1873, max_value=9998), st.integers(min_value=1, max_value=10**7))
    def test_round_trip(self, fiscal_year: int, serial: int) -> None:
        """parse(format(fy, n)) == (fy, n)."""
        text = format_case_number(fiscal_year, serial)
        assert parse_case_number(text) == (fiscal_year, serial)
        assert parse_case_number(text.lower()) == (fiscal_year, serial)

    @given(st.integers(min_value=2019, max_value=2100), st.integers(min_value=1, max_value=99999))
    def test_fixed_width_sorts(self, fiscal_year: int, serial: int) -> None:
        """Within a fiscal year, five-digit serials sort as text in numeric order."""
        first = format_case_number(fiscal_year, serial)
        if serial < 99999:
            assert first < format_case_number(fiscal_year, serial + 1)


class TestWesternStyle:
    """The western style (2025-00012): written on request, always read."""

    @pytest.mark.parametrize(
        ("fiscal_year", "serial", "text"),
        [
            (2025, 12, "2025-00012"),
            (2019, 1, "2019-00001"),
            (2025, 123456, "2025-123456"),
            (1873, 1, "1873-00001"),
        ],
    )
    def test_format(self, fiscal_year: int, serial: int, text: str) -> None:
        """The western year of the fiscal year's April, hyphen, padded serial."""
        assert format_case_number(fiscal_year, serial, NumberStyle.WESTERN) == text
        assert parse_case_number(text) == (fiscal_year, serial)

    def test_the_default_stays_era(self) -> None:
        """Without a style, numbers are written as before."""
        assert format_case_number(2025, 12) == "R7-00012"
        assert format_case_number(2025, 12, NumberStyle.ERA) == "R7-00012"

    @pytest.mark.parametrize("text", ["2025-12", "２０２５－００１２", " 2025 - 0012 ", "2025ー12"])
    def test_parse_as_typed(self, text: str) -> None:
        """Full width, spaces, long dashes and missing zeros are accepted."""
        assert parse_case_number(text) == (2025, 12)

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("2025-0", "番号は1以上です"),
            ("1872-1", "1872年度の受付番号はありません"),
            ("0000-1", "0年度の受付番号はありません"),
            ("9999-1", "9999年度の受付番号はありません"),
            ("202-1", "読み取れません"),
            ("20251-1", "読み取れません"),
        ],
    )
    def test_refused(self, text: str, fragment: str) -> None:
        """Bad western numbers are refused for the case_number field."""
        with pytest.raises(ValidationError) as info:
            parse_case_number(text)
        assert info.value.field == FIELD
        assert fragment in info.value.problem

    def test_the_hint_shows_both_forms(self) -> None:
        """A malformed number gets an example of each form."""
        with pytest.raises(ValidationError, match="2025-00012"):
            parse_case_number("abc")

    def test_forms(self) -> None:
        """A case can be stored under either style's text."""
        assert case_number_forms(2025, 12) == ("R7-00012", "2025-00012")
        assert case_number_forms(2019, 1) == ("H31-00001", "2019-00001")

    @given(st.integers(min_value=1873, max_value=9998), st.integers(min_value=1, max_value=10**7))
    def test_round_trip(self, fiscal_year: int, serial: int) -> None:
        """parse(format(fy, n, western)) == (fy, n)."""
        text = format_case_number(fiscal_year, serial, NumberStyle.WESTERN)
        assert parse_case_number(text) == (fiscal_year, serial)
