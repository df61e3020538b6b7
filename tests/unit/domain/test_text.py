"""Texts made from a template (``domain.text.msg``) and the translation hook of the errors."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator

import pytest

from welfaredesk.domain import text
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.text import Msg, date_text, msg, set_translator, translate


@pytest.fixture(autouse=True)
def no_translator() -> Iterator[None]:
    set_translator(None)
    yield
    set_translator(None)


def test_a_msg_is_the_japanese_text_and_remembers_how_it_was_made() -> None:
    m = msg("相談受付日（{date}）より前の日付は入力できません。", date="2026-04-01")
    assert m == "相談受付日（2026-04-01）より前の日付は入力できません。"
    assert isinstance(m, str)
    assert isinstance(m, Msg)
    assert m.template == "相談受付日（{date}）より前の日付は入力できません。"
    assert dict(m.params) == {"date": "2026-04-01"}
    assert "受付日" in m
    assert m.startswith("相談")
    with pytest.raises(TypeError):
        m.params["date"] = "x"  # type: ignore[index]


def test_a_msg_survives_pickling_and_formats_any_value() -> None:
    m = msg("{count}件を取り込みました。", count=12)
    assert m == "12件を取り込みました。"
    back = pickle.loads(pickle.dumps(m))
    assert back == m
    assert back.template == m.template
    assert dict(back.params) == {"count": 12}


def test_without_a_translator_texts_are_unchanged() -> None:
    assert not text.translating()
    assert translate("生年月日") == "生年月日"
    assert KnownError("保存できません。").text() == "保存できません。"
    error = ValidationError("birth_date", "生年月日", "日付を入力してください。")
    assert error.text() == "生年月日：日付を入力してください。" == error.message


def test_errors_go_through_the_installed_translator() -> None:
    words = {"生年月日": "Date of birth", "日付を入力してください。": "Enter a date."}
    seen: list[str] = []

    def fake(source: str) -> str:
        seen.append(source)
        return words.get(source, source)

    set_translator(fake)
    assert text.translating()
    error = ValidationError("birth_date", "生年月日", "日付を入力してください。")
    assert error.text() == "Date of birth: Enter a date."
    assert error.message == "生年月日：日付を入力してください。"  # the canonical text stays
    assert KnownError("生年月日").text() == "Date of birth"
    problem = msg("{n}文字以内で入力してください。", n=20)
    ValidationError("name", "氏名", problem).text()
    assert seen[-1] is problem  # a Msg reaches the translator as itself (template and params)


def test_a_date_text_is_the_wareki_date_and_remembers_the_date() -> None:
    day = dt.date(2026, 4, 1)
    text = date_text(day)
    assert text == "令和8年4月1日"
    assert text.day == day
    assert date_text(day, style="short") == "R8.4.1"
    assert pickle.loads(pickle.dumps(text)).day == day
    m = msg("相談受付日（{date}）より前の日付は入力できません。", date=text)
    assert m == "相談受付日（令和8年4月1日）より前の日付は入力できません。"
