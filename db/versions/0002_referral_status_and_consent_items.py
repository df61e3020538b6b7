"""referral status, method and sharing basis; the kinds of information a consent covers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Referrals (issue 4) get how the person was connected (同行 / 電話でつなぐ / 紹介状のみ), a status
(予定 → 実施 → 引継ぎ完了, 不受理, 保留, 本人辞退) with its reason, the accompanying staff as a
list, what was handed over, the legal basis of the sharing and the day the referral was made.
The old ``accompanied``, ``accompanying_staff_id`` and ``handover`` columns are folded into
them. A closure request sent back by a supervisor keeps the reason. A consent records which kinds of information the person agreed to share
(``info_items``); a consent already given is taken to cover every kind, as it was recorded
before the kinds were asked.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ALL_ITEMS = ["contact", "household", "concern", "issues", "health", "finances", "strengths"]

_OLD_ITEM_NAMES = {
    "氏名・連絡先": "contact",
    "相談の概要": "concern",
    "世帯の状況": "household",
    "健康状態": "health",
    "経済状況": "finances",
}


def _items(value: Any) -> list[str]:
    if isinstance(value, str):
        value = json.loads(value or "[]")
    codes = [_OLD_ITEM_NAMES.get(str(v), str(v)) for v in value or []]
    return [c for c in dict.fromkeys(codes) if c in ALL_ITEMS]


def upgrade() -> None:
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("return_reason", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.add_column(sa.Column("info_items", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("method", sa.String(length=20), nullable=False, server_default="accompanied")
        )
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), nullable=False, server_default="planned")
        )
        batch_op.add_column(
            sa.Column("status_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("accompanying_staff_ids", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(sa.Column("handed_over", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("basis", sa.String(length=30), nullable=False, server_default="consent")
        )
        batch_op.add_column(sa.Column("basis_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("created_by_id", sa.Integer(), nullable=True))

    bind = op.get_bind()
    consent = sa.table(
        "consent",
        sa.column("id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("info_items", sa.JSON()),
    )
    bind.execute(consent.update().where(consent.c.status == "given").values(info_items=ALL_ITEMS))
    referral = sa.table(
        "referral",
        sa.column("id", sa.Integer()),
        sa.column("referred_on", sa.Date()),
        sa.column("accompanied", sa.Boolean()),
        sa.column("accompanying_staff_id", sa.Integer()),
        sa.column("handover", sa.Boolean()),
        sa.column("confirmed_on", sa.Date()),
        sa.column("shared_items", sa.JSON()),
        sa.column("method", sa.String()),
        sa.column("status", sa.String()),
        sa.column("accompanying_staff_ids", sa.JSON()),
        sa.column("done_on", sa.Date()),
    )
    rows = bind.execute(
        sa.select(
            referral.c.id,
            referral.c.referred_on,
            referral.c.accompanied,
            referral.c.accompanying_staff_id,
            referral.c.handover,
            referral.c.confirmed_on,
            referral.c.shared_items,
        )
    ).all()
    for row in rows:
        # Referrals recorded before statuses existed were made on ``referred_on``.
        status = "handed_over" if row.handover else "done"
        bind.execute(
            referral.update()
            .where(referral.c.id == row.id)
            .values(
                method="accompanied" if row.accompanied else "letter",
                status=status,
                accompanying_staff_ids=[str(row.accompanying_staff_id)]
                if row.accompanied and row.accompanying_staff_id is not None
                else [],
                shared_items=_items(row.shared_items),
                done_on=row.referred_on,
            )
        )

    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_constraint("fk_referral_accompanying_staff_id_app_user", type_="foreignkey")
        batch_op.drop_column("accompanying_staff_id")
        batch_op.drop_column("accompanied")
        batch_op.drop_column("handover")
        batch_op.create_foreign_key(
            batch_op.f("fk_referral_created_by_id_app_user"), "app_user", ["created_by_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_referral_status"), ["status"], unique=False)
        for name in (
            "method",
            "status",
            "status_reason",
            "accompanying_staff_ids",
            "handed_over",
            "basis",
            "basis_note",
        ):
            batch_op.alter_column(name, server_default=None)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.alter_column("info_items", server_default=None)
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.alter_column("return_reason", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("accompanied", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("accompanying_staff_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("handover", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    bind = op.get_bind()
    referral = sa.table(
        "referral",
        sa.column("id", sa.Integer()),
        sa.column("method", sa.String()),
        sa.column("status", sa.String()),
        sa.column("accompanying_staff_ids", sa.JSON()),
        sa.column("accompanied", sa.Boolean()),
        sa.column("accompanying_staff_id", sa.Integer()),
        sa.column("handover", sa.Boolean()),
    )
    for row in bind.execute(
        sa.select(
            referral.c.id, referral.c.method, referral.c.status, referral.c.accompanying_staff_ids
        )
    ).all():
        staff = row.accompanying_staff_ids
        if isinstance(staff, str):
            staff = json.loads(staff or "[]")
        bind.execute(
            referral.update()
            .where(referral.c.id == row.id)
            .values(
                accompanied=row.method == "accompanied",
                accompanying_staff_id=int(staff[0]) if staff else None,
                handover=row.status == "handed_over",
            )
        )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_status"))
        batch_op.drop_constraint(
            batch_op.f("fk_referral_created_by_id_app_user"), type_="foreignkey"
        )
        for name in (
            "created_by_id",
            "done_on",
            "basis_note",
            "basis",
            "handed_over",
            "accompanying_staff_ids",
            "status_reason",
            "status",
            "method",
        ):
            batch_op.drop_column(name)
        batch_op.create_foreign_key(
            batch_op.f("fk_referral_accompanying_staff_id_app_user"),
            "app_user",
            ["accompanying_staff_id"],
            ["id"],
        )
        batch_op.alter_column("accompanied", server_default=None)
        batch_op.alter_column("handover", server_default=None)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_column("info_items")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_column("return_reason")
