"""The password rules: one function for setup, new accounts and changing one's password."""

from __future__ import annotations

import pytest

from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.passwords import DEFAULT_MIN_LENGTH, check_password


def test_a_good_password_passes() -> None:
    check_password("kasumi-bridge-7", "tanaka", DEFAULT_MIN_LENGTH)


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short-1", "10文字以上"),
        ("tanaka-desk", "ログインIDと同じ"),
        ("TANAKA-DESK", "ログインIDと同じ"),
        ("zzzzzzzzzzzz", "同じ文字の繰り返しだけ"),
        ("123456789012", "数字だけ"),
        ("abababababab", "繰り返しが多すぎ"),
    ],
)
def test_each_rule_names_the_field_in_japanese(password: str, problem: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_password(password, "tanaka-desk", 10)
    assert info.value.field == "password"
    assert info.value.label == "パスワード"
    assert problem in info.value.text()
    assert info.value.text().startswith("パスワード：")


def test_the_minimum_length_comes_from_the_caller() -> None:
    check_password("abcd-12", "x", 6)
    with pytest.raises(ValidationError, match="12文字以上"):
        check_password("kasumi-brid", "x", 12)


def test_the_field_and_label_can_be_named() -> None:
    with pytest.raises(ValidationError) as info:
        check_password("short", "x", 10, field="new_password", label="新しいパスワード")
    assert info.value.field == "new_password"
    assert info.value.text().startswith("新しいパスワード：")
