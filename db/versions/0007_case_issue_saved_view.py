"""case_issue and saved_view: the case list filters by issue category and keeps users' views

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

``case_issue`` holds, per case, every issue category on its contact slips and assessments (a
set; the services keep it when they write a slip or an assessment). This revision fills it
from the existing ``consultation.issue_codes`` lists and ``assessment_item.category_code``
cells, so the case list can filter by issue with an indexed lookup.

``saved_view`` holds the case-list views users save under a name (the filter as JSON).

Indexes for the lists of a large archive (100,000 cases): the co-worker of a case (the user's
own cases are lead OR co-worker), a monitoring review's plan, a plan's status, an agenda
item's plan, and notes awaiting acknowledgement. Without them 今日の仕事 and 承認・確認待ち
scanned whole tables.

Downgrade drops both tables; nothing else changes.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

_BATCH = 5_000

_INDEXES = (
    ("ix_case_file_co_worker_id", "case_file", ["co_worker_id"]),
    ("ix_monitoring_review_plan_id", "monitoring_review", ["plan_id"]),
    ("ix_support_plan_status", "support_plan", ["status"]),
    ("ix_agenda_item_plan_id", "agenda_item", ["plan_id"]),
    (
        "ix_progress_note_acknowledgement",
        "progress_note",
        ["needs_acknowledgement", "acknowledged_at"],
    ),
)


def upgrade() -> None:
    case_issue = op.create_table(
        "case_issue",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("issue_code", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_issue_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("case_id", "issue_code", name=op.f("pk_case_issue")),
    )
    op.create_index(
        "ix_case_issue_issue_code_case_id", "case_issue", ["issue_code", "case_id"], unique=False
    )
    op.create_table(
        "saved_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_saved_view_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
        sa.UniqueConstraint("user_id", "name", name=op.f("uq_saved_view_user_id_name")),
    )
    op.create_index(op.f("ix_saved_view_user_id"), "saved_view", ["user_id"], unique=False)
    _fill_case_issue(case_issue)
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)


def _fill_case_issue(case_issue: sa.Table) -> None:
    bind = op.get_bind()
    consultation = sa.table(
        "consultation", sa.column("case_id", sa.Integer), sa.column("issue_codes", sa.JSON)
    )
    assessment = sa.table("assessment", sa.column("id", sa.Integer), sa.column("case_id"))
    item = sa.table(
        "assessment_item",
        sa.column("assessment_id", sa.Integer),
        sa.column("category_code", sa.String),
    )
    pairs: set[tuple[int, str]] = set()
    for case_id, codes in bind.execute(
        sa.select(consultation.c.case_id, consultation.c.issue_codes)
    ):
        for code in codes or ():
            pairs.add((case_id, str(code)))
    for case_id, code in bind.execute(
        sa.select(assessment.c.case_id, item.c.category_code)
        .join(assessment, assessment.c.id == item.c.assessment_id)
        .distinct()
    ):
        pairs.add((case_id, code))
    rows = [{"case_id": case_id, "issue_code": code} for case_id, code in sorted(pairs)]
    for start in range(0, len(rows), _BATCH):
        bind.execute(sa.insert(case_issue), rows[start : start + _BATCH])
    log.info("case_issue: %d rows", len(rows))


def downgrade() -> None:
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_index(op.f("ix_saved_view_user_id"), table_name="saved_view")
    op.drop_table("saved_view")
    op.drop_index("ix_case_issue_issue_code_case_id", table_name="case_issue")
    op.drop_table("case_issue")
