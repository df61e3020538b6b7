"""This PC's own settings: which database it opens, and the language and text size of its screens.

A small JSON file (``settings.json``, ``{"version": 1, "database": {...}, ...}``) in the user's
config folder (platformdirs, or ``$WELFAREDESK_HOME/config``), owner-only (0600 in a 0700
folder). It is a general store: :func:`load` returns every section, :func:`save_section`
replaces one and keeps the others (also sections a newer WelfareDesk wrote), so further
per-PC settings (issue 11: backup folder, idle lock, text size …) add a section each.

The database section names either a SQLite file or a PostgreSQL server (host, port, database,
user, TLS mode and root certificate). The password is never in this file: it goes into a libpq
password file (``.pgpass`` format, 0600) in the same private folder, which the URL names as
``passfile`` so that libpq reads it; or the user keeps it in their own ``~/.pgpass``
(``PGPASSFILE``) and the URL names no file. Either way the URL holds no password and can be
shown and logged as is.

No Qt here: the command line reads the store before anything graphical starts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import platformdirs

from welfaredesk.domain.errors import KnownError

log = logging.getLogger(__name__)

APP_NAME = "WelfareDesk"
SETTINGS_FILE = "settings.json"
PGPASS_FILE = "pgpass.conf"
SETTINGS_VERSION = 1
"""The version of the file's layout; a file with a higher one was written by a newer program."""

DEFAULT_PORT = 5432
SslMode = Literal["require", "verify-full"]
SSL_MODES: tuple[SslMode, ...] = ("require", "verify-full")
PasswordStore = Literal["program", "user"]
"""Where the server password is kept: the program's own password file, or ``~/.pgpass``."""


class SettingsError(KnownError):
    """The settings file cannot be read or written."""


@dataclass(frozen=True, slots=True)
class SqliteFile:
    """A SQLite database file on this PC."""

    path: str

    def location(self) -> str:
        """What ``--db`` would take: the file's path."""
        return self.path


@dataclass(frozen=True, slots=True)
class ServerConnection:
    """A PostgreSQL server: everything but the password.

    Attributes:
        host: the server's name or address.
        port: its TCP port (5432 by default).
        database: the database's name.
        user: the role to log in as.
        sslmode: ``require`` (encrypted, the server's certificate not checked) or
            ``verify-full`` (encrypted, certificate checked against ``sslrootcert`` and the
            host name).
        sslrootcert: the CA certificate file for ``verify-full``.
        password_store: ``program`` (the password file in the settings folder) or ``user``
            (libpq's own: ``~/.pgpass`` or ``PGPASSFILE``).
    """

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: SslMode = "require"
    sslrootcert: str | None = None
    password_store: PasswordStore = "program"

    def location(self, passfile: Path | None = None) -> str:
        """The SQLAlchemy URL (psycopg 3), without a password.

        Args:
            passfile: the password file libpq should read; default: the program's own file
                when ``password_store`` is ``program``, none (libpq's default) otherwise.
        """
        if passfile is None and self.password_store == "program":
            passfile = pgpass_path()
        host = f"[{self.host}]" if ":" in self.host else self.host
        url = (
            f"postgresql+psycopg://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}?sslmode={self.sslmode}"
        )
        if self.sslrootcert:
            url += f"&sslrootcert={quote(self.sslrootcert, safe='/')}"
        if passfile is not None:
            url += f"&passfile={quote(str(passfile), safe='/')}"
        return url


DatabaseChoice = SqliteFile | ServerConnection


def config_dir() -> Path:
    """The folder of this PC's settings (created owner-only)."""
    home = os.environ.get("WELFAREDESK_HOME")
    if home:
        path = Path(home) / "config"
    else:
        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / SETTINGS_FILE


def pgpass_path() -> Path:
    """The program's own libpq password file (used when ``password_store`` is ``program``)."""
    return config_dir() / PGPASS_FILE


def load() -> dict[str, Any]:
    """Every section of the settings file (``{}`` when there is none yet).

    Raises:
        SettingsError: the file is unreadable, not JSON or written by a newer program.
    """
    path = settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(_unreadable(path)) from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise SettingsError(_unreadable(path)) from exc
    if not isinstance(data, dict):
        raise SettingsError(_unreadable(path))
    version = data.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise SettingsError(
            f"このパソコンの設定ファイル({path})は、より新しい版のWelfareDeskで保存されています。"
            "WelfareDeskを最新版に更新してください。"
        )
    return data


def _unreadable(path: Path) -> str:
    return (
        f"このパソコンの設定ファイル({path})を読み取れません。ファイルを削除するか"
        "名前を変えてから起動し、接続先を設定し直してください。"
        "分からない場合はシステム管理者に連絡してください。"
    )


def save_section(name: str, value: Any) -> None:
    """Replace one section (``None`` removes it), keeping the others; written atomically."""
    data = load()
    if value is None:
        data.pop(name, None)
    else:
        data[name] = value
    data["version"] = SETTINGS_VERSION
    _write_private(settings_path(), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _write_private(path: Path, text: str) -> None:
    """Write a file owner-only, replacing it atomically (never a half-written file)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SettingsError(
            f"このパソコンの設定を保存できませんでした({path.parent})。"
            "フォルダーの権限と空き容量を確認してください。"
        ) from exc
    path.chmod(0o600)


# The display section: language and text size of this PC's screens.

Language = Literal["ja", "en"]
LANGUAGES: tuple[Language, ...] = ("ja", "en")
"""The languages of the screens: Japanese (the default) and English. Printed forms are
Japanese whatever the screens show."""

TEXT_SCALES: tuple[int, ...] = (100, 115, 130, 150)
"""The text sizes offered, in percent of the standard size."""


@dataclass(frozen=True, slots=True)
class Display:
    """How this PC shows the program (section ``display``)."""

    language: Language = "ja"
    text_scale: int = 100
    """The text size in percent of the standard (one of :data:`TEXT_SCALES`)."""


def saved_display() -> Display:
    """The display settings of this PC; the defaults when none are saved or they are unusable.

    Never raises: a damaged file must not keep the program from showing its windows (the
    database section reports the damage where it matters).
    """
    try:
        section = load().get("display")
    except SettingsError:
        log.warning("settings file unreadable; default display used")
        return Display()
    if not isinstance(section, dict):
        return Display()
    language = section.get("language")
    scale = section.get("text_scale")
    return Display(
        language=language if language in LANGUAGES else "ja",
        text_scale=scale if isinstance(scale, int) and scale in TEXT_SCALES else 100,
    )


def save_display(display: Display) -> None:
    """Save the display settings of this PC (they apply from the next start).

    Raises:
        ValueError: a language or text size the program does not offer (a programming error).
        SettingsError: the file cannot be written.
    """
    if display.language not in LANGUAGES or display.text_scale not in TEXT_SCALES:
        raise ValueError(f"unsupported display settings: {display}")
    save_section("display", {"language": display.language, "text_scale": display.text_scale})


# The database section.


def saved_database() -> DatabaseChoice | None:
    """The database this PC was pointed at in the settings dialog (None: not chosen)."""
    section = load().get("database")
    if not isinstance(section, dict):
        return None
    try:
        if section.get("kind") == "sqlite":
            return SqliteFile(path=str(section["path"]))
        if section.get("kind") == "postgresql":
            sslmode = section.get("sslmode", "require")
            store = section.get("password_store", "program")
            if sslmode not in SSL_MODES or store not in ("program", "user"):
                raise ValueError(sslmode)
            return ServerConnection(
                host=str(section["host"]),
                port=int(section.get("port", DEFAULT_PORT)),
                database=str(section["database"]),
                user=str(section["user"]),
                sslmode=sslmode,
                sslrootcert=str(section["sslrootcert"]) if section.get("sslrootcert") else None,
                password_store=store,
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise SettingsError(_unreadable(settings_path())) from exc
    raise SettingsError(_unreadable(settings_path()))


def saved_database_location() -> str | None:
    """What ``--db`` would take for the saved choice (a path or a password-free URL)."""
    choice = saved_database()
    return None if choice is None else choice.location()


def save_database(choice: DatabaseChoice | None, password: str | None = None) -> None:
    """Save the database choice (None: back to the default file).

    Args:
        choice: the file or server.
        password: the server password, for the program's own password file (ignored for a
            file or when the user keeps the password in their own ``~/.pgpass``); None or
            empty leaves the password file as it is.
    """
    if isinstance(choice, ServerConnection) and password and choice.password_store == "program":
        store_password(choice, password)
    section: dict[str, Any] | None
    if choice is None:
        section = None
    elif isinstance(choice, SqliteFile):
        section = {"kind": "sqlite", "path": choice.path}
    else:
        section = {
            "kind": "postgresql",
            "host": choice.host,
            "port": choice.port,
            "database": choice.database,
            "user": choice.user,
            "sslmode": choice.sslmode,
            "sslrootcert": choice.sslrootcert,
            "password_store": choice.password_store,
        }
    save_section("database", section)
    log.info("database setting saved (%s)", "default" if choice is None else section_kind(choice))


def section_kind(choice: DatabaseChoice) -> str:
    """``sqlite`` or ``postgresql``."""
    return "sqlite" if isinstance(choice, SqliteFile) else "postgresql"


# The libpq password file.


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _pgpass_key(line: str) -> tuple[str, ...] | None:
    """The first four fields of a password-file line (host, port, database, user)."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    if len(fields) < 4:
        return None
    return tuple(fields)


def store_password(server: ServerConnection, password: str, file: Path | None = None) -> Path:
    """Put the server's password into a libpq password file (0600), replacing its old line.

    Args:
        server: the connection the password belongs to.
        password: the password.
        file: the password file; default: the program's own.

    Returns:
        The file written.
    """
    target = file or pgpass_path()
    key = (str(server.host), str(server.port), server.database, server.user)
    entry = ":".join(_pgpass_field(part) for part in (*key, password))
    lines: list[str] = []
    with contextlib.suppress(FileNotFoundError):
        for line in target.read_text(encoding="utf-8").splitlines():
            if _pgpass_key(line) != key:
                lines.append(line)
    lines.append(entry)
    _write_private(target, "\n".join(lines) + "\n")
    log.info("server password stored in the password file")
    return target


def has_password(server: ServerConnection, file: Path | None = None) -> bool:
    """Whether the password file already holds a line for this server, database and user."""
    target = file or pgpass_path()
    key = (str(server.host), str(server.port), server.database, server.user)
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return False
    return any(_pgpass_key(line) == key for line in text.splitlines())
