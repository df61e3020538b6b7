"""progress-note next-action date and acknowledgement comment; note templates; review items

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

For issue 5: a progress note records the date of its next action and the comment a supervisor
added when acknowledging it; 定型文 (note templates) are editable rows per note method; a
monitoring review evaluates each plan item (達成 / 一部達成 / 未達成 / 中止 with a comment).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_action_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("acknowledgement_comment", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_index(
            batch_op.f("ix_progress_note_next_action_on"), ["next_action_on"], unique=False
        )
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.alter_column("acknowledgement_comment", server_default=None)
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("method_code", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
    )
    with op.batch_alter_table("note_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_template_method_code"), ["method_code"], unique=False
        )
    op.create_table(
        "review_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("plan_item_id", sa.Integer(), nullable=True),
        sa.Column("achievement", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_item_id"], ["plan_item.id"], name=op.f("fk_review_item_plan_item_id_plan_item")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["monitoring_review.id"],
            name=op.f("fk_review_item_review_id_monitoring_review"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_item")),
    )
    with op.batch_alter_table("review_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_item_review_id"), ["review_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_item_review_id"))
    op.drop_table("review_item")
    with op.batch_alter_table("note_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_template_method_code"))
    op.drop_table("note_template")
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_note_next_action_on"))
        batch_op.drop_column("acknowledgement_comment")
        batch_op.drop_column("next_action_on")
