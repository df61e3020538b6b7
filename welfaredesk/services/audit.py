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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AuditAction
from welfaredesk.storage.orm import AuditEvent

GENESIS = "0" * 64


def _digest(prev_hash: str, event: AuditEvent) -> str:
    payload = [
        prev_hash,
        event.occurred_at.isoformat(),
        event.user_id,
        event.action,
        event.entity,
        event.entity_id,
        event.case_id,
        event.detail,
    ]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(
    session: Session,
    user_id: int | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None = None,
    *,
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain (the caller's transaction commits it)."""
    prev = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    event = AuditEvent(
        occurred_at=dt.datetime.now().replace(microsecond=0),
        user_id=user_id,
        action=str(action),
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        detail=dict(detail or {}),
        prev_hash=prev or GENESIS,
    )
    event.hash = _digest(event.prev_hash, event)
    session.add(event)
    session.flush()
    return event


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
