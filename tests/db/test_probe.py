"""The connection check (storage.probe, services.connection, ``db check``) on both backends.

The probe connects, reads the server version and the revision, and changes nothing.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.pg import PgServer
from tests.pg_tls import DATABASE, PASSWORD, PASSWORD_USER, TlsServer, tls_server
from welfaredesk import local_settings
from welfaredesk.cli import main
from welfaredesk.local_settings import ServerConnection
from welfaredesk.services.connection import check_connection
from welfaredesk.storage import migrate
from welfaredesk.storage.probe import Failure, SchemaState, classify, probe


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _set_revision(url_or_path: str, revision: str) -> None:
    url = url_or_path if "://" in url_or_path else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


# --- PostgreSQL ------------------------------------------------------------------------


def test_a_migrated_server_database_is_current(pg_database_url: str) -> None:
    found = probe(pg_database_url)
    assert found.connected
    assert found.backend == "postgresql"
    assert found.server_version
    assert found.server_version[0].isdigit()
    assert found.revision == migrate.head_revision() == found.program_revision
    assert found.state is SchemaState.CURRENT
    report = check_connection(pg_database_url)
    assert report.usable
    assert "接続できました" in report.summary
    assert "最新です" in report.summary
    assert any(line.startswith("サーバー: PostgreSQL ") for line in report.findings)


def test_an_empty_server_database_stays_empty(pg_empty_url: str) -> None:
    found = probe(pg_empty_url)
    assert found.state is SchemaState.EMPTY
    assert found.revision is None
    assert "空のデータベースです(初期設定が必要)" in check_connection(pg_empty_url).summary
    engine = create_engine(pg_empty_url)
    with engine.connect() as conn:  # the probe created nothing
        tables = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalar()
    engine.dispose()
    assert tables == 0


def test_an_older_and_a_newer_server_database(pg_database_url: str) -> None:
    _set_revision(pg_database_url, "0008")
    report = check_connection(pg_database_url)
    assert report.state is SchemaState.OLDER
    assert not report.usable
    assert "更新が必要です(管理者が db upgrade を実行してください)" in report.summary
    _set_revision(pg_database_url, "zzzz_future")
    report = check_connection(pg_database_url)
    assert report.state is SchemaState.NEWER
    assert "このプログラムより新しい版です" in report.summary
    assert not report.usable


def test_a_wrong_port_is_refused(pg_server: PgServer) -> None:
    url = f"postgresql+psycopg://welfaredesk@127.0.0.1:{_free_port()}/postgres"
    report = check_connection(url)
    assert report.failure is Failure.REFUSED
    assert not report.connected
    assert not report.usable
    assert "拒否" in report.summary
    assert "ポート番号を確認" in report.advice


def test_a_wrong_database_name(pg_server: PgServer) -> None:
    report = check_connection(pg_server.url("no_such_database"))
    assert report.failure is Failure.NO_DATABASE
    assert "データベースはサーバーにありません" in report.summary


def test_a_password_in_the_url_is_never_shown(pg_server: PgServer) -> None:
    url = f"postgresql+psycopg://welfaredesk:topsecret@127.0.0.1:{pg_server.port}/postgres"
    report = check_connection(url, password="other-secret")
    assert "topsecret" not in report.text()
    assert "other-secret" not in report.text()


def test_db_check_prints_the_findings_and_exits_0_when_usable(
    pg_database_url: str, pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "check", "--db", pg_database_url]) == 0
    out = capsys.readouterr().out
    assert "最新です" in out
    assert "PostgreSQL" in out
    _set_revision(pg_database_url, "zzzz_future")
    assert main(["db", "check", "--db", pg_database_url]) == 1
    assert "新しい版" in capsys.readouterr().out


def test_db_check_of_an_unreachable_server_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql+psycopg://u@127.0.0.1:{_free_port()}/x"
    assert main(["--db", url, "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "接続できませんでした" in out
    assert "詳細" in out


# --- SQLite --------------------------------------------------------------------------------


def test_a_sqlite_file_current_older_newer_foreign_missing(db_path: Path, tmp_path: Path) -> None:
    assert probe(db_path).state is SchemaState.CURRENT
    assert check_connection(db_path).usable
    _set_revision(str(db_path), "0008")
    report = check_connection(db_path)
    assert report.state is SchemaState.OLDER
    assert report.usable  # upgraded at start after a copy
    _set_revision(str(db_path), "zzzz_future")
    assert probe(db_path).state is SchemaState.NEWER
    missing = tmp_path / "none" / "desk.db"
    found = probe(missing)
    assert found.state is SchemaState.MISSING
    assert not missing.exists()  # never created by a probe
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    assert probe(other).state is SchemaState.FOREIGN
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert probe(garbage).failure is Failure.FILE


def test_a_sqlite_probe_changes_nothing(db_path: Path) -> None:
    before = db_path.read_bytes()
    probe(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("message", "sqlstate", "kind"),
    [
        ('password authentication failed for user "u"', "28P01", Failure.AUTH),
        ("fe_sendauth: no password supplied", None, Failure.NO_PASSWORD),
        ('FATAL:  role "u" does not exist', "28000", Failure.NO_ROLE),
        ('FATAL:  database "x" does not exist', "3D000", Failure.NO_DATABASE),
        ('no pg_hba.conf entry for host "10.0.0.5", user "u"', "28000", Failure.NOT_ALLOWED),
        ("SSL error: certificate verify failed", None, Failure.TLS),
        ("server does not support SSL, but SSL was required", None, Failure.TLS),
        ('server certificate for "x" does not match host name "y"', None, Failure.TLS),
        ('root certificate file "/x.crt" does not exist', None, Failure.CERTIFICATE_FILE),
        (
            "failed to resolve host 'nosuch': [Errno -2] Name or service not known",
            None,
            Failure.HOST_NOT_FOUND,
        ),
        ('could not translate host name "nosuch" to address', None, Failure.HOST_NOT_FOUND),
        ('connection to server at "h", port 1 failed: Connection refused', None, Failure.REFUSED),
        ("connection failed: timeout expired", None, Failure.TIMEOUT),
        ("the database system is starting up", "57P03", Failure.SERVER_STARTING),
        ("something else", None, Failure.OTHER),
    ],
)
def test_failures_are_sorted(message: str, sqlstate: str | None, kind: Failure) -> None:
    assert classify(message, sqlstate) is kind


# --- TLS and passwords (a private server, see tests/pg_tls.py) ------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    with tls_server(tmp_path_factory.mktemp("tls")) as server:
        yield server


def _tls_url(tls: TlsServer, query: str, host: str = "127.0.0.1") -> str:
    return f"postgresql+psycopg://{PASSWORD_USER}@{host}:{tls.port}/{DATABASE}?{query}"


def test_passwords_wrong_missing_and_right(tls: TlsServer) -> None:
    url = _tls_url(tls, "sslmode=require")
    assert check_connection(url).failure is Failure.NO_PASSWORD
    wrong = check_connection(url, password="wrong-password")
    assert wrong.failure is Failure.AUTH
    assert "パスワードが違います" in wrong.summary
    assert "wrong-password" not in wrong.text()
    right = check_connection(url, password=PASSWORD)
    assert right.connected
    assert right.summary == "接続できました。空のデータベースです(初期設定が必要)。"


def test_the_saved_password_file_is_read_by_libpq(
    tls: TlsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WELFAREDESK_HOME", str(tmp_path))
    server = ServerConnection(
        host="localhost",
        port=tls.port,
        database=DATABASE,
        user=PASSWORD_USER,
        sslmode="verify-full",
        sslrootcert=str(tls.ca_file),
    )
    local_settings.save_database(server, PASSWORD)
    location = local_settings.saved_database_location()
    assert location is not None
    assert PASSWORD not in location
    report = check_connection(location)
    assert report.connected, report.text()
    assert "passfile" in location


def test_tls_certificate_checked_or_refused(tls: TlsServer, tmp_path: Path) -> None:
    good = _tls_url(tls, f"sslmode=verify-full&sslrootcert={tls.ca_file}", host="localhost")
    assert check_connection(good, password=PASSWORD).connected
    other_ca = tmp_path / "other.crt"
    other_ca.write_bytes(Path("/etc/ssl/certs/ca-certificates.crt").read_bytes())
    bad = _tls_url(tls, f"sslmode=verify-full&sslrootcert={other_ca}")
    report = check_connection(bad, password=PASSWORD)
    assert report.failure is Failure.TLS
    assert "暗号化(TLS)" in report.summary
    missing = _tls_url(tls, f"sslmode=verify-full&sslrootcert={tmp_path / 'none.crt'}")
    assert check_connection(missing, password=PASSWORD).failure is Failure.CERTIFICATE_FILE


def test_require_on_a_server_without_tls_is_a_tls_failure(pg_server: PgServer) -> None:
    report = check_connection(pg_server.url() + "?sslmode=require")
    assert report.failure is Failure.TLS
