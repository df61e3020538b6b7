"""ledger_import_row: which rows of imported Excel ledgers (相談台帳) are already in

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

Re-importing a ledger must not create a case twice, so each imported row's identity (a
SHA-256, never the row's content) is kept with the contact slip it became. Nothing was
imported before this revision, so there is nothing to move.

Downgrade drops the table (a later re-import of an old ledger would then import its rows
again).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_import_row",
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_ledger_import_row_consultation_id_consultation"),
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["app_user.id"],
            name=op.f("fk_ledger_import_row_imported_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_ledger_import_row")),
    )
    op.create_index(
        op.f("ix_ledger_import_row_consultation_id"),
        "ledger_import_row",
        ["consultation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_ledger_import_row_consultation_id"), table_name="ledger_import_row")
    op.drop_table("ledger_import_row")
