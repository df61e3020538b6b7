"""A private PostgreSQL server with TLS and one password-protected role (issue 9, connection tests).

The session server of ``tests/conftest.py`` trusts every loopback connection and has no TLS,
so the connection dialog's and the probe's TLS and password paths are tested on a server of
their own: a self-signed certificate for ``localhost``/``127.0.0.1`` (also the CA file for
``verify-full``), ``ssl = on``, and the role :data:`PASSWORD_USER` that must give its password
(scram-sha-256) while everyone else is still trusted.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.pg import SUPERUSER, PgServer, find_bindir, missing

PASSWORD_USER = "desk_user"
PASSWORD = "server-pass-2025"
DATABASE = "desk"


@dataclass(frozen=True)
class TlsServer:
    """The server, its CA certificate (self-signed), and where it listens."""

    server: PgServer
    ca_file: Path

    @property
    def port(self) -> int:
        return self.server.port


def _openssl_cert(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "server.crt", folder / "server.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


@contextmanager
def tls_server(workdir: Path) -> Iterator[TlsServer]:
    """Start the server, switch TLS on and add the password role; stop it afterwards."""
    import psycopg  # only where PostgreSQL tests run

    bindir = find_bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        missing("no PostgreSQL server binaries (apt-get install postgresql)")
    assert bindir is not None
    server = PgServer(bindir)
    try:
        server.start()
        cert, key = _openssl_cert(workdir)
        ca_file = workdir / "ca.crt"
        ca_file.write_bytes(cert.read_bytes())
        owner = server.datadir.stat()
        for source in (cert, key):
            target = server.datadir / source.name
            target.write_bytes(source.read_bytes())
            target.chmod(0o600)
            if os.geteuid() == 0:
                os.chown(target, owner.st_uid, owner.st_gid)
        hba = server.datadir / "pg_hba.conf"
        rules = f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rules + hba.read_text(encoding="utf-8"), encoding="utf-8")
        with psycopg.connect(
            host="127.0.0.1", port=server.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute("ALTER SYSTEM SET ssl = on")
            conn.execute("ALTER SYSTEM SET ssl_cert_file = 'server.crt'")
            conn.execute("ALTER SYSTEM SET ssl_key_file = 'server.key'")
            conn.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
            conn.execute(f"CREATE DATABASE {DATABASE} OWNER {PASSWORD_USER}")
            conn.execute("SELECT pg_reload_conf()")
        _wait_for_tls(server.port)
        yield TlsServer(server, ca_file)
    finally:
        server.stop()


def _wait_for_tls(port: int) -> None:
    import psycopg

    deadline = time.monotonic() + 10
    while True:
        try:
            with psycopg.connect(
                host="127.0.0.1", port=port, user=SUPERUSER, dbname="postgres", sslmode="require"
            ):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
