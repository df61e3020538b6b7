"""The password rules (design.md §7 Security), in one place for every way to set a password.

First-run setup, an administrator creating an account, the change of one's own password and
the rules screen all call :func:`check_password`; the minimum length comes from the desk's
security setting (``Setting "security"``, ``password_min_length``).
"""

from __future__ import annotations

from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.text import msg

DEFAULT_MIN_LENGTH = 10
"""The minimum length when the security setting does not say."""

MIN_LENGTH_RANGE = (8, 64)
"""The minimum lengths an administrator may choose."""

MIN_DISTINCT = 4
"""How many different characters a password needs at least."""


def check_password(
    password: str,
    login: str,
    min_length: int = DEFAULT_MIN_LENGTH,
    *,
    field: str = "password",
    label: str = "パスワード",
) -> None:
    """Refuse a password that is easy to guess.

    The rules: at least ``min_length`` characters; not the login ID; not one repeated
    character (nor only a few different ones); not only digits.

    Args:
        password: the new password as typed.
        login: the login ID of the account.
        min_length: the desk's minimum length.
        field: the code name of the form field, for the form to mark it.
        label: the field's Japanese label, named in the message.

    Raises:
        ValidationError: the first rule the password breaks, in Japanese.
    """
    if len(password) < min_length:
        raise ValidationError(
            field,
            label,
            msg(
                "{min_length}文字以上にしてください(いま{count}文字)。",
                min_length=min_length,
                count=len(password),
            ),
        )
    if login.strip() and password.strip().lower() == login.strip().lower():
        raise ValidationError(field, label, "ログインIDと同じパスワードは使えません。")
    if len(set(password)) == 1:
        raise ValidationError(
            field,
            label,
            "同じ文字の繰り返しだけのパスワードは使えません。ほかの文字も混ぜてください。",
        )
    if password.isdigit():
        raise ValidationError(
            field, label, "数字だけのパスワードは使えません。英字や記号も混ぜてください。"
        )
    if len(set(password)) < MIN_DISTINCT:
        raise ValidationError(
            field, label, "同じ文字の繰り返しが多すぎます。推測されにくいものにしてください。"
        )
