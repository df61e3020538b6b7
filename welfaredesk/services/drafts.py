"""Drafts: autosaved form content, so nothing a counselor typed is lost (design.md §2).

A draft belongs to one user and is keyed by the form's code name (``intake``) and a record
key (``""`` for a new record, the record id for an edit). The GUI saves the form's content every
few seconds and on close, offers pending drafts back at the next start, and discards a draft
once the record is saved or the user throws the draft away.

Autosaves are deliberately not audited: a draft is the user's own unsaved work, written every
few seconds, and an event per autosave would drown the audit trail. Discarding a draft is
audited (ids and the form's code name only). Drafts are never shown to another user, not even
a supervisor.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction
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


class DraftService:
    """Save, load, list and discard the current user's drafts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self, principal: Principal, form: str, record_key: str, payload: dict[str, Any]
    ) -> None:
        """Store (or replace) the user's draft of one form; not audited (see the module doc).

        Args:
            principal: the logged-in user; the draft is theirs only.
            form: the form's code name (at most 40 characters).
            record_key: which record the form edits; ``""`` for a new one (at most 60).
            payload: the form's content; only JSON values (dict, list, str, int, float, bool,
                None) with string keys.

        Raises:
            ValueError: if ``form`` or ``record_key`` is blank or too long.
            TypeError: if ``payload`` is not a dict of JSON values.
        """
        _check_keys(form, record_key)
        stored = _json_safe(payload)
        with self._db.write() as s:
            draft = s.scalars(
                select(Draft).where(
                    Draft.user_id == principal.user_id,
                    Draft.form == form,
                    Draft.record_key == record_key,
                )
            ).one_or_none()
            now = dt.datetime.now().replace(microsecond=0)
            if draft is None:
                s.add(
                    Draft(
                        user_id=principal.user_id,
                        form=form,
                        record_key=record_key,
                        payload=stored,
                        saved_at=now,
                    )
                )
            else:
                draft.payload = stored
                draft.saved_at = now

    def load(self, principal: Principal, form: str, record_key: str) -> dict[str, Any] | None:
        """The user's draft of one form, or None if there is none.

        Args:
            principal: the logged-in user.
            form: the form's code name.
            record_key: the record key the draft was saved under.

        Returns:
            A copy of the stored payload, or None.
        """
        with self._db.read() as s:
            payload = s.scalars(
                select(Draft.payload).where(
                    Draft.user_id == principal.user_id,
                    Draft.form == form,
                    Draft.record_key == record_key,
                )
            ).one_or_none()
        return None if payload is None else dict(payload)

    def pending(self, principal: Principal) -> list[DraftInfo]:
        """The user's drafts, newest first (to offer back at start).

        Args:
            principal: the logged-in user.

        Returns:
            One :class:`DraftInfo` per draft of this user; other users' drafts never appear.
        """
        with self._db.read() as s:
            rows = s.execute(
                select(Draft.form, Draft.record_key, Draft.saved_at)
                .where(Draft.user_id == principal.user_id)
                .order_by(Draft.saved_at.desc(), Draft.id.desc())
            ).all()
        return [DraftInfo(form=f, record_key=k, saved_at=t) for f, k, t in rows]

    def discard(self, principal: Principal, form: str, record_key: str) -> None:
        """Delete the user's draft of one form (nothing happens if there is none).

        The deletion is audited with the draft's id and the form's code name.

        Args:
            principal: the logged-in user.
            form: the form's code name.
            record_key: the record key the draft was saved under.
        """
        with self._db.write() as s:
            discard_in(s, principal.user_id, form, record_key)


def discard_in(s: Session, user_id: int, form: str, record_key: str) -> None:
    """Delete a user's draft inside the caller's unit of work (audited; no-op if none).

    The intake's save calls this in its own transaction, so a saved form's draft can never
    be offered back and saved a second time.
    """
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
