"""This PC's display settings: the screens' language and text size (local_settings, display)."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from welfaredesk import local_settings
from welfaredesk.local_settings import Display, SqliteFile


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path))
    return tmp_path


def _write(text: str) -> Path:
    path = local_settings.settings_path()
    path.write_text(text, encoding="utf-8")
    return path


def test_nothing_saved_is_japanese_at_the_standard_size() -> None:
    assert local_settings.saved_display() == Display(language="ja", text_scale=100)
    assert local_settings.LANGUAGES == ("ja", "en")
    assert local_settings.TEXT_SCALES == (100, 115, 130, 150)


@pytest.mark.parametrize("language", local_settings.LANGUAGES)
@pytest.mark.parametrize("scale", local_settings.TEXT_SCALES)
def test_round_trip(language: local_settings.Language, scale: int) -> None:
    local_settings.save_display(Display(language=language, text_scale=scale))
    assert local_settings.saved_display() == Display(language=language, text_scale=scale)


def test_the_file_stays_owner_only_and_keeps_the_other_sections() -> None:
    local_settings.save_database(SqliteFile(path="/srv/desk/welfaredesk.db"))
    local_settings.save_section("future", {"kept": True})  # written by a newer program
    local_settings.save_display(Display(language="en", text_scale=130))
    path = local_settings.settings_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["display"] == {"language": "en", "text_scale": 130}
    assert data["future"] == {"kept": True}
    assert local_settings.saved_database() == SqliteFile(path="/srv/desk/welfaredesk.db")
    # Saving the database again keeps the display section.
    local_settings.save_database(None)
    assert local_settings.saved_display() == Display(language="en", text_scale=130)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.allow_log_errors
@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[1, 2, 3]",
        "",
        '{"version": 99, "display": {"language": "en", "text_scale": 130}}',
    ],
    ids=["broken", "not-an-object", "empty", "newer-program"],
)
def test_a_damaged_file_gives_the_defaults(text: str, caplog: pytest.LogCaptureFixture) -> None:
    _write(text)
    with caplog.at_level(logging.WARNING, logger="welfaredesk.local_settings"):
        assert local_settings.saved_display() == Display()
    assert "unreadable" in caplog.text


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ({"language": "fr", "text_scale": 130}, Display("ja", 130)),
        ({"language": "en", "text_scale": 120}, Display("en", 100)),
        ({"language": "en", "text_scale": "150"}, Display("en", 100)),
        ({"language": "en", "text_scale": 150.0}, Display("en", 100)),
        ({"language": "en", "text_scale": True}, Display("en", 100)),
        ({"language": None}, Display("ja", 100)),
        ({}, Display()),
        ("large", Display()),
        ([150], Display()),
    ],
)
def test_unknown_values_give_the_defaults(section: object, expected: Display) -> None:
    _write(json.dumps({"version": 1, "display": section}))
    assert local_settings.saved_display() == expected


def test_unsupported_values_are_not_saved() -> None:
    local_settings.save_display(Display(language="en", text_scale=115))
    with pytest.raises(ValueError, match="unsupported"):
        local_settings.save_display(Display(language="en", text_scale=200))
    with pytest.raises(ValueError, match="unsupported"):
        local_settings.save_display(Display(language="de", text_scale=100))  # type: ignore[arg-type]
    assert local_settings.saved_display() == Display(language="en", text_scale=115)


@pytest.mark.allow_log_errors
def test_an_unusable_file_is_a_known_error_when_saving() -> None:
    local_settings.settings_path().mkdir()  # a folder where the file should be
    with pytest.raises(local_settings.SettingsError) as raised:
        local_settings.save_display(Display(language="en", text_scale=150))
    assert "設定ファイル" in raised.value.text()
    assert local_settings.saved_display() == Display()
