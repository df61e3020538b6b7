"""Which database the command line opens: --db, then the environment, then this PC's choice."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from welfaredesk import cli, local_settings, paths
from welfaredesk.local_settings import ServerConnection, SqliteFile


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path))
    monkeypatch.delenv("WELFAREDESK_DATABASE_URL", raising=False)
    return tmp_path


def _resolve(argv: list[str]) -> str:
    args = cli._parser().parse_args(argv)
    return cli._database(args)


def test_without_anything_the_default_file(home: Path) -> None:
    assert _resolve(["db", "check"]) == str(paths.default_database_path())


def test_the_saved_choice_comes_before_the_default(home: Path) -> None:
    local_settings.save_database(SqliteFile(path=str(home / "saved.db")))
    assert _resolve(["db", "check"]) == str(home / "saved.db")
    server = ServerConnection(host="db.example.lg.jp", database="wd", user="u")
    local_settings.save_database(server, "pw")
    resolved = _resolve(["db", "check"])
    assert resolved.startswith("postgresql+psycopg://u@db.example.lg.jp:5432/wd?")
    assert "pw" not in resolved.split("?")[0]


def test_the_environment_comes_before_the_saved_choice(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_settings.save_database(SqliteFile(path=str(home / "saved.db")))
    monkeypatch.setenv("WELFAREDESK_DATABASE_URL", "postgresql+psycopg://env@h/wd")
    assert _resolve(["db", "check"]) == "postgresql+psycopg://env@h/wd"


def test_db_comes_first(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local_settings.save_database(SqliteFile(path=str(home / "saved.db")))
    monkeypatch.setenv("WELFAREDESK_DATABASE_URL", "postgresql+psycopg://env@h/wd")
    assert _resolve(["--db", str(home / "given.db"), "db", "check"]) == str(home / "given.db")
    assert _resolve(["db", "check", "--db", str(home / "after.db")]) == str(home / "after.db")


def test_the_demo_keeps_its_own_file(home: Path) -> None:
    local_settings.save_database(SqliteFile(path=str(home / "saved.db")))
    args = argparse.Namespace()
    assert cli._database(args, paths.demo_database_path()) == str(paths.demo_database_path())


def test_db_check_of_a_saved_file(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = home / "saved.db"
    local_settings.save_database(SqliteFile(path=str(target)))
    assert cli.main(["db", "upgrade"]) == 0
    assert target.exists()
    capsys.readouterr()
    assert cli.main(["db", "check"]) == 0
    out = capsys.readouterr().out
    assert "ファイルを開けました。データベースは最新です。" in out
    assert str(target) in out


def test_a_broken_settings_file_is_reported(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    local_settings.settings_path().write_text("{broken", encoding="utf-8")
    assert cli.main(["db", "check"]) == 2
    assert "設定ファイル" in capsys.readouterr().err
