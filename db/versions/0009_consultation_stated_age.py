"""consultation.stated_age: the age as told, when the birth date is not known

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22

Ledgers kept in Excel often have an age (年齢) but no birth date. The age at the consultation
is kept on the contact slip so the age bands of the statistics count those people too
(the birth date, when known, comes first). Existing rows stay empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stated_age", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("stated_age")
