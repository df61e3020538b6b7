"""who a referral is for: a household member, or the case's client

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

In an 8050 household the son may be the case's client while his mother is the one taken to
the 地域包括支援センター. ``referral.person_id`` names the household member referred; empty
means the client, which is what every referral recorded before this revision was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_referral_person_id_person"), "person", ["person_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_referral_person_id_person"), type_="foreignkey")
        batch_op.drop_column("person_id")
