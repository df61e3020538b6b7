"""Dates and the punctuation around data in the screens' language (``gui.display``, issue 11).

Japanese screens show exactly what :func:`format_wareki` writes (和暦); English screens show
western dates, ISO dates in the fields to edit, ``FY2026``, and English punctuation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from welfaredesk.domain.dates import fiscal_year_label, parse_date
from welfaredesk.domain.wareki import format_wareki
from welfaredesk.gui import display, i18n
from welfaredesk.gui.display import (
    annotate,
    bullet,
    fmt_date,
    fmt_date_input,
    fmt_datetime,
    fmt_fiscal_year,
    join_list,
    join_parts,
    join_spaced,
    labelled,
)

DAYS = (
    dt.date(2026, 11, 6),
    dt.date(2019, 5, 1),  # 令和元年
    dt.date(2019, 4, 30),  # 平成31年
    dt.date(1989, 1, 7),  # 昭和64年
    dt.date(1873, 1, 1),  # the earliest supported date
    dt.date(2025, 1, 31),
)


@pytest.fixture
def english(gui_app: QApplication) -> Iterator[None]:
    language = gui_app.property(display.LANGUAGE_PROPERTY)
    gui_app.setProperty(display.LANGUAGE_PROPERTY, "en")
    yield
    gui_app.setProperty(display.LANGUAGE_PROPERTY, language)


def test_the_language_property_is_the_one_i18n_reads() -> None:
    assert display.LANGUAGE_PROPERTY == i18n.LANGUAGE_PROPERTY
    assert not display.english()
    assert display.english() == i18n.english()


@pytest.mark.parametrize("day", DAYS)
def test_japanese_dates_are_exactly_wareki(day: dt.date) -> None:
    for style in ("long", "short", "western"):
        assert fmt_date(day, style) == format_wareki(day, style=style)
        assert fmt_date_input(day, style) == format_wareki(day, style=style)
    moment = dt.datetime.combine(day, dt.time(9, 5, 7))
    assert fmt_datetime(moment) == f"{format_wareki(day)} 09:05"
    assert fmt_datetime(moment, "short") == f"{format_wareki(day, style='short')} 09:05"
    assert fmt_datetime(moment, seconds=True) == f"{format_wareki(day)} 09:05:07"


def test_japanese_examples() -> None:
    assert fmt_date(dt.date(2026, 11, 6)) == "令和8年11月6日"
    assert fmt_date(dt.date(2026, 11, 6), "short") == "R8.11.6"
    assert fmt_date(dt.date(2026, 11, 6), style="western") == "令和8年(2026年)11月6日"
    assert fmt_date(None) == fmt_datetime(None) == fmt_date_input(None) == ""
    assert fmt_fiscal_year(2026) == fiscal_year_label(2026) == "令和8年度"
    assert fmt_fiscal_year(2026, with_western=True) == "令和8年度(2026年度)"
    assert fmt_fiscal_year(2019) == "平成31年度"


@pytest.mark.usefixtures("english")
def test_english_dates_are_western() -> None:
    day = dt.date(2026, 11, 6)
    for style in ("long", "short", "western"):
        assert fmt_date(day, style) == "6 Nov 2026"
    assert fmt_date(dt.date(2019, 5, 1)) == "1 May 2019"
    assert fmt_date(dt.date(2025, 12, 31)) == "31 Dec 2025"
    assert fmt_date(None) == ""
    assert fmt_datetime(dt.datetime(2026, 11, 6, 9, 40)) == "6 Nov 2026 09:40"
    assert fmt_datetime(dt.datetime(2026, 11, 6, 9, 40, 5), "short", seconds=True) == (
        "6 Nov 2026 09:40:05"
    )
    assert fmt_fiscal_year(2026) == fmt_fiscal_year(2026, with_western=True) == "FY2026"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("day", DAYS)
def test_english_fields_are_prefilled_with_iso_dates_the_parser_reads(day: dt.date) -> None:
    text = fmt_date_input(day, "short")
    assert text == day.isoformat()
    assert parse_date(text, field="date", label="日付", today=dt.date(2026, 11, 22)) == day


def test_japanese_punctuation() -> None:
    assert join_list(["介護", "認知症"]) == "介護、認知症"
    assert join_list(["東", "西"], "・") == "東・西"
    assert join_parts(["目標", "支援内容"]) == "目標／支援内容"
    assert join_spaced(["R8.11.6 09:40", "電話"]) == "R8.11.6 09:40\u3000電話"
    assert annotate("相談支援課", "福祉係") == "相談支援課（福祉係）"
    assert annotate("支援会議", "予定", spaced=True) == "支援会議\u3000（予定）"
    assert annotate("", "R8.11.6") == "（R8.11.6）"
    assert annotate("相談支援課", "") == "相談支援課"
    assert labelled("転居", "北区") == "転居：北区"
    assert bullet("同意がありません") == "・同意がありません"


@pytest.mark.usefixtures("english")
def test_english_punctuation() -> None:
    assert join_list(["Care", "Dementia"]) == "Care, Dementia"
    assert join_list(["East", "West"], "・") == "East, West"
    assert join_parts(["Goal", "Support"]) == "Goal / Support"
    assert join_spaced(["6 Nov 2026 09:40", "Phone"]) == "6 Nov 2026 09:40 · Phone"
    assert annotate("相談支援課", "福祉係") == "相談支援課 (福祉係)"
    assert annotate("Support meeting", "Planned", spaced=True) == "Support meeting (Planned)"
    assert annotate("", "6 Nov 2026") == "(6 Nov 2026)"
    assert labelled("Moved away", "北区") == "Moved away: 北区"
    assert bullet("No consent") == "\u2022 No consent"
    for text in (join_list("ab"), join_parts("ab"), join_spaced("ab"), annotate("a", "b")):
        assert not any("\u3000" <= char <= "\u30ff" or char >= "\uff00" for char in text)


def test_i18n_re_exports_the_helpers() -> None:
    for name in ("fmt_date", "fmt_datetime", "fmt_date_input", "fmt_fiscal_year", "annotate"):
        assert getattr(i18n, name) is getattr(display, name)
