"""This PC's settings file and the libpq password file (welfaredesk.local_settings)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from welfaredesk import local_settings
from welfaredesk.local_settings import ServerConnection, SettingsError, SqliteFile
from welfaredesk.storage.engine import database_url


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path))
    return tmp_path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


SERVER = ServerConnection(
    host="db.example.lg.jp",
    port=5433,
    database="welfaredesk",
    user="desk_user",
    sslmode="verify-full",
    sslrootcert="/etc/welfaredesk/ca.crt",
)


def test_nothing_saved_means_no_choice(home: Path) -> None:
    assert local_settings.load() == {}
    assert local_settings.saved_database() is None
    assert local_settings.saved_database_location() is None
    assert local_settings.settings_path() == home / "config" / "settings.json"


def test_a_server_round_trips_without_the_password_and_owner_only(home: Path) -> None:
    local_settings.save_database(SERVER, "s3cret:pass\\word")
    assert local_settings.saved_database() == SERVER
    settings = local_settings.settings_path()
    assert "s3cret" not in settings.read_text(encoding="utf-8")
    assert _mode(settings) == 0o600
    assert _mode(settings.parent) == 0o700
    data = json.loads(settings.read_text(encoding="utf-8"))
    assert data["version"] == local_settings.SETTINGS_VERSION
    assert data["database"]["kind"] == "postgresql"
    passfile = local_settings.pgpass_path()
    assert passfile.parent == settings.parent
    assert _mode(passfile) == 0o600
    # pgpass format: host:port:database:user:password, with : and \ escaped
    assert passfile.read_text(encoding="utf-8") == (
        "db.example.lg.jp:5433:welfaredesk:desk_user:s3cret\\:pass\\\\word\n"
    )
    assert local_settings.has_password(SERVER)


def test_the_url_names_the_password_file_and_no_password(home: Path) -> None:
    local_settings.save_database(SERVER, "s3cret")
    location = local_settings.saved_database_location()
    assert location is not None
    assert "s3cret" not in location
    url = database_url(location)
    assert url.password is None
    assert url.host == "db.example.lg.jp"
    assert url.port == 5433
    assert url.username == "desk_user"
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "/etc/welfaredesk/ca.crt"
    assert url.query["passfile"] == str(local_settings.pgpass_path())


def test_the_users_own_pgpass_is_not_written_or_named(home: Path) -> None:
    own = ServerConnection(host="db", database="wd", user="u", password_store="user")
    local_settings.save_database(own, "ignored")
    assert not local_settings.pgpass_path().exists()
    assert "passfile" not in database_url(own.location()).query
    assert database_url(own.location()).query["sslmode"] == "require"


def test_a_new_password_replaces_the_old_line_and_keeps_others(home: Path) -> None:
    other = ServerConnection(host="other", database="wd", user="u")
    local_settings.store_password(other, "first")
    local_settings.save_database(SERVER, "old")
    local_settings.save_database(SERVER, "new")
    lines = local_settings.pgpass_path().read_text(encoding="utf-8").splitlines()
    assert lines == ["other:5432:wd:u:first", "db.example.lg.jp:5433:welfaredesk:desk_user:new"]
    local_settings.save_database(SERVER, None)  # no password typed: the stored one stays
    assert local_settings.has_password(SERVER)


def test_a_file_choice_and_other_sections_survive(home: Path) -> None:
    local_settings.save_section("display", {"text_size": 12})
    local_settings.save_database(SqliteFile(path=str(home / "desk.db")))
    assert local_settings.saved_database() == SqliteFile(path=str(home / "desk.db"))
    assert local_settings.saved_database_location() == str(home / "desk.db")
    assert local_settings.load()["display"] == {"text_size": 12}
    local_settings.save_database(None)
    assert local_settings.saved_database() is None
    assert local_settings.load()["display"] == {"text_size": 12}


def test_a_broken_file_is_a_known_error_naming_it(home: Path) -> None:
    path = local_settings.settings_path()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"settings\.json"):
        local_settings.saved_database()
    path.write_text(json.dumps({"version": 1, "database": {"kind": "postgresql"}}), "utf-8")
    with pytest.raises(SettingsError):
        local_settings.saved_database()


def test_a_file_from_a_newer_program_is_refused(home: Path) -> None:
    local_settings.settings_path().write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(SettingsError, match="新しい版"):
        local_settings.load()
