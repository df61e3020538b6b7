"""Joined lists and composed texts stay translatable (issue 11): same Japanese, with templates."""

from __future__ import annotations

from welfaredesk.domain.dates import MONTH_LABELS, fiscal_year_label
from welfaredesk.domain.joins import join_dots, join_list
from welfaredesk.domain.text import Msg


def test_join_list_is_the_japanese_join() -> None:
    assert join_list([]) == ""
    assert join_list(["A"]) == "A"
    joined = join_list(["高齢", "障害", "子ども"])
    assert joined == "高齢、障害、子ども"
    assert isinstance(joined, Msg)
    assert joined.template == "{items}、{item}"
    assert joined.params["item"] == "子ども"
    assert joined.params["items"] == "高齢、障害"


def test_join_dots_is_the_japanese_join() -> None:
    assert join_dots(iter(["案", "会議提出"])) == "案・会議提出"


def test_fiscal_year_label_keeps_its_japanese() -> None:
    assert fiscal_year_label(2025) == "令和7年度"
    assert fiscal_year_label(2019) == "平成31年度"
    assert fiscal_year_label(2020, with_western=True) == "令和2年度(2020年度)"
    assert fiscal_year_label(1989) == "平成元年度"
    label = fiscal_year_label(2025, with_western=True)
    assert isinstance(label, Msg)
    assert label.params == {"era": "令和", "era_year": 7, "year": 2025}


def test_month_labels() -> None:
    assert MONTH_LABELS[0] == "1月"
    assert MONTH_LABELS[11] == "12月"
    assert len(MONTH_LABELS) == 12
