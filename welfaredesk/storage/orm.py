"""The whole data model of the desk as typed SQLAlchemy 2 models (design.md §3, §5).

Conventions:
- every editable record carries ``version`` as SQLAlchemy's ``version_id_col``, so a stale
  save raises ``StaleDataError`` (turned into a ``ConflictError`` by the services);
- constraints are named by :data:`NAMING_CONVENTION`, so Alembic batch migrations can find them;
- case data is never hard-deleted by normal use (no ``ondelete=CASCADE`` from a case);
- codes from editable pick-lists are stored as strings (``picklist_item.code``), enums of the
  workflow as their :mod:`welfaredesk.domain.enums` values;
- datetimes are naive local time of the desk (Japan has no daylight saving time).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    update,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    attributes,
    declared_attr,
    mapped_column,
    relationship,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with the constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Versioned:
    """Mixin: optimistic locking through a version counter."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        table = cls.__table__  # type: ignore[attr-defined]
        return {"version_id_col": table.c.version}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Timestamps:
    """Mixin: creation and update times."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, nullable=False
    )


# --- people who use the program -------------------------------------------------------------


class Team(Versioned, Base):
    """A team of staff; counselors see their team's cases."""

    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Versioned, Timestamps, Base):
    """A staff member who logs in."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    display_kana: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    staff_role_code: Mapped[str | None] = mapped_column(String(40))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    team: Mapped[Team | None] = relationship()


# --- reference data -------------------------------------------------------------------------


class Area(Versioned, Base):
    """圏域: an area of the city."""

    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kana: Mapped[str] = mapped_column(String(100), default="")
    towns: Mapped[list[str]] = mapped_column(default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PicklistItem(Versioned, Base):
    """One value of an editable pick-list (intake channels, issue categories ...)."""

    __tablename__ = "picklist_item"
    __table_args__ = (UniqueConstraint("list_name", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    parent_code: Mapped[str | None] = mapped_column(String(60))
    help_text: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Agency(Versioned, Timestamps, Base):
    """An entry of the agency directory (関係機関 / 庁内関係課 / 地域の担い手 / 制度・事業)."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kana: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    kind: Mapped[str] = mapped_column(String(30))
    section: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    issue_codes: Mapped[list[str]] = mapped_column(default=list)
    network_member: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Versioned, Base):
    """A typed setting of the desk, stored as JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- people and households ------------------------------------------------------------------


class Household(Versioned, Timestamps, Base):
    """世帯."""

    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="household", order_by="HouseholdMember.sort_order"
    )


class Person(Versioned, Timestamps, Base):
    """A person known to the desk: a client, a household member or a consulter."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_name_key", "name_key"),
        Index("ix_person_kana_key", "kana_key"),
        Index("ix_person_family_name_key", "family_name_key"),
        Index("ix_person_family_kana_key", "family_kana_key"),
        Index("ix_person_phone_digits", "phone_digits"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_kana: Mapped[str] = mapped_column(String(100), default="")
    given_kana: Mapped[str] = mapped_column(String(100), default="")
    name_key: Mapped[str] = mapped_column(String(200), default="")
    kana_key: Mapped[str] = mapped_column(String(200), default="")
    family_name_key: Mapped[str] = mapped_column(String(100), default="")
    family_kana_key: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_digits: Mapped[str] = mapped_column(String(40), default="")
    deceased_on: Mapped[dt.date | None] = mapped_column(Date)


class HouseholdMember(Versioned, Base):
    """A person's place in a household: relation (続柄), living together, situation."""

    __tablename__ = "household_member"
    __table_args__ = (UniqueConstraint("household_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relation_code: Mapped[str] = mapped_column(String(40))
    lives_together: Mapped[bool] = mapped_column(Boolean, default=True)
    situation_codes: Mapped[list[str]] = mapped_column(default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    household: Mapped[Household] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


# --- cases ----------------------------------------------------------------------------------


class CaseNumberCounter(Base):
    """The last serial given out per fiscal year (gap-free case numbers; not user-editable)."""

    __tablename__ = "case_number_counter"
    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class Case(Versioned, Timestamps, Base):
    """相談ケース: one consultation episode of a client and their household."""

    __tablename__ = "case_file"
    __table_args__ = (
        UniqueConstraint("fiscal_year", "serial"),
        Index("ix_case_file_stage", "stage"),
        Index("ix_case_file_lead_worker_id", "lead_worker_id"),
        Index("ix_case_file_co_worker_id", "co_worker_id"),
        Index("ix_case_file_team_id", "team_id"),
        Index("ix_case_file_opened_on", "opened_on"),
        Index("ix_case_file_next_due_on", "next_due_on"),
        Index("ix_case_file_area_id", "area_id"),
        # The list by stage (open cases) sorted by the client's kana reads this index alone.
        Index("ix_case_file_stage_client_kana_key", "stage", "restricted", "client_kana_key"),
        # The report's caseload at each period's end reads this index alone (revision 0012).
        Index(
            "ix_case_file_open_between",
            "lead_worker_id",
            "stage",
            "opened_on",
            "closed_on",
            "restricted",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    client_kana_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """The client's ``person.kana_key``, kept here so the list sorts by kana without joining
    every listed case to its person (kept up to date on every flush by
    :func:`_keep_client_kana_keys`). Indexed after ``stage`` and ``restricted``, so the list
    of open cases reads the narrow index alone and sorts it; an index led by the kana would
    tempt SQLite to walk it and look every case up in kana order, several times slower as
    soon as another filter is on."""
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    stage: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lead_worker_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    co_worker_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    lead_reason: Mapped[str] = mapped_column(Text, default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    complex_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    economic_hardship: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    did_not_know_where: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_status: Mapped[str] = mapped_column(String(20))
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    last_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    next_due_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    client: Mapped[Person] = relationship(foreign_keys=[client_id])
    household: Mapped[Household | None] = relationship()
    lead_worker: Mapped[User | None] = relationship(foreign_keys=[lead_worker_id])
    co_worker: Mapped[User | None] = relationship(foreign_keys=[co_worker_id])


class CaseAccess(Base):
    """Named users of a restricted case (閲覧制限) or a case shared with someone."""

    __tablename__ = "case_access"
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class CaseIssue(Base):
    """An issue category a case has: the union of its contact slips' and assessments' issues.

    Kept by the services that write slips and assessments, so the case list can filter by
    issue category with one indexed lookup instead of reading JSON lists.
    """

    __tablename__ = "case_issue"
    __table_args__ = (Index("ix_case_issue_issue_code_case_id", "issue_code", "case_id"),)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), primary_key=True)
    issue_code: Mapped[str] = mapped_column(String(60), primary_key=True)


class SavedView(Versioned, Base):
    """A case-list view a user saved: a name and the filter (保存した表示)."""

    __tablename__ = "saved_view"
    __table_args__ = (UniqueConstraint("user_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    filter: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class CaseRestriction(Versioned, Base):
    """One step of a case's 閲覧制限: restricted, named users changed, or lifted (append-only).

    ``action`` is ``"restrict"``, ``"change"`` or ``"lift"``; ``reason`` is case content (shown
    only to those who see the case). ``named_user_ids`` are the users named by that step (empty
    for a lift and for steps moved from the old setting rows, which did not record them).
    ``by_id`` is empty only for a moved step whose author no longer exists. Rows are never
    edited; ``version`` is there only because every table other than the few listed in the
    migration test carries one.
    """

    __tablename__ = "case_restriction"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    named_user_ids: Mapped[list[str]] = mapped_column(default=list)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Consultation(Versioned, Timestamps, Base):
    """連絡票 (contact slip): one per consultation."""

    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel_code: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    consulter_type_code: Mapped[str] = mapped_column(String(40))
    consulter_name: Mapped[str] = mapped_column(String(100), default="")
    consulter_relation: Mapped[str] = mapped_column(String(100), default="")
    consulter_contact: Mapped[str] = mapped_column(String(100), default="")
    referring_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    presenting_concern: Mapped[str] = mapped_column(Text, default="")
    issue_codes: Mapped[list[str]] = mapped_column(default=list)
    stated_age: Mapped[int | None] = mapped_column(Integer)
    """The age as told or as written in an imported ledger, when the birth date is not known
    (statistics use the birth date first)."""
    most_pressing_code: Mapped[str | None] = mapped_column(String(60))
    first_response_code: Mapped[str | None] = mapped_column(String(40))
    complex_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    economic_hardship: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    did_not_know_where: Mapped[bool] = mapped_column(Boolean, default=False)


class LedgerImportRow(Base):
    """A row of a 相談台帳 (Excel ledger) that was imported: never imported twice.

    ``key_hash`` is the SHA-256 of the row's identity (its 受付番号 and 受付日, or its
    normalised content), never the content itself. Rows are only added.
    """

    __tablename__ = "ledger_import_row"
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Consent(Versioned, Timestamps, Base):
    """本人同意: status, date, method and scope (agencies and meetings)."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(20))
    agency_ids: Mapped[list[str]] = mapped_column(default=list)
    meeting_kinds: Mapped[list[str]] = mapped_column(default=list)
    info_items: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Assessment(Versioned, Timestamps, Base):
    """課題分析・振り分け: dated versions; a re-assessment adds a new row."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("case_id", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    strengths: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(20), default="")
    coordination_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    complex_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    triage_decision: Mapped[str | None] = mapped_column(String(30))
    triage_reason: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[AssessmentItem]] = relationship(order_by="AssessmentItem.id")


class AssessmentItem(Versioned, Base):
    """One cell of the household issue matrix: an issue of one member (or the household)."""

    __tablename__ = "assessment_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    category_code: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(Versioned, Timestamps, Base):
    """つなぎ・同行支援・引継ぎ: one record per destination agency.

    ``person_id`` names the household member referred (the mother of an 8050 household while
    the son is the case's client); None means the client. ``status`` follows
    :mod:`welfaredesk.domain.referrals`; ``shared_items`` are the
    :class:`~welfaredesk.domain.enums.SharedInfo` codes handed over, within the person's
    consent (``basis`` consent) or decided by a 支援会議 (``basis`` statutory_meeting, with the
    meeting in ``basis_note``).
    """

    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    """Who is referred: a member of the case's household; None for the case's client."""
    referred_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    accompanying_staff_ids: Mapped[list[str]] = mapped_column(default=list)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    handed_over: Mapped[str] = mapped_column(Text, default="")
    shared_items: Mapped[list[str]] = mapped_column(default=list)
    basis: Mapped[str] = mapped_column(String(30))
    basis_note: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    confirmation_due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class SupportPlan(Versioned, Timestamps, Base):
    """支援計画: every version is its own row, linked to the one it replaces."""

    __tablename__ = "support_plan"
    __table_args__ = (UniqueConstraint("case_id", "plan_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), index=True)
    client_wishes: Mapped[str] = mapped_column(Text, default="")
    overall_goal: Mapped[str] = mapped_column(Text, default="")
    short_term_goals: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    client_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("support_plan.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    items: Mapped[list[PlanItem]] = relationship(order_by="PlanItem.sort_order")


class PlanItem(Versioned, Base):
    """A row of a plan: issue, goal, action, who, how often, funding programme."""

    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    issue_code: Mapped[str | None] = mapped_column(String(60))
    goal: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    responsible_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    responsible_person: Mapped[str] = mapped_column(String(100), default="")
    frequency: Mapped[str] = mapped_column(String(100), default="")
    funding_programme_code: Mapped[str | None] = mapped_column(String(40))


class Meeting(Versioned, Timestamps, Base):
    """A meeting: 支援調整会議, 支援会議, 推進会議 or a local meeting type."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    meeting_type_code: Mapped[str] = mapped_column(String(40))
    regular: Mapped[bool] = mapped_column(Boolean, default=True)
    held_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20))
    chair: Mapped[str] = mapped_column(String(100), default="")
    secretariat_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")


class MeetingAttendee(Versioned, Base):
    """Someone invited to a meeting: a user, an agency's person, or a named guest."""

    __tablename__ = "meeting_attendee"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    name: Mapped[str] = mapped_column(String(100), default="")
    attended: Mapped[bool | None] = mapped_column(Boolean)


class AgendaItem(Versioned, Base):
    """A case on a meeting's agenda, with its purpose and the decision."""

    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("support_plan.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(String(30))
    decision: Mapped[str | None] = mapped_column(String(30))
    decision_note: Mapped[str] = mapped_column(Text, default="")


class ProgressNote(Versioned, Timestamps, Base):
    """支援経過記録: one contact or activity."""

    __tablename__ = "progress_note"
    __table_args__ = (
        Index("ix_progress_note_case_id_noted_at", "case_id", "noted_at"),
        Index("ix_progress_note_acknowledgement", "needs_acknowledgement", "acknowledged_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    noted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    method_code: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    minutes: Mapped[int | None] = mapped_column(Integer)
    funding_programme_code: Mapped[str | None] = mapped_column(String(40))
    outreach: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")
    next_action_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    needs_acknowledgement: Mapped[bool] = mapped_column(Boolean, default=False)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledgement_comment: Mapped[str] = mapped_column(Text, default="")


class ActivityTally(Base):
    """The progress notes counted per day (活動件数), for the reports (revision 0011).

    Derived data kept by database triggers, never written by the program: a note inserted,
    changed or deleted adds or takes off its count and minutes on its day's row, and a case
    whose 閲覧制限 changes moves its notes between ``restricted`` rows. Keys a note may lack
    are stored as ``staff_id`` 0 and ``funding_programme_code`` '' (a primary key needs
    values). See ``db/versions/0011_activity_tally.py`` for the triggers.
    """

    __tablename__ = "activity_tally"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy once
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    restricted: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    method_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    staff_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    funding_programme_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    outreach: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    notes: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)


class IntakeFact(Base):
    """What the report counts a case by (新規相談の内訳), one row per case (revision 0012).

    Derived data kept by database triggers, never written by the program: recomputed when the
    case, its contact slips, its issues, its client's sex or birth date or its lead's role
    change. ``coordinator``: 1 when the lead is a coordinator, 0 when not, None without a lead;
    ``age``: the client's age on the opened day (else the first slip's stated age); ``codes``:
    the issue codes in order, joined by U+001F.
    """

    __tablename__ = "intake_fact"
    __table_args__ = (Index("ix_intake_fact_restricted", "restricted", "day"),)
    case_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[dt.date] = mapped_column(Date)
    restricted: Mapped[bool] = mapped_column(Boolean)
    channel: Mapped[str | None] = mapped_column(String(40))
    consulter: Mapped[str | None] = mapped_column(String(40))
    complex_needs: Mapped[bool] = mapped_column(Boolean)
    coordinator: Mapped[int | None] = mapped_column(Integer)
    area_id: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(20))
    age: Mapped[int | None] = mapped_column(Integer)
    codes: Mapped[str | None] = mapped_column(Text)


class IntakeTally(Base):
    """New consultations counted per month, restriction, dimension and value (revision 0012).

    Kept by triggers on ``intake_fact``; a NULL value of the case is ''. Dimensions:
    ``channel``, ``consulter``, ``complex_needs`` ('1'/'0'), ``coordinator``, ``area``, ``sex``,
    ``age``, ``codes``.
    """

    __tablename__ = "intake_tally"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy once
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    """``YYYY-MM`` of the opened day."""
    restricted: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class NoteTemplate(Versioned, Base):
    """定型文: a stock phrase or template for progress notes, per method (editable)."""

    __tablename__ = "note_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    method_code: Mapped[str | None] = mapped_column(String(40), index=True)
    """The note method it is offered for; None for every method."""
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MonitoringReview(Versioned, Timestamps, Base):
    """経過確認と評価."""

    __tablename__ = "monitoring_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("support_plan.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    delivery_status: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[ReviewItem]] = relationship(order_by="ReviewItem.id")


class ReviewItem(Versioned, Base):
    """The evaluation of one plan item at a monitoring review."""

    __tablename__ = "review_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("monitoring_review.id"), index=True)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"))
    achievement: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")


class Closure(Versioned, Timestamps, Base):
    """終結 and, where it happened, the reopening that followed it."""

    __tablename__ = "closure"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    reason_code: Mapped[str] = mapped_column(String(40))
    destination_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    reopened_on: Mapped[dt.date | None] = mapped_column(Date)
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class Draft(Base):
    """Autosaved form content, so nothing typed is lost (design.md §2)."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("user_id", "form", "record_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    form: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(60), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


# --- search and audit -----------------------------------------------------------------------


class SearchDocument(Base):
    """Bigram tokens of a record's free text, indexed by the dialect's full-text engine.

    On SQLite an FTS5 table over this one, on PostgreSQL a GIN index on a ``tsvector`` of
    ``tokens``; both are created by the migration, see :mod:`welfaredesk.storage.search`.
    """

    __tablename__ = "search_document"
    __table_args__ = (UniqueConstraint("kind", "record_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    tokens: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    """Append-only, hash-chained record of every change, view, print and export.

    ``detail`` carries ids, counts and field names, never personal data.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_case_id_id", "case_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# --- copies kept in step --------------------------------------------------------------------


@event.listens_for(Session, "before_flush")
def _keep_client_kana_keys(session: Session, _context: object, _instances: object) -> None:
    """Keep ``case_file.client_kana_key`` equal to the client's ``person.kana_key``.

    Runs on every flush, so every writer (intake, ledger import, a person's edit, a change of
    client, anonymisation…) keeps the copy right without knowing about it. Bulk writers that
    bypass the unit of work (the demo generator, migrations) fill the column themselves.
    """
    for obj in session.new:
        if isinstance(obj, Case):
            _copy_client_kana(session, obj)
    for obj in session.dirty:
        if isinstance(obj, Case):
            if attributes.get_history(obj, "client_id").has_changes() or (
                attributes.get_history(obj, "client").has_changes()
            ):
                _copy_client_kana(session, obj)
        elif (
            isinstance(obj, Person)
            and obj.id is not None
            and attributes.get_history(obj, "kana_key").has_changes()
        ):
            session.execute(
                update(Case)
                .where(Case.client_id == obj.id)
                .values(client_kana_key=obj.kana_key or ""),
                execution_options={"synchronize_session": "evaluate"},
            )


def _copy_client_kana(session: Session, case: Case) -> None:
    state = attributes.instance_state(case)
    client = state.dict.get("client")  # set or loaded: no query
    if client is None and case.client_id is not None:
        with session.no_autoflush:
            client = session.get(Person, case.client_id)
    if client is not None:
        case.client_kana_key = client.kana_key or ""
