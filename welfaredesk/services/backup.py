"""Backups of the database: create, verify, restore, the automatic backups; database copies.

A backup is one format on both backends: a SQLite database file, optionally encrypted. On
SQLite it is made with SQLite's online backup API (:func:`welfaredesk.storage.migrate.copy_sqlite`),
so it is safe while the program is in use and holds one committed state. On PostgreSQL it is
made by the copy engine (:mod:`welfaredesk.storage.copy`): one ``REPEATABLE READ`` snapshot of
the server's database copied into a temporary SQLite file, verified table by table (counts and
checksums), then written out exactly as on SQLite. So every backup can be checked and restored
by the program on any PC, and no ``pg_dump`` of the server's version is needed on a counselor's
PC. The server's own backups (nightly ``pg_dump -Fc``) are the administrator's, described in
``docs/server.md``.

A backup that leaves the PC can be encrypted with a passphrase
(AES-256-GCM, the key derived with scrypt from the passphrase and a random salt). The file
format of an encrypted backup (``.wdbk``)::

    b"WDBK1" | scrypt log2(N) (1) | salt (16) | key check (16) | nonce prefix (8)
            | chunk size (4, big-endian)
    then chunks: AES-GCM(plaintext chunk), each with a 16-byte tag;
    nonce = prefix | chunk index (4); associated data = header | index (8) | last flag (1)

Every chunk but the last holds exactly ``chunk size`` bytes, and the last is shorter (an
empty last chunk when the size divides evenly), so a truncated, reordered or altered file is
refused. The key check (a hash of further scrypt output) tells a wrong passphrase apart from
a damaged file. Encryption and decryption stream chunk by chunk: a large database never needs
to fit in memory.

Restoring: on SQLite the open file is replaced (the old one kept aside). A PostgreSQL desk's
live database is never overwritten from the program: a backup is restored into an EMPTY
database the administrator created (``backup restore FILE --to URL``), and the PCs are then
pointed at it. The automatic backups are made on SQLite only; on PostgreSQL the server's
scheduled ``pg_dump`` does that job and :meth:`BackupService.run_automatic` does nothing.

:func:`copy_database` is ``welfaredesk db copy``: the copy engine plus what only the services
know, the audit chain (verified on the target before it commits) and an audit event on the
target (action ``create``, entity ``database``, ``op`` ``copy``, with counts only).

Who may do what: creating, verifying and restoring a backup and changing the automatic-backup
settings need :attr:`Action.BACKUP` (administrators only). Supervisors may not: a backup holds
every record, restricted cases (閲覧制限) included, which a supervisor may not read. The
automatic backup runs for whoever is signed in (it only copies the database into the folder an
administrator chose, never shows data, and is audited). ``db copy`` needs no login, like ``db
upgrade``: it is run by whoever holds the database itself (the file, or the server's password).

Audit events carry the operation, whether the file is encrypted, revisions and counts; never
a passphrase or a path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from welfaredesk import paths
from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import ConflictError, KnownError, ValidationError
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.security import require
from welfaredesk.storage import migrate
from welfaredesk.storage.copy import CopyProgress, CopyResult, CopyStep, TableCopy, location
from welfaredesk.storage.copy import copy_database as copy_engine
from welfaredesk.storage.engine import Database, database_url, make_engine, sqlite_path
from welfaredesk.storage.orm import Setting, User

log = logging.getLogger(__name__)

MAGIC = b"WDBK1"
"""The first bytes of an encrypted backup (format version 1)."""
SALT_SIZE = 16
CHECK_SIZE = 16
NONCE_PREFIX_SIZE = 8
TAG_SIZE = 16
CHUNK_SIZE = 1 << 20
"""Plaintext bytes per encrypted chunk."""
HEADER_SIZE = len(MAGIC) + 1 + SALT_SIZE + CHECK_SIZE + NONCE_PREFIX_SIZE + 4
SCRYPT_LOG2_N = 15
"""scrypt's cost (N = 2**15, 32 MiB with r = 8); stored in each file's header."""
SCRYPT_R = 8
SCRYPT_P = 1
PASSPHRASE_MIN_LENGTH = 8

SQLITE_MAGIC = b"SQLite format 3\x00"
ENCRYPTED_SUFFIX = ".wdbk"
PLAIN_SUFFIX = ".db"
AUTO_PREFIX = "welfaredesk-auto-"
_AUTO_PATTERN = re.compile(r"^welfaredesk-auto-(\d{8}-\d{6})\.db$")
_STAMP = "%Y%m%d-%H%M%S"

SETTING_KEY = "backup"
DEFAULT_INTERVAL_DAYS = 1
DEFAULT_KEEP = 14
MAX_INTERVAL_DAYS = 365
MAX_KEEP = 999

PROGRESS_TOTAL = 1000
"""The ``total`` passed to a progress callback (per mille of the whole backup)."""

Progress = Callable[[int, int], None]
"""Told (done, total) while a backup runs."""

_RESTORE_ON_SERVER = (
    "PostgreSQL のサーバーで使用中のデータベースは、プログラムからは上書きしません。"
    "サーバーに新しい空のデータベースを作り(docs/server.md の「バックアップからの復元」)、"
    "コマンド welfaredesk --db 今のデータベースのURL backup restore バックアップのファイル "
    "--to 新しいデータベースのURL で復元してから、各パソコンの接続先を新しいデータベースに"
    "切り替えてください。"
)
_WRONG_PASSPHRASE = (
    "パスフレーズが違います。バックアップを作成したときのパスフレーズを入力してください。"
)
_DAMAGED = (
    "バックアップのファイルが壊れているか、WelfareDesk のバックアップではありません。"
    "別のバックアップを選んでください。"
)


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup that was written."""

    path: Path
    encrypted: bool
    size: int
    created_at: dt.datetime
    automatic: bool = False
    deleted: int = 0
    """Older automatic backups deleted by rotation."""


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What :meth:`BackupService.verify` found in a backup."""

    path: Path
    encrypted: bool
    size: int
    revision: str
    newer_than_program: bool
    older_than_program: bool
    cases: int
    audit_events: int
    chain_ok: bool | None
    """Whether the audit chain is intact; None when the schema is newer (not checked)."""
    first_broken_id: int | None

    @property
    def restorable(self) -> bool:
        """Whether :meth:`BackupService.restore` accepts this backup."""
        return not self.newer_than_program and self.chain_ok is True


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What :meth:`BackupService.restore` did."""

    restored_from: Path
    previous_copy: Path | None
    """The replaced SQLite file, kept aside (None for a restore into another database)."""
    backup_revision: str
    revision: str
    cases: int
    target: str | None = None
    """The database restored into, without its password (a restore with ``into``)."""

    @property
    def upgraded(self) -> bool:
        """Whether the restored database was upgraded to this program's schema."""
        return self.backup_revision != self.revision


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """The automatic-backup settings (setting ``backup``)."""

    folder: Path
    folder_is_default: bool
    interval_days: int
    keep: int
    version: int | None
    """The setting's version (None when it was never saved)."""
    automatic: bool = True
    """Whether the program makes the automatic backups: False on PostgreSQL, where the
    server's scheduled ``pg_dump`` does (docs/server.md)."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup file in the backup folder."""

    path: Path
    size: int
    modified: dt.datetime
    encrypted: bool
    automatic: bool


@dataclass(frozen=True, slots=True)
class SettingsInput:
    """The settings form as typed (an empty folder means the default folder)."""

    folder: str
    interval_days: int
    keep: int
    version: int | None


# --- encryption -----------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """Whether the file starts like an encrypted WelfareDesk backup."""
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _derive(passphrase: str, salt: bytes, log2_n: int) -> tuple[bytes, bytes]:
    """(AES key, key check) from the passphrase."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415 - cryptography loads only for a backup

    kdf = Scrypt(salt=salt, length=64, n=1 << log2_n, r=SCRYPT_R, p=SCRYPT_P)
    material = kdf.derive(passphrase.encode("utf-8"))
    return material[:32], hashlib.sha256(material[32:]).digest()[:CHECK_SIZE]


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def encrypt_file(
    source: BinaryIO,
    target: BinaryIO,
    passphrase: str,
    *,
    total: int = 0,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Encrypt ``source`` into ``target`` chunk by chunk (format in the module docstring).

    Args:
        source: the plaintext, read to its end.
        target: where the encrypted file is written.
        passphrase: the passphrase.
        total: the plaintext size, for progress.
        progress: told the plaintext bytes done so far.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 - cryptography loads only for a backup

    salt = os.urandom(SALT_SIZE)
    prefix = os.urandom(NONCE_PREFIX_SIZE)
    log2_n = SCRYPT_LOG2_N
    key, check = _derive(passphrase, salt, log2_n)
    header = MAGIC + bytes([log2_n]) + salt + check + prefix + struct.pack(">I", CHUNK_SIZE)
    target.write(header)
    aes = AESGCM(key)
    index = 0
    done = 0
    chunk = source.read(CHUNK_SIZE)
    while True:
        last = len(chunk) < CHUNK_SIZE
        target.write(aes.encrypt(_nonce(prefix, index), chunk, _aad(header, index, last)))
        done += len(chunk)
        if progress is not None and total:
            progress(done)
        if last:
            return
        index += 1
        chunk = source.read(CHUNK_SIZE)


def decrypt_file(source: BinaryIO, target: BinaryIO, passphrase: str) -> None:
    """Decrypt an encrypted backup into ``target``.

    Raises:
        KnownError: a wrong passphrase, or a damaged or truncated file (``target`` then
            holds a partial plaintext: the caller deletes it).
    """
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 - cryptography loads only for a backup
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 - cryptography loads only for a backup

    header = source.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise KnownError(_DAMAGED)
    at = len(MAGIC)
    log2_n = header[at]
    at += 1
    salt = header[at : at + SALT_SIZE]
    at += SALT_SIZE
    check = header[at : at + CHECK_SIZE]
    at += CHECK_SIZE
    prefix = header[at : at + NONCE_PREFIX_SIZE]
    at += NONCE_PREFIX_SIZE
    (chunk_size,) = struct.unpack(">I", header[at : at + 4])
    if not 0 < chunk_size <= 64 * CHUNK_SIZE or not 10 <= log2_n <= 20:
        raise KnownError(_DAMAGED)
    key, expected = _derive(passphrase, salt, log2_n)
    if expected != check:
        raise KnownError(_WRONG_PASSPHRASE)
    aes = AESGCM(key)
    index = 0
    while True:
        block = source.read(chunk_size + TAG_SIZE)
        last = len(block) < chunk_size + TAG_SIZE
        try:
            target.write(aes.decrypt(_nonce(prefix, index), block, _aad(header, index, last)))
        except (InvalidTag, ValueError) as exc:
            raise KnownError(_DAMAGED) from exc
        if last:
            return
        index += 1


# --- the service ----------------------------------------------------------------------------


class BackupService:
    """Create, verify and restore backups; the automatic backups and their settings."""

    def __init__(self, db: Database, default_folder: Path | None = None) -> None:
        self._db = db
        self._default_folder = default_folder

    # --- settings ---------------------------------------------------------------------------

    def settings(self, principal: Principal) -> BackupSettings:
        """The automatic-backup settings (administrators)."""
        require(principal, Action.BACKUP)
        return self._settings()

    def update_settings(self, principal: Principal, form: SettingsInput) -> BackupSettings:
        """Save the automatic-backup settings.

        Raises:
            ValidationError: an interval or count out of range, or a folder that cannot be
                created; nothing is saved.
            ConflictError: someone else saved the settings first.
        """
        require(principal, Action.BACKUP)
        if not 1 <= form.interval_days <= MAX_INTERVAL_DAYS:
            raise ValidationError(
                "interval_days",
                "間隔",
                msg(
                    "1日から{max_interval_days}日までの日数を入力してください。",
                    max_interval_days=MAX_INTERVAL_DAYS,
                ),
            )
        if not 1 <= form.keep <= MAX_KEEP:
            raise ValidationError(
                "keep",
                "残す数",
                msg("1から{max_keep}までの数を入力してください。", max_keep=MAX_KEEP),
            )
        text = form.folder.strip()
        folder = Path(text).expanduser()
        if text:
            if not folder.is_absolute():
                raise ValidationError(
                    "folder",
                    "保存先フォルダー",
                    "ドライブ名(または / )から始まるフォルダーを指定してください。",
                )
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise ValidationError(
                    "folder",
                    "保存先フォルダー",
                    "このフォルダーは作成できません。場所と書き込みの権限を確認してください。",
                ) from exc
        with self._db.write() as s:
            setting = s.get(Setting, SETTING_KEY)
            if setting is None:
                setting = Setting(key=SETTING_KEY, value={})
                s.add(setting)
            elif form.version is not None and setting.version != form.version:
                raise ConflictError(
                    "ほかの管理者が先に自動バックアップの設定を保存しました。"
                    "画面を開き直して、最新の設定を確認してください。"
                )
            before = dict(setting.value)
            value = dict(before)
            value.update(
                {"folder": str(folder) if text else "", "interval_days": form.interval_days}
            )
            value["keep"] = form.keep
            setting.value = value
            s.flush()
            changed = sorted(k for k in value if before.get(k) != value[k])
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "setting",
                detail={"key": SETTING_KEY, "fields": changed},
            )
        return self._settings()

    def _settings(self) -> BackupSettings:
        with self._db.read() as s:
            setting = s.get(Setting, SETTING_KEY)
            value: dict[str, Any] = dict(setting.value) if setting is not None else {}
            version = setting.version if setting is not None else None
        folder_text = value.get("folder")
        interval = value.get("interval_days")
        keep = value.get("keep")
        custom = isinstance(folder_text, str) and bool(folder_text.strip())
        return BackupSettings(
            folder=Path(str(folder_text)) if custom else self._default(),
            folder_is_default=not custom,
            interval_days=interval if isinstance(interval, int) and interval > 0 else 1,
            keep=keep if isinstance(keep, int) and keep > 0 else DEFAULT_KEEP,
            version=version,
            automatic=sqlite_path(self._db.url) is not None,
        )

    def _default(self) -> Path:
        return self._default_folder if self._default_folder is not None else paths.backup_dir()

    def list_backups(self, principal: Principal) -> list[BackupFile]:
        """The backup files in the backup folder, newest first."""
        require(principal, Action.BACKUP)
        folder = self._settings().folder
        files: list[BackupFile] = []
        if not folder.is_dir():
            return files
        for path in folder.iterdir():
            if path.suffix not in {PLAIN_SUFFIX, ENCRYPTED_SUFFIX} or not path.is_file():
                continue
            stat = path.stat()
            files.append(
                BackupFile(
                    path=path,
                    size=stat.st_size,
                    modified=dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
                    encrypted=is_encrypted(path),
                    automatic=_AUTO_PATTERN.match(path.name) is not None,
                )
            )
        files.sort(key=lambda f: (f.modified, f.path.name), reverse=True)
        return files

    # --- create ---------------------------------------------------------------------------

    def create(
        self,
        principal: Principal,
        out: Path,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> BackupResult:
        """Write a backup of the open database to ``out``.

        Args:
            principal: an administrator.
            out: the backup file; replaced only when the backup is complete.
            passphrase: encrypt with this passphrase (for a file that leaves the PC).
            progress: told (done, :data:`PROGRESS_TOTAL`) as the backup proceeds; it is
                called on the thread that runs the backup.

        Raises:
            PermissionDenied: not an administrator.
            ValidationError: a passphrase that is too short.
            KnownError: the file cannot be written, or (PostgreSQL) the server cannot be read
                or the copy does not verify.
        """
        require(principal, Action.BACKUP)
        if passphrase is not None and len(passphrase) < PASSPHRASE_MIN_LENGTH:
            raise ValidationError(
                "passphrase",
                "パスフレーズ",
                msg(
                    "{passphrase_min_length}文字以上で入力してください。",
                    passphrase_min_length=PASSPHRASE_MIN_LENGTH,
                ),
            )
        result = self._write_backup(Path(out), passphrase, progress, automatic=False)
        with self._db.write() as s:
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT,
                "backup",
                detail={"op": "create", "encrypted": result.encrypted, "bytes": result.size},
            )
        log.info("backup created (encrypted=%s, %d bytes)", result.encrypted, result.size)
        return result

    def _write_backup(
        self,
        out: Path,
        passphrase: str | None,
        progress: Progress | None,
        *,
        automatic: bool,
    ) -> BackupResult:
        out = out.expanduser().absolute()
        live = sqlite_path(self._db.url)
        if live is not None and (
            out.resolve() == live.resolve() or out.name.startswith(live.name + "-")
        ):
            raise KnownError(
                "バックアップの保存先に、使用中のデータベースのファイルは指定できません。"
                "別のファイル名を指定してください。"
            )
        share = 0.6 if passphrase else 1.0

        def copied(done: int, total: int) -> None:
            if progress is not None and total:
                progress(int(PROGRESS_TOTAL * share * done / total), PROGRESS_TOTAL)

        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            # The plaintext of an encrypted backup stays in a private local folder; an
            # unencrypted one is made beside the output, so it is renamed, never copied.
            folder = (
                (live.parent if live is not None else self._default()) if passphrase else out.parent
            )
            with _temp_file(folder, ".backup") as plain:
                if live is not None:
                    migrate.copy_sqlite(live, plain, progress=copied)
                else:
                    self._snapshot_from_server(plain, copied)
                with _temp_file(out.parent, ".partial") as partial:
                    if passphrase:
                        size = plain.stat().st_size

                        def encrypted(done: int) -> None:
                            if progress is not None:
                                fraction = share + (1 - share) * done / max(size, 1)
                                progress(int(PROGRESS_TOTAL * fraction), PROGRESS_TOTAL)

                        with plain.open("rb") as src, partial.open("wb") as dst:
                            encrypt_file(src, dst, passphrase, total=size, progress=encrypted)
                            dst.flush()
                            os.fsync(dst.fileno())
                    else:
                        os.replace(plain, partial)
                    partial.chmod(0o600)
                    os.replace(partial, out)
        except sqlite3.Error as exc:
            log.info("backup failed: %s", type(exc).__name__)
            raise KnownError(
                "データベースを読み取れないため、バックアップを作成できませんでした。"
                "少し待ってから、もう一度実行してください。"
            ) from exc
        except OSError as exc:
            log.info("backup failed: %s", type(exc).__name__)
            raise KnownError(
                "バックアップのファイルを書き込めませんでした。保存先の場所、空き容量、"
                "書き込みの権限を確認してください。"
            ) from exc
        if progress is not None:
            progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
        return BackupResult(
            path=out,
            encrypted=passphrase is not None,
            size=out.stat().st_size,
            created_at=dt.datetime.now().replace(microsecond=0),
            automatic=automatic,
        )

    def _snapshot_from_server(self, plain: Path, progress: Progress) -> None:
        """Copy the server's database in one snapshot into the SQLite file ``plain``."""

        def step(at: CopyStep) -> None:
            done = at.done + (at.total if at.phase == "verify" else 0)
            progress(done, max(2 * at.total, 1))

        # A broken audit chain is copied as it is (verify reports it): a backup of a
        # tampered database is worth more, not less.
        result = copy_engine(self._db.url, plain, progress=step)
        _standalone(plain)
        log.info(
            "server database copied for a backup: %d tables, %d rows",
            len(result.tables),
            result.rows,
        )

    # --- automatic backups ----------------------------------------------------------------

    def run_automatic(
        self, principal: Principal, *, now: dt.datetime | None = None
    ) -> BackupResult | None:
        """Make the automatic backup if the last one is older than the interval.

        Runs for any signed-in user (see the module docstring). Keeps the newest ``keep``
        automatic backups in the folder and deletes older ones; other files are never
        touched. Does nothing on PostgreSQL: a server desk is backed up by the server's
        own scheduled ``pg_dump`` (docs/server.md), not by whichever PC logs in first.

        Returns:
            The backup made, or None when none was due.

        Raises:
            KnownError: the folder cannot be written (the caller shows a warning).
        """
        if sqlite_path(self._db.url) is None:
            log.info("automatic backup skipped: a PostgreSQL database is backed up by the server")
            return None
        now = (now or dt.datetime.now()).replace(microsecond=0)
        settings = self._settings()
        folder = settings.folder
        existing = _automatic_backups(folder)
        if existing:
            last = existing[-1][0]
            if now - last < dt.timedelta(days=settings.interval_days):
                return None
        out = folder / f"{AUTO_PREFIX}{now.strftime(_STAMP)}{PLAIN_SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise KnownError(
                "自動バックアップの保存先フォルダーを作成できませんでした。"
                "システム管理者に保存先の設定を確認してもらってください。"
            ) from exc
        result = self._write_backup(out, None, None, automatic=True)
        deleted = 0
        for _stamp, old in _automatic_backups(folder)[: -settings.keep]:
            with suppress(OSError):
                old.unlink()
                deleted += 1
        with self._db.write() as s:
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT,
                "backup",
                detail={"op": "automatic", "bytes": result.size, "deleted": deleted},
            )
        log.info("automatic backup created (%d bytes, %d old deleted)", result.size, deleted)
        return BackupResult(
            path=result.path,
            encrypted=False,
            size=result.size,
            created_at=result.created_at,
            automatic=True,
            deleted=deleted,
        )

    # --- verify ---------------------------------------------------------------------------

    def verify(
        self, principal: Principal, path: Path, passphrase: str | None = None
    ) -> BackupCheck:
        """Check a backup: decrypt, ``PRAGMA integrity_check``, schema revision, counts, chain.

        Raises:
            PermissionDenied: not an administrator.
            KnownError: a wrong or missing passphrase, or a damaged file or not a backup.
        """
        require(principal, Action.BACKUP)
        path = Path(path)
        try:
            with self._opened(self._work_folder(), path, passphrase) as (check, _plain):
                pass
        except KnownError:
            self._audit_verify(principal, path, ok=False)
            raise
        self._audit_verify(principal, path, ok=check.restorable, check=check)
        return check

    def _audit_verify(
        self, principal: Principal, path: Path, *, ok: bool, check: BackupCheck | None = None
    ) -> None:
        detail: dict[str, Any] = {"op": "verify", "encrypted": is_encrypted(path), "ok": ok}
        if check is not None:
            detail.update({"revision": check.revision, "cases": check.cases})
        with self._db.write() as s:
            audit.record(s, principal.user_id, AuditAction.VIEW, "backup", detail=detail)

    @contextmanager
    def _opened(
        self, folder: Path, path: Path, passphrase: str | None
    ) -> Iterator[tuple[BackupCheck, Path]]:
        """The check of a backup and its plaintext file (a temporary one if encrypted)."""
        if not path.is_file():
            raise KnownError(
                "バックアップのファイルが見つかりません。ファイルの場所を確認してください。"
            )
        encrypted = is_encrypted(path)
        if not encrypted:
            check = _inspect(path, encrypted=False, size=path.stat().st_size)
            yield replace(check, path=path), path
            return
        if not passphrase:
            raise KnownError(
                "このバックアップは暗号化されています。作成したときのパスフレーズを入力してください。"
            )
        with _temp_file(folder, ".verify") as plain:
            try:
                with path.open("rb") as src, plain.open("wb") as dst:
                    decrypt_file(src, dst, passphrase)
            except OSError as exc:
                raise KnownError(
                    "バックアップを復号するための一時ファイルを書き込めませんでした。"
                    "データベースのフォルダーの空き容量を確認してください。"
                ) from exc
            check = _inspect(plain, encrypted=True, size=path.stat().st_size)
            yield replace(check, path=path), plain

    # --- restore --------------------------------------------------------------------------

    def restore(
        self,
        principal: Principal,
        path: Path,
        passphrase: str | None = None,
        *,
        into: str | None = None,
    ) -> RestoreResult:
        """Replace the open SQLite database with a backup, or restore it into an empty one.

        The backup is verified first. Without ``into`` (SQLite only) the current database is
        copied aside as ``<name>.before-restore-<timestamp>.db`` next to it, then the backup is
        copied into it with SQLite's backup API and upgraded to this program's schema if
        older; the program must open the database again afterwards (the GUI asks to
        restart). With ``into`` (a file that does not exist yet, or an empty PostgreSQL
        database the administrator created) the backup is upgraded in a private copy and
        copied there by the copy engine; the open database only gets the audit event. A
        PostgreSQL desk's live database is never overwritten from the program.

        Raises:
            PermissionDenied: not an administrator.
            KnownError: the backup fails verification, comes from a newer WelfareDesk, or
                has a broken audit chain; the open database is on PostgreSQL and ``into``
                is missing; ``into`` is not empty. Nothing is changed.
        """
        require(principal, Action.BACKUP)
        path = Path(path)
        if into is not None:
            return self._restore_into(principal, path, passphrase, into)
        live = sqlite_path(self._db.url)
        if live is None:
            raise KnownError(_RESTORE_ON_SERVER)
        with self._opened(live.parent, path, passphrase) as (check, plain):
            _refuse_unrestorable(check)
            with self._db.write() as s:
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "database",
                    detail={"op": "restore_started", "revision": check.revision},
                )
            stamp = dt.datetime.now().strftime(_STAMP)
            aside = live.with_name(f"{live.stem}.before-restore-{stamp}{PLAIN_SUFFIX}")
            try:
                migrate.copy_sqlite(live, aside)
                self._db.dispose()
                migrate.copy_sqlite(plain, live, standalone=False)
            except (OSError, sqlite3.Error) as exc:
                log.info("restore failed: %s", type(exc).__name__)
                raise KnownError(
                    msg(
                        "バックアップを復元できませんでした。"
                        "ほかのパソコンやプログラムがこのデータベースを使っていないか、"
                        "空き容量と書き込みの権限を確認してください。"
                        "復元前のデータベースは次の場所に残っています: {aside}",
                        aside=aside,
                    )
                ) from exc
        self._db.dispose()
        upgraded = migrate.upgrade(self._db.engine, backup_dir=self._default())
        ReferenceService(self._db).ensure_loaded()
        with self._db.write() as s:
            known_user = s.get(User, principal.user_id) is not None
            audit.record(
                s,
                principal.user_id if known_user else None,
                AuditAction.UPDATE,
                "database",
                detail={
                    "op": "restore",
                    "by_user_id": principal.user_id,
                    "backup_revision": check.revision,
                    "revision": upgraded.new_revision,
                    "cases": check.cases,
                    "encrypted": check.encrypted,
                },
            )
        log.info(
            "database restored (backup revision %s, now %s, %d cases)",
            check.revision,
            upgraded.new_revision,
            check.cases,
        )
        return RestoreResult(
            restored_from=path,
            previous_copy=aside,
            backup_revision=check.revision,
            revision=upgraded.new_revision,
            cases=check.cases,
        )

    def _restore_into(
        self, principal: Principal, path: Path, passphrase: str | None, into: str
    ) -> RestoreResult:
        target = database_url(into)
        folder = self._work_folder()
        with self._opened(folder, path, passphrase) as (check, plain):
            _refuse_unrestorable(check)
            with _temp_file(folder, ".restore") as work:
                migrate.copy_sqlite(plain, work)  # a private copy: the user's file stays as it is
                if check.older_than_program:
                    _upgrade_file(work)
                user_id = principal.user_id

                def restored(conn: Connection, copied: tuple[TableCopy, ...]) -> None:
                    with Session(bind=conn) as s:
                        known = s.get(User, user_id) is not None
                        audit.record(
                            s,
                            user_id if known else None,
                            AuditAction.UPDATE,
                            "database",
                            detail={
                                "op": "restore",
                                "by_user_id": user_id,
                                "backup_revision": check.revision,
                                "revision": migrate.head_revision(),
                                "cases": check.cases,
                                "encrypted": check.encrypted,
                                "tables": len(copied),
                                "rows": sum(t.rows for t in copied),
                            },
                        )

                result = copy_engine(work, target, before_commit=restored)
        with self._db.write() as s:
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "database",
                detail={
                    "op": "restore_into",
                    "backup_revision": check.revision,
                    "target": result.target_dialect,
                    "cases": check.cases,
                    "rows": result.rows,
                    "encrypted": check.encrypted,
                },
            )
        log.info(
            "backup restored into another database (backup revision %s, %d cases, %d rows)",
            check.revision,
            check.cases,
            result.rows,
        )
        return RestoreResult(
            restored_from=path,
            previous_copy=None,
            backup_revision=check.revision,
            revision=result.revision,
            cases=check.cases,
            target=location(target),
        )

    # --- helpers --------------------------------------------------------------------------

    def _work_folder(self) -> Path:
        """Where plaintext temporary copies go: beside the SQLite file, else the backup folder."""
        live = sqlite_path(self._db.url)
        return live.parent if live is not None else self._default()


def _refuse_unrestorable(check: BackupCheck) -> None:
    if check.newer_than_program:
        raise KnownError(
            msg(
                "このバックアップは、"
                "より新しい版の WelfareDesk で作成されています。"
                "WelfareDesk を最新版に更新してから復元してください。"
                "(バックアップの版: {revision} / このプログラムの版: {head_revision})",
                revision=check.revision,
                head_revision=migrate.head_revision(),
            )
        )
    if check.chain_ok is not True:
        raise KnownError(
            "このバックアップの操作記録(監査証跡)の連鎖が壊れています。"
            "改ざんのおそれがあるため復元しません。別のバックアップを選んでください。"
        )


def _upgrade_file(work: Path) -> None:
    """Upgrade a private copy of a backup to this program's schema."""
    engine = make_engine(database_url(work))
    try:
        # The upgrade's own safety copy goes to a folder removed right after: ``work`` is
        # already a copy.
        with tempfile.TemporaryDirectory(dir=work.parent, prefix=".welfaredesk-") as spare:
            migrate.upgrade(engine, backup_dir=Path(spare))
    finally:
        engine.dispose()
    _standalone(work)


def _standalone(path: Path) -> None:
    """Switch a SQLite file to the rollback journal: one self-contained, read-only-openable file."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


SIDECARS = ("-wal", "-shm", "-journal")
"""The files SQLite may keep beside a database."""


def copy_database(
    source: str,
    target: str,
    *,
    passphrase: str | None = None,
    progress: CopyProgress | None = None,
    work_folder: Path | None = None,
) -> CopyResult:
    """``welfaredesk db copy``: copy a whole database into an empty one and verify it.

    The copy engine (:func:`welfaredesk.storage.copy.copy_database`) copies and compares
    every table; before the target commits, its audit chain must verify and an event is
    appended to it (action ``create``, entity ``database``, ``op`` ``copy``, with the number
    of tables and rows: no path, URL or content). The source may also be a backup file,
    encrypted ones with ``passphrase`` (decrypted into a private temporary file).

    Raises:
        CopyRefused: the source is not at head, the target holds data (nothing changed).
        KnownError: the audit chain of the source is broken, the copy does not verify, a
            wrong passphrase; the target is left empty.
    """
    source_dialect = database_url(source).get_backend_name()

    def copied(conn: Connection, tables: tuple[TableCopy, ...]) -> None:
        with Session(bind=conn) as s:
            chain = audit.verify_chain(s)
            if not chain.ok:
                log.info("copy refused: audit chain broken at event %s", chain.first_broken_id)
                raise KnownError(
                    msg(
                        "コピー元の操作記録(監査証跡)の連鎖が番号 {event_id} で壊れているため、"
                        "コピーを取り消しました。"
                        "コピー元で welfaredesk --db コピー元 audit verify を実行し、"
                        "システム管理者が原因を確かめてください。",
                        event_id=chain.first_broken_id,
                    )
                )
            audit.record(
                s,
                None,
                AuditAction.CREATE,
                "database",
                detail={
                    "op": "copy",
                    "from": source_dialect,
                    "tables": len(tables),
                    "rows": sum(t.rows for t in tables),
                    "events_verified": chain.events,
                },
            )

    path = None if "://" in source else Path(source).expanduser()
    if path is None or not is_encrypted(path):
        return copy_engine(source, target, progress=progress, before_commit=copied)
    if not passphrase:
        raise KnownError(
            "コピー元のバックアップは暗号化されています。作成したときのパスフレーズを入力してください。"
        )
    with _temp_file(work_folder or paths.backup_dir(), ".copy") as plain:
        with path.open("rb") as src, plain.open("wb") as dst:
            decrypt_file(src, dst, passphrase)
        return copy_engine(plain, target, progress=progress, before_commit=copied)


def _automatic_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in ``folder``, oldest first, with the time in their names."""
    found: list[tuple[dt.datetime, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _AUTO_PATTERN.match(path.name)
        if match is None:
            continue
        with suppress(ValueError):
            found.append((dt.datetime.strptime(match.group(1), _STAMP), path))
    found.sort()
    return found


@contextmanager
def _temp_file(folder: Path, suffix: str) -> Iterator[Path]:
    """An owner-only temporary file in ``folder``, removed afterwards whatever happens."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".welfaredesk-", suffix=suffix, dir=folder)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        for extra in ("", *SIDECARS):
            with suppress(FileNotFoundError):
                path.with_name(path.name + extra).unlink()


def _inspect(plain: Path, *, encrypted: bool, size: int) -> BackupCheck:
    """Open a plaintext backup read-only and check it."""
    try:
        with plain.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise KnownError(_DAMAGED)
    except OSError as exc:
        raise KnownError(
            "バックアップのファイルを読み取れません。権限を確認してください。"
        ) from exc
    uri = f"file:{quote(str(plain))}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                raise KnownError(_DAMAGED)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "case_file", "audit_event"} <= tables:
                raise KnownError(_DAMAGED)
            revision_row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            cases = con.execute("SELECT count(*) FROM case_file").fetchone()[0]
            events = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise KnownError(_DAMAGED) from exc
    if revision_row is None:
        raise KnownError(_DAMAGED)
    revision = str(revision_row[0])
    newer = not migrate.is_known_revision(revision)
    chain_ok: bool | None = None
    broken: int | None = None
    if not newer:
        engine = create_engine(URL.create("sqlite+pysqlite", database=uri, query={"uri": "true"}))
        try:
            with Session(engine) as s:
                chain = audit.verify_chain(s)
            chain_ok, broken = chain.ok, chain.first_broken_id
        finally:
            engine.dispose()
    return BackupCheck(
        path=plain,
        encrypted=encrypted,
        size=size,
        revision=revision,
        newer_than_program=newer,
        older_than_program=not newer and revision != migrate.head_revision(),
        cases=int(cases),
        audit_events=int(events),
        chain_ok=chain_ok,
        first_broken_id=broken,
    )
