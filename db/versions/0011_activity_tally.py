"""activity_tally: the progress notes counted per day, kept by triggers

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22

The fiscal-year report counts a period's activities (支援経過の件数と時間) by method, staff,
funding programme and outreach. Counted from the notes it read about 1.6 million index
entries on a 100,000-case archive (half a second) and three times that at 300,000 cases.
``activity_tally`` holds the same counts per day and per those keys, and whether the case is
restricted (閲覧制限), so that a report reads a few hundred rows a day instead of every note,
and the notes of restricted cases can be left out without looking at a case per note.

The tally is derived data, kept by the database itself, so that every writer keeps it right:
the services, a ledger import, ``db copy``, the benchmark's generator, a restore:

- a note inserted, changed (its case, time, method, staff, funding, outreach or minutes) or
  deleted adds its +1 / -1 and minutes to its day's row; rows that fall to zero are removed;
- a case whose restriction changes moves its notes between the restricted and open rows.

Keys that may be empty on a note are stored as 0 (staff) and '' (funding programme), because
NULLs never conflict in a primary key and the UPSERT needs them to.

``ix_progress_note_activity`` (revision 0010), which the report read before, is dropped: a
note save no longer pays for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_KEYS = "day, restricted, method_code, staff_id, funding_programme_code, outreach"
_COLUMNS = f"{_KEYS}, notes, minutes"
_ADD = f"ON CONFLICT ({_KEYS}) DO UPDATE SET notes = activity_tally.notes + excluded.notes,"
_ADD += " minutes = activity_tally.minutes + excluded.minutes"


def _note(row: str, day: str, sign: str) -> str:
    """Adds (sign '') or takes off (sign '-') one note ``row`` (NEW or OLD)."""
    return (
        f"INSERT INTO activity_tally ({_COLUMNS})"
        f" SELECT {day}, case_file.restricted, {row}.method_code, COALESCE({row}.staff_id, 0),"
        f" COALESCE({row}.funding_programme_code, ''), {row}.outreach,"
        f" {sign}1, {sign}COALESCE({row}.minutes, 0)"
        f" FROM case_file WHERE case_file.id = {row}.case_id {_ADD}"
    )


def _case(restricted: str, day: str, sign: str) -> str:
    """Adds or takes off all the notes of the case NEW, under ``restricted``."""
    return (
        f"INSERT INTO activity_tally ({_COLUMNS})"
        f" SELECT {day}, {restricted}, method_code, COALESCE(staff_id, 0),"
        f" COALESCE(funding_programme_code, ''), outreach,"
        f" {sign}COUNT(*), {sign}COALESCE(SUM(minutes), 0)"
        f" FROM progress_note WHERE case_id = NEW.id GROUP BY 1, 3, 4, 5, 6 {_ADD}"
    )


_NOTE_COLUMNS = (
    "case_id, noted_at, method_code, staff_id, funding_programme_code, outreach, minutes"
)


def _sqlite() -> list[str]:
    def day(row: str) -> str:
        return f"date({row}.noted_at)"

    return [
        f"""CREATE TRIGGER activity_tally_note_insert AFTER INSERT ON progress_note
            BEGIN {_note("NEW", day("NEW"), "")}; END""",
        f"""CREATE TRIGGER activity_tally_note_update AFTER UPDATE OF {_NOTE_COLUMNS}
            ON progress_note BEGIN
            {_note("OLD", day("OLD"), "-")};
            {_note("NEW", day("NEW"), "")};
            DELETE FROM activity_tally WHERE day = {day("OLD")} AND notes = 0; END""",
        f"""CREATE TRIGGER activity_tally_note_delete AFTER DELETE ON progress_note
            BEGIN {_note("OLD", day("OLD"), "-")};
            DELETE FROM activity_tally WHERE day = {day("OLD")} AND notes = 0; END""",
        f"""CREATE TRIGGER activity_tally_case_restricted AFTER UPDATE OF restricted
            ON case_file WHEN OLD.restricted IS NOT NEW.restricted BEGIN
            {_case("OLD.restricted", "date(noted_at)", "-")};
            {_case("NEW.restricted", "date(noted_at)", "")};
            DELETE FROM activity_tally WHERE notes = 0 AND day IN
              (SELECT date(noted_at) FROM progress_note WHERE case_id = NEW.id); END""",
    ]


def _postgresql() -> list[str]:
    def day(row: str) -> str:
        return f"CAST({row}.noted_at AS DATE)"

    return [
        f"""CREATE FUNCTION activity_tally_note() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP <> 'INSERT' THEN
                {_note("OLD", day("OLD"), "-")};
              END IF;
              IF TG_OP <> 'DELETE' THEN
                {_note("NEW", day("NEW"), "")};
              END IF;
              IF TG_OP <> 'INSERT' THEN
                DELETE FROM activity_tally WHERE day = {day("OLD")} AND notes = 0;
              END IF;
              RETURN NULL;
            END $$""",
        f"""CREATE TRIGGER activity_tally_note AFTER INSERT OR DELETE OR UPDATE OF
            {_NOTE_COLUMNS} ON progress_note
            FOR EACH ROW EXECUTE FUNCTION activity_tally_note()""",
        f"""CREATE FUNCTION activity_tally_case() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {_case("OLD.restricted", "CAST(noted_at AS DATE)", "-")};
              {_case("NEW.restricted", "CAST(noted_at AS DATE)", "")};
              DELETE FROM activity_tally WHERE notes = 0 AND day IN
                (SELECT CAST(noted_at AS DATE) FROM progress_note WHERE case_id = NEW.id);
              RETURN NULL;
            END $$""",
        """CREATE TRIGGER activity_tally_case_restricted AFTER UPDATE OF restricted
            ON case_file FOR EACH ROW WHEN (OLD.restricted IS DISTINCT FROM NEW.restricted)
            EXECUTE FUNCTION activity_tally_case()""",
    ]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "activity_tally",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("method_code", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("funding_programme_code", sa.String(length=40), nullable=False),
        sa.Column("outreach", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day",
            "restricted",
            "method_code",
            "staff_id",
            "funding_programme_code",
            "outreach",
            name=op.f("pk_activity_tally"),
        ),
        sqlite_with_rowid=False,
    )
    day = "CAST(n.noted_at AS DATE)" if postgresql else "date(n.noted_at)"
    op.execute(
        f"INSERT INTO activity_tally ({_COLUMNS})"
        f" SELECT {day}, c.restricted, n.method_code, COALESCE(n.staff_id, 0),"
        " COALESCE(n.funding_programme_code, ''), n.outreach, COUNT(*),"
        " COALESCE(SUM(n.minutes), 0)"
        " FROM progress_note n JOIN case_file c ON c.id = n.case_id GROUP BY 1, 2, 3, 4, 5, 6"
    )
    for statement in _postgresql() if postgresql else _sqlite():
        op.execute(statement)
    op.drop_index("ix_progress_note_activity", table_name="progress_note")


def downgrade() -> None:
    op.create_index(
        "ix_progress_note_activity",
        "progress_note",
        ["method_code", "staff_id", "funding_programme_code", "outreach", "noted_at", "minutes"],
        unique=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS activity_tally_note ON progress_note")
        op.execute("DROP TRIGGER IF EXISTS activity_tally_case_restricted ON case_file")
        op.execute("DROP FUNCTION IF EXISTS activity_tally_note()")
        op.execute("DROP FUNCTION IF EXISTS activity_tally_case()")
    else:
        for name in (
            "activity_tally_note_insert",
            "activity_tally_note_update",
            "activity_tally_note_delete",
            "activity_tally_case_restricted",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("activity_tally")
