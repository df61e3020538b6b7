"""case_restriction: the reasons and history of 閲覧制限 move out of the settings table

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Until now the reason for restricting a case or lifting its restriction, with a short history,
was kept in a ``setting`` row per case (key ``case_restriction:<case id>``, a JSON value
``{"change", "reason", "by", "at", "history": [...]}``), which mixed case content into the
desk's configuration. This revision creates the append-only ``case_restriction`` table, moves
every such row into it (one row per history entry, oldest first) and deletes the setting rows.

The old entries did not record who was named, so the moved rows carry no named users, except
the latest step of a case that is still restricted: its named users are the case's current
``case_access`` rows. An old ``"restricted"`` entry that follows another one (no lift between)
was a change of the named users and becomes ``"change"``. Entries of a case that no longer
exists, or under a key that names no case, cannot be attached to anything and are dropped with
their setting row; an author who no longer exists becomes empty.

Downgrade drops the table and does NOT move the records back into ``setting``: after a
downgrade the access dialog shows no reason for cases restricted before it (the restrictions
themselves, ``case_file.restricted`` and ``case_access``, are unchanged).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

_PREFIX = "case_restriction:"
_ACTIONS = {"restricted": "restrict", "lifted": "lift"}


def upgrade() -> None:
    op.create_table(
        "case_restriction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("named_user_ids", sa.JSON(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["app_user.id"], name=op.f("fk_case_restriction_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_restriction_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_restriction")),
    )
    with op.batch_alter_table("case_restriction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_restriction_case_id"), ["case_id"], unique=False)
    _move_settings()


def downgrade() -> None:
    # The records are not moved back into ``setting`` (see the module docstring).
    with op.batch_alter_table("case_restriction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_restriction_case_id"))
    op.drop_table("case_restriction")


# --- the data -----------------------------------------------------------------------------

_setting = sa.table("setting", sa.column("key", sa.String()), sa.column("value", sa.JSON()))
_case = sa.table("case_file", sa.column("id", sa.Integer()), sa.column("restricted", sa.Boolean()))
_access = sa.table(
    "case_access", sa.column("case_id", sa.Integer()), sa.column("user_id", sa.Integer())
)
_user = sa.table("app_user", sa.column("id", sa.Integer()))
_restriction = sa.table(
    "case_restriction",
    sa.column("case_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("reason", sa.Text()),
    sa.column("named_user_ids", sa.JSON()),
    sa.column("by_id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("version", sa.Integer()),
)


def _move_settings() -> None:
    conn = op.get_bind()
    settings = conn.execute(
        sa.select(_setting.c.key, _setting.c.value)
        .where(_setting.c.key.like(_PREFIX + "%"))
        .order_by(_setting.c.key)
    ).all()
    if not settings:
        return
    cases = {
        cid: bool(flag) for cid, flag in conn.execute(sa.select(_case.c.id, _case.c.restricted))
    }
    users = set(conn.execute(sa.select(_user.c.id)).scalars())
    now = dt.datetime.now().replace(microsecond=0)
    rows: list[dict[str, Any]] = []
    dropped = 0
    for key, value in settings:
        case_id = _case_id(key)
        if case_id is None or case_id not in cases:
            dropped += 1
            continue
        entries = _entries(value)
        case_rows: list[dict[str, Any]] = []
        restricted_before = False
        for entry in entries:
            change = str(entry.get("change", ""))
            action = _ACTIONS.get(change, "restrict")
            if action == "restrict" and restricted_before:
                action = "change"
            restricted_before = action != "lift"
            by = entry.get("by")
            case_rows.append(
                {
                    "case_id": case_id,
                    "action": action,
                    "reason": str(entry.get("reason", "")),
                    "named_user_ids": [],
                    "by_id": by if isinstance(by, int) and by in users else None,
                    "at": _moment(entry.get("at"), now),
                    "version": 1,
                }
            )
        if case_rows and cases[case_id] and case_rows[-1]["action"] != "lift":
            named = conn.execute(
                sa.select(_access.c.user_id)
                .where(_access.c.case_id == case_id)
                .order_by(_access.c.user_id)
            ).scalars()
            case_rows[-1]["named_user_ids"] = [str(uid) for uid in named]
        rows.extend(case_rows)
    if rows:
        conn.execute(sa.insert(_restriction), rows)
    conn.execute(sa.delete(_setting).where(_setting.c.key.like(_PREFIX + "%")))
    log.info(
        "case_restriction: %d settings moved as %d rows, %d dropped",
        len(settings) - dropped,
        len(rows),
        dropped,
    )


def _case_id(key: str) -> int | None:
    rest = key[len(_PREFIX) :]
    return int(rest) if rest.isdigit() else None


def _entries(value: Any) -> list[dict[str, Any]]:
    """The history entries of an old value, oldest first (the value itself if no history)."""
    if not isinstance(value, dict):
        return []
    history = value.get("history")
    if isinstance(history, list) and history:
        return [e for e in history if isinstance(e, dict)]
    return [value] if "change" in value else []


def _moment(value: Any, default: dt.datetime) -> dt.datetime:
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            pass
    return default
