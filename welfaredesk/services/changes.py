"""What other users changed: the change feed the screens poll, and who saved a record last.

Several PCs work on one database (design.md §5). Each PC asks every few seconds what changed
since it last looked (:meth:`ChangeService.changes_since`), so the case list, the task lists
and an open case view show other users' saves without a restart; and when a save is refused
as stale (:class:`~welfaredesk.domain.errors.ConflictError`), the editor asks who saved the
record and when (:meth:`ChangeService.last_change`) to say so in its conflict dialog.

Both read the append-only audit trail (``audit_event``), which every service call that writes
already extends in its own unit of work: its ``id`` grows with every event, and writers are
serialised (SQLite's single writer; on PostgreSQL the advisory lock every write transaction
takes first, :data:`welfaredesk.storage.engine.WRITER_LOCK`), so ids become visible in commit
order and "every event with an id above the marker" never skips one that commits later.

Reading the change markers is not reading case content: the feed returns ids of cases the
user may already see and counts only, so polling is not audited (an audit event every few
seconds per PC would bury the trail). A case the user may not see (out of scope, or
restricted, 閲覧制限) never appears in the feed, not even as an id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import msg
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import load_visible_case, require, visible_cases
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import AuditEvent, Case, User

WRITE_ACTIONS: tuple[str, ...] = (str(AuditAction.CREATE), str(AuditAction.UPDATE))
"""The audit actions that change a record (views, prints, searches, logins and exports don't)."""

FEED_LIMIT = 500
"""The most events one poll reads; beyond it the feed says "refresh everything"."""

ACCESS_ENTITIES = frozenset({"case_restriction", "case_share"})
"""Audit entities that change who sees which case: every PC's case list is refreshed."""

CASELESS_ENTITIES = frozenset({"meeting", "meeting_attendee", "agenda_item"})
"""Records outside a case that the task lists show (meetings)."""


@dataclass(frozen=True, slots=True)
class ChangeFeed:
    """What other users saved since a marker (ids of visible cases and counts only).

    Attributes:
        marker: give this to the next :meth:`ChangeService.changes_since`.
        case_ids: the cases the user may see that another user changed.
        list_changed: whether the case list may show something else now (a visible case
            changed, a case was opened, or someone changed who may see a case).
        tasks_changed: whether the task and approval lists may have changed.
        changes: how many saves of other users the feed covers (including ones on records
            outside a case, such as meetings); 0 means nothing to do.
        truncated: more saves than :data:`FEED_LIMIT` came in at once: refresh everything.
    """

    marker: int
    case_ids: frozenset[int]
    list_changed: bool
    tasks_changed: bool
    changes: int
    truncated: bool = False

    @property
    def empty(self) -> bool:
        """Whether nothing of interest happened."""
        return self.changes == 0 and not self.truncated


@dataclass(frozen=True, slots=True)
class LastChange:
    """Who saved a record last and when (for the conflict dialog)."""

    user_id: int | None
    user_name: str
    """The display name, or ``""`` when the trail does not say (an import, the system)."""
    at: dt.datetime
    by_me: bool
    """Whether the asking user saved it (another PC of the same account, or a second window)."""
    fields: tuple[str, ...]
    """The code names of the fields the save changed, as the audit event lists them."""


class ChangeService:
    """The change feed and the last save of a record."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def latest_marker(self) -> int:
        """The marker of "now": the feed starts here when a screen opens (not audited)."""
        with self._db.read() as s:
            return int(s.scalar(select(func.max(AuditEvent.id))) or 0)

    def changes_since(
        self, principal: Principal, marker: int, *, limit: int = FEED_LIMIT
    ) -> ChangeFeed:
        """The saves of other users after ``marker``, as far as ``principal`` may see them.

        One query for the newest event id (the primary key's index), and only when it moved
        one range query over the writes after the marker and one for which of their cases
        the user may see. Not audited: see the module's docstring.

        Args:
            principal: the logged-in user; their own saves are left out.
            marker: the marker of the previous feed (or :meth:`latest_marker`).
            limit: the most events read at once.
        """
        with self._db.read() as s:
            newest = int(s.scalar(select(func.max(AuditEvent.id))) or 0)
            if newest <= marker:
                return ChangeFeed(max(newest, marker), frozenset(), False, False, 0)
            rows = s.execute(
                select(AuditEvent.entity, AuditEvent.case_id)
                .where(
                    AuditEvent.id > marker,
                    AuditEvent.id <= newest,
                    AuditEvent.action.in_(WRITE_ACTIONS),
                    AuditEvent.user_id.is_distinct_from(principal.user_id),
                )
                .order_by(AuditEvent.id)
                .limit(limit)
            ).all()
            truncated = len(rows) >= limit
            candidates = {case_id for _entity, case_id in rows if case_id is not None}
            visible: set[int] = set()
            if candidates and allowed(principal.role, Action.CASE_READ):
                visible = set(
                    s.scalars(
                        select(Case.id).where(Case.id.in_(candidates), visible_cases(principal))
                    )
                )
            access = any(entity in ACCESS_ENTITIES for entity, _case in rows)
            caseless = sum(1 for entity, case_id in rows if case_id is None)
            meetings = any(entity in CASELESS_ENTITIES for entity, _case in rows)
            seen = sum(1 for _entity, case_id in rows if case_id in visible)
            return ChangeFeed(
                marker=newest,
                case_ids=frozenset(visible),
                list_changed=bool(visible) or access or truncated,
                tasks_changed=bool(visible) or meetings or truncated,
                changes=seen + caseless + (1 if access and not seen else 0),
                truncated=truncated,
            )

    def last_change(
        self,
        principal: Principal,
        case_id: int,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> LastChange | None:
        """The last save of a record of a case (or of the case as a whole), or None.

        Args:
            principal: the logged-in user; the case must be visible to them.
            case_id: the case the record belongs to.
            entity: the audit entity (``progress_note``, ``support_plan``); None means any
                save on the case (a case-level form locked by the case's version).
            entity_id: the record's id (with ``entity``).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            case = load_visible_case(s, principal, case_id)
            query = (
                select(AuditEvent.user_id, AuditEvent.occurred_at, AuditEvent.detail)
                .where(AuditEvent.case_id == case.id, AuditEvent.action.in_(WRITE_ACTIONS))
                .order_by(AuditEvent.id.desc())
                .limit(1)
            )
            if entity is not None:
                query = query.where(AuditEvent.entity == entity)
                if entity_id is not None:
                    query = query.where(AuditEvent.entity_id == entity_id)
            row = s.execute(query).first()
            if row is None:
                return None
            user_id, at, detail = row
            name = s.scalar(select(User.display_name).where(User.id == user_id)) if user_id else ""
            fields = detail.get("fields") if isinstance(detail, dict) else None
            return LastChange(
                user_id=user_id,
                user_name=name or "",
                at=at,
                by_me=user_id == principal.user_id,
                fields=tuple(str(f) for f in fields) if isinstance(fields, list) else (),
            )


# --- what differs between the version opened, the one saved by someone else, and the input --


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field of a refused (stale) save, in the three versions the conflict dialog shows.

    Values are display texts (dates in 和暦, labels rather than codes, ``""`` for empty).
    """

    field: str
    label: str
    opened: str
    """What the field held when the editor was opened."""
    theirs: str
    """What the other user saved."""
    mine: str
    """What the user typed (and tried to save)."""

    @property
    def changed_by_them(self) -> bool:
        """Whether the other user changed this field."""
        return _same(self.opened) != _same(self.theirs)

    @property
    def changed_by_me(self) -> bool:
        """Whether the user changed this field."""
        return _same(self.opened) != _same(self.mine)

    @property
    def clash(self) -> bool:
        """Whether both changed the field, differently: saving the input overwrites theirs."""
        return (
            self.changed_by_them and self.changed_by_me and _same(self.mine) != _same(self.theirs)
        )


def _same(text: str) -> str:
    """A text compared without the differences nobody sees (line ends, trailing blanks)."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def diff_fields(
    opened: Mapping[str, str],
    theirs: Mapping[str, str],
    mine: Mapping[str, str],
    labels: Mapping[str, str],
) -> list[FieldDiff]:
    """The fields that are not the same in all three snapshots, in the order of ``labels``.

    A pure function over display snapshots of a record (field code → text), so it is tested
    without Qt or a database.

    Args:
        opened: the record as the editor was opened.
        theirs: the record as the other user saved it (the newest version).
        mine: the editor's content.
        labels: field code → the field's label, in the order to show; fields without a
            label are left out.
    """
    result: list[FieldDiff] = []
    for name, text in labels.items():
        diff = FieldDiff(name, text, opened.get(name, ""), theirs.get(name, ""), mine.get(name, ""))
        if diff.changed_by_them or diff.changed_by_me:
            result.append(diff)
    return result


def input_text(mine: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """The user's input as plain text, one ``label：value`` per field (for the clipboard).

    Args:
        mine: the editor's content (field code → text).
        labels: field code → label, in the order to write; empty fields are left out.
    """
    blocks = []
    for name, text in labels.items():
        value = mine.get(name, "").strip()
        if value:
            blocks.append(
                msg("{text}：\n{value}", text=text, value=value)
                if "\n" in value
                else msg("{text}：{value}", text=text, value=value)
            )
    return "\n".join(blocks) + ("\n" if blocks else "")
