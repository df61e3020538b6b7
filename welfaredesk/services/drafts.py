"""Drafts: autosaved form content, so nothing a counselor typed is lost (design.md §2).

A draft belongs to one user and is keyed by the form's code name (``intake``) and a record
key (``""`` for a new record, the record id for an edit). The GUI saves the form's content every
few seconds and on close, offers pending drafts back at the next start, and discards a draft
once the record is saved or the user throws the draft away.

Autosaves are deliberately not audited: a draft is the user's own unsaved work, written every
few seconds, and an event per autosave would drown the audit trail. Discarding a draft is
audited (ids and the form's code name only). Drafts are never shown to another user, not even
a supervisor.

**Local drafts (issue 9, connection loss).** On a server desk the ``draft`` table is out of
reach exactly when the server is gone, which is when a draft matters most. So when the
database cannot be reached (:class:`ConnectionLost`), :meth:`DraftService.save` and
:meth:`DraftService.discard` keep the draft (or the wish to discard it) in a
:class:`LocalDraftStore` on this PC instead of failing; ``load`` and ``pending`` fall back to
it; and the next draft call that reaches the server (or :meth:`DraftService.sync`, which the
GUI runs on reconnection) writes the local drafts to the server, the newer of the two winning,
and removes them locally. A record's save that discards its draft (:func:`discard_in`) removes
the local copy too once it commits, so a saved form's draft is never offered back.

The local store holds the same sensitive text as the database, so it is treated like the
SQLite desk file: one JSON file per database and user in a private folder under the user's
data folder (``0700``), the file itself owner-only (``0600``, written by atomic replace), removed
as soon as it is synced, and its content never logged (only counts). It is not encrypted: the
only key the program could use without asking the user would have to live somewhere the same
OS account can read (a key kept in the server database is unreachable exactly when the local
store is needed), so encryption would add no protection over the owner-only permissions and
the PC's disk encryption, on which the SQLite desk file and the backups rely as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from welfaredesk import paths
from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import ConnectionLost
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Draft

log = logging.getLogger(__name__)

FORM_MAX = 40
"""Longest form code name (``draft.form``)."""
RECORD_KEY_MAX = 60
"""Longest record key (``draft.record_key``)."""


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """A pending draft, as offered back to the user at start."""

    form: str
    record_key: str
    saved_at: dt.datetime


LOCAL_FOLDER = "local-drafts"
"""The private folder under the user's data folder that holds the local drafts."""

_LOCK = threading.Lock()
"""Serialises the local stores' file access (the GUI's worker and a test's thread)."""


@dataclass(frozen=True, slots=True)
class _LocalEntry:
    form: str
    record_key: str
    saved_at: dt.datetime
    payload: dict[str, Any] | None  # None: discard the server's draft when synced


class LocalDraftStore:
    """One user's drafts of one database, kept on this PC while the server is unreachable.

    A JSON file ``<data>/local-drafts/<database key>/user-<id>.json``: the folders are ``0700``,
    the file ``0600`` and replaced atomically; an empty store has no file. The database key is
    a hash of the database's address (never its password), so the folder names say nothing.
    """

    def __init__(self, url: URL, user_id: int) -> None:
        self._url = url
        self._user_id = user_id

    @property
    def path(self) -> Path:
        """The store's file (it may not exist)."""
        root = paths.data_dir() / LOCAL_FOLDER
        return root / database_key(self._url) / f"user-{self._user_id}.json"

    def exists(self) -> bool:
        """Whether any local draft (or discard) waits to be synced."""
        return self.path.exists()

    def entries(self) -> list[_LocalEntry]:
        """The stored entries, oldest first; an unreadable file counts as empty (logged)."""
        with _LOCK:
            return self._read()

    def get(self, form: str, record_key: str) -> _LocalEntry | None:
        """The entry of one form, or None."""
        return next(
            (e for e in self.entries() if (e.form, e.record_key) == (form, record_key)), None
        )

    def put(self, form: str, record_key: str, payload: dict[str, Any] | None) -> None:
        """Store (or replace) one form's draft; ``None`` records a discard."""
        now = dt.datetime.now().replace(microsecond=0)
        with _LOCK:
            kept = [e for e in self._read() if (e.form, e.record_key) != (form, record_key)]
            self._write([*kept, _LocalEntry(form, record_key, now, payload)])

    def remove(self, done: list[_LocalEntry]) -> None:
        """Remove the given entries (as read), unless they were replaced since."""
        with _LOCK:
            kept = [e for e in self._read() if e not in done]
            self._write(kept)

    def remove_form(self, form: str, record_key: str) -> None:
        """Remove one form's entry, whatever it holds."""
        with _LOCK:
            entries = self._read()
            kept = [e for e in entries if (e.form, e.record_key) != (form, record_key)]
            if len(kept) != len(entries):
                self._write(kept)

    def _read(self) -> list[_LocalEntry]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [
                _LocalEntry(
                    str(item["form"]),
                    str(item["record_key"]),
                    dt.datetime.fromisoformat(item["saved_at"]),
                    item["payload"],
                )
                for item in raw["drafts"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("local drafts unreadable (user %d): %s", self._user_id, type(exc).__name__)
            return []

    def _write(self, entries: list[_LocalEntry]) -> None:
        path = self.path
        if not entries:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return
        _private_folder(path.parent)
        data = {
            "version": 1,
            "drafts": [
                {
                    "form": e.form,
                    "record_key": e.record_key,
                    "saved_at": e.saved_at.isoformat(),
                    "payload": e.payload,
                }
                for e in entries
            ],
        }
        text = json.dumps(data, ensure_ascii=False)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise


def database_key(url: URL) -> str:
    """A short hash naming one database (backend, user, host, port, database; no password)."""
    address = "|".join(
        str(part or "")
        for part in (url.get_backend_name(), url.username, url.host, url.port, url.database)
    )
    return hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]


def _private_folder(folder: Path) -> None:
    """Create ``folder`` and the folders above it up to the data folder, owner-only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for path in (folder, folder.parent):
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)


class DraftService:
    """Save, load, list and discard the current user's drafts (see the module doc)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def local_store(self, principal: Principal) -> LocalDraftStore:
        """The user's local drafts of this database (in the user's data folder)."""
        return LocalDraftStore(self._db.url, principal.user_id)

    def save(
        self, principal: Principal, form: str, record_key: str, payload: dict[str, Any]
    ) -> bool:
        """Store (or replace) the user's draft of one form; not audited (see the module doc).

        When the server cannot be reached the draft is kept on this PC instead (and written to
        the server by a later call); local drafts waiting from earlier are synced first.

        Args:
            principal: the logged-in user; the draft is theirs only.
            form: the form's code name (at most 40 characters).
            record_key: which record the form edits; ``""`` for a new one (at most 60).
            payload: the form's content; only JSON values (dict, list, str, int, float, bool,
                None) with string keys.

        Returns:
            True when the draft is on the server, False when it was kept on this PC.

        Raises:
            ValueError: if ``form`` or ``record_key`` is blank or too long.
            TypeError: if ``payload`` is not a dict of JSON values.
        """
        _check_keys(form, record_key)
        stored = _json_safe(payload)
        local = self.local_store(principal)
        try:
            with self._db.write() as s:
                waiting = self._flush_in(s, principal, local)
                _store_in(s, principal.user_id, (form, record_key), stored, _now())
        except ConnectionLost:
            local.put(form, record_key, stored)
            log.info("draft kept on this PC (user %d, server unreachable)", principal.user_id)
            return False
        self._synced(local, waiting)
        return True

    def load(self, principal: Principal, form: str, record_key: str) -> dict[str, Any] | None:
        """The user's draft of one form, or None if there is none.

        Local drafts are synced first; while the server cannot be reached, the local draft
        is returned.

        Args:
            principal: the logged-in user.
            form: the form's code name.
            record_key: the record key the draft was saved under.

        Returns:
            A copy of the stored payload, or None.

        Raises:
            ConnectionLost: the server cannot be reached and there is no local draft.
        """
        local = self.local_store(principal)
        try:
            self.sync(principal)
            with self._db.read() as s:
                payload = s.scalars(
                    select(Draft.payload).where(
                        Draft.user_id == principal.user_id,
                        Draft.form == form,
                        Draft.record_key == record_key,
                    )
                ).one_or_none()
        except ConnectionLost:
            entry = local.get(form, record_key)
            if entry is None:
                raise
            return None if entry.payload is None else dict(entry.payload)
        return None if payload is None else dict(payload)

    def pending(self, principal: Principal) -> list[DraftInfo]:
        """The user's drafts, newest first (to offer back at start).

        Local drafts are synced first; while the server cannot be reached, the local drafts
        are listed.

        Args:
            principal: the logged-in user.

        Returns:
            One :class:`DraftInfo` per draft of this user; other users' drafts never appear.

        Raises:
            ConnectionLost: the server cannot be reached and there are no local drafts.
        """
        try:
            self.sync(principal)
            with self._db.read() as s:
                rows = s.execute(
                    select(Draft.form, Draft.record_key, Draft.saved_at)
                    .where(Draft.user_id == principal.user_id)
                    .order_by(Draft.saved_at.desc(), Draft.id.desc())
                ).all()
        except ConnectionLost:
            entries = [e for e in self.local_store(principal).entries() if e.payload is not None]
            if not entries:
                raise
            entries.sort(key=lambda e: e.saved_at, reverse=True)
            return [DraftInfo(e.form, e.record_key, e.saved_at) for e in entries]
        return [DraftInfo(form=f, record_key=k, saved_at=t) for f, k, t in rows]

    def discard(self, principal: Principal, form: str, record_key: str) -> None:
        """Delete the user's draft of one form (nothing happens if there is none).

        The deletion is audited with the draft's id and the form's code name. While the
        server cannot be reached, the local copy is removed at once and the server's copy
        when the server is back.

        Args:
            principal: the logged-in user.
            form: the form's code name.
            record_key: the record key the draft was saved under.
        """
        local = self.local_store(principal)
        try:
            with self._db.write() as s:
                waiting = self._flush_in(s, principal, local)
                discard_in(s, principal.user_id, form, record_key)
        except ConnectionLost:
            local.put(form, record_key, None)
            log.info("draft discard kept on this PC (user %d)", principal.user_id)
            return
        self._synced(local, waiting)

    def sync(self, principal: Principal) -> int:
        """Write the user's local drafts to the server (the newer copy wins), then remove them.

        Returns:
            How many local entries were synced (0 when there were none).

        Raises:
            ConnectionLost: the server still cannot be reached (the local drafts stay).
        """
        local = self.local_store(principal)
        if not local.exists():
            return 0
        with self._db.write() as s:
            waiting = self._flush_in(s, principal, local)
        self._synced(local, waiting)
        return len(waiting)

    def _flush_in(
        self, s: Session, principal: Principal, local: LocalDraftStore
    ) -> list[_LocalEntry]:
        """Apply the local entries inside the caller's unit of work; returns them."""
        if not local.exists():
            return []
        waiting = local.entries()
        for entry in waiting:
            server_at = s.scalar(
                select(Draft.saved_at).where(
                    Draft.user_id == principal.user_id,
                    Draft.form == entry.form,
                    Draft.record_key == entry.record_key,
                )
            )
            if server_at is not None and server_at > entry.saved_at:
                continue  # saved on the server later (another PC): the newer wins
            if entry.payload is None:
                discard_in(s, principal.user_id, entry.form, entry.record_key)
            else:
                key = (entry.form, entry.record_key)
                _store_in(s, principal.user_id, key, entry.payload, entry.saved_at)
        return waiting

    def _synced(self, local: LocalDraftStore, waiting: list[_LocalEntry]) -> None:
        if waiting:
            local.remove(waiting)
            log.info("%d local drafts written to the server", len(waiting))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _store_in(
    s: Session, user_id: int, key: tuple[str, str], payload: dict[str, Any], saved_at: dt.datetime
) -> None:
    form, record_key = key
    draft = s.scalars(
        select(Draft).where(
            Draft.user_id == user_id, Draft.form == form, Draft.record_key == record_key
        )
    ).one_or_none()
    if draft is None:
        s.add(
            Draft(
                user_id=user_id,
                form=form,
                record_key=record_key,
                payload=payload,
                saved_at=saved_at,
            )
        )
    else:
        draft.payload = payload
        draft.saved_at = saved_at


def discard_in(s: Session, user_id: int, form: str, record_key: str) -> None:
    """Delete a user's draft inside the caller's unit of work (audited; no-op if none).

    The intake's save calls this in its own transaction, so a saved form's draft can never
    be offered back and saved a second time. A local copy kept while the server was
    unreachable is removed too, once the transaction commits.
    """
    _forget_local_on_commit(s, user_id, form, record_key)
    draft_id = s.scalars(
        select(Draft.id).where(
            Draft.user_id == user_id, Draft.form == form, Draft.record_key == record_key
        )
    ).one_or_none()
    if draft_id is None:
        return
    s.execute(delete(Draft).where(Draft.id == draft_id))
    audit.record(
        s,
        user_id,
        AuditAction.UPDATE,
        "draft",
        draft_id,
        detail={"form": form, "discarded": True},
    )
    log.info("draft %d discarded", draft_id)


def _forget_local_on_commit(s: Session, user_id: int, form: str, record_key: str) -> None:
    database = s.info.get("database")
    if not isinstance(database, Database):
        return
    local = LocalDraftStore(database.url, user_id)
    if not local.exists():
        return

    def forget(_session: Session) -> None:
        try:
            local.remove_form(form, record_key)
        except OSError as exc:  # the record is saved; a stale local copy is only offered back
            log.error("local draft not removed (user %d): %s", user_id, type(exc).__name__)

    event.listen(s, "after_commit", forget, once=True)


def _check_keys(form: str, record_key: str) -> None:
    if not form.strip() or len(form) > FORM_MAX:
        raise ValueError(f"form must be 1–{FORM_MAX} characters")
    if len(record_key) > RECORD_KEY_MAX:
        raise ValueError(f"record_key must be at most {RECORD_KEY_MAX} characters")


def _json_safe(payload: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``payload`` through JSON, refusing anything JSON cannot hold."""
    if not isinstance(payload, dict):
        raise TypeError("a draft payload must be a dict")
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"a draft payload must hold JSON values only ({exc})") from None
    result: dict[str, Any] = json.loads(text)
    if set(result) != set(payload):  # non-string keys were silently converted
        raise TypeError("a draft payload must have string keys")
    return result
