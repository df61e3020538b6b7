"""The audit trail: append-only, hash-chained, written in the caller's transaction.

Each event's hash covers the previous event's hash and the event's own fields, so changing
or deleting any past event breaks the chain from there on (:func:`verify_chain`). ``detail``
holds ids, counts and field names only: never names, addresses or free text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction
from welfaredesk.storage.orm import AuditEvent

GENESIS = "0" * 64


def _digest(prev_hash: str, event: AuditEvent) -> str:
    return _digest_of(
        prev_hash,
        event.occurred_at,
        event.user_id,
        event.action,
        event.entity,
        event.entity_id,
        event.case_id,
        event.detail,
    )


def _digest_of(  # noqa: PLR0917 - the event's fields, in the chain's order
    prev_hash: str,
    occurred_at: dt.datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    detail: dict[str, Any],
) -> str:
    payload = [
        prev_hash,
        occurred_at.isoformat(),
        user_id,
        action,
        entity,
        entity_id,
        case_id,
        detail,
    ]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_LAST_HASH = select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
_INSERT = insert(cast(Table, AuditEvent.__table__))  # Core: no unit of work, the id back


def record(
    session: Session,
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None = None,
    *,
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Append one event to the chain (the caller's transaction commits it); returns its id.

    The event is written straight away by one INSERT, not through the unit of work (which
    costs more than the event itself on every audited call), and no ORM object is built for
    it: a case is opened and a note saved with an event each.
    """
    session.flush()  # the unit of work's changes first, as the chain's order
    conn = session.connection()
    prev = conn.execute(_LAST_HASH).scalar() or GENESIS
    values: dict[str, Any] = {
        "occurred_at": dt.datetime.now().replace(microsecond=0),
        "user_id": user_id,
        "action": str(action),
        "entity": entity,
        "entity_id": entity_id,
        "case_id": case_id,
        "detail": dict(detail or {}),
        "prev_hash": prev,
    }
    values["hash"] = _digest_of(
        prev,
        values["occurred_at"],
        user_id,
        values["action"],
        entity,
        entity_id,
        case_id,
        values["detail"],
    )
    key = conn.execute(_INSERT, values).inserted_primary_key
    assert key is not None  # an INSERT of one row
    return int(key[0])


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The result of :func:`verify_chain`."""

    events: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        """Whether every event links to the one before it."""
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainCheck:
    """Walk the chain from the start and report the first event that does not fit."""
    prev = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
        count += 1
        if event.prev_hash != prev or _digest(prev, event) != event.hash:
            return ChainCheck(count, event.id)
        prev = event.hash
    return ChainCheck(count, None)
